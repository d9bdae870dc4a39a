"""The candidate index: announcements by time and by rare term, so a post is never scored against all.

:class:`AnnouncementIndex` holds the announcements' documents sorted by publication time, an
inverted index of their terms with inverse document frequencies, and the canonical URLs for
link evidence; :meth:`AnnouncementIndex.candidates` ranks the announcements of a post's
window by the weight of rare shared terms.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from crawler.matching.config import (
    CANDIDATES,
    COMMON_TERM_SHARE,
    FACT_FACTOR,
    PRIOR_TERMS,
    QUERY_TERMS,
    SPECIFIC_FACTOR,
    MatchConfig,
)
from crawler.matching.documents import AnnouncementDoc, PostDoc, Unit, _fact_factor, place_terms
from crawler.urls import CanonicalIndex

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
        # a post's link finds its announcement's URL, or that page with extra query parameters
        self.by_url: CanonicalIndex = CanonicalIndex()
        self.by_id: dict[str, AnnouncementDoc] = {}
        for doc in every:  # undated announcements can still be linked to
            self.by_id[doc.id] = doc
            if doc.canonical:
                self.by_url.setdefault(doc.canonical, []).append(doc)
        self.postings: dict[str, list[int]] = {}
        for position, doc in enumerate(dated):
            for term in doc.terms:
                self.postings.setdefault(term, []).append(position)
        self.resolved = dict(resolved or {})
        self._idf_cache: dict[str, float] = {}
        self._base_cache: dict[str, float] = {}
        self._plain_cache: dict[str, float] = {}  # the weight of a term as a plain word
        self._sized(len(dated))
        self.places = place_terms()
        self.unseen = self._median_weight()
        # the sites announcements come from: a post linking an article there that is not an
        # announcement of the index relays that other article
        self.hosts = self._announcement_hosts()

    def _announcement_hosts(self) -> frozenset[str]:
        return frozenset(urlsplit(url).hostname or "" for url in self.by_url) - {""}

    def _sized(self, size: int) -> None:
        """The weights that depend on how many announcements the IDF is over."""
        self.size = size
        self.max_idf = math.log((self.size + 1) / 0.5)
        self.prior = PRIOR_TERMS * math.log((self.size + 1) / 1.5) if self.size else 1.0
        self.common = max(50, int(COMMON_TERM_SHARE * self.size))

    def df(self, term: str) -> int:
        """How many announcements have ``term`` (a window's index asks the whole store's count)."""
        return len(self.postings.get(term, ()))

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
            df = self.df(term)
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
        plain = self._plain_cache.get(term)
        if plain is None:
            plain = self._plain_cache[term] = min(base, self.unseen) if not self.df(term) else base
        return plain

    def window(self, post_time: float, config: MatchConfig) -> tuple[int, int]:
        """Positions ``[lo, hi)`` of the announcements a post at ``post_time`` may amplify."""
        lo = bisect.bisect_left(self.times, post_time - config.horizon_days * 86400)
        hi = bisect.bisect_right(self.times, post_time + config.tolerance_minutes * 60)
        return lo, hi

    def candidates(self, post: PostDoc, lo: int, hi: int, limit: int = CANDIDATES,
                   weights: Mapping[str, float] | None = None) -> list[tuple[int, float]]:
        """The announcements in ``[lo, hi)`` sharing the most rare-term weight with the post,
        with that weight. ``weights``: the post's terms already weighed by this index (as
        :func:`crawler.matching.decisions.decide` does before), not weighed again."""
        whole = post.whole
        usable = []
        for term in whole.terms:
            positions = self.postings.get(term)
            if positions and self.df(term) <= self.common:
                usable.append((self.weight(term, whole) if weights is None else weights[term], term, positions))
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
