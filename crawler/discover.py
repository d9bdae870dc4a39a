"""Finding where a website keeps its posts: feeds, the WordPress REST API, sitemaps, sections.

A ``website`` channel is just a home page URL. Most sites have a better door than their
HTML: a feed (advertised or at a well-known path), the WordPress REST API (full text,
paging, ``after=`` for "only what is new"), or a sitemap with ``lastmod`` dates. These pure
functions recognise those doors from a fetched page or document; :mod:`spiders.website`
does the fetching and remembers which door worked.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import unescape
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html

from crawler.dates import parse_datetime, to_iso

log = logging.getLogger(__name__)

#: Where feeds live when a page does not say (WordPress, Blogger, Jekyll/Hugo, generic CMSs).
COMMON_FEED_PATHS = ("/feed/", "/feeds/posts/default", "/rss", "/rss.xml", "/atom.xml", "/index.xml",
                     "/feed.xml")
#: Where sitemaps live when robots.txt does not say.
COMMON_SITEMAP_PATHS = ("/sitemap_index.xml", "/sitemap.xml", "/wp-sitemap.xml")
#: Sections of KIM.id and village/government sites that hold posts, in the order tried.
SECTION_NAMES = ("berita", "pengumuman", "artikel", "agenda", "kegiatan", "informasi", "kabar", "news",
                 "blog", "posts", "gallery", "galeri")
#: Sections tried without being linked, when a home page shows too few article links.
DEFAULT_SECTIONS = ("/berita", "/pengumuman", "/artikel", "/agenda")
#: Feeds larger than this are cut (a feed is a list of recent items, not an archive).
MAX_DOCUMENT_BYTES = 10_000_000

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+xml", "application/feed+json")
_COMMENT_FEED = re.compile(r"comment|komentar|/comments/", re.IGNORECASE)


# --------------------------------------------------------------------------- feeds


def feed_links(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """Feeds a page advertises with ``<link rel="alternate" type="application/rss+xml">``
    (RSS, Atom, RDF), site feeds first, comment feeds left out."""
    found: list[tuple[int, str]] = []
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" not in rel or kind not in _FEED_TYPES:
            continue
        href = urljoin(url, link.get("href").strip())
        title = link.get("title") or ""
        if _COMMENT_FEED.search(href) or _COMMENT_FEED.search(title):
            continue
        if not href.lower().startswith(("http://", "https://")):
            continue
        # category/tag feeds come after the site feed
        rank = 1 if re.search(r"/(?:category|kategori|tag|label|author)/", href) else 0
        if href not in [h for _, h in found]:
            found.append((rank, href))
    return [href for _, href in sorted(found, key=lambda pair: pair[0])]


def common_feed_urls(url: str) -> list[str]:
    """The well-known feed paths on the site of ``url``."""
    return [urljoin(site_root(url), path) for path in COMMON_FEED_PATHS]


def site_root(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def looks_like_feed(body: bytes, content_type: str | None = None) -> bool:
    """Whether ``body`` is an RSS/Atom/RDF document (not an HTML page served at ``/feed``)."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return False
    if head.startswith(b"{"):  # JSON Feed (jsonfeed.org), e.g. from RSS-Bridge
        return bool(re.search(rb'"version"\s*:\s*"https?://jsonfeed\.org/', head))
    return bool(re.search(rb"<(?:rss|feed|rdf:rdf)[\s>]", head[:2048]))


# --------------------------------------------------------------------------- WordPress REST


def wp_api_root(tree: lxml.html.HtmlElement | None, url: str, link_header: str | None = None) -> str | None:
    """The WordPress REST API root a page advertises (``<link rel="https://api.w.org/">`` or
    the ``Link`` header), or None."""
    if link_header:
        for part in link_header.split(","):
            match = re.match(r'\s*<([^>]+)>\s*;\s*rel="?https://api\.w\.org/"?', part)
            if match:
                return urljoin(url, match.group(1))
    if tree is not None:
        for href in tree.xpath("//link[@rel='https://api.w.org/']/@href"):
            return urljoin(url, str(href).strip())
    return None


def looks_like_wordpress(tree: lxml.html.HtmlElement | None) -> bool:
    """Whether a page comes from WordPress (generator tag, ``/wp-content/`` assets)."""
    if tree is None:
        return False
    generator = " ".join(tree.xpath("//meta[@name='generator']/@content")).lower()
    if "wordpress" in generator:
        return True
    return bool(tree.xpath("//link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')]"
                           " | //script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/')]"))


def wp_posts_url(api_root: str, *, page: int = 1, per_page: int = 20, after: str | None = None) -> str:
    """The ``wp/v2/posts`` URL under ``api_root`` (pretty ``/wp-json/`` or ``?rest_route=/``).

    ``after`` is an ISO time in UTC (stored form); WordPress compares it with the post date in
    the site's time zone unless it carries an offset, so the offset is always given.
    """
    params: list[tuple[str, str]] = [("per_page", str(per_page)), ("page", str(page)),
                                     ("orderby", "date"), ("order", "desc")]
    if after:
        params.append(("after", after.replace("Z", "+00:00")))
    parts = urlsplit(api_root)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "rest_route" in query:
        route = query["rest_route"].rstrip("/") + "/wp/v2/posts"
        rest = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "rest_route"]
        new_query = urlencode([("rest_route", route), *rest, *params], safe="/:")
        return urlunsplit((parts.scheme, parts.netloc, parts.path, new_query, ""))
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path + "wp/v2/posts", urlencode(params, safe=":"), ""))


@dataclass
class WordPressPost:
    """A post from the REST API, before extraction."""

    id: str
    url: str
    title: str
    html: str
    published: str | None  # stored form
    modified: str | None


def parse_wp_posts(body: bytes | str, base_url: str) -> list[WordPressPost]:
    """Posts of a ``wp/v2/posts`` answer; raises ValueError when it is not such an answer."""
    data = json.loads(body)
    if not isinstance(data, list):
        raise ValueError(f"expected a JSON list of posts, got {type(data).__name__}")
    posts = []
    for entry in data:
        if not isinstance(entry, dict) or not entry.get("link"):
            continue
        published = _wp_time(entry.get("date_gmt"), utc=True) or _wp_time(entry.get("date"), utc=False)
        modified = _wp_time(entry.get("modified_gmt"), utc=True)
        posts.append(WordPressPost(
            id=str(entry.get("id", "")), url=urljoin(base_url, str(entry["link"])),
            title=unescape(_rendered(entry.get("title"))).strip(),
            html=_rendered(entry.get("content")) or _rendered(entry.get("excerpt")),
            published=published, modified=modified,
        ))
    return posts


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("rendered") or "")
    return str(value or "")


def _wp_time(value: Any, *, utc: bool) -> str | None:
    if not isinstance(value, str) or not value or value.startswith("0000"):
        return None
    text = value + ("+00:00" if utc and not re.search(r"(?:Z|[+-]\d\d:?\d\d)$", value) else "")
    moment = parse_datetime(text)
    return to_iso(moment) if moment is not None else None


# --------------------------------------------------------------------------- sitemaps


def robots_sitemaps(robots_txt: str | bytes, base_url: str) -> list[str]:
    """``Sitemap:`` lines of a robots.txt, absolute."""
    if isinstance(robots_txt, bytes):
        robots_txt = robots_txt.decode("utf-8", errors="replace")
    found = []
    for line in robots_txt.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            found.append(urljoin(base_url, value.strip()))
    return found


@dataclass
class SitemapEntry:
    url: str
    lastmod: str | None  # stored form


@dataclass
class Sitemap:
    """A parsed sitemap: an index of sitemaps or a list of pages."""

    is_index: bool
    entries: list[SitemapEntry] = field(default_factory=list)


def parse_sitemap(body: bytes, base_url: str) -> Sitemap:
    """A sitemap (plain or gzipped; ``urlset`` or ``sitemapindex``); ValueError when it is not one.

    Entities are never resolved and the size is capped, so a hostile sitemap costs nothing.
    """
    body = _gunzip(body)
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body.lstrip(b"\xef\xbb\xbf \t\r\n"), parser=parser)
    except lxml.etree.XMLSyntaxError as error:
        raise ValueError(f"not XML: {error}") from error
    if root is None or not isinstance(root.tag, str):
        raise ValueError("empty document")
    kind = lxml.etree.QName(root).localname.lower()
    if kind not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (root element {kind!r})")
    entries = []
    for element in root:
        if not isinstance(element.tag, str):
            continue
        loc = lastmod = None
        for child in element:
            if not isinstance(child.tag, str):
                continue
            name = lxml.etree.QName(child).localname.lower()
            if name == "loc" and child.text:
                loc = child.text.strip()
            elif name == "lastmod" and child.text:
                moment = parse_datetime(child.text.strip())
                lastmod = to_iso(moment) if moment is not None else None
            elif name == "news":  # Google News sitemaps carry the publication date
                for sub in child:
                    if isinstance(sub.tag, str) and lxml.etree.QName(sub).localname == "publication_date" and sub.text:
                        moment = parse_datetime(sub.text.strip())
                        lastmod = lastmod or (to_iso(moment) if moment is not None else None)
        if loc:
            entries.append(SitemapEntry(urljoin(base_url, loc), lastmod))
    return Sitemap(kind == "sitemapindex", entries)


def _gunzip(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body[:MAX_DOCUMENT_BYTES]
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        return decompressor.decompress(body, MAX_DOCUMENT_BYTES)
    except (zlib.error, gzip.BadGzipFile) as error:
        raise ValueError(f"broken gzip: {error}") from error


_SKIP_SITEMAP = re.compile(r"(?:^|[/_-])(?:page|pages|halaman|category|categories|kategori|tag|tags|author|authors"
                           r"|user|users|product|products|attachment|media|image|video|taxonomies|taxonomy|local)"
                           r"(?:[-_]?sitemap|s)?\d*\.xml", re.IGNORECASE)
_POST_SITEMAP = re.compile(r"post|berita|news|artikel|article|pengumuman|blog", re.IGNORECASE)


def child_sitemaps(index: Sitemap, since: str | None = None) -> list[SitemapEntry]:
    """Sitemaps of an index worth reading: post sitemaps before others, never page, category,
    tag or author sitemaps; with ``since``, only those changed after it (or without lastmod)."""
    chosen = []
    for entry in index.entries:
        name = urlsplit(entry.url).path.rsplit("/", 1)[-1]
        if _SKIP_SITEMAP.search("/" + name) and not _POST_SITEMAP.search(name):
            continue
        if since and entry.lastmod and entry.lastmod <= since:
            continue
        chosen.append(entry)
    chosen.sort(key=lambda e: e.lastmod or "", reverse=True)
    chosen.sort(key=lambda e: 0 if _POST_SITEMAP.search(urlsplit(e.url).path) else 1)
    return chosen


def newest_pages(entries: Iterable[SitemapEntry], *, since: str | None = None, limit: int = 50) -> list[SitemapEntry]:
    """Pages of a sitemap, newest ``lastmod`` first, only those changed after ``since``."""
    kept = [e for e in entries if not (since and e.lastmod and e.lastmod <= since)]
    # newest first; pages without lastmod in reverse document order (sitemaps append new pages)
    kept.reverse()
    kept.sort(key=lambda e: e.lastmod or "", reverse=True)
    return kept[:limit]


def latest(values: Iterable[str | None]) -> str | None:
    """The latest of some stored-form timestamps (None when none)."""
    present = [v for v in values if v]
    return max(present) if present else None
