"""The main text of an article page, and whether the page is an article at all.

KIM and government sites are WordPress themes (Elementor and other builders), Blogger
templates, Laravel/Bootstrap apps and the KIM.id platform: every page wraps a short article in
menus, sidebars, share buttons, "Baca juga" links and footers. The matcher compares *article
text*, so whatever is left of that chrome becomes false evidence ("Berita Terkait" lists name
other announcements).

:func:`extract_article` parses once (:mod:`~crawler.harvest.page`), reads title, canonical URL
and publication time (:mod:`~crawler.harvest.pubdate`) from the whole page, and takes the main
text from trafilatura (Apache-2.0; ``favor_precision``) run on the whole page: on the real
pages of the article-extraction benchmark it beats every rule of our own
(``bench/bench_realweb.py``). Own rules stay only where they measurably help without making a
real page worse: "Baca juga"/share/credit lines and byline lines by the title are dropped,
an unmarked contact footer closing the text goes, and when trafilatura finds (almost) nothing
— a one-sentence village post — the CMS's article container or the element holding most
paragraphs (:func:`main_container`, after removing chrome named by whole class tokens) is
read instead. Links are those of the paragraphs kept. Pages that say they are not there
("Halaman tidak ditemukan", ``body.error404``: soft 404s served with 200) and pages nested
deeper than libxml2 reads are never articles; :attr:`Article.problem` says which, and
:attr:`Article.verdict` which signal made a page an article or not, for the channel's note.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from html import unescape
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from crawler.harvest.listing import article_url_score, listing_links, not_article_path, text_weight
from crawler.harvest.page import (
    _CHROME_TAGS,
    _SITE_SEPARATORS,
    CROSS_LINK_LINE,
    SHARE_OR_COMMENT_LINE,
    _classes,
    _in_article,
    _inside_chrome,
    _json_ld_article,
    _meta,
    _short_text,
    _text_of,
    _title_heading,
    body_headlines,
    body_of,
    canonical_link,
    elements_of,
    embed_links,
    forget_elements,
    latin_mojibake,
    links_in,
    parse_html,
    parse_page,
    title_texts,
)
from crawler.harvest.page import (
    drop_keeping_tail as _drop,
)
from crawler.harvest.pubdate import _publication, is_byline

log = logging.getLogger(__name__)
#: Main text shorter than this (characters) does not make a page an article on its own.
MIN_ARTICLE_CHARS = 120
#: A short post (one to three sentences) is an article with less text than
#: MIN_ARTICLE_CHARS when its page is built like one: a single headline, a byline date, an
#: article URL or a listing linking to it, no teaser list. Below this nothing is.
SHORT_ARTICLE_CHARS = 40
#: Main text below this from trafilatura sends the page to kimwatch's own container rules too.
SHORT_FALLBACK_CHARS = 200
#: Main text below this from trafilatura's fast mode sends the page through its full cascade.
FULL_EXTRACTION_BELOW = 500
#: ... or below this share of the text of the page's paragraphs.
FULL_EXTRACTION_SHARE = 0.4
#: trafilatura's setting: "precision" (favor_precision), "balanced" or "recall".
EXTRACTION_MODE = "precision"

_CROSS_LINK_LINE = CROSS_LINK_LINE  # defined with the page helpers: the feed cleaning uses it too
# Lines that are share bars, tag lists, credits or footers when they stand alone.
_CHROME_LINE = re.compile(
    r"^\W{0,3}(?:bagikan|share|tweet|sebarkan|bagikan\s+ke|share\s+(?:this|on)|partager|tags?\s*:|label\s*:"
    r"|kategori\s*:|category\s*:|catégories?\s*:|editor\s*:|penulis\s*:|reporter\s*:|sumber\s*:\s*$"
    r"|copyright|hak\s+cipta|©|all\s+rights\s+reserved|powered\s+by|tous\s+droits)",
    re.IGNORECASE,
)
# Class names (and ids) of page chrome, compared with whole class tokens only: a rule matching
# words inside names removed whole articles on real sites (Elementor's
# "elementor-widget-container", "TestReport__Section--Ads", The Verge's "l-sidebar-fixed …").
_BOILERPLATE_CLASSES = frozenset("""
    share sharing social sosmed social-share social-links social-icons share-buttons sharing-buttons sharedaddy
    addtoany a2a_kit meta-share related terkait related-posts related_posts relatedposts jp-relatedposts
    baca-juga bacajuga berita-terkait berita-lain berita-lainnya lainnya rekomendasi
    sidebar sidebar-left sidebar-right widget widget-area widget_area widgets footer-widgets secondary
    comment comments comments-area comment-list comment-respond comment-wrapper comments-wrapper comment-form
    comment-section komentar fb-comments disqus disqus_thread
    breadcrumb breadcrumbs menu main-menu nav-menu menu-item navbar navbar-nav nav navigation main-navigation
    post-navigation nav-links pagination pager footer site-footer header site-header masthead topbar
    tags tag-links tags-links cat-links post-tags tagcloud entry-footer author-box author-bio
    advert advertisement ads iklan banner popular populer terpopuler popular-posts berita-populer trending
    recent-posts widget_recent_entries newsletter subscribe cookie cookie-notice popup modal search
    pencarian copyright readmore read-more skip-link screen-reader-text print marquee running-text ticker
    breaking
""".split())
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
# Unmarked footers: addresses, phone numbers, copyright lines.
_CONTACT_LINE = re.compile(r"©|\(c\)\s*\d{4}|hak\s+cipta|copyright|all rights reserved|\btelp?\.?\s*[:(+0-9]"
                           r"|\bjl\.\s|\bjalan\s+\w+\s+no\.|e-?mail\s*:|\bfax\b", re.I)


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
    #: why the page is or is not an article, in a few words: "declared article (og:type)",
    #: "login form", "listing (12 teaser links)", "too short (35 chars)", … — the channel's
    #: note counts pages by it
    verdict: str | None = None
    #: asked for with ``judge_unlisted``: the verdict (is_article, why) on the same page read as
    #: one reached by itself, not from a listing — from the same reading
    unlisted_verdict: tuple[bool, str] | None = None


#: metadata naming the page's title, most trusted first (as Readability.js reads them)
_TITLE_META = ("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
               "twitter:title", "parsely-title")
_TITLE_SEPARATOR = re.compile(r"\s[|\-–—\\/>»·•]\s|\s::\s")
_HIERARCHY_SEPARATOR = re.compile(r"\s[\\/>»]\s")


def page_title(tree: lxml.html.HtmlElement) -> str | None:
    """The article's title without the site name ("Judul – KIM Angsau" → "Judul").

    Metadata first, as Readability.js reads it (JSON-LD ``headline``, Dublin Core, OpenGraph,
    Twitter, Parse.ly), then the ``<title>`` element cut at its separators, then the page's
    only headline. A heading picked by its class name ("headline", "title") is no title:
    sections, teasers and galleries carry those classes too (a real page's "Middle East").
    A title that is only the site's name (themes that put it in every page's og:title) gives
    way to the headline.
    """
    site_name = _meta(tree, "og:site_name", "application-name") or ""
    site_lower = " ".join(site_name.split()).lower()
    title_tag = " ".join(" ".join(title_texts(tree)[:1]).split())
    candidates: list[str] = []
    article = _json_ld_article(tree)
    if article:
        name, headline = (" ".join(unescape(v).split()) if isinstance(v, str) else ""
                          for v in (article.get("name"), article.get("headline")))
        if name and headline and name != headline:
            # some sites put their own name in "name": the one resembling <title> wins
            document = _document_title(tree, title_tag)
            if _similarity(headline, document) > 0.75 >= _similarity(name, document):
                name = headline
        if name or headline:
            candidates.append(name or headline)
    meta = _meta(tree, *_TITLE_META)
    if meta:
        candidates.append(meta)
    document_title = _document_title(tree, title_tag)
    heading = _title_heading(tree)
    headline = _text_of(heading) if heading is not None else ""
    if document_title:
        if not candidates and headline and heading is not None and _in_article(heading) \
                and len(headline.split()) >= 4 and len(headline.split()) > len(document_title.split()) \
                and _similarity(headline, document_title) < 0.5 and _similarity(document_title, headline) < 0.5:
            # a <title> shorter than the article's own headline and sharing none of its words is
            # the site's name ("Riverside Community News"): the headline is the title
            candidates.append(headline)
        elif not candidates and headline and heading is not None and _in_article(heading) \
                and len(headline.split()) >= 4 and all(_ORGANISATION.match(part.strip()) or part.strip().lower() in
                                                       _SITE_WORDS for part in _SITE_SEPARATORS.split(title_tag)) \
                and _title_key(headline) not in _title_key(title_tag):
            # a <title> made only of the site's names ("KIM Tambak Anyar | Portal Desa") on an
            # article with its own headline: the headline is the title
            candidates.append(headline)
        candidates.append(document_title)
    head_key = _title_key(headline)
    for candidate in candidates:
        if head_key and _title_key(candidate) == head_key:
            return candidate  # the headline says it whole: "Cleanup “Kampung” — report"
        parts = _SITE_SEPARATORS.split(candidate)
        if head_key and len(parts) > 1 and any(_title_key(part) == head_key for part in parts):
            return headline  # "Kerja Bakti RT 05 - KIM Sungai Jingah" with the headline "Kerja Bakti RT 05"
        cleaned = _strip_site_name(candidate, site_name)
        lowered = cleaned.lower()
        if len(cleaned) < 2 or lowered == site_lower or (headline and lowered in (
                "home", "beranda", "berita", "news", "artikel")):
            continue
        if site_lower and headline and lowered in site_lower:
            continue
        return cleaned
    if headline:
        return headline
    return title_tag or None


def _title_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _document_title(tree: lxml.html.HtmlElement, title: str) -> str:
    """``<title>`` cut as Readability.js cuts it: the part before the last separator (after
    the first when that leaves fewer than 3 words), the part after a colon unless a heading
    repeats the whole title, the only ``<h1>`` for a title too short or too long to be one."""
    if not title:
        heading = _title_heading(tree)
        return _text_of(heading) if heading is not None else ""
    current = title
    hierarchical = False
    words = lambda s: len(s.split())  # noqa: E731
    if _TITLE_SEPARATOR.search(title):
        hierarchical = bool(_HIERARCHY_SEPARATOR.search(title))
        current = title[: _last_separator(title)].strip()
        if words(current) < 3:
            current = title[_first_separator_end(title):].strip()
    elif ": " in title:
        headings = {_text_of(h) for h in tree.iter("h1", "h2")}
        if title not in headings:
            current = title[title.rfind(":") + 1:].strip()
            if words(current) < 3:
                current = title[title.find(":") + 1:].strip()
            elif words(title[: title.find(":")]) > 5:
                current = title
    elif len(title) > 150 or len(title) < 15:
        h1s = [h for h in tree.iter("h1") if _text_of(h)]
        if len(h1s) == 1:
            current = _text_of(h1s[0])
    current = " ".join(current.split())
    if words(current) <= 4 and (not hierarchical
                                or words(current) != words(_TITLE_SEPARATOR.sub(" ", title)) - 1):
        current = title
    return current


def _similarity(a: str, b: str) -> float:
    """Share of ``b``'s text made of words ``a`` also has (Readability.js's textSimilarity)."""
    words_a = set(re.split(r"\W+", a.lower())) - {""}
    words_b = [w for w in re.split(r"\W+", b.lower()) if w]
    if not words_a or not words_b:
        return 0.0
    unique = [w for w in words_b if w not in words_a]
    return 1 - len(" ".join(unique)) / len(" ".join(words_b))


def _last_separator(title: str) -> int:
    found = list(_TITLE_SEPARATOR.finditer(title))
    return found[-1].start() if found else len(title)


def _first_separator_end(title: str) -> int:
    found = _TITLE_SEPARATOR.search(title)
    return found.end() if found else 0


# the site names of KIM and government sites: "KIM Sungai Jingah", "Desa Pematang", "Diskominfo Tapin"
_ORGANISATION = re.compile(r"^(?:KIM|Desa|Kelurahan|Kampung|Gampong|Nagari|Pemdes|Pemkab|Pemkot|Pemprov|Diskominfo"
                           r"|Dinas|Kabupaten|Kota|Kecamatan)\b", re.IGNORECASE)


#: <title> parts that name a kind of site, not an article ("Portal Desa", "Website Resmi")
_SITE_WORDS = frozenset(("portal desa", "website desa", "situs resmi", "website resmi", "portal resmi",
                         "official website", "portal berita", "beranda", "home", "berita", "kabar desa"))


def _strip_site_name(title: str, site_name: str) -> str:
    """``title`` without the site's name at its start or end ("Judul – KIM Angsau")."""
    title = " ".join(title.split())
    parts = _SITE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    site = " ".join(site_name.split()).lower()
    if site:
        if parts[-1].strip().lower() == site or site.startswith(parts[-1].strip().lower()):
            return _SITE_SEPARATORS.split(title)[0] if len(parts) == 2 else title[: title.rfind(parts[-1])].rstrip(" |-–—»·•:")
        if parts[0].strip().lower() == site:
            return title[len(parts[0]):].lstrip(" |-–—»·•:")
    if len(parts) == 2:
        # the site name is the shorter end part, a few words at most
        first, last = parts
        if len(last.split()) <= 4 and (len(first) >= len(last) or _ORGANISATION.match(last)):
            return first
        if len(first.split()) <= 3 and len(last) > 2 * len(first):
            return last
    return title


# --------------------------------------------------------------------------- cleaning


def _is_chrome_container(element: lxml.html.HtmlElement) -> bool:
    if element.tag in ("body", "html", "article", "main"):
        return False
    names = _classes(element).split()
    role = (element.get("role") or "").lower()
    if role in ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"):
        return True
    return any(name.lower() in _BOILERPLATE_CLASSES for name in names)


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


_DATA_TABLE_MARKS = ("caption", "thead", "tfoot", "th", "col", "colgroup")
_LAYOUT_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "form", "section", "article",
                  "nav", "header", "footer", "aside")


def _rows_of(table: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [row for part in [table, *(c for c in table if c.tag in ("tbody", "thead", "tfoot"))]
            for row in part if row.tag == "tr"]


def _layout_table(table: lxml.html.HtmlElement) -> bool:
    """Whether ``table`` lays out a page rather than holding data, as Readability.js tells
    them apart: never when marked as data (``summary``, a caption, header cells, column
    groups); always with ``role=presentation`` or a table inside it; with one row or one column
    when its cells hold blocks (paragraphs, headings, divisions: a floated pull quote or a
    picture with its caption stays a table); else when it is small (ten cells at most) and a cell holds a paragraph's worth of text or
    a heading — old PHP sites put the menu, the title, the byline and the article each in a
    cell of one table."""
    role = (table.get("role") or "").lower()
    if role in ("presentation", "none") or table.get("datatable") == "0":
        return True
    if table.get("summary") or any(element.tag in _DATA_TABLE_MARKS for element in table.iter()
                                   if element is not table):
        return False
    if table.find(".//table") is not None:
        return True
    rows = _rows_of(table)
    cells = [[cell for cell in row if cell.tag in ("td", "th")] for row in rows]
    columns = max((sum(int(c.get("colspan") or 1) if (c.get("colspan") or "1").isdigit() else 1 for c in row)
                   for row in cells), default=0)
    if len(rows) <= 1 or columns <= 1:
        # a row or a column of cells holding blocks lays out a page; one of plain text is a box
        # in the article (a pull quote, a picture with its caption) that reads as a table row
        return any(True for row in cells for cell in row for _ in cell.iter(*_LAYOUT_BLOCKS))
    if len(rows) * columns > 10:
        return False
    return any(_text_len(cell) >= 200 or any(True for _ in cell.iter("h1", "h2", "h3"))
               for row in cells for cell in row)


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn layout tables (see :func:`_layout_table`) into ``<div>`` elements, in place.

    trafilatura reads every table as data: a page laid out in one table came out as one
    Markdown row ("| Beranda | Berita | Kontak |", then the title, the byline and the whole
    article in one cell), so no menu, title or byline line could be told from the text.
    Data tables (a schedule, a list of recipients) stay tables."""
    for table in list(tree.iter("table")):
        if not _layout_table(table):
            continue
        parts = [table] + [c for c in table if c.tag in ("tbody", "thead", "tfoot")]
        rows = _rows_of(table)
        for element in parts + rows + [cell for row in rows for cell in row if cell.tag in ("td", "th")]:
            element.tag = "div"
            for name in ("colspan", "rowspan", "width", "valign", "align", "cellpadding", "cellspacing", "border"):
                element.attrib.pop(name, None)


# --------------------------------------------------------------------------- main text


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


def _trafilatura_body(tree: lxml.html.HtmlElement, url: str, *, precision: bool = False,
                      recall: bool = False) -> list[str] | None:
    """The main-text blocks trafilatura finds in the whole page, or None.

    trafilatura's fast mode first (its own extractor only); its safety nets (readability and
    jusText compared with its result: 40% of its time) run only when that finds less than
    :data:`FULL_EXTRACTION_BELOW` characters or less than :data:`FULL_EXTRACTION_SHARE` of the
    text of the page's paragraphs. On the 311 real pages of the benchmarks the nets lengthen
    the text of 9 pages: every one of them is sent through them by these two tests (41 pages
    are), so the text is what the full cascade gives.
    """
    blocks = _trafilatura_run(tree, url, precision=precision, recall=recall, fast=True)
    found = sum(len(b) for b in blocks) if blocks is not None else 0
    if found < FULL_EXTRACTION_BELOW or found < FULL_EXTRACTION_SHARE * _paragraph_text_length(tree):
        blocks = _trafilatura_run(tree, url, precision=precision, recall=recall, fast=False)
    return blocks


def _paragraph_text_length(tree: lxml.html.HtmlElement) -> int:
    """Characters of text in the ``<p>`` elements of the page's body (whitespace collapsed)."""
    body = body_of(tree)
    if body is None:
        return 0
    # (walked from Python: the XPath //body//p//text() merges node sets quadratically on a
    # paragraph of 200,000 formatting tags)
    return len(" ".join("".join(piece for p in body.iter("p") for piece in p.itertext()).split()))


def _trafilatura_run(tree: lxml.html.HtmlElement, url: str, *, precision: bool, recall: bool,
                     fast: bool) -> list[str] | None:
    import trafilatura  # import cost is paid once, on first use

    try:
        document = trafilatura.bare_extraction(
            tree, url=url or None, output_format="python", include_links=False, include_comments=False,
            include_tables=True, favor_precision=precision, favor_recall=recall, deduplicate=False,
            with_metadata=False, fast=fast)
    except Exception as error:  # noqa: BLE001 - a library failure costs this page only
        log.debug("trafilatura failed on %s: %s", url, error)
        return None
    text = getattr(document, "text", None)
    if not isinstance(text, str):
        return None
    return [line.strip() for line in text.split("\n") if line.strip()]


_LINK_BLOCKS = frozenset(("p", "li", "td", "th", "dd", "dt", "blockquote", "h2", "h3", "h4", "h5", "h6",
                          "figcaption", "pre", "div", "section", "article", "span"))


def _links_in_text(tree: lxml.html.HtmlElement, blocks: list[str]) -> list[str]:
    """The links of the page that sit in the extracted text: each ``<a href>`` whose paragraph
    (its nearest block ancestor) reads as a line of ``blocks``. trafilatura's own link mode
    loses the text before a link on some pages (CNN), so text and links are read apart."""
    lines = {" ".join(block.split()) for block in blocks}
    whole = "\n".join(lines)
    # a block's text (whitespace collapsed, so one line at most) longer than the longest line
    # is in none of them: read no further than that (a link's block is often a page wrapper)
    longest = max(map(len, lines), default=0)
    links: list[str] = []
    memo: dict[lxml.html.HtmlElement, bool] = {}
    for anchor in links_in(tree):
        href = anchor.get("href")
        if not href:
            continue
        block = anchor.getparent()
        while block is not None and block.tag not in _LINK_BLOCKS:
            block = block.getparent()
        if block is None:
            continue
        if block not in memo:
            text = _short_text(block, longest)
            memo[block] = text is not None and len(text) >= 3 and (text in lines or (len(text) >= 15 and text in whole))
        if memo[block]:
            links.append(str(href))
    return links


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
    if SHARE_OR_COMMENT_LINE.match(text) and len(text) <= 80:
        return False  # "Bagikan ini:", "Komentar", "Belum ada komentar." (a KIM.id page's comment box)
    return True


_SOURCE_LABEL = re.compile(r"^\W{0,3}(?:sumber|source|(?:baca\s+|lihat\s+|info\s+)?selengkapnya|info\s+lengkap|informasi\s+lengkap|tautan|link"
                           r"|klik|kunjungi|via|dikutip\s+dari|disadur\s+dari)\b", re.IGNORECASE)


def _text_start(element: lxml.html.HtmlElement, length: int) -> str:
    """The whitespace-normalised start of ``element``'s text, at least ``length`` characters of
    it (or all of it), read no further."""
    pieces: list[str] = []
    solid = 0
    for piece in element.itertext():
        pieces.append(piece)
        solid += len("".join(piece.split()))  # characters besides whitespace
        if solid > length:
            break
    return " ".join("".join(pieces).split())


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
    # each link's own paragraph (its nearest p/li/div), read once: walking every <div> with its
    # descendants is quadratic on the nested layouts of real pages
    grouped: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for anchor in links_in(container):
        if not anchor.get("href"):
            continue
        block = anchor.getparent()
        while block is not None and block.tag not in ("p", "li", "div") and block is not container:
            block = block.getparent()
        if block is not None and block.tag in ("p", "li", "div"):
            grouped.setdefault(block, []).append(anchor)
    for paragraph, anchors in grouped.items():
        if len(anchors) > 3 or paragraph.find(".//p") is not None:
            continue
        if labelled_only and not _SOURCE_LABEL.match(_text_start(paragraph, 40)):
            continue  # (only a labelled paragraph counts: its first words say whether it is one)
        text = _short_text(paragraph, 200)
        if not text:
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


_EMBED_TAGS = ("iframe", "embed", "object", "video")
_CONTENT_CLASSES = frozenset(("entry-content", "post-content", "article-content", "post-body", "detail-content",
                              "content-detail", "isi-berita", "news-content", "article-body", "berita-content"))


def _article_embeds(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """Where the frames embedded in the article lead (see :func:`~crawler.harvest.page.embed_links`):
    a YouTube video, a Facebook or Instagram post, a map. Only frames inside the article
    (``<article>``, ``<main>``, ``itemprop=articleBody``, a CMS's content container), never in
    a sidebar, header or footer: a page widget embedding the site's own Facebook page is on
    every page and links no post."""
    found: list[str] = []
    for element in elements_of(tree, "frames"):  # (iframe, embed, object, video)
        if any(a.tag in _EMBED_TAGS for a in element.iterancestors()):
            continue  # an <embed> inside an <object> is read with it
        inside = False
        for ancestor in element.iterancestors():
            if ancestor.tag in ("header", "footer", "aside", "nav", "form") and not _in_article(ancestor):
                break
            if ancestor.tag in ("article", "main") or ancestor.get("itemprop") == "articleBody" \
                    or _CONTENT_CLASSES.intersection((ancestor.get("class") or "").split()):
                inside = True
                break
        if inside and not _inside_chrome(element):
            found += embed_links(element, url)
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
                    now: datetime | None = None, listed: bool = False, listed_date: bool = False,
                    judge_unlisted: bool = False, zone: tzinfo | None = None) -> Article | None:
    """The article in ``html`` (fetched from ``url`` at ``now``, default: the current time),
    or None when the page is unreadable.

    ``Article.is_article`` says whether it looks like one article (versus a listing, a
    gallery index or an error page); callers decide what to keep. ``listed``: the page was
    reached as an item link of a listing page, which helps a short post count as an article
    (see :func:`looks_like_article`); ``listed_date``: its listing card shows a date, which
    stands for a byline the page lacks. Relative bylines ("2 jam yang lalu") are resolved
    against ``now``. ``judge_unlisted``: also judge the page as one reached by itself
    (``Article.unlisted_verdict``), without reading it twice. ``zone``: the channel's
    ``timezone:``, for times without one on a page that says no zone of its own (default WITA).
    Never raises on bad input.
    """
    try:
        return _extract(html, url, content_type, now=now or datetime.now(UTC), listed=listed,
                        listed_date=listed and listed_date, judge_unlisted=judge_unlisted, zone=zone)
    except (RecursionError, MemoryError, ValueError, TypeError, lxml.etree.LxmlError) as error:
        log.warning("cannot extract %s: %s", url, error)
        return None


def _extract(html: bytes | str, url: str, content_type: str | None, *, now: datetime,
             listed: bool = False, listed_date: bool = False, judge_unlisted: bool = False,
             zone: tzinfo | None = None) -> Article | None:
    tree, problem = parse_page(html, content_type)
    if tree is None:
        return None
    title = page_title(tree)  # (reads the JSON-LD scripts, kept for the date and the verdict)
    canonical = canonical_link(tree, url)
    # scripts and styles are no text of any reader after this: dropped before trafilatura
    # copies the tree three times over
    lxml.etree.strip_elements(tree, "script", "style", "template", with_tail=False)
    if elements_of(tree, "template"):
        forget_elements(tree)  # (their content went with them)
    unwrap_layout_tables(tree)
    # trafilatura (favor_precision) on the whole page is the main text: on the 181 real pages
    # of the article-extraction benchmark it beats every rule of our own (bench/bench_realweb.py)
    found = _trafilatura_body(tree, url, precision=EXTRACTION_MODE == "precision",
                              recall=EXTRACTION_MODE == "recall")
    main: tuple[list[str], list[str] | None] | None = (found, None) if found is not None else None
    cleaned: lxml.html.HtmlElement | None = None
    container: lxml.html.HtmlElement | None = None
    bylines: list[str] = []
    if main is None or sum(len(b) for b in main[0]) < SHORT_FALLBACK_CHARS:
        # a short village post, a bare page: trafilatura declines; the CMS's article container
        # (or the element holding most paragraphs) is read instead
        cleaned = clean_tree(tree)
        bylines = _drop_bylines(cleaned)
        container = main_container(cleaned)
        fallback = _fallback_main(cleaned, url, container)
        if main is None or sum(len(b) for b in fallback[0]) > sum(len(b) for b in main[0]):
            main = (fallback[0], fallback[1])
    blocks, found_links = main
    blocks = [b for b in blocks if _keep_block(b)]
    if blocks and title and _same_text(blocks[0], title):
        blocks = blocks[1:]
    elif blocks and title and "\n" in blocks[0] and _same_text(blocks[0].split("\n", 1)[0], title):
        blocks[0] = blocks[0].split("\n", 1)[1].strip()
    while blocks and len(blocks[-1]) < 250 and _CONTACT_LINE.search(blocks[-1]):
        blocks.pop()  # an unmarked footer: address, phone, copyright lines after the article
    # byline lines sit by the title or close the text; in mid-text a dated line is a quoted
    # tweet's attribution ("— Rep. X (@x) November 19, 2019") and stays
    edge = {i for i in range(len(blocks)) if i < 3 or i >= len(blocks) - 2}
    dated = {i for i in edge if is_byline(blocks[i].lstrip("- "))}
    bylines += [blocks[i] for i in sorted(dated)]
    # repeated paragraphs stay: a recipe's "Repeat", a chorus, a list of identical prizes
    blocks = [b for i, b in enumerate(blocks) if i not in dated]
    text = "\n\n".join(blocks).strip()
    links = found_links if found_links is not None else _links_in_text(tree, blocks)
    published, source = _publication(tree, url, text, now=now, bylines=bylines, zone=zone)
    language = (tree.get("lang") or "").split("-")[0].lower() or None
    links = list(links) + (_source_links(container, url) if container is not None
                           else _source_links(tree, url, labelled_only=True)) + _article_embeds(tree, url)
    article = Article(url=url, title=title, text=text, published=published, canonical_url=canonical,
                      links=_outbound(links, url), language=language, published_source=source)
    if problem is None and not_found_page(tree):
        problem = "not-found"
    article.problem = problem
    if problem is None:
        article.is_article, article.verdict = article_verdict(tree, article, cleaned=cleaned, listed=listed,
                                                              listed_date=listed_date)
        if judge_unlisted:
            article.unlisted_verdict = article_verdict(tree, article, cleaned=cleaned) if listed \
                else (article.is_article, article.verdict)
    else:
        article.verdict = problem
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


#: the elements whose text :func:`_fallback_main` reads as a block
_FRAGMENT_BLOCKS = ("p", "li", "h2", "h3", "h4", "blockquote", "td", "pre")
#: elements around blocks and loose text, whose own text is loose text of the fragment
_FRAGMENT_WRAPPERS = frozenset(("div", "section", "article", "main", "span", "font", "center", "ul", "ol", "table",
                                "tbody", "thead", "tfoot", "tr"))
#: inline elements: their text belongs to the loose text around them
_FRAGMENT_INLINE = frozenset(("a", "strong", "b", "em", "i", "u", "span", "font", "small", "big", "sup", "sub",
                              "mark", "abbr", "cite", "q", "code", "time", "br", "img", "s", "strike", "del", "ins",
                              "wbr", "kbd", "var", "bdi", "bdo", "data"))


#: a loose run of a fragment that is only a link's text of at most this many words is its label
LINK_LABEL_WORDS = 4


def _fragment_blocks(container: lxml.html.HtmlElement) -> list[str]:
    """The blocks of a fragment in document order: the text of each block element, as
    :func:`_fallback_main` reads it, and each run of loose text between them (text and inline
    elements sitting directly in the fragment or in a ``<div>`` around blocks) as a block of its
    own. Text of other elements (a ``<figcaption>``, an ``<h1>``) stays out, as before."""
    blocks: list[str] = []
    loose: list[str] = []
    plain: list[str] = []  # the run's text outside links

    def flush() -> None:
        text = " ".join("".join(loose).split())
        # a run that is only a short link's text ("<p>…</p><a href=…>info</a>") is the link's
        # label, not the post's text: the link is kept among the outbound links
        if text and ("".join(plain).strip() or len(text.split()) > LINK_LABEL_WORDS):
            blocks.append(text)
        loose.clear()
        plain.clear()

    def walk(element: lxml.html.HtmlElement, keep_loose: bool) -> None:
        if keep_loose and element.text:
            loose.append(element.text)
            plain.append(element.text)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _FRAGMENT_BLOCKS:
                flush()
                text = _text_of(child)
                if text:
                    blocks.append(text)
            elif tag in _FRAGMENT_INLINE and not any(True for _ in child.iter(*_FRAGMENT_BLOCKS)):
                if keep_loose:
                    loose.append(" " if tag == "br" else "".join(child.itertext()))
                    if tag != "a" and not any(True for _ in child.iter("a")):
                        plain.append(loose[-1])
            else:
                flush()
                walk(child, keep_loose and tag in _FRAGMENT_WRAPPERS)
                flush()
            if keep_loose and child.tail:
                loose.append(child.tail)
                plain.append(child.tail)

    walk(container, True)
    flush()
    return blocks


def extract_fragment(html: str, url: str) -> tuple[str, list[str]]:
    """Text and outbound links of an HTML fragment (a WordPress REST ``content.rendered`` or a
    feed entry body), with "Baca juga" paragraphs and share bars removed. A paragraph the post
    repeats (a chorus, a refrain between images) is kept every time, as on a page."""
    tree = parse_html(f"<html><body><div class='entry-content'>{html or ''}</div></body></html>")
    if tree is None:
        return "", []
    embedded = embed_links(tree, url)  # before clean_tree drops the frames with the chrome
    cleaned = clean_tree(tree)
    blocks, links = _fallback_main(cleaned, url)
    containers = cleaned.xpath("//div[@class='entry-content']")
    bodies = cleaned.xpath("//body")
    if containers and any(True for _ in containers[0].iter(*_FRAGMENT_BLOCKS)) and (
            not bodies or _text_len(containers[0]) >= 0.9 * _text_len(bodies[0])):
        # (a stray "</div>" in the fragment closes the wrapper early: what follows it sits outside,
        # and the body's blocks, read as before, keep it)
        # loose text between the blocks ("<p>Lomba jukung.</p>Diikuti 40 regu …", a feed body's
        # closing line after its last paragraph) is the post's too: each run its own block
        blocks = _fragment_blocks(containers[0])
    blocks = [b for b in blocks if _keep_block(b)]
    return "\n\n".join(blocks).strip(), _outbound(links + embedded, url)


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
    title = " ".join(" ".join(title_texts(tree)).split())
    if title and _NOT_FOUND.match(title):
        return True
    headings = [h for h in body_headlines(tree) if not _inside_chrome(h) and _text_of(h)]
    return len(headings) == 1 and bool(_NOT_FOUND.match(_text_of(headings[0])))


def looks_like_article(tree: lxml.html.HtmlElement, article: Article, *,
                       cleaned: lxml.html.HtmlElement | None = None, listed: bool = False,
                       listed_date: bool = False) -> bool:
    """Whether the page is one article (see :func:`article_verdict`)."""
    return article_verdict(tree, article, cleaned=cleaned, listed=listed, listed_date=listed_date)[0]


# characters that are neither letters, digits, spaces nor "|.,": symbols, code, mojibake
_UNREADABLE = re.compile(r"[^\w\s|.,]|_")
_LOWER_PASSWORD = str.maketrans("PASWORD", "pasword")  # (as XPath's translate(@type, 'PASWORD', 'pasword'))
_LOGIN_HEADING = re.compile(r"^\W*(?:masuk|login|log\s*in|sign\s*in|daftar|register|anmelden|connexion"
                            r"|iniciar\s+sesi[oó]n|entrar)\b", re.IGNORECASE)


def article_verdict(tree: lxml.html.HtmlElement, article: Article, *,
                    cleaned: lxml.html.HtmlElement | None = None, listed: bool = False,
                    listed_date: bool = False) -> tuple[bool, str]:
    """Whether the page is one article, not a listing, a section index, a login or an error
    page — and the signal that decided, for the channel's note.

    Signals that hold across real sites, never one widget: the declared type (OpenGraph
    ``article``, JSON-LD ``NewsArticle``/``BlogPosting``, ``article:published_time``) with
    some text; the page's structure for a short post (:func:`_built_like_article`: one
    headline, a byline date, an article URL or a listing linking to it, no teaser list) —
    KIMs post one-to-three-sentence news; otherwise enough prose and few teaser links
    compared with its text. A password field (a sidebar login box is common on WordPress and
    village sites) makes a login page only when the page has little text besides the form.
    """
    og_type = (_meta(tree, "og:type") or "").lower()
    declared = ""
    if og_type == "article":
        declared = "og:type article"
    elif _meta(tree, "article:published_time") is not None:
        declared = "article:published_time"
    ld = _json_ld_article(tree)
    if ld is not None and str(ld.get("@type", "")).lower() not in ("webpage", "['webpage']"):
        declared = declared or f"JSON-LD {ld.get('@type')}"
    text_len = len(article.text)
    password = any((field.get("type") or "").translate(_LOWER_PASSWORD) == "password"
                   for field in elements_of(tree, "input"))
    if password and not declared and (text_len < 300 or _login_heading(tree, article)):
        return False, "login form"
    if text_len and (len(_UNREADABLE.findall(article.text)) > 0.3 * text_len or latin_mojibake(article.text)):
        # (symbols and code; or another script's bytes read as Latin letters, "Ñêàéðèì", that
        # neither the page's declarations nor a guess could read)
        return False, "not prose (symbols, code or broken encoding)"
    if declared and text_len >= 40:
        return True, f"declared article ({declared})"
    if SHORT_ARTICLE_CHARS <= text_len < 600 and _built_like_article(tree, article, cleaned, listed, listed_date):
        return True, "built like an article"
    if og_type in ("website", "profile") and text_len < 600:
        return False, f"og:type {og_type} ({text_len} chars of text)"
    if text_len < MIN_ARTICLE_CHARS:
        return False, f"too short ({text_len} chars)"
    # a page the site's own listing links as an item, dated by its metadata, with a long
    # text: an article with a big "more news" block (heise, Yahoo), not a listing
    listed_article = listed and article.published_source == "meta" and text_len >= 1000
    per_teaser = 50 if listed_article else 120
    # teaser links are counted only as far as the test below needs (at most 50): the first
    # text_len // per_teaser + 1 of them make the page a listing, the rest change nothing
    # (headlines in Chinese or Japanese count as links since their words are counted by characters:
    # so is the text, a character weighing two)
    weight = text_weight(article.text)
    teasers = len(listing_links(tree, article.url, limit=min(50, max(8, weight // per_teaser + 1))))
    articles_marked = len(elements_of(tree, "article"))
    if teasers >= 8 and weight < teasers * per_teaser:
        return False, f"listing ({teasers} teaser links, {text_len} chars of text)"
    if articles_marked >= 3 and text_len < articles_marked * 150:
        return False, f"listing ({articles_marked} <article> elements, {text_len} chars of text)"
    if article.published is not None:
        return True, "dated page with prose"
    if text_len >= 400:
        return True, "prose"
    if listed and text_len >= 200 and teasers < 3 and not not_article_path(urlsplit(article.url).path):
        return True, "prose linked as a listing item"
    return False, f"undated short page ({text_len} chars of text)"


def _login_heading(tree: lxml.html.HtmlElement, article: Article) -> bool:
    """Whether the page's title says it is a login page ("Masuk", "Login", "Sign in")."""
    title = article.title or " ".join(" ".join(title_texts(tree)).split())
    return bool(title and len(title) < 60 and _LOGIN_HEADING.match(title))


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
    if not_article_path(path) or path in ("", "/"):
        return False
    if not listed and shape < 0.5:
        return False
    main = cleaned if cleaned is not None else tree
    marked = elements_of(tree, "article") if main is tree else main.xpath("//article")
    if len(marked) >= 3 or len(listing_links(main, article.url, limit=10)) >= 3:
        return False
    return True
