"""Matching passes over the store: what is new or changed, a full rebuild, one post explained.

:func:`match_new` matches the posts not matched yet (and all posts in the window of new or
changed announcements), :func:`rebuild` recomputes every automatic match (human decisions
are never touched), :func:`explain` shows the decision for one post with its evidence. The
announcement index is built from the stored terms of each announcement (cached per
normalization version); thousands of posts are scored in worker processes.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import Decision, _score_candidate, decide
from crawler.matching.documents import (
    AnnouncementDoc,
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
