"""An outside tester's finding: one Facebook post crawled from a bridge feed, imported with
``import posts`` (``m.facebook.com`` with tracking parameters) and self-reported became three
posts and three amplifications. It is one post, whatever its origin; every origin is recorded."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from crawler import store
from crawler.urls import canonical_url
from tests.farm.sites.platforms import CAPTION

POST = "https://www.facebook.com/kimsatu/posts/pfbid0Satu1001"


def _crawled(db_path: Path) -> None:
    """The post as the crawl of an rss.app bridge feed of kim-satu's page stores it."""
    db = store.connect(db_path)
    channel = db.execute("SELECT id FROM channels WHERE owner_id = 'kim-satu' AND type = 'facebook'").fetchone()[0]
    store.save_posts(db, [{"id": "p-crawled", "kim_id": "kim-satu", "channel_id": channel, "platform": "facebook",
                           "url": POST, "canonical_url": canonical_url(POST), "title": None, "text": CAPTION,
                           "published_at": "2024-10-17T08:00:00+08:00", "links": [], "origin": "crawl"}])
    db.close()


def test_a_post_crawled_imported_and_self_reported_is_one_post(loaded: Callable[..., Result], tmp_path: Path,
                                                               db_path: Path, proxy_env: dict[str, str]) -> None:
    _crawled(db_path)
    imported = tmp_path / "posts.jsonl"
    imported.write_text(json.dumps({
        "kim": "kim-satu", "platform": "facebook", "text": CAPTION, "published_at": "2024-10-17T08:00:00+08:00",
        "url": "https://m.facebook.com/kimsatu/posts/pfbid0Satu1001?mibextid=xyz&__tn__=R"}) + "\n", encoding="utf-8")
    loaded("import", "posts", str(imported))
    report = tmp_path / "laporan.csv"
    report.write_text("kim,url\nkim-satu,http://mbasic.facebook.com/kimsatu/posts/pfbid0Satu1001?__cft__[0]=AZ\n",
                      encoding="utf-8")
    loaded("import", "reports", str(report))
    loaded("verify")
    loaded("match")
    conn = sqlite3.connect(db_path)
    try:
        posts = conn.execute("SELECT id, origin, extra FROM posts WHERE kim_id = 'kim-satu'").fetchall()
        assert [p[:2] for p in posts] == [("p-crawled", "crawl")]  # the first stored stays the post
        seen_as = json.loads(posts[0][2])["seen_as"]
        assert sorted(s["origin"] for s in seen_as) == ["import", "self-report"]
        assert conn.execute("SELECT status, post_id FROM reports").fetchall() == [("verified", "p-crawled")]
        amplified = conn.execute("SELECT post_id FROM amplifications WHERE kim_id = 'kim-satu'").fetchall()
        assert amplified == [("p-crawled",)]
    finally:
        conn.close()
    loaded("import", "posts", str(imported))  # imported again: still one post, the origin recorded once
    conn = sqlite3.connect(db_path)
    try:
        extra = conn.execute("SELECT extra FROM posts WHERE kim_id = 'kim-satu'").fetchall()
        assert len(extra) == 1 and len(json.loads(extra[0][0])["seen_as"]) == 2
    finally:
        conn.close()


def test_posts_of_a_page_linked_to_its_home_page_are_not_merged(loaded: Callable[..., Result], tmp_path: Path,
                                                                db_path: Path) -> None:
    """Only a URL that names one post joins posts: two imported posts linked to the page itself
    (as some bridge feeds link every item) stay two."""
    imported = tmp_path / "posts.jsonl"
    imported.write_text("".join(json.dumps({"id": f"p-{n}", "kim": "kim-satu", "platform": "facebook",
                                            "text": f"Kabar ke-{n} dari KIM Satu",
                                            "url": "https://m.facebook.com/kimsatu?mibextid=xyz"}) + "\n"
                                for n in (1, 2)), encoding="utf-8")
    loaded("import", "posts", str(imported))
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM posts WHERE kim_id = 'kim-satu'").fetchone()[0] == 2
    finally:
        conn.close()
