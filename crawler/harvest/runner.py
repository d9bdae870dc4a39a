"""The crawl runner: choose channels, run the spiders in-process, record the run.

:func:`run_crawl` is what ``kimwatch crawl``, ``kimwatch demo`` and the daemon's crawl child
call. It runs Scrapy's reactor, which can run only once per process: callers that crawl more
than once (the daemon, tests) run each crawl in a child process. The bookkeeping shared with
the spiders and pipelines (run id, store, channel health) is :mod:`crawler.harvest.context`.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.errors import KimwatchError
from crawler.harvest.context import (
    ChannelOutcome,
    CrawlContext,
    CrawlResult,
    ProgressCallback,
    StopRequested,
)

log = logging.getLogger(__name__)

TRIGGERS = ("cli", "daemon", "demo", "scrapy")
TABLE_LIMIT = 60  # above this many channels the summary lists only the failed ones


class CrawlError(KimwatchError):
    """Raised by :func:`run_crawl` when the run itself cannot happen (bad filter, reactor gone)."""


#: Failures that say "could not get there" rather than "the site answered badly".
NETWORK_FAILURES = ("connection", "dns", "timeout", "proxy", "502", "503", "504")
#: Distinct hosts that must all be unreachable before a run is blamed on the network.
OUTAGE_MIN_HOSTS = 3


def outage_of_the_network(db: sqlite_utils.Database, outcomes: Sequence[ChannelOutcome]) -> bool:
    """When every channel of a run failed to be reached, on several hosts, the server's network
    or proxy is down, not every site: the run's failures are taken back from the channels'
    back-off counters (the fetches stay recorded), so an outage does not keep good channels
    backed off for hours after it ends. Returns whether that happened."""
    from urllib.parse import urlsplit

    hosts = {urlsplit(o.url).hostname for o in outcomes}
    if (len(hosts) < OUTAGE_MIN_HOSTS or any(o.ok for o in outcomes)
            or not all(o.status in NETWORK_FAILURES for o in outcomes)):
        return False
    ids = [o.channel_id for o in outcomes]
    with store.transaction(db):
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            db.execute(
                f"""UPDATE channels SET consecutive_failures = max(consecutive_failures - 1, 0),
                    next_crawl_after = NULL WHERE id IN ({",".join("?" * len(chunk))})""", chunk)
    return True


def select_channels(
    db: sqlite_utils.Database, *, kims: Sequence[str] = (), sources: Sequence[str] = (),
    types: Sequence[str] = (), ids: Sequence[str] = (), include_backed_off: bool = False,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Crawlable, active channels of active owners matching the filters.

    Returns ``(due, backed_off)``. ``--kim``/``--source`` select owners (either filter given
    alone limits the run to that kind of owner); ``--type`` matches the channel type (a
    bridged channel, e.g. instagram with ``via:``, matches ``instagram`` and ``feed``).
    """
    for kind, wanted in (("kims", kims), ("sources", sources)):
        if wanted:
            table = "kims" if kind == "kims" else "sources"
            known = {r[0] for r in db.execute(f"SELECT id FROM {table}").fetchall()}
            missing = [w for w in wanted if w not in known]
            if missing:
                flag = "--kim" if kind == "kims" else "--source"
                raise CrawlError(f"{flag} {missing[0]!r}: no such {kind[:-1]} in the store; "
                                 "see `kimwatch registry show` for the ids")
    unknown_types = [t for t in types if t not in store.CHANNEL_TYPES]
    if unknown_types:
        raise CrawlError(f"--type {unknown_types[0]!r}: unknown channel type; "
                         f"choose from {', '.join(store.CHANNEL_TYPES)}")
    rows = [dict(r) for r in db.query(
        """SELECT c.* FROM channels c
           LEFT JOIN kims k ON c.owner_kind = 'kim' AND k.id = c.owner_id
           LEFT JOIN sources s ON c.owner_kind = 'source' AND s.id = c.owner_id
           WHERE c.crawlable = 1 AND c.status = 'active'
             AND coalesce(k.status, s.status, 'active') = 'active'
           ORDER BY c.id""")]
    chosen = []
    for row in rows:
        if ids and row["id"] not in ids:
            continue
        if kims or sources:
            if not ((row["owner_kind"] == "kim" and row["owner_id"] in kims)
                    or (row["owner_kind"] == "source" and row["owner_id"] in sources)):
                continue
        if types:
            kinds = {row["type"], "feed"} if row.get("via") else {row["type"]}
            if not kinds & set(types):
                continue
        if row["type"] not in store.CRAWLABLE_TYPES and not row.get("via"):
            continue
        chosen.append(row)
    now = utc_now()
    if include_backed_off:
        return chosen, []
    due = [r for r in chosen if not r.get("next_crawl_after") or r["next_crawl_after"] <= now]
    backed = [r for r in chosen if r.get("next_crawl_after") and r["next_crawl_after"] > now]
    return due, backed


def spider_classes() -> list[type]:
    """Every :class:`spiders.base.ChannelSpider` subclass in the ``spiders`` package."""
    from scrapy.spiderloader import SpiderLoader

    from crawler.settings import load_settings
    from spiders.base import ChannelSpider

    loader = SpiderLoader.from_settings(load_settings())
    found = []
    for name in loader.list():
        cls = loader.load(name)
        if isinstance(cls, type) and issubclass(cls, ChannelSpider) and cls.channel_types is not None:
            found.append(cls)
    return sorted(found, key=lambda c: c.name)


def assign_channels(channels: Iterable[Mapping[str, Any]], classes: Sequence[type]) -> dict[type, list[dict[str, Any]]]:
    """Which spider crawls which channel (the first class whose ``handles`` says yes)."""
    assigned: dict[type, list[dict[str, Any]]] = {}
    for channel in channels:
        for cls in classes:
            if cls.handles(channel):  # type: ignore[attr-defined]
                assigned.setdefault(cls, []).append(dict(channel))
                break
        else:
            log.warning("no spider handles channel %s (type %s)", channel["id"], channel["type"])
    return assigned


def drop_waiting_requests(crawlers: Iterable[Any]) -> int:
    """Fail every request still waiting in a host's download queue with :class:`StopRequested`.

    Scrapy counts a request waiting for its host's politeness slot as in flight, and a clean
    stop waits for all of them: with hundreds of channels on a few slow hosts, minutes. The
    spiders take :class:`StopRequested` as "not fetched in this run" (the channel keeps its
    health). Returns how many were dropped.
    """
    from twisted.python.failure import Failure

    dropped = 0
    for crawler in crawlers:
        downloader = getattr(getattr(crawler, "engine", None), "downloader", None)
        for slot in list(getattr(downloader, "slots", {}).values()):
            if slot.latercall is not None:
                with contextlib.suppress(Exception):  # cancel() may be called on a call already made
                    slot.latercall.cancel()
            slot.latercall = None
            while slot.queue:
                request, waiting = slot.queue.popleft()
                dropped += 1
                waiting.errback(Failure(StopRequested(f"not sent: the crawl is stopping ({request.url})")))
    return dropped


def _store_what_is_pending(crawlers: Iterable[Any], context: CrawlContext) -> None:
    """Before stopping at once: write the items and channel health that wait in memory."""
    for crawler in crawlers:
        itemproc = getattr(getattr(getattr(crawler, "engine", None), "scraper", None), "itemproc", None)
        for component in getattr(itemproc, "middlewares", ()):
            flush = getattr(component, "flush", None)
            if callable(flush):
                try:
                    flush()
                except Exception:
                    log.exception("storing the items in memory failed while stopping")
    context.write_health()


@contextlib.contextmanager
def _stop_on_signal(process: Any, stopping: list[str], crawlers: Sequence[Any], context: CrawlContext,
                    grace: float) -> Iterator[None]:
    """SIGINT/SIGTERM during a crawl: the first stops it promptly and cleanly, a second one at once.

    A prompt stop sends nothing more: requests waiting for their host's politeness slot are
    dropped (:func:`drop_waiting_requests`) and no new one is sent; answers already on their
    way get ``grace`` seconds (``STOP_GRACE_SECONDS``). Items received are stored and the run
    row is closed as ``interrupted``; channels not reached keep their health. When answers are
    still outstanding after ``grace``, or on a second signal, the items in memory are written
    and the reactor stops: those answers are lost, and so are the validators (ETags) of the
    channels not finished, so the next crawl fetches them again in full.
    """
    from twisted.internet import reactor

    def stop_now() -> None:
        _store_what_is_pending(crawlers, context)
        with contextlib.suppress(Exception):  # already stopping
            reactor.stop()  # type: ignore[attr-defined,misc]

    def stop_promptly() -> None:
        cast(Any, reactor).callLater(grace, stop_now)  # first: whatever goes wrong below
        try:
            dropped = drop_waiting_requests(crawlers)
            log.info("dropped %s request(s) waiting for their host", dropped)
        finally:
            process.stop()

    def on_signal(signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        if not stopping:
            stopping.append(name)
            context.stopping = True
            log.warning("%s: stopping the crawl; answers on their way get %g s (%s again stops at once)",
                        name, grace, name)
            reactor.callFromThread(stop_promptly)  # type: ignore[attr-defined,misc]
        else:
            log.warning("%s again: stopping at once", name)
            reactor.callFromThread(stop_now)  # type: ignore[attr-defined]

    previous = {signum: signal.signal(signum, on_signal) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run_crawl(
    db_path: str | Path,
    *,
    kims: Sequence[str] = (),
    sources: Sequence[str] = (),
    types: Sequence[str] = (),
    trigger: str = "cli",
    match: bool = True,
    progress: ProgressCallback | None = None,
    settings_overrides: Mapping[str, Any] | None = None,
    include_backed_off: bool = False,
    status: Callable[[str], None] | None = None,
) -> CrawlResult:
    """Crawl the chosen channels into the store at ``db_path``; see the module docstring.

    Runs Scrapy's reactor in this process (once per process). Failing channels do not fail
    the run: they are recorded in channel health and in the result. ``progress`` is called as
    each channel finishes; ``status`` every ``PROGRESS_SECONDS`` with a line saying how far the
    run is and which hosts it still waits on (:func:`crawl_status`).
    """
    from scrapy.crawler import CrawlerProcess

    from crawler.settings import load_settings

    if trigger not in TRIGGERS:
        raise CrawlError(f"trigger {trigger!r}: choose from {', '.join(TRIGGERS)}")
    started = time.monotonic()
    db = store.connect(db_path)
    # runs left "running" by a crawl that was killed (SIGKILL, OOM, power cut): closed as killed
    store.close_dead_runs(db, status="killed", closer="the crawl that started after it")
    due, backed_off = select_channels(db, kims=kims, sources=sources, types=types,
                                      include_backed_off=include_backed_off)
    settings = load_settings(settings_overrides)
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # the CLI configures logging
    filters = {"kims": list(kims), "sources": list(sources), "types": list(types)}
    run_id = store.start_crawl_run(db, trigger, filters, pid=os.getpid())
    context = CrawlContext(db, run_id, settings, progress, health_batch=200)
    for row in due:
        context.outcome(row)
    result = CrawlResult(run_id=run_id, status="nothing",
                         skipped_backoff=[r["id"] for r in backed_off])
    assigned = assign_channels(due, spider_classes()) if due else {}
    crawlers: list[Any] = []
    stopping: list[str] = []
    try:
        if assigned:
            saved = {name: logging.getLogger(name).level for name in ("scrapy", "twisted", "py.warnings")}
            from scrapy.utils import log as scrapy_log

            # Scrapy's dictConfig would put its loggers at DEBUG while the process starts
            loggers: Any = scrapy_log.DEFAULT_LOGGING["loggers"]
            loggers["scrapy"]["level"] = logging.getLevelName(logging.getLogger("scrapy").getEffectiveLevel())
            process = CrawlerProcess(settings)
            for name, level in saved.items():  # Scrapy's dictConfig puts its loggers at DEBUG
                logging.getLogger(name).setLevel(level)
            if logging.getLogger("scrapy").getEffectiveLevel() >= logging.WARNING:
                # failed fetches are reported per channel (health, summary); no tracebacks for them
                # (and an inspecting proxy's certificate is not the site's: one warning per host)
                for noisy in ("scrapy.downloadermiddlewares.robotstxt", "scrapy.downloadermiddlewares.retry",
                              "spiders.politeness", "scrapy.core.downloader.tls"):
                    logging.getLogger(noisy).setLevel(logging.CRITICAL)
            for cls, channels in assigned.items():
                crawler = process.create_crawler(cls)
                crawlers.append(crawler)
                process.crawl(crawler, context=context, channels=channels)
            grace = settings.getfloat("STOP_GRACE_SECONDS", 2.0)
            ticker = _status_ticker(context, status, settings.getfloat("PROGRESS_SECONDS", 15.0), started)
            try:
                with _stop_on_signal(process, stopping, crawlers, context, grace):
                    process.start(stop_after_crawl=True, install_signal_handlers=False)
            finally:
                if ticker is not None and ticker.running:
                    ticker.stop()
    except Exception as error:
        context.write_health()
        store.finish_crawl_run(db, run_id, "failed", message=f"{type(error).__name__}: {error}")
        if "ReactorNotRestartable" in type(error).__name__:
            raise CrawlError("a crawl already ran in this process and Scrapy cannot run another; "
                             "run each crawl in its own process (`kimwatch crawl`)") from error
        raise
    context.write_health()  # whatever no spider's end wrote
    outcomes = list(context.outcomes.values())
    for outcome in outcomes:
        if outcome.ok is None:  # never reached: the spider stopped early or no spider handled it
            outcome.ok, outcome.status = False, outcome.status or "not-fetched"
            outcome.error = outcome.error or "the channel was not fetched in this run"
    result.channels = outcomes
    result.requests = sum(int(c.stats.get_value("downloader/request_count") or 0) for c in crawlers if c.stats)
    result.items_new = sum(o.items_new for o in outcomes)
    result.items_updated = sum(o.items_updated for o in outcomes)
    result.errors = sum(1 for o in outcomes if not o.ok)
    if outcomes:
        result.status = "ok" if result.errors == 0 else ("failed" if result.errors == len(outcomes) else "partial")
    if outage_of_the_network(db, outcomes):
        result.message = ("no channel could be reached (network or proxy down?): "
                          "the failures do not count towards back-off")
        log.warning("crawl: %s", result.message)
    reasons = {c.stats.get_value("finish_reason") for c in crawlers if c.stats}
    reasons.discard("finished")
    reasons.discard(None)
    if reasons:
        result.message = "spider stopped: " + ", ".join(sorted(str(r) for r in reasons))
    if stopping:
        result.status, result.interrupted_by = "interrupted", stopping[0]
        result.message = (f"stopped by {stopping[0]}; channels not reached were not fetched "
                          "and keep their health")
    result.seconds = time.monotonic() - started
    store.finish_crawl_run(
        db, run_id, result.status, requests=result.requests, items_new=result.items_new,
        items_updated=result.items_updated, errors=result.errors, channels=len(outcomes),
        message=result.message)
    if match and not stopping:
        # Imported here, not at the top: a crawl with --no-match never loads the stemmer.
        from crawler.matching import passes

        result.matched = passes.match_new(db)
    return result


def format_summary(result: CrawlResult) -> str:
    """The end-of-run table: channels (or only the failed ones when there are many), then totals."""
    rows = result.channels
    if len(rows) > TABLE_LIMIT:
        rows = [c for c in rows if not c.ok]
    lines = []
    if rows:
        head = ("channel", "status", "found", "new", "updated", "note")
        body = [(c.channel_id, ("ok " if c.ok else "FAIL ") + (c.status or "-"), str(c.items_found),
                 str(c.items_new), str(c.items_updated), c.error or "") for c in rows]  # the whole hint
        widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
        for row in [head, tuple("-" * w for w in widths), *body]:
            lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if len(rows) < len(result.channels):
            lines.append(f"({len(result.channels) - len(rows)} channel(s) ok, not listed)")
    if result.skipped_backoff:
        lines.append(f"backed off after repeated failures, not crawled: {len(result.skipped_backoff)} "
                     "channel(s) (use --ignore-backoff to crawl them anyway)")
    lines.append(f"crawl {result.status}: " + result.summary())
    if result.matched is not None:
        summary = getattr(result.matched, "summary", None)
        lines.append(f"matched: {summary() if callable(summary) else result.matched}")
    return "\n".join(lines)


def crawl_status(outcomes: Iterable[ChannelOutcome], seconds: float, hosts_shown: int = 3) -> str:
    """How far a running crawl is: channels done, and the hosts whose channels it still waits
    on, busiest first (t.me or youtube.com with hundreds of channels, a host that hangs)."""
    outcomes = list(outcomes)
    waiting = collections.Counter(urlsplit(o.url).hostname or "?" for o in outcomes if not o.finished)
    line = f"crawling: {len(outcomes) - sum(waiting.values())}/{len(outcomes)} channel(s) done after {seconds:.0f} s"
    if waiting:
        shown = ", ".join(f"{host} ({count})" for host, count in waiting.most_common(hosts_shown))
        more = f" and {len(waiting) - hosts_shown} more" if len(waiting) > hosts_shown else ""
        line += f"; waiting on {len(waiting)} host(s): {shown}{more}"
    return line


def _status_ticker(context: CrawlContext, status: Callable[[str], None] | None, every: float,
                   started: float) -> Any:
    """A reactor timer calling ``status`` with :func:`crawl_status` every ``every`` seconds."""
    if status is None or every <= 0:
        return None
    from twisted.internet import task

    def tick() -> None:
        status(crawl_status(context.outcomes.values(), time.monotonic() - started))

    ticker = task.LoopingCall(tick)
    ticker.start(every, now=False)
    return ticker
