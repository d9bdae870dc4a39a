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


def test_unknown_retired_and_other_region_are_clear_errors(db_file: str) -> None:
    out = kim_report(db_file, "kim-aa", code=1).output
    assert "no such KIM" in out and "did you mean 'kim-a'" in out
    assert "is retired" in kim_report(db_file, "kim-r", code=1).output
    out = kim_report(db_file, "kim-a", "--region", "Tapin", code=2).output
    assert "--kim 'kim-a' is in Kota Banjarmasin, not in --region Kabupaten Tapin" in out
    assert kim_report(db_file, "kim-a", "--region", "Banjarmasin", "--format", "json").output.startswith("{")
    out = kim_report(db_file, "kim-a", "--format", "csv", "--csv-table", "regions", code=2).output
    assert "writes the KIM's row of the kims table, not the regions table" in out


def test_csv_is_the_kims_row_of_the_full_report(db_file: str) -> None:
    full = CliRunner().invoke(cli, ["--db", db_file, "report", "--days", str(DAYS), "--until", UNTIL,
                                    "--format", "csv"]).output.splitlines()
    for kim in ("kim-a", "kim-f", "kim-g"):
        lines = kim_report(db_file, kim, "--format", "csv").output.splitlines()
        assert lines[0] == full[0] and len(lines) == 2
        assert lines[1] in full[1:] and lines[1].startswith(f"{kim},")


def _cells(page: str, heading: str) -> list[list[str]]:
    """The rows of the table under ``heading`` in an HTML page, each cell's text."""
    import lxml.html

    tree = lxml.html.fromstring(page)
    table = tree.xpath(f"//h2[starts-with(normalize-space(.), '{heading}')]/following-sibling::div[1]//table")[0]
    return [[" ".join(" ".join(cell.itertext()).split()) for cell in row.xpath("./th|./td")] for row in table.iter("tr")]


def test_html_says_why_each_match_counts_in_the_page_language(db_file: str) -> None:
    """Outside tester V, F6: no raw English codes in the Indonesian page; each match with its
    score, the facts it shares with the release (as the post wrote them), the link that decided
    it, and who reviewed it."""
    import sqlite3

    evidence = json.dumps({"kind": "summary", "shared_facts": ["date:12-10", "54300", "alalak"],
                           "post_only_facts": ["9:00"], "shared_terms": ["pasar", "murah"], "unit": "post"})
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE amplifications SET evidence = ?, status = 'confirmed', decided_by = 'Rina (Diskominfo)', "
                     "decided_at = '2024-10-14T02:00:00Z' WHERE post_id = 'p-a2'", [evidence])
        conn.execute("UPDATE posts SET text = 'Pasar murah digelar Sabtu 12 Oktober di Alalak: 54.300 paket, "
                     "warga Kelurahan diminta membawa KTP.' WHERE id = 'p-a2'")
    page = kim_report(db_file, "kim-a", "--format", "html").output
    rows = _cells(page, "Pengumuman yang disebarkan")
    assert rows[0] == ["Pengumuman", "Unggahan", "Cara", "Alasan", "Jeda (jam)", "Tinjauan"]
    by_post = {row[1]: row for row in rows[1:]}
    reviewed = next(row for post, row in by_post.items() if "p-a2" in post or "pasar" in post.lower())
    assert reviewed[2] == "kata-kata sendiri" and reviewed[5].startswith("dikonfirmasi pada ")
    assert "skor 0,90" in reviewed[3] and "ringkasan" in reviewed[3]
    assert "fakta yang sama: 12 Oktober, 54.300, Alalak" in reviewed[3] and "hanya di unggahan: 09.00" in reviewed[3]
    linked = next(row for row in rows[1:] if row[2] == "tautan")
    assert "skor 1,00" in linked[3] and "otomatis" == linked[5]
    assert not {"text", "link", "confirmed", "auto"} & {cell for row in rows[1:] for cell in row}
    english = kim_report(db_file, "kim-a", "--format", "html", "--lang", "en").output
    rows = _cells(english, "Announcements amplified")
    assert any("score 0.90" in row[3] and "same facts: 12 Oktober, 54.300, Alalak" in row[3]
               and row[5].startswith("confirmed on ") for row in rows[1:])
    found = json.loads(kim_report(db_file, "kim-a", "--format", "json").output)
    match = next(a for a in found["amplified"] if a["post_id"] == "p-a2")
    assert "decided_by" not in match and match["decided_at"] == "2024-10-14T02:00:00Z"  # a report names no reviewer
    assert match["status"] == "confirmed" and match["method"] == "text"
    assert "Rina" not in page and "Rina" not in english
    assert match["explanation"]["shared_facts"] == ["12 Oktober", "54.300", "Alalak"]
