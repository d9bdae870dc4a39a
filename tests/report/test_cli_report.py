"""``kimwatch report`` and ``kimwatch dump`` through the real click group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_report_json(db_file: str) -> None:
    code, out = _run("--db", db_file, "report", "--until", "2024-10-31", "--format", "json", "--weeks", "2")
    assert code == 0, out
    report = json.loads(out)
    assert (report["kims_registered"], report["kims_active"], report["active_share"]) == (8, 3, 0.375)
    assert len(report["trend"]) == 2


def test_report_options(db_file: str) -> None:
    code, out = _run("report", "--db", db_file, "--until", "2024-10-31", "--format", "json",
                     "--region", "Banjar Masin", "--min-amplifications", "2", "--target", "50%")
    assert code == 0, out
    report = json.loads(out)
    assert report["region_filter"] == "Kota Banjarmasin"
    assert (report["kims_registered"], report["kims_active"], report["target_share"]) == (3, 1, 0.5)


def test_report_target_from_environment(db_file: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIMWATCH_TARGET_SHARE", "0.3")
    code, out = _run("--db", db_file, "report", "--until", "2024-10-31")
    assert code == 0 and "Target 30.0%: target met" in out


def test_report_table_plain_when_not_a_terminal(db_file: str) -> None:
    code, out = _run("--db", db_file, "report", "--until", "2024-10-31")
    assert code == 0
    assert "\x1b[" not in out and "Active share: 37.5%" in out


def test_report_to_files(db_file: str, tmp_path: Path) -> None:
    html_file = tmp_path / "out" / "laporan.html"
    code, out = _run("--db", db_file, "report", "--until", "2024-10-31", "--format", "html", "-o", str(html_file))
    assert code == 0 and "37.5%" in out
    page = html_file.read_text(encoding="utf-8")
    assert "Laporan Keaktifan KIM" in page and ">37,5%<" in page
    csv_file = tmp_path / "regions.csv"
    code, _ = _run("--db", db_file, "report", "--until", "2024-10-31", "--format", "csv",
                   "--csv-table", "regions", "--output", str(csv_file))
    assert code == 0
    assert csv_file.read_text().splitlines()[0].startswith("region,registered,active")


@pytest.mark.parametrize(("args", "message"), [
    (["--until", "31-13-2024"], "YYYY-MM-DD"),
    (["--region", "Gotham"], "not a known kabupaten/kota"),
    (["--target", "eighty"], "not a number"),
    (["--days", "0"], "--days"),
])
def test_report_errors_are_one_paragraph(db_file: str, args: list[str], message: str) -> None:
    code, out = _run("--db", db_file, "report", *args)
    assert code != 0
    assert message in out


def test_dump_command(db_file: str, tmp_path: Path) -> None:
    code, out = _run("--db", db_file, "dump", str(tmp_path / "dump"))
    assert code == 0, out
    assert (tmp_path / "dump" / "kimwatch.db").is_file() and (tmp_path / "dump" / "metadata.json").is_file()
    assert f"datasette {tmp_path / 'dump' / 'kimwatch.db'} -m {tmp_path / 'dump' / 'metadata.json'}" in out
    code, out = _run("--db", str(tmp_path / "nope.db"), "dump", str(tmp_path / "dump2"))
    assert code != 0 and "no database at" in out and not (tmp_path / "nope.db").exists()
