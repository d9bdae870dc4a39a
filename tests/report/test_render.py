"""Every format shows the JSON's numbers: CSV exactly, the table and HTML as rounded for display."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from crawler.errors import ReportError
from crawler.reporting.kpis import build_report
from crawler.reporting.render import format_hours, format_share, render
from tests.report.known_store import DAYS, UNTIL, build_known_store


@pytest.fixture
def report(tmp_path: Path) -> dict[str, Any]:
    db = build_known_store(tmp_path / "known.db")
    return build_report(db, days=DAYS, until=UNTIL, weeks=4)


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _number(value: str) -> float | None:
    return float(value) if value != "" else None


def test_json_round_trips(report: dict[str, Any]) -> None:
    assert json.loads(render(report, "json")) == report


def test_csv_kims_match_json(report: dict[str, Any]) -> None:
    rows = _csv(render(report, "csv"))
    assert [r["id"] for r in rows] == [k["id"] for k in report["kims"]]
    for row, kim in zip(rows, report["kims"], strict=True):
        assert row["status"] == kim["status"]
        for key in ("posts", "amplifications", "announcements_amplified", "median_lag_hours"):
            assert _number(row[key]) == kim[key], (kim["id"], key)
        assert (row["last_amplified_at"] or None) == kim["last_amplified_at"]
        assert int(row["channels"]) == len(kim["channels"])
    kim_f = next(r for r in rows if r["id"] == "kim-f")
    assert kim_f["channel_health"] == "website:broken"


def test_csv_regions_announcements_trend_summary_match_json(report: dict[str, Any]) -> None:
    regions = _csv(render(report, "csv", csv_table="regions"))
    assert [(r["region"], int(r["registered"]), int(r["active"]), int(r["unmeasured"]), float(r["active_share"]))
            for r in regions] == \
        [(r["region"], r["registered"], r["active"], r["unmeasured"], r["active_share"]) for r in report["regions"]]
    anns = _csv(render(report, "csv", csv_table="announcements"))
    for row, ann in zip(anns, report["announcements"], strict=True):
        assert row["id"] == ann["id"]
        for key in ("kims_reached", "regions_reached", "first_lag_hours", "median_lag_hours", "kims_expected"):
            assert _number(row[key]) == ann[key], (ann["id"], key)
        assert row["kims_not_reached"].split() == ann["kims_not_reached"]
    trend = _csv(render(report, "csv", csv_table="trend"))
    assert [float(t["active_share"]) for t in trend] == [t["active_share"] for t in report["trend"]]
    summary = {r["metric"]: r["value"] for r in _csv(render(report, "csv", csv_table="summary"))}
    assert float(summary["active_share"]) == report["active_share"] == 0.375
    assert int(summary["kims_registered"]) == 8 and int(summary["kims_active"]) == 3
    assert int(summary["kims_unmeasured"]) == 2 and float(summary["target_share"]) == 0.8
    assert summary["window_start"] == "2024-10-01T16:00:00Z" and summary["window_end"] == "2024-10-31T16:00:00Z"


def test_csv_shows_the_uncertain_matches_the_json_shows(tmp_path: Path) -> None:
    """An outside audit: the CSV had no uncertain column nor the summary's uncertain and
    by-evidence figures, so a KIM active only through a match waiting for review read as plainly
    inactive in a spreadsheet."""
    db = build_known_store(tmp_path / "known.db")
    db.execute("UPDATE amplifications SET status = 'uncertain' WHERE rowid = (SELECT min(rowid) FROM amplifications)")
    db.conn.commit()
    report = build_report(db, days=DAYS, until=UNTIL, weeks=4)
    assert report["amplifications_uncertain"] == 1
    rows = {r["id"]: r for r in _csv(render(report, "csv"))}
    assert {k["id"]: k["uncertain"] for k in report["kims"]} == {i: int(r["uncertain"]) for i, r in rows.items()}
    summary = {r["metric"]: r["value"] for r in _csv(render(report, "csv", csv_table="summary"))}
    assert int(summary["amplifications_uncertain"]) == 1
    for kind, n in report["kims_active_by_evidence"].items():
        assert int(summary[f"kims_active_by_evidence_{kind}"]) == n


def test_html_follow_up_list_says_a_kim_waits_on_uncertain_matches(tmp_path: Path) -> None:
    """An outside audit: the follow-up list said "ada unggahan, tetapi tidak menyebarkan pengumuman"
    of a KIM the main table showed as active only through an uncertain match."""
    db = build_known_store(tmp_path / "known.db")
    active = sorted(k["id"] for k in build_report(db, days=DAYS, until=UNTIL)["kims"] if k["status"] == "active")
    db.execute("UPDATE amplifications SET status = 'uncertain' WHERE kim_id = ?", [active[0]])
    db.conn.commit()
    report = build_report(db, days=DAYS, until=UNTIL, weeks=4)
    page = render(report, "html", "id")
    follow_up = page.split(">KIM tidak aktif")[1] if ">KIM tidak aktif" in page else page
    row = next(r for r in follow_up.split("<tr>") if f">{active[0]}<" in r)
    assert "aktif hanya lewat" in row and "kecocokan belum pasti" in row, row


def _table_rows(text: str, first_cells: set[str]) -> dict[str, list[str]]:
    rows = {}
    for line in text.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if cells and cells[0] in first_cells:
            rows.setdefault(cells[0], cells)
    return rows


def test_table_matches_json(report: dict[str, Any]) -> None:
    text = render(report, "table")
    assert "\x1b[" not in text
    assert "Active share: 37.5% (3 of 8 registered KIMs active)" in text
    assert "4 more active KIM(s) needed" in text
    kims = _table_rows(text, {k["id"] for k in report["kims"]})
    for kim in report["kims"]:
        cells = kims[kim["id"]]
        assert cells[1] == kim["region"]
        assert cells[2] == kim["status"]
        assert [int(c) for c in cells[3:6]] == [kim["posts"], kim["amplifications"], kim["announcements_amplified"]]
        assert cells[6] == format_hours(kim["median_lag_hours"])
    assert kims["kim-b"][6] == "6.0" and kims["kim-b"][7] == "2024-10-31 23:59"  # WITA wall time
    regions = _table_rows(text, {r["region"] for r in report["regions"]} | {"Total"})
    for region in report["regions"]:
        cells = regions[region["region"]]
        assert [int(c) for c in cells[1:5]] == [region["registered"], region["active"], region["inactive"],
                                                region["unmeasured"]]
        assert cells[5] == format_share(region["active_share"])
    assert regions["Total"][1:] == ["8", "3", "3", "2", "37.5%"]
    anns = _table_rows(text, {a["id"] for a in report["announcements"]})
    for ann in report["announcements"]:
        cells = anns[ann["id"]]
        assert [int(cells[3]), int(cells[4])] == [ann["kims_reached"], ann["regions_reached"]]
        assert cells[5:7] == [format_hours(ann["first_lag_hours"]), format_hours(ann["median_lag_hours"])]
        assert cells[7] == f"{len(ann['kims_not_reached'])}/{ann['kims_expected']}"
    assert anns["ann-1"][7] == "6/8" and anns["ann-2"][7] == "2/3"
    trend = _table_rows(text, {t["last_day"] for t in report["trend"]})
    assert [trend[t["last_day"]][2] for t in report["trend"]] == ["25.0%", "0.0%", "12.5%", "12.5%"]


def test_table_colour_only_when_asked(report: dict[str, Any]) -> None:
    coloured = render(report, "table", color=True)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render(report, "table")


def test_table_in_indonesian(report: dict[str, Any]) -> None:
    text = render(report, "table", "id")
    assert "Persentase KIM aktif: 37,5%" in text and "tidak terukur" in text


_URL = re.compile(r"(?i)(https?:|ftp:)?//[^\s\"'<>]*|url\(|@import")
_LINKING = {"src", "href", "action", "srcset", "poster", "data", "xlink:href", "background", "formaction"}


class _References(HTMLParser):
    """Collects every attribute that would load or link something."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [f"<{tag} {name}=...>" for name, _ in attrs if name in _LINKING]


def _external(page: str) -> list[str]:
    parser = _References()
    parser.feed(page)
    return parser.found + [m.group(0) for m in _URL.finditer(page)]


def test_html_is_self_contained_and_holds_the_figures(report: dict[str, Any]) -> None:
    page = render(report, "html")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="id">' in page
    assert _external(page) == []
    assert "<script" not in page
    assert "Laporan Keaktifan KIM" in page
    assert ">37,5%<" in page  # the headline figure
    assert "Target 80,0%" in page
    assert "perlu 4 KIM aktif lagi" in page
    for region in report["regions"]:
        assert f"{format_share(region['active_share'], 'id')} ({region['active']}/{region['registered']})" in page
    assert page.count("<svg") == 1  # the trend line; the regions are HTML bars (they reflow on a phone)
    assert page.count('class="bar"') == len(report["regions"])
    assert "stroke-dasharray" in page and 'class="bar-target" style="left:80.0%"' in page  # the target lines
    # the follow-up lists name inactive and unmeasured KIMs with their channels, schemes removed
    assert "KIM Fajar" in page and "fajar.kim.id/" in page and "rusak" in page
    assert "KIM Einsiedel" in page and "belum ada kanal terdaftar" in page
    assert "Vaksinasi gratis di Puskesmas Alalak" in page


def test_html_in_english(report: dict[str, Any]) -> None:
    page = render(report, "html", "en")
    assert '<html lang="en">' in page and "KIM activity report" in page
    assert ">37.5%<" in page and "4 more active KIM(s) needed" in page
    assert _external(page) == []


def test_html_escapes_hostile_titles(tmp_path: Path) -> None:
    db = build_known_store(tmp_path / "known.db")
    with store.transaction(db):
        db.execute("UPDATE announcements SET title = ? WHERE id = 'ann-1'",
                   ['<script src="https://evil.example/x.js"></script> see //cdn.example/a.png'])
    page = render(build_report(db, days=DAYS, until=UNTIL), "html")
    assert "<script" not in page
    assert _external(page) == []
    assert "&lt;script" in page


def test_unknown_format_and_language(report: dict[str, Any]) -> None:
    with pytest.raises(ReportError, match="format"):
        render(report, "pdf")
    with pytest.raises(ReportError, match="language"):
        render(report, "html", "fr")
    with pytest.raises(ReportError, match="CSV table"):
        render(report, "csv", csv_table="posts")
