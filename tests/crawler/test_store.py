from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawler import store
from crawler.errors import StoreError


def test_schema_has_contract_tables_and_columns(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    contract = {
        "kims": {"id", "name", "region", "district", "village", "status"},
        "sources": {"id", "name", "region"},
        "channels": {"id", "owner_kind", "owner_id", "type", "url", "via", "crawlable", "etag",
                     "last_modified", "last_crawled_at", "last_status", "last_error",
                     "consecutive_failures"},
        "posts": {"id", "kim_id", "channel_id", "platform", "url", "title", "text", "published_at",
                  "fetched_at", "links", "content_hash"},
        "announcements": {"id", "source_id", "channel_id", "url", "title", "text", "published_at",
                          "fetched_at", "content_hash"},
        "amplifications": {"post_id", "announcement_id", "kim_id", "method", "score", "lag_hours",
                           "evidence", "status"},
        "crawl_runs": {"id", "started_at", "finished_at", "trigger", "status", "requests", "items_new",
                       "items_updated", "errors"},
    }
    for table, columns in contract.items():
        assert columns <= set(db.table(table).columns_dict), table
    assert db.table("amplifications").pks == ["post_id", "announcement_id"]
    assert db.table("posts").detect_fts() == "posts_fts"
    assert db.table("announcements").detect_fts() == "announcements_fts"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == store.BUSY_TIMEOUT_MS
    indexes = {i.name for i in db.table("posts").indexes} | {i.name for i in db.table("amplifications").indexes}
    assert {"idx_posts_kim_published", "idx_amplifications_announcement"} <= indexes
    assert store.schema_version(db) == store.SCHEMA_VERSION


def _seed(db) -> None:
    store.save_kims(db, [{"id": "kim-a", "name": "KIM A", "region": "Kota Banjarmasin"}])
    store.save_posts(db, [{"id": "p1", "kim_id": "kim-a", "title": "Judul", "text": "Isi berita",
                           "published_at": "2024-10-01T00:00:00Z", "links": ["https://x.go.id/a"]}])


def test_init_again_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    _seed(store.connect(path))
    again = store.connect(path)
    assert store.ensure_schema(again) == store.SCHEMA_VERSION
    assert again.execute("SELECT title, links FROM posts").fetchall() == [("Judul", '["https://x.go.id/a"]')]


def test_migration_upgrades_older_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "k.db"
    _seed(store.connect(path))

    def add_column(db) -> None:
        db.execute("ALTER TABLE posts ADD COLUMN language TEXT")

    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, add_column])
    monkeypatch.setattr(store, "SCHEMA_VERSION", len(store.MIGRATIONS))
    upgraded = store.connect(path)
    assert store.schema_version(upgraded) == len(store.MIGRATIONS)
    assert "language" in upgraded.table("posts").columns_dict
    assert upgraded.execute("SELECT count(*) FROM posts").fetchone()[0] == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    store.connect(path).execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer than this kimwatch"):
        store.connect(path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        store.connect(path)


def test_save_posts_is_idempotent_and_updates_changed_text(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    _seed(db)
    db.execute("UPDATE posts SET matched_at = '2024-10-02T00:00:00Z'")
    post = {"id": "p1", "kim_id": "kim-a", "title": "Judul", "text": "Isi berita",
            "published_at": "2024-10-01T00:00:00Z", "links": ["https://x.go.id/a"]}
    assert store.save_posts(db, [post]) == (0, 0)
    assert db.execute("SELECT matched_at FROM posts").fetchone()[0] == "2024-10-02T00:00:00Z"
    assert store.save_posts(db, [{**post, "text": "Isi berita, diperbarui"}]) == (0, 1)
    row = db.execute("SELECT text, matched_at, content_hash FROM posts").fetchone()
    assert row[0] == "Isi berita, diperbarui" and row[1] is None
    assert row[2] == store.content_hash("Judul", "Isi berita, diperbarui")
    # Full-text search follows the edit.
    assert db.execute("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'diperbarui'").fetchone()[0] == 1


def test_save_posts_same_id_twice_in_one_batch_writes_once(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    _seed(db)
    post = {"id": "p2", "kim_id": "kim-a", "text": "x", "published_at": "2024-10-01T00:00:00Z"}
    assert store.save_posts(db, [post, post]) == (1, 0)


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    with pytest.raises(sqlite3.IntegrityError):
        store.save_posts(db, [{"id": "p", "kim_id": "nobody", "text": "x"}])


def test_save_amplifications_never_overrides_human_decision(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    _seed(db)
    store.save_sources(db, [{"id": "s", "name": "S", "region": "Provinsi Kalimantan Selatan"}])
    store.save_announcements(db, [{"id": "a1", "source_id": "s", "text": "t", "published_at": "2024-09-30T00:00:00Z"}])
    row = {"post_id": "p1", "announcement_id": "a1", "kim_id": "kim-a", "method": "text", "score": 0.5,
           "lag_hours": 24.0, "evidence": {"why": "test"}}
    store.save_amplifications(db, [row])
    db.execute("UPDATE amplifications SET status = 'rejected', decided_by = 'staf'")
    store.save_amplifications(db, [{**row, "score": 0.99, "method": "link"}])
    assert db.execute("SELECT status, score, method FROM amplifications").fetchone() == ("rejected", 0.5, "text")


def test_crawl_run_rows(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    run = store.start_crawl_run(db, "cli", {"kim": ["kim-a"]}, pid=123)
    store.finish_crawl_run(db, run, "completed", requests=5, items_new=2, errors=1)
    row = db.execute("SELECT trigger, status, requests, items_new, errors, pid, finished_at IS NOT NULL "
                     "FROM crawl_runs").fetchone()
    assert row == ("cli", "completed", 5, 2, 1, 123, 1)


def test_stable_ids() -> None:
    assert store.stable_id("p", "a", "b") == store.stable_id("p", "a", "b")
    assert store.stable_id("p", "a", "b") != store.stable_id("p", "ab", "")
    assert store.channel_id("kim-a", "feed", "https://x/feed").startswith("kim-a/feed/")


def test_the_health_window_of_the_report_reads_fetches_by_time(tmp_path: Path) -> None:
    """The report's per-window fetch query searches the time index instead of scanning every fetch."""
    db = store.connect(tmp_path / "k.db")
    plan = " ".join(str(row[3]) for row in db.execute(
        "EXPLAIN QUERY PLAN SELECT channel_id, sum(ok != 0) AS ok, sum(ok = 0) AS failed FROM channel_fetches "
        "WHERE fetched_at >= ? AND fetched_at < ? GROUP BY channel_id", ["2026-11-01", "2026-12-01"]))
    assert "USING COVERING INDEX idx_channel_fetches_time (fetched_at>? AND fetched_at<?)" in plan


def test_a_store_from_before_withdrawals_gets_the_column_in_place_losing_nothing(tmp_path: Path) -> None:
    """Schema 7 adds ``announcements.withdrawn_at`` (NULL: live) and the re-check's table to a
    store of schema 6, keeping every row and value as it was."""
    path = tmp_path / "k.db"
    db = store.connect(path)
    store.save_sources(db, [{"id": "prov", "name": "Diskominfo", "region": "Provinsi Kalimantan Selatan"}])
    store.save_announcements(db, [{"id": "a1", "source_id": "prov", "url": "https://x.go.id/a1", "title": "Judul",
                                   "text": "Isi", "published_at": "2024-10-01T00:00:00Z"}])
    db.execute("DROP TABLE announcement_rechecks")
    db.execute("ALTER TABLE announcements DROP COLUMN withdrawn_at")
    db.execute("PRAGMA user_version = 6")
    before = db.execute("SELECT * FROM announcements").fetchall()
    db.conn.close()
    upgraded = store.connect(path)
    assert store.schema_version(upgraded) == store.SCHEMA_VERSION >= 7
    rows = upgraded.execute("SELECT * FROM announcements").fetchall()
    columns = [d[0] for d in upgraded.execute("SELECT * FROM announcements").description]
    assert columns[-1] == "withdrawn_at" and [row[:-1] for row in rows] == before and rows[0][-1] is None
    assert "announcement_rechecks" in upgraded.table_names()
    assert upgraded.execute("SELECT count(*) FROM announcements_fts WHERE announcements_fts MATCH 'Judul'").fetchone()[0] == 1


def test_a_new_store_says_once_that_it_was_created_and_an_upgrade_says_each_step(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="crawler.store")
    path = tmp_path / "new.db"
    store.connect(path)
    said = [r.getMessage() for r in caplog.records if r.name == "crawler.store" and r.levelname != "DEBUG"]
    assert said == [f"creating a new store at schema version {store.SCHEMA_VERSION}"]
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION - 2}")
    db.close()
    caplog.clear()
    store.connect(path)
    said = [r.getMessage() for r in caplog.records if r.name == "crawler.store" and r.levelno == 20]
    assert said == [f"upgrading schema to version {store.SCHEMA_VERSION - 1}",
                    f"upgrading schema to version {store.SCHEMA_VERSION}"]
