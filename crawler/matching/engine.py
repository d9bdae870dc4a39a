"""Match KIM posts to government announcements: who amplified what, with evidence.

A post amplifies an announcement when it links to it, or republishes or restates it. Two
kinds of evidence, both explainable:

* **Link** — a canonical outbound link of the post (after resolving shortened links through
  the ``resolved_urls`` cache) equals the canonical URL of the announcement. Score 1.0.
* **Text** — the post's content is *contained* in the announcement. Both texts are reduced
  to terms (:mod:`crawler.textnorm`); every term weighs its inverse document frequency over
  the announcement corpus, specific terms (names, places) weigh more, facts (numbers,
  dates) more still. The score of a post unit (the whole post, or the union of its blocks
  that are on the announcement's topic; a block is a paragraph or list item, or one item of
  a round-up written as running text, see :func:`crawler.textnorm.items`) against an announcement is the weight of the
  unit's terms the announcement also has, divided by
  the weight of all the unit's terms plus a small prior mass (so that a three-word line
  cannot reach certainty). A fact of the post that the announcement lacks (another date,
  another number, another village) therefore pulls the score down: that is how a post on
  the same topic about a *different* event is told apart. Word 4-gram containment marks
  copies and excerpts. A text match must share at least one fact or name: topic words
  alone do not make a restatement. Places are compared by containment (kecamatan ⊂
  kabupaten/kota ⊂ province, from ``crawler/data/places`` and ``crawler/data/regions``): a
  kecamatan of the kabupaten an announcement is about is no contradiction, while a post whose
  places all lie outside the announcement's is scored lower.

Candidates come from an inverted index over the announcements published inside the post's
window (not after the post, allowing a small clock tolerance; not longer ago than the
horizon, default 30 days), ranked by the weight of rare shared terms — never all pairs.

A post may amplify several announcements (round-ups). Decisions are per announcement, with
*explaining away*: announcements are accepted best first, and each further one is scored
only on the terms (and 4-grams) that the already accepted ones do not explain. A copy of one
release of a family (the same "Bimtek KIM" release for another kabupaten) thus does not also match its
siblings, while a round-up's second item, with terms of its own, does.
"""

from __future__ import annotations

import bisect
import heapq
import json
import logging
import math
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import sqlite_utils

from crawler import store
from crawler.dates import from_iso, utc_now
from crawler.matching.textnorm import VERSION as TEXTNORM_VERSION
from crawler.matching.textnorm import (
    clean_text,
    items,
    new_stems,
    remember_stems,
    segments,
    stem_cache_size,
    terms,
)
from crawler.urls import canonical_url

log = logging.getLogger(__name__)

DEFAULT_HORIZON_DAYS = 30.0
DEFAULT_TOLERANCE_MINUTES = 10.0
DEFAULT_THRESHOLD = 0.5

SPECIFIC_FACTOR = 1.5      # names, places, institutions written with a capital inside a sentence
FACT_FACTOR = 2.0          # numbers and kabupaten/kota names
DATE_FACTOR = 3.0          # dates: they name the event
OTHER_DATE_FACTOR = 1.0    # extra weight, × the date's own, of a date the post names and the announcement does not
OTHER_PLACE_FACTOR = 1.0   # … of a kabupaten/kota the post names and the announcement does not
OTHER_FACT_FACTOR = 0.5    # … of a number (not a clock time) or a kecamatan/village the post names alone
ELSEWHERE_FACTOR = 0.9     # the score of a post whose places all lie outside the announcement's
PRIOR_TERMS = 2.0          # prior mass, in rare-term weights, added to every unit's total
MIN_UNIT_TERMS = 8         # fewer distinct words than this (a headline, a greeting) never match alone
MIN_SHARED_TERMS = 3       # a text match shares at least this many terms the accepted ones leave unexplained
SHINGLE = 4                # word n-gram size for copy/excerpt evidence
COPY_CONTAINMENT = 0.8     # share of the post's 4-grams found in the announcement: a copy
EXCERPT_CONTAINMENT = 0.5  # … an excerpt
MIN_SHARED_SHINGLES = 8    # an excerpt must share at least this many 4-grams
CANDIDATES = 8             # announcements scored in full per post
TOPICAL_BLOCK = 0.25       # a block this contained in an announcement is about its topic
COMMON_TERM_SHARE = 0.1    # terms in more than this share of announcements skip candidate search
QUERY_TERMS = 32           # the rarest terms of a post that look up candidates


@dataclass
class MatchConfig:
    """The knobs of the matcher, with their defaults. Environment overrides for operators:
    ``KIMWATCH_MATCH_HORIZON_DAYS``, ``KIMWATCH_MATCH_TOLERANCE_MINUTES``,
    ``KIMWATCH_MATCH_THRESHOLD``, ``KIMWATCH_MATCH_WORKERS``."""

    horizon_days: float = DEFAULT_HORIZON_DAYS
    tolerance_minutes: float = DEFAULT_TOLERANCE_MINUTES
    threshold: float = DEFAULT_THRESHOLD
    workers: int = 1  # processes scoring posts; >1 only pays for thousands of posts

    @classmethod
    def from_env(cls) -> MatchConfig:
        config = cls()
        for name, attr in (("HORIZON_DAYS", "horizon_days"), ("TOLERANCE_MINUTES", "tolerance_minutes"),
                           ("THRESHOLD", "threshold"), ("WORKERS", "workers")):
            value = os.environ.get(f"KIMWATCH_MATCH_{name}")
            if value:
                try:
                    setattr(config, attr, int(value) if attr == "workers" else float(value))
                except ValueError:
                    from crawler.errors import ConfigError
                    raise ConfigError(
                        f"environment variable KIMWATCH_MATCH_{name}: {value!r} is not a number; "
                        f"unset it or give e.g. {getattr(config, attr)!r}") from None
        if not (0.0 <= config.threshold <= 1.0 and config.horizon_days > 0
                and config.tolerance_minutes >= 0 and config.workers >= 1):
            from crawler.errors import ConfigError
            raise ConfigError(
                f"matching settings out of range: threshold {config.threshold} (0..1), horizon "
                f"{config.horizon_days} days (> 0), tolerance {config.tolerance_minutes} min (>= 0), "
                f"workers {config.workers} (>= 1); fix the KIMWATCH_MATCH_* environment variables")
        return config


# --------------------------------------------------------------------------- documents

def _epoch(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return from_iso(value).timestamp()
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=1)
def place_terms() -> frozenset[str]:
    """One-word names of the kabupaten/kota (and their aliases) of the bundled region files.

    A place is a fact like a number: a post about Tapin restating a release about Tanah Laut
    is about another event.
    """
    from crawler.matching.textnorm import region_terms, word_terms
    from crawler.regions import region_table

    places = set(region_terms())
    for key in region_table():
        found = word_terms(key)
        if len(found) == 1:
            places.add(found[0])
    return frozenset(places)


def _fact_factor(term: str) -> float:
    """How much more than its IDF a fact weighs: dates most (they name the event)."""
    if term.startswith("date:"):
        return DATE_FACTOR
    if term[0].isdigit() or term in place_terms():
        return FACT_FACTOR
    return 0.0


def _is_fact(term: str, unit: Unit | None = None) -> bool:
    """Whether ``term`` is a fact (number, date, place) — in ``unit``, where a kecamatan or
    village is one and a kabupaten named only through its seat town is not."""
    if unit is not None:
        if term in unit.seats:
            return False
        if term in unit.places:
            return True
    return _fact_factor(term) > 0


def _area(doc_terms: frozenset[str]) -> frozenset[str] | None:
    """The places an announcement covers: those it names, and the kabupaten/kota of the
    kecamatan it names; None when it names no place below the province (it covers all)."""
    from crawler.matching.textnorm import place_parents, province_terms, region_terms

    parents = place_parents()
    provinces = province_terms()
    regions = region_terms()
    named = {t for t in doc_terms if (t in parents or t in regions) and t not in provinces}
    if not named:
        return None
    return frozenset(named).union(*(parents.get(t, frozenset()) - provinces for t in named))


def _covered(term: str, area: frozenset[str] | None) -> bool | None:
    """Whether a place the post names lies inside the announcement's ``area`` (a kecamatan of
    a kabupaten it covers), or contains part of it (the kabupaten of a kecamatan it names);
    None when that cannot be told (a village of unknown kecamatan) or tells nothing (a province)."""
    from crawler.matching.textnorm import place_parents, province_terms, region_terms

    if area is None or term in province_terms():
        return None if term in province_terms() else True
    if term in area:
        return True
    parents = place_parents()
    if term not in parents and term not in region_terms():
        return None
    if parents.get(term, frozenset()) & area:
        return True
    return any(term in parents.get(t, frozenset()) for t in area)


def _shingles(sequence: Sequence[str], size: int = SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(sequence[i:i + size]) for i in range(len(sequence) - size + 1)}


@dataclass
class Unit:
    """A piece of a post scored on its own: the whole post, or one block (item) of it."""

    label: str
    terms: frozenset[str]
    specific: frozenset[str]
    words: frozenset[str] = frozenset()   # what the unit says before abbreviations are expanded
    places: frozenset[str] = frozenset()  # kecamatan and villages: facts
    seats: frozenset[str] = frozenset()   # kabupaten named only through their seat town: not facts

    @property
    def size(self) -> int:
        """Distinct words of the unit (an expanded abbreviation counts once)."""
        return len(self.words) if self.words else len(self.terms)


@dataclass
class PostDoc:
    """A post reduced to what the matcher compares."""

    id: str
    kim_id: str
    time: float | None
    links: list[str]
    sequence: list[str]
    units: list[Unit]
    weights: dict[str, float] = field(default_factory=dict)  # filled by decide()

    @property
    def whole(self) -> Unit:
        return self.units[0]


@dataclass
class AnnouncementDoc:
    """An announcement reduced to what the matcher compares."""

    id: str
    time: float | None
    url: str | None
    canonical: str | None
    title: str
    terms: frozenset[str]
    sequence: list[str]
    _shingles: set[tuple[str, ...]] | None = None

    @property
    def shingles(self) -> set[tuple[str, ...]]:
        if self._shingles is None:
            self._shingles = _shingles(self.sequence)
        return self._shingles


def _join(title: str | None, text: str | None) -> str:
    return "\n\n".join(part for part in ((title or "").strip(), text or "") if part)


def announcement_terms(row: Mapping[str, Any]) -> list[str]:
    """The terms of an announcement (title and text), in reading order."""
    return terms(_join(row.get("title"), row.get("text"))).terms


def announcement_doc(row: Mapping[str, Any], sequence: list[str] | None = None) -> AnnouncementDoc:
    """Reduce an ``announcements`` row (or an import record) to its terms.

    ``sequence`` gives terms computed before (the ``announcement_terms`` cache).
    """
    if sequence is None:
        sequence = announcement_terms(row)
    url = row.get("url")
    return AnnouncementDoc(
        id=row["id"], time=_epoch(row.get("published_at")), url=url,
        canonical=row.get("canonical_url") or canonical_url(url),
        title=row.get("title") or "", terms=frozenset(sequence), sequence=sequence)


def post_doc(row: Mapping[str, Any]) -> PostDoc:
    """Reduce a ``posts`` row to its terms, its blocks and its canonical links.

    Blocks are the paragraphs and list items of the post, each split further into the items
    of a round-up written as one paragraph ("… Selain itu, …", "pertama, … Kedua, …").
    """
    links = row.get("links") or []
    if isinstance(links, str):
        try:
            links = json.loads(links)
        except ValueError:
            links = links.split()
    canonical_links = []
    for link in links:
        canonical = canonical_url(link) if isinstance(link, str) else None
        if canonical and canonical not in canonical_links:
            canonical_links.append(canonical)
    cleaned = clean_text(_join(row.get("title"), row.get("text")))
    blocks = [found for block in segments(cleaned) for item in items(block)
              if (found := terms(item, cleaned=True)).terms]
    sequence = [t for block in blocks for t in block.terms]
    specific = frozenset(t for block in blocks for t in block.specific)
    words = frozenset(w for block in blocks for w in block.words)
    places = frozenset(p for block in blocks for p in block.places)
    named = {t for block in blocks for t in block.terms if t not in block.seats}
    seats = frozenset(t for block in blocks for t in block.seats if t not in named)
    units = [Unit("post", frozenset(sequence), specific, words, places, seats)]
    if len(blocks) > 1:
        units.extend(Unit(f"block {i + 1}", frozenset(b.terms), frozenset(b.specific), frozenset(b.words),
                          frozenset(b.places), frozenset(b.seats) & seats)
                     for i, b in enumerate(blocks))
    return PostDoc(id=row["id"], kim_id=row.get("kim_id") or row.get("kim") or "",
                   time=_epoch(row.get("published_at")), links=canonical_links,
                   sequence=sequence, units=units)


# --------------------------------------------------------------------------- index

class AnnouncementIndex:
    """Announcements sorted by time, with an inverted index and IDF weights.

    The IDF is over every announcement in the index, so a term used by many press
    releases (``kabupaten``, ``pemerintah``) weighs little and a name used by one weighs
    much.
    """

    def __init__(self, docs: Iterable[AnnouncementDoc], resolved: Mapping[str, str] | None = None) -> None:
        every = list(docs)
        dated = [d for d in every if d.time is not None]
        dated.sort(key=lambda d: (d.time, d.id))
        self.docs = dated
        self.times: list[float] = [d.time for d in dated if d.time is not None]
        self.by_url: dict[str, list[AnnouncementDoc]] = {}
        self.by_id: dict[str, AnnouncementDoc] = {}
        for doc in every:  # undated announcements can still be linked to
            self.by_id[doc.id] = doc
            if doc.canonical:
                self.by_url.setdefault(doc.canonical, []).append(doc)
        self.postings: dict[str, list[int]] = {}
        for position, doc in enumerate(dated):
            for term in doc.terms:
                self.postings.setdefault(term, []).append(position)
        self.size = len(dated)
        self.resolved = dict(resolved or {})
        self._idf_cache: dict[str, float] = {}
        self._base_cache: dict[str, float] = {}
        self.max_idf = math.log((self.size + 1) / 0.5)
        self.prior = PRIOR_TERMS * math.log((self.size + 1) / 1.5) if self.size else 1.0
        self.common = max(50, int(COMMON_TERM_SHARE * self.size))
        self.places = place_terms()
        self.unseen = self._median_weight()

    def _median_weight(self) -> float:
        """The IDF of the median word occurrence of the announcements: the most a word that no
        announcement has may weigh (an English or chatty word says little about the event)."""
        counts = sorted((len(positions), term) for term, positions in self.postings.items())
        total = sum(df for df, _term in counts)
        if not total:
            return self.max_idf
        seen = 0
        for df, _term in counts:
            seen += df
            if seen * 2 >= total:
                return math.log((self.size + 1) / (df + 0.5))
        return self.max_idf

    def idf(self, term: str) -> float:
        value = self._idf_cache.get(term)
        if value is None:
            df = len(self.postings.get(term, ()))
            value = math.log((self.size + 1) / (df + 0.5))
            self._idf_cache[term] = value
        return value

    def weight(self, term: str, unit: Unit) -> float:
        """IDF × (3 for dates, 2 for numbers and places, 1.5 for names, else 1).

        A plain word that no announcement has weighs at most the median word (:attr:`unseen`):
        not knowing a word is no evidence of another event. A kabupaten named only through its
        seat town weighs as a plain word, a kecamatan or village as a number.
        """
        if term in unit.seats:
            return self.idf(term)
        if term in unit.places:
            return self.idf(term) * FACT_FACTOR
        base = self._base_cache.get(term)
        if base is None:
            base = self.idf(term)
            factor = _fact_factor(term)
            if factor:
                base = -base * factor  # negative: marks a fact, no specific factor on top
            self._base_cache[term] = base
        if base < 0:
            return -base
        if term in unit.specific:
            return base * SPECIFIC_FACTOR
        return min(base, self.unseen) if term not in self.postings else base

    def window(self, post_time: float, config: MatchConfig) -> tuple[int, int]:
        """Positions ``[lo, hi)`` of the announcements a post at ``post_time`` may amplify."""
        lo = bisect.bisect_left(self.times, post_time - config.horizon_days * 86400)
        hi = bisect.bisect_right(self.times, post_time + config.tolerance_minutes * 60)
        return lo, hi

    def candidates(self, post: PostDoc, lo: int, hi: int, limit: int = CANDIDATES) -> list[tuple[int, float]]:
        """The announcements in ``[lo, hi)`` sharing the most rare-term weight with the post,
        with that weight."""
        whole = post.whole
        usable = []
        for term in whole.terms:
            positions = self.postings.get(term)
            if positions and len(positions) <= self.common:
                usable.append((self.weight(term, whole), term, positions))
        # the rarest terms find the source: a restatement shares most of its specific words
        usable = heapq.nlargest(QUERY_TERMS, usable, key=lambda item: item[0])
        scores: dict[int, float] = {}
        get = scores.get
        for weight, _term, positions in usable:
            start = bisect.bisect_left(positions, lo)
            stop = bisect.bisect_left(positions, hi, start)
            for position in positions[start:stop]:
                scores[position] = get(position, 0.0) + weight
        return heapq.nlargest(limit, scores.items(), key=lambda item: item[1])


# --------------------------------------------------------------------------- decisions

@dataclass
class Decision:
    """One (post, announcement) amplification the matcher accepts, with its evidence."""

    announcement_id: str
    method: str
    score: float
    lag_hours: float | None
    evidence: dict[str, Any]


@dataclass
class _Candidate:
    position: int
    unit: Unit
    shared: frozenset[str]
    score: float
    containment: float
    shingle_containment: float
    shared_shingles: int
    copied: bool = False


def _unit_score(index: AnnouncementIndex, weights: Mapping[str, float], unit: Unit,
                shared: frozenset[str], other_facts: bool = True,
                doc_terms: frozenset[str] | None = None) -> float:
    """Weighted containment of ``unit`` in an announcement sharing ``shared``, with a prior.

    A date the unit names and the announcement does not counts :data:`OTHER_DATE_FACTOR`
    times more against it, a kabupaten/kota :data:`OTHER_PLACE_FACTOR` times more: a
    restatement carries the announcement's dates and places, while a post about another
    event on the same topic names that event's own date and place. (``other_facts=False``
    leaves that out: whether a block is on the announcement's topic is a matter of words.)

    With ``doc_terms``, places are compared by containment (kecamatan ⊂ kabupaten ⊂
    province): a place inside the announcement's area (a kecamatan of the kabupaten it is
    about) or containing it is no contradiction, and when the post names places and every one
    of them lies outside that area, the score is multiplied by :data:`ELSEWHERE_FACTOR`.
    """
    total = index.prior
    places = index.places
    area = _area(doc_terms) if doc_terms is not None and other_facts else None
    inside = outside = False
    for term in unit.terms:
        weight = weights[term]
        total += weight
        if not other_facts:
            continue
        is_place = term in places or term in unit.places
        covered = _covered(term, area) if doc_terms is not None and is_place else None
        if covered is not None:
            inside, outside = inside or covered, outside or not covered
        if term not in shared and term not in unit.seats and not covered:
            if term.startswith("date:"):
                total += OTHER_DATE_FACTOR * weight
            elif term in places:
                total += OTHER_PLACE_FACTOR * weight
            elif term in unit.places or (term[0].isdigit() and ":" not in term):
                # any number, a single digit too (round 2: measured better on all five sets);
                # not a clock time the announcement lacks: a KIM often adds it from the poster
                total += OTHER_FACT_FACTOR * weight
    gained = sum(weights[t] for t in shared)
    score = gained / total if total else 0.0
    return score * ELSEWHERE_FACTOR if outside and not inside else score


def _best_unit(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc,
               explained: frozenset[str] | set[str] = frozenset()) -> tuple[float, Unit]:
    """The post unit that best restates ``doc``, and its score.

    Units are the whole post and the union of its *topical* blocks: those that on their own
    are at least :data:`TOPICAL_BLOCK` contained in the announcement. A round-up item is
    judged without the other items, while a post about another event on the same topic is
    judged with all its blocks on that topic — including the one with the other date or
    place — not on its one block that happens to quote the same official. Terms in
    ``explained`` (already accounted for by accepted announcements) are left out.
    """
    def rest(unit: Unit) -> Unit:
        return replace(unit, terms=unit.terms - explained) if explained else unit

    weights = post.weights
    whole = rest(post.whole)
    best_score, best_unit = _unit_score(index, weights, whole, whole.terms & doc.terms, doc_terms=doc.terms), whole
    topical = []
    for block in post.units[1:]:
        block = rest(block)
        if _unit_score(index, weights, block, block.terms & doc.terms, other_facts=False) >= TOPICAL_BLOCK:
            topical.append(block)
    if topical and len(topical) < len(post.units) - 1:
        union = Unit("+".join(b.label for b in topical).replace("+block ", "+"),
                     frozenset().union(*(b.terms for b in topical)),
                     frozenset().union(*(b.specific for b in topical)),
                     frozenset().union(*(b.words for b in topical)),
                     frozenset().union(*(b.places for b in topical)),
                     frozenset().union(*(b.seats for b in topical)))
        score = _unit_score(index, weights, union, union.terms & doc.terms, doc_terms=doc.terms)
        # the size of the blocks as written: what accepted announcements explain does not
        # make a round-up item too short to stand on its own
        if union.size >= MIN_UNIT_TERMS and score > best_score:
            best_score, best_unit = score, union
    return best_score, best_unit


def _score_candidate(index: AnnouncementIndex, post: PostDoc, post_shingles: set[tuple[str, ...]],
                     position: int) -> _Candidate:
    doc = index.docs[position]
    score, unit = _best_unit(index, post, doc)
    best = _Candidate(position, unit, unit.terms & doc.terms, score, 0.0, 0.0, 0)
    weights = post.weights
    total = sum(weights.values())
    best.containment = (sum(weights[t] for t in post.whole.terms & doc.terms) / total) if total else 0.0
    if post_shingles:
        common = len(post_shingles & doc.shingles)
        best.shared_shingles = common
        best.shingle_containment = common / len(post_shingles)
    return best


def _specific_shared(index: AnnouncementIndex, post: PostDoc, candidate: _Candidate) -> bool:
    """Whether the post shares a fact or a not-common name with the announcement.

    Restating news carries its specifics (a number, a date, a place, a person); sharing
    only topic words is what posts about another event on the same topic do.
    """
    for term in candidate.shared:
        if len(index.postings.get(term, ())) > index.common:
            continue
        if _is_fact(term, post.whole) and not (term.isdigit() and len(term) == 1):  # "5" alone says little
            return True
        if term in post.whole.specific:
            return True
    return False


def _rescore(index: AnnouncementIndex, post: PostDoc, candidate: _Candidate,
             explained: set[str]) -> None:
    """Score ``candidate`` on the terms that ``explained`` leaves over."""
    doc = index.docs[candidate.position]
    candidate.score, candidate.unit = _best_unit(index, post, doc, explained)
    candidate.shared = candidate.unit.terms & doc.terms


def _passages(post: PostDoc, doc: AnnouncementDoc, limit: int = 3) -> list[str]:
    """The longest runs of post terms found in the same order in the announcement."""
    seq = post.sequence
    covered = [False] * len(seq)
    doc_shingles = doc.shingles
    for i in range(len(seq) - SHINGLE + 1):
        if tuple(seq[i:i + SHINGLE]) in doc_shingles:
            for j in range(i, i + SHINGLE):
                covered[j] = True
    runs: list[list[str]] = []
    current: list[str] = []
    for term, inside in zip(seq, covered, strict=True):
        if inside:
            current.append(term)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    runs.sort(key=len, reverse=True)
    return [" ".join(run[:30]) for run in runs[:limit]]


def decide(index: AnnouncementIndex, post: PostDoc, config: MatchConfig,
           all_pairs: bool = False) -> list[Decision]:
    """Every announcement the post amplifies, by link or by text, with evidence.

    ``all_pairs`` scores the post against every announcement, without the index (the
    baseline of the benchmark; same decisions, much slower).
    """
    decisions: dict[str, Decision] = {}
    tolerance = config.tolerance_minutes * 60
    horizon = config.horizon_days * 86400
    for link in post.links:
        target = index.resolved.get(link, link)
        for doc in index.by_url.get(target, ()):
            if post.time is not None and doc.time is not None and (
                    doc.time > post.time + tolerance or doc.time < post.time - horizon):
                # a link cannot amplify what was published after the post, and, like text,
                # a post links what is news: not an announcement older than the horizon
                continue
            evidence: dict[str, Any] = {"kind": "link", "link": link}
            if target != link:
                evidence["resolved_to"] = target
            decisions[doc.id] = Decision(doc.id, "link", 1.0, _lag(post, doc), evidence)

    if post.time is None or post.whole.size < MIN_UNIT_TERMS:
        return list(decisions.values())  # a headline, a greeting: too short to restate anything
    lo, hi = index.window(post.time, config)
    if lo >= hi:
        return list(decisions.values())
    whole = post.whole
    post.weights = {t: index.weight(t, whole) for t in whole.terms}
    # a unit U passes when shared(U) ≥ θ·(total(U) + prior); as total(U) ≥ shared(U), it
    # needs shared(U) ≥ θ/(1-θ)·prior: candidates sharing less with the whole post cannot pass
    theta = min(config.threshold, 0.95)
    floor = theta / (1 - theta) * index.prior
    weights = post.weights
    post_shingles = _shingles(post.sequence)
    if all_pairs:
        scored = [c for c in (_score_candidate(index, post, post_shingles, p) for p in range(index.size))
                  if lo <= c.position < hi]
    else:
        positions = [p for p, _mass in index.candidates(post, lo, hi)
                     if sum(weights[t] for t in whole.terms & index.docs[p].terms) >= floor
                     or len(index.docs[p].shingles & post_shingles) >= MIN_SHARED_SHINGLES]
        scored = [_score_candidate(index, post, post_shingles, p) for p in positions]
    for candidate in scored:  # copies and excerpts count on their 4-grams as well
        candidate.copied = (candidate.shared_shingles >= MIN_SHARED_SHINGLES
                            and candidate.shingle_containment >= EXCERPT_CONTAINMENT)
        if candidate.copied:
            candidate.score = max(candidate.score, 0.5 + 0.5 * candidate.shingle_containment)
    explained: set[str] = set()
    explained_shingles: set[tuple[str, ...]] = set()
    for announcement_id in decisions:  # what the linked announcements explain
        linked = index.by_id[announcement_id]
        explained |= post.whole.terms & linked.terms
        explained_shingles |= post_shingles & linked.shingles
    remaining = scored
    while remaining:
        if explained:
            # explaining away: score what the accepted announcements leave unexplained —
            # terms, and for copies the 4-grams (releases of one template share most of them)
            for candidate in remaining:
                if candidate.copied:
                    rest = len((post_shingles & index.docs[candidate.position].shingles) - explained_shingles)
                    if rest >= MIN_SHARED_SHINGLES and rest / len(post_shingles) >= EXCERPT_CONTAINMENT:
                        candidate.score = 0.5 + 0.5 * rest / len(post_shingles)
                        continue
                    candidate.copied = False
                    candidate.shingle_containment = rest / len(post_shingles)
                _rescore(index, post, candidate, explained)
        remaining.sort(key=lambda c: -c.score)
        candidate = remaining.pop(0)
        score = candidate.score
        if score < config.threshold:
            break
        tied = [c for c in remaining if not candidate.copied and not c.copied
                and abs(c.score - score) < 1e-9 and c.shared == candidate.shared]
        if tied:
            # sibling announcements the post's words cannot tell apart: picking the first
            # would be arbitrary, so neither is matched on text
            remaining = [c for c in remaining if c not in tied]
            continue
        if not candidate.copied and (len(candidate.shared) < MIN_SHARED_TERMS
                                     or not _specific_shared(index, post, candidate)):
            continue  # only topic words, or a word or two, in common: not the same news
        doc = index.docs[candidate.position]
        explained |= candidate.shared  # what this announcement accounts for
        explained_shingles |= post_shingles & doc.shingles
        if doc.id in decisions:  # already linked: keep the link, add the text evidence
            extra = _text_evidence(index, post, doc, candidate, score)
            extra["text_kind"] = extra.pop("kind")
            decisions[doc.id].evidence.update(extra)
            continue
        evidence = _text_evidence(index, post, doc, candidate, score)
        method = "text" if evidence["kind"] == "summary" else evidence["kind"]
        decisions[doc.id] = Decision(doc.id, method, round(min(1.0, score), 4), _lag(post, doc), evidence)
    return list(decisions.values())


def explain(db: sqlite_utils.Database, post_id: str, config: MatchConfig | None = None) -> dict[str, Any]:
    """Why a post matches what it matches — and why not the others: its window, its terms,
    its decisions and its best candidates with their scores (for ``kimwatch match --explain``)."""
    from crawler.errors import ReviewError

    config = config or MatchConfig.from_env()
    rows = list(_rows(db, [post_id]))
    if not rows:
        raise ReviewError(f"no post {post_id!r}; post ids are in the posts table (kimwatch review lists some)")
    index = load_index(db)
    post = post_doc(rows[0])
    decisions = {d.announcement_id: d for d in decide(index, post, config)}
    result: dict[str, Any] = {
        "post": post_id, "published_at": rows[0]["published_at"], "links": post.links,
        "terms": sorted(post.whole.terms), "blocks": len(post.units) - 1,
        "threshold": config.threshold, "decisions": [
            {"announcement": d.announcement_id, "method": d.method, "score": d.score,
             "lag_hours": d.lag_hours} for d in decisions.values()],
        "candidates": [],
    }
    if post.time is None:
        return result
    lo, hi = index.window(post.time, config)
    result["announcements_in_window"] = hi - lo
    post_shingles = _shingles(post.sequence)
    for position, _mass in index.candidates(post, lo, hi):
        candidate = _score_candidate(index, post, post_shingles, position)
        doc = index.docs[position]
        result["candidates"].append({
            "announcement": doc.id, "title": doc.title, "score": round(candidate.score, 4),
            "unit": candidate.unit.label, "shingle_containment": round(candidate.shingle_containment, 4),
            "accepted": doc.id in decisions,
            "shared_facts": sorted(t for t in candidate.shared if _is_fact(t, candidate.unit)),
            "post_only_facts": sorted(t for t in candidate.unit.terms - doc.terms if _is_fact(t, candidate.unit)),
        })
    return result


def _text_evidence(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc,
                   candidate: _Candidate, score: float) -> dict[str, Any]:
    """What a reviewer needs to see why: shared facts and terms, what the post has that the
    announcement lacks, the component scores and the longest shared passages."""
    unit = candidate.unit
    weights = post.weights
    specific = sorted(candidate.shared, key=lambda t: (-weights[t], t))
    missing = sorted(unit.terms - doc.terms, key=lambda t: (-weights[t], t))
    if candidate.shingle_containment >= COPY_CONTAINMENT and candidate.copied:
        kind = "copy"            # (nearly) all of the post's 4-grams are the announcement's
    elif candidate.copied:
        kind = "excerpt"         # a good part of them
    else:
        kind = "summary"         # own words: the shared terms and facts carry it
    return {
        "kind": kind,
        "unit": unit.label,
        "text_score": round(score, 4),
        "unit_containment": round(candidate.score, 4),
        "post_containment": round(candidate.containment, 4),
        "shingle_containment": round(candidate.shingle_containment, 4),
        "shared_shingles": candidate.shared_shingles,
        "shared_terms": specific[:25],
        "shared_facts": [t for t in specific if _is_fact(t, unit)][:10],
        "post_only_facts": [t for t in missing if _is_fact(t, unit)][:10],
        "post_only_terms": missing[:10],
        "passages": _passages(post, doc),
    }


def _lag(post: PostDoc, doc: AnnouncementDoc) -> float | None:
    """Hours from the announcement to the post; a post within the clock tolerance before the
    announcement was not earlier in fact, so its lag is 0, never negative."""
    if post.time is None or doc.time is None:
        return None
    return max(0.0, round((post.time - doc.time) / 3600.0, 3))


# --------------------------------------------------------------------------- the store

@dataclass
class MatchStats:
    """What one matching pass did, for the CLI and the crawl summary."""

    posts: int = 0
    announcements: int = 0
    amplifications: int = 0
    removed: int = 0
    methods: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rebuild: bool = False

    def summary(self) -> str:
        """One line: what was scored, what was found, how long it took."""
        methods = ", ".join(f"{name} {count}" for name, count in sorted(self.methods.items()))
        return (f"{'rebuilt' if self.rebuild else 'matched'} {self.posts} post(s) "
                f"({self.announcements} new or changed announcement(s)): "
                f"{self.amplifications} amplification(s) among them" + (f" ({methods})" if methods else "")
                + f", {self.removed} stale removed, in {self.seconds:.1f} s")


_DOC_CACHE: dict[tuple[str, ...], AnnouncementDoc] = {}


def _doc_key(row: Mapping[str, Any]) -> tuple[str, ...]:
    return (row["id"], row["content_hash"] or "", row["published_at"] or "", row["url"] or "",
            row["canonical_url"] or "")


def load_index(db: sqlite_utils.Database, workers: int = 1) -> AnnouncementIndex:
    """Every announcement of the store, indexed, with the shortened-link cache.

    Terms are cached in the ``announcement_terms`` table (and in this process), keyed by the
    announcement's content hash and the normalization version, so each announcement is
    tokenized once, not on every ``kimwatch match``.
    """
    db.execute(store.ANNOUNCEMENT_TERMS_DDL)  # stores created before the cache existed
    cached = {row[0]: (row[1], row[2], row[3]) for row in db.execute(
        "SELECT announcement_id, content_hash, version, terms FROM announcement_terms")}
    docs: list[AnnouncementDoc] = []
    missing: list[dict[str, Any]] = []
    fresh: list[tuple[str, str, int, str]] = []
    seen: set[tuple[str, ...]] = set()
    for row in db.query("SELECT id, url, canonical_url, title, text, published_at, content_hash "
                        "FROM announcements"):
        key = _doc_key(row)
        seen.add(key)
        hit = cached.get(row["id"])
        stored = hit is not None and hit[0] == key[1] and hit[1] == TEXTNORM_VERSION
        doc = _DOC_CACHE.get(key)
        if doc is None and stored:
            assert hit is not None
            doc = announcement_doc(row, hit[2].split())
            _DOC_CACHE[key] = doc
        if doc is None:
            missing.append(row)
            continue
        docs.append(doc)
        if not stored:
            fresh.append((row["id"], key[1], TEXTNORM_VERSION, " ".join(doc.sequence)))
    for row, sequence in zip(missing, _sequences(missing, workers), strict=True):
        doc = announcement_doc(row, sequence)
        _DOC_CACHE[_doc_key(row)] = doc
        docs.append(doc)
        fresh.append((row["id"], row["content_hash"] or "", TEXTNORM_VERSION, " ".join(sequence)))
    if fresh:
        with store.transaction(db):
            db.conn.executemany("INSERT OR REPLACE INTO announcement_terms "
                                "(announcement_id, content_hash, version, terms) VALUES (?, ?, ?, ?)", fresh)
    for key in [k for k in _DOC_CACHE if k not in seen]:
        del _DOC_CACHE[key]
    return AnnouncementIndex(docs, resolved_links(db))


def _sequences(rows: list[dict[str, Any]], workers: int) -> list[list[str]]:
    """Terms of many announcements, in forked workers when there are many."""
    if workers <= 1 or len(rows) < PARALLEL_MIN_POSTS or "fork" not in multiprocessing.get_all_start_methods():
        return [announcement_terms(row) for row in rows]
    chunks = [rows[i:i + CHUNK] for i in range(0, len(rows), CHUNK)]
    sequences: list[list[str]] = []
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for chunk_sequences, stems in pool.imap(_terms_chunk, chunks):
            sequences.extend(chunk_sequences)
            remember_stems(stems)  # the workers' stems serve the posts that follow
    return sequences


def _terms_chunk(rows: list[dict[str, Any]]) -> tuple[list[list[str]], dict[str, str]]:
    before = stem_cache_size()
    return [announcement_terms(row) for row in rows], new_stems(before)


def resolved_links(db: sqlite_utils.Database) -> dict[str, str]:
    """Canonical shortened link → canonical target, from the crawler's ``resolved_urls``."""
    resolved: dict[str, str] = {}
    if "resolved_urls" not in db.table_names():
        return resolved
    for url, target in db.execute(
            "SELECT url, resolved_url FROM resolved_urls WHERE resolved_url IS NOT NULL"):
        source, destination = canonical_url(url), canonical_url(target)
        if source and destination:
            resolved[source] = destination
            resolved.setdefault(url, destination)
    return resolved


POST_COLUMNS = "id, kim_id, url, title, text, published_at, links"


def _posts_to_match(db: sqlite_utils.Database, index: AnnouncementIndex,
                    config: MatchConfig) -> tuple[list[str], list[str]]:
    """Ids of posts to (re)score, and ids of the new or changed announcements behind them."""
    post_ids = {row[0] for row in db.execute("SELECT id FROM posts WHERE matched_at IS NULL")}
    fresh = [row[0] for row in db.execute("SELECT id FROM announcements WHERE matched_at IS NULL")]
    spans: list[tuple[float, float]] = []
    for announcement_id in fresh:
        doc = index.by_id.get(announcement_id)
        if doc is not None and doc.time is not None:
            spans.append((doc.time - config.tolerance_minutes * 60, doc.time + config.horizon_days * 86400))
    spans.sort()
    merged: list[list[float]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        post_ids.update(row[0] for row in db.execute(
            "SELECT id FROM posts WHERE published_at >= ? AND published_at <= ?",
            [_iso(start), _iso(end)]))
    for start in range(0, len(fresh), 500):  # posts linked earlier to a changed announcement
        chunk = fresh[start:start + 500]
        marks = ",".join("?" * len(chunk))
        post_ids.update(row[0] for row in db.execute(
            f"SELECT post_id FROM amplifications WHERE announcement_id IN ({marks})", chunk))
    if fresh:  # links: a new announcement may be linked from posts outside its window
        urls = {doc.canonical for a in fresh if (doc := index.by_id.get(a)) and doc.canonical}
        shorts = {short for short, target in index.resolved.items() if target in urls}
        wanted = urls | shorts
        if wanted:
            for post_id, links in db.execute("SELECT id, links FROM posts WHERE links IS NOT NULL "
                                             "AND links != '[]'"):
                if any(canonical_url(link) in wanted for link in _json_list(links)):
                    post_ids.add(post_id)
    return sorted(post_ids), fresh


def _json_list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, list):
        return value
    try:
        loaded = json.loads(value)
    except ValueError:
        return str(value).split()
    return loaded if isinstance(loaded, list) else []


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _rows(db: sqlite_utils.Database, post_ids: Sequence[str], chunk: int = 500) -> Iterator[dict[str, Any]]:
    for start in range(0, len(post_ids), chunk):
        ids = post_ids[start:start + chunk]
        marks = ",".join("?" * len(ids))
        yield from db.query(f"SELECT {POST_COLUMNS} FROM posts WHERE id IN ({marks})", ids)


#: ``progress(done, total)``: posts scored so far, of how many
MatchProgress = Callable[[int, int], None]


def match_posts(db: sqlite_utils.Database, post_ids: Sequence[str], index: AnnouncementIndex,
                config: MatchConfig, stats: MatchStats, batch: int = 2000,
                progress: MatchProgress | None = None) -> None:
    """Score ``post_ids`` and make their automatic amplifications exactly the decisions.

    Rows a person confirmed or rejected stay as they are; stale automatic rows of these
    posts are deleted; each post's ``matched_at`` is set. ``progress`` is told after each
    chunk of posts.
    """
    total = len(post_ids)
    done_before = stats.posts
    pending_rows: list[dict[str, Any]] = []
    pending_posts: list[str] = []

    def flush() -> None:
        if not pending_posts:
            return
        now = utc_now()
        keep = {(r["post_id"], r["announcement_id"]) for r in pending_rows}
        with store.transaction(db):
            marks = ",".join("?" * len(pending_posts))
            existing = db.execute(
                f"SELECT post_id, announcement_id FROM amplifications WHERE status = 'auto' "
                f"AND post_id IN ({marks})", pending_posts).fetchall()
            stale = [pair for pair in existing if tuple(pair) not in keep]
            db.conn.executemany(
                "DELETE FROM amplifications WHERE post_id = ? AND announcement_id = ? AND status = 'auto'",
                stale)
            stats.removed += len(stale)
            store.save_amplifications(db, pending_rows)
            db.execute(f"UPDATE posts SET matched_at = ? WHERE id IN ({marks})", [now, *pending_posts])
        pending_rows.clear()
        pending_posts.clear()

    def take(chunk: list[tuple[str, str, list[Decision]]]) -> None:
        for post_id, kim_id, decisions in chunk:
            for decision in decisions:
                pending_rows.append({
                    "post_id": post_id, "announcement_id": decision.announcement_id,
                    "kim_id": kim_id, "method": decision.method, "score": decision.score,
                    "lag_hours": decision.lag_hours, "evidence": decision.evidence,
                })
                stats.amplifications += 1
                stats.methods[decision.method] = stats.methods.get(decision.method, 0) + 1
            pending_posts.append(post_id)
            stats.posts += 1
        if len(pending_posts) >= batch:
            flush()
        if progress is not None:
            progress(stats.posts - done_before, total)

    workers = config.workers if len(post_ids) >= PARALLEL_MIN_POSTS else 1
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        # forked workers share the index copy-on-write; this process reads and writes the store
        global _WORKER
        _WORKER = (index, config)
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                step = CHUNK * workers * 4
                for start in range(0, len(post_ids), step):
                    rows = list(_rows(db, post_ids[start:start + step]))
                    chunks = [rows[i:i + CHUNK] for i in range(0, len(rows), CHUNK)]
                    for chunk in pool.imap(_decide_chunk, chunks):
                        take(chunk)
        finally:
            _WORKER = None
    else:
        for start in range(0, len(post_ids), CHUNK):
            take(_decide_rows(index, config, list(_rows(db, post_ids[start:start + CHUNK]))))
    flush()


_WORKER: tuple[AnnouncementIndex, MatchConfig] | None = None
CHUNK = 500
PARALLEL_MIN_POSTS = 5000


def _decide_rows(index: AnnouncementIndex, config: MatchConfig,
                 rows: list[dict[str, Any]]) -> list[tuple[str, str, list[Decision]]]:
    return [(row["id"], row["kim_id"], decide(index, post_doc(row), config)) for row in rows]


def _decide_chunk(rows: list[dict[str, Any]]) -> list[tuple[str, str, list[Decision]]]:
    """Worker side of :func:`match_posts`: the index came with the fork."""
    assert _WORKER is not None
    return _decide_rows(_WORKER[0], _WORKER[1], rows)


def match_new(db: sqlite_utils.Database, config: MatchConfig | None = None,
              progress: MatchProgress | None = None) -> MatchStats:
    """Match what is new since the last pass.

    Posts not yet matched (new or edited) are scored against the announcements in their
    window; new or changed announcements bring the posts of their window (and posts that
    link to them) to be scored again. Called by the importers and the crawl runner after
    they store items, and by ``kimwatch match``.
    """
    started = time.monotonic()
    config = config or MatchConfig.from_env()
    stats = MatchStats()
    index = load_index(db, config.workers)
    post_ids, fresh = _posts_to_match(db, index, config)
    stats.announcements = len(fresh)
    match_posts(db, post_ids, index, config, stats, progress=progress)
    if fresh:
        now = utc_now()
        with store.transaction(db):
            for start in range(0, len(fresh), 500):
                chunk = fresh[start:start + 500]
                marks = ",".join("?" * len(chunk))
                db.execute(f"UPDATE announcements SET matched_at = ? WHERE id IN ({marks})", [now, *chunk])
    stats.seconds = time.monotonic() - started
    log.info("matching: %s", stats.summary())
    return stats


def rebuild(db: sqlite_utils.Database, config: MatchConfig | None = None,
            progress: MatchProgress | None = None) -> MatchStats:
    """Recompute every automatic match (e.g. after changing the threshold or the code).

    Confirmed and rejected rows are never changed; automatic rows that no longer match
    are deleted.
    """
    started = time.monotonic()
    config = config or MatchConfig.from_env()
    stats = MatchStats(rebuild=True)
    index = load_index(db, config.workers)
    post_ids = [row[0] for row in db.execute("SELECT id FROM posts ORDER BY id")]
    stats.announcements = db.execute("SELECT count(*) FROM announcements WHERE matched_at IS NULL").fetchone()[0]
    match_posts(db, post_ids, index, config, stats, progress=progress)
    with store.transaction(db):
        # rows of posts that no longer exist are gone by cascade; nothing else is left over
        db.execute("UPDATE announcements SET matched_at = ? WHERE matched_at IS NULL", [utc_now()])
    stats.seconds = time.monotonic() - started
    log.info("matching: %s", stats.summary())
    return stats
