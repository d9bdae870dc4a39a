"""A long-running store kept in proportion: the fetch history rolled up, the query planner's
statistics refreshed, free pages given back to the disk when there are enough of them.

Why: ``channel_fetches`` gets a row per fetch, which at national scale (30,000 channels crawled
every hour or so) is about 83 million rows a year, half the store, while every reader of it
asks about whole WITA days. Per-fetch rows older than the retention period (``health_keep_days``,
default :data:`DEFAULT_KEEP_DAYS`: longer than any report window people use) become one row per
channel per WITA day in ``channel_fetch_days`` (fetches, successes, failures, items, the day's
last status and error, when failures began, the times of its first, last and last successful
fetch and its failures in a row at its end: what a past window's channel health needs), and are deleted. The readers of the fetch history
(:mod:`crawler.store`, "fetch history") read both tables and give the same answers for any
window of whole WITA days before and after a roll-up.

:func:`maintain` runs it all: the roll-up (each day in its own transaction, so an interrupted
run keeps what it did and the next goes on), the merge of the full-text indexes (the terms of
overwritten and deleted posts go: :func:`merge_full_text_indexes`), ``ANALYZE`` (sampled:
:data:`ANALYSIS_LIMIT`), one ``VACUUM`` for a store not yet marked clean (see
:func:`crawler.store.clean_state`: it lets dumps take the page copy), and
``VACUUM`` when free pages make up :data:`VACUUM_MIN_FREE_SHARE` of the file (after the first
roll-up of an old store, typically; day to day the pages a roll-up frees are reused by new
rows) and the disk can hold the copy VACUUM makes. Last, the dump's list of the rows it cleans
(:func:`crawler.store.install_dump_candidates`: kept by triggers as rows are written) is made
once for a store without it (or whose triggers are missing), and again after a VACUUM. ``kimwatch maintain`` (for cron) and the
daemon (daily at ``maintain_at``) call it holding the writer lock: no crawl writes meanwhile.
Nothing but per-fetch rows is ever deleted.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlite_utils

from crawler import store
from crawler.dates import MAX_DAYS, WITA
from crawler.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_KEEP_DAYS = 90
#: VACUUM when free pages are at least this share of the file …
VACUUM_MIN_FREE_SHARE = 0.25
#: … and at least this many bytes (a small store is not worth rewriting).
VACUUM_MIN_FREE_BYTES = 64_000_000
#: VACUUM writes the live pages twice on the way (a temporary copy, then the WAL): the free disk it needs.
VACUUM_SPACE_FACTOR = 2.1
#: Rows ANALYZE reads per index: statistics good enough for the planner in well under a second.
ANALYSIS_LIMIT = 1000


def first_kept_day(keep_days: int, today: date | None = None) -> date:
    """The oldest WITA day whose per-fetch rows are kept: today's and the ``keep_days`` days before."""
    return (today or datetime.now(WITA).date()) - timedelta(days=keep_days)


@dataclass
class Maintenance:
    """What a maintenance run did (or, ``dry_run``, would do)."""

    dry_run: bool
    keep_days: int
    first_kept_day: str
    days: int = 0                # WITA days rolled up
    fetch_rows: int = 0          # per-fetch rows rolled up (and deleted)
    day_rows: int = 0            # rows written to channel_fetch_days
    analyzed: bool = False
    vacuum: str = "not needed"   # done | not needed | skipped: <why> | would run
    bytes_before: int = 0
    bytes_after: int = 0
    free_bytes_before: int = 0
    free_bytes_after: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    candidates: str = "in place"  # the dump's list of the rows to clean (crawler.store.install_dump_candidates)

    def summary(self) -> str:
        """One line for the terminal and the daemon's log."""
        verb = "would roll up" if self.dry_run else "rolled up"
        if self.fetch_rows:
            rolled = (f"{verb} {self.fetch_rows:,} fetch rows of {self.days} day(s) before {self.first_kept_day} "
                      f"into {self.day_rows:,} day rows" if not self.dry_run else
                      f"{verb} {self.fetch_rows:,} fetch rows of {self.days} day(s) before {self.first_kept_day}")
        else:
            rolled = f"no fetch rows before {self.first_kept_day} to roll up"
        stats = ("ANALYZE would run" if self.dry_run else "ANALYZE done") if self.analyzed else "no ANALYZE"
        size = f"store {human_size(self.bytes_before)}"
        if not self.dry_run and self.bytes_after != self.bytes_before:
            size += f" -> {human_size(self.bytes_after)}"
        free = human_size(self.free_bytes_after if not self.dry_run else self.free_bytes_before)
        return (f"{rolled} (health_keep_days {self.keep_days}); {stats}; VACUUM {self.vacuum}; "
                f"rows a dump cleans {self.candidates}; {size}, "
                f"{free} free pages ({self.seconds:.1f}s)")


def human_size(size: float) -> str:
    """A size for people: bytes, KB, MB or GB (decimal), never "0 MB" for a small but real size."""
    if size < 1000:
        return f"{size:,.0f} bytes"
    if size < 999_500:  # what would round to 1000 KB is shown as 1.0 MB
        return f"{size / 1e3:,.0f} KB"
    if size < 999_950_000:
        return f"{size / 1e6:,.1f} MB"
    return f"{size / 1e9:,.1f} GB"


# --------------------------------------------------------------------------- roll-up

# A day's rows of one channel, in one statement: sums, the last fetch's status and error, the
# first failure, and where the failures the day ended in began (after its last success).
_ROLL_UP_DAY = """
    WITH f AS (
        SELECT channel_id, fetched_at, ok, status, error, items_new, items_updated,
               row_number() OVER (PARTITION BY channel_id ORDER BY fetched_at DESC, id DESC) AS from_end,
               max(CASE WHEN ok != 0 THEN fetched_at END) OVER (PARTITION BY channel_id) AS last_ok_at
        FROM channel_fetches
        WHERE fetched_at >= :start AND fetched_at < :end AND {settled}
          AND channel_id IN (SELECT id FROM channels)
    )
    INSERT INTO channel_fetch_days (channel_id, day, fetches, ok, failed, items_new, items_updated,
                                    last_status, last_error, first_failed_at, failing_since_at,
                                    first_fetched_at, last_fetched_at, last_ok_at, trailing_failures)
    SELECT channel_id, :day, count(*), sum(ok != 0), sum(ok = 0), sum(items_new), sum(items_updated),
           max(CASE WHEN from_end = 1 THEN status END), max(CASE WHEN from_end = 1 THEN error END),
           min(CASE WHEN ok = 0 THEN fetched_at END),
           min(CASE WHEN ok = 0 AND (last_ok_at IS NULL OR fetched_at > last_ok_at) THEN fetched_at END),
           min(fetched_at), max(fetched_at), max(last_ok_at),
           -- failures in a row at the day's end, as the back-off counts them (crawler.store.health_as_of)
           sum(ok = 0 AND coalesce(status, '') != :uncounted AND (last_ok_at IS NULL OR fetched_at > last_ok_at))
    FROM f WHERE true GROUP BY channel_id
    ON CONFLICT (channel_id, day) DO UPDATE SET
        -- rows of the same day rolled up later (a crawl run that was still open) come after
        fetches = fetches + excluded.fetches, ok = ok + excluded.ok, failed = failed + excluded.failed,
        items_new = items_new + excluded.items_new, items_updated = items_updated + excluded.items_updated,
        last_status = excluded.last_status, last_error = excluded.last_error,
        first_failed_at = coalesce(min(first_failed_at, excluded.first_failed_at), first_failed_at,
                                   excluded.first_failed_at),
        failing_since_at = CASE WHEN excluded.failing_since_at IS NULL THEN NULL
                                WHEN excluded.ok > 0 THEN excluded.failing_since_at
                                ELSE coalesce(failing_since_at, excluded.failing_since_at) END,
        first_fetched_at = coalesce(min(first_fetched_at, excluded.first_fetched_at), first_fetched_at,
                                    excluded.first_fetched_at),
        last_fetched_at = coalesce(max(last_fetched_at, excluded.last_fetched_at), excluded.last_fetched_at,
                                   last_fetched_at),
        last_ok_at = coalesce(max(last_ok_at, excluded.last_ok_at), excluded.last_ok_at, last_ok_at),
        trailing_failures = CASE WHEN excluded.ok > 0 THEN excluded.trailing_failures
                                 ELSE coalesce(trailing_failures, 0) + excluded.trailing_failures END
"""
# Rows of a crawl run still open stay per-fetch until it is closed (its totals are counted from them).
_SETTLED = "(run_id IS NULL OR run_id NOT IN (SELECT id FROM crawl_runs WHERE finished_at IS NULL))"


def _next_day(db: sqlite_utils.Database, before: str, after: str = "") -> str | None:
    """The WITA day of the oldest settled per-fetch row at or after ``after`` and before ``before``."""
    row = db.execute(f"SELECT min(fetched_at) FROM channel_fetches WHERE fetched_at >= ? AND fetched_at < ? "
                     f"AND {_SETTLED}", [after, before]).fetchone()
    return store.wita_day(row[0]) if row and row[0] else None


def roll_up_day(db: sqlite_utils.Database, day: str) -> tuple[int, int]:
    """Roll up the settled per-fetch rows of WITA ``day``; returns ``(fetch rows, day rows)``."""
    start = store.wita_day_start(day)
    end = store.wita_day_start((date.fromisoformat(day) + timedelta(days=1)).isoformat())
    params = {"start": start, "end": end, "day": day, "uncounted": store.UNCOUNTED_FAILURE}
    with store.transaction(db):
        db.execute(_ROLL_UP_DAY.format(settled=_SETTLED), params)
        day_rows = db.execute("SELECT changes()").fetchone()[0]  # rowcount misses statements opening WITH
        fetch_rows = db.execute(f"DELETE FROM channel_fetches WHERE fetched_at >= :start AND fetched_at < :end "
                                f"AND {_SETTLED}", params).rowcount
    return fetch_rows, day_rows


def roll_up(db: sqlite_utils.Database, keep_days: int, *, today: date | None = None, dry_run: bool = False,
            result: Maintenance | None = None, deadline: float | None = None) -> Maintenance:
    """Roll up every settled per-fetch row older than ``keep_days`` days, day by day, oldest first.

    Crawl runs left open by processes that no longer exist are closed first (their totals come
    from their per-fetch rows); rows of a run still open wait for a later run. ``deadline``
    (``time.monotonic()``) stops between days: what was done stays done."""
    kept = first_kept_day(keep_days, today).isoformat()
    result = result or Maintenance(dry_run=dry_run, keep_days=keep_days, first_kept_day=kept)
    before = store.wita_day_start(kept)
    if dry_run:
        result.fetch_rows = db.execute(f"SELECT count(*) FROM channel_fetches WHERE fetched_at < ? AND {_SETTLED}",
                                       [before]).fetchone()[0]
        day = _next_day(db, before)
        while day is not None:
            result.days += 1
            day = _next_day(db, before, store.wita_day_start((date.fromisoformat(day) + timedelta(days=1)).isoformat()))
        return result
    closed = store.close_dead_runs(db, closer="kimwatch maintain")
    if closed:
        result.notes.append(f"closed {len(closed)} crawl run(s) left open: {', '.join(map(str, closed))}")
    day = _next_day(db, before)
    while day is not None:
        fetch_rows, day_rows = roll_up_day(db, day)
        result.days += 1
        result.fetch_rows += fetch_rows
        result.day_rows += day_rows
        log.debug("rolled up %s: %s fetch rows into %s day rows", day, fetch_rows, day_rows)
        if deadline is not None and time.monotonic() > deadline:
            result.notes.append(f"stopped after {day}: time is up; the next run goes on")
            break
        day = _next_day(db, before, store.wita_day_start((date.fromisoformat(day) + timedelta(days=1)).isoformat()))
    return result


# --------------------------------------------------------------------------- statistics and free pages

def page_counts(db: sqlite_utils.Database) -> tuple[int, int, int]:
    """``(pages, free pages, page size)`` of the main database."""
    return tuple(int(db.execute(f"PRAGMA {name}").fetchone()[0])  # type: ignore[return-value]
                 for name in ("page_count", "freelist_count", "page_size"))


def analyze(db: sqlite_utils.Database) -> None:
    """Fresh planner statistics, sampled (``analysis_limit``): cheap on any size of store."""
    db.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.execute("ANALYZE")


FULL_TEXT_INDEXES = ("posts_fts", "announcements_fts")


def merge_full_text_indexes(db: sqlite_utils.Database) -> None:
    """Merge each full-text index into one segment (FTS5 ``optimize``; nothing to do when it is one).

    An update or a delete of a post leaves the old text's terms in the index (an old phone number,
    a deleted post's words) until its segments are merged: with the rest of the store under
    ``secure_delete``, this is where a dump could still find them. Daily, before the dump."""
    for fts in FULL_TEXT_INDEXES:
        if db[fts].exists():
            with store.transaction(db):
                db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('optimize')")


def vacuum_decision(db: sqlite_utils.Database, db_path: str | Path, *, force: bool = False,
                    convert: bool = False) -> tuple[bool, str]:
    """Whether VACUUM is worth it now and possible, and why (for the log). ``convert``: the store is
    not marked clean (:func:`crawler.store.clean_state`), so one VACUUM is worth it whatever its free pages."""
    pages, free, size = page_counts(db)
    free_bytes, used_bytes = free * size, (pages - free) * size
    worth = force or convert or (free_bytes >= VACUUM_MIN_FREE_BYTES and free >= VACUUM_MIN_FREE_SHARE * pages)
    if not worth:
        return False, (f"not needed ({human_size(free_bytes)} free pages, under {VACUUM_MIN_FREE_SHARE:.0%} of the file "
                       f"or {human_size(VACUUM_MIN_FREE_BYTES)})")
    needed = int(used_bytes * VACUUM_SPACE_FACTOR)
    available = shutil.disk_usage(Path(db_path).resolve().parent).free
    if available < needed:
        gain = (CONVERT_REASON if convert else "") + f"it would free {human_size(free_bytes)}"
        return False, (f"skipped: {gain} but needs about {human_size(needed)} of free disk "
                       f"beside the store ({VACUUM_SPACE_FACTOR:g} x the {human_size(used_bytes)} in use), "
                       f"{human_size(available)} are free")
    return True, (CONVERT_REASON if convert else "") + f"frees {human_size(free_bytes)}"


#: Why a store not marked clean is vacuumed once (see :func:`crawler.store.clean_state`).
CONVERT_REASON = ("converts the store (old free bytes zeroed, auto_vacuum incremental), so that dumps take "
                  "the fast page copy; ")


def vacuum(db: sqlite_utils.Database) -> None:
    """VACUUM, then the WAL it went through truncated; the store is then marked clean.

    The connection writes under ``secure_delete`` (:func:`crawler.store.configure`) and the
    rebuilt file holds only live rows, in ``auto_vacuum = INCREMENTAL`` mode (set here: VACUUM is
    the only way to change it on a store that has tables)."""
    db.execute("PRAGMA auto_vacuum = INCREMENTAL")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.mark_clean(db, "VACUUM of kimwatch maintain")


def file_bytes(db_path: str | Path) -> int:
    """The store's size on disk: the database file and its WAL."""
    total = 0
    for suffix in ("", "-wal"):
        try:
            total += os.stat(f"{db_path}{suffix}").st_size
        except OSError:
            pass
    return total


def maintain(db_path: str | Path, *, keep_days: int = DEFAULT_KEEP_DAYS, dry_run: bool = False,
             vacuum_when: str = "auto", today: date | None = None, time_limit: float | None = None,
             on_step: Callable[[str], None] | None = None) -> Maintenance:
    """Roll up, ANALYZE, and VACUUM when worth it (``vacuum_when``: ``auto``, ``always``, ``never``).

    The caller holds the writer lock. ``time_limit`` (seconds) bounds the roll-up: a long first
    roll-up of an old store goes on at the next run, and VACUUM waits for the roll-up to finish.
    A store that cannot be written (read-only, a full disk) raises :class:`StoreError`; what was
    committed before stays, and the rest of the store is as it was."""
    if not 1 <= keep_days <= MAX_DAYS:
        raise StoreError(f"health_keep_days {keep_days!r} must be a whole number of days from 1 to {MAX_DAYS}")
    try:
        return _maintain(db_path, keep_days=keep_days, dry_run=dry_run, vacuum_when=vacuum_when, today=today,
                         time_limit=time_limit, on_step=on_step)
    except sqlite3.Error as error:
        raise StoreError(failure_message(db_path, error)) from error


def failure_message(db_path: str | Path, error: BaseException) -> str:
    """The one paragraph a failed maintenance run says: what stopped it, what to do, what is kept."""
    code = getattr(error, "errno", None)
    text = f"{error.strerror} ({error.filename})" if isinstance(error, OSError) and error.strerror else str(error)
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES, errno.EPERM):
        hint = (f"this user cannot write {db_path} (or its directory): run `kimwatch maintain` as the user "
                "who owns the store, the daemon's user")
    elif "full" in text or code in (errno.ENOSPC, errno.EDQUOT):
        hint = (f"the disk holding {db_path} is full: free some space on it (the roll-up needs a little, "
                f"VACUUM about {VACUUM_SPACE_FACTOR:g} x the store) and run it again")
    else:
        hint = f"check the disk and the file {db_path}, then run it again"
    return (f"maintenance of {db_path} stopped: {text}; {hint}. Nothing stored is lost: each day rolled up "
            "was committed whole, the rest of the store is as it was.")


def _maintain(db_path: str | Path, *, keep_days: int, dry_run: bool, vacuum_when: str, today: date | None,
              time_limit: float | None, on_step: Callable[[str], None] | None) -> Maintenance:
    started = time.monotonic()
    deadline = started + time_limit if time_limit else None
    step = on_step or (lambda text: log.info("%s", text))
    if not dry_run:
        # VACUUM's temporary copy goes beside the store, whose disk was checked, not to /var/tmp
        os.environ.setdefault("SQLITE_TMPDIR", str(Path(db_path).resolve().parent))
    db = store.connect(db_path, create=not dry_run)  # a dry run does not even upgrade the schema
    try:
        db.execute("PRAGMA journal_size_limit = 67108864")  # the WAL shrinks back after each checkpoint
        pages, free, size = page_counts(db)
        result = Maintenance(dry_run=dry_run, keep_days=keep_days,
                             first_kept_day=first_kept_day(keep_days, today).isoformat(),
                             bytes_before=file_bytes(db_path), free_bytes_before=free * size)
        roll_up(db, keep_days, today=today, dry_run=dry_run, result=result, deadline=deadline)
        if result.fetch_rows:
            step(f"{'would roll up' if dry_run else 'rolled up'} {result.fetch_rows:,} fetch rows of "
                 f"{result.days} day(s)")
        finished = not any(note.startswith("stopped after") for note in result.notes)
        result.analyzed = True
        if not dry_run:
            merge_full_text_indexes(db)
            analyze(db)
        clean, _ = store.clean_state(db)
        run, why = vacuum_decision(db, db_path, force=vacuum_when == "always", convert=not clean)
        if vacuum_when == "never":
            result.vacuum = "not asked (--vacuum never)"
        elif not finished and run:
            result.vacuum = "waits for the roll-up to finish"
        elif dry_run:
            result.vacuum = f"would run: {why}" if run else why
        elif run:
            step(f"VACUUM: {why}")
            vacuum(db)
            result.vacuum = f"done: {why}"
        else:
            result.vacuum = why
        listed, why = store.dump_candidates_state(db)
        if result.vacuum.startswith("done"):  # VACUUM may give rows new rowids: listed again
            listed, why = False, "listed again after VACUUM"
        if dry_run:
            result.candidates = "in place" if listed else f"would be listed: {why}"
        elif not listed:
            step(f"listing the rows a dump cleans: {why}")
            begun = time.monotonic()
            rows = store.install_dump_candidates(db)
            result.candidates = f"listed: {rows:,} rows in {time.monotonic() - begun:.1f}s"
        else:
            begun = time.monotonic()
            tested, kept = store.settle_dump_candidates(db)
            result.candidates = (f"checked: {kept:,} of the {tested:,} rows written since listed "
                                 f"({time.monotonic() - begun:.1f}s)")
        if not dry_run:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages, free, size = page_counts(db)
        result.free_bytes_after = free * size
    finally:
        db.conn.close()
    result.bytes_after = file_bytes(db_path)
    result.seconds = time.monotonic() - started
    return result
