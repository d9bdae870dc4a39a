"""Fetching one post page the way the crawler fetches: same guard, proxy, user agent, limits.

Verification reads a handful of URLs, one at a time, often right after a crawl in the same
process, where Scrapy's reactor cannot start again; so this is a plain ``urllib`` fetch that
applies the crawler's rules itself, read from the same settings (:func:`crawler.settings.load_settings`):

* **safety**: every URL, redirects included, goes through :func:`address_allowed`, the one
  place that calls the crawler's guard (:func:`spiders.safety.is_internal_host`): no request
  to loopback, private, link-local or reserved addresses, unless the KIM registered a channel
  on that very host (an intranet site, as the crawler allows);
* **politeness**: robots.txt (``ROBOTSTXT_OBEY``; a missing or unreadable robots.txt allows
  everything, as in the crawler) and its Crawl-delay, the ``kimwatch/<version> (+contact)``
  user agent, at least ``AUTOTHROTTLE_START_DELAY`` seconds between two requests to one host;
* **limits**: ``DOWNLOAD_TIMEOUT``, ``DOWNLOAD_MAXSIZE``, ``REDIRECT_MAX_TIMES``;
* **proxies**: ``http_proxy``/``https_proxy``/``no_proxy`` through urllib's own handling, and
  ``HTTPS_VIA_HTTP_PROXY`` (https through an http-only proxy) as in the crawler; a proxy that
  refuses ``CONNECT`` gets the ``https://`` URL as a plain absolute-URI ``GET`` (it fetches it
  over TLS itself), as the crawler does (``spiders/proxying.py``), remembered for the pass.
  Certificates are verified.
"""

from __future__ import annotations

import http.client
import logging
import ssl
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

from crawler.urls import proxy_authorization

log = logging.getLogger(__name__)


class FetchFailed(Exception):
    """A network problem worth trying again later (timeout, refused connection, 5xx, 429)."""


class Refused(Exception):
    """The URL may not be fetched: an internal address, or robots.txt disallows it."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def address_allowed(url: str, allowed_hosts: Iterable[str] = ()) -> bool:
    """Whether kimwatch may send a request to ``url`` at all: the crawler's guard.

    The host is judged as the crawler judges it (:func:`spiders.safety.judge_host`): every
    spelling of an address literal, and a name resolved with the system resolver with every
    address it returns checked. An internal address (loopback, private, link-local, CGNAT,
    reserved, cloud metadata, ``localhost``) is allowed only when its host is one of
    ``allowed_hosts`` (the ``host:port`` of channels the office registered on purpose,
    :func:`channel_place`; a bare host stands for its default ports), never metadata: a channel
    on ``10.0.0.5:8080`` lets a report reach that port, not ``10.0.0.5:22`` or ``:80``.
    A name the resolver cannot answer (behind a proxy that resolves for us) is left to the proxy.
    A host a client or proxy would read differently — percent-encoded (``%31%32%37.0.0.1``),
    with a backslash (``127.0.0.1\\@facebook.com``), an unparseable ``[…]`` address — is refused
    (:func:`spiders.safety.url_host_problem`).
    """
    from spiders.safety import judge_host, normalize_host, system_resolve, url_host_problem

    if url_host_problem(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not host:
        return False
    verdict = judge_host(host, port, system_resolve)
    if verdict.kind is None:
        return True
    if verdict.kind == "cloud-metadata":
        return False
    name = normalize_host(host)
    for entry in allowed_hosts:
        allowed_host, allowed_port = _place(entry)
        if name is not None and normalize_host(allowed_host) == name and (
                port == allowed_port if allowed_port is not None else port in (80, 443)):
            return True
    return False


def _place(entry: str) -> tuple[str, int | None]:
    """An ``allowed_hosts`` entry as (host, port): ``host:port``, ``[v6]:port``, or a bare host
    (a name or an address, IPv6 too), which stands for the default ports only (None)."""
    entry = entry.strip()
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        return host, int(port) if port.isdigit() else None
    return entry, None


def channel_place(url: str) -> str | None:
    """The ``host:port`` of a channel's URL (the port written or its scheme's default): what
    :func:`address_allowed` lets through for a channel registered on an internal address, as the
    crawl guard does (its own host and port, nothing else of that machine)."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return None
    if not host:
        return None
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass
class Page:
    """A fetched page: where it ended (after redirects), its status, body and type."""

    url: str
    status: int
    body: bytes
    content_type: str = ""
    redirects: list[str] = field(default_factory=list)
    etag: str | None = None  # the validators of the answer, for a later conditional request
    last_modified: str | None = None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by :meth:`PreviewFetcher.fetch`, which checks every hop."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class PreviewFetcher:
    """Fetches post pages politely; one instance per verification pass (it keeps robots.txt)."""

    def __init__(self, settings: Any = None) -> None:
        if settings is None:
            from crawler.settings import load_settings

            settings = load_settings()
        self.user_agent = settings.get("USER_AGENT")
        self.timeout = float(settings.getfloat("DOWNLOAD_TIMEOUT", 30))
        self.maxsize = int(settings.getint("DOWNLOAD_MAXSIZE", 8 * 1024 * 1024))
        self.max_redirects = int(settings.getint("REDIRECT_MAX_TIMES", 10))
        self.obey_robots = settings.getbool("ROBOTSTXT_OBEY", True)
        self.min_delay = max(float(settings.getfloat("DOWNLOAD_DELAY", 0)),
                             float(settings.getfloat("AUTOTHROTTLE_START_DELAY", 1.0)))
        proxies = urllib.request.getproxies()
        if settings.getbool("HTTPS_VIA_HTTP_PROXY", True) and "http" in proxies and "https" not in proxies:
            proxies["https"] = proxies["http"]
        self.proxies = proxies
        self.no_connect: set[str] = set()  # proxies that refused CONNECT in this pass
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler(proxies), _NoRedirect(),
            urllib.request.HTTPSHandler(context=ssl.create_default_context()))
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.last_request: dict[str, float] = {}
        self.requests = 0

    def _wait_turn(self, host: str, delay: float) -> None:
        last = self.last_request.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self.last_request[host] = time.monotonic()

    def _get(self, url: str, conditional: dict[str, str] | None = None) -> Page:
        try:  # an IDN host or a non-ASCII path as a client sends them (urllib would fail on them)
            url = safe_url_string(url)
        except (ValueError, UnicodeError) as error:
            raise FetchFailed(f"{url}: not a URL a client can request ({error})") from error
        host = (urlsplit(url).netloc or "").lower()
        robots = self.robots.get(host)
        delay = self.min_delay
        if robots is not None:
            crawl_delay = robots.crawl_delay(self.user_agent)
            delay = max(delay, float(crawl_delay or 0))
        self._wait_turn(host, delay)
        self.requests += 1
        request = urllib.request.Request(url, headers={
            "User-Agent": self.user_agent, "Accept": "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.5",
            "Accept-Language": "id,en;q=0.8", **(conditional or {})})
        try:
            answer = self._open(request)
        except urllib.error.HTTPError as error:
            answer = error
        except (urllib.error.URLError, TimeoutError, OSError, UnicodeError, ValueError,
                http.client.HTTPException) as error:
            reason = getattr(error, "reason", error)
            raise FetchFailed(f"{url}: {reason}") from error
        try:
            body = answer.read(self.maxsize + 1) if answer.fp is not None else b""
        except (TimeoutError, OSError) as error:
            raise FetchFailed(f"{url}: {error}") from error
        finally:
            answer.close()
        if len(body) > self.maxsize:
            raise FetchFailed(f"{url}: larger than DOWNLOAD_MAXSIZE ({self.maxsize} bytes)")
        headers = answer.headers
        page = Page(url, int(answer.status or answer.code or 0), body, headers.get("Content-Type", "") or "",
                    etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"))
        location = headers.get("Location")
        if location:
            page.redirects.append(urljoin(url, location))
        return page

    def _https_proxy(self, url: str) -> str | None:
        """The proxy an ``https://`` URL goes through (None: direct, or not https)."""
        parts = urlsplit(url)
        if parts.scheme != "https" or "https" not in self.proxies:
            return None
        if urllib.request.proxy_bypass(parts.hostname or ""):
            return None
        return self.proxies["https"]

    def _open(self, request: urllib.request.Request) -> Any:
        proxy = self._https_proxy(request.full_url)
        if proxy is not None and proxy in self.no_connect:
            return self._absolute_uri(request, proxy)
        try:
            return self.opener.open(request, timeout=self.timeout)
        except urllib.error.URLError as error:
            if proxy is None or "Tunnel connection failed" not in str(error.reason):
                raise
            log.warning("proxy %s refused CONNECT (%s); sending https:// requests to it as plain "
                        "absolute-URI requests", proxy, error.reason)
            self.no_connect.add(proxy)
            return self._absolute_uri(request, proxy)

    def _absolute_uri(self, request: urllib.request.Request, proxy: str) -> http.client.HTTPResponse:
        """``GET https://host/path HTTP/1.1`` sent to the proxy itself, which fetches it over TLS."""
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port or 80, timeout=self.timeout)
        headers = {name: value for name, value in request.header_items()}
        headers["Host"] = urlsplit(request.full_url).netloc
        connection.request("GET", request.full_url, headers={**headers, **proxy_authorization(proxy)})
        return connection.getresponse()

    def allowed_by_robots(self, url: str) -> bool:
        if not self.obey_robots:
            return True
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if host not in self.robots:
            parser: urllib.robotparser.RobotFileParser | None = None
            try:
                page = self._get(f"{parts.scheme}://{parts.netloc}/robots.txt")
                if page.status == 200:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(page.body.decode("utf-8", "replace").splitlines())
            except FetchFailed as error:
                log.info("robots.txt of %s unreadable (%s): allowed, as in the crawler", host, error)
            self.robots[host] = parser
        parser = self.robots[host]
        return parser is None or parser.can_fetch(self.user_agent, url)

    def fetch(self, url: str, allowed_hosts: Iterable[str] = (), *, etag: str | None = None,
              last_modified: str | None = None) -> Page:
        """GET ``url``, following redirects (each hop checked by :func:`address_allowed`).

        ``etag``/``last_modified`` (of an earlier answer) make the first request conditional:
        an unchanged page answers 304 Not Modified, without its body.

        Raises :class:`Refused` for a URL the guard or robots.txt refuses, :class:`FetchFailed`
        for a network problem or a redirect loop. A 4xx/5xx answer is returned, not raised.
        """
        allowed_hosts = list(allowed_hosts)
        chain: list[str] = []
        current = url
        for _ in range(self.max_redirects + 1):
            if not address_allowed(current, allowed_hosts):
                raise Refused(f"{current}: not a public address (loopback, private network or not http/https)",
                              "not-public")
            if not self.allowed_by_robots(current):
                raise Refused(f"{current}: robots.txt of {urlsplit(current).netloc} disallows it", "robots")
            conditional = {}
            if current == url and etag:
                conditional["If-None-Match"] = etag
            if current == url and last_modified:
                conditional["If-Modified-Since"] = last_modified
            page = self._get(current, conditional)
            if 300 <= page.status < 400 and page.redirects:
                chain.append(current)
                current = page.redirects[-1]
                continue
            page.redirects = chain
            return page
        raise FetchFailed(f"{url}: more than {self.max_redirects} redirects")
