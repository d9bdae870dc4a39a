"""More outside cases: feed quirks, robots.txt through the proxy, "load older" cycles; and the
parsing functions the outside scenario exposed, tested on their own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spiders.feed import entry_body, entry_guid, entry_published, parse_feed
from spiders.youtube import videos_feed_url
from tests.outside import sites
from tests.outside.proxy import OutsideProxy, Reply
from tests.outside.test_outside import health, kimwatch, posts, query, user_env


def _raw(route: Any) -> bytes:
    assert isinstance(route, Reply)
    return route.raw()


RSS = _raw(sites.routes()["akhbar-alqarya.example.net"]["/rss.xml"])


def rss_of(host: str) -> bytes:
    """The feed as a site of its own publishes it: its links on ``host`` (one KIM's channels
    carrying the very same posts would store them once)."""
    return RSS.replace(b"akhbar-alqarya.example.net", host.encode())


def cards_only_dates() -> dict[str, Any]:
    """A KIM.id-style site whose article pages show no date: only the listing cards do."""
    import re

    routes = sites.kimid_site("kimcards.example.id")
    for path, reply in list(routes.items()):
        if "/detail/" in path:
            routes[path] = Reply(re.sub(r'<p class="text-muted small">.*?</p>', "", _raw(reply).decode()))
            assert "WITA" not in _raw(routes[path]).decode() and "/11/2024" not in _raw(routes[path]).decode()
    return routes


def query_count(db: Path, sql: str) -> int:
    return int(next(iter(query(db, sql)[0].values())))


def test_feed_quirks_robots_and_telegram_cycles(tmp_path: Path) -> None:
    telegram = _raw(sites.telegram_site()["/s/kimtelaga"]).decode()
    cycle = telegram.replace("kimtelaga", "kimcycle").replace(
        "</section>", '<a class="tme_messages_more js-messages_more" data-before="201" '
                      'href="/s/kimcycle?before=201"></a></section>')
    routes: dict[str, Any] = {
        "bom.example.id": {"/feed/": Reply(b"\xef\xbb\xbf\n\n  " + rss_of("bom.example.id"),
                                           content_type="application/rss+xml")},
        "texthtml.example.id": {"/feed/": Reply(rss_of("texthtml.example.id"), content_type="text/html; charset=UTF-8")},
        "robots-no.example.id": {"/robots.txt": Reply("User-agent: *\nDisallow: /\n", content_type="text/plain"),
                                 "/feed/": Reply(RSS)},
        "robots-slow.example.id": {"/robots.txt": Reply(b"", drip=0.5, content_type="text/plain"),
                                   "/feed/": Reply(rss_of("robots-slow.example.id"), content_type="application/rss+xml")},
        "refresh.example.id": {
            "/feed/": Reply('<html><head><meta http-equiv="refresh" content="0; url=http://refresh.example.id/new.xml">'
                            "</head><body>moved</body></html>"),
            "/new.xml": Reply(rss_of("refresh.example.id"), content_type="application/rss+xml")},
        "spa.example.id": {"/": Reply('<!doctype html><html><head><title>KIM</title><script src="/app.js"></script>'
                                      '</head><body><div id="app"></div></body></html>')},
        "t.me": {"/s/kimcycle": Reply(cycle), "/s/kimcycle?before=201": Reply(cycle)},
        "kimcards.example.id": cards_only_dates(),
        "jsonsite.example.id": {
            "/": Reply('<html><head><title>KIM JSON</title><link rel="alternate" type="application/feed+json" '
                       'href="/feed.json"></head><body><p>Selamat datang</p></body></html>'),
            "/feed.json": Reply(_raw(sites.rssbridge_site()[sites.RSSBRIDGE_JSON]), content_type="application/feed+json")},
        "rss-bridge.org": {"/bridge01/?action=display&bridge=InstagramBridge&u=kimx&format=Atom": Reply(
            '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>RSS-Bridge</title>'
            "<id>x</id><updated>2024-11-04T00:00:00+00:00</updated><entry><title type=\"html\">Bridge returned error 0! "
            "(19345)</title><updated>2024-11-04T00:00:00+00:00</updated><id>https://github.com/RSS-Bridge/rss-bridge/"
            "issues?q=19345</id><link href=\"https://github.com/RSS-Bridge/rss-bridge/issues?q=19345\"/><content "
            'type="html">&lt;p&gt;Details: HttpException: 429 Too Many Requests&lt;/p&gt;</content></entry></feed>',
            content_type="application/atom+xml")},
    }
    channels = [("feed", "http://bom.example.id/feed/"), ("feed", "http://texthtml.example.id/feed/"),
                ("feed", "http://robots-no.example.id/feed/"), ("feed", "http://robots-slow.example.id/feed/"),
                ("feed", "http://refresh.example.id/feed/"), ("website", "http://spa.example.id/"),
                ("telegram", "https://t.me/kimcycle/204"),  # a message link: its channel is read
                ("feed", "http://rss-bridge.org/bridge01/?action=display&bridge=InstagramBridge&u=kimx&format=Atom"),
                ("website", "http://jsonsite.example.id/"),  # a site announcing a JSON Feed
                ("website", "http://kimcards.example.id/")]
    registry = tmp_path / "r.yaml"
    registry.write_text("kims:\n  - id: kim-x\n    name: KIM X\n    region: Kota Banjarmasin\n    channels:\n"
                        + "".join(f"      - type: {t}\n        url: {u}\n" for t, u in channels), encoding="utf-8")
    proxy = OutsideProxy(routes, connect="refuse").start()
    try:
        db = tmp_path / "k.db"
        env = user_env(throttle=False, http_proxy=proxy.url, KIMWATCH_RETRY_TIMES="0")
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        found = health(db)
        for url in ("http://bom.example.id/feed/", "http://texthtml.example.id/feed/",
                    "http://robots-slow.example.id/feed/", "http://refresh.example.id/feed/"):
            assert found[url] == ("200", 0, ""), (url, found[url])  # no misleading "feed problem" note
            assert len(posts(db, "kim-x", url)) == 2, url
        assert found["http://robots-no.example.id/feed/"] == ("robots", 1, "forbidden by robots.txt")
        assert found["http://spa.example.id/"][:2] == ("200", 0) and "give the listing path" in found["http://spa.example.id/"][2]
        assert [p["url"] for p in posts(db, "kim-x", "https://t.me/kimcycle/204")] == [
            f"https://t.me/kimcycle/{n}" for n in (201, 202, 204, 205, 206)]
        assert len([r for r in proxy.requests if r.host == "t.me" and r.path.startswith("/s/")]) == 2
        assert not [r for r in proxy.requests if r.host == "robots-no.example.id" and r.path == "/feed/"]
        assert [p["text"] for p in posts(db, "kim-x", "http://jsonsite.example.id/")] == [
            "Lomba mewarnai ttmarkerb", "Senam pagi bersama warga ttmarkera"]
        cards = posts(db, "kim-x", "http://kimcards.example.id/")
        assert [(p["title"], p["published_at"]) for p in cards] == [
            (title, utc) for _, title, _, utc, _ in sorted(sites.KIMID_POSTS, key=lambda p: p[3])]
        bridge = found["http://rss-bridge.org/bridge01/?action=display&bridge=InstagramBridge&u=kimx&format=Atom"]
        assert bridge[:2] == ("bridge-error", 1) and bridge[2].endswith("instead of posts: Bridge returned error 0! (19345)")
        assert query_count(db, "SELECT count(*) FROM posts WHERE url LIKE 'https://github.com/%'") == 0
    finally:
        proxy.stop()


def test_json_feed_items_in_feedparser_shape() -> None:
    parsed = parse_feed(_raw(sites.rssbridge_site()[sites.RSSBRIDGE_JSON]), {"content-type": "application/feed+json"})
    assert parsed.version == "json1" and not parsed.bozo
    first, second = parsed.entries
    assert entry_guid(first) == "https://www.tiktok.com/@kimtt/video/7430000000000000001"
    assert (entry_body(first)[0] or "").startswith("<p>Senam pagi") and entry_published(first) == "2024-11-04T07:00:00+08:00"
    assert entry_body(second) == (None, "Lomba mewarnai ttmarkerb") and second.get("updated") == "2024-11-03T08:00:00Z"
    paged = parse_feed(json.dumps({"version": "https://jsonfeed.org/version/1", "items": [],
                                   "next_url": "http://b.example/feed.json?page=2"}).encode())
    assert paged.entries == [] and paged.feed.links[0].href == "http://b.example/feed.json?page=2"
    assert parse_feed(b'{"hello": "not a feed"}').get("version") != "json1"


def test_feed_charset_from_the_declaration_when_the_header_has_none() -> None:
    body = '<?xml version="1.0" encoding="GB2312"?><rss version="2.0"><channel><title>t</title><item><title>社区新闻</title>' \
           "<guid>g</guid></item></channel></rss>"
    parsed = parse_feed(body.encode("gb2312"), {"content-type": "text/xml"})
    assert (parsed.entries[0].title, bool(parsed.bozo)) == ("社区新闻", False)


def test_youtube_feeds_are_read_on_www() -> None:
    assert videos_feed_url("https://m.youtube.com/channel/UCkimHandle0000000000001") == \
        "https://www.youtube.com/feeds/videos.xml?channel_id=UCkimHandle0000000000001"
    assert videos_feed_url("https://youtube.com/user/kimbatola") == "https://www.youtube.com/feeds/videos.xml?user=kimbatola"


def test_impossible_post_dates_are_not_believed() -> None:
    from crawler.items import ContentItem
    from pipelines.clean import clean_item

    future = clean_item(ContentItem(title="t", text="x", published="2099-11-04T10:15:00+08:00"))
    # both ways left undated by the clean step; the dedupe step dates them when first seen
    # (tests/crawl/test_outside_o.py)
    assert (future["published_at"], future["extra"]) == (None, {"published_claimed": "2099-11-04T02:15:00Z"})
    epoch = clean_item(ContentItem(title="t", text="x", published="Thu, 01 Jan 1970 00:00:00 +0000"))
    assert (epoch["published_at"], epoch["extra"]) == (None, {"published_claimed": "1970-01-01T00:00:00Z"})
    normal = clean_item(ContentItem(title="t", text="x", published="2024-11-04T10:15:00+08:00", extra={"media": ["photo"]}))
    assert (normal["published_at"], normal["extra"]) == ("2024-11-04T02:15:00Z", {"media": ["photo"]})


def test_a_proxy_that_is_down_or_wants_credentials_is_named_in_channel_health(tmp_path: Path) -> None:
    from tests.outside.proxy import free_port

    registry = tmp_path / "r.yaml"
    registry.write_text("kims:\n  - id: kim-x\n    name: KIM X\n    region: Kota Banjarmasin\n    channels:\n"
                        "      - type: feed\n        url: http://a.example.id/feed/\n"
                        "      - type: feed\n        url: http://b.example.id/feed/\n"
                        "      - type: telegram\n        url: https://t.me/s/abc\n", encoding="utf-8")
    down = f"http://127.0.0.1:{free_port()}"
    db = tmp_path / "k.db"
    env = user_env(throttle=False, http_proxy=down)
    assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
    run = kimwatch(db, "crawl", "--no-match", env=env)
    assert run.returncode == 0 and "no channel could be reached (network or proxy down?)" in run.stdout + run.stderr
    for url in ("http://a.example.id/feed/", "http://b.example.id/feed/", "https://t.me/s/abc"):
        status, failures, error = health(db)[url]
        # every host unreachable: the outage is recorded, but costs no channel its back-off count
        assert (status, failures) == ("connection", 0) and error.endswith(
            f"(through the proxy {down}; check that it is up, or the proxy variables)"), error
    auth = OutsideProxy({"a.example.id": {"/feed/": Reply("auth", status=407, headers={
        "Proxy-Authenticate": 'Basic realm="kantor"'}), "/robots.txt": Reply("", status=407)}}).start()
    try:
        env = user_env(throttle=False, http_proxy=auth.url)
        assert kimwatch(db, "crawl", "--no-match", "--type", "feed", env=env).returncode == 0
        status, failures, error = health(db)["http://a.example.id/feed/"]
        assert (status, failures) == ("407", 1) and "wants credentials" in error
        assert query_count(db, "SELECT count(*) FROM channel_fetches WHERE ok = 0") == 5
    finally:
        auth.stop()


def test_https_through_a_proxy_whose_tunnels_break(tmp_path: Path) -> None:
    """The proxy answers CONNECT with 200 and hangs up (it cannot reach the site that way), but
    fetches ``GET https://...`` itself: the crawl falls back to that and keeps to it."""
    proxy = OutsideProxy({"t.me": sites.telegram_site()}, connect="close").start()
    try:
        registry = tmp_path / "r.yaml"
        registry.write_text("kims:\n  - id: kim-x\n    name: KIM X\n    region: Kota Banjarmasin\n    channels:\n"
                            "      - type: telegram\n        url: https://t.me/s/kimtelaga\n", encoding="utf-8")
        db = tmp_path / "k.db"
        env = user_env(throttle=False, http_proxy=proxy.url)
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "1 ok, 0 failed, 5 new" in run.stdout, run.stdout + run.stderr
        assert [(r.method, r.path) for r in proxy.requests if r.method == "CONNECT" or r.scheme == "https"] == [
            ("CONNECT", "t.me:443"), ("GET", "/robots.txt"), ("GET", "/s/kimtelaga")]
    finally:
        proxy.stop()
