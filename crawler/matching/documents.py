"""Posts and announcements as the matcher sees them: terms, units (blocks, round-up items), facts.

A post becomes a :class:`PostDoc`: its terms (:mod:`crawler.matching.textnorm`), its units (the
whole post, each block, each item of a round-up) and its links; an announcement becomes an
:class:`AnnouncementDoc` with its terms, 4-grams and canonical URL. Facts (numbers, dates,
places) and the area a text is about (kecamatan within kabupaten/kota within the province) are
decided here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from crawler.dates import from_iso
from crawler.matching.config import DATE_FACTOR, FACT_FACTOR, SHINGLE
from crawler.matching.textnorm import (
    clean_text,
    items,
    segments,
    terms,
)
from crawler.urls import canonical_url

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
