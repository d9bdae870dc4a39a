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

import logging
from typing import Any

from scrapy import Request
from scrapy.core.downloader import Downloader, Slot
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.extensions.throttle import AutoThrottle as ScrapyAutoThrottle
from scrapy.utils.defer import _schedule_coro, maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

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

    def _process_queue(self, slot: Slot) -> None:
        from time import monotonic

        from scrapy.utils.asyncio import call_later

        if slot.latercall:
            return
        now = monotonic()
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
