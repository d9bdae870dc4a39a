"""A merged amplification whose copies a person confirmed and rejected (schema 8's merge, outside
tester "q") waits for a person: a later `match --rebuild` that no longer finds the match must not
delete it as a stale automatic row."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from tests.selfreport.test_merge_old_twins import _old_store


def test_a_conflicted_amplification_survives_a_rebuild_that_no_longer_finds_it(
        loaded: Callable[..., Result], db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _old_store(db_path, monkeypatch)
    loaded("match")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE amplifications SET status = 'confirmed', decided_by = 'staf-a' WHERE post_id = 'p-imported'")
    conn.execute("UPDATE amplifications SET status = 'rejected', decided_by = 'staf-b' WHERE post_id = 'p-reported'")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    loaded("init")  # the merge: one uncertain row holding both decisions

    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE posts SET title = 'Jadwal ronda malam', text = 'Jadwal ronda malam RT 03 pekan ini.' "
                 "WHERE id = 'p-crawled'")  # the matcher will no longer find the release in it
    conn.commit()
    conn.close()
    loaded("match", "--rebuild")

    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT status, evidence FROM amplifications WHERE post_id = 'p-crawled'").fetchall()
    finally:
        conn.close()
    assert len(rows) == 1 and rows[0][0] == "uncertain" and "conflicting_decisions" in rows[0][1], rows
