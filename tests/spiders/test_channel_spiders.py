"""Feed, YouTube and Telegram spiders on responses built from the farm's pages."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, XmlResponse
from scrapy.spiderloader import SpiderLoader
from twisted.python.failure import Failure

from crawler import store
from crawler.dates import parse_to_iso
from crawler.harvest.context import CrawlContext
from crawler.items import ContentItem
from crawler.settings import load_settings
from spiders.base import ChannelRun, ChannelSpider, failure_kind
from spiders.feed import FeedSpider, entry_body, next_page_url, parse_feed
from spiders.telegram import TelegramSpider, parse_messages, preview_url
from spiders.youtube import discover_feed, videos_feed_url
from tests.farm import Farm


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.read()


def response(cls: type, url: str, body: bytes, page: int = 1, channel_id: str = "c") -> Any:
    return cls(url, body=body, request=Request(url, meta={"channel_id": channel_id, "page": page}))


def test_every_registered_spider_has_the_one_shape() -> None:
    loader = SpiderLoader.from_settings(load_settings())
    names = loader.list()
    assert {"feed", "youtube", "telegram"} <= set(names)
    for name in names:
        cls = loader.load(name)
        assert issubclass(cls, ChannelSpider) and cls.channel_types
        assert "Domain:" in (cls.__doc__ or "") and "Caveats:" in (cls.__doc__ or ""), name


def test_wordpress_content_encoded_wins_over_the_excerpt(farm: Farm) -> None:
    parsed = parse_feed(fetch(farm.url("/kimangsau/feed/")))
    html, text = entry_body(parsed.entries[0])
    assert text is None and "Kuota tahun ini" in html and "[&#8230;]" not in html
    assert next_page_url(farm.url("/kimangsau/feed/"), parsed, 1) == farm.url("/kimangsau/feed/?paged=2")


def test_blogger_html_content_and_start_index_paging(farm: Farm) -> None:
    url = farm.url("/kimsungaijingah/feeds/posts/default")
    parsed = parse_feed(fetch(url))
    html, _ = entry_body(parsed.entries[0])
    assert "<b>PIN Polio</b>" in html  # content type='html' unescaped once, markup kept for the pipeline
    assert next_page_url(url, parsed, 1) == url + "?start-index=4&max-results=3"
    last = parse_feed(fetch(url + "?start-index=4&max-results=3"))
    assert next_page_url(url, last, 2) is None


def test_feed_spider_pages_on_a_first_crawl_and_stops_at_known_items_later(tmp_path: Path, farm: Farm) -> None:
    db = store.connect(tmp_path / "k.db")
    channel = {"id": "kim-a/feed/1", "owner_kind": "kim", "owner_id": "kim-a", "type": "feed",
               "url": farm.url("/kimangsau/feed/")}
    spider = FeedSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    spider.runs[channel["id"]] = ChannelRun(channel, first_crawl=True, max_pages=5)
    page = response(XmlResponse, channel["url"], fetch(channel["url"]), channel_id=channel["id"])
    out = list(spider.parse_page(page, spider.runs[channel["id"]]))
    items = [o for o in out if isinstance(o, ContentItem)]
    requests = [o for o in out if isinstance(o, Request)]
    assert len(items) == 3 and [r.url for r in requests] == [farm.url("/kimangsau/feed/?paged=2")]
    assert items[0]["platform"] == "website" and items[0]["guid"] == farm.base() + "/kimangsau/?p=311"
    # read by fastfeedparser, whose date reader gives a zoned date as its UTC instant
    assert parse_to_iso(items[0]["published"]) == "2024-10-29T05:12:44Z"
    # a later crawl: the first page holds a known item, so no further page
    spider.runs[channel["id"]] = ChannelRun(channel, first_crawl=False, max_pages=5)
    spider.known[items[2]["id"]] = "hash"
    out = list(spider.parse_page(page, spider.runs[channel["id"]]))
    assert not [o for o in out if isinstance(o, Request)]


def test_bridge_feed_posts_keep_the_platform_of_the_channel(tmp_path: Path, farm: Farm) -> None:
    db = store.connect(tmp_path / "k.db")
    channel = {"id": "kim-t/instagram/1", "owner_kind": "kim", "owner_id": "kim-t", "type": "instagram",
               "url": "https://www.instagram.com/kimtanjung/", "via": farm.url("/rsshub/instagram/user/kimtanjung")}
    assert FeedSpider.handles(channel) and not TelegramSpider.handles(channel)
    spider = FeedSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    assert spider.start_url(channel) == channel["via"]
    spider.runs[channel["id"]] = ChannelRun(channel, first_crawl=True, max_pages=1)
    page = response(XmlResponse, channel["via"], fetch(channel["via"]), channel_id=channel["id"])
    items = [o for o in spider.parse_page(page, spider.runs[channel["id"]]) if isinstance(o, ContentItem)]
    assert [i["platform"] for i in items] == ["instagram", "instagram"]
    assert items[0]["guid"] == "https://www.instagram.com/p/DBkimtjg01/"


def test_telegram_preview_messages(farm: Farm) -> None:
    url = farm.url("/s/kimkotabaru")
    messages, older, is_preview = parse_messages(fetch(url), url)
    assert is_preview and older == "/s/kimkotabaru?before=10"
    assert [m["guid"] for m in messages] == ["kimkotabaru/10", "kimkotabaru/11", "kimkotabaru/12", "kimkotabaru/13"]
    forwarded, linked, media, plain = messages
    assert forwarded["forwarded_from"] == {"name": "MC Diskominfo Kalsel", "url": "https://t.me/mckalsel/5521"}
    assert forwarded["time"] == "2024-10-28T04:00:00+00:00" and forwarded["url"] == farm.url("/kimkotabaru/10")
    assert linked["links"][1] == "https://www.instagram.com/p/DBxyz/?igsh=MWQ1"
    assert media["html"] is None and media["media"] == ["photo"]
    assert "Rapat pengurus KIM &amp; perangkat desa" in plain["html"]
    assert preview_url("https://t.me/kimkotabaru") == "https://t.me/s/kimkotabaru"
    assert preview_url("https://t.me/s/kimkotabaru?before=3") == "https://t.me/s/kimkotabaru?before=3"
    _, _, not_preview = parse_messages(b"<html><body>Account suspended</body></html>", url)
    assert not not_preview


def test_youtube_channel_urls_map_to_the_videos_feed(farm: Farm) -> None:
    assert videos_feed_url("https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv") == \
        "https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv"
    assert videos_feed_url("https://www.youtube.com/user/kimbatola") == "https://www.youtube.com/feeds/videos.xml?user=kimbatola"
    assert videos_feed_url("https://www.youtube.com/@kimbatola") is None
    page = response(HtmlResponse, farm.url("/@kimbatola"), fetch(farm.url("/@kimbatola")))
    assert discover_feed(page) == farm.url("/feeds/videos.xml?channel_id=UCkimbatola0000000000001")


@pytest.mark.parametrize(("error", "status"), [
    ("timeout", "timeout"), ("refused", "connection"), ("robots", "robots"), ("redirects", "redirect-loop"),
    ("cut", "incomplete"),
])
def test_failures_are_named_for_channel_health(error: str, status: str) -> None:
    from scrapy.exceptions import (
        DownloadConnectionRefusedError,
        DownloadTimeoutError,
        IgnoreRequest,
        ResponseDataLossError,
    )

    value = {"timeout": DownloadTimeoutError("took longer than 1.0 seconds"),
             "refused": DownloadConnectionRefusedError("refused"),
             "robots": IgnoreRequest("Forbidden by robots.txt"),
             "redirects": IgnoreRequest("max redirections reached"),
             "cut": ResponseDataLossError()}[error]
    kind, message = failure_kind(Failure(value))
    assert kind == status and not message.endswith(": ")  # never an empty explanation
    if error == "cut":
        assert "closed the connection before the whole answer arrived" in message
