"""Clean pipeline: HTML to text, dates to UTC, links to canonical form, shortened links resolved.

What the spiders yield is raw: an HTML body, a date in whatever shape the channel gives, links
as written. After this pipeline an item holds what the store keeps: ``text`` with paragraphs
kept as blank-line-separated blocks, entities decoded and whitespace tidied, and ``title`` and
``text`` without control characters, terminal escape sequences or bidi overrides
(:func:`crawler.items.visible_text`); ``published_at``
in UTC (naive times are WITA, Indonesian written dates understood); ``links`` as canonical
URLs (:func:`crawler.urls.canonical_url`), with links on shorteners (s.id, bit.ly, …)
replaced by where they lead. Shortened links are resolved once, by a request through the
crawl's own downloader (so robots.txt, proxy and timeouts apply), and cached in the
``resolved_urls`` table.
"""

from __future__ import annotations

import logging
import re
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler import store, urls
from crawler.controls import visible_text, without_controls
from crawler.dates import parse_to_iso, utc_now
from crawler.harvest.context import StopRequested
from crawler.harvest.page import (
    SHARE_OR_COMMENT_HINT,
    drop_cross_links,
    drop_share_and_comments,
    embed_links,
    image_link,
)
from crawler.items import ContentItem, ItemBatch
from pipelines.batch import count_lost, each_item_async

log = logging.getLogger(__name__)

BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre", "ul", "ol",
    "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
    "figcaption", "hr", "address", "main", "nav", "form", "fieldset", "details", "summary",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f\ufeff]+")
_OTHER_SPACES = re.compile(r"[\t\r\f\v\u00a0\u200b\u2009\u202f\ufeff]")  # _SPACES but " "
_SPACE_RUNS = re.compile(r"  +")
_HTTP = re.compile(r"^https?://", re.IGNORECASE)
_BARE_HOSTS = ("s.id/", "bit.ly/", "t.co/", "tinyurl.com/", "cutt.ly/")  # as in _BARE_URL
_BARE_URL = re.compile(r"""(?:https?://|(?<![\w@.])(?:s\.id|bit\.ly|t\.co|tinyurl\.com|cutt\.ly)/)[^\s<>"'()\[\]]+""",
                       re.IGNORECASE)


#: libxml2's HTML parser without lxml.html's element classes (looked up in Python for every
#: element: a third of the parse); the tree is the same
_HTML_PARSER = etree.HTMLParser()
_FULL_HTML = re.compile(r"^\s*<(?:html|!doctype)", re.IGNORECASE)


def parse_fragment(html: str | None) -> Any:
    """An lxml element holding the HTML fragment, or None when there is nothing to parse.

    What ``lxml.html.fragment_fromstring(html, create_parent="div")`` gives (the same parse,
    the same ``<div>`` around the body's content, leading text kept unless blank), as plain
    lxml elements.
    """
    if not html or not html.strip():
        return None
    html = without_controls(html)  # a NUL, ESC or BEL in a post's text: lxml would refuse the tree
    if not _FULL_HTML.match(html):
        html = f"<html><body>{html}</body></html>"
    try:
        doc = etree.fromstring(html, _HTML_PARSER)
    except (etree.ParserError, ValueError):
        return None
    if doc is None:  # "Document is empty"
        return None
    if _local(doc.tag) != "html":
        raise AssertionError(f"not an HTML document: {doc.tag!r}")
    bodies = [e for e in doc if _local(e.tag) == "body"]
    if len(bodies) != 1:
        raise AssertionError(f"too many bodies: {bodies!r} in {html!r}")
    body = bodies[0]
    root = etree.Element("div")
    if body.text and body.text.strip():
        root.text = body.text
    root.extend(body)
    return root


def _local(tag: Any) -> Any:
    """A tag without the XHTML namespace (lxml.html's ``_nons``)."""
    if isinstance(tag, str) and tag.startswith("{http://www.w3.org/1999/xhtml}"):
        return tag.split("}")[-1]
    return tag


def html_to_text(html: str | None, root: Any = None) -> str:
    """Readable text of an HTML fragment: one paragraph per block, blank line between blocks.

    Line breaks (``<br>``) stay single newlines; entities are decoded; runs of spaces
    collapse; scripts, styles and embeds are dropped. ``root`` saves parsing again.
    """
    if root is None:
        root = parse_fragment(html)
    if root is None:
        return tidy_text(unescape(re.sub(r"<[^>]+>", " ", html or "")))
    parts: list[str] = []

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in SKIP_TAGS or not isinstance(element.tag, str):
            if element.tail:
                parts.append(element.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if tag == "br":
            parts.append("\n")
        if tag == "li":
            parts.append("• ")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if tag in ("td", "th"):
            parts.append(" ")
        if block:
            parts.append("\n\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    return tidy_text("".join(parts))


def tidy_text(text: str | None) -> str:
    """Collapse spaces within lines, trim lines, at most one blank line between paragraphs."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n")
    # one pass over the whole text (the spaces pattern never spans a newline), then per line;
    # where plain spaces are the only spacing, only their runs need replacing (most texts:
    # replacing every single space cost more than the rest of cleaning)
    text = _SPACES.sub(" ", text) if _OTHER_SPACES.search(text) else _SPACE_RUNS.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
        elif out and out[-1] != "":
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def html_links(html: str | None, base_url: str | None = None, root: Any = None) -> list[str]:
    """``href`` targets of the links in an HTML fragment, made absolute against ``base_url``."""
    if root is None:
        if not html or "<a" not in html.lower():
            return []
        root = parse_fragment(html)
        if root is None:
            return []
    found = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute = href.startswith(("http://", "https://"))  # most links are; urljoin is slow
        found.append(urljoin(base_url, href) if base_url and not absolute else href)
    return found


def text_links(text: str | None) -> list[str]:
    """Bare URLs written in plain text (``https://…``, ``s.id/…``)."""
    if not text:
        return []
    lowered = text.lower()
    if "http" not in lowered and not any(host in lowered for host in _BARE_HOSTS):
        return []  # scanning every position with the pattern costs more than the item's parse
    # a URL shown cut short ("https://site/berita/vaksin…", as Telegram and bridges display long
    # links) is no address: the anchor's href, when there is one, is the link
    return [m.group(0).rstrip(".,;:!?") for m in _BARE_URL.finditer(text)
            if not m.group(0).endswith(("\u2026", "..."))]


def clean_title(title: str | None) -> str | None:
    """A title on one line, without stray whitespace. Titles are text ("Tips & Trik <Belajar>",
    "a < b" stay whole): a spider whose source gives an HTML title converts it where it reads
    it (:func:`crawler.harvest.page.title_from_html`)."""
    if title is None:
        return None
    return " ".join((visible_text(str(title)) or "").split()) or None


#: words of a "Baca juga" / "Berita Terkait" line (crawler.harvest.page.CROSS_LINK_LINE): an HTML
#: fragment without any is not searched for one. Matched against the case-folded HTML (``ı`` and
#: ``İ`` as ``i``): the same as ``re.IGNORECASE`` on the HTML, or more (``ß`` is ``ss``), never less,
#: at an eighth of its cost (an alternation under IGNORECASE tries every branch at every position)
_CROSS_LINK_HINT = re.compile(r"baca|simak|lihat\s+juga|terkait|lainnya|related|read\s+(?:also|more)|see\s+also"
                              r"|you\s+may|more\s+stories|aussi|même\s+sujet|berita\s+lain")


#: words of a share bar or comment box (crawler.harvest.page.SHARE_OR_COMMENT_HINT), matched the
#: same way on the case-folded HTML
_SHARE_OR_COMMENT_HINT = re.compile(SHARE_OR_COMMENT_HINT.pattern)


def _folded(html: str) -> str:
    """``html`` case-folded once for the hint searches (``ı`` and ``İ`` as ``i``)."""
    return html.casefold().replace("ı", "i").replace("i\u0307", "i")


# Boilerplate bridges and WordPress add to a post's text: FetchRSS's "(Feed generated with
# FetchRSS)", a preview's trailing "See more" / "Lihat selengkapnya" (rss.app, Facebook), and
# WordPress's feed footer "The post X appeared first on Y." (its links are the post's own and
# the site's home, never what the post links). Searched only when a cheap hint is present.
_BOILERPLATE = re.compile(
    r"[ \t]*\(Feed generated with FetchRSS\)"
    r"|(?<=\S)[ \t]*(?:See more|Lihat selengkapnya)\s*$"
    r"|\s*\bThe post\s[^\n]{1,300}?\sappeared first on\s[^\n]{1,200}?\.\s*$", re.IGNORECASE)
_BOILERPLATE_HINTS = ("fetchrss", "see more", "selengkapnya", "appeared first on")
#: how a display-truncated address ends (``…``, percent-encoded by canonicalisation)
_CUT_SHORT = ("\u2026", "%E2%80%A6", "%e2%80%a6")
_BLANK_LINES = re.compile(r"\n{3,}")
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|\u2026)\s*$")


def strip_boilerplate(text: str) -> tuple[str, bool, bool]:
    """``text`` without bridge and WordPress boilerplate; whether a WordPress footer was there,
    and whether FetchRSS's note was."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _BOILERPLATE_HINTS):
        return text, False, False
    return (_BLANK_LINES.sub("\n\n", _BOILERPLATE.sub("", text)).strip(), "appeared first on" in lowered,
            "feed generated with fetchrss" in lowered)


def _home_of(link: str, url: str | None) -> bool:
    """Whether ``link`` is the home page of ``url``'s site (a footer's "appeared first on Y")."""
    parts, own = urlsplit(link), urlsplit(url or "")
    return (parts.path in ("", "/") and not parts.query
            and (parts.hostname or "").removeprefix("www.") == (own.hostname or "").removeprefix("www."))


def extract(item: ContentItem) -> list[str]:
    """Set the item's ``text`` (from its HTML, parsed once) and return its outbound links as written.

    Links come from the spider, from ``<a href>`` in the HTML, and from bare URLs in the text
    ("Sumber: https://…"), made absolute against the item's URL.
    """
    url = item.get("url")
    found = [urljoin(url, link) if url else link for link in (item.get("links") or [])]
    raw_html = item.get("html")
    if raw_html:
        root = parse_fragment(raw_html)
        folded = _folded(raw_html) if root is not None else ""
        if root is not None and _CROSS_LINK_HINT.search(folded):
            # "Baca juga: <another article>" points readers elsewhere: neither its link nor its
            # words are the post's (as on website pages)
            drop_cross_links(root)
        if root is not None and _SHARE_OR_COMMENT_HINT.search(folded):
            drop_share_and_comments(root)  # "Bagikan ini: • Facebook • WhatsApp" (Jetpack), "Komentar"
        item["text"] = html_to_text(raw_html, root)
        if root is not None:
            # links, and where embedded frames lead (a YouTube player, a Facebook post plugin):
            # their markup is dropped from the text, their address is the post's link
            found += html_links(raw_html, url, root) + embed_links(root, url or "")
    else:
        item["text"] = tidy_text(item.get("text"))
    item["text"], footer, fetchrss = strip_boilerplate(item["text"])
    if footer:
        found = [link for link in found if not _home_of(link, url)]
    title = item.get("title")
    if fetchrss and title and item["text"].startswith(_ELLIPSIS.sub("", " ".join(str(title).split()))):
        item["title"] = None  # FetchRSS's title is the post's first words: stored once, as its text
    found += text_links(item["text"])
    item.pop("html", None)
    return found


def canonical_links(links: list[str], own: str | None, limit: int = 0) -> list[str]:
    """Canonical, de-duplicated links, without the item's own URL, image files (a picture's
    full-size link) and addresses cut short with an ellipsis (``…/vaksin…``); the first ``limit``
    (0: all)."""
    out: list[str] = []
    seen: set[str] = set()
    for link in dict.fromkeys(links):  # the same link written twice is canonicalised once
        canonical = urls.canonical_url(link)
        if canonical and canonical != own and canonical not in seen and not image_link(canonical) \
                and not canonical.endswith(_CUT_SHORT):
            seen.add(canonical)
            out.append(canonical)
            if 0 < limit <= len(out):
                break
    return out


def limit_links(item: ContentItem, links: list[str], limit: int) -> list[str]:
    """The first ``limit`` distinct links as written (0: all); how many more there were goes in ``extra``.

    Applied before shortened links are resolved and links canonicalised: a post with 100,000
    links must cost neither 100,000 requests nor minutes of work.
    """
    distinct = list(dict.fromkeys(links))
    if limit <= 0 or len(distinct) <= limit * 2:  # canonical forms merge some: cut exactly later
        return distinct
    item["extra"] = dict(item.get("extra") or {}) | {"links_truncated_from": len(distinct)}
    return distinct[:limit * 2]


def plausible_date(item: ContentItem, published: str | None) -> str | None:
    """``published``, unless no post can have it (:func:`crawler.dates.implausible_published`:
    before 2000, or more than a day ahead of now): then None, and the claimed date goes in
    ``extra.published_claimed``; the dedupe step dates such a post when it was first seen."""
    from crawler.dates import implausible_published

    if not implausible_published(published, _latest_date()):
        return published
    item["extra"] = dict(item.get("extra") or {}) | {"published_claimed": published}
    return None


_LATEST: list[Any] = [0.0, ""]  # (when computed, the bound): one strftime a second, not one an item


def _latest_date() -> str:
    """A day ahead of now, in the stored form: the latest plausible publication time."""
    import time

    now = time.time()
    if now - _LATEST[0] >= 1.0:
        from crawler.dates import latest_plausible_iso

        _LATEST[:] = [now, latest_plausible_iso()]
    return str(_LATEST[1])


def clean_item(item: ContentItem, links: list[str] | None = None, *, max_text: int | None = None,
               max_links: int | None = None, written: list[str] | None = None) -> ContentItem:
    """Everything of the clean step; ``links`` are the raw links from :func:`extract` (resolved),
    ``written`` the same links as the post wrote them (before shortened ones were resolved).

    ``links`` are kept in canonical form (what matching compares); when the post wrote any of them
    otherwise, ``extra.links_as_posted`` keeps how, in the same order, credentials removed.

    Text longer than ``max_text`` characters and links beyond ``max_links`` are cut (defaults:
    :data:`MAX_TEXT_CHARS`, :data:`MAX_LINKS_PER_POST`); ``extra`` says how much there was.
    """
    max_text = MAX_TEXT_CHARS if max_text is None else max_text
    max_links = MAX_LINKS_PER_POST if max_links is None else max_links
    found = extract(item) if links is None else links
    item["title"] = clean_title(item.get("title"))
    item["published_at"] = plausible_date(item, parse_to_iso(item.get("published")))
    url = item.get("url")
    if url and not _HTTP.match(str(url)):
        url = item["url"] = None  # e.g. a feed entry whose guid is not a link
    item["canonical_url"] = urls.canonical_url(url) if url else None
    distinct = list(dict.fromkeys(found))
    item["links"] = canonical_links(distinct, item["canonical_url"], max_links)
    pairs = list(zip(written, found, strict=False)) if written is not None and len(written) == len(found) \
        else [(link, link) for link in found]
    posted = urls.links_as_posted(item["links"], pairs)
    if posted is not None:
        item["extra"] = dict(item.get("extra") or {}) | {"links_as_posted": posted}
    if max_links > 0 and len(item["links"]) >= max_links and len(distinct) > max_links:
        extra = dict(item.get("extra") or {})
        extra.setdefault("links_truncated_from", len(distinct))
        item["extra"] = extra
    text = item["text"] = visible_text(item.get("text"))  # no escape sequence reaches a terminal or the dump
    if text and 0 < max_text < len(text):  # a runaway item must not weigh on search, dumps, matching
        item["text"] = text[:max_text]
        item["extra"] = dict(item.get("extra") or {}) | {"text_truncated_from": len(text)}
    item["content_hash"] = store.content_hash(item.get("title"), item.get("text"))
    return item


#: Longest text kept for one post or announcement by default (setting ``MAX_TEXT_CHARS``).
MAX_TEXT_CHARS = 200_000
#: Outbound links kept for one post or announcement by default (setting ``MAX_LINKS_PER_POST``).
MAX_LINKS_PER_POST = 500


class CleanPipeline:
    """Scrapy pipeline around :func:`clean_item`, plus shortened-link resolution."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.resolve = settings.getbool("RESOLVE_SHORTENED_LINKS", True)
        self.extra_hosts = {h.lower() for h in settings.getlist("SHORTENER_HOSTS_EXTRA")}
        self.cache: dict[str, str | None] = {}
        self.max_text = settings.getint("MAX_TEXT_CHARS", MAX_TEXT_CHARS)
        self.max_links = settings.getint("MAX_LINKS_PER_POST", MAX_LINKS_PER_POST)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        from scrapy import signals

        pipeline = cls(crawler)
        # an item alone on its page that any pipeline step fails on: counted on its channel
        # (a batch's items are counted by pipelines.batch.item_failed)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        return pipeline

    def item_error(self, item: Any, response: Any = None, spider: Any = None, failure: Any = None) -> None:
        if isinstance(item, ItemBatch):  # the batch steps catch their items' errors: only a bug gets here
            for entry in item.get("entries") or []:
                count_lost(self.crawler, entry)
        else:
            count_lost(self.crawler, item)

    def is_shortened(self, url: str) -> bool:
        """Whether ``url`` is on a link shortener (the known ones, or ``SHORTENER_HOSTS_EXTRA``)."""
        if urls.is_shortened(url if "://" in url else "https://" + url):
            return True
        if not self.extra_hosts:
            return False
        parts = urlsplit(url if "://" in url else "https://" + url)
        return (parts.netloc or "").lower() in self.extra_hosts or (parts.hostname or "").lower() in self.extra_hosts

    async def process_item(self, item: ContentItem | ItemBatch) -> ContentItem | ItemBatch:
        if isinstance(item, ItemBatch):
            return await each_item_async(self.crawler, item, self.process_one)
        return await self.process_one(item)

    async def process_one(self, item: ContentItem) -> ContentItem:
        """One item cleaned; its shortened links resolved first."""
        links = written = limit_links(item, extract(item), self.max_links)
        if self.resolve and any(self.is_shortened(link) for link in links):
            links = [await self.resolve_link(link, item.get("channel_id")) if self.is_shortened(link) else link
                     for link in links]
        cleaned = clean_item(item, links, max_text=self.max_text, max_links=self.max_links, written=written)
        self.count_cuts(cleaned)
        return cleaned

    def count_cuts(self, item: ContentItem) -> None:
        """What the caps cut from ``item``, counted in its channel's health note."""
        extra = item.get("extra") or {}
        context = getattr(getattr(self.crawler, "spider", None), "context", None)
        if context is None or not item.get("channel_id"):
            return
        if extra.get("text_truncated_from"):
            context.count_cut(item["channel_id"], "characters of text over MAX_TEXT_CHARS",
                              int(extra["text_truncated_from"]) - len(item.get("text") or ""))
        if extra.get("links_truncated_from"):
            context.count_cut(item["channel_id"], "links over MAX_LINKS_PER_POST",
                              int(extra["links_truncated_from"]) - len(item.get("links") or []))

    async def resolve_link(self, link: str, channel_id: str | None = None) -> str:
        """Where a shortened ``link`` leads, from the cache or by fetching it (``link`` when unknown).

        The request carries the post's ``channel_id``: the internal-address guard judges its
        redirects against the channel the post came from (spiders/safety.py).
        """
        key = urls.canonical_url(link) or link
        if key in self.cache:
            return self.cache[key] or link
        db = self.crawler.spider.context.db
        row = db.execute("SELECT resolved_url FROM resolved_urls WHERE url = ?", [key]).fetchone()
        if row is not None:
            self.cache[key] = row[0]
            return row[0] or link
        from scrapy import Request

        target: str | None = None
        status: str
        try:
            meta: dict[str, Any] = {"download_maxsize": 2 * 1024 * 1024}
            if channel_id:
                meta["channel_id"] = channel_id
            response = await self.crawler.engine.download_async(Request(
                link if "://" in link else "https://" + link, dont_filter=True, meta=meta))
            status = str(response.status)
            if response.status < 400:
                target = urls.canonical_url(response.url)
        except StopRequested:  # the crawl is stopping: not a property of the link, not cached
            return link
        except Exception as error:  # the link stays as it was; recorded so it is not retried
            status = type(error).__name__
            log.info("cannot resolve shortened link %s: %s", link, error)
        self.cache[key] = target
        with store.transaction(db):
            db.execute("INSERT OR REPLACE INTO resolved_urls (url, resolved_url, resolved_at, status) "
                       "VALUES (?, ?, ?, ?)", [key, target, utc_now(), status])
        return target or link
