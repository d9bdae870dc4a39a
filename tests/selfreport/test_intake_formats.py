"""Form exports in every shape the issue names: XLSX, JSONL, comma CSV with English headers,
--map for other column names, ISO and day-first times."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import Result

from crawler.selfreport.intake import parse_reported_at


def _reports(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT kim_id, url, reported_at, note, via FROM reports ORDER BY id").fetchall()
    finally:
        conn.close()


def test_xlsx_export_with_english_headers_and_date_cells(loaded: Callable[..., Result], tmp_path: Path,
                                                         db_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Timestamp", "Email Address", "KIM", "Link", "Note"])
    sheet.append([datetime(2024, 10, 17, 14, 5, 33), "a@b.id", "kim-satu", "https://www.facebook.com/kimsatu/posts/1", None])
    sheet.append([datetime(2024, 10, 18, 8, 0), "c@d.id", "KIM Empat", "https://www.instagram.com/p/Cx1/", "reel"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    result = loaded("import", "reports", str(path))
    assert "2 report(s) read: 2 new" in result.output
    assert _reports(db_path) == [
        ("kim-satu", "https://www.facebook.com/kimsatu/posts/1", "2024-10-17T06:05:33Z", None, "import"),
        ("kim-empat", "https://www.instagram.com/p/Cx1/", "2024-10-18T00:00:00Z", "reel", "import")]


def test_xlsx_recap_with_a_title_row_and_merged_kim_cells(loaded: Callable[..., Result], tmp_path: Path,
                                                          db_path: Path) -> None:
    """An outside tester's recap sheets: a merged title row above the header ("row 1: no column
    for kim, url") and a KIM's name merged over the rows of its reports ("row 3, field 'kim': is
    empty")."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["REKAP LAPORAN KIM KABUPATEN BANJAR — OKTOBER 2024"])
    sheet.merge_cells("A1:C1")
    sheet.append([])
    sheet.append(["KIM", "Link", "Keterangan"])
    sheet.append(["kim-satu", "https://www.facebook.com/kimsatu/posts/1", "vaksin"])
    sheet.append([None, "https://www.facebook.com/kimsatu/posts/2", "pasar murah"])
    sheet.merge_cells("A4:A5")
    sheet.append(["KIM Empat", "https://www.instagram.com/p/Cx1/", None])
    path = tmp_path / "rekap.xlsx"
    book.save(path)
    result = loaded("import", "reports", str(path))
    assert "3 report(s) read: 3 new" in result.output, result.output
    assert [r[:2] for r in _reports(db_path)] == [
        ("kim-satu", "https://www.facebook.com/kimsatu/posts/1"), ("kim-satu", "https://www.facebook.com/kimsatu/posts/2"),
        ("kim-empat", "https://www.instagram.com/p/Cx1/")]


def test_recap_total_row_signature_block_and_empty_numbered_rows_are_not_reports(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path) -> None:
    """An outside tester's recap: a clerk's sheet ends with a "Jumlah" row, template rows numbered
    but left empty and the signature block under the table. They were refused as broken reports
    ("row 6, field 'kim': unknown KIM 'Jumlah'"); they are no reports: skipped and listed."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["REKAP LAPORAN KIM — OKTOBER 2024"])
    sheet.append(["No", "KIM", "Link", "Keterangan"])
    sheet.append([1, "kim-satu", "https://www.facebook.com/kimsatu/posts/1", "vaksin"])
    sheet.append([2, "KIM Empat", "https://www.instagram.com/p/Cx1/", None])
    sheet.append([3, None, None, None])
    sheet.append([None, "Jumlah", 2, None])
    sheet.append([])
    sheet.append([None, "Banjarmasin, 31 Oktober 2024"])
    sheet.merge_cells("B8:D8")  # the place and date of signing, merged across the table
    sheet.append([None, None, "Kepala Bidang IKP"])
    sheet.append([None, None, "NIP. 19800101 200501 1 001"])
    path = tmp_path / "rekap.xlsx"
    book.save(path)
    result = loaded("import", "reports", str(path))
    assert "2 report(s) read: 2 new" in result.output, result.output
    assert "6 line(s) without a link or a KIM" in result.output
    for line in ("not a report row 1: REKAP LAPORAN KIM — OKTOBER 2024\n",  # the title, listed too
                 "not a report row 5: 3", "not a report row 6: Jumlah | 2",
                 "not a report row 8: Banjarmasin, 31 Oktober 2024\n",
                 "not a report row 10: NIP. 19800101 200501 1 001"):
        assert line in result.output
    assert [r[:2] for r in _reports(db_path)] == [
        ("kim-satu", "https://www.facebook.com/kimsatu/posts/1"), ("kim-empat", "https://www.instagram.com/p/Cx1/")]


def test_a_kim_without_its_link_or_a_link_of_no_kim_is_still_a_problem(loaded: Callable[..., Result],
                                                                       tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "rekap.csv"
    path.write_text("kim;url\nkim-satu;\nKIM Tak Terdaftar;https://www.facebook.com/x/posts/1\n"
                    "kim-satu;https://www.facebook.com/kimsatu/posts/1\n", encoding="utf-8")
    output = loaded("import", "reports", str(path), expect=1).output
    assert "row 2, field 'url': is empty" in output
    assert "row 3, field 'kim': unknown KIM 'KIM Tak Terdaftar'" in output
    assert _reports(db_path) == []


def test_csv_with_a_title_line_above_the_header(loaded: Callable[..., Result], tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "rekap.csv"
    path.write_text("REKAP LAPORAN KIM;;\n;;\nkim;url;catatan\nkim-satu;https://www.facebook.com/kimsatu/posts/1;x\n",
                    encoding="utf-8")
    assert "1 report(s) read: 1 new" in loaded("import", "reports", str(path)).output
    assert [r[:2] for r in _reports(db_path)] == [("kim-satu", "https://www.facebook.com/kimsatu/posts/1")]


def test_jsonl_and_map_for_other_column_names(loaded: Callable[..., Result], tmp_path: Path, db_path: Path) -> None:
    jsonl = tmp_path / "kobo.jsonl"
    jsonl.write_text(json.dumps({"kim": "kim-lima", "url": "https://www.tiktok.com/@kimlima/video/1",
                                 "reported_at": "2024-10-17T10:00:00+08:00"}) + "\n", encoding="utf-8")
    loaded("import", "reports", str(jsonl))
    csv_file = tmp_path / "kobo.csv"
    csv_file.write_text("Desa,Link Facebook,Tanggal lapor\nKIM Dua,https://www.facebook.com/kimdua/posts/2,"
                        "18/10/2024 07:30:00\n", encoding="utf-8")
    refused = loaded("import", "reports", str(csv_file), expect=1)
    assert "no column for kim, url" in refused.output and "--map" in refused.output
    loaded("import", "reports", str(csv_file), "--map", "Desa=kim", "--map", "link facebook=url",
           "--map", "Tanggal lapor=reported_at")
    assert [r[:3] for r in _reports(db_path)] == [
        ("kim-lima", "https://www.tiktok.com/@kimlima/video/1", "2024-10-17T02:00:00Z"),
        ("kim-dua", "https://www.facebook.com/kimdua/posts/2", "2024-10-17T23:30:00Z")]
    assert "unknown field 'tautan'" in loaded("import", "reports", str(csv_file), "--map", "Desa=tautan",
                                              expect=1).output


def test_a_bad_time_is_a_row_problem(loaded: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("waktu;kim;link\n31/02/2024 10:00:00;kim-satu;https://www.facebook.com/kimsatu/posts/1\n",
                    encoding="utf-8")
    assert "row 2, field 'reported_at': cannot read time '31/02/2024 10:00:00'" in \
        loaded("import", "reports", str(path), expect=1).output


def test_a_time_in_the_future_is_a_row_problem(loaded: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("waktu;kim;link\n17/10/2099 10:00:00;kim-satu;https://www.facebook.com/kimsatu/posts/1\n",
                    encoding="utf-8")
    output = loaded("import", "reports", str(path), expect=1).output
    assert "row 2, field 'reported_at': '17/10/2099 10:00:00'" in output and "future" in output


@pytest.mark.parametrize(("text", "iso"), [
    ("17/10/2024 14:05:33", "2024-10-17T06:05:33Z"),
    ("5/1/2025 9.07.00", "2025-01-05T01:07:00Z"),
    ("2024-10-17T14:05:33+07:00", "2024-10-17T07:05:33Z"),
    ("2024-10-17 14:05", "2024-10-17T06:05:00Z"),
    ("kemarin sore", None),
    # written in words, as `import posts` reads them (an outside tester's export)
    ("3 Des 2026 16.00", "2026-12-03T08:00:00Z"),
    ("3 Desember 2026 16:00", "2026-12-03T08:00:00Z"),
    # a spreadsheet time kept as a plain number (a second outside look): Excel's serial day
    (46359.5, "2026-12-03T04:00:00Z"),
    (12.5, None),  # a number that is no plausible day
    # the day only (an outside audit: read as midnight, a report seemed older than every release of
    # its own day and `review --add` refused the match): the end of that day, WITA
    ("24 November 2026", "2026-11-24T15:59:59Z"),
    ("Selasa, 24 November 2026", "2026-11-24T15:59:59Z"),
    ("24/11/2026", "2026-11-24T15:59:59Z"),
    ("2026-11-24", "2026-11-24T15:59:59Z"),
    (datetime(2026, 11, 24), "2026-11-24T15:59:59Z"),  # a date cell
    (46350, "2026-11-24T15:59:59Z"),  # a serial day without a fraction
    ("24/11/2026 00:00:00", "2026-11-23T16:00:00Z"),  # midnight written out is midnight
])
def test_form_times(text: str | float, iso: str | None) -> None:
    assert parse_reported_at(text) == iso
