"""Outside tester T's findings on self-reports of website posts (fixes21): two KIMs whose news
live under paths of one host (a kabupaten portal, an office's intranet server: the farm's
``/portal/kim/<kim>/``), reported by the form and by an export, verified and crawled for real.

- the form keeps the rule `import reports` and `verify` keep: a KIM's own intranet host and port;
- a self-report of a page the crawl stored is that post (either order), not a second one;
- on a shared host a page is the KIM's only under its channel's path;
- `no_proxy` with a port: the crawl and `verify` send the same host the same way;
- a proxy that is down is named by `verify`;
- a report the form says an officer checks is listed by `review --reports`, a rejected one too;
- `import reports --skip-invalid` on a file it cannot read at all fails, naming the file."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.farm import Farm
from tests.farm.sites.shared_portal import post_path
from tests.selfreport import test_form as form_tests

REPO = Path(__file__).resolve().parent.parent.parent
server = form_tests.server  # `kimwatch serve` as a process, for the links below


def _portal_yaml(farm: Farm) -> str:
    lines = ["kims:"]
    for kim_id, path, name in (("kim-a", "kima", "KIM Amanah"), ("kim-b", "kimb", "KIM Berkah")):
        lines += [f"  - id: {kim_id}", f"    name: {name}", "    region: Kota Banjarmasin", "    channels:",
                  "      - type: feed", f"        url: {farm.url(f'/portal/kim/{path}/feed.xml')}"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def portal(loaded: Callable[..., Result], tmp_path: Path, farm: Farm) -> Callable[..., Result]:
    """The ten KIMs of the other tests, and kim-a and kim-b on the farm's portal (127.0.0.1)."""
    registry = tmp_path / "portal.yaml"
    registry.write_text(_portal_yaml(farm), encoding="utf-8")
    loaded("registry", "load", str(registry))
    return loaded


@pytest.fixture
def links(portal: Callable[..., Result]) -> dict[str, str]:
    output = portal("form-links", "--base-url", "http://127.0.0.1:0/").output
    return dict(line.split("\t") for line in output.splitlines())


@pytest.fixture
def direct(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy: the farm is reached directly; no politeness pause between two requests."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                 "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KIMWATCH_AUTOTHROTTLE_START_DELAY", "0")
    monkeypatch.setenv("KIMWATCH_DOWNLOAD_TIMEOUT", "10")


def _crawl(db_path: Path, *kims: str) -> subprocess.CompletedProcess[str]:
    """`kimwatch crawl --kim …` as a process (Scrapy's reactor runs once per process)."""
    args = [a for kim in kims for a in ("--kim", kim)]
    return subprocess.run([sys.executable, "-m", "crawler", "--db", str(db_path), "crawl", "--no-verify",
                           "--no-match", "--ignore-backoff", *args], capture_output=True, text=True, timeout=180,
                          env=dict(os.environ), cwd=REPO)


def _rows(db_path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def _import(kimwatch: Callable[..., Result], tmp_path: Path, rows: list[tuple[str, str]], **kwargs: object) -> Result:
    export = tmp_path / "laporan.csv"
    export.write_text("kim,url\n" + "".join(f"{k},{u}\n" for k, u in rows), encoding="utf-8")
    return kimwatch("import", "reports", str(export), **kwargs)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- MEDIUM 1

def test_the_form_takes_a_kims_own_intranet_link_as_import_does(
        server: str, links: dict[str, str], portal: Callable[..., Result], farm: Farm, tmp_path: Path,
        db_path: Path) -> None:
    own = farm.url(post_path("kima", 1))
    other_port = f"http://127.0.0.1:{_free_port()}{post_path('kima', 1)}"
    client = form_tests.Client(server)
    path = form_tests._path(links["kim-a"])
    csrf = client.csrf(path)
    status, body, location = client.post(path, {"url": own, "csrf": csrf})
    assert (status, location) == (303, f"{path}?terkirim=1"), body[-500:]
    status, body, _ = client.post(path, {"url": other_port, "csrf": csrf})  # not its channel's port
    assert status == 400 and "Tautan tidak sah" in body
    # a KIM without a channel on that host may not send it, by the form or by a file
    satu = form_tests._path(links["kim-satu"])
    status, body, _ = client.post(satu, {"url": own, "csrf": client.csrf(satu)})
    assert status == 400 and "Tautan tidak sah" in body
    assert _rows(db_path, "SELECT kim_id, url, via FROM reports") == [("kim-a", own, "form")]
    assert "internal address" in _import(portal, tmp_path, [("kim-satu", own)], expect=1).output
    assert "0 new" in _import(portal, tmp_path, [("kim-a", own)]).output  # the same link: merged, not refused


# --------------------------------------------------------------------------- MEDIUM 2 and 3

def test_a_report_of_a_crawled_post_is_that_post_and_another_kims_page_is_not_its_own(
        portal: Callable[..., Result], farm: Farm, tmp_path: Path, db_path: Path, direct: None) -> None:
    done = _crawl(db_path, "kim-a", "kim-b")
    assert done.returncode == 0, done.stderr
    own, theirs = farm.url(post_path("kima", 1)), farm.url(post_path("kimb", 2))
    crawled = _rows(db_path, "SELECT id, origin FROM posts WHERE url = ?", (own,))
    assert [origin for _, origin in crawled] == ["crawl"]
    _import(portal, tmp_path, [("kim-a", own), ("kim-a", theirs)])
    verified = portal("verify").output
    statuses = {url: (status, reason, post_id) for url, status, reason, post_id in
                _rows(db_path, "SELECT url, status, reason, post_id FROM reports")}
    assert statuses[own] == ("verified", None, crawled[0][0]), verified  # the crawled post, no second one
    assert statuses[theirs][:2] == ("rejected", "owner-mismatch"), verified
    assert "kim-b" in _rows(db_path, "SELECT detail FROM reports WHERE url = ?", (theirs,))[0][0]
    assert _rows(db_path, "SELECT count(*) FROM posts WHERE kim_id = 'kim-a'") == [(2,)]  # the feed's two
    assert _rows(db_path, "SELECT count(*) FROM posts WHERE url = ?", (theirs,)) == [(1,)]  # kim-b's only
    extra = json.loads(_rows(db_path, "SELECT extra FROM posts WHERE id = ?", (crawled[0][0],))[0][0] or "{}")
    assert [s["origin"] for s in extra.get("seen_as", [])] == ["self-report"]


def test_a_crawl_finding_a_self_reported_page_keeps_one_post(
        portal: Callable[..., Result], farm: Farm, tmp_path: Path, db_path: Path, direct: None) -> None:
    reported = farm.url(post_path("kimb", 2))
    _import(portal, tmp_path, [("kim-b", reported)])
    portal("verify")
    (post_id, origin), = _rows(db_path, "SELECT id, origin FROM posts WHERE url = ?", (reported,))
    assert origin == "self-report"
    for _ in range(2):  # the next crawls too
        done = _crawl(db_path, "kim-b")
        assert done.returncode == 0, done.stderr
    assert _rows(db_path, "SELECT id FROM posts WHERE url = ?", (reported,)) == [(post_id,)]
    assert _rows(db_path, "SELECT count(*) FROM posts WHERE kim_id = 'kim-b'") == [(2,)]
    assert _rows(db_path, "SELECT post_id FROM reports") == [(post_id,)]
    extra = json.loads(_rows(db_path, "SELECT extra FROM posts WHERE id = ?", (post_id,))[0][0])
    assert extra["report_id"] == 1  # the crawl's reading of the page does not undo where it came from


def test_a_crawl_finding_a_self_reported_page_under_another_date_keeps_one_post(
        portal: Callable[..., Result], farm: Farm, tmp_path: Path, db_path: Path, direct: None) -> None:
    """The page's preview gives no date (the report's time is used): the crawl's item is not the
    same item of the channel by date or content, and still the same post by its page."""
    farm.state["portal_no_date"] = True
    reported = farm.url(post_path("kimb", 2))
    _import(portal, tmp_path, [("kim-b", reported)])
    portal("verify")
    (post_id, origin), = _rows(db_path, "SELECT id, origin FROM posts WHERE url = ?", (reported,))
    done = _crawl(db_path, "kim-b")
    assert done.returncode == 0, done.stderr
    assert _rows(db_path, "SELECT id FROM posts WHERE url = ?", (reported,)) == [(post_id,)]
    assert _rows(db_path, "SELECT count(*) FROM posts WHERE kim_id = 'kim-b'") == [(2,)]
    extra = json.loads(_rows(db_path, "SELECT extra FROM posts WHERE id = ?", (post_id,))[0][0])
    assert [s["origin"] for s in extra["seen_as"]] == ["crawl"] and extra["report_id"] == 1


def test_a_store_holding_a_self_reported_page_twice_is_merged_on_upgrade(db_path: Path) -> None:
    from crawler import store

    db = store.connect(db_path)
    page = "http://127.0.0.1:9/portal/kim/kima/berita/1.html"
    rows = [("p-crawl", "crawl", page), ("p-report", "self-report", page),
            ("p-home-1", "crawl", "http://127.0.0.1:9/portal/"), ("p-home-2", "crawl", "http://127.0.0.1:9/portal/")]
    with store.transaction(db):
        db.execute("INSERT INTO kims (id, name, region, status) VALUES ('kim-a', 'KIM Amanah', 'Kota Banjarmasin', "
                   "'active')")
        for post_id, origin, url in rows:
            db.execute("INSERT INTO posts (id, kim_id, url, canonical_url, origin, text, published_at, fetched_at) "
                       "VALUES (?, 'kim-a', ?, ?, ?, 'x', '2026-12-07T00:00:00Z', '2026-12-07T00:00:00Z')",
                       [post_id, url, url, origin])
        db.execute("INSERT INTO posts_fts (rowid, title, text) SELECT rowid, title, text FROM posts")
        # as an older kimwatch stored them: a crawled page and its self-report twice, a home page twice
        assert store.merge_same_posts(db) == 1
    assert [r[0] for r in db.execute("SELECT id FROM posts ORDER BY id")] == ["p-crawl", "p-home-1", "p-home-2"]
    db.close()


# --------------------------------------------------------------------------- LOW 5 and 6

def test_no_proxy_with_a_port_is_read_alike_by_crawl_and_verify(
        portal: Callable[..., Result], farm: Farm, tmp_path: Path, db_path: Path, direct: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crawler.urls import bypasses_proxy

    dead = _free_port()  # a proxy that is down: whatever goes through it fails
    port = int(farm.url("/").split(":")[2].split("/")[0])
    monkeypatch.setenv("http_proxy", f"http://ikp:s3cr%40t!@127.0.0.1:{dead}")
    monkeypatch.setenv("no_proxy", f"127.0.0.1:{port}")
    assert bypasses_proxy(farm.url("/x")) and not bypasses_proxy(f"http://127.0.0.1:{dead + 1}/")
    done = _crawl(db_path, "kim-a")
    assert done.returncode == 0, done.stderr
    assert _rows(db_path, "SELECT count(*) FROM posts WHERE kim_id = 'kim-a'") == [(2,)]  # direct, past the proxy
    _import(portal, tmp_path, [("kim-a", farm.url(post_path("kima", 2)))])
    portal("verify")
    assert _rows(db_path, "SELECT status FROM reports") == [("verified",)]

    # another port in no_proxy: both go through the (dead) proxy, and verify says so
    monkeypatch.setenv("no_proxy", f"127.0.0.1:{port + 1}")
    _import(portal, tmp_path, [("kim-b", farm.url(post_path("kimb", 1)))])
    output = portal("verify").output
    (status, detail), = _rows(db_path, "SELECT status, detail FROM reports WHERE kim_id = 'kim-b'")
    assert status == "pending", output
    assert f"through the proxy http://127.0.0.1:{dead}; check that it is up" in detail
    assert "s3cr" not in detail and "ikp" not in detail
    done = _crawl(db_path, "kim-b")
    channel_error = _rows(db_path, "SELECT last_error FROM channels WHERE owner_id = 'kim-b'")[0][0]
    assert f"through the proxy http://127.0.0.1:{dead}" in (channel_error or ""), (done.stdout, done.stderr)


# --------------------------------------------------------------------------- LOW 7

def test_a_report_rejected_for_a_reason_the_form_says_an_officer_checks_is_listed(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path, proxy_env: dict[str, str]) -> None:
    from crawler.selfreport.web import REASON_LABELS

    promised = {reason for reason, label in REASON_LABELS.items() if "petugas akan memeriksa" in label}
    from crawler.selfreport import verify

    assert promised == set(getattr(verify, "OFFICER_CHECKS", ()))
    _import(loaded, tmp_path, [("kim-satu", "http://s.id/kimIntranet")])  # a public shortener into the intranet
    loaded("verify")
    assert _rows(db_path, "SELECT status, reason FROM reports") == [("rejected", "not-public")]
    listing = loaded("review", "--reports", "--no-interactive").output
    assert "[1] kim-satu (KIM Satu)  rejected/not-public" in listing
    assert "open: http://s.id/kimIntranet" in listing
    loaded("review", "--reports", "--reject", "1", "--by", "rina")
    assert "nothing to review" in loaded("review", "--reports").output


# --------------------------------------------------------------------------- LOW 8

@pytest.mark.parametrize(("content", "said"), [
    ("Nama KIM;Tautan unggahan;Keterangan\nKIM Satu;http://www.facebook.com/kimsatu/posts/1;Berita \xe9t\xe9\n"
     .encode("cp1252"), "not UTF-8"),
    (b"", "the file is empty"),
])
def test_skip_invalid_does_not_pass_a_file_it_cannot_read(loaded: Callable[..., Result], tmp_path: Path,
                                                          db_path: Path, content: bytes, said: str) -> None:
    export = tmp_path / "laporan excel.csv"
    export.write_bytes(content)
    result = loaded("import", "reports", str(export), "--skip-invalid", expect=1)
    assert str(export) in result.output and said in result.output, result.output
    assert "--skip-invalid skips bad rows" in result.output
    assert _rows(db_path, "SELECT count(*) FROM reports") == [(0,)]
