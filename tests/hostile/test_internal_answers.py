"""Nothing read from an internal address is published (an outside tester, round 9).

Channel health said ``[internal address] answered an HTML page titled 'INTERNAL ADMIN SECRET
canary'`` in the public dump, and a public feed whose item ``<link>`` was an internal address
left ``posts.url = http://127.0.0.1:18099/…`` there, as did an intranet channel's own URL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile.conftest import hostile_env, kimwatch, query, registry
from tests.hostile.web import Answer, OutsideWeb, Site, rss

SECRET = "INTERNAL ADMIN SECRET canary"


@pytest.fixture
def admin() -> Iterator[Site]:
    """An internal admin service, registered by mistake as a channel (its own host and port: fetched)."""
    site = Site({"/broken.xml": Answer(f"{SECRET}: <<<&&& not xml",
                                       content_type="application/rss+xml")},
                default=Answer(f"<html><head><title>{SECRET}</title></head><body>rahasia</body></html>")).start()
    yield site
    site.stop()


def test_an_internal_answer_is_not_quoted_in_channel_health_and_internal_urls_leave_the_dump(
        tmp_path: Path, admin: Site) -> None:
    public_feed = "http://kim-summ.example.id/feeds/posts/default"
    web = OutsideWeb({"kim-summ.example.id": {"/feeds/posts/default": Answer(
        rss("KIM Summ", [("Ringkasan rapat", admin.url("/admin/rapat?sesi=RAHASIA1"))]),
        content_type="application/rss+xml")}}).start()
    try:
        db = tmp_path / "k.db"
        env = hostile_env(http_proxy=web.url, no_proxy="127.0.0.1,localhost")
        reg = registry(tmp_path / "r.yaml", [("feed", admin.url("/intra.xml")), ("feed", admin.url("/broken.xml")),
                                             ("feed", public_feed)])
        assert kimwatch(db, "registry", "load", str(reg), env=env).returncode == 0
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0, run.stderr
        health = {r["url"]: r for r in query(db, "SELECT url, last_status, last_error FROM channels")}
        html, broken = health[admin.url("/intra.xml")], health[admin.url("/broken.xml")]
        assert html["last_status"] == "not-a-feed" and "answered an HTML page" in html["last_error"], html
        assert broken["last_status"] == "malformed" and "is not a readable feed" in broken["last_error"], broken
        for row in (html, broken):
            assert "what an internal address answered is not repeated here" in row["last_error"], row
        errors = " ".join(str(r["error"]) for r in query(db, "SELECT error FROM channel_fetches"))
        every = errors + " ".join(str(r["last_error"]) for r in health.values())
        assert SECRET not in every and "titled" not in every and "mismatched" not in every, every
        # the public feed's item links into the server's network: kept in the store, masked in the dump
        assert [r["url"] for r in query(db, "SELECT url FROM posts")] == [admin.url("/admin/rapat?sesi=RAHASIA1")]
        dumped = kimwatch(db, "dump", str(tmp_path / "dump"), env=env)
        assert dumped.returncode == 0, dumped.stderr
        conn = sqlite3.connect(tmp_path / "dump" / "kimwatch.db")
        try:
            [(post_url,)] = conn.execute("SELECT url FROM posts").fetchall()
            assert post_url.startswith("[internal address] "), post_url
            rows = conn.execute("SELECT id, url FROM channels").fetchall()
            assert sorted(url for _, url in rows if url != public_feed) == sorted(
                f"[internal address] {id_[-8:]}" for id_, url in rows if url != public_feed), rows
        finally:
            conn.close()
        raw = (tmp_path / "dump" / "kimwatch.db").read_bytes()
        assert b"RAHASIA1" not in raw and SECRET.encode() not in raw and b"127.0.0.1" not in raw
    finally:
        web.stop()


def test_internal_urls_are_masked_and_never_skip_the_url_cleaner() -> None:
    """The dump lets plain URLs skip Python (store.PLAIN_URL_SQL): never one on an internal host."""
    from crawler.reporting import dump, publish

    internal = ["http://10.0.0.5/feed", "http://127.1/x", "http://localhost/x", "http://intranet.local/x",
                "http://kim.internal/feed", "https://2130706433/x", "http://db.lan/x", "http://nas.home/x",
                "http://app.corp/x", "http://kim.localhost/x", "http://[::1]/x", "http://192.168.1.1/berita/1"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE u (url TEXT)")
    conn.executemany("INSERT INTO u VALUES (?)", [(u,) for u in [*internal, "https://kim.example.id/x"]])
    plain = [row[0] for row in conn.execute(f"SELECT url FROM u WHERE {dump.PLAIN_URL_SQL.format(c='url')}")]
    assert plain == ["https://kim.example.id/x"]
    masked = [publish.clean_url(url) for url in internal]
    assert all(m.startswith("[internal address] ") for m in masked) and len(set(masked)) == len(internal), masked


ARTICLE = ("<html><head><title>Pasar murah</title><meta property=\"article:published_time\" "
           "content=\"2026-12-04T09:00:00+08:00\"></head><body><article><h1>Pasar murah beras SPHP</h1><p>Pemprov "
           "Kalsel menggelar pasar murah beras SPHP di Lapangan Murjani Banjarmasin pada 10 Desember 2026 dengan "
           "harga Rp 10.500 per kilogram. Warga diminta membawa kartu keluarga dan kantong belanja sendiri. Pasar "
           "murah digelar serentak di tiga belas kabupaten dan kota.</p>{refresh}</article></body></html>")


def test_an_article_refreshing_to_an_internal_address_is_kept_and_the_refresh_named(tmp_path: Path,
                                                                                      admin: Site) -> None:
    """oj/reg-web2.yaml: an article with a meta refresh to the canary gave `ok 200, found 0`, no note."""
    refresh = f'<meta http-equiv="refresh" content="0; url={admin.url("/meta-refresh?token=R1")}">'
    home = ('<html><head><title>KIM Web</title></head><body><main><article><h2><a href="/berita/2026/12/04/'
            'pasar-murah">Pasar murah</a></h2><p>ringkas...</p></article></main></body></html>')
    web = OutsideWeb({"kimweb2.example.id": {"/": Answer(home), "/berita/2026/12/04/pasar-murah": Answer(
        ARTICLE.format(refresh=refresh))}}).start()
    try:
        db = tmp_path / "k.db"
        env = hostile_env(http_proxy=web.url, no_proxy="127.0.0.1,localhost")
        reg = registry(tmp_path / "r.yaml", [("website", "http://kimweb2.example.id/")])
        assert kimwatch(db, "registry", "load", str(reg), env=env).returncode == 0
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0, run.stderr
        assert admin.requests == [] and web.forwarded == [], (admin.requests, web.forwarded)
        [post] = query(db, "SELECT title, text FROM posts")
        assert "Lapangan Murjani" in post["text"], post
        [channel] = query(db, "SELECT last_status, last_error FROM channels")
        assert channel["last_status"] == "200", channel
        note = channel["last_error"] or ""
        assert "1 page(s) refresh to an internal address, not followed (e.g. http://kimweb2.example.id/berita/" \
               "2026/12/04/pasar-murah); the page itself was read" in note, note
        assert "token" not in note
    finally:
        web.stop()
