"""The health history rolled up (``kimwatch maintain``): the same answers from fewer rows, nothing
else lost; ANALYZE and VACUUM; the command and the daemon's daily job."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections import namedtuple
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crawler import maintenance, store
from crawler.daemon.config import DaemonConfig, load_config
from crawler.daemon.health import health_lines
from crawler.daemon.service import Daemon
from crawler.dates import WITA, to_iso
from crawler.errors import ConfigError
from crawler.lock import writer_lock
from crawler.reporting.kpis import build_report
from crawler.reporting.notify import compose_digest, render_digest
from tests.full_disk import kimwatch_command, run_on_full_disk
from tests.report.known_store import DAYS, UNTIL, build_known_store

REPO = Path(__file__).resolve().parent.parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}

# A day of kim-a/feed (WITA 2024-10-20): ok, failed, ok at 10:00, then a run of failures to midnight,
# which goes on the next day; and fetches on both sides of 00:00 WITA (16:00 UTC) on 1-2 Oct.
EXTRA_FETCHES = [
    ("kim-a/feed", "2024-10-19T17:00:00Z", 1, "200", None),
    ("kim-a/feed", "2024-10-19T18:00:00Z", 0, "503", "HTTP 503"),
    ("kim-a/feed", "2024-10-20T02:00:00Z", 1, "304", None),
    ("kim-a/feed", "2024-10-20T03:00:00Z", 0, "timeout", "timed out after 30s"),
    ("kim-a/feed", "2024-10-20T09:00:00Z", 0, "503", "HTTP 503 at http://10.0.0.5:8080/feed"),
    ("kim-a/feed", "2024-10-20T17:00:00Z", 0, "503", "HTTP 503"),
    ("kim-c/feed", "2024-10-01T15:59:59Z", 1, "200", None),   # 23:59:59 WITA 1 Oct: before the window
    ("kim-c/feed", "2024-10-01T16:00:00Z", 0, "503", "HTTP 503"),  # 00:00 WITA 2 Oct: its first second
]


def history_store(path: Path) -> Path:
    db = build_known_store(path)
    with store.transaction(db):
        for channel_id, fetched_at, ok, status, error in EXTRA_FETCHES:
            db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error, items_new) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [channel_id, fetched_at, ok, status, error, ok])
        db.execute("UPDATE channels SET last_success_at = '2024-10-20T02:00:00Z', last_crawled_at = "
                   "'2024-10-20T17:00:00Z', consecutive_failures = 3, last_error = 'HTTP 503' WHERE id = 'kim-a/feed'")
    db.conn.close()
    return path


def rows(db: Any, table: str) -> list[tuple[Any, ...]]:
    return db.execute(f"SELECT * FROM [{table}] ORDER BY 1, 2").fetchall()  # noqa: S608


def answers(path: Path) -> dict[str, Any]:
    """What every reader of the fetch history says, for windows before, across and after the edges."""
    db = store.connect(path)
    try:
        out: dict[str, Any] = {}
        for until, days in ((UNTIL, DAYS), ("2024-10-01", 1), ("2024-10-02", 1), ("2024-10-20", 1),
                            ("2024-10-21", 2), ("2024-11-30", 90)):
            report = build_report(db, days=days, until=until)
            report.pop("generated_at")
            out[f"report {until} {days}"] = report
        for first, last in ((date(2024, 10, 15), date(2024, 10, 21)), (date(2024, 10, 25), date(2024, 10, 31))):
            digest = compose_digest(db, first, last)
            out[f"digest {first}"] = (asdict(digest), render_digest(digest))
        out["first failure"] = [store.first_failure_after(db, c, s) for c, s in (
            ("kim-a/feed", "2024-10-20T02:00:00Z"), ("kim-a/feed", None), ("kim-f/website", None),
            ("kim-a/feed", "2024-10-19T17:00:00Z"), ("kim-c/feed", "2024-10-01T15:59:59Z"))]
        out["latest day"] = store.latest_fetch_day(db)
        return out
    finally:
        db.conn.close()


def test_every_reader_gives_the_same_answers_after_the_roll_up(tmp_path: Path) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    before = answers(path)
    result = maintenance.maintain(path, keep_days=30)
    assert result.fetch_rows == 16 and result.days == 7 and not result.dry_run
    db = store.connect(path)
    assert db.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM channel_fetch_days").fetchone()[0] == result.day_rows == 12
    db.conn.close()
    after = answers(path)
    assert after == before
    # the answers themselves, so that both cannot be wrong the same way
    assert before["first failure"] == ["2024-10-20T03:00:00Z", "2024-10-19T18:00:00Z", "2024-10-15T00:00:00Z",
                                       "2024-10-19T18:00:00Z", "2024-10-01T16:00:00Z"]
    channels = {c["id"]: c for k in before[f"report {UNTIL} {DAYS}"]["kims"] for c in k.get("channels", [])}
    assert (channels["kim-a/feed"]["fetches_ok"], channels["kim-a/feed"]["fetches_failed"]) == (3, 4)
    assert (channels["kim-c/feed"]["fetches_ok"], channels["kim-c/feed"]["fetches_failed"]) == (1, 1)
    one_day = {c["id"]: c for k in before["report 2024-10-01 1"]["kims"] for c in k.get("channels", [])}
    assert (one_day["kim-c/feed"]["fetches_ok"], one_day["kim-c/feed"]["fetches_failed"]) == (1, 0)


def test_a_rolled_up_day_says_what_its_fetches_said(tmp_path: Path) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    maintenance.maintain(path, keep_days=30)
    db = store.connect(path)
    days = {r["day"]: r for r in db.query("SELECT * FROM channel_fetch_days WHERE channel_id = 'kim-a/feed'")}
    db.conn.close()
    assert set(days) == {"2024-10-15", "2024-10-20", "2024-10-21"}
    assert {k: days["2024-10-20"][k] for k in ("fetches", "ok", "failed", "items_new", "last_status", "last_error",
                                               "first_failed_at", "failing_since_at")} == {
        "fetches": 5, "ok": 2, "failed": 3, "items_new": 2, "last_status": "503",
        "last_error": "HTTP 503 at http://10.0.0.5:8080/feed", "first_failed_at": "2024-10-19T18:00:00Z",
        "failing_since_at": "2024-10-20T03:00:00Z"}
    assert (days["2024-10-21"]["failed"], days["2024-10-21"]["failing_since_at"]) == (1, "2024-10-20T17:00:00Z")
    assert days["2024-10-15"]["failing_since_at"] is None


def test_nothing_but_fetch_rows_is_lost_and_vacuum_shrinks_the_file(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    db = store.connect(path)
    with store.transaction(db):  # a self-report and a person's decision, besides the known store's
        db.execute("INSERT INTO reports (kim_id, url, canonical_url, via, status, created_at, decided_by) "
                   "VALUES ('kim-a', 'https://x.id/1', 'https://x.id/1', 'form', 'verified', "
                   "'2024-10-20T00:00:00Z', 'petugas')")
        db.execute("UPDATE amplifications SET status = 'confirmed', decided_by = 'petugas' WHERE post_id = 'p-a1'")
        # years of fetches: enough free pages after the roll-up for VACUUM to be worth it
        db.conn.executemany(
            "INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) VALUES (?, ?, ?, ?, ?)",
            [("kim-b/website", to_iso(datetime(2023, 1, 1, tzinfo=WITA) + timedelta(minutes=7 * k)), k % 9 != 0,
              "200", None if k % 9 else "HTTP 500 " + "x" * 200) for k in range(60_000)])
    kept = {t: rows(db, t) for t in ("kims", "sources", "channels", "posts", "announcements", "amplifications",
                                     "reports", "crawl_runs", "announcement_terms", "posts_fts", "announcements_fts")}
    search = db.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'vaksinasi' ORDER BY rowid").fetchall()
    db.conn.close()
    monkeypatch.setattr(maintenance, "VACUUM_MIN_FREE_BYTES", 1_000_000)
    size = path.stat().st_size
    result = maintenance.maintain(path, keep_days=30)
    assert result.vacuum.startswith("done"), result.summary()
    assert path.stat().st_size < size / 2
    db = store.connect(path)
    assert {t: rows(db, t) for t in kept} == kept
    assert db.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'vaksinasi' ORDER BY rowid").fetchall() \
        == search and search
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0  # ANALYZE ran
    db.conn.close()


def test_vacuum_is_skipped_when_the_disk_cannot_hold_its_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    monkeypatch.setattr(maintenance, "VACUUM_MIN_FREE_BYTES", 0)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda where: usage(10**9, 10**9 - 4096, 4096))
    result = maintenance.maintain(path, keep_days=30, vacuum_when="always")
    assert result.vacuum.startswith("skipped: it would free") and "needs about" in result.vacuum
    assert result.fetch_rows == 16  # the roll-up itself needs no room


def test_rows_of_an_open_run_wait_for_it_to_close(tmp_path: Path) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    db = store.connect(path)
    run = store.start_crawl_run(db, "cli", pid=os.getpid())  # this process: alive, so the run stays open
    with store.transaction(db):
        db.execute("UPDATE channels SET last_success_at = '2024-10-20T12:00:00Z' WHERE id = 'kim-a/feed'")
        db.execute("INSERT INTO channel_fetches (channel_id, run_id, fetched_at, ok, status) VALUES "
                   "('kim-a/feed', ?, '2024-10-20T12:00:00Z', 1, '200')", [run])
    db.conn.close()
    before = answers(path)
    maintenance.maintain(path, keep_days=30)
    db = store.connect(path)
    assert db.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 1  # the open run's row
    store.finish_crawl_run(db, run, "ok")
    db.conn.close()
    assert answers(path) == before
    maintenance.maintain(path, keep_days=30)  # merged into the day already rolled up
    db = store.connect(path)
    day = db.execute("SELECT fetches, ok, failed, last_status, failing_since_at FROM channel_fetch_days "
                     "WHERE channel_id = 'kim-a/feed' AND day = '2024-10-20'").fetchone()
    assert db.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 0
    db.conn.close()
    assert day == (6, 3, 3, "200", None)
    assert {k: v for k, v in answers(path).items() if k != "first failure"} == \
        {k: v for k, v in before.items() if k != "first failure"}


def test_recent_fetches_stay_per_fetch_and_the_daemon_health_still_counts_rolled_up_days(tmp_path: Path) -> None:
    path = tmp_path / "kimwatch.db"
    db = store.connect(path)
    store.save_kims(db, [{"id": f"kim-{c}", "name": f"KIM {c}", "region": "Kota Banjarmasin"} for c in "xyz"])
    store.save_channels(db, [{"id": c, "owner_kind": "kim", "owner_id": f"kim-{c}", "type": "feed",
                              "url": f"https://{c}.example/feed"} for c in "xyz"])
    now = datetime.now(WITA)
    with store.transaction(db):
        for channel, days_ago in (("x", 10), ("y", 40), ("z", 1)):
            db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) VALUES (?, ?, 1, '200')",
                       [channel, to_iso(now - timedelta(days=days_ago))])
    unmeasured_before = health_lines(db, days=30)[0]
    db.conn.close()
    result = maintenance.maintain(path, keep_days=5)
    assert result.fetch_rows == 2  # 10 and 40 days ago; yesterday's stays
    db = store.connect(path)
    assert db.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 1
    assert health_lines(db, days=30)[0] == unmeasured_before
    assert "1 of 3 KIMs unmeasured" in unmeasured_before[1]  # kim-y: its only fetch is 40 days old
    db.conn.close()


def test_queries_keep_their_indexes_after_analyze(tmp_path: Path) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    maintenance.maintain(path, keep_days=30)
    db = store.connect(path)
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT channel_id, sum(ok != 0), sum(ok = 0) FROM channel_fetches "
        "WHERE fetched_at >= ? AND fetched_at < ? GROUP BY channel_id", ["a", "b"]))
    assert "idx_channel_fetches_time" in plan
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT channel_id, sum(ok), sum(failed) FROM channel_fetch_days "
        "WHERE day >= ? AND day < ? GROUP BY channel_id", ["a", "b"]))
    assert "COVERING INDEX idx_channel_fetch_days_day" in plan
    db.conn.close()


# --------------------------------------------------------------------------- the command


def kimwatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", *args], capture_output=True, text=True,
                          env={**ENV, **(env or {})}, cwd=REPO, timeout=120)


def test_maintain_command_dry_run_then_for_real(tmp_path: Path) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 4")  # an older store: a dry run does not upgrade it
    conn.execute("DROP TABLE channel_fetch_days")
    conn.commit()
    conn.close()
    dry = kimwatch("--db", str(path), "maintain", "--dry-run", "--keep-days", "30")
    assert dry.returncode == 0, dry.stderr
    assert "would roll up 16 fetch rows of 7 day(s)" in dry.stdout and "dry run: nothing changed" in dry.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 16
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()
    done = kimwatch("--db", str(path), "maintain", env={"KIMWATCH_HEALTH_KEEP_DAYS": "30"})
    assert done.returncode == 0, done.stderr
    assert "rolled up 16 fetch rows of 7 day(s)" in done.stdout and "health_keep_days 30" in done.stdout
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 0
    conn.close()
    again = kimwatch("--db", str(path), "maintain", "--keep-days", "30")
    assert again.returncode == 0 and "no fetch rows before" in again.stdout


def test_maintain_command_problems(tmp_path: Path) -> None:
    path = history_store(tmp_path / "kimwatch.db")
    bad = kimwatch("--db", str(path), "maintain", env={"KIMWATCH_HEALTH_KEEP_DAYS": "ninety"})
    assert bad.returncode != 0 and "KIMWATCH_HEALTH_KEEP_DAYS" in bad.stderr and "'ninety'" in bad.stderr
    assert "Traceback" not in bad.stderr
    missing = kimwatch("--db", str(tmp_path / "none.db"), "maintain")
    assert missing.returncode == 1 and "no database at" in missing.stderr
    with writer_lock(path):
        locked = kimwatch("--db", str(path), "maintain")
    assert locked.returncode == 1 and "is being written by another kimwatch process" in locked.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 16
    conn.close()


def test_config_keys_and_the_daemon_job(tmp_path: Path) -> None:
    config_file = tmp_path / "daemon.yaml"
    config_file.write_text("health_keep_days: 30\nmaintain_at: \"02:30\"\n", encoding="utf-8")
    config = load_config(config_file, {})
    assert (config.health_keep_days, config.maintain_at) == (30, "02:30")
    assert load_config(None, {"KIMWATCH_HEALTH_KEEP_DAYS": "120"}).health_keep_days == 120
    config_file.write_text("health_keep_days: 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="health_keep_days.*'0' must be a whole number of at least 1"):
        load_config(config_file, {})
    path = history_store(tmp_path / "kimwatch.db")
    daemon = Daemon(DaemonConfig(db=str(path), registry=None, report_dir=str(tmp_path / "reports"),
                                 health_keep_days=30, maintain_at="02:30"), environ=ENV)
    daemon.schedule_jobs()
    job = next(j for j in daemon.scheduler.jobs if "maintain" in j.tags)
    assert job.next_run is not None and job.next_run.astimezone(WITA).strftime("%H:%M") == "02:30"
    assert daemon.run_job("maintain", daemon.maintain)
    assert "rolled up 16 fetch rows" in daemon.results["maintain"].message
    with writer_lock(path):
        daemon.run_job("maintain", daemon.maintain)
    assert daemon.results["maintain"].status == "skipped" and daemon.results["maintain"].warn


# --------------------------------------------------------------------------- a store it cannot write


@pytest.mark.parametrize("read_only", ["file", "directory"])
def test_maintain_on_a_read_only_store_says_so_and_leaves_nothing_behind(read_only: str) -> None:
    """chmod 444 on the store (or 555 on its directory); as root, kimwatch runs as `nobody` (setpriv)."""
    directory = Path(tempfile.mkdtemp(prefix="kimwatch-ro-", dir="/tmp"))
    try:
        path = history_store(directory / "kimwatch.db")
        before = path.read_bytes()
        path.chmod(0o444 if read_only == "file" else 0o644)
        directory.chmod(0o777 if read_only == "file" else 0o555)
        command = [sys.executable, "-m", "crawler", "--db", str(path), "maintain", "--keep-days", "30"]
        if os.geteuid() == 0:
            command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
        done = subprocess.run(command, capture_output=True, text=True, env={**ENV, "HOME": "/tmp"}, cwd="/tmp",
                              timeout=120)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert f"cannot maintain {path}: this user cannot write it" in done.stderr
        assert "as the user who owns the store" in done.stderr
        assert sorted(p.name for p in directory.iterdir()) == ["kimwatch.db"]  # no .lock, -wal or -shm
        assert path.read_bytes() == before
    finally:
        directory.chmod(0o755)
        shutil.rmtree(directory)


@pytest.mark.parametrize("free", [0, 8192, 65536])
def test_maintain_on_a_full_disk_says_so_and_keeps_the_store(tmp_path: Path, free: int) -> None:
    """A real full disk: a small tmpfs in a private mount namespace (``unshare``), filled up; with 0
    bytes free the lock file cannot be written, with a few pages the roll-up's WAL cannot grow."""
    seed = tmp_path / "seed"
    seed.mkdir()
    history_store(seed / "kimwatch.db")
    done, disk, after = run_on_full_disk(tmp_path, seed, kimwatch_command(
        "--db", "{disk}/kimwatch.db", "maintain", "--keep-days", "30"), free=free)
    path = disk / "kimwatch.db"
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr and str(path) in done.stderr
    if free != 8192:  # with two pages free SQLite cannot even map its -shm: "disk I/O error"
        assert "database or disk is full" in done.stderr or "No space left on device" in done.stderr
        assert f"the disk holding {path} is full: free some space" in done.stderr
    conn = sqlite3.connect(after / "kimwatch.db")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # per-fetch rows, or rolled up into day rows: none lost
    assert conn.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] + conn.execute(
        "SELECT coalesce(sum(fetches), 0) FROM channel_fetch_days").fetchone()[0] == 16
    conn.close()


def test_days_rolled_up_before_schema_11_get_what_a_past_windows_health_needs(tmp_path: Path) -> None:
    """A store whose days were rolled up before the roll-up kept times (schema 10): the upgrade
    fills them in as far as the day's totals tell, and a past window's report reads them."""
    path = history_store(tmp_path / "kimwatch.db")
    maintenance.maintain(path, keep_days=30)
    conn = sqlite3.connect(path)
    for name, _ in store.FETCH_DAY_HEALTH_COLUMNS:
        conn.execute(f"ALTER TABLE channel_fetch_days DROP COLUMN {name}")
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    conn.close()
    assert "days of fetch history rolled up before it get the times" in (store.pending_upgrade(path) or "")
    db = store.connect(path)
    days = {r["day"]: r for r in db.query("SELECT * FROM channel_fetch_days WHERE channel_id = 'kim-a/feed'")}
    # 20 Oct: ok, then failures after its last success (how many is no longer known: at least one)
    assert {k: days["2024-10-20"][k] for k in ("first_fetched_at", "last_fetched_at", "last_ok_at",
                                               "trailing_failures")} == {
        "first_fetched_at": "2024-10-19T16:00:00Z", "last_fetched_at": "2024-10-19T16:00:00Z",
        "last_ok_at": "2024-10-19T16:00:00Z", "trailing_failures": 1}
    assert (days["2024-10-21"]["last_ok_at"], days["2024-10-21"]["trailing_failures"]) == (None, 1)
    feed = {c["id"]: c for k in build_report(db, days=1, until="2024-10-20")["kims"] for c in k["channels"]}
    db.conn.close()
    assert (feed["kim-a/feed"]["health"], feed["kim-a/feed"]["consecutive_failures"]) == ("failing", 1)
    assert feed["kim-a/feed"]["last_success_at"] == "2024-10-19T16:00:00Z"


def test_a_past_windows_channel_health_is_as_of_its_end_before_and_after_the_roll_up(tmp_path: Path) -> None:
    """kim-a/feed, read until 21 Oct: its health at the end of 20 Oct (the failures after a
    success at 10:00 WITA: two failures) is failing, before the roll-up and after it; today it is as the crawl left it."""
    path = history_store(tmp_path / "kimwatch.db")

    def health() -> dict[str, Any]:
        db = store.connect(path)
        try:
            report = build_report(db, days=1, until="2024-10-20")
            return {c["id"]: {k: c[k] for k in ("health", "consecutive_failures", "last_crawled_at",
                                                  "last_success_at", "last_status", "last_error", "health_as_of")}
                    for k in report["kims"] for c in k["channels"]}
        finally:
            db.conn.close()

    before = health()
    assert before["kim-a/feed"] == {
        "health": "failing", "consecutive_failures": 2, "last_crawled_at": "2024-10-20T09:00:00Z",
        "last_success_at": "2024-10-20T02:00:00Z", "last_status": "503",
        "last_error": "HTTP 503 at http://10.0.0.5:8080/feed", "health_as_of": "2024-10-20T16:00:00Z"}
    maintenance.maintain(path, keep_days=30)
    assert health() == before
