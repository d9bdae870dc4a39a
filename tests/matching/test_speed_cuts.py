"""What the speed work of issue 12 (matchspeed3) cut, and that it decides nothing differently.

- A pass keeps the objects that live through it (the index, the announcements' documents and
  facts) out of the garbage collector's full collections while it builds its index and scores
  posts, and leaves the collector as it found it.
- Every empty fact of a release is one shared empty set.
- A post's words are read once for its marks and its next-event words, and an ASCII post with no
  next-event word has no ahead terms without being searched: the same terms as the search gives.
"""

from __future__ import annotations

import gc
import json
from dataclasses import fields

import sqlite_utils

from crawler.matching import documents, passes, textnorm
from crawler.matching.documents import announcement_doc, post_doc
from tests.matching.conftest import ANNOUNCEMENTS, GOLD, pairs


def test_a_pass_scores_with_its_long_lived_objects_frozen_and_restores_the_collector(
        loaded_db: sqlite_utils.Database) -> None:
    thresholds = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    seen: list[tuple[int, tuple[int, int, int]]] = []
    passes.match_new(loaded_db, progress=lambda done, total: seen.append((gc.get_freeze_count(),
                                                                          gc.get_threshold())))
    assert seen
    for frozen, during in seen:
        assert frozen > frozen_before  # the index and documents are out of full collections
        assert during[2] >= passes.FULL_COLLECTION_EVERY and during[:2] == thresholds[:2]
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == frozen_before
    assert pairs(loaded_db) == GOLD  # and it decided what it always did


def test_a_rebuild_restores_the_collector(loaded_db: sqlite_utils.Database) -> None:
    thresholds = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    passes.match_new(loaded_db)
    passes.rebuild(loaded_db)
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == frozen_before
    assert pairs(loaded_db) == GOLD


def test_empty_facts_of_a_release_share_one_set() -> None:
    row = ANNOUNCEMENTS[0]
    read = announcement_doc(row)
    stored = json.loads(json.dumps(read.facts()))
    restored = announcement_doc(row, read.sequence, stored)
    for doc in (read, restored):
        empties = [value for value in (*(getattr(doc.marks, f.name) for f in fields(doc.marks)), *doc.next_event, doc.next_phrase,
                                       doc.next_when, doc.own_when)
                   if isinstance(value, frozenset) and not value]
        assert empties and all(value is documents._EMPTY for value in empties)
    assert restored.marks == read.marks and restored.next_event == read.next_event


def _searched(text: str) -> frozenset[str]:
    """:func:`textnorm.ahead_terms` as it read before the word gate: searched whenever the
    substrings allow."""
    if not text or not textnorm._may_say_next(text) or not textnorm._next_word_pattern().search(text):
        return frozenset()
    ahead: set[str] = set()
    stated: set[str] = set()
    for sentence in textnorm._SENTENCE_END.split(text):
        (ahead if textnorm._is_next(sentence) else stated).update(textnorm.terms(sentence, cleaned=True).terms)
    return frozenset(ahead - stated)


def test_the_next_word_gate_gives_what_the_search_gives() -> None:
    texts = [
        "Lomba paduan suara digelar hari ini. Nanti para juara tampil di malam puncak Hari Jadi.",
        "Makanan khas dibagikan kepada warga di balai desa.",        # "akan" inside a word
        "Para pemenang AKAN tampil di Banjarbaru pada 12 Mei.",       # upper case
        "Jadwal_akan dan akan2 bukan kata.",                          # glued to _ and a digit
        "Juara pertama mewakili Batola ke tingkat provinsi bulan depan.",
        "Tim kami menuju final lomba kampung bersih.",
        "Para juara \u212aaina tampil di malam puncak.",              # Kelvin sign: not ASCII
        "Para juara kaina tampil di malam puncak. Lomba digelar Sabtu.",
        "",
    ]
    gated = 0
    for text in texts:
        cleaned = textnorm.clean_text(text)
        assert textnorm.ahead_terms(cleaned) == _searched(cleaned), text
        gated += bool(cleaned) and cleaned.isascii() and textnorm._may_say_next(cleaned) \
            and not _searched(cleaned) and "akan" in cleaned.lower()
    assert gated  # a text the substrings let through is answered by the words alone
    assert any(textnorm.ahead_terms(textnorm.clean_text(t)) for t in texts)


def test_a_post_is_read_once_for_its_marks_and_next_words() -> None:
    textnorm._letter_words.cache_clear()
    post_doc({"id": "p", "text": "Nanti para juara tampil di malam puncak Hari Jadi Tanah Laut.",
              "published_at": "2024-05-01T08:00:00+08:00"})
    info = textnorm._letter_words.cache_info()
    assert info.misses == 1 and info.hits >= 1  # its marks and its ahead terms: one reading
