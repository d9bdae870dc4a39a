"""The base of every channel spider: channels from the store, conditional GET, health, paging.

A channel spider gets its channels (rows of the ``channels`` table) from the crawl runner,
requests each channel's first page with ``If-None-Match``/``If-Modified-Since`` from the row,
and hands each response to :meth:`ChannelSpider.parse_page`, which yields items and, through
:meth:`ChannelSpider.next_page`, further pages. The base records the channel's health after
the first page (success, 304, HTTP error, DNS/timeout/connection error, robots.txt, parse
error) through :class:`crawler.harvest.context.CrawlContext`, follows pagination to
``FIRST_CRAWL_PAGES`` on a channel's first crawl and stops at the first page holding a known
item on later crawls (at most ``LATER_CRAWL_PAGES``).

Subclasses set ``name``, ``channel_types``, ``platform`` and implement ``parse_page``; they
may override ``start_url`` (e.g. YouTube channel page → videos.xml) and ``handles``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import store
from crawler.harvest.context import CrawlContext
from crawler.harvest.parked import PARKED_HELP, parked_response
from crawler.harvest.politeness import HOST_PAUSED, REFUSED_STATUSES
from crawler.items import ContentItem, stored_id
from crawler.urls import strip_session

log = logging.getLogger(__name__)


def _published(response: Response, error: BaseException) -> str:
    """``error`` as channel health says it; for an answer from an internal address, without
    what was read from it (:attr:`ChannelError.unquoted`, no exception's text): channel health is
    published, and only the server's network can see that page (spiders/safety.py). The whole
    message goes to the log, which is not."""
    from spiders.safety import INTERNAL_ANSWER

    internal = bool(response.meta.get(INTERNAL_ANSWER))
    whole = str(error) if isinstance(error, ChannelError) else f"{type(error).__name__}: {error}"
    if not internal or (isinstance(error, ChannelError) and error.unquoted is None):
        return whole
    log.info("%s (an internal answer: in this log only, not in channel health)", whole)
    shown = error.unquoted if isinstance(error, ChannelError) else type(error).__name__
    return f"{shown} (what an internal address answered is not repeated here)"


class ChannelError(Exception):
    """Raised by ``parse_page`` when a fetched page is not what the channel type promises.

    A message that repeats something of the answer (a page's title, a parser's message about
    its text) comes with ``unquoted``, the same without it: used when the answer came from an
    internal address."""

    def __init__(self, status: str, message: str, unquoted: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.unquoted = unquoted



#: Article pages fetched per channel and crawl (a website's, an excerpt-only feed's), unless the
#: channel's ``max_articles`` says otherwise: on its first crawl, and on later ones.
FIRST_CRAWL_ARTICLES = 60
LATER_CRAWL_ARTICLES = 30


def article_budget(options: Mapping[str, Any], first_crawl: bool) -> int:
    """How many article pages a channel with these ``options`` may fetch in this crawl."""
    return int(options.get("max_articles") or (FIRST_CRAWL_ARTICLES if first_crawl else LATER_CRAWL_ARTICLES))


def json_dict(value: Any) -> dict[str, Any]:
    """A channel's ``state`` or ``options`` column (JSON text, a dict, or empty) as a dict."""
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, str) and value.strip():
        try:
            loaded = json.loads(value)
        except ValueError:
            return {}
        return dict(loaded) if isinstance(loaded, dict) else {}
    return {}

@dataclass
class ChannelRun:
    """One channel during this run: its row, pending requests, what paging learned."""

    channel: dict[str, Any]
    first_crawl: bool
    max_pages: int
    pending: int = 0
    pages: int = 0
    items: int = 0
    state: dict[str, Any] = field(default_factory=dict)
    warning: str | None = None
    seen: set[str] = field(default_factory=set)  # item ids met on earlier pages of this run
    defer_record: bool = False  # set by parse_page when page 1 only led to the real first page
    paging_cut: str | None = None  # the next page not read because paging reached max_pages


def cap_name(options: Mapping[str, Any], first_crawl: bool) -> str:
    """The setting that capped a channel's pages: ``max_pages`` when the registry gives one,
    else ``FIRST_CRAWL_PAGES`` or ``LATER_CRAWL_PAGES``."""
    return "max_pages" if options.get("max_pages") else "FIRST_CRAWL_PAGES" if first_crawl else "LATER_CRAWL_PAGES"


def paging_cut_note(what: str, root: str, pages: int, cap: str, following: str, others: int = 0) -> str:
    """The note of a listing or feed still paging on at the page cap: "listing … paging cut at
    5 page(s) (FIRST_CRAWL_PAGES): its next page … and those after it not read"."""
    more = f" (and {others} other {what}(s))" if others else ""
    return (f"{what} {root} paging cut at {pages} page(s) ({cap}){more}: its next page {following} and those after "
            "it not read")


#: titles of the "prove you are a browser" pages of bot walls (Cloudflare, DDoS-Guard, Sucuri, …)
_CHALLENGE_TITLE = re.compile(
    r"^\s*(just a moment|attention required|please wait\b.*cloudflare|checking your browser|ddos-guard"
    r"|sucuri website firewall|access denied\s*\|.*cloudflare|verifying you are human|human verification"
    r"|one more step|security check)", re.IGNORECASE)


def bot_challenge(response: Any) -> str | None:
    """Why ``response`` is a bot wall's challenge page rather than the site, or None.

    Such a page answers 200 (or 403/503) with a script a browser must run; a crawler reading
    it finds no posts and would call the channel healthy. Small pages only: a real page that
    merely mentions these words is not a challenge.
    """
    headers = getattr(response, "headers", None) or {}
    mitigated = b"challenge" in (headers.get(b"cf-mitigated") or b"").lower()
    body = getattr(response, "body", b"") or b""
    if len(body) > 64 * 1024 and not mitigated:
        return None
    match = re.search(rb"<title[^>]*>([^<]{1,200})</title>", body[:64 * 1024], re.IGNORECASE)
    title = match.group(1).decode("utf-8", "replace") if match else ""
    server = (headers.get(b"Server") or b"").decode("latin-1").lower()
    if mitigated or _CHALLENGE_TITLE.search(title) or (
            "cloudflare" in server and b"challenge-platform" in body and int(getattr(response, "status", 200)) in (403, 503)):
        who = "Cloudflare" if mitigated or "cloudflare" in server or b"cloudflare" in body.lower() else "a bot wall"
        return f"{who} challenge page ({title.strip() or 'no title'})"
    return None


BLOCKED_HELP = ("the site shows a 'prove you are a browser' page to crawlers, so kimwatch cannot read it; "
                "ask the site's owner to allow the kimwatch user agent, or register the channel's feed or a bridge feed (via:)")


def failure_kind(failure: Failure) -> tuple[str, str]:
    """``(status, message)`` for channel health from a request failure.

    Through a proxy, network errors name it: when the proxy itself is down, every channel
    fails alike, and the message must not send the operator after the sites.
    """
    status, message = _failure_kind(failure)
    request = getattr(failure, "request", None)
    proxy = request.meta.get("proxy") if request is not None else None
    if proxy and status in ("connection", "dns"):
        message += f" (through the proxy {proxy}; check that it is up, or the proxy variables)"
    elif proxy and status == "timeout":  # a slow site as often as a slow proxy: no blame
        message += f" (through the proxy {proxy})"
    elif proxy and status == "407":
        message += (f" (the proxy {proxy} wants credentials: give them in the proxy variable, "
                    "http_proxy=http://USER:PASSWORD@HOST:PORT)")
    return status, message


def _failure_kind(failure: Failure) -> tuple[str, str]:
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadCancelledError,
        DownloadConnectionRefusedError,
        DownloadTimeoutError,
        IgnoreRequest,
    )
    from twisted.internet.error import (
        ConnectError,
        ConnectionLost,
        ConnectionRefusedError,
        DNSLookupError,
        TCPTimedOutError,
        TimeoutError,
    )

    value = failure.value
    if failure.check(HttpError):
        response = value.response
        challenge = bot_challenge(response)
        if challenge:
            return "blocked", f"{challenge} at {response.url}: {BLOCKED_HELP}"
        reason = getattr(response, "reason", "") or ""
        try:
            from http import HTTPStatus

            reason = reason or HTTPStatus(response.status).phrase
        except ValueError:
            pass
        message = f"HTTP {response.status} {reason}".strip() + f" at {response.url}"
        if response.status in (429, 503):  # said when to come back: the channel's health keeps it
            message += _retry_after_note(response)
        proxy = (getattr(response, "meta", None) or {}).get("proxy") if response.request else None
        if proxy and response.status in (502, 503, 504):
            if _answered_by_proxy(response):
                message += (f" (answered by the proxy {proxy}: it could not reach the site — unknown host, "
                            "site down or blocked by the proxy)")
            else:  # the site (or a bridge) itself is down: the proxy only carried its answer
                message += f" (through the proxy {proxy})"
        return str(response.status), message
    if failure.check(DNSLookupError, CannotResolveHostError):
        text = str(value)
        return "dns", text if text.lower().startswith("dns lookup failed") else f"DNS lookup failed: {text}"
    if failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return "timeout", f"timed out: {value}"
    if failure.check(ConnectionRefusedError, ConnectError, DownloadConnectionRefusedError):
        return "connection", f"connection failed: {value}"
    if failure.check(DownloadCancelledError):
        text = str(value).strip()
        return "too-large", (f"download cancelled: {text}" if text else
                             "download cancelled: the answer grew past the maximum size (DOWNLOAD_MAXSIZE) "
                             "or never ended")
    from spiders.politeness import RateLimited

    if failure.check(RateLimited):  # not sent: its own refusal, or its host paused after another's
        return ("rate-limited" if getattr(value, "reached", True) else HOST_PAUSED), str(value)
    if failure.check(IgnoreRequest):
        text = str(value)
        if "DOWNLOAD_MAXSIZE" in text:  # e.g. a gzip bomb, stopped while decompressing
            return "too-large", f"response larger than the maximum size (DOWNLOAD_MAXSIZE): {text}"
        if "robots.txt" in text:
            return "robots", "forbidden by robots.txt"
        if "an internal address" in text or "DNS-rebinding" in text:
            return "refused", text
        if "redirect" in text:
            return _redirects(failure, text)
        return "ignored", text or "request ignored"
    text = str(value)
    name = type(value).__name__
    from crawler.harvest import certificates

    if (reason := certificates.refusal_reason(value)) is not None:
        request = getattr(failure, "request", None)
        host = urlsplit(request.url).hostname if request is not None else None
        return "tls", certificates.refusal_message(host or "the site", reason)
    if name == "TunnelError":
        return "proxy", (f"the proxy refused to tunnel HTTPS (CONNECT) to {getattr(getattr(failure, 'request', None), 'url', 'the site')}: "
                         f"{text}; set https_proxy to a proxy that allows CONNECT, or register the "
                         "http:// URL if the site serves one")
    if "max size" in text.lower() or "maxsize" in text.lower():
        return "too-large", f"response larger than the maximum size: {text}"
    if failure.check(ConnectionLost):
        return "connection", f"connection lost: {text}"
    if name in ("DownloadFailedError", "ResponseNeverReceived") and (
            "ConnectionDone" in text or "ConnectionLost" in text or "ConnectionAborted" in text):
        # Twisted's "[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: …>]"
        cause = type(getattr(value, "__cause__", None)).__name__
        if name == "ResponseNeverReceived" or cause == "ResponseNeverReceived":
            return "connection", "the server closed the connection without answering"
        return "incomplete", "the server closed the connection before the whole answer arrived"
    if name in ("ResponseDataLossError", "ResponseFailed", "PotentialDataLoss", "_DataLoss"):
        return "incomplete", ("the server closed the connection before the whole answer arrived"
                              + (f" ({text})" if text.strip() else ""))
    if "timeout" in name.lower() or "timed out" in text.lower():
        return "timeout", f"timed out: {text}"
    return "error", f"{name}: {text}"


def _answered_by_proxy(response: Any) -> bool:
    """Whether a 5xx came from the proxy itself (Squid, tinyproxy, …), not from the site."""
    headers = getattr(response, "headers", None) or {}
    if headers.get(b"X-Squid-Error") or headers.get(b"Proxy-Status"):
        return True
    server = (headers.get(b"Server") or b"").decode("latin-1").lower()
    if any(name in server for name in ("squid", "tinyproxy", "privoxy", "proxy")):
        return True
    body = (getattr(response, "body", b"") or b"")[:4096].lower()
    if b"proxy" in body or b"squid" in body:
        return True
    # an https site answers inside a CONNECT tunnel: what comes back is the site's own answer;
    # over plain http, a 502/504 is the proxy failing to reach the site
    return not str(getattr(response, "url", "")).startswith("https://") and int(response.status) in (502, 504)


#: how long such a channel waits at most for the others of its host
REFUSED_WAIT_SECONDS = 120.0


def _host(spider: Any, channel: Mapping[str, Any]) -> str:
    """The host ``spider`` asks first for ``channel`` ("" when its URL cannot be requested)."""
    from urllib.parse import urlsplit

    try:
        return (urlsplit(spider.start_url(channel)).hostname or "").lower()
    except ValueError:
        return ""


class ChannelSpider(scrapy.Spider):
    """Base class of channel spiders (not a spider on its own).

    Domain: any channel type; subclasses say which.
    Caveats: a channel counts as fetched when its first page was; later pages that fail end
    the paging quietly.
    """

    name = ""  # no name: Scrapy's spider loader does not list the abstract base
    #: channel types this spider crawls; None for the abstract base
    channel_types: tuple[str, ...] | None = None
    #: ``platform`` of the posts it yields (None: the channel type)
    platform: str | None = None

    def __init__(self, *args: Any, context: CrawlContext | None = None,
                 channels: Iterable[Mapping[str, Any]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if context is None:
            raise ValueError(f"spider {self.name!r} runs through crawler.harvest.runner.run_crawl "
                             "(`kimwatch crawl --type ...`), which gives it its channels")
        self.context = context
        self.channels = [dict(c) for c in channels]
        self.runs: dict[str, ChannelRun] = {}
        self.known: dict[str, str | None] = {}  # stored item id -> content_hash, for these channels
        self.stocked: set[str] = set()  # those of these channels that have something stored

    @classmethod
    def handles(cls, channel: Mapping[str, Any]) -> bool:
        """Whether this spider crawls ``channel`` (a bridged channel with ``via`` is the feed spider's)."""
        return bool(cls.channel_types) and channel["type"] in (cls.channel_types or ()) and not channel.get("via")

    # ------------------------------------------------------------------ start

    def load_known(self) -> None:
        """Ids and hashes of what the store already holds for these channels."""
        db = self.context.db
        ids = [c["id"] for c in self.channels]
        for table in ("posts", "announcements"):
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for item_id, content_hash, channel_id in db.execute(
                        f"SELECT id, content_hash, channel_id FROM {table} WHERE channel_id IN ({marks})", chunk):
                    self.known[item_id] = content_hash
                    self.stocked.add(channel_id)

    async def start(self) -> AsyncIterator[Any]:
        self.load_known()
        settings = self.crawler.settings
        # a channel refused (429/503) last time is asked once the others of its host are done:
        # its refusal pauses the host for the run, which cut their older pages short every run
        refused = [c for c in self.channels if c.get("last_status") in REFUSED_STATUSES]
        if len(refused) == len(self.channels):
            refused = []  # every channel refused last time: none to wait for
        later = {id(c) for c in refused}
        for channel in [c for c in self.channels if id(c) not in later] + refused:
            if id(channel) in later:
                await self._others_of_its_host_done(channel)
            # a first crawl until the channel has given something: one answered and then stopped
            # (SIGTERM, a timeout) before it stored anything still reads its history in full
            first = not channel.get("last_success_at") or channel["id"] not in self.stocked
            run = ChannelRun(channel, first,
                             settings.getint("FIRST_CRAWL_PAGES" if first else "LATER_CRAWL_PAGES"))
            options = channel.get("options")
            if isinstance(options, str) and options:
                import json

                try:
                    options = json.loads(options)
                except ValueError:
                    options = None
            if isinstance(options, dict) and options.get("max_pages"):
                run.max_pages = int(options["max_pages"])
            self.runs[channel["id"]] = run
            self.context.outcome(channel)
            try:
                request = self.first_request(run)
            except ValueError as error:  # e.g. a URL Scrapy cannot request: this channel only
                self.context.record_fetch(channel, ok=False, status="bad-url", error=f"cannot request it: {error}")
                self.context.channel_finished(channel)
                continue
            run.pending += 1
            yield request

    async def _others_of_its_host_done(self, channel: Mapping[str, Any]) -> None:
        """Wait (at most ``REFUSED_WAIT_SECONDS``, or until the crawl stops) until every channel
        of this spider on ``channel``'s host that is not waiting too has no request left."""
        import time

        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor, task

        host = _host(self, channel)
        others = [run for run in self.runs.values()
                  if run.channel.get("last_status") not in REFUSED_STATUSES and _host(self, run.channel) == host]
        until = time.monotonic() + REFUSED_WAIT_SECONDS
        while (any(run.pending > 0 for run in others) and not self.context.stopping
               and time.monotonic() < until):
            await maybe_deferred_to_future(task.deferLater(reactor, 0.1, lambda: None))

    def start_url(self, channel: Mapping[str, Any]) -> str:
        """The URL fetched first for ``channel`` (the bridge feed when it has ``via``)."""
        return str(channel.get("via") or channel["url"])

    def first_request(self, run: ChannelRun) -> scrapy.Request:
        channel = run.channel
        headers = {}
        if channel.get("etag"):
            headers["If-None-Match"] = channel["etag"]
        if channel.get("last_modified"):
            headers["If-Modified-Since"] = channel["last_modified"]
        return scrapy.Request(
            self.start_url(channel), callback=self._on_response, errback=self._on_error,
            headers=headers, dont_filter=True,
            meta={"channel_id": channel["id"], "page": 1, "handle_httpstatus_list": [304]},
        )

    # ------------------------------------------------------------------ paging

    def next_page(self, response: Response, url: str | None, item_ids: Iterable[str],
                  **meta: Any) -> scrapy.Request | None:
        """A request for the next page, when paging should go on (or None).

        First crawl: up to ``max_pages``. Later crawls: only while the page held no known
        item, and up to ``max_pages``.
        """
        run = self.runs[response.meta["channel_id"]]
        page = int(response.meta.get("page", 1))
        if not url:
            return None
        item_ids = list(item_ids)
        if not item_ids or all(i in run.seen for i in item_ids):
            return None  # an empty page, or a server ignoring the page parameter
        run.seen.update(item_ids)
        if not run.first_crawl and any(i in self.known for i in item_ids):
            return None
        if page >= run.max_pages:
            # never silent: paging would go on (a next page, new items) but the cap stops it
            run.paging_cut = run.paging_cut or response.urljoin(url)
            return None
        return response.follow(url, callback=self._on_response, errback=self._on_error,
                               meta={"channel_id": run.channel["id"], "page": page + 1, **meta})

    # ------------------------------------------------------------------ items

    def item(self, channel: Mapping[str, Any], guid: str, **fields: Any) -> ContentItem:
        """A :class:`ContentItem` of ``channel`` with the owner fields filled in.

        Session ids are taken out of a URL ``guid`` and ``url`` (else every visit is a new post).
        """
        guid = strip_session(guid)
        if isinstance(fields.get("url"), str):
            fields["url"] = strip_session(fields["url"])
        item = ContentItem(
            channel_id=channel["id"], owner_kind=channel["owner_kind"], owner_id=channel["owner_id"],
            platform=self.platform_of(channel), guid=guid,
        )
        item["id"] = stored_id(channel["owner_kind"], channel["id"], guid)
        for key, value in fields.items():
            if value is not None:
                item[key] = value
        return item

    def entry_item(self, run: ChannelRun, guid: str, **fields: Any) -> ContentItem:
        """An item read from a feed entry, whether a ``feed`` channel or a ``website`` channel read
        the feed (its door, or found by discovery), and whether the item is the entry itself or
        the article page or release PDF it leads to. It carries the channel's ``first_crawl``:
        an undated entry new after the channel's first crawl appeared since the crawl before, so
        the dedupe step dates it when first seen (pipelines/dedupe.py); on a first crawl it may
        be years old and stays undated."""
        item = self.item(run.channel, guid, **fields)
        item["first_crawl"] = run.first_crawl
        return item

    def platform_of(self, channel: Mapping[str, Any]) -> str:
        if channel.get("via") or channel["type"] in ("facebook", "instagram", "tiktok", "x", "whatsapp"):
            return str(channel["type"])
        return self.platform or ("website" if channel["type"] in ("feed", "website") else str(channel["type"]))

    def parse_page(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        """Yield items and further requests (via :meth:`next_page`) from one page."""
        raise NotImplementedError

    def unchanged(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        """Requests to send when the channel's first page answered 304 Not Modified (none here:
        an unchanged channel is done; a spider with work of its own left, such as Telegram's
        history still to read, yields it)."""
        return iter(())

    # ------------------------------------------------------------------ callbacks

    def _on_response(self, response: Response) -> Iterator[Any]:
        run = self.runs[response.meta["channel_id"]]
        page = int(response.meta.get("page", 1))
        try:
            if page == 1 and response.status == 304:
                self.context.record_fetch(run.channel, ok=True, status="304")
                for output in self.unchanged(response, run):
                    run.pending += 1
                    yield output
                return
            run.pages += 1
            challenge = bot_challenge(response) if page == 1 else None
            if challenge:
                self.context.record_fetch(run.channel, ok=False, status="blocked",
                                          error=f"{challenge} at {response.url}: {BLOCKED_HELP}")
                return
            parked = parked_response(response) if page == 1 else None
            if parked:  # an expired domain's lander: unreachable, not silent; nothing stored from it
                self.context.record_fetch(run.channel, ok=False, status="parked",
                                          error=f"{parked} at {response.url}: {PARKED_HELP}")
                return
            outputs = []
            try:
                outputs = self.capped(self.parse_page(response, run), run)
            except ChannelError as error:
                if page == 1:
                    self.context.record_fetch(run.channel, ok=False, status=error.status,
                                              error=_published(response, error))
                else:
                    log.info("channel %s page %s: %s", run.channel["id"], page, error)
                return
            except Exception as error:  # a parser bug costs this channel only
                log.exception("channel %s: cannot parse %s", run.channel["id"], response.url)
                if page == 1:
                    self.context.record_fetch(run.channel, ok=False, status="parse-error",
                                              error=_published(response, error))
                return
            n_items = sum(1 for o in outputs if isinstance(o, ContentItem))
            run.items += n_items
            if page == 1 and run.defer_record:
                run.defer_record = False
            elif page == 1:
                state = dict(run.state)
                if response.meta.get("redirect_urls"):
                    state["final_url"] = response.url
                self.context.record_fetch(
                    run.channel, ok=True, status=str(response.status), error=run.warning,
                    etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
                    state=state or None)
            outcome = self.context.outcome(run.channel)
            outcome.items_found += n_items
            outcome.pages = run.pages
            for output in outputs:
                if isinstance(output, scrapy.Request):
                    run.pending += 1
                yield output
        finally:
            self._done(run)

    def capped(self, outputs: Iterable[Any], run: ChannelRun) -> list[Any]:
        """What ``parse_page`` gave, with at most ``MAX_ITEMS_PER_FETCH`` items and as many requests.

        A feed of 100,000 entries must not fill the store, nor a listing of 100,000 links
        queue as many article requests: the first ones are kept (feeds and listings put the
        newest first), the rest are counted in channel health, and paging stops there.
        """
        cap = self.crawler.settings.getint("MAX_ITEMS_PER_FETCH", 1000)
        kept: list[Any] = []
        items = requests = cut_items = cut_requests = 0
        for output in outputs:
            if isinstance(output, ContentItem):
                items += 1
                if 0 < cap < items:
                    cut_items += 1
                    continue
            elif isinstance(output, scrapy.Request):
                requests += 1
                if cut_items or 0 < cap < requests:
                    cut_requests += 1
                    continue
            kept.append(output)
        if cut_items or cut_requests:
            self.context.count_cut(run.channel["id"], "items over MAX_ITEMS_PER_FETCH", cut_items)
            self.context.count_cut(run.channel["id"], "links not followed over MAX_ITEMS_PER_FETCH", cut_requests)
            log.warning("channel %s: one fetch gave %s items and %s requests; kept %s of each (MAX_ITEMS_PER_FETCH)",
                        run.channel["id"], items, requests, cap)
        return kept

    def _on_error(self, failure: Failure) -> None:
        from crawler.harvest.context import StopRequested

        request = failure.request  # type: ignore[attr-defined]
        run = self.runs[request.meta["channel_id"]]
        page = int(request.meta.get("page", 1))
        if failure.check(StopRequested):  # the crawl is stopping: not the channel's fault
            self._done(run)
            return
        try:
            status, message = failure_kind(failure)
            if page == 1:
                self.context.record_fetch(run.channel, ok=False, status=status, error=message)
            else:
                log.info("channel %s: page %s ends paging: %s", run.channel["id"], page, message)
        finally:
            self._done(run)

    def note(self, run: ChannelRun, message: str) -> None:
        """A warning on the channel's health after its first page was recorded (the site answered,
        but something of the crawl needs saying): the channel's note and this run's fetch row."""
        outcome = self.context.outcome(run.channel)
        with store.transaction(self.context.db):
            self.context.db.execute("UPDATE channels SET last_error = ? WHERE id = ?", [message, run.channel["id"]])
            outcome.error = "; ".join(m for m in (outcome.error, message) if m)
            if outcome.fetch_id:
                self.context.db.execute("UPDATE channel_fetches SET error = ? WHERE id = ?",
                                        [message, outcome.fetch_id])
        log.warning("channel %s: %s", run.channel["id"], message)

    def _done(self, run: ChannelRun) -> None:
        run.pending -= 1
        if run.pending <= 0:
            self.context.channel_finished(run.channel)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class StopGateMiddleware:
    """Downloader middleware: once the crawl is stopping, no request goes on to its host's queue.

    Requests waiting for their host's politeness slot count as in flight for Scrapy, so a
    clean stop would otherwise wait for every queued request of slow, busy hosts
    (t.me, youtube.com): minutes. The runner drops the queued ones when the signal comes
    (:func:`crawler.harvest.runner.drop_waiting_requests`); this refuses those that reach the
    downloader afterwards (pagination of an answer received, shortened links, requests that
    were waiting for robots.txt).
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> StopGateMiddleware:
        return cls(crawler)

    def process_request(self, request: scrapy.Request, spider: Any = None) -> None:
        context = getattr(getattr(self.crawler, "spider", None), "context", None)
        if context is not None and context.stopping:
            from crawler.harvest.context import StopRequested

            raise StopRequested(f"not sent: the crawl is stopping ({request.url})")


def _redirects(failure: Failure, text: str) -> tuple[str, str]:
    """A request that ran out of redirects: a loop (an address came back), or a chain of
    different addresses longer than ``REDIRECT_MAX_TIMES``, which is no loop."""
    request = getattr(failure, "request", None)
    chain = [*(request.meta.get("redirect_urls") or []), request.url] if request is not None else []
    if len(chain) > 1 and len(set(chain)) == len(chain):
        return "redirect-chain", (f"redirect chain longer than {len(chain) - 1} (REDIRECT_MAX_TIMES), no loop: "
                                  f"{chain[0]} → … → {chain[-1]}; register where it ends")
    if chain:
        return "redirect-loop", f"too many redirects, a loop: {' → '.join(chain[-3:])} ({text})"
    return "redirect-loop", f"too many redirects, a loop or a chain longer than REDIRECT_MAX_TIMES ({text})"


def _retry_after_note(response: Response) -> str:
    """`` (HOST answered 429 with Retry-After 120 s)`` for an answer with ``Retry-After``, else ``""``."""
    from urllib.parse import urlsplit

    from crawler.harvest.politeness import refusal_text
    from spiders.politeness import retry_after_seconds

    wait = retry_after_seconds(response.headers.get(b"Retry-After"))
    if wait is None:
        return ""
    from crawler.settings import BACKOFF_MAX_HOURS  # (the default: the setting is not at hand here)

    return f" ({refusal_text(urlsplit(response.url).hostname or '', response.status, wait, BACKOFF_MAX_HOURS)})"
