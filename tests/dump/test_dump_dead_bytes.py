"""No dead bytes in a dump (issue 16): what the store deleted or overwrote, and what the dump
drops, appears nowhere in the published file, whichever way the dump copied the store.

A dump starts from a page copy of the store (SQLite's backup API) when the store is marked clean
(every kimwatch connection writes under ``secure_delete``, the store is ``auto_vacuum =
INCREMENTAL``), else from ``VACUUM INTO``; ``kimwatch maintain`` converts an old store once.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from crawler import maintenance
from crawler.reporting import dump
from tests.report.known_store import build_known_store

# Each marker is something the published file must not hold: an overwritten post text, a
# deleted post's e-mail address and phone number, a KIM's old name, a dropped column's value
# and a dropped table's row.
MARKERS = (b"zebraoldtext", b"quokka.deleted@contoh.id", b"0899111222333", b"kim lama ocelot",
           b"etag-marmoset", b"wombatdropped")


def _write_markers(db: sqlite3.Connection) -> None:
    """Write rows holding the markers, then delete or overwrite them; the dropped ones stay."""
    db.execute("INSERT INTO posts (id, kim_id, platform, title, text, published_at, origin) VALUES "
               "('p-old', 'kim-a', 'website', 'Kabar', 'Kabar ZEBRAOLDTEXT dari desa', '2024-10-20T01:00:00Z', "
               "'crawl'), ('p-gone', 'kim-a', 'website', 'Kontak', 'Tulis ke quokka.deleted@contoh.id atau "
               "0899111222333', '2024-10-21T01:00:00Z', 'crawl')")
    db.execute("INSERT INTO posts_fts (rowid, title, text) SELECT rowid, title, text FROM posts "
               "WHERE id IN ('p-old', 'p-gone')")
    db.execute("UPDATE kims SET name = 'KIM Lama Ocelot' WHERE id = 'kim-c'")
    db.execute("UPDATE channels SET etag = 'etag-marmoset' WHERE id = 'kim-a/feed'")
    db.execute("INSERT INTO resolved_urls (url, resolved_url, resolved_at) VALUES "
               "('https://s.id/wombatdropped', 'https://host.id/wombatdropped', '2024-10-10T00:00:00Z')")
    # the store's full-text index merged (as its automerge does in time): the old terms are gone from it
    db.execute("INSERT INTO posts_fts (posts_fts) VALUES ('optimize')")
    db.execute("UPDATE posts SET text = 'Kabar baru dari desa' WHERE id = 'p-old'")
    db.execute("DELETE FROM posts WHERE id = 'p-gone'")
    db.execute("UPDATE kims SET name = 'KIM Cempaka' WHERE id = 'kim-c'")
    db.execute("INSERT INTO posts_fts (posts_fts) VALUES ('optimize')")


def _found(path: Path) -> list[bytes]:
    data = path.read_bytes().lower()
    return [marker for marker in MARKERS if marker in data]


def _clean_store(path: Path) -> None:
    """A store made by this kimwatch, its markers written through a kimwatch connection."""
    db = build_known_store(path)
    _write_markers(db.conn)
    db.conn.close()


def _old_store(path: Path) -> None:
    """A store as kimwatch made them before secure_delete: ``auto_vacuum = NONE``, no clean mark,
    and its markers written by a connection without ``secure_delete`` (an old kimwatch, another tool)."""
    build_known_store(path).conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE store_meta")
    conn.execute("PRAGMA auto_vacuum = NONE")
    conn.execute("VACUUM")
    conn.execute("PRAGMA secure_delete = OFF")
    _write_markers(conn)
    conn.close()


def _checkpointed(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_a_store_written_without_secure_delete_keeps_the_dead_bytes(tmp_path: Path) -> None:
    # what the design guards against: the markers are on the store's pages, ready for a page copy
    live = tmp_path / "live.db"
    _old_store(live)
    _checkpointed(live)
    assert len(_found(live)) == len(MARKERS)
    assert dump.dump_method(live) == (False, "the store is not marked clean (made before secure_delete; "
                                             "not yet converted by VACUUM)")


def test_a_clean_store_holds_no_dead_bytes_and_its_page_copy_dump_none(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _clean_store(live)
    _checkpointed(live)
    assert dump.dump_method(live)[0]
    with caplog.at_level(logging.INFO, logger="crawler.reporting.dump"):
        paths = dump.write_dump(live, tmp_path / "dump")
    assert "dump: page copy of the store (backup API)" in caplog.text
    assert _found(paths.database) == []
    # only what the dump drops is still in the store, alive
    assert _found(live) == [b"etag-marmoset", b"wombatdropped"]
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "etag" not in {row[1] for row in conn.execute("PRAGMA table_info(channels)")}
    conn.close()


def test_an_old_store_dumps_by_vacuum_into_without_its_dead_bytes(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _old_store(live)
    with caplog.at_level(logging.INFO, logger="crawler.reporting.dump"):
        paths = dump.write_dump(live, tmp_path / "dump")
    assert _found(paths.database) == []
    assert "dump: VACUUM INTO" in caplog.text and "`kimwatch maintain` converts the store once" in caplog.text
    assert "not marked clean" in caplog.text


def test_maintain_converts_an_old_store_once_and_its_dumps_take_the_page_copy(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _old_store(live)
    result = maintenance.maintain(live, keep_days=3650)
    assert result.vacuum.startswith("done: converts the store")
    assert _found(live) == [b"etag-marmoset", b"wombatdropped"]  # the dead bytes are gone from the store
    conn = sqlite3.connect(live)
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
    conn.close()
    assert dump.dump_method(live)[0]
    again = maintenance.maintain(live, keep_days=3650)
    assert not again.vacuum.startswith("done")  # converted once
    with caplog.at_level(logging.INFO, logger="crawler.reporting.dump"):
        paths = dump.write_dump(live, tmp_path / "dump")
    assert "dump: page copy of the store" in caplog.text
    assert _found(paths.database) == []


def test_a_vacuum_by_another_tool_sends_the_dump_back_to_vacuum_into(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    _clean_store(live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA auto_vacuum = NONE")
    conn.execute("VACUUM")
    conn.close()
    assert dump.dump_method(live) == (False, "the store is marked clean but is no longer in auto_vacuum = "
                                             "INCREMENTAL mode")
    assert _found(dump.write_dump(live, tmp_path / "dump").database) == []


def test_a_dump_by_vacuum_into_leaves_an_incremental_store_incremental(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    _clean_store(live)
    sqlite_utils.Database(live).execute("DELETE FROM store_meta")  # the mark gone: VACUUM INTO
    assert not dump.dump_method(live)[0]
    paths = dump.write_dump(live, tmp_path / "dump")
    assert _found(paths.database) == []
    conn = sqlite3.connect(live)
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # FULL would apply to the store at once
    conn.close()
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    conn.close()


def test_maintain_says_what_the_conversion_would_do_and_can_be_told_not_to(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    _old_store(live)
    dry = maintenance.maintain(live, keep_days=3650, dry_run=True)
    assert dry.vacuum.startswith("would run: converts the store")
    never = maintenance.maintain(live, keep_days=3650, vacuum_when="never")
    assert never.vacuum == "not asked (--vacuum never)"
    assert not dump.dump_method(live)[0]  # still VACUUM INTO
    assert len(_found(live)) == len(MARKERS)  # nothing rewritten


def test_maintain_merges_the_full_text_index_so_old_terms_go(tmp_path: Path) -> None:
    # without a merge, the terms of an overwritten or deleted post stay in the store's index, and
    # any copy of it (page copy or VACUUM INTO) would publish them
    live = tmp_path / "live.db"
    db = build_known_store(live)
    db.execute("INSERT INTO posts (id, kim_id, platform, title, text, published_at, origin) VALUES "
               "('p-old', 'kim-a', 'website', 'Kabar', 'Kabar zebraoldtext dan 0899111222333', "
               "'2024-10-20T01:00:00Z', 'crawl')")
    db.execute("INSERT INTO posts_fts (rowid, title, text) SELECT rowid, title, text FROM posts WHERE id = 'p-old'")
    db.execute("INSERT INTO posts_fts (posts_fts) VALUES ('optimize')")
    db.execute("UPDATE posts SET text = 'Kabar baru' WHERE id = 'p-old'")
    db.conn.close()
    _checkpointed(live)
    assert b"zebraoldtext" in live.read_bytes()  # in the index, alive
    assert b"zebraoldtext" in dump.write_dump(live, tmp_path / "before").database.read_bytes()
    maintenance.maintain(live, keep_days=3650)
    assert b"zebraoldtext" not in live.read_bytes()
    data = dump.write_dump(live, tmp_path / "after").database.read_bytes()
    assert b"zebraoldtext" not in data and b"0899111222333" not in data
    conn = sqlite3.connect(live)
    assert conn.execute("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'baru'").fetchone()[0] == 1
    conn.close()
