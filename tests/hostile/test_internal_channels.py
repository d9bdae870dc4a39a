"""A channel registered on an internal address on purpose reaches its own host and port, nothing more.

An outside tester's findings (round 9): a shortened link in an intranet channel's post whose
public shortener redirected into loopback was followed (another port, and the channel's own
one), through the proxy although ``no_proxy`` listed 127.0.0.1; the channel's own redirect to
another loopback port was followed too. Everything here is on 127.0.0.0/8: the "public web" is
:class:`tests.hostile.web.OutsideWeb` (a proxy), the canary an internal service on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spiders.safety import AllowList, judge_host, refusal
from tests.hostile.conftest import hostile_env, kimwatch, query, registry
from tests.hostile.web import Answer, OutsideWeb, Site, rss


@pytest.fixture
def canary() -> Iterator[Site]:
    """An internal admin service: any request it gets is a failure of the guard."""
    site = Site({}, default=Answer("<html><head><title>INTERNAL ADMIN SECRET canary</title></head>"
                                   "<body>rahasia</body></html>")).start()
    yield site
    site.stop()


@pytest.fixture
def intranet() -> Iterator[Site]:
    """An intranet KIM site on 127.0.0.1, registered on purpose (routes filled in by each test)."""
    site = Site({}).start()
    yield site
    site.stop()


def _redirect(target: str) -> Answer:
    return Answer(status=302, headers={"Location": target})


def test_a_channel_on_an_internal_address_reaches_its_own_host_and_port_only() -> None:
    def verdict(host: str, port: int = 8080):  # noqa: ANN202
        return judge_host(host, port, None)

    none = AllowList()
    own = [verdict("127.0.0.1")]
    assert refusal("http://127.0.0.1:8080/feed?page=2", verdict("127.0.0.1"), none, own) is None
    assert refusal("http://127.1:8080/feed", verdict("127.1"), none, own) is None  # another spelling of it
    for url, host, port in [("http://127.0.0.1:8099/admin", "127.0.0.1", 8099), ("http://127.0.0.1:22/", "127.0.0.1", 22),
                            ("http://127.0.0.3:8080/", "127.0.0.3", 8080), ("http://[::1]:8080/", "::1", 8080)]:
        message = refusal(url, verdict(host, port), none, own) or ""
        assert "other than the host and port the channel is registered on" in message, (url, message)
    intranet = [verdict("10.1.2.3", 80)]
    assert refusal("http://10.1.2.9/", verdict("10.1.2.9", 80), none, intranet)  # no longer "private from private"
    assert refusal("http://10.1.2.9/", verdict("10.1.2.9", 80), AllowList(["10.1.2.0/24"]), intranet) is None


def test_a_public_shortener_in_an_intranet_post_never_leads_into_loopback(tmp_path: Path, intranet: Site,
                                                                           canary: Site) -> None:
    own = intranet.url("/own/page?token=OWN")
    intranet.routes["/feed/"] = Answer(
        rss("KIM Intranet", [("Info posyandu", intranet.url("/2026/11/posyandu"))],
            extra="rincian http://s.id/posy1 dan http://bit.ly/posy2 serta http://bit.ly/posy3"),
        content_type="application/rss+xml")
    routes = {"s.id": {"/posy1": _redirect(canary.url("/from-shortener?token=SHORT"))},
              "bit.ly": {"/posy2": _redirect("http://127.0.0.1:22/"), "/posy3": _redirect(own)}}
    web = OutsideWeb(routes).start()
    try:
        db = tmp_path / "k.db"
        env = hostile_env(http_proxy=web.url, no_proxy="127.0.0.1,localhost")
        reg = registry(tmp_path / "r.yaml", [("feed", intranet.url("/feed/"))])
        loaded = kimwatch(db, "registry", "load", str(reg), env=env)
        assert loaded.returncode == 0, loaded.stderr
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        # the channel itself is crawled; not one hop of a shortener reaches loopback, directly or by the proxy
        assert query(db, "SELECT last_status FROM channels") == [{"last_status": "200"}]
        assert canary.requests == [] and web.forwarded == [], (canary.requests, web.forwarded)
        assert [p for p in intranet.requests if "/own/" in p] == []
        assert sorted(u for u in web.seen if "robots.txt" not in u) == [
            "http://bit.ly/posy2", "http://bit.ly/posy3", "http://s.id/posy1"]
        assert {r["resolved_url"] for r in query(db, "SELECT resolved_url FROM resolved_urls")} == {None}
        assert "reached from a public channel or link" in run.stderr
    finally:
        web.stop()


def test_a_loopback_channel_redirecting_to_another_loopback_port_is_refused(tmp_path: Path, intranet: Site,
                                                                            canary: Site) -> None:
    intranet.routes["/feed/"] = _redirect(canary.url("/redirect-from-registered-loopback-channel?key=K"))
    intranet.routes["/own/feed/"] = _redirect(intranet.url("/own/next/"))
    intranet.routes["/own/next/"] = Answer(rss("Intranet", [("Info intranet", intranet.url("/1"))]),
                                           content_type="application/rss+xml")
    db = tmp_path / "k.db"
    env = hostile_env()
    reg = registry(tmp_path / "r.yaml", [("feed", intranet.url("/feed/")), ("feed", intranet.url("/own/feed/"))])
    assert kimwatch(db, "registry", "load", str(reg), env=env).returncode == 0
    run = kimwatch(db, "crawl", "--no-match", env=env)
    assert run.returncode == 0, run.stderr
    assert canary.requests == [], canary.requests
    health = {r["url"]: r for r in query(db, "SELECT url, last_status, last_error FROM channels")}
    refused = health[intranet.url("/feed/")]
    assert refused["last_status"] == "refused", refused
    assert f"127.0.0.1:{canary.port}/…" in refused["last_error"] and "key=" not in refused["last_error"]
    assert "other than the host and port the channel is registered on" in refused["last_error"]
    assert health[intranet.url("/own/feed/")]["last_status"] == "200"  # its own host and port: followed
