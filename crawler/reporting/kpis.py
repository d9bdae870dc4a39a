"""The KPIs Diskominfo acts on, computed from the store as one plain dict.

The shape is the contract's "report JSON" (design.md), extended with per-KIM channels and
their health, per-announcement coverage gaps and a weekly trend. Every renderer (table, CSV,
HTML in :mod:`crawler.reporting.render`) reads this report only, so all formats show the same
numbers. :func:`report_parts` gives it in parts (the announcements produced one at a time from
the store) so that a national report is written in bounded memory; :func:`build_report` gives
the same as one dict.

Definitions (kept here, in one place, so the figures can be explained):

* **Window**: ``days`` whole days ending with the day ``until`` (inclusive), in WITA. It runs
  from 00:00 WITA of ``until - days + 1`` to 24:00 WITA of ``until``; stored UTC timestamps
  are compared against its UTC edges as ``start <= t < end``.
* **Amplification counted in the window**: status is not ``rejected`` nor ``uncertain`` (a
  match close to the threshold, counted once a person confirms it) and the amplifying
  *post* was published in the window (the announcement may be older).
* **Active KIM**: amplified at least ``min_amplifications`` distinct announcements in the
  window. **Unmeasured**: not active, none of its channels was fetched successfully in the
  window (an ``ok`` row in ``channel_fetches``, or ``last_success_at`` in the window; a KIM
  without crawlable channel has neither), and no post of it (crawled or imported) was
  published in the window. **Inactive**: every other KIM.
  The ``status_reason`` of an unmeasured KIM with crawlable channels says which: ``never_fetched``
  (no crawl has reached them yet), ``not_fetched_in_period`` (fetched before or after the window
  only), ``no_successful_fetch`` (fetched in the window, every time without success) or
  ``host_paused`` (not asked in the window: the last crawl paused their host after *another*
  channel's 429 — no failure of this KIM; asked first on the next crawl).
* **Platforms** of a KIM: those of its registered channels (a feed counts as ``website``), of its
  posts published in the window and of its amplifications; ``amplification_platforms`` only the
  last.
* **Registered**: KIMs registered at the window's end (in ``region`` when one is given): not
  ``retired``, or retired (``registry load --prune``) after the window's end — so a report for a
  past window counts a KIM retired since, as the report written then did. A KIM retired within the
  window is not counted in it. Its channels retired with it show as they were.
* **active_share** = active / registered, unrounded (0.0 when nothing is registered).
* **Lags**: a KIM's lag for an announcement is its *first* amplification of it (a KIM that
  posts the same news on its blog and its Telegram counts once, with the earlier post). A
  KIM's ``median_lag_hours`` is the median of those per-announcement lags; an
  announcement's ``median_lag_hours`` is the median over the KIMs that reached it.
* **Announcement reach**: announcements published in the window; KIMs reached counts
  amplifications whose post was published before the window's end (the reach "as of" the
  report's last day, so a report for a past month does not change later).
* **Expected KIMs of an announcement**: every registered KIM for a provincial source (or a
  source of unknown region); the KIMs of the source's kabupaten/kota otherwise.
  ``kims_not_reached_count`` counts the expected KIMs that did not amplify it; ``kims_not_reached``
  lists their ids when lists are asked for (``report --lists``, or ``--region``; ``build_report``
  by default) — for a provincial release at national scale that is every KIM but a few.
* **Window status** (``window_status``): ``past`` when the window is over, ``open`` when its last
  day is today or later (the figures so far), ``future`` when it begins after today (WITA): its
  figures are no result (every KIM unmeasured), and the reports say so.
* **Trend**: the active share in 7-day windows ending on ``until``, ``until - 7``, …
  (oldest first), with the same ``min_amplifications``.
* **Withdrawn announcement**: its page answered 404/410 at two re-checks in a row
  (:mod:`crawler.harvest.recheck`); ``withdrawn_at`` is when it was first found gone (None: live).
  Its amplifications **keep counting**: a KIM that relayed it while it was online did relay it,
  and when exactly it went is not known to the hour. Reports flag it ("ditarik"/withdrawn), and
  ``amplifications_after_withdrawal`` counts those whose post came after ``withdrawn_at``.
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any

import sqlite_utils

from crawler import __version__, store
from crawler.dates import EARLIEST_PLAUSIBLE, LATEST_REPORT_DAY, MAX_DAYS, WITA, to_iso, utc_now
from crawler.errors import ReportError
from crawler.harvest.politeness import HOST_PAUSED
from crawler.regions import canonical_region, did_you_mean, known_regions
from crawler.registry import last_fetch_failed

log = logging.getLogger(__name__)

DEFAULT_TARGET_SHARE = 0.8
TARGET_ENV = "KIMWATCH_TARGET_SHARE"
BROKEN_AFTER_FAILURES = 3
"""A channel failing this many fetches in a row is reported as broken, not merely failing."""

STATUSES = ("active", "inactive", "unmeasured")


# --------------------------------------------------------------------------- parameters

@dataclass(frozen=True)
class Window:
    """A run of whole WITA days; ``start``/``end`` are the stored-form UTC edges (end exclusive)."""

    first_day: date
    last_day: date

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @cached_property
    def start(self) -> str:
        return to_iso(datetime.combine(self.first_day, time(0), tzinfo=WITA))

    @cached_property
    def end(self) -> str:
        return to_iso(datetime.combine(self.last_day + timedelta(days=1), time(0), tzinfo=WITA))

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "days": self.days,
            "first_day": self.first_day.isoformat(), "last_day": self.last_day.isoformat(),
            "timezone": "WITA (UTC+08:00)",
        }


def today_wita() -> date:
    """Today's date in Kalimantan Selatan."""
    return datetime.now(WITA).date()


def parse_until(value: str | date | datetime | None) -> date:
    """The last day of the window: a date, ``YYYY-MM-DD``, ``today`` or ``yesterday``; None = today (WITA)."""
    if value is None:
        return today_wita()
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=WITA)).astimezone(WITA).date()
    if isinstance(value, date):
        return value
    text = str(value).strip().lower()
    if text == "today":
        return today_wita()
    if text == "yesterday":
        return today_wita() - timedelta(days=1)
    try:
        written = _DAY_FIRST.fullmatch(text)  # dd-mm-yyyy / dd/mm/yyyy, as the dump's queries and forms take it
        day = date(int(written[3]), int(written[2]), int(written[1])) if written else date.fromisoformat(text)
    except ValueError:
        raise ReportError(
            f"--until {value!r} is not a date: write it as YYYY-MM-DD (for example 2024-10-31) or "
            "DD-MM-YYYY (31-10-2024), or 'today' / 'yesterday'"
        ) from None
    return check_until(day, shown=value)


_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


#: Weeks the trend may cover (``--weeks``): ten years.
MAX_WEEKS = 520


def check_until(day: date, *, shown: object = None) -> date:
    """``day`` when a report may end on it (from 2000 to 2100: the dates kimwatch believes), else
    a :class:`ReportError` naming ``--until`` and its value."""
    first, last = EARLIEST_PLAUSIBLE.date(), LATEST_REPORT_DAY.date()
    if not first <= day <= last:
        raise ReportError(f"--until {str(shown if shown is not None else day)!r} is outside {first} .. {last}, "
                          "the days a report can end on (no KIM post is older than 2000); give a day such "
                          "as 2024-10-31, or 'today'")
    return day


def report_window(until: str | date | datetime | None = None, days: int = 30) -> Window:
    """The window of ``days`` whole WITA days ending with ``until`` (inclusive)."""
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS:
        raise ReportError(f"--days {days!r} must be a whole number of days, 1 or more and at most {MAX_DAYS} "
                          "(a hundred years; for example 30)")
    last = parse_until(until)
    if isinstance(until, date):
        check_until(last)
    return Window(last - timedelta(days=days - 1), last)


def window_status(window: Window, today: date | None = None) -> str:
    """``past`` (the window is over), ``open`` (it runs until today or a later day: figures so far)
    or ``future`` (it begins after today, WITA: nothing can be known of it yet)."""
    today = today or today_wita()
    if window.first_day > today:
        return "future"
    return "open" if window.last_day >= today else "past"


def parse_target_share(value: str | float | None) -> float:
    """A target share from ``0.8`` or ``80%``; None reads ``$KIMWATCH_TARGET_SHARE``, else 0.8."""
    if value is None:
        value = os.environ.get(TARGET_ENV) or DEFAULT_TARGET_SHARE
    text = str(value).strip()
    try:
        share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ReportError(
            f"target share {value!r} is not a number: write a fraction such as 0.8 or a percentage such as 80%"
        ) from None
    if not 0 < share <= 1:  # also NaN
        why = ("must be more than 0: a target of 0 is met with no active KIM at all, so it says nothing"
               if share <= 0 else "is outside 0..1 (at most 1, or 100%)")
        raise ReportError(f"target share {value!r} {why}; write a fraction such as 0.8 or a percentage such as 80%")
    return share


def resolve_region(value: str | None) -> str | None:
    """The canonical region for ``--region`` (aliases such as "HSS" accepted), or None for all."""
    if value is None or not str(value).strip():
        return None
    region = canonical_region(value)
    if region is None:
        raise ReportError(
            f"--region {value!r} is not a known kabupaten/kota{did_you_mean(value)}; use one of: "
            + ", ".join(known_regions())
        )
    if region.startswith("Provinsi "):
        return None  # the whole province: every KIM (no KIM is registered in the province itself)
    return region


# --------------------------------------------------------------------------- computation

def _median(values: Iterable[float]) -> float | None:
    """The median, to 3 decimals of an hour (3.6 s): the mean of two lags carries no float noise
    into the report (11.667000000000002)."""
    values = list(values)
    return round(float(statistics.median(values)), 3) if values else None


def _share(active: int, registered: int) -> float:
    return active / registered if registered else 0.0


def _needed_for_target(active: int, registered: int, target: float) -> int:
    """How many more active KIMs reach the target (0 when it is met)."""
    needed = math.ceil(round(target * registered, 9))
    return max(0, needed - active)


def _hours_between(later: str | None, earlier: str | None) -> float | None:
    if not later or not earlier:
        return None
    try:
        delta = datetime.fromisoformat(later.replace("Z", "+00:00")) - datetime.fromisoformat(
            earlier.replace("Z", "+00:00"))
    except ValueError:
        return None
    return round(delta.total_seconds() / 3600, 3)  # hours to 3.6 s, as the matcher stores them


def channel_health(channel: dict[str, Any], fetches_ok: int = 0, fetches_failed: int = 0) -> str:
    """One code for a channel's health: ok, failing, broken, parked, waiting, host_paused,
    never_fetched, not_crawlable, retired (the report adds ``empty``: read without error, no post
    found there). ``parked``: its last fetch found a domain-parking page
    (:mod:`crawler.harvest.parked`): the KIM's site is gone, not silent. ``waiting``: its server
    refused the last fetch with "come back later" (a 429, a Retry-After), which is no failure.
    ``host_paused``: its last crawl never asked it, its host (or platform slot, t.me/s/) having
    been paused after another channel's 429 — no failure of the channel either."""
    if channel.get("status") == "retired":
        return "retired"
    if not channel.get("crawlable"):
        return "not_crawlable"
    if channel.get("last_status") == "parked":
        return "parked"
    if last_fetch_failed(channel) and channel.get("last_status") in ("429", "rate-limited"):
        # its server answered "come back later": waiting, whatever failures came before (the crawl,
        # the report and the daemon's health: one rule, crawler.daemon.health)
        return "waiting"
    failures = int(channel.get("consecutive_failures") or 0)
    if failures >= BROKEN_AFTER_FAILURES:
        return "broken"
    if failures:
        return "failing"
    if channel.get("last_status") == HOST_PAUSED:
        return "host_paused"  # not asked in its last crawl: its host paused after another channel's 429
    if last_fetch_failed(channel):
        return "failing"  # its last fetch failed in a run that reached no host (not counted for back-off)
    if not channel.get("last_crawled_at") and not (fetches_ok or fetches_failed):
        return "never_fetched"
    return "ok"


def _is_provincial(region: str | None) -> bool:
    return not region or region.lower().startswith("provinsi")


class ReportParts:
    """A report ready to be written piece by piece (:func:`crawler.reporting.render.write_report`).

    ``head`` holds the top-level fields in the contract's order, with ``kims`` and
    ``announcements`` as ``None`` placeholders where those lists go. The KIM entries are held
    (one per registered KIM: bounded by the registry, and every format's headline needs them all
    before the first line is written); the announcement entries are produced one at a time from
    the store each time :meth:`announcements` is iterated, so no format holds them all.

    ``lists`` says whether announcement entries carry ``kims_not_reached`` (the ids of the
    expected KIMs that did not amplify it; every registered KIM for a provincial release) or
    only ``kims_not_reached_count``.
    """

    def __init__(self, head: dict[str, Any], kims: list[dict[str, Any]],
                 announcements: Callable[[bool], Iterator[dict[str, Any]]],
                 not_reached: Callable[[dict[str, Any]], list[str] | None], lists: bool) -> None:
        self.head = head
        self.kims = kims
        self._announcements = announcements
        self._not_reached = not_reached
        self.lists = lists

    def announcements(self, lists: bool | None = None) -> Iterator[dict[str, Any]]:
        """The announcement entries, in the report's order (``lists`` None: as the report was asked)."""
        return self._announcements(self.lists if lists is None else lists)

    def not_reached(self, entry: dict[str, Any]) -> list[str] | None:
        """The ids of the expected KIMs that did not amplify the announcement of ``entry``
        (None when the report cannot tell: a report dict built without lists)."""
        if "kims_not_reached" in entry:
            return list(entry["kims_not_reached"])
        return self._not_reached(entry)

    def as_dict(self) -> dict[str, Any]:
        """The whole report as one dict (what :func:`build_report` returns)."""
        report = dict(self.head)
        report["kims"] = self.kims
        report["announcements"] = list(self.announcements())
        return report

    @classmethod
    def from_dict(cls, report: dict[str, Any]) -> ReportParts:
        """The parts of a report dict made by :func:`build_report` (or by hand, in tests)."""
        head = {key: (None if key in ("kims", "announcements") else value) for key, value in report.items()}
        entries = report.get("announcements") or []
        return cls(head, report.get("kims") or [], lambda _lists: iter(entries), lambda _entry: None,
                   not any("kims_not_reached_count" in entry for entry in entries))


def not_reached_count(entry: dict[str, Any]) -> int:
    """The number of expected KIMs that did not amplify an announcement entry, with or without its list."""
    if "kims_not_reached_count" in entry:
        return int(entry["kims_not_reached_count"])
    return len(entry["kims_not_reached"])


def build_report(
    db: sqlite_utils.Database,
    *,
    days: int = 30,
    until: str | date | datetime | None = None,
    min_amplifications: int = 1,
    region: str | None = None,
    target_share: float | str | None = DEFAULT_TARGET_SHARE,
    weeks: int = 8,
    lists: bool = True,
) -> dict[str, Any]:
    """The report of the window of ``days`` ending with ``until``, as a plain JSON-ready dict.

    ``region`` restricts the KIMs (and so every count) to one kabupaten/kota; announcements
    are all those published in the window, their reach counted among those KIMs.
    ``target_share=None`` reads ``$KIMWATCH_TARGET_SHARE`` (default 0.8). ``lists=False``
    gives each announcement ``kims_not_reached_count`` instead of the ``kims_not_reached`` ids.
    The whole report is in memory: for a national store write it with :func:`report_parts`.
    """
    return report_parts(db, days=days, until=until, min_amplifications=min_amplifications, region=region,
                        target_share=target_share, weeks=weeks, lists=lists).as_dict()


def report_parts(
    db: sqlite_utils.Database,
    *,
    days: int = 30,
    until: str | date | datetime | None = None,
    min_amplifications: int = 1,
    region: str | None = None,
    kim: str | None = None,
    target_share: float | str | None = DEFAULT_TARGET_SHARE,
    weeks: int = 8,
    lists: bool = False,
) -> ReportParts:
    """The report of :func:`build_report` as :class:`ReportParts`, to be written piece by piece.

    ``kim`` narrows the report to that one KIM (its region's row, its entry, the announcements'
    reach among it): what ``report --kim`` builds on.
    """
    window = report_window(until, days)
    if not isinstance(min_amplifications, int) or min_amplifications < 1:
        raise ReportError(f"--min-amplifications {min_amplifications!r} must be 1 or more")
    if not isinstance(weeks, int) or not 0 <= weeks <= MAX_WEEKS:
        raise ReportError(f"--weeks {weeks!r} must be from 0 to {MAX_WEEKS} (ten years of weekly trend)")
    target = parse_target_share(target_share)
    region_name = resolve_region(region)

    kims = _load_kims(db, region_name, kim, window.end)
    kim_entries = _kim_entries(db, kims, window, min_amplifications, kim)
    counts = {s: sum(1 for k in kim_entries if k["status"] == s) for s in STATUSES}
    registered = len(kim_entries)

    regions: dict[str, dict[str, Any]] = {}
    for entry in kim_entries:
        row = regions.setdefault(entry["region"], {
            "region": entry["region"], "registered": 0, "active": 0, "inactive": 0, "unmeasured": 0})
        row["registered"] += 1
        row[entry["status"]] += 1
    region_rows = []
    for name in sorted(regions):
        row = regions[name]
        row["active_share"] = _share(row["active"], row["registered"])
        row["target_met"] = row["active_share"] >= target
        row["kims_needed_for_target"] = _needed_for_target(row["active"], row["registered"], target)
        region_rows.append(row)

    channel_counts: dict[str, int] = defaultdict(int)
    past = window_status(window) == "past"
    read_after = 0  # a past window's channels first read after it: their health now (as_of_end)
    for entry in kim_entries:
        for channel in entry["channels"]:
            channel_counts[channel["health"]] += 1
            read_after += past and channel.get("health_as_of", "") is None

    head = {
        "window": window.as_dict(),
        "window_status": window_status(window),
        "target_share": target,
        "kims_registered": registered,
        "kims_active": counts["active"],
        "kims_inactive": counts["inactive"],
        "kims_unmeasured": counts["unmeasured"],
        "active_share": _share(counts["active"], registered),
        "target_met": _share(counts["active"], registered) >= target if registered else False,
        "kims_needed_for_target": _needed_for_target(counts["active"], registered, target),
        "min_amplifications": min_amplifications,
        "amplifications_uncertain": sum(k["uncertain"] for k in kim_entries),
        "region_filter": region_name,
        "generated_at": utc_now(),
        "kimwatch_version": __version__,
        "channels_by_health": dict(sorted(channel_counts.items())),
        # a past window's channel health is as of its end (crawler.reporting.kpis.as_of_end); None: now
        "channel_health_as_of": window.end if past else None,
        "channels_health_now": read_after,
        "kims_active_by_evidence": {kind: sum(1 for k in kim_entries if k["status"] == "active"
                                              and kind in k["evidence"]) for kind in EVIDENCE_KINDS},
        **_report_counts(db, set(kims)),
        "regions": region_rows,
        "kims": None,
        "announcements": None,
        "trend": _trend(db, region_name, kim, window, weeks, min_amplifications),
        "announcements_withdrawn": _withdrawn_count(db, window),
    }
    reach = _Reach(db, window, kims)
    return ReportParts(head, kim_entries, reach.entries, reach.not_reached, lists)


def _withdrawn_count(db: sqlite_utils.Database, window: Window) -> int:
    """The announcements published in the window whose page was found withdrawn."""
    if "withdrawn_at" not in {row[1] for row in db.execute("PRAGMA table_info(announcements)")}:
        return 0  # a store older than the column, read as it is (a read-only copy)
    return int(db.execute("SELECT count(*) FROM announcements WHERE withdrawn_at IS NOT NULL "
                          "AND published_at >= ? AND published_at < ?", [window.start, window.end]).fetchone()[0])


def _trend(db: sqlite_utils.Database, region: str | None, kim: str | None, window: Window, weeks: int,
           min_amplifications: int) -> list[dict[str, Any]]:
    """The active share in the ``weeks`` 7-day windows ending on the window's last day, oldest
    first; each week among the KIMs registered at its end (as that week's own report counts)."""
    trend: list[dict[str, Any]] = []
    if not weeks:
        return trend
    data_since = _data_since(db)
    for i in range(weeks - 1, -1, -1):
        week = Window(window.last_day - timedelta(days=7 * i + 6), window.last_day - timedelta(days=7 * i))
        kims = _load_kims(db, region, kim, week.end)
        registered = len(kims)
        if data_since is None or week.end <= data_since or not _week_has_data(db, week):
            # nothing was known yet, or nothing at all is known of the week (no announcement, no
            # post, no fetch: a KIM blog's back catalogue from years before, kimwatch not yet
            # running): no value (a 0% here would read as a collapse)
            trend.append({**week.as_dict(), "active": None, "registered": registered,
                          "active_share": None, "measured": False})
            continue
        active = sum(1 for kim_id, distinct in _announcements_per_kim(db, week.start, week.end)
                     if kim_id in kims and distinct >= min_amplifications)
        trend.append({**week.as_dict(), "active": active, "registered": registered,
                      "active_share": _share(active, registered), "measured": True})
    return trend


def _week_has_data(db: sqlite_utils.Database, week: Window) -> bool:
    """Whether anything is known of the week: an announcement or a post published in it, or a
    fetch made in it (a week of fetches finding nothing new is a measured 0%)."""
    for sql in ("SELECT 1 FROM announcements WHERE published_at >= ? AND published_at < ? LIMIT 1",
                "SELECT 1 FROM posts WHERE published_at >= ? AND published_at < ? LIMIT 1",
                "SELECT 1 FROM channel_fetches WHERE fetched_at >= ? AND fetched_at < ? LIMIT 1"):
        if db.execute(sql, [week.start, week.end]).fetchone() is not None:
            return True
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [store.FETCH_DAYS]).fetchone():
        # (fetches older than the kept period are rolled up into one row per channel and day)
        return db.execute(f"SELECT 1 FROM {store.FETCH_DAYS} WHERE day >= ? AND day <= ? LIMIT 1",
                          [week.first_day.isoformat(), week.last_day.isoformat()]).fetchone() is not None
    return False


def _announcements_per_kim(db: sqlite_utils.Database, start: str, end: str) -> list[tuple[str, int]]:
    """Per KIM, the distinct announcements it amplified (counted) with posts published in ``[start, end)``."""
    return [(row[0], int(row[1])) for row in db.execute(
        """SELECT a.kim_id, count(DISTINCT a.announcement_id)
           FROM amplifications a
           JOIN posts p ON p.id = a.post_id
           JOIN announcements an ON an.id = a.announcement_id
           WHERE a.status NOT IN ('rejected', 'uncertain') AND p.published_at >= ? AND p.published_at < ?
           GROUP BY a.kim_id""", [start, end])]


def _data_since(db: sqlite_utils.Database) -> str | None:
    """From when a week's active share means something: kimwatch knew a KIM's posts (the first
    post published, crawled or imported, or the first channel fetch) and there was an
    announcement to spread (the first one published). Trend weeks ending before it have no value:
    a back catalogue of posts from years before the first known announcement is no run of 0% weeks."""
    row = (db.execute("SELECT min(published_at) FROM posts").fetchone()[0], store.earliest_fetch(db))
    known = [value for value in row if value]
    first_announcement = db.execute("SELECT min(published_at) FROM announcements").fetchone()[0]
    if not known or not first_announcement:
        return None
    return max(min(known), first_announcement)


def has_retired_at(db: sqlite_utils.Database, table: str) -> bool:
    """Whether ``table`` has ``retired_at`` (a read-only store older than the column has not)."""
    return "retired_at" in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def registered_condition(db: sqlite_utils.Database, table: str, at: str) -> tuple[str, list[Any]]:
    """The SQL condition (and its parameter) of the rows of ``table`` registered at ``at`` (UTC,
    a window's end): not retired, or retired at or after it. A row retired before ``retired_at``
    was kept counts as retired always."""
    if not has_retired_at(db, table):
        return "status != 'retired'", []
    return "(status != 'retired' OR retired_at >= ?)", [at]


def _load_kims(db: sqlite_utils.Database, region: str | None, kim: str | None = None,
               at: str | None = None) -> dict[str, dict[str, Any]]:
    """The KIMs registered at ``at`` (a window's end; None: now) — in ``region``, or ``kim`` only."""
    condition, params = registered_condition(db, "kims", at) if at else ("status != 'retired'", [])
    sql = "SELECT id, name, region, district, village FROM kims WHERE " + condition
    if region:
        sql += " AND region = ?"
        params.append(region)
    if kim:
        sql += " AND id = ?"
        params.append(kim)
    return {row["id"]: row for row in db.query(sql + " ORDER BY region, name, id", params)}


def _kim_filter(column: str, kim: str | None) -> tuple[str, list[Any]]:
    """The SQL condition (and its parameter) narrowing a per-KIM query to ``kim``; none for every KIM."""
    return (f" AND {column} = ?", [kim]) if kim else ("", [])


def _kim_entries(db: sqlite_utils.Database, kims: dict[str, dict[str, Any]], window: Window,
                 min_amplifications: int, kim: str | None) -> list[dict[str, Any]]:
    """The entry of every KIM of ``kims``, in its order. The counted amplifications of the window
    are read one KIM at a time (never all of them at once)."""
    channels = _load_channels(db, set(kims), window, kim)
    posts_in_window = _posts_per_kim(db, window, kim)
    uncertain = _uncertain_counts(db, window.start, window.end, kim)
    post_origins = _post_origins_per_kim(db, window, kim)

    def entry(kim_id: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
        posts, post_platforms = posts_in_window.get(kim_id, (0, set()))
        built = _kim_entry(kims[kim_id], rows, channels.get(kim_id, []), posts, post_platforms, min_amplifications)
        built["uncertain"] = uncertain.get(kim_id, 0)  # matches waiting for review
        built["evidence"] = _evidence(built, rows, post_origins.get(kim_id, set()))
        return built

    amplified: dict[str, dict[str, Any]] = {}
    for kim_id, group in itertools.groupby(_amplification_rows(db, window.start, window.end, kim),
                                           key=lambda row: row["kim_id"]):
        if kim_id in kims:
            amplified[kim_id] = entry(kim_id, list(group))
    return [amplified[kim_id] if kim_id in amplified else entry(kim_id, []) for kim_id in kims]


def _fetch_counts(db: sqlite_utils.Database, window: Window,
                  channel_ids: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """Health query: per channel, its successful and failed fetches in the window (per-fetch rows
    and rolled-up days, :func:`crawler.store.fetch_counts`)."""
    return store.fetch_counts(db, window.start, window.end, channel_ids)


def _load_channels(db: sqlite_utils.Database, kim_ids: set[str], window: Window,
                   kim: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Channels of the KIMs with their health and their fetches in the window."""
    owner, owner_params = _kim_filter("owner_id", kim)
    rows = list(db.query(
        "SELECT id, owner_id, type, url, via, crawlable, status, last_crawled_at, last_success_at, "
        + ("retired_at, " if has_retired_at(db, "channels") else "") +
        "last_status, last_error, consecutive_failures FROM channels WHERE owner_kind = 'kim'" + owner
        + " ORDER BY owner_id, type, url", owner_params))
    fetches = _fetch_counts(db, window, [row["id"] for row in rows] if kim else None)
    if kim:
        stored = {row[0]: int(row[1]) for row in db.execute(
            "SELECT channel_id, count(*) FROM posts WHERE kim_id = ? AND channel_id IS NOT NULL GROUP BY channel_id",
            [kim])}
    else:
        stored = {row[0]: int(row[1]) for row in db.execute(
            "SELECT channel_id, count(*) FROM posts WHERE channel_id IS NOT NULL GROUP BY channel_id")}
    past = window_status(window) == "past"
    rolled = store.fetch_days_rolled(db) if past else False
    result: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["owner_id"] not in kim_ids:
            continue
        if past:
            as_of_end(db, row, window.end, rolled)
        else:
            row["health_as_of"] = None  # now: the window runs until today
        ok, failed = fetches.get(row["id"], (0, 0))
        row["crawlable"] = bool(row["crawlable"])
        if row["status"] == "retired" and (row.pop("retired_at", None) or "") >= window.end:
            row["status"] = "active"  # retired after the window: registered then, shown as it was
        row.pop("retired_at", None)
        row["consecutive_failures"] = int(row["consecutive_failures"] or 0)
        row["fetches_ok"] = ok
        row["fetches_failed"] = failed
        # the last success also counts, should the per-fetch rows of the window have been pruned
        row["fetched_in_window"] = ok > 0 or window.start <= (row["last_success_at"] or "") < window.end
        row["attempted_in_window"] = (row["fetched_in_window"] or failed > 0
                                      or window.start <= (row["last_crawled_at"] or "") < window.end)
        row["health"] = channel_health(row, ok, failed)
        row["posts_stored"] = stored.get(row["id"], 0)
        if row["health"] == "ok" and not row["posts_stored"] and row["last_success_at"]:
            row["health"] = "empty"  # read without error, but nothing found there: not simply "ok"
        result[row.pop("owner_id")].append(row)
    return result


#: The ``channels`` columns that say a channel's health now, and :func:`as_of_end` rewrites for a past window.
HEALTH_COLUMNS = ("last_crawled_at", "last_success_at", "last_status", "last_error", "consecutive_failures")


def as_of_end(db: sqlite_utils.Database, channel: dict[str, Any], end: str, rolled: bool | None = None) -> None:
    """A past window's channel: its health columns as they were at the window's ``end``
    (``health_as_of``), recomputed from its fetch history (:func:`crawler.store.health_as_of`: the
    same before and after the roll-up) when it was crawled since; a channel not crawled since is as
    it was then. A channel first read after ``end`` (a store begun since, a channel registered
    later) keeps its health now, with ``health_as_of`` None: the window's posts were read then, and
    "never fetched" would call a KIM unmeasured whose channel was read. ``rolled``: the report's
    :func:`crawler.store.fetch_days_rolled`, read once for all its channels."""
    channel["health_as_of"] = end
    if (channel.get("last_crawled_at") or "") < end and channel.get("last_status") != HOST_PAUSED:
        return  # nothing fetched since the window ended: its health now is its health then
    # (a host paused since, which leaves no fetch row nor time: what its fetches said then)
    then = store.health_as_of(db, channel["id"], end, rolled)
    if then is None:
        channel["health_as_of"] = None  # first read after the window: its health now
        return
    channel.update(then)


def _posts_per_kim(db: sqlite_utils.Database, window: Window, kim: str | None = None) -> dict[str, tuple[int, set[str]]]:
    """Per KIM: the number of its posts published in the window, and their platforms."""
    result: dict[str, tuple[int, set[str]]] = {}
    only, params = _kim_filter("kim_id", kim)
    for row in db.query(
            "SELECT kim_id, count(*) AS n, group_concat(DISTINCT platform) AS platforms FROM posts "
            "WHERE published_at >= ? AND published_at < ?" + only + " GROUP BY kim_id",
            [window.start, window.end, *params]):
        result[row["kim_id"]] = (int(row["n"]), set(filter(None, (row["platforms"] or "").split(","))))
    return result


EVIDENCE_KINDS = ("crawl", "import", "self-report")
"""What a KIM's status rests on: crawled posts or channel fetches, imported posts, verified self-reports."""


def _evidence_kind(origin: str | None) -> str:
    return origin if origin in ("import", "self-report") else "crawl"


def _post_origins_per_kim(db: sqlite_utils.Database, window: Window, kim: str | None = None) -> dict[str, set[str]]:
    """Per KIM: the evidence kinds of its posts published in the window."""
    result: dict[str, set[str]] = defaultdict(set)
    only, params = _kim_filter("kim_id", kim)
    for row in db.query("SELECT DISTINCT kim_id, origin FROM posts WHERE published_at >= ? AND published_at < ?"
                        + only, [window.start, window.end, *params]):
        result[row["kim_id"]].add(_evidence_kind(row["origin"]))
    return result


def _evidence(entry: dict[str, Any], rows: list[dict[str, Any]], post_origins: set[str]) -> list[str]:
    """The kinds of evidence behind a KIM's status: for an active KIM, those of the posts that
    amplified; for an inactive one, its posts of the window and its channels fetched in it;
    none for an unmeasured one."""
    if entry["status"] == "active":
        kinds = {_evidence_kind(r.get("post_origin")) for r in rows}
    elif entry["status"] == "inactive":
        kinds = set(post_origins)
        if any(c["fetched_in_window"] for c in entry["channels"]):
            kinds.add("crawl")
    else:
        kinds = set()
    return [kind for kind in EVIDENCE_KINDS if kind in kinds]


def _report_counts(db: sqlite_utils.Database, kim_ids: set[str]) -> dict[str, int]:
    """Self-reports of the KIMs still waiting: for verification (pending) or for a person (unverified)."""
    counts = {"reports_pending": 0, "reports_unverified": 0}
    if "reports" not in db.table_names():
        return counts
    for kim_id, status, n in db.execute("SELECT kim_id, status, count(*) FROM reports "
                                        "WHERE status IN ('pending', 'unverified') GROUP BY kim_id, status"):
        if kim_id in kim_ids:
            counts[f"reports_{status}"] += n
    return counts


CHANNEL_PLATFORM = {"feed": "website"}
"""The platform of a channel type, where the two differ (a blog's feed carries website posts)."""


def _uncertain_counts(db: sqlite_utils.Database, start: str, end: str, kim: str | None = None) -> dict[str, int]:
    """Per KIM, its ``uncertain`` amplifications (close to the matcher's threshold, counted in
    no KPI until a person confirms them) whose post was published in ``[start, end)``."""
    only, params = _kim_filter("a.kim_id", kim)
    return {row[0]: row[1] for row in db.execute(
        """SELECT a.kim_id, count(*) FROM amplifications a JOIN posts p ON p.id = a.post_id
           WHERE a.status = 'uncertain' AND p.published_at >= ? AND p.published_at < ?""" + only
        + " GROUP BY a.kim_id", [start, end, *params])}


def _amplification_rows(db: sqlite_utils.Database, start: str, end: str,
                        kim: str | None = None) -> Iterator[dict[str, Any]]:
    """Counted amplifications (not rejected, not uncertain) whose post was published in ``[start, end)``,
    ordered by KIM, produced one at a time."""
    only, params = _kim_filter("a.kim_id", kim)
    for row in db.query(
        """SELECT a.kim_id, a.announcement_id, a.post_id, a.method, a.status, a.lag_hours,
                  p.published_at AS post_at, p.platform, p.origin AS post_origin,
                  an.published_at AS announcement_at
           FROM amplifications a
           JOIN posts p ON p.id = a.post_id
           JOIN announcements an ON an.id = a.announcement_id
           WHERE a.status NOT IN ('rejected', 'uncertain') AND p.published_at >= ? AND p.published_at < ?"""
            + only + " ORDER BY a.kim_id", [start, end, *params]):
        if row["lag_hours"] is None:
            row["lag_hours"] = _hours_between(row["post_at"], row["announcement_at"])
        yield row


def _first_per_announcement(rows: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """The earliest amplification per ``key`` value (announcement or KIM)."""
    first: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r["post_at"], r["post_id"])):
        first.setdefault(row[key], row)
    return first


def _kim_entry(kim: dict[str, Any], rows: list[dict[str, Any]], channels: list[dict[str, Any]],
               posts: int, post_platforms: set[str], min_amplifications: int) -> dict[str, Any]:
    first = _first_per_announcement(rows, "announcement_id")
    lags = [r["lag_hours"] for r in first.values() if r["lag_hours"] is not None]
    distinct = len(first)
    fetched_ok = any(c["fetched_in_window"] for c in channels)
    crawlable = [c for c in channels if c["crawlable"] and c["status"] != "retired"]
    if distinct >= min_amplifications:
        status, reason = "active", "amplified"
    elif not fetched_ok and posts == 0:
        status = "unmeasured"
        if not channels:
            reason = "no_channels"
        elif not crawlable:
            reason = "no_crawlable_channel"
        elif crawlable and all(c["health"] in ("waiting", "never_fetched") for c in crawlable) and any(
                c["health"] == "waiting" for c in crawlable):
            reason = "waiting_retry_after"  # its server asked to come back later: no failure, not read yet
        elif any(c["attempted_in_window"] for c in crawlable):
            reason = "no_successful_fetch"  # fetched in the window, every time without success
        elif any(c["health"] == "host_paused" for c in crawlable):
            reason = "host_paused"  # not asked: its host paused after another channel's 429; no failure
        elif all(c["health"] == "never_fetched" for c in crawlable):
            reason = "never_fetched"  # registered, but no crawl has reached its channels yet
        else:
            reason = "not_fetched_in_period"  # fetched before or after the window, not in it
    else:
        status = "inactive"
        if distinct:
            reason = "below_min_amplifications"
        elif posts:
            reason = "no_amplification"
        else:
            reason = "no_posts"
    return {
        "id": kim["id"], "name": kim["name"], "region": kim["region"],
        "district": kim["district"], "village": kim["village"],
        "status": status, "status_reason": reason,
        "posts": posts,
        "amplifications": len(rows),
        "announcements_amplified": distinct,
        "median_lag_hours": _median(lags),
        "last_amplified_at": max((r["post_at"] for r in rows), default=None),
        "methods": dict(sorted(_count(r["method"] for r in rows).items())),
        # where the KIM publishes: its channels, its posts of the window, its amplifications
        "platforms": sorted({CHANNEL_PLATFORM.get(c["type"], c["type"]) for c in channels
                             if c["status"] != "retired"}
                            | post_platforms | {r["platform"] for r in rows if r["platform"]}),
        "amplification_platforms": sorted({r["platform"] for r in rows if r["platform"]}),
        "channels": channels,
    }


def _count(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return counts


class _Reach:
    """The announcements published in a window with their reach among ``kims``, one entry at a time.

    Two cursors ordered alike (the announcements; their counted amplifications) are read side by
    side, so only one announcement's amplifications are in memory at once; the expected KIMs of
    each are shared sets (every KIM for a provincial source, the region's KIMs otherwise), and the
    ids of those not reached are listed only when asked for.
    """

    def __init__(self, db: sqlite_utils.Database, window: Window, kims: dict[str, dict[str, Any]]) -> None:
        self.db, self.window, self.kims = db, window, kims
        self.everyone = frozenset(kims)
        by_region: dict[str, set[str]] = defaultdict(set)
        for kim in kims.values():
            by_region[kim["region"]].add(kim["id"])
        self.by_region = {region: frozenset(ids) for region, ids in by_region.items()}

    def expected(self, source_region: str | None) -> frozenset[str]:
        if _is_provincial(source_region):
            return self.everyone
        return self.by_region.get(source_region or "", frozenset())

    def entries(self, lists: bool) -> Iterator[dict[str, Any]]:
        window = self.window
        withdrawn = ("an.withdrawn_at" if "withdrawn_at" in {row[1] for row in self.db.execute(
            "PRAGMA table_info(announcements)")} else "NULL AS withdrawn_at")
        reach = self.db.query(
            """SELECT a.announcement_id, a.kim_id, a.post_id, a.method, a.lag_hours,
                      p.published_at AS post_at, an.published_at AS announcement_at
               FROM amplifications a
               JOIN posts p ON p.id = a.post_id
               JOIN announcements an ON an.id = a.announcement_id
               WHERE a.status NOT IN ('rejected', 'uncertain') AND an.published_at >= ? AND an.published_at < ?
                 AND p.published_at < ?
               ORDER BY an.published_at, an.id""", [window.start, window.end, window.end])
        pending = next(reach, None)
        for ann in self.db.query(
            f"""SELECT an.id, an.title, an.url, an.source_id, s.name AS source_name, s.region AS source_region,
                      an.published_at, {withdrawn}
               FROM announcements an LEFT JOIN sources s ON s.id = an.source_id
               WHERE an.published_at >= ? AND an.published_at < ?
               ORDER BY an.published_at, an.id""", [window.start, window.end]):
            key = (ann["published_at"], ann["id"])
            rows = []
            while pending is not None and (pending["announcement_at"], pending["announcement_id"]) <= key:
                if pending["announcement_id"] == ann["id"] and pending["kim_id"] in self.kims:
                    if pending["lag_hours"] is None:
                        pending["lag_hours"] = _hours_between(pending["post_at"], pending["announcement_at"])
                    rows.append(pending)
                pending = next(reach, None)
            yield self._entry(ann, rows, lists)

    def _entry(self, ann: dict[str, Any], rows: list[dict[str, Any]], lists: bool) -> dict[str, Any]:
        first = _first_per_announcement(rows, "kim_id")
        lags = [r["lag_hours"] for r in first.values() if r["lag_hours"] is not None]
        provincial = _is_provincial(ann["source_region"])
        expected = self.expected(ann["source_region"])
        entry = {
            "id": ann["id"], "title": ann["title"], "url": ann["url"],
            "source_id": ann["source_id"], "source_name": ann["source_name"],
            "source_region": ann["source_region"],
            "published_at": ann["published_at"],
            "kims_reached": len(first),
            "regions_reached": len({self.kims[k]["region"] for k in first}),
            "amplifications": len(rows),
            "first_amplified_at": min((r["post_at"] for r in rows), default=None),
            "first_lag_hours": min(lags) if lags else None,
            "median_lag_hours": _median(lags),
            "expected_scope": "province" if provincial else "region",
            "kims_expected": len(expected),
            "withdrawn_at": ann["withdrawn_at"],
            "amplifications_after_withdrawal": sum(1 for r in rows if r["post_at"] >= ann["withdrawn_at"])
            if ann["withdrawn_at"] else 0,
        }
        if lists:
            entry["kims_not_reached"] = sorted(expected - first.keys())
        else:
            entry["kims_not_reached_count"] = len(expected) - sum(1 for k in first if k in expected)
        return entry

    def not_reached(self, entry: dict[str, Any]) -> list[str]:
        """The expected KIMs that did not amplify the announcement of ``entry`` (one small query)."""
        reached = {row[0] for row in self.db.execute(
            """SELECT DISTINCT a.kim_id FROM amplifications a JOIN posts p ON p.id = a.post_id
               WHERE a.announcement_id = ? AND a.status NOT IN ('rejected', 'uncertain') AND p.published_at < ?""",
            [entry["id"], self.window.end])}
        return sorted(self.expected(entry["source_region"]) - reached)
