"""A release's plan ("Pemkab berencana …", "Dinas merencanakan …") is what comes next, like
"akan" or "direncanakan": its place and time are the next event's, not the release's own.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import lexicon
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann

WELLS = ann("w", "MARABAHAN – Pemkab Barito Kuala membuat 24 sumur bor untuk warga Desa Jejangkit Muara, "
                 "Selasa (3/11/2026). Setiap sumur melayani sekitar 30 keluarga.\n\nPemkab berencana membuat "
                 "sumur serupa untuk warga Kecamatan Kuripan. Warga diminta menjaga pompa.",
            published_at="2026-11-03T10:00:00+08:00", title="24 Sumur Bor untuk Warga Jejangkit Muara")

PLANNED = ann("p", "RANTAU – Dinas Perikanan Tapin menebar 40.000 benih nila di Danau Bangkau, Senin (9/11/2026). "
                   "Benih dibagi untuk lima kelompok.\n\nDinas merencanakan penebaran kedua di Kecamatan "
                   "Candi Laras Utara.",
              published_at="2026-11-09T10:00:00+08:00", title="40.000 Benih Nila Ditebar di Danau Bangkau")


def test_a_plan_sentence_is_the_next_event() -> None:
    doc = announcement_doc(WELLS)
    assert "kuripan" in doc.next_phrase
    assert "kuripan" not in doc.own_words


def test_merencanakan_is_a_plan_too() -> None:
    assert "laras" in announcement_doc(PLANNED).next_phrase or "candilarasutara" in announcement_doc(PLANNED).next_phrase


def test_without_the_plan_words_the_place_is_read_as_own(monkeypatch: pytest.MonkeyPatch) -> None:
    from crawler.matching import textnorm
    monkeypatch.setattr(lexicon, "NEXT_EVENT_WORDS", lexicon.NEXT_EVENT_WORDS - {"berencana", "merencanakan"})
    for name in dir(textnorm):
        cached = getattr(getattr(textnorm, name), "cache_clear", None)
        if cached:
            cached()
    assert "kuripan" not in announcement_doc(WELLS).next_phrase  # the rule's work
    for name in dir(textnorm):
        cached = getattr(getattr(textnorm, name), "cache_clear", None)
        if cached:
            cached()


# the first round of a training; the release plans the next one for another village, next year
BOATS = ann("t", "PAGATAN – Pemkab Tanah Bumbu melatih 40 nelayan Desa Sungai Dua memperbaiki mesin perahu. "
                 "Pelatihan berlangsung Senin (9/11/2026) hingga Rabu (11/11/2026) di Balai Nelayan Pagatan.\n\n"
                 "Setiap peserta menerima satu set kunci dan buku panduan bengkel.\n\nPemkab berencana mengadakan "
                 "pelatihan serupa untuk nelayan Desa Rantau Panjang pada Maret 2027.",
             published_at="2026-11-11T10:00:00+08:00", title="40 Nelayan Sungai Dua Dilatih Perbaiki Mesin Perahu")
PLAN_POST = "Jadwal pelatihan mesin perahu untuk nelayan Desa Rantau Panjang: Maret 2027, daftar lewat ketua RT. Kuota 40."
RELAY_POST = "40 nelayan Desa Sungai Dua dilatih memperbaiki mesin perahu di Balai Nelayan Pagatan, dapat satu set kunci."
LATE = "2026-12-01T10:00:00+08:00"


def test_the_plans_size_is_no_fact_of_the_own_round(monkeypatch: pytest.MonkeyPatch) -> None:
    from crawler.matching import decisions
    from tests.matching.test_event_stage import score
    assert score(BOATS, PLAN_POST, LATE) < 0.5
    monkeypatch.setattr(decisions, "_later_plan_count", lambda post, doc, own: False)
    assert score(BOATS, PLAN_POST, LATE) >= 0.5  # fails without the rule


def test_a_relay_of_the_own_round_keeps_its_count() -> None:
    from tests.matching.test_event_stage import score
    assert score(BOATS, RELAY_POST, LATE) >= 0.5
