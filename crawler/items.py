"""The one item every spider yields: a piece of content found on a channel.

Spiders fill the raw fields (``html`` or ``text``, ``published``, ``links``); the clean
pipeline turns them into what the store keeps (``text``, ``published_at``, canonical
``links``, ``content_hash``); the dedupe pipeline sets ``change``; the store pipeline routes
the item to ``posts`` (KIM channels) or ``announcements`` (source channels).
"""

from __future__ import annotations

from typing import Any

import scrapy


class ContentItem(scrapy.Item):
    """A post (KIM channel) or an announcement (government source channel)."""

    # who and where: copied from the channel row by the spider
    channel_id = scrapy.Field()
    owner_kind = scrapy.Field()  # 'kim' | 'source'
    owner_id = scrapy.Field()
    platform = scrapy.Field()  # 'website', 'youtube', 'telegram', 'facebook', ...
    # identity: stable within the channel (feed entry id or link, Telegram data-post,
    # YouTube videoId, article canonical URL); the stored id is stable_id('p'|'a', channel_id, guid)
    guid = scrapy.Field()
    id = scrapy.Field()  # set by the clean pipeline
    # what the spider found, raw
    url = scrapy.Field()
    title = scrapy.Field()
    html = scrapy.Field()  # raw HTML body; the clean pipeline makes text from it
    text = scrapy.Field()  # plain text (given by the spider, or made from html)
    published = scrapy.Field()  # raw date value: string, struct_time, datetime
    links = scrapy.Field()  # raw outbound URLs; canonical after cleaning
    extra = scrapy.Field()  # dict, e.g. {"forwarded_from": "..."}
    first_crawl = scrapy.Field()  # whether the channel was on its first crawl (undated items)
    # set by the pipelines
    published_at = scrapy.Field()  # ISO 8601 UTC or None
    canonical_url = scrapy.Field()
    content_hash = scrapy.Field()
    change = scrapy.Field()  # 'new' | 'updated' (dedupe pipeline)

    def get(self, key: str, default: Any = None) -> Any:
        """``item.get(key)`` straight from the values (Mapping's ``get`` goes through
        ``__getitem__`` and a caught ``KeyError``: ~20 lookups per item in the pipelines)."""
        return self._values.get(key, default)


def stored_id(owner_kind: str, channel_id: str, guid: str) -> str:
    """The post/announcement id of an item: the same guid on the same channel, the same id."""
    from crawler.store import stable_id

    return stable_id("p" if owner_kind == "kim" else "a", channel_id, guid)


class ItemBatch(scrapy.Item):
    """The items one response gave, through the item pipelines as one Scrapy item.

    Scrapy's machinery per item (an item task, the chain of pipelines, the ``item_scraped``
    signal, the spider middlewares' wrappers) cost more than cleaning and storing a feed entry
    (bench/results/crawl.md); in a batch it is paid once per fetched page. The pipelines apply
    every per-item rule to each item of the batch (dedupe, change detection; an item whose
    processing fails is logged as Scrapy logs it and only that item is lost): see
    :func:`pipelines.batch.each_item`. Made by :class:`spiders.middlewares.ItemBatchMiddleware`.
    """

    entries = scrapy.Field()  # list[ContentItem]: the items of the response, in order
