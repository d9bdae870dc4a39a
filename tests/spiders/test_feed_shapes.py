"""Feed shapes from feedparser's test corpus that kimwatch read wrong (issue 11): an empty
feed with an HTML entity, plain-text titles with angle brackets, unclosed embeds, SVG text,
Indonesian and RFC 822 zones. Built as Scrapy responses and run through the clean step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import XmlResponse

from crawler import store
from crawler.harvest.context import CrawlContext
from crawler.items import ContentItem
from crawler.settings import load_settings
from pipelines.clean import clean_item
from spiders.base import ChannelError, ChannelRun
from spiders.feed import FeedSpider

URL = "https://kimpematang.example/feed/"


def run_feed(tmp_path: Path, body: str, options: str | None = None) -> tuple[list[ContentItem], ChannelRun]:
    db = store.connect(tmp_path / "k.db")
    channel = {"id": "kim-p/feed/1", "owner_kind": "kim", "owner_id": "kim-p", "type": "feed", "url": URL,
               "options": options}
    spider = FeedSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    run = spider.runs[channel["id"]] = ChannelRun(channel, first_crawl=True, max_pages=1)
    page = XmlResponse(URL, body=body.encode("utf-8"),
                       request=Request(URL, meta={"channel_id": channel["id"], "page": 1}))
    out: list[Any] = list(spider.parse_page(page, run))
    return [clean_item(o) for o in out if isinstance(o, ContentItem)], run


def test_empty_feed_with_an_html_entity_is_healthy(tmp_path: Path) -> None:
    # &nbsp; is undefined in XML without a DTD: not well-formed, but a feed with no items yet
    body = "<rss version='2.0'><channel><title>KIM Pematang&nbsp;Baru</title></channel></rss>"
    items, run = run_feed(tmp_path, body)
    assert items == []
    assert run.warning and "not well-formed" in run.warning


def test_html_page_is_still_not_a_feed(tmp_path: Path) -> None:
    with pytest.raises(ChannelError):
        run_feed(tmp_path, "<html><head><title>Login</title></head><body><p>Masuk</p></body></html>")


def test_plain_text_title_keeps_its_angle_brackets(tmp_path: Path) -> None:
    body = """<feed xmlns="http://www.w3.org/2005/Atom"><title>KIM</title>
<entry><id>urn:1</id><title type="text">Tips &amp; Trik &lt;Belajar&gt; Online</title>
<link href="https://kimpematang.example/tips"/><updated>2024-10-29T10:15:00+08:00</updated>
<content type="html">&lt;p&gt;Isi&lt;/p&gt;</content></entry>
<entry><id>urn:2</id><title type="html">Rapat &lt;b&gt;RT&lt;/b&gt; 05</title>
<link href="https://kimpematang.example/rapat"/><updated>2024-10-29T10:15:00+08:00</updated>
<summary>Rapat warga.</summary></entry></feed>"""
    # (an entry with no text at all is read from its article page: spiders.feed.excerpt_only)
    items, _ = run_feed(tmp_path, body)
    assert [i["title"] for i in items] == ["Tips & Trik <Belajar> Online", "Rapat RT 05"]


def test_text_after_unclosed_embeds_and_svg_text_are_kept(tmp_path: Path) -> None:
    description = ("Jadwal posyandu<object classid='clsid:C932'> dibuka Selasa."
                   "<iframe src='https://www.youtube.com/embed/x'> Warga diminta hadir."
                   "<p>Lokasi <svg><text x='1'>Balai Desa Pematang</text></svg> di RT 3.</p>")
    body = f"""<rss version="2.0"><channel><title>KIM</title><item><title>Posyandu</title>
<link>https://kimpematang.example/posyandu</link><description><![CDATA[{description}]]></description>
<pubDate>Tue, 29 Oct 2024 10:15:00 WIB</pubDate></item></channel></rss>"""
    items, _ = run_feed(tmp_path, body)
    text = items[0]["text"]
    for words in ("dibuka Selasa", "Warga diminta hadir", "Balai Desa Pematang", "di RT 3"):
        assert words in text, words


@pytest.mark.parametrize(("written", "stored"), [
    ("Tue, 29 Oct 2024 10:15:00 WIB", "2024-10-29T03:15:00Z"),
    ("Tue, 29 Oct 2024 10:15:00 WIT", "2024-10-29T01:15:00Z"),
    ("Tue, 29 Oct 2024 10:15:00 -0000", "2024-10-29T10:15:00Z"),
    ("Tue, 29 Oct 2024 10:15:00 +07:00", "2024-10-29T03:15:00Z"),
    ("Tue, 29 Oct 2024 10:15:00 EDT", "2024-10-29T14:15:00Z"),
    ("Tue, 29 Oct 2024 10:15:00", "2024-10-29T02:15:00Z"),  # no zone: WITA
    ("Selasa, 29 Oktober 2024 10:15 WIB", "2024-10-29T03:15:00Z"),
])
def test_item_dates_in_every_zone(tmp_path: Path, written: str, stored: str) -> None:
    body = f"""<rss version="2.0"><channel><title>KIM</title><item><title>Kabar</title>
<link>https://kimpematang.example/kabar</link><description>Kabar desa hari ini.</description>
<pubDate>{written}</pubDate></item></channel></rss>"""
    items, _ = run_feed(tmp_path, body)
    assert items[0]["published_at"] == stored



@pytest.mark.parametrize(("written", "in_tokyo", "without_option"), [
    ("Tue, 24 Nov 2026 10:15:00", "2026-11-24T01:15:00Z", "2026-11-24T02:15:00Z"),  # no zone: the channel's
    ("2026-11-24T10:15:00", "2026-11-24T01:15:00Z", "2026-11-24T02:15:00Z"),
    ("2026年11月24日 10:15", "2026-11-24T01:15:00Z", "2026-11-24T02:15:00Z"),
    ("Tue, 24 Nov 2026 10:15:00 +0800", "2026-11-24T02:15:00Z", "2026-11-24T02:15:00Z"),  # a zone written wins
    ("Tue, 24 Nov 2026 10:15:00 WIB", "2026-11-24T03:15:00Z", "2026-11-24T03:15:00Z"),
    ("2026-11-24T10:15:00Z", "2026-11-24T10:15:00Z", "2026-11-24T10:15:00Z"),
])
def test_a_channels_timezone_dates_feed_items_that_say_no_zone(tmp_path: Path, written: str, in_tokyo: str,
                                                                without_option: str) -> None:
    """A feed channel's `timezone:` is the zone of a date its items write without one, as for a
    website's pages; a date with its zone keeps it; without the option such a date is WITA."""
    body = f"""<rss version="2.0"><channel><title>KIM</title><item><title>Kabar</title>
<link>https://kimpematang.example/kabar</link><description>Kabar desa hari ini.</description>
<pubDate>{written}</pubDate></item></channel></rss>"""
    (tmp_path / "tokyo").mkdir()
    items, _ = run_feed(tmp_path / "tokyo", body, options='{"timezone": "Asia/Tokyo"}')
    assert items[0]["published_at"] == in_tokyo
    items, _ = run_feed(tmp_path, body)
    assert items[0]["published_at"] == without_option


def test_an_entry_with_its_full_content_is_no_excerpt_whatever_its_summary_ends_with(tmp_path: Path) -> None:
    """A WordPress "Full text" feed: the description is the content's beginning and " […]" (here
    longer than a one-sentence content); content:encoded is the whole post, so no article page is
    fetched for it. The same entry without content:encoded is an excerpt: its page is requested."""
    text = "Musyawarah perencanaan pembangunan kelurahan membahas drainase dan lampu jalan."
    item = (f"<item><title>Musrenbang</title><link>https://kimpematang.example/musrenbang/</link>"
            f"<pubDate>Tue, 24 Nov 2026 10:15:00 +0800</pubDate><description><![CDATA[{text} [&#8230;]]]></description>"
            "{content}</item>")
    feed = ('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>KIM</title>'
            "{items}</channel></rss>")
    full = feed.format(items=item.format(content=f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>"))
    items, _ = run_feed(tmp_path, full)
    assert len(items) == 1 and text in items[0]["text"]
    (tmp_path / "summary").mkdir()
    db = store.connect(tmp_path / "summary" / "k.db")
    channel = {"id": "kim-p/feed/1", "owner_kind": "kim", "owner_id": "kim-p", "type": "feed", "url": URL}
    spider = FeedSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    run = spider.runs[channel["id"]] = ChannelRun(channel, first_crawl=True, max_pages=1)
    page = XmlResponse(URL, body=feed.format(items=item.format(content="")).encode("utf-8"),
                       request=Request(URL, meta={"channel_id": channel["id"], "page": 1}))
    out = list(spider.parse_page(page, run))
    assert [o.url for o in out if isinstance(o, Request)] == ["https://kimpematang.example/musrenbang/"]
