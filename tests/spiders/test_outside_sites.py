"""Whole crawls of site and feed shapes an outside tester met (session 7 harvest findings),
against the loopback farm, with the real `kimwatch crawl` in a child process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from spiders.base import ChannelError
from spiders.feed import cut_short, parse_feed
from tests.crawl.conftest import crawl_env, run_kimwatch
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.feed_outside import GUID_POSTS, wordpress_feed, wordpress_item
from tests.farm.sites.website_outside import BANK_SAMPAH, HOSTS, LOMBA, OUTSIDE_HOSTS, PROFIL
from tests.spiders.test_feed_shapes import run_feed


@pytest.fixture(scope="module")
def outside_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE_HOSTS)).start()
    yield farm
    farm.stop()


def make_store(path: Path, channels: list[dict[str, Any]]) -> Path:
    """A store with one KIM and the given channels (``type`` and ``url``)."""
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-guntung-manggis", "name": "KIM Guntung Manggis", "region": "Kota Banjarbaru"}])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-guntung-manggis", "type": c["type"],
                              "url": c["url"]} for c in channels])
    db.conn.close()
    return path


def crawl(db_path: Path, farm: Farm, kind: str) -> None:
    """``kimwatch crawl --no-match --type KIND`` in a child process."""
    done = run_kimwatch(db_path, "crawl", "--no-match", "-q", "--type", kind, env=crawl_env(farm), timeout=90)
    assert done.returncode == 0, done.stderr[-4000:]


def query(db_path: Path, sql: str) -> list[dict[str, Any]]:
    db = store.connect(db_path)
    try:
        return [dict(r) for r in db.query(sql)]
    finally:
        db.conn.close()


def test_a_sitemap_site_dates_its_pages_and_says_which_gave_no_date(tmp_path: Path, outside_farm: Farm) -> None:
    home = outside_farm.url("/", host=HOSTS["humas"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside_farm, "website")
    posts = {p["url"].split(HOSTS["humas"])[1].split("/", 1)[1]: p
             for p in query(db_path, "SELECT url, title, text, published_at FROM posts")}
    lomba, bank, profil = (posts["/".join(path.split("/")[1:])] for path in (LOMBA[0], BANK_SAMPAH[0], PROFIL[0]))
    # a table layout's byline "Minggu, 29/11/2026 - 15:00" (WITA) is the date, not text
    assert lomba["published_at"] == "2026-11-29T07:00:00Z"
    assert lomba["text"].startswith("BANJARBARU") and "29/11/2026" not in lomba["text"]
    assert "Link terkait" not in lomba["text"]
    # a page showing no date takes its sitemap lastmod
    assert bank["published_at"] == "2026-11-27T00:00:00Z"
    # one with no date anywhere is stored undated, and the channel's note says so
    assert profil["published_at"] is None
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "1 post(s) stored without a date" in channel["last_error"] and PROFIL[0] in channel["last_error"]


def test_a_feed_building_new_guids_on_every_fetch_stores_its_posts_once(tmp_path: Path, outside_farm: Farm) -> None:
    db_path = make_store(tmp_path / "k.db", [{"type": "feed", "url": outside_farm.url("/outside/guids/feed")}])
    for _ in range(3):
        crawl(db_path, outside_farm, "feed")
    posts = query(db_path, "SELECT url, id FROM posts")
    assert len(posts) == len(GUID_POSTS) == len({p["url"] for p in posts})


def test_a_feed_cut_short_in_a_gzip_body_is_a_failed_fetch(tmp_path: Path, outside_farm: Farm) -> None:
    url = outside_farm.url("/outside/truncated-gzip/feed")
    db_path = make_store(tmp_path / "k.db", [{"type": "feed", "url": url}])
    crawl(db_path, outside_farm, "feed")
    (channel,) = query(db_path, "SELECT last_status, last_error, consecutive_failures FROM channels")
    assert channel["last_status"] == "truncated" and channel["consecutive_failures"] == 1
    assert "stops short" in channel["last_error"] and url in channel["last_error"]
    assert query(db_path, "SELECT id FROM posts") == []
    (fetch,) = query(db_path, "SELECT ok, status FROM channel_fetches")
    assert not fetch["ok"] and fetch["status"] == "truncated"


def test_a_feed_cut_short_still_gives_the_entries_before_the_cut() -> None:
    whole = wordpress_feed("KIM Tanjung", "https://kimtanjung.example",
                           "".join(wordpress_item("https://kimtanjung.example", f"g{n}", *post)
                                   for n, post in enumerate(GUID_POSTS))).encode()
    assert not cut_short(whole) and not cut_short(whole + b"\n<!-- dibuat oleh cache -->\n")
    assert cut_short(whole[: len(whole) // 2]) and cut_short(whole[: whole.index(b"</channel>")])
    assert len(parse_feed(whole[: whole.index(b"</channel>")]).entries) == 3


def test_a_plain_feed_cut_short_before_any_entry_is_a_failed_fetch(tmp_path: Path) -> None:
    whole = wordpress_feed("KIM Tanjung", "https://kimtanjung.example",
                           wordpress_item("https://kimtanjung.example", "g0", *GUID_POSTS[0]))
    with pytest.raises(ChannelError, match="cut short") as raised:
        run_feed(tmp_path, whole[: whole.index("<item>") + 3])
    assert raised.value.status == "truncated"
    # a feed with no entries yet that is whole (its flaw a note) stays healthy
    items, run = run_feed(tmp_path, whole[: whole.index("<item>")].replace("KIM Tanjung", "KIM&nbsp;Tanjung")
                          + "</channel></rss>")
    assert items == [] and run.warning and "not well-formed" in run.warning


def test_one_post_read_through_two_feeds_of_its_kim_is_stored_once(tmp_path: Path, outside_farm: Farm) -> None:
    feeds = [outside_farm.url("/outside/kimbanua/feed/"), outside_farm.url("/outside/kimbanua/category/berita/feed/")]
    db_path = make_store(tmp_path / "k.db", [{"type": "feed", "url": url} for url in feeds])
    crawl(db_path, outside_farm, "feed")
    first = query(db_path, "SELECT id, url, channel_id FROM posts ORDER BY url")
    assert len(first) == len(GUID_POSTS) == len({p["url"] for p in first})
    outside_farm.reset_log()
    crawl(db_path, outside_farm, "feed")  # the next crawl (the posts stored, each channel read again) adds nothing
    assert query(db_path, "SELECT id, url, channel_id FROM posts ORDER BY url") == first
    assert {c["last_status"] for c in query(db_path, "SELECT last_status FROM channels")} == {"200"}


def test_a_feed_declaring_entities_is_refused_and_says_why(tmp_path: Path, outside_farm: Farm) -> None:
    laughs, netscape = outside_farm.url("/outside/laughs/feed"), outside_farm.url("/outside/netscape/feed")
    db_path = make_store(tmp_path / "k.db", [{"type": "feed", "url": laughs}, {"type": "feed", "url": netscape}])
    crawl(db_path, outside_farm, "feed")
    channels = {c["url"]: c for c in query(db_path, "SELECT url, last_status, last_error FROM channels")}
    assert channels[laughs]["last_status"] == "entities" and "billion laughs" in channels[laughs]["last_error"]
    assert channels[netscape]["last_status"] == "200"  # an external DTD declares nothing here: read
    assert [p["title"] for p in query(db_path, "SELECT title FROM posts")] == ["Rapat RT 05"]
