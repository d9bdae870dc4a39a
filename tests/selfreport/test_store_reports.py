"""The reports and form-token tables: a migration of its own, an older database upgraded in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawler import store


def test_a_version_1_database_gains_reports_and_form_tokens_and_keeps_its_rows(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    monkeypatch.setattr(store, "MIGRATIONS", store.MIGRATIONS[:1])
    monkeypatch.setattr(store, "SCHEMA_VERSION", 1)
    old = store.connect(path)
    store.save_kims(old, [{"id": "kim-a", "name": "KIM A", "region": "Kota Banjarmasin"}])
    assert "reports" not in old.table_names()
    old.close()
    monkeypatch.undo()
    db = store.connect(path)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert {"reports", "form_tokens"} <= set(db.table_names())
    assert db.execute("SELECT name FROM kims").fetchall() == [("KIM A",)]
    columns = set(db.table("reports").columns_dict)
    assert {"id", "kim_id", "url", "reported_at", "via", "status", "reason", "post_id", "checked_at",
            "note"} <= columns


def test_one_report_per_kim_and_link_and_only_known_statuses(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    store.save_kims(db, [{"id": "kim-a", "name": "KIM A", "region": "Kota Banjarmasin"}])
    insert = ("INSERT INTO reports (kim_id, url, canonical_url, via, status, created_at) "
              "VALUES ('kim-a', 'https://x.id/1', 'https://x.id/1', 'form', ?, '2024-10-17T00:00:00Z')")
    db.execute(insert, ["pending"])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(insert, ["pending"])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(insert.replace("x.id/1", "x.id/2"), ["maybe"])
