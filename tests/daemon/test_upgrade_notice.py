"""The schema upgrade is said before it happens (outside tester "q", finding 6): `daemon --check`
names it without touching the store, and the command that upgrades says so first."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from crawler import store

REPO = Path(__file__).resolve().parents[2]
NOTICE = (f"store schema 7 will be upgraded to {store.SCHEMA_VERSION} (posts stored more than once under one "
          "social-media URL merged; self-reported website posts the crawl had stored already merged; "
          "days of fetch history rolled up before it get the times a past period's channel health needs, "
          "as far as their totals tell (00:00 WITA of the day); "
          "older kimwatch cannot open it afterwards; back up first")


def _schema_7_store(path: Path) -> Path:
    store.connect(path).conn.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    return path


def _kimwatch(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KIMWATCH_DB"} | {"PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "crawler", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_check_and_the_upgrading_command_say_the_upgrade_first(tmp_path: Path) -> None:
    db = _schema_7_store(tmp_path / "kimwatch.db")
    config = tmp_path / "daemon.yaml"
    config.write_text(f"db: {db}\nreport_dir: {tmp_path / 'reports'}\n", encoding="utf-8")
    checked = _kimwatch("daemon", "--config", str(config), "--check", cwd=tmp_path)
    assert f"warning: {NOTICE}" in checked.stdout, checked.stdout
    assert _version_db(db) == 7  # --check changed nothing

    upgraded = _kimwatch("--db", str(db), "init", cwd=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    assert NOTICE in upgraded.stderr, upgraded.stderr
    assert _version_db(db) == store.SCHEMA_VERSION
    again = _kimwatch("daemon", "--config", str(config), "--check", cwd=tmp_path)
    assert "will be upgraded" not in again.stdout, again.stdout


def _version_db(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
