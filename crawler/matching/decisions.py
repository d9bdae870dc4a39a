"""Match KIM posts to government announcements: who amplified what, with evidence.

A post amplifies an announcement when it links to it, or republishes or restates it. Two
kinds of evidence, both explainable:

* **Link** — a canonical outbound link of the post (after resolving shortened links through
  the ``resolved_urls`` cache) equals the canonical URL of the announcement. Score 1.0.
* **Text** — the post's content is *contained* in the announcement. Both texts are reduced
  to terms (:mod:`crawler.matching.textnorm`); every term weighs its inverse document frequency over
  the announcement corpus, specific terms (names, places) weigh more, facts (numbers,
  dates) more still. The score of a post unit (the whole post, or the union of its blocks
  that are on the announcement's topic; a block is a paragraph or list item, or one item of
  a round-up written as running text, see :func:`crawler.matching.textnorm.items`) against an announcement is the weight of the
  unit's terms the announcement also has, divided by
  the weight of all the unit's terms plus a small prior mass (so that a three-word line
  cannot reach certainty). A fact of the post that the announcement lacks (another date,
  another number, another village) therefore pulls the score down: that is how a post on
  the same topic about a *different* event is told apart. Word 4-gram containment marks
  copies and excerpts. A text match must share at least one fact or name: topic words
  alone do not make a restatement. Places are compared by containment (kecamatan ⊂
  kabupaten/kota ⊂ province, from ``crawler/data/places`` and ``crawler/data/regions``): a
  kecamatan of the kabupaten an announcement is about is no contradiction, while a post whose
  places all lie outside the announcement's is scored lower. So does a post about another
  *occurrence* of the programme: a stage the announcement never names (results against
  registration), another round ("tahap II" against "tahap I"), a year or a day it is not about
  (:func:`_conflicts`, :func:`crawler.matching.textnorm.event_marks`).

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

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from crawler.dates import WITA
from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.config import (
    COPY_CONTAINMENT,
    ELSEWHERE_FACTOR,
    EVENT_CONFLICT_FACTOR,
    EXCERPT_CONTAINMENT,
    MIN_FACT_ITEM_TERMS,
    MIN_ITEM_TERMS,
    MIN_POST_CONTAINMENT,
    MIN_SHARED_SHINGLES,
    MIN_SHARED_TERMS,
    MIN_SHORT_TERMS,
    MIN_UNIT_TERMS,
    OTHER_COUNT_FACTOR,
    OTHER_DATE_FACTOR,
    OTHER_FACT_FACTOR,
    OTHER_PLACE_FACTOR,
    OTHER_REGION_FACTOR,
    PREVIEW_SHINGLES,
    RELAY_NOTE_DAYS,
    RELAY_NOTE_OWN,
    SHINGLE,
    SHORT_FACTS,
    TITLE_ITEM_COVER,
    TITLE_ITEM_SCORE,
    TITLE_ITEM_TERMS,
    TOPICAL_BLOCK,
    UNCERTAIN_MARGIN,
    WHOLE_COPY,
    MatchConfig,
)
from crawler.matching.documents import (
    ASKED,
    NEGATED,
    PRIOR_MOVE,
    SENTENCE_END,
    YEAR_TERM,
    AnnouncementDoc,
    PostDoc,
    Unit,
    _area,
    _covered,
    _is_fact,
    _own_fact,
    _shingles,
    asked_terms,
    figure_counts,
    firm_figures,
    lowered_terms,
    number_value,
    place_terms,
    rounds_to,
)
from crawler.matching.events import AFTERMATH as _AFTERMATH
from crawler.matching.events import (
    CLAUSE_MARK,
    EVENT_KINDS,
    OCCASION_KINDS,
    done_sentences,
    moved_up,
    outcome_kind,
)
from crawler.matching.lexicon import (
    BARE_ACTIONS,
    DESCRIBING_WORDS,
    DISEASES,
    GENERIC_OBJECT_WORDS,
    MEASURE_UNITS,
    MEASURE_WORDS,
    MEETING_SETTING,
    NEXT_EVENT_WORDS,
    NOW_WORDS,
    OFFICE_HEADS,
    OFFICE_WORDS,
    OWN_HAPPENING_WORDS,
    PLACE_NOUNS,
    SETTING_ROLES,
    TITLE_HEADS,
    VENUE_HEADS,
)
from crawler.matching.moods import (
    APPEAL as _APPEAL,
)
from crawler.matching.moods import (
    APPEAL_OCCASION as _APPEAL_OCCASION,
)
from crawler.matching.moods import (
    LACK_ANCHOR as _LACK_ANCHOR,
)
from crawler.matching.moods import (
    LACK_NOW as _LACK_NOW,
)
from crawler.matching.moods import (
    NOT_YET as _NOT_YET,
)
from crawler.matching.moods import (
    POST_SENTENCE as _POST_SENTENCE,
)
from crawler.matching.moods import (
    TURNED_BACK as _TURNED_BACK,
)
from crawler.matching.textcache import short_text_cache
from crawler.matching.textnorm import (
    MONTHS,
    NO_MARKS,
    NUMBER_WORDS,
    EventMarks,
    region_terms,
    relative_periods,
)
from crawler.matching.textnorm import terms as text_terms

# --------------------------------------------------------------------------- decisions

# the terms either side of a post's later date (_later_date), and how many of them the release
# must write, for the date to be that of the event the post tells
LATER_DATE_REACH = 5
LATER_DATE_SHARED = 3
# days after a release by which a step it names as coming later ("pekan depan") may be happening
LATER_STEP_DAYS = 5
# days between the day a single-event post gives its own event ("hari ini", "besok", "tadi
# malam") and every day the release gives its own: past a week it is another occurrence
OWN_DAY_REACH = 7
LATE_TALLY_DAYS = 14  # a new count this long after a release's last own day is a later tally

# Why a candidate whose text score reached the threshold, or a linked announcement, is not
# matched: the rule, in words a clerk reads (``kimwatch match --explain``).
REFUSED = {
    "link_early": "the link's announcement was published after the post (a post cannot amplify it)",
    "link_old": "the link's announcement is older than the horizon ({days:g} days before the post)",
    "explained": "below the threshold once the terms the matched announcements explain are set aside",
    "tied": "tied with a sibling announcement: the post's words cannot tell which one it restates",
    "tied_titled": "tied with a sibling announcement whose whole title the round-up item restates",
    "relays_other": "the post links another release on the site it restates, not this one",
    "small_part": "only a small part of the post (a source line, a closing sentence) carries the score",
    "small_rest": "what the accepted announcements leave of the post is too small a unit to carry another",
    "topic_only": "only topic words in common: no fact or name of the announcement",
    "short": "a short post relays a release only on its own distinctive facts, and this one has others",
    "later_date": "another event of the series: the post gives its own date ({dates}), after the "
                  "announcement's and never named by it, and does not relay the announcement",
    "other_event": "another event of the programme: the post reports its own {kinds}, a kind of action the "
                   "announcement does not report, and does not relay the announcement",
    "copy_of_other": "the post is a copy of another announcement ({other}): what that release does not "
                     "explain is its own wording, no evidence of a second one",
    "denied": "the post denies the announcement's own fact (\"bukan {word}\"): what it tells is another thing",
    "unannounced": "the post says nothing is announced yet (\"{said}\"): it tells of a wait, not of this announcement",
    "other_night": "another night or day of the event: the post tells of its {ours}, the announcement of its {theirs}, "
                   "and the post relays none of the announcement's figures or dates",
    "own_funds": "the post's own programme: what it tells is paid \"{funds}\", a fund the announcement never names",
    "price_note": "a market's own price note: the post tells how a price moved since an earlier day (\"{move}\"), "
                  "a comparison the announcement never makes",
    "compared_only": "the announcement's yardstick: the post's only figure in common ({figures}) is one the "
                     "announcement gives only in a comparison, not a count of its own event",
    "another_of": "another of the kind: the post's lead tells of \"{phrase}\", another than the announcement's, "
                  "and relays none of its figures or dates",
    "one_of_own": "one's own instance: the post tells of \"{one}\", a single unnamed one of its own, and relays "
                  "none of the announcement's figures or dates",
    "other_disease": "another disease: the post is about {ours}, which the announcement never names, and the "
                     "announcement about {theirs}",
    "own_day": "another occurrence: the post tells of its own day ({day}), a week or more from every "
               "day of the announcement's own event, and carries none of its dates",
    "late_figures": "another occurrence: written a week or more after the announcement's own event, the "
                    "post gives figures of its own ({figures}) and none of the announcement's figures or dates",
    "place_only": "another event at the same place: beyond the places ({places}) the post shares at most one "
                  "word with the announcement (beside a venue, at most one rare word), and no figure or date",
    "circumstances_only": "another event of the same circumstances: the post shares with the announcement "
                          "only who, when and where ({shared}) and names an object of its own ({own})",
    "other_object": "another event of the same frame: the post's action is done to {head} {own}, while the "
                    "announcement's title and lead name another {head}, or none",
    "denied_question": "a correction: the post asks whether {claim}, answers \"{answer}\" and tells what is so instead; "
              "it denies what it shares with the announcement rather than spreading it",
    "step_heard": "another announcement of a scheduled step: the post shares only the facts of a step the "
                  "announcement schedules ({facts}) and tells it with a source of its own (\"{marker}\")",
    "hearsay_denied": "a rumour denied: the post passes on what is said (\"{said}\") to answer \"{answer}\", "
                      "and relays none of the announcement's own figures or dates",
    "complaint_before": "a complaint of its own: the post tells an experience (\"{words}\") before the "
                        "announcement's day ({day}) and nothing of what the announcement says comes",
    "absent_or_before": "the release's event absent: the post is wholly {kind} (\"{words}\") and passes on none "
                        "of the announcement's own facts",
    "own_story": "a person's own story: the post tells what its writer saw, got or thinks (\"{words}\") about "
                 "the programme and passes on none of the announcement's own facts",
    "new_round": "another round: the post tells of a new round of the programme ({round}), which the "
                 "announcement nowhere names",
    "preparation": "another happening: the post tells of the preparation ({words}) of the step the announcement "
                   "only schedules for later, which the announcement does not tell",
    "step_result": "another happening: the post tells the outcome of a step the announcement only schedules, "
                   "dated by that step's date and with a figure of its own ({facts})",
    "own_stop": "another stop of the programme told as its own news: the post gives the step the "
                "announcement only schedules a time of its own (\"{when}\": {facts}), on none of the "
                "announcement's days, and passes on none of its own facts",
    "step_day": "another happening: the post tells the step the announcement only schedules as done on its "
                "day (\"{when}\") with what the announcement, written before, cannot know ({facts})",
    "aftermath": "another happening: written after the announcement's event began, the post tells what came of "
                 "it (\"{word}\") with a count of its own ({facts}), which the announcement, written before, cannot know",
    "step_done": "another happening: the post tells as done or happening ({words}) the step the announcement "
                 "only schedules for later",
    "also_other": "another doing: the post tells that its subject also did something else ({words}), which the "
                  "announcement nowhere writes",
    "own_happening": "another happening: the post tells of its own {words}, which the announcement does not, "
                     "and shares none of its figures or dates",
    "own_period": "another occurrence: the post places its event in its own month or week ({period}), one "
                  "the announcement gives its event no day in, and shares none of its figures or dates",
    "own_month": "another occurrence: the post names a month ({month}) for its event two months or more from "
                 "its own and from every month the announcement gives its events",
    "next_step": "the step the announcement gives a later day ({day}), told as happening on or after that "
                 "day with none of the announcement's own dates or figures: another event",
    "later_step": "a later or hoped-for step of the programme told as the post's own ({when}), written after "
                  "the announcement with none of its dates or figures",
    "other_region": "another kabupaten/kota's own edition: every place the post names lies outside the "
                    "announcement's area, so shared template wording relays nothing",
    "generic_elsewhere": "only on the same topic: the post names no place, so it speaks of its KIM's own "
                         "region ({region}), which the announcement is not about, and shares none of the "
                         "announcement's dates, figures, places or names (no link, no source line, no "
                         "copied passage)",
    "sibling_shares": "everything it shares with the post, {release} (matched) shares too: the post tells "
                      "nothing of this one that is not the matched release's",
    "sibling_facts": "the post's dates, figures and places are {release}'s (matched: {facts}), and it tells "
                     "none of this one's own: a restatement of that release, not of its sibling",
}

@dataclass
class Decision:
    """One (post, announcement) amplification the matcher accepts, with its evidence."""

    announcement_id: str
    method: str
    score: float
    lag_hours: float | None
    evidence: dict[str, Any]
    # 'uncertain': a text match too close to the threshold to count before a person confirms it
    status: str = "auto"


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
                doc_terms: frozenset[str] | None = None, context: Unit | None = None,
                contradicted: frozenset[str] = frozenset(), conflict: float = 0.0) -> float:
    """Weighted containment of ``unit`` in an announcement sharing ``shared``, with a prior.

    A date the unit names and the announcement does not counts :data:`OTHER_DATE_FACTOR`
    times more against it, a kabupaten/kota :data:`OTHER_PLACE_FACTOR` times more: a
    restatement carries the announcement's dates and places, while a post about another
    event on the same topic names that event's own date and place. (``other_facts=False``
    leaves that out: whether a block is on the announcement's topic is a matter of words.)

    ``context`` is the rest of a single-event post when ``unit`` is part of it: its facts
    that the announcement lacks (another date, another kabupaten, another count) count
    against the match as if they stood in the unit — a post's own date in its first
    paragraph says which event its third paragraph is about — while its topic words do not.

    A figure in ``contradicted`` counts what the announcement counts with another figure
    ("120 penghafal" against "150 penghafal"): another edition or another event, so it
    weighs :data:`OTHER_COUNT_FACTOR` times more against the match instead.

    With ``doc_terms``, places are compared by containment (kecamatan ⊂ kabupaten ⊂
    province): a place inside the announcement's area (a kecamatan of the kabupaten it is
    about) or containing it is no contradiction, and when the post names places and every one
    of them lies outside that area, the score is multiplied by :data:`ELSEWHERE_FACTOR`.
    """
    # the addends are summed with math.fsum, exactly: a float sum in the order of a set's terms
    # differs in its last bit from one run to the next (string hashing), and a score on the
    # threshold would match in one run and not in the other
    parts = [index.prior, conflict if other_facts else 0.0]
    places = index.places
    area = _area(doc_terms) if doc_terms is not None and other_facts else None
    inside = outside = other_region = False
    facts = unit.fact_terms(places) if other_facts else frozenset()
    for term in unit.terms:
        weight = weights[term]
        parts.append(weight)
        if term not in facts:
            continue  # not other_facts, or a word that is no fact: its weight only
        is_place = term in places or term in unit.places
        covered = _covered(term, area) if doc_terms is not None and is_place else None
        if covered is not None:
            inside, outside = inside or covered, outside or not covered
            other_region = other_region or (not covered and term in places and term not in unit.seats)
        if term not in shared and term not in unit.seats and not covered:
            if term.startswith("date:"):
                parts.append(OTHER_DATE_FACTOR * weight)
            elif term in places:
                parts.append(OTHER_PLACE_FACTOR * weight)
            elif term in contradicted:
                parts.append(OTHER_COUNT_FACTOR * weight)
            elif term in unit.places or (term[0].isdigit() and ":" not in term):
                # any number, a single digit too (round 2: measured better on all five sets);
                # not a clock time the announcement lacks: a KIM often adds it from the poster
                parts.append(OTHER_FACT_FACTOR * weight)
    if context is not None and other_facts:
        # (in the order of the whole difference, so the sum is the same to the last bit; the
        # words that are no facts weigh nothing here and are passed over first)
        facts = context.fact_terms(places)
        for term in context.terms - unit.terms:
            if term not in facts or term in shared or term in context.seats or (
                    doc_terms is not None and term in doc_terms):
                continue
            weight = weights[term]
            is_place = term in places or term in context.places
            covered = _covered(term, area) if doc_terms is not None and is_place else None
            if covered is not None:
                inside, outside = inside or covered, outside or not covered
                other_region = other_region or (not covered and term in places)
            if covered:
                continue
            if term.startswith("date:"):
                parts.append((1 + OTHER_DATE_FACTOR) * weight)
            elif term in places:
                parts.append((1 + OTHER_PLACE_FACTOR) * weight)
            elif term in contradicted:
                parts.append((1 + OTHER_COUNT_FACTOR) * weight)
            elif term in context.places or (term[0].isdigit() and ":" not in term):
                parts.append((1 + OTHER_FACT_FACTOR) * weight)
    total = math.fsum(parts)
    gained = math.fsum(weights[t] for t in shared)
    score = gained / total if total else 0.0
    if outside and not inside:
        # every place the post names lies outside the announcement's area; naming another
        # kabupaten/kota (not only a village, which may be the KIM's own) makes it another
        # edition of the programme, unless a link or a copy says it relays this one
        return score * (OTHER_REGION_FACTOR if other_region else ELSEWHERE_FACTOR)
    return score


def _best_unit(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc,
               explained: frozenset[str] | set[str] = frozenset(),
               used: frozenset[str] | set[str] = frozenset()) -> tuple[float, Unit]:
    """The post unit that best restates ``doc``, and its score.

    Units are the whole post and the union of its *topical* blocks: those that on their own
    are at least :data:`TOPICAL_BLOCK` contained in the announcement. A round-up item is
    judged without the other items, while a post about another event on the same topic is
    judged with all its blocks on that topic — including the one with the other date or
    place — not on its one block that happens to quote the same official. Terms in
    ``explained`` (already accounted for by accepted announcements) are left out — except
    from a round-up item no accepted announcement was matched on (not in ``used``): the
    items are separate events, and the second job fair's item shares "job fair" with the first.
    """
    def rest(unit: Unit) -> Unit:
        return replace(unit, terms=unit.terms - explained) if explained else unit

    weights = post.weights
    whole = rest(post.whole)
    contradicted = _contradicted(index, post, doc)

    excused = post.excused.get(doc.id, frozenset())
    # (only a "hari ini" on the release's next stop asks whether the post relays its facts)
    relays = bool(post.whole.marks.relative_days) and _relays_facts(post.whole.terms & doc.terms, doc)

    # a single-event post about the next event the release only announces
    found, said = _next_said(post, doc)
    following = EVENT_CONFLICT_FACTOR * index.prior * (len(found) + len(_other_weekday(post, doc)))

    def common(unit: Unit) -> frozenset[str]:
        # what the post shares only with the release's next-event sentences, in a post about
        # that next event, relays nothing of the release's own event
        return unit.terms & doc.terms - said if said else unit.terms & doc.terms

    def conflict(unit: Unit) -> float:
        return _conflict_mass(index, unit.marks, doc, post.time, excused, relays) + following

    best_score, best_unit = _unit_score(index, weights, whole, common(whole), doc_terms=doc.terms,
                                        contradicted=contradicted, conflict=conflict(whole)), whole
    topical = []
    for block in post.units[1:]:
        if post.roundup and block.item and _next_item(block, doc) and not _restates_title(index, block, doc):
            continue  # an item about the next event the release only names: none of its evidence
        block = rest(block)
        if _unit_score(index, weights, block, block.terms & doc.terms, other_facts=False) >= TOPICAL_BLOCK:
            topical.append(block)
    if topical and len(topical) < len(post.units) - 1:
        # one topical block is that block: a round-up item keeps its text, its list line and
        # its being an item (a headline restating a release's title names it)
        union = topical[0] if len(topical) == 1 else Unit(
            "+".join(b.label for b in topical).replace("+block ", "+"),
            frozenset().union(*(b.terms for b in topical)),
            frozenset().union(*(b.specific for b in topical)),
            frozenset().union(*(b.words for b in topical)),
            frozenset().union(*(b.places for b in topical)),
            frozenset().union(*(b.seats for b in topical)),
            marks=_union_marks(topical) if post.roundup else whole.marks,
            listed=all(b.listed for b in topical))
        score = _unit_score(index, weights, union, common(union), doc_terms=doc.terms,
                            context=None if post.roundup else whole, contradicted=contradicted,
                            conflict=conflict(union))
        # the size of the blocks as written: what accepted announcements explain does not
        # make a round-up item too short to stand on its own
        if union.size >= MIN_UNIT_TERMS and score > best_score:
            best_score, best_unit = score, union
    if post.roundup:
        # a round-up's items are separate events: each is judged on its own facts, not with
        # the other items' (two job fairs, two floods in one list)
        for block in post.units[1:]:
            if not block.item or (_next_item(block, doc) and not _restates_title(index, block, doc)):
                continue
            matched = block.label in used  # on another release
            block = rest(block) if matched else block
            score = 0.0
            if block.size >= MIN_ITEM_TERMS or (block.size >= MIN_FACT_ITEM_TERMS and _names_event(block)):
                score = _unit_score(index, weights, block, common(block), doc_terms=doc.terms,
                                    contradicted=contradicted, conflict=conflict(block))
            if score < TITLE_ITEM_SCORE and not matched and _restates_title(index, block, doc):
                # a list of headlines: an item that is one release's title (lower-cased, as
                # a video chapter) names that release, however short it is beside the text
                score = TITLE_ITEM_SCORE
            # (an item scoring as high as the whole post is what the whole says once the other
            # items' releases are set aside: the item, with its text, is the unit)
            if score > best_score or (best_unit is whole and score > 0 and abs(score - best_score) < 1e-9):
                best_score, best_unit = score, block
    return best_score, best_unit


def _restates_title(index: AnnouncementIndex, item: Unit, doc: AnnouncementDoc) -> bool:
    """Whether a round-up item restates ``doc``'s title: at least :data:`TITLE_ITEM_COVER` of
    its terms (of :data:`TITLE_ITEM_TERMS` or more), none of its dates, figures or places left
    out, and no date, figure or place of its own that the release lacks (a clock time is a
    video chapter's mark, no fact)."""
    title = doc.title_terms
    if len(title) < TITLE_ITEM_TERMS:
        return False
    said = item.lowered
    if len(said & title) < TITLE_ITEM_COVER * len(title):
        return False
    places = index.places

    def fact(term: str) -> bool:
        return term.startswith("date:") or (term[0].isdigit() and ":" not in term) or term in places

    return not any(fact(t) for t in title - said) and not any(
        fact(t) for t in said - title - doc.terms)


def _next_item(item: Unit, doc: AnnouncementDoc) -> bool:
    """Whether a round-up item (or a sentence a post split as one: "Lomba masak tingkat provinsi
    digelar 1 Oktober di Banjarbaru. Tanbu diwakili PKK Kusan Hilir.") is about the next event
    the release only names ("Juara pertama, TP PKK Kusan Hilir, mewakili Tanbu ke tingkat
    provinsi"): the facts it shares with the release (places below a kabupaten/kota, dates,
    figures) are all written only in the release's next-event sentences, and it shares none of
    the words or facts of the release's own event."""
    phrase = doc.next_phrase
    if not phrase:
        return False
    shared = item.terms & doc.terms
    if not shared or not shared.isdisjoint(doc.own_words) or not shared.isdisjoint(doc.next_event[2]):
        return False
    regions = region_terms()  # (the province's too)
    facts = {t for t in shared if t not in regions and _is_fact(t, item)}
    return bool(facts) and facts <= phrase


def _unit_blocks(unit: Unit) -> frozenset[str] | None:
    """The blocks a unit spans ("block 5+6" → {5, 6}); None for the whole post."""
    if not unit.label.startswith("block "):
        return None
    return frozenset(unit.label[len("block "):].split("+"))


def _sibling_facts(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc, unit: Unit,
                   accepted: Mapping[str, Unit]) -> tuple[str, list[str]] | None:
    """A release accepted for the post whose facts the post tells and this one does not, while
    this one shares no fact with the post that the accepted release lacks: (its id, the facts).

    A summary or a relay note restating a programme's release carries its dates, counts and
    places; its sibling (the programme's relay by another office, its result, its follow-up)
    shares the topic and, at most, some of those facts, and has facts of its own (its day, its
    office's count, its kabupaten) that a post about it would tell. In a round-up (or a summary
    cut at its semicolons, which reads as one), only a piece cut at a semicolon inside the unit
    the accepted release was matched on ("papan nama wajib aksara Arab Melayu; tenggat 31 Maret
    2027") is read, with that unit: other items, a sentence or a list line of their own, and a
    piece the release was not matched on (prose round-ups list their items with semicolons too)
    are other news. A piece outside that unit is read on its own: the facts it names are its own
    news's, and when all it shares with this release the accepted one shares too, and it names a
    place or figure of the accepted one, it is a detail of the accepted release's summary (the
    arrangements of a kabupaten's relay, against the province's circular)."""
    from crawler.matching.textnorm import province_terms

    provinces = province_terms()
    for other_id, other_unit in accepted.items():
        other = index.by_id.get(other_id)
        if other is None or other.id == doc.id:
            continue
        units: tuple[Unit, ...] = (post.whole,)
        if post.roundup:
            theirs_blocks = _unit_blocks(other_unit)
            mine_blocks = _unit_blocks(unit)
            if unit.listed or mine_blocks is None or not unit.text.rstrip().endswith(";"):
                continue  # a list line or a sentence of its own
            # inside the accepted release's unit, read with it; outside it, on its own
            units = (unit, other_unit) if theirs_blocks is None or mine_blocks < theirs_blocks else (unit,)

        def facts(release: AnnouncementDoc, units: tuple[Unit, ...] = units) -> set[str]:
            read = _aligned(post, release)
            found: set[str] = set()
            for piece in units:
                aligned = next((u for u in read.units if u.label == piece.label), piece)
                found |= {t for t in aligned.terms & release.terms
                          if t not in provinces and _is_fact(t, aligned)}
            return found

        own = facts(doc)
        theirs = facts(other)
        if own <= theirs and theirs - own:
            return other.id, sorted(theirs - own)
    return None


def _explained_items(post: PostDoc, shared: frozenset[str], used: set[str]) -> None:
    """Add to ``used`` the round-up items an accepted announcement explains: every term of them
    is one it shares with the post. A copy of the final's result with its two lines bulleted is
    one event: its second line is not another item to match to the opening release that only
    scheduled the final. (An item naming anything the announcement lacks — "pembukaan" against
    the closing's release — stays an item of its own.)"""
    for block in post.units[1:]:
        if block.item and block.label not in used and block.terms <= shared:
            used.add(block.label)


def _union_marks(units: list[Unit]) -> EventMarks:
    marks = NO_MARKS
    for unit in units:
        marks = marks | unit.marks
    return marks


def _day(moment: float) -> date:
    return datetime.fromtimestamp(moment, WITA).date()


def _covered_days(doc: AnnouncementDoc) -> tuple[date, date, frozenset[int]] | None:
    """The days an announcement is about: from the day before the first it names (its own
    publication day, the dates it names, "besok") to the week after the last (a release naming
    "Kamis" without a date speaks of the coming week), or on without end for something that
    goes on ("setiap Sabtu", "mulai 1 Juli"), and the months it names in words ("selama Mei
    2026")."""
    if doc.time is None:
        return None
    published = _day(doc.time)
    days = [published + timedelta(days=offset) for offset in doc.marks.relative_days] + [published]
    for term in doc.terms:
        if term.startswith("date:") and term[5].isdigit():
            day, month = (int(part) for part in term[5:].split("-"))
            days.extend(_near(published, month, day))
    if doc.marks.ongoing:  # "setiap Sabtu", "mulai 1 Juli": any later day is one of its days
        return min(days) - timedelta(days=1), date.max, doc.marks.months
    return min(days) - timedelta(days=1), max(days) + timedelta(days=7), doc.marks.months


def _conflicts(marks: EventMarks, doc: AnnouncementDoc, post_time: float | None,
               excused: frozenset[str] = frozenset(), relays: bool = False) -> list[str]:
    """How a post's (or a round-up item's) marks contradict the announcement's: a stage the
    announcement never names (the results of a programme whose registration it opens), a round
    or edition it counts otherwise ("tahap II" against "tahap I", "kloter terakhir" against
    "kloter 6", "ke-499" against "ke-500"), a year it does not name ("tahun lalu", "2025"
    against a 2026 release) or a day outside the days it is about ("hari ini", three weeks
    after a one-day event)."""
    if not marks:
        return []
    theirs = doc.marks
    found = [f"stage:{stage}" for stage in sorted(marks.stages - theirs.stages - excused)]
    for word in sorted({w for w, _v in marks.ordinals}):
        ours = {v for w, v in marks.ordinals if w == word}
        counted = {v for w, v in theirs.ordinals if w == word}
        if counted and not ours & counted:  # a post naming batches I and II covers a release on II
            found.append(f"{word}:{'/'.join(sorted(ours))}")
        elif word == "hari" and not counted and (later := {v for v in ours if v.isdigit() and v != "1"}):
            # "hari kedua" of an event whose release counts no day: the release reports a
            # day of its own (the opening), the post a later one ("hari terakhir" is a deadline)
            found.append(f"hari:{'/'.join(sorted(later))}")
    if post_time is not None and doc.time is not None and (marks.years or marks.relative_years or marks.relative_days):
        today = _day(post_time)
        published = _day(doc.time).year
        named = theirs.years | {published} | {published + offset for offset in theirs.relative_years}
        own_years, relative = marks.years, marks.relative_years - {0}
        if _other_edition(theirs, published):
            # a release about another year's edition than its own ("rapat sinkronisasi event
            # pantai tahun 2027", written in 2026): the year it is written in, named only in
            # its days' dates, is not one it is about — "tahun ini" tells this year's edition,
            # and a post's own years are those it names outside a day's date (a relay copying the
            # release's "Kamis (12/11/2026)" names no edition by it)
            named = (theirs.edition_years | {published + offset for offset in theirs.relative_years}
                     | (theirs.years - {published}))
            own_years, relative = marks.edition_years, marks.relative_years
        # a year far from the post's own is history ("sejak 2019"), not the edition it is about;
        # "tahun ini" contradicts only a release about another year's edition (a relay written on
        # 3 January of a 30 December release says "tahun ini" of the new year)
        years = {y for y in own_years if abs(y - today.year) <= 2} | {today.year + o for o in relative}
        found.extend(f"year:{year}" for year in sorted(years - named))
        covered = _covered_days(doc) if marks.relative_days else None
        if covered is not None:
            first, last, months = covered
            # (the dates the release gives its next event are not its own)
            own = ({t for t in doc.terms if t.startswith("date:")} - theirs.next_dates
                   - {f"date:{day}-{month}" for month, day in doc.next_when})
            for offset in sorted(marks.relative_days):
                day = today + timedelta(days=offset)
                term = f"date:{day.day}-{day.month}"
                if not first <= day <= last and not (day.month in months and day.year == published):
                    found.append(f"day:{day.isoformat()}")
                elif ((term in theirs.next_dates or _next_day(day, doc) or _past_next_day(day, doc))
                      and term not in own and day != _day(doc.time) and not relays):
                    # "hari ini" on the day the release gives to the programme's next stop (or in
                    # the week after it, past the release's own days), in a
                    # post that carries none of the release's own figures or dates: a post about
                    # that next occurrence, not a restatement of the release's schedule
                    found.append(f"day:next:{day.isoformat()}")
    return found


def _other_edition(marks: EventMarks, published: int) -> bool:
    """Whether a release is about another year's edition than the one it is written in: it
    names, outside its days' dates, only years one before or after its own (its plan for the
    next year, the last year's results), and neither its own year nor "tahun ini"."""
    editions = marks.edition_years
    return (bool(editions) and all(abs(year - published) == 1 for year in editions)
            and 0 not in marks.relative_years)


def _next_day(day: date, doc: AnnouncementDoc) -> bool:
    """Whether ``day`` is the one the release's next-event sentences give what comes next
    ("Pendampingan gelombang II … dijadwalkan Kamis (24/9/2026)", "Kontingen dilepas Bupati pada
    19 November") — unless the release is about something that starts and goes on ("Layanan
    digelar bergiliran … mulai 13 Oktober": that day is its own)."""
    return (day.month, day.day) in doc.next_when and not (doc.marks.ongoing and "mulai" in doc.marks.kinds)


def _past_next_day(day: date, doc: AnnouncementDoc) -> bool:
    """Whether ``day`` falls in the week after a day the release gives what comes next and after
    every day of its own event (its next step's day left out): a "hari ini" then tells of that
    next step or what followed it ("Penyalur … akhirnya datang ke Dinas hari ini" the day after
    the clarification the release scheduled), as a "hari ini" on the next step's own day does
    (:func:`_next_day`). Not for a release about something that starts and goes on."""
    if not doc.next_when or doc.time is None or (doc.marks.ongoing and "mulai" in doc.marks.kinds):
        return False
    span = _own_span(doc, next_apart=True, deadlines_apart=True)
    if span is None or day <= span[1]:
        return False
    published = _day(doc.time)
    return any(d < day <= d + timedelta(days=7) for month, dd in doc.next_when for d in _near(published, month, dd))


def _next_event(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The contradictions of :func:`_next_said`."""
    return _next_said(post, doc)[0]


def _next_said(post: PostDoc, doc: AnnouncementDoc) -> tuple[list[str], frozenset[str]]:
    """A single-event post about the *next* event the release only announces ("para juara akan
    tampil pada malam puncak Hari Jadi", "akan kami panggil untuk seleksi", "duta pelajar akan
    dikukuhkan pada Oktober"), not the release's own: it writes what only the release's
    next-event sentences write — their events (a ceremony, a selection), phrase, level, place or
    date, outside its own sentences about what comes next — and carries none of the release's
    own event: its stages, dates, figures, clock times, villages and venue (a figure counting
    the next event's subject, "36 duta", is the subject's). ``["next:seleksi"]``,
    ``["next:provinsi"]``; a post relaying the release's own event and its schedule is not."""
    if post.roundup:
        return [], frozenset()
    own, following, facts, scheduled = doc.next_event
    phrase = doc.next_phrase
    if not following and not phrase:
        return [], frozenset()
    marks = post.whole.marks
    events = marks.events - marks.ahead
    terms = post.whole.terms
    # an edition ("Hari Jadi ke-23") names the programme, both events': no own fact
    facts = facts - {value for _word, value in doc.marks.ordinals}
    stops = _next_stop(post, doc, phrase, facts)
    if stops:
        return [f"next:{'+'.join(sorted(stops))}"], frozenset((terms & phrase) - post.ahead)
    planned = _later_plan_count(post, doc, facts & terms)
    if not facts.isdisjoint(terms) and not planned:
        return [], frozenset()
    if later := _later_years(post, doc):
        said = frozenset((terms & phrase) - post.ahead) | later
        # a count of the release's own event it repeats is the plan's size (_later_plan_count)
        figures = {t for t in terms & doc.terms if t[0].isdigit() or t.startswith("date:")} - facts
        if figures <= said and _outweighs(post, said, terms & doc.own_words):
            return [f"next:{'+'.join(sorted(later))}"], said
    if planned:
        return [], frozenset()
    # a figure the release gives its next event ("akan melantik 24 kepala puskesmas pada akhir
    # September"), in a post written once that event's day has come and not during the
    # release's own event, carrying none of its own facts and saying more of the next event
    # than of the own one, reports the next event — even in the release's own stage words
    # (another installation)
    figures = {t for t in scheduled & terms if not t.startswith("date:")} - post.ahead
    if figures and doc.next_when and not _ahead_of(post.time, doc.next_when) and not _during(post.time, doc):
        said = frozenset((terms & phrase) - post.ahead) | figures
        figures = {t for t in terms & doc.terms if t[0].isdigit() or t.startswith("date:")}
        if figures <= said and _outweighs(post, said, terms & doc.own_words):
            return [f"next:{'+'.join(sorted(figures))}"], said
    if not events.isdisjoint(own):
        return [], frozenset()
    # what the release says of its next event — the prize to come, the date given to it, written
    # before that day — is the release's schedule relayed ("diundi 10 September di Marabahan")
    for term in scheduled & terms:
        if not term.startswith("date:") or _before(post.time, term):
            return [], frozenset()
    said = (terms & phrase) - post.ahead
    named = events & following
    if named:
        return [f"next:{event}" for event in sorted(named)], said
    # the date the release gives its next event, in a post written on or after that day, says
    # which of the two the post is about, even within the week of the own event
    dated = any(t.startswith("date:") for t in scheduled & terms)
    if not said or _ahead_of(post.time, doc.next_when) or (_during(post.time, doc) and not dated):
        # written before the day the release gives its next event (the post relays the
        # schedule), or while the release's own event goes on (it is about that)
        return [], frozenset()
    if not _outweighs(post, said, terms & doc.own_words) and not _names_only_next(post, doc, said):
        return [], frozenset()  # the post says more of the release's own event than of the next one
    return [f"next:{'+'.join(sorted(said))}"], said


def _later_years(post: PostDoc, doc: AnnouncementDoc) -> frozenset[str]:
    """The years after the post's own that it names and that the release writes only in its
    sentences about what comes next ("Dua unit serupa direncanakan dibangun di Kecamatan Angsana
    tahun 2027"): a post naming one ("Angsana kapan dapat? Katanya baru 2027") is about that
    later plan, not the release's own event (the caller has found none of its own facts)."""
    if post.time is None or not doc.next_phrase:
        return frozenset()
    this_year = _day(post.time).year
    years = frozenset(str(year) for year in post.whole.marks.years if year > this_year)
    return (years & doc.terms) - doc.own_words - post.ahead


def _later_plan_count(post: PostDoc, doc: AnnouncementDoc, own: frozenset[str]) -> bool:
    """Whether the only facts of the release's own event a post shares are counts (no date, no
    place) while it names a later year the release writes only for its plan and a place of that
    plan, and none of the release's own words: "Jadwal pelatihan untuk nelayan Desa Tanjung: Maret
    2027, kuota 40 orang" against "Pemkab melatih 40 nelayan Desa Sungup … Pemkab berencana
    mengadakan pelatihan serupa untuk nelayan Desa Tanjung pada Maret 2027" gives the planned
    round the size of the first; a relay of the own event names what it did or where."""
    if not own or any(not t[0].isdigit() or t.startswith("date:") for t in own):
        return False
    terms = post.whole.terms
    if not terms.isdisjoint(doc.own_words) or not _later_years(post, doc):
        return False
    places = (post.whole.places | (terms & place_terms())) - post.ahead
    return not places.isdisjoint(doc.next_phrase)


def _names_only_next(post: PostDoc, doc: AnnouncementDoc, said: frozenset[str]) -> bool:
    """Whether the names a post writes (capitalised inside a sentence: a programme, a body, a
    level) include one the release writes only for its next event ("penilaian Kampung Iklim
    tingkat provinsi") and none of the release's own words: the post is about that next event
    however many of the topic's common words ("lubang biopori", "sampah") it shares."""
    named = post.whole.specific
    return not named.isdisjoint(said) and named.isdisjoint(doc.own_words)


def _next_stop(post: PostDoc, doc: AnnouncementDoc, phrase: frozenset[str],
               facts: frozenset[str]) -> frozenset[str]:
    """The places of the programme's next stop a post is about: a post saying what happens
    "hari ini" (or written once the next stop's day has come) at a kecamatan or village that
    the release names only for its next stop ("Pasar murah berikutnya di Kecamatan Sungai
    Tabukan pada Senin (2/3)"), naming none of the places of the release's own stop and none
    of its own dates and figures — a price aside: the programme's price holds at every stop."""
    whole = post.whole
    places = (whole.places | (whole.terms & place_terms())) - whole.seats - post.ahead
    stops = places & phrase
    if not stops or places & doc.own_words or not (facts - doc.prices).isdisjoint(whole.terms):
        return frozenset()
    if 0 in whole.marks.relative_days or (doc.next_when and not _ahead_of(post.time, doc.next_when)):
        return stops
    return frozenset()


def _outweighs(post: PostDoc, said: frozenset[str], told: frozenset[str]) -> bool:
    """Whether the post's words shared only with the next event weigh more than those it
    shares with the release's own part."""
    weights = post.weights
    return math.fsum(weights.get(t, 0.0) for t in said) > math.fsum(weights.get(t, 0.0) for t in told)


# weekday terms as the stemmer leaves them ("Kamis" → "amis"); "Minggu" is also "week": left out
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "amis": 3, "jumat": 4, "sabtu": 5}
_WEEKDAY_NAMES = {v: k for k, v in _WEEKDAYS.items()}


def _other_weekday(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """A single-event post that says its event happened on a weekday ("…, Jumat") and names no
    date, written after the release's own days, when the release names its days and none of
    them falls on that weekday: another day's event ("weekday:jumat")."""
    whole = post.whole
    if post.roundup or doc.time is None or whole.marks.relative_days:
        return []
    if not _undated_weekdays(post) or _during(post.time, doc):
        return []
    ours = _undated_weekdays(post)
    theirs = {_WEEKDAYS[t] for t in doc.terms if t in _WEEKDAYS}
    published = _day(doc.time)
    for term in doc.terms:
        day, _, month = term[5:].partition("-") if term.startswith("date:") else ("", "", "")
        if day.isdigit() and month.isdigit():
            theirs.update(named.weekday() for named in _near(published, int(month), int(day)))
    if not theirs or ours & theirs:
        return []
    return [f"weekday:{_WEEKDAY_NAMES[d]}" for d in sorted(ours)]


def _later_date(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """A single-event post that gives its event full dates, all after the release's own event
    days and none of them named by the release (nor given to its next event), while naming
    none of the release's own dates: the next event of the series ("GPM lagi … Selasa 8 Desember
    2026" against the release's 17 November market, with the same packets and price) —
    unless it relays the release (a link to it: the caller asks) ("date:later:8-12")."""
    if post.roundup or doc.time is None:
        return []
    own = [(int(month), int(day)) for day, _, month in
           (t[5:].partition("-") for t in doc.terms - doc.marks.next_dates if t.startswith("date:") and t[5].isdigit())
           if (int(month), int(day)) not in doc.next_when]
    if not own:
        return []
    ours = [t for t in post.whole.terms - post.ahead if t.startswith("date:") and t[5].isdigit()]
    if not ours or any(t in doc.terms for t in ours):
        return []
    published = _day(doc.time)
    last = max(named for month, day in own for named in _near(published, month, day))
    later = []
    sequence = post.sequence
    for term in ours:
        day, month = (int(part) for part in term[5:].split("-"))
        if (month, day) in doc.next_when:
            return []  # the release's next event: see _next_said
        days = _near(published, month, day)
        if not days or not all(named > last for named in days):
            return []
        # the date of the event the post tells (the release's words around it), not of another
        # piece of news in a round-up written as running text
        at = sequence.index(term)
        around = sequence[max(0, at - LATER_DATE_REACH):at] + sequence[at + 1:at + 1 + LATER_DATE_REACH]
        if sum(1 for t in around if t in doc.terms) >= LATER_DATE_SHARED:
            later.append(f"date:later:{term[5:]}")
    return sorted(later)


_MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember")


def readable_date(term: str) -> str:
    """A date term as a clerk reads it: "date:17-11" → "17 November", "date:end-10" → "akhir Oktober"."""
    day, _, month = term[5:].partition("-")
    name = _MONTH_NAMES[int(month) - 1] if month.isdigit() and 1 <= int(month) <= 12 else month
    return {"end": f"akhir {name}", "start": f"awal {name}"}.get(day, f"{day} {name}")


def _other_region(index: AnnouncementIndex, unit: Unit, doc: AnnouncementDoc) -> bool:
    """Whether every place ``unit`` names lies outside the announcement's area and one of them
    is another kabupaten/kota, named (not only through its seat town): the region rule of
    :func:`_unit_score`, asked of a copy or excerpt of a kabupaten/kota's release."""
    from crawler.matching.textnorm import province_terms

    area = _area(doc.terms)
    if area is None or doc.terms & province_terms():
        return False  # a release naming its province speaks for all its kabupaten
    other = False
    for term in unit.terms:
        if term in index.places or term in unit.places:
            covered = _covered(term, area)
            if covered:
                return False
            other = other or (covered is False and term in index.places and term not in unit.seats)
    return other


def _undated_weekdays(post: PostDoc) -> frozenset[int]:
    """The weekdays a post names outside its sentences about what comes next, when it names
    no date (none otherwise): read once per post (and again for a reading of it against an
    announcement that changes its terms), not once per candidate announcement."""
    terms = post.whole.terms
    if post._weekdays is not None and post._weekdays[0] is terms:
        return post._weekdays[1]
    ours = frozenset(_WEEKDAYS[t] for t in terms - post.ahead if t in _WEEKDAYS)
    if ours and any(t.startswith("date:") for t in terms):
        ours = frozenset()
    post._weekdays = (terms, ours)
    return ours


def _during(moment: float | None, doc: AnnouncementDoc) -> bool:
    """Whether ``moment`` falls within the days of the release's own event: from the day before
    its first date (or its publication) to a week after its last, in a month its own part names,
    or at any time after it starts for something that goes on ("setiap Sabtu", "mulai 1 Juli")."""
    if moment is None or doc.time is None:
        return False
    today, published = _day(moment), _day(doc.time)
    if doc.marks.ongoing and today >= published - timedelta(days=1):
        return True
    days = [published]
    for month, day in doc.own_when:
        if day == 0:
            if month == today.month and abs((today - published).days) <= 183:
                return True
            continue
        days.extend(_near(published, month, day))
    return min(days) - timedelta(days=1) <= today <= max(days) + timedelta(days=7)


def _near(published: date, month: int, day: int) -> list[date]:
    """The day ``day``/``month`` within half a year of ``published`` (the year is not written)."""
    found = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            named = date(year, month, day)
        except ValueError:
            continue
        if abs((named - published).days) <= 183:
            found.append(named)
    return found


def _ahead_of(moment: float | None, when: frozenset[tuple[int, int]]) -> bool:
    """Whether every day in ``when`` (month, day) lies after ``moment``'s day, within half a year."""
    if moment is None or not when:
        return False
    today = _day(moment)
    for month, day in when:
        for year in (today.year, today.year + 1):
            try:
                named = date(year, month, min(day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
            except ValueError:
                continue
            if (named - today).days <= 0 and (today - named).days <= 183:
                return False
            if 0 < (named - today).days <= 183:
                break
        else:
            return False
    return True


def _before(moment: float | None, term: str) -> bool:
    """Whether ``moment`` falls before the day of a date term ("date:10-9") in the half-year
    after it; a date by part of a month ("date:end-9") is not read."""
    day, _, month = term[5:].partition("-")
    if moment is None or not day.isdigit():
        return False
    today = _day(moment)
    for year in (today.year, today.year + 1):
        try:
            named = date(year, int(month), int(day))
        except ValueError:
            continue
        if 0 < (named - today).days <= 183:
            return True
    return False


def _relays_facts(shared: frozenset[str], doc: AnnouncementDoc) -> bool:
    """Whether a post carries the announcement's own facts: one of its dates (not the date it
    gives to the next occurrence) or one of its figures of two digits or more (not one it gives
    only to the next occurrence: "berikutnya di Angkinang untuk 180 lansia"; in a release that
    dates its next event, only a figure of its own event: "gelombang II untuk 90 pelaku usaha"
    is the next one's)."""
    own, following = doc.next_event[2], doc.next_event[3]
    return any(t not in doc.marks.next_dates if t.startswith("date:") else
               t[0].isdigit() and len(t) >= 2 and ":" not in t and t not in following
               and (t in own or not doc.next_when) for t in shared)


def _conflict_mass(index: AnnouncementIndex, marks: EventMarks, doc: AnnouncementDoc,
                   post_time: float | None, excused: frozenset[str] = frozenset(), relays: bool = False) -> float:
    """The weight a unit's contradicting stage, round, year or day adds against the match:
    :data:`EVENT_CONFLICT_FACTOR` prior masses each (the post about another occurrence of the
    same programme shares its topic words, not its event)."""
    if not marks:
        return 0.0
    return EVENT_CONFLICT_FACTOR * index.prior * len(_conflicts(marks, doc, post_time, excused, relays))


def _excuse_stages(index: AnnouncementIndex, post: PostDoc, positions: list[int]) -> None:
    """In a round-up, the stages that the post's other candidate announcements name: an item
    split from its neighbour only at a comma ("pelantikan 23 kades …, dan Desa X dicanangkan …")
    carries the neighbour's stage words, which that neighbour's announcement explains."""
    post.excused = {}
    if not post.roundup or len(positions) < 2 or not any(u.marks.stages for u in post.units[1:]):
        return
    stages = [index.docs[p].marks.stages for p in positions]
    for i, p in enumerate(positions):
        post.excused[index.docs[p].id] = frozenset().union(*(s for j, s in enumerate(stages) if j != i))


def _contradicted(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc) -> frozenset[str]:
    """The post's figures that count what the announcement counts with other figures
    ("Triwulan I … 97.618 pemilih" against "97.842 pemilih"; "120 penghafal" against "150"):
    news restating a release repeats its figures or rounds them, a post about last year's
    edition or another village's own event gives its own."""
    theirs = doc.counted(index.places)
    if not theirs:
        return frozenset()
    found = set()
    ours = post.counted(index.places)
    for word, other in theirs.items():
        numbers = ours.get(word)
        if numbers is None:
            continue
        for number in numbers:
            if number not in doc.terms and other - {number} \
                    and not any(rounds_to(number, value) for _t, value in doc.numbers):
                found.add(number)
    return frozenset(found)


def _measures(sequence: list[str], figures: frozenset[str]) -> dict[str, set[str]]:
    """What each of ``figures`` is measured in where ``sequence`` writes it: the kinds of the
    unit (:data:`lexicon.MEASURE_UNITS`) written right after it, with those of a compound
    unit's next words ("liter per detik", "meter kubik"). A figure written as a price
    ("Rp20.000"), or followed by any other word (the thing counted, the next sentence: a sign
    such as "%" leaves no word), has no kind said."""
    units = _measure_units()
    found: dict[str, set[str]] = {}
    for i, term in enumerate(sequence[:-1]):
        if term not in figures or (i and sequence[i - 1] == "rp") or sequence[i + 1] not in units:
            continue
        kinds = found.setdefault(term, set())
        for following in sequence[i + 1:i + 1 + COMPOUND_UNIT]:
            if following[0].isdigit():
                break
            if following in units:
                kinds.add(units[following])
    return found


#: how many words a compound unit spans ("liter per detik": "per" is no term)
COMPOUND_UNIT = 3


@lru_cache(maxsize=1)
def _measure_units() -> dict[str, str]:
    """:data:`lexicon.MEASURE_UNITS` by the terms its words read as."""
    from crawler.matching.textnorm import stem

    return {stem(word): kind for word, kind in MEASURE_UNITS.items()}


def _other_unit_figures(post: PostDoc, doc: AnnouncementDoc) -> dict[str, str]:
    """The figures a post shares with the announcement only as a number, each with the kind of
    unit the post measures it in, when both texts write a unit right after it
    (:data:`lexicon.MEASURE_UNITS`) and the units measure other things ("jalan tergenang 30 cm"
    against "memotong waktu tempuh 30 menit"): the same number of another quantity is no shared
    fact. A figure restated keeps its kind of unit ("1,6 km" for "1,6 kilometer"); one either
    text writes without a unit is compared as before."""
    figures = frozenset(t for t in post.whole.terms & doc.terms if number_value(t) is not None)
    if not figures:
        return {}
    ours = _measures(post.sequence, figures)
    if not ours:
        return {}
    theirs = _measures(doc.sequence, frozenset(ours))
    return {figure: min(kinds) for figure, kinds in ours.items()
            if (other := theirs.get(figure)) and not kinds & other}


def _aligned(post: PostDoc, doc: AnnouncementDoc) -> PostDoc:
    """``post`` with each rounded figure it writes ("14 ribuan", "Rp21 miliar lebih") read as
    the announcement's exact figure it rounds (14.200, Rp21,4 miliar), "akhir Oktober" as the
    announcement's date in the last week of October ("31 Oktober"), "awal Maret" as one in the
    first week, and a name written bare ("Margasari") as the place the announcement marks
    ("Desa Margasari Ilir"), so a restatement that rounds shares the fact instead of counting
    it against itself. ``post`` itself when none."""
    cached = post.aligned.get(doc.id)
    if cached is not None:
        return cached
    bare = doc.bare_names
    mapping: dict[str, str] = {}
    terms = post.whole.terms
    for form, exact in doc.rounded.items():
        if form in terms and exact not in terms:
            mapping.setdefault(form, exact)
    for term, unit in _other_unit_figures(post, doc).items():
        mapping[term] = f"{term} {unit}"  # a figure of its own, not the release's
    for term in post.alignable:
        if term in doc.terms:
            continue
        if term.startswith(("date:end-", "date:start-")):
            month = term.rsplit("-", 1)[1]
            days = range(24, 32) if term.startswith("date:end-") else range(1, 8)
            week = next((f"date:{day}-{month}" for day in days if f"date:{day}-{month}" in doc.terms), None)
            if week and week not in post.whole.terms:
                mapping[term] = week
    # a day written without its month ("daftar sampai tanggal 13") read as the release's date
    # of that day in the month the post is written in or the next
    for figure, dates in _bare_days(post).items():
        if figure in terms and figure not in doc.terms:
            date_term = next((d for d in sorted(dates) if d in doc.terms and d not in terms), None)
            if date_term:
                mapping.setdefault(figure, date_term)
    # a name written bare, capitalised or not (a round-up's title-case line: "Kiram juara I …")
    if bare and not terms.isdisjoint(bare):
        for term in bare.keys() & terms:
            if term not in doc.terms and bare[term] not in terms:
                mapping.setdefault(term, bare[term])
    if not mapping:
        post.aligned[doc.id] = post
        return post
    for term, exact in mapping.items():
        post.weights.setdefault(exact, post.weights[term])

    def align(unit: Unit) -> Unit:
        if not unit.terms & mapping.keys():
            return unit
        return replace(unit, terms=frozenset(mapping.get(t, t) for t in unit.terms),
                       specific=frozenset(mapping.get(t, t) for t in unit.specific))

    aligned = replace(post, units=[align(unit) for unit in post.units], aligned={})
    post.aligned[doc.id] = aligned
    return aligned


def _names_event(unit: Unit) -> bool:
    """Whether a short round-up item names its event by a fact: a date, a figure (not a
    clock time) or a kabupaten/kota ("GPM serentak provinsi sampai 14 Februari", "bimtek
    pengelola KIM di Banjarbaru")."""
    return any(_figure(t) or (t in place_terms() and t not in unit.seats) for t in unit.terms)


def _score_candidate(index: AnnouncementIndex, post: PostDoc, post_shingles: set[tuple[str, ...]],
                     position: int) -> _Candidate:
    doc = index.docs[position]
    weights = post.weights
    # of the post as written (aligning adds announcements' terms to weights); decide() sums it once
    total = post.total or math.fsum(weights[t] for t in post.whole.terms)
    post = _aligned(post, doc)
    score, unit = _best_unit(index, post, doc)
    best = _Candidate(position, unit, unit.terms & doc.terms, score, 0.0, 0.0, 0)
    best.containment = (math.fsum(weights[t] for t in post.whole.terms & doc.terms) / total) if total else 0.0
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
        if index.df(term) > index.common:
            continue
        if _is_fact(term, post.whole) and not (term.isdigit() and len(term) == 1):  # "5" alone says little
            return True
        if term in post.whole.specific:
            return True
    return False


def _rescore(index: AnnouncementIndex, post: PostDoc, candidate: _Candidate,
             explained: set[str], used: set[str]) -> None:
    """Score ``candidate`` on the terms that ``explained`` leaves over."""
    doc = index.docs[candidate.position]
    candidate.score, candidate.unit = _best_unit(index, _aligned(post, doc), doc, explained, used)
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
           all_pairs: bool = False, refused: dict[str, str] | None = None) -> list[Decision]:
    """Every announcement the post amplifies, by link or by text, with evidence.

    ``all_pairs`` scores the post against every announcement, without the index (the
    baseline of the benchmark; same decisions, much slower). ``refused``, when given, is
    filled with the rule that refused each announcement the post links, or whose text score
    reached the threshold, and that is not matched (for ``kimwatch match --explain``).
    """
    decisions: dict[str, Decision] = {}
    why: dict[str, str] = refused if refused is not None else {}
    tolerance = config.tolerance_minutes * 60
    horizon = config.horizon_days * 86400
    for link in post.links:
        target = index.resolved.get(link, link)
        for doc in index.by_url.get(target, ()):
            if post.time is not None and doc.time is not None and (
                    doc.time > post.time + tolerance or doc.time < post.time - horizon):
                # a link cannot amplify what was published after the post, and, like text,
                # a post links what is news: not an announcement older than the horizon
                if refused is not None:
                    why[doc.id] = (REFUSED["link_early"] if doc.time > post.time + tolerance
                                   else REFUSED["link_old"].format(days=config.horizon_days))
                continue
            evidence: dict[str, Any] = {"kind": "link", "link": link}
            if target != link:
                evidence["resolved_to"] = target
            decisions[doc.id] = Decision(doc.id, "link", 1.0, _lag(post, doc), evidence)

    short = post.whole.size < MIN_UNIT_TERMS
    if post.time is None or post.whole.size < MIN_SHORT_TERMS:
        return list(decisions.values())  # a headline, a greeting: too short to restate anything
    lo, hi = index.window(post.time, config)
    if lo >= hi:
        return list(decisions.values())
    whole = post.whole
    if short and not _may_relay_short(post):
        # too short to be scored on its words: only a note that carries nothing of its own
        if not decisions and _may_be_note(post):
            post.weights = {t: index.weight(t, whole) for t in whole.terms}
            post.aligned = {}
            _relay_note(index, post, config, lo, hi, decisions, [p for p, _mass in index.candidates(
                post, lo, hi, weights=post.weights)])
        return list(decisions.values())
    post.weights = {t: index.weight(t, whole) for t in whole.terms}
    post.aligned = {}  # read against this index's announcements afresh
    post.total = math.fsum(post.weights.values())
    relays_other = not post.roundup and any(_other_release(index, index.resolved.get(link, link))
                                            for link in post.links)
    # a unit U passes when shared(U) ≥ θ·(total(U) + prior); as total(U) ≥ shared(U), it
    # needs shared(U) ≥ θ/(1-θ)·prior: candidates sharing less with the whole post cannot pass
    theta = min(config.threshold, 0.95)
    floor = theta / (1 - theta) * index.prior
    weights = post.weights
    post_shingles = _shingles(post.sequence)
    if all_pairs:
        _excuse_stages(index, post, [p for p in range(lo, hi)
                                     if math.fsum(weights[t] for t in whole.terms & index.docs[p].terms) >= floor])
        scored = [c for c in (_score_candidate(index, post, post_shingles, p) for p in range(index.size))
                  if lo <= c.position < hi]
    else:
        positions = [p for p, _mass in index.candidates(post, lo, hi, weights=weights)
                     if math.fsum(weights[t] for t in whole.terms & index.docs[p].terms) >= floor
                     or len(index.docs[p].shingles & post_shingles) >= MIN_SHARED_SHINGLES]
        _excuse_stages(index, post, positions)
        scored = [_score_candidate(index, post, post_shingles, p) for p in positions]
    for candidate in scored:  # copies and excerpts count on their 4-grams as well
        candidate.copied = (candidate.shared_shingles >= MIN_SHARED_SHINGLES
                            and candidate.shingle_containment >= EXCERPT_CONTAINMENT)
        if candidate.copied:
            candidate.score = max(candidate.score, 0.5 + 0.5 * candidate.shingle_containment)
    if post.text.endswith(("...", "…")) and not post.roundup:
        # a release's opening cut off where a share preview or a hurried copy stops ("Dinas …
        # Kabupaten Barito Kuala menyambut program ..."): every 4-gram of it in one release of
        # the window, and in no other, is an excerpt of that release, however short
        full = [c for c in scored if c.shingle_containment >= 1.0 and c.shared_shingles >= PREVIEW_SHINGLES]
        if len(full) == 1 and not full[0].copied:
            full[0].copied = True
            full[0].score = 1.0
    explained: set[str] = set()
    explained_shingles: set[tuple[str, ...]] = set()
    used_items: set[str] = set()  # round-up items an accepted announcement was matched on
    accepted_common: dict[str, frozenset[str]] = {}  # what each accepted release shares with the post
    accepted_units: dict[str, Unit] = {}  # the unit each accepted release was matched on
    for announcement_id in decisions:  # what the linked announcements explain
        linked = index.by_id[announcement_id]
        accepted_units[announcement_id] = post.whole
        accepted_common[announcement_id] = _aligned(post, linked).whole.terms & linked.terms
        explained |= post.whole.terms & linked.terms
        explained_shingles |= post_shingles & linked.shingles
        if post.roundup:
            _explained_items(post, accepted_common[announcement_id], used_items)
    remaining = scored
    copy_of = ""  # the post is found a copy of this announcement: one release's text
    reached = {c.position for c in scored if c.score >= config.threshold} if refused is not None else set()
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
                _rescore(index, post, candidate, explained, used_items)
        remaining.sort(key=lambda c: -c.score)
        candidate = remaining.pop(0)
        score = candidate.score
        if score < config.threshold:
            for other in (candidate, *remaining):  # (only when asked: ``reached`` is empty otherwise)
                if other.position in reached:
                    why.setdefault(index.docs[other.position].id, REFUSED["explained"])
            break
        tied = [c for c in remaining if not candidate.copied and not c.copied
                and abs(c.score - score) < 1e-9 and c.shared == candidate.shared]
        if tied and post.roundup:
            # a round-up item that restates one sibling's whole title names that one ("Banjarbaru
            # Juara Umum Kejurprov Tenis Meja 2026" against the opening's release of the same
            # championship): its words do tell them apart. The others stay unmatched, as
            # siblings the post cannot tell apart would.
            titled = [c for c in (candidate, *tied)
                      if any(u.item and _restates_title(index, u, index.docs[c.position]) for u in post.units)]
            if len(titled) == 1:
                remaining = [c for c in remaining if c not in tied]
                if refused is not None:
                    for other in (candidate, *tied):
                        if other is not titled[0]:
                            why.setdefault(index.docs[other.position].id, REFUSED["tied_titled"])
                candidate = titled[0]
                tied = []
        doc = index.docs[candidate.position]
        if tied:
            # sibling announcements the post's words cannot tell apart: picking the first
            # would be arbitrary, so neither is matched on text
            remaining = [c for c in remaining if c not in tied]
            if refused is not None:
                for other in (candidate, *tied):
                    why.setdefault(index.docs[other.position].id, REFUSED["tied"])
            continue
        if relays_other and not candidate.copied:
            why[doc.id] = REFUSED["relays_other"]
            continue  # it links the release it restates, and that release is another one
        if not candidate.copied and not post.roundup and candidate.containment < MIN_POST_CONTAINMENT:
            # a small part of a post (a source line, a closing sentence) carries the unit's
            # score, while the post as a whole says something else: no evidence of this release
            why[doc.id] = REFUSED["small_part"]
            continue
        if (explained and not candidate.copied and not post.roundup and len(candidate.unit.terms) < MIN_UNIT_TERMS
                and _own_fact_count(candidate.shared, doc) < RELAY_FIGURES):
            # what one accepted release leaves of a single-event post ("… layanan dibuka akhir
            # November" after the inauguration it reports) is too small a unit to carry another —
            # unless it gives two of that release's own facts ("… juga buka pendaftaran 120
            # penyuluh zakat mulai 2/11"): a one-line relay of a second release
            why[doc.id] = REFUSED["small_rest"]
            continue
        if not candidate.copied and (len(candidate.shared) < MIN_SHARED_TERMS
                                     or not _specific_shared(index, post, candidate)) \
                and not (post.roundup and candidate.unit.item and _restates_title(index, candidate.unit, doc)):
            # (a release's whole title, restated as an item, names it: words typed in small
            # letters are no less its own than its capitalised names)
            why[doc.id] = REFUSED["topic_only"]
            continue  # only topic words, or a word or two, in common: not the same news
        if short and not candidate.copied and not _short_relay(index, post, doc):
            why[doc.id] = REFUSED["short"]
            continue  # a short post relays a release only on its distinctive facts
        has_link = doc.id in decisions
        # a single-event text match: no link to the release, no passage copied from it, no round-up item
        single = not has_link and not candidate.copied and not post.roundup
        if copy_of and not has_link and not candidate.copied:
            # the rest of a release's copy (its quote, its closing line) is that release's
            why[doc.id] = REFUSED["copy_of_other"].format(other=copy_of)
            continue
        if not has_link and (later := _later_date(post, doc)):
            # the next event of the series, with the release's own figures: another event
            why[doc.id] = REFUSED["later_date"].format(dates=", ".join(readable_date("date:" + t[11:]) for t in later))
            continue
        if single and (kinds := _other_event(post, doc)):
            # another step of the programme (its training, its handover) on the post's own day
            why[doc.id] = REFUSED["other_event"].format(kinds=", ".join(kinds))
            continue
        if single and (step := _dated_step(post, doc)):
            why[doc.id] = REFUSED["next_step"].format(day=step.isoformat())
            continue
        if single and (day := _own_day_elsewhere(post, doc)):
            # the post's "hari ini" is weeks from the release's event: its own occurrence
            why[doc.id] = REFUSED["own_day"].format(day=day.isoformat())
            continue
        if single and (figures := _late_own_figures(post, doc)):
            # written weeks after the release, with counts of its own and none of the release's
            why[doc.id] = REFUSED["late_figures"].format(figures=", ".join(figures))
            continue
        if single and (places := _place_only(index, post, doc)):
            # a crossing's traffic light against the street children reached there
            why[doc.id] = REFUSED["place_only"].format(places=", ".join(places))
            continue
        if single and (
                circumstances := _circumstances_only(index, post, doc)):
            # "Wali Kota X menerbitkan edaran libur sekolah, Jumat (13/11)" against the same mayor's
            # circular on nursing rooms that day: the same office, day and place, another object
            why[doc.id] = REFUSED["circumstances_only"].format(shared=", ".join(circumstances[0]),
                                                               own=", ".join(circumstances[1]))
            continue
        if single and (frame := _other_object(post, doc)):
            # "membuka gerai NIB" against the release's free KKPR desk that names NIB as a document
            # to bring: the same frame (a desk, a clinic, a repainting), another object
            why[doc.id] = REFUSED["other_object"].format(head=frame[0], own=frame[1])
            continue
        if not has_link and not candidate.copied and (denial := _denied_question(post, doc, candidate.shared)):
            # "Pemko ukur bising di bandara? Bukan, yang ukur pihak bandara sendiri": a rumour answered
            why[doc.id] = REFUSED["denied_question"].format(claim=denial[0], answer=denial[1])
            continue
        if single and (rumour := _hearsay_denied(post, doc, candidate.shared)):
            # "Ada yang bilang bantuan beras untuk semua warga. Setahu kami tidak begitu": a rumour
            # answered without a question, none of the release's figures or dates passed on
            why[doc.id] = REFUSED["hearsay_denied"].format(said=rumour[0], answer=rumour[1])
            continue
        if single and (complaint := _complaint_before(post, doc, candidate.shared)):
            # "Kesal, antre dari subuh di loket puskesmas" between a release and the day its new
            # registration starts: the poster's own story, not the news of what comes
            why[doc.id] = REFUSED["complaint_before"].format(words=complaint[0], day=complaint[1])
            continue
        if single and (absent := _absent_or_before(post, doc, candidate.shared)):
            # "Bupati mengimbau warga membongkar jerat. Imbauan disampaikan pada apel pagi", "Perajin
            # di X masih memasak dengan kayu bakar, berharap dapat alat seperti di Y", "Pengunjung
            # belum bisa masuk, petugas meminta kembali hari Sabtu": an appeal at its own occasion,
            # a lack or wish, the before of the release's day — not the release's event
            why[doc.id] = REFUSED["absent_or_before"].format(kind=absent[0], words=absent[1])
            continue
        if single and (own := _own_story(post, doc, candidate.shared)):
            # "Antrean uji KIR pagi ini panjang sampai ke jalan", "Segel toko kami sudah dibuka",
            # "Kapan … jadi pahlawan nasional? Semoga kali ini berhasil": the writer's own story
            why[doc.id] = REFUSED["own_story"].format(words=own)
            continue
        if single and (words := _own_happening(post, doc)):
            # a raft that capsized, a gauge the villagers set up with their own money, against the
            # training or the programme the release reports at the same place
            why[doc.id] = REFUSED["own_happening"].format(words=", ".join(words))
            continue
        if single and (new_round := _new_round(post, doc)):
            # "Pelatihan instalatir angkatan baru di BLK dibuka" against the repairs by the last course's graduates
            why[doc.id] = REFUSED["new_round"].format(round=new_round)
            continue
        if single and (words := _preparation(post, doc)):
            # "Persiapan pasar murah di Kecamatan X 9 Desember: panitia rapat Selasa" against the stop before it
            why[doc.id] = REFUSED["preparation"].format(words=", ".join(words))
            continue
        if not has_link and not candidate.copied and (words := _step_done(post, doc, candidate.unit)):
            # "Survei harga di Pasar X sudah digelar, 25 pedagang didatangi" against the release that
            # held it at Pasar Y and only scheduled Pasar X
            why[doc.id] = REFUSED["step_done"].format(words=", ".join(words))
            continue
        if single and (words := _also_other(post, doc)):
            # "Pemkot juga memasang 24 titik lampu jalan" against the 24 hydrants on that road
            why[doc.id] = REFUSED["also_other"].format(words=", ".join(words))
            continue
        if single and (period := _own_period_elsewhere(post, doc)):
            # "bulan depan" a month after the release planned that stage for this one
            why[doc.id] = REFUSED["own_period"].format(period=period)
            continue
        if single and (month := _named_month_elsewhere(post, doc)):
            # "pernah uji coba Juni lalu" against the launch of November: an earlier occurrence
            why[doc.id] = REFUSED["own_month"].format(month=month)
            continue
        if not has_link and not candidate.copied and (when := _later_step(post, doc, candidate.unit)):
            # "bursa kerja direncanakan pertengahan Desember", "katanya Kamis ini, semoga desa kita masuk"
            why[doc.id] = REFUSED["later_step"].format(when=when)
            continue
        if single and (word := _denied(post, doc)):
            # "KSOP tarik tarif pas besar kapal di atas 7 GT, bukan yang gratis ya" against the free pas kecil
            why[doc.id] = REFUSED["denied"].format(word=word)
            continue
        if single and (said := _unannounced(post)):
            # "Warga menanyakan kapan pendataan dibuka. Belum ada pengumuman di dinas."
            why[doc.id] = REFUSED["unannounced"].format(said=said)
            continue
        if single and (nights := _other_night(post, doc)):
            # "Malam kedua festival, grup sekolah kami tampil" against "28 grup ramaikan malam pertama"
            why[doc.id] = REFUSED["other_night"].format(ours=nights[0], theirs=nights[1])
            continue
        if single and (funds := _own_funds(post, doc)):
            # "Kader posyandu membagikan telur untuk 30 balita tiap Kamis dari dana desa" against the
            # foster fathers' monthly eggs: the village's own programme, not the release's
            why[doc.id] = REFUSED["own_funds"].format(funds=funds)
            continue
        if single and (diseases := _other_disease(post, doc)):
            # "Skrining TBC di dua pondok menemukan 4 santri" against a release on scabies among santri
            why[doc.id] = REFUSED["other_disease"].format(ours=", ".join(diseases[0]), theirs=", ".join(diseases[1]))
            continue
        if single and (move := _price_note(post, doc)):
            # "Harga beras di Pasar X minggu ini Rp15.800, turun sedikit dari minggu lalu" against the
            # wage council's survey that recorded that price there
            why[doc.id] = REFUSED["price_note"].format(move=move)
            continue
        if single and (compared := _compared_only(candidate.shared, doc, candidate.unit)):
            # "Enam kantong trombosit didapat keluarga pasien" against "setara enam kantong donor biasa"
            why[doc.id] = REFUSED["compared_only"].format(figures=", ".join(compared))
            continue
        if not has_link and not candidate.copied and (phrase := _another_of(post, doc, candidate.shared)):
            # "Komisi IV sidak ke pabrik kayu lapis lain" against its hearing on a plywood mill's workers
            # (a post cut into blocks by its title line is read too: the lead is the post's own)
            why[doc.id] = REFUSED["another_of"].format(phrase=phrase)
            continue
        if single and (one := _one_of_own(post, doc, candidate.shared)):
            # "LKS Bipartit di sebuah rumah sakit swasta sudah rapat lima kali dan berhasil menyepakati
            # jadwal sif" against the training of 30 firms to set one up
            why[doc.id] = REFUSED["one_of_own"].format(one=one)
            continue
        if single and (region := _generic_elsewhere(post, doc, candidate.shared)):
            # "Ibu-ibu, jangan lupa bawa anak imunisasi polio, gratis" by a KIM of another kabupaten
            # than the one whose campaign the release announces: the topic, not the release
            why[doc.id] = REFUSED["generic_elsewhere"].format(region=region)
            continue
        if candidate.copied and not has_link and not post.roundup and _other_region(index, candidate.unit, doc):
            # another kabupaten's own edition written from the same press-release template:
            # shared template wording relays nothing when the places contradict
            why[doc.id] = REFUSED["other_region"]
            continue
        if not has_link and not candidate.copied and post.roundup and not candidate.unit.listed and (
                sibling := next((other for other, common in accepted_common.items()
                                 if candidate.shared <= common), None)):
            # a summary cut into "items" at its semicolons: its closing sentence ("rujukan lewat
            # puskesmas atau SAPA 129") is also in a sibling release, and tells nothing of it
            why[doc.id] = REFUSED["sibling_shares"].format(release=sibling)
            continue
        if not has_link and not candidate.copied and (
                sibling_facts := _sibling_facts(index, post, doc, candidate.unit, accepted_units)):
            # "12–30 Nov feri cuma 2 kapal (16 trip/hari)": the dates and counts are the docking
            # notice's; the sibling on the trucks' parking shares the dates and none of its own
            why[doc.id] = REFUSED["sibling_facts"].format(release=sibling_facts[0],
                                                          facts=", ".join(sibling_facts[1]))
            continue
        if not candidate.copied and not post.links and (result := _step_result(post, doc)):
            # "39 dari 45 operator lulus, diumumkan awal Desember" against the November release
            # that only scheduled the announcement of the results
            why[doc.id] = REFUSED["step_result"].format(facts=", ".join(result))
            continue
        if not candidate.copied and not post.links and (stop := _own_stop(post, doc, candidate.unit)):
            # "Gerai … jemput bola ke Kelurahan X Kamis depan" against the release that only said the
            # service would visit the kelurahan: the step given a day of its own is its own news
            why[doc.id] = REFUSED["own_stop"].format(when=stop[0], facts=", ".join(stop[1:]))
            continue
        if not candidate.copied and not post.links and (on_day := _step_day(post, doc)):
            # "Papan larangan hari ini dipasang … Penambang minta waktu sampai akhir minggu" on the
            # release's "dipasang mulai 30 November": the step on its day, with news the release cannot know
            why[doc.id] = REFUSED["step_day"].format(when=on_day[0], facts=", ".join(on_day[1:]))
            continue
        if not candidate.copied and not post.links and (after := _aftermath(post, doc)):
            # "Sabtu malam dua kelotok batal berangkat karena hujan deras" on the release opening the
            # night tours: what came of the event, with a count the release could not know
            why[doc.id] = REFUSED["aftermath"].format(word=after[0], facts=", ".join(after[1:]))
            continue
        if not candidate.copied and not post.links and (heard := _step_heard(post, doc)):
            # only a scheduled step's facts, told with a source of the post's own: the step's own
            # announcement passed on (every such pair of the 48 labelled sets), not this release
            why[doc.id] = REFUSED["step_heard"].format(marker=heard[0], facts=", ".join(heard[1:]))
            continue
        accepted_units[doc.id] = candidate.unit
        accepted_common[doc.id] = _aligned(post, doc).whole.terms & doc.terms
        explained |= candidate.shared  # what this announcement accounts for
        if candidate.copied and candidate.shingle_containment >= WHOLE_COPY:
            # (even when its lines read as items: a round-up of several releases is no one's copy)
            copy_of = copy_of or doc.id
        if candidate.unit.item:
            used_items.add(candidate.unit.label)
        if post.roundup:
            # what the release shares with the whole post, not only with the unit it was
            # matched on: a sentence cut off at a semicolon whose every term the release
            # shares is that release's, not an item left for its sibling
            _explained_items(post, accepted_common[doc.id], used_items)
        explained_shingles |= post_shingles & doc.shingles
        if doc.id in decisions:  # already linked: keep the link, add the text evidence
            extra = _text_evidence(index, post, doc, candidate, score)
            extra["text_kind"] = extra.pop("kind")
            decisions[doc.id].evidence.update(extra)
            continue
        evidence = _text_evidence(index, post, doc, candidate, score)
        method = "text" if evidence["kind"] == "summary" else evidence["kind"]
        status = ("uncertain" if not candidate.copied and score < config.threshold + UNCERTAIN_MARGIN
                  and not firm_figures(evidence) else "auto")
        decisions[doc.id] = Decision(doc.id, method, round(min(1.0, score), 4), _lag(post, doc), evidence,
                                     status)
    if not decisions and _may_be_note(post):
        _relay_note(index, post, config, lo, hi, decisions, [c.position for c in scored])
    return list(decisions.values())


def _may_be_note(post: PostDoc) -> bool:
    """Whether a post may be a relay note (:func:`_relay_note`): one event, no link (a link
    says what it relays) and no more words than a note."""
    return not post.links and not post.roundup and post.whole.size < 2 * MIN_UNIT_TERMS


def _relay_note(index: AnnouncementIndex, post: PostDoc, config: MatchConfig, lo: int, hi: int,
                decisions: dict[str, Decision], positions: list[int]) -> None:
    """A note that matched nothing and carries nothing of its own relays the one release that
    holds it ("Catat ya warga: materi kampanye pekan depan (pinjol ilegal, Kalimantan
    Selatan)", "Urang Tanjung bungah banar, mamanda 40 pelajar"): the release's words hold all
    of the note's but at most :data:`RELAY_NOTE_OWN` (a chatty word, at most one word the
    announcements know or a name), among them one of the facts (a place, figure or date) of the
    release's own event — not only the kecamatan or village its next-event sentences give
    (:func:`_next_place`: a note about that place's plan is not about this event) — and
    two rare words of its topic; it was posted within :data:`RELAY_NOTE_DAYS` after
    the release, not on the day the release gives its next event, contradicts none of its
    facts, and no other release of the window holds all the words it shares. A look-alike or
    an earlier post adds an event, figure, place or day of its own, or shares less."""
    assert post.time is not None
    whole = post.whole
    found: list[tuple[int, AnnouncementDoc]] = []
    for position in positions:
        doc = index.docs[position]
        if doc.time is None or not 0 <= post.time - doc.time + config.tolerance_minutes * 60 \
                <= RELAY_NOTE_DAYS * 86400:
            continue
        if len(whole.terms - doc.terms) > RELAY_NOTE_OWN + 2:
            continue  # (cheap: aligning reads a rounded figure or a bare name as the release's)
        aligned = _aligned(post, doc)
        terms = aligned.whole.terms
        own = terms - doc.terms
        shared = terms & doc.terms
        if len(own) > RELAY_NOTE_OWN or sum(
                1 for t in own if _is_fact(t, aligned.whole) or index.df(t) or t in aligned.whole.specific) > 1:
            continue
        if any(_is_fact(t, aligned.whole) and t not in aligned.whole.seats for t in own):
            continue  # a fact of its own
        if not any(_is_fact(t, aligned.whole) and not _next_place(index, aligned, doc, t) for t in shared):
            continue  # its one place is where the release moves on to: the note's event is there
        if sum(1 for t in shared if not _is_fact(t, aligned.whole) and index.idf(t) >= index.max_idf / 2) < 2:
            continue
        if _next_day(_day(post.time), doc):
            continue  # the day the release gives what comes next: about that
        if _conflicts(aligned.whole.marks, doc, post.time, post.excused.get(doc.id, frozenset()),
                      _relays_facts(shared, doc)) or _next_event(aligned, doc):
            continue
        if (_later_date(post, doc) or _other_event(post, doc) or _own_day_elsewhere(post, doc)
                or _late_own_figures(post, doc) or _own_period_elsewhere(post, doc)
                or _named_month_elsewhere(post, doc) or _dated_step(post, doc) or _own_happening(post, doc)):
            continue  # what refuses a scored post refuses a note
        rarest = min(shared, key=index.df)
        if any(other != position and lo <= other < hi and shared <= index.docs[other].terms
               for other in index.postings.get(rarest, ())):
            continue  # another release holds it as well: which one it relays is not told
        found.append((position, doc))
    if len(found) != 1:
        return
    position, doc = found[0]
    candidate = _score_candidate(index, post, _shingles(post.sequence), position)
    evidence = _text_evidence(index, post, doc, candidate, candidate.score)
    evidence["rule"] = "relay_note"
    decisions[doc.id] = Decision(doc.id, "text", round(max(candidate.score, config.threshold), 4), _lag(post, doc),
                                 evidence)


def _next_place(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc, term: str) -> bool:
    """Whether ``term`` is a kecamatan or village the release writes only in its sentences
    about what comes next ("… akan membuka demplot serupa di Beruntung Baru"), not for its own
    event: a post naming it tells of that place, not of the release's event elsewhere. (A
    date those sentences give — a deadline for comments — is still the release's to relay.)"""
    return term in doc.next_phrase and (term in index.places or term in post.whole.places)


def _other_event(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The kinds of action a single-event post reports as its own (a training, a handover, a
    schedule: :data:`crawler.matching.events.EVENT_KINDS`) when the announcement reports none of
    them as its own event: the post is about another step of the programme ("serah terima kunci
    25 rumah hari ini" against "Kodim Mulai Bedah 25 Rumah"). A step the announcement names as
    coming later ("serah terima kunci dijadwalkan akhir Oktober") is that step happening only
    when its time has come (:func:`_step_come`); a relay repeats it sooner. An announcement
    that reports no kind of its own tells another step only by the step it announces ("BPBD
    akan mendata pohon besar" after a tree fell; "petugas BPBD mulai mendata pohon" five days
    on). Never when the post carries one of the announcement's own dates (it reports the
    announcement's event) — nor, when only the announced step or a post's words of now tell
    it, one of its own figures. A post telling an occasion (:data:`events.OCCASION_KINDS`: a
    graduation, a meeting, a circular …) the release does not is another event even on the
    release's day and in its hall ("Aula X dipakai wisuda santri, Jumat (20/11)" against a
    training held there that day), unless it carries one of the release's own figures or the
    release names that occasion anywhere (its body's "usulkan lewat musyawarah desa"). Empty
    when the kinds leave the question open."""
    ours, theirs, later = post.whole.marks.kinds, doc.marks.kinds, doc.marks.later_kinds
    if not (post.whole.marks.later_kinds & OCCASION_KINDS).isdisjoint(theirs):
        # the post names the release's own occasion as where its news was said ("jar rakor
        # TPID, …", "kata Kadis di rapat"): what it reports was told there, no step of its own
        return []
    if not ours or not ours.isdisjoint(doc.marks.occasions) or not ours.isdisjoint(theirs) or not (theirs or not ours.isdisjoint(later)):
        # (a release reporting no kind of action of its own tells another step only by the
        # one it announces: "BPBD akan mendata 70 pohon besar" after a tree fell)
        return []
    step = not ours.isdisjoint(later)
    if step and not (come := _step_come(post, doc)):
        return []
    if (not theirs or (step and come == "day")) and _relays_facts(post.whole.terms & doc.terms, doc):
        # read from the announced step alone, a post that repeats the release's own figures
        # relays it ("hari ini kerja bakti … 37 rumah rusak" the day after "besok kerja bakti")
        return []
    if not ours.isdisjoint(OCCASION_KINDS):
        # a graduation, a meeting, a circular held in the release's hall on the release's day:
        # the same circumstances, another event, unless the post carries the release's own figures
        shared = post.whole.terms & doc.terms
        return [] if _relays_facts(frozenset(t for t in shared if not t.startswith("date:")), doc) else sorted(ours)
    own_dates = {t for t in doc.terms if t.startswith("date:")} - doc.marks.next_dates
    if not own_dates.isdisjoint(post.whole.terms) or not own_dates.isdisjoint(_bare_dates(post)):
        return []
    if len(_counting_own(post, doc, _own_figures(post.whole.terms & doc.terms, doc))) >= RELAY_FIGURES:
        # the release's event told as done in another action word ("Evaluasi … selesai: 11
        # predikat A, 33 BB, rata-rata 79,06") with several of its own figures: a relay — one
        # figure alone ("18 traktor") another step of the programme may share
        return []
    return sorted(ours)


RELAY_FIGURES = 2  # own figures of a release a post must carry to relay it whatever action word it uses


def _own_fact_count(shared: frozenset[str], doc: AnnouncementDoc) -> int:
    """How many of the release's own facts ``shared`` holds: its figures (:func:`_own_figures`)
    and its dates (not those it gives only to its next occurrence)."""
    return len(_own_figures(shared, doc)) + sum(
        1 for t in shared if t.startswith("date:") and t not in doc.marks.next_dates)


def _by_figure(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """(figure, word) pairs (:func:`documents.figure_nouns`, :func:`documents.figure_measures`) as
    the words written with each figure."""
    found: dict[str, set[str]] = {}
    for figure, word in pairs:
        found.setdefault(figure, set()).add(word)
    return found


def _counting_own(post: PostDoc, doc: AnnouncementDoc, figures: set[str]) -> set[str]:
    """The shared ``figures`` that count the release's thing (:func:`documents.figure_nouns`):
    the post writes one bare ("412 di 13 kabupaten"), or with a word the release writes with it,
    its measure or a word of its phrase ("412 kebakaran", "Rp480 juta"). A figure the post writes
    with other words only ("412 titik wifi" against "412 kebakaran permukiman") counts another
    thing: no fact of the release's, however many such figures a post shares."""
    from crawler.matching.documents import figure_nouns

    theirs, mine = _by_figure(doc.counts), _by_figure(post.read(figure_nouns))
    return {t for t in figures if "" in mine.get(t, {""}) or not mine[t].isdisjoint(theirs.get(t, ()))}


def _own_figures(shared: frozenset[str], doc: AnnouncementDoc) -> set[str]:
    """The figures of two digits or more among ``shared`` that are the release's own (not a year,
    not one it gives only to its next occurrence)."""
    return {t for t in shared if t[0].isdigit() and len(t) >= 2 and ":" not in t
            and t not in doc.next_event[3] and not (len(t) == 4 and t[:2] in ("19", "20"))}


# "mulai tanggal 6": a day written without its month (not "tanggal 6 November", "tanggal 6/11")
_BARE_DAY = re.compile(r"\b(?:tanggal|tgl\.?)\s+(\d{1,2})\b(?!\s*[/.-]\s*\d)(?!\s+(?:" + "|".join(
    sorted(MONTHS, key=len, reverse=True)) + r")\b)")


def _bare_days(post: PostDoc) -> dict[str, frozenset[str]]:
    """The days a post names without their month ("tanggal 22", "tgl 9"), by the term of
    their figure, with the dates each may be: the day of the month the post is written in, or
    of the next one (a day already past may be either). Read once per post."""
    if post.bare_days is None:
        found: dict[str, set[str]] = {}
        lower = post.text.lower()
        if post.time is not None and ("tanggal" in lower or "tgl" in lower):
            today = _day(post.time)
            for match in _BARE_DAY.finditer(lower):
                day = int(match.group(1))
                if 1 <= day <= 31:
                    dates = found.setdefault(str(day), set())
                    dates.add(f"date:{day}-{today.month}")
                    if day < today.day:
                        dates.add(f"date:{day}-{today.month % 12 + 1}")
        post.bare_days = {figure: frozenset(dates) for figure, dates in found.items()}
    return post.bare_days


def _bare_dates(post: PostDoc) -> frozenset[str]:
    """The dates a post names by their day alone ("mulai tanggal 6 di Desa X"): the day of the
    month it is written in, or of the next month (a day already past may be either)."""
    if post.time is None or "tanggal" not in post.text.lower():
        return frozenset()
    today = _day(post.time)
    found = set()
    for match in _BARE_DAY.finditer(post.text.lower()):
        day = int(match.group(1))
        if not 1 <= day <= 31:
            continue
        found.add(f"date:{day}-{today.month}")
        if day < today.day:
            found.add(f"date:{day}-{today.month % 12 + 1}")
    return frozenset(found)


def _step_come(post: PostDoc, doc: AnnouncementDoc) -> str:
    """Whether a step the release names as coming later may be happening when the post is
    written: the post says so on its own day ("hari ini") or :data:`LATER_STEP_DAYS` have
    passed since the release (``"late"``); or, written on a later day, it says so in words of
    now or the past and none of what comes ("tadi", "sudah", "mulai mendata"), or the day the
    release gives that step has come ("Tim Adipura provinsi dijadwalkan meninjau TPA pada 19
    November", a post of 19 November) (``"day"``). Empty when it may not."""
    if 0 in post.whole.marks.relative_days:
        return "late"
    if post.time is None or doc.time is None:
        return ""
    if post.time - doc.time >= LATER_STEP_DAYS * 86400:
        return "late"
    if _day(post.time) <= _day(doc.time) or _ahead_of(post.time, doc.next_when):
        return ""
    if doc.next_when or (_said_now(post) and not post.ahead):
        return "day"
    return ""


def _said_now(post: PostDoc) -> bool:
    """Whether a post tells in words of now or the past (:data:`lexicon.NOW_WORDS`), and in no
    words of what comes (:data:`lexicon.NEXT_EVENT_WORDS`, "besok", "pekan depan")."""
    lower = post.text.lower()
    words = set(_LOWER_WORDS.findall(lower))
    return not words.isdisjoint(NOW_WORDS) and words.isdisjoint(NEXT_EVENT_WORDS) and not _COMING.search(lower)


_LOWER_WORDS = re.compile(r"[a-z]+")
# what a post says comes later besides NEXT_EVENT_WORDS
_COMING = re.compile(r"\b(?:besok|esok|isuk|lusa|(?:pekan|minggu|bulan|tahun)\s+depan)\b")


def _dated_step(post: PostDoc, doc: AnnouncementDoc) -> date | None:
    """The later day a release gives another step, when a single-event post tells of a step
    happening on or after that day: the release is dated for its own event (a date by its
    publication, "hingga Senin (9/11)") and writes a date :data:`LATER_STEP_DAYS` or more after
    it ("Rombongan pasien berangkat ke Banjarmasin pada 19 November"); the post, written on
    that day or within :data:`OWN_DAY_REACH` days after it, tells in words of now or the past
    ("hari ini", "pagi ini", "tadi", "sudah", "mulai": "Pagi ini rombongan pasien … berangkat")
    and no words of what comes, writes no date and carries none of the release's
    dates or figures. A post relaying the announcement writes it before that day, in its
    future words, or with its figures; one on the day of a release's only date (a market
    announced for the 20th) is the release's own event. ``None`` otherwise."""
    if post.time is None or doc.time is None or post.ahead:
        return None
    if not (0 in post.whole.marks.relative_days or _said_now(post)):
        return None
    published, today = _day(doc.time), _day(post.time)
    dates: list[date] = []
    for term in doc.terms:
        if term.startswith("date:"):
            day, _, month = term[5:].partition("-")
            if day.isdigit() and month.isdigit():
                dates.extend(_near(published, int(month), int(day)))
    if not any(d <= published + timedelta(days=1) for d in dates):
        return None
    # (a date the release already gives its next event is read by _next_said and _conflicts)
    later = [d for d in dates if (d - published).days >= LATER_STEP_DAYS and (d.month, d.day) not in doc.next_when
             and d <= today < d + timedelta(days=OWN_DAY_REACH)]
    if not later or any(t.startswith("date:") for t in post.whole.terms):
        return None
    if _relays_facts(post.whole.terms & doc.terms, doc):
        return None
    return later[0]


def _own_span(doc: AnnouncementDoc, next_apart: bool = False,
              deadlines_apart: bool = False) -> tuple[date, date, frozenset[int]] | None:
    """The first and last day the release gives its own event — its publication, the days it
    names relatively ("besok") and its own dates, the span between them counting as the
    event's — and the months its own part names in words. ``None`` without a publication time.
    With ``deadlines_apart``, the dates it gives as deadlines (:attr:`AnnouncementDoc.deadlines`)
    are left out."""
    if doc.time is None:
        return None
    published = _day(doc.time)
    days = [published + timedelta(days=offset) for offset in doc.marks.relative_days] + [published]
    months = set()
    apart = doc.deadlines if deadlines_apart else frozenset()
    for month, day in doc.own_when:
        if day == 0:
            months.add(month)
        elif (month, day) not in apart:
            days.extend(_near(published, month, day))
    # every date the release writes that is not its next event's ("mulai Senin (11/5/2026)" in a
    # release of 4 May: the buses start on the 11th, a "besok" posted on the 10th is that day)
    for term in doc.terms:
        if term.startswith("date:") and term not in doc.marks.next_dates:
            day_text, _, month_text = term[5:].partition("-")
            if day_text.isdigit() and month_text.isdigit():
                if next_apart and (int(month_text), int(day_text)) in doc.next_when:
                    continue
                if (int(month_text), int(day_text)) in apart:
                    continue
                days.extend(_near(published, int(month_text), int(day_text)))
    return min(days), max(days), frozenset(months)


def _away(day: date, doc: AnnouncementDoc, span: tuple[date, date, frozenset[int]]) -> bool:
    """Whether ``day`` lies :data:`OWN_DAY_REACH` days or more from the release's own span and
    outside the months its own part names."""
    first, last, months = span
    if day.month in months and doc.time is not None and abs((day - _day(doc.time)).days) <= 183:
        return False
    return not first - timedelta(days=OWN_DAY_REACH) < day < last + timedelta(days=OWN_DAY_REACH)


def _own_day_elsewhere(post: PostDoc, doc: AnnouncementDoc) -> date | None:
    """The day a single-event post gives its own event in words relative to its own time
    ("hari ini", "tadi malam", "besok") when that day lies :data:`OWN_DAY_REACH` days or more
    from every day the release gives its own event (:func:`_own_span`), outside the months its
    own part names, and the post carries none of the release's own dates: it tells of another
    occurrence of the programme (the intake opened again two weeks after the release stopped
    it, the next stretch of a road cleared a month later, the seed stocked three weeks after
    the ponds were handed over), whatever topic words and names it shares. A release that goes
    on ("setiap Sabtu", "mulai 5 Oktober") is held to its dates too unless the post repeats one
    of its own figures ("perpustakaan keliling hari ini, 2.000 judul buku"). A deadline the
    release gives ("memasang maklumat paling lambat 30 November") is the last day of its call,
    not a day its event happens on: a day up to it is the release's, a day past it is held to
    the release's other days (the spot check "hari ini" five days after the deadline). ``None``
    when any of the post's days is near the release's, or the post names no such day."""
    offsets = post.whole.marks.relative_days
    if not offsets or post.time is None or (span := _own_span(doc, deadlines_apart=True)) is None:
        return None
    own_dates = {t for t in doc.terms if t.startswith("date:")} - doc.marks.next_dates
    if not own_dates.isdisjoint(post.whole.terms):
        return None
    if doc.marks.ongoing and _relays_facts(post.whole.terms & doc.terms, doc):
        return None  # "hari ini" at a stop of something that goes on, with its own figures: a relay
    today = _day(post.time)
    days = [today + timedelta(days=offset) for offset in sorted(offsets)]
    published = _day(doc.time) if doc.time is not None else today
    until = max((d for month, day in doc.deadlines for d in _near(published, month, day)), default=None)
    if until is not None and any(span[0] - timedelta(days=OWN_DAY_REACH) < day <= until for day in days):
        return None
    return days[0] if all(_away(day, doc, span) for day in days) else None


def _late_own_figures(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The figures of a single-event post written :data:`OWN_DAY_REACH` days or more after
    the release's own event (:func:`_own_span`) that the release does not have, when the post
    shares none of the release's figures and dates: "giliran air 3 hari per blok" a week after
    the water gates were replaced, a village's own count of a programme's later round. A relay
    written that late repeats something of the release's own (a date, a count, an amount) to
    say which event it is about; topic words with figures of its own tell another occurrence.
    Empty when the post shares a figure or date, states none of its own, or was written within
    the release's week. Written :data:`LATE_TALLY_DAYS` or more after the release's last own day,
    a count the release lacks (not a year) beside one it has is a later tally ("tiga IKM yang
    kemarin belum lengkap akhirnya terima, total 15", "pompa tahap II 24 unit") and is returned too."""
    if post.time is None or (span := _own_span(doc)) is None or not _away(_day(post.time), doc, span):
        return []
    terms = _aligned(post, doc).whole.terms
    figures = [t for t in terms if _figure(t)]
    if any(t in doc.terms for t in figures):
        # two weeks and more after the release's last own day, a count the release lacks beside
        # one it has is a later tally ("tiga lagi akhirnya terima, total 15"): not a relay
        if any(t.startswith("date:") for t in figures) or _day(post.time) < span[1] + timedelta(days=LATE_TALLY_DAYS):
            return []
        return sorted(t for t in figures if t not in doc.terms and (value := number_value(t)) is not None
                      and not 1900 <= value <= 2100)
    return sorted(t for t in figures if t[0].isdigit())


def _figure(term: str) -> bool:
    """A figure (not a clock time) or a date."""
    return (term[0].isdigit() and ":" not in term) or term.startswith("date:")


def _place_only(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The places a single-event post shares with the release when, beyond them, it shares at
    most one rare word (one in at most about the square root of the announcements' count: half
    the highest IDF) and no figure or date: kabupaten, kecamatan and villages, and the streets,
    crossings and venues it names after a place noun (:func:`textnorm.venue_terms`: "Simpang
    Jl. Pangeran Antasari", "Lapangan Merah Putih", "Gedung Ruhui Rahayu"). A relay shares what
    happened there — an action and its object, a figure; a post whose only common ground is the
    place ("perbaikan lampu lalu lintas" at the crossing where street children were reached, a
    bird contest in the village of a demonstration plot, a kindergarten's graduation in the hall
    of a ceremony) tells of something else there. Beside a venue where the release holds its
    event (not one its title names: the park a release opens is its subject), words most
    announcements use ("dipakai", "keluarga", "kecamatan") tell nothing of the event and are not
    counted. Empty otherwise."""
    from crawler.matching.textnorm import concept_words, province_terms

    whole = _aligned(post, doc).whole
    shared = whole.terms & doc.terms
    named, provinces = place_terms(), province_terms()
    places = {t for t in shared if t in whole.places or t in whole.seats or t in named or t in provinces
              or t in post.venues}
    rest = shared - places
    concepts = concept_words()
    for term in rest & concepts.keys():
        # "lampu lalu lintas" and "lampu merah" name one thing, traffic lights: one word shared
        rest = rest - concepts[term]
    if not places or any(_figure(t) for t in rest):
        return []
    if len(rest) > 1:
        # words most announcements use count only against a venue the release holds its event
        # in, not one its title names: a park opened is the subject of a post on that park
        venue = places & post.venues
        if not venue or venue & doc.title_terms or sum(
                1 for t in rest if index.idf(t) >= index.max_idf / 2) > 1:
            return []
    return sorted(places)


CIRCUMSTANCE_POST_TERMS = 16  # a post this long or longer may relay a release's detail in words of its own
OWN_OBJECT_WORDS = 1  # content words the release nowhere has: what the post's event was done to
# a quote ("“…,” kata Kepala DPMD"): a speaker's words relay a release's detail in words of its own
_QUOTED = re.compile(r"[“”\"]|\b(?:kata|ujar|ucap|tutur|jelas|ungkap)(?:nya)?\b")
_CREDIT_LINE = re.compile(r"(?im)^\s*(?:liputan|kamera|foto|video|sumber|editor|penulis|reporter)\s*:.*$|#\w+")
_OFFICE_NAME = re.compile(r"\b(?i:" + "|".join(OFFICE_HEADS) + r")\s+((?:[A-Z][^\W\d_]*)(?:\s+(?:dan\s+)?[A-Z][^\W\d_]*){0,3})")
# an honorific or degree before a name ("H.", "Hj.", "Ir.", "dr.", "Drs."): it does not end the run
_HONORIFIC = r"(?:H|Hj|Ir|dr|Dr|Drs|Dra|Prof)\."
# an official's title and the capitalised run after it: the office and the person ("Kepala Bapenda
# Kalsel Rina Widyastuti"); a comma or a lower-case word ends the run
_TITLE_NAME = re.compile(r"\b(?i:(" + "|".join(h.replace(" ", r"\s+") for h in TITLE_HEADS)
                         + r"))\s+((?:[A-Z][^\W\d_]*)(?:\s+(?:" + _HONORIFIC + r"\s+)?[A-Z][^\W\d_]*){0,8})")
_MEETING_SETTING = re.compile(r"\b(?:" + MEETING_SETTING + r")\b")
# a venue's name ("Mahligai Sultan Adam", "SMK Negeri 1 Rantau"), a person's after an honorific
# ("H. Mursyid Hamdani"), a place noun not counted ("antar-desa", not "20 kampung"): setting
_VENUE_RUN = re.compile(r"\b(?i:(" + "|".join(sorted(VENUE_HEADS, key=len, reverse=True)) + r"))\s+"
                        r"((?:[A-Z][^\W\d_]*)(?:\s+[A-Z][^\W\d_]*){0,4})")
_PERSON = re.compile(r"\b(" + _HONORIFIC + r")\s+((?:[A-Z][^\W\d_]*)(?:\s+[A-Z][^\W\d_]*){0,3})")
_COUNTED = re.compile(r"(?:\d|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan|belasan))"
                      r"\s*$")
# a named day the event is held on ("peringatan Hari Kesehatan Nasional", "Hari Pahlawan"): when, not what
_NAMED_DAY = re.compile(r"\b[Hh]ari\s+((?:[A-Z][^\W\d_]*)(?:\s+[A-Z][^\W\d_]*){0,3})")
# where a report's figures come from ("dari data DLH", "menurut data", Banjar "matan data"): its source
_DATA_SOURCE = re.compile(r"\b(?:dari|menurut|berdasarkan|sesuai|matan|manurut)\s+(data)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _action_pattern() -> re.Pattern[str]:
    """Every word of a kind of action (:data:`events.EVENT_KINDS`) and of the bare actions of
    issuing and releasing (:data:`lexicon.BARE_ACTIONS`), whole-word on lower-case text."""
    return re.compile(r"\b(?:" + "|".join((*EVENT_KINDS.values(), BARE_ACTIONS)) + r")\b")


def _circumstance_terms(post: PostDoc, whole: Unit, event: frozenset[str] = frozenset()) -> frozenset[str]:
    """The terms by which a post tells only the circumstances of what it reports: its places and
    venues, days and weekdays, the offices, officials and bodies acting (:data:`lexicon.OFFICE_WORDS`,
    and the capitalised name after an office noun: "Dinas Pertanian HST"), the words of a kind
    of action (:data:`events.EVENT_KINDS`, :data:`lexicon.BARE_ACTIONS`), a named day it is held
    on ("Hari Kesehatan Nasional") — unless every word of that name is in ``event`` (the release's
    title and lead: the commemoration *is* its event) — and a report's data source."""
    from crawler.matching.textnorm import province_terms, word_terms

    text = post.text
    lower = text.lower()
    found = {t for t in whole.terms if t in whole.places or t in whole.seats or t.startswith("date:")
             or t in _WEEKDAYS}
    found |= post.venues | place_terms() & whole.terms | province_terms() & whole.terms
    words = set(_LOWER_WORDS.findall(lower))
    for word in words & OFFICE_WORDS:
        found.update(word_terms(word))
    for match in _OFFICE_NAME.finditer(text):
        for word in match.group(1).split():
            # a name's word as written too ("Kelurahan Pekapuran Raya": pekapuran, not its stem)
            found.update((*word_terms(word.lower()), word.lower()))
    for match in _TITLE_NAME.finditer(text):
        for word in (match.group(1) + " " + match.group(2)).split():
            found.update(word_terms(word.lower()))
        # a title written short stands for its words ("Sekda" for "sekretaris daerah")
        found.update(text_terms(match.group(0)).terms)
    for match in _action_pattern().finditer(lower):
        for word in match.group(0).split():
            found.update(word_terms(word))
    for match in _MEETING_SETTING.finditer(lower):
        for word in match.group(0).split():
            found.update(word_terms(word))
    for match in re.finditer(r"[a-z]+", lower):
        if match.group(0) in PLACE_NOUNS and not _COUNTED.search(lower, max(0, match.start() - 12), match.start()):
            found.update(word_terms(match.group(0)))
    for match in _VENUE_RUN.finditer(text):
        for word in (match.group(1) + " " + match.group(2)).split():
            found.update((*word_terms(word.lower()), word.lower()))
    for match in _PERSON.finditer(text):
        for word in (match.group(1).rstrip(".") + " " + match.group(2)).split():
            found.update(word_terms(word.lower()))
    for match in _NAMED_DAY.finditer(text):
        named = {t for word in match.group(1).split() for t in word_terms(word.lower())}
        if not named <= event:  # a commemoration the release is about is its what, not its when
            found |= named
    for match in _DATA_SOURCE.finditer(text):
        for word in match.group(1).split():
            found.update(word_terms(word.lower()))
    return frozenset(found)


# a number with the measure written before or after it: "Rp12 juta", "usia 18–30 tahun", "16 unit"
_MEASURED = re.compile(r"\b([^\W\d_]+)\s*(?=\d)|(?<![\d.,])\d(?:[\d.,]*+(?<=\d))?\s*(?:[–-]\s*\d++\s*)?([^\W\d_]+)")


def _figure_setting_terms(text: str) -> frozenset[str]:
    """The terms of a text's words that only give a figure its measure (:data:`lexicon.MEASURE_WORDS`
    written beside a number: "Rp12 juta", "usia 18–30 tahun") and of who came or signed
    (:data:`lexicon.SETTING_ROLES`: "perwakilan 10 kecamatan", "penandatanganan"): the figure and
    the occasion's circumstances, not what the event is about. Read once per post (:meth:`PostDoc.read`)."""
    from crawler.matching.textnorm import word_terms

    found: set[str] = set()
    for match in _MEASURED.finditer(text):
        word = (match.group(1) or match.group(2) or "").lower()
        if word in MEASURE_WORDS:
            found.update((word, *word_terms(word)))
    for word in set(_LOWER_WORDS.findall(text.lower())) & SETTING_ROLES:
        found.update((word, *word_terms(word)))
    return frozenset(found)


@lru_cache(maxsize=1)
def _describing_terms() -> frozenset[str]:
    """The terms of :data:`lexicon.DESCRIBING_WORDS` (how an event went, how many came)."""
    from crawler.matching.textnorm import word_terms

    return frozenset(t for word in DESCRIBING_WORDS for t in (word, *word_terms(word)))


# a landmark the post places its event by: "di depan empat sekolah", "di samping masjid", Banjar
# "di higa pasar", "di parak 2 sekolah" — where, not what (the count in it is no figure of the news)
_LANDMARK = re.compile(r"\b(?:di|ka|ke)\s+(?:depan|dekat|samping|belakang|seberang|sebelah|muka|higa|parak)\s+"
                       r"((?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+)?([^\W\d_]+)",
                       re.IGNORECASE)


def _landmark_terms(text: str) -> frozenset[str]:
    """The terms of the landmarks a text places its event by (:data:`_LANDMARK`: the count and the
    noun after "di depan", "di samping" …). Read once per post (:meth:`PostDoc.read`)."""
    return frozenset(t for found in _LANDMARK.finditer(text)
                     for t in text_terms(f"{found.group(1) or ''}{found.group(2)}").terms)


def _measured_own_figures(post: PostDoc, doc: AnnouncementDoc, counts: set[str]) -> set[str]:
    """The shared figures (a year aside) a post writes as the release's own: bare or with a measure
    the release writes beside it ("16 unit", "Rp480 juta"), not with another measure (the release's
    "12 pedagang" as "12 unit jaring": another thing counted)."""
    from crawler.matching.documents import figure_measures

    theirs, mine = _by_figure(doc.measures), _by_figure(post.read(figure_measures))
    return {t for t in counts if not YEAR_TERM.fullmatch(t) and t in theirs
            and (mine.get(t, {""}) <= {""} or mine.get(t, set()) & theirs[t])}


def _circumstances_only(index: AnnouncementIndex, post: PostDoc,
                        doc: AnnouncementDoc) -> tuple[list[str], list[str]] | None:
    """What a single-event post shares with the release, and its own object, when all it shares
    is the release's setting (:func:`_circumstance_terms`: who and their titles, offices, places at
    every level, venues, days, dates, counts, the bare kind of action) and none of its *what* —
    its programme, object or action — while the post names :data:`OWN_OBJECT_WORDS` or more content
    words the release nowhere has: "Polres X, Jumat (13/11), rilis kasus pencurian ponsel di
    pelabuhan" against the same Polres's release of that day on a safe house; "Wabup X membuka
    turnamen voli antar-desa di Kecamatan Y Selasa" against six villages of Y building drains that
    Tuesday; the same hall and the same 20 for ambulances, not school kits. A post amplifies a
    release only if it tells its *what*; sharing only the circumstances, it tells another event in
    them — whatever its length or a count it shares (the count of another thing); but a post that
    shares two or more of the release's own figures (a year aside; with or without their measure:
    "16 unit … Rp480 juta") passes on its facts: a relay in other words. Words of how it
    went and how many came (:data:`lexicon.DESCRIBING_WORDS`: "khidmat", "meriah", "ratusan") are
    no what of its own, and a named day the release's title or lead names is its event, not
    setting. A post quoting someone may relay a detail in the speaker's words. None otherwise."""
    if _QUOTED.search(post.text):
        return None
    whole = _aligned(post, doc).whole
    shared = whole.terms & doc.terms
    landmarks = post.read(_landmark_terms)
    circumstances = (_circumstance_terms(post, whole, doc.title_terms | doc.lead_terms) | landmarks
                     | post.read(_figure_setting_terms))
    counts = {t for t in shared if _figure(t) and not t.startswith("date:") and t not in landmarks}
    if not shared or not shared - counts <= circumstances:
        return None
    if len(_counting_own(post, doc, _measured_own_figures(post, doc, counts))) >= RELAY_FIGURES:
        return None  # two of the release's own figures ("16 unit … Rp480 juta"): its facts passed on
    from crawler.matching.textnorm import word_terms

    body = {t for w in _LOWER_WORDS.findall(_CREDIT_LINE.sub(" ", post.text).lower()) for t in word_terms(w)}
    # (how it went and how many came — "khidmat", "meriah", "ratusan" — is no what of its own)
    own = sorted(t for t in (whole.terms & body) - doc.terms - circumstances - _describing_terms()
                 if not t[0].isdigit())
    if len(own) < OWN_OBJECT_WORDS:
        return None
    return sorted(shared), own


# the action a single-event post reports, whose object follows it ("membuka gerai …", "menggelar razia …",
# "mengecat ulang marka …", Banjar "mambuka", "maurusakan"), or, passive at a clause's end, precedes it
# ("Klinik izin usaha perikanan dibuka …")
_OBJECT_ACTION = re.compile(
    r"\b(?:mem|mam|di|ba)?(?:buka|bukaan)\b|\b(?:meng|mang|di|ba)?gelar\b|\b(?:meng|mang|di)?(?:cat|ecat)(?:\s+ulang)?\b"
    r"|\b(?:mem|mam|di|ba)?(?:pasang)\b|\b(?:meny|many|di|ba)?(?:salurkan|bagikan|membagikan)\b|\bmembagikan\b"
    r"|\b(?:mer|di|ma)?resmikan\b|\b(?:meng|mang|di)?adakan\b|\b(?:mem|mam|di)?(?:periksa)\b")
_OBJECT_STOP = re.compile(r"^(?:di|ke|ka|dari|matan|untuk|gasan|bagi|pada|mulai|sejak|hingga|sampai|dan|serta|yang|nang"
                          r"|dengan|lawan|oleh|bersama|baimbai|secara|ini|itu|tersebut|juga|jua|kembali|lagi|ulang"
                          r"|sebanyak|sekitar|selama|setiap|tiap|pukul|hari|pekan|bulan|tahun)$")
OBJECT_WORDS = 3  # the head of the object and the words after it that say which one ("gerai NIB gratis")


def _object_phrase(text: str) -> tuple[str, list[str]]:
    """The words of a post's first object: after its first action (:data:`_OBJECT_ACTION`), up to
    :data:`OBJECT_WORDS` lower-case or capitalised words before a preposition, a number or the end
    of the clause; for a passive action ("Klinik … dibuka DKP …": what follows is its doer), the
    words before it in its sentence, when they are few."""
    for match in _OBJECT_ACTION.finditer(text.lower()):
        if match.group(0).startswith(("di", "ba")):
            # passive: what follows is its doer ("dibuka DLH Kalsel"), the object comes before
            start = text.rfind(".", 0, match.start()) + 1
            before = re.findall(r"[^\W\d_]+|\d+|[,;:!?()]", text[start:match.start()])
            generic = sum(w.lower() in GENERIC_OBJECT_WORDS for w in before[1:])
            if 2 <= len(before) <= OBJECT_WORDS + 1 + generic and all(w.isalpha() for w in before):
                return match.group(0), [w.lower() for w in before]
            return "", []
        after = text[match.end():]
        words: list[str] = []
        for word in re.findall(r"[^\W\d_]+|\d+|[.,;:!?()]", after)[:OBJECT_WORDS + 3]:
            if not word.isalpha() or _OBJECT_STOP.match(word.lower()):
                break
            words.append(word.lower())
            # read on past generic words ("klinik izin usaha …") to the one that names a kind
            if len(words) >= OBJECT_WORDS + sum(w in GENERIC_OBJECT_WORDS for w in words[1:]):
                break
        return (match.group(0), words) if len(words) >= 2 else ("", [])
    return "", []


def _other_thing_terms(text: str, release: frozenset[str]) -> set[str]:
    """The terms of a text's words that are followed (past :data:`GENERIC_OBJECT_WORDS`) by a
    lower-case word that says which one, none of whose terms the release has: "pemilik tambak"
    against a release on well owners, "truk kelebihan muatan batu bara" against timber trucks."""
    from crawler.matching.textnorm import word_terms

    words = re.findall(r"[^\W\d_]+|\d+|[.,;:!?()]", text)
    found: set[str] = set()
    for i, word in enumerate(words[:-1]):
        if not word.isalpha():
            continue
        j = i + 1
        while j < len(words) - 1 and (words[j].lower() in GENERIC_OBJECT_WORDS
                                      or words[j].isalpha() and words[j].islower() and not word_terms(words[j])):
            j += 1
        after = words[j]
        if not after.isalpha() or not after.islower() or _OBJECT_STOP.match(after):
            continue
        after_terms = set(word_terms(after)) | {after}
        if after_terms & release or not word_terms(after):
            continue
        found.update((word.lower(), *word_terms(word.lower())))
    return found


def _other_object(post: PostDoc, doc: AnnouncementDoc) -> tuple[str, str] | None:
    """The head and the naming words of a single-event post's object when it is the release's
    frame with another object: the head (a desk, a clinic, a road marking, a raid) is a word of
    the release, but the word right after it — what says *which* desk, clinic or marking — is
    not the object the release's title and lead name, and no word naming the object is one of
    those the title or lead use: "membuka gerai NIB gratis" against "Gerai KKPR Gratis" whose
    body asks to bring NIB; "mengecat ulang marka zebra cross" against convex mirrors installed
    (with a road repainting scheduled in its last line). A relay names the release's object in
    its title's or lead's words ("gerai KKPR", "cermin cembung"). The naming word is the first
    after the head that is no generic word of its own (:data:`lexicon.GENERIC_OBJECT_WORDS`:
    "klinik izin usaha perikanan" names fisheries), and a word of the release the post uses for
    another thing in any clause (:func:`_other_thing_terms`: "pemilik tambak", "truk kelebihan
    muatan batu bara") passes on none of its facts. None otherwise; a quote may relay in a
    speaker's words."""
    if _QUOTED.search(post.text):
        return None
    from crawler.matching.textnorm import word_terms

    action, words = _object_phrase(post.text)
    if len(words) < 2:
        return None
    head, naming = words[0], words[1:]
    head_terms = set(word_terms(head)) | {head}
    if not head_terms & doc.terms:
        return None  # not the release's frame: other rules read it
    told = doc.title_terms | doc.lead_terms
    # which one it is: the first word after the head that names a kind — a generic head of its
    # own ("klinik izin usaha perikanan": a permit, a business) says only what sort of thing
    kinds = [w for w in naming if w not in GENERIC_OBJECT_WORDS] or naming[:1]
    naming_terms = set(word_terms(kinds[0]))
    if not naming_terms or naming_terms & told or kinds[0] in told:
        return None  # which one it is, in the release's own words (or a word that names nothing)
    if (set(text_terms(f"{head} {kinds[0]}").terms) - head_terms - naming_terms) & told:
        return None  # the head and its naming word read as one ("bank sampah"), as the release is read
    # the post passes on nothing the release's title and lead tell beyond the frame and its
    # setting: its other shared words, if any, are the release's asides ("bawa KTP dan NIB")
    whole = _aligned(post, doc).whole
    circumstances = _circumstance_terms(post, whole, told) | post.read(_landmark_terms)
    phrase = {t for w in (*words, *action.split()) for t in (w, *word_terms(w))} | set(text_terms(" ".join(words)).terms)
    rest = {t for t in (whole.terms & told) - circumstances - phrase - _describing_terms() if not _figure(t)}
    # a word of the release used for another thing: "pemilik tambak", "truk kelebihan muatan batu
    # bara" — the word after it (past generic ones) is nowhere in the release
    rest -= _other_thing_terms(post.text, doc.terms)
    if rest:
        return None
    return head, " ".join(naming)


# a question the post answers itself with a denial: "… diumumkan? Belum, …", "…? Bukan. Ini …",
# "…? Hoaks.", "…? TIDAK BENAR, …" (a bare "Belum?" is a call to act, not an answer; "belum ada" denies too).
# The claim starts where its sentence does (the text's start or a stop): a search tried from every
# letter of a long sentence read the rest of it each time, quadratic in the sentence's length
_DENIAL = re.compile(r"(?:^|(?<=[.!?\n]))([^.!?\n]{8,})\?[ \t]*(?:(bukan|belum|hoaks|hoax|keliru)[,.!…]|"
                     r"(belum\s+ada|tidak\s+benar)\b)", re.IGNORECASE)
# the release's own correction: a post that answers a rumour may relay it
_CORRECTION_TERMS = frozenset({"hoaks", "hoax", "klarifikasi"})


@dataclass(frozen=True)
class _DeniedClaim:
    """A question a post answers itself with a denial (:func:`_denied_claim`)."""

    claim: str
    answer: str
    claim_terms: frozenset[str]  # the terms of the claim's words
    told: frozenset[str]  # the terms of the claim and the rest of its paragraph up to the next question


def _denied_claim(text: str) -> _DeniedClaim | None:
    """The first question a post's text answers itself with a denial, read once per post
    (:meth:`PostDoc.read`): it is the same against every release, and reading its passage's terms
    anew for each made a long post's cost its length times its candidates."""
    from crawler.matching.documents import post_doc
    from crawler.matching.textnorm import word_terms

    match = _DENIAL.search(text)
    if match is None:
        return None
    claim = match.group(1).strip()
    # the claim and the rest of its paragraph up to the next question (the answer and what is so
    # instead: "Bukan. Ini antrean vaksin ternak."), and a page's title repeating it cut short
    # ("… di sekitar bandara? Buka")
    line = text[match.start(1):].split("\n", 1)[0]
    passage = [match.group(1) + "?" + line[len(match.group(1)) + 1:].split("?", 1)[0]]
    passage += [other for other in (x.strip(" .…") for x in text.splitlines())
                if len(other) >= 16 and passage[0].startswith(other)]
    told = post_doc({"id": "", "kim_id": "", "title": "", "text": "\n".join(passage),
                     "published_at": None, "links": []}).whole.terms
    return _DeniedClaim(claim=claim, answer=(match.group(2) or match.group(3)).lower(),
                        claim_terms=frozenset(t for w in _LOWER_WORDS.findall(claim.lower()) for t in word_terms(w)),
                        told=told)


def _denied_question(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> tuple[str, str] | None:
    """The claim a post asks about and answers itself with a denial, and the answer, when the
    claim names something of the release, everything the post shares with it (``shared``, places
    and dates aside) lies in the claim and the rest of its paragraph up to the next question, and
    the release is no correction itself: "Pemko mengukur kebisingan di bandara? Bukan, yang mengukur
    pihak bandara sendiri", "Hasil uji debu diumumkan? Belum, baru pemasangan", "TPS3R ditutup?
    Hoaks." The post takes up a claim going round to say it is not so (not that thing, not yet,
    not there); what it shares with the release is the claim it denies, not news it spreads. A
    call to act ("Sudah daftar? Belum? Ayo …") asks again and is no answer; a post that goes on
    to relay the release's facts elsewhere, or a release that itself corrects a hoax, may be
    relayed. None otherwise. The question and its passage are read once per post
    (:func:`_denied_claim`); only the release's side is read here."""
    from crawler.matching.textnorm import province_terms

    denied = post.read(_denied_claim)
    if denied is None or not doc.terms.isdisjoint(_CORRECTION_TERMS):
        return None
    if doc.terms.isdisjoint(denied.claim_terms):
        return None
    places = post.whole.places | post.whole.seats | place_terms() | province_terms()
    if any(t not in denied.told and t not in places and not t.startswith("date:") for t in shared):
        return None
    return denied.claim, denied.answer


# what is said going round: "ada yang bilang", "kabarnya", "katanya", Banjar "jar urang", "isunya",
# "beredar kabar", "dengar-dengar"
_HEARSAY = re.compile(
    r"\b(?:ada\s+(?:yang|yg|nang|urang\s+nang)\s+(?:bilang|bilangin|mengatakan|menyebut|nyebut|bapandir|"
    r"mamadahakan|madahakan|mamadahkan|bakisah|cerita|bercerita)|kabarnya|katanya|jar\s+urang|jarnya|isunya|"
    r"isu\s+(?:yang\s+|nang\s+)?beredar|(?:beredar|tasiar|tersiar)\s+(?:kabar|isu|info|pesan)|"
    r"(?:kabar|info|pesan)\s+(?:yang\s+|nang\s+)?(?:beredar|tasiar|tersiar)|dengar[- ]dengar|dangar[- ]dangar|"
    r"pesan\s+berantai)\b", re.IGNORECASE)
# the answer that says it is not so, read after the hearsay: "tidak begitu", "tidak benar", "kada
# bujur", "hoaks", "keliru", or a clause that opens with "bukan" / "kadada" ("Bukan, …", "Kadada itu.")
_HEARSAY_ANSWER = re.compile(
    r"\b((?:tidak|tak|kada|kadak|ndak|nggak|gak|enggak)\s+(?:begitu|begitu\s+ceritanya|demikian|benar|betul|bujur|"
    r"kaya\s+itu|kaitu|kayaitu)(?:\s+(?:itu|ya|lah|adanya|kabarnya|jua|pang))?)(?=\s*(?:[.,;:!…\n]|$))"
    r"|\b(hoaks|hoax|keliru)\b"
    r"|(?:^|[.,;:!?…\n]\s*)((?:bukan|kadada)(?:\s+(?:begitu|demikian|itu))?)(?=\s*(?:[.,;:!…\n]|$))",
    re.IGNORECASE)
# a release that itself answers a rumour: a post passing its answer on relays it
_ANSWERING_TERMS = _CORRECTION_TERMS | frozenset({"bantah", "membantah", "tepis", "menepis", "luruskan",
                                                  "meluruskan", "isu"})


def _hearsay_answer(text: str) -> tuple[str, str] | None:
    """The hearsay a text passes on and the denial that follows it ("Ada yang bilang …",
    "tidak begitu"), or None. Read once per post (:meth:`PostDoc.read`)."""
    said = _HEARSAY.search(text)
    if said is None:
        return None
    answer = _HEARSAY_ANSWER.search(text, said.end())
    if answer is None:
        return None
    return said.group(0).lower(), next(g for g in answer.groups() if g).lower()


def _hearsay_denied(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> tuple[str, str] | None:
    """What a single-event post says is going round and its denial, when it answers a rumour
    about the release's topic without a question ("Ada yang bilang remisi untuk semua napi.
    Setahu ulun tidak begitu", "Jar urang bantuan beras gasan samunyaan warga, kada bujur itu"),
    relays none of the release's own figures or dates (:func:`_relays_facts`), and the release
    is no answer to a rumour itself (a hoax, a denial, a setting right). The post takes up what
    is said to say it is not so: the topic words it shares are the rumour's, not news it spreads
    (the "…? Bukan" shape is :func:`_denied_question`'s). None otherwise."""
    found = post.read(_hearsay_answer)
    if found is None or not doc.terms.isdisjoint(_ANSWERING_TERMS) or _relays_facts(shared, doc):
        return None
    return found


# a complaint's mood: annoyance, tiredness, "so long", "bad", a plea to mend, a long queue
_COMPLAINT = re.compile(
    r"\b(?:kesal|kesel|kecewa|capek|capai|cape|lelah|sarik|mangalih|lama\s+(?:banget|sekali|bener|banar)|"
    r"lawas\s+(?:banar|banget|sekali)|parah|payah\s+banar|(?:tolong|mohon|minta)\s+(?:di)?(?:perbaiki|benahi|"
    r"baiki|dibaiki)|mengeluh(?:kan)?|keluhan|bakaluh|antrean\s+(?:panjang|mengular)|antre\s+(?:lama|panjang)|"
    r"berdesakan|bejubel|berjubel|berharap\s+ada|semoga\s+ada|mudahan\s+ada|mudah-mudahan\s+ada)\b",
    re.IGNORECASE)
# words of what comes or is announced: a post with them may be telling the release's news
_AHEAD_WORDS = re.compile(
    r"\b(?:akan|bakal|mulai|nanti|kaina|rencana(?:nya)?|direncanakan|dijadwalkan|berlaku|diberlakukan|"
    r"memberlakukan|segera|diumumkan|mengumumkan|pengumuman|kebijakan|aturan|sistem\s+baru|cara\s+baru|besok|"
    r"isuk|minggu\s+depan|bulan\s+depan|lusa)\b", re.IGNORECASE)


def _complaint_words(text: str) -> str | None:
    """The complaint words of a text that tells nothing ahead (none of :data:`_AHEAD_WORDS`; credit
    lines aside), or None. Read once per post (:meth:`PostDoc.read`)."""
    body = _CREDIT_LINE.sub(" ", text)
    if _AHEAD_WORDS.search(body):
        return None
    words = sorted({m.group(0).lower() for m in _COMPLAINT.finditer(body)})
    return ", ".join(words) or None


def _complaint_before(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> tuple[str, str] | None:
    """The complaint words and the release's coming day when a single-event post complains of an
    experience ("antrean panjang", "kesal", "capek", "tolong diperbaiki", Banjar "sarik", "lawas
    banar") after the release but before the day it names ahead, tells nothing ahead or announced
    (:data:`_AHEAD_WORDS`: "akan", "mulai", "nanti", "kebijakan" …) and relays none of the
    release's figures or dates: what the release says comes has not come, and the post tells the
    poster's own story of how things are, its queue, office and hour the release's own setting.
    A relay tells what comes ("mulai 16 November daftar online, tidak perlu antre subuh lagi").
    None otherwise."""
    if post.time is None or doc.time is None or post.time < doc.time:
        return None
    words = post.read(_complaint_words)
    if words is None or _relays_facts(shared, doc):
        return None
    today = _day(post.time)
    ahead = []
    for term in doc.terms:
        if term.startswith("date:"):
            try:
                day_s, month_s = term[5:].split("-")[:2]
                when = date(today.year, int(month_s), int(day_s))
                if when < today - timedelta(days=180):
                    when = date(today.year + 1, when.month, when.day)  # (29 Feb has no next year)
            except ValueError:
                continue
            if today < when <= today + timedelta(days=120):
                ahead.append(when)
    if not ahead:
        return None
    return words, min(ahead).isoformat()


# a line that only credits the group a post was forwarded from ("Forward dari grup sebelah",
# "Diteruskan dari grup warga"): no sentence of the post's own
_FORWARD_LINE = re.compile(r"^\W*(?:forward|fwd|diteruskan|teruskan|terusan|copas|copy\s+paste|repost|share|"
                           r"sumber|via|dari\s+grup|dari\s+grub)\b", re.IGNORECASE)
# a lack of the post's own people, or their wish: "masih memasak dengan kayu bakar", "belum dapat",
# "berharap suatu saat", Banjar "balum", "mudahan"
_LACK = re.compile(r"\b(?:masih(?!\s+(?:ada|bisa|dibuka|buka|berlaku|sempat|kawa|dapat\s+mendaftar|dilayani))|belum|balum|blm|berharap|harapnya|harapan\s+(?:warga|mereka|kami)|mudahan|"
                   r"mudah-mudahan|semoga|moga|ingin\s+juga|handak\s+jua|kepingin|tidak\s+punya|kada\s+baisi|"
                   r"kadada)\b", re.IGNORECASE)


# a clause's end inside a sentence: a comma, a semicolon, "tapi", "namun", "sedangkan", "padahal"
_CLAUSE_CUT = re.compile(r"[,;]|\b(?:tapi|tetapi|namun|sedangkan|sementara|padahal)\b", re.IGNORECASE)
# what a relay of a coming opening says: "mulai", "akan", "dijadwalkan", "diresmikan"
_OPENING_WORDS = re.compile(r"\b(?:mulai|akan|bakal|dijadwalkan|direncanakan|rencana(?:nya)?|berlaku|diberlakukan|"
                            r"diumumkan|pengumuman|diresmikan|meresmikan|peresmian|resmi)\b", re.IGNORECASE)


def _long(piece: str) -> bool:
    return len(_LOWER_WORDS.findall(piece.lower())) > 3


def _own_sentences(body: str) -> list[str]:
    """The sentences a post's body (credit lines removed) says in its own words: a line that only
    credits the group it was forwarded from (:data:`_FORWARD_LINE`) and pieces of three words or
    fewer (headings, greetings) aside."""
    return [s.strip() for line in body.splitlines() if not _FORWARD_LINE.match(line)
            for s in _POST_SENTENCE.findall(line) if _long(s)]


def _mood_of_sentences(text: str) -> tuple[str, str] | None:
    """Whether every sentence of a text (forward credits, headings and pieces of three words or
    fewer aside) is of one mood that tells the absence of an event rather than the event: an
    **appeal** ("mengimbau", "mengajak", "meminta warga") delivered at an occasion the text names
    ("pada apel pagi", "saat rapat"), every sentence the appeal or its occasion; a **lack** of the
    post's people now ("masih …", "belum dapat …", "kada baisi") with their wish ("berharap suatu
    saat dapat … seperti di X"), every clause carrying a lack or a wish; a **before**: people not
    let in yet and turned back ("belum bisa masuk", "diminta kembali hari Sabtu"), every sentence
    one of those, and no word of the coming opening ("mulai", "akan", "diresmikan"). The kind and
    the words, or None. Read once per post (:meth:`PostDoc.read`)."""
    body = _CREDIT_LINE.sub(" ", text)
    sentences = _own_sentences(body)
    if not sentences:
        return None
    occasion = _APPEAL_OCCASION.search(body)
    if occasion and all(_APPEAL.search(s) or _APPEAL_OCCASION.search(s) for s in sentences) \
            and (appeal := _APPEAL.search(body)):
        return "an appeal at its own occasion", f"{appeal.group(0).lower()} … {occasion.group(0).lower()}"
    anchor = _LACK_ANCHOR.search(body)
    if anchor and _LACK_NOW.search(body) \
            and all(_LACK.search(c) for s in sentences for c in _CLAUSE_CUT.split(s) if _long(c)):
        return "a lack or wish of its own people", anchor.group(0).lower()
    back = _TURNED_BACK.search(body)
    if back and _NOT_YET.search(body) and not _OPENING_WORDS.search(body) \
            and all(_NOT_YET.search(s) or _TURNED_BACK.search(s) for s in sentences):
        return "the before of the announcement's day", back.group(0).lower()
    return None


_MOOD_OF_KIND = {"an appeal at its own occasion": "appeal", "a lack or wish of its own people": "lack",
                 "the before of the announcement's day": "before"}
# a meeting by its names ("pertemuan" first: its stem "temu" is also "ditemukan", so it is matched as written only)
_MEETING_NAMES = ("pertemuan", "rapat", "musyawarah", "rakor", "forum")


# the subject of a lead sentence: a place at its start, after "di", "untuk", "kalau", "warga",
# "kecamatan", "desa" … ("Juai belum …", "Di Kusan Hilir … tidak …", Banjar "Urang Halong balum …"),
# after a leading emoji, a bold mark or a quote, or a heading word ("📢 ", "*", "INFO: ")
_SUBJECT_PLACE = re.compile(r"^[\W_]*(?:(?i:info|berita|kabar|update|pengumuman)\b[\W_]*)?"
                            r"(?i:(?:di|untuk|kalau|kalo|bagi|wilayah|daerah|warga|urang|bubuhan|petani|kecamatan|"
                            r"kec\.?|desa|kelurahan|kampung)\s+)*([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")
# the programme absent, not yet, or not done there: "belum", Banjar "balum", "tidak", "kada" — not a
# burden the programme lifts ("tidak perlu lagi", "kada usah", "tidak lagi antre", "tidak ada yang positif")
_NOT_THERE = re.compile(r"\b(?:belum|balum|blm)\b|\b(?:tidak|tak|tdk|nggak|gak|enggak|kada)\b"
                        r"(?!(?:\s+\w+){0,3}?\s+(?:perlu|usah|lagi)\b|\s+(?:ada\s+yang|dipungut|boleh)\b)",
                        re.IGNORECASE)
# a lead that sets another place against the release's ("…, tapi di Paringin sudah …"): not wholly its own
_CONTRAST = re.compile(r"\b(?:tapi|tetapi|namun|sedangkan|sementara|sudah|udah|sdh|lah)\b", re.IGNORECASE)


def _other_place_lead(text: str) -> tuple[frozenset[str], frozenset[str], str] | None:
    """The place terms, the lead sentence's months and its words when a text's lead sentence
    (forward credits, headings and datelines aside) has a place itself as its subject — at its start, after "di",
    "warga", "kecamatan" … — and says the programme is absent, not yet, or not done there
    ("Juai belum kebagian …", "Di Kusan Hilir saluran tidak dikeringkan …", Banjar "Halong balum
    …") in its first clause, with nothing set against it ("tapi", "sudah"). None otherwise. Read
    once per post."""
    from crawler.matching.textnorm import region_terms, terms

    body = _CREDIT_LINE.sub(" ", text)
    sentences = _own_sentences(body)
    if not sentences:
        return None
    lead = sentences[0]
    subject = _SUBJECT_PLACE.match(lead)
    # the negation in the place's own clause (to the first comma or "tapi"): "Juai belum kebagian",
    # not a benefit or a need told later ("…, urusan surat kada bayar", "…, kapal kada kawa balayar")
    clause = _CLAUSE_CUT.split(lead, maxsplit=1)[0]
    if subject is None or not (negation := _NOT_THERE.search(clause)) or _CONTRAST.search(lead):
        return None
    if re.match(r"\s*[\u2013\u2014(-]", lead[subject.end():]) \
            or (subject.group(1).isupper() and lead[subject.end():].startswith(",")):
        return None  # a dateline ("BANJARBARU –", "Pelaihari (KIM) -"): where the news was written
    named = terms(subject.group(1))
    places = frozenset(named.places) | (frozenset(named.terms) & region_terms())
    if not places or not set(named.terms) <= places:
        return None  # the subject is the place itself, not an office or a thing named by it ("ESDM Kalsel")
    # its own time read loosely ("awal Desember" is read as the release's "2 Desember"): the lead's months
    months = frozenset(t.rsplit("-", 1)[1] for t in terms(lead).terms if t.startswith("date:") and "-" in t)
    return places, months, f"{subject.group(1)} … {negation.group(0).lower()}"


def _absent_or_before(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> tuple[str, str] | None:
    """The kind and words when a single-event post tells the absence of the release's event for
    its own people rather than the event (:func:`_mood_of_sentences`): an appeal delivered at an
    occasion of its own (which the release does not name; a "pertemuan" is its "rapat"), a
    lack or a wish of people who did not get what the release hands out, or people not let in and
    turned back before the day the release names ahead (written before that day) — and it passes
    on none of the release's own figures or dates (:func:`_relays_facts`; for the before, the
    release's coming day, which the post names as its border, aside). A relay tells the release's
    event in at least one sentence of its own mood-free words; a release whose own text carries the
    mood (:func:`release_moods`: it is itself the appeal, the lack, the closure) is relayed in it.
    Also **another place's own state** (:func:`_other_place_lead`): a lead whose subject is a place
    the release does not cover (:attr:`AnnouncementDoc.covered_places`: named anywhere in it, or a
    kecamatan of the kabupaten it covers whole), where its programme is absent, not yet or not done
    ("Juai belum kebagian …", "Di Kusan Hilir … tidak dikeringkan"), passing on none of the
    release's figures or dates (a date in the lead's own months aside). None otherwise."""
    from crawler.matching.textnorm import word_terms

    other = post.read(_other_place_lead)
    if other is not None and other[0].isdisjoint(doc.title_terms | doc.lead_terms | doc.covered_places) \
            and not _relays_facts(frozenset(t for t in shared
                                            if not (t.startswith("date:") and t.rsplit("-", 1)[1] in other[1])),
                                  doc) \
            and not _relays_named(post, doc):
        # the lead's subject is a place the release does not cover, where its
        # programme is absent or not done: that place's own state (its own days are no relay)
        return "another place's own state", other[2]
    found = post.read(_mood_of_sentences)
    if found is None:
        return None
    kind = found[0]
    if _MOOD_OF_KIND[kind] in doc.moods:
        return None  # the release is itself the appeal, the lack or the closure: relayed in its mood
    if kind.startswith("an appeal"):
        occasion = _APPEAL_OCCASION.search(post.text)
        words = _LOWER_WORDS.findall(occasion.group(1).lower()) if occasion else []
        # a meeting by another of its names is the same occasion ("pertemuan" for the release's "rapat")
        if any(w in _MEETING_NAMES for w in words):
            words += _MEETING_NAMES[1:]
        if not {t for w in words for t in word_terms(w)}.isdisjoint(doc.terms):
            return None
    if kind.startswith("the before"):
        if post.time is None or not any(t.startswith("date:") and _before(post.time, t) for t in doc.terms):
            return None
        shared = frozenset(t for t in shared if not (t.startswith("date:") and _before(post.time, t)))
    if _relays_facts(shared, doc):
        return None
    return found


# the writer in the lead: "kami", "saya", Banjar "ulun"; the writer's own now ("pagi ini", "barusan",
# not "tadi", an event's time in relays: "Rabu tadi dilantik"); or a question ("kapan", "?")
_OWN_LEAD = re.compile(r"\b(?:kami|saya|aku|ulun|pagi\s+ini|siang\s+ini|sore\s+ini|barusan|kapan)\b|\?",
                       re.IGNORECASE)
# the writer's own now among them: on a day of the release's own event it is that event's time
_WRITERS_NOW = re.compile(r"(?:pagi|siang|sore)\s+ini|barusan")
# a sentence in the writer's own voice: the lead's words, a judgement or wish, what is heard of it
_OWN_VOICE = re.compile(r"\b(?:kami|saya|aku|ulun|sorang|pagi\s+ini|siang\s+ini|sore\s+ini|tadi|barusan|kapan|"
                        r"semoga|moga|mudahan|mudah-mudahan|jangan\s+(?:cuma|hanya)|sabar|alhamdulillah|syukurlah|"
                        r"di\s+sini|katanya|kabarnya)\b|\?", re.IGNORECASE)
# a relay's frame: the writer learned the news ("baru tahu", "dapat info"), points to it ("baca",
# "simak", "di sini", a link) or quotes its officials
_RELAY_FRAME = re.compile(r"\b(?:baru\s+tahu|baru\s+tau|dengar|mendengar|mendangar|dapat\s+(?:info|kabar)|baca|"
                          r"simak|cek\s+di\s+sini|lengkapnya)\b|https?://|[\"\u201c\u201d]", re.IGNORECASE)
# what is said, in the lead ("… di Kintap katanya bulan depan, desa kami belum dapat jadwal"): news passed on,
# left to the hearsay rules
_LEAD_HEARSAY = re.compile(r"\b(?:katanya|kabarnya|jar|infonya|konon)\b", re.IGNORECASE)
OWN_FOLLOW_WORDS = 6  # a follow-up sentence of this many words or fewer goes on with the writer's story


def _own_story_mood(text: str) -> str | None:
    """Whether a text is a person's own story about a programme rather than its news: its lead
    sentence (forward credits, headings, pieces of three words or fewer aside) is in the writer's
    own voice — the writer or their people ("toko kami", "anak kami", Banjar "ulun"), the writer's
    own now ("pagi ini", "barusan"), a question ("kapan …?") — and every later sentence is in that
    voice too (a judgement or wish: "semoga", "jangan cuma wacana", "sabar ya"; "katanya"), or a
    short follow-up of :data:`OWN_FOLLOW_WORDS` words or fewer. A text that frames news it learned
    ("baru tahu", "dapat info"), points to it ("baca", a link) or quotes, or whose lead passes on
    what is said ("katanya", Banjar "jar"), is a relay. The lead's
    words, or None. Read once per post (:meth:`PostDoc.read`)."""
    if _RELAY_FRAME.search(text):
        return None
    body = _CREDIT_LINE.sub(" ", text)
    sentences = _own_sentences(body)
    # a line of capitalised words only (hashtags the normalizer split, a heading) is no sentence
    sentences = [s for s in sentences if not all(w[0].isupper() for w in s.split() if w[0].isalpha())]
    if not sentences or not (lead := _OWN_LEAD.search(sentences[0])) or _LEAD_HEARSAY.search(sentences[0]):
        return None
    if all(_OWN_VOICE.search(s) or len(_LOWER_WORDS.findall(s.lower())) <= OWN_FOLLOW_WORDS
           for s in sentences[1:]):
        return lead.group(0).lower()
    return None


def _relays_named(post: PostDoc, doc: AnnouncementDoc) -> bool:
    """Whether a post passes on a venue or group the release names, its whole name ("masjid …
    Al-Mubarak Binuang"): a fact a post has only from the release, as much its own as a figure or
    a date (:func:`named_facts`, read with the release's marks)."""
    return any(name <= post.whole.terms for name in doc.named)


def _own_story(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> str | None:
    """The words of the writer's own voice when a single-event post is a person's own story about
    the release's programme (:func:`_own_story_mood`: what they saw this morning, what they got,
    what they ask or think) and passes on none of the release's own figures or dates
    (:func:`_relays_facts`). The writer's own now ("sore ini") on a day the release gives its own
    event is that event's time: a relay ("Sore ini jam 17.18 waktu rashdul qiblah"). A relay that
    adds "kami" or a comment after passing on the release's facts keeps its match. None otherwise."""
    words = post.read(_own_story_mood)
    if words is None or _relays_facts(shared, doc) or _relays_named(post, doc):
        return None
    if _WRITERS_NOW.fullmatch(words) and post.time is not None \
            and ((day := _day(post.time)).month, day.day) in doc.own_when:
        return None  # "sore ini" written on a day of the release's own event: that event's time
    return words


def _own_happening(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The words by which a single-event post tells of a happening of its own
    (:data:`lexicon.OWN_HAPPENING_WORDS`: a mishap — a raft that capsized, a payment that
    failed — or a community's own doing — "hasil swadaya", "patungan warga") when the release
    tells of none of them, and the post shares none of the release's figures or dates: it
    reports something else that happened around the programme, at its place, with its topic
    words. A relay repeats what the release reports; when the release itself tells of the
    mishap or the villagers' share, or the post repeats a figure or date of it, the words are
    no sign of another happening. Empty otherwise."""
    words = {w for w in _LOWER_WORDS.findall(post.text.lower()) if w in OWN_HAPPENING_WORDS}
    if not words:
        return []
    found = sorted(w for w in words if OWN_HAPPENING_WORDS[w] not in doc.happenings)
    if not found or any(_figure(t) and t in doc.terms for t in _aligned(post, doc).whole.terms):
        return []
    return found


# "… juga memasang 24 titik lampu …", "hari ini jua manyarahkan bantuan …": what the subject also
# did, up to the place, the addressee or the end of the clause
_ALSO_DID = re.compile(r"\b(?:juga|jua)\s+(?:akan\s+|sudah\s+|telah\s+|hudah\s+)?(?:me|ma|di|ba|ber)[a-z]+"
                       r"\s+([^.,;!?\n]+?)(?=\s+(?:di|ke|ka|untuk|gasan|pada|bagi|kepada|dari|matan)\b|[.,;!?\n]|$)")
ALSO_OWN_WORDS = 2  # words of what was also done that the release nowhere writes


def _also_other(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The words of what a short single-event post says its subject *also* did ("Pemkot juga
    memasang 24 titik lampu jalan", "Bupati hari ini juga menyerahkan bantuan 200 paket sembako"),
    when :data:`ALSO_OWN_WORDS` or more of them, and most, are nowhere in the release: "also" sets
    the post's news beside what is known, and what it tells was done is another thing than the
    release's, however much of the office, person, place or count they share. A relay of the
    release's other part ("Pemkot juga memasang 10 hidran di Landasan Ulin") writes its object
    and is kept. Empty otherwise."""
    if post.whole.size >= CIRCUMSTANCE_POST_TERMS:
        return []
    for found in _ALSO_DID.finditer(post.text.lower()):
        words = [t for t in lowered_terms(found.group(1)) if not t[0].isdigit()]
        own = sorted(t for t in words if t not in doc.terms)
        if len(own) >= ALSO_OWN_WORDS and 2 * len(own) > len(words):
            return own
    return []


# a programme's new round: "angkatan baru", "gelombang berikutnya", Banjar "angkatan hanyar"
_NEW_ROUND = re.compile(r"\b(angkatan|gelombang|batch|kloter)\s+(?:baru|hanyar|berikut(?:nya)?|selanjutnya|lanjutan)\b")


def _new_round(post: PostDoc, doc: AnnouncementDoc) -> str | None:
    """The new round of a programme a short single-event post tells of ("Pelatihan las angkatan
    baru di BLK dibuka, 20 peserta") when the release names no round of that word at all — neither
    its own nor a next one: the release's graduates or its one course are not the new intake. A
    release that says "gelombang berikutnya" itself is relayed ("yang belum terdata bisa daftar
    gelombang berikutnya"). None otherwise."""
    if post.whole.size >= CIRCUMSTANCE_POST_TERMS:
        return None
    found = _NEW_ROUND.search(post.text.lower())
    if found is None or lowered_terms(found.group(1)) & doc.terms:
        return None
    return found.group(0)


# the general figures a post gives without telling an event: small numbers ("usia 0 sampai 7
# tahun", "2 kali sehari") are no count of the release's event
GENERAL_FIGURE = 10


def _generic_elsewhere(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> str | None:
    """The KIM's kabupaten/kota (its place term) when a single-event post is only on the
    release's topic: it names no place at all (so it speaks of its KIM's own region), the KIM's
    region lies outside the area the release is about (a release naming no place below the
    province is about all of it), it has no source line, it names no one (no capitalised word
    inside a sentence, no figure of ten or more), and it shares none of the release's
    facts — no date, no place, no name, no figure of ten or more (a small number such as an age
    "0 sampai 7 tahun" is no fact of one event). "Jangan lupa bawa anak ke posyandu untuk
    imunisasi polio, gratis" written by a KIM in Hulu Sungai Utara does not relay Kabupaten
    Banjar's polio week; the same words by a KIM in Banjar likely do. None otherwise."""
    region = post.region
    if region is None:
        return None
    area = _area(doc.terms)
    if area is None or region in area:
        return None
    whole = post.whole
    if whole.places or whole.seats or any(t in place_terms() for t in whole.terms):
        return None
    for term in shared:
        if term.startswith("date:"):
            return None
        value = number_value(term)
        if value is not None:
            if value >= GENERAL_FIGURE:
                return None
        elif term in whole.specific or _is_fact(term, whole):
            return None
    # it names no one and nothing either: a capitalised word inside a sentence (a person, an
    # office, a market) or a figure of ten or more is something of one event
    if post.sourced or any((value := number_value(t)) is None or value >= GENERAL_FIGURE
                           for t in whole.specific):
        return None
    return post.region_name or region


# the preparation of an event: "persiapan", Banjar "pasiapan"
# the step's preparing: "persiapan", and a meeting that discusses its plan ("membahas rencana
# deklarasi", "mematangkan rencana", "rapat rencana", Banjar "bapandir rencana", "barunding rencana")
_PREPARATION = re.compile(r"\b(?:persiapan|pasiapan|(?:mem|mam|di|ba)?bahas\s+rencana|(?:me|ma)?matangkan\s+rencana|"
                          r"rapat\s+rencana|musyawarah\s+rencana|bapandir\s+rencana|barunding\s+rencana|"
                          r"(?:me|ma)rundingkan\s+rencana|marundingakan\s+rencana)\b")


def _preparation(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The preparation a single-event post tells ("Persiapan Safari Subuh di Masjid Raya Kandangan
    11 Desember: panitia minta warga bantu parkir") of the step the release only schedules for
    later (its next stop's place or date, none of its own part's places), written before that
    step's day, when the release tells no preparation itself: the step's preparing is a happening
    of its own, not the release's event nor its schedule relayed. ``["persiapan", "kandangan"]``;
    [] otherwise."""
    found = _PREPARATION.search(post.text.lower())
    if found is None or not doc.next_phrase or doc.prepares:
        return []
    whole = post.whole
    places = (whole.places | (whole.terms & place_terms())) - whole.seats
    if not places.isdisjoint(doc.own_words):
        return []
    next_only = (whole.terms & doc.next_phrase) - doc.own_words
    named = sorted(t for t in next_only if t in places or t.startswith("date:"))
    dates = [t for t in named if t.startswith("date:")]
    if dates:
        if not all(_before(post.time, t) for t in dates):
            return []
    elif doc.next_when and not _ahead_of(post.time, doc.next_when):
        return []
    return [found.group(0), *named] if named else []


_SENTENCE_END = re.compile(r"[.!?\n]")


def _item_sentence(text: str, item: str) -> str:
    """The sentence of ``text`` a round-up item begins in (its last place: a title is
    repeated in the text), read to its end (an item
    cut off inside a sentence — a video title "… digelar lebih" — is read with the rest of it)."""
    start = text.lower().rfind(item.lower())
    if start < 0:
        return item
    end = _SENTENCE_END.search(text, start + len(item))
    return text[start:end.start() if end else len(text)]


def _step_done(post: PostDoc, doc: AnnouncementDoc, unit: Unit | None = None) -> list[str]:
    """The step a release only schedules, told by a post as done or happening: a sentence of the
    post told as done (:func:`events.done_sentences`: "kemarin", "akhirnya", "sudah", "hari ini",
    "lebih cepat dari jadwal", and no word of what comes) names that step's place (a place only
    the release's next-step sentences write), and the post names none of the release's own
    part's places or dates. A step told as moved up ("lebih cepat dari jadwal") is named by any word
    only the next-step sentences write ("rawat inap").
    The release cannot have told what the post tells — it is that step's own news, not the
    release's event nor its schedule relayed (a relay writes the step as coming: "berikutnya",
    "dijadwalkan", "pekan depan"). In a round-up the item ``unit`` matched on is read alone.
    ``["kemarin", "halong"]``; [] otherwise."""
    if post.time is None or doc.time is None or post.time <= doc.time or not doc.next_phrase:
        return []
    read = post.whole
    if post.roundup:
        if unit is None or not unit.text:
            return []
        read = unit
    text = _item_sentence(post.text, unit.text) if post.roundup and unit is not None else post.text
    told = post.read(done_sentences) if text is post.text else done_sentences(text)
    if not told:
        return []
    if any(t.startswith("date:") for t in read.terms & doc.terms):
        return []
    places = (read.places | (read.terms & place_terms())) - read.seats
    if not places.isdisjoint(doc.own_words):
        return []
    next_only = (read.terms & doc.next_phrase) - doc.own_words
    if not next_only:
        return []
    for done, sentence in told:
        # the sentence told as done names the step's place: it is that step's news; told as
        # moved up ("lebih cepat dari jadwal", "dimajukan"), any word only the step's sentences write
        # names it — only a scheduled step can come early, and the release scheduled it
        named = next_only if moved_up(done) else next_only & places
        if found := sorted(named.intersection(text_terms(sentence).terms)):
            return [done, *found]
    return []


def _figure_order(figure: str) -> tuple[float, str]:
    """Figures in the order of their values ("9" before "13", "1500" after "200")."""
    return (number_value(figure) or 0.0, figure)


def _step_result(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """A scheduled step's outcome told: a single-event post written after the release, on or after
    the day of a step it only schedules ("pengumuman … pada awal Desember" in a November release),
    naming none of the release's own dates, that either dates its news by that step's date
    ("diumumkan di awal Desember") and gives a figure the release nowhere writes ("39 dari 45
    lulus"), or tells as done (:func:`events.done_sentences`) those the step's sentences count as
    going on to it ("Sisa 13 perusahaan dijadwalkan didampingi lagi" → "13 perusahaan … akhirnya
    menyerahkan draf"): the step's outcome, which the release, written before it, cannot have
    told. A relay of the schedule tells neither. ``["date:start-12", "39"]``; [] otherwise."""
    if post.roundup or post.time is None or doc.time is None or post.time <= doc.time or not doc.next_when:
        return []
    read = post.whole
    if any(t.startswith("date:") for t in (read.terms & doc.terms) - doc.next_phrase):
        return []
    published, today = _day(doc.time), _day(post.time)
    if not any(d <= today for month, day in doc.next_when for d in _near(published, month, day)
               if d > published):
        return []  # the post is written before the step's day: a relay of the schedule
    dated = sorted(t for t in read.terms & doc.next_phrase if t.startswith("date:"))
    if dated:
        # a count of its own ("39 dari 45"), not an amount (a price, "Rp2.000.000", may round the release's)
        own = sorted((t for t in read.terms - doc.terms if t.isdigit() and int(t) < 1000), key=int)
        return [*dated, own[0]] if own else []
    if not doc.subject_counts:
        return []
    for done, sentence in post.read(done_sentences):
        counted = figure_counts(text_terms(sentence).terms, 3) & doc.subject_counts
        if counted:
            return [done, *sorted({pair.partition(":")[0] for pair in counted}, key=_figure_order)]
    return []


def _step_heard(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """A single-event post (no link, no round-up, written after the release) whose only facts
    shared with the release are those of a step it only schedules — words only its next-step
    sentences write (`next_phrase`, the step's date or figures), weighing more than what it shares
    with the release's own part, and none of the own event's dates, figures, places — told with a
    mark of a source of its own: another teller ("kata pengurus", "jar kawan di dinas",
    "menurut …"), a question of when or a wish ("Kapan …", "Mudahan …", "semoga"), or a request
    to the step's public ("Pedagang diminta menyiapkan …"). Such a post passes on the step's own
    announcement (every such pair of the labelled sets is labelled so): the match is refused
    (``step_heard``; first it was ``uncertain``, see the README).
    ``["jar", "birayang"]``: the mark, then the step's words; [] otherwise."""
    if post.roundup or post.time is None or doc.time is None or post.time <= doc.time or not doc.next_phrase:
        return []
    read = post.whole
    # the step's facts: what only its sentences write, and a figure they count that the post
    # counts the same ("dua pesantren", not the own part's "tiga jam"); a kabupaten both parts
    # name is the programme's, no evidence either way
    step = doc.next_phrase | doc.next_event[3] | step_counts(post, doc)
    if not (read.fact_terms(place_terms()) & doc.terms) - doc.both_regions <= step - doc.own_words:
        return []  # a fact of the release's own event, or one both parts write
    if not doc.next_event[2].isdisjoint(read.terms):
        return []
    places = (read.places | (read.terms & place_terms())) - read.seats
    if not places.isdisjoint(doc.own_words):
        return []
    next_only = frozenset((read.terms & (doc.next_phrase | step)) - doc.own_words)
    if not next_only or not _outweighs(post, next_only, read.terms & doc.own_words):
        return []
    lower = post.text.lower()
    heard = _STEP_TELLER.findall(lower)
    if not heard and ASKED.search(lower) and asked_terms(lower).isdisjoint(doc.asked):
        # a request to the step's public ("pedagang diminta menyiapkan KTP") the release does not
        # make: the step's own announcement asked it (one the release makes is relayed)
        heard = [found.group(0).split()[0] for found in ASKED.finditer(lower)]
    return [heard[0], *sorted(next_only)] if heard else []


def _own_stop(post: PostDoc, doc: AnnouncementDoc, unit: Unit | None = None) -> list[str]:
    """Another stop of the programme told as the post's own news: a single-event post (no link, not
    a copy, no round-up, written after the release) that passes on none of the release's own
    facts — every date, figure and place it shares is one only the release's next-step sentences
    write (as :func:`_step_heard` reads them) — names a word only those sentences write, and
    gives that step a time of its own, relative to its own day ("hari ini", "kemarin", "Kamis
    depan", "minggu depan", Banjar "minggu dudi", "isuk"), on which the release puts none of its
    days (its publication, its own dates, its next step's): in the sentence that tells that time
    the post names the step (a word or fact only the next-step sentences write) or a count the
    release nowhere writes ("Hari ini baru 6 yang mendaftar"). The release, written before, cannot
    have given the step that day: the post passes on the step's own announcement — the next site
    surveyed "minggu depan", the next clinic's first registrations "hari ini", the service's visit
    to a kelurahan "Kamis depan". A relay of the schedule gives the step the release's own time
    ("mulai pekan depan, 7–11 Desember"; a sentence giving it the release's own date or month is
    read so whatever else it says: "Info hari ini: klinik … 14–18 Desember"), a time in a clause of
    the telling (:data:`_TELLING`: "diposting ulang hari ini") is the post's, not the step's, a
    count of its own counts something ("baru 4 yang mendaftar", not "admin KIM 2"), and a relay of the release's event carries its facts
    (a remark of its own added after them, "di desa kami juga nanti …", changes nothing).
    A post read as a round-up from running text (its sentences naming several kabupaten: "Pemohon
    dari Tabalong, Balangan dan HSU …"), with no list line, is read so only when the whole post,
    not one of its items, is what matched (``unit``): it then tells one event. A list of news
    ("1) … 2) … pekan depan") is never read so: its times are its other items'.
    ``["kamis depan", "jemputbola"]``: the time, then what the sentence shares; [] otherwise."""
    if post.roundup and (unit is None or unit.label != "post" or any(u.listed for u in post.units)):
        return []
    if post.time is None or doc.time is None or post.time <= doc.time or not doc.next_phrase:
        return []
    lower = post.text.lower()
    if not _OWN_TIME_HINT.search(lower):
        return []
    read = post.whole
    # a fact of the release's own event (its own part's dates, figures, places); a kabupaten or
    # kecamatan the release names in neither part alone (its lead's area) is the programme's
    if not (read.fact_terms(place_terms()) & doc.terms & doc.own_words).issubset(doc.both_regions):
        return []
    if not doc.next_event[2].isdisjoint(read.terms):
        return []
    step = doc.next_phrase | doc.next_event[3] | step_counts(post, doc)
    # (a later year the release writes only for the step, "pada 2027", is the step's)
    next_only = ((read.terms & step) - doc.own_words) | _later_years(post, doc)
    if not next_only:
        return []
    today, published = _day(post.time), _day(doc.time)
    days = [(published, published)]
    for term in doc.terms:
        if term.startswith("date:") and term[5].isdigit():
            day_text, _, month_text = term[5:].partition("-")
            if day_text.isdigit() and month_text.isdigit():
                days.extend((d, d) for d in _near(published, int(month_text), int(day_text)))
    for month, day in doc.next_when:
        for d in _near(published, month, day):
            # the first of a month stands for a month named alone ("bulan depan", "pada Desember")
            days.append((d, _month_end(d)) if day == 1 else (d, d))
    for sentence in SENTENCE_END.split(post.text):
        lowered = sentence.lower()
        times = [found for found in _OWN_TIME.finditer(lowered)
                 if not any(lo <= end and start <= hi for lo, hi in _own_time_windows(found, today)
                            for start, end in days)]  # (the release's own time, relayed)
        # (a time of the telling itself, "Info hari ini: …", "diposting ulang hari ini", is no step's)
        times = [found for found in times if not _TELLING.search(_clause_at(lowered, found))]
        if not times:
            continue
        sequence = text_terms(sentence).terms  # read once per sentence, not once per time
        if _gives_release_time(sequence, published, days):
            continue  # the sentence gives the step the release's own date or month: a relay of the schedule
        said = frozenset(sequence)
        carried = sorted(said & next_only)
        # a count of its own counts something ("baru 4 yang mendaftar"), not a name's number ("admin KIM 2")
        own_counts = sorted({pair.partition(":")[0] for pair in figure_counts(sequence)
                             if pair.partition(":")[0] not in doc.terms and int(pair.partition(":")[0]) < 1000}
                            if not carried else ())
        if carried or own_counts:
            return [" ".join(times[0].group(0).split()), *(carried or own_counts)]
    return []


def _step_day(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """The step a release schedules, told as done on its own day by a post written then: a
    single-event post (no link, not a copy, no round-up, written after the release) with a
    sentence told as done (:func:`events.done_sentences`) whose time relative to the post's own day
    ("hari ini", "kemarin", "Kamis kemarin", Banjar "harini", "samalam"; its nearest reading, not
    a time of the telling, "Info hari ini") falls on the step's days (`next_when`: from its first
    to its last day after the release; a month named alone, the month), and that carries what the
    release, written before the step, cannot know: a place the release nowhere writes ("… Kamis
    kemarin di Awayan" against "penyerahan di kabupaten 9 sampai 20 November"), or a sentence of
    its own — most of its words, three or more, the release nowhere writes, told as a statement,
    not a wish or an appeal to the reader ("Penambang … minta waktu sampai akhir minggu untuk
    memindahkan mesin"). That is the step's own news. A relay written on the step's day tells it
    with the release's own facts ("Hari ini layanan … hadir di kantor kelurahan. Bawa KTP dan
    foto produk …"). ``["kamis kemarin", "awayan"]``: the time, then what the release cannot know;
    [] otherwise."""
    if post.roundup or post.time is None or doc.time is None or post.time <= doc.time or not doc.next_when:
        return []
    today, published = _day(post.time), _day(doc.time)
    step = sorted(d for month, day in doc.next_when for d in _near(published, month, day) if d > published)
    if not step:
        return []
    first, last = step[0], step[-1]
    if first == last and first.day == 1:
        last = _month_end(first)  # a month named alone ("pada Desember")
    when = ""
    for _done, sentence in post.read(done_sentences):
        lowered = sentence.lower()
        for found in _OWN_TIME.finditer(lowered):
            if not (found.group("today") or found.group("yesterday")
                    or (found.group("weekday") and found.group("wdhow") in _PAST_HOW)):
                continue
            if _TELLING.search(_clause_at(lowered, found)):
                continue  # the time of the telling ("Info hari ini: …"), not the step's
            nearest = _own_time_windows(found, today)[0][0]
            if published < nearest and first <= nearest <= last:
                when = " ".join(found.group(0).split())
                break
        if when:
            break
    if not when:
        return []
    read = post.whole
    if own_places := sorted((read.places - read.seats) - doc.terms):
        return [when, *own_places]
    for sentence in SENTENCE_END.split(post.text):
        if _REMARK.search(sentence.lower()):
            continue  # a wish or an appeal to the reader is a relay's remark, not news
        said = frozenset(text_terms(sentence).terms)
        own = said - doc.terms
        if len(own) >= 3 and 2 * len(own) > len(said):
            return [when, *sorted(own)]
    return []


def _aftermath(post: PostDoc, doc: AnnouncementDoc) -> list[str]:
    """What came of the release's event, told by a post written after it began: a single-event post
    (no link, not a copy, no round-up) written after the release and on or after its event's first
    day (the first date it names from its publication on, its deadlines aside — "pendaftaran
    hingga 13 November" is before the event; its publication when it names none), with a sentence
    telling an outcome (:data:`_AFTERMATH`: a cancellation or postponement, "batal", "ditunda",
    "kada jadi"; a turnout, "yang hadir", "nang datang", "hadir tinggal", "tersisa"; a result,
    "lulus", "terjual", "laku", "berhasil"), told as a statement (not a wish, appeal or question,
    :data:`_REMARK`; nothing coming, :data:`_COMING_WORDS`), that carries a count the release
    nowhere writes ("dua kelotok batal berangkat") — not a day ("tanggal 5"), not a span ("tinggal
    dua hari"). A turnout's count is the count of who came, written beside it ("yang hadir tinggal
    162 orang", "47 urang nang datang"), not a number of an instruction to those who come ("warga
    yang datang bawa 1 lembar fotokopi KK", "yang datang dilayani di 3 meja"). The release, written
    before, cannot know how many came, went or were left: the post's own news of its aftermath. A
    release that itself reports an outcome ("27 ton laku Rp1,4 miliar") is relayed with its own
    counts. ``["batal", "2"]``: the outcome word, then the own counts; [] otherwise."""
    if post.roundup or post.time is None or doc.time is None or post.time <= doc.time:
        return []
    told = post.read(_outcome_sentences)
    if not told:
        return []
    today, published = _day(post.time), _day(doc.time)
    deadlines = doc.deadlines | doc.registration_days
    named = sorted(d for term in doc.terms if term.startswith("date:") and term[5:6].isdigit()
                   for day_text, _, month_text in [term[5:].partition("-")]
                   if day_text.isdigit() and month_text.isdigit()
                   and (int(month_text), int(day_text)) not in deadlines
                   for d in _near(published, int(month_text), int(day_text)) if d >= published)
    if today < (named[0] if named else published):
        return []  # the event has not begun: nothing has come of it yet
    for word, kind, counts in told:
        if kind in doc.outcomes:
            continue  # the release itself reports that outcome: relayed with its counts
        own = sorted((c for c in counts if c not in doc.terms), key=int)
        if own:
            return [word, *own]
    return []


def _outcome_sentences(text: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The sentences of a post that tell an outcome (:func:`_aftermath`) as a statement, each as its
    outcome word, its kind and the small counts (under 1000) it writes that are not a day, a span,
    a range or a clock time — for a turnout, only the counts written beside it. Read once per post
    (:meth:`PostDoc.read`), not once per candidate."""
    found = []
    if not _AFTERMATH.search(text.lower()):
        return ()
    for sentence in SENTENCE_END.split(text):
        lowered = sentence.lower()
        outcome = _AFTERMATH.search(lowered)
        if not outcome or _REMARK.search(lowered) or _COMING_WORDS.search(lowered):
            continue
        kind = outcome_kind(outcome.group(0))
        spans = {str(NUMBER_WORDS.get(f.group(1), f.group(1))) for f in _SPAN.finditer(lowered)}
        spans |= {number for f in _RANGE.finditer(lowered) for number in f.groups() if number}
        if kind == "hadir":  # who came: the counts written beside the turnout, not an instruction's
            read = " ".join(f.group(0) for f in _TURNOUT_COUNT.finditer(lowered))
        else:
            read = sentence
        sequence = text_terms(read).terms
        counts = tuple(sorted({term for i, term in enumerate(sequence)
                               if len(term) <= 3 and term.isdecimal() and term not in spans
                               and (i == 0 or sequence[i - 1] not in _DAY_NAMING)}, key=int))
        found.append((" ".join(outcome.group(0).split()), kind, counts))
    return tuple(found)


# a turnout with its count beside it: "yang hadir tinggal 162 orang", "nang datang cuma 47",
# "47 urang nang datang", "hadir sekitar 200" — up to two words before, or a number after its
# words of amount
_TURNOUT_COUNT = re.compile(
    r"(?:\b\w+\s+(?:\w+\s+)?)?\b(?:(?:yang|nang|nan)\s+(?:hadir|datang)|(?:hadir|datang)(?=\s+(?:tinggal|cuma|"
    r"hanya|haja|sekitar|kurang)\b))(?:\s+(?:cuma|hanya|haja|sekitar|kurang|lebih|dari|tinggal|ada|mencapai|"
    r"sebanyak|hampir|baru|kira-kira|sudah|lah|pun|sampai|capai))*(?:\s+\S+){0,2}")  # "31 ribu"


# a time or span counted, not a count of the event's own ("tinggal dua hari", "tiga minggu lagi")
_SPAN = re.compile(r"\b(\d+|[a-z]+)\s+(?:hari|malam|jam|menit|minggu|pekan|bulan|tahun|kali)\b")
# a range or a clock time: "10 sampai 20", "9–12", "pukul 9"
_RANGE = re.compile(r"\b(\d+)\s*(?:sampai|hingga|sd|s/d|-|–|—)\s*(\d+)\b|\b(?:pukul|jam|jm)\s*(\d+)()")
# the word before a day's or a number's name: "tanggal 5", "RT 4", "nomor 12"
_DAY_NAMING = frozenset({"anggal", "tanggal", "tgl", "nomor", "no", "rt", "rw", "nomer", "urutan"})
_COMING_WORDS = re.compile(r"\b(?:akan|nanti|nantinya|besok|esok|isuk|lusa|bakal|handak|kaina|dijadwalkan|rencananya)\b")


_PAST_HOW = frozenset({"kemarin", "kemaren", "kamarin", "lalu", "tadi"})
# a wish, an appeal or a question to the reader: a relay's remark, not the step's news
_REMARK = re.compile(r"[!?]|\b(?:semoga|mudahan|moga|mari|ayo|ayuk|yuk|jangan|harap|mohon|silakan|tolong|"
                     r"ingat|kalau|jika|bila)\b")


# a word of the telling itself: the time in its clause is when the post was told or passed on
# ("Info hari ini:", "Hari ini kami dapat kabar", "diposting ulang hari ini", "kami sebarkan lagi hari ini")
_TELLING = re.compile(r"\b(?:info|informasi|kabar|diposting|posting|repost|diunggah|unggah|dibagikan|bagikan|"
                      r"dibagi|sebarkan|disebarkan|diteruskan|teruskan|share|forward|fwd|update)\b")


def _clause_at(lowered: str, found: re.Match[str]) -> str:
    """The clause of a sentence (between commas, semicolons, colons) a match stands in."""
    start = max((m.end() for m in CLAUSE_MARK.finditer(lowered, 0, found.start())), default=0)
    edge = CLAUSE_MARK.search(lowered, found.end())
    return lowered[start:edge.start() if edge else len(lowered)]


def _gives_release_time(sequence: list[str], published: date, days: list[tuple[date, date]]) -> bool:
    """Whether a sentence's terms give a date or a month on which the release puts one of its days."""
    for term in sequence:
        windows: list[tuple[date, date]] = []
        if term.startswith("date:") and term[5:6].isdigit():
            day_text, _, month_text = term[5:].partition("-")
            if day_text.isdigit() and month_text.isdigit():
                windows = [(d, d) for d in _near(published, int(month_text), int(day_text))]
        elif term in MONTHS and len(term) > 3:
            windows = [(d, _month_end(d)) for d in _near(published, MONTHS[term], 1)]
        if any(lo <= end and start <= hi for lo, hi in windows for start, end in days):
            return True
    return False


def _month_end(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _own_time_windows(found: re.Match[str], today: date) -> list[tuple[date, date]]:
    """The days a time of :data:`_OWN_TIME` can mean, told on ``today``: a weekday "depan" may be
    the coming one or the one after, "Kamis ini" this week's past or coming one — both are read;
    a week or a month is the calendar's."""
    if found.group("today"):
        return [(today, today)]
    if found.group("yesterday"):
        return [(today - timedelta(days=1), today - timedelta(days=1))]
    if found.group("tomorrow"):
        later = today + timedelta(days=2 if found.group("tomorrow") == "lusa" else 1)
        return [(later, later)]
    if found.group("weekday"):
        wd = _DAY_WORDS[found.group("weekday")]
        how = found.group("wdhow")
        if how in ("kemarin", "kemaren", "kamarin", "lalu", "tadi"):
            back = (today.weekday() - wd) % 7 or 7
            offsets = [-back, -back - 7]
        elif how == "ini":
            ahead = (wd - today.weekday()) % 7
            offsets = [ahead, ahead - 7]
        else:
            ahead = (wd - today.weekday()) % 7 or 7
            offsets = [ahead, ahead + 7]
        return [(today + timedelta(days=o), today + timedelta(days=o)) for o in offsets]
    how = found.group("pdhow")
    shift = 0 if how == "ini" else 1 if how in ("depan", "dudi") else -1
    if found.group("period") == "bulan":
        first = today.replace(day=1)
        if shift > 0:
            first = (first + timedelta(days=32)).replace(day=1)
        elif shift < 0:
            first = (first - timedelta(days=1)).replace(day=1)
        return [(first, _month_end(first))]
    monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * shift)
    return [(monday, monday + timedelta(days=6))]


# a time told relative to the post's own day (Indonesian and Banjar)
_OWN_TIME_HINT = re.compile(r"\b(?:ini|harini|tadi|kemarin|kemaren|kamarin|samalam|besok|esok|isuk|lusa|depan|dudi|lalu)\b")
_OWN_TIME = re.compile(
    r"\b(?:(?P<today>(?:hari|pagi|siang|sore|malam)\s+ini|harini|tadi(?:\s+(?:pagi|siang|sore|malam))?)"
    r"|(?P<weekday>senin|selasa|rabu|kamis|jumat|sabtu)\s+(?P<wdhow>depan|nanti|ini|kemarin|kemaren|kamarin|lalu|tadi|dudi)"
    r"|(?P<yesterday>kemarin|kemaren|kamarin|samalam)"
    r"|(?P<tomorrow>besok|esok|isuk|lusa)"
    r"|(?P<period>minggu|pekan|bulan)\s+(?P<pdhow>depan|dudi|lalu|kemarin|ini))\b")


def step_counts(post: PostDoc, doc: AnnouncementDoc) -> frozenset[str]:
    """The post's figures that count what the release's next-step sentences count with them
    ("dua pesantren" against "di dua pesantren di Binuang"), as its own part does not."""
    if not doc.next_counts:
        return frozenset()
    return frozenset(pair.partition(":")[0] for pair in figure_counts(post.sequence) if pair in doc.next_counts)


# a source of the post's own: another teller, a question of when, a wish
_STEP_TELLER = re.compile(r"\b(?:kata|katanya|jar|jarnya|ujar|menurut|semoga|mudahan|mudah-mudahan|moga|kapan)\b")


def _own_period_elsewhere(post: PostDoc, doc: AnnouncementDoc) -> str | None:
    """The month or week a single-event post gives its own event relatively ("bulan depan",
    "pekan lalu") when the release gives its event no day in it — a month: neither its own span
    (:func:`_own_span`) nor a month it names nor its next event's; a week: every day of it
    :data:`OWN_DAY_REACH` days or more from that span, as the post's own day is read — and the
    post shares none of its figures or dates: "perekaman KTP-el di panti Tabalong katanya bulan
    depan" in June against a release that planned that stage for June tells of a later round.
    A relay of the release's "bulan depan" written the same month repeats it (the release's next
    event is in that month) or the release's own figures. A week is read from the post's own
    time against the release's: a relay repeating the release's "pekan depan" in the week that
    phrase meant (:func:`_release_weeks`) speaks of that week; a count the release gives ("20
    ATBM untuk Kotabaru") keeps a later week of the post's own only when the post appends it to
    the release's own event (:func:`_period_carries`) — told in the clause of that week, the
    share handed over then is the programme's later step, and the release's days for its next
    event ("penyerahan di kabupaten 9 sampai 20 November") are no days of its own event.
    ``None`` otherwise."""
    if not post.periods or post.time is None or (span := _own_span(doc)) is None:
        return None
    common = _aligned(post, doc).whole.terms & doc.terms
    shared = {t for t in common if _figure(t)}
    if any(t.startswith("date:") for t in shared):
        return None
    today = _day(post.time)
    found = []
    for grain, offset in sorted(post.periods):
        if grain == "week":
            # (a count the release gives, "20 ATBM untuk Kotabaru", does not keep a week of the
            # post's own: the share handed over a fortnight later is the programme's later step)
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
            days = [monday + timedelta(days=n) for n in range(7)]
            if monday in _release_weeks(doc):
                return None
            if shared:
                if not _period_carries(post, common):
                    return None  # "jaring 64 motor …, Bati-Bati pekan depan": the release's next step appended
                own = _own_span(doc, next_apart=True) or span
                if not all(_away(day, doc, own) for day in days):
                    return None
            elif not all(_away(day, doc, span) for day in days):
                return None
            found.append(f"the week of {monday.isoformat()}")
            continue
        if shared:
            return None
        year, month = divmod(today.year * 12 + today.month - 1 + offset, 12)
        if month + 1 in _given_months(doc, span):
            return None
        found.append(f"{year}-{month + 1:02d}")
    return found[0] if found else None


_CLAUSE = re.compile(r"[^.,;!?\n]+")


def _period_carries(post: PostDoc, shared: frozenset[str]) -> bool:
    """Whether the clauses of a post that name a relative week or month ("pekan depan") carry two
    thirds (by weight) of what it shares with the release: the post tells that period's event,
    not the release's own with its next step appended ("jaring 64 motor, Bati-Bati pekan depan")."""
    return _clauses_carry(post, shared, lambda clause: bool(relative_periods(clause)))


def _clauses_carry(post: PostDoc, shared: frozenset[str], naming: Callable[[str], object]) -> bool:
    """Whether the clauses of a post (cut at stops, commas and lines) that ``naming`` accepts
    carry two thirds (by weight) of what it shares with the release."""
    held: set[str] = set()
    for clause in _CLAUSE.finditer(post.text):
        if naming(clause.group(0)):
            held.update(text_terms(clause.group(0)).terms)
    return _carried(post, shared, held)


def _carried(post: PostDoc, shared: frozenset[str], held: frozenset[str] | set[str]) -> bool:
    """Whether the terms ``held`` (a post's sentences about what comes, its clauses naming a
    period) carry two thirds, by weight, of what the post shares with the release (``shared``)."""
    weights = post.weights
    total = math.fsum(weights.get(t, 0.0) for t in shared)
    return total > 0 and math.fsum(weights.get(t, 0.0) for t in shared & held) >= 2 / 3 * total


def _release_weeks(doc: AnnouncementDoc) -> set[date]:
    """The Mondays of the weeks a release names relatively to its own publication ("mulai pekan
    depan"): a relay repeating those words in that week speaks of the same week."""
    if doc.time is None:
        return set()
    published = _day(doc.time)
    monday = published - timedelta(days=published.weekday())
    return {monday + timedelta(weeks=offset) for grain, offset in doc.periods if grain == "week"}


def _given_months(doc: AnnouncementDoc, span: tuple[date, date, frozenset[int]]) -> set[int]:
    """The months a release gives its events: those of its own span (:func:`_own_span`), the
    months it names in words, relatively ("bulan depan") or with a date, its next event's."""
    first, last, months = span
    given = set(months) | set(doc.marks.months) | {m for m, _ in doc.next_when} | {m for m, _ in doc.own_when}
    month, year = first.month, first.year
    while (year, month) <= (last.year, last.month):
        given.add(month)
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return given


# the months in Indonesian words ("mei" and the short forms stand for other words too; the
# English names are read only next to a day number)
_ENGLISH_ONLY = frozenset({"january", "february", "march", "may", "june", "july", "august", "october", "december"})
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(
    (name for name in MONTHS if len(name) > 3 and name not in _ENGLISH_ONLY), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)


# an event moved to a month: "dimajukan ke Januari", "diundur menjadi bulan Maret", "ditunda sampai April"
_MOVED_TO = re.compile(r"\b(?:dimajukan|diundur|ditunda|digeser|dipindah|dimundurkan|diubah|bergeser|mundur|maju)"
                       r"\s+(?:ke|menjadi|jadi|sampai|hingga)\s+(?:bulan\s+)?" + _MONTH_WORD.pattern[2:],
                       re.IGNORECASE)


def _named_month_elsewhere(post: PostDoc, doc: AnnouncementDoc) -> str | None:
    """A month a single-event post names in words for its event ("pernah uji coba Juni lalu",
    "Maret kemarin") that the release gives none of its events, two months or more from the
    post's own month and from every month the release gives (:func:`_given_months`): another
    occurrence of the programme, an earlier trial or a later round, whatever figures and names
    of the programme it repeats. A relay repeats the release's months or names none; a month
    next to the post's own ("Desember" written late in November) may be the release's next
    step told in other words, and is left alone — unless the post says its event was moved to
    that month ("dimajukan ke Januari", "diundur menjadi Maret"). ``None`` otherwise."""
    if post.time is None or not _MONTH_WORD.search(post.text):
        return None
    if (span := _own_span(doc)) is None:
        return None
    given = _given_months(doc, span)
    if (moved := _MOVED_TO.search(post.text)) and MONTHS[moved.group(1).lower()] not in given:
        # "dijadwalkan Februari, dimajukan ke Januari": the post's event has a month of its own,
        # however near the release's (a relay keeps the release's month)
        return moved.group(1)
    near = given | {_day(post.time).month}
    for found in _MONTH_WORD.finditer(post.text):
        month = MONTHS[found.group(1).lower()]
        if all(min((month - m) % 12, (m - month) % 12) >= 2 for m in near):
            return found.group(1)
    return None


def _distinct_facts(terms: frozenset[str], unit: Unit) -> set[str]:
    """The facts of ``terms`` that tell an event apart: dates, figures of two digits or more
    (not years or clock times) and places below the province (a kabupaten/kota, a kecamatan
    or village)."""
    from crawler.matching.textnorm import province_terms
    return {t for t in terms if _own_fact(t) or (_is_fact(t, unit) and not t[0].isdigit()
                                                 and t not in province_terms())}


def _dated(facts: set[str]) -> bool:
    """Whether ``facts`` hold a date or a figure: two places alone name a topic's region."""
    return any(t.startswith("date:") or t[0].isdigit() for t in facts)


def _may_relay_short(post: PostDoc) -> bool:
    """Whether a post shorter than :data:`MIN_UNIT_TERMS` words may relay a release at all:
    one event (not a round-up), :data:`MIN_SHORT_TERMS` words or more, and at least
    :data:`SHORT_FACTS` distinctive facts of its own to carry it."""
    whole = post.whole
    return (not post.roundup and whole.size >= MIN_SHORT_TERMS
            and len(facts := _distinct_facts(whole.terms, whole)) >= SHORT_FACTS and _dated(facts))


def _short_relay(index: AnnouncementIndex, post: PostDoc, doc: AnnouncementDoc) -> bool:
    """Whether a short single-event post ("Pemprov bagi 25 ribu bendera, kibarkan 1–31
    Agustus") relays ``doc``: it shares :data:`SHORT_FACTS` of the release's own distinctive
    facts (not those it gives to its next event) and one of its rare words (in at most about
    the square root of the announcements' count: half the highest IDF), and names no fact the release lacks (another date, figure or place — a clock
    time aside), no other stage, round, year or day, nothing of the next event alone. Topic
    words alone, or a look-alike with figures of its own, are not enough in so few words."""
    aligned = _aligned(post, doc)
    whole = aligned.whole
    shared = whole.terms & doc.terms
    facts = _distinct_facts(shared, whole) - doc.marks.next_dates
    if len(facts) < SHORT_FACTS or not _dated(facts):
        return False
    if not any(index.idf(t) >= index.max_idf / 2 for t in shared - facts if not _is_fact(t, whole)):
        return False
    area = _area(doc.terms)
    for term in whole.terms - doc.terms:
        if term in whole.seats or not _is_fact(term, whole) or ":" in term and term[0].isdigit():
            continue
        if (term in index.places or term in whole.places) and _covered(term, area):
            continue
        return False  # a fact of its own: another event in so few words
    return not (_conflicts(whole.marks, doc, post.time, post.excused.get(doc.id, frozenset()),
                           _relays_facts(shared, doc)) or _next_event(aligned, doc))


_ARTICLE_SLUG = re.compile(r"/[^/]*(?:-[^/]*){2,}|/\d{3,}")


def _other_release(index: AnnouncementIndex, url: str) -> bool:
    """Whether ``url`` is an article on a site announcements come from that is not an
    announcement of the index: a single-event post linking it restates that article, not
    one of ours on the same programme (the closing of the MTQ, not its opening)."""
    if url in index.by_url:
        return False
    parts = urlsplit(url)
    return (parts.hostname or "") in index.hosts and bool(_ARTICLE_SLUG.search(parts.path))


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
    evidence: dict[str, Any] = {
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
    # the stage, round, year or day the unit names against the announcement's ("stage:hasil",
    # "tahap:2", "year:2025", "day:2026-05-22"), when a match is accepted all the same
    contradictions = _conflicts(unit.marks, doc, post.time, post.excused.get(doc.id, frozenset()),
                                _relays_facts(post.whole.terms & doc.terms, doc)) + _next_event(post, doc) \
        + _other_weekday(post, doc)
    if contradictions:
        evidence["contradictions"] = contradictions
    return evidence


def _lag(post: PostDoc, doc: AnnouncementDoc) -> float | None:
    """Hours from the announcement to the post; a post within the clock tolerance before the
    announcement was not earlier in fact, so its lag is 0, never negative."""
    if post.time is None or doc.time is None:
        return None
    return max(0.0, round((post.time - doc.time) / 3600.0, 3))


# the community's own view of a coming stage: hope, support, rumour ("semoga … masuk", "doakan",
# "katanya", "ayo dukung", "sekolah kami / desa kita"); not a closing wish ("semoga bermanfaat")
_OWN_VIEW = re.compile(
    r"\b(?:semoga(?!\s+(?:bermanfaat|berguna|lancar|sukses\s+selalu))|doakan|do'akan|mohon\s+doa(?:nya)?|katanya"
    r"|ayo\s+dukung|(?:sekolah|desa|kampung|kelurahan|regu|tim|kelompok)(?:nya)?\s+(?:kami|kita)\b(?:\s+\w+){0,3}?"
    r"\s+(?:masuk|lolos|tampil|bertanding|maju|melaju))\b", re.IGNORECASE)
# hearsay of what comes soon, in one sentence: "katanya surat dari Wali Kota segera turun",
# "kabarnya … dalam waktu dekat", "segera dibagi, katanya"
_RUMOUR_SOON = re.compile(
    r"\b(?:katanya|kabarnya|konon)\b[^.!?\n]*?\b(?:segera|dalam\s+waktu\s+dekat|sebentar\s+lagi)\b"
    r"|\b(?:segera|dalam\s+waktu\s+dekat|sebentar\s+lagi)\b[^.!?\n]*?\b(?:katanya|kabarnya)\b", re.IGNORECASE)
# a day told relative to the post's own time: "besok", "nanti siang", "Kamis ini", "hari Sabtu ini"
_DAY_WORDS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6}
_RELATIVE_DAY = re.compile(
    r"\b(?:(besok|esok)|(lusa)|(?:nanti|ntar)\s+(?:pagi|siang|sore|malam)|(?:hari\s+)?"
    r"(senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s+(?:ini|nanti))\b", re.IGNORECASE)
# a month named for the post's own event, "Mei" only beside a year or a part of the month
_LATER_MONTH = re.compile(
    r"\b(?:(?:pertengahan|awal|akhir|bulan)\s+(mei)\b|(mei)\s+20\d\d\b|" + _MONTH_WORD.pattern[2:] + ")",
    re.IGNORECASE)


def _told_days(post: PostDoc, text: str) -> list[date]:
    """The days a post gives its own event in ``text`` (its own, or one round-up item's) in words
    relative to its publication ("besok", "nanti siang", "Kamis ini": the coming Thursday, or
    today on a Thursday)."""
    if post.time is None:
        return []
    today = _day(post.time)
    days = []
    for found in _RELATIVE_DAY.finditer(text):
        if found.group(1):
            days.append(today + timedelta(days=1))
        elif found.group(2):
            days.append(today + timedelta(days=2))
        elif found.group(3):
            ahead = (_DAY_WORDS[found.group(3).lower()] - today.weekday()) % 7
            days.append(today + timedelta(days=ahead))
        else:
            days.append(today)
    return days


#: "belum ada pengumuman", "belum ada info resmi", "belum ada jadwal": nothing is announced yet
_UNANNOUNCED = re.compile(r"\bbelum\s+ada\s+(?:pengumuman|info|informasi|kabar|jadwal|kepastian|edaran)\b",
                          re.IGNORECASE)


def _unannounced_text(text: str) -> str | None:
    found = _UNANNOUNCED.search(text)
    return found.group(0).lower() if found else None


def _unannounced(post: PostDoc) -> str | None:
    """What a post says to tell that nothing is announced yet ("belum ada pengumuman", "belum
    ada info resmi", "belum ada jadwal"): it tells of a question or a wait ("Nelayan menanyakan
    kapan pendataan dibuka. Belum ada pengumuman di dinas"), not of an announcement it spreads
    — the release it resembles is not yet the one the post waits for. Not a copy's (a release
    may write it itself) nor a round-up's. Read once per post (:meth:`PostDoc.read`)."""
    return post.read(_unannounced_text)


_ORDINALS = {"pertama": 1, "kesatu": 1, "kadua": 2, "kedua": 2, "katiga": 3, "ketiga": 3, "keempat": 4,
             "kaampat": 4, "kelima": 5, "kalima": 5, "keenam": 6, "kaanam": 6, "ketujuh": 7, "katujuh": 7}
#: a night or day of a multi-day event by its number: "malam kedua", "hari ke-3", "malam ka-2"
_NTH_NIGHT = re.compile(r"\b(malam|hari)\s+(?:k[ae]-?\s?(\d{1,2})\b|(" + "|".join(_ORDINALS) + r")\b)", re.IGNORECASE)


@short_text_cache()
def _nth_nights(text: str) -> frozenset[tuple[str, int]]:
    """The numbered nights and days a text names: ("malam", 2) for "malam kedua"."""
    return frozenset((found.group(1).lower(), int(found.group(2)) if found.group(2) else _ORDINALS[found.group(3).lower()])
                     for found in _NTH_NIGHT.finditer(text))


def _other_night(post: PostDoc, doc: AnnouncementDoc) -> tuple[str, str] | None:
    """The numbered night or day of an event a single-event post tells of ("malam kedua
    festival") when the release's title is about another of the same ("28 grup ramaikan malam
    pertama festival") and names none the post does, and the post relays none of the release's
    own figures or dates (:func:`_relays_facts`: "malam ini malam kedua, final Senin (9/11), juara
    1 dapat Rp15 jt" relays the release's programme): a contestant's own night, the festival's
    topic words and the song all groups sing shared. Only the release's title is read: it says
    which night the release reports, where its body may list every night. ``None`` otherwise."""
    ours = post.read(_nth_nights)
    if not ours:
        return None
    theirs = _nth_nights(doc.title)
    if not theirs or not ours.isdisjoint(theirs):
        return None
    units = {unit for unit, _n in theirs}
    own = sorted(f"{unit} {n}" for unit, n in ours if unit in units)
    if not own or _relays_facts(post.whole.terms & doc.terms, doc):
        return None
    return ", ".join(own), ", ".join(sorted(f"{unit} {n}" for unit, n in theirs))


#: a price said against an earlier day's ("turun sedikit dari minggu lalu", "mundak matan samalam"): a
#: price note, read in a post that names a price ("harga", Banjar "rega", "Rp")
_PRICE_WORD = re.compile(r"\b(?:harga|rega|rp)", re.IGNORECASE)


def _price_move_text(text: str) -> str | None:
    lowered = text.lower()
    found = PRIOR_MOVE.search(lowered)
    return found.group(0) if found and _PRICE_WORD.search(lowered) else None


def _price_note(post: PostDoc, doc: AnnouncementDoc) -> str | None:
    """The move a single-event post gives a price against an earlier day ("harga beras minggu ini
    Rp15.800, turun sedikit dari minggu lalu"; "es balok hari ini Rp20.000, naik dari minggu
    lalu"; Banjar "mundak matan samalam") when the release tells no move against an earlier
    period itself (:attr:`AnnouncementDoc.moves`): a market's routine price note, whose price may
    be the one the release recorded at that market (a survey, a comparison price), is not news of
    the release. A release that says its prices rose "dibanding pekan lalu" is relayed in the same
    words. Read once per post text (cached)."""
    move = post.read(_price_move_text)
    if move is None or doc.moves:
        return None
    return move


def _compared_only(shared: frozenset[str], doc: AnnouncementDoc, unit: Unit | None = None) -> tuple[str, ...]:
    """The figures a single-event post shares with the release when every fact it shares (figure,
    date, place: :func:`documents._is_fact`) is a figure the release gives only as a yardstick
    (:attr:`AnnouncementDoc.compared`: "setara enam kantong donor biasa", "lebih murah dari es
    kiriman yang Rp20.000"): "enam kantong trombosit didapat keluarga pasien" counts a family's
    own bags, not the release's. Empty otherwise (a place or date in common is left to the other
    rules)."""
    if not doc.compared:
        return ()
    facts = {t for t in shared if _is_fact(t, unit)}
    if not facts or not facts <= doc.compared:
        return ()
    return tuple(sorted(facts))


#: "<the release's thing> lain": "pabrik kayu lapis lain", "sekolah nang lain", "desa lainnya" (not
#: "lain-lain", "antara lain")
_ANOTHER = re.compile(r"\b((?:[a-z]+\s+){1,3})(?:yang\s+|nang\s+)?lain(?:nya)?\b(?!-)")
#: a later turn, said beside it: "desa lain menyusul", "kecamatan lain kaina", "dilanjutkan ke sekolah lain"
_LATER_TURN = re.compile(r"\b(?:menyusul|manyusul|disusul|akan|kaina|nanti|berikutnya|selanjutnya|dilanjutkan|"
                         r"lanjut|bagiliran|bergiliran|target|ditargetkan|direncanakan|rencananya|tahun\s+depan|"
                         r"tahun\s+dapan|bulan\s+depan|contoh|ditiru|belajar|diajak|ayo|umpat|ikut)\b")
_LEAD_PIECES = re.compile(r"(?<=[.!?])\s+|\n+|\s+\|\s+")


def _another_phrases(text: str) -> tuple[str, ...]:
    """The phrases a post's lead (its first two lines or sentences) names as another of a kind,
    in a sentence that tells no later turn."""
    pieces = [piece for piece in _LEAD_PIECES.split(text.strip()) if piece.strip()][:2]
    found: list[str] = []
    for piece in pieces:
        lowered = piece.lower()
        if "lain" not in lowered or _LATER_TURN.search(lowered):
            continue
        for match in _ANOTHER.finditer(lowered):
            words = match.group(1).split()
            if words[-1] in ("antara", "dan", "atau", "hal", "yang", "nang", "pihak", "di", "ke", "banyak"):
                continue
            found.append(" ".join(words))
    return tuple(found)


def _another_of(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> str | None:
    """The thing a single-event post's lead names as another of the release's kind ("Komisi IV
    sidak ke pabrik kayu lapis lain di Alalak") when the two words before "lain" stand together in
    the release's title ("… Pekerja Harian Pabrik Kayu Lapis") and the post relays none of the
    release's own figures or dates (:func:`_relays_facts`): the post says in so many words that it
    is about another one. A lead that tells a later turn ("kecamatan lain menyusul", "desa lain
    diajak belajar") relays the release's plan, and is left alone. ``None`` otherwise."""
    phrases = post.read(_another_phrases)
    if not phrases:
        return None
    title = " ".join(re.findall(r"[a-z]+", doc.title.lower()))
    for phrase in phrases:
        last_two = " ".join(phrase.split()[-2:])
        if len(last_two.split()) == 2 and re.search(rf"\b{last_two}\b", title) \
                and not _relays_facts(shared, doc):
            return phrase + " lain"
    return None


#: a single unnamed one: "sebuah rumah sakit swasta", "seorang ibu", "salah satu pabrik", Banjar "sabuah"
#: (not "salah satu dari lima", "salah satu 9 desa": one of the release's own count)
_ONE_OF = re.compile(r"\b(?:sebuah|sabuah|seorang|salah\s+satu|salah\s+sabuting)\s+(?!dari\b|\d|(?:"
                     + "|".join(("dua", "tiga", "empat", "ampat", "lima", "enam", "anam", "tujuh", "delapan", "dalapan",
                                 "sembilan", "sepuluh", "puluhan", "ratusan", "belasan")) + r")\b)([a-z]+)")


def _one_of_text(text: str) -> str | None:
    found = _ONE_OF.search(text.lower())
    return found.group(0) if found else None


def _one_of_own(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> str | None:
    """The single unnamed one a single-event post tells of ("LKS Bipartit di sebuah rumah sakit
    swasta sudah rapat lima kali dan berhasil menyepakati jadwal sif baru"; "pasien pertamanya
    seorang ibu yang melahirkan"; "salah satu pabrik di Alalak sudah …") when the post relays none
    of the release's own figures or dates (:func:`_relays_facts`): one firm's, village's or
    family's own instance of the programme, with its own outcome, not the release's event. "Salah
    satu dari lima desa", "salah satu 9 desa" name one of the release's own count and are left
    alone. Read once per post text (cached). ``None`` otherwise."""
    one = post.read(_one_of_text)
    if one is None or _relays_facts(shared, doc):
        return None
    return one


#: what a post says its news is paid from: the village's fund, the people's own money
_OWN_FUNDS = re.compile(r"\b(?:dari|pakai|memakai|menggunakan|lewat|melalui|bersumber\s+dari|dibiayai(?:\s+dari)?|"
                        r"didanai|matan|bamodal)\s+(?:dana\s+desa|dana\s+kelurahan|apbdes|add|alokasi\s+dana\s+desa|"
                        r"kas\s+desa|kas\s+rt|swadaya|patungan|urunan)\b", re.IGNORECASE)
#: the terms by which a release names such a fund itself (any "dana" with "desa" or "kelurahan",
#: any "kas" with "desa": read broadly, so the rule holds back wherever a release may name one)
_FUND_TERMS = ("apbdes", "add", "swadaya", "patungan", "urunan")


def _own_funds_text(text: str) -> str | None:
    found = _OWN_FUNDS.search(text)
    return found.group(0).lower() if found else None


def _own_funds(post: PostDoc, doc: AnnouncementDoc) -> str | None:
    """The fund a single-event post says its news is paid from ("dari dana desa", "pakai APBDes",
    "matan kas desa", "hasil patungan" aside: "dari swadaya", "lewat urunan") when the release names
    no such fund anywhere: a village's own programme ("kader posyandu membagikan telur untuk 30
    balita setiap Kamis dari dana desa") beside the government's on the same object (foster
    fathers' eggs for the same toddlers), whatever figure or place they share. A release that
    names the village fund ("ambulans desa dibeli dari dana desa") is relayed. Read once per post
    text (cached); the release's side from its terms."""
    said = post.read(_own_funds_text)
    if said is None:
        return None
    terms = doc.terms
    if "dana" in terms and ("desa" in terms or "lurah" in terms) or "kas" in terms and "desa" in terms:
        return None
    if any(t in terms for word in _FUND_TERMS for t in lowered_terms(word)):
        return None
    return said


@lru_cache(maxsize=1)
def _disease_terms() -> dict[str, int]:
    """Each term a name of :data:`lexicon.DISEASES` reads as (``lowered_terms``, as the texts'
    terms are read), with its disease's number."""
    return {term: number for number, names in enumerate(DISEASES) for name in names for term in lowered_terms(name)}


def _other_disease(post: PostDoc, doc: AnnouncementDoc) -> tuple[list[str], list[str]] | None:
    """The diseases a single-event post names (:data:`lexicon.DISEASES`: "skrining TBC",
    "kasus DBD") when the release names none of them anywhere and names another one itself: a
    screening, a treatment or an outbreak of one disease is no news of another, however much of
    the place, the people screened (santri, balita) and the office the two share. A release
    that names both (a campaign against DBD and malaria) is relayed by a post naming either.
    ``None`` otherwise. Read from the terms of each text, stored with it."""
    names = _disease_terms()
    ours = {names[t] for t in post.whole.terms if t in names}
    if not ours:
        return None
    theirs = {names[t] for t in doc.terms if t in names}
    if not theirs or not ours.isdisjoint(theirs):
        return None
    return sorted(DISEASES[n][0] for n in ours), sorted(DISEASES[n][0] for n in theirs)


def _denied(post: PostDoc, doc: AnnouncementDoc) -> str | None:
    """The word of the release's title or lead sentence (what it is about) a single-event post
    denies ("bukan yang gratis", "bukan sapi", "ini bukan jaringan pemkot"; "bukan dari
    provinsi" aside: only the word right after "bukan" or "bukan yang"), when
    the release does not deny it itself ("alat tenun bukan mesin", "ini bukan pajak baru" are
    the release's own words, :attr:`AnnouncementDoc.negated`): the post tells of another thing
    than the release's — a paid pass against the free one, goats against cattle. ``None``
    otherwise."""
    if "ukan" not in post.text:
        return None
    title = doc.title_terms | doc.lead_terms
    for found in NEGATED.finditer(post.text):
        words = lowered_terms(found.group(1))
        if words and words <= title and words.isdisjoint(doc.negated):
            return found.group(1).lower()
    return None


def _coming_month(post: PostDoc, doc: AnnouncementDoc, shared: frozenset[str]) -> str | None:
    """The month right after its own that a single-event post, written a week or more after the
    release's own event (:func:`_own_span`, :data:`OWN_DAY_REACH`), gives its own event in the
    clause carrying two thirds of what it shares (:func:`_clauses_carry`: "Lomba baca puisi …
    digelar Desember di Aula …" eleven days after the release's singing contest), when the
    release gives none of its events that month (:func:`_given_months`: not in words, not
    relatively, not with a date): the release's event is over and the post's is still to come,
    another occurrence of its kind. (Two months or more away, :func:`_named_month_elsewhere`
    reads it.) ``None`` otherwise."""
    if post.time is None or (span := _own_span(doc)) is None:
        return None
    today = _day(post.time)
    if not _away(today, doc, span) or today <= span[1]:
        return None
    coming = today.month % 12 + 1
    if coming in _given_months(doc, span) or not _MONTH_WORD.search(post.text):
        return None
    for found in _LATER_MONTH.finditer(post.text):
        name = next(g for g in found.groups() if g)
        if MONTHS[name.lower()] == coming and _clauses_carry(post, shared, re.compile(rf"\b{name}\b").search):
            return name
    return None


def _told_ahead(post: PostDoc, shared: frozenset[str]) -> bool:
    """Whether what a post shares with the release it says mostly (two thirds of the weight) in
    its sentences about what comes (``post.ahead``: "direncanakan", "nanti", "berikutnya"): the
    post is about the coming step, not the release's own event told with its schedule."""
    return _carried(post, shared, post.ahead)


def _later_step(post: PostDoc, doc: AnnouncementDoc, unit: Unit | None = None) -> str | None:
    """A later step of the programme (or one the community hopes for) told as the post's own, in
    a single-event post written after the release and carrying none of its dates: the post
    places its event in a time the release gives none of its dated days — a month none of the
    release's dates falls in (nor the post's own month: "bursa kerja direncanakan pertengahan
    Desember", "panen bersama nanti Januari"), a year after the post's ("tahun 2027", "tahun
    depan"), or a day relative to its own publication ("besok", "Kamis ini") that is none of the
    release's dates — and shares none of the release's figures (two digits or more, not a year);
    or it tells the coming stage in the community's own words of hope, support or rumour
    (:data:`_OWN_VIEW`: "semoga desa kita masuk", "doakan", "katanya", "ayo dukung") with a day
    relative to its own time, or passes on hearsay of what comes soon (:data:`_RUMOUR_SOON`:
    "katanya surat dari Wali Kota segera turun": no release's happening); or, a week or more after the release's own event, it gives its event
    the month right after its own, one the release gives none of its events, in the clause that
    carries what it shares (:func:`_coming_month`: "lomba baca puisi … digelar Desember").
    A relay restates the release's own facts — its date (the final's
    "21 November"), its counts — and a copy (with a KIM's "Ayo warga ikut!") is not read here.
    In a round-up (a post whose sentences read as items) the item ``unit`` matched on is read
    alone, with its own text. ``None`` otherwise."""
    if post.time is None or doc.time is None or post.time <= doc.time:
        return None
    whole = _aligned(post, doc)
    aligned = whole.whole
    if post.roundup:
        if unit is None:
            return None
        aligned = next((u for u in whole.units if u.label == unit.label), unit)
    text = (aligned.text or post.text) if post.roundup else post.text
    shared = aligned.terms & doc.terms
    if any(t.startswith("date:") for t in shared):
        return None
    published = _day(doc.time)
    dated = set()
    for term in doc.terms:
        if term.startswith("date:") and term[5].isdigit():
            day_text, _, month_text = term[5:].partition("-")
            if month_text.isdigit():
                dated.update(_near(published, int(month_text), int(day_text)))
    told = _told_days(post, text)
    view = _OWN_VIEW.search(text)
    if view and told:
        return f"{view.group(0).lower()}, {told[0].isoformat()}"
    if ("egera" in text or "dekat" in text or "ebentar" in text) and (rumour := _RUMOUR_SOON.search(text)):
        return " ".join(rumour.group(0).lower().split()[:1] + rumour.group(0).lower().split()[-1:])
    today = _day(post.time)
    figures = {t for t in shared if t[0].isdigit() and len(t) >= 2 and ":" not in t
               and not (len(t) == 4 and t.startswith("20"))}
    if not figures and not post.roundup and (month := _coming_month(post, doc, shared)):
        return month
    if figures or not _told_ahead(post, shared):
        return None
    later_years = {y for y in aligned.marks.years if y > today.year}
    later_years |= {today.year + o for o in aligned.marks.relative_years if o > 0}
    if later_years:
        # a year after the post's is no day of the release's own event, whatever kind of event
        # the post names: "ujian SIM pelajar … dijadwalkan tahun 2027" is the programme's next round
        return str(min(later_years))
    if not (aligned.marks.kinds | aligned.marks.later_kinds).isdisjoint(doc.marks.kinds - doc.next_event[1]):
        # it names the release's own kind of event (its training, its results) beside the step
        # to come: "relawan terbaik dari pelatihan … akan ikut lomba provinsi bulan Agustus"; a
        # kind the release gives only its next event (the festival its cloth goes to) is not its own
        return None
    months = {d.month for d in dated} | {today.month, published.month}
    for found in _LATER_MONTH.finditer(text):
        name = next(g for g in found.groups() if g)
        if MONTHS[name.lower()] not in months:
            return name
    return None
