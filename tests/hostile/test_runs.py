"""Issue 13, items 6 and 7: stale runs reconciled at the start of a crawl; one lock per real database."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from crawler import store
from tests.hostile.conftest import (
    REPO,
    hostile_env,
    kimwatch,
    kimwatch_command,
    query,
    slow_sites,
    slow_store,
)


def test_a_killed_crawls_run_is_recorded_as_killed_by_the_next_crawl(tmp_path: Path) -> None:
    sites = slow_sites()
    try:
        db = slow_store(tmp_path / "k.db", sites)
        proc = subprocess.Popen(kimwatch_command(db, "crawl", "--no-match"), env=hostile_env(), cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        for line in proc.stderr:
            done = re.match(r"\[\s*(\d+)/", line)
            if done and int(done.group(1)) >= 4:
                break
        time.sleep(2.5)  # health and items are written within 2 s
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        (stale,) = query(db, "SELECT id, status, pid, finished_at FROM crawl_runs")
        assert stale["status"] == "running" and stale["pid"] == proc.pid and stale["finished_at"] is None
        fetched = query(db, "SELECT count(DISTINCT channel_id) AS n FROM channel_fetches WHERE run_id = ?",
                        (stale["id"],))[0]["n"]
        assert fetched >= 4
        for site in sites:  # the next crawl finds nothing to fetch quickly
            site.routes.clear()
        again = kimwatch(db, "crawl", "--no-match", "-q", env=hostile_env())
        assert again.returncode == 0, again.stderr
        rows = query(db, "SELECT id, status, finished_at, channels, message FROM crawl_runs ORDER BY id")
        assert rows[0]["status"] == "killed" and rows[0]["finished_at"] and rows[0]["channels"] == fetched
        assert f"process {proc.pid} no longer exists" in rows[0]["message"]
        assert rows[1]["status"] in ("ok", "partial", "failed") and rows[1]["finished_at"]
    finally:
        for site in sites:
            site.stop()


def test_pid_reuse_and_live_runs(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "k.db")
    live = store.start_crawl_run(db, "cli", pid=os.getpid())  # this very process, started before the row
    reused = store.start_crawl_run(db, "cli", pid=os.getpid())
    db.execute("UPDATE crawl_runs SET started_at = '2020-01-01T00:00:00Z' WHERE id = ?", [reused])  # before we started
    gone = store.start_crawl_run(db, "cli", pid=None)
    assert sorted(store.close_dead_runs(db)) == [reused, gone]
    statuses = dict(db.execute("SELECT id, status FROM crawl_runs").fetchall())
    assert statuses == {live: "running", reused: "killed", gone: "killed"}


def test_a_symlink_to_the_database_takes_the_same_lock(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    store.connect(db).conn.close()
    link = tmp_path / "link.db"
    link.symlink_to(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; from crawler.lock import writer_lock\n"
         f"with writer_lock({str(db)!r}):\n    print('locked', flush=True); time.sleep(20)"],
        cwd=REPO, env=hostile_env(), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        for name in (link, Path(os.path.relpath(db, REPO)), tmp_path / "sub" / ".." / "k.db"):
            (tmp_path / "sub").mkdir(exist_ok=True)
            run = kimwatch(Path(name), "crawl", "--no-match", env=hostile_env())
            assert run.returncode != 0 and "being written by another kimwatch process" in run.stderr, (name, run.stderr)
            assert f"pid {holder.pid}" in run.stderr
        assert query(db, "SELECT count(*) AS n FROM crawl_runs") == [{"n": 0}]
    finally:
        holder.kill()
        holder.wait()
