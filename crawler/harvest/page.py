"""Reading a fetched web page: bytes to an lxml tree, and what the whole page says of itself.

Decoding survives broken encodings (Windows-1252 under a UTF-8 label is recognised); pages past
the size and depth limits are cut or refused; the helpers here read metadata (``<meta>``,
JSON-LD, the canonical link) and locate the title heading and the page's chrome. Used by the
other extraction modules (:mod:`~crawler.harvest.article`, :mod:`~crawler.harvest.pubdate`,
:mod:`~crawler.harvest.listing`); pure functions over HTML, tested without a network.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.etree
import lxml.html
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

from crawler.controls import without_controls

log = logging.getLogger(__name__)

#: Pages beyond this many bytes are cut before parsing: a 50 MB "article" is an attack or a
#: mistake, and its first megabytes hold the article anyway.
MAX_HTML_BYTES = 2_000_000
#: Pages with more elements than this (after dropping formatting tags) are not read at all.
MAX_ELEMENTS = 60_000
#: Longest run of text kept between two tags.
MAX_TEXT_RUN = 20_000
#: The longest JSON-LD script read (it holds the publication time; it is parsed once, never searched)
MAX_JSON_LD = 1_000_000
_CHROME_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "aside", "footer", "svg",
                "button", "select", "template", "object", "embed", "canvas", "dialog", "menu")

_BREAKING_TAGS = ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd",
                  "blockquote", "section", "article", "header", "footer", "aside", "nav", "ul", "ol", "table",
                  "figure", "figcaption", "hr", "pre", "address", "main")
_SITE_SEPARATORS = re.compile(r"\s+(?:[|\-–—»·•]|::)\s+")


# Paragraphs that point readers elsewhere ("Baca juga: <other article>"), in Indonesian,
# Banjar-flavoured Indonesian, English and French. They are dropped wherever they appear.
# "Baca selengkapnya" is not one: it points to the whole of what the paragraph says (a KIM's
# link to the release it relays), and its words are the post's.
CROSS_LINK_LINE = re.compile(
    r"^\W{0,3}(?:baca\s+(?:juga|pula|berita\s+lainnya)|lihat\s+juga|simak\s+(?:juga|pula)"
    r"|berita\s+(?:terkait|lainnya|lain|terkini|terpopuler|populer|pilihan)|artikel\s+(?:terkait|lainnya|lain)"
    r"|informasi\s+terkait|postingan\s+(?:terkait|lainnya)|tulisan\s+lainnya|related\s+(?:posts?|articles?|news|stories)"
    r"|read\s+(?:also|more)|see\s+also|you\s+may\s+also\s+like|more\s+stories|lire\s+aussi|à\s+lire\s+aussi"
    r"|voir\s+aussi|sur\s+le\s+même\s+sujet|dalam\s+berita\s+lain|baca\s*:)(?=\W|$)",
    re.IGNORECASE,
)


def drop_cross_links(root: Any) -> None:
    """Remove from an HTML fragment's tree the paragraphs that point readers elsewhere ("Baca
    juga: <other article>", "Berita Terkait" with its list), as the article extraction does:
    their links are no link of the post, their words no words of it."""
    for element in list(root.iter("p", "div", "li", "strong", "b", "span", "em", "h2", "h3", "h4", "h5", "h6")):
        parent = element.getparent()
        if parent is None:
            continue
        text = _text_of(element)
        if not text or len(text) >= 400 or not CROSS_LINK_LINE.match(text):
            continue
        target = element
        if element.tag in ("span", "strong", "b", "em") and parent.tag == "p" and \
                _text_of(parent).startswith(text[:20]):
            target = parent  # "<p><strong>Baca juga:</strong> <a>…</a></p>": the whole paragraph
        following = target.getnext()
        if len(text) < 40 and following is not None and following.tag in ("ul", "ol"):
            drop_keeping_tail(following)  # a "Berita Terkait" heading and its list
        drop_keeping_tail(target)


# Share bars and comment sections: their words are no words of the post. Class names are
# compared as whole tokens (Jetpack's "sharedaddy", AddToAny's "a2a_kit", "komentar").
SHARE_OR_COMMENT_CLASSES = frozenset("""
    sharedaddy sd-sharing-enabled sd-block sd-social share sharing share-buttons sharing-buttons social-share
    share-post post-share entry-share addtoany a2a_kit heateor_sss_sharing_container
    comments comments-area comment-respond comment-list komentar comments-wrapper fb-comments disqus_thread
""".split())
#: a fragment holding one of these words is searched for share bars and comment sections
SHARE_OR_COMMENT_HINT = re.compile(r"bagikan|share|sharing|sebarkan|komentar|comment|addtoany|a2a_", re.IGNORECASE)
# A share bar's label ("Bagikan ini:", "Share this:", "Bagikan ke: WA FB") or a comment section's
# heading or placeholder ("Komentar", "2 Komentar", "Belum ada komentar.", "Leave a Reply")
SHARE_OR_COMMENT_LINE = re.compile(
    r"^\W{0,3}(?:(?:bagikan|sebarkan)(?:\s+(?:ini|ke|artikel|berita|tulisan))?\s*(?::|$)"
    r"|share(?:\s+(?:this|on|ke))?\s*(?::|$)|partager\s*(?::|$)"
    r"|(?:\d+\s+)?(?:komentar|comments?|tanggapan)(?:\s*\(\d+\))?\s*:?$"
    r"|belum\s+ada\s+(?:komentar|tanggapan)|no\s+comments\s+yet|(?:tinggalkan|tulis|kirim)\s+(?:sebuah\s+)?"
    r"(?:komentar|balasan|tanggapan)|leave\s+a\s+(?:comment|reply)|be\s+the\s+first\s+to\s+comment)",
    re.IGNORECASE,
)


#: where a link leads to an image file, not a page: a picture's extension, or the image hosts of
#: Blogger (``blogger.googleusercontent.com/img/…``, ``1.bp.blogspot.com/…``), whose full-size
#: links (``…/s1600/foto.jpg``) wrap every picture of a post
_IMAGE_LINK = re.compile(
    r"^https?://(?:[^/?#]*@)?(?:(?:blogger|lh\d)\.googleusercontent\.com/(?:img/|[\w-]{20,})|\d?bp\.blogspot\.com/"
    r"|[^?#]*\.(?:jpe?g|png|gif|webp|bmp|svg|avif|heic|tiff?)(?:[?#]|$))",
    re.IGNORECASE,
)


def image_link(url: str) -> bool:
    """Whether ``url`` leads to an image file (a picture's full-size link is no outbound link
    of the post: it links nothing the matcher could use, and every Blogger post has one)."""
    return bool(_IMAGE_LINK.match(url))


def drop_share_and_comments(root: Any) -> None:
    """Remove from an HTML fragment's tree (a feed entry's ``content:encoded``) the share bars
    and comment sections article pages lose with their chrome: an element named by a share or
    comment class, or a short block that is a share label or a comment heading — with its
    container when that holds nothing else of length (Jetpack's "Bagikan ini:" heading and its
    list of services) and with the list right after it."""
    targets: list[Any] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element is root:
            continue
        names = set((element.get("class") or "").lower().split())
        if element.get("id"):
            names.add(element.get("id").lower())
        if names & SHARE_OR_COMMENT_CLASSES:
            targets.append(element)
            continue
        if element.tag not in ("p", "div", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "section"):
            continue
        text = _text_of(element)
        if not text or len(text) > 80 or not SHARE_OR_COMMENT_LINE.match(text):
            continue
        parent = element.getparent()
        if parent is not None and parent is not root and len(_text_of(parent)) <= 2 * len(text) + 80 \
                and SHARE_OR_COMMENT_LINE.match(_text_of(parent)):
            element = parent
        targets.append(element)
        following = element.getnext()
        if following is not None and following.tag in ("ul", "ol") and len(_text_of(following)) < 200:
            targets.append(following)
    dropped: set[Any] = set()
    for element in targets:
        if any(ancestor in dropped for ancestor in element.iterancestors()):
            continue
        dropped.add(element)
        drop_keeping_tail(element)


def drop_keeping_tail(element: Any) -> None:
    """Remove ``element`` but keep its tail text (which belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


# --------------------------------------------------------------------------- parsing


#: single-byte Latin encodings (as w3lib names them, dashes and underscores dropped) that a
#: page may claim while its bytes are UTF-8
_LATIN_SINGLE_BYTE = frozenset(("cp1252", "windows1252", "latin1", "iso88591", "iso885915", "cp1250",
                                "windows1250", "iso88592", "cp1257", "iso88594", "iso885913", "ascii", "usascii"))
#: how far into a page its ``<head>`` is searched for a ``<meta>`` charset (the HTML standard's
#: prescan reads 1,024 bytes, w3lib 4,096; browsers re-parse on a later one, after long scripts)
HEAD_SCAN_BYTES = 65_536
#: how many bytes of a page whose declared encoding is proved wrong charset_normalizer reads
GUESS_BYTES = 65_536
_HIGH_BYTES = bytes(range(128, 256))
_BODY_TAG = re.compile(rb"<\s*body[\s>]", re.IGNORECASE)
_COMMENT_OR_SCRIPT = re.compile(rb"<!--.*?(?:-->|$)|<(script|style)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_CHARSET_WORD = re.compile(rb"charset", re.IGNORECASE)
_META_OPEN = re.compile(rb"<\s*meta\b")
# runs of three or more characters of the Latin-1 range (and Windows-1252's extra characters):
# what bytes of Cyrillic, Chinese, Japanese or Korean text read as Latin look like
# ("Ñêàéðèì", "Óîº½Ô±"); real Latin text puts its accented letters among ASCII ones
_LATIN_RUN = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                        "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{3,}")


_LATIN1_LETTERS = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")


def _is_latin(encoding: str) -> bool:
    return encoding.replace("-", "").replace("_", "").lower() in _LATIN_SINGLE_BYTE


def latin_mojibake(text: str) -> bool:
    """Whether ``text`` is bytes of another script read as a Latin encoding: most of its
    non-ASCII characters stand in runs of Latin-1 letters and signs (cp1251 read as cp1252 is
    "Ñêàéðèì", GBK "Óîº½Ô±"); German, French or Indonesian text with accents is not."""
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii < 20:
        return False
    # a run counts when it holds Latin-1 letters: a line of dashes, bullets or quotes
    # ("———", "• • •", "“…”") in a UTF-8 article is typography, not another script's bytes
    in_runs = sum(len(run) for run in _LATIN_RUN.findall(text) if len(_LATIN1_LETTERS.findall(run)) >= 2)
    return in_runs > 0.5 * non_ascii


def head_declared_encoding(body: bytes) -> str | None:
    """The encoding a page's ``<meta charset>`` (or XML declaration) names, as w3lib resolves
    it: in its first 4,096 bytes (w3lib), else anywhere in its ``<head>`` up to
    :data:`HEAD_SCAN_BYTES` — past long scripts and comments, where browsers still honour it."""
    found = html_body_declared_encoding(body)
    if found or len(body) <= 4096:
        return found
    head = body[:HEAD_SCAN_BYTES]
    end = _BODY_TAG.search(head)
    if end is not None:
        head = head[:end.start()]
    head = _COMMENT_OR_SCRIPT.sub(b" ", head)
    lower = head.lower()
    # each "charset" read from the tag it stands in (the nearest "<" before it, a "<meta", with no
    # ">" between), and only that tag handed to w3lib, cut at its ">" or the next "<": linear in
    # the head, where a pattern run from each "<meta" to its "charset" read a hostile head of
    # unclosed "<meta" once per tag, and missed a declaration behind them
    for match in _CHARSET_WORD.finditer(head):
        start = lower.rfind(b"<", max(0, match.start() - 1024), match.start())
        opened = _META_OPEN.match(lower, start) if start >= 0 else None
        if opened is None or b">" in head[start:match.start()]:
            continue
        cut = min((i for i in (head.find(b">", match.end(), start + 1024), head.find(b"<", match.end(), start + 1024))
                   if i >= 0), default=start + 1024)
        # (written "<meta" for w3lib: 2.5 reads "< meta", 2.6 does not; browsers read both)
        found = html_body_declared_encoding(b"<meta" + head[opened.end():cut] + b">")
        if found:
            return found
    return None


def _fits(body: bytes, encoding: str) -> str | None:
    """``body`` read as ``encoding`` when its bytes are that encoding (a multibyte one decodes
    with at most a stray invalid sequence, a single-byte one always does), else None."""
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:
        return None
    if text.count("\ufffd") > 1 + len(body) // 20_000:
        return None
    return text


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """``body`` as text, whatever its encoding claims: BOM, HTTP header, ``<meta charset>``
    (anywhere in the head), sniffing.

    Undecodable bytes become U+FFFD instead of failing the page. A single-byte Latin label on
    bytes that are valid UTF-8 with non-ASCII characters is read as UTF-8. A header the bytes
    prove wrong yields to the page's own ``<meta>``: UTF-8 on bytes that are not UTF-8, or a
    Latin charset under which the bytes read as mojibake while the meta's charset reads them
    cleanly. UTF-8-labelled bytes that are not UTF-8, with no other declaration, are read as
    Windows-1252 — or, when that reads as mojibake, in the encoding charset_normalizer guesses.
    """
    if isinstance(body, str):
        return body[: MAX_HTML_BYTES]
    body = body[:MAX_HTML_BYTES]
    header = http_content_type_encoding(content_type)
    if read_bom(body)[0] is not None or (header is None and len(body) <= 4096):
        # w3lib's own reading: a BOM, or a short page whose every declaration it sees
        try:
            encoding, text = html_to_unicode(content_type, body)
        except (LookupError, ValueError):
            encoding, text = "utf-8", body.decode("utf-8", errors="replace")
        return _checked(body, encoding, text, None)
    meta = head_declared_encoding(body)
    encoding = header or meta or "utf-8"
    fitted = _fits(body, encoding)
    if fitted is None or (header and meta and meta != header and _is_latin(header) and latin_mojibake(fitted)):
        # a header the bytes prove wrong (or read as mojibake): the page's own declaration
        other = _fits(body, meta) if meta and meta != encoding else None
        if other is not None and not (_is_latin(meta or "") and latin_mojibake(other)):
            return other
    if fitted is None:
        if not _known(encoding):
            encoding = "utf-8"
        fitted = body.decode(encoding, errors="replace")
    text = fitted
    return _checked(body, encoding, text, meta)


def _known(encoding: str) -> bool:
    """Whether ``encoding`` names a text encoding Python has (not base64, hex, rot13, zlib: a
    header or meta naming one of those is no charset)."""
    try:
        return bool(getattr(codecs.lookup(encoding), "_is_text_encoding", True))
    except LookupError:
        return False


def _checked(body: bytes, encoding: str, text: str, meta: str | None) -> str:
    """``text`` (``body`` read as ``encoding``) corrected where the bytes prove the encoding wrong."""
    utf8 = encoding.replace("-", "").replace("_", "").lower() == "utf8"
    if (_is_latin(encoding) and not body.isascii()) or \
            (not utf8 and not encoding.lower().startswith("utf") and len(body) - len(body.translate(None, _HIGH_BYTES)) >= 8):
        # a Latin label on UTF-8 bytes ("<meta charset=iso-8859-1>" left in a template that
        # now writes UTF-8): bytes that decode as strict UTF-8 with multibyte sequences in them
        # are UTF-8 — real Windows-1252 text almost never does ("â€“" is what it would read),
        # nor does GBK, Shift_JIS or Windows-1251 text of a few words (a gb2312 meta left on a
        # page now written in UTF-8: qq.com)
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if "\ufffd" in text and utf8:
        # "UTF-8" that is not: Windows-1252 text (smart quotes and dashes pasted from a word
        # processor) under a UTF-8 label. WHATWG's fallback for such pages is windows-1252.
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("cp1252", errors="replace")
            encoding = "cp1252"
    if _is_latin(encoding) and latin_mojibake(text):
        # bytes of another script read as Latin: the meta's charset if it reads them, else
        # the encoding charset_normalizer guesses, if that reads them as no mojibake
        for candidate in (meta, _guess(body)):
            if candidate and not _is_latin(candidate):
                other = _fits(body, candidate)
                if other is not None:
                    log.info("page's bytes read as mojibake in %s: read as %s", encoding, candidate)
                    return other
    return text


def _guess(body: bytes) -> str | None:
    """The encoding charset_normalizer guesses for ``body`` (its first bytes), or None."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(body[:GUESS_BYTES]).best()
    return resolve_encoding(best.encoding) if best is not None else None


def looks_binary(body: bytes) -> bool:
    """Whether ``body`` is binary data (an image or archive served as ``text/html``)."""
    sample = body[:4096]
    if not sample or sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False  # (UTF-16 text, its BOM first, is half zero bytes: text all the same)
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))  # the control bytes left
    return controls > len(sample) // 100


#: the first bytes of files a server may send as text/html by mistake, and what they are
_MAGIC = ((b"%PDF-", "a PDF document"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
          (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"PK\x03\x04", "a ZIP archive"),
          (b"\x1f\x8b", "gzip data"))


def binary_kind(body: bytes) -> str | None:
    """What ``body`` is when it is no text at all (``a PDF document``, ``a JPEG image``, ``binary
    data``), by its first bytes, or None for text (HTML or not)."""
    start = body[:16].lstrip()
    for magic, kind in _MAGIC:
        if start.startswith(magic):
            return kind
    sample = body[:4096]
    if looks_binary(body) or (b"\x00" in sample and sample[:2] not in (b"\xff\xfe", b"\xfe\xff")
                              and not _MARKUP.search(sample)):  # (a stray NUL in a real page is dropped)
        return "binary data"
    return None


_MARKUP = re.compile(rb"<(?:!doctype|html|head|body|div|p|a)[\s>]", re.IGNORECASE)


# every byte but the controls that never appear in text (tab, newlines, carriage return do)
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32 or b in (11, 12)))


#: Channel-note wording of :attr:`Article.problem` and :func:`parse_problem` values.
PROBLEMS = {"not-found": "'page not found' page(s)", "too-deep": "page(s) too deeply nested to read"}


#: Every element an ``HtmlElement`` (trafilatura wants one), chosen in C: lxml.html's own lookup
#: calls Python for each element proxy it creates — millions per crawl, a tenth of the
#: extraction's time. Form elements lose their form helpers, which nothing here uses.
_ELEMENT_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity)


def parse_html(html: bytes | str, content_type: str | None = None) -> lxml.html.HtmlElement | None:
    """An lxml tree of ``html``, or None when there is nothing to parse (empty, binary junk)."""
    return parse_page(html, content_type)[0]


def parse_page(html: bytes | str, content_type: str | None = None) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """:func:`parse_html`, and what went wrong reading a non-empty page: "too-deep" when the
    markup nests deeper than libxml2 reads (256 levels: "<div>" 50,000 times), so the tree holds
    only its first levels and the content is lost — silently, unless the caller says so."""
    kind = binary_kind(html) if isinstance(html, bytes) else None
    if kind:
        log.info("page is %s, not HTML", kind)
        return None, f"not-html:{kind}"
    # a NUL, BEL or ESC in a page or a feed entry's HTML: lxml refuses to set such a text on a
    # node ("All strings must be XML compatible") and the page would be lost; they read as nothing
    text = without_controls(decode_html(html, content_type))
    if not text.strip():
        return None, None
    # lxml refuses str input with an XML encoding declaration; strip it.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        parser = lxml.html.HTMLParser(recover=True, remove_comments=True, remove_pis=True, collect_ids=False)
        parser.set_element_class_lookup(_ELEMENT_CLASSES)
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        log.debug("cannot parse page: %s", error)
        return None, None
    problem = None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        log.warning("page nested too deeply (more than 256 levels): its content is lost")
        problem = "too-deep"
    prepared, count = _prepare(tree)
    if prepared is None:
        return None, f"too-large:{count}"
    return prepared, problem


def _prepare(tree: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement | None, int]:
    """The tree made ready to read, and its number of elements (None over :data:`MAX_ELEMENTS`)."""
    # counted and searched by XPath, in C: walking every element from Python cost as much as parsing
    count = int(tree.xpath("count(/descendant::*)"))
    if count > MAX_ELEMENTS // 2:
        # Formatting tags by the hundred thousand (generated or hostile markup) make every pass
        # slow; their text is all that matters.
        lxml.etree.strip_tags(tree, "b", "i", "u", "em", "strong", "span", "font", "small", "big", "mark", "abbr",
                              "sup", "sub", "s", "strike", "cite", "q", "code", "label", "ins", "del")
        count = int(tree.xpath("count(/descendant::*)"))
    if count > MAX_ELEMENTS:
        log.warning("page has %s elements (more than %s); not read", count, MAX_ELEMENTS)
        return None, count
    for run in tree.xpath(f"/descendant::text()[string-length(.) > {MAX_TEXT_RUN}]"):
        # no paragraph is 20,000 characters long; a run that is would slow every regex after
        element = run.getparent()
        if run.is_text and element.tag == "script" and "ld+json" in (element.get("type") or "") \
                and len(run) <= MAX_JSON_LD:
            continue  # a news site's JSON-LD runs to 30,000 characters; cut, it is no JSON and its date is lost
        if run.is_text:
            element.text = element.text[:MAX_TEXT_RUN]
        elif run.is_tail:
            element.tail = element.tail[:MAX_TEXT_RUN]
    # Text is read with "".join(itertext()) so "sini</a>." stays "sini."; line breaks and
    # block ends get a newline so "a<br>b" and "<div>a</div><div>b</div>" stay two words.
    for element in tree.iter(*_BREAKING_TAGS):
        element.tail = "\n" + (element.tail or "")
    return tree, count


#: hosts whose frames are advertising or tracking, never what a post shows
_AD_HOSTS = re.compile(r"(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googletagmanager\.com|adnxs\.com"
                       r"|amazon-adsystem\.com|taboola\.com|outbrain\.com|disqus\.com|pixanalytics\.com"
                       r"|staticxx\.facebook\.com)$", re.I)
_FACEBOOK_PLUGIN = re.compile(r"^/(?:v[\d.]+/)?plugins/(?:post|video|comment_embed)\.php$")
_INSTAGRAM_EMBED = re.compile(r"^(/(?:p|reel|tv)/[\w-]+/)embed(?:/captioned)?/?$")


def embed_links(root: lxml.html.HtmlElement, url: str) -> list[str]:
    """Where the embedded frames of ``root`` lead: ``<iframe src>`` (and lazy ``data-src``),
    ``<embed src>``, ``<object data>``/``<param name=movie>``, ``<video>``/``<source src>``.

    An embedded video, map or social post is often the only link a post has to what it shares;
    its markup is dropped with the page's chrome, its address is kept: a YouTube player is the
    video (the canonical form makes ``/embed/ID`` ``/watch?v=ID``), a Facebook post plugin is
    the post it names (``plugins/post.php?href=…``), an Instagram embed is the post
    (``/p/CODE/embed/`` → ``/p/CODE/``). Advertising frames and ``about:blank`` are left out.
    """
    found: list[str] = []
    for element in root.iter("iframe", "embed", "object", "param", "video", "source"):
        if element.tag == "param":
            if (element.get("name") or "").lower() not in ("movie", "src", "url"):
                continue
            raw = element.get("value")
        elif element.tag == "object":
            raw = element.get("data")
        else:  # a lazy-loaded frame keeps its address in data-src, its src a placeholder
            raw = next((v for v in (element.get(a) for a in ("src", "data-src", "data-lazy-src"))
                        if v and v.strip() and not v.strip().lower().startswith(("about:", "javascript:", "data:"))),
                       None)
        raw = (raw or "").strip()
        if not raw or raw.lower().startswith(("about:", "javascript:", "data:")):
            continue
        target = urljoin(url, raw) if url else raw
        parts = urlsplit(target)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host or _AD_HOSTS.search(host):
            continue
        if host.endswith("facebook.com") and "/plugins/" in parts.path:
            # a post or video plugin names its post; a like button or page widget names none
            href = dict(parse_qsl(parts.query)).get("href") if _FACEBOOK_PLUGIN.match(parts.path) else None
            if not href:
                continue
            target = href
        elif host.endswith("instagram.com") and (match := _INSTAGRAM_EMBED.match(parts.path)):
            target = f"https://www.instagram.com{match.group(1)}"
        if target not in found:
            found.append(target)
    return found


def title_from_html(html: str | None) -> str | None:
    """The text of a title given as HTML (WordPress REST ``title.rendered``, a feed title of
    type ``html``): tags dropped, entities decoded, whitespace collapsed ("AT&amp;amp;T
    &lt;b&gt;" reads "AT&T <b>"; "<b>Rapat</b> RT" reads "Rapat RT").

    Items carry titles as text: a spider whose source gives HTML calls this where it reads the
    title; the clean pipeline never reads a title as HTML (a plain "a < b" stays whole).
    """
    if not html or not html.strip():
        return None
    if "<" not in html and "&" not in html:
        return " ".join(html.split()) or None
    try:
        fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return " ".join(html.split()) or None
    return " ".join(fragment.text_content().split()) or None


def _text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join("".join(element.itertext()).split())


def _short_text(element: lxml.html.HtmlElement, limit: int) -> str | None:
    """The whitespace-normalised text of ``element``, or None when it is longer than ``limit``
    characters — read only as far as needed (a link's block is often a whole page's wrapper)."""
    pieces: list[str] = []
    raw, check = 0, limit
    for piece in element.itertext():
        pieces.append(piece)
        raw += len(piece)
        if raw > check:  # measured again each time the raw text doubles: linear in any case
            if len(" ".join("".join(pieces).split())) > limit:
                return None
            check = 2 * raw
    text = " ".join("".join(pieces).split())
    return text if len(text) <= limit else None


def body_of(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<body>`` of the page ``tree`` belongs to, or None. (Not ``next(root.iter("body"))``:
    lxml's iterator looks ahead for the next match, so that walks the whole tree.)"""
    root = tree.getroottree().getroot()
    body = root.find("body")
    return body if body is not None else next(root.iter("body"), None)


def _classes(element: lxml.html.HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


# --------------------------------------------------------------------------- metadata


#: The elements every page is asked about, gathered in one walk of the tree (see
#: :func:`elements_of`): metadata, headlines, forms' password fields, links, embedded frames.
_LANDMARKS = ("meta", "link", "title", "script", "base", "h1", "input", "article", "time", "a", "template",
              "iframe", "embed", "object", "video")
_FRAMES = frozenset(("iframe", "embed", "object", "video"))
_LAST_LANDMARKS: list = [None, {}]  # (tree, tag -> its elements): the last page asked about


def elements_of(tree: lxml.html.HtmlElement, tag: str) -> list[lxml.html.HtmlElement]:
    """The ``tag`` elements of the whole page ``tree`` belongs to, in document order (``tag``
    one of :data:`_LANDMARKS`, or "frames": iframe, embed, object and video together).

    A page is asked for its title, metadata, canonical link, headline, password fields,
    ``<article>``/``<time>`` elements, links and frames by a dozen readers, each of which
    walked the whole tree (XPath or ``iter``: 0.15 ms each on a real page); they are
    gathered here in one walk and kept for the last page asked about. A caller that removes
    elements from a tree calls :func:`forget_elements` after."""
    root = tree.getroottree().getroot()
    if _LAST_LANDMARKS[0] is not root:
        found: dict[str, list[lxml.html.HtmlElement]] = {name: [] for name in (*_LANDMARKS, "frames")}
        for element in root.iter(*_LANDMARKS):
            found[element.tag].append(element)
            if element.tag in _FRAMES:
                found["frames"].append(element)
        _LAST_LANDMARKS[0], _LAST_LANDMARKS[1] = root, found
    return _LAST_LANDMARKS[1][tag]


def links_in(element: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The ``<a>`` elements inside ``element``, in document order (a whole page's: gathered once)."""
    return elements_of(element, "a") if element.getparent() is None else list(element.iter("a"))


def forget_elements(tree: lxml.html.HtmlElement) -> None:
    """Forget what :func:`elements_of` gathered from ``tree``'s page (elements were removed)."""
    if _LAST_LANDMARKS[0] is tree.getroottree().getroot():
        _LAST_LANDMARKS[0], _LAST_LANDMARKS[1] = None, {}
        _LAST_METAS[0], _LAST_METAS[1] = None, []


_LOWER_CANONICAL = str.maketrans("CANONIL", "canonil")


def canonical_link(tree: lxml.html.HtmlElement, url: str) -> str | None:
    """The page's ``<link rel=canonical>`` (else ``og:url``) made absolute, or None."""
    for link in elements_of(tree, "link"):
        # (as the XPath contains(concat(' ', translate(@rel, 'CANONIL', 'canonil'), ' '), ' canonical ') read it)
        rel, href = link.get("rel"), link.get("href")
        if rel is None or href is None or " canonical " not in f" {rel.translate(_LOWER_CANONICAL)} ":
            continue
        href = str(href).strip()
        if href:
            return urljoin(url, href)
    for element in _metas_of(tree):  # (gathered once per page: no second walk of the tree)
        if element.get("property") == "og:url":
            content = str(element.get("content")).strip()
            if content.startswith("http"):
                return content
    return None


_LAST_METAS: list = [None, []]  # (tree, its <meta content> elements): the last page asked about


def _metas_of(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The ``<meta content>`` elements of ``tree``, gathered once per page (title, date and
    the article verdict each ask several names of the same page)."""
    root = tree.getroottree().getroot()
    if _LAST_METAS[0] is not root:
        _LAST_METAS[0], _LAST_METAS[1] = root, [m for m in elements_of(root, "meta") if m.get("content")]
    return list(_LAST_METAS[1])


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    # the <meta> elements are gathered once: an XPath per name and attribute walked the whole
    # tree each time (seconds on a 2 MB page)
    metas = _metas_of(tree)
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for element in metas:
                # property="og:title twitter:title": one element may name several properties
                if name in (element.get(attr) or "").lower().split():
                    value = " ".join(str(element.get("content")).split())
                    if value:
                        return value
    return None


_CDATA = re.compile(r"^(?:/[/*]\s*)?<!\[CDATA\[|(?:/[/*]\s*)?\]\]>(?:\s*\*/)?$")


def _json_ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    for script in elements_of(tree, "script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        raw = (script.text or "").strip()
        # Wikipedia and others wrap it in CDATA (or "//<![CDATA[ … //]]>") for XHTML's sake
        raw = _CDATA.sub("", raw).strip()
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


_LAST_LD: list = [None, None, []]  # (tree, its JSON-LD article, its JSON-LD dates): the last page asked about
#: JSON-LD keys naming when a work was published
JSON_LD_DATES = ("datePublished", "dateCreated", "uploadDate")


def _json_ld_article(tree: lxml.html.HtmlElement) -> dict | None:
    """The page's JSON-LD article (``NewsArticle``, ``BlogPosting``, …), read once per page."""
    root = tree.getroottree().getroot()
    if _LAST_LD[0] is not root:
        _LAST_LD[0], (_LAST_LD[1], _LAST_LD[2]) = root, _read_json_ld_article(root)
    return _LAST_LD[1]


def json_ld_dates(tree: lxml.html.HtmlElement) -> list[str]:
    """Every publication date the page's JSON-LD objects give (``datePublished``, …, of any
    type: a ``WebPage``, a ``ClaimReview``), in the order they are read; read with the article, so still
    known after the scripts are dropped."""
    _json_ld_article(tree)
    return list(_LAST_LD[2])


def _read_json_ld_article(tree: lxml.html.HtmlElement) -> tuple[dict | None, list[str]]:
    best = None
    dates = []
    for item in _json_ld_objects(tree):
        dates += [v for v in (item.get(k) for k in JSON_LD_DATES) if isinstance(v, str) and v.strip()]
        kinds = item.get("@type")
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        lowered = {str(k).lower() for k in kinds}
        if lowered & _ARTICLE_TYPES:
            if "webpage" in lowered and best is not None:
                continue
            if best is None or "webpage" not in lowered:
                best = item
    return best, dates


def body_headlines(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The ``<h1>`` elements inside a ``<body>`` (the XPath ``//body//h1``)."""
    return [h for h in elements_of(tree, "h1") if any(a.tag == "body" for a in h.iterancestors())]


def title_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """The text pieces of the page's ``<title>`` elements, in document order (``//title//text()``)."""
    return [str(piece) for title in elements_of(tree, "title") for piece in title.xpath("descendant::text()")]


def _title_heading(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The article's headline element: its only ``<h1>`` outside chrome and branding, else a
    heading with a title-like class."""
    found = [h for h in body_headlines(tree) if not _inside_chrome(h) and not _is_site_heading(h)
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


# whole class tokens (never words inside a name: "l-sidebar-fixed" holds The Verge's article)
_SIDE_CLASSES = frozenset("""
    sidebar sidebar-left sidebar-right widget widget-area widget_area widgets footer-widgets secondary
    related terkait related-posts related_posts relatedposts jp-relatedposts berita-terkait berita-lain
    berita-lainnya lainnya rekomendasi footer site-footer popular populer terpopuler popular-posts berita-populer
    recent-posts widget_recent_entries comment comments comments-area comment-wrapper comments-wrapper komentar trending nav navbar navbar-nav
    navigation main-navigation menu main-menu nav-menu ticker marquee
""".split())


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
        if any(name.lower() in _SIDE_CLASSES for name in _classes(ancestor).split()):
            return True
    return False


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
