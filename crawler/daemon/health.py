"""The daemon's health summary: failing channels, unmeasured KIMs, recent crawl runs, the lock.

Logged once a day after the report (``journalctl -u kimwatch | grep health:``), at WARNING for
the unmeasured KIMs and the channels failing 3 or more times in a row.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from crawler import store
from crawler.errors import LockedError
from crawler.lock import lock_holder, writer_lock
from crawler.registry import LAST_FETCH_FAILED_SQL


@dataclass
class JobResult:
    """The last outcome of one job, for the health summary and ``--once``'s exit status."""

    name: str
    ok: bool
    status: str
    message: str
    finished_at: str
    warn: bool = False  # succeeded, but with a problem worth a WARNING (a partial crawl, a skip)


# --------------------------------------------------------------------------- lock and health

def writer_lock_holder(db_path: str) -> str | None:
    """A description of who holds the database's writer lock, or None when it is free.

    Checked before a crawl child is started so the daemon skips (and says so) rather than
    stacking a waiting child behind an on-demand crawl; the child also waits (``--wait``)
    for the short race between this check and its own lock.
    """
    try:
        with writer_lock(db_path, wait=False):
            return None
    except LockedError:
        return lock_holder_text(db_path)


def lock_holder_text(db_path: str) -> str:
    """``another kimwatch process (pid N) is writing DB`` — without the CLI's ``--wait`` hint."""
    pid = lock_holder(db_path)
    who = f"pid {pid}" if pid else "pid unknown"
    return f"another kimwatch process ({who}) is writing {db_path}"


def failing_channels(db: sqlite_utils.Database, run_id: int, limit: int = 10) -> str:
    """``; failing: a, b, c (and 4 more)`` — the channels a run could not read, or ``""``."""
    ids = [row[0] for row in db.execute(
        "SELECT DISTINCT channel_id FROM channel_fetches WHERE run_id = ? AND ok = 0 "
        "AND coalesce(status, '') NOT IN ('429', 'rate-limited') ORDER BY channel_id",  # asked to wait: no failure
        [run_id]).fetchall()]
    if not ids:
        return ""
    more = f" (and {len(ids) - limit} more)" if len(ids) > limit else ""
    return f"; failing: {', '.join(ids[:limit])}{more}"


def skipped_channels(db: sqlite_utils.Database, run_id: int, owner: str) -> str:
    """``, 18 backed off, 1 waiting Retry-After`` — the active channels of ``owner``'s kind ('kim'
    or 'source') that run ``run_id`` left out because they are backed off after repeated failures
    or wait for their host's Retry-After (not fetched in the run, not due before a time after it
    started), or ``""``. A run's ``channels`` count only the channels it read."""
    started = db.execute("SELECT started_at FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    if not started:
        return ""
    waiting, backed_off = db.execute(
        "SELECT coalesce(sum(last_status IN ('429', 'rate-limited')), 0), "
        "coalesce(sum(last_status NOT IN ('429', 'rate-limited') OR last_status IS NULL), 0) "
        "FROM channels WHERE owner_kind = ? AND status = 'active' AND crawlable = 1 AND next_crawl_after > ? "
        "AND id NOT IN (SELECT channel_id FROM channel_fetches WHERE run_id = ?)",
        [owner, started[0], run_id]).fetchone()
    parts = [f"{backed_off} backed off" if backed_off else "", f"{waiting} waiting Retry-After" if waiting else ""]
    return "".join(f", {part}" for part in parts if part)


#: A channel failing this many times in a row is named at WARNING in the health summary.
FAILING_WARN_AFTER = 3


def health_summary(db: sqlite_utils.Database, *, days: int = 30, report_json: Path | None = None,
                   last_jobs: Mapping[str, JobResult] | None = None, limit: int = 10,
                   unrecorded_runs: int = 0) -> list[str]:
    """The daily health summary as log lines; the first line is the one-line overview."""
    return [line for _, line in health_lines(db, days=days, report_json=report_json, last_jobs=last_jobs,
                                             limit=limit, unrecorded_runs=unrecorded_runs)]


def health_lines(db: sqlite_utils.Database, *, days: int = 30, report_json: Path | None = None,
                 last_jobs: Mapping[str, JobResult] | None = None, limit: int = 10,
                 unrecorded_runs: int = 0) -> list[tuple[int, str]]:
    """:func:`health_summary` with a log level per line: problems (unmeasured KIMs, channels failing
    ``FAILING_WARN_AFTER`` times or more, a failed last job) are WARNING, the rest INFO.

    ``unrecorded_runs``: crawls of the last 24 hours that have no ``crawl_runs`` row because the
    store could not be written (the daemon counts them); they are counted in the overview."""
    failing = db.execute(
        "SELECT id, url, consecutive_failures, coalesce(last_error, last_status, '') FROM channels "
        f"WHERE status = 'active' AND crawlable = 1 AND {LAST_FETCH_FAILED_SQL} "
        # a server that asked to be asked later (429, Retry-After) is no failure of the channel,
        # whatever failures came before: waiting, as the crawl and the report say (kpis.channel_health)
        "AND coalesce(last_status, '') NOT IN ('429', 'rate-limited') "
        "ORDER BY consecutive_failures DESC, id").fetchall()
    crawlable = db.execute(
        "SELECT count(*) FROM channels WHERE status = 'active' AND crawlable = 1").fetchone()[0]
    unmeasured, registered, how, unmeasured_ids = _unmeasured(db, days, report_json)
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 86400))
    runs = db.execute("SELECT status, count(*) FROM crawl_runs WHERE started_at >= ? GROUP BY status "
                      "ORDER BY count(*) DESC", [since]).fetchall()
    runs_text = ", ".join(f"{n} {status}" for status, n in runs) or "none"
    info, warning = logging.INFO, logging.WARNING
    if unrecorded_runs:
        runs_text += (f"; {unrecorded_runs} more failed and not recorded (the store could not be "
                      "written)")
    lines = [(warning if unrecorded_runs else info, f"{len(failing)} of {crawlable} crawlable channels failing; {unmeasured} of {registered} "
                    f"KIMs unmeasured ({how}); crawl runs in the last 24 h: {runs_text}")]
    if unmeasured_ids:
        more = f" (first {limit} of {len(unmeasured_ids)})" if len(unmeasured_ids) > limit else ""
        lines.append((warning, f"unmeasured KIMs{more}: {', '.join(unmeasured_ids[:limit])}"))
    for channel, url, failures, error in failing[:limit]:
        lines.append((warning if failures >= FAILING_WARN_AFTER else info,
                      f"failing channel {channel} ({url}): {failures} failures in a row, last: {error}"))
    if len(failing) > limit:
        rest = failing[limit:]
        level = warning if any(f >= FAILING_WARN_AFTER for _, _, f, _ in rest) else info
        lines.append((level, f"… and {len(rest)} more failing channels (kimwatch registry show)"))
    for job in ("crawl-sources", "crawl-kims", "match", "report"):
        result = (last_jobs or {}).get(job)
        if result:
            lines.append((info if result.ok and not result.warn else warning,
                          f"last {job}: {_outcome(result)} at {result.finished_at}: "
                          f"{result.message}"))
    return lines


def _outcome(result: JobResult) -> str:
    """A job's outcome in a word: ok, FAILED, or what it was when it succeeded with a problem
    (``skipped`` while another process wrote, ``partial``) — not "ok" for those."""
    if not result.ok:
        return "FAILED"
    return result.status if result.warn and result.status not in ("ok", "") else "ok"


def _unmeasured(db: sqlite_utils.Database, days: int,
                report_json: Path | None) -> tuple[int, int, str, list[str]]:
    """Unmeasured KIMs (count, registered, how, ids): from today's report when there is one (same
    numbers as the report)."""
    if report_json is not None and report_json.exists():
        try:
            data = json.loads(report_json.read_text(encoding="utf-8"))
            ids = sorted(str(k["id"]) for k in data.get("kims", []) if k.get("status") == "unmeasured")
            return (int(data["kims_unmeasured"]), int(data["kims_registered"]), f"report of the last {days} days",
                    ids)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - days * 86400))
    registered = db.execute("SELECT count(*) FROM kims WHERE status = 'active'").fetchone()[0]
    ids = [row[0] for row in db.execute(
        """SELECT k.id FROM kims k WHERE k.status = 'active'
             AND NOT EXISTS (SELECT 1 FROM channel_fetches f JOIN channels c ON c.id = f.channel_id
                             WHERE c.owner_kind = 'kim' AND c.owner_id = k.id AND f.ok = 1
                               AND f.fetched_at >= ?)
             AND NOT EXISTS (SELECT 1 FROM channel_fetch_days d JOIN channels c ON c.id = d.channel_id
                             WHERE c.owner_kind = 'kim' AND c.owner_id = k.id AND d.ok > 0 AND d.day >= ?)
             AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.kim_id = k.id AND p.published_at >= ?)
           ORDER BY k.id""",
        # a rolled-up day counts whole (health_keep_days shorter than report_days only)
        [since, store.wita_day(since), since]).fetchall()]
    return len(ids), int(registered), f"no successful fetch and no post in {days} days", ids
