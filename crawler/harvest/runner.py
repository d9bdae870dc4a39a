"""The crawl runner: choose channels, run the spiders in-process, record the run.

:func:`run_crawl` is what ``kimwatch crawl``, ``kimwatch demo`` and the daemon's crawl child
call. It runs Scrapy's reactor, which can run only once per process: callers that crawl more
than once (the daemon, tests) run each crawl in a child process. The bookkeeping shared with
the spiders and pipelines (run id, store, channel health) is :mod:`crawler.harvest.context`.

A crawl of many channels on several hosts is spread over the cores: :func:`split_by_host`
deals the channels out by host (a host is only ever in one share), and each share is crawled
in a forked process writing to the store itself (:func:`_crawl_in_processes`); this process
keeps the run row, the progress lines, the signals and the matching at the end.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import json
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
from crawler.controls import visible_text
from crawler.dates import utc_now
from crawler.errors import KimwatchError
from crawler.harvest import certificates
from crawler.harvest.context import (
    ChannelOutcome,
    CrawlContext,
    CrawlResult,
    ProgressCallback,
)
from crawler.harvest.politeness import HOST_PAUSED, REFUSED_STATUSES
from crawler.lock import die_with_parent

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

    if any(o.ok for o in outcomes) or not all(o.status in NETWORK_FAILURES for o in outcomes):
        return False  # checked first: the hosts of thousands of channels are only counted when all failed
    if len({urlsplit(o.url).hostname for o in outcomes}) < OUTAGE_MIN_HOSTS:
        return False
    ids = [o.channel_id for o in outcomes]
    with store.transaction(db):
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            db.execute(
                f"""UPDATE channels SET consecutive_failures = max(consecutive_failures - 1, 0),
                    next_crawl_after = NULL WHERE id IN ({",".join("?" * len(chunk))})""", chunk)
    return True


#: ``channels`` rows whose last fetch failed, or was refused (429/503, rate-limited): 1, else 0
REFUSED_LAST_TIME_SQL = ("(c.consecutive_failures > 0 OR coalesce(c.last_status, '') IN "
                         f"({', '.join(repr(s) for s in REFUSED_STATUSES)}) "
                         "OR (c.last_crawled_at IS NOT NULL AND coalesce(c.last_success_at, '') < c.last_crawled_at))")


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
           ORDER BY c.last_crawled_at IS NOT NULL, """ + REFUSED_LAST_TIME_SQL + """,
                    c.last_crawled_at, c.id""")]
    # never-crawled channels first, then the longest unvisited: a crawl stopped midway (Ctrl-C,
    # the daemon's crawl_timeout) is taken up by the next one where it left off, not from the top;
    # a channel whose last fetch failed or drew a 429 after those that did not: one channel that
    # always answers 429 (its host then paused for the run) no longer keeps the channels dealt
    # after it on its host from ever being asked; those not asked (host-paused) keep their
    # last_crawled_at, so they are the least recently read next time
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

    from crawler.harvest.context import StopRequested

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
                if getattr(crawler, "stats", None) is not None:  # counted as sent by Scrapy: it was not
                    crawler.stats.inc_value(DROPPED_STAT)
                waiting.errback(Failure(StopRequested(f"not sent: the crawl is stopping ({request.url})")))
    return dropped


#: requests Scrapy counted in ``downloader/request_count`` but a prompt stop never sent
DROPPED_STAT = "kimwatch/requests_dropped"


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
def _handling_stop_signals(handler: Any) -> Iterator[None]:
    """SIGINT and SIGTERM go to ``handler`` within the block; the handlers before are put back."""
    previous = {signum: signal.signal(signum, handler) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, before in previous.items():
            signal.signal(signum, before)


@contextlib.contextmanager
def _stop_pass_on_signal(stopping: list[str], context: CrawlContext) -> Iterator[None]:
    """SIGINT/SIGTERM during the revalidation pass: it sends nothing more, waits
    ``STOP_GRACE_SECONDS`` at most for the answers on their way, and Scrapy is not started."""

    def on_signal(signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        if not stopping:
            stopping.append(name)
            context.stopping = True
            log.warning("%s: stopping the crawl", name)

    with _handling_stop_signals(on_signal):
        yield


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

    with _handling_stop_signals(on_signal):
        yield


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

    Runs Scrapy's reactor in this process (once per process), or, with many channels on
    several hosts, in ``CRAWL_PROCESSES`` forked processes over disjoint sets of hosts
    (:func:`crawl_processes`, :func:`split_by_host`). Failing channels do not fail
    the run: they are recorded in channel health and in the result. ``progress`` is called as
    each channel finishes; ``status`` every ``PROGRESS_SECONDS`` with a line saying how far the
    run is and which hosts it still waits on (:func:`crawl_status`).
    """
    from crawler.harvest.politeness import platform_rates
    from crawler.settings import allow_internal_warning, load_settings, plain_settings

    if trigger not in TRIGGERS:
        raise CrawlError(f"trigger {trigger!r}: choose from {', '.join(TRIGGERS)}")
    started = time.monotonic()
    plain = plain_settings(settings_overrides)  # Scrapy's own only when Scrapy has work (below)
    platform_rates(plain.getdict("PLATFORM_RATES"))  # a bad entry fails here, named, before any fetch
    if opened := allow_internal_warning(plain.getlist("ALLOW_INTERNAL")):
        log.warning("%s", opened)
    db = _TimedDatabase(store.connect(db_path).conn)
    # runs left "running" by a crawl that was killed (SIGKILL, OOM, power cut): closed as killed
    store.close_dead_runs(db, status="killed", closer="the crawl that started after it")
    due, backed_off = select_channels(db, kims=kims, sources=sources, types=types,
                                      include_backed_off=include_backed_off)
    # certificates are checked, except on the hosts of the channels that say tls_verify: false
    certificates.UNVERIFIED_HOSTS.clear()
    certificates.UNVERIFIED_HOSTS.update(certificates.unverified_hosts(due))
    filters = {"kims": list(kims), "sources": list(sources), "types": list(types)}
    run_id = store.start_crawl_run(db, trigger, filters, pid=os.getpid())
    context = CrawlContext(db, run_id, plain, progress, health_batch=200)
    for row in due:
        context.outcome(row)
    # a channel whose host asked to come back later (Retry-After) waits; it has not failed
    waiting = {r["id"] for r in backed_off if r.get("last_status") in ("rate-limited", HOST_PAUSED)}
    result = CrawlResult(run_id=run_id, status="nothing",
                         skipped_backoff=[r["id"] for r in backed_off if r["id"] not in waiting],
                         waiting_retry_after=[r["id"] for r in backed_off if r["id"] in waiting])
    stopping: list[str] = []
    revalidated = None
    try:
        if due and plain.getbool("REVALIDATE_FIRST", True):
            from crawler.harvest import revalidate

            def tell() -> None:
                if status is not None:
                    status(crawl_status(context.outcomes.values(), time.monotonic() - started))

            with _stop_pass_on_signal(stopping, context):
                revalidated = revalidate.revalidate(db_path, due, context, plain, stopping, tell)
        rest = [] if stopping else [r for r in due if not revalidated or r["id"] not in revalidated.unchanged]
        settings: Any = plain
        if rest:  # Scrapy is imported and started only for what the pass did not settle
            settings = load_settings(settings_overrides)
            settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # the CLI configures logging
        assigned = assign_channels(rest, spider_classes()) if rest else {}
        shares = split_by_host(assigned, crawl_processes(settings, assigned))
        if len(shares) > 1:
            crawled = _crawl_in_processes(db_path, run_id, settings, shares, context, status, started, stopping)
        elif assigned:
            crawled = _crawl_here(settings, assigned, context, status, started, stopping)
            crawled.lock_wait, crawled.transactions = db.lock_wait, db.transactions
        else:
            crawled = _Crawled()
    except Exception as error:
        context.write_health()
        store.finish_crawl_run(db, run_id, "failed", message=f"{type(error).__name__}: {error}")
        if "ReactorNotRestartable" in type(error).__name__:
            raise CrawlError("a crawl already ran in this process and Scrapy cannot run another; "
                             "run each crawl in its own process (`kimwatch crawl`)") from error
        raise
    finally:
        if revalidated is not None:
            revalidate.PREFETCHED.clear()  # answers Scrapy did not take (a stop, a channel it refused)
    if revalidated is not None:
        crawled.requests += revalidated.own_requests
    context.write_health()  # whatever no spider's end wrote
    # a release PDF stored by an earlier crawl whose HTML version this one read: one announcement
    if merged := store.merge_release_pdfs(db):
        log.info("%s release PDF announcement(s) merged into their HTML release", merged)
    log.info("%s crawl processes waited %.2f s in all for the store's write lock (%s transactions)",
             crawled.processes, crawled.lock_wait, crawled.transactions)
    if crawled.cpu:
        log.info("CPU of each crawl process: %s s", ", ".join(f"{cpu:.1f}" for cpu in crawled.cpu))
    outcomes = list(context.outcomes.values())
    for outcome in outcomes:
        if outcome.ok is None:  # never reached: the spider stopped early or no spider handled it
            outcome.ok, outcome.status = False, outcome.status or "not-fetched"
            outcome.error = outcome.error or "the channel was not fetched in this run"
    result.channels = outcomes
    result.requests = crawled.requests
    result.items_new = sum(o.items_new for o in outcomes)
    result.items_updated = sum(o.items_updated for o in outcomes)
    result.interrupted_by = stopping[0] if stopping else None
    result.errors = sum(1 for o in outcomes if result.failed(o))
    if outcomes:
        result.status = "ok" if result.errors == 0 else ("failed" if result.errors == len(outcomes) else "partial")
    if outage_of_the_network(db, outcomes):
        result.message = ("no channel could be reached (network or proxy down?): "
                          "the failures do not count towards back-off")
        log.warning("crawl: %s", result.message)
    reasons = set(crawled.reasons)
    reasons.discard("finished")
    reasons.discard(None)  # type: ignore[arg-type]
    if reasons:
        result.message = "spider stopped: " + ", ".join(sorted(str(r) for r in reasons))
    if crawled.failures:
        result.message = "; ".join([*([result.message] if result.message else []), *crawled.failures])
    tunnel_refused = sorted(set(crawled.plain_https_proxies) | (revalidated.no_connect if revalidated is not None else set()))
    if tunnel_refused:
        # never silent: https:// through such a proxy is read in clear text and unchecked by kimwatch
        warning = plain_https_warning(tunnel_refused)
        log.warning("crawl: %s", warning)
        result.message = "; ".join([*([result.message] if result.message else []), warning])
    if stopping:
        result.status = "interrupted"
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


def count_requests_after(db: sqlite_utils.Database, result: CrawlResult, requests: int) -> None:
    """Requests a crawl command sent after the run proper (the announcements' re-check, the
    self-reports' verification), added to the run's count and its ``crawl_runs`` row: the summary
    counts every request the command sent, as a proxy's or a site's log does."""
    if requests <= 0:
        return
    result.requests += requests
    add_requests_to_run(db, result.run_id, requests)


def add_requests_to_run(db: sqlite_utils.Database, run_id: int | None, requests: int) -> bool:
    """Add ``requests`` sent on a run's behalf to its ``crawl_runs`` row (a crawl command's re-check
    and verification; the daemon's verification job after its KIM crawl, ``kimwatch verify
    --count-in-run``). Whether the row is there."""
    if run_id is None:
        return False
    if requests <= 0:
        return db.execute("SELECT 1 FROM crawl_runs WHERE id = ?", [run_id]).fetchone() is not None
    with store.transaction(db):
        changed = db.execute("UPDATE crawl_runs SET requests = coalesce(requests, 0) + ? WHERE id = ?",
                             [requests, run_id]).rowcount
    return bool(changed)


@dataclasses.dataclass
class _Crawled:
    """What the Scrapy side of a run reports back: requests sent, why spiders closed, failures."""

    requests: int = 0
    reasons: list[str] = dataclasses.field(default_factory=list)
    failures: list[str] = dataclasses.field(default_factory=list)  # crawl processes that died
    processes: int = 1
    lock_wait: float = 0.0  # seconds the processes waited for SQLite's write lock
    transactions: int = 0
    cpu: list[float] = dataclasses.field(default_factory=list)  # CPU seconds of each crawl process
    plain_https_proxies: list[str] = dataclasses.field(default_factory=list)  # proxies that refused CONNECT


def plain_https_warning(proxies: Sequence[str]) -> str:
    """The run's warning for proxies that refused CONNECT (https:// went to them as plain requests)."""
    from urllib.parse import urlsplit

    def shown(proxy: str) -> str:  # (credentials never in a summary)
        parts = urlsplit(proxy)
        return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}" if parts.scheme else proxy

    names = ", ".join(dict.fromkeys(shown(p) for p in proxies))
    return (f"the proxy {names} refused CONNECT: https:// requests went to it as plain requests, so it saw them "
            "in clear text and checked the sites' certificates itself, if at all (kimwatch could not); set "
            "https_proxy to a proxy that allows CONNECT")


def _crawl_here(settings: Any, assigned: Mapping[type, list[dict[str, Any]]], context: CrawlContext,
                status: Callable[[str], None] | None, started: float, stopping: list[str]) -> _Crawled:
    """Run the spiders of ``assigned`` in this process's reactor (once per process)."""
    from scrapy.crawler import CrawlerProcess

    crawlers: list[Any] = []
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
        with _stop_on_signal(process, stopping, crawlers, context, grace), _fewer_collections():
            process.start(stop_after_crawl=True, install_signal_handlers=False)
    finally:
        if ticker is not None and ticker.running:
            ticker.stop()
    from spiders.proxying import NO_CONNECT_PROXIES

    return _Crawled(
        requests=sum(int(c.stats.get_value("downloader/request_count") or 0)
                     - int(c.stats.get_value(DROPPED_STAT) or 0) for c in crawlers if c.stats),
        reasons=[str(r) for c in crawlers if c.stats and (r := c.stats.get_value("finish_reason"))],
        plain_https_proxies=sorted(NO_CONNECT_PROXIES))


@contextlib.contextmanager
def _fewer_collections(young: int = 10_000) -> Iterator[None]:
    """Python's cyclic garbage collector, tuned for the crawl within the block.

    What was loaded before (modules, classes, settings, the channels: hundreds of thousands
    of objects that live as long as the process) is moved out of the collector's sight
    (``gc.freeze``), and the youngest generation is collected every ``young`` allocations
    instead of every 700: a crawl allocates items, requests and deferreds by the hundred
    thousand, and collecting them that often took ~10 % of a first crawl's CPU
    (bench/results/crawl.md). Garbage in cycles lives a little longer; nothing else changes.
    """
    import gc

    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(young, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


# --------------------------------------------------------------------------- several processes

def usable_cores() -> int:
    """CPU cores this process may run on (its affinity, e.g. under taskset or a cgroup)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def crawl_processes(settings: Any, assigned: Mapping[Any, Sequence[Mapping[str, Any]]]) -> int:
    """How many crawl processes a run uses: ``CRAWL_PROCESSES`` (0: one per usable core), but
    no more than one per ``CRAWL_CHANNELS_PER_PROCESS`` channels (a process costs its start)."""
    wanted = settings.getint("CRAWL_PROCESSES", 0)
    if wanted < 0:
        raise CrawlError(f"crawl_processes {wanted!r}: expected 0 (one per core) or a positive number")
    wanted = wanted or usable_cores()
    channels = sum(len(c) for c in assigned.values())
    per_process = max(1, settings.getint("CRAWL_CHANNELS_PER_PROCESS", 100))
    return max(1, min(wanted, channels // per_process))


def host_of(url: str) -> str:
    """The host a URL is fetched from, as politeness groups it: ``www.`` and ``m.`` dropped
    (youtube.com, www.youtube.com and m.youtube.com are one server farm)."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m."):
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix):]
    return host


def channel_hosts(cls: type, channel: Mapping[str, Any]) -> set[str]:
    """The hosts a channel's crawl starts on: its registered URL, its bridge feed (``via``), and
    what its spider fetches first (a YouTube feed, a feed a page announced on an earlier crawl)."""
    urls = [str(channel["url"])]
    if channel.get("via"):
        urls.append(str(channel["via"]))
    try:
        spider: Any = object.__new__(cls)  # start_url reads only the channel
        urls.append(str(spider.start_url(channel)))
    except Exception:  # noqa: S110 - a URL the spider refuses costs the channel only (recorded by the spider)
        pass
    return {h for h in map(host_of, urls) if h}


def split_by_host(assigned: Mapping[Any, Sequence[Mapping[str, Any]]], processes: int) -> list[dict[Any, list[dict[str, Any]]]]:
    """The channels of ``assigned`` in up to ``processes`` shares, no host in two shares.

    Channels that share a host (through any of :func:`channel_hosts`) are grouped; groups go,
    biggest first, to the share with the fewest channels; within a share they are dealt one
    host at a time (:func:`_host_by_host`). Returns one share per process (a single share:
    crawl in this process).
    """
    parent: dict[str, str] = {}

    def root(host: str) -> str:
        while parent.setdefault(host, host) != host:
            parent[host] = parent[parent[host]]
            host = parent[host]
        return host

    placed: list[tuple[type, dict[str, Any], str]] = []
    for cls, channels in assigned.items():
        for channel in channels:
            hosts = sorted(channel_hosts(cls, channel)) or [f"channel:{channel['id']}"]
            for other in hosts[1:]:
                parent[root(other)] = root(hosts[0])
            placed.append((cls, dict(channel), hosts[0]))
    groups: dict[str, list[tuple[type, dict[str, Any]]]] = {}
    for cls, channel, host in placed:
        groups.setdefault(root(host), []).append((cls, channel))
    if processes <= 1 or len(groups) <= 1:
        return [{cls: [dict(c) for c in chs] for cls, chs in assigned.items()}] if assigned else []
    dealt: list[list[list[tuple[type, dict[str, Any]]]]] = [[] for _ in range(min(processes, len(groups)))]
    sizes = [0] * len(dealt)
    for members in sorted(groups.values(), key=len, reverse=True):
        smallest = sizes.index(min(sizes))
        dealt[smallest].append(members)
        sizes[smallest] += len(members)
    selected = {id(channel): n for n, (_, channel, _) in enumerate(placed)}
    shares: list[dict[Any, list[dict[str, Any]]]] = [{} for _ in dealt]
    for share, share_groups in zip(shares, dealt, strict=True):
        share_groups.sort(key=lambda members: selected[id(members[0][1])])
        for cls, channel in _host_by_host(share_groups):
            share.setdefault(cls, []).append(channel)
    return shares


def _host_by_host(groups: Sequence[Sequence[tuple[type, dict[str, Any]]]]) -> list[tuple[type, dict[str, Any]]]:
    """The channels of ``groups`` (each a host's, in the order they were selected) dealt one
    host at a time: the first channel of every host, then the second of every host, and so on;
    hosts in the order the groups come (their first channel's place in the selection).

    Scrapy counts a request waiting for its host's delay as one of its ``CONCURRENT_REQUESTS``:
    channels listed host after host (4 of one host, then 4 of the next) filled those places with
    requests waiting behind their host's first one, and a first crawl of 500 hosts spent seconds
    with its cores idle (bench/results/crawl.md). Dealt this way, the first places go to as many
    hosts as there are; each host's channels keep their order, and politeness is the same.
    """
    ranked = [(turn, place, member) for place, members in enumerate(groups) for turn, member in enumerate(members)]
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [member for _, _, member in ranked]


class _TimedDatabase(sqlite_utils.Database):
    """A store connection that counts the time spent waiting for SQLite's write lock.

    Every write goes through ``BEGIN IMMEDIATE`` (:class:`crawler.store.transaction`), which is
    where a writer waits while another process holds the lock (WAL: readers never wait).
    """

    lock_wait = 0.0
    transactions = 0

    def execute(self, sql: str, parameters: Any = None) -> Any:
        if sql != "BEGIN IMMEDIATE":
            return super().execute(sql, parameters)
        began = time.perf_counter()
        try:
            return super().execute(sql, parameters)
        finally:
            self.lock_wait += time.perf_counter() - began
            self.transactions += 1


def _cpu_seconds() -> float:
    """User + system CPU time of this process so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _outcome_state(outcome: ChannelOutcome) -> dict[str, Any]:
    return {k: v for k, v in outcome.__dict__.items() if k != "fetch_id"}


def _crawl_worker(write_fd: int, db_path: str | Path, run_id: int, settings: Any,
                  share: Mapping[type, list[dict[str, Any]]], parent: int) -> None:
    """A forked crawl process: crawl ``share`` into the store, report to the parent, exit.

    It writes posts and channel health itself (its own connection; WAL, busy timeout, batched
    transactions) and sends the parent one JSON line per finished channel and one at the end.
    Never returns.
    """
    code = 1
    try:
        die_with_parent(parent)  # a crawl killed with SIGKILL takes its crawl processes with it
        os.setpgid(0, 0)  # signals reach it through the parent only, once each
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        out = os.fdopen(write_fd, "w", encoding="utf-8", buffering=1)

        def send(message: Mapping[str, Any]) -> None:
            out.write(json.dumps(message, ensure_ascii=False) + "\n")

        db = _TimedDatabase(store.connect(db_path, create=False).conn)
        context = CrawlContext(db, run_id, settings,
                               lambda outcome, done, total: send({"done": _outcome_state(outcome)}),
                               health_batch=200)
        for channels in share.values():
            for row in channels:
                context.outcome(row)
        stopping: list[str] = []
        crawled = _crawl_here(settings, share, context, None, time.monotonic(), stopping)
        context.write_health()
        send({"end": {"outcomes": [_outcome_state(o) for o in context.outcomes.values()],
                      "requests": crawled.requests, "reasons": crawled.reasons, "stopping": stopping,
                      "plain_https_proxies": crawled.plain_https_proxies,
                      "lock_wait": db.lock_wait, "transactions": db.transactions, "cpu": _cpu_seconds()}})
        out.flush()
        code = 0
    except BaseException:
        log.exception("crawl process %s failed", os.getpid())
    finally:
        os._exit(code)


def _crawl_in_processes(db_path: str | Path, run_id: int, settings: Any,
                        shares: Sequence[Mapping[type, list[dict[str, Any]]]], context: CrawlContext,
                        status: Callable[[str], None] | None, started: float, stopping: list[str]) -> _Crawled:
    """Crawl each share in a forked process; relay progress; forward SIGTERM/SIGINT to them.

    The processes write to the store themselves (WAL, busy timeout, batched transactions; a
    channel is in one process only, so no two write the same rows). They are in process groups
    of their own: a signal to this process (Ctrl-C, the daemon's SIGTERM to the crawl's group)
    is passed on to each exactly once, so a first signal stops them promptly and a second at
    once, as in one process. When this process is killed, the kernel kills them.
    """
    import selectors

    crawled = _Crawled(processes=len(shares))
    parent = os.getpid()
    children: dict[int, int] = {}  # pid -> read end of its pipe
    reading: dict[int, bytearray] = {}

    def forward(signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        if not stopping:
            stopping.append(name)
            context.stopping = True
            log.warning("%s: stopping the crawl's %s process(es)", name, len(children))
        for pid in list(children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signum)

    previous = {signum: signal.signal(signum, forward) for signum in (signal.SIGINT, signal.SIGTERM)}
    selector = selectors.DefaultSelector()
    try:
        for share in shares:
            if stopping:  # a signal while forking: start no more
                break
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # the crawl process
                os.close(read_fd)
                for other in children.values():
                    os.close(other)
                _crawl_worker(write_fd, db_path, run_id, settings, share, parent)
            os.close(write_fd)
            children[pid] = read_fd
            reading[read_fd] = bytearray()
            selector.register(read_fd, selectors.EVENT_READ, pid)
        if log.isEnabledFor(logging.INFO):  # counting the hosts parses every URL: only when shown
            log.info("crawling in %s processes: %s", len(shares),
                     "; ".join(f"{sum(len(c) for c in share.values())} channel(s) on "
                               f"{len({host_of(c['url']) for cs in share.values() for c in cs})} host(s)"
                               for share in shares))
        every = settings.getfloat("PROGRESS_SECONDS", 15.0)
        next_status = time.monotonic() + every
        open_fds = set(reading)
        while open_fds:
            timeout = max(0.0, next_status - time.monotonic()) if status and every > 0 else None
            for key, _ in selector.select(timeout):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    selector.unregister(key.fd)
                    open_fds.discard(key.fd)
                    continue
                buffer = reading[key.fd]
                buffer += chunk
                *lines, rest = bytes(buffer).split(b"\n")
                reading[key.fd] = bytearray(rest)
                for line in lines:
                    _take_message(json.loads(line), context, crawled)
            if status and every > 0 and time.monotonic() >= next_status:
                status(crawl_status(context.outcomes.values(), time.monotonic() - started))
                next_status = time.monotonic() + every
        for pid, read_fd in children.items():
            _, code = os.waitpid(pid, 0)
            os.close(read_fd)
            if code != 0:
                crawled.failures.append(f"crawl process {pid} ended with status {os.waitstatus_to_exitcode(code)} "
                                        "before it finished; its channels not reported are not fetched")
        children.clear()
    finally:
        selector.close()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for pid in children:  # an error here: the processes must not outlive the run
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
    return crawled


def _take_message(message: Mapping[str, Any], context: CrawlContext, crawled: _Crawled) -> None:
    """A crawl process's line: a channel finished, or its end-of-run report."""
    if "done" in message:
        state = message["done"]
        outcome = context.outcomes.get(state["channel_id"])
        if outcome is not None:
            outcome.__dict__.update({k: v for k, v in state.items() if k != "finished"})
            context.channel_finished({"id": state["channel_id"]})
        return
    end = message.get("end") or {}
    for state in end.get("outcomes", []):
        outcome = context.outcomes.get(state["channel_id"])
        if outcome is not None:
            finished = outcome.finished
            outcome.__dict__.update(state)
            outcome.finished = finished or bool(state.get("finished"))
    crawled.requests += int(end.get("requests") or 0)
    crawled.reasons += list(end.get("reasons") or [])
    crawled.plain_https_proxies += [p for p in end.get("plain_https_proxies") or [] if p not in crawled.plain_https_proxies]
    crawled.lock_wait += float(end.get("lock_wait") or 0.0)
    crawled.transactions += int(end.get("transactions") or 0)
    crawled.cpu.append(float(end.get("cpu") or 0.0))


def format_summary(result: CrawlResult) -> str:
    """The end-of-run table: channels (or only the failed ones when there are many), then totals."""
    rows = result.channels
    if len(rows) > TABLE_LIMIT:
        rows = [c for c in rows if not c.ok]
    lines = []
    if rows:
        head = ("channel", "status", "found", "new", "updated", "note")
        body = [(c.channel_id, _summary_status(c, result.waits(c)), str(c.items_found),
                 str(c.items_new), str(c.items_updated), visible_text(c.error) or "") for c in rows]  # the whole hint
        widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
        for row in [head, tuple("-" * w for w in widths), *body]:
            lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if len(rows) < len(result.channels):
            lines.append(f"({len(result.channels) - len(rows)} channel(s) ok, not listed)")
    if result.skipped_backoff:
        lines.append(f"backed off after repeated failures, not crawled: {len(result.skipped_backoff)} "
                     "channel(s) (use --ignore-backoff to crawl them anyway)")
    parked = [c.channel_id for c in result.channels if c.status == "parked"]
    if parked:
        lines.append(f"parked domains (the site's domain shows a parking page: expired or for sale; ask the KIM "
                     f"for its new address): {len(parked)} channel(s): {', '.join(sorted(parked))}")
    if result.waiting_retry_after:
        lines.append(f"waiting for the host's Retry-After, not crawled: {len(result.waiting_retry_after)} "
                     "channel(s) (asked again when the host said; --ignore-backoff crawls them anyway)")
    lines.append(f"crawl {result.status}: " + result.summary())
    if result.matched is not None:
        summary = getattr(result.matched, "summary", None)
        lines.append(f"matched: {summary() if callable(summary) else result.matched}")
    return "\n".join(lines)


def _summary_status(outcome: ChannelOutcome, waits: bool = False) -> str:
    """``ok 200``, ``FAIL 404``, ``wait rate-limited`` (its server asked to come back later) or
    ``not reached host-paused`` (never asked): the last two are no failure."""
    if outcome.ok:
        return f"ok {outcome.status or '-'}"
    word = "not reached" if outcome.status == HOST_PAUSED else "wait" if waits else "FAIL"
    return f"{word} {outcome.status or '-'}"


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
