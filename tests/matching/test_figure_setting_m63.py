"""Issue 12, session 17 (matcher63): the same setting and the same figure, another *what*.

A shared figure is no evidence of the same event when the post's own object is not the release's. The
setting reading (:func:`decisions._circumstances_only`) already took a shared count for setting; it missed
the words that only give a figure its measure — "Rp12 juta", "usia 18–30 tahun", "16 unit" — and the words
of who came or signed ("dihadiri perwakilan 10 kecamatan", "penandatanganan … di Kantor Camat"), so a
post with the release's office, count and amount but another grant, course or meeting was read as
sharing the release's *what* (:func:`decisions._figure_setting_terms`).

A relay that shortens the release's object, with the same figures and measures, still matches. Every text
here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-19T15:00:00+08:00"

KIOSKS = ann("k", "Sebanyak 12 pedagang kaki lima di Kecamatan Amuntai Tengah menerima bantuan gerobak dagang senilai "
                  "Rp8 juta per pedagang dari Pemkab Hulu Sungai Utara. Penandatanganan berita acara serah terima "
                  "dilakukan di Kantor Camat Amuntai Tengah, Kamis (19/11/2026), disaksikan perwakilan 6 kelurahan.",
             published_at="2026-11-19T09:00:00+08:00", title="12 Pedagang Kaki Lima Amuntai Tengah Terima Gerobak Dagang")
BATIK = ann("b", "Dinas Perindustrian Kabupaten Balangan membuka pendaftaran pelatihan membatik sasirangan bagi "
                 "pemuda usia 17–25 tahun. Pendaftaran dibuka sampai 30 November 2026 di kantor dinas, Paringin, "
                 "dan gratis. Peserta terpilih belajar pewarnaan alam selama sepuluh hari.",
            published_at="2026-11-19T09:00:00+08:00", title="Balangan Buka Pelatihan Membatik Sasirangan untuk Pemuda")

MEETING = ann("m", "Rapat persiapan penilaian Kelurahan Sehat digelar di Aula Kantor Camat Amuntai Tengah, Kamis "
                   "(19/11/2026), dihadiri perwakilan 6 kelurahan. Tim kabupaten akan menilai kebersihan "
                   "lingkungan, posyandu dan jamban keluarga di setiap kelurahan mulai pekan depan.",
              published_at="2026-11-19T09:00:00+08:00", title="Enam Kelurahan Amuntai Tengah Bersiap Dinilai Kelurahan Sehat")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(KIOSKS, BATIK, MEETING), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize(("announcement", "text"), [
    # the same office, 12 and Rp8 juta: another grant (fishing nets) signed there
    (KIOSKS, "Penandatanganan hibah 12 unit jaring ikan untuk kelompok nelayan dilakukan di Kantor Camat "
             "Amuntai Tengah, Kamis (19/11). Nilainya Rp8 juta per jaring."),
    # Banjar: the same ages, deadline and regency, another course (welding)
    (BATIK, "Pendaftaran kursus las listrik di Balangan dibuka sampai 30 November. Umur 17–25 tahun, kada "
            "bebayar."),
    # a preparation meeting in the same hall with representatives of the same 6 kelurahan, for a carnival
    (MEETING, "Rapat persiapan karnaval kemerdekaan di Aula Kantor Camat Amuntai Tengah tadi pagi dihadiri "
              "perwakilan 6 kelurahan. Tiap kelurahan diminta menyiapkan satu mobil hias."),
])
def test_the_same_setting_and_figure_with_another_object_is_refused(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) == 0.0


@pytest.mark.parametrize(("announcement", "text"), [
    (KIOSKS, "12 PKL Amuntai Tengah dapat gerobak dagang Rp8 juta per orang, diteken di Kantor Camat."),
    (BATIK, "Pelatihan membatik sasirangan gratis di Balangan, usia 17–25 tahun, daftar sampai 30 November."),
    (MEETING, "Enam kelurahan di Amuntai Tengah bersiap dinilai Kelurahan Sehat: kebersihan, posyandu, jamban."),
    (BATIK, "Pemuda Balangan umur 17–25 tahun, ayo bedaftar pelatihan batik sasirangan, gratis, sampai 30 "
            "November."),
])
def test_a_relay_with_the_figures_still_matches(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) > 0.0
