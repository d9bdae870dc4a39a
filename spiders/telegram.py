"""Telegram spider: public channels read from their web preview ``https://t.me/s/<channel>``.

Domain: ``telegram`` channels (``https://t.me/<name>`` or ``https://t.me/s/<name>``).
Caveats: only public channels with the preview enabled; each message becomes a post with its
text (HTML from the preview, cleaned by the pipeline), permalink (``data-post``), time, links
(in the text and the link preview) and "forwarded from" when present. Media-only messages are
kept with empty text (they show activity). A first crawl follows "load older"
(``?before=<id>``) to ``FIRST_CRAWL_PAGES``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from html import escape as html_escape
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import Response

from spiders.base import ChannelError, ChannelRun, ChannelSpider


def preview_url(url: str) -> str:
    """``https://t.me/name`` → ``https://t.me/s/name`` (already-preview URLs unchanged)."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0] != "s":
        segments = ["s", segments[0]]
    return urlunsplit((parts.scheme, parts.netloc, "/" + "/".join(segments), parts.query, ""))


def parse_messages(html: str | bytes, page_url: str) -> tuple[list[dict[str, Any]], str | None, bool]:
    """``(messages, older_url, is_preview)`` of a preview page.

    Each message: guid (``data-post``), url, html, time, links, forwarded_from, media.
    """
    from bs4 import BeautifulSoup  # here: a crawl without Telegram channels never loads it (~35 ms)

    soup = BeautifulSoup(html, "lxml")
    is_preview = bool(soup.select_one(".tgme_channel_info, .tgme_widget_message, .tgme_header"))
    messages = []
    for node in soup.select("div.tgme_widget_message[data-post]"):
        post = node.get("data-post")
        if not post or "service_message" in (node.get("class") or []):
            continue  # "channel photo updated", "pinned a message": not something the KIM posted
        date_link = node.select_one("a.tgme_widget_message_date")
        href = date_link.get("href") if date_link else None
        parts = urlsplit(page_url)
        url = str(href) if href else urlunsplit((parts.scheme, parts.netloc, f"/{post}", "", ""))
        time_node = node.select_one(".tgme_widget_message_date time[datetime], time[datetime]")
        text_node = node.select_one(".tgme_widget_message_text")
        links = []
        if text_node is not None:
            links += [str(a["href"]) for a in text_node.select("a[href]")]
        preview = node.select_one("a.tgme_widget_message_link_preview[href]")
        if preview is not None:
            links.append(str(preview["href"]))
        forwarded = node.select_one(".tgme_widget_message_forwarded_from")
        forwarded_from = None
        if forwarded is not None:
            name = forwarded.select_one(".tgme_widget_message_forwarded_from_name") or forwarded
            anchor = forwarded.select_one("a[href]")
            forwarded_from = {"name": name.get_text(" ", strip=True),
                              "url": str(anchor["href"]) if anchor else None}
        media = [kind for kind, selector in (
            ("photo", ".tgme_widget_message_photo_wrap"),
            ("video", ".tgme_widget_message_video_player, .tgme_widget_message_roundvideo_player"),
            ("document", ".tgme_widget_message_document"), ("voice", ".tgme_widget_message_voice"),
            ("poll", ".tgme_widget_message_poll"), ("sticker", ".tgme_widget_message_sticker_wrap"),
            ("location", ".tgme_widget_message_location_wrap"),
        ) if node.select_one(selector)]
        body = text_node.decode_contents() if text_node is not None else None
        poll = node.select_one(".tgme_widget_message_poll_question")
        if body is None and poll is not None:  # a poll's words are its question and options
            options = [o.get_text(" ", strip=True) for o in node.select(".tgme_widget_message_poll_option_text")]
            body = "".join(f"<p>{part}</p>" for part in
                           [html_escape(poll.get_text(" ", strip=True))] + [html_escape(o) for o in options])
        messages.append({
            "guid": str(post), "url": url,
            "html": body,
            "time": time_node.get("datetime") if time_node is not None else None,
            "links": links, "forwarded_from": forwarded_from, "media": media,
        })
    more = soup.select_one("a.tme_messages_more[data-before], a.tme_messages_more[href*='before=']")
    older = None
    if more is not None and more.get("href"):
        older = str(more["href"])
    elif more is not None and more.get("data-before"):
        parts = urlsplit(page_url)
        older = urlunsplit((parts.scheme, parts.netloc, parts.path, f"before={more['data-before']}", ""))
    return messages, older, is_preview


class TelegramSpider(ChannelSpider):
    """Public Telegram channels through the t.me web preview.

    Domain: telegram channels.
    Caveats: see the module docstring.
    """

    name = "telegram"
    channel_types = ("telegram",)
    platform = "telegram"

    def start_url(self, channel: Mapping[str, Any]) -> str:
        return preview_url(str(channel["url"]))

    def parse_page(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        messages, older, is_preview = parse_messages(response.body, response.url)
        if not is_preview:
            raise ChannelError("not-telegram-preview",
                               f"{response.url} is not a Telegram channel preview (private channel, "
                               "preview disabled, or wrong URL)")
        ids = []
        for message in messages:
            extra: dict[str, Any] = {}
            if message["forwarded_from"]:
                extra["forwarded_from"] = message["forwarded_from"]
            if message["media"]:
                extra["media"] = message["media"]
            item = self.item(run.channel, message["guid"], url=message["url"], html=message["html"],
                             text="" if message["html"] is None else None, published=message["time"],
                             links=message["links"], extra=extra or None)
            ids.append(item["id"])
            yield item
        follow = self.next_page(response, older, ids)
        if follow is not None:
            yield follow
