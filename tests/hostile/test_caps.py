"""Issue 13, item 10: caps on items per fetch, text per post and links per post, counted in health."""

from __future__ import annotations

import time
from pathlib import Path

from crawler import settings as defaults
from crawler import store
from tests.hostile.conftest import hostile_env, kimwatch, query
from tests.hostile.web import Answer, Site, rss


def test_caps_have_documented_defaults() -> None:
    assert (defaults.MAX_ITEMS_PER_FETCH, defaults.MAX_TEXT_CHARS, defaults.MAX_LINKS_PER_POST) == (1000, 200_000, 500)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for name in ("MAX_ITEMS_PER_FETCH", "MAX_TEXT_CHARS", "MAX_LINKS_PER_POST", "ALLOW_INTERNAL", "STOP_GRACE_SECONDS"):
        assert name in readme, name


def _feed_item(title: str, link: str, body: str) -> str:
    return (f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
            f"<description><![CDATA[{body}]]></description><pubDate>Wed, 25 Nov 2026 01:00:00 GMT</pubDate></item>")


def _channel_feed(items: str) -> Answer:
    return Answer(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>KIM</title>{items}'
                  "</channel></rss>", content_type="application/rss+xml")


def test_a_huge_feed_a_huge_text_and_a_post_of_links_are_cut_and_counted(tmp_path: Path) -> None:
    many = rss("KIM Banjir", [(f"Kabar {n}", f"http://127.0.0.1/kabar/{n}") for n in range(3000)])
    links = "".join(f'<a href="https://kim{n}.example.id/berita/{n}">tautan {n}</a> ' for n in range(20000))
    site = Site({
        "/many/feed/": Answer(many, content_type="application/rss+xml"),
        "/long/feed/": _channel_feed(_feed_item("Panjang", "http://127.0.0.1/long/1", "<p>" + "kata " * 300_000 + "</p>")),
        "/links/feed/": _channel_feed(_feed_item("Tautan", "http://127.0.0.1/links/1", links)),
    }).start()
    try:
        db = tmp_path / "k.db"
        conn = store.connect(db)
        store.save_kims(conn, [{"id": "kim-besar", "name": "KIM Besar", "region": "Kota Banjarmasin"}])
        store.save_channels(conn, [{"owner_kind": "kim", "owner_id": "kim-besar", "type": "feed", "url": site.url(p)}
                                   for p in site.routes])
        conn.conn.close()
        started = time.monotonic()
        run = kimwatch(db, "crawl", "--no-match", "-q", env=hostile_env())
        took = time.monotonic() - started
        assert run.returncode == 0, run.stderr
        assert took < 60
        posts = {r["title"]: r for r in query(db, "SELECT title, text, links, extra FROM posts")}
        assert len([t for t in posts if t.startswith("Kabar ")]) == 1000  # MAX_ITEMS_PER_FETCH, the first ones
        assert "Kabar 0" in posts and "Kabar 999" in posts and "Kabar 1000" not in posts
        assert len(posts["Panjang"]["text"]) == 200_000
        assert len(store_links(posts["Tautan"]["links"])) == 500
        health = {r["url"]: r["last_error"] or "" for r in query(db, "SELECT url, last_error FROM channels")}
        assert "2000 items over MAX_ITEMS_PER_FETCH" in health[site.url("/many/feed/")]
        assert "characters of text over MAX_TEXT_CHARS" in health[site.url("/long/feed/")]
        assert "19500 links over MAX_LINKS_PER_POST" in health[site.url("/links/feed/")]
        fetch_notes = [r["error"] for r in query(db, "SELECT error FROM channel_fetches WHERE ok = 1")]
        assert sum(1 for n in fetch_notes if n and "cut by the caps" in n) == 3
    finally:
        site.stop()


def test_caps_are_settings(tmp_path: Path) -> None:
    site = Site({"/feed/": Answer(rss("KIM", [(f"Kabar {n}", f"http://127.0.0.1/k/{n}") for n in range(30)],
                                      extra="x" * 500), content_type="application/rss+xml")}).start()
    try:
        db = tmp_path / "k.db"
        conn = store.connect(db)
        store.save_kims(conn, [{"id": "kim-kecil", "name": "KIM Kecil", "region": "Kota Banjarmasin"}])
        store.save_channels(conn, [{"owner_kind": "kim", "owner_id": "kim-kecil", "type": "feed", "url": site.url("/feed/")}])
        conn.conn.close()
        env = hostile_env(KIMWATCH_MAX_ITEMS_PER_FETCH="7", KIMWATCH_MAX_TEXT_CHARS="100")
        assert kimwatch(db, "crawl", "--no-match", "-q", env=env).returncode == 0
        texts = [r["text"] for r in query(db, "SELECT text FROM posts")]
        assert len(texts) == 7 and all(len(t) == 100 for t in texts)
    finally:
        site.stop()


def store_links(value: str | None) -> list[str]:
    import json

    return json.loads(value) if value else []
