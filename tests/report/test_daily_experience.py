"""Issue 15, the report officials read: no 0% for weeks before any data, an empty channel is not
plainly "ok", failures in the page's language, the crawl's hint in full."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import sqlite_utils

from crawler import store
from crawler.harvest.context import ChannelOutcome, CrawlResult
from crawler.harvest.runner import format_summary
from crawler.reporting.kpis import build_report
from crawler.reporting.render import render
from tests.report.known_store import DAYS, UNTIL, build_known_store


def _report(db: sqlite_utils.Database, **kwargs):
    return build_report(db, days=DAYS, until=UNTIL, **kwargs)


def test_trend_weeks_before_any_data_have_no_value(tmp_path: Path) -> None:
    # first fetch 2024-09-20, first announcement 2024-10-01 (WITA), first post 2024-10-10
    db = build_known_store(tmp_path / "k.db")
    trend = _report(db, weeks=8)["trend"]
    assert [t["last_day"] for t in trend][:4] == ["2024-09-12", "2024-09-19", "2024-09-26", "2024-10-03"]
    assert [t["active_share"] for t in trend[:3]] == [None, None, None]
    # the week of 20-26 Sep: channels read, but nothing announced yet to spread
    assert [t["measured"] for t in trend] == [False, False, False] + [True] * 5
    assert trend[3]["active_share"] == 0.0 and trend[-1]["active_share"] == 1 / 8
    table = render(_report(db, weeks=8), "table", "en")
    week = [line for line in table.splitlines() if line.startswith("2024-09-12")][0]
    assert "no data yet" in week and "0.0%" not in week
    page = render(_report(db, weeks=8), "html", "id")
    assert "belum ada data" in page
    rows = list(csv.DictReader(io.StringIO(render(_report(db, weeks=8), "csv", csv_table="trend"))))
    assert rows[2]["active_share"] == "" and rows[3]["active_share"] == "0.0"


def test_trend_weeks_before_the_first_announcement_have_no_value(tmp_path: Path) -> None:
    """A KIM's back catalogue (posts from years before any announcement kimwatch knows) makes no
    run of 0 % weeks: there was nothing to spread."""
    db = build_known_store(tmp_path / "k.db")
    db.execute("UPDATE posts SET published_at = '2019-03-04T02:00:00Z' WHERE id = 'p-a2'")
    db.execute("UPDATE announcements SET published_at = '2024-10-15T02:00:00Z' WHERE published_at < '2024-10-15'")
    db.conn.commit()
    trend = _report(db, weeks=8)["trend"]
    assert [t["measured"] for t in trend] == [False] * 5 + [True] * 3
    assert trend[5]["first_day"] == "2024-10-11"  # the week of 15 Oct, the first announcement
    assert {t["active_share"] for t in trend[:5]} == {None}


def test_trend_of_a_store_with_posts_but_no_announcement_has_no_value(tmp_path: Path) -> None:
    db = build_known_store(tmp_path / "k.db")
    db.execute("DELETE FROM amplifications")
    db.execute("DELETE FROM announcements")
    db.conn.commit()
    assert {t["measured"] for t in _report(db, weeks=4)["trend"]} == {False}


def test_trend_of_an_empty_store_has_no_value(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "e.db")
    assert {t["active_share"] for t in build_report(db, weeks=3)["trend"]} == {None}


def test_channel_read_without_posts_is_not_plainly_ok(tmp_path: Path) -> None:
    db = build_known_store(tmp_path / "k.db")
    store.save_channels(db, [{"id": "kim-e/website", "owner_kind": "kim", "owner_id": "kim-e", "type": "website",
                              "url": "https://einsiedel.kim.id/", "crawlable": True}])
    db.execute("UPDATE channels SET last_crawled_at = '2024-10-15T00:00:00Z', last_status = '200', "
               "last_success_at = '2024-10-15T00:00:00Z', last_error = 'no article found on the home page; "
               "give the listing path as section: in the registry' WHERE id = 'kim-e/website'")
    report = _report(db)
    kim_e = next(k for k in report["kims"] if k["id"] == "kim-e")
    assert [c["health"] for c in kim_e["channels"]] == ["empty"]
    kim_b = next(k for k in report["kims"] if k["id"] == "kim-b")
    assert [c["health"] for c in kim_b["channels"]] == ["ok"]  # read, and its post is stored
    page = render(report, "html", "id")
    assert "terbaca, tidak ada unggahan ditemukan" in page
    assert "tidak menemukan unggahan" in page
    english = render(report, "html", "en")
    assert "give the listing path as section: in the registry" in english  # the crawl's hint, whole


def test_indonesian_page_has_no_english_error_text(tmp_path: Path) -> None:
    db = build_known_store(tmp_path / "k.db")
    db.execute("UPDATE channels SET last_status = '500', last_error = 'HTTP 500 Internal Server Error at "
               "https://fajar.kim.id/' WHERE id = 'kim-f/website'")
    report = _report(db)
    page = render(report, "html", "id")
    assert "Internal Server Error" not in page and "HTTP 503" not in page
    assert "kesalahan di server situs (kode HTTP 500)" in page
    assert "Internal Server Error" in render(report, "html", "en")


def test_crawl_summary_keeps_the_whole_hint() -> None:
    hint = ("no article found: the home page lists no article links and no feed, sitemap or WordPress API "
            "was found; give the listing path as `section:` in the registry (for example /berita)")
    outcome = ChannelOutcome("kim-x/website/abc", "kim", "kim-x", "website", "https://x.kim.id/", ok=True,
                             status="200", error=hint)
    text = format_summary(CrawlResult(run_id=1, status="ok", channels=[outcome]))
    assert hint in text
