"""The link as the KIM wrote it is kept beside its canonical form (outside tester S, finding 3).

``posts.links`` holds canonical forms (what matching compares, design.md); the store dropped how
a post wrote them, and the dump published rewritten URLs (https for an http-only village site,
no AMP path). ``posts.extra.links_as_posted`` now keeps them, in the order of ``links``,
credentials removed, when any differs; the dump publishes it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from crawler import urls
from pipelines.clean import clean_item
from tests.crawl.conftest import crawl_env, good_channels, make_store, run_kimwatch
from tests.farm import SHORTENER_HOST, Farm


def _extra(row: Any) -> dict[str, Any]:
    return json.loads(row) if row else {}


def test_credentials_are_removed_and_nothing_else() -> None:
    assert urls.without_credentials("http://budi:rahasia@kim.wordpress.com/wp-admin/?a=1") == \
        "http://kim.wordpress.com/wp-admin/?a=1"
    assert urls.without_credentials("https://kim.id/a@b") == "https://kim.id/a@b"  # an @ in the path is no login
    assert urls.without_credentials("http://x.id:8080/p?utm_source=wa#top") == "http://x.id:8080/p?utm_source=wa#top"


def test_clean_keeps_the_links_as_written_in_the_order_of_the_canonical_ones() -> None:
    item: Any = {"url": "https://kim.blogspot.com/2026/12/post.html", "title": "Jembatan",
                 "text": "Bupati meresmikan jembatan gantung.", "published": "2026-12-05T10:00:00+08:00"}
    written = ["http://diskominfo.hst.test/?utm_source=wa", "https://s.id/jembatan",
               "http://budi:rahasia@kimbakarangan.wordpress.com/wp-admin/", "https://www.diskominfo.hst.test/"]
    resolved = [written[0], "https://www.diskominfo.hst.test/2026/12/02/jembatan/amp/", written[2], written[3]]
    cleaned = clean_item(item, resolved, written=written)
    assert cleaned["links"] == ["https://diskominfo.hst.test", "https://diskominfo.hst.test/2026/12/02/jembatan",
                                "https://kimbakarangan.wordpress.com/wp-admin"]
    # the shortened link as posted (where it leads is what `links` compares), the first way of
    # writing a link that two spellings share, no password
    assert cleaned["extra"]["links_as_posted"] == ["http://diskominfo.hst.test/?utm_source=wa", "https://s.id/jembatan",
                                                   "http://kimbakarangan.wordpress.com/wp-admin/"]


def test_a_post_whose_links_are_all_canonical_keeps_no_copy() -> None:
    item: Any = {"url": "https://kim.blogspot.com/p.html", "title": "t", "text": "x"}
    cleaned = clean_item(item, ["https://diskominfo.hst.test/berita/satu"])
    assert cleaned["links"] == ["https://diskominfo.hst.test/berita/satu"]
    assert "links_as_posted" not in (cleaned.get("extra") or {})


def test_a_crawl_keeps_the_links_as_posted(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "kimwatch.db", good_channels(farm))
    done = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm), timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    conn = sqlite3.connect(db)
    try:
        rows = [(json.loads(links), _extra(extra)) for links, extra in conn.execute("SELECT links, extra FROM posts")]
    finally:
        conn.close()
    posted = {link for _, extra in rows for link in extra.get("links_as_posted", [])}
    short = farm.url("/bsw24", host=SHORTENER_HOST)
    assert short in posted  # the shortened link as the post wrote it; `links` has where it leads
    assert any("utm_source=facebook" in link for link in posted)
    for links, extra in rows:
        if "links_as_posted" in extra:
            assert len(extra["links_as_posted"]) == len(links)
            assert all(link.startswith("https://") and "utm_" not in link for link in links)  # still canonical


def test_an_import_keeps_them_and_the_dump_publishes_them(tmp_path: Path, farm: Farm) -> None:
    registry = tmp_path / "r.yaml"
    registry.write_text("kims:\n  - id: kim-bakarangan\n    name: KIM Bakarangan\n    region: Kabupaten Hulu Sungai Tengah\n",
                        encoding="utf-8")
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({
        "kim": "kim-bakarangan", "platform": "facebook", "url": "https://www.facebook.com/kimbakarangan/posts/8",
        "title": "Jembatan gantung", "text": "Bupati meresmikan jembatan gantung Birayang.",
        "published_at": "2026-12-05T10:00:00",
        "links": ["http://diskominfo.hst.test/", "http://budi:rahasia@kimbakarangan.wordpress.com/wp-admin/",
                  "https://www.diskominfo.hst.test/2026/12/02/bupati-resmikan-jembatan-gantung-birayang/amp/"],
    }) + "\n", encoding="utf-8")
    db = tmp_path / "kimwatch.db"
    env = crawl_env(farm)
    for args in (("registry", "load", str(registry)), ("import", "posts", str(posts)), ("dump", str(tmp_path / "dump"))):
        done = run_kimwatch(db, *args, env=env)
        assert done.returncode == 0, done.stdout + done.stderr
    as_posted = ["http://diskominfo.hst.test/", "http://kimbakarangan.wordpress.com/wp-admin/",
                 "https://www.diskominfo.hst.test/2026/12/02/bupati-resmikan-jembatan-gantung-birayang/amp/"]
    for path in (db, tmp_path / "dump" / "kimwatch.db"):
        conn = sqlite3.connect(path)
        try:
            ((links, extra),) = conn.execute("SELECT links, extra FROM posts").fetchall()
        finally:
            conn.close()
        assert json.loads(links) == ["https://diskominfo.hst.test", "https://kimbakarangan.wordpress.com/wp-admin",
                                     "https://diskominfo.hst.test/2026/12/02/bupati-resmikan-jembatan-gantung-birayang"]
        assert _extra(extra)["links_as_posted"] == as_posted, path
        assert "rahasia" not in extra
