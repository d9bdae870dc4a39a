"""YouTube spider: a channel's uploads from its public ``feeds/videos.xml``.

Domain: ``youtube`` channels given as ``/channel/UC…``, ``/user/NAME`` or a
``feeds/videos.xml?channel_id=…`` URL; other forms (``/@handle``, ``/c/name``) are looked up
once on the channel page (its RSS ``<link rel="alternate">`` or ``channelId``) and the feed
URL is remembered in the channel's state.
Caveats: the feed lists the latest 15 videos and has no pagination; each video becomes a
post with its title and description (plain text; links in it are extracted).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy import Request
from scrapy.http import Response

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
        or re.search(r'"externalId":"(UC[0-9A-Za-z_-]{20,24})"', response.text) \
        or re.search(r'"channelId":"(UC[0-9A-Za-z_-]{20,24})"', response.text)
    if match:
        parts = urlsplit(response.url)
        return urlunsplit((parts.scheme, feed_host(parts.netloc), "/feeds/videos.xml",
                           urlencode({"channel_id": match.group(1)}), ""))
    return None


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
        return str(known) if known else videos_feed_url(channel["url"]) or str(channel["url"])

    def parse_page(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if "html" in content_type and not response.meta.get("discovered"):
            feed_url = discover_feed(response)
            if not feed_url:
                raise ChannelError("not-a-feed", f"{response.url}: no videos feed found on the channel page")
            run.defer_record = True
            run.state["feed_url"] = feed_url
            yield Request(feed_url, callback=self._on_response, errback=self._on_error, dont_filter=True,
                          meta={"channel_id": run.channel["id"], "page": 1, "discovered": True})
            return
        parsed = parse_feed(response.body)
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            raise ChannelError("malformed", f"{response.url} is not a readable videos feed: "
                               f"{parsed.get('bozo_exception')}")
        for entry in parsed.entries:
            video_id = entry.get("yt_videoid") or entry.get("id") or entry.get("link")
            if not video_id:
                continue
            description = entry.get("media_description") or entry.get("summary") or ""
            yield self.item(run.channel, str(video_id), url=entry.get("link"), title=entry.get("title"),
                            text=description, published=entry_published(entry))
