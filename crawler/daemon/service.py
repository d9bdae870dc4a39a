"""The kimwatch daemon: crawl, match, report, dump and health jobs on a schedule.

Why it is built this way:

- Every heavy job (crawl, match, report, dump) runs in a **child process**
  (``python -m crawler … COMMAND``). Scrapy's reactor cannot restart inside one process; a child
  can be given a wall-clock limit and be killed when it hangs; and whatever memory a job takes is
  returned when the child exits, so the daemon itself stays small for months.
- Jobs run one after another in the main thread (``schedule``'s ``run_pending``), so they never
  overlap. The crawl child takes the database's writer lock (:mod:`crawler.lock`), which a
  ``kimwatch crawl`` started by hand shares: one writer at a time.
- Signal handlers only set flags; the main loop and the child-wait loop act on them, so a
  signal never interrupts a database write half-way.
- A child is stopped (timeout, shutdown) with SIGTERM, a second SIGTERM after half of
  ``kill_grace`` and SIGKILL only at its end: a crawl stops cleanly on the first but waits for
  its requests in flight (up to its download timeout); on the second it stops at once and
  closes its run row as ``interrupted``, keeping what it stored. SIGKILL loses what it buffered.
- A crawl child that is killed (timeout, shutdown, OOM killer, an operator's ``kill -9``) may
  leave its ``crawl_runs`` row open, or never have written one: the daemon closes or inserts it
  with a status (``timeout``, ``interrupted``, ``killed``, ``crashed``) and a message, so the
  history says what happened; an open row gets its ``channels`` and ``errors`` from the run's
  ``channel_fetches`` rows.
- The config and registry are reloaded between jobs only (a crawl holds the writer lock); a
  SIGHUP or file change during a job is logged as pending and done after it. A reload keeps each
  crawl's next run time unless its interval changed.
- Problems log at WARNING or ERROR (``journalctl -p warning`` shows them all): failed jobs, partial
  crawls with the failing channels, jobs skipped for the writer lock, the health summary's
  unmeasured KIMs and channels failing 3+ times in a row. Successes log at INFO. A failed daily
  report is tried again after ``min(15m, crawl_kims_every)`` until it succeeds that day.
"""

from __future__ import annotations

import collections
import contextlib
import difflib
import json
import logging
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import psutil
import schedule
import sqlite_utils
import yaml

from crawler import store
from crawler.dates import WITA, utc_now
from crawler.errors import ConfigError, KimwatchError, LockedError
from crawler.lock import lock_holder, writer_lock

log = logging.getLogger("crawler.daemon")  # the name operators see in the journal: stable across modules
child_log = logging.getLogger("crawler.daemon.child")

# --------------------------------------------------------------------------- configuration

_DURATION_RE = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*[smhd])+\s*")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})")
_NONE_WORDS = ("", "~", "null", "none", "off")


def parse_duration(text: str) -> float:
    """``"90s"``, ``"15m"``, ``"2h"``, ``"1h30m"``, ``"1d"`` → seconds.

    A bare number is refused: ``30`` could mean seconds or minutes, and guessing wrong makes a
    daemon crawl sixty times too often.
    """
    cleaned = str(text).strip().lower()
    if not cleaned or not _DURATION_RE.fullmatch(cleaned):
        raise ValueError("is not a duration; write a number with a unit: 90s, 15m, 2h (or 1h30m)")
    return sum(float(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION_PART.findall(cleaned))


def format_duration(seconds: float) -> str:
    """Seconds → the shortest ``1h30m`` / ``15m`` / ``90s`` spelling, for log lines."""
    if seconds < 60 or seconds != int(seconds) and seconds < 600:
        return f"{seconds:g}s"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{secs}s" if secs else ""]
    return "".join(parts) or "0s"


def parse_time_of_day(text: str) -> str:
    """``"6:00"`` / ``"06:00"`` → ``"06:00"``."""
    match = _TIME_RE.fullmatch(str(text).strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError('is not a time of day; write HH:MM in quotes (WITA), e.g. report_at: "06:00"')
    return f"{int(match.group(1)):02d}:{match.group(2)}"


@dataclass(frozen=True)
class Setting:
    """One key of the daemon config: its default (as written in YAML), kind and meaning."""

    key: str
    default: str
    kind: str  # path | optional_path | duration | time | count | level
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "data/kimwatch.db", "path", "SQLite database; the --db option wins when given"),
    Setting("registry", "data/registry.yaml", "optional_path",
            "registry file loaded at start, on SIGHUP and when it changes; empty = none"),
    Setting("crawl_sources_every", "15m", "duration", "how often government sources are crawled"),
    Setting("crawl_kims_every", "60m", "duration", "how often KIM channels are crawled"),
    Setting("crawl_timeout", "30m", "duration", "wall-clock limit of one crawl child"),
    Setting("job_timeout", "15m", "duration", "wall-clock limit of a match, report or dump child"),
    Setting("report_dir", "data/reports", "path", "where the daily HTML/JSON report and the dump land"),
    Setting("report_at", "06:00", "time", "local time (WITA) of the daily report, dump and health summary"),
    Setting("report_days", "30", "count", "days covered by the daily report"),
    Setting("stop_grace", "30s", "duration",
            "on SIGTERM, how long a running child may go on before it is stopped"),
    Setting("kill_grace", "10s", "duration",
            "after SIGTERM to a child: a second SIGTERM at half of it, SIGKILL at its end"),
)
#: Sections of the same file read by other parts (the crawl child reads ``crawl:`` through
#: ``$KIMWATCH_CONFIG``, see :mod:`crawler.settings`); the daemon validates them at start.
SECTIONS = ("crawl",)
SETTING_KEYS = tuple(s.key for s in SETTINGS)


@dataclass(frozen=True)
class DaemonConfig:
    """The daemon's settings, parsed and validated. Durations are in seconds."""

    db: str = "data/kimwatch.db"
    registry: str | None = "data/registry.yaml"
    crawl_sources_every: float = 900.0
    crawl_kims_every: float = 3600.0
    crawl_timeout: float = 1800.0
    job_timeout: float = 900.0
    report_dir: str = "data/reports"
    report_at: str = "06:00"
    report_days: int = 30
    stop_grace: float = 30.0
    kill_grace: float = 10.0
    origins: dict[str, str] = field(default_factory=dict, compare=False)

    def describe(self) -> str:
        """One log line with every setting (durations spelled as in YAML)."""
        parts = []
        for f in fields(self):
            if f.name == "origins":
                continue
            value = getattr(self, f.name)
            kind = next(s.kind for s in SETTINGS if s.key == f.name)
            shown = format_duration(value) if kind == "duration" else value
            origin = self.origins.get(f.name, "")
            shown_origin = "" if origin.startswith("daemon config") or not origin else f" ({origin})"
            parts.append(f"{f.name}={shown}{shown_origin}")
        return ", ".join(parts)


def _parse_value(setting: Setting, raw: object) -> Any:
    if isinstance(raw, (list, dict)):
        raise ValueError("must be a single value, not a list or mapping")
    text = str(raw).strip()
    if setting.kind == "optional_path":
        return None if text.lower() in _NONE_WORDS else text
    if setting.kind == "path":
        if not text:
            raise ValueError("must not be empty")
        return text
    if setting.kind == "duration":
        seconds = parse_duration(text)
        if seconds < 1 and setting.key != "stop_grace":
            raise ValueError("must be at least 1s")
        return seconds
    if setting.kind == "time":
        return parse_time_of_day(text)
    if setting.kind == "count":
        if not text.isdigit() or int(text) < 1:
            raise ValueError("must be a whole number of at least 1")
        return int(text)
    raise AssertionError(setting.kind)


def read_config_file(path: str | Path) -> dict[str, object]:
    """The raw mapping of a daemon config file; every scalar is read as a string.

    Reading scalars as strings (YAML's base loader) keeps the file and the environment
    variables on one parser, and avoids YAML 1.1 reading ``06:00`` as the number 360.
    """
    path = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"daemon config {path}: file not found; give an existing file to --config "
                          "(see data/daemon.example.yaml)") from None
    except OSError as error:
        raise ConfigError(f"daemon config {path}: cannot be read: {error.strerror or error}") from None
    try:
        data = yaml.load(text, Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds only str/list/dict
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError(f"daemon config {path}{where}: not valid YAML: {problem}") from None
    if data is None or data == "":
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"daemon config {path}: must be a mapping of keys to values "
                          f"(like `crawl_kims_every: 60m`), got {type(data).__name__}")
    return data


def load_config(path: str | Path | None = None, environ: Mapping[str, str] | None = None,
                *, db_override: str | None = None) -> DaemonConfig:
    """Defaults, then the file at ``path``, then ``KIMWATCH_<KEY>`` variables, then ``--db``.

    Every problem (unknown key, bad value) is collected and reported together in one
    :class:`ConfigError` naming the file or variable, the key and the value.
    """
    environ = os.environ if environ is None else environ
    raw: dict[str, tuple[object, str]] = {}
    problems: list[str] = []
    if path is not None:
        for key, value in read_config_file(path).items():
            key = str(key)
            if key in SECTIONS:
                continue
            if key not in SETTING_KEYS:
                close = difflib.get_close_matches(key, SETTING_KEYS, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                problems.append(f"daemon config {path}: unknown key {key!r}{hint} "
                                f"(known keys: {', '.join(SETTING_KEYS + SECTIONS)})")
                continue
            raw[key] = (value, f"daemon config {path}")
    for setting in SETTINGS:
        variable = f"KIMWATCH_{setting.key.upper()}"
        if variable in environ:
            raw[setting.key] = (environ[variable], f"environment variable {variable}")
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for setting in SETTINGS:
        if setting.key not in raw:
            continue
        value, origin = raw[setting.key]
        try:
            values[setting.key] = _parse_value(setting, value)
        except ValueError as error:
            where = origin if origin.startswith("environment") else f"{origin}: key {setting.key!r}"
            problems.append(f"{where}: {str(value)!r} {error}")
            continue
        origins[setting.key] = origin
    if db_override:
        values["db"] = db_override
        origins["db"] = "--db"
    if path is not None and not problems:
        problems.extend(_section_problems(path))
    if problems:
        raise ConfigError("\n".join(problems))
    return DaemonConfig(**values, origins=origins)


def _section_problems(path: str | Path) -> list[str]:
    """Problems in the ``crawl:`` section, found at start (and at a reload) rather than in every
    crawl child; each names the key and the value."""
    from crawler import settings as crawl_settings

    problems = _crawl_key_problems(path)
    if problems:
        return problems
    try:  # the crawl child's own reading, for whatever the check above does not know
        crawl_settings.config_file_values(path)
    except KimwatchError as error:
        return [str(error)]
    return []


_TRUE_FALSE = ("1", "true", "yes", "on", "0", "false", "no", "off")


def _crawl_key_problems(path: str | Path) -> list[str]:
    from crawler import settings as crawl_settings

    section = read_config_file(path).get("crawl")
    where = f"daemon config {path}: section 'crawl'"
    if section is None or section == "":
        return []
    if not isinstance(section, dict):
        return [f"{where} must be a mapping of crawl settings (like `download_timeout: 30`)"]
    known = [name.lower() for name in crawl_settings.OVERRIDABLE]
    problems = []
    for key, value in section.items():
        key = str(key)
        if key.lower() not in known:
            close = difflib.get_close_matches(key.lower(), known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
            problems.append(f"{where}: unknown key {key!r}{hint}")
            continue
        default = getattr(crawl_settings, key.upper())
        wanted = _crawl_value_problem(default, value)
        if wanted:
            problems.append(f"{where}: key {key!r}: {value!r} is not {wanted} (the default is {default!r})")
    return problems


def _crawl_value_problem(default: object, value: object) -> str | None:
    """What ``value`` (a string or list of strings, as YAML's base loader reads them) should have
    been to fit the type of ``default``, or None when it fits."""
    def fits(check: Callable[[str], object], text: str) -> bool:
        try:
            check(text)
        except ValueError:
            return False
        return True

    if isinstance(default, list):
        items = value if isinstance(value, list) else str(value).split(",")
        if default and isinstance(default[0], int) and not all(fits(int, str(i).strip()) for i in items if str(i).strip()):
            return "a list of whole numbers"
        return None
    if isinstance(value, (list, dict)):
        return "a single value"
    text = str(value).strip()
    if isinstance(default, bool):
        return None if text.lower() in _TRUE_FALSE else "true or false"
    if isinstance(default, int):
        return None if fits(int, text) else "a whole number"
    if isinstance(default, float):
        return None if fits(float, text) else "a number"
    return None


# --------------------------------------------------------------------------- logging

_SYSLOG_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3,
                    logging.CRITICAL: 2}
_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def one_line(text: str) -> str:
    """A multi-line message on one line: ``a:\n  b\n  c`` → ``a: b | c``.

    Lines are stripped of their indentation; one that follows a line ending in ``:`` continues
    it, the others are set apart by `` | ``.
    """
    parts = [part.strip() for part in text.replace("\r", "").split("\n")]
    joined = ""
    for part in parts:
        if not part:
            continue
        if not joined:
            joined = part
        elif joined.endswith(":"):
            joined += " " + part
        else:
            joined += " | " + part
    return joined


class DaemonLogFormatter(logging.Formatter):
    """``LEVEL logger: message`` on one line, no colours.

    Under journald (which stamps each line itself) the line starts with the syslog priority
    ``<N>`` so ``journalctl -p warning`` works; elsewhere it starts with a UTC timestamp in the
    store's format, so log lines and ``crawl_runs`` rows can be put side by side.
    """

    def __init__(self, journald: bool) -> None:
        super().__init__()
        self.journald = journald

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info:
            message = f"{message} | {self.formatException(record.exc_info)}"
        line = f"{record.levelname} {record.name}: {one_line(_ANSI_RE.sub('', message))}"
        if self.journald:
            return f"<{_SYSLOG_PRIORITY.get(record.levelno, 6)}>{line}"
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created))
        return f"{stamp} {line}"


def stderr_is_journald(stream: Any = None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``stream`` (default stderr) is connected to journald (``$JOURNAL_STREAM``)."""
    environ = os.environ if environ is None else environ
    stream = sys.stderr if stream is None else stream
    value = environ.get("JOURNAL_STREAM", "")
    if ":" not in value:
        return False
    try:
        st = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    device, _, inode = value.partition(":")
    return f"{st.st_dev}:{st.st_ino}" == f"{device}:{inode}"


def configure_logging(level: str = "info", stream: Any = None) -> None:
    """Route every log record to stderr in the daemon's one-line form (replaces other handlers)."""
    stream = sys.stderr if stream is None else stream
    handler = logging.StreamHandler(stream)
    handler.setFormatter(DaemonLogFormatter(journald=stderr_is_journald(stream)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    numeric = getattr(logging, level.upper())
    root.setLevel(numeric)
    for noisy in ("scrapy", "twisted", "urllib3", "filelock"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))


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
    r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[,.]\d+)?Z?\s+"  # the child's own time stamp
    r"(?:(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+(?P<name>[\w.]+):"  # kimwatch: LEVEL name:
    r"|\[(?P<bracket_name>[\w.]+)\]\s+(?P<bracket_level>DEBUG|INFO|WARNING|ERROR|CRITICAL):)"  # Scrapy
    r"\s?(?P<message>.*)")


def child_line(line: str) -> tuple[int, str]:
    """The level and text a child's output line is relayed with.

    A log line of the child loses its own time stamp and level (the daemon's line has both):
    ``2026-11-28 10:48:20,297 WARNING crawler.crawl: x`` → ``(WARNING, "crawler.crawl: x")``.
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
    """``channels`` and ``errors`` of a run as its ``channel_fetches`` rows tell them.

    A killed child never wrote its totals; what it fetched is still in ``channel_fetches``, so
    its row does not say "0 channels". The number of requests is not known: left as it is.
    """
    channels, errors = db.execute(
        "SELECT count(DISTINCT channel_id), coalesce(sum(ok = 0), 0) FROM channel_fetches WHERE run_id = ?",
        [run_id]).fetchone()
    before = db.execute("SELECT coalesce(channels, 0), coalesce(errors, 0) FROM crawl_runs WHERE id = ?",
                        [run_id]).fetchone()
    return {"channels": max(int(channels), int(before[0])), "errors": max(int(errors), int(before[1]))}


def close_abandoned_runs(db: sqlite_utils.Database) -> list[int]:
    """Close ``crawl_runs`` rows left open by processes that no longer exist (power cut, kill -9)."""
    closed = []
    for run_id, pid in db.execute("SELECT id, pid FROM crawl_runs WHERE finished_at IS NULL").fetchall():
        if pid is not None and psutil.pid_exists(int(pid)):
            continue
        store.finish_crawl_run(db, run_id, "abandoned",
                               message=f"closed by the daemon at start: process {pid} no longer exists")
        closed.append(run_id)
    return closed


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


@dataclass
class JobResult:
    """The last outcome of one job, for the health summary and ``--once``'s exit status."""

    name: str
    ok: bool
    status: str
    message: str
    finished_at: str
    warn: bool = False  # succeeded, but with a problem worth a WARNING (a partial crawl, a skip)


#: A failed daily report is tried again after this long (or the KIM interval, when shorter).
REPORT_RETRY_SECONDS = 900.0
FAILED_RUN_STATUSES = ("failed", "crashed", "error", "timeout", "killed", "interrupted", "abandoned")
CRAWL_OWNERS = {"crawl-sources": "source", "crawl-kims": "kim"}


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
        self.lock_skips: dict[str, str] = {}  # job → who held the writer lock (for --once)
        self.stop_at: float | None = None
        self._signals: list[str] = []
        self._reload_requested = False
        self._config_reload_failed = False  # the last reload was refused: confirm the next good one
        self._reload_announced = False  # "reload pending" said during the running child
        self._reload_checked_at = 0.0
        self._registry_retry_at: float | None = None  # a reload deferred by the writer lock
        self._report_retry: tuple[str, float] | None = None  # (WITA day, monotonic time) of a failed report
        self.once = False  # run_once: a missing registry file is an error, not something to watch for
        self._stamps: dict[str, tuple[int, int] | None] = {}
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
            result = self._record(name, False, "error", f"{type(error).__name__}: {error}")
        took = time.monotonic() - started
        if result.ok:
            log.log(logging.WARNING if result.warn else logging.INFO, "job %s: %s (%.1fs)", name,
                    result.message or result.status, took)
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
        with self._db() as db:
            settle_crawl_runs(db, result, filters=filters, limit_text=limit)
            row = db.execute(
                "SELECT id, status, requests, items_new, items_updated, errors, channels FROM crawl_runs "
                "WHERE pid = ? AND started_at >= ? ORDER BY id DESC LIMIT 1",
                [result.pid, result.spawned_at]).fetchone()
            failing = failing_channels(db, row[0]) if row else ""
        if row:
            run_id, status, requests, new, updated, errors, channels = row
            summary = (f"run {run_id} {status}: {channels} channels, {requests} requests, "
                       f"{new} new, {updated} updated, {errors} errors{failing}")
        else:
            status, summary = ("ok" if result.ok else "failed"), "no crawl_runs row"
        ok = result.ok and status not in FAILED_RUN_STATUSES
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
                shutil.copyfile(target, partial)
                os.replace(partial, paths[f"latest_{fmt}"])
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

    def health(self) -> JobResult:
        """Log the daily health summary: failing channels, unmeasured KIMs, recent crawls."""
        with self._db() as db:
            lines = health_lines(db, days=self.config.report_days,
                                   report_json=self.report_paths(datetime.now(WITA).date().isoformat())["json"],
                                   last_jobs=self.results)
        for level, line in lines[1:]:
            log.log(level, "health: %s", line)
        return self._record("health", True, "ok", lines[0][1])

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
        return self._record("registry", True, "ok", f"{path} loaded ({reason}): {summary}")

    def reload_config(self) -> None:
        """Re-read the config file (SIGHUP or a change); a bad file keeps the settings in force."""
        self._stamps["config"] = self._file_stamp(self.config_path)
        if not self.config_path:
            return
        try:
            fresh = load_config(self.config_path, self.environ,
                                db_override=self.config.db if self.config.origins.get("db") == "--db" else None)
        except KimwatchError as error:
            log.error("config reload failed, keeping the settings in force: %s", error)
            self._config_reload_failed = True
            return
        failed_before, self._config_reload_failed = self._config_reload_failed, False
        if fresh.db != self.config.db:
            log.warning("config: db changed to %s; restart the daemon to use it (still using %s)",
                        fresh.db, self.config.db)
            fresh = replace(fresh, db=self.config.db)
        if fresh != self.config:
            self.config = fresh
            self.schedule_jobs()
            log.info("config reloaded: %s", fresh.describe())
        elif failed_before:  # confirm that the file is good again, though nothing changed
            log.info("config reloaded: the file is valid again; settings unchanged: %s", fresh.describe())

    def _note_pending_reload(self, running: str) -> None:
        """While a child runs: say once that a SIGHUP or file change waits for it to end.

        Nothing is loaded meanwhile: a crawl holds the writer lock, and jobs never overlap.
        """
        now = time.monotonic()
        if self._reload_announced or now - self._reload_checked_at < 1:
            return
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
        try:
            daily = self.scheduler.every().day.at(c.report_at, "Asia/Makassar")
        except ImportError:  # schedule needs pytz for time zones; WITA has no DST, so convert
            hour, minute = map(int, c.report_at.split(":"))
            local = datetime.now(WITA).replace(hour=hour, minute=minute).astimezone()
            daily = self.scheduler.every().day.at(local.strftime("%H:%M"))
        daily.do(self.daily)

    def run_once(self) -> int:
        """Every job once, in order; 0 when all succeeded, 1 when one failed or was skipped because
        another process held the writer lock (a cron run that did nothing must not look fine)."""
        log.info("daemon --once (pid %s, config %s): %s", os.getpid(), self.config_path or "none",
                 self.config.describe())
        self.once = True
        self.run_job("registry", lambda: self.load_registry("start"))
        for name in ("crawl-sources", "crawl-kims"):
            self.run_job(name, lambda name=name: self.crawl(name))  # type: ignore[misc]
        self.run_job("match", self.match)
        self.daily()
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
            except Exception as error:  # noqa: BLE001 - jobs catch their own; this is the last net
                log.error("scheduler loop: %s: %s; going on", type(error).__name__, error, exc_info=True)
                time.sleep(1)
            idle = self.scheduler.idle_seconds
            if self._report_retry is not None:
                idle = min(idle if idle is not None else tick, self._report_retry[1] - time.monotonic())
            time.sleep(max(0.05, min(tick, idle if idle is not None else tick)))
        self.scheduler.clear()
        log.info("daemon stopped")
        return 0


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
        "SELECT DISTINCT channel_id FROM channel_fetches WHERE run_id = ? AND ok = 0 ORDER BY channel_id",
        [run_id]).fetchall()]
    if not ids:
        return ""
    more = f" (and {len(ids) - limit} more)" if len(ids) > limit else ""
    return f"; failing: {', '.join(ids[:limit])}{more}"


#: A channel failing this many times in a row is named at WARNING in the health summary.
FAILING_WARN_AFTER = 3


def health_summary(db: sqlite_utils.Database, *, days: int = 30, report_json: Path | None = None,
                   last_jobs: Mapping[str, JobResult] | None = None, limit: int = 10) -> list[str]:
    """The daily health summary as log lines; the first line is the one-line overview."""
    return [line for _, line in health_lines(db, days=days, report_json=report_json, last_jobs=last_jobs,
                                             limit=limit)]


def health_lines(db: sqlite_utils.Database, *, days: int = 30, report_json: Path | None = None,
                 last_jobs: Mapping[str, JobResult] | None = None, limit: int = 10) -> list[tuple[int, str]]:
    """:func:`health_summary` with a log level per line: problems (unmeasured KIMs, channels failing
    ``FAILING_WARN_AFTER`` times or more, a failed last job) are WARNING, the rest INFO."""
    failing = db.execute(
        "SELECT id, url, consecutive_failures, coalesce(last_error, last_status, '') FROM channels "
        "WHERE status = 'active' AND crawlable = 1 AND consecutive_failures > 0 "
        "ORDER BY consecutive_failures DESC, id").fetchall()
    crawlable = db.execute(
        "SELECT count(*) FROM channels WHERE status = 'active' AND crawlable = 1").fetchone()[0]
    unmeasured, registered, how, unmeasured_ids = _unmeasured(db, days, report_json)
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 86400))
    runs = db.execute("SELECT status, count(*) FROM crawl_runs WHERE started_at >= ? GROUP BY status "
                      "ORDER BY count(*) DESC", [since]).fetchall()
    runs_text = ", ".join(f"{n} {status}" for status, n in runs) or "none"
    info, warning = logging.INFO, logging.WARNING
    lines = [(info, f"{len(failing)} of {crawlable} crawlable channels failing; {unmeasured} of {registered} "
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
                          f"last {job}: {'ok' if result.ok else 'FAILED'} at {result.finished_at}: "
                          f"{result.message}"))
    return lines


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
             AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.kim_id = k.id AND p.published_at >= ?)
           ORDER BY k.id""",
        [since, since]).fetchall()]
    return len(ids), int(registered), f"no successful fetch and no post in {days} days", ids
