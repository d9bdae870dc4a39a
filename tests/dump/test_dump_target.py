"""What ``DIR/kimwatch.db`` a dump replaces: only a previous dump (unless --force), and never with a
crashed process's stale WAL or journal applied to the new file."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler import store
from crawler.errors import ReportError
from crawler.reporting import dump
from tests.report.known_store import build_known_store

REPO = Path(__file__).resolve().parent.parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}

# Opens a database in WAL mode with no automatic checkpoint, writes 200 rows and is killed (-9): the
# rows stay in DB-wal, with DB-shm beside it, as after a crash.
CRASH = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("CREATE TABLE IF NOT EXISTS junk (id INTEGER PRIMARY KEY, t TEXT)")
for i in range(200):
    conn.execute("INSERT INTO junk (t) VALUES (?)", ["x" * 500])
os.kill(os.getpid(), signal.SIGKILL)
"""


def crash_while_writing(path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CRASH, str(path)], capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr
    assert Path(f"{path}-wal").stat().st_size > 100_000 and Path(f"{path}-shm").exists()


def kimwatch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", *args], capture_output=True, text=True, env=ENV,
                          cwd=REPO, timeout=120)


@pytest.fixture
def own(tmp_path: Path) -> Path:
    build_known_store(tmp_path / "own.db").conn.close()
    return tmp_path / "own.db"


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """Another store, with a KIM the own store does not have."""
    db = build_known_store(tmp_path / "other.db")
    store.save_kims(db, [{"id": "kim-other", "name": "KIM Lain", "region": "Kota Banjarmasin"}])
    db.conn.close()
    return tmp_path / "other.db"


def check_dump_of_own(path: Path) -> None:
    """A sound dump of the own store, without a WAL, marked as a dump, nothing beside it."""
    assert [p.name for p in path.parent.glob(f"{path.name}-*")] == []
    with path.open("rb") as file:
        assert file.read(20)[18:20] == b"\x01\x01"  # rollback journal, not WAL
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == dump.DUMP_APPLICATION_ID
        assert conn.execute("SELECT count(*) FROM kims WHERE id = 'kim-other'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 9
        assert "junk" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def test_another_store_in_the_directory_is_not_replaced(own: Path, other: Path, tmp_path: Path) -> None:
    target = tmp_path / "x" / "kimwatch.db"
    target.parent.mkdir()
    target.write_bytes(other.read_bytes())
    before = target.read_bytes()
    refused = kimwatch("--db", str(own), "dump", str(target.parent))
    assert refused.returncode == 1, refused.stderr
    assert "Traceback" not in refused.stderr
    assert f"{target} is not a kimwatch dump" in refused.stderr and "--force" in refused.stderr
    assert "reports" in refused.stderr  # why: it holds a store's tables
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["kimwatch.db"]
    forced = kimwatch("--db", str(own), "dump", str(target.parent), "--force")
    assert forced.returncode == 0, forced.stderr
    check_dump_of_own(target)


def test_a_previous_dump_with_a_crashed_writers_wal_is_replaced_soundly(own: Path, other: Path,
                                                                        tmp_path: Path) -> None:
    first = dump.write_dump(other, tmp_path / "y")
    crash_while_writing(first.database)
    done = kimwatch("--db", str(own), "dump", str(tmp_path / "y"))
    assert done.returncode == 0, done.stderr
    assert "dump written" in done.stdout
    check_dump_of_own(first.database)


def test_a_store_with_a_stale_wal_replaced_by_force(own: Path, other: Path, tmp_path: Path) -> None:
    target = tmp_path / "y" / "kimwatch.db"
    target.parent.mkdir()
    target.write_bytes(other.read_bytes())
    crash_while_writing(target)
    with pytest.raises(ReportError, match="is not a kimwatch dump"):
        dump.write_dump(own, target.parent)
    assert Path(f"{target}-wal").exists()  # refused: not even its WAL is touched
    dump.write_dump(own, target.parent, force=True)
    check_dump_of_own(target)


def test_a_rollback_journal_left_by_a_crash_is_not_applied(own: Path, other: Path, tmp_path: Path) -> None:
    first = dump.write_dump(other, tmp_path / "dump")
    # a hot journal: the first pages of another database, as a crash mid-transaction leaves them
    journal = Path(f"{first.database}-journal")
    subprocess.run([sys.executable, "-c", CRASH.replace("journal_mode = WAL", "journal_mode = DELETE")
                    .replace('isolation_level=None)', 'isolation_level=None); conn.execute("BEGIN")'),
                    str(first.database)], capture_output=True, timeout=60)
    assert journal.exists() and journal.stat().st_size > 0
    dump.write_dump(own, tmp_path / "dump")
    check_dump_of_own(first.database)


def test_dumps_of_the_previous_version_are_recognised(own: Path, other: Path, tmp_path: Path) -> None:
    """Before the mark, a dump was known by its tables (none but those a dump keeps, channels without
    etag) and the metadata.json beside it."""
    old = dump.write_dump(other, tmp_path / "dump")
    conn = sqlite3.connect(old.database)
    conn.execute("PRAGMA application_id = 0")  # as written by the previous version
    conn.close()
    dump.write_dump(own, tmp_path / "dump")
    check_dump_of_own(old.database)
    conn = sqlite3.connect(old.database)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    old.metadata.unlink()
    with pytest.raises(ReportError, match="no metadata.json beside it"):
        dump.write_dump(own, tmp_path / "dump")


@pytest.mark.parametrize(("content", "why"), [
    (b"not a database\n" * 10, "not an SQLite database"),
    (None, "holds table(s) a dump never has: reports"),  # a dump someone made into a store
])
def test_other_files_are_refused(own: Path, tmp_path: Path, content: bytes | None, why: str) -> None:
    target = tmp_path / "dump" / "kimwatch.db"
    if content is None:
        dump.write_dump(own, target.parent)
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE reports (id INTEGER PRIMARY KEY, kim_id TEXT, url TEXT)")
        conn.commit()
        conn.close()
    else:
        target.parent.mkdir()
        target.write_bytes(content)
    before = target.read_bytes()
    with pytest.raises(ReportError, match=re.escape(why)):
        dump.write_dump(own, target.parent)
    assert target.read_bytes() == before


def test_an_empty_file_is_replaced(own: Path, tmp_path: Path) -> None:
    target = tmp_path / "dump" / "kimwatch.db"
    target.parent.mkdir()
    target.touch()
    dump.write_dump(own, target.parent)
    check_dump_of_own(target)
