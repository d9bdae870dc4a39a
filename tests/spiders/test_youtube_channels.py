"""YouTube channels registered by /user/, /c/, @handle, legacy /NAME, tabs, m.youtube.com, videos.

The farm's ``feeds/videos.xml?user=NAME`` answers 404, as real YouTube does for most channels;
the spider must find the channel id on the channel page, read ``?channel_id=``, and remember it.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.request
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from crawler import store
from crawler.harvest.context import CrawlContext
from crawler.settings import load_settings
from spiders.base import ChannelRun
from spiders.youtube import (
    YoutubeSpider,
    channel_page_url,
    discover_feed,
    video_not_channel,
    videos_feed_url,
)
from tests.crawl.conftest import crawl_env, make_store, run_kimwatch
from tests.farm import Farm
from tests.farm.sites.kim_channels import YOUTUBE_CHANNEL

FEED = f"/feeds/videos.xml?channel_id={YOUTUBE_CHANNEL}"
UC = "UCabcdefghijklmnopqrstuv"


@pytest.mark.parametrize(("url", "feed", "page"), [
    (f"https://www.youtube.com/channel/{UC}", f"https://www.youtube.com/feeds/videos.xml?channel_id={UC}",
     f"https://www.youtube.com/channel/{UC}"),
    (f"https://www.youtube.com/channel/{UC}/videos", f"https://www.youtube.com/feeds/videos.xml?channel_id={UC}",
     f"https://www.youtube.com/channel/{UC}"),
    (f"https://m.youtube.com/channel/{UC}/featured?app=desktop",
     f"https://www.youtube.com/feeds/videos.xml?channel_id={UC}", f"https://www.youtube.com/channel/{UC}"),
    ("https://m.youtube.com/user/kimbatola", "https://www.youtube.com/feeds/videos.xml?user=kimbatola",
     "https://www.youtube.com/user/kimbatola"),
    ("https://youtube.com/user/kimbatola/videos", "https://www.youtube.com/feeds/videos.xml?user=kimbatola",
     "https://www.youtube.com/user/kimbatola"),
    ("https://www.youtube.com/c/KIMBatola/featured", None, "https://www.youtube.com/c/KIMBatola"),
    ("https://m.youtube.com/@kimbatola/videos?si=x", None, "https://www.youtube.com/@kimbatola"),
    ("https://www.youtube.com/kimbatola", None, "https://www.youtube.com/kimbatola"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", None, None),
])
def test_channel_url_forms(url: str, feed: str | None, page: str | None) -> None:
    assert videos_feed_url(url) == feed
    assert channel_page_url(url) == page
    assert video_not_channel(url) is None or page is None


@pytest.mark.parametrize(("url", "video"), [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"),
    ("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", "dQw4w9WgXcQ"),
    ("https://youtu.be/dQw4w9WgXcQ?si=abc", "dQw4w9WgXcQ"),
    ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
    ("https://www.youtube.com/live/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLkim", None),  # read as the playlist
    ("https://www.youtube.com/@kimbatola/live", None),
    (f"https://www.youtube.com/channel/{UC}", None),
])
def test_video_urls_are_told_apart_from_channels(url: str, video: str | None) -> None:
    assert video_not_channel(url) == video


def test_video_registered_as_a_channel_is_refused_without_a_request(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    channel = {"id": "c", "owner_kind": "kim", "owner_id": "k", "type": "youtube",
               "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}
    spider = YoutubeSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    with pytest.raises(ValueError, match="a video, not a channel"):
        spider.start_url(channel)


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.read()


@pytest.mark.parametrize("path", ["/user/kimbatolalama", "/c/kimbatola", "/kimbatola", "/@kimbatola"])
def test_the_page_names_its_own_channel_not_a_featured_one(farm: Farm, path: str) -> None:
    url = farm.url(path)
    page = HtmlResponse(url, body=fetch(url), request=Request(url))
    assert discover_feed(page) == farm.url(FEED)


def test_a_user_feed_answering_with_a_page_leads_to_the_channel_page(tmp_path: Path, farm: Farm) -> None:
    db = store.connect(tmp_path / "k.db")
    channel = {"id": "c", "owner_kind": "kim", "owner_id": "k", "type": "youtube",
               "url": farm.url("/user/kimbatolalama")}
    spider = YoutubeSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    run = spider.runs["c"] = ChannelRun(channel, first_crawl=True, max_pages=1)
    first = spider.first_request(run)
    assert first.url == farm.url("/feeds/videos.xml?user=kimbatolalama")
    # a 200 that is not a feed (a consent or error page): its channel ids are not to be trusted
    body = f'<html><head><meta itemprop="channelId" content="{UC}"></head></html>'.encode()
    answer = HtmlResponse(first.url, body=body, headers={"Content-Type": "text/html"}, request=first)
    out = list(spider.parse_page(answer, run))
    assert [(r.url, r.meta["page"]) for r in out] == [(farm.url("/user/kimbatolalama"), 1)]
    assert run.defer_record and "feed_url" not in run.state


def crawl(db: Path, farm: Farm) -> None:
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert result.returncode == 0, result.stderr


def requested(farm: Farm) -> list[tuple[str, int]]:
    return [(r.path, r.status) for r in farm.requests if r.path != "/robots.txt"]


def test_user_channel_whose_user_feed_404s_is_read_through_its_page_and_remembered(tmp_path: Path, farm: Farm) -> None:
    url = farm.url("/user/kimbatolalama")
    db = make_store(tmp_path / "k.db", [{"owner_kind": "kim", "owner_id": "kim-batola", "type": "youtube", "url": url}])
    crawl(db, farm)
    assert requested(farm) == [("/feeds/videos.xml?user=kimbatolalama", 404), ("/user/kimbatolalama", 200),
                               (FEED, 200)]
    conn = sqlite3.connect(db)
    titles = [t for (t,) in conn.execute("SELECT title FROM posts WHERE platform = 'youtube' ORDER BY title")]
    assert titles == ["Liputan PIN Polio di Posyandu Batola", "Profil KIM Barito Kuala"]
    state, status, failures, etag = conn.execute(
        "SELECT state, last_status, consecutive_failures, etag FROM channels").fetchone()
    assert json.loads(state)["feed_url"] == farm.url(FEED)
    assert (status, failures) == ("200", 0) and etag  # the feed's ETag, for the next conditional GET
    assert conn.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 1  # one fetch recorded
    farm.reset_log()
    crawl(db, farm)
    assert requested(farm) == [(FEED, 304)]  # straight to the remembered feed, no ?user=, no page


def test_other_channel_forms_in_one_crawl(tmp_path: Path, farm: Farm) -> None:
    urls = {
        "custom": farm.url("/c/kimbatola"), "legacy": farm.url("/kimbatola"), "moved": farm.url("/user/kimpindah"),
        "noid": farm.url("/user/kimtanpaid"), "gone": farm.url("/user/kimhilang"),
        "tab": farm.url(f"/channel/{YOUTUBE_CHANNEL}/videos"),
        "video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    }
    channels = [{"owner_kind": "kim", "owner_id": "kim-batola", "type": "youtube", "url": u} for u in urls.values()]
    db = make_store(tmp_path / "k.db", channels)
    crawl(db, farm)
    conn = sqlite3.connect(db)
    rows = {url: (status, error, json.loads(state or "{}").get("feed_url"), posts) for url, status, error, state, posts in
            conn.execute("SELECT url, last_status, last_error, state, "
                         "(SELECT count(*) FROM posts WHERE posts.channel_id = channels.id) FROM channels")}
    for name in ("custom", "legacy", "moved"):
        assert rows[urls[name]][:3] == ("200", None, farm.url(FEED)), name
    assert rows[urls["tab"]][:3] == ("200", None, None)  # the id is in the URL: nothing to remember
    # four forms of one KIM's one channel: its 2 videos are the KIM's posts once, not four times
    assert sum(rows[urls[name]][3] for name in ("custom", "legacy", "moved", "tab")) == 2
    status, error, _, _ = rows[urls["noid"]]
    assert status == "not-a-feed" and "no videos feed found on the channel page" in error
    assert "videos.xml?user=kimtanpaid answered HTTP 404" in error
    status, error, _, _ = rows[urls["gone"]]
    assert status == "404" and error.endswith("/user/kimhilang")
    status, error, _, _ = rows[urls["video"]]
    assert status == "bad-url" and "is a video, not a channel" in error
    paths = [p for p, _ in requested(farm)]
    assert "/feeds/videos.xml?user=kimpindah" in paths and "/@kimbatola" in paths
    assert not any("watch" in p for p in paths)
    assert "/feeds/videos.xml?user=kimbatola" not in paths  # /c/ and /NAME have no ?user= feed
    assert f"/feeds/videos.xml?channel_id={YOUTUBE_CHANNEL}" in paths


def test_the_cookie_consent_page_is_said_to_be_one(tmp_path: Path) -> None:
    """An outside tester's finding: a channel page redirected to consent.youtube.com was 'not-a-feed'."""
    from spiders.base import ChannelError

    db = store.connect(tmp_path / "k.db")
    channel = {"id": "c", "owner_kind": "kim", "owner_id": "k", "type": "youtube",
               "url": "https://www.youtube.com/@kimconsentbjm"}
    spider = YoutubeSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    run = spider.runs["c"] = ChannelRun(channel, first_crawl=True, max_pages=1)
    url = "https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2F%40kimconsentbjm&gl=DE"
    answer = HtmlResponse(url, body=b"<html><form action='https://consent.youtube.com/save'>Before you continue to "
                          b"YouTube</form></html>", headers={"Content-Type": "text/html"}, request=Request(url))
    with pytest.raises(ChannelError) as raised:
        list(spider.parse_page(answer, run))
    assert raised.value.status == "consent-page" and "cookie consent page" in str(raised.value)
