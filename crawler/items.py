"""The one item every spider yields: a piece of content found on a channel.

Spiders fill the raw fields (``html`` or ``text``, ``published``, ``links``); the clean
pipeline turns them into what the store keeps (``text``, ``published_at``, canonical
``links``, ``content_hash``); the dedupe pipeline sets ``change``; the store pipeline routes
the item to ``posts`` (KIM channels) or ``announcements`` (source channels).
"""

from __future__ import annotations

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


def stored_id(owner_kind: str, channel_id: str, guid: str) -> str:
    """The post/announcement id of an item: the same guid on the same channel, the same id."""
    from crawler.store import stable_id

    return stable_id("p" if owner_kind == "kim" else "a", channel_id, guid)
