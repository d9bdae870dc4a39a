"""The dedupe pipeline's twins: one post under guids that change on every fetch (session 7
harvest findings: a plugin building guids afresh, behind a feed that ignores ``?paged=N``)."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem

from crawler import store
from crawler.harvest.context import CrawlContext
from crawler.items import stored_id
from pipelines.clean import clean_item
from pipelines.dedupe import DedupePipeline
from pipelines.store import StorePipeline
from tests.pipelines.test_pipelines import context, fake_crawler, item  # noqa: F401 - the fixture

URL = "https://kima.example/2026/11/22/kerja-bakti/"


def post(guid: str, **fields: object) -> dict:
    values: dict[str, object] = {"url": URL, "title": "Kerja bakti", "text": "Warga membersihkan saluran air.",
                                 "published": "2026-11-22T10:00:00+08:00"}
    values["id"] = stored_id("kim", str(fields.get("channel_id", "kim-a/feed/1")), guid)
    return clean_item(item(guid=guid, **(values | fields)))


def test_the_same_post_under_a_new_guid_in_one_run_is_dropped(context: CrawlContext) -> None:  # noqa: F811
    crawler = fake_crawler(context, {})
    dedupe = DedupePipeline(crawler)
    assert dedupe.process_item(post("urn:uuid:1"))["change"] == "new"
    with pytest.raises(DropItem, match="duplicate in this run"):
        dedupe.process_item(post("urn:uuid:2"))  # page 2 of the feed: the same post, a new guid
    with pytest.raises(DropItem, match="duplicate in this run"):  # same text and date, another address
        dedupe.process_item(post("urn:uuid:3", url="https://kima.example/?p=12"))
    other = post("urn:uuid:4", url="https://kima.example/2026/11/23/posyandu/", title="Posyandu", text="Lain.")
    assert dedupe.process_item(other)["change"] == "new"


def test_copies_stored_before_twins_were_caught_take_the_new_guid(context: CrawlContext) -> None:  # noqa: F811
    crawler = fake_crawler(context, {})
    storage = StorePipeline(crawler)
    for guid in ("urn:uuid:1", "urn:uuid:2"):  # two copies of one post, stored by an older kimwatch
        storage.process_item(dict(post(guid), change="new"))
    storage.close_spider()
    first = stored_id("kim", "kim-a/feed/1", "urn:uuid:1")
    known = {row[0]: row[1] for row in context.db.execute("SELECT id, content_hash FROM posts")}
    crawler = fake_crawler(context, known)
    crawler.spider.stocked = {"kim-a/feed/1"}
    with pytest.raises(DropItem, match="unchanged"):
        DedupePipeline(crawler).process_item(post("urn:uuid:3"))
    edited = DedupePipeline(crawler).process_item(post("urn:uuid:4", text="Warga membersihkan saluran air lagi."))
    assert edited["id"] == first and edited["change"] == "updated"


def test_a_post_stored_through_another_channel_of_the_kim_is_not_stored_again(context: CrawlContext) -> None:  # noqa: F811
    store.save_channels(context.db, [{"id": "kim-a/feed/2", "owner_kind": "kim", "owner_id": "kim-a", "type": "feed",
                                      "url": "https://kima.example/category/berita/feed/"}])
    crawler = fake_crawler(context, {})
    storage = StorePipeline(crawler)
    storage.process_item(DedupePipeline(crawler).process_item(post("https://kima.example/?p=12")))
    storage.close_spider()
    from_category = {"channel_id": "kim-a/feed/2"}
    with pytest.raises(DropItem, match="another channel of the KIM"):
        DedupePipeline(crawler).process_item(post("https://kima.example/?p=12", **from_category))
    # another post on the same address (a different date and text) is another post
    other = post("https://kima.example/?p=13", **from_category, text="Lain.", published="2026-11-23T10:00:00+08:00")
    assert DedupePipeline(crawler).process_item(other)["change"] == "new"
