"""`kimwatch crawl --format json` / `--summary-json FILE` (issue 15): one JSON object for monitoring,
built from the run's result."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.crawl.conftest import crawl_env, good_channels, make_store, run_kimwatch
from tests.farm import Farm


def test_json_summary_on_stdout_and_in_a_file(tmp_path: Path, farm: Farm) -> None:
    broken = {"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": farm.url("/bad/404/feed")}
    db = make_store(tmp_path / "k.db", good_channels(farm)[:2] + [broken])
    target = tmp_path / "monitor" / "last-crawl.json"
    result = run_kimwatch(db, "crawl", "--no-match", "-q", "--format", "json", "--summary-json", str(target),
                          env=crawl_env(farm))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)  # stdout is the JSON object and nothing else
    assert json.loads(target.read_text(encoding="utf-8")) == summary
    run_id, status = sqlite3.connect(db).execute("SELECT id, status FROM crawl_runs").fetchone()
    assert (summary["run_id"], summary["status"]) == (run_id, status) == (run_id, "partial")
    assert summary["channels_total"] == 3 and summary["channels_ok"] == 2 and summary["channels_failed"] == 1
    stored = sqlite3.connect(db).execute("SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM announcements)")
    assert summary["items_new"] == stored.fetchone()[0] == 8 and summary["errors"] == 1
    failed = [c for c in summary["channels"] if c["channel_id"] in summary["failed_channels"]]
    assert len(failed) == 1 and failed[0]["url"] == broken["url"] and failed[0]["status"] == "404"
    assert summary["matched"] is None and summary["db"] == str(db)
    assert not list(target.parent.glob(".*partial"))


def test_table_summary_stays_the_default(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "k.db", good_channels(farm)[:1])
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("channel") and "crawl ok: run 1" in result.stdout
