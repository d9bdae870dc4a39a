"""Issue 13, item 2: a prompt stop — within 3 s of the first SIGTERM with hundreds of channels waiting.

200 feed channels on 4 slow loopback hosts (each answer takes 1.5 s; 2 requests at a time per
host, so the whole crawl would take ~40 s). The crawl is stopped once a few channels are done.
"""

from __future__ import annotations

import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.hostile.conftest import (
    HOSTS,
    PER_HOST,
    REPO,
    hostile_env,
    kimwatch_command,
    query,
    slow_sites,
    slow_store,
)
from tests.hostile.web import Site


def stop_latency(db: Path, signum: int = signal.SIGTERM, after: int = 6,
                 **settings: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Start a crawl, send ``signum`` once ``after`` channels are done; seconds from signal to exit."""
    env = hostile_env(KIMWATCH_DOWNLOAD_TIMEOUT="30", **settings)
    proc = subprocess.Popen(kimwatch_command(db, "crawl", "--no-match"), env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        done = re.match(r"\[\s*(\d+)/", line)
        if done and int(done.group(1)) >= after:
            break
    proc.send_signal(signum)
    sent = time.monotonic()
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    latency = time.monotonic() - sent
    return latency, subprocess.CompletedProcess(proc.args, proc.returncode, out, "".join(lines) + err)


@pytest.fixture(scope="module")
def sites() -> list[Site]:
    found = slow_sites()
    yield found
    for site in found:
        site.stop()


def test_first_sigterm_stops_within_3_s_and_keeps_what_was_received(tmp_path: Path, sites: list[Site]) -> None:
    db = slow_store(tmp_path / "k.db", sites)
    latency, run = stop_latency(db)
    assert latency < 3.0, (latency, run.stderr[-2000:])
    assert run.returncode == 143, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    (row,) = query(db, "SELECT status, message, finished_at FROM crawl_runs")
    assert row["status"] == "interrupted" and "SIGTERM" in row["message"] and row["finished_at"]
    fetched = query(db, "SELECT channel_id, ok FROM channel_fetches")
    assert 6 <= len(fetched) < len(HOSTS) * PER_HOST / 2  # most channels were still waiting
    assert all(f["ok"] for f in fetched)  # a dropped request is not the channel's failure
    # every answer received is stored: one post per fetched channel
    stored = {r["channel_id"] for r in query(db, "SELECT DISTINCT channel_id FROM posts")}
    assert stored == {f["channel_id"] for f in fetched}
    # channels not reached keep their health (never fetched: nothing recorded)
    untouched = query(db, "SELECT count(*) AS n FROM channels WHERE last_status IS NULL AND consecutive_failures = 0")
    assert untouched[0]["n"] == len(HOSTS) * PER_HOST - len(fetched)
    assert query(db, "PRAGMA integrity_check") == [{"integrity_check": "ok"}]


def test_ctrl_c_is_as_prompt(tmp_path: Path, sites: list[Site]) -> None:
    db = slow_store(tmp_path / "k.db", sites)
    latency, run = stop_latency(db, signal.SIGINT, after=3)
    assert latency < 3.0 and run.returncode == 130, (latency, run.stderr[-2000:])
    assert query(db, "SELECT status FROM crawl_runs") == [{"status": "interrupted"}]


def test_as_prompt_with_autothrottle_pacing_each_host(tmp_path: Path, sites: list[Site]) -> None:
    """The default politeness: AutoThrottle spaces each host's requests (1 s at the start), so
    most requests wait for their host's delay, not for a free connection."""
    db = slow_store(tmp_path / "k.db", sites)
    latency, run = stop_latency(db, after=4, KIMWATCH_AUTOTHROTTLE_ENABLED="true")
    assert latency < 3.0 and run.returncode == 143, (latency, run.stderr[-2000:])
    fetched = query(db, "SELECT count(*) AS n FROM channel_fetches")[0]["n"]
    assert fetched == len({r["channel_id"] for r in query(db, "SELECT channel_id FROM posts")}) and fetched < 40
