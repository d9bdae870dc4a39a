"""safety10's leftover: posts of one canonical social-media URL stored two or three times before
the one-post-per-URL rule (bridge feed + ``import posts`` + self-report, each its own row) stayed
duplicated. The schema upgrade merges them into the post stored first: every other row recorded
in its ``extra.seen_as``, amplifications and self-reports moved to it, nothing lost; idempotent."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from crawler import store
from crawler.urls import canonical_url
from tests.farm.sites.platforms import CAPTION

POST = "https://www.facebook.com/kimsatu/posts/pfbid0Satu1001"
# as the three origins wrote it (the canonical form of an m./mbasic. URL was not facebook.com's then)
TWINS = [
    ("p-crawled", "crawl", POST, canonical_url(POST), None),
    ("p-imported", "import", "https://m.facebook.com/kimsatu/posts/pfbid0Satu1001?mibextid=xyz&__tn__=R",
     "https://m.facebook.com/kimsatu/posts/pfbid0Satu1001", "Vaksinasi gratis Alalak Selatan"),
    ("p-reported", "self-report", "http://mbasic.facebook.com/kimsatu/posts/pfbid0Satu1001?__cft__[0]=AZ",
     "https://mbasic.facebook.com/kimsatu/posts/pfbid0Satu1001", None),
]


def _old_store(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The three rows as kimwatch stored them before the rule (its save path without the merge),
    and two posts that are not twins: another post of the page, and one linked to the page itself."""
    db = store.connect(db_path)
    channel = db.execute("SELECT id FROM channels WHERE owner_id = 'kim-satu' AND type = 'facebook'").fetchone()[0]
    with monkeypatch.context() as old:
        old.setattr(store, "_merge_same_posts", lambda db, rows: rows)
        rows = [{"id": post_id, "kim_id": "kim-satu", "channel_id": channel if origin == "crawl" else None,
                 "platform": "facebook", "url": url, "canonical_url": canonical, "title": title, "text": CAPTION,
                 "published_at": "2024-10-17T08:00:00+08:00", "links": [], "origin": origin}
                for post_id, origin, url, canonical, title in TWINS]
        rows += [{"id": f"p-{n}", "kim_id": "kim-satu", "platform": "facebook", "url": url, "canonical_url": url,
                  "text": f"Kabar ke-{n} dari KIM Satu", "published_at": "2024-10-18T08:00:00+08:00", "origin": "import"}
                 for n, url in ((4, "https://www.facebook.com/kimsatu/posts/pfbid0Lain4"),
                                (5, "https://www.facebook.com/kimsatu"), (6, "https://www.facebook.com/kimsatu"))]
        for row in rows:  # one at a time, as three origins at three times
            store.save_posts(db, [row])
    db.execute("INSERT INTO reports (kim_id, url, canonical_url, via, status, post_id, created_at) "
               "VALUES ('kim-satu', ?, ?, 'import', 'verified', 'p-reported', '2024-10-18T00:00:00Z')",
               [TWINS[2][2], TWINS[2][3]])
    db.conn.commit()
    db.close()


def _rows(db_path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_path)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("posts", "amplifications", "reports")}
    finally:
        conn.close()


def test_twins_stored_before_the_rule_are_merged_by_the_upgrade(loaded: Callable[..., Result], db_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _old_store(db_path, monkeypatch)
    loaded("match")
    conn = sqlite3.connect(db_path)
    amplified = conn.execute("SELECT post_id FROM amplifications WHERE kim_id = 'kim-satu' ORDER BY 1").fetchall()
    assert amplified == [("p-crawled",), ("p-imported",), ("p-reported",)]  # one post counted three times
    # a person confirmed the imported copy's amplification; the others are automatic
    conn.execute("UPDATE amplifications SET status = 'confirmed', decided_by = 'staf' WHERE post_id = 'p-imported'")
    conn.execute("PRAGMA user_version = 7")  # a store of the schema before this upgrade
    conn.commit()
    conn.close()

    loaded("init")  # any command upgrades the schema

    conn = sqlite3.connect(db_path)
    try:
        posts = conn.execute("SELECT id, origin, title, canonical_url, extra FROM posts WHERE kim_id = 'kim-satu' "
                             "ORDER BY id").fetchall()
        assert [p[0] for p in posts] == ["p-4", "p-5", "p-6", "p-crawled"]  # the page-linked two stay two
        _, origin, title, canonical, extra = posts[-1]
        assert origin == "crawl" and canonical == canonical_url(POST)
        assert title == "Vaksinasi gratis Alalak Selatan"  # the empty title filled from the import
        seen_as = json.loads(extra)["seen_as"]
        assert [(s["origin"], s["id"], s["url"]) for s in seen_as] == [(o, i, u) for i, o, u, _, _ in TWINS[1:]]
        # the automatic amplification the reviewed one replaced is kept in the record
        [amplification] = conn.execute("SELECT post_id, status, decided_by FROM amplifications "
                                       "WHERE kim_id = 'kim-satu'").fetchall()
        assert amplification == ("p-crawled", "confirmed", "staf")
        assert "amplifications" not in seen_as[0]  # the post's own replaced one is on the post (fixes14)
        assert [(a["status"], a["replaced_by"]) for a in json.loads(extra)["amplifications_replaced"]] == \
            [("auto", "p-imported")]
        assert [a["status"] for a in seen_as[1]["amplifications"]] == ["auto"]
        assert conn.execute("SELECT post_id FROM reports").fetchall() == [("p-crawled",)]
        rowid = conn.execute("SELECT rowid FROM posts WHERE id = 'p-crawled'").fetchone()[0]
        found = conn.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'Alalak'").fetchall()
        assert found == [(rowid,)]
    finally:
        conn.close()
    report = json.loads(loaded("report", "--days", "3", "--until", "2024-10-18", "--format", "json").output)
    [satu] = [k for k in report["kims"] if k["id"] == "kim-satu"]
    assert satu["amplifications"] == 1 and satu["posts"] == 4

    before = _rows(db_path)
    db = store.connect(db_path)
    with store.transaction(db):
        assert store.merge_same_posts(db) == 0  # idempotent: nothing left to merge
    db.close()
    assert _rows(db_path) == before
