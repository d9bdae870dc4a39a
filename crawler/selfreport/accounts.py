"""Which account a post URL (or a registered channel URL) belongs to, offline.

Platforms spell one account many ways: ``m.``/``mbasic.``/``web.``/``touch.`` Facebook hosts,
``l.facebook.com/l.php?u=…`` redirect wrappers, ``permalink.php?story_fbid=…&id=<page id>``,
``/groups/<id>/posts/…``, ``tiktok.com/@handle/video/…``, ``whatsapp.com/channel/<id>/<n>``.
An account is a set of *identifiers* (a handle or a numeric id, lower-cased; groups as
``group:<id>``): a post belongs to a channel when the two sets meet. Share links
(``facebook.com/share/p/…``, ``vm.tiktok.com/…``) name no account: they are resolved by
fetching them (their redirect leads to the post).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit, urlunsplit

from crawler.imports import platform_of

_FACEBOOK_HOST_PREFIXES = re.compile(r"^(?:www|m|mbasic|web|touch|mobile|free|d|business|lm|l)\.")
_FB_RESERVED = {
    "share", "sharer", "sharer.php", "watch", "reel", "reels", "photo", "photo.php", "photos",
    "story.php", "permalink.php", "login", "login.php", "events", "hashtag", "marketplace",
    "gaming", "stories", "video.php", "media", "plugins", "dialog", "l.php", "home.php", "help",
    "policies", "privacy", "checkpoint", "recover", "r.php", "groups", "profile.php", "pages",
    "people", "pg",
}
_IG_RESERVED = {"p", "reel", "reels", "tv", "stories", "explore", "accounts", "direct", "s", "share"}


@dataclass
class PostAddress:
    """What a URL says about a post: its platform, the account identifiers it names, and
    whether it needs fetching to know more (a share link)."""

    platform: str
    url: str  # the URL to fetch (wrappers removed, mobile hosts replaced)
    ids: set[str] = field(default_factory=set)
    share_link: bool = False
    group_message: bool = False  # a WhatsApp or Telegram group invite: a group message has no public URL


def unwrap(url: str) -> str:
    """``url`` without redirect wrappers (``l.facebook.com/l.php?u=…``, ``lm.facebook.com``), and with
    Facebook's mobile hosts (``m.``, ``mbasic.``, ``web.``, …) replaced by ``www.facebook.com``."""
    for _ in range(5):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host in ("l.facebook.com", "lm.facebook.com", "l.messenger.com") and parts.path.startswith("/l.php"):
            target = parse_qs(parts.query).get("u")
            if target and target[0].lower().startswith(("http://", "https://")):
                url = target[0]
                continue
        break
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith("facebook.com") and host != "facebook.com":
        bare = _FACEBOOK_HOST_PREFIXES.sub("", host)
        if bare == "facebook.com":
            netloc = "www.facebook.com" + (f":{parts.port}" if parts.port else "")
            url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    return url


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _handle(value: str) -> str:
    return value.strip().lstrip("@").lower()


def _facebook_handle(value: str) -> str:
    """Facebook user names ignore case and dots."""
    return _handle(value).replace(".", "")


def facebook_ids(url: str) -> tuple[set[str], bool]:
    """Identifiers named by a Facebook URL, and whether it is a share link to resolve."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    segments = _segments(parts.path)
    ids: set[str] = set()
    if not segments:
        return ids, False
    first = segments[0].lower()
    if first in ("share", "sharer", "sharer.php") or (parts.hostname or "").lower() == "fb.watch":
        return ids, True
    if first == "groups" and len(segments) >= 2:
        return {f"group:{segments[1].lower()}"}, False
    if first in ("permalink.php", "story.php", "profile.php", "photo.php", "video.php"):
        for key in ("id", "set_owner"):
            if query.get(key):
                ids.add(query[key][0])
        return ids, False
    if first in ("pages", "people", "pg") and len(segments) >= 2:
        ids.add(_facebook_handle(segments[1]))
        ids.update(s for s in segments[2:3] if s.isdigit())
        return ids, False
    if first in _FB_RESERVED:
        return ids, False
    ids.add(_facebook_handle(segments[0]))
    if "-" in segments[0] and segments[0].rsplit("-", 1)[-1].isdigit():
        ids.add(segments[0].rsplit("-", 1)[-1])  # /Name-Of-Page-123456789/
    return ids, False


def account_ids(platform: str, url: str) -> tuple[set[str], bool]:
    """The account identifiers a URL names on ``platform``, and whether it is a share link."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    segments = _segments(parts.path)
    if platform == "facebook":
        return facebook_ids(url)
    if platform == "instagram":
        if segments and segments[0].lower() not in _IG_RESERVED:
            return {_handle(segments[0])}, False
        return set(), bool(segments and segments[0].lower() in ("s", "share"))
    if platform == "tiktok":
        if host.startswith(("vm.", "vt.")) or (segments and segments[0].lower() == "t"):
            return set(), True
        if segments and segments[0].startswith("@"):
            return {_handle(segments[0])}, False
        return set(), False
    if platform == "whatsapp":
        if len(segments) >= 2 and segments[0].lower() == "channel":
            return {segments[1].lower()}, False
        return set(), False
    if platform in ("x", "telegram"):
        rest = segments[1:] if platform == "telegram" and segments[:1] == ["s"] else segments
        return ({_handle(rest[0])} if rest and rest[0].lower() not in ("i", "intent", "share", "joinchat") else set()), False
    if platform == "youtube":
        if segments and segments[0].startswith("@"):
            return {_handle(segments[0])}, False
        if len(segments) >= 2 and segments[0].lower() in ("channel", "c", "user"):
            return {segments[1].lower()}, False
        return set(), False
    bare = re.sub(r"^www\d?\.|^m\.", "", host)
    return ({bare} if bare else set()), False


def post_address(url: str) -> PostAddress:
    """What ``url`` (a reported post link) says before any fetch."""
    target = unwrap(url.strip())
    platform = platform_of(target)
    host = (urlsplit(target).hostname or "").lower()
    if platform == "whatsapp" and host == "chat.whatsapp.com":
        return PostAddress(platform, target, group_message=True)
    path = urlsplit(target).path
    if platform == "telegram" and re.match(r"(?i)^/(?:joinchat/|\+|%2b)", path):
        return PostAddress(platform, target, group_message=True)  # a private group's invitation
    ids, share = account_ids(platform, target)
    return PostAddress(platform, target, ids, share_link=share)


CHANNEL_PLATFORM = {"feed": "website"}


def channel_ids(channel_type: str, url: str) -> tuple[str, set[str]]:
    """The platform and identifiers of a registered channel (its URL, as in the registry)."""
    platform = CHANNEL_PLATFORM.get(channel_type, channel_type)
    if platform not in ("facebook", "instagram", "tiktok", "whatsapp", "x", "telegram", "youtube"):
        platform = "website"
    return platform, account_ids(platform, unwrap(url))[0]


#: a segment of a channel URL where the site's own path ends and its feed or listing begins
_FEED_MARKERS = {"feed", "feeds", "rss", "rss2", "atom", "category", "tag", "label", "search"}


def site_key(url: str) -> tuple[str, int | None]:
    """The site a website URL is on: its host (``www.`` and ``m.`` dropped, as
    :func:`account_ids` reads it) and the port it names (None for the scheme's default)."""
    parts = urlsplit(url)
    host = re.sub(r"^www\d?\.|^m\.", "", (parts.hostname or "").lower())
    try:
        port = parts.port
    except ValueError:
        port = None
    if port == {"http": 80, "https": 443}.get(parts.scheme.lower()):
        port = None
    return host, port


def site_path(url: str) -> str:
    """The path under which a website channel's own pages are (``/`` for a whole site): the
    channel URL's path up to its feed or listing (``/feed/``, Blogger's ``/feeds/posts/default``,
    ``/category/…``, ``/search/label/…``) or without its file (``feed.xml``, ``index.php``).

    >>> site_path("http://portal.go.id/kim/kima/feed.xml"), site_path("https://kima.blogspot.com/feeds/posts/default")
    ('/kim/kima/', '/')
    """
    segments = _segments(urlsplit(url).path)
    for index, segment in enumerate(segments):
        if segment.lower() in _FEED_MARKERS:
            segments = segments[:index]
            break
    else:
        if segments and "." in segments[-1]:
            segments = segments[:-1]
    return "/" + "".join(f"{s}/" for s in segments)


def under(path: str, base: str) -> bool:
    """Whether the URL path ``path`` is ``base`` (a :func:`site_path`) or a page below it."""
    return (path if path.endswith("/") else path + "/").startswith(base)
