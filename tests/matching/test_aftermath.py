"""What came of a release's event — a cancellation, a turnout, a result — told by a post written after
the event began, with a count the release, written before, cannot know, is that aftermath's own news,
not the release relayed (``decisions._aftermath``). Late relays of the release ("kemarin", "sudah",
Banjar "hudah"), with its own counts, still match.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.documents import announcement_doc
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann, post

# free swimming lessons for children on four Sundays
SWIM = ann("s", "BANJARBARU – Dinas Pemuda dan Olahraga Kota Banjarbaru membuka kelas renang gratis untuk 120 anak "
                "usia 7 sampai 12 tahun di Kolam Renang Idaman. Kelas berlangsung empat Minggu berturut-turut, 15, "
                "22 dan 29 November serta 6 Desember 2026, pukul 07.00 sampai 09.00.\n\n\"Anak sungai harus bisa "
                "berenang,\" kata Kepala Dispora Banjarbaru, Rudi Hartono. Setiap anak didampingi pelatih "
                "bersertifikat dan wajib membawa baju renang. Pendaftaran dibuka di kantor kelurahan hingga 13 "
                "November.",
           published_at="2026-11-10T14:00:00+08:00", title="Kelas Renang Gratis untuk 120 Anak Banjarbaru")

AFTERMATH = [
    # Indonesian, short: one Sunday's class called off, with a count of its own
    ("Minggu pagi kelas renang gratis Dispora Banjarbaru untuk 120 anak di Kolam Renang Idaman batal, dua pelatih "
     "bersertifikat sakit.", "2026-11-22T13:00:00+08:00"),
    # Banjar: the turnout, far below the registered
    ("Kelas renang gratis Dispora Banjarbaru di Kolam Renang Idaman minggu ini nang datang cuma 47 urang "
     "kakanakan matan 120 nang mandaftar, banyak nang takutan banyu dalam.", "2026-11-29T15:00:00+08:00"),
    # Indonesian, longer: a turnout of its own, and the class going on
    ("Minggu kedua kelas renang gratis Dispora Banjarbaru untuk anak usia 7 sampai 12 tahun di Kolam Renang "
     "Idaman sepi peserta: anak yang datang hanya 64, selebihnya izin karena sakit flu. Pelatih bersertifikat "
     "tetap mengajar.", "2026-11-22T13:00:00+08:00"),
]

RELAYS = [
    # a late relay: "kemarin" and the release's own facts
    ("Kemarin Dispora Banjarbaru membuka kelas renang gratis untuk 120 anak di Kolam Renang Idaman, empat Minggu "
     "berturut-turut: 15, 22, 29 November dan 6 Desember.", "2026-11-11T08:00:00+08:00"),
    # after the first Sunday, "sudah", with the release's own count and instruction
    ("Kelas renang gratis Dispora untuk 120 anak sudah dimulai Minggu 15 November di Kolam Renang Idaman. Anak "
     "yang datang wajib membawa baju renang, kelas berikutnya 22 November.", "2026-11-16T08:00:00+08:00"),
    # Banjar, days later, with the release's own count and hours
    ("Kelas baranang gratis gasan 120 kakanakan umur 7 sampai 12 tahun hudah dibuka Dispora Banjarbaru di Kolam "
     "Renang Idaman, tiap hari Minggu jam 7 sampai 9, tarakhir 6 Desember.", "2026-11-18T08:00:00+08:00"),
]


@pytest.mark.parametrize(("text", "written"), AFTERMATH)
def test_what_came_of_the_event_with_a_count_of_its_own_is_refused(text: str, written: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(SWIM, text, written) < 0.5
    monkeypatch.setattr(decisions, "_aftermath", lambda post, doc: [])
    assert score(SWIM, text, written) >= 0.5  # fails without the rule


@pytest.mark.parametrize(("text", "written"), RELAYS)
def test_late_relays_with_the_releases_own_counts_still_match(text: str, written: str) -> None:
    assert score(SWIM, text, written) >= 0.5


@pytest.mark.parametrize("written", [
    "2026-11-12T08:00:00+08:00",  # before the registration deadline (13 November)
    "2026-11-14T08:00:00+08:00",  # after the deadline, before the first Sunday (fixes30: a deadline is no first day)
])
def test_nothing_has_come_of_an_event_not_begun(written: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # written after the release but before the first Sunday: a count of its own with "tersisa" is no aftermath
    post_text = ("Kelas renang gratis Dispora Banjarbaru untuk 120 anak di Kolam Renang Idaman, kuota tersisa 37 "
                 "kursi.")
    reading = (post(post_text, written), announcement_doc(SWIM))
    assert decisions._aftermath(*reading) == []
    assert score(SWIM, post_text, written) >= 0.5
    # the day gate is what holds it (fixes30: the test could not fail before): without it, an aftermath
    monkeypatch.setattr(decisions, "_near", lambda published, month, day: [])
    assert decisions._aftermath(*reading) == ["tersisa", "37"]
