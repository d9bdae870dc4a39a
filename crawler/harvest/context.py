"""What the crawl runner and the spiders of one run share: the store, the run id, each channel's outcome.

:class:`CrawlContext` holds the run id, the database, and one :class:`ChannelOutcome` per
channel; :meth:`CrawlContext.record_fetch` records channel health after every fetch
(``channels`` columns and a ``channel_fetches`` row, written in batches of 200 fetches or every
2 s, and at the end of each spider) and backs off channels that keep failing. ``spiders/`` and
``pipelines/`` import this module, and :mod:`crawler.harvest.runner` imports them: neither
imports the other.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

from crawler import store
from crawler.dates import ISO_FORMAT, utc_now
from crawler.harvest.certificates import UNVERIFIED_NOTE, opts_out
from crawler.harvest.politeness import HOST_PAUSED, asked_to_come_back

log = logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """``StopRequested``, made on first use: it is a Scrapy exception, and a crawl whose channels
    are all unchanged (crawler/harvest/revalidate.py) never imports Scrapy."""
    if name != "StopRequested":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from scrapy.exceptions import IgnoreRequest

    class StopRequested(IgnoreRequest):
        """Raised for requests dropped because the crawl was asked to stop (SIGTERM/SIGINT).

        Not a channel failure: a channel whose request is dropped keeps its health.
        """

    StopRequested.__module__ = __name__
    globals()["StopRequested"] = StopRequested
    return StopRequested


@dataclass
class ChannelOutcome:
    """What happened to one channel in this run."""

    channel_id: str
    owner_kind: str
    owner_id: str
    type: str
    url: str
    ok: bool | None = None  # None until its first page was fetched
    status: str | None = None  # HTTP status ('200', '304', '404') or an error kind ('timeout', ...)
    error: str | None = None
    items_found: int = 0
    items_new: int = 0
    items_updated: int = 0
    pages: int = 0
    fetch_id: int | None = None
    finished: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("fetch_id", "finished")}


@dataclass
class CrawlResult:
    """The outcome of :func:`run_crawl`."""

    run_id: int
    status: str  # 'ok' (every channel fine), 'partial' (some failed), 'failed', 'nothing', 'interrupted'
    requests: int = 0
    items_new: int = 0
    items_updated: int = 0
    errors: int = 0
    seconds: float = 0.0
    channels: list[ChannelOutcome] = field(default_factory=list)
    skipped_backoff: list[str] = field(default_factory=list)
    # not crawled because their host asked to come back later (429/503 with Retry-After): no failure
    waiting_retry_after: list[str] = field(default_factory=list)
    matched: Any = None  # what crawler.matching.match_new returned, when it ran
    message: str | None = None
    interrupted_by: str | None = None  # SIGINT/SIGTERM, when a signal stopped the run

    def not_reached(self, channel: ChannelOutcome) -> bool:
        """A channel the run never asked: a stopped crawl's (not fetched, keeps its health), or one
        whose host was paused after another channel's 429 (:data:`HOST_PAUSED`). No failure of the run."""
        if not channel.ok and channel.status == HOST_PAUSED:
            return True
        return bool(self.interrupted_by) and not channel.ok and channel.status == "not-fetched"

    def waits(self, channel: ChannelOutcome) -> bool:
        """A channel whose server asked to come back later (a 429, a Retry-After): no failure of the
        channel nor of the run (README: "a refusal with Retry-After is no failure")."""
        return channel.ok is False and channel.status == "rate-limited"

    def failed(self, channel: ChannelOutcome) -> bool:
        """A channel that failed in this run: not one waiting for its server, nor one a stop never reached."""
        return channel.ok is False and not self.not_reached(channel) and not self.waits(channel)

    def summary(self) -> str:
        not_reached = sum(1 for c in self.channels if self.not_reached(c))
        unreached = f", {not_reached} not reached" if not_reached else ""
        waiting = sum(1 for c in self.channels if self.waits(c))
        unreached += f", {waiting} waiting for the host's Retry-After" if waiting else ""
        return (f"run {self.run_id}: {len(self.channels)} channel(s), "
                f"{sum(1 for c in self.channels if c.ok)} ok, {self.errors} failed{unreached}, "
                f"{self.items_new} new, {self.items_updated} updated, {self.requests} requests, "
                f"{self.seconds:.1f} s")


ProgressCallback = Callable[[ChannelOutcome, int, int], None]


class CrawlContext:
    """Shared by the spiders and pipelines of one run: the store, the run id, the outcomes."""

    def __init__(self, db: sqlite_utils.Database, run_id: int, settings: Any,
                 progress: ProgressCallback | None = None, *, health_batch: int = 1,
                 health_seconds: float = 2.0) -> None:
        self.db = db
        self.run_id = run_id
        self.settings = settings
        self.progress = progress
        self.outcomes: dict[str, ChannelOutcome] = {}
        self.validators: dict[str, tuple[str | None, str | None]] = {}  # channel -> (etag, last-modified)
        self.finished = 0
        # health rows waiting to be written: one transaction per batch instead of per fetch
        self.health_batch = max(1, int(health_batch))
        self.health_seconds = health_seconds
        self._pending_health: list[tuple[Mapping[str, Any], bool, str | None, str | None, str,
                                         Mapping[str, Any] | None]] = []
        self._last_health_write = time.monotonic()
        self.stopping = False  # set on the first SIGTERM/SIGINT: no new request is sent
        # channel -> what the caps cut in this run (e.g. {"items over MAX_ITEMS_PER_FETCH": 99000})
        self.cuts: dict[str, dict[str, int]] = {}
        # channel -> items a pipeline step failed on in this run (the error is in the log)
        # channel -> not due before this time (its host's pause, asked for after it was read)
        self.holds: dict[str, str] = {}
        self.lost: dict[str, int] = {}
        # channel -> addresses of stored items re-read with no text in this run (the stored ones kept)
        self.kept: dict[str, list[str]] = {}

    def count_cut(self, channel_id: str, what: str, count: int) -> None:
        """Count ``count`` things of ``what`` a cap cut from ``channel_id`` in this run."""
        if count > 0:
            cut = self.cuts.setdefault(channel_id, {})
            cut[what] = cut.get(what, 0) + int(count)

    def hold_until(self, channel_ids: Iterable[str], until: str) -> None:
        """``channel_ids`` were read in this run before their host asked for a pause until
        ``until``: none of them is due before it (written by :meth:`finalize`, after their health)."""
        for channel_id in channel_ids:
            self.holds[channel_id] = max(self.holds.get(channel_id, ""), until)

    def count_lost(self, channel_id: str) -> None:
        """Count an item of ``channel_id`` that a pipeline step failed on (not stored)."""
        self.lost[channel_id] = self.lost.get(channel_id, 0) + 1

    def count_kept(self, channel_id: str, address: str) -> None:
        """Count a stored item of ``channel_id`` that came back with no text (kept as stored)."""
        self.kept.setdefault(channel_id, []).append(address)

    def cut_note(self, channel_id: str) -> str | None:
        """The channel-health note on what the caps cut, what items were lost to errors and which
        stored items were kept against a re-read with less, or None when nothing was."""
        cut, lost, kept = self.cuts.get(channel_id), self.lost.get(channel_id), self.kept.get(channel_id)
        notes = []
        if lost:
            notes.append(f"{lost} item{'s' if lost > 1 else ''} not stored: error in processing (see the log)")
        if kept:
            notes.append(f"{len(kept)} stored post{'s' if len(kept) > 1 else ''} read again with no text, "
                         f"kept as stored (e.g. {kept[0]})")
        if cut:
            notes.append("cut by the caps: " + ", ".join(f"{n} {what}" for what, n in sorted(cut.items())))
        return "; ".join(notes) or None

    def outcome(self, channel: Mapping[str, Any]) -> ChannelOutcome:
        found = self.outcomes.get(channel["id"])
        if found is None:
            found = ChannelOutcome(channel["id"], channel["owner_kind"], channel["owner_id"],
                                   channel["type"], channel["url"])
            self.outcomes[channel["id"]] = found
        return found

    def record_fetch(self, channel: Mapping[str, Any], *, ok: bool, status: str | None,
                     error: str | None = None, etag: str | None = None,
                     last_modified: str | None = None, state: Mapping[str, Any] | None = None) -> None:
        """Channel health after a fetch of the channel's first page.

        Written at once when ``health_batch`` is 1; a crawl run writes it in batches of
        ``health_batch`` fetches (or after ``health_seconds``), and at the end of each spider
        (:meth:`finalize`), so a re-crawl of thousands of unchanged channels does not pay a
        transaction per channel. ETag/Last-Modified are kept aside and written by
        :meth:`finalize`, after the items are stored, so an interrupted run never leaves
        validators for content it lost.
        """
        if not ok and status not in ("rate-limited", HOST_PAUSED) and asked_to_come_back(status, error)[0]:
            status = "rate-limited"  # a 429 / Retry-After is the server's pace, not the channel failing
        if ok and opts_out(channel):  # never silent: the registry chose to read it unchecked
            error = f"{UNVERIFIED_NOTE}; {error}" if error else UNVERIFIED_NOTE
        outcome = self.outcome(channel)
        outcome.ok, outcome.status, outcome.error = ok, status, error
        if ok and status != "304":
            self.validators[channel["id"]] = (etag, last_modified)
        self._pending_health.append((channel, ok, status, error, utc_now(), dict(state) if state else None))
        if not ok and channel["owner_kind"] == "source":  # its announcements are missed until it is back
            log.warning("government source channel %s (%s) failed: %s %s", channel["id"], channel["url"],
                        status, error or "")
        else:
            log.info("channel %s: %s %s", channel["id"], status, error or "")
        if (len(self._pending_health) >= self.health_batch
                or time.monotonic() - self._last_health_write >= self.health_seconds):
            self.write_health()

    def fail_after_all(self, channel: Mapping[str, Any], status: str, error: str) -> None:
        """The channel's first page answered, but what it led to all failed (every article page a
        listing linked): the fetch is recorded as failed after all — ``status`` and ``error`` on
        the channel and its fetch row, one more consecutive failure (backed off as any failure),
        and no validators kept, so the next crawl reads the page again."""
        self.write_health()
        outcome = self.outcome(channel)
        outcome.ok, outcome.status, outcome.error = False, status, error
        self.validators.pop(channel["id"], None)
        with store.transaction(self.db):
            # (the first page's fetch reset the count: the failures before this run's go on)
            failures = int(channel.get("consecutive_failures") or 0) + 1
            after = None if channel["owner_kind"] == "source" else backoff_until(failures, self.settings)
            self.db.execute(
                """UPDATE channels SET last_status = ?, last_error = ?, consecutive_failures = ?,
                   next_crawl_after = ?, etag = NULL, last_modified = NULL WHERE id = ?""",
                [status, error, failures, after, channel["id"]])
            if outcome.fetch_id:
                self.db.execute("UPDATE channel_fetches SET ok = 0, status = ?, error = ? WHERE id = ?",
                                [status, error, outcome.fetch_id])
        log.warning("channel %s: %s %s", channel["id"], status, error)

    def write_health_if_due(self) -> None:
        """Write the pending channel health once it has waited ``health_seconds`` (called by a timer:
        with every channel left waiting on slow hosts, no further fetch would write it)."""
        if self._pending_health and time.monotonic() - self._last_health_write >= self.health_seconds:
            self.write_health()

    def write_health(self) -> None:
        """Write the pending channel health (``channels`` columns, ``channel_fetches`` rows)."""
        pending, self._pending_health = self._pending_health, []
        self._last_health_write = time.monotonic()
        if not pending:
            return
        with store.transaction(self.db):
            # channels fetched fine, the common case, in one statement for the whole batch
            self.db.conn.executemany(
                """UPDATE channels SET last_crawled_at = ?, last_success_at = ?, last_status = ?,
                   last_error = ?, consecutive_failures = 0, next_crawl_after = NULL WHERE id = ?""",
                [(now, now, status, error, channel["id"]) for channel, ok, status, error, now, _ in pending if ok])
            for channel, ok, status, error, now, state in pending:
                if status == HOST_PAUSED:
                    # never asked (its host paused after another channel's refusal): not crawled, no
                    # failure; it waits as its host asked, and keeps its place among the least
                    # recently read, so the next crawl asks it before the channel that was refused
                    self.db.execute(
                        "UPDATE channels SET last_status = ?, last_error = ?, next_crawl_after = ? WHERE id = ?",
                        [status, error, retry_after_until(asked_to_come_back(status, error)[1], self.settings),
                         channel["id"]])
                elif not ok:
                    failures = int(self.db.execute(
                        "SELECT consecutive_failures FROM channels WHERE id = ?",
                        [channel["id"]]).fetchone()[0] or 0)
                    later, seconds = asked_to_come_back(status, error)
                    if later:  # a 429 / Retry-After: no failure of the channel; asked again when it said
                        after = retry_after_until(seconds, self.settings)
                    else:
                        failures += 1
                        after = None if channel["owner_kind"] == "source" else backoff_until(failures, self.settings)
                    self.db.execute(
                        """UPDATE channels SET last_crawled_at = ?, last_status = ?, last_error = ?,
                           consecutive_failures = ?, next_crawl_after = ? WHERE id = ?""",
                        [now, status, error, failures, after, channel["id"]])
                if state:
                    merged = _json_dict(self.db.execute("SELECT state FROM channels WHERE id = ?",
                                                        [channel["id"]]).fetchone()[0])
                    merged.update(state)
                    self.db.execute("UPDATE channels SET state = ? WHERE id = ?",
                                    [json.dumps(merged, ensure_ascii=False, sort_keys=True), channel["id"]])
            # one INSERT for the batch; the writer lock is held, so the new rows are the ids after
            # the last one, in the order given
            pending = [p for p in pending if p[2] != HOST_PAUSED]  # nothing was fetched for those
            last = int(self.db.execute("SELECT coalesce(max(id), 0) FROM channel_fetches").fetchone()[0])
            self.db.conn.executemany(
                """INSERT INTO channel_fetches (channel_id, run_id, fetched_at, ok, status, error)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [(channel["id"], self.run_id, now, int(ok), status, error)
                 for channel, ok, status, error, now, _ in pending])
            ids = [row[0] for row in self.db.execute(
                "SELECT id FROM channel_fetches WHERE id > ? ORDER BY id", [last]).fetchall()]
            for (channel, *_), fetch_id in zip(pending, ids, strict=True):
                self.outcome(channel).fetch_id = int(fetch_id)

    def channel_finished(self, channel: Mapping[str, Any]) -> None:
        """Every request of the channel is done: tell the progress callback."""
        outcome = self.outcome(channel)
        if outcome.finished:
            return
        outcome.finished = True
        self.finished += 1
        if self.progress is not None:
            try:
                self.progress(outcome, self.finished, len(self.outcomes))
            except Exception:  # a display problem must not stop the crawl
                log.exception("progress callback failed")

    def finalize(self, channel_ids: Iterable[str] | None = None) -> None:
        """After the items of ``channel_ids`` (default: all) are stored: validators and item counts."""
        self.write_health()
        chosen = set(self.outcomes) if channel_ids is None else set(channel_ids)
        with store.transaction(self.db):
            validated = sorted(chosen & set(self.validators))
            self.db.conn.executemany("UPDATE channels SET etag = ?, last_modified = ? WHERE id = ?",
                                     [(*self.validators.pop(channel_id), channel_id) for channel_id in validated])
            counted = [self.outcomes[c] for c in sorted(chosen & set(self.outcomes))]
            self.db.conn.executemany(
                "UPDATE channel_fetches SET items_new = ?, items_updated = ? WHERE id = ?",
                [(o.items_new, o.items_updated, o.fetch_id) for o in counted
                 if o.fetch_id and (o.items_new or o.items_updated)])
            held = sorted(chosen & set(self.holds))
            self.db.conn.executemany(
                "UPDATE channels SET next_crawl_after = ? WHERE id = ? AND coalesce(next_crawl_after, '') < ?",
                [(self.holds[c], c, self.holds[c]) for c in held])
            for channel_id in held:
                del self.holds[channel_id]
            for channel_id in chosen & set(self.outcomes):
                outcome = self.outcomes[channel_id]
                note = self.cut_note(channel_id)
                if note and outcome.fetch_id and outcome.ok:
                    self.cuts.pop(channel_id, None)
                    self.lost.pop(channel_id, None)
                    self.kept.pop(channel_id, None)
                    outcome.error = f"{outcome.error}; {note}" if outcome.error else note
                    self.db.execute("UPDATE channel_fetches SET error = ? WHERE id = ?", [outcome.error, outcome.fetch_id])
                    self.db.execute("UPDATE channels SET last_error = ? WHERE id = ? AND last_status = ?",
                                    [outcome.error, channel_id, outcome.status])


def _json_dict(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def retry_after_until(seconds: float | None, settings: Any) -> str | None:
    """When a channel whose server asked to come back after ``seconds`` (``Retry-After``) may be
    crawled again (None: the next run), at most ``BACKOFF_MAX_HOURS`` away."""
    if not seconds:
        return None
    cap = float(settings.getfloat("BACKOFF_MAX_HOURS", 72)) * 3600 if settings is not None else 72 * 3600.0
    return (datetime.now(UTC) + timedelta(seconds=min(seconds, cap))).strftime(ISO_FORMAT)


def backoff_until(failures: int, settings: Any) -> str | None:
    """When a channel that failed ``failures`` times in a row may be crawled again (None: now).

    Only KIM channels are backed off: a government source is crawled on every run whatever
    its failures (a source run is one or two hosts, so a network outage cannot be told from a
    dead site, and every announcement missed is an amplification missed)."""
    after = int(settings.getint("BACKOFF_AFTER_FAILURES", 3)) if settings is not None else 3
    if failures < after:
        return None
    base = float(settings.getfloat("BACKOFF_BASE_MINUTES", 60)) if settings is not None else 60.0
    cap = float(settings.getfloat("BACKOFF_MAX_HOURS", 72)) * 60 if settings is not None else 72 * 60.0
    minutes = min(base * 2 ** (failures - after), cap)
    return (datetime.now(UTC) + timedelta(minutes=minutes)).strftime(ISO_FORMAT)
