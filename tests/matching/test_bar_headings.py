"""A bar between spaces divides a round-up's titles ("Bibit karet di Pandak Daun | Posyandu lansia
di Sungai Rangas"), but most bars in posts divide one post's label from its title: a video's
"LIVE | …", a page's "… | KIM TV", a site menu "Beranda | Profil | Berita", a heading "Jadwal
posyandu | Desa Sungai Rangas | Kamis 12 November". Read as items, those made a one-event post a
round-up, and a round-up escapes the single-event readings (the same setting, a step told as
done …). A line is cut at its bars only when two of its pieces or more are titles
(:func:`textnorm._title_like`).

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.textnorm import _title_like
from tests.matching.test_generalize import post

WRITTEN = "2026-11-20T10:00:00+08:00"

ONE_EVENT = [
    "Jadwal posyandu | Desa Sungai Rangas | Kamis 12 November\nPosyandu balita dibuka pukul 08.00 di balai "
    "desa, bawa buku KIA.",
    "LIVE | Pemkab Tapin Serahkan 40 Hand Traktor untuk Kelompok Tani\nRANTAU – Dinas Pertanian Tapin "
    "menyerahkan 40 hand traktor kepada kelompok tani, Selasa (10/11).",
    "Menu: Beranda | Profil | Berita | Galeri | Kontak\n\nOleh Admin KIM\n\nBibit karet 500 batang dibagikan "
    "di kantor Desa Pandak Daun, Senin.",
    "Vaksinasi Rabies Gratis | Kec. Martapura | 14 November 2026\nBawa hewan peliharaan ke puskeswan.",
    "Pasar murah beras SPHP di Pasar Martapura hari ini | KIM TV\nRp58.000 per 5 kg, bawa KTP.",
]
ROUNDUPS = [
    "Bibit karet dibagikan di Pandak Daun | Posyandu lansia di Sungai Rangas | Vaksin rabies gratis di Martapura",
    "KILAS INFO | Pasar murah di Rantau Kamis | Vaksin rabies gratis di puskesmas",
    "Info pekan ini:\nJalan desa Hantakan mulai dicor | Sumur bor baru di Batu Tangga",
]


@pytest.mark.parametrize("text", ONE_EVENT)
def test_a_label_menu_or_setting_divided_by_bars_is_no_roundup(text: str) -> None:
    assert not post(text, WRITTEN).roundup


@pytest.mark.parametrize("text", ROUNDUPS)
def test_titles_divided_by_bars_stay_a_roundup(text: str) -> None:
    assert post(text, WRITTEN).roundup


def test_what_a_title_is() -> None:
    assert _title_like("Posyandu lansia di Sungai Rangas")
    assert _title_like("Desa Sungai Rangas Gelar Posyandu Lansia")  # a headline opening with its place
    assert not _title_like("Desa Sungai Rangas")
    assert not _title_like("Kamis 12 November")
    assert not _title_like("KIM TV")
