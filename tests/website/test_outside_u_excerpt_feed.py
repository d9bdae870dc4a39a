"""An excerpt-only feed registered as ``type: feed`` (outside tester U's F3): WordPress "Summary"
feeds give 55 words and " […]"; the feed channel reads each entry's article page on the feed's own
site, as a website channel reading such a feed does, within the article budget, and says so in the
channel's note. A later crawl does not fetch the pages of posts already stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler import store
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.website_outside_u import ARTICLE_ONLY, EXCERPT_POSTS, HOSTS, OUTSIDE_U_HOSTS
from tests.spiders.test_outside_sites import crawl, query


@pytest.fixture(scope="module")
def excerpt_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE_U_HOSTS)).start()
    yield farm
    farm.stop()


def _store(path: Path, url: str, options: dict | None = None) -> Path:
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-ringkas", "name": "KIM Ringkas", "region": "Kota Banjarbaru"}])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-ringkas", "type": "feed", "url": url,
                              **({"options": options} if options else {})}])
    db.conn.close()
    return path


def _articles(farm: Farm) -> list[str]:
    return [p for p in farm.paths(HOSTS["excerpts"]) if p.startswith("/2026/")]


def test_an_excerpt_feed_reads_its_article_pages(tmp_path: Path, excerpt_farm: Farm) -> None:
    excerpt_farm.reset_log()
    db_path = _store(tmp_path / "k.db", excerpt_farm.url("/feed/", host=HOSTS["excerpts"]))
    crawl(db_path, excerpt_farm, "feed")
    posts = query(db_path, "SELECT url, title, text, published_at FROM posts ORDER BY published_at")
    assert len(posts) == len(EXCERPT_POSTS)
    for post in posts:
        assert ARTICLE_ONLY in post["text"] and "[…]" not in post["text"], post
        assert post["published_at"].startswith("2026-11-")
    assert len(_articles(excerpt_farm)) == len(EXCERPT_POSTS)
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel["last_status"] == "200"
    assert "the feed gives excerpts only (3 entries" in channel["last_error"]
    assert "3 article page(s) read for the full text" in channel["last_error"]

    # a later crawl: the posts are stored, their pages are not asked again, their text stays
    excerpt_farm.reset_log()
    db = store.connect(db_path)
    db.execute("UPDATE channels SET etag = NULL, last_modified = NULL")
    db.conn.commit()
    db.conn.close()
    crawl(db_path, excerpt_farm, "feed")
    assert _articles(excerpt_farm) == []
    assert all(ARTICLE_ONLY in p["text"] for p in query(db_path, "SELECT text FROM posts"))


def test_the_article_budget_holds_and_the_rest_are_excerpts(tmp_path: Path, excerpt_farm: Farm) -> None:
    excerpt_farm.reset_log()
    db_path = _store(tmp_path / "k.db", excerpt_farm.url("/feed/", host=HOSTS["excerpts"]), {"max_articles": 1})
    crawl(db_path, excerpt_farm, "feed")
    assert len(_articles(excerpt_farm)) == 1
    texts = [p["text"] for p in query(db_path, "SELECT text FROM posts")]
    assert len(texts) == 3 and sum(ARTICLE_ONLY in t for t in texts) == 1
    (channel,) = query(db_path, "SELECT last_error, state FROM channels")
    assert "2 stored as excerpts, over the article budget" in channel["last_error"], json.dumps(channel)
