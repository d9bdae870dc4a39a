"""Unverified self-reports count only once a person confirms them (`kimwatch review --reports`);
`kimwatch crawl` and the daemon verify pending reports after the KIM crawl."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from crawler import store
from crawler.daemon.config import DaemonConfig
from crawler.daemon.service import Daemon
from tests.farm import Farm
from tests.farm.sites.platforms import CAPTION
from tests.selfreport.platform_proxy import PlatformProxy

REPO = Path(__file__).resolve().parent.parent.parent
LOGIN_WALL = "http://www.facebook.com/groups/555123/posts/777/"


def _status(db_path: Path) -> dict[str, tuple[str, str | None]]:
    conn = sqlite3.connect(db_path)
    try:
        return {k: (s, r) for k, s, r in conn.execute("SELECT kim_id, status, reason FROM reports")}
    finally:
        conn.close()


def _report_json(kimwatch: Callable[..., Result]) -> dict:
    return json.loads(kimwatch("report", "--until", "2024-10-31", "--days", "30", "--format", "json").output)


def test_a_login_wall_report_counts_only_after_a_person_confirms_it(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path, proxy_env: dict[str, str]) -> None:
    export = tmp_path / "laporan.jsonl"
    export.write_text(json.dumps({"kim": "kim-delapan", "url": LOGIN_WALL, "reported_at": "2024-10-18T09:00:00+08:00",
                                  "note": CAPTION}) + "\n", encoding="utf-8")
    loaded("import", "reports", str(export))
    loaded("verify")
    assert _status(db_path) == {"kim-delapan": ("unverified", "login-wall")}
    before = {k["id"]: k for k in _report_json(loaded)["kims"]}
    assert before["kim-delapan"]["status"] != "active"

    listing = loaded("review", "--reports", "--no-interactive").output
    assert "[1] kim-delapan (KIM Delapan)  login-wall" in listing
    assert f"open: {LOGIN_WALL}" in listing

    confirmed = loaded("review", "--reports", "--confirm", "1", "--by", "rina").output
    assert "report 1: confirmed" in confirmed
    assert _status(db_path) == {"kim-delapan": ("verified", "confirmed")}
    after = _report_json(loaded)
    kim = {k["id"]: k for k in after["kims"]}["kim-delapan"]
    assert kim["status"] == "active" and kim["evidence"] == ["self-report"]
    assert after["reports_unverified"] == 0
    assert "nothing to review" in loaded("review", "--reports").output


def test_review_reports_rejects_and_names_a_bad_id(loaded: Callable[..., Result], tmp_path: Path,
                                                   db_path: Path) -> None:
    export = tmp_path / "laporan.csv"
    export.write_text(f"kim,url\nkim-delapan,{LOGIN_WALL}\n", encoding="utf-8")
    loaded("import", "reports", str(export))
    loaded("review", "--reports", "--reject", "1")
    assert _status(db_path) == {"kim-delapan": ("rejected", "rejected-by-reviewer")}
    bad = loaded("review", "--reports", "--confirm", "99", expect=1)
    assert "no report 99" in bad.output


def test_crawl_verifies_pending_reports_unless_told_not_to(loaded: Callable[..., Result], tmp_path: Path,
                                                            db_path: Path, proxy_env: dict[str, str]) -> None:
    export = tmp_path / "laporan.csv"
    export.write_text("kim,url\nkim-satu,http://www.facebook.com/kimsatu/posts/pfbid0Satu1001\n", encoding="utf-8")
    loaded("import", "reports", str(export))
    def crawl(*extra: str) -> str:  # a process per crawl: Scrapy's reactor runs once per process
        done = subprocess.run([sys.executable, "-m", "crawler", "--db", str(db_path), "crawl", "-q",
                               "--kim", "kim-satu", *extra], capture_output=True, text=True, timeout=120,
                              env=dict(os.environ), cwd=REPO)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "self-reports" not in crawl("--no-verify")
    assert _status(db_path) == {"kim-satu": ("pending", None)}
    assert "self-reports" not in crawl("--no-match")
    assert _status(db_path) == {"kim-satu": ("pending", None)}
    assert "self-reports: 1 report(s) checked: 1 verified; 1 new post(s)" in crawl()
    assert _status(db_path) == {"kim-satu": ("verified", None)}


def test_the_daemon_verifies_after_the_kim_crawl_in_a_child(loaded: Callable[..., Result], tmp_path: Path,
                                                             db_path: Path, proxy_env: dict[str, str]) -> None:
    export = tmp_path / "laporan.csv"
    export.write_text("kim,url\nkim-empat,http://www.instagram.com/p/CxEmpat123/\n", encoding="utf-8")
    loaded("import", "reports", str(export))
    config = DaemonConfig(db=str(db_path), registry=None, report_dir=str(tmp_path / "reports"))  # type: ignore[call-arg]
    daemon = Daemon(config, child_prefix=[sys.executable, "-m", "crawler"], environ=dict(os.environ))
    daemon.crawl_and_match("crawl-kims")
    assert daemon.results["verify"].ok, daemon.results["verify"].message
    assert list(daemon.results) == ["crawl-kims", "verify", "match"]
    assert _status(db_path) == {"kim-empat": ("verified", None)}
    conn = sqlite3.connect(db_path)
    try:
        amplified = conn.execute("SELECT kim_id FROM amplifications").fetchall()
    finally:
        conn.close()
    assert amplified == [("kim-empat",)]
    daemon.run_job("verify", daemon.verify)  # nothing pending any more: no child
    assert (daemon.results["verify"].status, daemon.results["verify"].message) == ("skipped", "no pending self-report")


def test_review_reports_asks_for_each_one_when_interactive(loaded: Callable[..., Result], tmp_path: Path,
                                                          db_path: Path, proxy_env: dict[str, str]) -> None:
    from click.testing import CliRunner

    from crawler.cli import cli

    export = tmp_path / "laporan.csv"
    export.write_text(f"kim,url,note\nkim-delapan,{LOGIN_WALL},info vaksinasi gratis\n"
                      "kim-sepuluh,https://chat.whatsapp.com/InviteAbc,pesan grup\n", encoding="utf-8")
    loaded("import", "reports", str(export))
    loaded("verify")
    assert {kim: status for kim, (status, _) in _status(db_path).items()} == {
        "kim-delapan": "unverified", "kim-sepuluh": "unverified"}
    result = CliRunner().invoke(cli, ["--db", str(db_path), "review", "--reports", "--interactive", "--by", "rina"],
                                input="c\nr\n", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "recorded 1 confirmed, 1 rejected report(s) (by rina)" in result.output
    assert _status(db_path) == {"kim-delapan": ("verified", "confirmed"),
                                "kim-sepuluh": ("rejected", "rejected-by-reviewer")}


def test_the_daemons_verification_counts_its_requests_in_the_kim_crawls_run(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path, proxy_env: dict[str, str],
        platform_proxy: PlatformProxy, farm: Farm) -> None:
    """fixes20 item 3: the daemon's verification job (a child of its own after the KIM crawl) adds
    the requests it sent to the KIM crawl's run, as `kimwatch crawl` counts its own verification's:
    the run's count is every request the proxy saw from both."""
    export = tmp_path / "laporan.csv"
    export.write_text("kim,url\nkim-empat,http://www.instagram.com/p/CxEmpat123/\n"
                      "kim-satu,http://www.facebook.com/kimsatu/posts/pfbid0Satu1001\n", encoding="utf-8")
    loaded("import", "reports", str(export))
    db = store.connect(db_path)  # a KIM channel the crawl reads (the platforms' are not crawled)
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-empat", "type": "feed",
                              "url": farm.url("/kimloktabat/index.rdf")}])
    db.conn.close()
    config = DaemonConfig(db=str(db_path), registry=None, report_dir=str(tmp_path / "reports"))  # type: ignore[call-arg]
    daemon = Daemon(config, child_prefix=[sys.executable, "-m", "crawler"], environ=dict(os.environ))
    seen = len(platform_proxy.requests)
    daemon.run_job("crawl-kims", lambda: daemon.crawl("crawl-kims"))
    assert daemon.results["crawl-kims"].ok, daemon.results["crawl-kims"].message
    [(run_id, crawled)] = _runs(db_path)
    # the crawl's own, counted by the crawl: the feed's host saw them (the proxy none)
    assert crawled == len(farm.requests) >= 2 and len(platform_proxy.requests) == seen
    seen = len(platform_proxy.requests)
    daemon.run_job("verify", daemon.verify)
    assert daemon.results["verify"].ok, daemon.results["verify"].message
    verified = len(platform_proxy.requests) - seen
    assert verified >= 2  # a page per report at least
    assert _runs(db_path) == [(run_id, crawled + verified)]
    assert f"{verified} request(s), counted in crawl run {run_id}" in daemon.results["verify"].message
    # a run that is not there is said, not passed over
    missing = loaded("verify", "--count-in-run", "999")
    assert "crawl run 999 not found: the 0 request(s) sent are not counted in it" in missing.output


def _runs(db_path: Path) -> list[tuple[int, int]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT id, requests FROM crawl_runs ORDER BY id").fetchall()
    finally:
        conn.close()
