"""A step the release only schedules, told by a post as done or happening (``decisions._step_done``,
``events.done_sentences``), is that step's own news; a relay of the schedule, or of the release's
own event done with its next step named in another sentence, is the release's.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.events import done_sentences
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann

# a mobile vaccination's first stop; its last sentence schedules the next stop in another kecamatan
ROUND = ann("v", "MARTAPURA – Dinas Peternakan Kabupaten Banjar menggelar vaksinasi rabies keliling untuk anjing "
                 "dan kucing di Kecamatan Karang Intan, Senin (9/11/2026). Sebanyak 214 hewan peliharaan "
                 "divaksin gratis oleh enam petugas.\n\n\"Warga cukup membawa hewannya ke balai desa,\" kata "
                 "Kepala Bidang Kesehatan Hewan.\n\nVaksinasi keliling berikutnya dijadwalkan di Kecamatan "
                 "Sungai Pinang pada pekan ketiga Desember.",
            published_at="2026-11-09T14:00:00+08:00", title="214 Hewan Peliharaan di Karang Intan Divaksin Rabies")
WRITTEN = "2026-11-12T09:00:00+08:00"  # within the week of the release: no late-figures reading

DONE = [
    # Indonesian, short: moved up and held
    "Vaksinasi rabies keliling di Sungai Pinang digelar lebih cepat dari jadwal, 96 kucing dan anjing divaksin.",
    # Banjar: done this morning
    "Tadi vaksinasi rabies keliling hudah sampai di Sungai Pinang, hewan peliharaan warga divaksin gratis "
    "lawan petugas.",
    # Indonesian, longer: finally held, its own figures
    "Akhirnya vaksinasi rabies keliling sampai juga di Kecamatan Sungai Pinang pagi tadi. Petugas Dinas "
    "Peternakan menyuntik 88 ekor anjing dan kucing warga di balai desa. Terima kasih Dinas Peternakan Banjar.",
]
RELAYS = [
    # the schedule repeated, with the reader's own call
    "Vaksinasi rabies keliling berikutnya di Kecamatan Sungai Pinang pekan ketiga Desember, siapkan hewan "
    "peliharaan ya.",
    # Banjar: the own stop done, the next stop named in another sentence
    "Vaksinasi rabies di Karang Intan hudah, 214 ikung hewan divaksin. Desember giliran Sungai Pinang.",
    # Banjar, one sentence: the own stop done, the next one "later" (dudi)
    "Hewan peliharaan di Karang Intan sudah divaksin rabies, minggu dudi ka Sungai Pinang.",
    # a summary: the own stop done and the next one in the same sentence, as continuing
    "Dinas Peternakan Banjar sudah memvaksin 214 hewan peliharaan di Karang Intan dan berlanjut ke Sungai "
    "Pinang pada Desember.",
]


@pytest.mark.parametrize("text", DONE)
def test_the_scheduled_step_told_as_done_is_another_event(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(ROUND, text, WRITTEN) < 0.5
    monkeypatch.setattr(decisions, "_step_done", lambda post, doc, unit=None: [])
    # (a step given a day of the post's own, "pagi tadi", is also matcher55's own_stop: off here too)
    monkeypatch.setattr(decisions, "_own_stop", lambda post, doc, unit=None: [])
    assert score(ROUND, text, WRITTEN) >= 0.5  # fails without the rule


@pytest.mark.parametrize("text", RELAYS)
def test_relays_of_the_schedule_are_kept(text: str) -> None:
    assert score(ROUND, text, WRITTEN) >= 0.5


def test_a_sentence_of_what_comes_is_not_done() -> None:
    assert done_sentences("Kemarin rapat. Vaksinasi akan dilanjutkan pekan depan.") == (("kemarin", "Kemarin rapat"),)
    assert done_sentences("Harga Rp16.200 sekilo sudah turun.") == (("sudah", "Harga Rp16.200 sekilo sudah turun"),)


# a library's own opening; its last sentences schedule a later part of it, with no other place
LIBRARY = ann("l", "RANTAU – Perpustakaan Daerah Kabupaten Tapin membuka ruang baca umum di gedung barunya, "
                   "Rabu (11/11/2026). Ruang baca berisi 4.000 buku dan 20 komputer untuk pelajar.\n\n\"Gedung "
                   "lama sudah sempit, sekarang pelajar bisa belajar kelompok,\" kata Kepala Dinas Perpustakaan.\n\n"
                   "Pojok dongeng anak ditargetkan dibuka di lantai dua pada pertengahan Desember setelah rak tiba.",
              published_at="2026-11-11T13:00:00+08:00", title="Perpustakaan Daerah Tapin Buka Ruang Baca Umum")
MOVED_UP = [
    "Pojok dongeng anak di lantai dua Perpustakaan Daerah Tapin dibuka lebih cepat dari jadwal, anak TK langsung datang.",
    "Pojok dongeng gasan kakanakan di lantai dua perpustakaan Tapin dibuka labih capat daripada rencana, rami banar.",
]
KEPT = [
    "Perpustakaan Daerah Tapin sudah membuka ruang baca umum di gedung baru. Pojok dongeng anak menyusul Desember.",
    "Pojok dongeng anak Perpustakaan Daerah Tapin ditargetkan dibuka pertengahan Desember, ajak anak-anak ya.",
]


@pytest.mark.parametrize("text", MOVED_UP)
def test_a_scheduled_part_told_as_moved_up_is_its_own_news(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    written = "2026-11-13T09:00:00+08:00"
    assert score(LIBRARY, text, written) < 0.5
    monkeypatch.setattr(decisions, "_step_done", lambda post, doc, unit=None: [])
    # (a step given a day of the post's own, "pagi tadi", is also matcher55's own_stop: off here too)
    monkeypatch.setattr(decisions, "_own_stop", lambda post, doc, unit=None: [])
    assert score(LIBRARY, text, written) >= 0.5  # fails without the rule


@pytest.mark.parametrize("text", KEPT)
def test_the_release_relayed_with_its_scheduled_part_is_kept(text: str) -> None:
    assert score(LIBRARY, text, "2026-11-13T09:00:00+08:00") >= 0.5
