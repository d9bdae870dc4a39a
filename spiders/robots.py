"""robots.txt kept between crawls (RFC 9309's 24 hours), and each host's last polite delay.

A re-crawl of thousands of unchanged channels used to spend most of its time on robots.txt:
every host's robots.txt fetched again (RFC 9309 lets a crawler keep it for 24 hours), and
every host started again at AutoThrottle's start delay (1 s) though the crawl before had
learnt how fast that host answers. :class:`RobotsTxtCacheMiddleware` (in place of
:class:`spiders.politeness.RobotsTxtCrawlDelayMiddleware`, which it extends) keeps both in a
small SQLite file next to the store (``kimwatch.db`` → ``kimwatch.robots.db``; a cache:
deleting it only costs one slower crawl):

- ``robots``: the robots.txt answer of each origin (scheme, host, port): status, body and
  when it was fetched. An answer younger than ``ROBOTSTXT_CACHE_HOURS`` (default 24, RFC
  9309's limit; 0 turns the cache off) is used instead of fetching it again; its
  ``Crawl-delay`` applies as when it was fetched. Only answers the RFC lets a crawler keep
  are stored: 2xx (the rules) and 4xx (no rules); a 5xx or an unreachable host is asked
  again next time.
- ``hosts``: each host's download delay at the end of the crawl (AutoThrottle's, or the
  Crawl-delay). A host seen within the same hours starts there instead of at
  ``AUTOTHROTTLE_START_DELAY``; never below ``DOWNLOAD_DELAY`` nor above
  ``AUTOTHROTTLE_MAX_DELAY``, and AutoThrottle goes on adjusting it from there.

An over-long robots.txt is read, not ignored: RFC 9309 asks a crawler to parse at least the
first 500 KiB, so :data:`ROBOTSTXT_READ_BYTES` of it are kept (up to the last whole line) and
obeyed, whatever its length — ``DOWNLOAD_MAXSIZE`` would cancel the download of a 12 MB
robots.txt and leave its ``Disallow: /`` unheard. Decompression of its body stays bounded by
``DOWNLOAD_MAXSIZE``.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.exceptions import StopDownload
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler.harvest.politeness import RobotsCache, cache_path
from spiders.politeness import RobotsTxtCrawlDelayMiddleware

__all__ = ["RobotsCache", "RobotsTxtCacheMiddleware", "cache_path"]

log = logging.getLogger(__name__)

#: How much of a robots.txt is read (RFC 9309 2.5: a crawler must parse at least the first 500 KiB).
ROBOTSTXT_READ_BYTES = 500 * 1024
#: ``Request.meta`` key of a robots.txt download: bytes received so far
_ROBOTS_BYTES = "kimwatch_robots_bytes"

#: one cache per store file for the whole process (every spider class of a crawl shares it)
_CACHES: dict[Path, RobotsCache | None] = {}


def _store_file(crawler: Any) -> Path | None:
    context = getattr(getattr(crawler, "spider", None), "context", None)
    db = getattr(context, "db", None)
    if db is None:
        return None
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


class RobotsTxtCacheMiddleware(RobotsTxtCrawlDelayMiddleware):
    """robots.txt with Crawl-delay (the parent), kept between crawls; hosts start at their last delay."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.max_age = crawler.settings.getfloat("ROBOTSTXT_CACHE_HOURS", 24.0) * 3600
        self.min_delay = crawler.settings.getfloat("DOWNLOAD_DELAY", 0.0)
        self.max_delay = crawler.settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 30.0)
        self._cache: RobotsCache | None = None
        self._opened = False
        self._started: set[str] = set()
        crawler.signals.connect(self._remember_delay, signal=signals.response_downloaded)
        crawler.signals.connect(self._save, signal=signals.spider_closed)
        crawler.signals.connect(self._stop_long_robots, signal=signals.bytes_received)
        self.maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE", 0)

    def cache(self) -> RobotsCache | None:
        """The store's cache (opened on first use), or None without a store file or with the cache off."""
        if not self._opened:
            self._opened = True
            path = _store_file(self.crawler) if self.max_age > 0 else None
            if path is not None:
                key = cache_path(path)
                if key not in _CACHES:
                    try:
                        _CACHES[key] = RobotsCache(key, self.max_age)
                    except sqlite3.Error as error:  # a cache: the crawl goes on without it
                        log.warning("robots.txt cache %s unusable (%s); fetching every robots.txt", key, error)
                        _CACHES[key] = None
                self._cache = _CACHES[key]
        return self._cache

    async def robot_parser(self, request: Request) -> Any:
        url = urlparse_cached(request)
        netloc = url.netloc
        cache = self.cache()
        if cache is not None and netloc not in self._parsers:
            known = cache.robots.get(f"{url.scheme}://{netloc}")
            if known is not None:
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, known[1])
                self._stats.inc_value("robotstxt/cached")
            self._start_at_known_delay(request)
        return await super().robot_parser(request)

    async def process_request(self, request: Request) -> None:
        if _is_robots_request(request) and _ROBOTS_BYTES not in request.meta:
            # no cancel at DOWNLOAD_MAXSIZE (Content-Length included): _stop_long_robots stops it
            # at ROBOTSTXT_READ_BYTES instead, and gives what came so far as the answer
            request.meta[_ROBOTS_BYTES] = 0
            request.meta["download_maxsize"] = 0
        await super().process_request(request)

    def _stop_long_robots(self, data: bytes, request: Request, spider: Any = None) -> None:
        if _ROBOTS_BYTES not in request.meta:
            return
        if request.meta[_ROBOTS_BYTES] == 0:
            # the reader has its limit (none) by now; decompressing the body keeps DOWNLOAD_MAXSIZE
            request.meta["download_maxsize"] = self.maxsize
        request.meta[_ROBOTS_BYTES] += len(data)
        if request.meta[_ROBOTS_BYTES] >= ROBOTSTXT_READ_BYTES:
            raise StopDownload(fail=False)

    def _start_at_known_delay(self, request: Request) -> None:
        """A host seen lately starts at the delay it ended the last crawl with."""
        cache = self._cache
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        if cache is None or downloader is None:
            return
        key = downloader.get_slot_key(request)
        if key in self._started or key in downloader.slots:
            return
        self._started.add(key)
        delay = cache.delays.get(key)
        if delay is not None:
            settings = downloader.per_slot_settings.setdefault(key, {})
            settings.setdefault("delay", min(max(delay, self.min_delay), self.max_delay))

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if "download_stopped" in response.flags or len(response.body) > ROBOTSTXT_READ_BYTES:
            body = response.body[:ROBOTSTXT_READ_BYTES]
            body = body[:body.rfind(b"\n") + 1] or body  # a rule cut in two is no rule
            log.warning("robots.txt of %s is longer than %s KiB: its first %s bytes are read and obeyed",
                        netloc, ROBOTSTXT_READ_BYTES // 1024, len(body))
            response = response.replace(body=body)
        cache = self.cache()
        if cache is not None and 200 <= response.status < 500:
            origin = f"{urlparse_cached(response).scheme}://{netloc}"
            cache.new_robots[origin] = (response.status, bytes(response.body), time.time())
            cache.robots[origin] = (response.status, bytes(response.body))
            self._save()  # at once (one row a host): a crawl stopped midway keeps what it learnt
        await super()._parse_robots(response, netloc, request)

    def _remember_delay(self, response: Response, request: Request, spider: Any = None) -> None:
        cache = self._cache
        key = request.meta.get("download_slot")
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        if cache is None or key is None or downloader is None:
            return
        slot = downloader.slots.get(key)
        if slot is not None:
            cache.new_delays[key] = slot.delay

    def _save(self, spider: Any = None) -> None:
        if self._cache is not None:
            try:
                self._cache.save()
            except sqlite3.Error as error:
                log.warning("robots.txt cache %s not written: %s", self._cache.path, error)


def _is_robots_request(request: Request) -> bool:
    return bool(request.meta.get("dont_obey_robotstxt")) and urlparse_cached(request).path == "/robots.txt"
