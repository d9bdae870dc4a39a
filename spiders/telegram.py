"""Telegram spider: public channels read from their web preview ``https://t.me/s/<channel>``.

Domain: ``telegram`` channels (``https://t.me/<name>`` or ``https://t.me/s/<name>``).
Caveats: only public channels with the preview enabled; each message becomes a post with its
text (HTML from the preview, cleaned by the pipeline), permalink (``data-post``), time, links
(in the text and the link preview) and "forwarded from" when present. Media-only messages are
kept with empty text (they show activity). A first crawl follows "load older"
(``?before=<id>``) to ``FIRST_CRAWL_PAGES``. When that paging is cut short (an older page
dropped in a host's Retry-After pause, an error, a cap), the channel's note says so and its
``state`` keeps ``backfill`` (the oldest message id read, the pages of that depth still to read):
the next crawls read on from there, besides their newest page (also when it answers 304 Not
Modified), until the depth is reached.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from html import escape as html_escape
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import Response
from twisted.python.failure import Failure

from crawler import store
from spiders.base import ChannelError, ChannelRun, ChannelSpider, failure_kind, json_dict

log = logging.getLogger(__name__)


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
            # the anchor's href, never its visible text ("…/vaksin…" is shown cut short)
            links += [str(a["href"]) for a in text_node.select("a[href]") if not _cut_short(str(a["href"]))]
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


def _cut_short(link: str) -> bool:
    """Whether a link ends in an ellipsis: a display-truncated address, not one to follow."""
    return link.rstrip().endswith(("\u2026", "%E2%80%A6", "%e2%80%a6"))


def older_page(page_url: str, before: int) -> str:
    """The preview page of the messages before id ``before`` (the "load older" page)."""
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, f"before={before}", ""))


def _message_number(guid: str) -> int | None:
    number = guid.rsplit("/", 1)[-1]
    return int(number) if number.isdigit() else None


@dataclass
class History:
    """A channel's reading of its history in this run (a first crawl's paging, or the rest of it)."""

    left: int  # pages of the first-crawl depth not read yet
    oldest: int | None = None  # the oldest message id read
    waiting: str | None = None  # the older page asked for and not read yet
    why: str = ""  # why it was not read, when it failed
    resumed: bool = False  # this run reads on where an earlier crawl stopped


class TelegramSpider(ChannelSpider):
    """Public Telegram channels through the t.me web preview.

    Domain: telegram channels.
    Caveats: see the module docstring.
    """

    name = "telegram"
    channel_types = ("telegram",)
    platform = "telegram"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.history: dict[str, History] = {}

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
        page = int(response.meta.get("page", 1))
        history = self.history.get(run.channel["id"])
        if run.first_crawl and history is None:
            history = self.history[run.channel["id"]] = History(left=run.max_pages)
        reading_history = run.first_crawl or response.meta.get("backfill")
        if history is not None and reading_history:
            history.left -= 1
            history.waiting = None
            numbers = [n for n in (_message_number(m["guid"]) for m in messages) if n is not None]
            if numbers:
                history.oldest = min([*numbers, *([history.oldest] if history.oldest else [])])
        if response.meta.get("backfill"):
            follow = self._backfill_request(response, run, older, ids) if history and history.left > 0 else None
        else:
            follow = self.next_page(response, older, ids)
        if follow is not None:
            if history is not None and reading_history:
                history.waiting = follow.url
            yield follow
        if page == 1 and not run.first_crawl:
            yield from self._resume_history(response, run)

    def unchanged(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        """A 304 on the newest page says nothing of the older ones: the history cut short is read on."""
        if not run.first_crawl:
            yield from self._resume_history(response, run)

    # ------------------------------------------------------------------ history cut short

    def _resume_history(self, response: Response, run: ChannelRun) -> Iterator[Any]:
        """On a later crawl, the rest of a first crawl's paging that was cut short."""
        backfill = json_dict(run.channel.get("state")).get("backfill")
        if not isinstance(backfill, dict) or not str(backfill.get("before", "")).isdigit():
            return
        left = int(backfill.get("pages_left") or 0)
        if left <= 0:
            return
        history = self.history[run.channel["id"]] = History(left=left, oldest=int(backfill["before"]), resumed=True)
        url = older_page(response.url, int(backfill["before"]))
        history.waiting = url
        log.info("channel %s: reading on the history cut short earlier, from message %s (%s page(s) left)",
                 run.channel["id"], backfill["before"], left)
        yield response.follow(url, callback=self._on_response, errback=self._on_error, dont_filter=True,
                              meta={"channel_id": run.channel["id"], "page": 2, "backfill": True})

    def _backfill_request(self, response: Response, run: ChannelRun, older: str | None, ids: list[str]) -> Any:
        if not older or not ids or all(i in run.seen for i in ids):
            return None
        run.seen.update(ids)
        return response.follow(older, callback=self._on_response, errback=self._on_error, dont_filter=True,
                               meta={"channel_id": run.channel["id"], "page": int(response.meta.get("page", 1)) + 1,
                                     "backfill": True})

    def _on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        history = self.history.get(request.meta.get("channel_id"))
        if history is not None and history.waiting == request.url:
            history.why = failure_kind(failure)[1]
        super()._on_error(failure)

    def closed(self, reason: str) -> None:
        """Keep where a first crawl's paging was cut short (``state.backfill``), or forget it once read."""
        for channel_id, history in self.history.items():
            run = self.runs[channel_id]
            state = json_dict(run.channel.get("state"))
            cut = history.waiting is not None and history.left > 0 and history.oldest is not None
            if cut:
                backfill = {"before": history.oldest, "pages_left": history.left}
                why = f" ({history.why})" if history.why else ""
                self.note(run, f"history paging cut short before message {history.oldest}{why}: "
                               f"{history.left} older page(s) of the first crawl's depth left, read by the next crawl")
            elif "backfill" not in state:
                continue
            try:
                with store.transaction(self.context.db):
                    row = self.context.db.execute("SELECT state FROM channels WHERE id = ?", [channel_id]).fetchone()
                    merged = json_dict(row[0] if row else None)
                    if cut:
                        merged["backfill"] = backfill
                    else:
                        merged.pop("backfill", None)
                    self.context.db.execute("UPDATE channels SET state = ? WHERE id = ?",
                                            [json.dumps(merged, ensure_ascii=False, sort_keys=True), channel_id])
            except Exception:  # the items are stored; losing this only costs the older messages
                log.exception("channel %s: cannot save its state", channel_id)
