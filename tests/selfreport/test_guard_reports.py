"""Outside tester's findings on self-reports: hosts a client or proxy decodes, IPv6 literals,
credentials in the link, the form's times (WITA), and what `kimwatch crawl --kim/--source` verifies."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from crawler.selfreport import intake
from crawler.selfreport.web import _page
from tests.selfreport import test_form as form_tests

REPO = Path(__file__).resolve().parent.parent.parent

#: the form's `kimwatch serve` and its links, as in test_form
server = form_tests.server
links = form_tests.links

HOSTILE = ["http://%31%32%37.0.0.1:8099/x", "http://127.0.0.1%2e:8099/", "http://127.0.0.1\\@facebook.com/",
           "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::7f00:1]/",
           "http://[::ffff:127.000.000.001]:8099/", "http://[::1]:8099/x"]
CREDENTIALS = ["http://user:pw@facebook.com/x", "https://budi:rahasia@www.facebook.com/kimsatu/posts/1",
               "https://budi@www.facebook.com/kimsatu/posts/1"]


def _reports(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.execute("SELECT kim_id, url, status FROM reports ORDER BY id"))
    finally:
        conn.close()


def test_the_form_answers_400_never_500_and_stores_nothing(server: str, links: dict[str, str],
                                                           db_path: Path) -> None:
    path = form_tests._path(links["kim-satu"])
    client = form_tests.Client(server)
    csrf = client.csrf(path)
    for url in HOSTILE:
        status, body, _ = client.post(path, {"url": url, "csrf": csrf})
        assert status == 400, (url, status, body[-400:])
        assert "Tautan tidak sah" in body, url
    for url in CREDENTIALS:
        status, body, _ = client.post(path, {"url": url, "csrf": csrf})
        assert status == 400, (url, status)
        assert "nama pengguna atau kata sandi" in body, url
        assert "rahasia" not in body and "pw@" not in body, url
    assert _reports(db_path) == []
    status, _, location = client.post(path, {"url": "https://www.facebook.com/kimsatu/posts/1", "csrf": csrf})
    assert status == 303 and location == f"{path}?terkirim=1"


@pytest.mark.parametrize("url", HOSTILE[:3] + [HOSTILE[6]] + CREDENTIALS)
def test_check_url_refuses_encoded_hosts_backslashes_broken_addresses_and_credentials(url: str) -> None:
    checked, problem = intake.check_url(url)
    assert checked is None and problem
    assert "rahasia" not in problem


def test_check_url_keeps_ordinary_links() -> None:
    for url in ("https://www.facebook.com/kimsatu/posts/1", "https://www.tiktok.com/@kimlima/video/1",
                "https://www.facebook.com/x?email=a@b.id"):
        assert intake.check_url(url) == (url, None), url


def test_import_reports_refuses_encoded_hosts_and_credentials(loaded: Callable[..., Result], tmp_path: Path,
                                                              db_path: Path) -> None:
    rows = ["http://%31%32%37.0.0.1:8099/x", "http://user:pw@facebook.com/x", "http://127.0.0.1%2e:8099/"]
    export = tmp_path / "laporan.csv"
    export.write_text("kim,url\n" + "".join(f"kim-satu,{u}\n" for u in rows), encoding="utf-8")
    refused = loaded("import", "reports", str(export), expect=1).output
    assert "percent-encoded host" in refused and "carries credentials" in refused, refused
    assert "pw@" not in refused and ":***@" in refused
    assert _reports(db_path) == []
    loaded("import", "reports", str(export), "--skip-invalid")
    assert _reports(db_path) == []


def test_the_form_shows_times_in_wita() -> None:
    kim = {"id": "kim-satu", "name": "KIM Satu", "region": "Kota Banjarmasin"}
    reports = [{"url": "https://www.facebook.com/kimsatu/posts/1", "status": "pending", "reason": None,
                "reported_at": "2025-10-18T01:30:00Z", "created_at": "2025-10-18T01:31:00Z"},
               {"url": "https://www.facebook.com/kimsatu/posts/2", "status": "pending", "reason": None,
                "reported_at": None, "created_at": "2025-10-18T17:05:00Z"}]
    page = _page(kim, reports, "x")
    assert "2025-10-18 09:30 WITA" in page and "2025-10-19 01:05 WITA" in page
    assert "UTC" not in page


def test_a_filtered_crawl_verifies_only_the_selected_kims_reports(loaded: Callable[..., Result], tmp_path: Path,
                                                                  db_path: Path, proxy_env: dict[str, str]) -> None:
    export = tmp_path / "laporan.csv"
    export.write_text("kim,url\nkim-satu,http://www.facebook.com/kimsatu/posts/pfbid0Satu1001\n"
                      "kim-tujuh,http://www.facebook.com/kimtujuh/posts/tertutup\n", encoding="utf-8")
    loaded("import", "reports", str(export))

    def crawl(*args: str) -> str:  # a process per crawl: Scrapy's reactor runs once per process
        done = subprocess.run([sys.executable, "-m", "crawler", "--db", str(db_path), "crawl", "-q", *args],
                              capture_output=True, text=True, timeout=120, env=dict(os.environ), cwd=REPO)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def statuses() -> dict[str, str]:
        return {kim: status for kim, _, status in _reports(db_path)}

    assert "self-reports" not in crawl("--source", "diskominfo-kalsel", "--no-match")  # --no-match: no verify
    assert "self-reports" not in crawl("--source", "diskominfo-kalsel")
    assert statuses() == {"kim-satu": "pending", "kim-tujuh": "pending"}
    assert "self-reports: 1 report(s) checked" in crawl("--kim", "kim-satu")
    assert statuses() == {"kim-satu": "verified", "kim-tujuh": "pending"}


@pytest.mark.parametrize("url", ["http://127.0.0.1:8099/plain", "http://127.1:8099/", "http://0177.0.0.1:8099/",
                                 "http://[::1]:8099/", "http://[::ffff:127.0.0.1]:8099/", "http://0.0.0.0:8099/",
                                 "http://169.254.169.254/latest/", "http://localhost.:8099/",
                                 "http://foo.localhost:8099/", "http://metadata.google.internal/",
                                 "http://printer.local/", "http://kubernetes.default.svc/"])
def test_import_reports_refuses_internal_addresses_at_intake(kimwatch: Callable[..., Result], loaded: Any,
                                                             tmp_path: Path, url: str) -> None:
    """Like the form, the import refuses a link into this server's network before storing it."""
    export = tmp_path / "laporan.csv"
    export.write_text(f"kim,url\nkim-satu,{url}\n", encoding="utf-8")
    result = kimwatch("import", "reports", str(export), expect=1)
    assert "points at an internal address" in result.output or "has " in result.output


@pytest.mark.parametrize(("url", "said"), [
    ("http://0xA9FEA9FE/latest/", "its host '0xA9FEA9FE' is an address written as one number"),
    ("http://2852039166/latest/", "its host '2852039166' is an address written as one number"),
    ("www.facebook.com/kim/posts/1", "it must start with https:// or http://"),
])
def test_check_url_says_why_a_link_is_no_address(url: str, said: str) -> None:
    checked, problem = intake.check_url(url)
    assert checked is None and said in (problem or ""), problem
