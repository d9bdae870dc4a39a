"""Parked domains: a KIM's site whose domain expired and now answers with a parking page.

A registrar or a parking service puts a lander on an expired domain ("This domain may be for
sale", "Domain ini dijual", ads under "Related searches"), or the domain's page only frames or
script-redirects to such a lander. Read as a site, it gives no posts and the KIM looks silent;
it is unreachable. :func:`parked_page` says why a channel's first answer is such a page, so the
channel is recorded with status ``parked`` (a failed fetch: no posts stored from it).

Conservative on purpose: a page is parked only when it redirects, frames or script-redirects to
a known parking service or a lander path, or when it says its *own* domain is for sale, expired
or parked in the words landers use, and holds little text besides and none of a site's signs
(a feed link, an article, a link to a dated post of its own: :func:`site_signs`) — a real small
site that writes about domains ("domain desa.id kami", "domain ini dijual kembali setelah
kedaluwarsa") is a site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

#: parking services and domain marketplaces whose landers park expired domains
PARKING_HOSTS = frozenset({
    "sedoparking.com", "sedo.com", "parkingcrew.net", "parkingcrew.com", "bodis.com", "above.com", "dan.com",
    "afternic.com", "hugedomains.com", "buydomains.com", "undeveloped.com", "parklogic.com", "parked.com",
    "domainmarket.com", "smartname.com", "domainsponsor.com", "skenzo.com", "trafficz.com", "fabulous.com",
    "ztomy.com", "searchvity.com", "dsparking.com", "parkingpage.namecheap.com", "voodoo.com", "rookmedia.net",
    "uniregistry.com", "domainnamesales.com", "parkingspa.com", "porkbun.com",
})
#: a lander's path on the parked domain itself or on a registrar's host (GoDaddy's ``/lander``,
#: ``img1.wsimg.com/parking-lander/``)
_LANDER_PATH = re.compile(r"(?i)/(?:lander|parking-lander|park(?:ing|ed)?(?:page)?)(?:[/?.#]|$)")
#: the words of a lander about its own domain (English and Indonesian)
_PARKED_WORDS = re.compile(
    r"(?i)\b(?:this domain(?: name)?|the domain(?: name)?\s+\S+|domain ini|nama domain ini)"
    r"\s+(?:(?:may|might|is|has|could|mungkin|sedang|telah|sudah|akan)\s+){0,2}"
    r"(?:be\s+)?(?:for\s+sale|available\s+for\s+(?:sale|purchase)|dijual|expired|kedaluwarsa|kadaluarsa|kadaluwarsa"
    r"|parked|diparkir|registered\s+at)"
    r"|\bbuy\s+this\s+domain\b|\bbeli\s+domain\s+ini\b|\bparked\s+free\b|\bdomain\s+parking\b"
    r"|\bmasa\s+aktif\s+domain\s+ini\b")
#: one of these is in every lander's bytes (the words above, a lander's path or a parking host)
_MARKERS = (b"domain", b"lander", b"park", *(h.split(".")[0].encode() for h in PARKING_HOSTS))
#: one of these is in every text :data:`_PARKED_WORDS` finds (a quick test of the bytes first)
_WORDS_MARKERS = (b"this domain", b"the domain", b"domain ini", b"buy this", b"beli domain", b"parked",
                  b"domain parking", b"masa aktif")
#: a lander holds a line or two of text; a site's home page holds its posts
MAX_LANDER_TEXT = 2500
#: only the head of a large answer is looked at (landers are small; their scripts may not be)
MAX_BYTES = 512 * 1024

_TITLE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")
_SCRIPT_STYLE = re.compile(r"(?is)<(script|style|noscript)\b[^>]*>.*?</\1\s*>")
_TAG = re.compile(r"(?s)<[^>]+>")
_FRAME_SRC = re.compile(r"""(?is)<i?frame\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""")
_SCRIPT_TARGET = re.compile(r"""location(?:\.href)?\s*(?:=|\.replace\(|\.assign\()\s*["']([^"']+)["']""")
_META_REFRESH = re.compile(r"""(?is)<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*content\s*=\s*["'][^"']*url\s*=\s*([^"'>]+)""")


#: a site's signs, which no lander has: a feed announced in its head, an article element or a
#: dated ``<time>``, a link to a date-stamped post on its own host (``/2026/12/pelatihan-domain/``)
_FEED_LINK = re.compile(r"""(?is)<link\b(?=[^>]*\brel\s*=\s*["']?alternate)(?=[^>]*application/(?:rss|atom)\+xml)""")
_ARTICLE = re.compile(r"(?i)<article\b|<time\b[^>]*\bdatetime\s*=")
_DATED_LINK = re.compile(r"""(?i)<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]*/(?:19|20)\d\d/[01]?\d/[^"'\s>]+)""")


def site_signs(url: str, html: str) -> str | None:
    """What in ``html`` shows a site, not a lander (None: nothing): a feed link, an article, a link
    to a date-stamped post on the page's own host. A site writing "domain ini dijual kembali
    setelah kedaluwarsa" in a post is a site."""
    if _FEED_LINK.search(html):
        return "a feed link"
    if _ARTICLE.search(html):
        return "an article"
    own = _host(url)
    for link in _DATED_LINK.finditer(html):
        if _host(urljoin(url, link.group(1))) == own:
            return "a dated post link"
    return None


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def parking_target(url: str) -> bool:
    """Whether ``url`` is a parking service's page or a lander path."""
    host = _host(url)
    if any(host == h or host.endswith("." + h) for h in PARKING_HOSTS):
        return True
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    return bool(_LANDER_PATH.search(path))


def visible_text(html: str) -> str:
    """The words a reader sees: without scripts, styles and tags, spaces folded."""
    return " ".join(_TAG.sub(" ", _SCRIPT_STYLE.sub(" ", html)).split())


def parked_page(url: str, body: bytes, content_type: str | None = None,
                redirects: Iterable[str] = ()) -> str | None:
    """Why the answer ``body`` of ``url`` (reached through ``redirects``) is a domain-parking page,
    or None when it is not (or is not HTML)."""
    for step in [*list(redirects)[1:], url] if redirects else []:  # where the channel's URL led
        if parking_target(step):
            return f"redirected to the parking page {step}"
    if content_type and "html" not in content_type.lower():
        return None
    head = body[:MAX_BYTES]
    lowered = head.lower()
    if b"<" not in head or not any(marker in lowered for marker in _MARKERS):
        return None  # nearly every page: no word of a lander in it
    html = head.decode("utf-8", "replace")
    for pattern, what in ((_FRAME_SRC, "frames"), (_SCRIPT_TARGET, "script-redirects to"),
                          (_META_REFRESH, "refreshes to")):
        for link in pattern.finditer(html):
            target = urljoin(url, link.group(1).strip())
            if parking_target(target) and len(visible_text(html)) <= MAX_LANDER_TEXT:
                return f"the page only {what} the parking lander {target}"
    if not any(words in lowered for words in _WORDS_MARKERS) or not _PARKED_WORDS.search(html):
        return None  # the words of a lander are nowhere: no need to read the page's text
    text = visible_text(html)
    if len(text) > MAX_LANDER_TEXT or site_signs(url, html):
        return None
    title = _TITLE.search(html)
    for words in (title.group(1) if title else "", text):
        said = _PARKED_WORDS.search(words)
        if said:
            return f"a domain-parking page ({said.group(0).strip()!r})"
    return None


#: what the channel's note says to do
PARKED_HELP = ("the domain no longer serves the KIM's site (expired, or for sale): ask the KIM for its new "
               "address and update the registry, or retire the channel")


def parked_response(response: object) -> str | None:
    """:func:`parked_page` of a Scrapy response (its URL, body, Content-Type and redirects)."""
    headers = getattr(response, "headers", None) or {}
    content_type = headers.get(b"Content-Type") if hasattr(headers, "get") else None
    meta = getattr(response, "meta", None) or {}
    return parked_page(str(getattr(response, "url", "")), getattr(response, "body", b"") or b"",
                       content_type.decode("latin-1") if isinstance(content_type, bytes) else content_type,
                       meta.get("redirect_urls") or ())
