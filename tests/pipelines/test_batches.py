"""The items of one response go through the pipelines as one batch (issue 16), with every per-item
rule kept: duplicates and unchanged items dropped one by one, an item that fails costs only
itself (logged as Scrapy logs it), stored posts the same as item by item."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.exceptions import DropItem

from crawler import store
from crawler.harvest.context import CrawlContext
from crawler.items import ContentItem, ItemBatch, stored_id
from crawler.settings import load_settings
from pipelines.clean import CleanPipeline
from pipelines.dedupe import DedupePipeline
from pipelines.store import StorePipeline
from spiders.middlewares import ItemBatchMiddleware

CHANNEL = "kim-a/feed/1"


def item(guid: str, **fields: object) -> ContentItem:
    return ContentItem(channel_id=CHANNEL, owner_kind="kim", owner_id="kim-a", platform="website", guid=guid,
                       id=stored_id("kim", CHANNEL, guid), url=f"https://kima.example/{guid}.html",
                       published="2024-10-29T10:00:00+08:00", **fields)


def new_context(folder: Path) -> CrawlContext:
    """A store with KIM A and its feed channel, in a crawl run."""
    db = store.connect(folder / "k.db")
    store.save_kims(db, [{"id": "kim-a", "name": "KIM A", "region": "Kota Banjarmasin"}])
    store.save_channels(db, [{"id": CHANNEL, "owner_kind": "kim", "owner_id": "kim-a", "type": "feed",
                              "url": "https://kima.example/feed/"}])
    ctx = CrawlContext(db, store.start_crawl_run(db, "cli"), load_settings())
    ctx.outcome({"id": CHANNEL, "owner_kind": "kim", "owner_id": "kim-a", "type": "feed", "url": "u"})
    return ctx


@pytest.fixture
def context(tmp_path: Path) -> CrawlContext:
    return new_context(tmp_path)


def crawler_of(context: CrawlContext, known: dict[str, str | None]) -> SimpleNamespace:
    spider = SimpleNamespace(context=context, known=known, channels=[{"id": CHANNEL}])
    return SimpleNamespace(spider=spider, settings=load_settings({"RESOLVE_SHORTENED_LINKS": False}))


def through(crawler: SimpleNamespace, batch: ContentItem | ItemBatch) -> ContentItem | ItemBatch:
    """``batch`` through clean, dedupe and store, as Scrapy chains them."""
    cleaned = asyncio.run(CleanPipeline(crawler).process_item(batch))
    return crawler.store.process_item(crawler.dedupe.process_item(cleaned))


def posts(context: CrawlContext) -> list[tuple]:
    return context.db.execute("SELECT id, url, canonical_url, title, text, published_at, links, content_hash "
                              "FROM posts ORDER BY id").fetchall()


def test_the_middleware_batches_a_responses_items_and_passes_requests_on() -> None:
    middleware = ItemBatchMiddleware()
    request = Request("https://kima.example/feed/?paged=2")
    out = list(middleware.process_spider_output(None, [item("a"), request, item("b")]))
    assert out[0] is request and isinstance(out[1], ItemBatch) and len(out) == 2
    assert [i["guid"] for i in out[1]["entries"]] == ["a", "b"]
    assert list(middleware.process_spider_output(None, [one := item("c")])) == [one]  # one item goes alone
    assert list(middleware.process_spider_output(None, [request])) == [request]

    async def outputs() -> object:
        for output in (item("d"), request, item("e")):
            yield output

    async def collect() -> list[object]:
        return [o async for o in middleware.process_spider_output_async(None, outputs())]

    got = asyncio.run(collect())
    assert got[0] is request and [i["guid"] for i in got[1]["entries"]] == ["d", "e"]


def test_a_batch_stores_what_the_items_one_by_one_store(context: CrawlContext, tmp_path: Path) -> None:
    fields = [{"title": f"Judul {g}", "html": f"<p>Isi {g} <a href='/x/{g}'>tautan</a></p>"} for g in "abc"]
    crawler = crawler_of(context, {})
    crawler.dedupe, crawler.store = DedupePipeline(crawler), StorePipeline(crawler)
    through(crawler, ItemBatch(entries=[item(g, **f) for g, f in zip("abc", fields, strict=True)]))
    crawler.store.close_spider()
    batched = posts(context)
    # the same items one by one, into another store
    other = tmp_path / "one"
    other.mkdir()
    context2 = new_context(other)
    single = crawler_of(context2, {})
    single.dedupe, single.store = DedupePipeline(single), StorePipeline(single)
    for g, f in zip("abc", fields, strict=True):
        through(single, item(g, **f))
    single.store.close_spider()
    assert batched == posts(context2) and len(batched) == 3
    assert context.outcomes[CHANNEL].items_new == 3


def test_per_item_rules_hold_inside_a_batch(context: CrawlContext, caplog: pytest.LogCaptureFixture) -> None:
    known: dict[str, str | None] = {}
    crawler = crawler_of(context, known)
    crawler.dedupe, crawler.store = DedupePipeline(crawler), StorePipeline(crawler)
    through(crawler, ItemBatch(entries=[item("a", title="A", text="isi"), item("b", title="B", text="isi")]))
    crawler.store.close_spider()
    # the next page: a duplicate of this run, an unchanged item (a new run), an edited one, a new one,
    # and an item a pipeline fails on (no id): each dropped or failed alone, the rest stored
    crawler2 = crawler_of(context, known)
    crawler2.dedupe, crawler2.store = DedupePipeline(crawler2), StorePipeline(crawler2)
    broken = item("z", title="Z", text="isi")
    del broken["id"]
    caplog.set_level(logging.DEBUG, logger="scrapy.core.scraper")
    out = through(crawler2, ItemBatch(entries=[item("a", title="A", text="isi"), item("b", title="B", text="baru"),
                                             broken, item("c", title="C", text="isi"),
                                             item("c", title="C", text="isi")]))
    assert isinstance(out, ItemBatch)
    assert [(i["guid"], i["change"]) for i in out["entries"]] == [("b", "updated"), ("c", "new")]
    crawler2.store.close_spider()
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("Dropped: unchanged") for m in messages)
    assert any(m.startswith("Dropped: duplicate in this run") for m in messages)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and errors[0].getMessage().startswith("Error processing") and errors[0].exc_info
    rows = dict(context.db.execute("SELECT title, text FROM posts").fetchall())
    assert rows == {"A": "isi", "B": "baru", "C": "isi"}
    assert context.outcomes[CHANNEL].items_updated == 1 and context.outcomes[CHANNEL].items_new == 3
    # a page whose every item is unchanged: the batch is dropped as a whole, nothing written
    crawler3 = crawler_of(context, known)
    crawler3.dedupe, crawler3.store = DedupePipeline(crawler3), StorePipeline(crawler3)
    crawler3.dedupe.seen.clear()
    with pytest.raises(DropItem, match="no item of the batch of 2 left"):
        crawler3.dedupe.process_item(asyncio.run(CleanPipeline(crawler3).process_item(
            ItemBatch(entries=[item("a", title="A", text="isi"), item("c", title="C", text="isi")]))))
