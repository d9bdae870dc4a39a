"""Feed spider: RSS 0.9x/1.0/2.0, Atom and RDF channels, and bridge feeds given as ``via:``.

Domain: ``feed`` channels (Blogger ``/feeds/posts/default``, WordPress ``/feed/``, any RSS,
Atom or JSON Feed URL) and channels of platforms without public feeds (facebook, instagram, tiktok, x,
whatsapp, or any other type) whose registry entry names a bridge feed in ``via:`` (RSSHub,
RSS-Bridge); their posts keep the platform of the channel.
Caveats: a page registered as a feed is read for the feed it announces (``<link
rel="alternate">``), which is remembered in the channel's state. Feeds are parsed by feedparser from the downloaded bytes, with its HTML sanitizer
and relative-URI resolver off (the clean pipeline does both on the item). A feed that is not
well-formed still gives the entries feedparser's lenient parser recovers; the problem is
noted in channel health. Naive dates are WITA. Pagination on a first crawl: Atom/RFC 5005
``rel="next"``, Blogger ``start-index``, WordPress ``?paged=N``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
from scrapy import Request
from scrapy.http import Response

from crawler.harvest.page import title_from_html
from spiders.base import ChannelError, ChannelRun, ChannelSpider, json_dict

FEED_TYPES = ("feed",)
#: the one entry of a bridge feed reporting its own failure: RSS-Bridge ("Bridge returned
#: error 0! (19345)"), RSSHub ("Looks like something went wrong in RSSHub!", "Error message: …")
_BRIDGE_ERROR = re.compile(r"^\s*(Bridge returned error\b|Looks like something went wrong in RSSHub|"
                           r"RSSHub (?:error|encountered an error)|Error message:)", re.IGNORECASE)


def parse_feed(body: bytes, headers: Mapping[str, str] | None = None) -> Any:
    """feedparser on raw bytes, sanitizing and relative-URI resolving off; JSON Feed too.

    A ``text/xml`` answer without a charset is parsed by its XML declaration (feedparser
    would otherwise follow RFC 3023 and assume US-ASCII, then complain about, e.g., GB2312).
    """
    if body[:2] == b"\x1f\x8b":  # a .xml.gz served without Content-Encoding: still the feed
        body = _gunzip(body) or body
    json_feed = parse_json_feed(body)
    if json_feed is not None:
        return json_feed
    headers = dict(headers or {})
    content_type = headers.get("content-type", "")
    main, _, params = content_type.partition(";")
    main = main.strip().lower()
    if main and (not main.endswith(("/xml", "+xml")) or (main.startswith("text/") and "charset" not in params.lower())):
        # a feed served as text/html or text/plain is still a feed; without a charset the
        # XML declaration decides
        headers["content-type"] = "application/xml" + (f";{params}" if "charset" in params.lower() else "")
    start = body[:512]
    if start[:3] == b"\xef\xbb\xbf" or start[:1].isspace():
        # blank lines before <?xml (a WordPress plugin printing a newline): not worth a warning
        stripped = body.removeprefix(b"\xef\xbb\xbf").lstrip()
        if stripped.startswith(b"<?xml"):
            body = stripped
    return feedparser.parse(body, response_headers=headers, sanitize_html=False,
                            resolve_relative_uris=False)


def parse_json_feed(body: bytes) -> Any:
    """A JSON Feed (jsonfeed.org 1.0/1.1, emitted by RSS-Bridge and many bridges) in feedparser's
    shape (``.feed``, ``.entries``, ``.version = "json1"``), or None when ``body`` is not one."""
    head = body[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{") or b"jsonfeed" not in body[:4000]:
        return None
    import json

    try:
        data = json.loads(body.decode("utf-8-sig"))
    except ValueError:
        return None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")) \
            or not isinstance(data.get("items", []), list):
        return None
    FPD = feedparser.FeedParserDict  # noqa: N806
    links = [FPD(rel="next", href=data["next_url"])] if isinstance(data.get("next_url"), str) else []
    entries = []
    for raw in data.get("items") or []:
        if not isinstance(raw, dict):
            continue
        entry = FPD()
        for key, target in (("id", "id"), ("url", "link"), ("title", "title"),
                            ("date_published", "published"), ("date_modified", "updated")):
            if raw.get(key) not in (None, ""):
                entry[target] = str(raw[key])
        content = []
        if isinstance(raw.get("content_html"), str):
            content.append(FPD(type="text/html", value=raw["content_html"]))
        if isinstance(raw.get("content_text"), str):
            content.append(FPD(type="text/plain", value=raw["content_text"]))
        if content:
            entry["content"] = content
        if isinstance(raw.get("summary"), str):
            entry["summary"] = raw["summary"]
        entries.append(entry)
    return FPD(feed=FPD(title=data.get("title"), links=links, generator=""), entries=entries,
               version="json1", bozo=0)


def entry_body(entry: Any) -> tuple[str | None, str | None]:
    """``(html, text)`` of an entry: full content (``content:encoded``, Atom content) first."""
    candidates = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    elif entry.get("summary"):
        candidates.append({"type": "text/html", "value": entry["summary"]})
    best = None
    for candidate in candidates:
        value = candidate.get("value") or ""
        if value.strip() and (best is None or len(value) > len(best.get("value") or "")):
            best = candidate
    if best is None:
        return None, None
    if (best.get("type") or "") == "text/plain":
        return None, best["value"]
    return best["value"], None


def readable_feed(parsed: Any, body: bytes) -> bool:
    """Whether feedparser read a feed from ``body``, even one with no items or with a flaw
    (an HTML entity such as ``&nbsp;`` in a feed without a DTD, an unclosed tag): a version,
    or a channel title in something that is not an HTML page. Such a channel is healthy with
    0 items — a new KIM blog has none yet — and its flaw is a note."""
    if parsed.entries or parsed.get("version"):
        return True
    is_html = b"<html" in body[:2000].lower()
    return bool(parsed.get("feed", {}).get("title")) and not is_html


def entry_title(entry: Any) -> str | None:
    """The entry's title as text: a title of type ``html`` (RSS titles, Atom ``type="html"``)
    is read as HTML; a plain-text one (Atom ``type="text"``) is kept as written, angle brackets
    and ampersands included ("Tips & Trik <Belajar> Online")."""
    title = entry.get("title")
    if not title:
        return title
    detail = entry.get("title_detail") or {}
    if "html" in (detail.get("type") or ""):
        return title_from_html(str(title))
    return str(title)


_UNCLOSED_EMBED = re.compile(r"<(embed|object|iframe)\b([^>]*?)/?>", re.IGNORECASE)
_SVG = re.compile(r"<svg\b.*?</svg\s*>", re.IGNORECASE | re.DOTALL)


def keep_text_of_embeds(html: str) -> str:
    """``html`` with ``<embed>``, ``<object>`` and ``<iframe>`` closed where they stand and the
    text of inline SVG kept as text: an unclosed ``<object>`` or ``<iframe>`` would otherwise
    swallow the rest of the post (HTML parsers read it as the element's content, which text
    extraction skips), and an SVG's ``<text>`` is words of the post."""
    if "<" not in html:
        return html
    lowered = html.lower()
    if "<embed" in lowered or "<object" in lowered or "<iframe" in lowered:
        def close(match: re.Match[str]) -> str:
            tag = match.group(1).lower()
            if tag != "embed" and f"</{tag}" in lowered[match.end():]:
                return match.group(0)
            return f"<{match.group(1)}{match.group(2)}></{match.group(1)}>"

        html = _UNCLOSED_EMBED.sub(close, html)
        html = re.sub(r"</embed>\s*</embed>", "</embed>", html, flags=re.IGNORECASE)
    if "<svg" in lowered:
        html = _SVG.sub(lambda m: " " + re.sub(r"<[^>]+>", " ", m.group(0)) + " ", html)
    return html


def _gunzip(body: bytes, limit: int = 32 * 1024 * 1024) -> bytes | None:
    """``body`` decompressed, at most ``limit`` bytes (a gzip bomb stops there), or None."""
    import zlib

    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = inflater.decompress(body, limit)
        return None if inflater.unconsumed_tail else out
    except zlib.error:
        return None


def _absolute(link: Any, base: str) -> str | None:
    """An item's link made absolute against the feed's URL (``<link>/2026/11/x.html</link>``)."""
    if not link or not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    if re.match(r"^[a-z][a-z0-9+.-]*:", link, re.IGNORECASE):
        return link  # http(s), or javascript:/mailto:/data: which cleaning drops
    return urljoin(base, link)


def entry_guid(entry: Any) -> str | None:
    """A stable identity for an entry: its id/guid, else its link, else a hash of its title,
    else (RSS 2.0 allows an item with only a description: micro-blogs, bridge feeds) a hash of
    its text and date. None for an entry with nothing in it."""
    guid = entry.get("id") or entry.get("guid") or entry.get("link")
    if guid and str(guid).strip():
        return str(guid).strip()
    title = entry.get("title")
    if title and title.strip():
        return "title:" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:16]
    html, text = entry_body(entry)
    body = " ".join((html or text or "").split())
    if body:
        stamp = str(entry_published(entry) or "")
        return "text:" + hashlib.sha1(f"{stamp}\n{body}".encode()).hexdigest()[:16]
    return None


def entry_published(entry: Any) -> Any:
    """The raw published date: the string as written (naive = WITA), else feedparser's struct."""
    for key in ("published", "updated", "created", "dc_date", "date"):
        if entry.get(key):
            return entry[key]
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return entry[key]
    return None


def announced_feed(response: Response) -> str | None:
    """The feed a web page announces with ``<link rel="alternate" type="application/rss+xml">`` (or Atom)."""
    try:
        hrefs = response.xpath(
            '//link[contains(concat(" ", normalize-space(@rel), " "), " alternate ")]'
            '[contains(@type, "rss") or contains(@type, "atom") or contains(@type, "rdf")]/@href').getall()
    except (AttributeError, ValueError):  # not a text response
        return None
    for href in hrefs:
        if "comments" not in href.lower():  # WordPress also announces its comments feed
            return str(response.urljoin(href))
    return None


def next_page_url(response_url: str, parsed: Any, page: int) -> str | None:
    """The URL of the next page of a feed, or None."""
    for link in parsed.feed.get("links", []) or []:
        if link.get("rel") == "next" and link.get("href"):
            return str(link["href"])
    if not parsed.entries:
        return None
    generator = (parsed.feed.get("generator") or "").lower()
    parts = urlsplit(response_url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "blogger" in generator or "/feeds/posts/" in parts.path:
        total = int(parsed.feed.get("opensearch_totalresults") or 0)
        start = int(query.get("start-index") or parsed.feed.get("opensearch_startindex") or 1)
        per_page = int(query.get("max-results") or parsed.feed.get("opensearch_itemsperpage") or len(parsed.entries))
        if total and start + per_page <= total:
            query["start-index"] = str(start + per_page)
            query["max-results"] = str(per_page)
            return urlunsplit(parts._replace(query=urlencode(query)))
        return None
    if "wordpress" in generator:
        query["paged"] = str(page + 1)
        return urlunsplit(parts._replace(query=urlencode(query)))
    return None


class FeedSpider(ChannelSpider):
    """RSS/Atom/RDF feeds and bridge feeds.

    Domain: feed channels; any channel with ``via:``.
    Caveats: see the module docstring.
    """

    name = "feed"
    channel_types = FEED_TYPES

    @classmethod
    def handles(cls, channel: Mapping[str, Any]) -> bool:
        return channel["type"] in FEED_TYPES or bool(channel.get("via"))

    def start_url(self, channel: Mapping[str, Any]) -> str:
        """The feed URL; for a page that announced its feed on an earlier crawl, that feed."""
        known = json_dict(channel.get("state")).get("discovered_feed")
        return str(known) if known else super().start_url(channel)

    def parse_page(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        headers = {k.decode("latin-1").lower(): v[0].decode("latin-1")
                   for k, v in response.headers.items() if v}
        if not response.body.strip():
            raise ChannelError("empty", f"{response.url} answered HTTP {response.status} with an empty body")
        parsed = parse_feed(response.body, headers)
        if not parsed.entries and not readable_feed(parsed, response.body):
            problem = parsed.get("bozo_exception")
            is_html = b"<html" in response.body[:2000].lower()
            if is_html and not response.meta.get("discovered"):
                # a blog's home page registered as its feed: follow the feed it announces
                feed_url = announced_feed(response)
                if feed_url:
                    run.defer_record = True
                    run.state["discovered_feed"] = feed_url
                    yield Request(feed_url, callback=self._on_response, errback=self._on_error,
                                  dont_filter=True, meta={"channel_id": run.channel["id"], "page": 1,
                                                          "discovered": True})
                    return
            if is_html:  # the page's title tells a moved blog from a captive portal or a login page
                title = " ".join((response.xpath("//title/text()").get() or "").split())[:80]
                raise ChannelError("not-a-feed", f"{response.url} answered an HTML page"
                                   + (f" titled {title!r}" if title else "")
                                   + ", not a feed, and the page announces no feed either")
            raise ChannelError("malformed", f"{response.url} is not a readable feed"
                               + (f": {problem}" if problem else ""))
        page = int(response.meta.get("page", 1))
        titles = [str(e.get("title") or "") for e in parsed.entries]
        if titles and all(_BRIDGE_ERROR.match(t) for t in titles):
            # RSS-Bridge reports a failing bridge as a feed whose one entry is the error
            raise ChannelError("bridge-error", f"the bridge feed {response.url} reports an error instead of "
                               f"posts: {titles[0][:160]}")
        channel = run.channel
        notes = []
        if parsed.bozo and page == 1:
            problem = parsed.get("bozo_exception")
            kind = type(problem).__name__
            what = ("feed not well-formed" if "SAX" in kind or "XML" in kind and "Content" not in kind
                    else "feed encoding problem" if "Encoding" in kind else "feed problem")
            notes.append(f"{what} ({kind}: {problem}); {len(parsed.entries)} entries read")
        ids: list[str] = []
        undated = duplicates = empty = 0
        seen: set[str] = set()
        bridged = bool(channel.get("via"))
        # a broken plugin may give every item the same guid: where one guid stands for items with
        # different links, the link tells them apart
        guids = [entry_guid(entry) for entry in parsed.entries]
        links_of: dict[str, set[str]] = {}
        for entry, guid in zip(parsed.entries, guids, strict=True):
            links_of.setdefault(guid or "", set()).add(str(entry.get("link") or ""))
        shared = {g for g, links in links_of.items() if g and len(links) > 1}
        for entry, guid in zip(parsed.entries, guids, strict=True):
            link = _absolute(entry.get("link"), response.url)
            # a bridge (RSSHub, RSS-Bridge) may invent a new guid on every request; the link to
            # the original post (instagram.com/p/…) is what stays the same
            if link and (bridged or guid in shared):
                guid = link
            if not guid:
                empty += 1
                continue
            if guid in seen:
                duplicates += 1
                continue
            seen.add(guid)
            html, text = entry_body(entry)
            published = entry_published(entry)
            if published is None:
                undated += 1
            item = self.item(channel, guid, url=link, title=entry_title(entry),
                             html=keep_text_of_embeds(html) if html else html, text=text, published=published)
            item["first_crawl"] = run.first_crawl  # an undated new item is dated when first seen
            ids.append(item["id"])
            yield item
        if duplicates:
            notes.append(f"{duplicates} duplicate entr{'y' if duplicates == 1 else 'ies'} skipped")
        if empty:
            notes.append(f"{empty} empty entr{'y' if empty == 1 else 'ies'} (no id, link, title or text) skipped")
        if undated:
            notes.append(f"{undated} entr{'y' if undated == 1 else 'ies'} without a date")
        if notes and page == 1:
            run.warning = "; ".join(notes)
        if page == 1 and parsed.get("version"):
            run.state["feed_version"] = parsed.version
        follow = self.next_page(response, next_page_url(response.url, parsed, page), ids)
        if follow is not None:
            yield follow
