"""The step a release schedules, told as done on its own day with what the release cannot know —
a place it nowhere writes, or a sentence of the post's own (people's answer, a request, a deadline) —
is that step's own news, not the release relayed (``decisions._step_day``). Relays written on the
step's day with the release's own facts, with a wish of their own, or the day after the release
still match.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann

# water pumps handed to farmers' groups of two kecamatan; the handover in the villages scheduled later
PUMPS = ann("p", "RANTAU – Dinas Pertanian Kabupaten Tapin menyerahkan 40 unit pompa air kepada kelompok tani di "
                 "Kecamatan Candi Laras Selatan dan Candi Laras Utara, Senin (9/11/2026). Setiap kelompok menerima "
                 "satu pompa berkapasitas 10 liter per detik senilai Rp12 juta.\n\nPenerima tersebar di Candi "
                 "Laras Selatan (25 kelompok) dan Candi Laras Utara (15 kelompok). \"Pompa ini untuk mengairi "
                 "sawah saat kemarau,\" kata Kepala Dinas Pertanian Tapin, Ahmad Fauzi.\n\nPenyerahan di desa-desa "
                 "dijadwalkan 16 sampai 27 November. Dinas juga akan memasang papan informasi irigasi pada 2027.",
            published_at="2026-11-09T14:00:00+08:00", title="40 Pompa Air untuk Kelompok Tani Candi Laras")

ON_ITS_DAY = [
    # Indonesian, short: the handover in a village the release never names, "Rabu kemarin"
    ("Penyerahan pompa air bantuan Dinas Pertanian untuk 15 kelompok tani Candi Laras Utara, Rabu kemarin di "
     "Desa Baringin.", "2026-11-20T10:00:00+08:00"),
    # Banjar: handed over today, and what the farmers ask next
    ("Pompa banyu 10 liter per detik bantuan Dinas Pertanian Tapin harini hudah diserahakan ka kelompok tani Candi Laras Selatan. "
     "Bubuhan patani maminta selang tambahan wan solar gasan manyiram pahumaan.", "2026-11-17T10:00:00+08:00"),
    # Indonesian, longer: a village of its own and what its farmers did with the pump
    ("Hari ini penyerahan pompa air senilai Rp12 juta dari Dinas Pertanian Tapin untuk 15 kelompok tani Candi "
     "Laras Utara, pompa 10 liter per detik, sampai juga di Desa Sungai Salai. Ketua kelompok Harapan Jaya "
     "langsung mencobanya, airnya mengalir deras.", "2026-11-24T10:00:00+08:00"),
]

RELAYS = [
    # written on the step's day with the release's own facts
    ("Hari ini penyerahan pompa air dari Dinas Pertanian Tapin untuk kelompok tani Candi Laras Selatan. Pompanya "
     "10 liter per detik, untuk mengairi sawah saat kemarau.", "2026-11-16T10:00:00+08:00"),
    # on the step's day, with a wish of its own
    ("Alhamdulillah, pompa air 10 liter per detik bantuan Dinas Pertanian Tapin hari ini sudah diserahkan ke "
     "25 kelompok tani Candi Laras Selatan. Semoga petani kita tidak lagi kekeringan waktu musim kemarau, hasil panen melimpah.",
     "2026-11-17T10:00:00+08:00"),
    # Banjar, the day after the release: "kamarin" is the release's own day
    ("40 pompa banyu hudah diserahakan Dinas Pertanian Tapin ka kelompok tani Candi Laras kamarin, Rp12 juta "
     "sabuah. Penyerahan di desa 16 sampai 27 November.", "2026-11-10T10:00:00+08:00"),
]


@pytest.mark.parametrize(("text", "written"), ON_ITS_DAY)
def test_the_step_told_on_its_day_with_news_of_its_own_is_refused(text: str, written: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(PUMPS, text, written) < 0.5
    monkeypatch.setattr(decisions, "_step_day", lambda post, doc: [])
    assert score(PUMPS, text, written) >= 0.5  # fails without the rule


@pytest.mark.parametrize(("text", "written"), RELAYS)
def test_relays_on_the_steps_day_or_after_the_release_still_match(text: str, written: str) -> None:
    assert score(PUMPS, text, written) >= 0.5
