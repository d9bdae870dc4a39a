"""A sitemap's ``lastmod`` is a page's last change, not its publication (outside tester S,
session 12 fixes19): the date the page writes wins, however unmarked; ``lastmod`` dates a
page only when it shows none, and the post and the channel's note say so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler import store
from crawler.harvest.page import parse_page
from crawler.harvest.pubdate import date_after_headline
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.website_outside_s import (
    FOREIGN_PAGE,
    HOSTS,
    NEWS_PAGES,
    OUTSIDE_S_HOSTS,
    PORTAL_PAGES,
)
from tests.spiders.test_outside_sites import crawl, make_store, query


@pytest.fixture(scope="module")
def outside_s_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE_S_HOSTS)).start()
    yield farm
    farm.stop()


def test_the_pages_own_date_beats_the_sitemaps_lastmod(tmp_path: Path, outside_s_farm: Farm) -> None:
    home = outside_s_farm.url("/", host=HOSTS["portal"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside_s_farm, "website")
    posts = {urlsplit(p["url"]).path: p for p in query(db_path, "SELECT url, published_at, extra FROM posts")}
    old, undated = (posts[path] for path, _, _ in PORTAL_PAGES)
    # "기사입력 :[ 2018-08-25 15:24 ]" (no zone: WITA), not the lastmod 2026-12-02
    assert old["published_at"] == "2018-08-25T07:24:00Z"
    assert not old["extra"] or "published_from" not in json.loads(old["extra"])
    # a page showing no date still takes its lastmod, marked as such on the post and in the note
    assert undated["published_at"].startswith("2026-12-0")
    assert json.loads(undated["extra"])["published_from"] == "sitemap lastmod"
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "1 post(s) dated by their sitemap lastmod alone" in channel["last_error"], channel
    assert PORTAL_PAGES[1][0] in channel["last_error"]


def test_a_date_after_the_headline_is_read_in_document_order() -> None:
    page = ("<html><body><div><dl><dt>Sebuah Judul Berita yang Panjang</dt></dl>Diposting 3 November 2026"
            "<!-- s:body --><script>var d = '2020-01-01';</script><p>Isi berita 7 November 2026.</p></div></body></html>")
    tree = parse_page(page.encode(), "text/html")[0]
    moment = date_after_headline(tree, "Sebuah Judul Berita yang Panjang")
    assert moment is not None and moment.date().isoformat() == "2026-11-03"
    assert date_after_headline(tree, "Judul lain yang tidak ada") is None


def test_a_news_sitemaps_publication_date_dates_a_page_and_lastmod_stays_the_change_mark(
        tmp_path: Path, outside_s_farm: Farm) -> None:
    """fixes20 item 1: a Google News sitemap's ``news:publication_date`` is read whether or not the
    entry has a ``lastmod``, and dates a page that shows none as its publication (said on the
    post); the page's own date still wins; ``lastmod`` stays the crawl's change mark."""
    home = outside_s_farm.url("/", host=HOSTS["news"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside_s_farm, "website")
    posts = {urlsplit(p["url"]).path: p for p in query(db_path, "SELECT url, published_at, extra FROM posts")}
    edited, no_lastmod, own = (posts[path] for path, *_ in NEWS_PAGES)
    # published 20 November 08:00 WITA, not its lastmod of 2 December
    assert edited["published_at"] == "2026-11-20T00:00:00Z"
    assert json.loads(edited["extra"])["published_from"] == "sitemap news:publication_date"
    assert no_lastmod["published_at"] == "2026-11-25T06:15:00Z"
    assert json.loads(no_lastmod["extra"])["published_from"] == "sitemap news:publication_date"
    # the page's own article:published_time beats the sitemap's publication date
    assert own["published_at"] == "2026-11-26T11:00:00Z"
    assert not own["extra"] or "published_from" not in json.loads(own["extra"])
    (channel,) = query(db_path, "SELECT last_error, state FROM channels")
    assert "dated by their sitemap lastmod alone" not in (channel["last_error"] or "")
    # the change mark "what is new" reads next time is the newest lastmod, not a publication date
    assert json.loads(channel["state"])["sitemap_lastmod"] == "2026-12-02T01:30:00Z"


def test_a_time_without_zone_is_read_in_the_zone_the_pages_own_times_carry(tmp_path: Path,
                                                                             outside_s_farm: Farm) -> None:
    """fixes20 item 4: a foreign page's byline without zone is at the offset its machine times
    carry (+09:00 here), not WITA."""
    home = outside_s_farm.url("/", host=HOSTS["foreign"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside_s_farm, "website")
    [post] = query(db_path, "SELECT url, published_at FROM posts")
    assert post["url"].endswith(FOREIGN_PAGE)
    assert post["published_at"] == "2026-11-24T01:15:00Z"  # 10:15 at +09:00 (read as WITA: 02:15Z)


@pytest.mark.parametrize(("timezone", "expected"), [(None, "2026-11-24T02:15:00Z"),
                                                    ("Asia/Tokyo", "2026-11-24T01:15:00Z")])
def test_a_channels_timezone_dates_a_page_that_says_no_zone(tmp_path: Path, outside_s_farm: Farm,
                                                            timezone: str | None, expected: str) -> None:
    """fixes20 item 4: a page that says no zone is read in the channel's `timezone:` (else WITA)."""
    home = outside_s_farm.url("/", host=HOSTS["tokyo"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    if timezone:
        db = store.connect(db_path)
        db.execute("UPDATE channels SET options = ?", [json.dumps({"timezone": timezone})])
        db.conn.commit()
        db.conn.close()
    crawl(db_path, outside_s_farm, "website")
    [post] = query(db_path, "SELECT url, published_at FROM posts")
    assert post["url"].endswith(FOREIGN_PAGE) and post["published_at"] == expected
