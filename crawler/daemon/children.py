"""Supervised child processes: every heavy job runs as ``python -m crawler … COMMAND``.

Scrapy's reactor cannot restart inside one process; a child can be given a wall-clock limit
and be killed when it hangs; and whatever memory a job takes is returned when the child exits.
:func:`run_child` relays the child's log lines at their own level, stops it on a timeout or a
shutdown with SIGTERM, a second SIGTERM after half of ``kill_grace`` and SIGKILL only at its
end. A crawl child that is killed may leave its ``crawl_runs`` row open or never have written
one: :func:`settle_crawl_runs` closes or inserts it with a status (``timeout``,
``interrupted``, ``killed``, ``crashed``) and a message, with its ``channels`` and ``errors``
from the run's ``channel_fetches`` rows.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import os
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler import store
from crawler.daemon.config import format_duration
from crawler.daemon.logs import _ANSI_RE
from crawler.dates import utc_now

#: Set in a child's environment to the daemon's pid: the child has the kernel kill it when the
#: daemon dies (:func:`crawler.lock.die_with_parent`), so none runs on unsupervised holding the lock
PARENT_VARIABLE = "KIMWATCH_DAEMON_PID"

log = logging.getLogger("crawler.daemon")  # the name operators see in the journal: stable across modules
child_log = logging.getLogger("crawler.daemon.child")


# --------------------------------------------------------------------------- child processes

@dataclass
class ChildResult:
    """How a child process ended."""

    name: str
    pid: int
    returncode: int | None
    outcome: str  # ok | failed | timeout | interrupted | killed
    seconds: float
    spawned_at: str
    tail: list[str]

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    def describe(self) -> str:
        if self.outcome == "ok":
            return f"ok in {self.seconds:.1f}s"
        if self.outcome == "killed" and self.returncode is not None:
            try:
                name = signal.Signals(-self.returncode).name
            except ValueError:
                name = f"signal {-self.returncode}"
            return f"killed by {name} after {self.seconds:.1f}s"
        if self.outcome == "failed":
            return f"failed with exit status {self.returncode} after {self.seconds:.1f}s"
        return f"{self.outcome} after {self.seconds:.1f}s"


def _signal_group(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


_CHILD_LOG_RE = re.compile(
    r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[,.]\d+)?(?:Z|[+-]\d\d:\d\d| WITA)?\s+"  # the child's own time stamp
    r"(?:(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+(?P<name>[\w.]+):"  # kimwatch: LEVEL name:
    r"|\[(?P<bracket_name>[\w.]+)\]\s+(?P<bracket_level>DEBUG|INFO|WARNING|ERROR|CRITICAL):)"  # Scrapy
    r"\s?(?P<message>.*)")


def child_line(line: str) -> tuple[int, str]:
    """The level and text a child's output line is relayed with.

    A log line of the child loses its own time stamp and level (the daemon's line has both):
    ``2026-11-28 10:48:20,297 WARNING crawler.harvest.runner: x`` → ``(WARNING, "crawler.harvest.runner: x")``.
    Its warnings and errors keep their level; its info and debug lines, like other output, are
    debug detail (the job's own log line summarises them), except error messages and tracebacks,
    which are relayed as warnings.
    """
    match = _CHILD_LOG_RE.fullmatch(line)
    if match:
        name = match.group("name") or match.group("bracket_name")
        level_name = match.group("level") or match.group("bracket_level")
        level = getattr(logging, level_name)
        return (level if level >= logging.WARNING else logging.DEBUG), f"{name}: {match.group('message')}"
    if any(word in line for word in (" ERROR ", " WARNING ", " CRITICAL ", "Error:", "Traceback")):
        return logging.WARNING, line
    return logging.DEBUG, line


def _relay_output(proc: subprocess.Popen[str], label: str, tail: collections.deque[str]) -> None:
    """Forward the child's output line by line into the daemon's log (one record per line)."""
    assert proc.stdout is not None
    for raw in proc.stdout:
        line = _ANSI_RE.sub("", raw.rstrip("\r\n"))
        if not line.strip():
            continue
        level, line = child_line(line)
        tail.append(line)
        child_log.log(level, "%s: %s", label, line)


def _stop_child(proc: subprocess.Popen[str], label: str, reason: str, *, timeout: float,
                kill_grace: float) -> None:
    """SIGTERM; a second SIGTERM after half of ``kill_grace``; SIGKILL at its end.

    A crawl child stops cleanly on the first SIGTERM but lets the requests in flight finish
    (up to its download timeout, longer than ``kill_grace``); on a second SIGTERM it stops its
    reactor at once and closes its run row as ``interrupted``, keeping what it stored. SIGKILL
    is the last resort: whatever the child still buffered is lost.
    """
    half = kill_grace / 2
    why = (f"still running after the limit of {format_duration(timeout)}" if reason == "timeout"
           else "stopping it for shutdown")
    log.warning("%s: %s; SIGTERM now, again after %s, SIGKILL after %s", label, why,
                format_duration(half), format_duration(kill_grace))
    _signal_group(proc.pid, signal.SIGTERM)
    if _exits_within(proc, half):
        return
    log.warning("%s: still running %s after SIGTERM; sending a second SIGTERM (stop at once)",
                label, format_duration(half))
    _signal_group(proc.pid, signal.SIGTERM)
    if _exits_within(proc, kill_grace - half):
        return
    log.warning("%s: did not stop within %s; sending SIGKILL (what it had not stored is lost)",
                label, format_duration(kill_grace))
    _signal_group(proc.pid, signal.SIGKILL)
    proc.wait()


def _exits_within(proc: subprocess.Popen[str], seconds: float) -> bool:
    """Whether ``proc`` ends within ``seconds``."""
    try:
        proc.wait(seconds)
    except subprocess.TimeoutExpired:
        return False
    return True


def run_child(argv: list[str], *, name: str, timeout: float, kill_grace: float,
              stop_deadline: Callable[[], float | None] = lambda: None,
              env: Mapping[str, str] | None = None, poll: float = 0.2) -> ChildResult:
    """Run ``argv`` in its own session with a wall-clock ``timeout``.

    The child is stopped (see :func:`_stop_child`) when the timeout passes, or when
    ``stop_deadline()`` returns a monotonic time that has passed (the daemon is shutting down).
    ``stop_deadline`` is called at every poll, so the daemon can also notice other things
    meanwhile (a reload that must wait). Its output is relayed into the log; the last lines are
    kept for the ``crawl_runs`` message.
    """
    child_env = dict(os.environ if env is None else env)
    child_env["PYTHONUNBUFFERED"] = "1"
    child_env.pop("JOURNAL_STREAM", None)  # the child writes into our pipe, not into journald
    child_env[PARENT_VARIABLE] = str(os.getpid())  # it dies with the daemon (kill -9 of it included)
    spawned_at = utc_now()
    started = time.monotonic()
    proc = subprocess.Popen(  # noqa: S603 - argv is built by the daemon, never by a shell
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, encoding="utf-8", errors="replace", bufsize=1, env=child_env,
        start_new_session=True,  # a Ctrl-C on the terminal reaches the daemon only; it decides
    )
    label = f"{name}[{proc.pid}]"
    log.debug("started %s: %s", label, " ".join(argv))
    tail: collections.deque[str] = collections.deque(maxlen=20)
    reader = threading.Thread(target=_relay_output, args=(proc, label, tail), daemon=True,
                              name=f"relay-{proc.pid}")
    reader.start()
    deadline = started + timeout
    reason = None
    while proc.poll() is None:
        now = time.monotonic()
        stop_at = stop_deadline()
        if now >= deadline:
            reason = "timeout"
        elif stop_at is not None and now >= stop_at:
            reason = "interrupted"
        if reason:
            break
        wake = min(deadline, stop_at) if stop_at is not None else deadline
        time.sleep(max(0.01, min(poll, wake - now)))
    if reason:
        _stop_child(proc, label, reason, timeout=timeout, kill_grace=kill_grace)
    reader.join(timeout=5)
    if proc.stdout is not None:
        with contextlib.suppress(OSError):
            proc.stdout.close()
    code = proc.returncode
    if reason:
        outcome = reason
    elif code == 0:
        outcome = "ok"
    elif code is not None and code < 0:
        outcome = "killed"
    else:
        outcome = "failed"
    return ChildResult(name=name, pid=proc.pid, returncode=code, outcome=outcome,
                       seconds=time.monotonic() - started, spawned_at=spawned_at, tail=list(tail))


# --------------------------------------------------------------------------- crawl_runs upkeep

_RUN_STATUS = {"timeout": "timeout", "interrupted": "interrupted", "killed": "killed", "failed": "crashed"}


def settle_crawl_runs(db: sqlite_utils.Database, result: ChildResult, *, trigger: str = "daemon",
                      filters: Mapping[str, Any] | None = None, limit_text: str = "") -> list[int]:
    """Close or insert the ``crawl_runs`` row of a crawl child that did not end well.

    The child's row is found by its pid (and a start no earlier than the spawn). Open rows are
    closed with the outcome; a row the child closed itself as ``interrupted`` in answer to the
    daemon's timeout is re-labelled ``timeout``. When the child died before writing a row, one is
    inserted, so every crawl attempt shows in the history. An open row gets the counters the
    child did record (:func:`recorded_counts`). Returns the ids touched.
    """
    if result.ok:
        return []
    status = _RUN_STATUS[result.outcome]
    last_words = " | ".join(result.tail[-3:])
    message = f"{result.describe()}{limit_text}" + (f"; last output: {last_words}" if last_words else "")
    message = message[:2000]
    rows = db.execute(
        "SELECT id, status, finished_at, message FROM crawl_runs WHERE pid = ? AND started_at >= ?",
        [result.pid, result.spawned_at],
    ).fetchall()
    touched = []
    if not rows:
        with store.transaction(db):
            cursor = db.execute(
                "INSERT INTO crawl_runs (started_at, finished_at, trigger, status, filters, pid, message) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [result.spawned_at, utc_now(), trigger, status,
                 json.dumps(dict(filters or {}), sort_keys=True), result.pid,
                 f"no run row was written by the crawl process; {message}"],
            )
        return [int(cursor.lastrowid or 0)]
    for run_id, run_status, finished_at, old_message in rows:
        if finished_at is None:
            store.finish_crawl_run(db, run_id, status, message=message, **recorded_counts(db, run_id))
            touched.append(run_id)
        elif status == "timeout" and run_status == "interrupted":
            combined = message + (f"; crawl said: {old_message}" if old_message else "")
            with store.transaction(db):
                db.execute("UPDATE crawl_runs SET status = 'timeout', message = ? WHERE id = ?",
                           [combined[:2000], run_id])
            touched.append(run_id)
    return touched


def recorded_counts(db: sqlite_utils.Database, run_id: int) -> dict[str, int]:
    """What a run left in the store (:func:`crawler.store.run_fetch_counts`): a killed child never
    wrote its totals, but its fetches and the items it stored are there, so its row does not say
    "0 channels, 0 new". The number of requests is not known: left as it is."""
    return store.run_fetch_counts(db, run_id)


def close_abandoned_runs(db: sqlite_utils.Database) -> list[int]:
    """Close ``crawl_runs`` rows left open by processes that no longer exist (power cut, kill -9)
    as ``killed``, the status every crawl gives them too.

    The logic is :func:`crawler.store.close_dead_runs`, which every crawl also runs at its start.
    """
    return store.close_dead_runs(db, status="killed", closer="the daemon at start")


# --------------------------------------------------------------------------- the daemon

def _child_pythonpath(current: str | None) -> str:
    """PYTHONPATH for ``python -m crawler`` children: also works from an uninstalled checkout.

    The directory holding the ``crawler`` package is put first unless it is a site-packages
    directory (an installed kimwatch is found anyway, and site-packages must not go before the
    standard library).
    """
    root = str(Path(__file__).resolve().parents[2])
    parts = [p for p in (current or "").split(os.pathsep) if p]
    if Path(root).name in ("site-packages", "dist-packages") or root in parts:
        return os.pathsep.join(parts)
    return os.pathsep.join([root, *parts])
