"""The ``uncertain`` status: text matches close to the threshold wait for a person and count
in no KPI until confirmed; ``match --rebuild`` recomputes them, never a person's decision."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from crawler.matching import decisions, passes
from crawler.matching.config import UNCERTAIN_MARGIN, MatchConfig
from crawler.reporting.kpis import build_report
from crawler.reporting.render import render_table


def invoke(db_path: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def statuses(db: sqlite_utils.Database) -> dict[tuple[str, str], tuple[str, float, str]]:
    return {(r["post_id"], r["announcement_id"]): (r["status"], r["score"], r["method"])
            for r in db.query("SELECT * FROM amplifications")}


@pytest.fixture(autouse=True)
def no_firm_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text match of the small set repeats two of its release's figures, which keeps it
    'auto' near the threshold (test_roundup_lines.py); these tests are about the band itself."""
    monkeypatch.setattr(decisions, "firm_figures", lambda evidence: False)


def lowest_text_match(db: sqlite_utils.Database) -> tuple[tuple[str, str], float]:
    rows = [(key, score) for key, (_s, score, method) in statuses(db).items() if method == "text"]
    return min(rows, key=lambda item: item[1])


def test_a_text_match_just_above_the_threshold_is_uncertain(loaded_db: sqlite_utils.Database) -> None:
    passes.match_new(loaded_db, MatchConfig())
    assert {s for s, _score, _m in statuses(loaded_db).values()} == {"auto"}  # far from 0.5 all
    key, score = lowest_text_match(loaded_db)
    passes.rebuild(loaded_db, MatchConfig(threshold=score - UNCERTAIN_MARGIN / 2))
    found = statuses(loaded_db)
    assert found[key][0] == "uncertain"
    # links and copies are never uncertain, whatever the threshold
    assert all(s == "auto" for s, _score, m in found.values() if m in ("link", "copy"))
    passes.rebuild(loaded_db, MatchConfig(threshold=score - 2 * UNCERTAIN_MARGIN))
    assert statuses(loaded_db)[key][0] == "auto"  # a rebuild moves it back


def test_review_lists_uncertain_first_and_confirming_keeps_it(loaded_db: sqlite_utils.Database,
                                                              db_path: Path) -> None:
    passes.match_new(loaded_db, MatchConfig())
    key, score = lowest_text_match(loaded_db)
    passes.rebuild(loaded_db, MatchConfig(threshold=score - UNCERTAIN_MARGIN / 2))
    output = invoke(db_path, "review", "--limit", "50", "--no-interactive")
    first = next(line for line in output.splitlines() if line.startswith("[1]"))
    assert first.endswith("|".join(key)) and "UNCERTAIN" in output.split("[2]")[0]
    invoke(db_path, "review", "--confirm", "|".join(key), "--by", "siti")
    db = store.connect(db_path)
    assert statuses(db)[key][0] == "confirmed"
    invoke(db_path, "match", "--rebuild", "--threshold", str(score - UNCERTAIN_MARGIN / 2))
    invoke(db_path, "match", "--rebuild", "--threshold", "0.99")
    assert statuses(store.connect(db_path))[key][0] == "confirmed"  # a person's decision stays


def test_uncertain_matches_count_in_no_kpi(loaded_db: sqlite_utils.Database) -> None:
    passes.match_new(loaded_db, MatchConfig())
    counted = build_report(loaded_db, days=60, until="2024-04-20")
    kim = {k["id"]: k for k in counted["kims"]}
    active = [k for k in kim.values() if k["status"] == "active"]
    target = active[0]["id"]
    loaded_db.execute("UPDATE amplifications SET status = 'uncertain' WHERE kim_id = ?", [target])
    report = build_report(loaded_db, days=60, until="2024-04-20")
    entry = next(k for k in report["kims"] if k["id"] == target)
    assert entry["status"] != "active" and entry["amplifications"] == 0
    assert entry["uncertain"] == kim[target]["amplifications"] > 0
    assert report["kims_active"] == counted["kims_active"] - 1
    assert report["amplifications_uncertain"] == entry["uncertain"] and counted["amplifications_uncertain"] == 0
    assert sum(a["kims_reached"] for a in report["announcements"]) < sum(
        a["kims_reached"] for a in counted["announcements"])
    table = render_table(report)
    assert f"active only through {entry['uncertain']} uncertain match(es)" in table
    assert "Uncertain matches waiting for review" in table
    assert "uncertain match" not in render_table(counted)


def test_a_version_1_store_learns_the_uncertain_status(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    store.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO kims (id, name, region) VALUES ('k', 'K', 'Kota Banjarmasin')")
    db.execute("INSERT INTO sources (id, name, region) VALUES ('s', 'S', 'Kota Banjarmasin')")
    db.execute("INSERT INTO posts (id, kim_id, platform, url, text) VALUES ('p', 'k', 'website', 'u', 't')")
    db.execute("INSERT INTO announcements (id, source_id, url, title) VALUES ('a', 's', 'v', 'T')")
    db.execute("INSERT INTO amplifications (post_id, announcement_id, kim_id, method, score, status) "
               "VALUES ('p', 'a', 'k', 'text', 0.5, 'confirmed')")
    try:
        db.execute("UPDATE amplifications SET status = 'uncertain'")
        raise AssertionError("version 1 accepted 'uncertain'")
    except sqlite3.IntegrityError:
        pass
    db.conn.close()
    upgraded = store.connect(path)
    assert store.schema_version(upgraded) >= 2
    assert upgraded.execute("SELECT status FROM amplifications").fetchall() == [("confirmed",)]
    upgraded.execute("UPDATE amplifications SET status = 'uncertain'")
    names = {r[0] for r in upgraded.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'amplifications'")}
    assert "idx_amplifications_kim" in names


def test_the_html_page_shows_uncertain_matches(loaded_db: sqlite_utils.Database) -> None:
    from crawler.reporting.render import render_html
    passes.match_new(loaded_db, MatchConfig())
    assert "belum pasti" not in render_html(build_report(loaded_db, days=60, until="2024-04-20"))
    target = loaded_db.execute("SELECT kim_id FROM amplifications LIMIT 1").fetchone()[0]
    loaded_db.execute("UPDATE amplifications SET status = 'uncertain' WHERE kim_id = ?", [target])
    page = render_html(build_report(loaded_db, days=60, until="2024-04-20"))
    assert "Kecocokan belum pasti menunggu pemeriksaan" in page and "aktif hanya lewat" in page
