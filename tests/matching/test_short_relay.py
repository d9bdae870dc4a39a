"""Issue 12, sixth round: a short relay carrying the release's distinctive facts.

A post of fewer than ``MIN_UNIT_TERMS`` distinct words never matched on text: a headline or a
greeting says too little. A short single-event post may still relay a release — "Pemkab bagi
12 ribu bibit mahoni, ambil sampai 30 November" — when it shares the release's rare words and
at least two of its distinctive facts (a date, a figure, a place; a date or figure among them)
and names no fact the release lacks, no other stage, year or day. A short look-alike with a
figure of its own, or a short post sharing only topic words, stays out.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
score test compares with the rule switched off.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

# a kabupaten hands out free seedlings until the end of November
SEEDLINGS = ann("s", "Dinas Lingkungan Hidup Kabupaten Tapin membagikan 12.000 bibit mahoni dan trembesi gratis "
                     "kepada warga mulai Senin (3/11/2025). Warga dapat mengambil bibit di kantor kecamatan sampai "
                     "30 November dengan membawa fotokopi KTP. \"Setiap rumah boleh mengambil lima bibit,\" kata "
                     "Kepala DLH Tapin, H. Syamsuri.",
                published_at="2025-11-03T09:00:00+08:00", title="DLH Tapin Bagikan 12 Ribu Bibit Mahoni Gratis")

WHEN = "2025-11-06T10:00:00+08:00"
CONFIG = MatchConfig()


def accepted(announcement: dict[str, Any], text: str, published_at: str = WHEN) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, published_at), CONFIG)}
    return found.get(announcement["id"], 0.0)


def with_and_without(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[float, float]:
    """The post's accepted score with the rule, and with short posts matched by link only."""
    ruled = accepted(SEEDLINGS, text)
    monkeypatch.setattr(decisions, "_may_relay_short", lambda post: False)
    return ruled, accepted(SEEDLINGS, text)


def test_a_short_relay_of_the_release_facts_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Tapin bagi 12 ribu bibit mahoni gratis, ambil sampai 30 November."
    assert post(text).whole.size < decisions.MIN_UNIT_TERMS
    ruled, off = with_and_without(monkeypatch, text)
    assert off == 0.0
    assert ruled >= CONFIG.threshold


@pytest.mark.parametrize("text", [
    "Desa Tatakan bagi 300 bibit mahoni gratis, 30 November.",  # the village's own count
    "Tapin bagi 12 ribu bibit mahoni lagi tanggal 20 Desember.",  # the release's figure, a date of its own
    "Tahun lalu Tapin bagi 12 ribu bibit mahoni, 30 November.",  # last year's edition
])
def test_a_short_look_alike_with_its_own_facts_stays_out(text: str) -> None:
    # each is short and has facts enough to be weighed as a relay, and is still no relay
    assert decisions._may_relay_short(post(text))
    assert accepted(SEEDLINGS, text) == 0.0


def test_topic_words_alone_or_one_fact_do_not_make_a_short_relay() -> None:
    assert accepted(SEEDLINGS, "Ayo tanam bibit mahoni gratis di pekarangan rumah.") == 0.0
    # one fact (the date) is not two
    assert accepted(SEEDLINGS, "Bibit pohon gratis, ambil sampai 30 November ya.") == 0.0


def test_a_short_post_naming_another_year_is_held_by_the_rule_not_by_its_score(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Tahun lalu Tapin bagi 12 ribu bibit mahoni, 30 November."
    assert accepted(SEEDLINGS, text) == 0.0
    # its words and facts alone would carry it over the threshold: the check of what it
    # contradicts (last year's edition) keeps it out
    monkeypatch.setattr(decisions, "_short_relay", lambda index, post, doc: True)
    assert accepted(SEEDLINGS, text) >= CONFIG.threshold
