"""The exact figures of the report JSON on a store whose answers are known (see known_store.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crawler import store
from crawler.errors import ReportError
from crawler.reporting.kpis import build_report, parse_target_share, report_window
from crawler.reporting.render import render
from tests.report.known_store import DAYS, UNTIL, build_known_store


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return build_known_store(tmp_path / "known.db")


def _report(db: sqlite_utils.Database, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("days", DAYS)
    kwargs.setdefault("until", UNTIL)
    kwargs.setdefault("weeks", 4)
    return build_report(db, **kwargs)


def _kim(report: dict[str, Any], kim_id: str) -> dict[str, Any]:
    return next(k for k in report["kims"] if k["id"] == kim_id)


def _announcement(report: dict[str, Any], ann_id: str) -> dict[str, Any]:
    return next(a for a in report["announcements"] if a["id"] == ann_id)


def test_window_edges_are_whole_wita_days() -> None:
    window = report_window("2024-10-31", 30)
    assert (window.start, window.end) == ("2024-10-01T16:00:00Z", "2024-10-31T16:00:00Z")
    assert window.as_dict()["first_day"] == "2024-10-02"
    one_day = report_window("2024-10-31", 1)
    assert (one_day.start, one_day.end) == ("2024-10-30T16:00:00Z", "2024-10-31T16:00:00Z")


def test_headline_figures(db: sqlite_utils.Database) -> None:
    report = _report(db)
    assert report["window"] == {
        "start": "2024-10-01T16:00:00Z", "end": "2024-10-31T16:00:00Z", "days": 30,
        "first_day": "2024-10-02", "last_day": "2024-10-31", "timezone": "WITA (UTC+08:00)",
    }
    assert report["target_share"] == 0.8
    assert report["kims_registered"] == 8  # kim-r is retired
    assert report["kims_active"] == 3
    assert report["kims_inactive"] == 3
    assert report["kims_unmeasured"] == 2
    assert report["active_share"] == 3 / 8
    assert report["target_met"] is False
    assert report["kims_needed_for_target"] == 4  # ceil(0.8 * 8) = 7 active needed
    assert "kim-r" not in {k["id"] for k in report["kims"]}


def test_statuses_and_reasons(db: sqlite_utils.Database) -> None:
    report = _report(db)
    got = {k["id"]: (k["status"], k["status_reason"]) for k in report["kims"]}
    assert got == {
        "kim-a": ("active", "amplified"),
        "kim-b": ("active", "amplified"),  # its post at 23:59 WITA on the last day is in
        "kim-c": ("inactive", "no_posts"),  # fetched fine; its post at 00:00 WITA next day is out
        "kim-d": ("inactive", "no_amplification"),  # its only amplification was rejected
        "kim-e": ("unmeasured", "no_channels"),
        "kim-h": ("active", "amplified"),
        "kim-f": ("unmeasured", "no_successful_fetch"),  # OK fetches only before/after the window
        "kim-g": ("inactive", "no_amplification"),  # not crawlable, but an imported post is in
    }


def test_per_region_counts(db: sqlite_utils.Database) -> None:
    regions = {r["region"]: r for r in _report(db)["regions"]}
    assert list(regions) == ["Kabupaten Banjar", "Kabupaten Tapin", "Kota Banjarmasin"]
    assert {k: regions["Kota Banjarmasin"][k] for k in ("registered", "active", "inactive", "unmeasured")} == \
        {"registered": 3, "active": 2, "inactive": 1, "unmeasured": 0}
    assert regions["Kota Banjarmasin"]["active_share"] == 2 / 3
    assert {k: regions["Kabupaten Banjar"][k] for k in ("registered", "active", "inactive", "unmeasured")} == \
        {"registered": 3, "active": 1, "inactive": 1, "unmeasured": 1}
    assert regions["Kabupaten Banjar"]["active_share"] == 1 / 3
    assert regions["Kabupaten Tapin"]["active_share"] == 0.0
    assert regions["Kabupaten Tapin"]["unmeasured"] == 1
    assert regions["Kabupaten Tapin"]["kims_needed_for_target"] == 2


def test_per_kim_counts_and_lags(db: sqlite_utils.Database) -> None:
    report = _report(db)
    a = _kim(report, "kim-a")
    assert (a["posts"], a["amplifications"], a["announcements_amplified"]) == (3, 3, 2)
    # first lag per announcement: ann-1 2 h (not the 5 h Telegram repeat), ann-2 10 h -> median 6
    assert a["median_lag_hours"] == 6.0
    assert a["last_amplified_at"] == "2024-10-20T10:00:00Z"
    assert a["methods"] == {"link": 1, "text": 2}
    b = _kim(report, "kim-b")
    assert b["median_lag_hours"] == round(5 + 59 / 60, 3)  # computed (no lag stored), to 3.6 s
    assert b["last_amplified_at"] == "2024-10-31T15:59:00Z"
    d = _kim(report, "kim-d")
    assert (d["posts"], d["amplifications"], d["announcements_amplified"]) == (1, 0, 0)
    assert d["median_lag_hours"] is None
    c = _kim(report, "kim-c")
    assert (c["posts"], c["amplifications"]) == (0, 0)


def test_channels_and_health(db: sqlite_utils.Database) -> None:
    report = _report(db)
    f = _kim(report, "kim-f")
    assert [(c["type"], c["health"], c["fetches_ok"], c["fetches_failed"]) for c in f["channels"]] == \
        [("website", "broken", 0, 1)]
    assert f["channels"][0]["last_error"] == "HTTP 503"
    assert [c["health"] for c in _kim(report, "kim-g")["channels"]] == ["not_crawlable"]
    assert [c["health"] for c in _kim(report, "kim-d")["channels"]] == ["never_fetched"]
    assert _kim(report, "kim-e")["channels"] == []
    assert report["channels_by_health"] == {"broken": 1, "never_fetched": 1, "not_crawlable": 1, "ok": 5}
    assert "etag" not in f["channels"][0] and "state" not in f["channels"][0]


def test_announcements_in_window_with_reach(db: sqlite_utils.Database) -> None:
    report = _report(db)
    # ann-0 one second before the window, ann-4 at 00:00 WITA after it: not listed
    assert [a["id"] for a in report["announcements"]] == ["ann-edge", "ann-1", "ann-2", "ann-3"]
    ann1 = _announcement(report, "ann-1")
    assert (ann1["kims_reached"], ann1["regions_reached"], ann1["amplifications"]) == (2, 2, 3)
    assert ann1["first_amplified_at"] == "2024-10-10T04:00:00Z"
    assert ann1["first_lag_hours"] == 2.0
    assert ann1["median_lag_hours"] == 5.0  # kim-a first 2 h, kim-h 8 h; kim-d rejected
    assert ann1["expected_scope"] == "province" and ann1["kims_expected"] == 8
    assert ann1["kims_not_reached"] == ["kim-b", "kim-c", "kim-d", "kim-e", "kim-f", "kim-g"]
    ann2 = _announcement(report, "ann-2")  # kim-r (retired) amplified it too: not counted
    assert (ann2["kims_reached"], ann2["median_lag_hours"]) == (1, 10.0)
    assert ann2["expected_scope"] == "region" and ann2["kims_not_reached"] == ["kim-b", "kim-c"]
    ann3 = _announcement(report, "ann-3")  # kim-c's post at 00:00 WITA next day is after the window
    assert ann3["kims_reached"] == 1 and ann3["kims_not_reached"] == ["kim-a", "kim-c"]
    edge = _announcement(report, "ann-edge")
    assert (edge["kims_reached"], edge["first_amplified_at"], edge["median_lag_hours"]) == (0, None, None)


def test_weekly_trend(db: sqlite_utils.Database) -> None:
    trend = _report(db)["trend"]
    assert [t["last_day"] for t in trend] == ["2024-10-10", "2024-10-17", "2024-10-24", "2024-10-31"]
    assert [t["first_day"] for t in trend][0] == "2024-10-04"
    assert [t["active"] for t in trend] == [2, 0, 1, 1]
    assert [t["active_share"] for t in trend] == [2 / 8, 0.0, 1 / 8, 1 / 8]
    assert _report(db, weeks=0)["trend"] == []


def test_min_amplifications(db: sqlite_utils.Database) -> None:
    report = _report(db, min_amplifications=2)
    assert report["kims_active"] == 1 and report["active_share"] == 1 / 8
    assert _kim(report, "kim-b")["status_reason"] == "below_min_amplifications"
    assert report["kims_unmeasured"] == 2


def test_region_filter_accepts_aliases(db: sqlite_utils.Database) -> None:
    report = _report(db, region="BJM")
    assert report["region_filter"] == "Kota Banjarmasin"
    assert (report["kims_registered"], report["kims_active"], report["active_share"]) == (3, 2, 2 / 3)
    assert _announcement(report, "ann-1")["kims_reached"] == 1  # kim-h is in Kabupaten Banjar
    assert _report(db, region="Kab. Tapin")["kims_registered"] == 2
    whole = _report(db, region="Kalsel")  # the province is every KIM, not none
    assert whole["kims_registered"] == _report(db)["kims_registered"] > 0 and whole["region_filter"] is None


def test_shorter_window_moves_the_edges(db: sqlite_utils.Database) -> None:
    report = _report(db, days=1)  # only 31 Oct WITA: kim-b's last-minute post
    assert report["kims_active"] == 1
    assert [k["id"] for k in report["kims"] if k["status"] == "active"] == ["kim-b"]
    assert [a["id"] for a in report["announcements"]] == ["ann-3"]
    # no fetch on 31 Oct: every other KIM, without a post that day, is unmeasured
    assert report["kims_unmeasured"] == 7
    report = _report(db, until="2024-11-01", days=1)  # 1 Nov WITA: kim-c's post and kim-f's fetch
    assert _kim(report, "kim-c")["status"] == "active"
    assert _kim(report, "kim-f")["status"] == "inactive"


def test_last_success_counts_as_a_fetch(db: sqlite_utils.Database) -> None:
    with store.transaction(db):
        db.execute("UPDATE channels SET last_success_at = '2024-10-20T00:00:00Z' WHERE id = 'kim-f/website'")
    kim_f = _kim(_report(db), "kim-f")
    assert (kim_f["status"], kim_f["status_reason"]) == ("inactive", "no_posts")
    assert kim_f["channels"][0]["fetched_in_window"] is True


def test_confirmed_counts_and_rejecting_removes(db: sqlite_utils.Database) -> None:
    with store.transaction(db):
        db.execute("UPDATE amplifications SET status = 'rejected' WHERE kim_id = 'kim-h'")
    report = _report(db)
    assert report["kims_active"] == 2
    assert _kim(report, "kim-h")["status"] == "inactive"


def test_target_share_sources(db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _report(db, target_share="30%")["target_met"] is True
    assert _report(db, target_share=0.375)["kims_needed_for_target"] == 0
    monkeypatch.setenv("KIMWATCH_TARGET_SHARE", "0.5")
    assert _report(db, target_share=None)["target_share"] == 0.5
    assert parse_target_share("80%") == 0.8
    with pytest.raises(ReportError, match="0.8 or a percentage"):
        parse_target_share("80")


def test_empty_store(tmp_path: Path) -> None:
    report = build_report(store.connect(tmp_path / "empty.db"), until="2024-10-31")
    assert (report["kims_registered"], report["active_share"], report["kims_needed_for_target"]) == (0, 0.0, 0)
    assert report["regions"] == [] and report["announcements"] == []
    assert len(report["trend"]) == 8
    assert "No KIM registered: load a registry" in render(report, "table")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"until": "31/13/2024"}, "DD-MM-YYYY"),
    ({"until": "31-10"}, "YYYY-MM-DD"),
    ({"until": "2024-02-30"}, "not a date"),
    ({"until": "30-02-2024"}, "not a date"),
    ({"region": "Atlantis"}, "not a known kabupaten/kota"),
    ({"days": 0}, "1 or more"),
    ({"min_amplifications": 0}, "1 or more"),
    ({"target_share": "1.5"}, "outside 0..1"),
])
def test_bad_requests(db: sqlite_utils.Database, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ReportError, match=message):
        _report(db, **kwargs)


def test_until_written_day_first_as_the_dump_queries_take_it() -> None:
    """`report --until 06-12-2026` was refused while the dashboard's since/until take dd-mm-yyyy."""
    from datetime import date

    from crawler.reporting.kpis import parse_until

    assert parse_until("31-10-2024") == parse_until("31/10/2024") == parse_until("2024-10-31") == date(2024, 10, 31)
    assert parse_until("6-12-2026") == date(2026, 12, 6)


def test_contract_keys_are_present(db: sqlite_utils.Database) -> None:
    """The contract's JSON shape (design.md) may be extended, never renamed."""
    report = _report(db)
    assert {"window", "target_share", "kims_registered", "kims_active", "kims_unmeasured", "active_share",
            "regions", "kims", "announcements"} <= set(report)
    assert {"start", "end", "days"} <= set(report["window"])
    assert {"region", "registered", "active", "unmeasured", "active_share"} <= set(report["regions"][0])
    assert {"id", "name", "region", "status", "posts", "amplifications", "announcements_amplified",
            "median_lag_hours", "last_amplified_at"} <= set(report["kims"][0])
    assert {"id", "title", "published_at", "kims_reached", "regions_reached", "first_amplified_at",
            "median_lag_hours"} <= set(report["announcements"][0])


def test_unmeasured_reason_tells_never_fetched_from_failed(db: sqlite_utils.Database) -> None:
    store.save_kims(db, [{"id": "kim-n", "name": "KIM Baru", "region": "Kabupaten Tapin"}])
    store.save_channels(db, [{"id": "kim-n/feed", "owner_kind": "kim", "owner_id": "kim-n", "type": "feed",
                              "url": "https://kimbaru.blogspot.com/feeds/posts/default", "crawlable": True}])
    report = _report(db)
    kim_n = _kim(report, "kim-n")
    assert (kim_n["status"], kim_n["status_reason"]) == ("unmeasured", "never_fetched")
    assert _kim(report, "kim-f")["status_reason"] == "no_successful_fetch"  # its fetch in the window failed
    html = render(report, "html", "id")
    row = html[html.index("KIM Baru"):]
    row = row[:row.index("</tr>")]
    assert "belum pernah diambil" in row and "gagal" not in row
    assert "never been fetched" in render(report, "html", "en")
    # fetched once, before the window only: not fetched in the period (not "failed")
    with store.transaction(db):
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) "
                   "VALUES ('kim-n/feed', '2024-09-01T00:00:00Z', 1, '200')")
        db.execute("UPDATE channels SET last_crawled_at = '2024-09-01T00:00:00Z', "
                   "last_success_at = '2024-09-01T00:00:00Z' WHERE id = 'kim-n/feed'")
    kim_n = _kim(_report(db), "kim-n")
    assert (kim_n["status"], kim_n["status_reason"]) == ("unmeasured", "not_fetched_in_period")


def test_platforms_of_kims_without_amplification(db: sqlite_utils.Database) -> None:
    report = _report(db)
    assert _kim(report, "kim-d")["platforms"] == ["website"]  # a feed, and a post on its blog
    assert _kim(report, "kim-g")["platforms"] == ["instagram"]  # recorded channel, imported post
    assert _kim(report, "kim-e")["platforms"] == []  # no channel, no post
    kim_a = _kim(report, "kim-a")
    assert kim_a["platforms"] == ["telegram", "website"]
    assert kim_a["amplification_platforms"] == ["telegram", "website"]
    assert _kim(report, "kim-d")["amplification_platforms"] == []  # its match was rejected
