"""Outside tester U's F4: a redirect (or meta refresh) whose target carries a user part
(``http://127.0.0.1:18099@kim.example/``, ``http://admin:rahasia@kim.example/``).

RFC 9110 deprecates userinfo in http(s) URIs and says it must not be sent. The hop goes to the
host the URL names, without the user part: never in the request line sent to the proxy (where a
naive proxy or log parser reads ``127.0.0.1:18099`` as the host, and a real password lands in
its logs), never in the channel's note or fetch rows.
"""

from __future__ import annotations

from pathlib import Path

from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, OutsideWeb, rss


def test_the_user_part_of_a_redirect_target_is_dropped_never_sent(tmp_path: Path) -> None:
    feed = Answer(rss("KIM Pindah", [("Kerja bakti warga RT 03", "http://kimbaru.example.id/berita/1"),
                                     ("Posyandu balita bulan Desember", "http://kimbaru.example.id/berita/2")]),
                  content_type="application/rss+xml")
    refresh = Answer('<html><head><meta http-equiv="refresh" content="0; '
                     'url=http://admin:rahasia@kimbaru.example.id/feed2/"></head><body>pindah</body></html>')
    routes = {
        "kimlama.example.id": {"/feed/": Answer(status=302, headers={
            "Location": "http://127.0.0.1:18099@kimbaru.example.id/feed/"})},
        "kimlama2.example.id": {"/feed/": Answer(status=301, headers={
            "Location": "http://admin:rahasia@kimbaru.example.id/feed/"})},
        "kimlama3.example.id": {"/feed/": refresh},
        "kimbaru.example.id": {"/feed/": feed, "/feed2/": feed, "/robots.txt": Answer("User-agent: *\nDisallow:\n",
                                                                                       content_type="text/plain")},
    }
    web = OutsideWeb(routes).start()
    try:
        env = hostile_env(http_proxy=web.url, no_proxy="localhost")
        db = registered(tmp_path, [("feed", "http://kimlama.example.id/feed/"),
                                   ("feed", "http://kimlama2.example.id/feed/"),
                                   ("feed", "http://kimlama3.example.id/feed/")], env)
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        # the hops went to kimbaru.example.id, with no user part in any request line
        assert [u for u in web.seen if "kimbaru.example.id/feed" in u], web.seen
        assert not [u for u in web.seen if "@" in u], web.seen
        assert web.forwarded == [], web.forwarded
        health = query(db, "SELECT url, last_status, last_error FROM channels ORDER BY url")
        assert [r["last_status"] for r in health] == ["200", "200", "200"], health
        everything = " ".join(str(v) for table in ("channels", "channel_fetches", "posts")
                              for row in query(db, f"SELECT * FROM {table}") for v in row.values())
        assert "rahasia" not in everything and "18099@" not in everything
        assert query(db, "SELECT count(DISTINCT url) AS n FROM posts") == [{"n": 2}]
    finally:
        web.stop()


def test_the_preview_fetcher_drops_the_user_part_of_a_redirect_target(monkeypatch) -> None:  # noqa: ANN001
    """The fetcher of self-reports, shortened links and re-checks follows redirects itself: the
    same rule, the user part never sent on."""
    from crawler.selfreport.fetch import PreviewFetcher
    from crawler.settings import load_settings

    page = Answer("<html><head><title>Kerja bakti</title></head><body><p>Kerja bakti warga.</p></body></html>")
    web = OutsideWeb({
        "kimlama.example.id": {"/p/1": Answer(status=302, headers={
            "Location": "http://admin:rahasia@kimbaru.example.id/p/1"})},
        "kimbaru.example.id": {"/p/1": page, "/robots.txt": Answer("User-agent: *\nDisallow:\n",
                                                                   content_type="text/plain")},
    }).start()
    try:
        for name in ("https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY", "HTTP_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", web.url)
        fetcher = PreviewFetcher(load_settings({"AUTOTHROTTLE_START_DELAY": 0, "DOWNLOAD_DELAY": 0,
                                                "DOWNLOAD_TIMEOUT": 5}))
        got = fetcher.fetch("http://kimlama.example.id/p/1")
        assert got.status == 200 and got.url == "http://kimbaru.example.id/p/1", (got.status, got.url)
        assert [u for u in web.seen if "kimbaru.example.id/p/1" in u], web.seen
        assert not [u for u in web.seen if "@" in u], web.seen
    finally:
        web.stop()
