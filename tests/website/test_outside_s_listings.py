"""Website listings outside tester S met (session 12 fixes19 findings): article pages taken for
listing pages are judged again each time they are read (and stored as the articles they are),
the note counts the pages read as listings, and headlines in scripts without spaces
(Japanese, Chinese) are long enough to follow."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler import store
from crawler.harvest.article import extract_article
from crawler.harvest.listing import headline_words
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.website_outside_s import (
    ARTICLES,
    COLLECTION,
    HOSTS,
    KANJI_POSTS,
    OUTSIDE_S_HOSTS,
    article_path,
)
from tests.spiders.test_outside_sites import crawl, make_store, query


@pytest.fixture(scope="module")
def outside_s_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE_S_HOSTS)).start()
    yield farm
    farm.stop()


def _state(db_path: Path) -> dict:
    (row,) = query(db_path, "SELECT state FROM channels")
    return json.loads(row["state"] or "{}")


def test_article_pages_probed_as_sections_are_stored_as_articles(tmp_path: Path, outside_s_farm: Farm) -> None:
    home = outside_s_farm.url("/", host=HOSTS["sejarah"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside_s_farm, "website")
    stored = {urlsplit(p["url"]).path for p in query(db_path, "SELECT url FROM posts")}
    assert stored == {article_path(slug) for slug, _, _ in ARTICLES}
    # none of them is remembered as a listing; the collection of stories is one
    assert _state(db_path)["listing_urls"] == [home.rstrip("/") + COLLECTION]
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    note = channel["last_error"] or ""
    assert "5 page(s) read as listings were articles" in note
    # never silent: a page at an article-like address taken for a listing is counted and named
    assert f"1 fetched page(s) read as listings, not articles, though their address names no section (e.g. " \
           f"{home.rstrip('/') + COLLECTION} (" in note


def test_a_remembered_listing_with_an_articles_shape_is_read_as_an_article(
        tmp_path: Path, outside_s_farm: Farm) -> None:
    home = outside_s_farm.url("/", host=HOSTS["sejarah"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    # an older kimwatch's first crawl took two article pages for listings and stored one post
    remembered = [home.rstrip("/") + path for path in (article_path(ARTICLES[0][0]), article_path(ARTICLES[1][0]),
                                                       COLLECTION)]
    db = store.connect(db_path)
    db.execute("UPDATE channels SET state = ?, last_crawled_at = ?, last_status = 'ok'",
               [json.dumps({"method": "listing", "listing_urls": remembered, "discovered_at": "2026-11-30T00:00:00Z"}),
                "2026-11-30T00:00:00Z"])
    db.conn.commit()
    db.conn.close()
    crawl(db_path, outside_s_farm, "website")
    stored = {urlsplit(p["url"]).path for p in query(db_path, "SELECT url FROM posts")}
    assert {article_path(slug) for slug, _, _ in ARTICLES[:2]} <= stored
    assert _state(db_path)["listing_urls"] == remembered[2:]
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "2 page(s) read as listings were articles" in (channel["last_error"] or ""), channel
    assert "1 fetched page(s) read as listings, not articles" in channel["last_error"]


def test_headlines_without_spaces_are_followed(tmp_path: Path, outside_s_farm: Farm) -> None:
    home = outside_s_farm.url("/", host=HOSTS["kanji"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside_s_farm, "website")
    stored = {urlsplit(p["url"]).path for p in query(db_path, "SELECT url FROM posts")}
    assert stored == {path for path, _ in KANJI_POSTS}
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "one- or two-word" not in (channel["last_error"] or "")


def test_a_headline_in_a_script_without_spaces_has_several_words() -> None:
    assert headline_words("宇航员在太空中喝酒会怎么样？后果很严重！") >= 5
    assert headline_words("欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞") >= 5
    assert headline_words("Artikel heise") == 2
    assert headline_words("東京") == 1  # two characters are still a one-word anchor


def test_a_japanese_story_beside_japanese_headlines_is_an_article() -> None:
    """Headlines in Japanese now count as teaser links: the story's text is weighed as what it
    says (a character as two), or a page of 600 characters of Japanese beside nine headlines
    would be taken for a listing."""
    story = "むかしむかし、ある村に一匹の欲張りなイヌがいました。イヌは肉をくわえて橋を渡っていました。" * 13
    links = "".join(f'<li><a href="/p/douwa-{n}.html">きょうの童話　第{n}話　かしこいウサギと森のなかまたち</a></li>'
                    for n in range(9))
    page = (f'<html lang="ja"><head><meta charset="utf-8"><title>欲張りなイヌ</title></head><body><main><h1>欲張りなイヌ</h1>'
            f"<p>{story[:300]}</p><p>{story[300:]}</p><ul>{links}</ul></main></body></html>")
    assert 500 < len(story) < 9 * 120
    article = extract_article(page.encode(), "http://kimsejarah.kim.id/p/hukumusume.html", "text/html; charset=utf-8")
    assert article is not None and article.is_article, article and article.verdict
