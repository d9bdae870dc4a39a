"""Issue 12, fifty-third round (matcher56): a post about the release's absence or its before.

- An appeal that is the post's whole event ("mengimbau", "mengajak", "meminta warga", Banjar
  "mahimbau"), delivered at an occasion of its own ("pada apel pagi", "saat rapat desa", "wayah
  pengajian") that the release does not name, is that appeal, not the release's event.
- A lack of the post's own people ("masih …", "belum dapat", Banjar "balum") and their wish
  ("berharap suatu saat dapat … seperti di X", "mudahan kaina dapat jua"), every clause one of
  those, is the absence of what the release handed out elsewhere.
- People not let in yet and turned back ("belum bisa masuk", "diminta kembali", "disuruh bulik")
  before the day the release names ahead, no word of the coming opening, is the before of it.

Each only when the post passes on none of the release's own figures or dates
(:func:`decisions._absent_or_before`). Every text here is made up for the rule it checks; none is
taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _absent_or_before, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

RESCUE = ann("k", "Seekor kukang ditemukan terjerat jaring burung di kebun warga Desa Batu Tangga, Kecamatan Halong, "
                  "Kabupaten Balangan, Senin (9/11/2026). Tim BKSDA dan warga melepas jaring dan merawat luka kukang "
                  "itu. Dalam penyisiran hari itu juga, petugas membongkar 12 jaring burung di sekitar kebun. \u201cKami "
                  "minta warga tidak lagi memasang jaring burung di kebun,\u201d kata Kepala BKSDA.",
           published_at="2026-11-10T10:00:00+08:00", title="Kukang Terjerat Jaring di Batu Tangga Diselamatkan")
APPEAL_DAY = "2026-11-12T09:00:00+08:00"
THRESHER = ann("t", "Dinas Pertanian Kabupaten Barito Kuala menyerahkan delapan unit mesin perontok padi kepada "
                    "kelompok tani di Kecamatan Bakumpai, Selasa (10/11/2026). Mesin itu mempercepat panen dan "
                    "mengurangi gabah yang tercecer hingga 15 persen.",
             published_at="2026-11-10T10:00:00+08:00", title="Distan Batola Serahkan Mesin Perontok ke Poktan Bakumpai")
WISH_DAY = "2026-11-13T09:00:00+08:00"
POOL = ann("s", "Bupati Tapin meresmikan kolam renang Tirta Sari di Desa Suato, Kecamatan Salam Babaris, Jumat "
                "(27/11/2026). Kolam seluas 600 meter persegi itu dibuka untuk umum setiap Sabtu dan Minggu mulai "
                "12 Desember 2026.",
           published_at="2026-11-27T14:00:00+08:00", title="Kolam Renang Tirta Sari Diresmikan, Dibuka 12 Desember")
BEFORE_DAY = "2026-12-03T09:00:00+08:00"


def _found(announcement: dict[str, Any], text: str, when: str) -> tuple[str, str] | None:
    p = post(text, when)
    doc = announcement_doc(announcement)
    return _absent_or_before(p, doc, p.whole.terms & doc.terms)


@pytest.mark.parametrize("text", [
    "Camat Halong mengajak warga tidak lagi memasang jaring burung di kebun. Ajakan itu disampaikan saat rapat desa "
    "di balai desa, Rabu.",
    "Pambakal mahimbau warga supaya kada lagi mamasang jaring di kabun. Imbauan ini dipadahakan wayah pengajian "
    "malam Jumat di langgar.",
    "Kapolsek minta warga bongkar jaring burung di kebun, disampaikan saat apel siaga pagi tadi.",
])
def test_an_appeal_at_its_own_occasion_is_found(text: str) -> None:
    found = _found(RESCUE, text, APPEAL_DAY)
    assert found and found[0].startswith("an appeal")


@pytest.mark.parametrize(("announcement", "text"), [
    # the release's event told, the appeal after it
    (RESCUE, "Kukang terjerat jaring di kebun warga Batu Tangga diselamatkan BKSDA. Kepala BKSDA mengimbau warga "
             "tidak lagi memasang jaring, disampaikan saat apel."),
    # the appeal with the release's own figure
    (RESCUE, "Kepala BKSDA meminta warga tidak memasang jaring setelah 12 jaring burung dibongkar, disampaikan saat "
             "rapat di Halong."),
    # no occasion of its own: a relay of the release's quote
    (RESCUE, "BKSDA minta warga tidak lagi memasang jaring burung di kebun. Kukang di Batu Tangga sudah dirawat."),
    # the release is itself the appeal at that occasion
    (ann("i", "Bupati Balangan mengimbau warga tidak memasang jaring burung di kebun. Imbauan disampaikan pada apel "
              "pagi di Setda, Senin (9/11/2026).", published_at="2026-11-09T10:00:00+08:00",
         title="Bupati Imbau Warga Tidak Pasang Jaring Burung"),
     "Bupati mengimbau warga tidak memasang jaring burung. Imbauan itu disampaikan pada apel pagi di Setda."),
])
def test_no_appeal_of_its_own(announcement: dict[str, Any], text: str) -> None:
    assert _found(announcement, text, APPEAL_DAY) is None


@pytest.mark.parametrize("text", [
    "Petani di Desa Tabukan masih merontok padi pakai tangan. Mereka berharap suatu saat dapat mesin seperti di "
    "Bakumpai.",
    "Kelompok tani di Anjir masih marontok banih pakai tangan, mudahan kaina dapat jua mesin kaya di Bakumpai.",
    "Poktan kami di Mandastana belum dapat mesin perontok padi, semoga tahun depan kebagian.",
])
def test_a_lack_or_wish_is_found(text: str) -> None:
    found = _found(THRESHER, text, WISH_DAY)
    assert found and found[0].startswith("a lack")


@pytest.mark.parametrize("text", [
    # the release's event relayed, a local remark after it
    "Delapan kelompok tani di Bakumpai terima mesin perontok padi dari Distan. Mudahan desa kami kaina dapat jua.",
    "Poktan di Bakumpai sudah terima mesin perontok, kami di Anjir masih pakai tangan, mudahan dapat jua.",
    # a wish with no lack now: the release's event and a good wish
    "Distan serahkan mesin perontok ke poktan Bakumpai, semoga kelompok lain juga dapat.",
    # the release's own figure
    "Gabah tercecer masih banyak di Tabukan, berharap dapat mesin yang mengurangi tercecer 15 persen seperti di "
    "Bakumpai.",
])
def test_no_lack_or_wish(text: str) -> None:
    assert _found(THRESHER, text, WISH_DAY) is None


@pytest.mark.parametrize("text", [
    "Warga yang datang ke Kolam Renang Tirta Sari sebelum 12 Desember belum bisa berenang. Penjaga meminta datang "
    "lagi hari Sabtu.",
    "Urang nang handak bakunjung ka kolam renang Tirta Sari balum kawa masuk, disuruh bulik lagi hari Sabtu.",
    "Gerbang kolam renang Tirta Sari masih tertutup, pengunjung terpaksa pulang.",
])
def test_the_before_is_found(text: str) -> None:
    found = _found(POOL, text, BEFORE_DAY)
    assert found and found[0].startswith("the before")


@pytest.mark.parametrize(("text", "when"), [
    # relays of the coming opening
    ("Kolam Renang Tirta Sari belum dibuka untuk umum, mulai 12 Desember tiap Sabtu dan Minggu.", BEFORE_DAY),
    ("Tirta Sari sudah diresmikan Bupati, tapi pengunjung belum bisa masuk; petugas minta datang lagi.", BEFORE_DAY),
    ("Kolam renang Tirta Sari di Suato luasnya 600 meter persegi. Sebelum Sabtu belum bisa masuk, penjaga minta "
     "kembali.", BEFORE_DAY),
    # after the day: not the before of it
    ("Pengunjung kolam renang Tirta Sari belum bisa masuk, penjaga meminta kembali besok.", "2026-12-14T09:00:00+08:00"),
])
def test_no_before(text: str, when: str) -> None:
    assert _found(POOL, text, when) is None


@pytest.mark.parametrize(("announcement", "text", "when"), [
    (RESCUE, "Camat Halong mengajak warga tidak lagi memasang jaring burung di kebun Batu Tangga. Ajakan itu "
             "disampaikan saat rapat desa di balai desa.", APPEAL_DAY),
    (THRESHER, "Petani di Desa Tabukan masih merontok padi pakai tangan, gabah banyak tercecer. Mereka berharap "
               "suatu saat dapat mesin perontok padi dari Dinas Pertanian seperti kelompok tani di Kecamatan "
               "Bakumpai.", WISH_DAY),
    (POOL, "Pengunjung yang ingin ke kolam renang Tirta Sari di Salam Babaris sebelum 12 Desember belum bisa masuk. "
           "Petugas di gerbang meminta kembali hari Sabtu.", BEFORE_DAY),
])
def test_absent_or_before_is_not_matched(monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str,
                                         when: str) -> None:
    config = MatchConfig()
    aid = announcement["id"]
    assert not [d for d in decide(index(announcement), post(text, when), config) if d.announcement_id == aid]
    monkeypatch.setattr(decisions, "_absent_or_before", lambda post, doc, shared: None)
    assert [d for d in decide(index(announcement), post(text, when), config) if d.announcement_id == aid]
