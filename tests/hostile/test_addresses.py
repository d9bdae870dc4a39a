"""Issue 13, item 1: no internal address is fetched from a public channel, in any spelling, at any hop.

The public web is :class:`tests.hostile.web.OutsideWeb`, a proxy that forwards what it does not
know to loopback (as an office proxy would fetch an internal address); the internal service is
a :class:`tests.hostile.web.Site` on 127.0.0.1 whose ``/secret/`` feed must never be read.
"""

from __future__ import annotations

import ipaddress
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from spiders.safety import (
    AllowList,
    Verdict,
    address_kind,
    judge_host,
    name_kind,
    parse_address,
    public_target,
    refusal,
)
from tests.hostile.conftest import hostile_env, kimwatch, query, registry
from tests.hostile.web import Answer, OutsideWeb, Site, rss

#: a public-looking name the crawling server's resolver maps to 127.0.0.1 (tests/hostile/resolving.py)
REBOUND = "cms-internal.example.id"

#: spellings of internal addresses; ``{port}`` is the internal service's port where it listens
SPELLINGS = [
    "2130706433", "127.1", "0x7f000001", "0177.0.0.1", "0x7f.1", "017700000001", "0x7F.0.0.1", "127.0.0.1.",
    "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]", "localhost",
    "localhost.localdomain", "kim.localhost", REBOUND, "127.0.0.1", "0.0.0.0", "169.254.169.254",
    "100.64.0.1", "10.0.0.1", "192.168.1.1",
    # public wildcard-DNS names that answer the address they spell, and names that always answer
    # the local machine: a proxy would resolve them where kimwatch cannot look (outside tester)
    "127.0.0.1.nip.io", "169-254-169-254.sslip.io", "app-0a000001.nip.io", "localtest.me", "kim.lvh.me",
]


def test_every_spelling_of_an_internal_address_is_recognised() -> None:
    loopback = {"2130706433", "127.1", "0x7f000001", "0177.0.0.1", "0x7f.1", "017700000001", "0x7F.0.0.1",
                "127.0.0.1.", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]",
                "[::127.0.0.1]", "[2002:7f00:1::]", "[64:ff9b::7f00:1]"}
    for spelling in loopback:
        address = parse_address(spelling)
        assert address is not None and address_kind(address) == "loopback", spelling
    kinds = {"169.254.169.254": "cloud-metadata", "[fd00:ec2::254]": "cloud-metadata", "100.64.0.1": "shared (CGNAT)",
             "10.0.0.1": "private", "172.16.5.4": "private", "192.168.1.1": "private", "[fc00::1]": "private",
             "169.254.1.1": "link-local", "[fe80::1]": "link-local", "224.0.0.1": "multicast", "[ff02::1]": "multicast",
             "0.0.0.0": "unspecified", "[::]": "unspecified", "240.0.0.1": "reserved", "192.0.2.1": "reserved",
             "0": "unspecified"}
    for spelling, kind in kinds.items():
        address = parse_address(spelling)
        assert address is not None and address_kind(address) == kind, spelling
    for public in ("8.8.8.8", "[2001:4860:4860::8888]", "0x08080808", "134744072"):
        address = parse_address(public)
        assert address is not None and address_kind(address) is None, public
    for name in ("kim.example.id", "deadbeef.example", "0x7f000001.example", "1.2.3.4.nip.io"):
        assert parse_address(name) is None, name


def test_azure_wireserver_and_other_metadata_services_are_never_fetched() -> None:
    """An outside tester's finding: Azure's WireServer 168.63.129.16 (a public address every Azure
    VM reaches; it hands out the VM's agent configuration) was fetched as a public site."""
    from crawler.reporting.publish import is_internal_host as published_internal

    for spelling in ("168.63.129.16", "2822734096", "[::ffff:168.63.129.16]", "169.254.169.123", "169.254.0.23"):
        address = parse_address(spelling)
        assert address is not None and address_kind(address) == "cloud-metadata", spelling
    def verdict(host: str) -> Verdict:
        return judge_host(host, 80, None)

    wide = AllowList(["168.63.0.0/16", "169.254.0.0/16"])
    for url in ("http://168.63.129.16/machine?comp=goalstate", "http://169.254.169.123/"):
        host = urlsplit(url).hostname or ""
        assert "cloud metadata" in (refusal(url, verdict(host), wide, [verdict(host)]) or ""), url
    assert name_kind("metadata.tencentyun.com") == "cloud-metadata"
    assert published_internal("168.63.129.16")  # and the publication filter masks it


def test_names_are_resolved_and_every_address_counts() -> None:
    def resolve(host: str, port: int) -> list:
        return {"dual.example": [ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("127.0.0.1")],
                "public.example": [ipaddress.ip_address("93.184.216.34")]}[host]

    assert judge_host("dual.example", 80, resolve).kind == "loopback"  # one internal address is enough
    assert judge_host("public.example", 80, resolve).kind is None
    assert judge_host("localhost", 80, None).kind == "loopback"
    assert judge_host("unknown.example", 80, lambda h, p: (_ for _ in ()).throw(OSError("no such name"))).unresolved


def test_who_may_reach_what() -> None:
    def verdict(host: str) -> Verdict:
        return judge_host(host, 80, None)

    none = AllowList()
    url = "http://127.1:8080/admin?token=s3cret"
    public = [Verdict("kim.example.id", None)]
    assert refusal(url, verdict("127.1"), none, public)
    # a channel registered on loopback reaches its own host and port (in any spelling), no other
    assert refusal(url, verdict("127.1"), none, [judge_host("127.0.0.1", 8080, None)]) is None
    assert refusal(url, verdict("127.1"), none, [verdict("127.0.0.1")])
    # ... but never a metadata service, nor another kind of internal network
    assert refusal("http://169.254.169.254/latest/", verdict("169.254.169.254"), none, [verdict("127.0.0.1")])
    assert refusal(url, verdict("127.1"), none, [verdict("10.1.2.3")])
    assert refusal("http://10.1.2.3/", verdict("10.1.2.3"), none, [verdict("10.1.2.3")]) is None
    assert refusal("http://10.1.2.9/", verdict("10.1.2.9"), none, [verdict("10.1.2.3")])
    # the allow_internal setting: networks and names meant to be crawled from anywhere
    allow = AllowList(["10.1.2.0/24", "intranet.example", ".kab.internal"])
    assert refusal("http://10.1.2.9/", verdict("10.1.2.9"), allow, public) is None
    assert refusal("http://10.1.3.9/", verdict("10.1.3.9"), allow, public)
    assert refusal("http://intranet.example/", Verdict("intranet.example", "private"), allow, public) is None
    assert refusal("http://a.kab.internal/", Verdict("a.kab.internal", "private"), allow, public) is None
    # a link-local, multicast or reserved host registered as a channel: refused all the same
    for host in ("169.254.1.1", "[fe80::1]", "[ff02::1]"):
        message = refusal(f"http://{host}/feed", verdict(host), none, [verdict(host)]) or ""
        assert "no registered channel may reach" in message, (host, message)
    assert refusal("http://169.254.1.1/feed", verdict("169.254.1.1"), AllowList(["169.254.1.0/24"]),
                   [verdict("169.254.1.1")]) is None  # unless the office lists it on purpose
    # the metadata service: never, even listed in allow_internal or registered itself; the message
    # says so instead of suggesting the setting
    metadata = verdict("169.254.169.254")
    wide = AllowList(["169.254.0.0/16"])
    for allowed, origins in [(wide, public), (none, [metadata]), (wide, [metadata])]:
        message = refusal("http://169.254.169.254/latest/", metadata, allowed, origins) or ""
        assert "never fetches" in message and "allow_internal" not in message, message
    # the message shows where, never the path or query (tokens)
    message = refusal(url, verdict("127.1"), none, public) or ""
    assert "http://127.1:8080/…" in message and "token" not in message and "admin" not in message
    assert public_target("http://[::1]:81/x?k=v") == "http://[::1]:81/…"


@pytest.fixture
def internal() -> Site:
    site = Site({"/secret/feed": Answer(rss("RAHASIA", [("Data internal", "http://127.0.0.1/secret/1")]),
                                        content_type="application/rss+xml"),
                 "/intranet/feed": Answer(rss("Intranet", [("Info intranet", "http://127.0.0.1/intranet/1")]),
                                          content_type="application/rss+xml")},
                default=Answer(rss("RAHASIA", [("Halaman internal", "http://127.0.0.1/secret/2")]),
                               content_type="application/rss+xml"))
    site.start()
    yield site
    site.stop()


def _redirect(target: str) -> Answer:
    return Answer(status=302, headers={"Location": target})


def test_no_spelling_is_fetched_at_any_hop(tmp_path: Path, internal: Site) -> None:
    port = internal.port
    routes: dict[str, dict] = {}
    channels: list[tuple[str, str]] = []
    for n, spelling in enumerate(SPELLINGS):
        host = f"kim{n}.example.id"
        routes[host] = {"/feed/": _redirect(f"http://{spelling}:{port}/secret/feed?token=SEKRET{n}&key=K{n}")}
        channels.append(("feed", f"http://{host}/feed/"))
    # a meta refresh, a script redirect, a redirect chain through a public host, a shortened link in a post
    routes["kimmeta.example.id"] = {"/feed/": Answer(
        f'<html><head><meta http-equiv="refresh" content="0; url=http://0x7f.1:{port}/secret/feed?token=META">'
        "</head><body>pindah</body></html>")}
    routes["kimjs.example.id"] = {"/": Answer(
        f'<html><head><script>window.location.href = "http://127.1:{port}/secret/feed?token=JS";</script>'
        "</head><body></body></html>")}
    routes["kimchain.example.id"] = {"/feed/": _redirect("http://kimhop.example.id/next")}
    routes["kimhop.example.id"] = {"/next": _redirect(f"http://{REBOUND}:{port}/secret/feed?token=CHAIN")}
    routes["kimpost.example.id"] = {"/feed/": Answer(
        rss("KIM Publik", [("Info vaksinasi", "http://kimpost.example.id/2026/11/info")],
            extra="lihat http://s.id/vaks1 untuk rinciannya"), content_type="application/rss+xml")}
    routes["s.id"] = {"/vaks1": Answer(status=301, headers={"Location": f"http://2130706433:{port}/secret/x?token=SHORT"})}
    channels += [("feed", "http://kimmeta.example.id/feed/"), ("website", "http://kimjs.example.id/"),
                 ("feed", "http://kimchain.example.id/feed/"), ("feed", "http://kimpost.example.id/feed/")]
    intranet = internal.url("/intranet/feed")  # registered on an internal address on purpose: crawled
    channels.append(("feed", intranet))
    web = OutsideWeb(routes, names={REBOUND: "127.0.0.1"}).start()
    try:
        db = tmp_path / "k.db"
        env = hostile_env(http_proxy=web.url, no_proxy="127.0.0.1,localhost", HOSTILE_NAMES=f"{REBOUND}=127.0.0.1")
        loaded = kimwatch(db, "registry", "load", str(registry(tmp_path / "r.yaml", channels)), env=env)
        assert loaded.returncode == 0, loaded.stderr
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        fetched = [p for p in internal.requests if not p.startswith(("/intranet/", "/robots.txt"))]
        assert fetched == [] and web.forwarded == [], (fetched, web.forwarded)
        health = {r["url"]: r for r in query(db, "SELECT url, last_status, last_error FROM channels")}
        refused = [url for url, row in health.items() if row["last_status"] == "refused"]
        for n, spelling in enumerate(SPELLINGS):
            row = health[f"http://kim{n}.example.id/feed/"]
            assert row["last_status"] == "refused", (spelling, row)
            assert "an internal address" in row["last_error"] and f":{port}/…" in row["last_error"], row
        for url in ("http://kimmeta.example.id/feed/", "http://kimchain.example.id/feed/"):
            assert health[url]["last_status"] == "refused", health[url]
        assert len(refused) >= len(SPELLINGS) + 2
        everything = " ".join(str(v) for row in query(db, "SELECT * FROM channels") for v in row.values())
        everything += " ".join(str(v) for row in query(db, "SELECT * FROM channel_fetches") for v in row.values())
        assert "SEKRET" not in everything and "token=" not in everything and "/secret/" not in everything
        titles = [r["title"] for r in query(db, "SELECT title FROM posts")]
        assert "Data internal" not in titles and "Halaman internal" not in titles
        assert "Info vaksinasi" in titles and "Info intranet" in titles
        assert query(db, "SELECT resolved_url FROM resolved_urls") == [{"resolved_url": None}]
        assert health[intranet]["last_status"] == "200"
    finally:
        web.stop()


def test_allow_internal_lets_a_meant_intranet_host_through(tmp_path: Path, internal: Site) -> None:
    port = internal.port
    routes = {"kimkantor.example.id": {"/feed/": _redirect(f"http://{REBOUND}:{port}/intranet/feed?sesi=1")}}
    web = OutsideWeb(routes, names={REBOUND: "127.0.0.1"}).start()
    try:
        db = tmp_path / "k.db"
        env = hostile_env(http_proxy=web.url, no_proxy=f"127.0.0.1,localhost,{REBOUND}",
                          HOSTILE_NAMES=f"{REBOUND}=127.0.0.1", KIMWATCH_ALLOW_INTERNAL=REBOUND)
        reg = registry(tmp_path / "r.yaml", [("feed", "http://kimkantor.example.id/feed/")])
        assert kimwatch(db, "registry", "load", str(reg), env=env).returncode == 0
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0, run.stderr
        assert query(db, "SELECT last_status FROM channels") == [{"last_status": "200"}]
        assert [r["title"] for r in query(db, "SELECT title FROM posts")] == ["Info intranet"]
        # the redirect's hop to a host in no_proxy goes direct (Scrapy kept the first hop's proxy)
        assert [u for u in web.seen if "robots.txt" not in u] == ["http://kimkantor.example.id/feed/"], web.seen
        assert web.forwarded == [] and "/intranet/feed?sesi=1" in internal.requests, web.forwarded
    finally:
        web.stop()


def test_through_a_proxy_a_resolver_that_never_answers_costs_seconds_not_minutes(tmp_path: Path) -> None:
    """Behind a proxy the office resolver may know no outside names, or never answer: the guard
    waits for it at most PROXIED_LOOKUP_SECONDS per host, then leaves the name to the proxy."""
    routes: dict[str, dict] = {
        f"kimdns{n}.example.id": {"/feed/": Answer(rss(f"KIM {n}", [(f"Kabar {n}", f"http://kimdns{n}.example.id/1")]),
                                                   content_type="application/rss+xml")} for n in range(12)}
    web = OutsideWeb(routes).start()
    try:
        db = tmp_path / "k.db"
        env = hostile_env(http_proxy=web.url, no_proxy="127.0.0.1,localhost", HOSTILE_HANGING_NAMES=",".join(routes))
        reg = registry(tmp_path / "r.yaml", [("feed", f"http://{host}/feed/") for host in routes])
        assert kimwatch(db, "registry", "load", str(reg), env=env).returncode == 0
        started = time.monotonic()
        run = kimwatch(db, "crawl", "--no-match", "-q", env=env)
        took = time.monotonic() - started
        assert run.returncode == 0, run.stderr
        assert [r["last_status"] for r in query(db, "SELECT last_status FROM channels")] == ["200"] * 12
        assert took < 25, took  # 12 hosts whose lookups hang 30 s each, 10 lookups at a time
    finally:
        web.stop()
