"""Pipelines over an :class:`~crawler.items.ItemBatch`: each item on its own, as Scrapy would.

A batch (the items of one fetched page) goes through the item pipelines as one Scrapy item;
each pipeline applies its per-item step to every item of it with :func:`each_item`. An item
whose step raises :class:`~scrapy.exceptions.DropItem` (a duplicate, an unchanged post) or
fails with any other error leaves the batch alone, logged in Scrapy's own words and by
Scrapy's own logger (``scrapy.core.scraper``: "Dropped: …", "Error processing …"): the other
items of the page go on.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.logformatter import DROPPEDMSG, ITEMERRORMSG

from crawler.items import ContentItem, ItemBatch

#: Scrapy's scraper logs item drops and errors with this logger; so do batches
log = logging.getLogger("scrapy.core.scraper")


def item_failed(crawler: Any, item: ContentItem, error: Exception) -> None:
    """Log ``item``'s drop or failure as Scrapy's scraper does (call it inside the ``except``)."""
    extra = {"spider": getattr(crawler, "spider", None), "item": item}
    if isinstance(error, DropItem):
        level: Any = error.log_level or "WARNING"
        level = getattr(logging, level) if isinstance(level, str) else level
        if log.isEnabledFor(level):  # else the item is not even formatted
            log.log(level, DROPPEDMSG, {"exception": error, "item": item}, extra=extra)
        return
    log.error(ITEMERRORMSG, {"item": item}, extra=extra, exc_info=True)
    count_lost(crawler, item)


def count_lost(crawler: Any, item: Any) -> None:
    """An item a pipeline step failed on, counted in its channel's health note: never lost
    silently (a batch's items here, single items by Scrapy's ``item_error`` signal)."""
    context = getattr(getattr(crawler, "spider", None), "context", None)
    channel_id = item.get("channel_id") if hasattr(item, "get") else None
    if context is not None and channel_id:
        context.count_lost(channel_id)


def each_item(crawler: Any, batch: ItemBatch, step: Callable[[ContentItem], ContentItem]) -> ItemBatch:
    """``batch`` with ``step`` applied to each item; items it drops or fails on are left out.

    Raises :class:`DropItem` when no item is left (at DEBUG: nothing new on the page)."""
    kept = []
    for item in batch["entries"]:
        try:
            kept.append(step(item))
        except Exception as error:  # noqa: BLE001 - one item's failure costs that item only
            item_failed(crawler, item, error)
    return _rest(batch, kept)


async def each_item_async(crawler: Any, batch: ItemBatch,
                          step: Callable[[ContentItem], Awaitable[ContentItem]]) -> ItemBatch:
    """:func:`each_item` with an asynchronous ``step`` (items in turn)."""
    kept = []
    for item in batch["entries"]:
        try:
            kept.append(await step(item))
        except Exception as error:  # noqa: BLE001 - one item's failure costs that item only
            item_failed(crawler, item, error)
    return _rest(batch, kept)


def _rest(batch: ItemBatch, kept: list[ContentItem]) -> ItemBatch:
    if not kept:
        raise DropItem(f"no item of the batch of {len(batch['entries'])} left", log_level="DEBUG")
    batch["entries"] = kept
    return batch
