"""A single-event post whose only shared facts are those of a step the release only schedules,
told as coming with a mark of its own source — another teller ("kata …", "jar …"), a question or
a wish ("Kapan …?", "Mudahan …"), or a request the release does not make ("… diminta …") —
passes on the step's own announcement rather than the release (every such pair of the labelled
sets is labelled so): it is refused (``decisions._step_heard``), and ``match --explain`` says why.
A plain relay of the schedule, and a relay of the release's own event, stay automatic.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.decisions import decide
from tests.matching.test_event_stage import ZERO
from tests.matching.test_generalize import ann, index, post

# a mobile library's first stop; its last sentences schedule the next stop in another kecamatan
ROUND = ann("r", "AMUNTAI – Dinas Perpustakaan Hulu Sungai Utara membawa mobil perpustakaan keliling ke "
                 "SDN 3 Sungai Malang, Kecamatan Amuntai Tengah, Rabu (11/11/2026). Sebanyak 260 murid "
                 "meminjam 410 buku cerita dalam sehari.\n\n\"Anak-anak di desa jarang ke kota, jadi buku yang "
                 "datang ke mereka,\" kata Kepala Dinas Perpustakaan HSU.\n\nMobil perpustakaan keliling "
                 "berikutnya dijadwalkan singgah di Kecamatan Babirik dan Danau Panggang pada Desember.",
            published_at="2026-11-11T14:00:00+08:00", title="260 Murid di Amuntai Tengah Pinjam Buku dari Mobil Perpustakaan")
WRITTEN = "2026-12-01T20:00:00+08:00"  # in the step's month, before its day is known

HEARD = [
    # Indonesian, short: another teller
    "Mobil perpustakaan keliling singgah di Babirik dan Danau Panggang bulan Desember, kata guru di sekolah.",
    # Banjar: a question and a wish
    "Kapan mobil perpustakaan keliling datang ka Babirik? Jar kawan di dinas, Desember. Mudahan ada buku "
    "dongeng banyak gasan kakanakan.",
    # Indonesian, longer: a request the release does not make
    "Mobil perpustakaan keliling akan singgah di Kecamatan Babirik dan Danau Panggang. Kepala sekolah diminta "
    "menyiapkan halaman parkir dan daftar murid peminjam.",
    # Banjar, short: a request
    "Mobil perpustakaan keliling dijadwalkan ka Babirik wan Danau Panggang, kepala sekolah diminta manyiapakan "
    "daftar murid.",
]
RELAYS = [
    # the schedule repeated plainly, with the reader's own call
    "Mobil perpustakaan keliling berikutnya singgah di Babirik dan Danau Panggang bulan Desember, siapkan "
    "kartu pelajar ya.",
    # a rhetorical question (not of when) before the schedule
    "Buku cerita di sekolah kurang? Mobil perpustakaan keliling berikutnya singgah di Babirik dan Danau "
    "Panggang bulan Desember.",
    # Banjar: the own stop done, the next one named
    "Mobil perpustakaan keliling hudah ka SDN 3 Sungai Malang, 260 murid meminjam buku. Desember ka Babirik.",
    # a summary of the own stop with its speaker
    "260 murid SDN 3 Sungai Malang meminjam 410 buku dari mobil perpustakaan keliling, kata Kepala Dinas "
    "Perpustakaan HSU.",
]


def status(text: str) -> str | None:
    found = {d.announcement_id: d for d in decide(index(ROUND), post(text, WRITTEN), ZERO)}
    return found["r"].status if "r" in found else None


@pytest.mark.parametrize("text", HEARD)
def test_a_step_told_by_another_source_is_refused(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the post is also a person's own story (matcher58's rule, switched off so that this test measures its own)
    monkeypatch.setattr(decisions, "_own_story", lambda post, doc, shared: None)
    assert status(text) is None
    monkeypatch.setattr(decisions, "_step_heard", lambda post, doc: [])
    assert status(text) == "auto"  # fails without the rule


@pytest.mark.parametrize("text", RELAYS)
def test_relays_stay_automatic(text: str) -> None:
    assert status(text) == "auto"


# the same round whose next-step sentence itself asks the schools for something: a post passing
# that request on relays the release
ASKING = ann("q", ROUND["text"] + " Kepala sekolah diminta menyiapkan daftar murid peminjam.",
             published_at=ROUND["published_at"], title=ROUND["title"])


@pytest.mark.parametrize("text", [
    "Mobil perpustakaan keliling akan singgah di Kecamatan Babirik dan Danau Panggang. Kepala sekolah diminta "
    "menyiapkan daftar murid peminjam.",
    "Mobil perpustakaan keliling dijadwalkan ka Babirik wan Danau Panggang, kepala sekolah diminta manyiapakan "
    "daftar murid.",
])
def test_a_request_the_release_makes_is_relayed(text: str) -> None:
    found = {d.announcement_id: d for d in decide(index(ASKING), post(text, WRITTEN), ZERO)}
    assert "q" in found and found["q"].status == "auto"
    assert status(text) is None  # the same post against the release that asks nothing is refused
