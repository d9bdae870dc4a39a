"""Schema 8's merge and conflicting review decisions (outside tester "q", findings 3 and 4): one copy
of a post confirmed and another rejected for the same announcement is no decision the machine
may settle. The merged amplification is uncertain with both decisions in its evidence, the
warning says so; the post's own replaced automatic amplification is recorded on the post, not
under a duplicate's entry; and the dump publishes no reviewer's name from ``posts.extra``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from crawler import store
from tests.selfreport.test_merge_old_twins import _old_store


def test_conflicting_decisions_make_the_merged_amplification_uncertain(
        loaded: Callable[..., Result], db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    _old_store(db_path, monkeypatch)
    loaded("match")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE amplifications SET status = 'confirmed', decided_by = 'staf-a', "
                 "decided_at = '2026-12-01T00:00:00Z' WHERE post_id = 'p-imported'")
    conn.execute("UPDATE amplifications SET status = 'rejected', decided_by = 'tester-q', "
                 "decided_at = '2026-12-02T00:00:00Z' WHERE post_id = 'p-reported'")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()

    with caplog.at_level("WARNING"):
        loaded("init")
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "conflicting review decisions" in warned and "uncertain" in warned, warned

    conn = sqlite3.connect(db_path)
    try:
        [(post_id, status, decided_by, evidence)] = conn.execute(
            "SELECT post_id, status, decided_by, evidence FROM amplifications WHERE kim_id = 'kim-satu'").fetchall()
        assert (post_id, status, decided_by) == ("p-crawled", "uncertain", None)
        decisions = json.loads(evidence)["conflicting_decisions"]
        assert [(d["post_id"], d["status"], d["decided_by"]) for d in decisions] == [
            ("p-crawled", "confirmed", "staf-a"), ("p-reported", "rejected", "tester-q")]
        extra = json.loads(conn.execute("SELECT extra FROM posts WHERE id = 'p-crawled'").fetchone()[0])
    finally:
        conn.close()
    seen = {s["id"]: s for s in extra["seen_as"]}
    # each duplicate's entry holds its own amplification only
    assert [(a["status"], a.get("replaced")) for a in seen["p-imported"].get("amplifications", [])] == []
    assert [a["status"] for a in seen["p-reported"]["amplifications"]] == ["rejected"]
    # the post's own automatic amplification the confirmed copy replaced is the post's record
    assert [(a["status"], a["replaced_by"]) for a in extra["amplifications_replaced"]] == [("auto", "p-imported")]

    # a later matching pass does not overwrite the conflict: a person settles it
    db = store.connect(db_path)
    try:
        store.save_amplifications(db, [{"post_id": "p-crawled", "announcement_id": "a-vaksin", "kim_id": "kim-satu",
                                        "method": "excerpt", "score": 0.9, "evidence": {"kind": "excerpt"}}])
        row = db.execute("SELECT status, evidence FROM amplifications WHERE post_id = 'p-crawled'").fetchone()
        assert row[0] == "uncertain" and "conflicting_decisions" in row[1], row
    finally:
        db.conn.close()

    listed = loaded("review", "--no-interactive", "--limit", "5").output
    assert "p-crawled|" in listed and "UNCERTAIN" in listed, listed

    loaded("dump", str(tmp_path / "dump"))
    dumped = sqlite3.connect(tmp_path / "dump" / "kimwatch.db")
    try:
        published = " ".join(str(v) for row in dumped.execute("SELECT extra FROM posts UNION ALL "
                                                              "SELECT evidence FROM amplifications") for v in row)
    finally:
        dumped.close()
    assert "conflicting_decisions" in published and "seen_as" in published
    assert "tester-q" not in published and "staf-a" not in published and "decided_by" not in published, published
