"""Fetching one post page the way the crawler fetches: same guard, proxy, user agent, limits.

Verification reads a handful of URLs, one at a time, often right after a crawl in the same
process, where Scrapy's reactor cannot start again; so this is a plain ``urllib`` fetch that
applies the crawler's rules itself, read from the same settings (:func:`crawler.settings.load_settings`):

* **safety**: every URL, redirects included, goes through :func:`address_refusal`, the one
  place that calls the crawler's guard (:func:`spiders.safety.url_refusal`, the crawl's rule):
  no request to loopback, private, link-local or reserved addresses, unless the KIM registered
  a channel on that very host and port (an intranet site, as the crawler allows) and no hop
  before it was on a public host;
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

from crawler.urls import bypasses_proxy, proxy_authorization, without_credentials

log = logging.getLogger(__name__)


class FetchFailed(Exception):
    """A network problem worth trying again later (timeout, refused connection, 5xx, 429)."""


class Refused(Exception):
    """The URL may not be fetched: an internal address, or robots.txt disallows it."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def address_refusal(url: str, origins: Iterable[str] = (), hops: Sequence[str] = (), allow: Any = None) -> str | None:
    """Why kimwatch may not send a request to ``url`` at all, or None: the crawler's guard.

    The rule is the crawl's own (:func:`spiders.safety.url_refusal`, one function for both): every
    spelling of an address literal, a name resolved with the system resolver with every address
    checked. An internal address (loopback, private, CGNAT) is allowed only when it is the very
    host **and port** of one of ``origins`` (the URLs of the KIM's channels, registered on an
    intranet on purpose), and only while none of ``hops`` (the URLs redirected from) is on a
    public host; never link-local or metadata; hosts and networks in ``allow`` (the
    ``allow_internal`` crawl setting) as in the crawl. A host a client or proxy would read
    differently (percent-encoded, a backslash, an unparseable ``[…]``) and a scheme other than
    http(s) are refused. A name the resolver cannot answer (behind a proxy) is left to the proxy.
    """
    from spiders.safety import url_refusal

    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return f"{url!r}: not a URL"
    if scheme not in ("http", "https"):
        return f"refused {scheme or '(no scheme)'}: link: only http and https are fetched"
    return url_refusal(url, origins, hops, allow)


def address_allowed(url: str, origins: Iterable[str] = (), hops: Sequence[str] = (), allow: Any = None) -> bool:
    """Whether :func:`address_refusal` lets ``url`` be requested."""
    return address_refusal(url, origins, hops, allow) is None


def internal_allow_list(settings: Any = None) -> Any:
    """The ``allow_internal`` crawl setting as the crawl's guard reads it."""
    from spiders.safety import AllowList

    if settings is None:
        from crawler.settings import load_settings

        settings = load_settings()
    return AllowList(settings.getlist("ALLOW_INTERNAL"))


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


class _ProxyHandler(urllib.request.ProxyHandler):
    """urllib's proxy handler deciding ``no_proxy`` as the crawl does (:func:`crawler.urls.bypasses_proxy`)."""

    def proxy_open(self, req: Any, proxy: str, type: str) -> Any:  # noqa: A002 - urllib's name
        if bypasses_proxy(req.full_url):
            return None
        return super().proxy_open(req, proxy, type)


def _shown_proxy(proxy: str) -> str:
    """A proxy URL as a message names it: without user name and password."""
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"


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
        self.allow = internal_allow_list(settings)
        self.min_delay = max(float(settings.getfloat("DOWNLOAD_DELAY", 0)),
                             float(settings.getfloat("AUTOTHROTTLE_START_DELAY", 1.0)))
        proxies = urllib.request.getproxies()
        if settings.getbool("HTTPS_VIA_HTTP_PROXY", True) and "http" in proxies and "https" not in proxies:
            proxies["https"] = proxies["http"]
        self.proxies = proxies
        self.no_connect: set[str] = set()  # proxies that refused CONNECT in this pass
        self.opener = urllib.request.build_opener(
            _ProxyHandler(proxies), _NoRedirect(),
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
            proxy = self.proxy_for(url)
            if (proxy is not None and isinstance(reason, OSError) and not isinstance(reason, TimeoutError)
                    and "Tunnel connection failed" not in str(reason)):
                # the proxy itself is down or unknown (every report fails alike): say so, as the
                # crawl does, rather than send the operator after the post's site
                raise FetchFailed(f"{url}: {reason} (through the proxy {_shown_proxy(proxy)}; check that it "
                                  "is up, or the proxy variables)") from error
            if proxy is not None:
                raise FetchFailed(f"{url}: {reason} (through the proxy {_shown_proxy(proxy)})") from error
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
            # a user part before the host (``http://user:pass@host/``) is dropped, never sent on
            # (RFC 9110), as the crawl's redirects drop it (spiders/safety.py)
            page.redirects.append(without_credentials(urljoin(url, location)))
        return page

    def proxy_for(self, url: str) -> str | None:
        """The proxy a request for ``url`` goes through (None: direct)."""
        scheme = urlsplit(url).scheme.lower()
        if scheme not in self.proxies or bypasses_proxy(url):
            return None
        return self.proxies[scheme]

    def _https_proxy(self, url: str) -> str | None:
        """The proxy an ``https://`` URL goes through (None: direct, or not https)."""
        return self.proxy_for(url) if urlsplit(url).scheme == "https" else None

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
            self.requests += 1  # (the refused CONNECT was one; its retry is another)
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

    def fetch(self, url: str, origins: Iterable[str] = (), *, etag: str | None = None,
              last_modified: str | None = None) -> Page:
        """GET ``url``, following redirects (each hop checked by :func:`address_refusal`, with
        the hops before it: an internal host after a public hop is refused).

        ``origins`` are the URLs of the KIM's registered channels (its intranet host and port
        may be fetched). Raises :class:`Refused` for a URL the guard or robots.txt refuses,
        :class:`FetchFailed` for a network problem or a redirect loop. A 4xx/5xx answer is
        returned, not raised. ``etag``/``last_modified`` (of an earlier answer) make the first
        request conditional: an unchanged page answers 304 Not Modified, without its body.
        """
        origins = list(origins)
        chain: list[str] = []
        current = url
        for _ in range(self.max_redirects + 1):
            why = address_refusal(current, origins, chain, self.allow)
            if why is not None:
                raise Refused(f"{why} (not a public address: loopback, private network or not http/https)",
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


def resolve_shortened_links(db: Any, links: Iterable[str], fetcher: PreviewFetcher | None = None) -> dict[str, str | None]:
    """Where each shortened link (s.id, bit.ly, …) of imported posts leads, as the crawl resolves
    the links of the posts it fetches: one request per link through :class:`PreviewFetcher` (the
    crawler's guard — a shortener is a public hop, so nothing internal is reached through it —,
    proxy, robots.txt and limits), recorded in the crawler's ``resolved_urls`` cache, where the
    matcher reads it. A link already in the cache is not asked again; a network failure is not
    recorded (the next import or crawl asks again). Returns link → canonical target (None: not
    resolved)."""
    from crawler import store
    from crawler.dates import utc_now
    from crawler.urls import canonical_url

    found: dict[str, str | None] = {}
    for link in dict.fromkeys(links):
        key = canonical_url(link) or link
        known = db.execute("SELECT resolved_url FROM resolved_urls WHERE url = ?", [key]).fetchone()
        if known is not None:
            found[link] = known[0]
            continue
        fetcher = fetcher or PreviewFetcher()
        target: str | None = None
        try:
            page = fetcher.fetch(link)
            status = str(page.status)
            if page.status < 400:
                target = canonical_url(page.url)
        except Refused as refused:
            status = "refused" if refused.reason == "not-public" else refused.reason
            log.warning("shortened link %s not resolved: %s", link, refused)
        except FetchFailed as failed:
            log.warning("shortened link %s not resolved (asked again next time): %s", link, failed)
            found[link] = None
            continue
        found[link] = target
        with store.transaction(db):
            db.execute("INSERT OR REPLACE INTO resolved_urls (url, resolved_url, resolved_at, status) "
                       "VALUES (?, ?, ?, ?)", [key, target, utc_now(), status])
    return found
