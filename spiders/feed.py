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
from datetime import tzinfo
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
from scrapy import Request
from scrapy.http import Response

from crawler.dates import implausible_published, latest_plausible_iso, parse_to_iso, parse_zone
from crawler.harvest.page import title_from_html
from crawler.items import ContentItem
from spiders.base import (
    ChannelError,
    ChannelRun,
    ChannelSpider,
    article_budget,
    cap_name,
    json_dict,
    paging_cut_note,
)
from spiders.middlewares import compressed_cut_short

FEED_TYPES = ("feed",)
#: the one entry of a bridge feed reporting its own failure: RSS-Bridge ("Bridge returned
#: error 0! (19345)"), RSSHub ("Looks like something went wrong in RSSHub!", "Error message: …")
_BRIDGE_ERROR = re.compile(r"^\s*(Bridge returned error\b|Looks like something went wrong in RSSHub|"
                           r"RSSHub (?:error|encountered an error)|Error message:)", re.IGNORECASE)


def parse_feed(body: bytes, headers: Mapping[str, str] | None = None, *, fast: bool = True) -> Any:
    """The feed in ``body``, in feedparser's shape: fastfeedparser where it reads the document
    as feedparser would (:func:`parse_feed_fast`), else feedparser; JSON Feed too.

    ``fast=False`` always takes feedparser (the benchmark compares both).
    """
    if body[:2] == b"\x1f\x8b":  # a .xml.gz served without Content-Encoding: still the feed
        body = _gunzip(body) or body
    json_feed = parse_json_feed(body)
    if json_feed is not None:
        return json_feed
    body, guessed = guess_undeclared_encoding(body, headers)
    parsed = parse_feed_fast(body, headers) if fast else None
    if parsed is None:
        parsed = parse_feed_slow(body, headers)
    if guessed:
        parsed[ENCODING_GUESSED] = guessed
    return parsed


def _latin_only(text: str) -> bool:
    """Whether every letter of ``text`` beyond ASCII is a Latin one (é, ñ, ł)."""
    import unicodedata

    return all(unicodedata.name(c, "").startswith("LATIN") for c in set(text) if ord(c) > 127 and c.isalpha())


#: key of a parsed feed: the encoding guessed for a feed that is not UTF-8 and declares none
ENCODING_GUESSED = "kimwatch_encoding_guessed"
#: guesses left to feedparser, whose fallback (windows-1252) reads them alike
_LATIN_GUESSES = {"cp1252", "latin_1", "iso8859_15", "ascii", "utf_8"}
_XML_DECLARATION = re.compile(rb"\A\s*<\?xml[^>]*\?>")


def declares_encoding(body: bytes, headers: Mapping[str, str] | None = None) -> bool:
    """Whether a feed says what its encoding is: a BOM, an HTTP charset or an XML ``encoding=``."""
    if body[:3] == b"\xef\xbb\xbf" or body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    if "charset=" in (dict(headers or {}).get("content-type") or "").lower():
        return True
    declaration = _XML_DECLARATION.match(body)
    return bool(declaration and _DECLARED_ENCODING.search(declaration.group(0)))


def guess_undeclared_encoding(body: bytes, headers: Mapping[str, str] | None = None) -> tuple[bytes, str | None]:
    """A feed that is not UTF-8 and declares no encoding (no BOM, HTTP charset or XML
    ``encoding=``), as UTF-8 with the encoding charset_normalizer guesses for it, and that guess;
    else ``body`` unchanged and None. feedparser would read it as windows-1252: "ëÁË ÐÅÒÅÖÉÔØ"
    for KOI8-R, mojibake stored without a word. Latin guesses are left to feedparser."""
    if not body or body[:3] == b"\xef\xbb\xbf" or body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return body, None
    try:
        body.decode("utf-8")
        return body, None
    except UnicodeDecodeError:
        pass
    if "charset=" in (dict(headers or {}).get("content-type") or "").lower():
        return body, None
    declaration = _XML_DECLARATION.match(body)
    if declaration and _DECLARED_ENCODING.search(declaration.group(0)):
        return body, None
    import charset_normalizer

    best = charset_normalizer.from_bytes(body[:262_144]).best()
    if best is None or best.encoding in _LATIN_GUESSES:
        return body, None
    text = body.decode(best.encoding, errors="replace")
    if _latin_only(text):
        return body, None  # (cp1250 or cp1252 alike: feedparser's windows-1252 reads Latin text best)
    if declaration:
        text = text[len(declaration.group(0).decode("ascii", "replace")):]
    return b'<?xml version="1.0" encoding="utf-8"?>' + text.lstrip().encode("utf-8"), best.encoding.replace("_", "-")


def parse_feed_slow(body: bytes, headers: Mapping[str, str] | None = None) -> Any:
    """feedparser on raw bytes, sanitizing and relative-URI resolving off.

    A ``text/xml`` answer without a charset is parsed by its XML declaration (feedparser
    would otherwise follow RFC 3023 and assume US-ASCII, then complain about, e.g., GB2312).
    """
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


#: what fastfeedparser is given: RSS 2.0 or Atom 1.0 as the root, nothing before it but the
#: XML declaration, comments and processing instructions (no DOCTYPE: entities declared there,
#: which feedparser reads, are a feature fastfeedparser lacks)
_FAST_ROOT = re.compile(
    rb"\A(?:<\?xml(?P<decl>[^>]*)\?>)?(?:\s+|<!--.*?-->|<\?(?!xml[\s?])[^>]*\?>)*"
    rb"<(?:(?P<rss>rss)\b[^>]*?\bversion\s*=\s*[\"']2\.0[\"']|feed\b[^>]*?\bxmlns\s*=\s*[\"']http://www\.w3\.org/2005/Atom[\"'])",
    re.DOTALL)
_DECLARED_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


def parse_feed_fast(body: bytes, headers: Mapping[str, str] | None = None) -> Any:
    """fastfeedparser's reading of ``body`` in feedparser's shape, or None where feedparser must read it.

    fastfeedparser is tens of times faster, and on the documents it is given here it reads
    the same entries, ids, links, titles, bodies and dates as feedparser
    (``bench/bench_crawl.py --feedparser-corpus``). It is given only what it reads alike:
    a UTF-8 document (by its bytes, its XML declaration and the HTTP charset) that is
    well-formed XML, with an RSS 2.0 or Atom 1.0 root and no DOCTYPE. Anything else (other
    RSS versions, RDF, Atom 0.3, CDF, other encodings, a feed that is not well-formed, which
    feedparser's lenient parser recovers its own way) goes to feedparser, and so does a
    document where fastfeedparser raises or finds no entry. Dates are kept as written
    (kimwatch reads them: a date without a zone is WITA).
    """
    start = body[:4096]
    if start[:3] == b"\xef\xbb\xbf":
        body, start = body[3:], start[3:]
    root = _FAST_ROOT.match(start.lstrip())
    if root is None:
        return None
    declared = _DECLARED_ENCODING.search(root.group("decl") or b"")
    if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return None
    charset = (dict(headers or {}).get("content-type") or "").lower().partition("charset=")[2]
    if charset and charset.strip(" \"'").replace("_", "-") not in ("utf-8", "utf8"):
        return None
    if _C1_CONTROLS.search(body):  # cp1252 quotes written as UTF-8 C1 controls: feedparser repairs them
        return None
    if b"xml:base" in body:  # feedparser resolves links against it
        return None
    fastfeedparser = _fastfeedparser()  # loaded on first use, with the strict XML parser
    try:
        body.decode("utf-8")
        tree = _strict_tree(body)
    except Exception:  # noqa: BLE001 - not UTF-8, not well-formed XML: feedparser's lenient reading
        return None
    if not _plain_entries(tree, bool(root.group("rss"))):
        return None
    try:
        fast = fastfeedparser.parse(body, include_tags=False, include_media=False, include_enclosures=False)
    except Exception:  # noqa: BLE001 - any failure of the fast reading: feedparser decides
        return None
    if not fast.get("entries") or any("<" in (e.get("title") or "") for e in fast["entries"]):
        return None
    return _as_feedparser(fast, tree, "rss20" if root.group("rss") else "atom10")


_C1_CONTROLS = re.compile(rb"\xc2[\x80-\x9f]")
_ATOM = "{http://www.w3.org/2005/Atom}"
#: the children of an RSS 2.0 ``<item>`` both parsers read alike (namespace URI, local name);
#: anything else (``<xhtml:body>``, ``<fullitem>``, a module reusing a core name, ``atom:link``,
#: ``media:title``) sends the document to feedparser
_RSS_ITEM_CHILDREN = {
    "title", "link", "description", "pubDate", "guid", "author", "category", "comments", "enclosure",
    "{http://purl.org/rss/1.0/modules/content/}encoded", "{http://purl.org/dc/elements/1.1/}creator",
    "{http://purl.org/dc/elements/1.1/}subject", "{http://wellformedweb.org/CommentAPI/}commentRss",
    "{http://purl.org/rss/1.0/modules/slash/}comments", "{com-wordpress:feed-additions:1}post-id",
    "{http://search.yahoo.com/mrss/}content", "{http://search.yahoo.com/mrss/}thumbnail",
}
#: the children of an Atom 1.0 ``<entry>`` both parsers read alike (Blogger's and WordPress's)
_ATOM_ENTRY_CHILDREN = {
    _ATOM + name for name in ("id", "title", "link", "published", "updated", "content", "summary",
                              "author", "category", "contributor")
} | {"{http://purl.org/syndication/thread/1.0}total", "{http://search.yahoo.com/mrss/}thumbnail",
     "{http://purl.org/syndication/thread/1.0}in-reply-to", "{http://www.w3.org/2007/app}edited",
     "{http://schemas.google.com/g/2005}extendedProperty"}
#: the children that give each field of an entry, by parser key
_RSS_NAMES = {"guid": "id", "link": "link", "title": "title", "pubDate": "published", "description": "summary",
              "{http://purl.org/rss/1.0/modules/content/}encoded": "content"}
_ATOM_NAMES = {_ATOM + name: key for name, key in (("id", "id"), ("link", "link"), ("title", "title"),
                                                   ("published", "published"), ("updated", "updated"),
                                                   ("content", "content"), ("summary", "summary"))}
_ABSOLUTE = re.compile(r"\s*https?://", re.IGNORECASE)


def _text(element: Any) -> str:
    return (element.text or "").strip() if element is not None else ""


def _strict_tree(body: bytes) -> Any:
    """``body`` as an lxml tree; raises unless it is well-formed XML (no entity expansion, no network)."""
    from lxml import etree

    return etree.fromstring(body, _STRICT_XML_PARSER)


def _plain_entries(root: Any, rss: bool) -> bool:
    """Whether every entry of the document is of the plain shape both parsers read alike.

    An RSS item: only the children of :data:`_RSS_ITEM_CHILDREN`, an absolute ``<link>``. An
    Atom entry: only :data:`_ATOM_ENTRY_CHILDREN`, one ``rel="alternate"`` link with an
    absolute ``href``, title, content and summary of type ``text`` or ``html`` (not xhtml,
    base64 or another media type).
    """
    if rss:
        channel = root.find("channel")
        if channel is None:
            return False
        entries, tag, plain = channel.findall("item"), "item", _plain_rss_item
    else:
        entries, tag, plain = root.findall(_ATOM + "entry"), _ATOM + "entry", _plain_atom_entry
    # every entry where both parsers look for it (not nested elsewhere), each of the plain shape
    return bool(entries) and len(entries) == sum(1 for _ in root.iter(tag)) and all(plain(e) for e in entries)


def _children(entry: Any, allowed: set[str]) -> list[Any] | None:
    """The child elements of ``entry`` (comments left out), or None when one is not in ``allowed``."""
    children = [child for child in entry if isinstance(child.tag, str)]
    return children if all(child.tag in allowed for child in children) else None


def _plain_rss_item(item: Any) -> bool:
    children = _children(item, _RSS_ITEM_CHILDREN)
    if children is None:
        return False
    links = [child for child in children if child.tag == "link"]
    return (len(links) == 1 and bool(_ABSOLUTE.match(links[0].text or ""))
            # markup as elements, not as text
            and not any(len(child) for child in children if child.tag in ("title", "description")))


def _plain_atom_entry(entry: Any) -> bool:
    children = _children(entry, _ATOM_ENTRY_CHILDREN)
    if children is None:
        return False
    links = [child for child in children if child.tag == _ATOM + "link"]
    alternates = [link for link in links if (link.get("rel") or "alternate") == "alternate"]
    texts = [child for child in children if child.tag in (_ATOM + "title", _ATOM + "content", _ATOM + "summary")]
    # a link without href: fastfeedparser may take its text for the link
    return (all(link.get("href") for link in links) and len(alternates) == 1
            and bool(_ABSOLUTE.match(alternates[0].get("href")))
            and all((text.get("type") or "text") in ("text", "html") and not text.get("mode") and not text.get("src")
                    and not len(text) for text in texts))


def _strict_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


_STRICT_XML_PARSER: Any = None
_FFP: Any = None


def _fastfeedparser() -> Any:
    """The fastfeedparser module, its date reader replaced by one that keeps dates as written."""
    global _FFP, _STRICT_XML_PARSER  # noqa: PLW0603 - loaded once, on first use
    if _FFP is None:
        import fastfeedparser
        import fastfeedparser.main

        fastfeedparser.main._parse_date = _date_as_written  # type: ignore[attr-defined]
        _STRICT_XML_PARSER = _strict_parser()
        _FFP = fastfeedparser
    return _FFP


def _date_as_written(value: str | None) -> str | None:
    """fastfeedparser's date hook: the date string itself (kimwatch's own rules read it)."""
    value = (value or "").strip()
    return value or None


class _Fields(dict[str, Any]):
    """A dict whose keys read as attributes too (``entry.title``), as feedparser's do."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _as_feedparser(fast: Any, root: Any, version: str) -> Any:
    """fastfeedparser's entries, with the feed's own fields from the tree (title, generator,
    links, OpenSearch paging), as the subset of feedparser's result the spider reads.

    Entries and the feed are :class:`_Fields` (feedparser's dict type costs ~3 µs a lookup)."""
    channel = root.find("channel") if version == "rss20" else root
    feed = _Fields({
        "title": _text(channel.find("title" if version == "rss20" else _ATOM + "title")),
        "generator": _text(channel.find("generator" if version == "rss20" else _ATOM + "generator")),
        "links": [{"rel": link.get("rel") or "alternate", "href": link.get("href")}
                  for link in channel.findall(_ATOM + "link") if link.get("href")]})
    for child in channel:
        if isinstance(child.tag, str) and child.tag.startswith("{http://a9.com/-/spec/opensearch"):
            name = child.tag.rpartition("}")[2].lower()
            if name in ("totalresults", "startindex", "itemsperpage"):
                feed["opensearch_" + name] = _text(child)
    rss = version == "rss20"
    items = channel.findall("item") if rss else channel.findall(_ATOM + "entry")
    if len(items) != len(fast["entries"]):
        return None
    # what each item really holds: fastfeedparser fills in what feedparser leaves out (an id from
    # the link, a date from the guid or the update time, content from the description)
    names = _RSS_NAMES if rss else _ATOM_NAMES
    entries = []
    for raw, item in zip(fast["entries"], items, strict=True):
        present = {names[child.tag] for child in item if child.tag in names}
        entry = _Fields({key: raw[key] for key in ("id", "link", "title", "published", "updated")
                         if raw.get(key) and key in present})
        if "content" in present:
            content = [{"type": c.get("type") or "text/html", "value": c.get("value") or ""}
                       for c in raw.get("content") or () if isinstance(c, dict)]
            if content:
                entry["content"] = content
        if raw.get("description") and "summary" in present:
            entry["summary"] = raw["description"]
        entries.append(entry)
    return feedparser.FeedParserDict(feed=feed, entries=entries, version=version, bozo=0)


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
    a well-formed document whose root is a feed's (``<rss>``, ``<feed>``, ``<rdf:RDF>``, CDF's
    ``<CHANNEL>``), or a channel title in something that is not an HTML page. Such a channel
    is healthy with 0 items — a new KIM blog has none yet — and its flaw is a note."""
    if parsed.entries or parsed.get("version"):
        return True
    root = _ROOT_NAME.match(body[:65536])
    if root and root.group(1).lower() in _FEED_ROOTS and not parsed.bozo:
        # a well-formed feed document with no items: feedparser names no version for CDF
        # (``<CHANNEL>``), and a channel may give no title
        return True
    is_html = b"<html" in body[:2000].lower()
    return bool(parsed.get("feed", {}).get("title")) and not is_html


_ROOT_NAME = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<([\w:.-]+)",
                        re.DOTALL | re.IGNORECASE)


#: Root elements of feed documents: RSS, Atom, RSS 1.0 (RDF), CDF
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"channel"}


_DECLARED_ENTITY = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?[^>]*\?>|<!--.*?-->)*<!DOCTYPE[^\[>]*\[.*?<!ENTITY",
                              re.DOTALL | re.IGNORECASE)
#: why a feed declaring entities is not read (the channel's status note)
ENTITIES_REFUSED = ("declares its own XML entities (<!ENTITY …> in its DOCTYPE): no feed needs them, and they "
                    "can expand without bound (a 'billion laughs'); the feed is not read")
#: why a feed declaring external entities (XXE) is not read
EXTERNAL_ENTITIES_REFUSED = ("declares external XML entities (<!ENTITY … SYSTEM/PUBLIC \"…\"> in its DOCTYPE): "
                             "they would read local files or other servers; nothing fetches them and the feed is not read")
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\s+(?:%\s+)?[\w:.-]+\s+(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)


def entities_refused(body: bytes) -> str | None:
    """Why the XML document in ``body`` is not read for the entities it declares (external ones,
    XXE, or internal ones, a "billion laughs"), or None (:func:`declares_entities`)."""
    if not declares_entities(body):
        return None
    return EXTERNAL_ENTITIES_REFUSED if _EXTERNAL_ENTITY.search(body[:65536]) else ENTITIES_REFUSED


def declares_entities(body: bytes) -> bool:
    """Whether the XML document in ``body`` declares entities in its DOCTYPE's internal subset.

    Nothing expands them here (the parsers are set not to), but what is read of such a feed
    is junk — a post titled "&lol9;" — so it is refused whole. An external DTD (RSS 0.91's
    Netscape DOCTYPE) declares none here and is read."""
    return bool(_DECLARED_ENTITY.match(body[:65536]))


#: The end of an entry (``</item>``, ``</entry>``, ``</atom:entry>``): a cut feed's last entry has none
_CLOSED_ENTRY = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)
_CLOSED_CHANNEL = re.compile(rb"</(?:[\w.-]+:)?channel\s*>\s*$", re.IGNORECASE)


#: where a feed starts: its XML declaration, or its root element
_FEED_START = re.compile(rb"<\?xml\s|<rss\b[^>]*\bversion|<feed\b[^>]*\bxmlns|<rdf:RDF\b")


def skip_junk_before_feed(body: bytes) -> tuple[bytes, bytes]:
    """``body`` from where its feed starts, and the junk before it (b"" when none): a PHP
    warning a plugin printed before WordPress's feed ("<br /><b>Warning</b>: Cannot modify
    header information …"). Only text that is no XML (a declaration, comment, DOCTYPE or
    processing instruction) counts as junk, within the first 4 KB."""
    start = body[:4096]
    lead = start.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not lead or lead[:5].lower() in (b"<html", b"<head") \
            or lead.startswith((b"<?", b"<!", b"<rss", b"<feed", b"<rdf", b"{", b"[")):
        return body, b""
    found = _FEED_START.search(start)
    if found is None:
        return body, b""
    return body[found.start():], body[:found.start()]


def _junk_text(junk: bytes) -> str:
    """The junk before a feed as a short plain text: "Warning: Cannot modify header …"."""
    text = " ".join(re.sub(r"<[^>]*>", " ", junk.decode("utf-8", "replace")).split())
    return repr(text[:100] + ("…" if len(text) > 100 else ""))


def cut_short(body: bytes) -> bool:
    """Whether the XML document in ``body`` ends before its root element closes (``<rss>``
    without ``</rss>``): an answer cut off on the way, or a compressed body that stops short
    (Scrapy decompresses what arrived and says nothing)."""
    root = _ROOT_NAME.match(body[:65536])
    return root is not None and b"</" + root.group(1) not in body[-65536:]


def drop_cut_entries(parsed: Any, body: bytes) -> tuple[bool, int]:
    """``(cut, dropped)``: whether the feed in ``body`` is cut short, and how many of ``parsed``'s
    entries were dropped from it for the cut: every entry past the last one the feed closes. A
    feed broken off inside an entry may go on with junk the parser reads as more entries (a
    half ``<item>`` after the cut): neither the cut entry (its text or link never arrived, it
    must not overwrite the stored post) nor that junk is a post."""
    # (a feed closing its channel but not its <rss> is sloppy, not cut)
    cut = bool(parsed.bozo) and cut_short(body) and not _CLOSED_CHANNEL.search(body[-256:])
    closed = len(_CLOSED_ENTRY.findall(body))
    if not cut or closed >= len(parsed.entries):
        return cut, 0
    dropped = len(parsed.entries) - closed
    parsed["entries"] = parsed.entries[:closed]
    return cut, dropped


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


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def _absolute(link: Any, base: str) -> str | None:
    """An item's link made absolute against the feed's URL (``<link>/2026/11/x.html</link>``)."""
    if not link or not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    if _SCHEME.match(link):
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


def implausible_dates(entries: list[dict[str, Any]]) -> str | None:
    """The note on ``entries`` whose date no post can have (before 2000, after tomorrow), or None:
    ``2 posts with an implausible date (1970-01-01): first-seen time used`` (the clean step
    leaves their date out, the dedupe step dates them when first seen; see pipelines/clean.py)."""
    latest = latest_plausible_iso()
    days: dict[str, int] = {}
    for entry in entries:
        published = parse_to_iso(entry.get("published")) if entry.get("published") is not None else None
        if implausible_published(published, latest):
            day = str(published)[:10]
            days[day] = days.get(day, 0) + 1
    if not days:
        return None
    count = sum(days.values())
    shown = ", ".join(sorted(days)[:3]) + (", …" if len(days) > 3 else "")
    return f"{count} post{'' if count == 1 else 's'} with an implausible date ({shown}): first-seen time used"


def undated_note(count: int, first_crawl: bool) -> str:
    """The channel note on ``count`` feed entries without a date, the same whether a ``feed`` or a
    ``website`` channel read the feed: ``2 entries without a date``; after the channel's first
    crawl, ``… (new ones dated when first seen)`` (:meth:`spiders.base.ChannelSpider.entry_item`)."""
    note = f"{count} entr{'y' if count == 1 else 'ies'} without a date"
    return note if first_crawl else f"{note} (new ones dated when first seen)"


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


def feed_entries(parsed: Any, url: str, *, bridged: bool = False,
                 zone: tzinfo | None = None) -> tuple[list[dict[str, Any]], int, int, int]:
    """The items of a parsed feed page as fields (guid, url, title, html, text, published), and
    how many entries were duplicates, empty and undated. ``zone``: the channel's ``timezone:``,
    the zone of a date the feed writes without one (else WITA)."""
    out: list[dict[str, Any]] = []
    undated = duplicates = empty = 0
    seen: set[str] = set()
    # a broken plugin may give every item the same guid: where one guid stands for items with
    # different links, the link tells them apart
    guids = [entry_guid(entry) for entry in parsed.entries]
    links_of: dict[str, set[str]] = {}
    for entry, guid in zip(parsed.entries, guids, strict=True):
        links_of.setdefault(guid or "", set()).add(str(entry.get("link") or ""))
    shared = {g for g, links in links_of.items() if g and len(links) > 1}
    for entry, guid in zip(parsed.entries, guids, strict=True):
        link = _absolute(entry.get("link"), url)
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
        title = entry_title(entry)
        readable_link = bool(link) and str(link).lower().startswith(("http://", "https://"))
        if not readable_link and not (title or "").strip() and not (text or "").strip() and not (html or "").strip():
            # an id and a date but nothing to read (the last entry of a truncated feed; feedparser
            # gives its tag: id as the link): no post
            empty += 1
            continue
        published = entry_published(entry)
        if published is None:
            undated += 1
        elif zone is not None and isinstance(published, str):
            published = parse_to_iso(published, zone=zone) or published
        fields = {"guid": guid, "url": link, "title": title,
                  "html": keep_text_of_embeds(html) if html else html, "text": text, "published": published}
        out.append({k: v for k, v in fields.items() if v is not None or k == "guid"})
    return out, duplicates, empty, undated


#: Endings of a feed entry that gives only the beginning of its article (WordPress "Summary"
#: feeds end in " […]", Blogger's in "…"; "Baca selengkapnya", "Read more").
_EXCERPT_END = re.compile(r"(?:\[(?:…|\.\.\.|&hellip;|&#8230;)\]|…|\.\.\.|read more|continue reading|"
                          r"baca selengkapnya|selengkapnya)\W*$", re.IGNORECASE)
#: The line WordPress SEO plugins (Yoast, Rank Math) add after an entry's text, "[…]" included:
#: "The post X appeared first on Y." (Indonesian: "Artikel X pertama kali tampil di Y.").
_APPEARED_FIRST = re.compile(r"\s*(?:the post|artikel|pos|postingan)\s.{0,400}?\s(?:appeared first on|"
                             r"pertama kali\s+(?:tampil|muncul|terbit)\s+di|muncul pertama kali di)\s.{0,200}$",
                             re.IGNORECASE | re.DOTALL)


#: An entry longer than this (characters of text) is a post, whatever it ends with.
EXCERPT_MAX_CHARS = 1500


def excerpt_only(text: str, *, full_content: bool = False) -> bool:
    """Whether a feed entry gives only the beginning of its article, so its article page is to
    be read — the one rule of the feed spider and of a website channel reading its site's feed.

    ``text``: the entry's text (tags are dropped); ``full_content``: the entry has full content
    (``content:encoded``, Atom ``<content>``) — never an excerpt, whatever its summary ends with
    (a WordPress "Full text" feed's description always ends in " […]"). An excerpt ends as
    WordPress and Blogger summaries end ("… […]", "…", "Baca selengkapnya"), an SEO plugin's
    "The post X appeared first on Y." after that ending aside, and is at most
    ``EXCERPT_MAX_CHARS`` long. A short post ending otherwise is a post (its page would cost a
    request for the same text); an entry with no text at all (a title and a link) is read from
    its page. Measured against the website spider's old rule in ``bench/bench_excerpt.py``."""
    if full_content:
        return False
    plain = " ".join(re.sub(r"<[^>]+>", " ", str(text or "")).split())
    if not plain:
        return True
    plain = _APPEARED_FIRST.sub("", plain) or plain
    return len(plain) <= EXCERPT_MAX_CHARS and _EXCERPT_END.search(plain[-40:]) is not None


#: Platforms whose pages are no articles to read (a YouTube ``videos.xml`` registered as a feed
#: links its watch pages); their own spiders or bridges read them.
_PLATFORM_HOSTS = ("youtube.com", "youtu.be", "facebook.com", "instagram.com", "t.me", "x.com", "twitter.com",
                   "tiktok.com")


def _article_site(url: str, feed_url: str) -> bool:
    """Whether ``url`` is an article page of the feed's own site (not a platform's page)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.").removeprefix("m.")
    return same_site(url, feed_url) and not any(host == p or host.endswith("." + p) for p in _PLATFORM_HOSTS)


def same_site(url_a: str, url_b: str) -> bool:
    """Whether two URLs are on one site (their hosts, ``www.`` aside)."""
    strip = lambda u: (urlsplit(u).hostname or "").lower().removeprefix("www.")  # noqa: E731
    return strip(url_a) == strip(url_b)


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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.articles_left: dict[str, int] = {}  # channel id -> article pages still to fetch this crawl
        self.excerpt_feeds: dict[str, int] = {}  # channel id -> excerpt entries met
        self.articles_read: dict[str, int] = {}  # channel id -> excerpts replaced by their article's text
        self.articles_unread: dict[str, list[str]] = {}  # channel id -> article pages that gave no text
        self.excerpts_known: dict[str, int] = {}  # channel id -> excerpt entries of posts already stored

    def _article_request(self, run: ChannelRun, item: ContentItem, url: str, feed_url: str) -> Request | None:
        """The article page of an excerpt-only entry, as a website channel fetches it: the feed's
        own site only, within the channel's article budget (``max_articles``, else 60 on a first
        crawl, 30 later), through the same politeness, robots and address guards."""
        channel_id = run.channel["id"]
        if channel_id not in self.articles_left:
            self.articles_left[channel_id] = article_budget(json_dict(run.channel.get("options")), run.first_crawl)
        if self.articles_left[channel_id] <= 0:
            return None
        self.articles_left[channel_id] -= 1
        return Request(url, callback=self._on_article, errback=self._on_article_error, dont_filter=True,
                       meta={"channel_id": channel_id, "page": 2, "entry_item": item, "feed_url": feed_url})

    def _on_article(self, response: Response) -> Iterator[Any]:
        from crawler.harvest.article import extract_article

        run = self.runs[response.meta["channel_id"]]
        item: ContentItem = response.meta["entry_item"]
        try:
            article = None
            if "html" in (response.headers.get(b"Content-Type") or b"text/html").decode("latin-1").lower():
                article = extract_article(response.body, response.url, listed=True)
            excerpt = str(item.get("text") or re.sub(r"<[^>]+>", " ", str(item.get("html") or "")))
            if article is not None and not article.problem and article.text \
                    and len(article.text) > len(" ".join(excerpt.split())):
                item["text"] = article.text
                item.pop("html", None)  # (the article's text, not the excerpt's markup)
                if article.links:
                    item["links"] = article.links
                self.articles_read[run.channel["id"]] = self.articles_read.get(run.channel["id"], 0) + 1
            else:
                self.articles_unread.setdefault(run.channel["id"], []).append(response.url)
            yield from self._counted(run, item)
        finally:
            self._done(run)

    def _on_article_error(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        run = self.runs[request.meta["channel_id"]]
        try:
            self.articles_unread.setdefault(run.channel["id"], []).append(request.url)
            yield from self._counted(run, request.meta["entry_item"])  # the excerpt, as before
        finally:
            self._done(run)

    def _counted(self, run: ChannelRun, item: ContentItem) -> Iterator[Any]:
        run.items += 1
        self.context.outcome(run.channel).items_found += 1
        yield item

    def closed(self, reason: str) -> None:
        """Say on each channel whose feed gives excerpts only what was read of the articles, and
        on each whose paging the page cap cut which page was not read."""
        for channel_id, run in self.runs.items():
            notes = [run.warning] if run.warning else []
            excerpts = self.excerpt_feeds.get(channel_id, 0)
            if excerpts:
                read = self.articles_read.get(channel_id, 0)
                unread = self.articles_unread.get(channel_id, [])
                note = (f"the feed gives excerpts only ({excerpts} entries end in […] or the like): "
                        f"{read} article page(s) read for the full text")
                if unread:
                    note += f", {len(unread)} gave none, their excerpt stored (e.g. {unread[0]})"
                over = excerpts - read - len(unread) - self.excerpts_known.get(channel_id, 0)
                if over > 0:
                    note += f"; {over} stored as excerpts, over the article budget"
                notes.append(note)
            if run.paging_cut:
                notes.append(paging_cut_note("feed", self.start_url(run.channel), run.max_pages,
                                             cap_name(json_dict(run.channel.get("options")), run.first_crawl),
                                             run.paging_cut))
            if excerpts or run.paging_cut:
                self.note(run, "; ".join(notes))

    def start_url(self, channel: Mapping[str, Any]) -> str:
        """The feed URL; for a page that announced its feed on an earlier crawl, that feed."""
        known = json_dict(channel.get("state")).get("discovered_feed")
        return str(known) if known else super().start_url(channel)

    def parse_page(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        headers = {k.decode("latin-1").lower(): v[0].decode("latin-1")
                   for k, v in response.headers.items() if v}
        if not response.body.strip():
            raise ChannelError("empty", f"{response.url} answered HTTP {response.status} with an empty body")
        if refused := entities_refused(response.body):
            raise ChannelError("entities", f"{response.url} {refused}")
        body, junk = skip_junk_before_feed(response.body)
        parsed = parse_feed(body, headers)
        if parsed.bozo and compressed_cut_short(response.meta):
            # what Scrapy could decompress of a body that stops short: the fetch failed
            raise ChannelError("truncated", f"{response.url} answered a compressed body that stops short "
                               f"({len(response.meta['compressed_body'][1])} bytes of "
                               f"{response.meta['compressed_body'][0]}); nothing of it is read")
        if not parsed.entries and parsed.bozo and cut_short(body):
            # nothing read from a document that stops short is no empty feed: the fetch failed
            raise ChannelError("truncated", f"{response.url} answered a feed cut short after {len(body)} "
                               "bytes; no entry could be read")
        if not parsed.entries and not readable_feed(parsed, body):
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
                                   + ", not a feed, and the page announces no feed either",
                                   f"{response.url} answered an HTML page, not a feed")
            raise ChannelError("malformed", f"{response.url} is not a readable feed"
                               + (f": {problem}" if problem else ""), f"{response.url} is not a readable feed")
        page = int(response.meta.get("page", 1))
        # the entry the cut goes through stops where the answer does: its text or link is
        # missing, not empty (and what the parser makes of the junk after it is no entry)
        cut, dropped = drop_cut_entries(parsed, body)
        if dropped:
            if not parsed.entries:
                raise ChannelError("truncated", f"{response.url} answered a feed cut short after "
                                   f"{len(body)} bytes, inside its first entry; no entry could be read")
        titles = [str(e.get("title") or "") for e in parsed.entries]
        if titles and all(_BRIDGE_ERROR.match(t) for t in titles):
            # RSS-Bridge reports a failing bridge as a feed whose one entry is the error
            raise ChannelError("bridge-error", f"the bridge feed {response.url} reports an error instead of "
                               f"posts: {titles[0][:160]}", f"the bridge feed {response.url} reports an error")
        channel = run.channel
        notes = []
        if junk and page == 1:
            # never silent, and no false "cut short": what the server printed first is named
            notes.append(f"{len(junk)} bytes of junk before the feed skipped ({_junk_text(junk)}); "
                         f"{len(parsed.entries)} entries read")
        if parsed.bozo and page == 1:
            problem = parsed.get("bozo_exception")
            kind = type(problem).__name__
            what = ("feed not well-formed" if "SAX" in kind or "XML" in kind and "Content" not in kind
                    else "feed encoding problem" if "Encoding" in kind else "feed problem")
            if cut:  # (what the parser says of it, "no element found", hides why)
                what = (f"feed cut short after {len(body)} bytes"
                        + ("; its last entry, cut there, not stored" if dropped else "")
                        + " (the next crawl reads it whole)")
            if kind == "CharacterEncodingOverride" and not cut and not declares_encoding(body, headers):
                # feedparser says "declared as utf-8" of a feed that declared nothing (UTF-8 is
                # only XML's default): say what happened
                notes.append(f"the feed is not UTF-8 and declares no encoding: read as "
                             f"{parsed.get('encoding') or 'windows-1252'}; {len(parsed.entries)} entries read")
            else:
                notes.append(f"{what} ({kind}: {problem}); {len(parsed.entries)} entries read")
        ids: list[str] = []
        zone = json_dict(channel.get("options")).get("timezone")
        entries, duplicates, empty, undated = feed_entries(parsed, response.url, bridged=bool(channel.get("via")),
                                                           zone=parse_zone(zone) if isinstance(zone, str) else None)
        crawler = getattr(self, "crawler", None)  # (none for a spider built without a crawl)
        cap = crawler.settings.getint("MAX_ITEMS_PER_FETCH", 1000) if crawler is not None else 1000
        implausible = implausible_dates(entries[:cap or None])  # (the items the crawl keeps)
        excerpts = 0
        # an entry with its full content (content:encoded, Atom content) is no excerpt, whatever its
        # summary ends with (a WordPress "Full text" feed's description always ends in " […]")
        full = {_absolute(e.get("link"), response.url) for e in parsed.entries if e.get("content")}
        for entry in entries:
            guid = entry.pop("guid")
            item = self.entry_item(run, guid, **entry)  # (an undated new one dated when first seen)
            ids.append(item["id"])
            if excerpt_only(entry.get("html") or entry.get("text") or "", full_content=entry.get("url") in full) \
                    and entry.get("url") and not channel.get("via") \
                    and _article_site(str(entry["url"]), response.url):
                excerpts += 1
                if item["id"] in self.known:
                    self.excerpts_known[channel["id"]] = self.excerpts_known.get(channel["id"], 0) + 1
                    # stored with its article's text (or its excerpt, when the page failed then):
                    # the excerpt never overwrites it
                    continue
                request = self._article_request(run, item, str(entry["url"]), response.url)
                if request is not None:
                    yield request
                    continue
            yield item
        if excerpts:
            self.excerpt_feeds[channel["id"]] = excerpts
        if duplicates:
            notes.append(f"{duplicates} duplicate entr{'y' if duplicates == 1 else 'ies'} skipped")
        if empty:
            notes.append(f"{empty} empty entr{'y' if empty == 1 else 'ies'} (no id, link, title or text) skipped")
        if undated:
            notes.append(undated_note(undated, run.first_crawl))
        if implausible:
            notes.append(implausible)
        if parsed.get(ENCODING_GUESSED):
            # never silent: a guess may be wrong (the site should declare its encoding)
            notes.append(f"the feed is not UTF-8 and declares no encoding: read as {parsed[ENCODING_GUESSED]} "
                         "(a guess by its bytes)")
        if notes and page == 1:
            run.warning = "; ".join(notes)
        if page == 1 and parsed.get("version"):
            run.state["feed_version"] = parsed.version
        follow = self.next_page(response, next_page_url(response.url, parsed, page), ids)
        if follow is not None:
            yield follow
