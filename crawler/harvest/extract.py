"""Article extraction and page classification for plain websites.

KIM and government sites are WordPress themes, Blogger templates, Laravel/Bootstrap apps and
the KIM.id platform: every page wraps a short article in menus, sidebars, share buttons,
"Baca juga" links and footers. The matcher compares *article text*, so whatever is left of
that chrome becomes false evidence ("Berita Terkait" lists name other announcements).

The pipeline here: decode the bytes (broken encodings survive, Windows-1252 under a UTF-8
label is recognised), parse once with lxml, read the metadata (title, canonical URL,
publication time) from the whole page, then remove the chrome we can name
(Indonesian-aware rules: "Baca juga" paragraphs, "Berita Terkait" blocks, share bars,
navigation, sidebars by their class names), find the element holding most of the page's
paragraphs (:func:`main_container`: bylines, unmarked footers and side columns fall
outside it), and let trafilatura (Apache-2.0) find the main text in that element, or in
the cleaned page when no element clearly dominates. When trafilatura gives up (very short
KIM posts, huge pages), the container's own paragraphs are taken. Publication time: metadata,
then bylines (a dateline opening the text, "BATULICIN, 21 November 2026 –", and label-prefixed
dates such as "掲載日：", "发布时间：", "작성일" count as bylines), then a ``/2024/10/29/`` URL — a
``/2026/11/`` URL has no day and is no date, only a check on a date of the text. Pages that
say they are not there ("Halaman tidak ditemukan", ``body.error404``: soft 404s served with
200) and pages nested deeper than libxml2 reads are never articles; :attr:`Article.problem`
says which, for the channel's note. The bench
(``bench/bench_extract.py``) compares this with trafilatura alone. Everything is a pure function over HTML and a URL, so it is tested without a
network and reused by the bench.
"""

from __future__ import annotations

import copy
import itertools
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from html import unescape
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html
from w3lib.encoding import html_to_unicode

from crawler.dates import WITA, parse_datetime, parse_written, to_iso

log = logging.getLogger(__name__)

#: Pages beyond this many bytes are cut before parsing: a 50 MB "article" is an attack or a
#: mistake, and its first megabytes hold the article anyway.
MAX_HTML_BYTES = 2_000_000
#: Pages with more elements than this (after dropping formatting tags) are not read at all.
MAX_ELEMENTS = 60_000
#: Longest run of text kept between two tags.
MAX_TEXT_RUN = 20_000
#: Trees with more elements than this skip trafilatura (seconds per page beyond it).
MAX_TRAFILATURA_ELEMENTS = 15_000
#: Main text shorter than this (characters) does not make a page an article on its own.
MIN_ARTICLE_CHARS = 120
#: A short post (one to three sentences) is an article with less text than
#: MIN_ARTICLE_CHARS when its page is built like one: a single headline, a byline date, an
#: article URL or a listing linking to it, no teaser list. Below this nothing is.
SHORT_ARTICLE_CHARS = 40

# Paragraphs that point readers elsewhere ("Baca juga: <other article>"), in Indonesian,
# Banjar-flavoured Indonesian, English and French. They are dropped wherever they appear.
_CROSS_LINK_LINE = re.compile(
    r"^\W{0,3}(?:baca\s+(?:juga|pula|selengkapnya|berita\s+lainnya)|lihat\s+juga|simak\s+(?:juga|pula)"
    r"|berita\s+(?:terkait|lainnya|lain|terkini|terpopuler|populer|pilihan)|artikel\s+(?:terkait|lainnya|lain)"
    r"|informasi\s+terkait|postingan\s+(?:terkait|lainnya)|tulisan\s+lainnya|related\s+(?:posts?|articles?|news|stories)"
    r"|read\s+(?:also|more)|see\s+also|you\s+may\s+also\s+like|more\s+stories|lire\s+aussi|à\s+lire\s+aussi"
    r"|voir\s+aussi|sur\s+le\s+même\s+sujet|dalam\s+berita\s+lain|baca\s*:)(?=\W|$)",
    re.IGNORECASE,
)
# Lines that are share bars, tag lists, credits or footers when they stand alone.
_CHROME_LINE = re.compile(
    r"^\W{0,3}(?:bagikan|share|tweet|sebarkan|bagikan\s+ke|share\s+(?:this|on)|partager|tags?\s*:|label\s*:"
    r"|kategori\s*:|category\s*:|catégories?\s*:|editor\s*:|penulis\s*:|reporter\s*:|sumber\s*:\s*$"
    r"|copyright|hak\s+cipta|©|all\s+rights\s+reserved|powered\s+by|tous\s+droits)",
    re.IGNORECASE,
)
_BOILERPLATE_WORDS = (
    "share", "sharing", "social", "sosmed", "related", "terkait", "baca-juga", "bacajuga", "sidebar",
    "widget", "comment", "comments", "komentar", "breadcrumb", "breadcrumbs", "menu", "navbar", "nav",
    "navigation", "footer", "header", "masthead", "topbar", "tags", "tag-links", "tagcloud", "author-box",
    "advert", "advertisement", "ads", "iklan", "banner", "popular", "populer", "terpopuler", "trending",
    "newsletter", "subscribe", "pagination", "pager", "post-navigation", "nav-links", "cookie", "popup",
    "modal", "search", "pencarian", "jp-relatedposts", "addtoany", "sharedaddy", "social-share",
    "copyright", "recent-posts", "berita-lain", "berita-lainnya", "lainnya", "rekomendasi", "readmore",
    "read-more", "skip-link", "screen-reader-text", "print", "meta-share", "entry-footer", "post-tags",
    "fb-comments", "disqus", "marquee", "running-text", "ticker", "breaking",
)
_BOILERPLATE_TOKEN = re.compile(
    r"(?:^|[-_])(?:" + "|".join(re.escape(w) for w in _BOILERPLATE_WORDS) + r")(?:$|[-_])",
    re.IGNORECASE,
)
_CHROME_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "aside", "footer", "svg",
                "button", "select", "template", "object", "embed", "canvas", "dialog", "menu")
# Containers that hold the article on the CMSs we know; used to keep them safe from the
# boilerplate rules and as the fallback when trafilatura finds nothing.
_CONTENT_XPATH = (
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' detail-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' content-detail ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' isi-berita ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' berita-content ')]",
    "//article",
    "//main",
)

_BREAKING_TAGS = ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd",
                  "blockquote", "section", "article", "header", "footer", "aside", "nav", "ul", "ol", "table",
                  "figure", "figcaption", "hr", "pre", "address", "main")
_SITE_SEPARATORS = re.compile(r"\s+(?:[|\-–—»·•]|::)\s+")
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>20\d\d|19\d\d)"
    r"(?:[,\s|-]+(?:pukul\s+|jam\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?:[:.]\d\d)?"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?)?(?!\d)"
)
_ISO_IN_TEXT = re.compile(
    r"(?<!\d)(?P<year>20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T\s]+(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::\d\d)?(?:\s*(?P<zone>WIB|WITA|WIT)\b)?)?(?!\d)"
)
_URL_DATE = re.compile(r"/(?P<year>20\d\d)/(?P<month>[01]\d)(?:/(?P<day>[0-3]\d))?/")
# Unmarked footers: addresses, phone numbers, copyright lines.
_CONTACT_LINE = re.compile(r"©|\(c\)\s*\d{4}|hak\s+cipta|copyright|all rights reserved|\btelp?\.?\s*[:(+0-9]"
                           r"|\bjl\.\s|\bjalan\s+\w+\s+no\.|e-?mail\s*:|\bfax\b", re.I)
_DATE_WORDS = re.compile(r"diposting|dipublikasikan|diterbitkan|dipublish|ditulis|posted|published|tanggal|terbit"
                         r"|dikirim|submitted|diunggah|publié|mis à jour le", re.I)
_DATE_HINT = re.compile(r"date|tanggal|tgl|time|waktu|posted|meta|byline|publish|terbit|info|submitted|created"
                        r"|dikirim", re.I)
# an icon in front of a byline: <i class="fa fa-clock"></i> Senin, 4 November 2024 | 10:15 WITA
_DATE_ICON = re.compile(r"calendar|clock|fa-time|bi-time|schedule|event", re.I)

# Links on listing pages that are not articles: sections, archives, accounts, files.
_NOT_ARTICLE_PATH = re.compile(
    r"/(?:category|categories|kategori|tag|tags|label|author|penulis|user|users|page|halaman|search"
    r"|cari|pencarian|login|masuk|register|daftar|wp-admin|wp-login|wp-content|wp-includes|feed|rss"
    r"|cdn-cgi|contact|kontak|hubungi-kami|tentang|tentang-kami|about|profil|profile|privacy"
    r"|kebijakan-privasi|sitemap|archives?|arsip|assets|storage|uploads|images|img|static|media"
    r"|comment-page-\d+|amp)(?:/|$)",
    re.IGNORECASE,
)
_FILE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|rar|mp[34]|css|js|xml|json|ico)$", re.I)
_PAGINATION_QUERY = {"page", "paged", "p", "hal", "halaman", "start", "offset", "pg", "per_page", "s", "q",
                     "cat", "tag", "replytocom", "share", "lang", "sort", "order"}
NEXT_TEXTS = ("selanjutnya", "berikutnya", "next", "»", "›", "›", ">", ">>", "older posts", "older entries",
              "posting lama", "postingan lama", "berita lama", "halaman berikutnya", "lebih lama",
              "next page", "page suivante", "suivant", "suivante", "load more", "muat lebih banyak")


@dataclass
class Article:
    """What a page says, ready to become a post or an announcement."""

    url: str
    title: str | None
    text: str
    published: str | None = None  # stored form (UTC ISO), None when the page gives no date
    canonical_url: str | None = None
    links: list[str] = field(default_factory=list)  # absolute outbound links of the main text
    is_article: bool = False
    language: str | None = None
    #: where ``published`` was read: "meta" (JSON-LD, meta tags, ``<time>``), "byline" (a
    #: dated line near the title or with a date-like class, relative dates included), "url"
    #: (``/2024/10/29/``) or "text" (the first date in the body: an event date as often as not)
    published_source: str | None = None
    #: why the page is no article although it answered 200, when it says so: "not-found" (a
    #: "Halaman tidak ditemukan" page: a soft 404), "too-deep" (markup nested deeper than the
    #: parser reads: the page's content is lost)
    problem: str | None = None


@dataclass
class ListingLink:
    """A link on a listing page that looks like it leads to an article."""

    url: str
    text: str
    score: float
    published: str | None = None  # the date on the link's card, when it shows one


# --------------------------------------------------------------------------- parsing


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """``body`` as text, whatever its encoding claims: header, ``<meta charset>``, BOM, sniffing.

    Undecodable bytes become U+FFFD instead of failing the page.
    """
    if isinstance(body, str):
        return body[: MAX_HTML_BYTES]
    body = body[:MAX_HTML_BYTES]
    try:
        encoding, text = html_to_unicode(content_type, body)
    except (LookupError, ValueError):
        encoding, text = "utf-8", body.decode("utf-8", errors="replace")
    if "\ufffd" in text and encoding.replace("-", "").lower() == "utf8":
        # "UTF-8" that is not: Windows-1252 text (smart quotes and dashes pasted from a word
        # processor) under a UTF-8 label. WHATWG's fallback for such pages is windows-1252.
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("cp1252", errors="replace")
    return text


def looks_binary(body: bytes) -> bool:
    """Whether ``body`` is binary data (an image or archive served as ``text/html``)."""
    sample = body[:4096]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32 or byte in (11, 12))
    return controls > len(sample) // 100


#: Channel-note wording of :attr:`Article.problem` and :func:`parse_problem` values.
PROBLEMS = {"not-found": "'page not found' page(s)", "too-deep": "page(s) too deeply nested to read"}


def parse_html(html: bytes | str, content_type: str | None = None) -> lxml.html.HtmlElement | None:
    """An lxml tree of ``html``, or None when there is nothing to parse (empty, binary junk)."""
    return parse_page(html, content_type)[0]


def parse_page(html: bytes | str, content_type: str | None = None) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """:func:`parse_html`, and what went wrong reading a non-empty page: "too-deep" when the
    markup nests deeper than libxml2 reads (256 levels: "<div>" 50,000 times), so the tree holds
    only its first levels and the content is lost — silently, unless the caller says so."""
    if isinstance(html, bytes) and looks_binary(html):
        log.info("page is binary data, not HTML")
        return None, None
    text = decode_html(html, content_type)
    text = text.replace("\x00", "")
    if not text.strip():
        return None, None
    # lxml refuses str input with an XML encoding declaration; strip it.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        parser = lxml.html.HTMLParser(recover=True, remove_comments=True, remove_pis=True)
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        log.debug("cannot parse page: %s", error)
        return None, None
    problem = None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        log.warning("page nested too deeply (more than 256 levels): its content is lost")
        problem = "too-deep"
    return _prepare(tree), problem


def _prepare(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    count = sum(1 for _ in tree.iter())
    if count > MAX_ELEMENTS // 2:
        # Formatting tags by the hundred thousand (generated or hostile markup) make every pass
        # slow; their text is all that matters.
        lxml.etree.strip_tags(tree, "b", "i", "u", "em", "strong", "span", "font", "small", "big", "mark", "abbr",
                              "sup", "sub", "s", "strike", "cite", "q", "code", "label", "ins", "del")
        count = sum(1 for _ in tree.iter())
    if count > MAX_ELEMENTS:
        log.warning("page has %s elements (more than %s); not read", count, MAX_ELEMENTS)
        return None
    for element in tree.iter():
        # no paragraph is 20,000 characters long; a run that is would slow every regex after
        if element.text and len(element.text) > MAX_TEXT_RUN:
            element.text = element.text[:MAX_TEXT_RUN]
        if element.tail and len(element.tail) > MAX_TEXT_RUN:
            element.tail = element.tail[:MAX_TEXT_RUN]
    # Text is read with "".join(itertext()) so "sini</a>." stays "sini."; line breaks and
    # block ends get a newline so "a<br>b" and "<div>a</div><div>b</div>" stay two words.
    for element in tree.iter(*_BREAKING_TAGS):
        element.tail = "\n" + (element.tail or "")
    return tree


def _text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join("".join(element.itertext()).split())


def _classes(element: lxml.html.HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


# --------------------------------------------------------------------------- metadata


def canonical_link(tree: lxml.html.HtmlElement, url: str) -> str | None:
    """The page's ``<link rel=canonical>`` (else ``og:url``) made absolute, or None."""
    for href in tree.xpath("//link[contains(concat(' ', translate(@rel, 'CANONIL', 'canonil'), ' '), ' canonical ')]/@href"):
        href = str(href).strip()
        if href:
            return urljoin(url, href)
    for content in tree.xpath("//meta[@property='og:url']/@content"):
        content = str(content).strip()
        if content.startswith("http"):
            return content
    return None


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    # the <meta> elements are gathered once: an XPath per name and attribute walked the whole
    # tree each time (seconds on a 2 MB page)
    metas = [m for m in tree.iter("meta") if m.get("content")]
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for element in metas:
                if (element.get(attr) or "").lower() == name:
                    value = " ".join(str(element.get("content")).split())
                    if value:
                        return value
    return None


def _json_ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # trailing commas and control characters are common in hand-made JSON-LD
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")), strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                for key in ("@graph", "mainEntity", "itemListElement"):
                    if isinstance(item.get(key), list | dict):
                        stack.append(item[key])


_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "webpage", "posting",
                  "socialmediaposting", "liveblogposting", "analysisnewsarticle", "event"}


def _json_ld_article(tree: lxml.html.HtmlElement) -> dict | None:
    best = None
    for item in _json_ld_objects(tree):
        kinds = item.get("@type")
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        lowered = {str(k).lower() for k in kinds}
        if lowered & _ARTICLE_TYPES:
            if "webpage" in lowered and best is not None:
                continue
            if best is None or "webpage" not in lowered:
                best = item
    return best


_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "November 14, 2026 09:00 PM", "Nov. 3, 2024 at 8:15 am": month first, as English sites write
_MONTH_FIRST = re.compile(
    r"(?<![^\W\d])(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>20\d\d|19\d\d)(?!\d)(?:\W{1,3}(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?:[:.]\d\d)?"
    r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?(?:\s*(?P<zone>WIB|WITA|WIT)\b)?)?",
    re.IGNORECASE,
)


def _date_from_text(text: str) -> datetime | None:
    written = parse_written(text)
    if written is not None:
        return written
    match = _MONTH_FIRST.search(text)
    if match:
        hour = int(match["hour"] or 0)
        if match["ampm"] and match["ampm"].lower() == "p" and hour < 12:
            hour += 12
        elif match["ampm"] and match["ampm"].lower() == "a" and hour == 12:
            hour = 0
        zone = match["zone"]
        tz = timezone(timedelta(hours=_ZONE_HOURS[zone.upper()])) if zone else WITA
        try:
            return datetime(int(match["year"]), _ENGLISH_MONTHS.index(match["month"][:3].lower()) + 1,
                            int(match["day"]), hour, int(match["minute"] or 0), tzinfo=tz)
        except ValueError:
            return None
    for pattern in (_NUMERIC_DATE, _ISO_IN_TEXT):  # 29/10/2024 10:15 WIB, then 2024-10-29 10:15
        match = pattern.search(text)
        if match:
            zone = match["zone"]
            tz = timezone(timedelta(hours=_ZONE_HOURS[zone.upper()])) if zone else WITA
            try:
                return datetime(int(match["year"]), int(match["month"]), int(match["day"]),
                                int(match["hour"] or 0), int(match["minute"] or 0), tzinfo=tz)
            except ValueError:
                return None
    return None


_RELATIVE_UNITS = {
    "detik": 1, "second": 1, "seconds": 1, "sec": 1, "secs": 1, "menit": 60, "minute": 60, "minutes": 60,
    "min": 60, "mins": 60, "jam": 3600, "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "hari": 86400,
    "day": 86400, "days": 86400, "minggu": 7 * 86400, "pekan": 7 * 86400, "week": 7 * 86400,
    "weeks": 7 * 86400, "bulan": 30 * 86400, "month": 30 * 86400, "months": 30 * 86400,
    "tahun": 365 * 86400, "year": 365 * 86400, "years": 365 * 86400,
}
_RELATIVE_AGO = re.compile(
    r"(?<!\w)(?P<count>\d{1,3}|se|satu|an?|one)\s*(?P<unit>" + "|".join(sorted(_RELATIVE_UNITS, key=len, reverse=True))
    + r")\s+(?:(?:yang|yg)\s+)?(?:lalu|silam|ago|yll)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"(?<!\w)(?P<day>kemarin|kemaren|yesterday|hari\s+ini|today|baru\s+saja|just\s+now)(?!\w)"
    r"(?:\W{0,3}(?:pukul\s+|jam\s+|at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?!\d))?",
    re.IGNORECASE,
)


def _relative_date(text: str, now: datetime | None) -> datetime | None:
    """A relative time in a byline ("2 jam yang lalu", "Kemarin 14:05", "3 days ago"), resolved
    against ``now`` (the fetch time); the clock time of "kemarin 14:05" is the site's (WITA)."""
    if now is None:
        return None
    match = _RELATIVE_AGO.search(text)
    if match:
        count = match["count"].lower()
        number = int(count) if count.isdigit() else 1
        return (now - timedelta(seconds=number * _RELATIVE_UNITS[match["unit"].lower()])).replace(second=0, microsecond=0)
    match = _RELATIVE_DAY.search(text)
    if match:
        word = " ".join(match["day"].lower().split())
        if word in ("baru saja", "just now"):
            return now
        local = now.astimezone(WITA)
        if word in ("kemarin", "kemaren", "yesterday"):
            local -= timedelta(days=1)
        if match["hour"] is None:
            return local if word in ("hari ini", "today") else local.replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            moment = local.replace(hour=int(match["hour"]), minute=int(match["minute"]), second=0, microsecond=0)
        except ValueError:
            return None
        return moment if moment <= now else None
    return None


def _byline_date(text: str, now: datetime | None) -> datetime | None:
    """The date of a byline, card or dateline: written, numeric, ISO, else relative — the
    latter only when the whole text is a byline ("Hari Ini Posyandu Dibuka" is a headline)."""
    return _date_from_text(text) or _foreign_date(text) or (_relative_date(text, now) if is_byline(text) else None)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[\u0660-\u0669\u06f0-\u06f9]{4}")


def _foreign_date(text: str) -> datetime | None:
    """A date written in another script ("14 نوفمبر 2024", "2024年11月14日"): each short piece
    of the line holding a year goes to dateparser (slow, hence only for such lines)."""
    if len(text) > 200 or not _YEAR.search(text) or not any(ord(ch) > 0x24F for ch in text):
        return None
    for piece in _BYLINE_SPLIT.split(_DATE_LABEL.sub(" ", text)):
        piece = piece.strip()
        if len(piece) <= 40 and _YEAR.search(piece):
            moment = parse_datetime(piece)
            if moment is not None:
                return moment
    return None


# Pieces of a byline line besides the date: who, how often it was read, where it is filed.
_BYLINE_SPLIT = re.compile(r"\s*(?:[|·•/]|\s[-–—]\s|\s{2,}|\u3000)\s*")
# Labels of byline pieces in Japanese, Chinese and Korean ("掲載日：", "发布时间：", "작성일"): a
# date after one is the page's byline date; a source or author after one is byline too
_DATE_LABEL = re.compile(
    r"(?:掲載日|公開日|投稿日|更新日|登録日|発行日|日付|作成日|发布时间|發佈時間|发布日期|發布日期|发表时间|發表時間|发布于|發佈於"
    r"|日期|时间|時間|来源|來源|作者|编辑|編輯|责任编辑|浏览次数|点击数|阅读|작성일|등록일|게시일|수정일|날짜|작성자|조회수?)"
    r"\s*[：:]?\s*")
_BYLINE_VIEWS = re.compile(
    r"(?<!\w)(?:\d[\d.,]*\s*(?:x|kali)?\s*(?:dilihat|dibaca|kali\s+dibaca|views?|hits|pembaca|reads?|komentar|comments?)"
    r"|(?:dilihat|dibaca|views?|hits|pembaca)\s*:?\s*\d[\d.,]*\s*(?:x|kali)?|no\s+comments?|tidak\s+ada\s+komentar)(?!\w)",
    re.IGNORECASE,
)
_BYLINE_AUTHOR = re.compile(
    r"(?<!\w)(?:(?:ditulis|diposting|dikirim|diunggah|dipublikasikan|posted|written|submitted|published)\s+)?"
    r"(?:oleh|by|penulis|author|editor|reporter|pewarta|redaktur)\s*:?\s*(?P<name>[\w.@'-]+(?:\s+[A-Z][\w.'-]*){0,3})",
    re.IGNORECASE,
)
_BYLINE_WORDS = frozenset("""
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad sen sel rab kam jum sab min
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    pukul jam wib wita wit utc gmt am pm pada on at in di diposting dipublikasikan diterbitkan dipublish ditulis
    dikirim diunggah diperbarui posted published updated submitted tanggal tgl date waktu terbit kategori category
    yang yg lalu silam ago kemarin kemaren yesterday hari ini today baru saja just now detik menit hari pekan bulan
    tahun second seconds minute minutes hour hours day days week weeks month months year years
    sec secs min mins hr hrs sekitar about
""".split()) | frozenset(_RELATIVE_UNITS)
_MONTH_WORDS = re.compile(
    r"^(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|peb(?:ruari)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?"
    r"|agu(?:stus)?|agt|ags|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?"
    r"|des(?:ember)?|dec(?:ember)?)$",
    re.IGNORECASE,
)


def is_byline(text: str) -> bool:
    """Whether a line of a page is a byline or meta line, not prose: a date, an author, a view
    or comment count, a category, and nothing else ("Minggu, 8 November 2026 15:30 WITA | Admin
    KIM | 88x dilihat", "By Staff | November 14, 2026 09:00 PM", "Dikirim oleh admin pada Rab,
    25/11/2026 - 10:30", "2 jam yang lalu"). A sentence with a date in it is not one: every word
    left besides dates, times and byline vocabulary must be a name (capitalised) or follow
    "oleh"/"By", and there are at most four of them."""
    line = " ".join(text.split())
    if not line or len(line) > 160:
        return False
    strong = False
    if _BYLINE_VIEWS.search(line):
        strong = True
        line = _BYLINE_VIEWS.sub(" ", line)
    day = _RELATIVE_DAY.search(line)
    weak = bool(day and day["hour"] is None)  # "Hari Ini Posyandu Dibuka" is a headline; "Kemarin 14:05" is not
    if _date_from_text(line) is not None or _RELATIVE_AGO.search(line) or (day and not weak) \
            or _foreign_date(line) is not None:
        strong, weak = True, False
    elif weak:
        strong = True
    authored = _BYLINE_AUTHOR.search(line)
    if authored:
        line = _BYLINE_AUTHOR.sub(" ", line)
    line = _DATE_LABEL.sub(" ", line)
    if not strong and not (authored and len(text) <= 60):
        return False
    others = []
    for word in re.findall(r"[^\W\d_](?:[\w'’.-]*[^\W_])?", line):
        lowered = word.lower().rstrip(".")
        if lowered in _BYLINE_WORDS or _MONTH_WORDS.match(lowered) or re.fullmatch(r"\d+[a-z]{0,2}", lowered):
            continue
        others.append(word)
    if len(others) > 4 or (weak and others):
        return False
    # names are capitalised; in scripts without case (Arabic, Chinese) the count must do
    return all(w[0].isupper() or w.isupper() or not w[0].islower() or w.lower() == "admin" for w in others)


def publication_time(tree: lxml.html.HtmlElement, url: str = "", main_text: str = "", *,
                     now: datetime | None = None) -> str | None:
    """When the page says it was published, in the stored form, or None (see :func:`_publication`)."""
    return _publication(tree, url, main_text, now=now)[0]


def _publication(tree: lxml.html.HtmlElement, url: str = "", main_text: str = "", *,
                 now: datetime | None = None, bylines: Iterable[str] = ()) -> tuple[str | None, str | None]:
    """When the page says it was published (stored form) and where it says so.

    Sources, most trusted first: JSON-LD ``datePublished``, ``article:published_time`` and
    similar meta tags, ``<time datetime>`` (the publication one, not "updated") — "meta";
    bylines: elements with date-like class names ("post-meta", "node__submitted", "byline")
    and the short lines next to the title, written ("Selasa, 29 Oktober 2024 10:15 WITA"),
    numeric ("25/11/2026 - 10:30") or relative to ``now`` ("2 jam yang lalu", "Kemarin
    14:05"), lines saying "diposting"/"posted", and the byline lines taken out of the text
    (``bylines``) — "byline"; a ``/2024/10/29/`` URL —
    "url"; last, the first date in the article text — "text", and never a date after ``now``
    (that is an event being announced). A ``<footer>``/``<header>`` inside ``<article>`` is
    the article's byline, not page chrome. Times without offset are WITA.
    """
    zone: list[tzinfo | None] = []

    def read(value: str) -> datetime | None:
        """A machine-readable time; a naive one is in the zone the page writes (WIB/WITA/WIT),
        else WITA."""
        moment = parse_datetime(value)
        if moment is None or _HAS_ZONE.search(value.strip()):
            return moment
        if not zone:
            zone.append(_written_zone(tree))
        return moment.replace(tzinfo=zone[0]) if zone[0] is not None else moment

    article = _json_ld_article(tree)
    if article:
        for key in ("datePublished", "dateCreated", "uploadDate", "startDate"):
            value = article.get(key)
            if isinstance(value, str) and (moment := read(value)) is not None:
                return to_iso(moment), "meta"
    meta = _meta(tree, "article:published_time", "og:published_time", "datepublished", "pubdate",
                 "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
                 "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
                 "published_time", "content_publish_date")
    if meta and (moment := read(meta)) is not None:
        return to_iso(moment), "meta"
    for value in tree.xpath("//abbr[contains(@class, 'published')]/@title | //*[@itemprop='datePublished']/@datetime"
                            " | //*[@itemprop='datePublished']/@content"):
        if (moment := read(str(value))) is not None:
            return to_iso(moment), "meta"
    times = tree.xpath("//time[@datetime]")
    ordered = sorted(times, key=lambda t: 0 if re.search(r"publish|entry-date|posted|datepublished",
                                                          _classes(t) + (t.get("itemprop") or ""), re.I)
                     else 2 if re.search(r"updat|modif", _classes(t), re.I) else 1)
    for element in ordered:
        if _inside_chrome(element):
            continue
        moment = read(element.get("datetime") or "")
        if moment is None:
            moment = _date_from_text(_text_of(element))
        if moment is not None:
            return to_iso(moment), "meta"
    for element in _near_title(tree):
        moment = _byline_date(_text_of(element), now)
        if moment is not None:
            return to_iso(moment), "byline"
    for element in tree.xpath("//body//*[self::span or self::div or self::p or self::small or self::li"
                              " or self::time or self::em or self::i or self::ul or self::td or self::h2"
                              " or self::h3 or self::h4 or self::h5 or self::h6 or self::abbr or self::footer"
                              " or self::dd]"):
        if not (_DATE_HINT.search(_classes(element))
                or any(_DATE_ICON.search(_classes(child)) for child in element.iterchildren("i", "span", "svg", "img"))) \
                or _inside_chrome(element):
            continue
        text = _text_of(element)
        if not text or len(text) > 200:
            continue
        moment = _byline_date(text, now)
        if moment is not None:
            return to_iso(moment), "byline"
    for element in tree.xpath("//body//*[self::p or self::span or self::small or self::div or self::li or self::em]"):
        text = _text_of(element)
        if not text or len(text) > 120 or not _DATE_WORDS.search(text) or _inside_chrome(element) \
                or not is_byline(text):
            continue
        moment = _byline_date(text, now)
        if moment is not None:
            return to_iso(moment), "byline"
    for text in bylines:
        moment = _byline_date(text, now)
        if moment is not None:
            return to_iso(moment), "byline"
    dateline = _dateline_date(main_text)
    if dateline is not None and (now is None or dateline <= now):
        return to_iso(dateline), "byline"
    match = _URL_DATE.search(urlsplit(url).path) if url else None
    month: tuple[int, int] | None = None
    if match and match["day"]:
        try:
            return to_iso(datetime(int(match["year"]), int(match["month"]), int(match["day"]), tzinfo=WITA)), "url"
        except ValueError:
            pass
    elif match:
        # /2026/11/slug.html (Blogger) says the month only: no date, but a date of the text in
        # that month is the publication date rather than an event's
        month = (int(match["year"]), int(match["month"]))
    if main_text:
        moment = _date_from_text(main_text[:300])
        if moment is not None and (now is None or moment <= now) \
                and (month is None or (moment.year, moment.month) == month):
            return to_iso(moment), "text"
    return None, None


# "BATULICIN, 21 November 2026 – …", "Minggu, 22 November 2026 – …", "Banjarbaru (ANTARA) - 3/11/2026 -":
# a dateline opening the article text is its publication date, as a byline is
_DATELINE = re.compile(
    r"^\W{0,3}(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([^)]{1,40}\))?\s*[,–—-]\s*)?"
    r"(?P<date>[^–—\n]{6,60}?)\s*(?:[–—]|\s-\s|:)\s*\S")


def _dateline_date(text: str) -> datetime | None:
    """The date of a dateline opening ``text`` ("KOTA, 21 November 2026 – …"), or None: the
    place and date must be all that comes before the dash."""
    match = _DATELINE.match(text[:120]) if text else None
    if not match:
        return None
    moment = _date_from_text(match["date"])
    if moment is None:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", match["date"]) if not (
        w.lower() in _BYLINE_WORDS or _MONTH_WORDS.match(w.lower()))]
    return None if words else moment


def _title_heading(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The article's headline element: its only ``<h1>`` outside chrome and branding, else a
    heading with a title-like class."""
    found = [h for h in tree.xpath("//body//h1") if not _inside_chrome(h) and not _is_site_heading(h)
             and _text_of(h)]
    if len(found) == 1:
        return found[0]
    if found:
        return None
    for heading in tree.xpath("//body//*[self::h2 or self::h3][contains(@class, 'title') or contains(@class, 'judul')"
                              " or contains(@class, 'headline')]"):
        if not _inside_chrome(heading):
            return heading
    return None


def _near_title(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """Short elements right after (or just before) the headline: where bylines sit."""
    heading = _title_heading(tree)
    if heading is None:
        return
    anchors = [heading]
    parent = heading.getparent()
    if parent is not None and parent.tag in ("header", "div", "hgroup") and len(_text_of(parent)) < 400:
        anchors.append(parent)  # <header><h1/></header><div class="meta"/>
    for anchor in anchors:
        siblings = [*itertools.islice(anchor.itersiblings(), 3), *itertools.islice(anchor.itersiblings(preceding=True), 1)]
        for sibling in siblings:
            if not isinstance(sibling.tag, str) or sibling.tag in ("script", "style", "h1", "h2"):
                continue
            text = _text_of(sibling)
            # a byline line, or a dated element classed like one; not the first paragraph
            # of a short post ("Festival digelar 25 sampai 28 November")
            if text and len(text) <= 200 and (is_byline(text) or _DATE_HINT.search(_classes(sibling))):
                yield sibling



_SIDE_TOKEN = re.compile(
    r"(?:^|[-_])(?:sidebar|widget|related|terkait|footer|popular|populer|terpopuler|recent-posts|comments?"
    r"|komentar|berita-lain|berita-lainnya|lainnya|rekomendasi|trending|nav|navbar|menu|ticker|marquee)(?:$|[-_])",
    re.IGNORECASE,
)


_HAS_ZONE = re.compile(r"(?:Z|[+-]\d\d:?\d\d|GMT|UTC|WIB|WITA|WIT)$", re.IGNORECASE)
_WRITTEN_ZONE = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(WIB|WITA|WIT)\b")
_ZONE_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9}


def _written_zone(tree: lxml.html.HtmlElement) -> tzinfo | None:
    """The time zone a page writes next to its times ("14:35 WIB"), for its naive meta times:
    a national portal in Jakarta means WIB where a Banjarmasin site means WITA."""
    for element in tree.xpath("//body//*[self::span or self::div or self::p or self::small or self::time"
                              " or self::li or self::em]"):
        if not (_DATE_HINT.search(_classes(element)) or element.tag == "time"):
            continue
        text = _text_of(element)
        if len(text) > 200:
            continue
        match = _WRITTEN_ZONE.search(text)
        if match:
            return timezone(timedelta(hours=_ZONE_HOURS[match.group(1).upper()]))
    return None


def _inside_chrome(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` sits in a sidebar, footer, menu or related-posts block. A
    ``<footer>`` or ``<header>`` inside an ``<article>`` is the article's byline
    (Drupal's ``footer.node__meta``, WordPress's ``entry-footer``), not page chrome."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "footer" and any(a.tag == "article" for a in ancestor.iterancestors()):
            continue
        if ancestor.tag in ("aside", "footer", "nav"):
            return True
        if ancestor.tag in ("body", "html", "article", "main"):
            return False
        if any(_SIDE_TOKEN.search(name) for name in _classes(ancestor).split()):
            return True
    return False


def page_title(tree: lxml.html.HtmlElement) -> str | None:
    """The article's title: JSON-LD/OpenGraph headline, the article's ``<h1>``, or ``<title>``
    without the site name ("Judul – KIM Angsau" → "Judul")."""
    title_tag = " ".join(" ".join(tree.xpath("//title//text()")).split())
    site_name = _meta(tree, "og:site_name") or ""
    headlines: list[str] = []  # article headings, used as they are
    labelled: list[str] = []  # titles that may carry the site name ("Judul | Situs")
    article = _json_ld_article(tree)
    if article and isinstance(article.get("headline"), str):
        labelled.append(unescape(article["headline"]))
    for heading in tree.xpath("//*[contains(@class, 'entry-title') or contains(@class, 'post-title')"
                              " or contains(@class, 'judul') or contains(@class, 'article-title')"
                              " or contains(@class, 'page-title') or contains(@class, 'headline')]"):
        text = _text_of(heading)
        if text and not _inside_chrome(heading) and heading.tag not in ("a", "title", "body", "html"):
            headlines.append(text)
    og = _meta(tree, "og:title", "twitter:title")
    if og:
        labelled.append(og)
    for h1 in tree.xpath("//h1"):
        if _inside_chrome(h1) or any(a.tag == "header" and not _in_article(a) for a in h1.iterancestors()):
            continue
        if _is_site_heading(h1):
            continue
        text = _text_of(h1)
        if text and (len(h1.xpath(".//img")) == 0 or len(text) > 20):
            headlines.append(text)
    site_lower = site_name.strip().lower()
    for candidate in headlines:
        lowered = candidate.lower()
        if lowered == site_lower or len(candidate) < 5:
            continue
        return candidate
    for candidate in labelled:
        cleaned = _strip_site_name(candidate, site_name)
        if len(cleaned) >= 5 and cleaned.lower() != site_lower:
            return cleaned
    if title_tag:
        blogger = re.match(r"^[^:]{3,40}:\s+(.{10,})$", title_tag)  # Blogger: "Blog Name: Post Title"
        if blogger and not headlines:
            return blogger.group(1)
        return _strip_site_name(title_tag, site_name) or title_tag
    return None


_BRANDING = re.compile(r"(?:^|[-_\s])(?:header|masthead|branding|brand|logo|site-title|site-name|blog-title)(?:$|[-_\s])",
                       re.I)


def _is_site_heading(heading: lxml.html.HtmlElement) -> bool:
    """Whether a heading is the site's name (a branding block, a link to the home page)."""
    for href in heading.xpath(".//a/@href"):
        path = urlsplit(str(href)).path
        if path in ("", "/") and not urlsplit(str(href)).query:
            return True
    for element in [heading, *heading.iterancestors()]:
        if element.tag in ("article", "main", "body"):
            return False
        if _BRANDING.search(_classes(element)):
            return True
    return False


def _in_article(element: lxml.html.HtmlElement) -> bool:
    return any(a.tag in ("article", "main") for a in element.iterancestors())


def _strip_site_name(title: str, site_name: str) -> str:
    title = " ".join(title.split())
    parts = _SITE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    if site_name:
        kept = [p for p in parts if p.strip().lower() != site_name.strip().lower()]
        if kept and len(kept) < len(parts):
            return " – ".join(kept) if len(kept) > 1 else kept[0]
    # The site name is the shorter end part; the headline is the longest part.
    if len(parts) == 2:
        first, last = parts
        return first if len(first) >= len(last) else last
    return max(parts, key=len) if max(len(p) for p in parts) > 25 else title


# --------------------------------------------------------------------------- cleaning


def _is_chrome_container(element: lxml.html.HtmlElement) -> bool:
    if element.tag in ("body", "html", "article", "main"):
        return False
    names = _classes(element).split()
    role = (element.get("role") or "").lower()
    if role in ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"):
        return True
    return any(_BOILERPLATE_TOKEN.search(name) for name in names)


def _protected(tree: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The article container and its ancestors: boilerplate rules never remove them."""
    keep: set[lxml.html.HtmlElement] = set()
    for xpath in _CONTENT_XPATH:
        for element in tree.xpath(xpath):
            if _text_len(element) >= 80:
                keep.add(element)
                keep.update(element.iterancestors())
    return keep


def _text_len(element: lxml.html.HtmlElement) -> int:
    return sum(len(t.strip()) for t in element.itertext())


def clean_tree(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of ``tree`` without the chrome we can name: menus, sidebars, share bars, footers,
    "Baca juga" paragraphs and "Berita Terkait" blocks."""
    tree = copy.deepcopy(tree)
    protected = _protected(tree)
    body_len = max(_text_len(tree), 1)

    def wraps_page(element: lxml.html.HtmlElement) -> bool:
        # ASP.NET wraps whole pages in one <form>; themes put "has-sidebar" on the wrapper of
        # everything: an element holding most of the page's text is layout, not chrome
        return _text_len(element) > 0.6 * body_len

    for element in list(tree.iter(*_CHROME_TAGS)):
        if element not in protected and element.getparent() is not None and not (
                element.tag in ("form", "aside", "nav", "footer", "menu") and wraps_page(element)):
            _drop(element)
    for element in list(tree.iter("header")):
        # Page headers hold the site name and menus; an article's own <header> holds its title.
        if element not in protected and not _in_article(element) and element.getparent() is not None \
                and not wraps_page(element):
            _drop(element)
    # "Baca juga: …" paragraphs, and "Berita Terkait" headings with the list after them.
    for element in list(tree.iter("p", "div", "li", "span", "strong", "b", "h2", "h3", "h4", "h5", "h6",
                                  "blockquote", "section", "ul", "em", "table")):
        if element.getparent() is None or element in protected:
            continue
        text = _text_of(element)
        if not text or not _CROSS_LINK_LINE.match(text):
            continue
        if element.tag in ("h2", "h3", "h4", "h5", "h6", "strong", "b") or len(text) < 40:
            following = element.getnext()
            if following is not None and following.tag in ("ul", "ol", "div") and following not in protected:
                _drop(following)
        if len(text) < 400 or element.tag in ("h2", "h3", "h4", "h5", "h6"):
            target = element
            # a "Baca juga" <strong> inside a <p>: drop the whole paragraph
            parent = element.getparent()
            if element.tag in ("span", "strong", "b", "em") and parent is not None and parent.tag == "p" \
                    and parent not in protected and _text_of(parent).startswith(text[:20]):
                target = parent
            _drop(target)
    body_len = max(_text_len(tree), 1)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element in protected or element.getparent() is None:
            continue
        if _is_chrome_container(element) and not wraps_page(element):
            _drop(element)
    return tree


def _drop(element: lxml.html.HtmlElement) -> None:
    """Remove ``element`` but keep its tail text (which belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


# --------------------------------------------------------------------------- main text


def _trafilatura_main(cleaned: lxml.html.HtmlElement, url: str) -> tuple[list[str], list[str]] | None:
    """Main-text blocks and link targets from trafilatura, or None when it finds nothing."""
    import trafilatura  # import cost is paid once, on first use

    if sum(1 for _ in cleaned.iter()) > MAX_TRAFILATURA_ELEMENTS:
        return None  # trafilatura needs tens of seconds on such trees; the plain rule is enough
    try:
        xml = trafilatura.extract(
            cleaned, url=url or None, output_format="xml", include_links=True, include_comments=False,
            include_tables=True, favor_precision=False, deduplicate=False, with_metadata=False,
        )
    except Exception as error:  # noqa: BLE001 - a library failure costs this page only
        log.debug("trafilatura failed on %s: %s", url, error)
        return None
    if not xml:
        return None
    try:
        doc = lxml.etree.fromstring(xml.encode("utf-8"), lxml.etree.XMLParser(recover=True, huge_tree=False))
    except lxml.etree.XMLSyntaxError:
        return None
    main = doc.find("main")
    if main is None:
        return None
    blocks: list[str] = []
    links: list[str] = []
    for element in main.iter("p", "head", "item", "quote", "row", "code"):
        if element.tag in ("p", "item", "head") and any(a.tag in ("item", "quote") for a in element.iterancestors()
                                                        if a is not main and a.tag != "list"):
            continue
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        blocks.append(("- " + text) if element.tag == "item" else text)
        links.extend(str(ref.get("target")) for ref in element.iter("ref") if ref.get("target"))
    return blocks, links


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "title", "head", "script", "style"}
_INLINE_TAGS = {"a", "b", "strong", "i", "em", "u", "span", "font", "small", "big", "sup", "sub", "br", "abbr",
                "mark", "code", "cite", "q", "s", "strike", "time", "img", "label"}


def _paragraph_units(cleaned: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, int]]:
    """Paragraph-like runs of text and the element that owns each.

    A block holding only inline content (``<p>``, a text-only ``<div>`` or ``<td>``) is one
    paragraph owned by its parent; a block mixing text with ``<br>`` (Blogger posts, table
    layouts, "Jakarta - …<br><br>…" news bodies) holds one paragraph per text run, owned by
    the block itself. Runs shorter than 25 characters and contact/copyright lines do not count.
    """
    units: list[tuple[lxml.html.HtmlElement, int]] = []
    body = cleaned.find("body")
    for element in (body if body is not None else cleaned).iter():
        if not isinstance(element.tag, str) or element.tag in _INLINE_TAGS or element.tag in _HEADINGS:
            continue
        children = [c for c in element if isinstance(c.tag, str)]
        if all(c.tag in _INLINE_TAGS for c in children) and not any(c.tag == "br" for c in children):
            text = _text_of(element)
            parent = element.getparent()
            # a <div> of inline bits is often a byline ("Selasa, 1 Oktober 2024 · Admin · Dibaca
            # 57 kali"): it needs more text than a <p> to count as a paragraph
            needed = 25 if element.tag in ("p", "li", "td", "blockquote", "pre", "dd") else 50
            if len(text) >= needed and parent is not None and not _CONTACT_LINE.search(text):
                units.append((parent, len(text)))
            continue
        run: list[str] = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str) and child.tag in _INLINE_TAGS and child.tag != "br":
                run.append("".join(child.itertext()))
                run.append(child.tail or "")
                continue
            text = " ".join("".join(run).split())
            if len(text) >= 25 and not _CONTACT_LINE.search(text):
                units.append((element, len(text)))
            run = [child.tail or ""]
        text = " ".join("".join(run).split())
        if len(text) >= 25 and not _CONTACT_LINE.search(text):
            units.append((element, len(text)))
    return units


def main_container(cleaned: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element holding most of the page's paragraphs, when one clearly does.

    Paragraph text (see :func:`_paragraph_units`) is credited to its owner and half of it to
    the owner's parent; the best-scored element wins if at least half of all paragraph text
    lies inside it. Bylines, dates, sidebars and unmarked footers ("<div class='bg-dark'>",
    a table layout's side column) lie outside it and are left out.
    """
    units = _paragraph_units(cleaned)
    total = sum(length for _, length in units)
    if total < 80:
        return None
    scores: dict[lxml.html.HtmlElement, float] = {}
    for owner, length in units:
        scores[owner] = scores.get(owner, 0) + length
        parent = owner.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + length / 2
    best = max(scores, key=lambda e: scores[e])
    inside = set(best.iter())
    held = sum(length for owner, length in units if owner in inside)
    if best.tag in ("body", "html") or held < 0.5 * total:
        return None
    return best


def _wrap(container: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """``container`` alone in a document, for trafilatura."""
    document = lxml.html.document_fromstring("<html><body></body></html>")
    body = document.find("body")
    article = lxml.html.Element("article")
    article.append(copy.deepcopy(container))
    body.append(article)
    return document


def _fallback_main(cleaned: lxml.html.HtmlElement, url: str,
                   container: lxml.html.HtmlElement | None = None) -> tuple[list[str], list[str]]:
    """The text of ``container``, else of the CMS's article container, else of the body: for
    pages trafilatura declines (short village posts, bare listings)."""
    for xpath in _CONTENT_XPATH if container is None else ():
        found = [e for e in cleaned.xpath(xpath) if _text_len(e) >= 40]
        if found:
            container = max(found, key=_text_len)
            break
    if container is None:
        bodies = cleaned.xpath("//body")
        container = bodies[0] if bodies else cleaned
    blocks: list[str] = []
    for element in container.iter("p", "li", "h2", "h3", "h4", "blockquote", "td", "pre"):
        if any(a.tag in ("p", "li", "blockquote", "td") for a in element.iterancestors() if a is not container):
            continue
        text = _text_of(element)
        if text:
            blocks.append(text)
    if not blocks:
        text = _text_of(container)
        blocks = [text] if text else []
    links = [str(a.get("href")) for a in container.iter("a") if a.get("href")]
    return blocks, [urljoin(url, link) for link in links]


def _keep_block(block: str) -> bool:
    text = block.lstrip("- ").strip()
    if not text:
        return False
    if _CROSS_LINK_LINE.match(text) and len(text) < 400:
        return False
    if _CHROME_LINE.match(text) and len(text) < 160:
        return False
    return True


_SOURCE_LABEL = re.compile(r"^\W{0,3}(?:sumber|source|selengkapnya|info\s+lengkap|informasi\s+lengkap|tautan|link"
                           r"|klik|kunjungi|via|dikutip\s+dari|disadur\s+dari)\b", re.IGNORECASE)


def _source_links(container: lxml.html.HtmlElement, url: str, *, labelled_only: bool = False) -> list[str]:
    """Links of the article's "Sumber" paragraphs, which text extraction drops as boilerplate.

    A paragraph that is only a link (``<p><a href=…>Sumber</a></p>``) or starts with a source
    label ("Sumber:", "Selengkapnya:", "Source:") names where the post comes from — the link
    evidence of an amplification. A link-only paragraph counts only when it leads to another
    site (a list of the site's own articles is "related posts", not a source), only in a
    paragraph (never a list item: sidebars list other sites' news), and only inside the
    article's container (``labelled_only`` when there is none: the whole page is searched).
    """
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    found: list[str] = []
    for paragraph in container.iter("p", "li", "div"):
        anchors = [a for a in paragraph.iter("a") if a.get("href")]
        if not anchors or len(anchors) > 3 or paragraph.find(".//p") is not None:
            continue
        text = " ".join(paragraph.text_content().split())
        if not text or len(text) > 200:
            continue
        anchor_text = " ".join(" ".join(a.text_content().split()) for a in anchors)
        labelled = bool(_SOURCE_LABEL.match(text))
        only_links = (not labelled_only and paragraph.tag != "li"
                      and text.replace(" ", "") == anchor_text.replace(" ", ""))
        if not (labelled or only_links):
            continue
        for anchor in anchors:
            target = urljoin(url, str(anchor.get("href")))
            other_site = (urlsplit(target).hostname or "").removeprefix("www.") not in ("", host)
            if labelled or other_site:
                found.append(target)
    return found


def _outbound(links: Iterable[str], url: str) -> list[str]:
    seen: set[str] = set()
    result = []
    for link in links:
        link = link.strip()
        absolute = urljoin(url, link) if url else link
        if not absolute.lower().startswith(("http://", "https://")):
            continue
        if absolute.split("#")[0] == url.split("#")[0]:
            continue
        if absolute not in seen:
            seen.add(absolute)
            result.append(absolute)
    return result


def extract_article(html: bytes | str, url: str, content_type: str | None = None, *,
                    now: datetime | None = None, listed: bool = False, listed_date: bool = False) -> Article | None:
    """The article in ``html`` (fetched from ``url`` at ``now``, default: the current time),
    or None when the page is unreadable.

    ``Article.is_article`` says whether it looks like one article (versus a listing, a
    gallery index or an error page); callers decide what to keep. ``listed``: the page was
    reached as an item link of a listing page, which helps a short post count as an article
    (see :func:`looks_like_article`); ``listed_date``: its listing card shows a date, which
    stands for a byline the page lacks. Relative bylines ("2 jam yang lalu") are resolved
    against ``now``. Never raises on bad input.
    """
    try:
        return _extract(html, url, content_type, now=now or datetime.now(UTC), listed=listed,
                        listed_date=listed and listed_date)
    except (RecursionError, MemoryError, ValueError, TypeError, lxml.etree.LxmlError) as error:
        log.warning("cannot extract %s: %s", url, error)
        return None


def _extract(html: bytes | str, url: str, content_type: str | None, *, now: datetime,
             listed: bool = False, listed_date: bool = False) -> Article | None:
    tree, problem = parse_page(html, content_type)
    if tree is None:
        return None
    title = page_title(tree)
    canonical = canonical_link(tree, url)
    cleaned = clean_tree(tree)
    bylines = _drop_bylines(cleaned)
    container = main_container(cleaned)
    main = _trafilatura_main(_wrap(container), url) if container is not None else None
    if main is None or sum(len(b) for b in main[0]) < 40:
        main = _trafilatura_main(cleaned, url)
    if main is None or sum(len(b) for b in main[0]) < 40:
        main = _fallback_main(cleaned, url, container)
    elif len(main[0]) == 1:
        # on a tiny page trafilatura may run menu, headline and paragraph into one block; the
        # paragraphs themselves, when that block holds them all, are the cleaner reading
        fallback = _fallback_main(cleaned, url, container)
        inside = " ".join(" ".join(fallback[0]).split())
        if len(inside) >= SHORT_ARTICLE_CHARS and len(inside) < len(main[0][0]) and inside in " ".join(main[0][0].split()):
            main = fallback
    blocks, links = main
    blocks = [b for b in blocks if _keep_block(b)]
    if blocks and title and _same_text(blocks[0], title):
        blocks = blocks[1:]
    elif blocks and title and "\n" in blocks[0] and _same_text(blocks[0].split("\n", 1)[0], title):
        # trafilatura's fallback for a tiny page runs the headline into the first paragraph,
        # on a line of its own; a first sentence merely starting with the title's words keeps them
        blocks[0] = blocks[0].split("\n", 1)[1].strip()
    bylines += [b for b in blocks if is_byline(b.lstrip("- "))]
    blocks = [b for b in _dedupe(blocks) if not is_byline(b.lstrip("- "))]
    text = "\n\n".join(blocks).strip()
    published, source = _publication(tree, url, text, now=now, bylines=bylines)
    language = (tree.get("lang") or "").split("-")[0].lower() or None
    links = list(links) + (_source_links(container, url) if container is not None
                           else _source_links(cleaned, url, labelled_only=True))
    article = Article(url=url, title=title, text=text, published=published, canonical_url=canonical,
                      links=_outbound(links, url), language=language, published_source=source)
    if problem is None and not_found_page(tree):
        problem = "not-found"
    article.problem = problem
    article.is_article = problem is None and looks_like_article(tree, article, cleaned=cleaned, listed=listed,
                                                                listed_date=listed_date)
    return article


_BYLINE_TAGS = ("div", "p", "span", "small", "footer", "header", "ul", "li", "dl", "dd", "time", "em", "address")


def _drop_bylines(cleaned: lxml.html.HtmlElement) -> list[str]:
    """Remove byline and meta lines ("Minggu, 8 November 2026 15:30 WITA | Admin KIM | 88x
    dilihat", "By Staff | …") from the cleaned tree: on a short post they would otherwise be
    taken for its first paragraph. Only elements whose whole text is a byline go; their
    texts are returned (a source of the publication time)."""
    dropped: list[str] = []
    for element in list(cleaned.iter(*_BYLINE_TAGS)):
        if element.getparent() is None or element.tag in ("body", "html"):
            continue
        if any(child.tag in ("h1", "h2", "h3", "img", "table") for child in element.iter() if child is not element):
            continue
        text = _text_of(element)
        if text and len(text) <= 160 and is_byline(text):
            dropped.append(text)
            _drop(element)
    return dropped


def _same_text(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)


def _dedupe(blocks: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for block in blocks:
        key = block.strip().lower()
        if len(key) > 30 and key in seen:
            continue
        seen.add(key)
        result.append(block)
    return result


def extract_fragment(html: str, url: str) -> tuple[str, list[str]]:
    """Text and outbound links of an HTML fragment (a WordPress REST ``content.rendered`` or a
    feed entry body), with "Baca juga" paragraphs and share bars removed."""
    tree = parse_html(f"<html><body><div class='entry-content'>{html or ''}</div></body></html>")
    if tree is None:
        return "", []
    cleaned = clean_tree(tree)
    blocks, links = _fallback_main(cleaned, url)
    blocks = _dedupe([b for b in blocks if _keep_block(b)])
    return "\n\n".join(blocks).strip(), _outbound(links, url)


# --------------------------------------------------------------------------- classification

# Titles and headlines of "page not found" pages served with status 200 (soft 404s): WordPress
# themes ("Halaman tidak ditemukan – KIM …", "Oops! Halaman tidak ditemukan."), Blogger, CMSs
_NOT_FOUND = re.compile(
    r"^\W*(?:oops\W*|maaf\W*|sorry\W*|error\s*|galat\s*)*(?:404(?:\s*[-–—:|]?\s*(?:not\s+found|error))?"
    r"|(?:(?:halaman|laman|page|artikel|berita|postingan|konten|content|the\s+page)\s+"
    r"(?:yang\s+anda\s+cari\s+|you\s+(?:are\s+)?(?:requested|looking\s+for)\s+)?)?"
    r"(?:tidak|tak|not|could\s+not\s+be|can(?:no|')t\s+be|was\s+not)\s+(?:dapat\s+)?(?:ditemukan|found)"
    r"|(?:halaman|laman|page|artikel|berita|postingan|konten|content|the\s+page)\s+(?:yang\s+anda\s+cari\s+|you\s+"
    r"(?:are\s+)?(?:requested|looking\s+for)\s+)?(?:tidak|tak|does\s+not|doesn't|is\s+not)\s+(?:ada|tersedia|exists?|available)"
    r"|nothing\s+(?:was\s+)?found|halaman\s+hilang)"
    r"\s*(?:$|[.!:|–—-])",
    re.IGNORECASE,
)


def not_found_page(tree: lxml.html.HtmlElement) -> bool:
    """Whether the page is a "page not found" page served as 200: WordPress's
    ``<body class="error404">``, or a ``<title>`` or only headline saying "Halaman tidak
    ditemukan", "Page not found", "404", "Not Found", "Halaman yang Anda cari tidak ada"."""
    body = tree.find("body")
    if body is not None and re.search(r"(?:^|\s)error404(?:\s|$)", body.get("class") or ""):
        return True
    title = " ".join(" ".join(tree.xpath("//title//text()")).split())
    if title and _NOT_FOUND.match(title):
        return True
    headings = [h for h in tree.xpath("//body//h1") if not _inside_chrome(h) and _text_of(h)]
    return len(headings) == 1 and bool(_NOT_FOUND.match(_text_of(headings[0])))



def looks_like_article(tree: lxml.html.HtmlElement, article: Article, *,
                       cleaned: lxml.html.HtmlElement | None = None, listed: bool = False,
                       listed_date: bool = False) -> bool:
    """Whether the page is one article, not a listing, a section index or an error page.

    A page declaring itself an article (OpenGraph ``article``, JSON-LD ``NewsArticle``, an
    ``article:published_time``) with some text is one; so is a page built like one whatever
    its length (:func:`_built_like_article`: one headline, a byline date, an article URL or a
    listing linking to it, no teaser list) — KIMs post one-to-three-sentence news; otherwise
    it needs enough prose and few teaser links compared with its text. Login forms never are.
    """
    if tree.xpath("//input[translate(@type, 'PASWORD', 'pasword')='password']"):
        return False
    og_type = (_meta(tree, "og:type") or "").lower()
    declared = og_type == "article" or _meta(tree, "article:published_time") is not None
    ld = _json_ld_article(tree)
    if ld is not None and str(ld.get("@type", "")).lower() not in ("webpage", "['webpage']"):
        declared = True
    text_len = len(article.text)
    letters = sum(1 for ch in article.text if ch.isalpha() or ch.isspace())
    if text_len and letters < 0.7 * text_len:
        return False  # mojibake, tables of numbers, code: not prose a post is made of
    if declared and text_len >= 40:
        return True
    if SHORT_ARTICLE_CHARS <= text_len < 600 and _built_like_article(tree, article, cleaned, listed, listed_date):
        return True
    if og_type in ("website", "profile") and text_len < 600:
        return False
    if text_len < MIN_ARTICLE_CHARS:
        return False
    teasers = len(listing_links(tree, article.url, limit=50))
    articles_marked = len(tree.xpath("//article"))
    if articles_marked >= 3 or teasers >= 8 and text_len < teasers * 120:
        return False
    return article.published is not None or text_len >= 400


def _built_like_article(tree: lxml.html.HtmlElement, article: Article,
                        cleaned: lxml.html.HtmlElement | None, listed: bool, listed_date: bool = False) -> bool:
    """Structure that makes a short page an article: a title and a single headline, a date
    from the page's byline or metadata (not from its text) or on the card of the listing
    linking to it, a URL shaped like an article's
    (or the page was linked as an item from a listing) that is no section, tag, contact or
    account URL, and no list of teasers in the page's main part."""
    if not article.title or not (article.published_source in ("meta", "byline") or listed_date):
        return False
    if _title_heading(tree) is None:
        return False
    shape = article_url_score(article.url, article.url)
    path = urlsplit(article.url).path
    if _NOT_ARTICLE_PATH.search(path) or path in ("", "/"):
        return False
    if not listed and shape < 0.5:
        return False
    main = cleaned if cleaned is not None else tree
    if len(main.xpath("//article")) >= 3 or len(listing_links(main, article.url, limit=10)) >= 3:
        return False
    return True


# --------------------------------------------------------------------------- listing pages


def _same_site(host_a: str, host_b: str) -> bool:
    strip = lambda h: re.sub(r"^(?:www\d?|m)\.", "", h.lower())  # noqa: E731
    return strip(host_a) == strip(host_b)


def article_url_score(url: str, base_url: str) -> float:
    """How much ``url``'s shape says "article" (0 = certainly not), relative to the site of
    ``base_url``: same host, a slug of several words, a numeric id, a date, a section prefix
    such as ``/berita/``; never a category, tag, author, page, file or account URL."""
    try:
        parts = urlsplit(url)
        base = urlsplit(base_url)
    except ValueError:
        return 0.0
    if parts.scheme not in ("http", "https") or not parts.hostname or not base.hostname:
        return 0.0
    if not _same_site(parts.hostname, base.hostname):
        return 0.0
    path = parts.path or "/"
    if _NOT_ARTICLE_PATH.search(path) or _FILE_EXT.search(path):
        return 0.0
    query = {k.lower(): v for k, v in parse_qsl(parts.query)}
    if query.keys() & {"s", "q", "cat", "tag", "replytocom", "start", "offset", "search", "keyword"}:
        return 0.0
    if any(query.get(k, "").isdigit() for k in ("page", "paged", "hal", "halaman", "pg")):
        return 0.0  # ?page=2 is pagination; ?page=berita&id=12 is a router
    segments = [s for s in path.split("/") if s]
    score = 0.0
    script = not segments or (len(segments) == 1 and re.search(r"\.(?:php|aspx?|jsp|cfm)$|^index$", segments[0], re.I))
    if script and any(query.get(k) for k in ("p", "id", "berita", "read", "artikel", "post", "news", "slug", "judul")):
        # ?p=123 (WordPress without permalinks), index.php?hal=baca&id=78, detail.php?id=5
        return 0.6 if any(v.isdigit() or len(v) > 8 for v in query.values()) else 0.0
    if not segments:
        return score
    last = segments[-1]
    words = [w for w in re.split(r"[-_+]", re.sub(r"\.(?:html?|php|aspx?)$", "", last)) if w]
    if len(words) >= 4:
        score += 0.6
    elif len(words) >= 3:
        score += 0.4
    if any(re.fullmatch(r"\d{2,}", s) for s in segments):
        score += 0.3
    if _URL_DATE.search(path + "/") or re.search(r"/20\d\d/", path):
        score += 0.3
    if re.search(r"\.html?$", last):
        score += 0.2
    if re.search(r"(?:^|/)(?:berita|read|baca|detail|artikel|article|news|post|posts|pengumuman|agenda|kegiatan"
                 r"|informasi|kabar|blog|view|show|gallery|galeri|actualites|nouvelles)(?:/|$)", path, re.I) \
            and len(segments) >= 2:
        score += 0.3
    if len(segments) == 1 and len(words) < 3:
        return 0.0  # /berita, /profil, /kontak: sections, not articles
    return min(score, 1.0)


def _anchor_text(anchor: lxml.html.HtmlElement) -> str:
    text = _text_of(anchor)
    if not text:
        text = " ".join((anchor.get("title") or "").split())
    if not text:
        alts = anchor.xpath(".//img/@alt")
        text = " ".join(str(alts[0]).split()) if alts else ""
    return text


def listing_links(tree_or_html: lxml.html.HtmlElement | bytes | str, url: str, *, limit: int = 200,
                  min_score: float = 0.5, dates: bool = False, now: datetime | None = None) -> list[ListingLink]:
    """Links on a listing page (home page, ``/berita``) that look like articles of the site.

    A link counts by its URL shape (:func:`article_url_score`) plus its anchor: a headline
    (several words) adds, a menu word subtracts; links in menus, footers and the page header
    are ignored. Returned best first within page order, without duplicates. With ``dates``,
    each link gets the date its card shows, if any (``published``); a relative one ("3 hari
    lalu", "Kemarin 14:05") is resolved against ``now`` (default: the current time).
    """
    if isinstance(tree_or_html, bytes | str):
        parsed = parse_html(tree_or_html)
        if parsed is None:
            return []
        tree = parsed
    else:
        tree = tree_or_html
    base = url
    bases = tree.xpath("//base/@href")
    if bases:
        base = urljoin(url, str(bases[0]))
    found: dict[str, ListingLink] = {}
    anchors: dict[str, lxml.html.HtmlElement] = {}
    page_key = _strip_fragment(url)
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "whatsapp:")):
            continue
        if _in_navigation(anchor):
            continue
        target = _strip_fragment(urljoin(base, href))
        if target == page_key or target.rstrip("/") == page_key.rstrip("/"):
            continue
        score = article_url_score(target, url)
        if score <= 0:
            continue
        text = _anchor_text(anchor)
        words = len(text.split())
        if words >= 5 or len(text) >= 30:
            score += 0.4
        elif words >= 3:  # a short headline ("Lomba Mewarnai Tingkat TK") still reads as one
            score += 0.2
        elif words <= 2 and text.lower() not in ("selengkapnya", "baca selengkapnya", "read more", "lanjut",
                                                   "lire la suite", "baca", "more", "detail"):
            score -= 0.2
        if score < min_score:
            continue
        known = found.get(target)
        if known is None:
            found[target] = ListingLink(target, text, score)
            anchors[target] = anchor
        else:
            known.score = max(known.score, score)
            if len(text) > len(known.text):
                known.text = text
        if len(found) >= limit:
            break
    if dates:
        for target, link in found.items():
            link.published = _card_date(anchors[target], target, base, set(found),
                                        now or datetime.now(UTC))
    return list(found.values())


def _card_date(anchor: lxml.html.HtmlElement, target: str, base: str, targets: set[str],
               now: datetime | None = None) -> str | None:
    """The date on the card of a listing link ("Senin, 4 November 2024 | 10:15 WITA", "04/11/2024"):
    the largest ancestor (up to 4 levels) that links to no other listed article, searched in its
    short text blocks. Article pages without a byline then still get the listing's date."""
    card = None
    for ancestor in itertools.islice(anchor.iterancestors(), 4):
        if ancestor.tag in ("body", "html", "main", "ul", "ol", "table", "tbody"):
            break
        others = {_strip_fragment(urljoin(base, (a.get("href") or "").strip())) for a in ancestor.iter("a")}
        if (others & targets) - {target}:
            break
        card = ancestor
    if card is None:
        return None
    for element in card.iter("time", "span", "small", "div", "p", "li", "em", "i", "abbr"):
        value = element.get("datetime") if element.tag == "time" else None
        moment = parse_datetime(value) if value else None
        if moment is None:
            text = _text_of(element)
            if not text or len(text) > 80:
                continue
            moment = _byline_date(text, now)
        if moment is not None:
            return to_iso(moment)
    return None


def _strip_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def _in_navigation(element: lxml.html.HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in ("nav", "footer", "menu"):
            return True
        if ancestor.tag == "header" and not _in_article(ancestor):
            return True
        if ancestor.tag in ("body", "html"):
            return False
        names = _classes(ancestor).lower()
        if re.search(r"(?:^|[\s_-])(?:menu|navbar|nav|navigation|breadcrumbs?|footer|topbar|pagination|pager)(?:$|[\s_-])",
                     names) or (ancestor.get("role") or "").lower() in ("navigation", "menubar", "banner"):
            return True
    return False


def next_page_url(tree_or_html: lxml.html.HtmlElement | bytes | str, url: str) -> str | None:
    """The next page of a listing: ``rel=next``, a "Selanjutnya"/"Next"/"»" link, or the link to
    page N+1 (``?page=N+1``, ``/page/N+1``); None on the last page. Same site only."""
    if isinstance(tree_or_html, bytes | str):
        parsed = parse_html(tree_or_html)
        if parsed is None:
            return None
        tree = parsed
    else:
        tree = tree_or_html
    host = urlsplit(url).hostname or ""

    def usable(href: str | None) -> str | None:
        if not href or href.strip().startswith(("#", "javascript:")):
            return None
        target = _strip_fragment(urljoin(url, href.strip()))
        target_host = urlsplit(target).hostname or ""
        if not _same_site(target_host, host) or target.rstrip("/") == _strip_fragment(url).rstrip("/"):
            return None
        return target

    for href in tree.xpath("//link[translate(@rel, 'NEXT', 'next')='next']/@href"):
        if (target := usable(str(href))) is not None:
            return target
    current = _page_number(url)
    numbered: str | None = None
    for anchor in tree.iter("a"):
        rel = (anchor.get("rel") or "").lower().split()
        text = _anchor_text(anchor).lower().strip()
        label = (anchor.get("aria-label") or "").lower()
        target = usable(anchor.get("href"))
        if target is None:
            continue
        if "next" in rel and _looks_paginated(target):
            return target
        cleaned = text.strip(" \u00a0").rstrip("»›> ").strip() or text
        if (text in NEXT_TEXTS or cleaned in NEXT_TEXTS or label in NEXT_TEXTS
                or any(text.startswith(n) for n in ("selanjutnya", "berikutnya", "next page", "halaman berikutnya"))
                or "next" in label or "selanjutnya" in label) and _looks_paginated(target):
            return target
        if numbered is None and text.isdigit() and int(text) == current + 1 and _page_number(target) == current + 1:
            numbered = target
    return numbered


_PAGE_IN_PATH = re.compile(r"/(?:page|halaman|hal|p)/(\d+)/?$", re.I)


def _page_number(url: str) -> int:
    parts = urlsplit(url)
    match = _PAGE_IN_PATH.search(parts.path)
    if match:
        return int(match.group(1))
    for key, value in parse_qsl(parts.query):
        if key.lower() in ("page", "paged", "hal", "halaman", "pg", "p") and value.isdigit():
            return int(value)
    return 1


def _looks_paginated(url: str) -> bool:
    parts = urlsplit(url)
    if _PAGE_IN_PATH.search(parts.path):
        return True
    keys = {k.lower() for k, _ in parse_qsl(parts.query)}
    return bool(keys & {"page", "paged", "hal", "halaman", "pg", "p", "start", "offset", "updated-max"}) \
        or "search" in parts.path


def section_links(tree: lxml.html.HtmlElement, url: str, names: Iterable[str]) -> list[str]:
    """Links of the site's menu to sections named like ``names`` (``/berita``, ``/pengumuman``)."""
    wanted = {n.strip("/").lower() for n in names}
    host = urlsplit(url).hostname or ""
    found: list[str] = []
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href:
            continue
        target = _strip_fragment(urljoin(url, href))
        parts = urlsplit(target)
        if not _same_site(parts.hostname or "", host):
            continue
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) in (1, 2) and segments[-1].lower() in wanted and target not in found:
            found.append(target)
    return found
