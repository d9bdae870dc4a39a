"""Downloader middlewares of kimwatch's own that belong to no other module.

:class:`PrefetchedMiddleware` answers a channel's first request from the answer the revalidation
pass (:mod:`crawler.harvest.revalidate`) already received for it, so a feed that changed is
fetched once, not once by the pass and again by Scrapy. :class:`ItemBatchMiddleware` (a spider
middleware) hands the items of one response to the item pipelines as one batch.
:class:`CompressedBodyMiddleware` keeps a compressed answer's bytes beside the decompressed ones.
:class:`GuardedMetaRefreshMiddleware` keeps a page whose meta refresh leads where the guard refuses.
:class:`CookieCheckMiddleware` passes a firewall's cookie check (a redirect to the same URL
setting a cookie), cookies being off otherwise.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from scrapy import Request, signals
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, NotConfigured
from scrapy.http import Headers, HtmlResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.response import get_meta_refresh

from crawler.harvest import revalidate
from crawler.items import ContentItem, ItemBatch
from crawler.urls import without_credentials

log = logging.getLogger(__name__)


class ItemBatchMiddleware:
    """Spider middleware: the items of one response go on as one :class:`~crawler.items.ItemBatch`.

    Closest to the spider (the other spider middlewares see the batch, once), after the spider
    has counted and capped its items (``MAX_ITEMS_PER_FETCH``). Requests go on as they come; a
    response with one item gives that item alone. The pipelines treat each item of a batch as
    they treat an item (pipelines/batch.py).
    """

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterator[Any]:
        items: list[ContentItem] = []
        for output in result:
            if isinstance(output, ContentItem):
                items.append(output)
            else:
                yield output
        if items:
            yield _batch(items)

    async def process_spider_output_async(self, response: Any, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        outputs = [output async for output in result]  # a response's outputs are all in memory already
        for output in self.process_spider_output(response, outputs):
            yield output


def _batch(items: list[ContentItem]) -> ContentItem | ItemBatch:
    return items[0] if len(items) == 1 else ItemBatch(entries=items)


class PrefetchedMiddleware:
    """The first request of a channel the revalidation pass fetched is answered from that answer.

    Last of the downloader middlewares on the way out (every other one has seen the request:
    the guard, platform rates, robots.txt, headers, proxy, stats), so on the way back every
    ``process_response`` runs on the answer as on a download (retries of a 503, decompression,
    redirects and the guard's check of their targets, robots.txt). ``response_downloaded`` is
    sent for it, as the downloader does. A timeout or an answer over ``DOWNLOAD_MAXSIZE`` in the
    pass ends the request with the exception Scrapy's own download raises for it. Not enabled
    when the pass kept nothing.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrefetchedMiddleware:
        if not revalidate.PREFETCHED:
            raise NotConfigured  # the pass kept no answer (no message: Scrapy would log a warning)
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> Any:
        channel_id = request.meta.get("channel_id")
        if (channel_id is None or int(request.meta.get("page", 1)) != 1 or request.meta.get("redirect_times")
                or request.meta.get("retry_times") or not revalidate.PREFETCHED):
            return None
        found = revalidate.take_prefetched(str(channel_id), request.url)
        if found is None:
            return None
        request.meta["download_latency"] = found.latency
        if found.failure == "timeout":  # in the words of Scrapy's download handler
            timeout = request.meta.get("download_timeout", self.crawler.settings.getfloat("DOWNLOAD_TIMEOUT"))
            raise DownloadTimeoutError(f"Getting {request.url} took longer than {timeout} seconds.")
        if found.failure == "too-large":
            raise DownloadCancelledError(found.message)
        headers = Headers()
        for name, value in found.headers:
            headers.appendlist(name, value)
        cls = responsetypes.from_args(headers=headers, url=request.url, body=found.body)
        response = cls(url=request.url, status=found.status, headers=headers, body=found.body,
                       request=request, protocol="HTTP/1.1")
        self.crawler.signals.send_catch_log(signal=signals.response_downloaded, response=response,
                                            request=request, spider=self.crawler.spider)
        return response


class CompressedBodyMiddleware:
    """Downloader middleware: a compressed answer's bytes stay in ``meta["compressed_body"]``
    (with its Content-Encoding), for :func:`compressed_cut_short`. An answer labelled gzip or
    deflate whose body is plain HTML or XML (a misconfigured server) loses the label and is read
    as the page it is, as browsers read it.

    Scrapy's decompression (just before this on the way back) returns what it could read of a
    gzip body that stops short and says nothing: a truncated answer read as a (malformed)
    feed with no entries, "ok". Nothing is decompressed here; a spider asks only when what it
    read looks broken."""

    def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:
        encoding = response.headers.getlist("Content-Encoding")
        if encoding and response.body and request.method != "HEAD":
            label = b",".join(encoding).decode("latin-1").lower()
            if _plain_markup(label, response.body):
                # a misconfigured server labels its plain page gzip: read as the plain page it is,
                # as browsers do (decompressing it fails, and the page was lost)
                log.info("%s is labelled Content-Encoding: %s but sent plain; read as it is", request.url, label)
                headers = response.headers.copy()
                del headers["Content-Encoding"]
                return response.replace(headers=headers)
            request.meta["compressed_body"] = (label, response.body)
        return response


def _plain_markup(label: str, body: bytes) -> bool:
    """Whether a body labelled gzip or deflate is in fact uncompressed HTML or XML: it begins
    with ``<`` (after a BOM and white space) and is no stream of that encoding."""
    if label.strip() not in ("gzip", "x-gzip", "deflate") or not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return False
    if "gzip" in label:
        return not body.startswith(b"\x1f\x8b")
    return not any(_inflates(body, wbits) for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS))


def _inflates(body: bytes, wbits: int) -> bool:
    """Whether the start of ``body`` reads as a deflate stream (zlib-wrapped or raw, per ``wbits``)."""
    try:
        zlib.decompressobj(wbits).decompress(body[:4096])
    except zlib.error:
        return False
    return True


def compressed_cut_short(meta: Any) -> bool:
    """Whether the compressed body kept by :class:`CompressedBodyMiddleware` stops before the
    end of its gzip or deflate stream (or is no such stream at all)."""
    kept = meta.get("compressed_body") if meta else None
    if not kept:
        return False
    encoding, body = kept
    if encoding.strip() not in ("gzip", "x-gzip", "deflate"):
        return False  # (brotli and zstd are read whole or not at all)
    # "deflate" is zlib-wrapped by the standard, raw deflate from many servers (both are read)
    for wbits in (16 + zlib.MAX_WBITS,) if "gzip" in encoding else (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        inflater = zlib.decompressobj(wbits)
        try:
            inflater.decompress(body)
        except zlib.error:
            continue
        return not inflater.eof
    return True


#: ``response.meta`` key: why the page's meta refresh was not followed (the guard refused its target)
REFRESH_REFUSED = "kimwatch_refresh_refused"


class GuardedMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta refresh, except to where the internal-address guard refuses to go.

    Scrapy replaces a page by the request its ``<meta http-equiv="refresh">`` leads to; when the
    guard (spiders/safety.py) then refuses that request, the page is lost without a word — an
    article with its full text and a refresh to ``http://127.0.0.1:8099/`` vanished from its
    channel. The target is judged here first, as the guard would judge it at that hop: when it is
    refused, the page itself goes on to the spider, with the reason in
    ``meta[REFRESH_REFUSED]`` (the website spider says so in the channel's note). A channel's
    first page is left to the guard as before: its channel is then ``refused``.
    """

    def __init__(self, settings: Any, crawler: Any = None) -> None:
        super().__init__(settings)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> GuardedMetaRefreshMiddleware:
        if not crawler.settings.getbool("METAREFRESH_ENABLED"):
            raise NotConfigured
        return cls(crawler.settings, crawler)

    async def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:  # type: ignore[override]
        first_page = int(request.meta.get("page", 1)) == 1 and request.meta.get("step") in (None, "home")
        guard = None if first_page else self._guard()
        if guard is not None and isinstance(response, HtmlResponse) and not request.meta.get("dont_redirect") \
                and request.method != "HEAD":
            interval, url = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            if url and interval is not None and interval < self._maxdelay:
                hop = request.replace(url=url, meta={**request.meta, "redirect_urls": [
                    *request.meta.get("redirect_urls", []), request.url]})
                refused, _ = await guard.verdict(hop)
                if refused:
                    request.meta[REFRESH_REFUSED] = refused
                    return response
        return super().process_response(request, response)

    def _build_redirect_request(self, *args: Any, url: str, **kwargs: Any) -> Request:
        # a refresh to ``http://user:pass@host/``: the user part is dropped, never sent on (as
        # for a redirect's Location, spiders/safety.py). Scrapy's own helper, whose positional
        # arguments differ between versions (2.11: the request; later: the request and response)
        return super()._build_redirect_request(*args, url=without_credentials(url), **kwargs)

    def _guard(self) -> Any:
        from spiders.safety import InternalAddressMiddleware

        engine = getattr(self.crawler, "engine", None)
        chain = getattr(getattr(getattr(engine, "downloader", None), "middleware", None), "middlewares", ())
        return next((m for m in chain if isinstance(m, InternalAddressMiddleware)), None)


class CookieCheckMiddleware:
    """Downloader middleware: a firewall's cookie check is passed, as a browser passes it.

    Some firewalls answer every request with a redirect *to the same URL* that sets a cookie,
    until the cookie comes back: without cookies (kimwatch keeps Scrapy's cookie middleware off,
    a cost on every request) the channel failed ``redirect-loop``. Here such an answer is
    retried once with the cookies it set, and later requests to that host (the same host and
    port, never another) carry them too, for this crawl only: the cookies are kept in memory,
    never in the store or the logs. Only hosts that ran such a check get cookies at all.
    """

    #: same-URL redirects with Set-Cookie retried per request before the redirect is left to fail
    MAX_CHECKS = 2

    def __init__(self) -> None:
        self.jar: dict[str, dict[str, str]] = {}  # host:port -> cookie name -> value

    def process_request(self, request: Request, spider: Any = None) -> None:
        cookies = self.jar.get(_host_key(request.url))
        if cookies and b"Cookie" not in request.headers:
            request.headers[b"Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())

    def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:
        if response.status not in (301, 302, 303, 307, 308) or b"Set-Cookie" not in response.headers:
            return response
        location = response.headers.get(b"Location")
        if not location:
            return response
        target = urljoin(request.url, location.decode("latin-1").strip())
        if urldefrag(target)[0] != urldefrag(request.url)[0]:
            return response
        checks = int(request.meta.get("cookie_checks", 0))
        if checks >= self.MAX_CHECKS:
            return response
        key = _host_key(request.url)
        cookies = self.jar.setdefault(key, {})
        for header in response.headers.getlist(b"Set-Cookie"):
            pair = header.decode("latin-1").split(";", 1)[0]
            name, sep, value = pair.partition("=")
            if sep and name.strip():
                cookies[name.strip()] = value.strip()
        if not cookies:
            return response
        headers = request.headers.copy()
        headers[b"Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        return request.replace(headers=headers, dont_filter=True, meta={**request.meta, "cookie_checks": checks + 1})


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or ''}"
