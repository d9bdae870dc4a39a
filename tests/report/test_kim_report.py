"""`kimwatch report --kim ID` (issue 15): one KIM's channels and health, posts, amplifications and
why it counts as it does, in table, JSON and HTML."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner, Result

from crawler.cli import cli
from tests.report.known_store import DAYS, UNTIL


def kim_report(db_file: str, kim: str, *args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, ["--db", db_file, "report", "--days", str(DAYS), "--until", UNTIL,
                                      "--kim", kim, *args])
    assert result.exit_code == code, result.output
    return result


def test_active_kim_in_json(db_file: str) -> None:
    found = json.loads(kim_report(db_file, "kim-a", "--format", "json").output)
    assert found["kim"]["status"] == "active"
    assert found["why"].startswith("active: it amplified 2 distinct announcement(s)")
    assert [p["id"] for p in found["posts"]] == ["p-a1", "p-a3", "p-a2"]
    assert [(a["announcement_id"], a["post_id"], a["method"]) for a in found["amplified"]] == [
        ("ann-1", "p-a1", "link"), ("ann-1", "p-a3", "text"), ("ann-2", "p-a2", "text")]
    channels = {c["type"]: c for c in found["kim"]["channels"]}
    assert channels["feed"]["posts_in_window"] == 2 and channels["telegram"]["posts_in_window"] == 1
    assert channels["feed"]["health"] == "ok"


@pytest.mark.parametrize(("kim", "expected"), [
    ("kim-d", "inactive: posted, but amplified no announcement"),  # its one match was rejected
    ("kim-e", "unmeasured: no channel registered"),
    ("kim-f", "unmeasured: its channels were fetched in the period, always without success"),
])
def test_why_it_counts_as_it_does(db_file: str, kim: str, expected: str) -> None:
    out = kim_report(db_file, kim).output
    assert f"Why: {expected}" in out


def test_table_lists_channels_with_health_and_failure(db_file: str) -> None:
    out = kim_report(db_file, "kim-f").output
    assert "fajar.kim.id" in out and "broken" in out and "HTTP 503" in out
    assert "Posts in the period: 0" in out and "Announcements amplified: 0 (0 post(s))" in out


def test_html_in_indonesian(db_file: str, tmp_path) -> None:
    target = tmp_path / "kim-f.html"
    kim_report(db_file, "kim-f", "--format", "html", "--output", str(target))
    page = target.read_text(encoding="utf-8")
    assert "<h1>KIM Fajar</h1>" in page and "tidak terukur" in page
    assert "kesalahan di server situs (kode HTTP 503)" in page and "HTTP 503<" not in page
    page = kim_report(db_file, "kim-a", "--format", "html").output
    assert "Vaksinasi gratis di Puskesmas Alalak" in page and "</span>\nmenyebarkan 2 pengumuman" in page


def test_unknown_retired_and_csv_are_clear_errors(db_file: str) -> None:
    out = kim_report(db_file, "kim-aa", code=1).output
    assert "no such KIM" in out and "did you mean 'kim-a'" in out
    assert "is retired" in kim_report(db_file, "kim-r", code=1).output
    assert "--kim works with --format table, json, html" in kim_report(db_file, "kim-a", "--format", "csv",
                                                                         code=2).output
