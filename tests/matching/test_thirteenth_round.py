"""Issue 12, thirteenth round (matcher14): look-alikes that share only the place, or that place
their event in a month or week of their own.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
decision test compares with the rule switched off.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import relative_periods, venue_terms
from tests.matching.test_generalize import ann, index, post, score, with_and_without

CONFIG = MatchConfig()



def refusal(announcement: dict[str, Any], text: str, published_at: str) -> str:
    refused: dict[str, str] = {}
    decide(index(announcement), post(text, published_at), CONFIG, refused=refused)
    return refused.get(announcement["id"], "")


# ---------------------------------------------------------------- the place and nothing else

BUSKERS = ann("k", "BANJARBARU – Dinas Sosial Banjarbaru menjangkau 14 pengamen anak di Simpang Jl. Trikora dan "
                   "Jl. Guntung Manggis, Senin (11/5/2026). Delapan anak dikembalikan ke sekolah dengan seragam "
                   "dan buku dari Disdik.\n\n\"Tempat anak-anak di sekolah, bukan di persimpangan,\" kata Kepala "
                   "Dinas Sosial Banjarbaru.\n\nEnam anak lainnya dibina di rumah singgah.",
              published_at="2026-05-11T11:00:00+08:00",
              title="Dinsos Banjarbaru Jangkau 14 Pengamen Anak di Simpang Trikora")
ROADWORKS = ("Simpang Jl. Trikora dan Jl. Guntung Manggis ada perbaikan lampu merah lalu lintas, hati-hati macet "
             "sampai sore.")
NEXT_DAY = "2026-05-12T08:00:00+08:00"


def test_a_post_sharing_only_the_crossing_tells_of_something_else_there(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the twenty-ninth round's rule refuses it too — only places shared, an object of its own —
    # so it is switched off to see this one alone)
    from crawler.matching import decisions

    monkeypatch.setattr(decisions, "_circumstances_only", lambda index, post, doc: None)
    on, off = with_and_without(monkeypatch, "_place_only", lambda index, post, doc: [], BUSKERS, ROADWORKS, NEXT_DAY)
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_the_refusal_names_the_places() -> None:
    why = refusal(BUSKERS, ROADWORKS, NEXT_DAY)
    assert "same place" in why and "trikora" in why


def test_a_relay_at_that_crossing_shares_what_happened_there() -> None:
    text = "Dinsos jangkau pengamen anak di Simpang Jl. Trikora, 8 anak kembali sekolah, sisanya di rumah singgah."
    assert score(BUSKERS, text, NEXT_DAY) >= CONFIG.threshold


def test_venue_names_are_read_after_a_place_noun_and_not_from_headlines() -> None:
    assert {"simpang", "jl", "trikora"} <= venue_terms("Ada galian di Simpang Jl. Trikora sore ini.")
    assert venue_terms("jalan rusak di desa yang baru") == frozenset()
    # a headline capitalises every word: "Pasar Murah" there is no market's name
    assert venue_terms("Pemko Gelar Pasar Murah Ramadan Di Kecamatan Utara") == frozenset()
    # "Desa Ramah Anak" names a kind of village, not a village
    assert not {"ramah", "anak"} & venue_terms("Warga Desa Ramah Anak ikut lomba.")


# ---------------------------------------------------------------- its own month or week

RECORDING = ann("r", "PELAIHARI – Disdukcapil Tanah Laut merekam KTP elektronik 210 warga lanjut usia di lima desa "
                     "Kecamatan Jorong, Selasa (12/5/2026). Petugas mendatangi rumah warga yang tidak bisa ke kantor "
                     "kecamatan.\n\n\"Tanpa KTP-el lansia sulit mencairkan bantuan,\" kata Kepala Disdukcapil Tanah "
                     "Laut.\n\nPerekaman lansia berlanjut ke Kecamatan Kintap pada Juni.",
                published_at="2026-05-12T10:00:00+08:00", title="210 Lansia di Jorong Direkam KTP-el di Rumah")
LATER_ROUND = ("Perekaman KTP-el lansia Disdukcapil Tanah Laut di rumah warga Kintap katanya bulan depan, desa kami "
               "belum dapat jadwal.")


@pytest.fixture
def month_alone_not_next(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fifty-first round reads "berlanjut ke Kecamatan Kintap pada Juni" (a later month, dated) as
    the release's next step, and the post about Kintap is then refused by that reading too: switched
    off to see this round's rule alone."""
    from crawler.matching import textnorm

    monkeypatch.setattr(textnorm, "_later_month", lambda lower, own_days: False)


@pytest.mark.usefixtures("month_alone_not_next")
def test_a_month_of_its_own_the_release_gives_no_day_in_is_another_round(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_own_period_elsewhere", lambda post, doc: None, RECORDING,
                               LATER_ROUND, "2026-06-06T14:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


@pytest.mark.usefixtures("month_alone_not_next")
def test_the_refusal_names_the_post_s_month() -> None:
    why = refusal(RECORDING, LATER_ROUND, "2026-06-06T14:00:00+08:00")
    assert "2026-07" in why and "another occurrence" in why


def test_next_month_the_release_plans_stays_a_relay() -> None:
    # written in May, "bulan depan" is the release's June
    assert score(RECORDING, LATER_ROUND, "2026-05-13T14:00:00+08:00") >= CONFIG.threshold


def test_a_month_of_its_own_with_the_release_s_figures_stays_a_relay() -> None:
    text = ("Perekaman KTP-el 210 lansia Disdukcapil Tanah Laut di rumah warga Jorong, bulan depan katanya "
            "giliran Kintap.")
    assert score(RECORDING, text, "2026-06-06T14:00:00+08:00") >= CONFIG.threshold


CHECKUPS = ann("c", "MARABAHAN – Cek Kesehatan Gratis (CKG) di Barito Kuala sudah menjangkau 23.150 warga, Kamis "
                    "(3/7/2025). Warga yang berulang tahun bisa datang ke 19 puskesmas membawa KTP.\n\n\"Pemeriksaan "
                    "gratis, dari gula darah sampai skrining TBC,\" kata Kepala Dinas Kesehatan Batola.\n\n"
                    "Peserta terbanyak di Puskesmas Anjir Pasar.",
               published_at="2025-07-03T11:00:00+08:00", title="CKG di Batola Capai 23 Ribu Warga")
OWN_WEEK = ("Layanan Cek Kesehatan Gratis di Puskesmas Anjir Pasar minggu depan hanya hari Senin dan Kamis, "
            "dokter ikut pelatihan. Pemeriksaan gula darah pindah ke pustu.")


def test_a_week_of_its_own_well_after_the_release_is_another_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_own_period_elsewhere", lambda post, doc: None, CHECKUPS, OWN_WEEK,
                               "2025-07-11T10:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_next_week_within_the_release_s_reach_stays() -> None:
    # written the day after: next week starts four days after the release's event
    assert score(CHECKUPS, OWN_WEEK, "2025-07-04T10:00:00+08:00") >= CONFIG.threshold


def test_relative_periods() -> None:
    assert relative_periods("katanya bulan depan, pekan lalu juga") == {("month", 1), ("week", -1)}
    assert relative_periods("Minggu pagi senam") == frozenset()
