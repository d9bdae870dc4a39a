"""Outside tester S (session 12 fixes19): a store holding old-dated items (a KIM blog's first
crawl brings years of history, a source's archive pages from 2018) made every later week a
measured "0 / 0.0%", though nothing was announced, posted or fetched in it. A week of which
nothing is known has no value ("no data yet"; ``"measured": false`` in JSON), in every format."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from crawler import store
from crawler.reporting.kpis import build_report
from crawler.reporting.render import render
from tests.report.known_store import DAYS, UNTIL, build_known_store


def _old_store(path: Path) -> sqlite_utils.Database:
    """The known store (first fetch 2024-09-20) plus a back catalogue: an announcement of 2018
    and a KIM post of 2017, and one old post in the week ending 2024-08-29."""
    db = build_known_store(path)
    store.save_announcements(db, [{"id": "ann-2018", "source_id": "prov", "title": "Arsip lama", "text": "arsip",
                                   "published_at": "2018-08-25T07:24:00Z",
                                   "url": "https://diskominfomc.kalselprov.go.id/arsip-2018"}])
    store.save_posts(db, [
        {"id": "p-2017", "kim_id": "kim-a", "channel_id": "kim-a/feed", "platform": "website", "title": "Lama",
         "text": "Tulisan lama", "published_at": "2017-03-04T02:00:00Z", "url": "https://kimalalak.blogspot.com/old",
         "origin": "crawl"},
        {"id": "p-aug", "kim_id": "kim-a", "channel_id": "kim-a/feed", "platform": "website", "title": "Agustus",
         "text": "Tulisan Agustus", "published_at": "2024-08-26T02:00:00Z",
         "url": "https://kimalalak.blogspot.com/agustus", "origin": "crawl"}])
    return db


def test_weeks_with_no_announcement_post_or_fetch_are_not_measured(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "k.db")
    report = build_report(db, days=DAYS, until=UNTIL, weeks=12)
    trend = report["trend"]
    by_day = {t["last_day"]: t for t in trend}
    # 9 Aug .. 19 Sep: nothing announced, posted or fetched, except the old post of 26 Aug
    for day in ("2024-08-15", "2024-08-22", "2024-09-05", "2024-09-12", "2024-09-19"):
        assert by_day[day]["measured"] is False and by_day[day]["active_share"] is None, by_day[day]
    assert by_day["2024-08-29"]["measured"] is True and by_day["2024-08-29"]["active_share"] == 0.0
    # from the first fetch on (20 Sep), every week is measured, as before
    assert [t["measured"] for t in trend if t["last_day"] >= "2024-09-26"] == [True] * 6
    assert trend[-1]["active_share"] == 1 / 8
    # JSON: null and false, never 0 and true
    week = next(t for t in json.loads(render(report, "json"))["trend"] if t["last_day"] == "2024-09-12")
    assert week["active"] is None and week["active_share"] is None and week["measured"] is False
    table = render(report, "table", "en")
    line = next(row for row in table.splitlines() if row.startswith("2024-09-12"))
    assert "no data yet" in line and "0.0%" not in line
    page = render(report, "html", "en")
    assert page.count("no data yet") >= 5
    assert render(report, "html", "id").count("belum ada data") >= 5


def test_a_week_with_fetches_only_is_a_measured_zero(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "k.db")
    db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) VALUES "
               "('kim-a/feed', '2024-09-10T03:00:00Z', 1, '200')")
    db.conn.commit()
    by_day = {t["last_day"]: t for t in build_report(db, days=DAYS, until=UNTIL, weeks=12)["trend"]}
    assert by_day["2024-09-12"]["measured"] is True and by_day["2024-09-12"]["active_share"] == 0.0
    assert by_day["2024-09-05"]["measured"] is False
