"""The revalidation pass: a crawl's conditional GETs before Scrapy starts.

At most crawls most channels are unchanged, and a re-crawl of unchanged channels in Scrapy
costs its start (Scrapy, Twisted, OpenSSL and every spider class: ~0.7 s of CPU) and ~1–2 ms of
CPU per conditional GET in its request path (bench/results/crawl.md). This pass sends those
GETs first with a light client (``http.client`` in a few threads), for the channels that have
validators (ETag / Last-Modified from their last fetch) and whose host's robots.txt is in the
robots cache (fresh, allowing the URL):

- a **304** records the channel's fetch exactly as the Scrapy path records it
  (:meth:`crawler.harvest.context.CrawlContext.record_fetch`, same health rows, same summary);
- **any other answer** (200, a redirect, an error page) is kept in :data:`PREFETCHED` and the
  channel goes to Scrapy as before: its first request is answered from the kept answer by
  :class:`spiders.middlewares.PrefetchedMiddleware`, so a changed feed is fetched once, and
  Scrapy's own middlewares (decompression, redirects, retries, robots, the guard) run on it as
  on a download. A timeout or an answer over ``DOWNLOAD_MAXSIZE`` is handed over the same way
  (Scrapy records it as its own download would have ended);
- **anything unusual** (connection refused or reset, TLS or proxy tunnel trouble, a host the
  guard refuses or cannot resolve) leaves the channel to Scrapy untouched, which fetches and
  records it as it always did.

The pass keeps the crawler's rules: the internal-address guard of :mod:`spiders.safety` (the
same verdicts, connecting to the address that was checked), ``http_proxy``/``https_proxy``/
``no_proxy`` with ``HTTPS_VIA_HTTP_PROXY``, the user agent and default headers, ``DOWNLOAD_TIMEOUT``
and ``DOWNLOAD_MAXSIZE``, certificates as Scrapy takes them (not verified), per-host concurrency
(``CONCURRENT_REQUESTS_PER_DOMAIN``; 1 under a robots.txt Crawl-delay) and delay (the delay the host
ended its last crawl with, the Crawl-delay, or ``PLATFORM_RATES``). It imports nothing of Scrapy:
when every channel answers 304, Scrapy is never started. ``REVALIDATE_FIRST`` turns it off.
"""

from __future__ import annotations

import heapq
import http.client
import json
import logging
import queue
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

from crawler.harvest.context import CrawlContext
from crawler.harvest.politeness import PlatformRate, RobotsCache, cache_path, platform_rates
from crawler.urls import proxy_authorization

log = logging.getLogger(__name__)

#: Scrapy's DEFAULT_REQUEST_HEADERS (what its requests carry unless a setting says otherwise)
DEFAULT_HEADERS = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                   "Accept-Language": "en"}
#: encodings Scrapy's compression middleware decompresses when the answer is handed over
ACCEPT_ENCODING = "gzip, deflate"
#: threads sending the conditional GETs (each waits on the network most of the time)
WORKERS = 32
#: threads started at first; more while requests wait for a thread and answers are slow: about
#: one thread per :data:`CPU_PER_REQUEST` of an answer's time, so a fast network's answers are not
#: shared out among threads that cost CPU to wake, and a slow one's waits overlap
FIRST_WORKERS = 4
#: CPU seconds one conditional GET costs the pass (bench/results/crawl.md)
CPU_PER_REQUEST = 0.00025


@dataclass
class Prefetched:
    """An answer the pass received for a channel's first request, kept for Scrapy."""

    url: str
    status: int = 0
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    latency: float = 0.0
    failure: str | None = None  # "timeout" or "too-large": how Scrapy's download would have ended
    message: str = ""  # Scrapy's words for "too-large"


#: answers kept for Scrapy, by channel id; filled before Scrapy starts (the crawl processes are
#: forked after the pass and inherit it) and emptied as Scrapy takes them
PREFETCHED: dict[str, Prefetched] = {}


def take_prefetched(channel_id: str, url: str) -> Prefetched | None:
    """The answer kept for the first request of ``channel_id``, if it was for ``url`` (once)."""
    found = PREFETCHED.pop(channel_id, None)
    if found is None:
        return None
    from w3lib.url import safe_url_string

    return found if safe_url_string(found.url) == url else None


@dataclass
class Revalidation:
    """What the pass did: channels found unchanged, answers handed to Scrapy, requests sent."""

    unchanged: set[str] = field(default_factory=set)
    handed: int = 0  # answers kept in PREFETCHED (Scrapy counts their requests itself)
    requests: int = 0  # requests this pass sent
    left: dict[str, int] = field(default_factory=dict)  # why channels were left to Scrapy, counted

    @property
    def own_requests(self) -> int:
        """Requests of the pass that Scrapy's request count does not include."""
        return self.requests - self.handed

    def leave(self, why: str) -> None:
        self.left[why] = self.left.get(why, 0) + 1


def revalidation_url(channel: Mapping[str, Any]) -> str | None:
    """The URL of ``channel``'s conditional GET, as its spider sends it first, or None when the pass
    does not revalidate it (no validators; a website or Telegram channel, whose first request
    is not one conditional GET of a known URL)."""
    if not (channel.get("etag") or channel.get("last_modified")):
        return None
    try:
        state = json.loads(channel.get("state") or "{}") if isinstance(channel.get("state"), str) else dict(channel.get("state") or {})
    except ValueError:
        state = {}
    state = state if isinstance(state, dict) else {}
    if channel.get("via") or channel["type"] == "feed":  # spiders.feed.FeedSpider.start_url
        return str(state.get("discovered_feed") or channel.get("via") or channel["url"])
    if channel["type"] == "youtube" and state.get("feed_url"):  # spiders.youtube: the videos.xml it found
        return str(state["feed_url"])
    return None


@dataclass
class _Slot:
    """A download slot as Scrapy's: a host, or a platform's endpoint (``PLATFORM_RATES``)."""

    key: str
    delay: float
    concurrency: int
    jobs: deque[_Job] = field(default_factory=deque)
    active: int = 0
    lastseen: float = float("-inf")


@dataclass
class _Job:
    """One conditional GET, worked out once (the workers only send it)."""

    channel: dict[str, Any]
    url: str  # as Scrapy requests it (w3lib's safe_url_string)
    slot: _Slot
    scheme: str
    host: str
    port: int
    proxy: str | None  # the proxy it goes through (None: direct)
    target: str  # the request line's target: path and query, or the absolute URL for a proxy
    headers: dict[str, str]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address the guard checked (``address``), not to a second lookup's."""

    def __init__(self, host: str, port: int, address: str | None, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        if self.address is None:
            super().connect()
            return
        self.sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str | None, timeout: float, context: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.address = address

    def connect(self) -> None:
        if self.address is None:
            super().connect()
            return
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _tls_context() -> ssl.SSLContext:
    """Certificates as Scrapy takes them: not verified (a site with an expired certificate is read)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class _Unusual(Exception):
    """An outcome the pass leaves to Scrapy (it fetches the channel as it always did)."""


PROXY_OVER_TLS = "a proxy reached over TLS"
#: why a channel was left to Scrapy without the pass sending anything
NOT_SENT = ("refused by the guard", "not resolved", PROXY_OVER_TLS)


class Revalidator:
    """One pass over the due channels of a crawl; see the module docstring."""

    def __init__(self, store_path: str | Path, settings: Any, stopping: list[str] | None = None) -> None:
        from spiders.safety import AllowList

        self.settings = settings
        self.stopping = stopping if stopping is not None else []
        self.user_agent = str(settings.get("USER_AGENT"))
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT", 30.0)
        self.dns_timeout = settings.getfloat("DNS_TIMEOUT", 15.0)
        self.maxsize = settings.getint("DOWNLOAD_MAXSIZE", 8 * 1024 * 1024)
        self.max_bytes = settings.getint("REVALIDATE_MAX_BYTES", 64 * 1024 * 1024)
        self.obey_robots = settings.getbool("ROBOTSTXT_OBEY", True)
        self.allow = AllowList(settings.getlist("ALLOW_INTERNAL"))
        self.rates: list[PlatformRate] = platform_rates(settings.getdict("PLATFORM_RATES"))
        self.per_host = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
        self.min_delay = settings.getfloat("DOWNLOAD_DELAY", 0.0)
        self.max_delay = settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 30.0)
        self.start_delay = max(self.min_delay, settings.getfloat("AUTOTHROTTLE_START_DELAY", 1.0)
                               if settings.getbool("AUTOTHROTTLE_ENABLED", True) else 0.0)
        proxies = getproxies()
        if settings.getbool("HTTPS_VIA_HTTP_PROXY", True) and "http" in proxies and "https" not in proxies:
            proxies["https"] = proxies["http"]
        self.proxies = proxies
        max_age = settings.getfloat("ROBOTSTXT_CACHE_HOURS", 24.0) * 3600
        path = cache_path(store_path)
        self.cache: RobotsCache | None = None
        if max_age > 0 and path.exists():
            try:
                self.cache = RobotsCache(path, max_age)
            except Exception as error:  # noqa: BLE001 - a cache: without it the channels go to Scrapy
                log.warning("robots.txt cache %s unusable (%s): the revalidation pass is skipped", path, error)
        self._parsers: dict[str, Any] = {}
        self._slots: dict[str, _Slot] = {}
        self._verdicts: dict[tuple[str, int], Any] = {}
        self._bypass: dict[tuple[str, str], bool] = {}
        self._guarded: dict[tuple[Any, ...], tuple[str | None, str | None]] = {}
        self._pool: dict[tuple[Any, ...], list[http.client.HTTPConnection]] = {}
        self.no_connect: set[str] = set()  # proxies that refused CONNECT in this pass
        self.tunnels_refused = 0  # CONNECT requests they refused
        self._tls = _tls_context()
        self._lock = threading.Lock()  # the connection pool, shared by the workers
        self._ready: list[tuple[float, int, _Slot]] = []  # (when, order, slot): the slots in line
        self._seq = 0
        self._halted = False  # nothing more is sent (a stop, or REVALIDATE_MAX_BYTES)
        self.held = 0  # bytes of answers kept for Scrapy

    # ------------------------------------------------------------------ which channels

    def _robots(self, url: str) -> tuple[bool, float | None]:
        """``(cached and allowed, Crawl-delay)`` for ``url`` from the robots cache."""
        if not self.obey_robots:
            return True, None
        if self.cache is None:
            return False, None
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._parsers:
            known = self.cache.robots.get(origin)
            if known is None:
                self._parsers[origin] = None
            else:
                from protego import Protego

                try:  # as Scrapy's ProtegoRobotParser reads it
                    text = bytes(known[1]).decode("utf-8-sig", errors="ignore")
                except UnicodeDecodeError:
                    text = ""
                try:
                    self._parsers[origin] = Protego.parse(text)
                except Exception:  # noqa: BLE001 - unreadable here: Scrapy reads it and decides
                    self._parsers[origin] = None
        parser = self._parsers[origin]
        if parser is None:
            return False, None
        if not parser.can_fetch(url, self.user_agent):
            return False, None
        delay = parser.crawl_delay(self.user_agent)
        return True, float(delay) if delay else None

    def _slot(self, url: str, crawl_delay: float | None) -> _Slot:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        rate = next((r for r in self.rates if host == r.host and (parts.path or "/").startswith(r.path)), None)
        key = rate.slot if rate else host
        slot = self._slots.get(key)
        if slot is None:
            if rate is not None:  # a platform's rate wins over the remembered delay, as in Scrapy
                delay, concurrency = 1.0 / rate.per_second, rate.concurrency
            else:
                known = self.cache.delays.get(key) if self.cache is not None else None
                delay = min(max(known, self.min_delay), self.max_delay) if known is not None else self.start_delay
                concurrency = self.per_host
            slot = self._slots[key] = _Slot(key, delay, concurrency)
        if crawl_delay:  # a robots.txt Crawl-delay: that long between requests, one at a time
            slot.delay, slot.concurrency = max(slot.delay, crawl_delay), 1
        return slot

    def plan(self, channels: Sequence[Mapping[str, Any]], outcome: Revalidation) -> list[_Job]:
        """The conditional GETs to send, one per channel that qualifies; the others are counted."""
        from w3lib.url import safe_url_string

        from spiders.safety import url_host_problem

        jobs = []
        common = {**DEFAULT_HEADERS, "User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING}
        for channel in channels:
            url = revalidation_url(channel)
            if url is None:
                outcome.leave("no validators or not a feed")
                continue
            try:
                url = safe_url_string(url)
                parts = urlsplit(url)
                scheme, host = parts.scheme.lower(), parts.hostname or ""
                port = parts.port or (443 if scheme == "https" else 80)
            except ValueError:
                scheme = ""
            if scheme not in ("http", "https") or url_host_problem(url):
                outcome.leave("unusual URL")
                continue
            allowed, crawl_delay = self._robots(url)
            if not allowed:
                outcome.leave("robots.txt not cached or disallowing")
                continue
            slot = self._slot(url, crawl_delay)
            proxy = self._proxy(scheme, host)
            headers = dict(common)
            if channel.get("etag"):
                headers["If-None-Match"] = str(channel["etag"])
            if channel.get("last_modified"):
                headers["If-Modified-Since"] = str(channel["last_modified"])
            if proxy is not None and scheme == "http":
                target = url.split("#", 1)[0]
                headers.update(proxy_authorization(proxy))
            else:
                target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            job = _Job(dict(channel), url, slot, scheme, host, port, proxy, target, headers)
            slot.jobs.append(job)
            jobs.append(job)
        return jobs

    # ------------------------------------------------------------------ the guard, the proxy

    def _proxy(self, scheme: str, host: str) -> str | None:
        """The proxy a request to ``host`` goes through (``no_proxy`` read as Scrapy reads it), or None."""
        proxy = self.proxies.get(scheme)
        if not proxy:
            return None
        key = (scheme, host)
        if key not in self._bypass:
            self._bypass[key] = bool(proxy_bypass(host))
        return None if self._bypass[key] else proxy

    def _judge(self, host: str, port: int, proxied: bool) -> Any:
        """The guard's verdict on ``host`` (spiders.safety.judge_host), looked up once, within
        ``DNS_TIMEOUT`` (3 s through a proxy, which resolves names itself), as the crawler waits."""
        from spiders.safety import (
            PROXIED_LOOKUP_SECONDS,
            Verdict,
            judge_host,
            name_kind,
            parse_address,
            system_resolve,
        )

        key = (host.lower(), port)
        found = self._verdicts.get(key)
        if found is not None:
            return found
        if name_kind(host) or parse_address(host) is not None:
            found = judge_host(host, port, None)
        else:
            answer: list[Any] = []

            def work() -> None:
                try:
                    answer.append(judge_host(host, port, system_resolve))
                except Exception as error:  # noqa: BLE001 - no verdict: left to Scrapy
                    answer.append(Verdict(host, None, unresolved=str(error)))

            worker = threading.Thread(target=work, name=f"kimwatch-lookup-{host}", daemon=True)
            worker.start()
            wait = PROXIED_LOOKUP_SECONDS if proxied else self.dns_timeout
            worker.join(wait)
            found = answer[0] if answer else Verdict(host, None, unresolved=f"no answer from the resolver within {wait:g} s")
        self._verdicts[key] = found
        return found

    def _checked_address(self, job: _Job, proxied: bool) -> str | None:
        """The IPv4 address to connect to (None: the host name, or the proxy); raises
        :class:`_Unusual` when the guard refuses the URL or cannot resolve it (Scrapy then
        records it, as it always did). Decided once per host and origin hosts."""
        origins: list[tuple[str, int]] = []
        for origin in (job.channel.get("url"), job.channel.get("via")):
            if origin:
                o = urlsplit(str(origin))
                if o.hostname:
                    origins.append((o.hostname, o.port or (443 if o.scheme == "https" else 80)))
        key = (job.host, job.port, proxied, tuple(origins))
        found = self._guarded.get(key)
        if found is None:
            found = self._guarded[key] = self._guard(job, proxied, origins)
        address, why = found
        if why is not None:
            raise _Unusual(why)
        return address

    def _guard(self, job: _Job, proxied: bool, origins: list[tuple[str, int]]) -> tuple[str | None, str | None]:
        """``(address, None)`` or ``(None, why it is left to Scrapy)``, by :mod:`spiders.safety`'s rules."""
        import ipaddress

        from spiders.safety import parse_address, refusal

        host = job.host
        verdict = self._judge(host, job.port, proxied)
        if verdict.kind is not None:
            judged = [self._judge(h, port, proxied) for h, port in origins]
            if refusal(job.url, verdict, self.allow, judged):
                return None, NOT_SENT[0]
        elif verdict.unresolved is not None and not proxied:
            return None, NOT_SENT[1]
        if proxied or parse_address(host) is not None:
            return None, None
        ipv4 = [a for a in verdict.addresses if isinstance(a, ipaddress.IPv4Address)]
        return (str(ipv4[0]) if ipv4 else None), None

    # ------------------------------------------------------------------ one request

    def _connection(self, job: _Job, address: str | None) -> tuple[tuple[Any, ...], http.client.HTTPConnection]:
        """A kept-alive connection for ``job`` (same host, proxy and address), or a new one."""
        scheme, host, port, proxy = job.scheme, job.host, job.port, job.proxy
        plain = proxy is not None and scheme == "https" and proxy in self.no_connect
        key = (scheme, host, port, proxy, address, plain)
        with self._lock:
            pooled = self._pool.get(key)
            if pooled:
                return key, pooled.pop()
        conn: http.client.HTTPConnection
        if proxy is None:
            if scheme == "https":
                conn = _PinnedHTTPSConnection(host, port, address, self.timeout, self._tls)
            else:
                conn = _PinnedHTTPConnection(host, port, address, self.timeout)
            return key, conn
        target = urlsplit(proxy)
        if target.scheme.lower() != "http":  # TLS to the proxy itself: left to Scrapy
            raise _Unusual(PROXY_OVER_TLS)
        proxy_port = target.port or 80
        if scheme == "https" and not plain:  # a CONNECT tunnel, TLS with the site inside it, as Scrapy opens one
            conn = http.client.HTTPSConnection(target.hostname or "", proxy_port, timeout=self.timeout, context=self._tls)
            conn.set_tunnel(host, port, headers=proxy_authorization(proxy))
        else:
            conn = http.client.HTTPConnection(target.hostname or "", proxy_port, timeout=self.timeout)
        return key, conn

    def fetch(self, job: _Job) -> tuple[str, Any]:
        """Send ``job``'s conditional GET: ``("304", None)``, ``("kept", Prefetched)`` or
        ``("left", why)``."""
        url = job.url
        try:
            address = self._checked_address(job, job.proxy is not None)
        except _Unusual as why:
            return "left", str(why)
        for attempt in (1, 2):  # a kept-alive connection the server closed meanwhile: once more, fresh
            try:
                key, conn = self._connection(job, address)
            except _Unusual as why:
                return "left", str(why)
            reused = conn.sock is not None
            started = time.monotonic()
            plain = key[-1]
            try:
                if plain:  # a proxy that refuses CONNECT fetches "GET https://…" itself, as Scrapy then asks it
                    conn.request("GET", url.split("#", 1)[0], headers={**job.headers, **proxy_authorization(job.proxy or "")})
                else:
                    conn.request("GET", job.target, headers=job.headers)
                answer = conn.getresponse()
                if answer.status == 304:
                    answer.read()
                    self._release(key, conn, answer)
                    return "304", None
                return "kept", self._keep(url, key, conn, answer, started)
            except TimeoutError:
                conn.close()
                return "kept", Prefetched(url, latency=time.monotonic() - started, failure="timeout")
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as error:
                conn.close()
                if reused and attempt == 1:
                    continue
                return "left", type(error).__name__
            except (OSError, http.client.HTTPException, ValueError) as error:
                conn.close()
                if job.proxy is not None and not plain and "Tunnel connection failed" in str(error):
                    # the proxy refuses CONNECT: remembered for the pass, this request once more plainly
                    if job.proxy not in self.no_connect:
                        log.info("proxy %s refused CONNECT (%s); the pass sends https:// requests to it as "
                                 "absolute-URI requests", job.proxy, error)
                    with self._lock:
                        self.no_connect.add(job.proxy)
                        self.tunnels_refused += 1
                    if attempt == 1:
                        continue
                return "left", type(error).__name__
        return "left", "connection"

    def _keep(self, url: str, key: tuple[Any, ...], conn: http.client.HTTPConnection,
              answer: http.client.HTTPResponse, started: float) -> Prefetched:
        """The whole answer (up to ``DOWNLOAD_MAXSIZE``) kept for Scrapy."""
        length = answer.getheader("Content-Length")
        expected = int(length) if length and length.strip().isdigit() else -1
        if self.maxsize and expected > self.maxsize:
            conn.close()
            return Prefetched(url, latency=time.monotonic() - started, failure="too-large",
                              message=f"Cancelling download of {url}: expected response size ({expected}) "
                                      f"larger than download max size ({self.maxsize}).")
        body = self._read(conn, answer, started)
        if self.maxsize and len(body) > self.maxsize:
            conn.close()
            return Prefetched(url, latency=time.monotonic() - started, failure="too-large",
                              message=f"Cancelling download of {url}: received response size ({len(body)}) "
                                      f"larger than download max size ({self.maxsize}).")
        self._release(key, conn, answer)
        return Prefetched(url, answer.status, list(answer.getheaders()), body, time.monotonic() - started)

    def _read(self, conn: http.client.HTTPConnection, answer: http.client.HTTPResponse, started: float) -> bytes:
        """The body, at most ``DOWNLOAD_MAXSIZE`` + 1 bytes, within ``DOWNLOAD_TIMEOUT`` of the request
        as a whole (a server dripping a byte at a time times out as in Scrapy)."""
        chunks: list[bytes] = []
        size = 0
        limit = self.maxsize + 1 if self.maxsize else None
        while limit is None or size < limit:
            remaining = started + self.timeout - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("DOWNLOAD_TIMEOUT")
            if conn.sock is not None:
                conn.sock.settimeout(remaining)
            chunk = answer.read1(65536 if limit is None else min(65536, limit - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if conn.sock is not None:
            conn.sock.settimeout(self.timeout)
        return b"".join(chunks)

    def _release(self, key: tuple[Any, ...], conn: http.client.HTTPConnection, answer: http.client.HTTPResponse) -> None:
        if answer.will_close or not answer.isclosed():
            conn.close()
            return
        with self._lock:
            self._pool.setdefault(key, []).append(conn)

    # ------------------------------------------------------------------ scheduling

    def _push(self, slot: _Slot) -> None:
        """Put ``slot`` in line for its next request (when its delay since the last one is over)."""
        if slot.jobs and slot.active < slot.concurrency:
            self._seq += 1
            heapq.heappush(self._ready, (slot.lastseen + slot.delay, self._seq, slot))

    def _dispatch(self, work: queue.SimpleQueue[_Job | None], now: float) -> int:
        """Hand the workers every request whose slot is free and whose delay is over; how many."""
        sent = 0
        while self._ready and self._ready[0][0] <= now:
            _, _, slot = heapq.heappop(self._ready)
            if not slot.jobs or slot.active >= slot.concurrency:
                continue  # in line twice, or full: its running requests put it back
            if slot.lastseen + slot.delay > now:
                self._push(slot)
                continue
            job = slot.jobs.popleft()
            slot.active += 1
            slot.lastseen = now
            self._push(slot)
            work.put(job)
            sent += 1
        return sent

    def _work(self, work: queue.SimpleQueue[_Job | None],
              results: queue.SimpleQueue[tuple[_Job, str, Any, float]]) -> None:
        while (job := work.get()) is not None:
            started = time.monotonic()
            try:
                kind, data = self.fetch(job)
            except Exception as error:  # noqa: BLE001 - a bug here costs the pass, not the channel
                log.exception("revalidating %s failed", job.url)
                kind, data = "left", type(error).__name__
            results.put((job, kind, data, time.monotonic() - started))

    def run(self, channels: Sequence[Mapping[str, Any]], context: CrawlContext,
            status: Callable[[], None] | None = None) -> Revalidation:
        """Revalidate ``channels``: 304s recorded in ``context``, other answers kept in
        :data:`PREFETCHED`; returns what was done.

        This thread keeps the schedule (each slot's delay and concurrency, as Scrapy's
        downloader keeps them) and the store; the workers only send requests.
        """
        outcome = Revalidation()
        jobs = self.plan(channels, outcome)
        if not jobs:
            return outcome
        for slot in self._slots.values():
            self._push(slot)
        work: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        results: queue.SimpleQueue[tuple[_Job, str, Any, float]] = queue.SimpleQueue()
        latency = 0.0  # moving average of a request's time
        next_worker = 0.0
        most = min(WORKERS, sum(min(s.concurrency, len(s.jobs)) for s in self._slots.values()))
        workers: list[threading.Thread] = []

        def add_worker() -> None:
            worker = threading.Thread(target=self._work, args=(work, results), daemon=True,
                                      name=f"kimwatch-revalidate-{len(workers)}")
            workers.append(worker)
            worker.start()

        for _ in range(min(FIRST_WORKERS, most)):
            add_worker()
        every = self.settings.getfloat("PROGRESS_SECONDS", 15.0)
        next_status = time.monotonic() + every
        grace = self.settings.getfloat("STOP_GRACE_SECONDS", 2.0)
        in_flight = 0
        stop_at: float | None = None
        try:
            while in_flight or (self._ready and not self._halted):
                now = time.monotonic()
                if self.stopping and stop_at is None:
                    self._halted = True
                    stop_at = now + grace
                if stop_at is not None and now >= stop_at:
                    break  # answers still on their way are not waited for
                if not self._halted:
                    in_flight += self._dispatch(work, now)
                    wanted = min(most, max(FIRST_WORKERS, int(latency / CPU_PER_REQUEST)))
                    if len(workers) < wanted and work.qsize() > 0 and now >= next_worker:  # requests wait, answers are slow
                        add_worker()
                        next_worker = now + 0.05  # one more at a time, while the average settles
                wait = 0.5 if self._halted or not self._ready else min(0.5, max(0.0, self._ready[0][0] - now))
                if status is not None and every > 0 and now >= next_status:
                    status()
                    next_status = now + every
                if not in_flight:
                    time.sleep(wait)
                    continue
                try:
                    job, kind, data, seconds = results.get(timeout=wait) if wait > 0 else results.get_nowait()
                except queue.Empty:
                    continue
                in_flight -= 1
                latency = seconds if not latency else 0.8 * latency + 0.2 * seconds
                job.slot.active -= 1
                self._push(job.slot)
                self._take(job, kind, data, outcome, context)
        finally:
            self._halted = True
            for _ in workers:
                work.put(None)
            if self.cache is not None:  # not inherited open by the crawl processes forked next
                self.cache.conn.close()
            with self._lock:
                for conns in self._pool.values():
                    for conn in conns:
                        conn.close()
                self._pool.clear()
        return outcome

    def _take(self, job: _Job, kind: str, data: Any, outcome: Revalidation, context: CrawlContext) -> None:
        """One answer: a 304 recorded, another answer kept for Scrapy, anything else left to it."""
        outcome.requests += kind != "left" or data not in NOT_SENT
        if kind == "304":
            outcome.unchanged.add(job.channel["id"])
            context.record_fetch(job.channel, ok=True, status="304")
            context.channel_finished(job.channel)
        elif kind == "kept":
            PREFETCHED[job.channel["id"]] = data
            outcome.handed += 1
            self.held += len(data.body)
            if self.held > self.max_bytes and not self._halted:
                log.info("revalidation: %s bytes of changed feeds held; the channels left go to the crawl", self.held)
                self._halted = True
        else:
            outcome.leave(str(data))


def revalidate(store_path: str | Path, channels: Sequence[Mapping[str, Any]], context: CrawlContext,
               settings: Any, stopping: list[str] | None = None,
               status: Callable[[], None] | None = None) -> Revalidation:
    """Run the pass over ``channels`` (see the module docstring); the 304s are in ``context``."""
    started = time.monotonic()
    revalidator = Revalidator(store_path, settings, stopping)
    outcome = revalidator.run(channels, context, status)
    outcome.requests += revalidator.tunnels_refused  # each a request the proxy answered (405), as Scrapy counts them
    context.write_health()
    log.info("revalidation: %s channel(s) unchanged, %s answer(s) handed to the crawl, %s request(s) in %.1f s%s",
             len(outcome.unchanged), outcome.handed, outcome.requests, time.monotonic() - started,
             "; left to the crawl: " + ", ".join(f"{n} {why}" for why, n in sorted(outcome.left.items()))
             if outcome.left else "")
    return outcome
