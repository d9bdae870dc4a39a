"""A public site or a shortened link redirecting to the crawling server's own network is refused.

The "internal service" is the loopback farm on 127.0.0.1, reached directly (``no_proxy``), as a
service on the server or its LAN would be; the public web is the outside proxy.
"""

from __future__ import annotations

from pathlib import Path

from tests.farm import Farm
from tests.outside.proxy import OutsideProxy, Reply
from tests.outside.test_outside import health, kimwatch, posts, query, user_env

FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>KIM Publik</title>
<item><title>Info vaksinasi</title><link>http://kimpublik.example.id/2026/11/info</link>
<description>Jadwal vaksinasi, lihat https://s.id/vaks1 untuk rinciannya.</description>
<pubDate>Wed, 25 Nov 2026 01:00:00 GMT</pubDate></item></channel></rss>"""


def test_redirects_to_internal_addresses_are_refused(tmp_path: Path, farm: Farm) -> None:
    internal = farm.url("/diskominfo/feed/")  # a feed the internal service would hand out
    routes = {
        "kimjahat.example.id": {"/feed/": Reply(status=302, headers={"Location": farm.url("/internal-only/feed")})},
        "kimpublik.example.id": {"/feed/": Reply(FEED, content_type="application/rss+xml")},
        "s.id": {"/vaks1": Reply(status=301, headers={"Location": farm.url("/admin/secret")})},
    }
    registry = tmp_path / "r.yaml"
    registry.write_text(
        "kims:\n  - id: kim-x\n    name: KIM X\n    region: Kota Banjarmasin\n    channels:\n"
        "      - type: feed\n        url: http://kimjahat.example.id/feed/\n"
        "      - type: feed\n        url: http://kimpublik.example.id/feed/\n"
        f"  - id: kim-intranet\n    name: KIM Intranet\n    region: Kota Banjarmasin\n    channels:\n"
        f"      - type: feed\n        url: {internal}\n", encoding="utf-8")
    proxy = OutsideProxy(routes, connect="refuse").start()
    try:
        db = tmp_path / "k.db"
        env = user_env(throttle=False, http_proxy=proxy.url, no_proxy="127.0.0.1,localhost", KIMWATCH_RETRY_TIMES="0")
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        farm.reset_log()
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        found = health(db)
        status, failures, error = found["http://kimjahat.example.id/feed/"]
        assert (status, failures) == ("refused", 1) and "an internal address" in error
        assert not posts(db, "kim-x", "http://kimjahat.example.id/feed/")
        # the short link in a public post is not followed into the internal network either
        assert [p["title"] for p in posts(db, "kim-x", "http://kimpublik.example.id/feed/")] == ["Info vaksinasi"]
        assert query(db, "SELECT resolved_url FROM resolved_urls") == [{"resolved_url": None}]
        # a channel registered on an internal address on purpose (an intranet site) is crawled
        assert found[internal][0] == "200" and posts(db, "kim-intranet")
        assert not [r for r in farm.requests if r.path.startswith(("/internal-only/", "/admin/"))]
    finally:
        proxy.stop()
