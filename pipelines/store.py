"""Store pipeline: batched upserts through :mod:`crawler.store`.

Items of KIM channels become ``posts``, items of government source channels
``announcements``; both through the foundation's ``save_*`` functions (upsert by id, an
edited item updated in place and queued for matching again). Items are written in batches of
``STORE_BATCH_SIZE`` and at the end of the spider; then the channel validators (ETag,
Last-Modified) are written, only once the content they stand for is stored.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from crawler import store
from crawler.items import ContentItem, ItemBatch

log = logging.getLogger(__name__)


def post_row(item: ContentItem) -> dict[str, Any]:
    return {
        "id": item["id"], "kim_id": item["owner_id"], "channel_id": item["channel_id"],
        "platform": item.get("platform"), "url": item.get("url"),
        "canonical_url": item.get("canonical_url"), "title": item.get("title"),
        "text": item.get("text"), "published_at": item.get("published_at"),
        "links": item.get("links") or [], "content_hash": item.get("content_hash"),
        "origin": "crawl", "extra": item.get("extra") or None,
    }


def announcement_row(item: ContentItem) -> dict[str, Any]:
    return {
        "id": item["id"], "source_id": item["owner_id"], "channel_id": item["channel_id"],
        "url": item.get("url"), "canonical_url": item.get("canonical_url"),
        "title": item.get("title"), "text": item.get("text"),
        "published_at": item.get("published_at"), "content_hash": item.get("content_hash"),
        "origin": "crawl",
    }


class StorePipeline:
    """Buffers items and writes them in batches; counts new/updated per channel."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.batch_size = crawler.settings.getint("STORE_BATCH_SIZE", 500)
        # items wait at most this long: a crawl killed while one host hangs loses little
        self.max_wait = crawler.settings.getfloat("STORE_FLUSH_SECONDS", 2.0)
        self.pending: list[ContentItem] = []
        self.oldest = 0.0
        self.timer: Any = None

    def open_spider(self) -> None:
        from twisted.internet import task

        self.timer = task.LoopingCall(self.flush_if_waiting)
        # checked eight times per wait, not twice: an item waits STORE_FLUSH_SECONDS and at most an
        # eighth more before it is stored (a tick of half the wait let it sit 50% longer, and a
        # crawl killed in that half second lost items it had promised to keep)
        self.timer.start(max(0.2, self.max_wait / 8), now=False)

    def flush_if_waiting(self) -> None:
        if self.pending and time.monotonic() - self.oldest >= self.max_wait:
            try:
                self.flush()
            except Exception:  # e.g. the database busy for longer than its timeout: the next try
                log.exception("storing items failed; will try again")
        context = getattr(getattr(self.crawler, "spider", None), "context", None)
        if context is not None:  # channel health too, within the same time (after the items)
            try:
                context.write_health_if_due()
            except Exception:
                log.exception("writing channel health failed; will try again")

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: ContentItem | ItemBatch) -> ContentItem | ItemBatch:
        if not self.pending:
            self.oldest = time.monotonic()
        if isinstance(item, ItemBatch):
            self.pending.extend(item["entries"])
        else:
            self.pending.append(item)
        if len(self.pending) >= self.batch_size or time.monotonic() - self.oldest >= self.max_wait:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.pending:
            return
        spider = self.crawler.spider
        context = spider.context
        items, self.pending = self.pending, []
        posts = [post_row(i) for i in items if i["owner_kind"] == "kim"]
        announcements = [announcement_row(i) for i in items if i["owner_kind"] != "kim"]
        with store.transaction(context.db):
            if posts:
                store.save_posts(context.db, posts)
            if announcements:
                store.save_announcements(context.db, announcements)
        known = getattr(spider, "known", None)
        for item in items:
            outcome = context.outcomes.get(item["channel_id"])
            if outcome is not None:
                if item.get("change") == "updated":
                    outcome.items_updated += 1
                else:
                    outcome.items_new += 1
            if known is not None:
                known[item["id"]] = item.get("content_hash")
        log.debug("stored %s posts, %s announcements", len(posts), len(announcements))

    def close_spider(self) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()
        spider = self.crawler.spider
        spider.context.finalize({c["id"] for c in getattr(spider, "channels", [])})
