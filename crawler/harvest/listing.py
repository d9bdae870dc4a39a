"""Listing pages: which links of a home or section page lead to articles, and the next page.

:func:`listing_links` scores a page's links by their place (article cards, headings, not
navigation or footers) and their URL's shape (:func:`article_url_score`), with the date a
card shows; :func:`next_page_url` finds pagination ("Selanjutnya", ``/page/2``, ``?paged=``);
:func:`section_links` finds the named sections of a site.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html

from crawler.dates import EARLIEST_PLAUSIBLE, parse_datetime, to_iso
from crawler.harvest.page import (
    _classes,
    _in_article,
    _short_text,
    _text_of,
    elements_of,
    links_in,
    parse_html,
)
from crawler.harvest.pdf import is_pdf_url, looks_like_release
from crawler.harvest.pubdate import _URL_DATE, _byline_date

# Links on listing pages that are not articles: sections, archives, accounts, files.
_NOT_ARTICLE_PATH = re.compile(
    r"/(?:category|categories|kategori|tag|tags|label|author|penulis|user|users|page|halaman|search"
    r"|cari|pencarian|login|masuk|register|daftar|wp-admin|wp-login|wp-content|wp-includes|feed|rss"
    r"|cdn-cgi|contact|kontak|hubungi-kami|tentang|tentang-kami|about|profil|profile|privacy"
    r"|kebijakan-privasi|sitemap|archives?|arsip|assets|storage|uploads|images|img|static|media"
    r"|comment-page-\d+|amp)(?:/|$)",
    re.IGNORECASE,
)
_ARCHIVE_SEGMENT = re.compile(r"/(?:archives?|arsip)(?=/|$)", re.IGNORECASE)


def not_article_path(path: str) -> bool:
    """Whether a URL path is a section, archive, account, search or file address, never an article.

    An archive's own pages (``/arsip/``, ``/arsip/2026/11/``, ``/archives/berita``,
    ``/arsip/november-2026``) are listings; but a page filed under the archive
    (``/arsip/berita/xh-1.html``, ``/arsip/berita/warga-gotong-royong``: the path goes on to a
    name that is no date, number, month or section word) may be an article, judged like any
    other (its anchor text, a headline, decides)."""
    if _FILE_EXT.search(path):
        return True
    if not _NOT_ARTICLE_PATH.search(path):
        return False
    rest = _ARCHIVE_SEGMENT.sub("", path)
    if rest == path or _NOT_ARTICLE_PATH.search(rest):
        return True
    last = next((s for s in reversed(rest.split("/")) if s), "")
    stem = re.sub(r"\.(?:html?|php|aspx?)$", "", last, flags=re.I).lower()
    words = [w for w in re.split(r"[-_+.]", stem) if w]
    return all(w.isdigit() or w in _SECTION_WORDS or w in _MONTH_WORDS for w in words)


_MONTH_WORDS = frozenset("""
    januari january jan februari february feb maret march mar april apr mei may juni june jun juli july jul
    agustus august aug agu september sep sept oktober october okt oct november nov desember december des dec
""".split())


_FILE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|zip|rar|mp[34]|css|js|xml|json|ico)$", re.I)
_PAGINATION_QUERY = {"page", "paged", "p", "hal", "halaman", "start", "offset", "pg", "per_page", "s", "q",
                     "cat", "tag", "replytocom", "share", "lang", "sort", "order"}
NEXT_TEXTS = ("selanjutnya", "berikutnya", "next", "»", "›", "›", ">", ">>", "older posts", "older entries",
              "posting lama", "postingan lama", "berita lama", "halaman berikutnya", "halaman selanjutnya",
              "lebih lama",
              "next page", "page suivante", "suivant", "suivante", "load more", "muat lebih banyak")


_SECTION_WORDS = frozenset("""
    berita artikel news kabar informasi info pengumuman agenda kegiatan galeri gallery foto video blog
    home beranda index default main utama terkini terbaru populer arsip archive opini rilis siaran pers
    publikasi layanan program profil profile visi misi sejarah struktur organisasi pemerintahan desa
    kontak contact about tentang faq bantuan help download unduhan dokumen peta map
""".split())
#: Links of one place in a listing, none with a headline's anchor text, that make a post list by
#: themselves (each URL an article's by its shape, each in a heading or ``<article>``, or dated).
MIN_POST_LIST = 2
_CARD_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "article"})
#: The shape score of a URL that neither looks like an article nor like a section, file or
#: account: only a headline as its anchor text (several words) makes it a listing item.
WEAK_SHAPE = 0.1


@dataclass
class ListingLink:
    """A link on a listing page that looks like it leads to an article."""

    url: str
    text: str
    score: float
    published: str | None = None  # the date on the link's card, when it shows one


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
    if not_article_path(path):
        return 0.0
    query = {k.lower(): v for k, v in parse_qsl(parts.query)}
    if query.keys() & {"s", "q", "cat", "tag", "replytocom", "start", "limitstart", "offset", "search", "keyword"}:
        return 0.0
    if _PAGE_IN_PATH.search(path) and not re.search(r"/p/\d+/?$", path):
        return 0.0  # /page-2, /first/index/3: the listing's next page, not an article (/p/123 may be one)
    if any(query.get(k, "").isdigit() for k in ("page", "paged", "hal", "halaman", "pg")):
        return 0.0  # ?page=2 is pagination; ?page=berita&id=12 is a router
    segments = [s for s in path.split("/") if s]
    score = 0.0
    script = not segments or (len(segments) == 1 and re.search(r"\.(?:php|aspx?|jsp|cfm)$|^index$", segments[0], re.I))
    if script and any(query.get(k) for k in ("p", "id", "berita", "read", "artikel", "post", "news", "slug", "judul")):
        # ?p=123 (WordPress without permalinks), index.php?hal=baca&id=78, detail.php?id=5
        return 0.6 if any(v.isdigit() or len(v) > 8 for v in query.values()) else WEAK_SHAPE
    if script and re.search(r"(?:^|&)[a-z]+\d{2,}(?:&|=|$)", parts.query, re.I):
        return WEAK_SHAPE + 0.2  # SPIP's spip.php?article8532, ?berita123
    if not segments or script:
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
    if len(segments) == 1 and (not words or all(w.lower() in _SECTION_WORDS for w in words)):
        return 0.0  # /berita, /pengumuman, /news: sections, not articles
    if len(segments) == 1 and len(words) < 3:
        # /berita, /profil: sections more often than not — but /hof-geschichte/ or /i7484_1.html
        # may be an article: a headline anchor text decides (see listing_links)
        return WEAK_SHAPE
    return max(min(score, 1.0), WEAK_SHAPE)


def _anchor_text(anchor: lxml.html.HtmlElement) -> str:
    text = _text_of(anchor)
    if not text:
        text = " ".join((anchor.get("title") or "").split())
    if not text:
        alts = anchor.xpath(".//img/@alt")
        text = " ".join(str(alts[0]).split()) if alts else ""
    return text


# scripts written without spaces between words: Han, Hiragana, Katakana (about two characters a
# word), and Thai, Lao, Khmer, Myanmar (about four)
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_SPACELESS_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def headline_words(text: str) -> int:
    """About how many words ``text`` has, also in scripts written without spaces: "宇航员在太空中喝酒会
    怎么样？" is a headline of several words, not one word (each run of Chinese or Japanese counts
    a word per two characters, of Thai, Lao, Khmer or Myanmar a word per four)."""
    words = 0
    for token in text.split():
        dense = len(_DENSE_SCRIPT.findall(token))
        spaceless = len(_SPACELESS_SCRIPT.findall(token))
        words += max(1, -(-dense // 2) + -(-spaceless // 4)) if dense or spaceless else 1
    return words


def text_weight(text: str) -> int:
    """The length of ``text`` in Latin characters' worth: a Chinese or Japanese character counts
    as two (it says about as much as a short word), so a page of Japanese prose beside a list of
    Japanese headlines is weighed as the prose it is."""
    return len(text) + len(_DENSE_SCRIPT.findall(text))


def listing_links(tree_or_html: lxml.html.HtmlElement | bytes | str, url: str, *, limit: int = 200,
                  min_score: float = 0.5, dates: bool = False, now: datetime | None = None,
                  rejected: set[str] | None = None, short: set[str] | None = None) -> list[ListingLink]:
    """Links on a listing page (home page, ``/berita``) that look like articles of the site.

    A link counts by its URL shape (:func:`article_url_score`) plus its anchor: a headline
    (several words) adds, a menu word subtracts; links in menus, footers and the page header
    are ignored. Returned best first within page order, without duplicates. With ``dates``,
    each link gets the date its card shows, if any (``published``); a relative one ("3 hari
    lalu", "Kemarin 14:05") is resolved against ``now`` (default: the current time). ``rejected``
    collects the site's own links outside navigation that read like headlines but are left
    out by their URL alone (a category, tag, file, account or search URL), for the channel's
    note; a menu word ("Profil", "Kontak") is not counted.

    A link whose anchor is too short for a headline ("Berita", "Quanta Magazine") is still
    followed when it sits in the listing's post list exactly as followed links do (the same
    elements and classes from the link up to the list, e.g. ``ul > li.post > h2 > a``) and its
    URL has their shape (the same directory and extension): the page lists it as one of its
    posts, whatever its headline. ``short`` collects the other short-anchored links of the
    site's own (URL not refused), for the channel's note.
    """
    if isinstance(tree_or_html, bytes | str):
        parsed = parse_html(tree_or_html)
        if parsed is None:
            return []
        tree = parsed
    else:
        tree = tree_or_html
    base = url
    bases = [b.get("href") for b in elements_of(tree, "base") if b.get("href") is not None]
    if bases:
        base = urljoin(url, str(bases[0]))
    found: dict[str, ListingLink] = {}
    anchors: dict[str, lxml.html.HtmlElement] = {}
    page_key = _strip_fragment(url)
    navigation: dict[lxml.html.HtmlElement, bool] = {}
    # a page links the same address many times (a card's title, image and "more" link; menus
    # repeated): each is resolved and scored once
    resolved: dict[str, str] = {}
    scores: dict[str, float] = {}
    order: dict[str, int] = {}  # target -> position of its first link on the page
    held: dict[str, tuple[lxml.html.HtmlElement, str, int]] = {}  # article-shaped URL, anchor too short
    for position, anchor in enumerate(links_in(tree)):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "whatsapp:")):
            continue
        if _in_navigation(anchor, navigation):
            continue
        target = resolved.get(href)
        if target is None:
            target = resolved[href] = _strip_fragment(urljoin(base, href))
        if target == page_key or target.rstrip("/") == page_key.rstrip("/"):
            continue
        score = scores.get(target)
        if score is None:
            score = scores[target] = article_url_score(target, url)
        if score <= 0:
            if rejected is not None and _same_site(urlsplit(target).hostname or "", urlsplit(url).hostname or ""):
                text = _anchor_text(anchor)
                if headline_words(text) >= 4 or len(text) >= 30:
                    rejected.add(target)  # a headline-like link left out by its URL alone
            continue
        text = _anchor_text(anchor)
        words = headline_words(text)
        if words >= 5 or len(text) >= 30:
            score += 0.4
        elif words >= 3:  # a short headline ("Lomba Mewarnai Tingkat TK") still reads as one
            score += 0.2
        elif words <= 2 and text.lower() not in ("selengkapnya", "baca selengkapnya", "read more", "lanjut",
                                                   "lire la suite", "baca", "more", "detail"):
            score -= 0.2
        if score < min_score:
            if words <= 2 and target not in held:
                held[target] = (anchor, text, position)
            continue
        known = found.get(target)
        if known is None:
            found[target] = ListingLink(target, text, score)
            anchors[target] = anchor
            order[target] = position
        else:
            known.score = max(known.score, score)
            if len(text) > len(known.text):
                known.text = text
        if len(found) >= limit:
            break
    held = {t: h for t, h in held.items() if t not in found}
    if held and len(found) < limit:  # (held links are the site's own: a URL score above 0 says so)
        # a short headline in the post list, beside followed posts of the same URL shape
        shapes: dict[tuple, int] = {}
        for target, anchor in anchors.items():
            place = _list_place(anchor, target)
            shapes[place] = shapes.get(place, 0) + 1
        for target, (anchor, text, position) in held.items():
            if shapes.get(_list_place(anchor, target), 0) >= 2 and len(found) < limit:
                found[target] = ListingLink(target, text, min_score)
                anchors[target] = anchor
                order[target] = position
        # a post list whose every headline is short ("Kabar aclu", "Rapat RT"): no followed link
        # to stand beside, but the list itself says "posts" — several links in the same place, each
        # URL an article's by its shape alone, each a post card's headline (in a heading or an
        # <article>) or dated on its card. A menu or a widget (no heading, no date), tags and
        # pagination (their URLs score 0) stay out.
        groups: dict[tuple, list[str]] = {}
        for target, (anchor, _, _) in held.items():
            if target not in found and scores.get(target, 0) >= min_score:
                groups.setdefault(_list_place(anchor, target), []).append(target)
        for place, targets in groups.items():
            if len(targets) < MIN_POST_LIST or place in shapes:
                continue
            carded = any(tag in _CARD_TAGS for tag, _ in place[0])
            if not carded:
                members = set(targets)
                dated = sum(1 for t in targets
                            if _card_date(held[t][0], t, base, members, now or datetime.now(UTC)) is not None)
                carded = dated >= MIN_POST_LIST
            if not carded:
                continue
            for target in targets:
                if len(found) >= limit:
                    break
                anchor, text, position = held[target]
                found[target] = ListingLink(target, text, min_score)
                anchors[target] = anchor
                order[target] = position
        found = dict(sorted(found.items(), key=lambda kv: order[kv[0]]))
    if short is not None and held:
        # the post list's own short links left out (their URL shaped unlike the followed ones'),
        # not a sidebar's or a widget's
        places = {_list_place(anchor, target)[0] for target, anchor in anchors.items()}
        short.update(t for t, (anchor, _, _) in held.items() if t not in found and _list_place(anchor, t)[0] in places)
    if dates:
        for target, link in found.items():
            link.published = _card_date(anchors[target], target, base, set(found),
                                        now or datetime.now(UTC))
    return list(found.values())


def release_pdf_links(tree: lxml.html.HtmlElement, url: str, *, limit: int = 50, dates: bool = False,
                      now: datetime | None = None) -> list[ListingLink]:
    """PDF files of the site that a listing page links as press releases ("Siaran Pers No.
    123/…pdf", "Unduh rilis (PDF)"): the anchor text, its title, the file name or the link's
    card names a release (:func:`crawler.harvest.pdf.looks_like_release`); menus and footers
    aside. :func:`listing_links` leaves every file out; a government source's listing reads
    these too. With ``dates``, each gets its card's date, as in :func:`listing_links`."""
    base = url
    bases = [b.get("href") for b in elements_of(tree, "base") if b.get("href") is not None]
    if bases:
        base = urljoin(url, str(bases[0]))
    host = urlsplit(url).hostname or ""
    found: dict[str, ListingLink] = {}
    anchors: dict[str, lxml.html.HtmlElement] = {}
    navigation: dict[lxml.html.HtmlElement, bool] = {}
    for anchor in links_in(tree):
        href = (anchor.get("href") or "").strip()
        if not is_pdf_url(href) or _in_navigation(anchor, navigation):
            continue
        target = _strip_fragment(urljoin(base, href))
        parts = urlsplit(target)
        if target in found or parts.scheme not in ("http", "https") or not _same_site(parts.hostname or "", host):
            continue
        text = _anchor_text(anchor)
        parent = anchor.getparent()
        card = (_short_text(parent, 200) or "") if parent is not None else ""
        if not looks_like_release(text, anchor.get("title"), parts.path.rsplit("/", 1)[-1], card):
            continue
        found[target] = ListingLink(target, text, 1.0)
        anchors[target] = anchor
        if len(found) >= limit:
            break
    if dates:
        for target, link in found.items():
            link.published = _card_date(anchors[target], target, base, set(found), now or datetime.now(UTC))
    return list(found.values())


def _list_place(anchor: lxml.html.HtmlElement, target: str) -> tuple:
    """Where a link sits in a listing and what its URL looks like: the tags and classes of the
    link and its three nearest ancestors (``ul > li.post > h2 > a``), the URL's directory and
    extension (``/p/``, ``.html``). Links of one post list share it."""
    path = urlsplit(target).path
    directory, _, last = path.rpartition("/")
    extension = re.search(r"\.[A-Za-z0-9]{1,5}$", last)
    place = [(anchor.tag, _classes(anchor))]
    place += [(a.tag, _classes(a)) for a in itertools.islice(anchor.iterancestors(), 3)]
    return (tuple(place), directory, extension.group(0).lower() if extension else "")


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
        if moment is not None and moment >= EARLIEST_PLAUSIBLE:  # a null date (0001-01-01) is none
            return to_iso(moment)
    return None


def _strip_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


_NAVIGATION_NAMES = re.compile(
    r"(?:^|[\s_-])(?:menu|navbar|nav|navigation|breadcrumbs?|footer|topbar|pagination|pager)(?:$|[\s_-])")


def _in_navigation(element: lxml.html.HtmlElement,
                   memo: dict[lxml.html.HtmlElement, bool] | None = None) -> bool:
    """Whether ``element`` sits in a menu, footer, page header, breadcrumbs or pagination.
    ``memo`` (ancestor → answer) saves walking the same ancestors for every link of a page."""
    walked = []
    answer = False
    for ancestor in element.iterancestors():
        if memo is not None and ancestor in memo:
            answer = memo[ancestor]
            break
        walked.append(ancestor)
        if ancestor.tag in ("nav", "footer", "menu"):
            answer = True
            break
        if ancestor.tag == "header" and not _in_article(ancestor):
            answer = True
            break
        if ancestor.tag in ("body", "html"):
            break
        if _NAVIGATION_NAMES.search(_classes(ancestor).lower()) \
                or (ancestor.get("role") or "").lower() in ("navigation", "menubar", "banner"):
            answer = True
            break
    if memo is not None:
        memo.update(dict.fromkeys(walked, answer))
    return answer


#: Buttons that fetch more posts by script ("load more"): a listing without a next-page link
#: that shows one holds more posts than kimwatch can read from it.
_LOAD_MORE = re.compile(r"^\W*(?:muat|tampilkan|lihat|load|show|view)\s+(?:lebih\s+banyak|lainnya|lagi|more|"
                        r"more\s+(?:posts|articles|news|stories))\b|^\W*(?:berita|artikel|postingan)\s+lainnya\W*$",
                        re.IGNORECASE)


def load_more_control(tree: lxml.html.HtmlElement) -> str | None:
    """The text of a "Muat lebih banyak"/"Load more" control that loads posts by script (a
    button, or a link going nowhere: ``#``, ``javascript:``, none), or None."""
    for element in tree.iter("button", "a", "input", "div", "span"):
        if element.tag in ("div", "span") and not any(
                name.startswith("data-") or name in ("onclick", "role") for name in element.attrib):
            continue  # plain text, not a control (asked first: a wrapper's text is the whole page)
        if element.tag == "a":
            href = (element.get("href") or "").strip()
            if href and not href.startswith(("#", "javascript:")):
                continue  # a real link: the next page or a section, read as such
        if element.tag == "input":
            text: str | None = (element.get("value") or "").strip()
        elif element.tag == "a":
            text = " ".join(_anchor_text(element).split())
        else:
            text = _short_text(element, 40)  # read only as far as a control's label goes
        if not text or len(text) > 40 or not _LOAD_MORE.search(text):
            continue
        return text
    return None


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
                or any(text.startswith(n) for n in ("selanjutnya", "berikutnya", "next page", "halaman berikutnya",
                                                    "halaman selanjutnya"))
                or "next" in label or "selanjutnya" in label or "berikutnya" in label) and _looks_paginated(target):
            return target
        if numbered is None and text.isdigit() and int(text) == current + 1 and _page_number(target) == current + 1:
            numbered = target
    return numbered


# /page/2 (WordPress), /halaman/2, /berita/page-2 and /page-2.html (Joomla's SEF pages),
# /first/index/2 and /index.php/first/index/2 (OpenSID, the village-site system)
_PAGE_IN_PATH = re.compile(r"/(?:(?:page|halaman|hal|p|index)/|page-)(\d+)(?:\.html?)?/?$", re.I)
#: query keys that page through a listing: WordPress ``paged``, Joomla ``start``/``limitstart``, …
_PAGING_KEYS = frozenset({"page", "paged", "hal", "halaman", "pg", "p", "start", "limitstart", "offset",
                          "updated-max"})


def _page_number(url: str) -> int:
    parts = urlsplit(url)
    match = _PAGE_IN_PATH.search(parts.path)
    if match:
        return int(match.group(1))
    for key, value in parse_qsl(parts.query):
        if key.lower() in ("page", "paged", "hal", "halaman", "pg", "p") and value.isdigit():
            return int(value)
    return 1


def later_page(url: str) -> bool:
    """Whether ``url`` is a later page of a listing (``/page/2/``, ``?page=2``, ``?paged=3``,
    Joomla's ``?start=10``): the listing's pagination, never a listing of its own."""
    if _page_number(url) > 1:
        return True
    return any(key.lower() in ("start", "limitstart", "offset") and value.isdigit() and int(value) > 0
               for key, value in parse_qsl(urlsplit(url).query))


def _looks_paginated(url: str) -> bool:
    parts = urlsplit(url)
    if _PAGE_IN_PATH.search(parts.path):
        return True
    keys = {k.lower() for k, _ in parse_qsl(parts.query)}
    return bool(keys & _PAGING_KEYS) or "search" in parts.path


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
