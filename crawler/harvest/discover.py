"""Finding where a website keeps its posts: feeds, the WordPress REST API, sitemaps, sections.

A ``website`` channel is just a home page URL. Most sites have a better door than their
HTML: a feed (advertised or at a well-known path), the WordPress REST API (full text,
paging, ``after=`` for "only what is new"), or a sitemap with ``lastmod`` dates. Sites
with none of these are read from listing pages: the news sections a home page links
(:func:`news_sections`) and the article links of its main content, not of its widgets
(:func:`main_content_links`: a "Berita Terpopuler" block is not a listing). These pure
functions recognise those doors from a fetched page or document — and the false doors: a
script-only redirect page (:func:`js_redirect`) and a login form (:func:`login_page`); :mod:`spiders.website`
does the fetching and remembers which door worked.
"""

from __future__ import annotations

import gzip
import itertools
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

from crawler.dates import EARLIEST_PLAUSIBLE, parse_datetime, to_iso
from crawler.harvest.listing import article_url_score, listing_links
from crawler.harvest.page import title_from_html

log = logging.getLogger(__name__)

#: Where feeds live when a page does not say (WordPress, Blogger, Jekyll/Hugo, generic CMSs).
COMMON_FEED_PATHS = ("/feed/", "/feeds/posts/default", "/rss", "/rss.xml", "/atom.xml", "/index.xml",
                     "/feed.xml")
#: Where sitemaps live when robots.txt does not say.
COMMON_SITEMAP_PATHS = ("/sitemap_index.xml", "/sitemap.xml", "/wp-sitemap.xml")
#: Sections of KIM.id and village/government sites that hold posts, in the order tried.
SECTION_NAMES = ("berita", "artikel", "news", "kabar", "warta", "siaran-pers", "berita-desa", "kabar-desa",
                 "artikel-desa", "pengumuman", "agenda", "kegiatan", "informasi", "publikasi", "post", "posts",
                 "blog", "gallery", "galeri")
#: Sections tried without being linked, when a home page shows too few article links.
DEFAULT_SECTIONS = ("/berita", "/pengumuman", "/artikel", "/agenda")
#: Sections every KIM.id site (``<slug>.kim.id``) has, linked or not.
KIMID_SECTIONS = ("/berita", "/pengumuman", "/agenda", "/gallery")
#: Section pages read per discovery (linked ones first).
MAX_SECTIONS = 6
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


def wp_posts_url(api_root: str, *, page: int = 1, per_page: int = 20, after: str | None = None,
                 filters: dict[str, str] | None = None) -> str:
    """The ``wp/v2/posts`` URL under ``api_root`` (pretty ``/wp-json/`` or ``?rest_route=/``).

    ``after`` is an ISO time in UTC (stored form), sent as ``modified_after`` (WordPress 5.7+):
    posts published *or edited* since then, so an announcement corrected after KIMs copied it
    is read again ("Ralat"). WordPress compares it in the site's time zone unless it carries an
    offset, so the offset is always given; an older WordPress ignores the parameter and lists
    the newest posts, and paging stops at the first known one. ``filters`` narrow the list to
    one listing of a portal (``{"author": "7"}``, ``{"categories": "12"}``: see
    :func:`listing_scope`).
    """
    params: list[tuple[str, str]] = [("per_page", str(per_page)), ("page", str(page)),
                                     ("orderby", "date"), ("order", "desc")]
    params += sorted((str(k), str(v)) for k, v in (filters or {}).items())
    if after:
        params.append(("modified_after", after.replace("Z", "+00:00")))
    parts = urlsplit(api_root)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "rest_route" in query:
        route = query["rest_route"].rstrip("/") + "/wp/v2/posts"
        rest = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "rest_route"]
        new_query = urlencode([("rest_route", route), *rest, *params], safe="/:")
        return urlunsplit((parts.scheme, parts.netloc, parts.path, new_query, ""))
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path + "wp/v2/posts", urlencode(params, safe=":"), ""))


# --------------------------------------------------------------------------- one listing of a portal

# a WordPress archive page's own REST object: …/wp-json/wp/v2/users/7, ?rest_route=/wp/v2/categories/12
_REST_OBJECT = re.compile(r"/wp/v2/(users|categories|tags)/(\d+)/?$")
_REST_FILTER = {"users": "author", "categories": "categories", "tags": "tags"}
# the path of an author/category/tag archive (WordPress, its Indonesian themes, Blogger labels)
_ARCHIVE_PATH = re.compile(r"/(?:author|penulis|category|kategori|tag|topik|search/label)/[^/?#]+", re.IGNORECASE)
_ARCHIVE_CLASS = ("archive", "author", "category", "tag")


@dataclass
class ListingScope:
    """What a channel registered on one listing of a site reads (a portal's author, category or
    tag page, where several KIMs post on one WordPress): that listing's posts, never the site's."""

    kind: str  # "author", "category", "tag" or "listing"
    rest_filter: dict[str, str]  # the REST API's filter of that listing ({"author": "7"}), {} when none
    feeds: list[str]  # the listing's own feeds (never the site feed)

    def describe(self, method: str) -> str:
        """How the listing was read (the ``method`` chosen), for the channel's health note."""
        how = {"wp_rest": f"its own REST posts ({', '.join(f'{k}={v}' for k, v in sorted(self.rest_filter.items()))})",
               "feed": "its own feed"}.get(method, "the listing page itself")
        return f"{self.kind} page of a shared site: read {how}, not the whole site"


def listing_scope(tree: lxml.html.HtmlElement, url: str) -> ListingScope | None:
    """The scope of a page that is one listing of a larger site, or None for a home page.

    A page is such a listing when it advertises its own REST object (WordPress prints
    ``<link rel="alternate" type="application/json" href=".../wp-json/wp/v2/users/7">`` on an
    author page, ``.../categories/12`` on a category page, ``.../tags/N`` on a tag page), when
    its path is an archive's (``/author/x/``, ``/category/x/``, ``/kategori/x/``, ``/tag/x/``,
    Blogger's ``/search/label/X``), or when WordPress marks its body as an archive below the
    site root. Its own feeds are those it advertises under its own path (``/author/x/feed/``);
    a WordPress archive with none advertised has one at ``<page>/feed/``.
    """
    parts = urlsplit(url)
    kind = ""
    rest_filter: dict[str, str] = {}
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" not in rel or (link.get("type") or "").lower().split(";")[0].strip() != "application/json":
            continue
        href = urlsplit(urljoin(url, link.get("href").strip()))
        route = dict(parse_qsl(href.query)).get("rest_route") or href.path
        match = _REST_OBJECT.search(route)
        if match:
            rest_filter = {_REST_FILTER[match.group(1)]: match.group(2)}
            kind = {"users": "author", "categories": "category", "tags": "tag"}[match.group(1)]
            break
    archive = _ARCHIVE_PATH.search(parts.path)
    classes = set(" ".join(tree.xpath("//body/@class")).lower().split())
    if not kind and archive:
        word = archive.group(0).strip("/").split("/")[-2].lower()
        kind = {"penulis": "author", "kategori": "category", "topik": "tag", "label": "tag"}.get(word, word)
    if not kind and parts.path.strip("/") and "archive" in classes:
        kind = next((c for c in _ARCHIVE_CLASS[1:] if c in classes), "listing")
    if not kind:
        return None
    own = parts.path.rstrip("/") + "/"
    feeds = [href for href in feed_links(tree, url) if urlsplit(href).path.startswith(own)
             and urlsplit(href).netloc.lower() == parts.netloc.lower()]
    label = re.search(r"/search/label/([^/?#]+)", parts.path)
    if not feeds and label:
        feeds = [urljoin(site_root(url), f"/feeds/posts/default/-/{label.group(1)}")]
    elif not feeds and (rest_filter or looks_like_wordpress(tree) or wp_api_root(tree, url)):
        feeds = [urlunsplit((parts.scheme, parts.netloc, own + "feed/", "", ""))]
    return ListingScope(kind, rest_filter, feeds)


def is_listing_url(url: str) -> bool:
    """Whether ``url``'s path is an author/category/tag archive's (see :func:`listing_scope`)."""
    return bool(_ARCHIVE_PATH.search(urlsplit(url).path))


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
            title=title_from_html(_rendered(entry.get("title"))) or "",
            html=_rendered(entry.get("content")) or _rendered(entry.get("excerpt")),
            published=published, modified=modified,
        ))
    return posts


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("rendered") or "")
    return str(value or "")


def _believed_iso(text: str) -> str | None:
    """A sitemap's date in the stored form; None for none, or a null date before 2000
    ("0001-01-01T00:00:00Z"), which is no date."""
    moment = parse_datetime(text.strip())
    return to_iso(moment) if moment is not None and moment >= EARLIEST_PLAUSIBLE else None


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
    """A sitemap's page (or child sitemap). ``lastmod`` is its last change; ``published`` a
    Google News sitemap's ``news:publication_date``, its publication (both stored form). The two
    are kept apart: the publication dates a page that shows no date of its own, the change mark
    decides what is new (``changed``)."""

    url: str
    lastmod: str | None  # stored form
    published: str | None = None  # news:publication_date, stored form

    @property
    def changed(self) -> str | None:
        """The change mark "what is new" goes by: ``lastmod``; without one, the publication (a
        page published then has changed no earlier), so a news sitemap without lastmod is still
        read newest first."""
        return self.lastmod or self.published


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
        loc = lastmod = published = None
        for child in element:
            if not isinstance(child.tag, str):
                continue
            name = lxml.etree.QName(child).localname.lower()
            if name == "loc" and child.text:
                loc = child.text.strip()
            elif name == "lastmod" and child.text:
                lastmod = _believed_iso(child.text)
            elif name == "news":  # Google News sitemaps carry the publication date
                for sub in child:
                    if isinstance(sub.tag, str) and lxml.etree.QName(sub).localname == "publication_date" and sub.text:
                        published = _believed_iso(sub.text)
        if loc:
            entries.append(SitemapEntry(urljoin(base_url, loc), lastmod, published))
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
    """Sitemaps of an index worth reading, in the order to read them: post sitemaps before
    others, never page, category, tag or author sitemaps; with ``since``, only those changed
    after it (or without lastmod). Among them, newest ``lastmod`` first; those without one after,
    last-listed first (an index appends its new files: WordPress's ``wp-sitemap-posts-post-N``,
    Yoast's ``post-sitemapN``, a CMS's ``sitemap-N``), so that an index of hundreds whose first
    files are the oldest does not spend the crawl on them."""
    chosen = []
    for position, entry in enumerate(index.entries):
        name = urlsplit(entry.url).path.rsplit("/", 1)[-1]
        if _SKIP_SITEMAP.search("/" + name) and not _POST_SITEMAP.search(name):
            continue
        if since and entry.changed and entry.changed <= since:
            continue
        chosen.append((position, entry))
    chosen.sort(key=lambda p: -p[0])
    chosen.sort(key=lambda p: p[1].changed or "", reverse=True)
    chosen.sort(key=lambda p: 0 if _POST_SITEMAP.search(urlsplit(p[1].url).path) else 1)
    return [entry for _, entry in chosen]


def newest_pages(entries: Iterable[SitemapEntry], *, since: str | None = None, limit: int = 50) -> list[SitemapEntry]:
    """Pages of a sitemap, newest ``lastmod`` first, only those changed after ``since``."""
    return newest_pages_of([list(entries)], since=since)[:limit]


def newest_pages_of(files: list[list[SitemapEntry]], *, since: str | None = None) -> list[SitemapEntry]:
    """The pages of several sitemap files (an index's children) in the order to read them: those
    with ``lastmod`` newest first across all files (only those changed after ``since``), then
    those without, taken from each file in turn, last-listed first (sitemaps append new pages):
    with no dates to go by, an old archive file listed before a small new one cannot take the
    whole article budget."""
    dated = [e for entries in files for e in reversed(entries) if e.changed and not (since and e.changed <= since)]
    dated.sort(key=lambda e: e.changed or "", reverse=True)
    undated = [[e for e in reversed(entries) if not e.changed] for entries in files]
    turns = [e for turn in itertools.zip_longest(*undated) for e in turn if e is not None]
    return dated + turns


def latest(values: Iterable[str | None]) -> str | None:
    """The latest of some stored-form timestamps (None when none)."""
    present = [v for v in values if v]
    return max(present) if present else None


# --------------------------------------------------------------------------- listing sections


def is_kimid_host(url: str) -> bool:
    """Whether ``url`` is on a KIM.id site (``<slug>.kim.id``)."""
    host = (urlsplit(url).hostname or "").lower()
    return host.endswith(".kim.id")


# A menu entry naming a news section: "Berita", "Berita Desa", "Kabar Desa", "Siaran Pers", "Artikel".
_SECTION_TEXT = re.compile(
    r"^(?:semua\s+|indeks\s+|daftar\s+)?(?:berita|artikel|pengumuman|kabar|warta|siaran\s+pers|news|agenda"
    r"|kegiatan|informasi|publikasi|blog|galeri|gallery)(?:\s+\w+){0,2}$", re.IGNORECASE)
_SECTION_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|rar|mp[34])$", re.IGNORECASE)


def news_sections(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """Section pages of a home page that hold posts: links whose path names a news section
    (``/berita``, ``/first/artikel``, ``/kategori/berita``) or whose short text does ("Berita
    Desa", "Siaran Pers"), same site, most news-like first (``berita`` before ``gallery``)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    home = urlsplit(url).path.rstrip("/")
    ranked: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for order, anchor in enumerate(tree.iter("a")):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        target = urljoin(url, href)
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or (parts.hostname or "").lower().removeprefix("www.") != host:
            continue
        target = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
        segments = [s.lower() for s in parts.path.split("/") if s]
        if _SECTION_FILE.search(parts.path) or (parts.path.rstrip("/") == home and not parts.query):
            continue
        rank = None
        if 1 <= len(segments) <= 2 and segments[-1] in SECTION_NAMES:
            rank = SECTION_NAMES.index(segments[-1])
        else:
            text = " ".join(anchor.text_content().split())
            match = _SECTION_TEXT.match(text) if len(text) <= 40 and not _SIDE_HEADING.search(text) else None
            if match and len(segments) <= 3 and article_url_score(target, url) < 0.5:
                lowered = text.lower()
                rank = next((i for i, n in enumerate(SECTION_NAMES) if n.replace("-", " ") in lowered),
                            len(SECTION_NAMES))
        key = target.rstrip("/")
        if rank is None or key in seen:
            continue
        seen.add(key)
        ranked.append((rank, order, target))
    return [target for _, _, target in sorted(ranked)]


# Containers that hold a page's widgets rather than its listing (class or id tokens).
_SIDE_NAME = re.compile(
    r"^(?:sidebar|side-bar|sidebar[-_].*|.*[-_]sidebar|widget|widgets|widget[-_].*|widget-area|secondary"
    r"|popular.*|.*[-_]popular|populer.*|.*[-_]populer|terpopuler.*|.*[-_]terpopuler|trending.*|.*[-_]trending"
    r"|most-?(?:read|viewed|popular).*|ticker.*|marquee|related.*|terkait.*|.*[-_]terkait|rekomendasi.*"
    r"|berita-?lain(?:nya)?|footer|footer[-_].*|site-footer)$", re.IGNORECASE)
# Headings of blocks that are never the listing ("Berita Terpopuler", "Trending", "Paling Banyak Dibaca").
_SIDE_HEADING = re.compile(r"\b(?:terpopuler|populer|popular|trending|paling\s+banyak\s+dibaca|most\s+read"
                           r"|berita\s+lain(?:nya)?|baca\s+juga|terkait|rekomendasi)\b", re.IGNORECASE)
# Headings of blocks that are widgets when they sit in a side column ("Berita Terkini" next to the main column).
_LATEST_HEADING = re.compile(r"\b(?:terkini|terbaru|recent|latest|lainnya)\b", re.IGNORECASE)
_NARROW_COLUMN = re.compile(r"^col-(?:(?:xs|sm|md|lg|xl|xxl)-)?([1-4])$")
_WIDE_COLUMN = re.compile(r"^col-(?:(?:xs|sm|md|lg|xl|xxl)-)?([6-9]|1[0-2])$")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _names(element: lxml.html.HtmlElement) -> list[str]:
    return ((element.get("class") or "") + " " + (element.get("id") or "")).split()


def _heading_of(block: lxml.html.HtmlElement, base: str) -> str:
    """The title of a small block: its own heading child (``<h4>Berita Terpopuler</h4><ul>``,
    ``.widget-title``, ``.card-header``) — not an article's headline ("Rekomendasi
    Musrenbang 2025" linking to the article is a card, not a widget title)."""
    for child in block:
        if not isinstance(child.tag, str):
            continue
        names = " ".join(_names(child)).lower()
        if child.tag in _HEADING_TAGS or re.search(r"title|header|heading|judul", names):
            if any(article_url_score(urljoin(base, str(href).strip()), base) >= 0.5 for href in child.xpath(".//a/@href")):
                continue
            text = " ".join(child.text_content().split())
            if 0 < len(text) <= 60:
                return text
    return ""


def _in_side_column(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` sits in a narrow Bootstrap column next to a wide one (``col-lg-4``
    beside ``col-lg-8``): a sidebar without the name."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            return False
        if any(_NARROW_COLUMN.match(n) for n in _names(ancestor)):
            parent = ancestor.getparent()
            siblings = [s for s in (parent if parent is not None else []) if s is not ancestor and isinstance(s.tag, str)]
            return any(_WIDE_COLUMN.match(n) for s in siblings for n in _names(s))
    return False


def in_widget(anchor: lxml.html.HtmlElement, base: str) -> bool:
    """Whether a link sits in a page's side furniture rather than its main content: an
    ``<aside>`` or ``<footer>``, a sidebar or widget container, a "Terpopuler"/"Populer"/
    "Trending" block anywhere, or a "Terkini"/"Terbaru" block in a side column."""
    for depth, ancestor in enumerate(anchor.iterancestors()):
        if ancestor.tag in ("body", "html", "article"):
            return False
        if ancestor.tag in ("aside", "footer"):
            return True
        if any(_SIDE_NAME.match(n) for n in _names(ancestor)):
            return True
        if depth < 5 and len(ancestor.xpath(".//a")) <= 30:
            heading = _heading_of(ancestor, base)
            if heading and _SIDE_HEADING.search(heading):
                return True
            if heading and _LATEST_HEADING.search(heading) and _in_side_column(ancestor):
                return True
    return False


def main_content_links(tree: lxml.html.HtmlElement, url: str, urls: Iterable[str]) -> list[str]:
    """Those of ``urls`` (article links found on the page at ``url``) that the page links at
    least once outside its widgets (see :func:`in_widget`), in their order."""
    base = url
    bases = tree.xpath("//base/@href")
    if bases:
        base = urljoin(url, str(bases[0]))
    wanted = list(urls)
    keys = {_link_key(u) for u in wanted}
    outside: set[str] = set()
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        key = _link_key(urljoin(base, href))
        if key in keys and key not in outside and not in_widget(anchor, base):
            outside.add(key)
    return [u for u in wanted if _link_key(u) in outside]


def _link_key(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/") or "/", parts.query, ""))


# --------------------------------------------------------------------------- doors that are not doors

# window.location.href = "…", window.location = '…', location.replace("…"), document.location.assign("…")
_JS_REDIRECT = re.compile(
    r"""(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*(?P<q>["'])(?P<a>[^"'\s]{1,500})(?P=q)"""
    r"""|(?:window\.|document\.|top\.|self\.)?location\.(?:replace|assign)\(\s*(?P<r>["'])(?P<b>[^"'\s]{1,500})(?P=r)\s*\)""")


def js_redirect(tree: lxml.html.HtmlElement, url: str) -> str | None:
    """Where a home page that only sends browsers on with a script goes
    (``window.location.href = "/portal/"``, ``location.replace(…)``), or None. Only a page with
    no content of its own (no article links, hardly any text) and only to the same host: it is
    followed once, as a ``<meta http-equiv="refresh">`` is."""
    text = " ".join(" ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style"
                                        " or ancestor::noscript)]")).split())
    if len(text) > 200 or len(tree.xpath("//body//a[@href]")) > 3:
        return None
    scripts = [s for s in tree.xpath("//script") if not s.get("src")]
    for script in scripts:
        for match in _JS_REDIRECT.finditer(script.text or ""):
            target = urljoin(url, unescape(match["a"] or match["b"]))
            parts = urlsplit(target)
            if parts.scheme in ("http", "https") and (parts.hostname or "").lower() == (urlsplit(url).hostname or "").lower() \
                    and target.split("#")[0] != url.split("#")[0]:
                return target
    return None


_LOGIN_PATH = re.compile(r"(?:^|/)(?:login|log-in|signin|sign-in|masuk|wp-login\.php|siteman|auth|sso|user/login"
                         r"|account/login|admin/login)(?:[/.?]|$)", re.IGNORECASE)


def login_page(tree: lxml.html.HtmlElement | None, url: str, redirected: bool = False, home: bool = False) -> bool:
    """Whether ``url`` answered with a login form instead of the site: a page with a password
    field that is at a login URL (``/login``, ``wp-login.php``, OpenSID's ``/siteman``), or was
    reached through a redirect, or is the site's home page holding little but the form (a site
    that answers every path with its login form, status 200), and shows no article links. A
    home page with a login box in its sidebar is no login wall."""
    if tree is None or not tree.xpath("//input[translate(@type, 'PASWORD', 'pasword')='password']"):
        return False
    if _LOGIN_PATH.search(urlsplit(url).path):
        return True
    return (redirected or (home and _little_but_forms(tree))) and not listing_links(tree, url, limit=5)


#: text (characters) outside forms, navigation and scripts under which a page holds little but its form
FORM_PAGE_TEXT = 400


def _little_but_forms(tree: lxml.html.HtmlElement) -> bool:
    body = tree.find("body")
    if body is None:
        return True
    skipped = {"form", "script", "style", "noscript", "nav", "header", "footer", "template"}
    size = 0
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if any(isinstance(a.tag, str) and a.tag in skipped for a in [element, *element.iterancestors()]):
            continue
        size += len((element.text or "").strip())
        if element.tail and element.getparent() is not None and not any(
                isinstance(a.tag, str) and a.tag in skipped for a in element.getparent().iterancestors()):
            size += len(element.tail.strip())
        if size >= FORM_PAGE_TEXT:
            return False
    return True
