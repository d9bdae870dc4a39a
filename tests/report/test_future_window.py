"""A report for a period that has not happened yet says so (T's LOW 12), in every format."""

from __future__ import annotations

import json
from datetime import timedelta

from click.testing import CliRunner

from crawler.cli import cli
from crawler.reporting.kpis import today_wita


def _run(db_file: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db_file, "report", *args])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    return result.output


def test_a_future_period_is_no_result(db_file: str) -> None:
    until = (today_wita() + timedelta(days=30)).isoformat()
    window = ["--until", until, "--days", "7"]
    table = _run(db_file, *window)
    assert "This period has not begun yet" in table and "no result yet" in table
    assert "more active KIM(s) needed" not in table
    assert json.loads(_run(db_file, *window, "--format", "json"))["window_status"] == "future"
    html = _run(db_file, *window, "--format", "html")
    assert "Periode ini belum dimulai" in html and "belum ada hasil" in html and "KIM aktif lagi" not in html
    assert "window_status,future" in _run(db_file, *window, "--format", "csv", "--csv-table", "summary")


def test_a_period_running_past_today_gives_figures_so_far(db_file: str) -> None:
    until = (today_wita() + timedelta(days=2)).isoformat()
    table = _run(db_file, "--until", until, "--days", "7")
    assert f"This period is not over: it runs until {until}" in table
    assert json.loads(_run(db_file, "--until", until, "--format", "json"))["window_status"] == "open"


def test_a_past_period_and_today_carry_no_note(db_file: str) -> None:
    past = _run(db_file, "--until", "2024-10-31")
    assert "not begun" not in past and "not over" not in past
    assert json.loads(_run(db_file, "--until", "2024-10-31", "--format", "json"))["window_status"] == "past"
    today = _run(db_file)  # the daily report: today so far, no note
    assert "not over" not in today
    assert json.loads(_run(db_file, "--format", "json"))["window_status"] == "open"
