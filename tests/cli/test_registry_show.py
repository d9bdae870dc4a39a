"""`registry show` in plain words (registered/retired, never "active" for a registered KIM) and its
filters and formats (issue 15)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from crawler.cli import cli

FIXTURES = Path(__file__).resolve().parents[1] / "crawler" / "fixtures"
METADATA = Path(__file__).resolve().parents[2] / "crawler" / "data" / "datasette" / "metadata.yaml"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "registry", "load", str(FIXTURES / "registry.yaml")])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(path) as conn:  # one broken channel, one retired KIM
        conn.execute("UPDATE channels SET consecutive_failures = 3, last_error = 'HTTP 404', "
                     "last_crawled_at = '2026-12-01T00:00:00+00:00' WHERE url LIKE '%t.me/s/kimsungaijingah'")
        conn.execute("UPDATE kims SET status = 'retired' WHERE id = 'kim-loksado'")
    return path


def show(db: Path, *args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, ["--db", str(db), "registry", "show", *args])
    assert result.exit_code == code, result.output
    return result


def test_table_says_registered_not_active(db: Path) -> None:
    out = show(db).output
    assert "REGISTRATION" in out and "STATUS" not in out.splitlines()[0]
    kim_lines = [line for line in out.splitlines() if line.startswith("kim ")]
    assert kim_lines and not any(" active " in line for line in kim_lines)
    assert any("kim-sungai-jingah" in line and "registered" in line for line in kim_lines)
    assert any("kim-loksado" in line and "retired" in line for line in kim_lines)


def test_kim_region_and_failing_filters(db: Path) -> None:
    out = show(db, "--kim", "kim-angsau").output
    assert "kim-angsau" in out and "kim-sungai-jingah" not in out and "diskominfo" not in out
    out = show(db, "--region", "Banjar Baru").output  # an alias of Kota Banjarbaru
    assert "pemkot-banjarbaru" in out and "kim-angsau" not in out
    out = show(db, "--failing").output
    assert "kim-sungai-jingah" in out and "t.me/s/kimsungaijingah" in out and "failing x3" in out
    assert "blogspot" not in out and "kim-angsau" not in out
    assert "no failing channel" in show(db, "--failing", "--kim", "kim-angsau").output


def test_unknown_kim_or_region_is_an_error(db: Path) -> None:
    out = show(db, "--kim", "kim-angsauu", code=1).output
    assert "unknown KIM id(s) 'kim-angsauu'" in out and "did you mean 'kim-angsau'" in out
    assert "unknown region 'Atlantis'" in show(db, "--region", "Atlantis", code=1).output


def test_json_keeps_the_store_status_and_adds_registration(db: Path) -> None:
    entries = json.loads(show(db, "--format", "json", "--kim", "kim-sungai-jingah", "--kim", "kim-loksado").output)
    assert sorted((e["id"], e["status"], e["registration"]) for e in entries) == [
        ("kim-loksado", "retired", "retired"), ("kim-sungai-jingah", "active", "registered")]


def test_csv_one_row_per_channel(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(show(db, "--format", "csv", "--kim", "kim-sungai-jingah").output)))
    assert len(rows) == 3
    assert {r["registration"] for r in rows} == {"registered"}
    broken = [r for r in rows if "t.me" in r["channel_url"]]
    assert broken[0]["consecutive_failures"] == "3" and broken[0]["health"].startswith("failing x3")
    rows = list(csv.DictReader(io.StringIO(show(db, "--format", "csv", "--kim", "kim-loksado").output)))
    assert len(rows) == 1 and rows[0]["channel_url"] == "" and rows[0]["registration"] == "retired"


def test_datasette_describes_kims_status_as_registration() -> None:
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    text = meta["databases"]["kimwatch"]["tables"]["kims"]["columns"]["status"]
    assert text.lower().startswith("pendaftaran") and "bukan status keaktifan" in text.lower()
