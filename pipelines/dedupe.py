"""Dedupe pipeline: write only what is new or changed.

An item seen twice in one run (a feed listing the same entry twice, or the same post on two
pages) is dropped the second time; an item whose ``content_hash`` equals the stored one is
dropped as unchanged. What passes is marked ``change = 'new'`` or ``'updated'`` (an edited
post, updated in place by the store pipeline).
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from crawler.items import ContentItem, ItemBatch
from pipelines.batch import each_item


class DedupePipeline:
    """Drops duplicates within a run and items unchanged against the store."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: ContentItem | ItemBatch) -> ContentItem | ItemBatch:
        if isinstance(item, ItemBatch):
            return each_item(self.crawler, item, self.process_one)
        return self.process_one(item)

    def process_one(self, item: ContentItem) -> ContentItem:
        """``item`` marked new or updated; :class:`DropItem` for a duplicate or an unchanged one."""
        item_id = item["id"]
        if item_id in self.seen:
            raise DropItem(f"duplicate in this run: {item_id!r} ({item.get('guid')!r})", log_level="DEBUG")
        self.seen.add(item_id)
        known: dict[str, str | None] = getattr(self.crawler.spider, "known", {})
        if item_id not in known:
            item["change"] = "new"
            if not item.get("published_at") and item.get("first_crawl") is False:
                # a feed that gives no dates: an item first seen after the channel's first crawl
                # appeared since the crawl before, so it is dated when it was first seen (marked)
                from crawler.dates import utc_now

                item["published_at"] = utc_now()  # content_hash was made without this: not a change later
                item["extra"] = dict(item.get("extra") or {}) | {"published_source": "first_seen"}
        elif known[item_id] == item["content_hash"]:
            raise DropItem(f"unchanged: {item_id!r}", log_level="DEBUG")
        else:
            item["change"] = "updated"
        return item
