"""Verification outcomes beyond the form export: deleted pages, Instagram's login redirect, the
crawler's guard, numeric page ids, owner-less previews."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from crawler.selfreport.fetch import Page, address_allowed
from tests.farm import Farm
from tests.selfreport.platform_proxy import PlatformProxy


def _verify(loaded: Callable[..., Result], tmp_path: Path, db_path: Path, rows: list[tuple[str, str]],
            stored_before: list[tuple[str, str]] = ()) -> dict:
    """Import ``rows``, add ``stored_before`` as reports stored without the intake's checks (by an
    older kimwatch, or by hand), verify, and return every report's (status, reason) by URL."""
    export = tmp_path / "laporan.csv"
    export.write_text("kim,url\n" + "".join(f"{k},{u}\n" for k, u in rows), encoding="utf-8")
    loaded("import", "reports", str(export))
    if stored_before:
        from crawler import store
        from crawler.selfreport.intake import add_report

        db = store.connect(db_path)
        with store.transaction(db):
            for kim, url in stored_before:
                add_report(db, kim, url, via="import")
        db.close()
    loaded("verify")
    conn = sqlite3.connect(db_path)
    try:
        return {u: (s, r) for u, s, r in conn.execute("SELECT url, status, reason FROM reports")}
    finally:
        conn.close()


def test_fetches_are_polite_and_go_through_the_proxy(loaded: Callable[..., Result], tmp_path: Path, db_path: Path,
                                                     proxy_env: dict[str, str], farm: Farm,
                                                     platform_proxy: PlatformProxy) -> None:
    blocked = "http://www.facebook.com/kimtujuh/posts/tertutup"
    own = "http://www.facebook.com/kimsatu/posts/pfbid0Satu1001"
    got = _verify(loaded, tmp_path, db_path, [("kim-tujuh", blocked), ("kim-satu", own)])
    assert got == {blocked: ("unverified", "robots"), own: ("verified", None)}
    robots = farm.state["platform_robots"]
    assert len(robots) == 1 and robots[0][0] == "www.facebook.com"  # robots.txt once per host
    assert robots[0][1].startswith("kimwatch/") and "(+" in robots[0][1]  # the crawler's user agent
    assert blocked not in platform_proxy.requests  # disallowed: never fetched
    assert own in platform_proxy.requests


def test_https_links_through_a_proxy_that_refuses_connect(loaded: Callable[..., Result], tmp_path: Path,
                                                          db_path: Path, proxy_env: dict[str, str],
                                                          platform_proxy: PlatformProxy) -> None:
    """An office proxy that refuses CONNECT (HTTP only): https:// links go to it as absolute-URI
    requests, as the crawler sends them; robots.txt the same way, and verification succeeds."""
    own = "https://www.facebook.com/kimsatu/posts/pfbid0Satu1001"
    got = _verify(loaded, tmp_path, db_path, [("kim-satu", own)])
    assert got == {own: ("verified", None)}
    assert own in platform_proxy.requests and "https://www.facebook.com/robots.txt" in platform_proxy.requests


def test_more_outcomes(loaded: Callable[..., Result], tmp_path: Path, db_path: Path,
                       proxy_env: dict[str, str]) -> None:
    gone = "http://www.facebook.com/kimtiga/posts/pfbid0Hapus"
    private = "http://www.instagram.com/p/CxPrivate/"
    internal = "http://127.0.0.1:9/admin"
    numeric = "http://www.facebook.com/permalink.php?story_fbid=pfbid0Satu3&id=100064000000001"
    wrapped = "http://l.facebook.com/l.php?u=http%3A%2F%2Fm.facebook.com%2Fkimsatu%2Fposts%2Fpfbid0Satu2002"
    other_platform = "http://www.instagram.com/p/CxEmpat123/"
    shortened = "http://s.id/kimEmpatVaksin"
    got = _verify(loaded, tmp_path, db_path, [("kim-tiga", gone), ("kim-empat", private),
                                             ("kim-satu", wrapped), ("kim-tujuh", other_platform),
                                             ("kim-empat", shortened)],
                  stored_before=[("kim-satu", internal)])  # the intake refuses it now; verify too
    assert got[shortened] == ("verified", None)
    assert got[gone] == ("rejected", "not-found")
    assert got[private] == ("unverified", "login-wall")
    assert got[internal] == ("rejected", "not-public")
    assert got[wrapped] == ("verified", None)
    assert got[other_platform] == ("unverified", "channel-not-registered")
    # a channel registered by page id: the page's app link in the preview names it
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE channels SET url = 'https://www.facebook.com/profile.php?id=100064000000001' "
                 "WHERE owner_id = 'kim-satu'")
    conn.commit()
    conn.close()
    got = _verify(loaded, tmp_path, db_path, [("kim-satu", numeric)])
    assert got[numeric] == ("verified", None)


def test_the_guard_allows_public_hosts_and_registered_internal_ones_only() -> None:
    assert address_allowed("https://www.facebook.com/x")
    assert not address_allowed("http://127.0.0.1:8080/")
    assert not address_allowed("http://169.254.169.254/latest/meta-data/")
    assert not address_allowed("http://localhost/")
    assert not address_allowed("ftp://www.facebook.com/")
    assert address_allowed("http://10.1.2.3/berita/1", ["http://10.1.2.3/"])
    assert not address_allowed("http://10.1.2.4/berita/1", ["http://10.1.2.3/"])


def test_a_registered_intranet_opens_its_own_host_and_port_only_and_never_after_a_public_hop() -> None:
    """An outside tester's finding: the guard of imports and verification allowed every port of a
    KIM's intranet host (an admin service on :19098 was fetched and published) and followed a
    public share link's redirect into it. It now keeps the crawl's rule."""
    channel = "http://127.0.0.1:19080/intranet/feed.xml"
    assert address_allowed("http://127.0.0.1:19080/intranet/berita/1", [channel])
    assert address_allowed("http://127.1:19080/intranet/berita/1", [channel])  # another spelling of it
    assert not address_allowed("http://127.0.0.1:19098/admin.html", [channel])
    assert not address_allowed("http://127.0.0.1/admin.html", [channel])
    assert not address_allowed("http://127.0.0.2:19080/", [channel])
    assert not address_allowed("http://127.0.0.1:19080/intranet/berita/1", [channel],
                               hops=["https://www.facebook.com/share/p/omintra"])
    assert address_allowed("http://127.0.0.1:19080/intranet/berita/1", [channel],
                           hops=["http://127.0.0.1:19080/intranet/r"])  # its own redirect
    assert not address_allowed("http://169.254.169.254/latest/", ["http://169.254.169.254/"])


@pytest.mark.parametrize("url", ["http://2130706433/", "http://127.1/", "http://0x7f000001/",
                                 "http://0177.0.0.1/", "http://[::ffff:127.0.0.1]/", "http://[::1]/",
                                 "http://foo.localhost/", "http://100.64.0.1/", "http://0.0.0.0/"])
def test_a_self_report_link_in_any_internal_spelling_is_refused(url: str) -> None:
    assert not address_allowed(url)


def test_a_self_report_link_whose_name_resolves_inside_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import ipaddress

    from spiders import safety

    resolved = {"kim-tipuan.example.id": "127.0.0.1", "meta.example.id": "169.254.169.254",
                "www.example.id": "93.184.216.34"}
    monkeypatch.setattr(safety, "system_resolve",
                        lambda host, port: [ipaddress.ip_address(resolved[host])])
    assert not address_allowed("https://kim-tipuan.example.id/posts/1")
    assert not address_allowed("http://meta.example.id/latest/", ["meta.example.id"])
    assert address_allowed("https://www.example.id/posts/1")


class _OnePage:
    """A fetcher stub: every URL answers the same page."""

    def fetch(self, url: str, origins: object = ()) -> Page:
        return Page(url, 200, b"<html><head><meta property='og:description' content='x'></head></html>")


def test_a_page_the_parser_chokes_on_costs_its_report_only(loaded: Callable[..., Result], db_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from crawler import store
    from crawler.selfreport import intake, verify

    db = store.connect(db_path)
    intake.add_report(db, "kim-satu", "https://www.facebook.com/kimsatu/posts/1", via="form")
    intake.add_report(db, "kim-dua", "https://www.facebook.com/kimdua/posts/2", via="form")
    real = verify.read_preview

    def choke(body: bytes, url: str, platform: str) -> object:
        if "kimsatu" in url:
            raise ValueError("unexpected markup")
        return real(body, url, platform)

    monkeypatch.setattr(verify, "read_preview", choke)
    stats = verify.verify_pending(db, fetcher=_OnePage(), match=False)  # type: ignore[arg-type]
    got = {k: (s, r) for k, s, r in db.execute("SELECT kim_id, status, reason FROM reports")}
    assert got == {"kim-satu": ("pending", "check-failed"), "kim-dua": ("verified", None)}
    assert stats.still_pending == 1


def test_a_report_on_the_kims_own_intranet_site_is_fetched_like_its_channel(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path, proxy_env: dict[str, str], farm: Farm) -> None:
    """The crawler crawls a channel registered on an internal address; a report of a page on that
    very host may be fetched too (directly: no_proxy), while any other internal address is refused."""
    site = farm.url("/platform/intranet/")
    registry = tmp_path / "intranet.yaml"
    registry.write_text("kims:\n  - id: kim-intra\n    name: KIM Intra\n    region: Kota Banjarmasin\n"
                        f"    channels:\n      - type: website\n        url: {site}\n", encoding="utf-8")
    loaded("registry", "load", str(registry))
    own = farm.url("/platform/intranet/berita/vaksinasi")
    elsewhere = farm.url("/platform/intranet/berita/vaksinasi", host="127.0.0.2")
    got = _verify(loaded, tmp_path, db_path, [("kim-intra", own)], stored_before=[("kim-intra", elsewhere)])
    assert got == {own: ("verified", None), elsewhere: ("rejected", "not-public")}
    assert farm.requests_to("/platform/intranet/berita/vaksinasi", host="127.0.0.1")
    assert not farm.requests_to("/platform/intranet/berita/vaksinasi", host="127.0.0.2")


def test_an_intranet_kims_report_on_another_port_or_behind_a_public_hop_is_never_fetched(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path, proxy_env: dict[str, str], farm: Farm) -> None:
    """Another port of the intranet's host (an admin service) is refused at import and at
    verification, and a public share link redirecting into the intranet is not followed."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    hits: list[str] = []

    class Admin(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            hits.append(self.path)
            body = b"<html><head><meta property='og:description' content='ADMIN-SECRET'></head></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    admin = ThreadingHTTPServer(("127.0.0.1", 0), Admin)
    threading.Thread(target=admin.serve_forever, daemon=True).start()
    try:
        registry = tmp_path / "intranet.yaml"
        registry.write_text("kims:\n  - id: kim-intra\n    name: KIM Intra\n    region: Kota Banjarmasin\n"
                            f"    channels:\n      - type: website\n        url: {farm.url('/platform/intranet/')}\n"
                            "      - type: facebook\n        url: https://www.facebook.com/kimintra\n",
                            encoding="utf-8")
        loaded("registry", "load", str(registry))
        other_port = f"http://127.0.0.1:{admin.server_address[1]}/admin.html"
        export = tmp_path / "intra.csv"
        export.write_text(f"kim,url\nkim-intra,{other_port}\n", encoding="utf-8")
        refused = loaded("import", "reports", str(export), expect=None)
        assert refused.exit_code != 0 and "internal address" in refused.output
        shared = "http://www.facebook.com/share/p/kimIntra"
        got = _verify(loaded, tmp_path, db_path, [], stored_before=[("kim-intra", other_port), ("kim-intra", shared)])
        assert got == {other_port: ("rejected", "not-public"), shared: ("rejected", "not-public")}
        assert hits == []
        assert not farm.requests_to("/platform/intranet/berita/vaksinasi")
        dumped = sqlite3.connect(db_path)
        assert dumped.execute("SELECT count(*) FROM posts WHERE text LIKE '%ADMIN-SECRET%'").fetchone()[0] == 0
        dumped.close()
    finally:
        admin.shutdown()
        admin.server_close()


def test_an_idn_or_full_width_host_is_requested_in_ascii_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """urllib cannot send a non-ASCII host (UnicodeEncodeError ended the report as check-failed)."""
    import urllib.error

    from crawler.selfreport.fetch import FetchFailed, PreviewFetcher

    fetcher = PreviewFetcher()
    sent: list[str] = []

    def refuse(request: object, timeout: float = 0) -> object:
        sent.append(request.full_url)  # type: ignore[attr-defined]
        raise urllib.error.URLError("no route (test)")

    monkeypatch.setattr(fetcher.opener, "open", refuse)
    for url in ("http://例え.テスト/x", "http://ｆａｃｅｂｏｏｋ.com/x"):
        with pytest.raises(FetchFailed, match="no route"):
            fetcher._get(url)
    assert sent == ["http://xn--r8jz45g.xn--zckzah/x", "http://facebook.com/x"]


def test_a_page_without_a_charset_is_read_as_utf8(loaded: Callable[..., Result], tmp_path: Path, db_path: Path,
                                                  proxy_env: dict[str, str]) -> None:
    """An outside tester's finding: UTF-8 bytes without a declared charset were read as Latin-1
    ("BANJARBARU â Badan …"), and that text was matched and published."""
    from tests.farm.sites.platforms import CAPTION_UTF8

    url = "http://www.facebook.com/kimsatu/posts/pfbid0SatuUtf8"
    assert _verify(loaded, tmp_path, db_path, [("kim-satu", url)]) == {url: ("verified", None)}
    conn = sqlite3.connect(db_path)
    try:
        texts = [t for t, in conn.execute("SELECT text FROM posts WHERE origin != 'crawl'")]
    finally:
        conn.close()
    assert texts and CAPTION_UTF8 in texts[0] and "â" not in texts[0], texts


def test_a_report_on_another_port_of_the_kims_intranet_host_is_refused(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path, proxy_env: dict[str, str], farm: Farm) -> None:
    """The crawl guard lets a channel on an internal address reach its own host *and port*; the
    report check allowed any port of that host (another service on the same machine)."""
    import http.server
    import threading

    seen: list[str] = []

    class Other(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><head><title>admin</title></head><body>internal</body></html>")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Other)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        site = farm.url("/platform/intranet/")
        registry = tmp_path / "intranet.yaml"
        registry.write_text("kims:\n  - id: kim-intra\n    name: KIM Intra\n    region: Kota Banjarmasin\n"
                            f"    channels:\n      - type: website\n        url: {site}\n", encoding="utf-8")
        loaded("registry", "load", str(registry))
        other_port = f"http://127.0.0.1:{server.server_address[1]}/platform/intranet/berita/vaksinasi"
        got = _verify(loaded, tmp_path, db_path, [], stored_before=[("kim-intra", other_port)])
        assert got == {other_port: ("rejected", "not-public")}
        assert seen == []  # not even its robots.txt
    finally:
        server.shutdown()
        server.server_close()
    assert address_allowed(site, [site])  # the channel's own host and port
    assert not address_allowed(other_port, [site])
