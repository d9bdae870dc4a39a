"""``kimwatch match`` and ``kimwatch review`` through the click runner."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from tests.matching.conftest import GOLD, pairs


def invoke(db_path: Path, *args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args], input=input)
    return result.exit_code, result.output


def test_match_and_rebuild_print_a_summary(loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    code, output = invoke(db_path, "match")
    assert code == 0, output
    assert "matched 12 post(s)" in output and "9 amplification(s)" in output
    assert pairs(store.connect(db_path)) == GOLD
    code, output = invoke(db_path, "match")
    assert code == 0 and "matched 0 post(s)" in output
    code, output = invoke(db_path, "match", "--rebuild", "--threshold", "0.99")
    assert code == 0 and output.startswith("rebuilt 12 post(s)")
    assert "stale removed" in output
    assert sum(len(v) for v in pairs(store.connect(db_path)).values()) < 9


def test_review_lists_least_certain_first(loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    invoke(db_path, "match")
    code, output = invoke(db_path, "review", "--limit", "3", "--no-interactive")
    assert code == 0, output
    assert output.count("score ") == 3
    scores = [float(line.split("score ")[1].split()[0]) for line in output.splitlines() if "score " in line]
    assert scores == sorted(scores) and scores[0] < 1.0
    assert "why:" in output and "|a-" in output


def test_review_scripted_confirm_and_reject(loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    invoke(db_path, "match")
    code, output = invoke(db_path, "review", "--confirm", "p-roundup|a-pasar-murah",
                          "--reject", "p-paraphrase-pasar|a-pasar-murah", "--by", "rina")
    assert code == 0, output
    assert "1 confirmed, 1 rejected (by rina)" in output
    db = store.connect(db_path)
    row = db["amplifications"].get(("p-roundup", "a-pasar-murah"))
    assert row["status"] == "confirmed" and row["decided_by"] == "rina" and row["decided_at"]
    assert db["amplifications"].get(("p-paraphrase-pasar", "a-pasar-murah"))["status"] == "rejected"
    # decided rows leave the review list
    code, output = invoke(db_path, "review", "--limit", "50", "--no-interactive")
    assert "p-roundup|a-pasar-murah" not in output and "p-paraphrase-pasar|a-pasar-murah" not in output


def test_review_bad_ids_fail_cleanly(loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    invoke(db_path, "match")
    code, output = invoke(db_path, "review", "--confirm", "p-roundup")
    assert code != 0 and "POST_ID|ANNOUNCEMENT_ID" in output and "Traceback" not in output
    code, output = invoke(db_path, "review", "--reject", "p-nope|a-nope")
    assert code != 0 and "no amplification 'p-nope|a-nope'" in output


def test_review_interactive(loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    invoke(db_path, "match")
    code, output = invoke(db_path, "review", "--interactive", "--by", "budi", input="c\nr\ns\nq\n")
    assert code == 0, output
    assert "recorded 1 confirmed, 1 rejected (by budi)" in output
    db = store.connect(db_path)
    decided = list(db.query("SELECT status, decided_by FROM amplifications WHERE status != 'auto' "
                            "ORDER BY score"))
    assert sorted(r["status"] for r in decided) == ["confirmed", "rejected"]
    assert {r["decided_by"] for r in decided} == {"budi"}


def test_review_with_nothing_to_review(empty_db: sqlite_utils.Database, db_path: Path) -> None:
    code, output = invoke(db_path, "review")
    assert code == 0 and "nothing to review" in output


def test_import_runs_the_matcher(tmp_path: Path) -> None:
    import json

    from tests.matching.conftest import A_BANJIR

    db_path = tmp_path / "import.db"
    registry = tmp_path / "registry.yaml"
    registry.write_text(
        "kims:\n  - id: kim-a\n    name: KIM A\n    region: Kabupaten Banjar\n"
        "sources:\n  - id: pemkab-banjar\n    name: Pemkab Banjar\n    region: Kabupaten Banjar\n",
        encoding="utf-8")
    announcements = tmp_path / "a.jsonl"
    announcements.write_text(json.dumps({
        "id": A_BANJIR["id"], "source": "pemkab-banjar", "url": A_BANJIR["url"], "title": A_BANJIR["title"],
        "text": A_BANJIR["text"], "published_at": A_BANJIR["published_at"]}) + "\n", encoding="utf-8")
    posts = tmp_path / "p.jsonl"
    posts.write_text(json.dumps({
        "id": "p-1", "kim": "kim-a", "platform": "facebook", "text": "Waspada banjir!",
        "published_at": "2024-03-10T20:00:00+08:00",
        "links": ["http://www.banjarkab.go.id/berita/status-siaga-darurat-banjir-kabupaten-banjar/?utm_source=wa"],
    }) + "\n", encoding="utf-8")
    for args in (["registry", "load", str(registry)], ["import", "announcements", str(announcements)],
                 ["import", "posts", str(posts)]):
        code, output = invoke(db_path, *args)
        assert code == 0, output
    assert "matched:" in output
    row = store.connect(db_path)["amplifications"].get(("p-1", A_BANJIR["id"]))
    assert row["method"] == "link" and row["lag_hours"] == 6.0


def test_match_explain_shows_candidates(loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    invoke(db_path, "match")
    code, output = invoke(db_path, "match", "--explain", "p-copy-hsu")
    assert code == 0, output
    assert "MATCH a-bimtek-hsu  copy" in output
    assert "+ " in output and "- " in output and "a-bimtek-tapin" in output  # the twin, rejected
    code, output = invoke(db_path, "match", "--explain", "p-negative-topic")
    assert code == 0 and "no match" in output and "post-only facts" in output
    # a post too short to be matched on text is explained too (its link decides)
    code, output = invoke(db_path, "match", "--explain", "p-link-mobile")
    assert code == 0 and "MATCH a-pasar-murah  link" in output, output
    code, output = invoke(db_path, "match", "--explain", "p-nope")
    assert code != 0 and "no post 'p-nope'" in output


def test_review_decisions_are_checked_together_and_written_all_or_nothing(
        loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    invoke(db_path, "match")
    code, output = invoke(db_path, "review", "--confirm", "p-roundup|a-pasar-murah",
                          "--reject", "p-roundup|a-pasar-murah")
    assert code != 0 and "is both confirmed and rejected" in output and "nothing recorded" in output
    code, output = invoke(db_path, "review", "--confirm", "p-roundup|a-pasar-murah", "--reject", "p-nope|a-nope")
    assert code != 0 and "no amplification 'p-nope|a-nope'" in output
    statuses = {r["status"] for r in store.connect(db_path).query("SELECT status FROM amplifications")}
    assert statuses == {"auto"}  # the valid first decision was not written either


def test_review_add_records_a_missed_match(loaded_db: sqlite_utils.Database, db_path: Path) -> None:
    invoke(db_path, "match")
    code, output = invoke(db_path, "review", "--add", "p-negative-topic|a-bimtek-tapin", "--by", "rina")
    assert code == 0, output
    assert "0 confirmed, 0 rejected, 1 added (by rina)" in output
    db = store.connect(db_path)
    row = db["amplifications"].get(("p-negative-topic", "a-bimtek-tapin"))
    assert (row["status"], row["method"], row["decided_by"]) == ("confirmed", "manual", "rina")
    assert row["lag_hours"] is None or row["lag_hours"] >= 0
    invoke(db_path, "match", "--rebuild")  # a person's addition survives a rebuild
    assert db["amplifications"].get(("p-negative-topic", "a-bimtek-tapin"))["status"] == "confirmed"
    code, output = invoke(db_path, "review", "--add", "p-nope|a-bimtek-tapin")
    assert code != 0 and "no post with id 'p-nope'" in output
    code, output = invoke(db_path, "review", "--add", "p-before|a-siaga-banjir")
    assert code != 0 and "was published before the announcement" in output


def test_matching_reports_progress_to_the_end(loaded_db: sqlite_utils.Database) -> None:
    from crawler.matching import passes

    seen: list[tuple[int, int]] = []
    stats = passes.match_new(loaded_db, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (stats.posts, stats.posts) and stats.posts == 12
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_the_progress_line_shows_long_passes_only(capsys) -> None:  # type: ignore[no-untyped-def]
    from crawler.cli.match import _ProgressLine

    short, long = _ProgressLine(), _ProgressLine()
    short(12, 12)
    short.finish()
    assert capsys.readouterr().err == ""
    long(5000, 5000)
    long.finish()
    assert capsys.readouterr().err == "\rmatching: 5,000/5,000 posts (100%)\n"
