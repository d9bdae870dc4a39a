"""One excerpt rule (``spiders.feed.excerpt_only``) for the feed spider and for a website
channel reading its site's feed: an excerpt is read from its article page, a short complete
post costs no request, full content is never an excerpt, and WordPress's "The post X appeared
first on Y." after "[…]" does not hide the excerpt. Measured in bench/bench_excerpt.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler import store
from spiders.feed import excerpt_only
from tests.farm import Farm
from tests.farm.sites.feed_excerpt_rule import ARTICLE_PATHS, EXCERPT_RULE_HOSTS, SHORT_POST
from tests.website.conftest import crawl, make_store, rows

HOST = EXCERPT_RULE_HOSTS[0]
LONG = "Warga bergotong royong membersihkan siring sepanjang 600 meter pada Minggu pagi. " * 6  # 486 characters


@pytest.mark.parametrize(("text", "full_content", "excerpt"), [
    # the SEO plugin's line after the excerpt's ending (longer than the 40 characters looked at)
    (f"<p>{LONG}[&#8230;]</p><p>The post <a href='/x'>Gotong Royong di RT 07</a> appeared first on "
     "<a href='/'>KIM Sungai Tabuk</a>.</p>", False, True),
    (f"{LONG} […] Artikel Gotong Royong di RT 07 pertama kali tampil di KIM Sungai Tabuk.", False, True),
    ("Posyandu balita RT 03 dibuka Sabtu pagi di balai warga.", False, False),  # short and complete
    (f"{LONG} Kegiatan ditutup dengan makan bersama...", True, False),  # full content
    (f"{LONG} Baca selengkapnya", False, True),
    (LONG * 4 + "…", False, False),  # over 1,500 characters: a post, whatever it ends with
    ("", False, True),  # a title and a link: the text is on the page
    ("Posyandu balita. The post Posyandu appeared first on KIM Sungai Tabuk.", False, False),
])
def test_one_rule_tells_an_excerpt(text: str, full_content: bool, excerpt: bool) -> None:
    assert excerpt_only(text, full_content=full_content) is excerpt


def _texts(db: Path) -> dict[str, str]:
    return {r["url"].rstrip("/").rsplit("/", 1)[-1]: r["text"] for r in rows(db)}


def test_a_website_channel_reads_only_the_excerpt_s_article(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=HOST)}])
    result = crawl(db)
    assert result["new"] == 3, result
    asked = {slug for slug, path in ARTICLE_PATHS.items() if site_farm.requests_to(path, host=HOST)}
    assert asked == {"gotong-royong"}  # the short post and the full-content one cost nothing
    texts = _texts(db)
    assert "makan bersama nasi kuning" in texts["gotong-royong"]  # the article's text, not the excerpt
    assert texts["posyandu"] == SHORT_POST
    assert texts["rapat"].endswith("jangan sampai ketinggalan...")


def test_a_feed_channel_follows_the_same_rule(site_farm: Farm, tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    store.save_kims(db, [{"id": "kim-sungai-tabuk", "name": "KIM Sungai Tabuk", "region": "Kabupaten Banjar"}])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-sungai-tabuk", "type": "feed",
                              "url": site_farm.url("/feed/", host=HOST)}])
    db.conn.close()
    result = crawl(tmp_path / "k.db", types=("feed",))
    assert result["new"] == 3, result
    asked = {slug for slug, path in ARTICLE_PATHS.items() if site_farm.requests_to(path, host=HOST)}
    assert asked == {"gotong-royong"}
    texts = _texts(tmp_path / "k.db")
    assert "makan bersama nasi kuning" in texts["gotong-royong"]
    assert texts["posyandu"] == SHORT_POST
