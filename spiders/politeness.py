"""Politeness pieces Scrapy lacks: robots.txt Crawl-delay, AutoThrottle that trusts 304, and a
per-host concurrency that holds.

:class:`PoliteDownloader` keeps ``CONCURRENT_REQUESTS_PER_DOMAIN``: Scrapy 2.19 on the asyncio
reactor hands every request queued for a host to the network at once (see its docstring).

Scrapy obeys robots.txt Disallow but ignores Crawl-delay on its own.

:class:`RobotsTxtCrawlDelayMiddleware` replaces Scrapy's ``RobotsTxtMiddleware``: after the
robots.txt of a host is parsed, a ``Crawl-delay`` for our user agent (or ``*``) becomes the
delay of that host's download slot, with one request at a time, and AutoThrottle is told not
to lower it. It also fixes how requests that arrive while a host's robots.txt is still
downloading wait for it: Scrapy hands them one shared Deferred, but each waiter's
``asFuture`` callback returns None, so only the first waiter gets the parser and every
later one is let through as if the host had no robots.txt (seen with Scrapy 2.19 on the
asyncio reactor: a Disallowed feed was fetched when it was not the first channel of its host).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from scrapy import Request
from scrapy.core.downloader import Downloader, Slot
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.extensions.throttle import AutoThrottle as ScrapyAutoThrottle
from scrapy.utils.defer import _schedule_coro, maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from crawler.harvest.politeness import (
    PlatformRate,
    host_paused_text,
    platform_rates,
    refusal_text,
    wait_text,
)

__all__ = ["AutoThrottle", "PlatformRate", "PlatformRateMiddleware", "PoliteDownloader", "RetryAfter",
           "RobotsTxtCrawlDelayMiddleware", "platform_rates"]

log = logging.getLogger(__name__)


_PARSERS_OF_THE_PROCESS: dict[str, Any] = {}


class RobotsTxtCrawlDelayMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, plus the Crawl-delay directive."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        # one robots.txt per host for the whole crawl, not one per spider class (a feed and a
        # website channel on one host asked for it twice); a crawl is one process
        self._parsers = _PARSERS_OF_THE_PROCESS
        self._delays: dict[str, float | None] = {}

    async def robot_parser(self, request: Request) -> Any:
        """The parser of the request's host; waits for a robots.txt download in flight."""
        netloc = urlparse_cached(request).netloc
        pending = self._parsers.get(netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)  # known, or this request downloads it
        done: Deferred[None] = Deferred()

        def relay(result: Any) -> Any:
            done.callback(None)
            return result  # the shared Deferred keeps its result for the other waiters

        pending.addBoth(relay)
        await maybe_deferred_to_future(done)
        return self._parsers[netloc]  # set (parser, or None after an error) before the Deferred fires

    def process_request_2(self, rp: Any, request: Request) -> None:
        super().process_request_2(rp, request)
        if rp is None:
            return
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        if downloader is None:
            return
        key = downloader.get_slot_key(request)
        if key not in self._delays:
            useragent = self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)
            delay = None
            try:
                delay = rp.crawl_delay(useragent)
            except (AttributeError, NotImplementedError, TypeError, ValueError):
                delay = None
            self._delays[key] = float(delay) if delay else None
            if delay:
                log.info("robots.txt of %s asks for Crawl-delay %s s", key, delay)
                settings = downloader.per_slot_settings.setdefault(key, {})
                settings["delay"] = float(delay)
                settings["concurrency"] = 1
                settings["jitter"] = 0.0  # Crawl-delay is a minimum, not an average
        delay = self._delays[key]
        if delay:
            request.meta["autothrottle_dont_adjust_delay"] = True
            if isinstance(downloader, PoliteDownloader):
                downloader.crawl_delayed.add(key)
            if key in downloader.slots:
                slot = downloader.slots[key]
                slot.delay = max(slot.delay, delay)
                slot.concurrency = 1
                slot.jitter = 0.0


class AutoThrottle(ScrapyAutoThrottle):
    """Scrapy's AutoThrottle, except that a 304 Not Modified may lower the delay like a 200.

    Scrapy's version only lets 200 responses shorten the delay (error pages are small and
    fast and would otherwise speed the crawl up against a struggling site). A 304 is the
    normal answer of an unchanged channel on a re-crawl; without this, a re-crawl of
    unchanged channels would keep every host at the start delay.
    """

    def _adjust_delay(self, slot: Any, latency: float, response: Any) -> None:
        if response.status == 304:
            response = _AS_OK  # the parent reads only ``status``; no copy of the response
        super()._adjust_delay(slot, latency, response)


class _Status200:
    """Stands for a 304 response in :meth:`AutoThrottle._adjust_delay`."""

    status = 200


_AS_OK = _Status200()


class PoliteDownloader(Downloader):
    """Scrapy's downloader, with a host's concurrency limit that holds.

    Scrapy's ``_process_queue`` starts each download as an asyncio task and counts it as
    transferring only when the task first runs; its loop ``while queue and free transfer
    slots`` therefore sees every slot free and starts *all* queued requests of a host at once
    (seen: 48 requests at a time on one host with ``CONCURRENT_REQUESTS_PER_DOMAIN = 2``). A
    request is counted as transferring here as soon as it leaves the queue.
    """

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._paused: dict[Slot, float] = {}  # slot -> monotonic time it may send again (Retry-After)
        self._given_up: dict[Slot, _GivenUp] = {}  # slot -> why its requests are not sent in this run
        # slots of hosts whose robots.txt asks a Crawl-delay: the delay runs from the end of a
        # request, not from when it left the queue (see _ended)
        self.crawl_delayed: set[str] = set()
        download = self.handlers.download_request_async

        async def download_request_async(request: Request) -> Any:
            try:
                return await download(request)
            finally:
                self._ended(request)

        self.handlers.download_request_async = download_request_async  # type: ignore[method-assign]

    def _ended(self, request: Request) -> None:
        """A request of a Crawl-delay host has ended (answered or failed): the next waits the
        delay from now, before its slot looks at its queue again. Scrapy counts the delay from
        when a request leaves the queue; on a busy machine the reactor may send it a good while
        later and the next one on time, so the host saw two requests 0.8 s apart for a
        Crawl-delay of 1 (the farm's kernel timestamps, fixes20). Crawl-delay is a minimum
        between requests as the host sees them."""
        from time import monotonic

        if not self.crawl_delayed:
            return
        key = self.get_slot_key(request)
        slot = self.slots.get(key) if key in self.crawl_delayed else None
        if slot is not None:
            slot.lastseen = max(slot.lastseen, monotonic())

    def _process_queue(self, slot: Slot) -> None:
        from time import monotonic

        from scrapy.utils.asyncio import call_later

        if slot in self._given_up:
            self._drop_queue(slot)
            return
        if slot.latercall:
            return
        now = monotonic()
        paused = self._paused.get(slot) if self._paused else None
        if paused is not None:
            if paused > now and slot.queue:  # the server said when to come back (Retry-After)
                slot.latercall = call_later(paused - now, self._latercall, slot)
                return
            if paused <= now:
                del self._paused[slot]
        delay = slot.download_delay()
        if delay:
            penalty = delay - now + slot.lastseen
            if penalty > 0:
                slot.latercall = call_later(penalty, self._latercall, slot)
                return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queue_dfd = slot.queue.popleft()
            slot.transferring.add(request)  # taken now, not when the task starts
            _schedule_coro(self._wait_for_download(slot, request, queue_dfd))
            if delay:
                self._process_queue(slot)
                break

    # ------------------------------------------------------------------ Retry-After

    def pause_slot(self, key: str, seconds: float) -> None:
        """Send nothing more through slot ``key`` for ``seconds`` (a server's Retry-After).

        Requests already waiting in the slot wait until then; so do those queued later.
        """
        from time import monotonic

        if key not in self.slots:
            return
        slot = self.slots[key]
        self._paused[slot] = max(self._paused.get(slot, 0.0), monotonic() + max(0.0, seconds))

    def give_up_slot(self, key: str, reason: str, *, refused: Request | None = None,
                     paused: str | None = None) -> None:
        """Send nothing more through slot ``key`` in this run: the requests waiting in it, and
        those queued later, fail at once with :class:`RateLimited` (``reason``). For a server
        that asks to come back later than a crawl should wait: its channels fail for this run
        instead of holding every other channel's crawl up.

        ``refused`` is the request whose answer made the crawl give up: only its channel failed
        as rate-limited; the other channels' requests fail as not sent (``paused``, the note
        :func:`crawler.harvest.politeness.host_paused_text` wrote), so they are not blamed for a
        refusal they never drew."""
        slot = self.slots.get(key)
        if slot is None:
            return
        self._given_up[slot] = _GivenUp(reason, refused.meta.get("channel_id") if refused is not None else None,
                                        paused)
        if slot.latercall is not None:
            with contextlib.suppress(Exception):  # cancel() of a call already made
                slot.latercall.cancel()
            slot.latercall = None
        self._drop_queue(slot)

    def _drop_queue(self, slot: Slot) -> None:
        from twisted.python.failure import Failure

        given_up = self._given_up[slot]
        while slot.queue:
            request, waiting = slot.queue.popleft()
            if self.crawler.stats is not None:  # counted as sent by Scrapy: it was not
                self.crawler.stats.inc_value("kimwatch/requests_dropped")
            channel = request.meta.get("channel_id")
            # (a refusal of no channel's request, robots.txt's, is the whole host's: all rate-limited)
            if given_up.paused and given_up.channel_id is not None and channel is not None \
                    and channel != given_up.channel_id:
                error = RateLimited(f"{given_up.paused} ({request.url})", reached=False)
            else:
                error = RateLimited(f"{given_up.reason}; not fetched in this run ({request.url})")
            waiting.errback(Failure(error))


@dataclass(frozen=True)
class _GivenUp:
    """Why a slot sends nothing more in this run, and whose answer it was."""

    reason: str
    channel_id: str | None  # the channel whose request drew the refusal
    paused: str | None  # the note of the other channels, never asked


class RateLimited(IgnoreRequest):
    """A request not sent because its host asked to come back later than the crawl waits
    (``Retry-After`` beyond ``RETRY_AFTER_WAIT_SECONDS``): its channel fails as rate-limited
    when it drew the refusal, and is recorded as not reached (``reached`` False,
    :data:`crawler.harvest.politeness.HOST_PAUSED`) when another channel did."""

    def __init__(self, message: str, *, reached: bool = True) -> None:
        super().__init__(message)
        self.reached = reached


# --------------------------------------------------------------------------- platform hosts

class PlatformRateMiddleware:
    """Downloader middleware: a platform's public endpoint gets its own rate (``PLATFORM_RATES``).

    t.me and youtube.com each carry thousands of KIM channels on one host. Per-host politeness
    (AutoThrottle pacing each host at about its latency, 2 requests at a time) would take ~33
    minutes for 10,000 channels; the public endpoints (``t.me/s/<channel>`` previews,
    ``www.youtube.com/feeds/videos.xml``) are served from the platforms' edges and caches and
    are polled at scale by feed readers, so they get a fixed rate instead: one slot per entry,
    ``per_second`` requests a second, ``concurrency`` at a time, AutoThrottle not adjusting it.
    A robots.txt Crawl-delay of the host still wins (it becomes the slot's delay), and a 429 or
    503 still slows the slot down (:class:`RetryAfter`).
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.rates = platform_rates(crawler.settings.getdict("PLATFORM_RATES"))
        if not self.rates:
            raise NotConfigured("no PLATFORM_RATES")
        self.base_delays = {rate.slot: 1.0 / rate.per_second for rate in self.rates}  # slot -> its rate's delay

    @classmethod
    def from_crawler(cls, crawler: Any) -> PlatformRateMiddleware:
        return cls(crawler)

    def rate_of(self, request: Request) -> PlatformRate | None:
        parsed = urlparse_cached(request)
        host = (parsed.hostname or "").lower()
        for rate in self.rates:
            if host == rate.host and (parsed.path or "/").startswith(rate.path):
                return rate
        return None

    def process_request(self, request: Request, spider: Any = None) -> None:
        if "download_slot" in request.meta:
            return
        rate = self.rate_of(request)
        if rate is None or self.crawler.engine is None:
            return
        slots = self.crawler.engine.downloader.per_slot_settings
        if rate.slot not in slots:
            slots[rate.slot] = {"concurrency": rate.concurrency, "delay": 1.0 / rate.per_second, "jitter": 0.0}
        request.meta["download_slot"] = rate.slot
        request.meta["autothrottle_dont_adjust_delay"] = True

    def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:
        """After a 429/503 slowed the slot down, each good answer brings it 2 % back towards its
        rate: a platform that keeps refusing keeps the slot slow, one refusal costs ~35 answers."""
        key = request.meta.get("download_slot")
        base = self.base_delays.get(key) if key is not None else None
        if base is not None and response.status in (200, 304) and self.crawler.engine is not None:
            slot = self.crawler.engine.downloader.slots.get(key)
            if slot is not None and slot.delay > base:
                slot.delay = max(base, slot.delay * 0.98)
        return response


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    text = text.strip()
    if text.isdigit():
        return float(text)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    import time as time_module

    return max(0.0, when.timestamp() - (time_module.time() if now is None else now))


#: 429/503 answers a host may give in one run before its other requests are left for the next run
REFUSALS_PER_RUN = 6


class RetryAfter:
    """Extension: a 429 or 503 slows its download slot down.

    The slot's delay doubles (to at least 0.1 s, at most ``AUTOTHROTTLE_MAX_DELAY``) and, when
    the answer says ``Retry-After``, the slot sends nothing until then (at most
    ``RETRY_AFTER_MAX_SECONDS``); the refused request is asked again after it (Scrapy's retry
    middleware, ``RETRY_TIMES``). A host costs the crawl at most ``RETRY_AFTER_WAIT_SECONDS`` of
    such waiting, and at most :data:`REFUSALS_PER_RUN` refusals, in a run: then the requests
    still waiting for it fail as ``rate-limited`` and are asked again on the next run. Listens to
    ``response_downloaded``, as AutoThrottle does: it fires before the slot sends its next
    request, so not one more request goes out before the pause.
    """

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        self.crawler = crawler
        self.max_delay = crawler.settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 30.0)
        self.max_pause = crawler.settings.getfloat("RETRY_AFTER_MAX_SECONDS", 300.0)
        self.max_wait = crawler.settings.getfloat("RETRY_AFTER_WAIT_SECONDS", 30.0)
        self.waited: dict[str, float] = {}  # slot -> seconds of pauses and added delay granted in this run
        self.refusals: dict[str, int] = {}  # slot -> 429/503 answers in this run
        self.asked: dict[str, set[str]] = {}  # slot -> the channels whose requests it answered in this run
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfter:
        return cls(crawler)

    def _hold_asked(self, key: str, refused: Request, wait: float | None) -> None:
        """The pause a server asked for holds across runs: the channels that already had their
        answers from slot ``key`` in this run are not due before it ends either (the refused one
        and those never asked wait for it through their own health), so the next run, started
        within the pause, does not ask the host again (t.me asked at 02:59:47 during a pause
        until 03:00:01)."""
        context = getattr(getattr(self.crawler, "spider", None), "context", None)
        if wait is None or context is None or not hasattr(context, "hold_until"):
            return
        from crawler.harvest.context import retry_after_until

        until = retry_after_until(wait, self.crawler.settings)
        held = self.asked.get(key, set()) - {refused.meta.get("channel_id")}
        if until and held:
            context.hold_until(held, until)

    def response_downloaded(self, response: Any, request: Request, spider: Any = None) -> None:
        channel_id, slot_key = request.meta.get("channel_id"), request.meta.get("download_slot")
        if channel_id and isinstance(slot_key, str):
            self.asked.setdefault(slot_key, set()).add(channel_id)
        if response.status not in (429, 503) or self.crawler.engine is None:
            return
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot")
        slot = downloader.slots.get(key) if isinstance(key, str) else None
        if slot is None or not isinstance(key, str):
            return
        slot.delay = min(self.max_delay, max(2 * slot.delay, 0.1))
        settings = downloader.per_slot_settings.get(key)
        if settings is not None and "delay" in settings:  # a slot collected when idle comes back as slow
            settings["delay"] = max(float(settings["delay"]), slot.delay)
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if response.status == 429 and wait is None:
            # asked to slow down without a usable time (no Retry-After, "soon", "-5"): asked again on
            # the next run, not two or three times more in this one (Scrapy's retry skips it)
            request.meta["dont_retry"] = True
        # what this host has cost the crawl so far in this run: its pauses, and the delay each
        # refusal adds to every request after it
        self.refusals[key] = self.refusals.get(key, 0) + 1
        spent = self.waited.get(key, 0.0)
        cost = (wait if wait is not None else 0.0) + slot.delay
        if isinstance(downloader, PoliteDownloader) and (
                spent + cost > self.max_wait or self.refusals[key] > REFUSALS_PER_RUN):
            # waiting longer would hold the whole crawl (and the daemon's match and reports) for
            # one host: its channels left fail for this run, the others go on
            asked = f" with Retry-After {wait_text(wait)}" if wait is not None else ""
            cap = self.crawler.settings.getfloat("BACKOFF_MAX_HOURS", 72.0)
            downloader.give_up_slot(key, f"{refusal_text(key, response.status, wait, cap)}, {self.refusals[key]} refusal(s) "
                                         f"in this run (more than RETRY_AFTER_WAIT_SECONDS, {self.max_wait:g} s, "
                                         "of waiting for it)", refused=request,
                                    paused=host_paused_text(key, response.status, request.url, wait,
                                                            self.refusals[key]))
            log.warning("%s answered %s%s: nothing more sent to it in this run", key, response.status, asked)
            self._hold_asked(key, request, wait)
            return
        self.waited[key] = spent + cost
        if wait is not None and isinstance(downloader, PoliteDownloader):
            downloader.pause_slot(key, min(wait, self.max_pause))
        log.warning("%s answered %s%s: slowing to one request every %.1f s%s", key, response.status,
                    f" (Retry-After {wait_text(wait)})" if wait is not None else "", slot.delay,
                    f", nothing sent for {min(wait, self.max_pause):g} s" if wait else "")
