"""URL canonicalization: one spelling for every way people write the same link.

Built on :func:`w3lib.url.canonicalize_url` (Scrapy's own URL library: percent-encoding,
query sorting, fragments), plus the rules that matter for spotting shared announcements:
``http``/``https``, ``www.``/``m.``/``amp.`` hosts, trailing slashes, AMP paths and
``?amp=1``, Blogger's ``?m=1``, tracking parameters (``utm_*``, ``fbclid``, ``gclid``, …).
The canonical form is for comparing, not for fetching.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "igsh",
    "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "s", "si", "share",
    "amp", "m", "mibextid", "rdid", "fb_action_ids", "fb_action_types", "fb_source",
    "spm", "feature", "from", "source",
}
#: session ids that old PHP/Java/ColdFusion sites put on every link: a new one per visit
SESSION_PARAMS = {"phpsessid", "jsessionid", "aspsessionid", "oscsid", "zenid", "cfid", "cftoken",
                  "sessionid", "session_id", "sess_id", "sessid"}
TRACKING_PARAMS |= SESSION_PARAMS
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__twitter")
_SESSION_IN_PATH = re.compile(r";(?:jsessionid|phpsessid|sessionid)=[^/?#]*", re.IGNORECASE)
#: one of these is in every name of SESSION_PARAMS and _SESSION_IN_PATH (the names lowercased)
_SESSION_MARKS = ("sess", "sid", "zenid", "cfid", "cftoken")


def strip_session(url: str) -> str:
    """``url`` without session ids (``?PHPSESSID=…``, ``;jsessionid=…``); otherwise unchanged.

    Items are identified by their URL when a page gives no other id: a fresh session id on
    every visit would make every crawl store every post again.
    """
    if not url or ("=" not in url):
        return url
    lowered = url.lower()
    if "%" not in url and not any(mark in lowered for mark in _SESSION_MARKS):
        return url  # no session parameter can be in it (WordPress guids: ?p=123): no parsing
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = _SESSION_IN_PATH.sub("", parts.path)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in SESSION_PARAMS]
    if path == parts.path and len(kept) == len(pairs):
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(kept), parts.fragment))

_HOST_PREFIXES = re.compile(r"^(?:www\d?|m|mobile|amp)\.")
_AMP_PATH = re.compile(r"(?:/amp)+/?$|^/amp(?=/)")
SHORTENER_HOSTS = {
    "s.id", "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly",
    "rebrand.ly", "cutt.ly", "shorturl.at", "rb.gy", "lnkd.in", "fb.me", "t.ly", "v.gd",
    "tiny.cc", "bit.do", "linktr.ee", "youtu.be",
}
_SPACE = re.compile(r"\s")
_SCHEMELESS = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)+(/|$)", re.IGNORECASE)


#: an http(s) URL whose canonical form is itself with https and without trailing slashes:
#: a lower-case host, no query, fragment, user info, percent-escape, dot segment or empty segment
_PLAIN_URL = re.compile(r"https?://(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::(?P<port>\d{1,5}))?"
                        r"(?P<path>/(?:_SEG(?:/_SEG)*/?)?)?".replace("_SEG", r"[A-Za-z0-9_~-][A-Za-z0-9_.~-]*"),
                        re.ASCII)  # one way to match a path: no backtracking blow-up
_PLATFORM_HOSTS = {"telegram.me", "telegram.dog", "t.me", "youtu.be", "youtube.com", "youtube-nocookie.com"}
_YOUTUBE_VIDEO_PATH = re.compile(r"^/(?:shorts|live|embed|v)/([A-Za-z0-9_-]{6,})/?$")


#: Facebook's other front ends of the same post (``m.`` and ``www.`` are dropped for every host)
_FACEBOOK_HOSTS = {"facebook.com", "mbasic.facebook.com", "web.facebook.com", "touch.facebook.com",
                   "free.facebook.com", "d.facebook.com", "mtouch.facebook.com", "business.facebook.com"}
#: parameters Facebook adds to a post's link to track who shared or clicked it (besides every
#: ``__name__``/``__cft__[0]`` one and the general TRACKING_PARAMS)
_FACEBOOK_TRACKING = {"share_url", "sfnsn", "paipv", "eav", "_rdr", "rdc", "refsrc", "hc_ref", "hc_location",
                      "notif_id", "notif_t", "ref_component", "ref_page", "acontext", "locale", "_fb_noscript"}


def _platform_form(host: str, path: str, query: list[tuple[str, str]]) -> tuple[str, str, list[tuple[str, str]]]:
    """One address per post on platforms that give it several.

    Facebook: ``mbasic.``/``web.``/``touch.`` hosts are the same post as ``www.``; the
    parameters it adds to a shared link (``__tn__``, ``__cft__[0]``, ``share_url``, …) are dropped.
    Telegram: ``telegram.me``/``t.me``, and the web preview ``t.me/s/<channel>/<n>`` are the
    same message; ``?single``/``?embed`` only change the view. YouTube: ``youtu.be/<id>``,
    ``/shorts/<id>``, ``/live/<id>``, ``/embed/<id>`` are ``/watch?v=<id>`` (offline, no
    request needed).
    """
    if host in _FACEBOOK_HOSTS:
        host = "facebook.com"
        query = [(k, v) for k, v in query if not k.startswith("__") and k.lower() not in _FACEBOOK_TRACKING]
    if host in ("telegram.me", "telegram.dog"):
        host = "t.me"
    if host == "t.me":
        if path.startswith("/s/"):
            path = path[2:]
        query = [(k, v) for k, v in query if k.lower() not in ("single", "embed", "before", "after", "q")]
    elif host == "youtu.be" and len(path) > 1:
        video = path.strip("/").split("/")[0]
        host, path = "youtube.com", "/watch"
        query = [("v", video)] + [(k, v) for k, v in query if k.lower() not in ("v", "t")]
    elif host in ("youtube.com", "youtube-nocookie.com"):
        match = _YOUTUBE_VIDEO_PATH.match(path)
        if match:
            host, path = "youtube.com", "/watch"
            query = [("v", match.group(1))] + [(k, v) for k, v in query if k.lower() not in ("v", "t")]
        elif path == "/watch":
            query = [(k, v) for k, v in query if k.lower() in ("v", "list")]
    return host, path, query


@lru_cache(maxsize=65536)
def canonical_url(url: str | None) -> str | None:
    """The canonical form of ``url``, or None when it is not an http(s) URL.

    >>> canonical_url("http://www.Example.go.id/berita/a/amp/?utm_source=fb&fbclid=x#top")
    'https://example.go.id/berita/a'
    """
    if not url:
        return None
    url = url.strip().strip("<>\"'")
    plain = _PLAIN_URL.fullmatch(url)
    if plain:  # most links and post URLs: the rules below change nothing but scheme and slashes
        host, port, path = plain.group("host", "port", "path")
        if (not _HOST_PREFIXES.match(host) and host not in _PLATFORM_HOSTS and host not in _FACEBOOK_HOSTS and not _AMP_PATH.search(path or "/")
                and not (path or "").endswith(".amp") and not (port or "").startswith("0")):
            if port and int(port) <= 65535 and port not in ("80", "443"):
                host = f"{host}:{port}"
            elif port and int(port) > 65535:
                return None
            rest = (path or "").lstrip("/").rstrip("/")
            return f"https://{host}/{rest}" if rest else f"https://{host}"
    if url.startswith("//"):
        url = "https:" + url
    elif not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.IGNORECASE):
        if not _SCHEMELESS.match(url):
            return None
        url = "https://" + url
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port that is no number raises ValueError here
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    host = _HOST_PREFIXES.sub("", host)
    if ":" in host:  # an IPv6 literal: hostname drops its brackets, the URL needs them
        host = f"[{host}]"
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    path = _AMP_PATH.sub("", _SESSION_IN_PATH.sub("", parts.path)) or "/"
    if path.endswith(".amp"):
        path = path[: -len(".amp")]
    host, path, query = _platform_form(host, path, query)
    rebuilt = urlunsplit(("https", host, path, urlencode(query), ""))
    canonical = canonicalize_url(rebuilt, keep_fragments=False)
    scheme_host, _, rest = canonical.partition("://")[2].partition("/")
    rest = rest.rstrip("/") if "?" not in rest else re.sub(r"/\?", "?", rest)
    return f"https://{scheme_host}/{rest}" if rest else f"https://{scheme_host}"


#: paths that name one post (not an account or a listing), on the canonical hosts
_SINGLE_POST_PATHS = {
    "facebook.com": re.compile(r"^/(?:[^/]+/(?:posts|videos|photos|reels?)/[^/]+|groups/[^/]+/(?:posts|permalink)/[^/]+"
                               r"|reels?/[^/]+|(?:permalink|story|photo)\.php|watch)/?$"),
    "instagram.com": re.compile(r"^/(?:[^/]+/)?(?:p|reels?|tv)/[^/]+/?$"),
    "tiktok.com": re.compile(r"^/@[^/]+/(?:video|photo)/\d+/?$"),
    "whatsapp.com": re.compile(r"^/channel/[^/]+/\d+/?$"),
    "t.me": re.compile(r"^/[^/]+/\d+/?$"),
    "youtube.com": re.compile(r"^/watch$"),
}


def single_post_url(canonical: str | None) -> bool:
    """Whether the canonical URL ``canonical`` names one social-media post (a Facebook post,
    an Instagram ``/p/``, a TikTok video, a WhatsApp channel update, a Telegram message, a
    YouTube video): the same post, whichever way it reached the store. A page's or a
    website's URL is not (a feed may link every item to its home page)."""
    if not canonical:
        return False
    parts = urlsplit(canonical)
    pattern = _SINGLE_POST_PATHS.get(parts.hostname or "")
    if pattern is None or not pattern.match(parts.path):
        return False
    if parts.path.endswith(".php") or parts.path.rstrip("/") == "/watch":
        return bool(parts.query)  # permalink.php?story_fbid=…&id=…, watch?v=…
    return True


#: a path whose last segment names one article: a slug of three words or more, a number, a file
_ARTICLE_SEGMENT = re.compile(r"[^/]*(?:-[^/-]+){2,}[^/]*|[^/]*\d[^/]*|[^/]+\.html?")
#: scripts whose page is chosen by their query (``index.php?id=5``): without one, a front page
_SCRIPT_PATH = re.compile(r"\.(?:php\d?|aspx?|jsp|cfm|cgi|pl)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _identity_parameters() -> frozenset[str]:
    """Query parameters that choose which page is shown (``id``, ``p``, ``page_id``, ``page`` …):
    courlan's list of the parameters worth keeping (trafilatura's URL library, a dependency)."""
    from courlan.settings import ALLOWED_PARAMS, LANG_PARAMS

    return frozenset(ALLOWED_PARAMS | LANG_PARAMS | {"cat", "tag", "paged", "attachment_id", "m"})


def same_page(link: str, release: str) -> bool:
    """Whether the canonical ``link`` (a post's outbound link) names the page of the canonical
    ``release`` URL although it is spelled with more query parameters (``…/slug?hp=1``,
    ``index.php?id=5&from=wa``): same host and path, every parameter of the release with the same
    value, and no extra parameter that chooses a page (``?p=``, ``?id=``, ``?page=`` …, see
    :func:`_identity_parameters`). A release that is a site's root, a listing or a script without a
    query (``/``, ``/berita``, ``/category/…``, ``index.php``) names no single article: it takes no
    link but its own. Exact equality is the caller's first test; this is the second.

    >>> same_page("https://x.go.id/berita/pasar-murah-di-alalak?hp=1", "https://x.go.id/berita/pasar-murah-di-alalak")
    True
    >>> same_page("https://x.go.id/index.php?id=6", "https://x.go.id/index.php?id=5")
    False
    """
    base, mark, query = link.partition("?")
    release_base, release_mark, release_query = release.partition("?")
    if not mark or base != release_base:
        return False
    path = urlsplit(base).path
    pairs = parse_qsl(query, keep_blank_values=True)
    wanted = parse_qsl(release_query, keep_blank_values=True)
    if not release_mark:  # the page is its path alone: it must be an article's
        from courlan.filters import is_navigation_page

        last = path.rstrip("/").rsplit("/", 1)[-1]
        if (not path.strip("/") or _SCRIPT_PATH.search(path) or is_navigation_page(path + "/")
                or not _ARTICLE_SEGMENT.fullmatch(last)):
            return False
    if any(pair not in pairs for pair in wanted):
        return False
    wanted_names = {name for name, _ in wanted}
    identity = _identity_parameters()
    return not any(name.lower() in identity for name, _ in pairs if name not in wanted_names)


def one_page_url(canonical: str | None) -> bool:
    """Whether the canonical URL ``canonical`` names one article page of a website (a slug, a
    number, an ``.html`` file, a script with its query), not a site's root, a listing or a
    navigation page (``/``, ``/berita``, ``/category/…``, ``index.php``)."""
    if not canonical:
        return False
    from courlan.filters import is_navigation_page

    parts = urlsplit(canonical)
    path = parts.path
    if not path.strip("/") or is_navigation_page(path + "/"):
        return False
    if parts.query:
        return True
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return not _SCRIPT_PATH.search(path) and bool(_ARTICLE_SEGMENT.fullmatch(last))


class CanonicalIndex(dict[str, list[Any]]):
    """Canonical URL → what has it (announcements), where a lookup by a post's link finds the exact
    URL first, else the pages it names with extra query parameters (:func:`same_page`)."""

    def __init__(self) -> None:
        super().__init__()
        self._by_base: dict[str, list[str]] = {}  # URL without its query → the keys with it

    def _note(self, key: str) -> None:
        if not dict.__contains__(self, key):  # (unpickling sets the items before the attributes)
            by_base = self.__dict__.setdefault("_by_base", {})
            by_base.setdefault(key.partition("?")[0], []).append(key)

    def __setitem__(self, key: str, value: list[Any]) -> None:
        self._note(key)
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self._note(key)
        return super().setdefault(key, default)

    def same_page_keys(self, link: str) -> list[str]:
        """The keys :func:`same_page` says ``link`` names (none when it has no query)."""
        if "?" not in link:
            return []
        return [key for key in self._by_base.get(link.partition("?")[0], ()) if key != link and same_page(link, key)]

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        found = super().get(key)
        if found is not None:
            return found
        keys = self.same_page_keys(key)
        if not keys:
            return default
        return [item for k in keys for item in dict.__getitem__(self, k)]

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or (isinstance(key, str) and bool(self.same_page_keys(key)))


def without_credentials(url: str) -> str:
    """``url`` as written, without a ``user:password@`` (the link a KIM posted, safe to keep)."""
    scheme, separator, rest = url.partition("://")
    if not separator:
        return url
    end = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    authority = rest[:end]
    if "@" not in authority:
        return url
    return f"{scheme}://{authority.rpartition('@')[2]}{rest[end:]}"


def links_as_posted(links: list[str], written: list[tuple[str, str]]) -> list[str] | None:
    """How each of ``links`` (canonical forms) was written, in the same order, credentials
    removed; ``written`` pairs each link as written with what it was compared as (a shortened
    link: where it leads). None when every link was written in its canonical form (nothing to keep)."""
    first: dict[str, str] = {}
    for as_written, compared in written:
        canonical = canonical_url(compared)
        if canonical is not None and canonical not in first:
            first[canonical] = without_credentials(as_written.strip())
    posted = [first.get(link, link) for link in links]
    return posted if posted != links else None


def is_shortened(url: str) -> bool:
    """Whether ``url`` is on a link shortener whose target must be resolved to compare it."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return _HOST_PREFIXES.sub("", host) in SHORTENER_HOSTS


_HTTP_URL = re.compile(
    r"^https?://(?:[^\s/?#@]+@)?(?P<host>\[[0-9a-fA-F:.]+\]|[^\s/?#@:]+)(?::\d{1,5})?(?:[/?#]\S*)?$",
    re.IGNORECASE,
)


def proxy_authorization(proxy: str) -> dict[str, str]:
    """The ``Proxy-Authorization`` header for the credentials written in a proxy URL
    (``http://user:pass@proxy:3128``, percent-escapes decoded, as Scrapy sends them); none without."""
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if parts.username is None:
        return {}
    credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode("latin-1", "replace")
    return {"Proxy-Authorization": "Basic " + base64.b64encode(credentials).decode("ascii")}


def bypasses_proxy(url: str) -> bool:
    """Whether ``no_proxy`` (``NO_PROXY``) sends a request for ``url`` direct, past the proxy of the
    environment. One reading for the crawl, the re-check, the guard and ``kimwatch verify``:
    urllib's (a name matches itself and its subdomains, ``.suffix`` a domain, ``*`` everything),
    and an entry with a port (``kimc.kim.id:8080``) matches that host on that port only, the
    default port of the scheme when the URL names none."""
    from urllib.request import proxy_bypass

    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return False
    if not host:
        return False
    if port is None:
        port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return bool(proxy_bypass(host) or (port is not None and proxy_bypass(f"{host}:{port}")))


def http_url_problem(url: str | None) -> str:
    """Why ``url`` is no channel address (:func:`is_http_url` is False), said for the registry."""
    match = _HTTP_URL.match((url or "").strip())
    if not match:
        return "is not an http(s) URL"
    host = match["host"]
    if re.fullmatch(r"(?i)0x[0-9a-f]+|0[0-7]*|\d+", host):
        return (f"is not an http(s) URL kimwatch accepts: its host {host!r} is an address written as one "
                "number; write the site's name")
    return f"is not an http(s) URL kimwatch accepts: its host {host!r} has no domain (no dot)"


def is_http_url(url: str | None) -> bool:
    """Whether ``url`` is an absolute http(s) URL with a host (for registry and import validation)."""
    if not url:
        return False
    match = _HTTP_URL.match(url.strip())
    if not match:
        return False
    host = match["host"].lower()
    return "." in host or host == "localhost" or host.startswith("[")
