"""Matching passes over the store: what is new or changed, a full rebuild, one post explained.

:func:`match_new` matches the posts not matched yet (and all posts in the window of new or
changed announcements), :func:`rebuild` recomputes every automatic match (human decisions
are never touched), :func:`explain` shows the decision for one post with its evidence. The
announcement index is built from the stored terms of each announcement (cached per
normalization version); thousands of posts are scored in worker processes.
"""

from __future__ import annotations

import bisect
import gc
import json
import logging
import math
import multiprocessing
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import Decision, _score_candidate, decide
from crawler.matching.documents import (
    AnnouncementDoc,
    _epoch,
    _is_fact,
    _shingles,
    announcement_doc,
    announcement_terms,
    post_doc,
)
from crawler.matching.textnorm import VERSION as TEXTNORM_VERSION
from crawler.matching.textnorm import (
    new_stems,
    remember_stems,
    stem_cache_size,
)
from crawler.urls import canonical_url

log = logging.getLogger(__name__)


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
    refused: dict[str, str] = {}  # the rule that refused a linked or above-threshold announcement
    decisions = {d.announcement_id: d for d in decide(index, post, config, refused=refused)}
    result: dict[str, Any] = {
        "post": post_id, "published_at": rows[0]["published_at"], "links": post.links,
        "terms": sorted(post.whole.terms), "blocks": len(post.units) - 1,
        "threshold": config.threshold, "decisions": [
            {"announcement": d.announcement_id, "method": d.method, "score": d.score,
             "lag_hours": d.lag_hours, "status": d.status,
             **({"link": d.evidence["link"]} if d.method == "link" and "link" in d.evidence else {})}
            for d in decisions.values()],
        "refused": refused, "candidates": [],
    }
    if post.time is None:
        return result
    if not post.weights:  # decide() stopped before weighing it (a post too short to relay)
        post.weights = {t: index.weight(t, post.whole) for t in post.whole.terms}
        post.total = math.fsum(post.weights.values())
    lo, hi = index.window(post.time, config)
    result["announcements_in_window"] = hi - lo
    post_shingles = _shingles(post.sequence)
    for position, _mass in index.candidates(post, lo, hi):
        candidate = _score_candidate(index, post, post_shingles, position)
        doc = index.docs[position]
        result["candidates"].append({
            "announcement": doc.id, "title": doc.title, "score": round(candidate.score, 4),
            "unit": candidate.unit.label, "shingle_containment": round(candidate.shingle_containment, 4),
            "accepted": doc.id in decisions, "refused": refused.get(doc.id),
            "shared_facts": sorted(t for t in candidate.shared if _is_fact(t, candidate.unit)),
            "post_only_facts": sorted(t for t in candidate.unit.terms - doc.terms if _is_fact(t, candidate.unit)),
            # a figure the post rounds ("10.000" for 9.800, within 10 %): shared as the announcement's
            "rounded_facts": {exact: form for form, exact in doc.rounded.items()
                              if form in post.whole.terms and exact in candidate.shared},
        })
    # announcements on the same thing published after the post (a post ahead of its release):
    # never candidates, named so that a reviewer sees why nothing matched
    after = bisect.bisect_right(index.times, post.time + EXPLAIN_LATER_DAYS * 86400)
    result["published_after"] = [
        {"announcement": index.docs[p].id, "title": index.docs[p].title, "score": round(c.score, 4),
         "hours_after": round((index.times[p] - post.time) / 3600, 1)}
        for p, _mass in index.candidates(post, hi, after, limit=3)
        if (c := _score_candidate(index, post, post_shingles, p)).score >= config.threshold / 2]
    return result


#: how far after a post ``explain`` looks for announcements on the same thing (not candidates)
EXPLAIN_LATER_DAYS = 3


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

ANNOUNCEMENT_COLUMNS = "id, url, canonical_url, title, text, published_at, content_hash"


def _doc_key(row: Mapping[str, Any]) -> tuple[str, ...]:
    return (row["id"], row["content_hash"] or "", row["published_at"] or "", row["url"] or "",
            row["canonical_url"] or "")


# announcement id → (content hash, version, terms, facts): facts are JSON (AnnouncementDoc.facts)
# or None (a row from before they were stored)
CachedTerms = dict[str, tuple[str, int, str, str | None]]


def _cached_terms(db: sqlite_utils.Database, ids: Sequence[str] | None = None) -> CachedTerms:
    """Rows of the ``announcement_terms`` cache: all of them, or those of ``ids``."""
    columns = "announcement_id, content_hash, version, terms, facts"
    if ids is None:
        return {row[0]: (row[1], row[2], row[3], row[4]) for row in db.execute(
            f"SELECT {columns} FROM announcement_terms")}
    cached: CachedTerms = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        cached.update((row[0], (row[1], row[2], row[3], row[4])) for row in db.execute(
            f"SELECT {columns} FROM announcement_terms "
            f"WHERE announcement_id IN ({','.join('?' * len(chunk))})", chunk))
    return cached


def _stored_doc(row: dict[str, Any], terms: str, facts: str | None) -> tuple[AnnouncementDoc, bool]:
    """The document of ``row`` from its stored terms and facts, and whether the facts held
    (else they are read from its text now, to be stored again)."""
    doc = announcement_doc(row, terms.split())
    if facts and doc.restore(json.loads(facts)):
        return doc, True
    doc.marks  # noqa: B018 (read now, stored below)
    return doc, False


def _announcement_docs(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]], cached: CachedTerms,
                       workers: int = 1, evict: bool = True,
                       hashes: dict[str, str] | None = None) -> list[AnnouncementDoc]:
    """The documents of announcement ``rows``: from this process's cache, from the stored terms
    and facts when they are of this content and version, else read from the text (and stored).

    A release's facts (its marks, its next event, :meth:`AnnouncementDoc.facts`) are read when
    its terms are, and stored with them: a matching pass in a new process (each ``kimwatch
    match`` and crawl of the daemon) reads them back instead of reading every release again.
    """
    docs: list[AnnouncementDoc] = []
    missing: list[dict[str, Any]] = []
    fresh: list[tuple[str, str, int, str, str]] = []
    refreshed: list[tuple[str, str]] = []  # stored terms, facts read again
    seen: set[tuple[str, ...]] = set()
    for row in rows:
        key = _doc_key(row)
        seen.add(key)
        if hashes is not None:
            hashes[row["id"]] = key[1]
        hit = cached.get(row["id"])
        stored = hit is not None and hit[0] == key[1] and hit[1] == TEXTNORM_VERSION
        doc = _DOC_CACHE.get(key)
        if doc is None and stored:
            assert hit is not None
            doc, held = _stored_doc(row, hit[2], hit[3])
            _DOC_CACHE[key] = doc
            if not held:
                refreshed.append((_facts_json(doc), row["id"]))
        if doc is None:
            missing.append(row)
            continue
        docs.append(doc)
        if not stored:
            fresh.append((row["id"], key[1], TEXTNORM_VERSION, " ".join(doc.sequence), _facts_json(doc)))
    for row, (sequence, facts, read) in zip(missing, _read_releases(missing, workers), strict=True):
        doc = read or announcement_doc(row, sequence, json.loads(facts))
        _DOC_CACHE[_doc_key(row)] = doc
        docs.append(doc)
        fresh.append((row["id"], row["content_hash"] or "", TEXTNORM_VERSION, " ".join(sequence), facts))
    if fresh or refreshed:
        with store.transaction(db):
            db.conn.executemany("INSERT OR REPLACE INTO announcement_terms "
                                "(announcement_id, content_hash, version, terms, facts) VALUES (?, ?, ?, ?, ?)",
                                fresh)
            db.conn.executemany("UPDATE announcement_terms SET facts = ? WHERE announcement_id = ?", refreshed)
    if evict:
        for key in [k for k in _DOC_CACHE if k not in seen]:
            del _DOC_CACHE[key]
    return docs


def load_index(db: sqlite_utils.Database, workers: int = 1) -> AnnouncementIndex:
    """Every announcement of the store, indexed, with the shortened-link cache.

    Terms are cached in the ``announcement_terms`` table (and in this process), keyed by the
    announcement's content hash and the normalization version, so each announcement is
    tokenized once, not on every ``kimwatch match``. The whole-store statistics that a
    window's index weighs terms by (:class:`CorpusStats`) are brought up to date with it.
    """
    ensure_tables(db)
    rows = db.query(f"SELECT {ANNOUNCEMENT_COLUMNS} FROM announcements")
    hashes: dict[str, str] = {}
    docs = _announcement_docs(db, rows, _cached_terms(db), workers, hashes=hashes)
    _write_stats(db, docs, hashes)
    return AnnouncementIndex(docs, resolved_links(db))


# --------------------------------------------------------------------------- the window's index
#
# A pass over what is new loads only the announcements within the horizon of the posts it
# scores. Their terms are weighed as in an index of every announcement: the document
# frequencies, the count, the median word weight and the announcement sites are kept for the
# whole store in the tables below, updated with each new or changed announcement, so a
# window's decisions are the whole index's (tests/matching/test_window*.py).

CACHE_DDL = (
    """CREATE TABLE IF NOT EXISTS match_members (
        announcement_id TEXT PRIMARY KEY,  -- an announcement the statistics count
        content_hash TEXT NOT NULL,        -- the version counted (its terms: announcement_terms)
        dated INTEGER NOT NULL,            -- counted in the document frequencies (it has a time)
        host TEXT NOT NULL                 -- the site of its canonical URL, '' when none
    )""",
    "CREATE TABLE IF NOT EXISTS match_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
    # kind 'meta' (version, size, members, post_links), 'host' (announcements per site),
    # 'hist' (how many terms have each document frequency, for the median word weight)
    """CREATE TABLE IF NOT EXISTS match_counts (
        kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID""",
    # the canonical outbound links of posts, so a new announcement finds the posts linking it
    """CREATE TABLE IF NOT EXISTS match_post_links (
        url TEXT NOT NULL, post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        PRIMARY KEY (url, post_id)) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS idx_match_post_links_post ON match_post_links (post_id)",
)


def ensure_tables(db: sqlite_utils.Database) -> None:
    """The matcher's cache tables (stores created before them get them on the first pass)."""
    store.ensure_announcement_terms(db)
    for statement in CACHE_DDL:
        db.execute(statement)


def _host(doc: AnnouncementDoc) -> str:
    return (urlsplit(doc.canonical).hostname or "") if doc.canonical else ""


class CorpusStats:
    """The whole store's term statistics, read on demand from ``match_df``.

    A forked scoring worker opens its own read-only connection (an SQLite connection must
    not cross a fork); an in-memory store is read whole instead.
    """

    def __init__(self, db: sqlite_utils.Database, size: int, histogram: Mapping[int, int],
                 hosts: frozenset[str]) -> None:
        self.size = size
        self.histogram = dict(histogram)
        self.hosts = hosts
        self._db = db
        self._pid = os.getpid()
        self._path = _db_path(db)
        self._own: sqlite3.Connection | None = None
        self._df: dict[str, int] = {}
        if not self._path:
            self._df = {term: df for term, df in db.execute("SELECT term, df FROM match_df")}
            self._complete = True
        else:
            self._complete = False

    def df(self, term: str) -> int:
        value = self._df.get(term)
        if value is None:
            value = 0 if self._complete else self._lookup(term)
            self._df[term] = value
        return value

    def _conn(self) -> sqlite3.Connection:
        if os.getpid() == self._pid:
            return self._db.conn
        if self._own is None:
            self._own = sqlite3.connect(f"{Path(self._path).as_uri()}?mode=ro", uri=True)
        return self._own

    def _lookup(self, term: str) -> int:
        row = self._conn().execute("SELECT df FROM match_df WHERE term = ?", [term]).fetchone()
        return int(row[0]) if row else 0

    def prefetch(self, terms: Iterable[str]) -> None:
        """Read the counts of ``terms`` not read yet in a few queries, not one query a term (the
        terms of a chunk of posts: most of them, names and figures, no announcement has)."""
        if self._complete:
            return
        unknown = [t for t in set(terms) if t not in self._df]
        conn = self._conn()
        for start in range(0, len(unknown), PREFETCH_TERMS):
            part = unknown[start:start + PREFETCH_TERMS]
            found = dict(conn.execute(f"SELECT term, df FROM match_df WHERE term IN ({','.join('?' * len(part))})",
                                      part))
            for term in part:
                self._df[term] = int(found.get(term, 0))

    def median_weight(self, max_idf: float) -> float:
        """:meth:`AnnouncementIndex._median_weight` over the whole store."""
        total = sum(df * count for df, count in self.histogram.items())
        if not total:
            return max_idf
        seen = 0
        for df in sorted(self.histogram):
            seen += df * self.histogram[df]
            if seen * 2 >= total:
                return math.log((self.size + 1) / (df + 0.5))
        return max_idf


def _db_path(db: sqlite_utils.Database) -> str:
    for _seq, name, path in db.execute("PRAGMA database_list"):
        if name == "main":
            return path or ""
    return ""


class WindowIndex(AnnouncementIndex):
    """The announcements of a window (and those the scored posts link to), weighed by the whole
    store's statistics: the same decisions as an index of every announcement, for posts whose
    horizon lies in the window."""

    def __init__(self, docs: Iterable[AnnouncementDoc], linked: Iterable[AnnouncementDoc],
                 resolved: Mapping[str, str], stats: CorpusStats) -> None:
        self.stats = stats
        # the whole store's counts, looked up millions of times: bound once, not through a method
        self.df = stats.df  # type: ignore[method-assign]
        super().__init__(docs, resolved)
        for doc in linked:  # outside the window: for link evidence (and to know it is ours)
            if doc.id not in self.by_id:
                self.by_id[doc.id] = doc
                if doc.canonical:
                    self.by_url.setdefault(doc.canonical, []).append(doc)
        self._sized(stats.size)
        self.unseen = self._median_weight()

    def df(self, term: str) -> int:
        return self.stats.df(term)

    def _announcement_hosts(self) -> frozenset[str]:
        return self.stats.hosts

    def _median_weight(self) -> float:
        return self.stats.median_weight(math.log((self.stats.size + 1) / 0.5))


def _read_meta(db: sqlite_utils.Database) -> dict[str, int]:
    return {key: int(n) for key, n in db.execute("SELECT key, n FROM match_counts WHERE kind = 'meta'")}


def _write_stats(db: sqlite_utils.Database, docs: Sequence[AnnouncementDoc], hashes: Mapping[str, str]) -> None:
    """Make the whole-store statistics those of ``docs`` (every announcement, whose content
    hashes are ``hashes``), unless they are already."""
    meta = _read_meta(db)
    members = dict(db.execute("SELECT announcement_id, content_hash FROM match_members").fetchall())
    if (meta.get("version") == TEXTNORM_VERSION and meta.get("members") == len(docs) == len(members)
            and all(members.get(doc.id) == hashes.get(doc.id) for doc in docs)):
        return
    df: Counter[str] = Counter()
    hosts: Counter[str] = Counter()
    rows = []
    for doc in docs:
        if doc.time is not None:
            df.update(doc.terms)
        host = _host(doc)
        if host:
            hosts[host] += 1
        rows.append((doc.id, hashes.get(doc.id, ""), int(doc.time is not None), host))
    histogram = Counter(df.values())
    size = sum(1 for doc in docs if doc.time is not None)
    with store.transaction(db):
        for table in ("match_members", "match_df"):
            db.execute(f"DELETE FROM {table}")
        db.execute("DELETE FROM match_counts WHERE kind != 'meta' OR key != 'post_links'")
        db.conn.executemany("INSERT INTO match_members VALUES (?, ?, ?, ?)", rows)
        db.conn.executemany("INSERT INTO match_df VALUES (?, ?)", df.items())
        db.conn.executemany("INSERT INTO match_counts VALUES ('host', ?, ?)", hosts.items())
        db.conn.executemany("INSERT INTO match_counts VALUES ('hist', ?, ?)",
                            [(str(k), v) for k, v in histogram.items()])
        db.conn.executemany("INSERT INTO match_counts VALUES ('meta', ?, ?)",
                            [("version", TEXTNORM_VERSION), ("size", size), ("members", len(rows))])


def _read_stats(db: sqlite_utils.Database) -> CorpusStats:
    meta = _read_meta(db)
    histogram = {int(key): n for key, n in db.execute("SELECT key, n FROM match_counts WHERE kind = 'hist'")}
    hosts = frozenset(row[0] for row in db.execute("SELECT key FROM match_counts WHERE kind = 'host' AND n > 0"))
    return CorpusStats(db, meta.get("size", 0), histogram, hosts)


def _update_stats(db: sqlite_utils.Database, rows: list[dict[str, Any]],
                  workers: int) -> tuple[CorpusStats, list[AnnouncementDoc]] | None:
    """Count the new or changed announcements ``rows`` in the whole-store statistics.

    None when the statistics cannot be updated in place (none yet, another normalization
    version, an announcement deleted or changed outside kimwatch): the caller loads every
    announcement, which rewrites them.
    """
    meta = _read_meta(db)
    if meta.get("version") != TEXTNORM_VERSION:
        return None
    ids = [row["id"] for row in rows]
    old_terms = _cached_terms(db, ids)
    members: dict[str, tuple[str, int, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        members.update((row[0], (row[1], row[2], row[3])) for row in db.execute(
            "SELECT announcement_id, content_hash, dated, host FROM match_members "
            f"WHERE announcement_id IN ({','.join('?' * len(chunk))})", chunk))
    delta: Counter[str] = Counter()
    host_delta: Counter[str] = Counter()
    size, count = meta.get("size", 0), meta.get("members", 0)
    for announcement_id, (content_hash, dated, host) in members.items():
        if dated:
            cached = old_terms.get(announcement_id)
            if cached is None or cached[0] != content_hash or cached[1] != TEXTNORM_VERSION:
                return None  # the terms that were counted are gone: recount everything
            delta.subtract(set(cached[2].split()))
            size -= 1
        if host:
            host_delta[host] -= 1
        count -= 1
    docs = _announcement_docs(db, rows, old_terms, workers, evict=False)
    new_members = []
    for row, doc in zip(rows, docs, strict=True):
        if doc.time is not None:
            delta.update(doc.terms)
            size += 1
        host = _host(doc)
        if host:
            host_delta[host] += 1
        count += 1
        new_members.append((doc.id, row["content_hash"] or "", int(doc.time is not None), host))
    if count != db.execute("SELECT count(*) FROM announcements").fetchone()[0]:
        return None
    changed = {term: n for term, n in delta.items() if n}
    before: dict[str, int] = {}
    terms = list(changed)
    for start in range(0, len(terms), 500):
        chunk = terms[start:start + 500]
        before.update(db.execute(f"SELECT term, df FROM match_df WHERE term IN ({','.join('?' * len(chunk))})",
                                 chunk).fetchall())
    histogram: Counter[int] = Counter()
    for term, n in changed.items():
        old = before.get(term, 0)
        histogram[old] -= 1
        histogram[old + n] += 1
    histogram.pop(0, None)
    with store.transaction(db):
        db.conn.executemany("INSERT OR REPLACE INTO match_members VALUES (?, ?, ?, ?)", new_members)
        db.conn.executemany("INSERT INTO match_df VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
                            changed.items())
        db.conn.executemany("DELETE FROM match_df WHERE term = ? AND df <= 0",
                            [(t,) for t, n in changed.items() if n < 0])
        for kind, counts in (("hist", {str(k): v for k, v in histogram.items() if v}),
                             ("host", {k: v for k, v in host_delta.items() if v})):
            db.conn.executemany(f"INSERT INTO match_counts VALUES ('{kind}', ?, ?) "
                                "ON CONFLICT (kind, key) DO UPDATE SET n = n + excluded.n", counts.items())
        db.execute("DELETE FROM match_counts WHERE kind IN ('hist', 'host') AND n <= 0")
        db.conn.executemany("INSERT OR REPLACE INTO match_counts VALUES ('meta', ?, ?)",
                            [("size", size), ("members", count)])
    return _read_stats(db), docs


def _facts_json(doc: AnnouncementDoc) -> str:
    return json.dumps(doc.facts(), ensure_ascii=False, separators=(",", ":"))


def _read_release(row: dict[str, Any]) -> tuple[list[str], str, AnnouncementDoc]:
    """An announcement's terms and its facts (JSON), read from its text, and its document."""
    sequence = announcement_terms(row)
    doc = announcement_doc(row, sequence)
    return sequence, _facts_json(doc), doc


def _read_releases(rows: list[dict[str, Any]],
                   workers: int) -> list[tuple[list[str], str, AnnouncementDoc | None]]:
    """Terms, facts and (when read in this process) documents of many announcements, in forked
    workers when there are many."""
    if workers <= 1 or len(rows) < PARALLEL_MIN_POSTS or "fork" not in multiprocessing.get_all_start_methods():
        return [_read_release(row) for row in rows]
    chunks = [rows[i:i + CHUNK] for i in range(0, len(rows), CHUNK)]
    read: list[tuple[list[str], str, AnnouncementDoc | None]] = []
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for chunk_read, stems in pool.imap(_releases_chunk, chunks):
            read.extend((sequence, facts, None) for sequence, facts in chunk_read)
            remember_stems(stems)  # the workers' stems serve the posts that follow
    return read


def _releases_chunk(rows: list[dict[str, Any]]) -> tuple[list[tuple[list[str], str]], dict[str, str]]:
    before = stem_cache_size()
    return [_read_release(row)[:2] for row in rows], new_stems(before)


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


def _links_of(value: Any) -> set[str]:
    """The canonical outbound links of a post's ``links`` column."""
    return {canonical for link in _json_list(value) if isinstance(link, str) and (canonical := canonical_url(link))}


def _ensure_post_links(db: sqlite_utils.Database) -> None:
    """Fill ``match_post_links`` from every post, once (a store from before it existed);
    afterwards each pass records the links of the posts it scores."""
    if _read_meta(db).get("post_links"):
        return
    with store.transaction(db):
        db.execute("DELETE FROM match_post_links")
        rows = db.execute("SELECT id, links FROM posts WHERE links IS NOT NULL AND links != '[]'")
        db.conn.executemany("INSERT OR IGNORE INTO match_post_links (url, post_id) VALUES (?, ?)",
                            ((url, post_id) for post_id, links in rows.fetchall() for url in _links_of(links)))
        db.execute("INSERT OR REPLACE INTO match_counts VALUES ('meta', 'post_links', 1)")


def _merge(spans: Iterable[tuple[float, float]]) -> list[list[float]]:
    merged: list[list[float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _posts_to_match(db: sqlite_utils.Database, fresh_docs: Sequence[AnnouncementDoc], resolved: Mapping[str, str],
                    config: MatchConfig) -> list[str]:
    """Ids of posts to (re)score: the unmatched ones, and those that the new or changed
    announcements ``fresh_docs`` may concern (in their window, linking them, matched to them)."""
    post_ids = {row[0] for row in db.execute("SELECT id FROM posts WHERE matched_at IS NULL")}
    spans = [(doc.time - config.tolerance_minutes * 60, doc.time + config.horizon_days * 86400)
             for doc in fresh_docs if doc.time is not None]
    for low, high in _merge(spans):
        post_ids.update(row[0] for row in db.execute(
            "SELECT id FROM posts WHERE published_at >= ? AND published_at <= ?",
            [_iso(low), _iso(high)]))
    fresh = [doc.id for doc in fresh_docs]
    for start in range(0, len(fresh), 500):  # posts linked earlier to a changed announcement
        chunk = fresh[start:start + 500]
        marks = ",".join("?" * len(chunk))
        post_ids.update(row[0] for row in db.execute(
            f"SELECT post_id FROM amplifications WHERE announcement_id IN ({marks})", chunk))
    # links: a new announcement may be linked from posts outside its window
    urls = {doc.canonical for doc in fresh_docs if doc.canonical}
    wanted = sorted(urls | {short for short, target in resolved.items() if target in urls})
    if wanted:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            post_ids.update(row[0] for row in db.execute(
                f"SELECT post_id FROM match_post_links WHERE url IN ({','.join('?' * len(chunk))})", chunk))
    return sorted(post_ids)


def window_index(db: sqlite_utils.Database, post_ids: Sequence[str], stats: CorpusStats,
                 config: MatchConfig, resolved: Mapping[str, str], workers: int = 1) -> WindowIndex:
    """The index that scoring ``post_ids`` needs: the announcements within the horizon of
    their times, and those their links point to, weighed by the whole store's ``stats``
    (``resolved``: :func:`resolved_links`)."""
    spans: list[tuple[float, float]] = []
    links: set[str] = set()
    for start in range(0, len(post_ids), 500):
        chunk = list(post_ids[start:start + 500])
        for published_at, post_links in db.execute(
                f"SELECT published_at, links FROM posts WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            moment = _epoch(published_at)
            if moment is not None:  # a day of slack: the index cuts the exact window itself
                spans.append((moment - config.horizon_days * 86400 - 86400,
                              moment + config.tolerance_minutes * 60 + 86400))
            for link in _links_of(post_links):
                links.add(link)
                links.add(resolved.get(link, link))
    rows: list[dict[str, Any]] = []
    for low, high in _merge(spans):
        rows.extend(db.query(f"SELECT {ANNOUNCEMENT_COLUMNS} FROM announcements "
                             "WHERE published_at >= ? AND published_at <= ?", [_iso(low), _iso(high)]))
    in_window = {row["id"] for row in rows}
    linked_rows: list[dict[str, Any]] = []
    wanted = sorted(links)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        linked_rows.extend(row for row in db.query(
            f"SELECT {ANNOUNCEMENT_COLUMNS} FROM announcements WHERE canonical_url IN ({','.join('?' * len(chunk))})",
            chunk) if row["id"] not in in_window)
    if wanted:  # announcements stored without a canonical URL (not by kimwatch): few, found by index
        linked_rows.extend(row for row in db.query(
            f"SELECT {ANNOUNCEMENT_COLUMNS} FROM announcements WHERE canonical_url IS NULL AND url IS NOT NULL")
            if row["id"] not in in_window and canonical_url(row["url"]) in links)
    every = rows + linked_rows
    docs = _announcement_docs(db, every, _cached_terms(db, [row["id"] for row in every]), workers)
    return WindowIndex(docs[:len(rows)], docs[len(rows):], resolved, stats)


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
        # with its KIM's kabupaten/kota: a post naming no place is about the KIM's own
        yield from db.query(f"SELECT {POST_COLUMNS}, (SELECT region FROM kims WHERE kims.id = posts.kim_id)"
                            f" AS kim_region FROM posts WHERE id IN ({marks})", ids)


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
            # (a merged row whose copies a person confirmed and rejected waits for a person: not stale)
            existing = db.execute(
                f"SELECT post_id, announcement_id FROM amplifications WHERE status IN ('auto', 'uncertain') "
                f"AND coalesce(instr(evidence, '\"conflicting_decisions\"'), 0) = 0 "
                f"AND post_id IN ({marks})", pending_posts).fetchall()
            stale = [pair for pair in existing if tuple(pair) not in keep]
            db.conn.executemany(
                "DELETE FROM amplifications WHERE post_id = ? AND announcement_id = ? "
                "AND status IN ('auto', 'uncertain')",
                stale)
            stats.removed += len(stale)
            # a pair a person rejected stays rejected (save_amplifications leaves it): it is no
            # amplification of this pass, in its count or its methods
            rejected = {tuple(pair) for pair in db.execute(
                f"SELECT post_id, announcement_id FROM amplifications WHERE status = 'rejected' "
                f"AND post_id IN ({marks})", pending_posts).fetchall()}
            for row in pending_rows:
                if (row["post_id"], row["announcement_id"]) not in rejected:
                    stats.amplifications += 1
                    stats.methods[row["method"]] = stats.methods.get(row["method"], 0) + 1
            store.save_amplifications(db, pending_rows)
            db.execute(f"UPDATE posts SET matched_at = ? WHERE id IN ({marks})", [now, *pending_posts])
            # the links of these versions, for the announcements still to come
            links = db.execute(f"SELECT id, links FROM posts WHERE id IN ({marks})", pending_posts).fetchall()
            db.execute(f"DELETE FROM match_post_links WHERE post_id IN ({marks})", pending_posts)
            db.conn.executemany("INSERT OR IGNORE INTO match_post_links (url, post_id) VALUES (?, ?)",
                                [(url, post_id) for post_id, value in links for url in _links_of(value)])
        pending_rows.clear()
        pending_posts.clear()

    def take(chunk: list[tuple[str, str, list[Decision]]]) -> None:
        for post_id, kim_id, decisions in chunk:
            for decision in decisions:
                pending_rows.append({
                    "post_id": post_id, "announcement_id": decision.announcement_id,
                    "kim_id": kim_id, "method": decision.method, "score": decision.score,
                    "lag_hours": decision.lag_hours, "evidence": decision.evidence,
                    "status": decision.status,
                })
            pending_posts.append(post_id)
            stats.posts += 1
        if len(pending_posts) >= batch:
            flush()
        if progress is not None:
            progress(stats.posts - done_before, total)

    workers = config.workers if len(post_ids) >= PARALLEL_MIN_POSTS else 1
    with _long_lived_frozen():
        _score_posts(db, post_ids, index, config, workers, take)
    flush()


# full collections a pass allows: one per this many young-generation collections (Python's
# default is 10) — what is collected young (a post's documents) still is
FULL_COLLECTION_EVERY = 100
_FROZEN_DEPTH = [0]


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Keep what exists when this is entered (the index, the announcements' documents and facts,
    the stem cache, once built) out of the garbage collector's full collections until the
    outermost use ends, and allow fewer of them: each full collection walks every object that
    lives that long again (0.5–1 s a collection at 10,000 announcements) though none of them
    becomes garbage while an index is built and posts are scored. Forked workers also keep
    those pages shared instead of copying the ones a collection writes to. Garbage of a post
    is still collected young. Decisions are unchanged; after the outermost use, the objects go
    back to the collector's oldest generation and its thresholds are what they were."""
    gc.freeze()
    _FROZEN_DEPTH[0] += 1
    thresholds = gc.get_threshold()
    if _FROZEN_DEPTH[0] == 1:
        gc.set_threshold(thresholds[0], thresholds[1], max(thresholds[2], FULL_COLLECTION_EVERY))
    try:
        yield
    finally:
        _FROZEN_DEPTH[0] -= 1
        if not _FROZEN_DEPTH[0]:
            gc.set_threshold(*thresholds)
            gc.unfreeze()


def _score_posts(db: sqlite_utils.Database, post_ids: Sequence[str], index: AnnouncementIndex,
                 config: MatchConfig, workers: int,
                 take: Callable[[list[tuple[str, str, list[Decision]]]], None]) -> None:
    """Decide ``post_ids`` chunk by chunk (in ``workers`` forked processes when more than one),
    handing each chunk's decisions to ``take``."""
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


_WORKER: tuple[AnnouncementIndex, MatchConfig] | None = None
CHUNK = 500
PARALLEL_MIN_POSTS = 5000


PREFETCH_TERMS = 500  # terms a query asks the store's counts of (SQLite allows 999 parameters)


def _decide_rows(index: AnnouncementIndex, config: MatchConfig,
                 rows: list[dict[str, Any]]) -> list[tuple[str, str, list[Decision]]]:
    posts = [post_doc(row) for row in rows]
    if isinstance(index, WindowIndex):
        index.stats.prefetch(t for post in posts for t in post.whole.terms)
    return [(row["id"], row["kim_id"], decide(index, post, config)) for row, post in zip(rows, posts, strict=True)]


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

    Only the announcements within the horizon of the posts to score are loaded
    (:func:`window_index`), so a pass costs what its new items cost, not the store's age;
    the first pass on a store (or after a normalization change) loads every announcement once
    to count the whole-store statistics.
    """
    with _long_lived_frozen():
        return _match_new(db, config, progress)


def _match_new(db: sqlite_utils.Database, config: MatchConfig | None,
               progress: MatchProgress | None) -> MatchStats:
    started = time.monotonic()
    config = config or MatchConfig.from_env()
    stats = MatchStats()
    ensure_tables(db)
    _ensure_post_links(db)
    fresh_rows = list(db.query(f"SELECT {ANNOUNCEMENT_COLUMNS} FROM announcements WHERE matched_at IS NULL"))
    updated = _update_stats(db, fresh_rows, config.workers)
    index: AnnouncementIndex
    if updated is None:  # no statistics to update: count them over every announcement
        index = load_index(db, config.workers)
        fresh_docs = [index.by_id[row["id"]] for row in fresh_rows]
        post_ids = _posts_to_match(db, fresh_docs, index.resolved, config)
    else:
        corpus, fresh_docs = updated
        resolved = resolved_links(db)
        post_ids = _posts_to_match(db, fresh_docs, resolved, config)
        index = window_index(db, post_ids, corpus, config, resolved, config.workers)
    fresh = [doc.id for doc in fresh_docs]
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

    Automatic and uncertain rows are recomputed (a match may move between the two);
    confirmed and rejected rows are never changed; automatic and uncertain rows that no
    longer match are deleted.
    """
    with _long_lived_frozen():
        return _rebuild(db, config, progress)


def _rebuild(db: sqlite_utils.Database, config: MatchConfig | None,
             progress: MatchProgress | None) -> MatchStats:
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
