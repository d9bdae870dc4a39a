"""Politeness rules shared by Scrapy's middlewares and the revalidation pass, without Scrapy.

- the robots.txt cache file next to the store (:mod:`spiders.robots` keeps it during a crawl;
  :mod:`crawler.harvest.revalidate` reads it before Scrapy starts; see :mod:`spiders.robots`
  for what it holds and why);
- ``PLATFORM_RATES``, checked (:func:`platform_rates`; used by
  :class:`spiders.politeness.PlatformRateMiddleware` and the revalidation pass);
- a server asking to be asked later (a 429, a ``Retry-After``): how a refusal is written
  (:func:`refusal_text`) and read back for the channel's health (:func:`asked_to_come_back`);
  a channel never asked because its host was paused after *another* channel's refusal
  (:data:`HOST_PAUSED`, :func:`host_paused_text`).
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS robots (
    origin TEXT PRIMARY KEY,   -- scheme://host[:port]
    status INTEGER NOT NULL,   -- HTTP status of the robots.txt answer (2xx or 4xx)
    body BLOB NOT NULL,
    fetched_at REAL NOT NULL   -- Unix time
);
CREATE TABLE IF NOT EXISTS hosts (
    host TEXT PRIMARY KEY,     -- the download slot (host name)
    delay REAL NOT NULL,       -- seconds between requests at the end of the last crawl
    seen_at REAL NOT NULL
);
"""


def cache_path(store_path: str | Path) -> Path:
    """The cache file of the store at ``store_path`` (``data/kimwatch.db`` → ``data/kimwatch.robots.db``)."""
    path = Path(store_path)
    return path.with_name(f"{path.stem}.robots{path.suffix or '.db'}")


def _open(path: Path, timeout: float = 30.0) -> sqlite3.Connection:
    """The cache file, in WAL mode with its tables, opened by several crawl processes at once.

    Two processes creating the file at the same moment (the crawl processes of a first crawl)
    could have one refused at once with "database is locked" (SQLite does not wait where both
    would hold on to their lock): that process then crawled without the cache and kept nothing
    of its hosts' robots.txt. The refused one tries again until ``timeout``.
    """
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    deadline = time.monotonic() + timeout
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            # a cache: a power cut may lose its last transactions (one more robots.txt fetch), so
            # a commit need not wait for the disk (one commit per host's robots.txt during a crawl)
            conn.executescript("PRAGMA synchronous=NORMAL;" + _SCHEMA)
            return conn
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                conn.close()
                raise
            time.sleep(0.01)


class RobotsCache:
    """The cache file: robots.txt answers by origin, delays by host."""

    def __init__(self, path: Path, max_age_seconds: float) -> None:
        self.path = path
        self.max_age = max_age_seconds
        self.conn = _open(path)
        oldest = time.time() - max_age_seconds
        rows = self.conn.execute("SELECT origin, status, body FROM robots WHERE fetched_at >= ?", [oldest])
        self.robots: dict[str, tuple[int, bytes]] = {origin: (status, body) for origin, status, body in rows}
        self.delays: dict[str, float] = dict(self.conn.execute(
            "SELECT host, delay FROM hosts WHERE seen_at >= ?", [oldest]).fetchall())
        self.new_robots: dict[str, tuple[int, bytes, float]] = {}
        self.new_delays: dict[str, float] = {}

    def save(self) -> None:
        """Write what this crawl learnt (one transaction)."""
        if not self.new_robots and not self.new_delays:
            return
        now = time.time()
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT OR REPLACE INTO robots (origin, status, body, fetched_at) VALUES (?, ?, ?, ?)",
                                  [(o, s, b, t) for o, (s, b, t) in self.new_robots.items()])
            self.conn.executemany("INSERT OR REPLACE INTO hosts (host, delay, seen_at) VALUES (?, ?, ?)",
                                  [(h, d, now) for h, d in self.new_delays.items()])
        self.new_robots.clear()
        self.new_delays.clear()


@dataclass(frozen=True)
class PlatformRate:
    """One entry of ``PLATFORM_RATES``: requests to ``host`` whose path starts with ``path``
    share one download slot of ``per_second`` requests a second, ``concurrency`` at a time."""

    host: str
    path: str
    per_second: float
    concurrency: int

    @property
    def slot(self) -> str:
        return f"{self.host}{self.path}"


def platform_rates(value: Any) -> list[PlatformRate]:
    """``PLATFORM_RATES`` (``{"t.me/s/": {"per_second": 10, "concurrency": 4}, ...}``) checked.

    Raises :class:`crawler.errors.ConfigError` naming the entry and the bad value.
    """
    from crawler.errors import ConfigError

    if value in (None, "", {}):
        return []
    if not isinstance(value, Mapping):
        raise ConfigError(f"platform_rates: expected a mapping of HOST/PATH to {{per_second, concurrency}}, "
                          f"got {value!r}")
    rates = []
    for where, rate in value.items():
        entry = f"platform_rates entry {where!r}"
        host, _, path = str(where).strip().partition("/")
        if not host or any(c in host for c in " :?#"):
            raise ConfigError(f"{entry}: expected HOST/PATH-PREFIX such as 't.me/s/', got {where!r}")
        if not isinstance(rate, Mapping) or set(rate) - {"per_second", "concurrency"}:
            raise ConfigError(f"{entry}: expected {{per_second: N, concurrency: N}}, got {rate!r}")
        try:
            per_second = float(rate.get("per_second", 1.0))
            concurrency = int(rate.get("concurrency", 1))
        except (TypeError, ValueError):
            raise ConfigError(f"{entry}: per_second and concurrency must be numbers, got {dict(rate)!r}") from None
        if not 0 < per_second <= 1000 or not 1 <= concurrency <= 64:
            raise ConfigError(f"{entry}: per_second must be in (0, 1000] and concurrency in 1..64, "
                              f"got {dict(rate)!r}")
        rates.append(PlatformRate(host.lower(), "/" + path, per_second, concurrency))
    return sorted(rates, key=lambda r: -len(r.slot))  # the longest prefix first


# --------------------------------------------------------------------------- "come back later"

def refusal_text(host: str, status: int, retry_after: float | None, cap_hours: float | None = None) -> str:
    """``HOST answered 429 with Retry-After 120 s``: how a refusal is named in a channel's error;
    a long wait in hours or days, and past ``cap_hours`` (``BACKOFF_MAX_HOURS``) what is kept of
    it: ``with Retry-After 365 days (capped to 72 h)``."""
    asked = f" with Retry-After {wait_text(retry_after)}" if retry_after is not None else ""
    if retry_after is not None and cap_hours and retry_after > cap_hours * 3600:
        asked += f" (capped to {cap_hours:g} h)"
    return f"{host} answered {status}{asked}"


def wait_text(seconds: float) -> str:
    """``120 s``, ``5 h``, ``365 days``: a Retry-After as people read it (read back by
    :func:`asked_to_come_back`)."""
    if seconds < 3600:
        return f"{seconds:g} s"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.3g} h"
    return f"{seconds / 86400:.4g} days"


_UNIT_SECONDS = {"s": 1.0, "h": 3600.0, "days": 86400.0}
_REFUSAL = re.compile(r"answered (?P<status>\d{3})(?: with Retry-After "
                      r"(?P<seconds>\d+(?:\.\d+)?(?:e\+?\d+)?) (?P<unit>s|h|days)\b)?")


#: The status of a channel not asked in a run because its host (or platform slot) was paused after
#: another channel's 429/503: nothing was sent for it, so it is no failure and not "read" either.
HOST_PAUSED = "host-paused"
#: last statuses of a channel its server refused last time (429/503, or its Retry-After pending):
#: asked after the other channels of its host
REFUSED_STATUSES = ("429", "503", "rate-limited")


def host_paused_text(host: str, status: int, refused_url: str, retry_after: float | None,
                     refusals: int) -> str:
    """``not reached: host t.me/s/ paused after 429 from https://t.me/s/other until …``: the note of a
    channel whose request was never sent because ``refused_url`` drew a refusal."""
    if retry_after is not None:
        until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + retry_after))
        when = f" until {until} (Retry-After {retry_after:g} s)"
    else:
        when = f" for the rest of the run ({refusals} refusal(s) in this run)"
    return (f"not reached: host {host} paused after {status} from {refused_url}{when}; "
            "this channel was not asked, it goes before the refused one on the next crawl")


_PAUSED_FOR = re.compile(r"\(Retry-After (?P<seconds>\d+(?:\.\d+)?(?:e\+?\d+)?) s\)")


def asked_to_come_back(status: str | None, error: str | None) -> tuple[bool, float | None]:
    """Whether a failed fetch was the server asking to be asked later — a ``429 Too Many
    Requests``, or any refusal that said when (``Retry-After``) — and the seconds it asked for.

    Such a fetch is no failure of the channel: it does not count towards back-off, and the
    channel is crawled again once the time asked for has passed (the next run, without one)."""
    if status == HOST_PAUSED:  # its host asked to wait (another channel's refusal): the same wait
        paused = _PAUSED_FOR.search(error or "")
        return True, float(paused["seconds"]) if paused else None
    if status not in ("429", "503", "rate-limited"):
        return False, None
    found = _REFUSAL.search(error or "")
    seconds = float(found["seconds"]) * _UNIT_SECONDS[found["unit"]] if found and found["seconds"] else None
    if seconds is not None:
        return True, seconds
    # a 429 is recorded as ``rate-limited`` with its message ("HTTP 429 Too Many Requests at …"):
    # without a usable Retry-After (none, "soon", "-5") that message is all that says it was one
    return (status == "429" or (found is not None and found["status"] == "429")
            or _HTTP_429.match(error or "") is not None), None


_HTTP_429 = re.compile(r"HTTP 429\b")
