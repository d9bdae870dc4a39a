"""YouTube spider: a channel's uploads from its public ``feeds/videos.xml``.

Domain: ``youtube`` channels given as ``/channel/UC…`` (with or without a tab such as
``/videos``), ``/user/NAME``, ``/c/NAME``, ``/@handle``, a legacy ``youtube.com/NAME``, or a
``feeds/videos.xml?channel_id=…`` URL, on www, bare or ``m.youtube.com``. ``/channel/UC…``
goes straight to ``videos.xml?channel_id=``. ``/user/NAME`` first tries
``videos.xml?user=NAME``, which YouTube serves only for some legacy usernames; when that
answers 400/404/410 or is not a feed, the channel page is fetched once. ``/@handle``, ``/c/``
and ``/NAME`` pages are fetched at once. On the page the channel id is found (RSS
``<link rel="alternate">``, canonical link, ``og:url``, ``itemprop`` ``identifier``/``channelId``,
the page JSON's ``rssUrl`` or ``externalId``, and only last a bare ``"channelId"``), and the
``videos.xml?channel_id=`` URL is remembered in the channel's state (``feed_url``), so later
crawls fetch only the feed.
Caveats: the feed lists the latest 15 videos and has no pagination; each video becomes a
post with its title and description (plain text; links in it are extracted). A video URL
(``watch?v=``, ``youtu.be/``, ``/shorts/``, ``/embed/``, ``/live/``) registered as a channel is
refused as "a video, not a channel" without a fetch; a ``watch?…&list=`` URL is read as that
playlist's feed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy import Request
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from spiders.base import ChannelError, ChannelRun, ChannelSpider, json_dict
from spiders.feed import entry_published, parse_feed

_CHANNEL_ID = re.compile(r"(UC[0-9A-Za-z_-]{20,24})")


def videos_feed_url(url: str) -> str | None:
    """The ``videos.xml`` URL of a YouTube channel URL, when it can be known without fetching."""
    parts = urlsplit(url)
    if parts.path.rstrip("/").endswith("/feeds/videos.xml"):
        return url
    segments = [s for s in parts.path.split("/") if s]
    query: dict[str, str] = {}
    if len(segments) >= 2 and segments[0] == "channel":
        query["channel_id"] = segments[1]
    elif len(segments) >= 2 and segments[0] == "user":
        query["user"] = segments[1]
    elif "list" in dict(parse_qsl(parts.query)):
        query["playlist_id"] = dict(parse_qsl(parts.query))["list"]
    else:
        return None
    return urlunsplit((parts.scheme, feed_host(parts.netloc), "/feeds/videos.xml", urlencode(query), ""))


#: first path segments of youtube.com that are not a legacy ``youtube.com/NAME`` channel
_NOT_A_CHANNEL = frozenset({
    "watch", "feeds", "playlist", "results", "shorts", "embed", "live", "v", "feed", "redirect",
    "account", "premium", "gaming", "music", "hashtag", "about", "t", "signin", "logout", "s", "sw.js",
    "favicon.ico", "robots.txt", "attribution_link", "channel", "user", "c"})


def is_youtube_host(netloc: str) -> bool:
    host = netloc.lower().split(":")[0]
    return host in ("youtube.com", "youtu.be") or host.endswith(".youtube.com")


def video_not_channel(url: str) -> str | None:
    """The video id when ``url`` is a single YouTube video rather than a channel (or None).

    ``watch?v=…&list=…`` is not one: it is read as the playlist's feed.
    """
    parts = urlsplit(url)
    if not is_youtube_host(parts.netloc):
        return None
    segments = [s for s in parts.path.split("/") if s]
    query = dict(parse_qsl(parts.query))
    if parts.netloc.lower().split(":")[0] == "youtu.be":
        return segments[0] if segments else None
    if segments == ["watch"] and "list" not in query:
        return query.get("v") or ""
    if len(segments) >= 2 and segments[0] in ("shorts", "embed", "live", "v"):
        return segments[1]
    return None


def channel_page_url(url: str) -> str | None:
    """The channel's page on www: ``/user/NAME``, ``/c/NAME``, ``/@handle``, ``/channel/UC…`` or
    ``/NAME`` without a tab (``/videos``, ``/featured``), query or fragment; None for other URLs."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if not segments or parts.path.rstrip("/").endswith("/feeds/videos.xml"):
        return None
    if segments[0].startswith("@"):
        path = "/" + segments[0]
    elif len(segments) >= 2 and segments[0] in ("user", "c", "channel"):
        path = f"/{segments[0]}/{segments[1]}"
    elif segments[0] not in _NOT_A_CHANNEL and is_youtube_host(parts.netloc):
        path = "/" + segments[0]
    else:
        return None
    return urlunsplit((parts.scheme, feed_host(parts.netloc), path, "", ""))


def feed_host(netloc: str) -> str:
    """``www.youtube.com`` for ``youtube.com``, ``m.youtube.com``, ``music.youtube.com``: only
    www serves ``feeds/videos.xml`` (the others redirect or answer with an app page)."""
    host = netloc.lower()
    return "www.youtube.com" if host == "youtube.com" or host.endswith(".youtube.com") else netloc


def discover_feed(response: Response) -> str | None:
    """The videos.xml URL announced by a channel page."""
    href = response.css('link[rel="alternate"][type="application/rss+xml"]::attr(href)').get()
    if href:
        return response.urljoin(href)
    # the page's own id: canonical link, og:url, meta, then the page JSON's "externalId"; a bare
    # "channelId" comes last, as the JSON also names featured and recommended channels by it
    own = " ".join(response.css('link[rel="canonical"]::attr(href), meta[property="og:url"]::attr(content), '
                                'meta[itemprop="identifier"]::attr(content), '
                                'meta[itemprop="channelId"]::attr(content)').getall())
    match = re.search(r"/channel/(UC[0-9A-Za-z_-]{20,24})", own) or _CHANNEL_ID.search(own) \
        or re.search(r'"rssUrl":"[^"]*channel_id=(UC[0-9A-Za-z_-]{20,24})"', response.text) \
        or re.search(r'"externalId":"(UC[0-9A-Za-z_-]{20,24})"', response.text) \
        or re.search(r'"channelId":"(UC[0-9A-Za-z_-]{20,24})"', response.text)
    if match:
        parts = urlsplit(response.url)
        return urlunsplit((parts.scheme, feed_host(parts.netloc), "/feeds/videos.xml",
                           urlencode({"channel_id": match.group(1)}), ""))
    return None


#: where YouTube sends a visitor it asks to accept cookies first (EU addresses, some proxies)
CONSENT_HOSTS = ("consent.youtube.com", "consent.google.com")


class YoutubeSpider(ChannelSpider):
    """YouTube channel uploads.

    Domain: youtube channels.
    Caveats: latest 15 videos only (YouTube's feed); title and description, no transcript.
    """

    name = "youtube"
    channel_types = ("youtube",)
    platform = "youtube"

    def start_url(self, channel: Mapping[str, Any]) -> str:
        known = json_dict(channel.get("state")).get("feed_url")
        if known:
            return str(known)
        url = str(channel["url"])
        if video_not_channel(url) is not None:
            # ValueError: recorded as a bad URL without any request
            raise ValueError(f"{url} is a video, not a channel: register the channel that uploaded it "
                             "(youtube.com/@handle or youtube.com/channel/UC…)")
        return videos_feed_url(url) or channel_page_url(url) or url

    def first_request(self, run: ChannelRun) -> Request:
        request = super().first_request(run)
        page = channel_page_url(str(run.channel["url"]))
        if page and "user" in dict(parse_qsl(urlsplit(request.url).query)):
            # ?user= answers only for some legacy usernames: the channel page is the way back
            request = request.replace(errback=self._on_user_feed_error,
                                      meta={**request.meta, "channel_page": page})
        return request

    def _page_request(self, run: ChannelRun, page: str, why: str) -> Request:
        return Request(page, callback=self._on_response, errback=self._on_error, dont_filter=True,
                       meta={"channel_id": run.channel["id"], "page": 1, "user_feed_failed": why})

    def _on_user_feed_error(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(HttpError) and failure.value.response.status in (400, 404, 410):
            run = self.runs[request.meta["channel_id"]]
            why = f"{request.url} answered HTTP {failure.value.response.status}"
            return [self._page_request(run, request.meta["channel_page"], why)]  # it takes this request's place
        return self._on_error(failure)

    def parse_page(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        if (urlsplit(response.url).hostname or "").lower() in CONSENT_HOSTS:
            raise ChannelError("consent-page", f"{response.url} is YouTube's cookie consent page, not the channel: "
                               "YouTube asked this crawler's address to accept cookies first; register the "
                               "channel's feed (youtube.com/feeds/videos.xml?channel_id=UC…) or its /channel/UC… "
                               "address, which need no consent")
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        page = response.meta.get("channel_page")
        if page and ("html" in content_type or not _is_feed(response.body)):
            run.defer_record = True  # a ?user= guess answered with something else than a feed
            yield self._page_request(run, page, f"{response.url} is not a videos feed")
            return
        if "html" in content_type and not response.meta.get("discovered"):
            feed_url = discover_feed(response)
            failed = response.meta.get("user_feed_failed")
            if not feed_url:
                raise ChannelError("not-a-feed", f"{response.url}: no videos feed found on the channel page"
                                   + (f" ({failed})" if failed else ""))
            if failed and failed.startswith(feed_url + " "):
                raise ChannelError("not-a-feed", f"{response.url} announces the feed that failed ({failed})")
            run.defer_record = True
            run.state["feed_url"] = feed_url
            yield Request(feed_url, callback=self._on_response, errback=self._on_error, dont_filter=True,
                          meta={"channel_id": run.channel["id"], "page": 1, "discovered": True})
            return
        parsed = parse_feed(response.body)
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            raise ChannelError("malformed", f"{response.url} is not a readable videos feed: "
                               f"{parsed.get('bozo_exception')}", f"{response.url} is not a readable videos feed")
        for entry in parsed.entries:
            video_id = entry.get("yt_videoid") or entry.get("id") or entry.get("link")
            if not video_id:
                continue
            description = entry.get("media_description") or entry.get("summary") or ""
            yield self.item(run.channel, str(video_id), url=entry.get("link"), title=entry.get("title"),
                            text=description, published=entry_published(entry))


def _is_feed(body: bytes) -> bool:
    parsed = parse_feed(body)
    return bool(parsed.entries) or bool(parsed.get("version"))
