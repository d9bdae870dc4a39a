"""A post's public preview: what a link preview shows, read from the page's metadata.

Platforms show anonymous visitors (and link-preview bots) Open Graph and Twitter card meta,
sometimes JSON-LD and an oEmbed link; the page body is script-built and useless without a
browser. From those this module reads the text, title, publication time and the account
named (Facebook's ``al:android:url`` ``fb://page/<id>``, Instagram's "(@handle)" and
"- handle on <date>:", JSON-LD ``author``, oEmbed ``author_unique_id``), and recognises a
login wall and a "content not available" page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from crawler.dates import parse_to_iso, to_iso
from crawler.selfreport.accounts import account_ids

_LOGIN_PATHS = re.compile(r"^/(?:login|login\.php|accounts/login|checkpoint|signin|i/flow/login)(?:/|$|\?)",
                          re.IGNORECASE)
_GENERIC_TITLES = {
    "facebook", "log in or sign up to view", "log into facebook", "masuk facebook", "login • instagram",
    "instagram", "tiktok", "whatsapp", "masuk atau daftar untuk melihat", "log in to facebook",
    "facebook - log in or sign up", "facebook – masuk atau daftar",
}
_GONE_PHRASES = (
    "this content isn't available", "this content isn't available right now",
    "konten ini tidak tersedia", "sorry, this page isn't available", "maaf, halaman ini tidak tersedia",
    "this page isn't available", "couldn't find this account", "video currently unavailable",
    "this post is unavailable", "halaman tidak ditemukan", "page not found",
)
_IG_OWNER_TITLE = re.compile(r"\(@([A-Za-z0-9._]{1,30})\)")
_IG_OWNER_DESC = re.compile(r"(?:^|\s[-–]\s)([A-Za-z0-9._]{1,30}) (?:on|pada) ([^:]{4,40}?):\s*", re.UNICODE)
_FB_APP_URL = re.compile(r"^fb://(?:page|profile|group)/(?:\?id=)?(\d+)")
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


@dataclass
class Preview:
    """The public preview of one page."""

    title: str | None = None
    text: str | None = None
    published_at: str | None = None
    canonical: str | None = None  # og:url / link rel=canonical
    owner_ids: set[str] = field(default_factory=set)
    oembed_url: str | None = None
    login_wall: bool = False
    gone: bool = False

    @property
    def links(self) -> list[str]:
        """Links written in the text (a caption's link to the announcement)."""
        return [m.group(0).rstrip(".,;:!?") for m in _URL_IN_TEXT.finditer(self.text or "")]


def _meta(tree: Any, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            values = tree.xpath(f'//meta[@{attribute}="{name}"]/@content')
            for value in values:
                if value and value.strip():
                    return str(value).strip()
    return None


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except (ValueError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                found.append(item)
                stack.extend(v for v in item.get("@graph", []) if isinstance(v, dict))
            elif isinstance(item, list):
                stack.extend(item)
    return found


def _author_ids(platform: str, author: Any) -> set[str]:
    ids: set[str] = set()
    authors = author if isinstance(author, list) else [author]
    for one in authors:
        if isinstance(one, str):
            continue
        if not isinstance(one, dict):
            continue
        for key in ("alternateName", "identifier"):
            value = one.get(key)
            if isinstance(value, str) and value.strip():
                ids.add(value.strip().lstrip("@").lower())
        url = one.get("url")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            ids |= account_ids(platform, url)[0]
    return ids


def _clean(text: str | None) -> str | None:
    """Text as the page gives it: attribute values and JSON strings are already text (lxml and
    json decoded their escapes), so ``&lt;b&gt;`` written in a caption stays as written."""
    if not text:
        return None
    text = text.strip()
    return text or None


def _instagram_caption(description: str) -> tuple[str | None, str | None, str | None]:
    """(owner, date text, caption) of '12 likes, 1 comments - kimx on October 17, 2024: "…"'."""
    match = _IG_OWNER_DESC.search(description)
    if not match:
        return None, None, None
    caption = description[match.end():].strip()
    if len(caption) >= 2 and caption[0] in "\"“" and caption[-1] in "\"”":
        caption = caption[1:-1].strip()
    return match.group(1).lower(), match.group(2), caption or None


def tiktok_time(url: str) -> str | None:
    """A TikTok video id starts with its upload time (the id's top 32 bits, Unix seconds)."""
    match = re.search(r"/(?:video|photo)/(\d{15,20})", url)
    if not match:
        return None
    seconds = int(match.group(1)) >> 32
    if seconds < 1_400_000_000:  # before 2014: not a time
        return None
    from datetime import UTC, datetime

    return to_iso(datetime.fromtimestamp(seconds, tz=UTC))


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_preview(body: str | bytes, url: str, platform: str) -> Preview:
    """The preview of the page at ``url`` (its final URL after redirects) on ``platform``."""
    preview = Preview()
    path = urlsplit(url).path + ("?" + urlsplit(url).query if urlsplit(url).query else "")
    if _LOGIN_PATHS.match(path):
        preview.login_wall = True
        return preview
    if isinstance(body, str):
        body = _XML_DECLARATION.sub("", body, count=1)  # lxml refuses text that declares its encoding
    try:
        tree = lxml.html.fromstring(body) if body and (body.strip() if isinstance(body, str) else body.strip()) else None
    except (ValueError, lxml.etree.ParserError):
        tree = None
    if tree is None:
        return preview
    title = _clean(_meta(tree, "og:title", "twitter:title"))
    description = _clean(_meta(tree, "og:description", "twitter:description", "description"))
    preview.canonical = _meta(tree, "og:url") or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None)
    for value in (_meta(tree, "al:android:url"), _meta(tree, "al:ios:url")):
        match = _FB_APP_URL.match(value or "")
        if match and platform == "facebook":
            preview.owner_ids.add(match.group(1))
    if preview.canonical and preview.canonical.startswith(("http://", "https://")):
        preview.owner_ids |= account_ids(platform, preview.canonical)[0]
    for link in tree.xpath('//link[@type="application/json+oembed"]/@href'):
        preview.oembed_url = str(link)
        break
    published = _meta(tree, "article:published_time", "og:published_time", "datePublished", "uploadDate",
                      "video:release_date")
    for item in _json_ld(tree):
        description = description or _clean(item.get("articleBody") or item.get("description")
                                            or item.get("caption") or item.get("text"))
        published = published or item.get("datePublished") or item.get("uploadDate") or item.get("dateCreated")
        preview.owner_ids |= _author_ids(platform, item.get("author") or item.get("creator"))
    if not published:
        for value in tree.xpath("//time/@datetime | //abbr/@data-utime"):
            published = value
            break
    if platform == "instagram":
        if title:
            preview.owner_ids.update(h.lower() for h in _IG_OWNER_TITLE.findall(title))
        if description:
            owner, when, caption = _instagram_caption(description)
            if owner:
                preview.owner_ids.add(owner)
                description = caption
                published = published or when
    if published:
        if isinstance(published, str) and published.isdigit():
            from datetime import UTC, datetime

            published = to_iso(datetime.fromtimestamp(int(published), tz=UTC))
        preview.published_at = parse_to_iso(published)
    if platform == "tiktok" and not preview.published_at:
        preview.published_at = tiktok_time(preview.canonical or url)
    page_text = " ".join(tree.xpath("//title/text() | //h1//text() | //h2//text()")).lower()
    lowered_title = (title or "").lower()
    if any(phrase in page_text or phrase in lowered_title for phrase in _GONE_PHRASES) and not description:
        preview.gone = True
        return preview
    has_password = bool(tree.xpath('//input[@type="password" or @name="pass"]'))
    generic = lowered_title in _GENERIC_TITLES or not title
    if has_password and not description and generic:
        preview.login_wall = True
        return preview
    if generic and not description and not preview.owner_ids and has_password:
        preview.login_wall = True
        return preview
    preview.title = None if lowered_title in _GENERIC_TITLES else title
    preview.text = description
    return preview


def read_oembed(body: str | bytes, platform: str, preview: Preview) -> None:
    """Add what an oEmbed answer (JSON) says: the author, and the title as text when there is none."""
    try:
        data = json.loads(body)
    except (ValueError, TypeError):
        return
    if not isinstance(data, dict):
        return
    for key in ("author_unique_id", "author_id"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            preview.owner_ids.add(value.strip().lstrip("@").lower())
    author_url = data.get("author_url")
    if isinstance(author_url, str) and author_url.startswith(("http://", "https://")):
        preview.owner_ids |= account_ids(platform, author_url)[0]
    if not preview.text and isinstance(data.get("title"), str):
        preview.text = _clean(data["title"])
