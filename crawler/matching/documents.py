"""Posts and announcements as the matcher sees them: terms, units (blocks, round-up items), facts.

A post becomes a :class:`PostDoc`: its terms (:mod:`crawler.matching.textnorm`), its units (the
whole post, each block, each item of a round-up) and its links; an announcement becomes an
:class:`AnnouncementDoc` with its terms, 4-grams and canonical URL. Facts (numbers, dates,
places) and the area a text is about (kecamatan within kabupaten/kota within the province) are
decided here.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from crawler.dates import from_iso
from crawler.matching.config import (
    DATE_FACTOR,
    FACT_FACTOR,
    FIRM_FIGURE_MIN,
    FIRM_FIGURES,
    MIN_FACT_ITEM_TERMS,
    SHINGLE,
)
from crawler.matching.events import told_outcomes
from crawler.matching.lexicon import (
    MEASURE_UNITS,
    MEASURE_WORDS,
    OWN_HAPPENING_WORDS,
    REPORT_REQUEST,
    REQUEST_WORDS,
)
from crawler.matching.moods import release_moods
from crawler.matching.textcache import short_text_cache
from crawler.matching.textnorm import (
    MONTHS,
    NO_MARKS,
    EventMarks,
    NextEvent,
    ahead_terms,
    clean_text,
    deadline_days,
    event_marks,
    items,
    list_blocks,
    next_event,
    relative_periods,
    roundup_items,
    tag_lines,
    terms,
    untagged_kinds,
    venue_terms,
)
from crawler.urls import canonical_url

T = TypeVar("T")

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


# one entry per announcement scored (keyed by its terms): sized for every announcement of a
# large store's window, so a post's candidates never evict each other's areas
@lru_cache(maxsize=1 << 16)
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


def number_value(term: str) -> float | None:
    """The value of a number term ("14200", "12,4"); None for any other term (a clock time,
    a date, a word, a code)."""
    if not term[0].isdigit() or ":" in term:
        return None
    try:
        return float(term.replace(",", "."))
    except ValueError:
        return None


def firm_figures(evidence: Mapping[str, Any]) -> bool:
    """Whether a text match's ``evidence`` repeats at least ``FIRM_FIGURES`` of the release's
    figures of ``FIRM_FIGURE_MIN`` or more (counts, amounts, shares; not a year, a date or a
    clock time), with no fact of the post's own and no contradicted stage, round or day: what a
    relay carries and a look-alike does not. Such a match close to the threshold is no
    borderline case: 'auto', not 'uncertain'. (On the 26 labelled sets, 1,866 right text
    pairs scoring 0.3 or more carry it and none of the 377 wrong ones; see the nineteenth
    round in bench/results/matching.md.)"""
    if evidence.get("post_only_facts") or evidence.get("contradictions"):
        return False
    figures = set()
    for term in evidence.get("shared_facts", ()):
        value = number_value(term)
        if value is not None and value >= FIRM_FIGURE_MIN and not YEAR_TERM.fullmatch(term):
            figures.add(term)
    return len(figures) >= FIRM_FIGURES


def rounds_to(written: str, value: float) -> bool:
    """Whether the number term ``written`` is ``value`` rounded, as news writing rounds a
    figure it restates ("14 ribuan peserta" for 14.200, "Rp21 miliar lebih" for Rp21,4
    miliar, "hampir 15 ribu" for 14.800, "12 persen" for 12,4 persen): a whole number (ending
    in zero, not a year, unless ``value`` has decimals) with fewer significant digits than ``value``, equal to it rounded down, to the
    nearest or up at its own precision, and within 10% of it."""
    number = number_value(written)
    value = float(value)
    if number is None or number <= 0 or value <= 0 or number == value or not number.is_integer():
        return False
    whole = int(number)
    if 1900 <= whole <= 2100:
        return False
    if not value.is_integer():  # "12 persen" for 12,4 persen
        return abs(value - number) < 1 and abs(value - number) <= 0.1 * value
    if whole % 10:
        return False
    unit = 10 ** (len(str(whole)) - len(str(whole).rstrip("0")))
    if value % unit == 0 or abs(value - number) > 0.1 * value:
        return False  # as precise as the written figure, so another figure; or too far off
    return number in (value // unit * unit, round(value / unit) * unit, -(-value // unit) * unit)


def _roundings(value: float) -> set[str]:
    """Whole numbers ``value`` rounds to, down, to the nearest and up, at each precision."""
    forms = {str(int(value // 1)), str(int(round(value))), str(int(-(-value // 1)))} if not value.is_integer() else set()
    unit = 10
    while unit <= value * 10:
        forms.update(str(int(v)) for v in (value // unit * unit, round(value / unit) * unit, -(-value // unit) * unit))
        unit *= 10
    return forms


def counted(sequence: Sequence[str], places: frozenset[str]) -> dict[str, frozenset[str]]:
    """What a text counts and with which figures: each word written right after a number
    ("97.618 pemilih", "Rp4.000 per meter kubik", "120 penghafal"), with the numbers before
    it. Places, dates and clock times are not counted things."""
    found: dict[str, set[str]] = {}
    for i in range(len(sequence) - 1):
        term, following = sequence[i], sequence[i + 1]
        if not term[0].isdigit() or number_value(term) is None or number_value(following) is not None:
            continue
        if following.startswith("date:") or ":" in following or following in places:
            continue
        found.setdefault(following, set()).add(term)
    return {word: frozenset(numbers) for word, numbers in found.items()}


def _shingles(sequence: Sequence[str], size: int = SHINGLE) -> set[tuple[str, ...]]:
    # the n-grams as the tuples zip() builds from n shifted copies: the same set, made in C
    if size < 1:
        return {tuple(sequence[i:i + size]) for i in range(len(sequence) - size + 1)}
    return set(zip(*(sequence[i:] for i in range(size)), strict=False))


@dataclass
class Unit:
    """A piece of a post scored on its own: the whole post, or one block (item) of it."""

    label: str
    terms: frozenset[str]
    specific: frozenset[str]
    words: frozenset[str] = frozenset()   # what the unit says before abbreviations are expanded
    places: frozenset[str] = frozenset()  # kecamatan and villages: facts
    seats: frozenset[str] = frozenset()   # kabupaten named only through their seat town: not facts
    item: bool = False                    # one item of a round-up (a list line, a marked part)
    marks: EventMarks = NO_MARKS          # the stages, rounds, years and days it names
    text: str = field(default="", compare=False, repr=False)  # a round-up item's text, cleaned
    # an item written as a list line of its own (a bullet, a number), not a piece of a paragraph
    # cut at a semicolon or a connective
    listed: bool = False
    # (places, its terms that may weigh as facts against an announcement), see fact_terms;
    # not an init field, so a copy made with other terms (dataclasses.replace) reads them again
    _facts: tuple[frozenset[str], frozenset[str]] | None = field(default=None, init=False, repr=False,
                                                                  compare=False)
    _lowered: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def fact_terms(self, places: frozenset[str]) -> frozenset[str]:
        """Its terms that can count as facts where it is a post's context
        (:func:`crawler.matching.decisions._unit_score`): dates, figures, and places —
        ``places`` (the index's) or its own; the rest of its words weigh nothing there. Cached
        for one ``places``."""
        if self._facts is None or self._facts[0] is not places:
            self._facts = (places, frozenset(
                t for t in self.terms
                if t.startswith("date:") or t[0].isdigit() or t in places or t in self.places))
        return self._facts[1]

    @property
    def lowered(self) -> frozenset[str]:
        """The terms of its text read lower-cased (:func:`lowered_terms`), read once per unit (its
        text may be a whole post, which lowered_terms does not cache)."""
        if self._lowered is None:
            self._lowered = lowered_terms(self.text)
        return self._lowered

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
    total: float = 0.0  # the sum of weights, filled by decide()
    _counted: dict[str, frozenset[str]] | None = None
    # the post as read against each announcement (rounded figures, month parts, bare names
    # read as the announcement's own), filled by decisions._aligned
    aligned: dict[str, PostDoc] = field(default_factory=dict)
    _alignable: tuple[str, ...] | None = None
    # the terms it writes only in sentences about what comes next (textnorm.ahead_terms)
    ahead: frozenset[str] = frozenset()
    # in a round-up, the stages other candidate announcements name, by announcement id
    # (filled by decisions.decide: they explain an item's neighbour's stage words)
    excused: dict[str, frozenset[str]] = field(default_factory=dict)
    _roundup: bool | None = None
    # the weekdays it names without a date, with the terms they were read from (see
    # decisions._undated_weekdays)
    _weekdays: tuple[frozenset[str], frozenset[int]] | None = None
    # its cleaned text, read again only by the rules that need more than its terms (venues,
    # periods: read lazily, as few posts reach those rules)
    text: str = ""
    _venues: frozenset[str] | None = None
    _periods: frozenset[tuple[str, int]] | None = None
    # the days it names without their month ("tanggal 22"), by their figure's term, with the
    # dates they may be (decisions._bare_days)
    bare_days: dict[str, frozenset[str]] | None = None
    # the place term of its KIM's kabupaten/kota (kims.region), when known
    region: str | None = None
    region_name: str = ""
    # whether it has a source line (:data:`SOURCE_LINE`)
    sourced: bool = False
    # what readings of its whole text found, by reading (:meth:`read`); an aligned copy
    # (dataclasses.replace) has the same text and shares them
    readings: dict[Callable[[str], Any], Any] = field(default_factory=dict, repr=False, compare=False)

    def read(self, reading: Callable[[str], T]) -> T:
        """What ``reading`` finds in its text, read once per post and kept with it: a cache keyed
        by whole texts kept up to thousands of posts alive after they were decided."""
        try:
            return self.readings[reading]  # type: ignore[no-any-return]
        except KeyError:
            found = self.readings[reading] = reading(self.text)
            return found

    @property
    def venues(self) -> frozenset[str]:
        """The terms of the streets, venues and areas it names (:func:`textnorm.venue_terms`)."""
        if self._venues is None:
            self._venues = venue_terms(self.text)
        return self._venues

    @property
    def periods(self) -> frozenset[tuple[str, int]]:
        """The months and weeks it names relatively to its own time (("month", 1): "bulan depan",
        :func:`textnorm.relative_periods`)."""
        if self._periods is None:
            self._periods = relative_periods(self.text)
        return self._periods

    @property
    def alignable(self) -> tuple[str, ...]:
        """The terms besides figures that may be read as an announcement's own: parts of a
        month ("akhir Oktober") and names."""
        if self._alignable is None:
            whole = self.whole
            self._alignable = tuple(
                t for t in whole.terms
                if t.startswith(("date:end-", "date:start-")) or (t in whole.specific and t.isalpha()))
        return self._alignable

    def counted(self, places: frozenset[str]) -> dict[str, frozenset[str]]:
        """:func:`counted` of the post's words (cached)."""
        if self._counted is None:
            self._counted = counted(self.sequence, places | self.whole.places)
        return self._counted

    @property
    def whole(self) -> Unit:
        return self.units[0]

    @property
    def roundup(self) -> bool:
        """Whether the post lists several items (bullets, numbers, enumeration words,
        semicolons): each is its own event, judged on its own facts. (Cached: a post read
        against an announcement keeps its items.)"""
        if self._roundup is None:
            self._roundup = sum(1 for unit in self.units[1:] if unit.item) >= 2
        return self._roundup


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
    _numbers: tuple[tuple[str, float], ...] | None = None
    _counted: dict[str, frozenset[str]] | None = None
    _bare: dict[str, str] | None = None
    _rounded: dict[str, str] | None = None
    text: str = ""  # title and text as published, read for its marks when first needed
    _marks: EventMarks | None = None
    _next: NextEvent | None = None
    _own_facts: frozenset[str] = frozenset()
    _next_facts: frozenset[str] = frozenset()
    _next_phrase: frozenset[str] = frozenset()
    _own_words: frozenset[str] = frozenset()
    _next_when: frozenset[tuple[int, int]] = frozenset()  # (month, day) of the next event
    _next_counts: frozenset[str] = frozenset()  # "3:pondok": a figure the next event's sentences count
    _subject_counts: frozenset[str] = frozenset()  # "13:usaha": … their subject's clause counts ("Sisa 13 perusahaan")
    _both_regions: frozenset[str] = frozenset()  # the kabupaten both its own and its next-event sentences name
    _own_when: frozenset[tuple[int, int]] = frozenset()   # … of its own event (day 0: the month)
    _prices: frozenset[str] | None = None
    _happenings: frozenset[str] = frozenset()
    _next_summary: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]] | None = None
    _title_terms: frozenset[str] | None = None
    _periods: frozenset[tuple[str, int]] | None = None
    _negated: frozenset[str] = frozenset()
    _deadlines: frozenset[tuple[int, int]] = frozenset()
    _lead: frozenset[str] = frozenset()
    _prepares: bool = False
    _compared: frozenset[str] = frozenset()
    _moves: bool = False
    _asked: frozenset[str] = frozenset()
    _moods: frozenset[str] = frozenset()
    _outcomes: frozenset[str] = frozenset()
    _covered_places: frozenset[str] = frozenset()
    _measures: frozenset[tuple[str, str]] = frozenset()
    _counts: frozenset[tuple[str, str]] = frozenset()
    _registration: frozenset[tuple[int, int]] = frozenset()
    _named: frozenset[frozenset[str]] = frozenset()

    @property
    def moods(self) -> frozenset[str]:
        """The moods of absence its own text carries ("appeal", "lack", "before":
        :func:`moods.release_moods`): a release that is itself the appeal, the lack or the
        closure is relayed in that mood. Read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._moods

    @property
    def outcomes(self) -> frozenset[str]:
        """The kinds of outcome its own text tells (:func:`events.told_outcomes`: "lulus",
        "batal", "hadir" …): a release that is itself the report of what came of its event.
        Read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._outcomes

    @property
    def covered_places(self) -> frozenset[str]:
        """The places it is about, read as written (capitals kept, so that "Daha Selatan" is the
        kecamatan's one term): every place its title and text name, and, when it covers a whole
        kabupaten ("di seluruh kecamatan", "se-Kabupaten Banjar"), every kecamatan of the
        kabupaten it names (:func:`covered_places`) — not a place it names only for the next event
        it announces ("Pengasapan berikutnya di Kecamatan Mataraman"). Read with its marks, before its text is let
        go, and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._covered_places

    @property
    def measures(self) -> frozenset[tuple[str, str]]:
        """Its figures each with the measure written beside it (:func:`figure_measures`:
        ("16", "unit"), ("480000000", "rp")): read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._measures

    @property
    def counts(self) -> frozenset[tuple[str, str]]:
        """Its figures each with the words that say what it counts (:func:`figure_nouns`:
        ("412", "kebakaran"), ("412", "permukiman")): read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._counts

    @property
    def registration_days(self) -> frozenset[tuple[int, int]]:
        """The (month, day) of the dates it names only in sentences of registration or a deadline
        ("Pendaftaran dibuka … hingga 13 November": :func:`registration_days`), not its event's days:
        read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._registration

    @property
    def prepares(self) -> bool:
        """Whether it tells a preparation itself ("menyiapkan", "disiapkan", "persiapan",
        "bersiap"; :data:`_PREPARES`): read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._prepares

    @property
    def compared(self) -> frozenset[str]:
        """The figures it gives only as a yardstick ("setara enam kantong donor biasa", "lebih
        murah dari es kiriman yang Rp20.000", :data:`_COMPARED`), not elsewhere in its text: what
        its own event is compared with, not what it counts. Read with its marks and stored with
        its facts."""
        self.marks  # noqa: B018 (read together)
        return self._compared

    @property
    def moves(self) -> bool:
        """Whether it tells how a figure moved against an earlier period ("naik dibanding pekan
        lalu", "turun dari bulan sebelumnya", :data:`PRIOR_MOVE`): read with its marks and stored
        with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._moves

    @property
    def asked(self) -> frozenset[str]:
        """What it asks of its public: the terms of the words after each request ("Kepala sekolah
        diminta menyiapkan daftar murid" → menyiapkan, daftar, murid; :func:`asked_terms`). A post
        asking the same passes the release on. Read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._asked

    @property
    def deadlines(self) -> frozenset[tuple[int, int]]:
        """The (month, day) of the dates it gives as deadlines ("paling lambat 30 November",
        :func:`textnorm.deadline_days`): read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._deadlines

    @property
    def lead_terms(self) -> frozenset[str]:
        """The terms of its lead sentence read lower-cased (:func:`lead_sentence`): what the
        release is about ("Kabel serat optik jaringan intra pemerintah Kota Banjarbaru putus …");
        read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._lead

    @property
    def negated(self) -> frozenset[str]:
        """The terms it writes itself right after "bukan" ("alat tenun bukan mesin", "ini bukan
        pajak baru"): read with its marks and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._negated

    @property
    def periods(self) -> frozenset[tuple[str, int]]:
        """The months and weeks it names relatively to its publication ("pekan depan":
        ("week", 1), :func:`textnorm.relative_periods`): read with its marks, before its text is
        let go, and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._periods or frozenset()

    @property
    def named(self) -> frozenset[frozenset[str]]:
        """The venues and groups its body names (:func:`named_facts`, by their names' terms):
        read with its marks, before its text is let go, and stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._named

    @property
    def marks(self) -> EventMarks:
        """The stages, rounds, years and days the announcement names, read broadly
        (:func:`crawler.matching.textnorm.event_marks`); cached (and stored with its terms,
        :meth:`facts`)."""
        if self._marks is None:
            cleaned = clean_text(self.text)
            self._marks = _shared_empty(event_marks(cleaned, broad=True))
            lowered = cleaned.lower()
            told = REPORT_REQUEST.sub(lambda m: " " if REQUEST_WORDS.search(m.group(0)) else m.group(0),
                                      lowered) if "lapor" in lowered else lowered
            self._happenings = frozenset(w for w in set(OWN_HAPPENING_WORDS.values()) if w in told)
            self._periods = _set(relative_periods(cleaned))
            self._negated = _set(t for pattern in (NEGATED, _SET_APART) for found in pattern.finditer(cleaned)
                                 for t in lowered_terms(found.group(1)))
            self._deadlines = _set(deadline_days(cleaned))
            self._lead = lowered_terms(lead_sentence(cleaned))
            self._prepares = bool(_PREPARES.search(lowered))
            self._compared = compared_figures(cleaned)
            self._moves = bool(PRIOR_MOVE.search(lowered))
            self._next = next_event(cleaned)
            self._asked = asked_terms(lowered)
            self._moods = release_moods(cleaned)
            self._outcomes = _set(told_outcomes(cleaned))
            self._measures = _set(figure_measures(cleaned))
            self._counts = _set(figure_nouns(cleaned))
            self._registration = _set(registration_days(cleaned))
            self._covered_places = _set(covered_places(cleaned))  # (its text opens with its title)
            if self._next.next_text:  # a place named only for the next event it announces is that event's
                self._covered_places -= covered_places(self._next.next_text) - covered_places(
                    f"{self.title}\n{self._next.own_text}")
            title, _, body = cleaned.strip().partition("\n")
            self._named = named_facts(body if body.strip() else title)  # a headline's capitals name nothing
            if self._next.next_text:
                self._read_next(self._next, title if body and not title.rstrip().endswith((".", "!", "?")) else "")
            self._next = replace(self._next, own_text="", next_text="", subject_text="", next_whole="")
            own, following, own_facts, next_facts = self.next_event
            self._next_summary = (_set(own), _set(following), _set(own_facts), _set(next_facts))
            self._own_facts, self._next_facts = self._next_summary[2], self._next_summary[3]
            self._next_phrase, self._own_words, self._next_when, self._own_when, self._next_counts, \
                self._both_regions, self._subject_counts = (
                    _set(part) for part in (self._next_phrase, self._own_words, self._next_when, self._own_when,
                                            self._next_counts, self._both_regions, self._subject_counts))
            self.text = ""
        return self._marks

    def _read_next(self, found: NextEvent, title: str) -> None:
        """Read the facts of the release's own event and of the next one it announces."""
        from crawler.matching.textnorm import region_terms

        ahead = terms(found.next_text, cleaned=True)
        later = set(ahead.terms)
        own = terms(found.own_text, cleaned=True)
        about = set(terms(found.subject_text, cleaned=True).terms) if found.subject_text else set()
        # figures that count the next event's subject ("36 duta" when "duta pelajar akan
        # dikukuhkan") are the subject's, whichever sentence writes them
        counts = counted(own.terms, frozenset())
        theirs = {n for word in found.subject for n in counts.get(word, ())}
        regions = region_terms()
        # the facts of its own event: dates, figures and clock times outside the sentences
        # about the next event and the clauses about its subject
        self._own_facts = frozenset(
            t for t in own.terms
            if t not in later and t not in about and t not in theirs and t not in regions
            and (_own_fact(t) or (t[0].isdigit() and ":" in t)))
        # … and what it says of the next one: its date, its prize (not an edition: "HUT ke-81")
        editions = {value for _word, value in self._marks.ordinals} if self._marks else set()
        self._next_facts = frozenset(t for t in later if _own_fact(t) and t not in editions
                                     and t not in self._own_facts)
        # the next event's words its own part does not write: its phrase ("malam puncak"), its
        # level ("tingkat provinsi"), its place and date — not its subject, not "akan"
        told = set(own.terms) | about | found.subject | _next_stems()
        self._next_phrase = frozenset(t for t in later if t not in told and t not in editions
                                      and not (t[0].isdigit() and not t.startswith("date:")))
        # the kabupaten its own part and its next-event sentences (read whole) both name: the programme's
        self._both_regions = frozenset(t for t in terms(found.next_whole, cleaned=True).terms
                                       if t in regions and t in own.terms)
        # the figures the next-event sentences count with what they count ("dua pesantren di
        # Binuang", "tiga pondok pesantren di Kotabaru"), not as its own part counts them ("tiga jam")
        self._next_counts = frozenset(figure_counts(ahead.terms, 3) - figure_counts(own.terms, 3))
        # … and those the clause of their subject counts ("Sisa 13 perusahaan dijadwalkan didampingi
        # lagi"): who goes on to the step, counted as the own part does not count them
        self._subject_counts = frozenset(figure_counts(terms(found.next_whole, cleaned=True).terms, 3)
                                         - figure_counts(own.terms, 3) - self._next_counts)
        # when the next event is: the dates and months only the next-event sentences give
        months = {w for w in re.findall(r"[a-z]+", found.next_text.lower()) if w in MONTHS and len(w) > 3}
        months -= set(re.findall(r"[a-z]+", found.own_text.lower()))
        when: set[tuple[int, int]] = set()
        for t in later - set(own.terms):
            if t.startswith("date:"):
                day, _, month = t[5:].partition("-")
                if month.isdigit():
                    when.add((int(month), int(day) if day.isdigit() else 24 if day == "end" else 1))
        # a month named alone starts on its first day; "akhir September" is a range that starts
        # on the 24th (its date term), not on the first
        dated = {month for month, _day in when}
        when |= {(MONTHS[m], 1) for m in months if MONTHS[m] not in dated}
        when |= _relative_when(found.next_text, self.time)
        self._next_when = frozenset(when)
        # … and when its own event is: its dates, and the months its own part names in words (0)
        own_months = {w for w in re.findall(r"[a-z]+", found.own_text.lower()) if w in MONTHS and len(w) > 3}
        self._own_when = frozenset({(MONTHS[m], 0) for m in own_months} | {
            (int(t[5:].partition("-")[2]), int(t[5:].partition("-")[0]))
            for t in self._own_facts if t.startswith("date:") and t[5].isdigit()})
        # what its own part says besides the programme's name (its title): the own event's words
        named = set(terms(title, cleaned=True).terms) if title else set()
        self._own_words = frozenset(t for t in own.terms if t not in later and t not in about
                                    and t not in named and t not in regions)

    def facts(self) -> dict[str, Any]:
        """What the announcement derives from its text besides its terms — its marks, its own
        and next event's facts and days, its prices, its names kept whole — as JSON values, to
        be stored with its terms (``announcement_terms.facts``) and read back by
        :meth:`restore` instead of reading the release again in every matching process."""
        marks = self.marks
        return {
            "version": facts_version(), "time": self.time,
            "marks": {f.name: _json_value(getattr(marks, f.name)) for f in fields(EventMarks)},
            "next_event": [sorted(part) for part in self.next_event],
            "next_phrase": sorted(self._next_phrase), "own_words": sorted(self._own_words),
            "next_when": sorted(self._next_when), "own_when": sorted(self._own_when),
            "next_counts": sorted(self._next_counts), "subject_counts": sorted(self._subject_counts),
            "both_regions": sorted(self._both_regions),
            "prices": sorted(self.prices), "bare_names": self.bare_names,
            "happenings": sorted(self.happenings), "periods": sorted(self.periods),
            "negated": sorted(self.negated), "deadlines": sorted(self.deadlines),
            "lead": sorted(self.lead_terms), "prepares": self.prepares,
            "compared": sorted(self.compared), "moves": self.moves, "asked": sorted(self.asked),
            "moods": sorted(self.moods), "outcomes": sorted(self.outcomes),
            "covered": sorted(self.covered_places), "measures": sorted(self.measures),
            "counts": sorted(self.counts),
            "registration": sorted(self.registration_days),
            "named": sorted(sorted(name) for name in self.named),
        }

    def restore(self, stored: Mapping[str, Any]) -> bool:
        """Take the facts :meth:`facts` gave, when they were read by this code from this text at
        this publication time (a later release's "bulan depan" is another month); False (and
        nothing taken) when they are stale."""
        if stored.get("version") != facts_version() or stored.get("time") != self.time:
            return False
        marks = stored["marks"]
        self._marks = EventMarks(**{f.name: _from_json(marks[f.name]) for f in fields(EventMarks)})
        own, following, own_facts, next_facts = (_set(part) for part in stored["next_event"])
        self._next_summary = (own, following, own_facts, next_facts)
        self._own_facts, self._next_facts = own_facts, next_facts
        self._next_phrase = _set(stored["next_phrase"])
        self._own_words = _set(stored["own_words"])
        self._next_when = _set((month, day) for month, day in stored["next_when"])
        self._next_counts = _set(stored.get("next_counts", ()))
        self._subject_counts = _set(stored.get("subject_counts", ()))
        self._both_regions = _set(stored.get("both_regions", ()))
        self._own_when = _set((month, day) for month, day in stored["own_when"])
        self._prices = _set(stored["prices"])
        self._bare = dict(stored["bare_names"])
        self._happenings = _set(stored["happenings"])
        self._periods = _set((grain, offset) for grain, offset in stored.get("periods", ()))
        self._negated = _set(stored.get("negated", ()))
        self._deadlines = _set((month, day) for month, day in stored.get("deadlines", ()))
        self._lead = _set(stored.get("lead", ()))
        self._prepares = bool(stored.get("prepares", False))
        self._compared = _set(stored.get("compared", ()))
        self._moves = bool(stored.get("moves", False))
        self._asked = _set(stored.get("asked", ()))
        self._moods = _set(stored.get("moods", ()))
        self._outcomes = _set(stored.get("outcomes", ()))
        self._covered_places = _set(stored.get("covered", ()))
        self._measures = _set((figure, measure) for figure, measure in stored.get("measures", ()))
        self._counts = _set((figure, word) for figure, word in stored.get("counts", ()))
        self._registration = _set((month, day) for month, day in stored.get("registration", ()))
        self._named = frozenset(frozenset(name) for name in stored.get("named", ()))
        self.text = ""
        return True

    @property
    def happenings(self) -> frozenset[str]:
        """The mishaps and community doings (:data:`lexicon.OWN_HAPPENING_WORDS`, by their
        roots) the release itself tells: read with its marks, before its text is let go, and
        stored with its facts."""
        self.marks  # noqa: B018 (read together)
        return self._happenings

    @property
    def title_terms(self) -> frozenset[str]:
        """The terms of its title alone, read lower-cased (:func:`lowered_terms`; read when
        first needed: only round-up items ask)."""
        if self._title_terms is None:
            self._title_terms = lowered_terms(self.title)
        return self._title_terms

    @property
    def next_phrase(self) -> frozenset[str]:
        """The terms only the release's next-event sentences write (see :meth:`_read_next`)."""
        self.marks  # noqa: B018 (read together)
        return self._next_phrase

    @property
    def next_when(self) -> frozenset[tuple[int, int]]:
        """The days (month, day; the first of a month named alone) the release gives its next
        event and not its own."""
        self.marks  # noqa: B018 (read together)
        return self._next_when

    @property
    def own_when(self) -> frozenset[tuple[int, int]]:
        """The days (month, day) of the release's own event, and the months its own part names
        in words (month, 0)."""
        self.marks  # noqa: B018 (read together)
        return self._own_when

    @property
    def next_counts(self) -> frozenset[str]:
        """The figures its next-event sentences count, each with a word it counts ("3:pondok"
        for "tiga pondok pesantren di Kotabaru"; see :func:`figure_counts`), not as its own part does."""
        self.marks  # noqa: B018 (read together)
        return self._next_counts

    @property
    def subject_counts(self) -> frozenset[str]:
        """The figures the clause of the next-step sentences' subject counts, with what they count
        ("Sisa 13 perusahaan dijadwalkan …" → "13:usaha"), as its own part does not count them."""
        self.marks  # noqa: B018 (read together)
        return self._subject_counts

    @property
    def both_regions(self) -> frozenset[str]:
        """The kabupaten (region terms) both its own part and its next-event sentences name: the
        programme's, neither event's own."""
        self.marks  # noqa: B018 (read together)
        return self._both_regions

    @property
    def own_words(self) -> frozenset[str]:
        """The terms its own event's part writes, not its title, not its next event's or its
        subject's (see :meth:`_read_next`)."""
        self.marks  # noqa: B018 (read together)
        return self._own_words

    @property
    def next_event(self) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        """Its own event's stages and events that the next event's subject does not name too
        ("juara" in "para juara akan mewakili …" names results of both), those of the next event
        it announces and not its own (:func:`crawler.matching.textnorm.next_event`), its own
        event's dates and figures, and the dates and figures it gives the next event."""
        if self._next_summary is None:
            self.marks  # noqa: B018 (read together)
            assert self._next is not None
            self._next_summary = (self._next.own - self._next.again, self._next.next, self._own_facts,
                                  self._next_facts)
        return self._next_summary

    @property
    def rounded(self) -> dict[str, str]:
        """Every way a post may round one of the announcement's figures (:func:`rounds_to`),
        with the figure: a handful per figure, so a post with thousands of numbers costs no
        more than one with a few."""
        if self._rounded is None:
            found: dict[str, str] = {}
            for exact, value in self.numbers:
                for form in _roundings(value):
                    if form not in self.terms and rounds_to(form, value):
                        found.setdefault(form, exact)
            self._rounded = found
        return self._rounded

    @property
    def bare_names(self) -> dict[str, str]:
        """The announcement's names kept whole (a place it marks, "Desa Margasari Ilir"), by
        the stem the same word gets where a post writes it bare ("Margasari–Marabahan")."""
        if self._bare is None:
            from crawler.matching.textnorm import stem
            self._bare = {s: t for t in self.terms if len(t) >= 5 and t.isalpha()
                          and (s := stem(t)) != t and s not in self.terms}
        return self._bare

    def counted(self, places: frozenset[str]) -> dict[str, frozenset[str]]:
        """:func:`counted` of the announcement's words (cached)."""
        if self._counted is None:
            self._counted = counted(self.sequence, places)
        return self._counted

    @property
    def prices(self) -> frozenset[str]:
        """The figures it writes as a price ("Rp95.000"): a programme's price holds at every
        stop, so it tells no stop from another."""
        if self._prices is None:
            self._prices = _prices(self.sequence)
        return self._prices

    @property
    def numbers(self) -> tuple[tuple[str, float], ...]:
        """The announcement's number terms (not clock times, not dates) with their values."""
        if self._numbers is None:
            self._numbers = tuple((t, v) for t in self.terms if (v := number_value(t)) is not None)
        return self._numbers

    @property
    def shingles(self) -> set[tuple[str, ...]]:
        if self._shingles is None:
            self._shingles = _shingles(self.sequence)
        return self._shingles


# the word a text denies: "bukan yang gratis", "bukan sapi", "alat tenun bukan mesin" ("bukan hanya"
# and "bukan saja" add, they deny nothing)
NEGATED = re.compile(r"\bbukan\s+(?:yang\s+|yg\s+)?(?!hanya\b|cuma\b|saja\b|sekadar\b|sekedar\b)([^\W\d_][\w-]*)",
                     re.IGNORECASE)

# … and what a release sets its own thing apart from in other words ("dibiayai APBD dan terpisah dari
# dai Kemenag", "berbeda dengan bantuan pusat"): a post's "bukan dai Kemenag" repeats that contrast
_SET_APART = re.compile(r"\b(?:terpisah\s+dari|berbeda\s+(?:dari|dengan))\s+(?:yang\s+)?([^\W\d_][\w-]*)",
                        re.IGNORECASE)

#: a year written as a figure ("APBD 2026"): no count of an event
YEAR_TERM = re.compile(r"(?:19|20)\d\d")

# Bump when what AnnouncementDoc derives from a text changes in a way the source fingerprint
# below would not see (a data file): stored facts of another version are read again.
FACTS_VERSION = 18  # 18: what each figure counts (matcher70); 17: a release's edition years read from its title and lead (review 17b); 16: the places it covers (fixes30); 15: the edition years of a release's lead (matcher69); 14: a release's told outcomes (matcher65)

#: where a sentence ends in a release's body (its lead: :func:`lead_sentence`) or a post's text
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


# A venue or group a text names ("Masjid Al-Mubarak Binuang", "Sanggar Seni Putri Junjung",
# "Kelompok Tani Karya Bersama"): its noun and up to four capitalised words of its own name
_NAMED_VENUE = re.compile(
    r"\b(?:[Mm]asjid|[Mm]esjid|[Mm]us(?:h)?all?a|[Mm]ushola|[Ll]anggar|[Ss]urau|[Pp]ondok\s+[Pp]esantren|[Pp]onpes|"
    r"[Pp]esantren|SDN|SMPN|SMAN|SMKN|MIN|MTsN|MAN|[Ss]anggar|[Kk]elompok|[Pp]oktan|[Gg]apoktan|[Pp]okdarwis|"
    r"[Kk]lub|[Pp]aguyuban|[Kk]omunitas|[Kk]arang\s+[Tt]aruna|[Mm]ajelis\s+[Tt]aklim|[Yy]ayasan|[Kk]operasi|"
    r"[Pp]anti|KIM|BUMDes|[Bb]umdes|[Tt]im)\s+((?:[A-Z][\w'’-]*\s?){1,4})")
# where a venue's own name ends and its village or district begins ("… Harapan Jaya Desa Lampihong")
_NAME_END = re.compile(r"\s(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi|RT|RW)\b")


def named_facts(text: str) -> frozenset[frozenset[str]]:
    """The venues and groups a text names, by their names' terms (two or more: "Masjid Al-Mubarak
    Binuang" → al, mubarak, binuang): what a post can know only from the release that names them."""
    return frozenset(name for found in _NAMED_VENUE.finditer(text)
                     if len(name := frozenset(terms(_NAME_END.split(found.group(1))[0]).terms)) >= 2)


# a release that covers a whole kabupaten/kota: "di seluruh kecamatan", "semua kecamatan", "se-Kabupaten Banjar"
_WHOLE_REGION = re.compile(r"\b(?:seluruh|semua|setiap|tiap|masing-masing)\s+kecamatan\b|\bse-?(?:kabupaten|kota)\b"
                           r"|\bseluruh\s+(?:\w+\s+){0,3}?(?:di\s+)?(?:kabupaten|kota)\b",
                           re.IGNORECASE)


def covered_places(text: str) -> frozenset[str]:
    """The place terms a release's text names read as written (kecamatan, kabupaten/kota), and
    when it covers a whole kabupaten (:data:`_WHOLE_REGION`) every kecamatan the bundled place
    files put inside a kabupaten/kota it names: the places whose people it is addressed to."""
    from crawler.matching.textnorm import place_parents, region_terms

    read = terms(text)
    regions = region_terms()
    found = set(read.places) | (set(read.terms) & regions)
    if _WHOLE_REGION.search(text):
        named = found & regions
        found.update(place for place, parents in place_parents().items() if parents & named)
    return frozenset(found)


# a sentence of registration or a deadline: its dates are not the event's
_REGISTRATION = re.compile(r"\b(?:pendaftaran|daftar|mendaftar|mendaftarkan|didaftarkan|mandaftar|batas\s+waktu|"
                           r"paling\s+lambat|selambat-lambatnya|ditutup\s+pada)\b", re.IGNORECASE)


def registration_days(cleaned: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of the dates a release names only in its sentences of registration or a
    deadline (:data:`_REGISTRATION`: "Pendaftaran dibuka di kantor kelurahan hingga 13 November"):
    when people sign up, not when its event is held."""
    if not _REGISTRATION.search(cleaned):
        return frozenset()  # no sentence of registration: none of its dates is one
    from crawler.matching.textnorm import _date_terms

    registration: set[tuple[int, int]] = set()
    elsewhere: set[tuple[int, int]] = set()
    for sentence in SENTENCE_END.split(cleaned):
        # only the dates of each sentence are read (as terms() reads them), not its words
        for _start, _end, dated in _date_terms(clean_text(sentence))[1]:
            for term in dated:
                day, _, month = term[5:].partition("-")
                if day.isdigit() and month.isdigit():
                    (registration if _REGISTRATION.search(sentence) else elsewhere).add((int(month), int(day)))
    return frozenset(registration - elsewhere)


# a number with the word before and after it: "Rp480 juta", "16 unit traktor", "usia 17 tahun"
_FIGURE_BESIDE = re.compile(r"(?:\b([^\W\d_]+)\s*)?(?<![\d.,])(\d++(?:[.,]\d++)*+)\s*([^\W\d_]+)?")


@lru_cache(maxsize=4096)
def _figure_terms(number: str, after: str) -> tuple[str, ...]:
    """The figure terms of a number and the word after it ("480", "juta" → "480000000")."""
    return tuple(t for t in terms(f"{number} {after}").terms if t[:1].isdigit() and ":" not in t)


def figure_measures(text: str) -> frozenset[tuple[str, str]]:
    """A text's figures (their terms: "Rp480 juta" → "480000000"), each with the measure word
    (:data:`lexicon.MEASURE_WORDS`) written before or after it, or "" when it has none: "16 unit"
    and "16" bare are the release's 16 units; "12 unit jaring" is not its "12 pedagang" counted
    with "orang"… but with another measure: another thing counted. Read once per text by its callers (a
    release's facts, a post's :meth:`PostDoc.read`)."""
    found: set[tuple[str, str]] = set()
    for match in _FIGURE_BESIDE.finditer(text):
        before, number, after = match.groups()
        figures = _figure_terms(number, after or "")
        measures = {w.lower() for w in (before, after) if w and w.lower() in MEASURE_WORDS} or {""}
        found.update((figure, measure) for figure in figures for measure in measures)
    return frozenset(found)


# the words a figure is written with, and those that leave it bare: a function word after it
# ("412 di Kalsel", "sebanyak 412 dari …") counts nothing; a multiplier ("480 juta") is part of it
_TOKEN = re.compile(r"(?<![\d.,])\d++(?:[.,]\d++)*+|[^\W\d_]+")
_NOT_COUNTED = frozenset("""
di ke ka dari pada yang dan atau untuk gasan dengan lawan ini itu nang wan sampai hingga sejak se per
pun lah jua juga lagi sudah telah akan dalam oleh bagi tersebut tadi nitu ini sebagai sebanyak
""".split())
_MULTIPLIERS = frozenset("juta ribu rb jt miliar milyar triliun".split())
COUNTED_WINDOW = 3  # words after a figure read as what it counts (its noun and the phrase around it)


def figure_nouns(text: str) -> frozenset[tuple[str, str]]:
    """A text's figures (their terms), each with the words that say what it counts: the word
    before it (its measure "Rp", the word it closes "tanggal 15"; not a function word) and the
    words of the phrase after it, up to :data:`COUNTED_WINDOW` of them, a multiplier skipped
    ("412 kebakaran permukiman", "480 juta rupiah") — and "" when it names nothing after it (the
    text or the phrase ends, a function word or another figure follows: "412 di 13 kabupaten",
    "sebanyak 412."). "412 titik wifi" and
    "412 kebakaran" are two things counted; a shared figure is a release's own only when it
    counts the release's thing. Read once per text (a release's facts, :meth:`PostDoc.read`)."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: set[tuple[str, str]] = set()
    for i, (token, _, end) in enumerate(tokens):
        if not token[0].isdigit():
            continue
        after = tokens[i + 1][0].lower() if i + 1 < len(tokens) and text[end:tokens[i + 1][1]].strip() in ("", "-") \
            else ""
        figures = _figure_terms(token, after if after in _MULTIPLIERS else "")
        words: set[str] = set()
        if i and not tokens[i - 1][0][0].isdigit() and tokens[i - 1][0].lower() not in _NOT_COUNTED \
                and not re.search(r"[.,;:!?()\n]", text[tokens[i - 1][2]:tokens[i][1]]):
            words.add(tokens[i - 1][0].lower())  # its measure ("Rp", "usia") or the word it closes ("tanggal 15")
        j, last = i + 1, end
        while j < len(tokens):
            word, start, stop = tokens[j]
            if word[0].isdigit() or re.search(r"[.,;:!?()\n]", text[last:start]):
                break
            lowered = word.lower()
            if lowered in _NOT_COUNTED:
                break
            if lowered not in _MULTIPLIERS:
                words.add(lowered)
                if j - i >= COUNTED_WINDOW:
                    break
            j, last = j + 1, stop
        # bare: nothing named after it ("412 di 13 kabupaten", "sebanyak 412.")
        if j == i + 1 or (j == i + 2 and tokens[i + 1][0].lower() in _MULTIPLIERS):
            words.add("")
        found.update((figure, word) for figure in figures for word in words)
    return frozenset(found)


def lead_sentence(cleaned: str) -> str:
    """The first sentence of a cleaned release's body (after its title line, when it has one):
    the sentence that says what the release is about. An abbreviation ("H. Aulia") may cut it
    short, which only narrows what is read as its subject."""
    title, _, body = cleaned.strip().partition("\n")
    if not body.strip() or title.rstrip().endswith((".", "!", "?")):
        body = cleaned
    return next((part for part in SENTENCE_END.split(body.strip()) if part.strip()), "")


@lru_cache(maxsize=1)
def facts_version() -> str:
    """The version of the stored facts (:meth:`AnnouncementDoc.facts`): :data:`FACTS_VERSION` and
    a fingerprint of the code that reads them (this module, textnorm, the lexicon, events, the
    phone-number patterns of crawler.personal), so that
    any change to those rules reads every release again instead of deciding on stale facts."""
    digest = hashlib.sha1()
    here = Path(__file__).parent
    for path in (here / "documents.py", here / "textnorm.py", here / "lexicon.py", here / "events.py",
                 here.parent / "personal.py"):
        try:
            digest.update(path.read_bytes())
        except OSError:  # installed without sources: the explicit version alone
            digest.update(path.name.encode())
    return f"{FACTS_VERSION}-{digest.hexdigest()[:16]}"


def _json_value(value: Any) -> Any:
    """A marks field as JSON: a set as a sorted list (its pairs as lists), a flag as it is."""
    if isinstance(value, frozenset):
        return sorted(list(item) if isinstance(item, tuple) else item for item in value)
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, list):
        return _set(tuple(item) if isinstance(item, list) else item for item in value)
    return value


# One empty set for every empty fact of every announcement: most of a release's facts are empty
# (a dozen per release), and each distinct empty frozenset is an object the process keeps and
# the garbage collector walks (120,000 of them at 10,000 announcements).
_EMPTY: frozenset[Any] = frozenset()


def _set(values: Iterable[Any]) -> frozenset[Any]:
    """``frozenset(values)``, the shared empty one when there are none."""
    found = frozenset(values)
    return found if found else _EMPTY


def _shared_empty(marks: EventMarks) -> EventMarks:
    """``marks`` with each empty set replaced by the shared one (equal: nothing decided changes)."""
    empty: dict[str, Any] = {f.name: _EMPTY for f in fields(EventMarks)
             if isinstance(value := getattr(marks, f.name), frozenset) and not value and value is not _EMPTY}
    return replace(marks, **empty) if empty else marks


def _prices(sequence: Sequence[str]) -> frozenset[str]:
    """The figures of ``sequence`` written after "Rp"."""
    return frozenset(term for before, term in zip(sequence, sequence[1:], strict=False)
                     if before == "rp" and term[0].isdigit())
_NEXT_MONTH = re.compile(r"(?i)\b(?:bulan\s+depan|bulan\s+berikutnya|next\s+month)\b")
_NEXT_WEEK = re.compile(r"(?i)\b(?:pekan|minggu)\s+(?:depan|berikutnya)\b|\bnext\s+week\b")


def _relative_when(text: str, published: float | None) -> set[tuple[int, int]]:
    """The first day (month, day) of "bulan depan" and "pekan depan" in ``text``, counted from
    the release's day ``published``: a vague date read as the range it starts."""
    if published is None or not text:
        return set()
    from datetime import datetime, timedelta

    from crawler.dates import WITA
    today = datetime.fromtimestamp(published, WITA).date()
    found = set()
    if _NEXT_MONTH.search(text):
        found.add((today.month % 12 + 1, 1))
    if _NEXT_WEEK.search(text):
        monday = today + timedelta(days=7 - today.weekday())
        found.add((monday.month, monday.day))
    return found


def figure_counts(sequence: Sequence[str], reach: int = 2) -> set[str]:
    """Each figure of a text (not a date, a clock time or a year) with each of the (up to)
    ``reach`` words after it that it counts: "tiga pondok pesantren" → {"3:pondok", "3:ponpes"}.
    A figure with a unit ("50 gram", "30 menit") measures, it counts nothing."""
    found = set()
    for i, term in enumerate(sequence):
        if not term[0].isdigit() or ":" in term or YEAR_TERM.fullmatch(term) or number_value(term) is None:
            continue
        for following in sequence[i + 1:i + 1 + reach]:
            if following.startswith("date:") or following[0].isdigit() or following in MEASURE_UNITS:
                break
            found.add(f"{term}:{following}")
    return found


def _own_fact(term: str) -> bool:
    """A date, or a figure of two digits or more that is not a year or a clock time."""
    return term.startswith("date:") or (term[0].isdigit() and len(term) >= 2 and ":" not in term
                                        and not YEAR_TERM.fullmatch(term))


@lru_cache(maxsize=1)
def _next_stems() -> frozenset[str]:
    from crawler.matching.lexicon import NEXT_EVENT_WORDS
    from crawler.matching.textnorm import word_terms

    return frozenset(t for word in [*NEXT_EVENT_WORDS, "mewakili", "menuju"] for t in word_terms(word))


@short_text_cache()
def lowered_terms(text: str) -> frozenset[str]:
    """The terms of ``text`` read lower-cased: a headline and the same headline typed in
    small letters ("pdam amuntai kuras reservoir") then give the same terms, where capitals
    decide otherwise whether a word is a place's seat or "Dua Hari" a figure."""
    return frozenset(terms(text.lower()).terms) if text else frozenset()


def _join(title: str | None, text: str | None) -> str:
    return "\n\n".join(part for part in ((title or "").strip(), text or "") if part)


def announcement_terms(row: Mapping[str, Any]) -> list[str]:
    """The terms of an announcement (title and text), in reading order."""
    return terms(_join(row.get("title"), row.get("text"))).terms


def announcement_doc(row: Mapping[str, Any], sequence: list[str] | None = None,
                     facts: Mapping[str, Any] | None = None) -> AnnouncementDoc:
    """Reduce an ``announcements`` row (or an import record) to its terms.

    ``sequence`` gives terms computed before (the ``announcement_terms`` cache), ``facts`` what
    :meth:`AnnouncementDoc.facts` gave for it (taken when not stale).
    """
    if sequence is None:
        sequence = announcement_terms(row)
    url = row.get("url")
    doc = AnnouncementDoc(
        id=row["id"], time=_epoch(row.get("published_at")), url=url,
        canonical=row.get("canonical_url") or canonical_url(url),
        title=row.get("title") or "", terms=frozenset(sequence), sequence=sequence,
        text=_join(row.get("title"), row.get("text")))
    if facts is not None:
        doc.restore(facts)
    return doc


# a preparation told: "menyiapkan", "disiapkan", "persiapan", "bersiap" (all stop words as terms)
_PREPARES = re.compile(r"siap|nyiap")
#: a request to a public ("warga diminta …", "dimohon", "diimbau") and the words it asks
ASKED = re.compile(r"\b(?:diminta|dimohon|diharapkan|dihimbau|diimbau)\b((?:\s+[^\s.!?;]+){0,6})")


def asked_terms(lowered: str) -> frozenset[str]:
    """The terms of what a lower-cased text asks: up to six words after each request word, within
    its sentence ("diminta menyiapkan daftar murid." → menyiapkan, daftar, murid)."""
    return _set(t for found in ASKED.finditer(lowered) for t in terms(found.group(1)).terms)

#: a figure given as a yardstick: "setara (dengan) enam kantong", "sebanding dengan", "dibanding(kan)",
#: "ketimbang", "daripada", "lebih murah dari es kiriman Kotabaru yang Rp20.000" (the words up to the
#: figure: at most four)
_COMPARED = re.compile(r"\b(?:setara|sebanding|sama\s+dengan|dibanding(?:kan)?|ketimbang|daripada|"
                       r"lebih\s+\w+\s+(?:dari|matan))\s+((?:[\w-]+\s+){0,4}?(?:rp\s?)?"
                       r"(?:\d[\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\b)",
                       re.IGNORECASE)
#: a figure's move against an earlier period: "naik dari minggu lalu", "turun sedikit dibanding pekan
#: sebelumnya", "mundak matan samalam", "masih sama seperti kemarin" (lower-cased text)
PRIOR_MOVE = re.compile(r"\b(?:naik|turun|mahal|murah|mundak|luruh|sama|stabil|bertahan|tetap)\w*\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:dari|dibanding(?:kan)?|daripada|matan|seperti|kaya)\s+"
                        r"(?:(?:minggu|pekan|bulan|hari|tahun)\s+(?:lalu|kemarin|sebelumnya|tadi|dudi|samalam)|"
                        r"kemarin|kemaren|samalam|tadi\s+pagi)\b")


def compared_figures(cleaned: str) -> frozenset[str]:
    """The figures (number terms) a text gives only as a yardstick (:data:`_COMPARED`): in a
    comparison and nowhere else in it."""
    if not _COMPARED.search(cleaned):
        return frozenset()
    compared = {t for found in _COMPARED.finditer(cleaned)
                for t in terms(found.group(1)).specific if t[:1].isdigit()}
    if not compared:
        return frozenset()
    rest = terms(_COMPARED.sub(" ", cleaned)).specific
    return frozenset(t for t in compared if t not in rest)

_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+")
# (an honorific's dot before a name is no sentence's end: "Wakil Bupati Kotabaru H. Syairi …", "dr. H. M. Zairullah",
# "drg. Hj. Rina")
_NOT_HONORIFIC = "".join(r"(?<!\b" + h + r"\.)" for h in ("H", "Hj", "KH", "M", "Ir", "dr", "Dr", "drg", "Drg", "Drs", "Dra", "Prof"))
_SENTENCE = re.compile(r"(?<=[.!?])" + _NOT_HONORIFIC + r"\s+(?=[A-Z])|,\s+(?=di\s+[A-Z])")


def _regional_items(block: str) -> list[str]:
    """A paragraph whose sentences (or clauses ", di Tabalong …") each name another
    kabupaten/kota is a round-up written as running text: one item per sentence ("Di HSS,
    GPM sudah digelar … Kabarnya HSU juga menggelar GPM …"). Otherwise the block whole."""
    from crawler.matching.textnorm import province_terms, region_aliases, region_terms

    regions = region_terms() - province_terms()  # "Bank Kalsel", "se-Kalsel": no other edition
    aliases = region_aliases()
    capitals = [w.lower() for w in _CAPITALISED.findall(block)]
    rough = {aliases.get("".join(capitals[i:i + n])) for i in range(len(capitals)) for n in (1, 2, 3)}
    if len(rough & regions) < 2:
        return [block]  # a cheap look first: most paragraphs name one kabupaten or none
    parts = [part.strip() for part in _SENTENCE.split(block) if part.strip()]
    if len(parts) < 2:
        return [block]
    # a sentence of two words naming a place ("Siap berangkat ke Banjarbaru!") is where the
    # post's one event goes next, no item of news of its own
    named = [frozenset(t for t in found if t in regions) if len(found := terms(part, cleaned=True).terms) >= 3
             else frozenset() for part in parts]
    distinct = {region for found in named for region in found}
    if len(distinct) < 2 or sum(1 for found in named if found) < 2:
        return [block]
    return parts


#: how long a title's last piece must be to be read as the text's opening cut short
TITLE_OPENING_CHARS = 16


def _own_title(title: str | None, text: str | None) -> str | None:
    """A post's title without its last " | " piece when that piece is the opening of one of the
    text's paragraphs cut short ("Kabar Desa | Satlantas Polres Tanah Bumbu mencatat 180 pel"
    over the paragraph it begins): a platform's section name and the first words of the post, not
    two pieces of news. None when its first piece is that opening, cut short with "…", and the rest
    one name ("Papan larangan … dekat RT… | KIM Cempaka": the channel's). Kept whole otherwise
    ("KILAS INFO | Pasar murah … | Vaksin rabies …")."""
    if not title or " | " not in title or not text:
        return title
    head, last = title.rsplit(" | ", 1)
    opening = last.strip().rstrip(".…").strip()
    if len(opening) >= TITLE_OPENING_CHARS and any(line.strip().startswith(opening) for line in text.splitlines()):
        return head
    # the other way round ("Papan larangan di kolam dekat… | KIM Cempaka"): the post's first words
    # cut short, then the channel's name — nothing the text does not say but who posts it
    first, rest = title.split(" | ", 1)
    opening = first.strip().rstrip(".…").strip()
    # (a video's title cut at a word without "…", "Ketua PMI Kalsel H. Ahmad hari Rabu | KIM X", too)
    if (len(opening) >= TITLE_OPENING_CHARS and " | " not in rest
            and any(line.strip().startswith(opening) for line in text.splitlines())):
        return None
    return title


_NAMED = re.compile(r"\d|(?<=\s)[A-Z]|#")
BARE_CLAUSE_WORDS = 6  # a clause of this many words or fewer, naming nothing, continues its sentence


def _bare_clause(part: str) -> bool:
    """Whether a piece cut at a semicolon is a short clause that names nothing of its own (no
    figure, date or name: "tujuh desa diusulkan ikut", "warga diminta hadir"): it goes on with
    the sentence before it rather than telling another piece of news."""
    text = part.strip()
    return len(text.split()) <= BARE_CLAUSE_WORDS and _NAMED.search(text) is None


def _clauses_kept(parts: list[str]) -> list[str]:
    """``parts`` with a piece cut off at a semicolon that names too little to be an item of its
    own (fewer than :data:`MIN_FACT_ITEM_TERMS` terms: "…diperpanjang sampai 12 Nov; 71 lagu
    sudah masuk.") joined back to the sentence it continues: a clause of one story, not a
    round-up's next piece of news."""
    if len(parts) < 2:
        return parts
    kept = [parts[0]]
    for part in parts[1:]:
        if kept[-1].rstrip().endswith(";") and (len(set(terms(part, cleaned=True).terms)) < MIN_FACT_ITEM_TERMS
                                                or _bare_clause(part)):
            kept[-1] = f"{kept[-1]} {part}"
        else:
            kept.append(part)
    return kept


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
    # a line made only of hashtags is the account's labels: words of the whole post, no block
    body, tags = tag_lines(_join(_own_title(row.get("title"), row.get("text")), row.get("text")))
    cleaned = clean_text(body)
    tagged = clean_text(tags) if tags else ""
    cut: list[tuple[str, bool, bool]] = []  # (text, an item, a list line of its own)
    for block, marked in list_blocks(cleaned):
        parts = _clauses_kept([piece for part in items(block) for piece in _regional_items(part)])
        # a heading ending in a colon ("Rekap info Murung Pudak:") introduces the items and is
        # none of them
        cut.extend((part, (marked or len(parts) > 1) and not part.rstrip().endswith(":"),
                    marked and len(parts) == 1) for part in parts)
    if sum(1 for _part, item, _listed in cut if item) >= 2:
        # a round-up: its items cut further where a sentence lists several pieces of news
        cut = [(piece, item and not piece.rstrip().endswith(":"), listed and len(pieces) == 1)
               for part, item, listed in cut
               for pieces in [roundup_items(part) if item else [part]] for piece in pieces]
    blocks = []
    marks = []
    texts = []
    lines = []
    for part, item, listed in cut:
        if (found := terms(part, cleaned=True)).terms:
            blocks.append(found)
            texts.append(part)
            marks.append(item)
            lines.append(listed)
    roundup = sum(marks) >= 2
    if tagged and not roundup and (found := terms(tagged, cleaned=True)).terms:
        # a single-event post's hashtags are a paragraph of it, never an item; a round-up's
        # label the whole list: no item's words, nor what is left of the post once its items'
        # releases are matched
        blocks.append(found)
        texts.append(tagged)
        marks.append(False)
        lines.append(False)
    if tagged:
        cleaned = f"{cleaned}\n\n{tagged}"
    sequence = [t for block in blocks for t in block.terms]
    specific = frozenset(t for block in blocks for t in block.specific)
    words = frozenset(w for block in blocks for w in block.words)
    places = frozenset(p for block in blocks for p in block.places)
    named = {t for block in blocks for t in block.terms if t not in block.seats}
    seats = frozenset(t for block in blocks for t in block.seats if t not in named)
    # what stage, round, year or day of a programme the post is about, wherever it says so;
    # a round-up's items each their own (they are separate events)
    whole_marks = event_marks(cleaned)
    if (tags or "#" in body) and (whole_marks.kinds or whole_marks.later_kinds):
        # the kinds of action the post reports are read from its words, not its hashtags
        own, later = untagged_kinds(body)
        whole_marks = replace(whole_marks, kinds=own, later_kinds=later)
    units = [Unit("post", frozenset(sequence), specific, words, places, seats, marks=whole_marks)]
    if len(blocks) > 1:
        units.extend(Unit(f"block {i + 1}", frozenset(b.terms), frozenset(b.specific), frozenset(b.words),
                          frozenset(b.places), frozenset(b.seats) & seats, marks[i],
                          event_marks(texts[i]) if roundup else units[0].marks,
                          texts[i] if marks[i] else "", lines[i])
                     for i, b in enumerate(blocks))
    return PostDoc(id=row["id"], kim_id=row.get("kim_id") or row.get("kim") or "",
                   time=_epoch(row.get("published_at")), links=canonical_links,
                   sequence=sequence, units=units, ahead=ahead_terms(cleaned), text=cleaned,
                   region=kim_region(row.get("kim_region")), region_name=row.get("kim_region") or "",
                   sourced=bool(SOURCE_LINE.search(f"{row.get('title') or ''}\n{row.get('text') or ''}")))


# a line naming where the post's words come from ("Sumber: Dinkes", "Info dari Diskominfo",
# "Dari grup WA kelurahan", "Forwarded from …"): the post says it relays something (read on the
# raw text: cleaning drops credit lines)
# (``[^\w\n]*``, not ``\W*``: a line start must not reach across the lines after it — thousands of
# emoji-only lines made ``\W*`` quadratic)
SOURCE_LINE = re.compile(r"(?im)^[^\w\n]*(?:sumber|via|src|forwarded[ \t]+from|diteruskan[ \t]+dari|"
                         r"(?:info|kabar|berita)?[ \t]*dari)\b")


def kim_region(name: str | None) -> str | None:
    """The place term of a KIM's kabupaten/kota ("Kabupaten Hulu Sungai Utara" →
    ``hulusungaiutara``), None when the registry gives none the region files know."""
    if not name:
        return None
    from crawler.matching.textnorm import _loose, region_aliases

    key = _loose(re.sub(r"(?i)^\s*(kabupaten|kab\.?|kota|kotamadya)\s+", "", name))
    return region_aliases().get(key)
