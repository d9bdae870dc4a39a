"""fixes29: the matcher's memory and its cost on long posts, with the same decisions.

A post's readings of its whole text are kept with the post (:meth:`documents.PostDoc.read`), not
in caches keyed by whole texts that kept thousands of decided posts alive; a denied question is
read once per post, not once per candidate release (:func:`decisions._denied_claim`); and
``textnorm._loose`` keeps names, not the whole cleaned texts review reads through it.

Every text here is made up for the rule it checks; none is taken from a labelled set. No
assertion here is on time: each counts calls or looks at what a cache holds.
"""

from __future__ import annotations

import gc
import re
import types
import weakref
from typing import Any

import pytest

from crawler.matching import decisions, documents, events, review, textnorm
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _denied_question, decide
from crawler.matching.documents import announcement_doc
from crawler.matching.textcache import SHORT_TEXT
from tests.matching.test_denied_question import FOGGING, WHEN
from tests.matching.test_generalize import ann, index, post

# two hundred questions, each answered with a denial, about the fogging release
QUESTIONS = "\n".join(f"Fogging demam berdarah di desa nomor {n} Martapura Timur? Bukan, itu penyemprotan hama "
                      f"sawah blok {n}." for n in range(200))


def _unique_long_text(mark: str) -> str:
    """A long post no other test writes (about 60 KB), built at run time so no constant holds it."""
    lines = [f"Warga {mark} di Martapura Timur bergotong royong membersihkan saluran nomor {n} di depan "
             f"masjid, kemarin sudah selesai, harga beras naik dari minggu lalu, salah satu dari lima desa."
             for n in range(400)]
    return "\n".join(lines)


def test_a_denied_question_is_read_once_per_post_whatever_the_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    the_post = post(QUESTIONS, WHEN)
    doc = announcement_doc(FOGGING)
    # what the first question shares with the release (the other lines name other desa numbers, "14" among them)
    shared = post(QUESTIONS.split("\n", 1)[0], WHEN).whole.terms & doc.terms
    calls = []
    real = documents.post_doc

    def counting(row: Any) -> Any:
        calls.append(row)
        return real(row)

    monkeypatch.setattr(documents, "post_doc", counting)
    found = [_denied_question(the_post, doc, shared) for _ in range(20)]
    # the first question's passage, read once for all twenty readings of the pair
    assert len(calls) == 1
    assert found[0] is not None and found[0][1] == "bukan" and len(set(found)) == 1


# the denial's pattern before it was anchored at a sentence's start (it tried every letter)
_UNANCHORED = re.compile(r"([^.!?\n]{8,})\?[ \t]*(?:(bukan|belum|hoaks|hoax|keliru)[,.!…]|(belum\s+ada|tidak\s+benar)\b)",
                         re.IGNORECASE)


@pytest.mark.parametrize("text", [
    QUESTIONS,
    "Sudah daftar? Belum? Ayo daftar.\nFogging di desa kita? Bukan, itu hama.",
    "Ya? Bukan. Posko banjir dibuka di Sungai Tabuk? BELUM ADA, tunggu.",
    "Hasil uji debu diumumkan!? Belum, baru pemasangan alat.",
    "Pendek? Bukan. Agak panjang sekali ini\tya? Hoaks. Lagi satu? tidak benar",
    "kata " * 3000 + "jadi? Bukan, " + "lain " * 100 + "? Keliru.",
])
def test_the_anchored_denial_finds_what_the_unanchored_one_found(text: str) -> None:
    old, new = _UNANCHORED.search(text), decisions._DENIAL.search(text)
    assert (old and (old.span(), old.groups())) == (new and (new.span(), new.groups()))


def _held_by(text: str) -> list[Any]:
    """What still refers to ``text``: frames (this test's own) and caches of a few recent texts
    (``textnorm._letter_words`` keeps 8) aside — an lru_cache of 4,096 texts would be here."""
    gc.collect()
    return [r for r in gc.get_referrers(text) if not isinstance(r, types.FrameType)
            and not (hasattr(r, "cache_info") and (r.cache_info().maxsize or 1 << 30) <= 64)]


READINGS = (decisions._landmark_terms, decisions._hearsay_answer, decisions._complaint_words,
            decisions._own_story_mood, decisions._unannounced_text, decisions._nth_nights,
            decisions._price_move_text, decisions._another_phrases, decisions._one_of_text,
            decisions._own_funds_text, events.done_sentences, documents.lowered_terms)


def test_no_cache_keeps_a_long_post_after_it_is_decided() -> None:
    text = _unique_long_text("Kampung Kuda Rumput")
    the_post = post(text, "2026-11-10T15:00:00+08:00")
    shared_index = index(FOGGING, ann("r", "Warga Martapura Timur bergotong royong membersihkan saluran di depan "
                                           "masjid, harga beras naik dari minggu lalu.",
                                      published_at="2026-11-09T09:00:00+08:00", title="Gotong Royong Saluran"))
    assert isinstance(decide(shared_index, the_post, MatchConfig()), list)
    for reading in READINGS:  # each reading of a whole text, as the rules that reach them make it
        reading(the_post.text)
    gone = weakref.ref(the_post)
    del the_post
    gc.collect()
    assert gone() is None
    # nothing but this test holds its text once the post is gone (an lru_cache keyed by the
    # text would: its dict refers to it)
    assert _held_by(text) == []
    assert _held_by(textnorm.clean_text(text)) == []


class _Found:
    """A reading's result that can be watched with a weak reference."""


def test_a_posts_readings_are_kept_with_it_and_go_with_it() -> None:
    the_post = post(_unique_long_text("Desa Tungkaran"), "2026-11-10T15:00:00+08:00")
    calls = []

    def reading(text: str) -> _Found:
        calls.append(len(text))
        return _Found()

    found = [the_post.read(reading) for _ in range(5)]
    assert len(calls) == 1 and all(f is found[0] for f in found)
    kept = weakref.ref(found[0])
    del the_post, found
    gc.collect()
    assert kept() is None


@pytest.mark.parametrize("reading", [documents.lowered_terms, events.done_sentences, decisions._nth_nights])
def test_readings_also_made_for_titles_cache_short_texts_only(reading: Any) -> None:
    reading.cache_clear()
    reading("Malam kedua pasar malam, kemarin sudah dibuka")
    assert reading.cache_info().currsize == 1
    reading(_unique_long_text("Desa Pelita"))
    assert reading.cache_info().currsize == 1
    assert len(_unique_long_text("Desa Pelita")) > SHORT_TEXT


def test_review_reads_a_whole_text_without_keeping_it_in_the_loose_cache() -> None:
    text = _unique_long_text("Desa Sungai Batang")
    before = len(textnorm._LOOSE)
    assert review.written("gotongroyongmembersihkansaluran", {}, text) is True  # its letters run together
    assert review.written("banjirbandang", {}, text) is False
    assert re.sub("[^a-z0-9]", "", textnorm.clean_text(text).lower()) not in textnorm._LOOSE.values()
    assert not [key for key in textnorm._LOOSE if len(key) > textnorm.LOOSE_CACHED_LENGTH]
    assert len(textnorm._LOOSE) - before < 1000  # its words at most, not its text
