"""Outside tester's findings on the guard (`spiders/safety.py`): hosts judged as a client or proxy
connects to them.

urllib and HTTP proxies percent-decode a host (``%31%32%37.0.0.1`` is 127.0.0.1), so the guard
reads it the same way — and refuses a percent-encoded host outright; full-width digits and
ideographic dots are folded (NFKC), a trailing dot ignored, names IDNA-encoded. An IPv6 literal
that does not parse (``[::ffff:127.000.000.001]``) is refused, not an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.selfreport.fetch import address_allowed
from spiders.safety import (
    AllowList,
    Verdict,
    host_problem,
    is_internal_host,
    judge_host,
    name_kind,
    normalize_host,
    parse_address,
    refusal,
    url_host_problem,
)
from tests.hostile.conftest import hostile_env, kimwatch, query, registry
from tests.hostile.test_addresses import internal  # noqa: F401 - the internal service fixture
from tests.hostile.web import Answer, OutsideWeb, Site

ENCODED = ["%31%32%37.0.0.1", "127.0.0.1%2e", "%6c%6f%63%61%6c%68%6f%73%74", "%31%36%39.254.169.254",
           "0x7f%2e1"]


@pytest.mark.parametrize(("spelling", "normal"), [
    ("%31%32%37.0.0.1", "127.0.0.1"), ("127.0.0.1%2e", "127.0.0.1"), ("１２７.０.０.１", "127.0.0.1"),
    ("127。0。0。1", "127.0.0.1"), ("127．0．0．1", "127.0.0.1"), ("LocalHost.", "localhost"),
    ("[::1]", "::1"), ("::ffff:127.0.0.1", "::ffff:7f00:1"), ("bücher.example", "xn--bcher-kva.example"),
    ("Kim.Example.ID.", "kim.example.id"), ("%5b::1%5d", "::1"),
])
def test_a_host_is_normalised_as_a_client_or_proxy_reads_it(spelling: str, normal: str) -> None:
    assert normalize_host(spelling) == normal


@pytest.mark.parametrize("spelling", ["a b.example", "kim.example/x", "[::ffff:127.000.000.001]",
                                      "::ffff:127.000.000.001", "[not-an-address]", "kim\\.example", "", "."])
def test_a_host_with_characters_no_host_may_hold_is_invalid(spelling: str) -> None:
    assert normalize_host(spelling) is None
    verdict = judge_host(spelling, 80, None)
    assert verdict.kind == "invalid"
    assert refusal("http://x/", verdict, AllowList([spelling, "0.0.0.0/0"]), [verdict]) is not None


@pytest.mark.parametrize("spelling", ENCODED)
def test_a_percent_encoded_host_is_refused_outright_even_when_allowed(spelling: str) -> None:
    assert host_problem(spelling) == "a percent-encoded host"
    verdict = judge_host(spelling, 8099, lambda host, port: [])
    assert verdict.kind == "invalid"
    origin = judge_host("127.0.0.1", 8099, None)
    reason = refusal(f"http://{spelling}:8099/x", verdict, AllowList(["127.0.0.0/8", "localhost"]), [origin])
    assert reason is not None and "refused" in reason
    assert url_host_problem(f"http://{spelling}:8099/feed.xml") == "a percent-encoded host"


def test_the_decoded_spellings_are_internal_everywhere_the_guard_looks() -> None:
    for spelling in ("%31%32%37.0.0.1", "１２７.０.０.１", "127。0。0。1", "%6c%6f%63%61%6c%68%6f%73%74"):
        assert is_internal_host(spelling), spelling
    address = parse_address("%31%32%37.0.0.1")
    assert address is not None and str(address) == "127.0.0.1"
    assert name_kind("%6c%6f%63%61%6c%68%6f%73%74") == "loopback"
    assert judge_host("１２７.０.０.１", 80, None).kind == "loopback"
    assert judge_host("127。0。0。1", 80, None).kind == "loopback"
    assert AllowList(["intranet.example"]).allows_name("INTRANET.example.")


@pytest.mark.parametrize("url", [
    "http://%31%32%37.0.0.1:8099/x", "http://127.0.0.1%2e:8099/", "http://127.0.0.1\\@facebook.com/",
    "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::7f00:1]/",
    "http://[::ffff:127.000.000.001]:8099/", "http://１２７.０.０.１:8099/", "http://127。0。0。1:8099/",
    "http://%5b::1%5d/",
])
def test_verify_never_fetches_these(url: str) -> None:
    assert address_allowed(url) is False


@pytest.mark.parametrize("url", ["http://%31%32%37.0.0.1:8099/x", "http://127.0.0.1%2e:8099/",
                                 "http://127.0.0.1\\@facebook.com/", "http://[::ffff:127.000.000.001]:8099/"])
def test_not_even_a_registered_internal_host_makes_an_encoded_or_broken_host_fetchable(url: str) -> None:
    assert address_allowed(url, ["127.0.0.1", "127.0.0.1.", "facebook.com", "::ffff:127.0.0.1"]) is False


def test_a_backslash_in_the_authority_is_refused() -> None:
    assert url_host_problem("http://127.0.0.1\\@facebook.com/") == "a backslash in the host part"
    assert url_host_problem("http://[::ffff:127.000.000.001]:8099/") is not None
    assert url_host_problem("https://www.facebook.com/kimsatu/posts/1") is None
    assert url_host_problem("http://[::1]:8080/") is None  # valid: judged (and refused) as loopback


def test_a_verdict_on_the_same_host_spelled_otherwise_is_the_registered_host() -> None:
    origin = Verdict("Intranet.Example.", "private", port=80)
    target = Verdict("intranet.example", "private", port=80)
    assert refusal("http://intranet.example/", target, AllowList(), [origin]) is None


def _redirect(target: str) -> Answer:
    return Answer(status=302, headers={"Location": target})


def test_behind_a_decoding_proxy_encoded_and_broken_hosts_are_refused(tmp_path: Path,
                                                                      internal: Site) -> None:  # noqa: F811
    """The office proxy decodes ``%31%32%37.0.0.1`` to 127.0.0.1 (here: its name table says so)
    and would reach the internal service; the crawl must refuse every such hop, record
    ``refused`` (not an error) and send nothing to the proxy for it."""
    port = internal.port
    routes: dict[str, dict] = {}
    channels: list[tuple[str, str]] = []
    targets = [f"http://{h}:{port}/secret/feed?token=SEKRET{n}" for n, h in enumerate(ENCODED)]
    targets += [f"http://[::ffff:127.000.000.001]:{port}/secret/feed?token=SEKRETv6",
                f"http://[::ffff:127.0.0.1]:{port}/secret/feed?token=SEKRETmapped",
                f"http://[64:ff9b::7f00:1]:{port}/secret/feed?token=SEKRETnat64"]
    for n, target in enumerate(targets):
        host = f"kimenc{n}.example.id"
        routes[host] = {"/feed/": _redirect(target)}
        channels.append(("feed", f"http://{host}/feed/"))
    routes["kimencmeta.example.id"] = {"/feed/": Answer(
        f'<html><head><meta http-equiv="refresh" content="0; url=http://%31%32%37.0.0.1:{port}/secret/feed?token=META">'
        "</head><body>pindah</body></html>")}
    channels.append(("feed", "http://kimencmeta.example.id/feed/"))
    decoded = {h: "127.0.0.1" for h in ENCODED}
    web = OutsideWeb(routes, names=decoded).start()
    try:
        db = tmp_path / "k.db"
        env = hostile_env(http_proxy=web.url, no_proxy="localhost")
        loaded = kimwatch(db, "registry", "load", str(registry(tmp_path / "r.yaml", channels)), env=env)
        assert loaded.returncode == 0, loaded.stderr
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        fetched = [p for p in internal.requests if not p.startswith("/robots.txt")]
        assert fetched == [] and web.forwarded == [], (fetched, web.forwarded)
        assert not [u for u in web.seen if "SEKRET" in u or "META" in u], web.seen
        health = {r["url"]: r for r in query(db, "SELECT url, last_status, last_error FROM channels")}
        for url, row in health.items():
            assert row["last_status"] == "refused", (url, row)
            assert "ValueError" not in (row["last_error"] or ""), row
        everything = " ".join(str(v) for row in query(db, "SELECT * FROM channel_fetches") for v in row.values())
        assert "SEKRET" not in everything and "token=" not in everything
        assert query(db, "SELECT count(*) AS n FROM posts") == [{"n": 0}]
    finally:
        web.stop()


def test_names_that_spell_or_always_answer_an_internal_address_are_judged_by_name() -> None:
    kinds = {"10.0.0.1.nip.io": "private", "169.254.169.254.nip.io": "cloud-metadata", "a9fea9fe.nip.io": "cloud-metadata",
             "app-7f000001.nip.io": "loopback", "10-1-2-3.sslip.io": "private", "x.192.168.1.5.traefik.me": "private",
             "localtest.me": "loopback", "API.LVH.ME.": "loopback", "7f000001.c0a80001.rbndr.us": "dns-rebinding",
             "make-1.2.3.4-rebind-169.254-169.254-rr.1u.ms": "dns-rebinding",
             # IPv6 with dashes for colons (a second outside tester)
             "fe80--1.sslip.io": "link-local", "--ffff-a9fe-a9fe.sslip.io": "cloud-metadata", "--1.sslip.io": "loopback",
             "fd00--1.sslip.io": "private", "app.fe80--1.sslip.io": "link-local"}
    for name, kind in kinds.items():
        assert name_kind(name) == kind, name
        assert judge_host(name, 80, None).kind == kind, name
    for public in ("1.2.3.4.nip.io", "8-8-8-8.sslip.io", "2a01-4f8-c17-b8f--2.sslip.io", "nip.io", "kim.example.id",
                   "nip.io.example.id", "my-app.sslip.io",
                   "deadbeef.nip.io"):  # deadbeef = 222.173.190.239, a public address
        assert name_kind(public) is None, public
    message = refusal("http://7f000001.c0a80001.rbndr.us/x?t=1", judge_host("7f000001.c0a80001.rbndr.us", 80, None),
                      AllowList(["7f000001.c0a80001.rbndr.us"]), [Verdict("kim.example.id", None)]) or ""
    assert "DNS-rebinding" in message and "t=1" not in message  # refused even when listed
