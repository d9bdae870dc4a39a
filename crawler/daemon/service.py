"""The kimwatch daemon: crawl, match, report, dump and health jobs on a schedule.

Why it is built this way:

- Every heavy job (crawl, match, report, dump) runs in a **child process**
  (:mod:`crawler.daemon.children`), so it can be given a wall-clock limit, be killed when it
  hangs, and return its memory when it exits: the daemon itself stays small for months.
- Jobs run one after another in the main thread (``schedule``'s ``run_pending``), so they never
  overlap. The crawl child takes the database's writer lock (:mod:`crawler.lock`), which a
  ``kimwatch crawl`` started by hand shares: one writer at a time.
- Signal handlers only set flags; the main loop and the child-wait loop act on them, so a
  signal never interrupts a database write half-way.
- A child is stopped (timeout, shutdown) with SIGTERM, a second SIGTERM after half of
  ``kill_grace`` and SIGKILL only at its end: a crawl stops cleanly on the first but waits for
  its requests in flight (up to its download timeout); on the second it stops at once and
  closes its run row as ``interrupted``, keeping what it stored. SIGKILL loses what it buffered.
- The config (:mod:`crawler.daemon.config`) and registry are reloaded between jobs only (a
  crawl holds the writer lock); a SIGHUP or file change during a job is logged as pending and
  done after it. A reload keeps each crawl's next run time unless its interval changed.
- Daily at ``maintain_at`` (03:00 WITA, before the report and dump) a ``kimwatch maintain`` child
  rolls up the health history older than ``health_keep_days``, refreshes the planner's
  statistics and VACUUMs when free pages are worth it (:mod:`crawler.maintenance`); it takes the
  writer lock like a crawl, so it never runs while a crawl writes.
- Problems log at WARNING or ERROR (``journalctl -p warning`` shows them all): failed jobs, partial
  crawls with the failing channels, jobs skipped for the writer lock, the health summary's
  (:mod:`crawler.daemon.health`) unmeasured KIMs and channels failing 3+ times in a row.
  Successes log at INFO. A failed daily report is tried again after
  ``min(15m, crawl_kims_every)`` until it succeeds that day.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import shutil
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import schedule
import sqlite_utils

from crawler import store
from crawler.daemon.children import (
    ChildResult,
    _child_pythonpath,
    close_abandoned_runs,
    run_child,
    settle_crawl_runs,
)
from crawler.daemon.config import DaemonConfig, format_duration, load_config
from crawler.daemon.health import (
    JobResult,
    failing_channels,
    health_lines,
    lock_holder_text,
    skipped_channels,
    writer_lock_holder,
)
from crawler.dates import WITA, utc_now
from crawler.errors import KimwatchError, LockedError
from crawler.lock import writer_lock

log = logging.getLogger("crawler.daemon")  # the name operators see in the journal: stable across modules


#: A failed daily report is tried again after this long (or the KIM interval, when shorter).
REPORT_RETRY_SECONDS = 900.0
#: Statuses of runs the daemon (or a later crawl) closed for a child that could not.
CLOSED_FOR_THE_CHILD = ("timeout", "killed", "crashed", "abandoned")
FAILED_RUN_STATUSES = ("failed", "crashed", "error", "timeout", "killed", "interrupted", "abandoned")
CRAWL_OWNERS = {"crawl-sources": "source", "crawl-kims": "kim"}


def publish_latest(report: Path, latest: Path) -> None:
    """Make ``latest`` (``latest.html``, ``latest.json``) the day's ``report``: a second name of the same
    file (a hard link, which needs no disk), else a copy; put in place by a rename, so a reader never
    sees half a file, and on a failure (a full disk for the copy) the previous one stays and no
    partial file is left."""
    partial = latest.with_name(f".{latest.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        try:
            os.link(report, partial)
        except OSError:  # a file system without hard links
            shutil.copyfile(report, partial)
        os.replace(partial, latest)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


class Daemon:
    """Runs the jobs; see the module docstring for why it is shaped this way.

    ``child_prefix`` is the command that starts kimwatch in a child (default
    ``python -m crawler``); tests may point it elsewhere.
    """

    def __init__(self, config: DaemonConfig, *, config_path: str | None = None,
                 child_prefix: list[str] | None = None, environ: Mapping[str, str] | None = None) -> None:
        self.config = config
        self.config_path = config_path
        self.child_prefix = list(child_prefix or [sys.executable, "-m", "crawler"])
        self.environ = dict(os.environ if environ is None else environ)
        if child_prefix is None:
            self.environ["PYTHONPATH"] = _child_pythonpath(self.environ.get("PYTHONPATH"))
        if config_path:  # the crawl child reads its `crawl:` section from the same file
            self.environ["KIMWATCH_CONFIG"] = str(Path(config_path).resolve())
        self.scheduler = schedule.Scheduler()
        self.results: dict[str, JobResult] = {}
        self.failed_jobs: set[str] = set()  # names only: bounded however long the daemon runs
        # when crawl jobs ended with no crawl_runs row because the store could not be written
        # (read-only): the health line counts them from here, the store cannot
        self.unrecorded_runs: collections.deque[float] = collections.deque(maxlen=10_000)
        self.lock_skips: dict[str, str] = {}  # job → who held the writer lock (for --once)
        # crawl job → the crawl_runs id of its last run in this pass: the verification after the KIM
        # crawl adds its requests there (every request the daemon sends is in a run's count)
        self.crawl_run_ids: dict[str, int] = {}
        self.stop_at: float | None = None
        self._signals: list[str] = []
        self._reload_requested = False
        self._config_reload_failed = False  # the last reload was refused: confirm the next good one
        self._reload_announced = False  # "reload pending" said during the running child
        self._reload_checked_at = 0.0
        self._registry_retry_at: float | None = None  # a reload deferred by the writer lock
        self._report_retry: tuple[str, float] | None = None  # (WITA day, monotonic time) of a failed report
        self._notify_retry_at: float | None = None  # monotonic time to try a failed alert digest again
        self.once = False  # run_once: a missing registry file is an error, not something to watch for
        self._stamps: dict[str, tuple[int, int] | None] = {}
        self._crawl_seen: dict[str, Any] = {}
        # the crawl: section in force, to say when it changes (read with the config when it was)
        self._crawl_seen = dict(config.crawl) if config.crawl is not None else self._crawl_section()
        self._previous_handlers: dict[int, Any] = {}

    # ---- helpers

    @property
    def stopping(self) -> bool:
        return self.stop_at is not None

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite_utils.Database]:
        """A fresh connection per job: a restored or replaced database file is picked up."""
        db = store.connect(self.config.db)
        try:
            yield db
        finally:
            db.conn.close()

    def _kimwatch(self, *args: str) -> list[str]:
        return [*self.child_prefix, "--db", self.config.db, *args]

    def _record(self, name: str, ok: bool, status: str, message: str, *, warn: bool = False) -> JobResult:
        result = JobResult(name=name, ok=ok, status=status, message=message, finished_at=utc_now(), warn=warn)
        self.results[name] = result
        if not ok:
            self.failed_jobs.add(name)
        return result

    def _locked(self, name: str, holder: str) -> JobResult:
        """A job skipped because another process holds the writer lock (a WARNING; ``--once`` fails)."""
        self.lock_skips[name] = holder
        later = "" if self.once else "; trying again at the next interval"
        return self._record(name, True, "skipped", f"skipped: {holder}{later}", warn=True)

    def run_job(self, name: str, job: Callable[[], JobResult]) -> bool:
        """Run one job; any exception (full disk, locked or broken database) is logged, not raised."""
        self._log_signals()
        if self.stopping:
            log.info("job %s: skipped, the daemon is stopping", name)
            return False
        started = time.monotonic()
        try:
            result = job()
        except KimwatchError as error:
            result = self._record(name, False, "error", str(error))
        except Exception as error:  # noqa: BLE001 - a daemon outlives its jobs' bugs
            log.debug("job %s raised", name, exc_info=True)
            if store.is_read_only_error(error):
                result = self._record(name, False, "read-only", store.read_only_message(self.config.db, error))
            else:
                result = self._record(name, False, "error", f"{type(error).__name__}: {error}")
        took = time.monotonic() - started
        if result.ok:
            log.log(logging.WARNING if result.warn else logging.INFO, "job %s: %s (%.1fs)", name,
                    result.message or result.status, took)
        elif self.stopping and result.status == "interrupted":
            # the daemon's own stop (systemctl stop/restart) ended the job: no failure to alert on
            log.info("job %s stopped with the daemon: %s (%.1fs); what it stored is kept", name,
                     result.message, took)
        else:
            log.error("job %s failed: %s (%.1fs)%s", name, result.message, took,
                      "" if self.once else "; the daemon goes on")
        return result.ok

    # ---- signals

    def _on_stop_signal(self, signum: int, frame: object) -> None:
        self._signals.append(signal.Signals(signum).name)
        now = time.monotonic()
        if self.stop_at is None:
            self.stop_at = now + self.config.stop_grace
        else:  # a second signal: stop the running child now
            self.stop_at = now

    def _on_hup(self, signum: int, frame: object) -> None:
        self._signals.append("SIGHUP")
        self._reload_requested = True

    def _log_signals(self) -> None:
        while self._signals:
            name = self._signals.pop(0)
            if name == "SIGHUP":
                log.info("SIGHUP: the config and registry will be reloaded")
            elif self.stop_at is not None and self.stop_at <= time.monotonic() + 0.05:
                log.warning("%s: stopping now (a running child is stopped)", name)
            else:
                log.info("%s: stopping; no new job starts, a running child may finish within %s",
                         name, format_duration(self.config.stop_grace))

    def install_signal_handlers(self) -> None:
        for signum, handler in ((signal.SIGTERM, self._on_stop_signal),
                                (signal.SIGINT, self._on_stop_signal), (signal.SIGHUP, self._on_hup)):
            self._previous_handlers[signum] = signal.signal(signum, handler)

    def restore_signal_handlers(self) -> None:
        for signum, handler in self._previous_handlers.items():
            signal.signal(signum, handler)
        self._previous_handlers.clear()

    # ---- jobs

    def _child(self, name: str, args: list[str], timeout: float) -> ChildResult:
        if self.stopping:  # e.g. the dump after a report interrupted by SIGTERM
            return ChildResult(name=name, pid=0, returncode=None, outcome="interrupted", seconds=0.0,
                               spawned_at=utc_now(), tail=["not started: the daemon is stopping"])

        def stop_deadline() -> float | None:
            self._log_signals()
            self._note_pending_reload(name)
            return self.stop_at
        return run_child(self._kimwatch(*args), name=name, timeout=timeout,
                         kill_grace=self.config.kill_grace, stop_deadline=stop_deadline,
                         env=self.environ)

    def _owner_ids(self, owner: str) -> list[str]:
        table = "kims" if owner == "kim" else "sources"
        with self._db() as db:
            return [row[0] for row in db.execute(
                f"SELECT {table}.id FROM {table} WHERE status = 'active' AND EXISTS ("  # noqa: S608
                "SELECT 1 FROM channels WHERE channels.owner_kind = ? AND channels.owner_id = "
                f"{table}.id AND channels.crawlable = 1 AND channels.status = 'active') ORDER BY id",
                [owner]).fetchall()]

    def crawl(self, name: str) -> JobResult:
        """Crawl every crawlable channel of the active sources (or KIMs) in a child process."""
        owner = CRAWL_OWNERS[name]
        self.crawl_run_ids.pop(name, None)  # (a skipped crawl has no run a later job can count into)
        holder = writer_lock_holder(self.config.db)
        if holder:
            return self._locked(name, holder)
        ids = self._owner_ids(owner)
        if not ids:
            return self._record(name, True, "skipped", f"no active {owner} with a crawlable channel")
        flag = "--kim" if owner == "kim" else "--source"
        args = ["crawl", "--trigger", "daemon", "--no-match", "--wait", "--quiet"]
        for owner_id in ids:
            args += [flag, owner_id]
        result = self._child(name, args, self.config.crawl_timeout)
        if not result.pid:
            return self._record(name, False, "interrupted", "not started: the daemon is stopping")
        filters = {"owner": owner, flag.strip("-"): ids}
        limit = f" (crawl_timeout {format_duration(self.config.crawl_timeout)})" if result.outcome == "timeout" else ""
        try:
            with self._db() as db:
                settle_crawl_runs(db, result, filters=filters, limit_text=limit)
                row = db.execute(
                    "SELECT id, status, requests, items_new, items_updated, errors, channels FROM crawl_runs "
                    "WHERE pid = ? AND started_at >= ? ORDER BY id DESC LIMIT 1",
                    [result.pid, result.spawned_at]).fetchone()
                failing = failing_channels(db, row[0]) if row else ""
                skipped = skipped_channels(db, row[0], owner) if row else ""
        except sqlite3.DatabaseError as error:
            if not store.is_read_only_error(error):
                raise
            self.unrecorded_runs.append(time.time())  # no crawl_runs row: the health line counts it here
            last = result.tail[-1] if result.tail else ""
            return self._record(name, False, "read-only", f"{store.read_only_message(self.config.db, error)}; "
                                f"the run is not recorded; child {result.describe()}"
                                + (f"; last output: {last}" if last else ""))
        if row:
            run_id, status, requests, new, updated, errors, channels = row
            self.crawl_run_ids[name] = run_id
            # a run closed for its killed child has no count of requests (its items are counted)
            sent = "requests not known" if not requests and status in CLOSED_FOR_THE_CHILD else f"{requests} requests"
            summary = (f"run {run_id} {status}: {channels} channels read{skipped}, {sent}, "
                       f"{new} new, {updated} updated, {errors} errors{failing}")
        else:
            status, summary = ("ok" if result.ok else "failed"), "no crawl_runs row"
        ok = result.ok and status not in FAILED_RUN_STATUSES
        if result.outcome == "interrupted" and self.stopping and status not in FAILED_RUN_STATUSES:
            status = "interrupted"  # the daemon's stop ended a run that went well: a stop, not a failure
        return self._record(name, ok, status, summary if result.ok else f"{summary}; child {result.describe()}",
                            warn=status == "partial")

    def match(self) -> JobResult:
        """Match what the crawls stored, in a child; the daemon holds the writer lock meanwhile.

        Matching writes amplifications, so it is a writer like a crawl: a ``kimwatch crawl``
        started by hand meanwhile waits (``--wait``) or refuses, and when such a crawl holds the
        lock, this pass is skipped (that crawl matches what it stores).
        """
        try:
            with writer_lock(self.config.db, wait=False):
                result = self._child("match", ["match"], self.config.job_timeout)
        except LockedError:
            return self._locked("match", lock_holder_text(self.config.db))
        last = result.tail[-1] if result.tail else ""
        message = last if result.ok else f"child {result.describe()}" + (f"; last output: {last}" if last else "")
        return self._record("match", result.ok, result.outcome, message)

    def verify(self) -> JobResult:
        """Check pending self-reports (``kimwatch verify --no-match --wait``) in a child, after the KIM
        crawl; the child takes the writer lock itself, as a crawl child does. The match job that
        follows matches the posts it made. Nothing is started when no report is pending, nor while
        another process holds the writer lock (as for a crawl)."""
        with self._db() as db:
            pending = ("reports" in db.table_names()
                       and db.execute("SELECT count(*) FROM reports WHERE status = 'pending'").fetchone()[0])
        if not pending:
            return self._record("verify", True, "skipped", "no pending self-report")
        holder = writer_lock_holder(self.config.db)
        if holder:
            return self._locked("verify", holder)
        args = ["verify", "--no-match", "--wait"]
        run_id = self.crawl_run_ids.get("crawl-kims")
        if run_id is not None:  # its requests counted where the KIM crawl's are, as `kimwatch crawl` counts its own
            args += ["--count-in-run", str(run_id)]
        result = self._child("verify", args, self.config.job_timeout)
        last = result.tail[-1] if result.tail else ""
        message = last if result.ok else f"child {result.describe()}" + (f"; last output: {last}" if last else "")
        return self._record("verify", result.ok, result.outcome, message)

    def report_paths(self, day: str) -> dict[str, Path]:
        base = Path(self.config.report_dir)
        return {"html": base / f"kimwatch-report-{day}.html", "json": base / f"kimwatch-report-{day}.json",
                "latest_html": base / "latest.html", "latest_json": base / "latest.json",
                "dump": base / "dump"}

    def report(self) -> JobResult:
        """Daily: HTML and JSON report for the last ``report_days`` days, then the Datasette dump.

        Each file is written under a temporary name and renamed, so a reader never sees half a
        report, and a failed run leaves yesterday's files in place.
        """
        day = datetime.now(WITA).date().isoformat()
        paths = self.report_paths(day)
        Path(self.config.report_dir).mkdir(parents=True, exist_ok=True)
        problems = []
        for fmt in ("html", "json"):
            target = paths[fmt]
            partial = target.with_name(f".{target.name}.partial")
            result = self._child(f"report-{fmt}", ["report", "--days", str(self.config.report_days),
                                                    "--format", fmt, "--output", str(partial)],
                                 self.config.job_timeout)
            if result.ok and partial.exists():
                os.replace(partial, target)
                try:
                    publish_latest(target, paths[f"latest_{fmt}"])
                except OSError as error:
                    problems.append(f"{fmt} report written to {target}, but {paths[f'latest_{fmt}']} was not "
                                    f"updated ({error.strerror or error}); the previous one stays")
            else:
                partial.unlink(missing_ok=True)
                problems.append(f"{fmt} report {result.describe()}")
        dump = paths["dump"]
        fresh = dump.with_name(".dump.partial")
        old = dump.with_name(".dump.old")
        shutil.rmtree(fresh, ignore_errors=True)
        try:
            result = self._child("dump", ["dump", str(fresh)], self.config.job_timeout)
            if result.ok and fresh.exists():
                shutil.rmtree(old, ignore_errors=True)
                if dump.exists():
                    os.replace(dump, old)
                os.replace(fresh, dump)
                shutil.rmtree(old, ignore_errors=True)
            else:
                last = f"; last output: {result.tail[-1]}" if result.tail and not result.ok else ""
                problems.append(f"dump {result.describe()}{last}")
        finally:  # a failed or killed dump leaves no full database copy behind
            shutil.rmtree(fresh, ignore_errors=True)
        if problems:
            return self._record("report", False, "failed", "; ".join(problems))
        return self._record("report", True, "ok", f"wrote {paths['html']}, {paths['json']} and {dump}/")

    def maintain_timeout(self) -> float:
        """The maintenance child's limit: four times job_timeout (a first roll-up of an old store and its
        VACUUM take long once); the roll-up itself stops at half of it and goes on the next day."""
        return 4 * self.config.job_timeout

    def maintain(self) -> JobResult:
        """Daily at ``maintain_at``: ``kimwatch maintain`` in a child (health roll-up, ANALYZE, VACUUM when
        worth it). The child takes the writer lock, so no crawl writes meanwhile; while another process
        holds it (a crawl started by hand), maintenance waits for the next day, as a crawl would."""
        holder = writer_lock_holder(self.config.db)
        if holder:
            return self._locked("maintain", holder)
        timeout = self.maintain_timeout()
        result = self._child("maintain", ["maintain", "--wait", "--keep-days", str(self.config.health_keep_days),
                                          "--time-limit", f"{int(timeout / 2)}s"], timeout)
        last = result.tail[-1] if result.tail else ""
        message = last if result.ok else f"child {result.describe()}" + (f"; last output: {last}" if last else "")
        return self._record("maintain", result.ok, result.outcome, message)

    def notify_configured(self) -> bool:
        """Whether an alert digest has somewhere to go (e-mail recipients or Telegram chats)."""
        c = self.config
        return bool((c.notify_smtp and c.notify_to) or (c.notify_telegram_token and c.notify_telegram_chats))

    def notify(self) -> JobResult:
        """The alert digest (``kimwatch notify`` in a child, reading the same config): it sends
        only to recipients that have not had this period's digest, so a retry repeats nothing."""
        from crawler.reporting.notify import NotifySettings

        c = self.config
        problems = NotifySettings(smtp=c.notify_smtp, sender=c.notify_from, email_to=c.notify_to,
                                  telegram_token=c.notify_telegram_token,
                                  telegram_chats=c.notify_telegram_chats).problems()
        if problems:  # retrying cannot help: said once per scheduled run, until the config is fixed
            return self._record("notify", False, "config", "alert digest not sent: " + "; ".join(problems))
        result = self._child("notify", ["notify"], self.config.job_timeout)
        last = result.tail[-1] if result.tail else ""
        message = last if result.ok else f"child {result.describe()}" + (f"; last output: {last}" if last else "")
        return self._record("notify", result.ok, result.outcome, message)

    def run_notify(self) -> bool:
        """The notify job; when it fails it is tried again after :meth:`report_retry_delay`."""
        ok = self.run_job("notify", self.notify)
        if ok or self.once or self.stopping or getattr(self.results.get("notify"), "status", "") == "config":
            self._notify_retry_at = None
        else:
            delay = self.report_retry_delay()
            self._notify_retry_at = time.monotonic() + delay
            log.info("alert digest: trying again in %s", format_duration(delay))
        return ok

    def retry_notify(self) -> None:
        if self._notify_retry_at is not None and time.monotonic() >= self._notify_retry_at:
            self.run_notify()

    def health(self) -> JobResult:
        """Log the daily health summary: failing channels, unmeasured KIMs, recent crawls."""
        with self._db() as db:
            day_ago = time.time() - 86400
            lines = health_lines(db, days=self.config.report_days,
                                   report_json=self.report_paths(datetime.now(WITA).date().isoformat())["json"],
                                   last_jobs=self.results,
                                   unrecorded_runs=sum(1 for at in self.unrecorded_runs if at >= day_ago))
        for level, line in lines[1:]:
            log.log(level, "health: %s", line)
        return self._record("health", True, "ok", lines[0][1], warn=lines[0][0] >= logging.WARNING)

    # ---- registry and config reload

    def _file_stamp(self, path: str | None) -> tuple[int, int] | None:
        if not path:
            return None
        try:
            st = os.stat(path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def load_registry(self, reason: str) -> JobResult:
        """Load the registry file into the store; on any error the store keeps the old registry."""
        path = self.config.registry
        self._stamps["registry"] = self._file_stamp(path)
        self._registry_retry_at = None
        if not path:
            return self._record("registry", True, "skipped", "no registry file configured")
        if not Path(path).exists():
            origin = self.config.origins.get("registry") or "the default"
            where = f"registry file {path} (from {origin})"
            if self.once:
                return self._record("registry", False, "missing",
                                    f"{where} does not exist; give an existing file, or an empty "
                                    "`registry:` (KIMWATCH_REGISTRY=) to run without one")
            log.warning("%s does not exist; running on the registry already in the store and "
                        "loading the file when it appears", where)
            return self._record("registry", True, "skipped", f"{path} does not exist (yet); watching it")
        from crawler import registry  # imported late: the daemon starts even if it is broken

        parsed = registry.parse_registry_file(path)  # a bad file stops here; the store is unchanged
        try:
            with writer_lock(self.config.db, wait=False), self._db() as db:
                outcome = registry.load_registry(db, parsed)
        except LockedError:
            self._registry_retry_at = time.monotonic() + 30
            holder = lock_holder_text(self.config.db)
            self.lock_skips["registry"] = holder
            return self._record("registry", True, "deferred", f"{path}: load deferred: {holder}"
                                + ("" if self.once else "; trying again in 30s"), warn=True)
        summary = outcome.summary() if hasattr(outcome, "summary") else str(outcome)
        moves = outcome.move_warnings() if hasattr(outcome, "move_warnings") else []
        return self._record("registry", True, "ok", "; ".join([f"{path} loaded ({reason}): {summary}", *moves]),
                            warn=bool(moves))

    def _crawl_section(self) -> dict[str, Any]:
        """The config file's ``crawl:`` settings (each crawl child reads them itself)."""
        from crawler import settings as crawl_settings

        if not self.config_path:
            return {}
        try:
            return crawl_settings.config_file_values(self.config_path)
        except KimwatchError:
            return dict(self._crawl_seen)  # a bad file: reported by load_config, nothing changed

    def reload_config(self) -> None:
        """Re-read the config file (SIGHUP or a change); a bad file keeps the settings in force."""
        self._stamps["config"] = self._file_stamp(self.config_path)
        if not self.config_path:
            return
        try:
            fresh = load_config(self.config_path, self.environ,
                                db_override=self.config.db if self.config.origins.get("db") == "--db" else None,
                                reload=True)
        except KimwatchError as error:
            log.error("config reload failed, keeping the settings in force: %s", error)
            self._config_reload_failed = True
            return
        failed_before, self._config_reload_failed = self._config_reload_failed, False
        if fresh.db != self.config.db:
            log.warning("config: db changed to %s; restart the daemon to use it (still using %s)",
                        fresh.db, self.config.db)
            fresh = replace(fresh, db=self.config.db)
        crawl_section = fresh.crawl if fresh.crawl is not None else self._crawl_section()
        crawl_changed = crawl_section != self._crawl_seen
        if crawl_changed:
            changed = sorted(k for k in {*crawl_section, *self._crawl_seen}
                             if crawl_section.get(k) != self._crawl_seen.get(k))
            self._crawl_seen = crawl_section
            log.info("config reloaded: crawl settings changed (%s), used from the next crawl",
                     ", ".join(changed))
        if fresh != self.config:
            self.config = fresh
            self.schedule_jobs()
            log.info("config reloaded: %s", fresh.describe())
        elif failed_before and not crawl_changed:  # confirm that the file is good again, though nothing changed
            log.info("config reloaded: the file is valid again; settings unchanged: %s", fresh.describe())

    def _note_pending_reload(self, running: str) -> None:
        """While a child runs: say once that a SIGHUP or file change waits for it to end.

        Nothing is loaded meanwhile: a crawl holds the writer lock, and jobs never overlap.
        """
        now = time.monotonic()
        if self.once or self._reload_announced or now - self._reload_checked_at < 1:
            return  # --once never reloads: nothing is pending
        self._reload_checked_at = now
        changed = [what for what, path in (("config", self.config_path), ("registry", self.config.registry))
                   if path and self._file_stamp(path) != self._stamps.get(what)]
        if self._reload_requested or changed:
            why = "SIGHUP" if self._reload_requested else f"{' and '.join(changed)} file changed"
            job = "crawl" if running.startswith("crawl") else f"{running} job"
            log.info("reload pending (%s): after the running %s", why, job)
            self._reload_announced = True

    def check_reload(self) -> None:
        """Reload on SIGHUP or when the config or registry file changed on disk."""
        self._reload_announced = False
        hup = self._reload_requested
        self._reload_requested = False
        if hup or self._file_stamp(self.config_path) != self._stamps.get("config"):
            self.reload_config()
        retry = self._registry_retry_at is not None and time.monotonic() >= self._registry_retry_at
        if hup or retry or self._file_stamp(self.config.registry) != self._stamps.get("registry"):
            self.run_job("registry", lambda: self.load_registry("SIGHUP" if hup else "file changed"))

    # ---- running

    def crawl_and_match(self, name: str) -> None:
        self.run_job(name, lambda: self.crawl(name))
        if name == "crawl-kims":
            self.run_job("verify", self.verify)
        self.run_job("match", self.match)

    def daily(self) -> None:
        self.run_report()
        self.run_job("health", self.health)

    def report_retry_delay(self) -> float:
        """How long after a failed daily report it is tried again: 15 min, or the KIM interval."""
        return min(REPORT_RETRY_SECONDS, self.config.crawl_kims_every)

    def run_report(self) -> bool:
        """The report job; when it fails, it is tried again after :meth:`report_retry_delay`
        (see :meth:`retry_report`) until it succeeds that day."""
        day = datetime.now(WITA).date().isoformat()
        ok = self.run_job("report", self.report)
        if ok or self.once or self.stopping:
            self._report_retry = None
        else:
            delay = self.report_retry_delay()
            self._report_retry = (day, time.monotonic() + delay)
            log.info("report for %s: trying again in %s (until it succeeds today)", day, format_duration(delay))
        return ok

    def retry_report(self) -> None:
        """Run a failed daily report again once its retry delay passed (the same day only)."""
        if self._report_retry is None or time.monotonic() < self._report_retry[1]:
            return
        day = self._report_retry[0]
        if day != datetime.now(WITA).date().isoformat():
            self._report_retry = None
            log.warning("the report for %s was never written; today's runs at %s WITA", day, self.config.report_at)
            return
        self.run_report()

    def schedule_jobs(self) -> None:
        """(Re)schedule the jobs. At a reload, a crawl whose interval did not change keeps its next
        run time, so repeated edits of the file do not push the crawls back."""
        previous = {tag: job for job in self.scheduler.jobs for tag in job.tags}
        self.scheduler.clear()
        c = self.config
        for name, every in (("crawl-sources", c.crawl_sources_every), ("crawl-kims", c.crawl_kims_every)):
            job = self.scheduler.every(max(1, round(every))).seconds.do(self.crawl_and_match, name).tag(name)
            old = previous.get(name)
            if old is not None and old.interval == job.interval and old.unit == job.unit and old.next_run:
                job.next_run, job.last_run = old.next_run, old.last_run
        self._every_day_at(c.report_at).do(self.daily)
        self._every_day_at(c.maintain_at).do(self.run_job, "maintain", self.maintain).tag("maintain")
        if self.notify_configured():
            self._schedule_notify()

    def _every_day_at(self, at: str) -> schedule.Job:
        """A job every day at ``at`` (WITA)."""
        try:
            return self.scheduler.every().day.at(at, "Asia/Makassar")
        except ImportError:  # schedule needs pytz for time zones; WITA has no DST, so convert
            hour, minute = map(int, at.split(":"))
            local = datetime.now(WITA).replace(hour=hour, minute=minute).astimezone()
            return self.scheduler.every().day.at(local.strftime("%H:%M"))

    def _schedule_notify(self) -> None:
        """At ``notify_at`` (WITA): weekly (``"Mon 07:00"``) or daily (``"07:00"``)."""
        *day, at = self.config.notify_at.split()
        weekday = datetime.strptime(day[0], "%a").strftime("%A").lower() if day else "day"
        unit = getattr(self.scheduler.every(), weekday)
        try:
            job = unit.at(at, "Asia/Makassar")
        except ImportError:  # no pytz: WITA has no DST, convert to local time (and weekday)
            from crawler.reporting.notify import DAY_NAMES

            hour, minute = map(int, at.split(":"))
            now = datetime.now(WITA)
            wita = now.replace(hour=hour, minute=minute) + (
                timedelta(days=(DAY_NAMES.index(day[0]) - now.weekday()) % 7) if day else timedelta())
            local = wita.astimezone()
            unit = getattr(self.scheduler.every(), local.strftime("%A").lower() if day else "day")
            job = unit.at(local.strftime("%H:%M"))
        job.do(self.run_notify).tag("notify")

    def run_once(self) -> int:
        """Every job once, in order; 0 when all succeeded, 1 when one failed or was skipped because
        another process held the writer lock (a cron run that did nothing must not look fine)."""
        log.info("daemon --once (pid %s, config %s): %s", os.getpid(), self.config_path or "none",
                 self.config.describe())
        self.once = True
        self._stamps["config"] = self._file_stamp(self.config_path)
        self.run_job("registry", lambda: self.load_registry("start"))
        for name in ("crawl-sources", "crawl-kims"):
            self.run_job(name, lambda name=name: self.crawl(name))  # type: ignore[misc]
        self.run_job("verify", self.verify)
        self.run_job("match", self.match)
        self.run_job("maintain", self.maintain)
        self.daily()
        if self.notify_configured():  # sends only when this period's digest has not gone out yet
            self.run_notify()
        self._log_signals()
        if self.stopping:
            log.info("stopped before every job ran")
        if self.lock_skips:
            crawls = [name for name in CRAWL_OWNERS if name in self.lock_skips]
            what = "nothing was crawled" if len(crawls) == len(CRAWL_OWNERS) else "these jobs did not run"
            log.error("%s; %s (skipped: %s); run --once again when it has finished",
                      next(iter(self.lock_skips.values())), what, ", ".join(self.lock_skips))
            return 1
        return 1 if self.failed_jobs else 0

    def startup(self) -> None:
        try:
            with self._db() as db:
                closed = close_abandoned_runs(db)
        except (KimwatchError, sqlite3.Error, OSError) as error:
            log.error("cannot check the database at start: %s; the jobs will try again", error)
            closed = []
        if closed:
            log.warning("closed %s crawl run(s) left open by processes that no longer exist: %s",
                        len(closed), ", ".join(map(str, closed)))
        self._stamps["config"] = self._file_stamp(self.config_path)
        self.run_job("registry", lambda: self.load_registry("start"))

    def report_missed_today(self) -> bool:
        now = datetime.now(WITA)
        hour, minute = map(int, self.config.report_at.split(":"))
        due = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return now >= due and not self.report_paths(now.date().isoformat())["html"].exists()

    def run_forever(self, tick: float = 0.5) -> int:
        """The scheduler loop; returns 0 after a clean stop."""
        log.info("daemon started (pid %s, config %s): %s", os.getpid(), self.config_path or "none",
                 self.config.describe())
        self.startup()
        # Sources first: an announcement must be known before its amplifications are looked for.
        self.crawl_and_match("crawl-sources")
        self.crawl_and_match("crawl-kims")
        if not self.stopping and self.report_missed_today():
            log.info("today's report (due %s WITA) is missing; writing it now", self.config.report_at)
            self.daily()
        if not self.stopping and self.notify_configured():  # a digest missed while stopped goes out now
            self.run_notify()
        self.schedule_jobs()
        last_check = 0.0
        while True:
            self._log_signals()
            if self.stopping:
                break
            now = time.monotonic()
            try:
                if self._reload_requested or now - last_check >= 1:
                    last_check = now
                    self.check_reload()
                self.scheduler.run_pending()
                self.retry_report()
                self.retry_notify()
            except Exception as error:  # noqa: BLE001 - jobs catch their own; this is the last net
                log.error("scheduler loop: %s: %s; going on", type(error).__name__, error, exc_info=True)
                time.sleep(1)
            idle = self.scheduler.idle_seconds
            if self._report_retry is not None:
                idle = min(idle if idle is not None else tick, self._report_retry[1] - time.monotonic())
            if self._notify_retry_at is not None:
                idle = min(idle if idle is not None else tick, self._notify_retry_at - time.monotonic())
            time.sleep(max(0.05, min(tick, idle if idle is not None else tick)))
        self.scheduler.clear()
        log.info("daemon stopped")
        return 0
