"""Issue 12, twenty-eighth round: an official ↔ everyday concept is one thing, however many words
its forms keep.

"lampu lalu lintas" and "lampu merah" both read "lampu ⟨apill⟩": two shared words for one thing.
A post about traffic-light repairs at the crossing where a release's street children were reached
shares the place and that one thing: another event at the same place, as before the word list.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import concept_words, terms
from tests.matching.test_generalize import ann, index, post

CHILDREN = ann("children", "BANJARMASIN – Dinas Sosial menjangkau delapan anak jalanan yang biasa mengamen di lampu "
                           "merah Simpang Jl. Ahmad Yani, Selasa (17/11/2026). Mereka kini kembali bersekolah.",
               published_at="2026-11-17T10:00:00+08:00", title="Delapan Anak Jalanan Kembali Bersekolah")


def test_two_forms_of_one_concept_share_its_term() -> None:
    assert "apill" in terms("Perbaikan lampu lalu lintas.").terms
    assert "apill" in terms("Anak mengamen di lampu merah.").terms
    assert "lampu" in concept_words()["apill"]


def test_a_concept_and_a_place_alone_are_another_event_there() -> None:
    text = "Simpang Jl. Ahmad Yani ada perbaikan lampu lalu lintas, hati-hati macet sampai sore."
    found = decide(index(CHILDREN), post(text, "2026-11-18T09:00:00+08:00"), MatchConfig())
    assert [d.announcement_id for d in found] == []
