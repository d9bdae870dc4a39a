"""Issue 12, round of matcher37: a deadline is the last day of a release's call, not a day its event
happens on.

Every text here is made up for the rule it checks; none is taken from a labelled set. The decision
test compares with the deadlines left unread (the rule off).
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions, documents
from crawler.matching.config import MatchConfig
from crawler.matching.textnorm import deadline_days
from tests.matching.test_generalize import ann, score

CONFIG = MatchConfig()

# a meeting on 10 June that sets a deadline four weeks later
CALL = ann("k", "AMUNTAI – Pemkab Hulu Sungai Utara menggelar rapat kepatuhan pelayanan publik bersama 18 "
                "perangkat daerah, Rabu (10/6/2026), di Aula Bappeda.\n\n"
                "Sekda HSU memerintahkan setiap unit layanan memasang papan standar pelayanan dan nomor pengaduan "
                "paling lambat 30 Juni. \"Papan itu hak warga untuk tahu,\" ujarnya.\n\n"
                "Inspektorat akan menerima laporan tiap perangkat daerah.",
           published_at="2026-06-10T10:00:00+08:00",
           title="18 Perangkat Daerah HSU Wajib Pasang Papan Standar Pelayanan")

# a visit of its own, told "hari ini" a week after the deadline passed
CHECK_AFTER = "Inspektorat cek papan standar pelayanan dan nomor pengaduan di loket Disdukcapil HSU hari ini, sudah terpasang."


def test_deadline_days_are_read() -> None:
    assert deadline_days("memasang papan paling lambat 30 Juni. Rapat Rabu (10/6/2026)") == frozenset({(6, 30)})
    assert deadline_days("Batas akhir pendaftaran 5 Mei 2026, lomba 12 Mei") == frozenset({(5, 5)})
    assert deadline_days("selambat-lambatnya tanggal 12/3") == frozenset({(3, 12)})
    assert deadline_days("Lomba digelar 12 Mei, pendaftaran dibuka 1 Mei") == frozenset()


def test_today_past_the_deadline_is_another_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    on = score(CALL, CHECK_AFTER, "2026-07-05T15:00:00+08:00")
    monkeypatch.setattr(documents.AnnouncementDoc, "deadlines", property(lambda self: frozenset()))
    # (with the deadline unread, 30 June reads as the day of a next step, and "hari ini" five days
    # after it as that step: matcher39's rule, left off here to see this one alone)
    monkeypatch.setattr(decisions, "_past_next_day", lambda day, doc: False)
    # (the inspectorate's step given a day of its own is also matcher55's own_stop: off here too)
    monkeypatch.setattr(decisions, "_own_stop", lambda post, doc, unit=None: [])
    off = score(CALL, CHECK_AFTER, "2026-07-05T15:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule: the deadline held the release's span open
    assert on < CONFIG.threshold


def test_today_up_to_the_deadline_stays_a_relay() -> None:
    text = "Hari ini batas akhir pasang papan standar pelayanan dan nomor pengaduan di 18 perangkat daerah HSU."
    assert score(CALL, text, "2026-06-30T09:00:00+08:00") >= CONFIG.threshold
    assert score(CALL, text, "2026-06-24T09:00:00+08:00") >= CONFIG.threshold


# ---------------------------------------------------------------- a later tally, weeks after

SEEDS = ann("s", "PELAIHARI – Dinas Perikanan Tanah Laut menyerahkan 20.000 benih nila kepada 9 kelompok "
                 "pembudidaya di Kecamatan Kurau, Senin (3/8/2026). Empat kelompok lain masih menunggu kolam "
                 "mereka selesai diperbaiki.\n\n\"Benih ini dari balai benih kita sendiri,\" kata Kepala Dinas "
                 "Perikanan Tanah Laut.",
            published_at="2026-08-03T11:00:00+08:00",
            title="9 Kelompok Pembudidaya Kurau Terima 20.000 Benih Nila")

LATER_TALLY = ("Empat kelompok pembudidaya Kurau yang kemarin masih menunggu kolam diperbaiki akhirnya terima "
               "benih nila dari Dinas Perikanan Tanah Laut, total 13 kelompok.")


def test_a_new_count_two_weeks_later_is_a_later_tally(monkeypatch: pytest.MonkeyPatch) -> None:
    on = score(SEEDS, LATER_TALLY, "2026-08-24T15:00:00+08:00")
    monkeypatch.setattr(decisions, "LATE_TALLY_DAYS", 10_000)
    off = score(SEEDS, LATER_TALLY, "2026-08-24T15:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule: it shares the release's "empat"
    assert on < CONFIG.threshold


def test_the_release_s_counts_alone_weeks_later_stay_a_relay() -> None:
    text = "Empat kelompok pembudidaya Kurau masih menunggu kolam diperbaiki, 9 kelompok sudah terima benih nila."
    assert score(SEEDS, text, "2026-08-24T15:00:00+08:00") >= CONFIG.threshold
