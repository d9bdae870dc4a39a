"""Issue 12, twelfth round (matcher13): look-alikes told apart by traits no one set's writer owns.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
decision test compares with the rule switched off.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post, score, with_and_without

CONFIG = MatchConfig()

# a closure that goes on ("sejak Senin … sampai …") — a relay says "hari ini" within its week
CLOSURE = ann("c", "MARTAPURA – Dinas PUPR Banjar menutup Jembatan Sungai Tabuk untuk kendaraan roda empat sejak "
                   "Senin (6/7/2026) karena lantai jembatan retak. Kendaraan dialihkan lewat Jalan Gubernur Syarkawi.\n\n"
                   "\"Penutupan berlaku sampai perbaikan selesai,\" kata Kepala Dinas PUPR Banjar.\n\n"
                   "Sepeda motor masih boleh melintas dengan pengawasan petugas Dishub.",
              published_at="2026-07-06T11:00:00+08:00",
              title="Jembatan Sungai Tabuk Ditutup untuk Roda Empat, Kendaraan Dialihkan")

OPENED_AGAIN = ("Jembatan Sungai Tabuk hari ini bisa dilewati roda empat lagi, lantai jembatan sudah diganti, "
                "tidak ada lagi pengalihan lewat Jalan Gubernur Syarkawi.")



# ---------------------------------------------------------------- the post's own day, weeks away

def test_today_weeks_after_the_release_is_another_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_own_day_elsewhere", lambda post, doc: None, CLOSURE, OPENED_AGAIN,
                               "2026-07-24T16:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_today_within_the_week_of_the_release_stays_a_match() -> None:
    text = ("Jembatan Sungai Tabuk ditutup untuk roda empat hari ini, lantai retak. Kendaraan dialihkan lewat "
            "Jalan Gubernur Syarkawi, motor masih boleh lewat.")
    assert score(CLOSURE, text, "2026-07-06T18:00:00+08:00") >= CONFIG.threshold
    assert score(CLOSURE, text, "2026-07-11T18:00:00+08:00") >= CONFIG.threshold


def test_a_post_carrying_the_release_date_relays_it_whenever_written() -> None:
    text = ("Jembatan Sungai Tabuk ditutup untuk roda empat sejak 6 Juli, hari ini masih dialihkan lewat "
            "Jalan Gubernur Syarkawi, motor masih boleh lewat.")
    assert score(CLOSURE, text, "2026-07-24T18:00:00+08:00") >= CONFIG.threshold


def test_the_refusal_names_the_post_s_day() -> None:
    refused: dict[str, str] = {}
    decide(index(CLOSURE), post(OPENED_AGAIN, "2026-07-24T16:00:00+08:00"), CONFIG, refused=refused)
    assert "2026-07-24" in refused["c"] and "another occurrence" in refused["c"]


# ---------------------------------------------------------------- figures of its own, weeks later

PUMPS = ann("p", "RANTAU – Dinas Pertanian Tapin menyerahkan 12 unit pompa air kepada 8 kelompok tani di "
                 "Kecamatan Candi Laras Selatan, Rabu (2/9/2026). Pompa dipakai untuk mengairi sawah tadah hujan "
                 "saat kemarau.\n\n\"Pemakaian pompa diatur kelompok tani sendiri,\" kata Kepala Dinas Pertanian "
                 "Tapin.\n\nPetani juga dilatih merawat mesin pompa.",
            published_at="2026-09-02T14:00:00+08:00",
            title="12 Pompa Air untuk Kelompok Tani Candi Laras Selatan")

OWN_SCHEDULE = ("Kelompok tani Candi Laras Selatan sepakat pemakaian pompa air paling lama 4 jam per "
                "kelompok, mesin pompa dirawat bersama untuk sawah tadah hujan.")


def test_own_figures_weeks_after_the_release_are_another_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_late_own_figures", lambda post, doc: [], PUMPS, OWN_SCHEDULE,
                               "2026-09-14T09:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_own_figures_within_the_release_s_week_stay_a_match() -> None:
    assert score(PUMPS, OWN_SCHEDULE, "2026-09-04T09:00:00+08:00") >= CONFIG.threshold


def test_a_late_relay_repeating_a_figure_of_the_release_stays_a_match() -> None:
    text = ("12 pompa air dari Dinas Pertanian Tapin buat kelompok tani Candi Laras Selatan dipakai paling lama "
            "4 jam per kelompok, mesin pompa dirawat bersama untuk sawah tadah hujan.")
    assert score(PUMPS, text, "2026-09-14T09:00:00+08:00") >= CONFIG.threshold


def test_the_refusal_names_the_post_s_own_figures() -> None:
    refused: dict[str, str] = {}
    decide(index(PUMPS), post(OWN_SCHEDULE, "2026-09-14T09:00:00+08:00"), CONFIG, refused=refused)
    assert "figures of its own (4)" in refused["p"]


# ------------------------------------------- a release's own date a week after its publication

# published on a Monday about buses that start the next Monday: the 11th is the release's own day
BUSES = ann("b", "BANJARBARU – Pemerintah Kota Banjarbaru mengoperasikan enam bus sekolah gratis untuk empat rute "
                 "mulai Senin (11/5/2026). Bus melayani pelajar SD hingga SMA dari Cempaka dan Liang Anggang.\n\n"
                 "\"Anak-anak lebih aman,\" kata Kepala Dishub Banjarbaru.\n\n"
                 "Bus berangkat pukul 06.15 Wita dari titik awal masing-masing rute. Pelajar cukup menunjukkan "
                 "kartu pelajar.",
            published_at="2026-05-04T11:00:00+08:00",
            title="Enam Bus Sekolah Gratis Layani Empat Rute Mulai Senin Depan")


def test_besok_on_the_eve_of_a_date_the_release_writes_is_that_day() -> None:
    # "besok" posted on the 10th is the 11th, the day the release gives: a relay, though it is a
    # week after the release was published (the own-day rule read only the publication day)
    text = "Besok mulai bus sekolah gratis Banjarbaru ya, berangkat 06.15 dari titik awal rute, bawa kartu pelajar."
    assert score(BUSES, text, "2026-05-10T17:00:00+08:00") >= CONFIG.threshold
    # … and the same words three weeks later tell another day
    assert score(BUSES, text, "2026-06-01T17:00:00+08:00") < CONFIG.threshold
