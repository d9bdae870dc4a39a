"""The daemon as a real process against the loopback farm, with the real crawl children."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.daemon.conftest import CRAWL_ENV, REPO, SLOW_FEED, crawl_runs, scalar, write_registry
from tests.farm import Farm

FAST = """\
registry: {registry}
db: {db}
report_dir: {reports}
crawl_kims_every: {kims_every}
crawl_timeout: 60s
stop_grace: {stop_grace}
kill_grace: {kill_grace}
report_at: "{report_at}"
"""


def config(tmp_path: Path, farm: Farm, *, stop_grace: str = "20s", slow: bool = False,
           report_at: str = "23:59", kims_every: str = "3s", kill_grace: str = "2s") -> str:
    registry = write_registry(tmp_path / "registry.yaml", farm, slow=slow)
    return FAST.format(registry=registry, db=tmp_path / "kimwatch.db", reports=tmp_path / "reports",
                       stop_grace=stop_grace, report_at=report_at, kims_every=kims_every, kill_grace=kill_grace)


def finished_daemon_runs(db: Path) -> list[dict]:
    if not db.exists():
        return []
    return [r for r in crawl_runs(db) if r["trigger"] == "daemon" and r["finished_at"]]


def test_runs_crawls_and_matches_then_stops_cleanly(tmp_path: Path, farm: Farm, start_daemon) -> None:
    db = tmp_path / "kimwatch.db"
    # crawl_sources_every comes from the environment: env overrides the file
    daemon = start_daemon(config(tmp_path, farm), env={"KIMWATCH_CRAWL_SOURCES_EVERY": "2s"})
    daemon.wait_for_line("crawl_sources_every=2s (environment variable KIMWATCH_CRAWL_SOURCES_EVERY)", 10)
    daemon.wait_for(lambda: len(finished_daemon_runs(db)) >= 3, 60, "three finished crawl runs")
    daemon.wait_for_line("INFO crawler.daemon: job match:", 30)
    runs = finished_daemon_runs(db)
    assert [r["status"] for r in runs[:3]] == ["ok", "ok", "ok"], runs
    assert "diskominfo-kalsel" in runs[0]["filters"]  # sources first
    assert "kim-angsau" in runs[1]["filters"] and "diskominfo-kalsel" not in runs[1]["filters"]
    assert scalar(db, "SELECT count(*) FROM announcements") >= 3
    assert scalar(db, "SELECT count(*) FROM amplifications") >= 1  # a match pass completed
    # a registry change on disk is picked up; a broken one is refused and the old one kept
    write_registry(tmp_path / "registry.yaml", farm, extra_kim=True)
    daemon.wait_for(lambda: scalar(db, "SELECT count(*) FROM kims WHERE id = 'kim-baru'"), 15, "the new KIM")
    (tmp_path / "registry.yaml").write_text("kims:\n  - id: Not A Slug\n", encoding="utf-8")
    daemon.wait_for_line("job registry failed", 15)
    assert scalar(db, "SELECT count(*) FROM kims") == 3
    code, took = daemon.stop(signal.SIGTERM, timeout=30)
    assert code == 0, daemon.log()
    assert took < 20 + 2 + 5
    assert all(r["finished_at"] for r in crawl_runs(db)), crawl_runs(db)
    assert scalar(db, "PRAGMA integrity_check") == "ok"
    log = daemon.log()
    assert "\x1b[" not in log
    assert "INFO crawler.daemon: SIGTERM: stopping" in log and "daemon stopped" in log
    # not under journald: each line starts with a UTC timestamp
    assert all(line[:2] == "20" and line[19:25] == "+08:00" for line in daemon.lines if line), log  # WITA


def test_cli_crawl_during_daemon_crawl_refuses_or_waits(tmp_path: Path, farm: Farm, start_daemon) -> None:
    db = tmp_path / "kimwatch.db"
    farm.state["slow_seconds"] = 4
    try:
        daemon = start_daemon(config(tmp_path, farm, slow=True) + "crawl_sources_every: 1h\n")
        daemon.wait_for(lambda: db.exists() and any(
            r["trigger"] == "daemon" and not r["finished_at"] and "kim-lambat" in r["filters"]
            for r in crawl_runs(db)), 60, "a daemon KIM crawl in progress")
        env = {**os.environ, **CRAWL_ENV}
        command = [sys.executable, "-m", "crawler", "--db", str(db), "crawl", "--source", "diskominfo-kalsel"]
        refused = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
        assert refused.returncode != 0
        assert "being written by another kimwatch process" in refused.stderr
        assert "--wait" in refused.stderr and "Traceback" not in refused.stderr
        started = time.monotonic()
        waited = subprocess.run(command + ["--wait"], env=env, capture_output=True, text=True, timeout=60)
        assert waited.returncode == 0, waited.stderr
        assert "wait" in waited.stderr.lower()
        assert time.monotonic() - started >= 0.5
        runs = crawl_runs(db)
        cli_run = next(r for r in runs if r["trigger"] == "cli")
        daemon_run = next(r for r in runs if r["trigger"] == "daemon" and "kim-lambat" in r["filters"])
        assert cli_run["started_at"] >= daemon_run["finished_at"]  # one writer at a time
        code, _ = daemon.stop()
        assert code == 0
    finally:
        farm.state.pop("slow_seconds", None)


def test_killed_child_is_recorded_and_daemon_goes_on(tmp_path: Path, farm: Farm, start_daemon) -> None:
    db = tmp_path / "kimwatch.db"
    daemon = start_daemon(config(tmp_path, farm, slow=True, kims_every="1s") + "crawl_sources_every: 1h\n")
    daemon.wait_for(lambda: len(finished_daemon_runs(db)) >= 2, 60, "the first crawls")
    before = dict(scalar_rows(db, "SELECT id, content_hash FROM posts"))
    assert len(before) >= 5
    farm.state["slow_seconds"] = 30
    try:
        running = daemon.wait_for(lambda: next((r for r in crawl_runs(db) if not r["finished_at"]), None),
                                  30, "a crawl in progress")
        os.kill(running["pid"], signal.SIGKILL)
        daemon.wait_for(lambda: next((r for r in crawl_runs(db) if r["id"] == running["id"]
                                      and r["status"] == "killed"), None), 15, "the killed run recorded")
    finally:
        farm.state.pop("slow_seconds", None)
    daemon.wait_for_line("failed: run", 10)
    daemon.wait_for(lambda: any(r["id"] > running["id"] and r["status"] == "ok" for r in crawl_runs(db)),
                    60, "a later crawl that succeeds")
    code, _ = daemon.stop()
    assert code == 0
    killed = next(r for r in crawl_runs(db) if r["id"] == running["id"])
    assert "SIGKILL" in killed["message"]
    assert scalar(db, "PRAGMA integrity_check") == "ok"
    after = dict(scalar_rows(db, "SELECT id, content_hash FROM posts"))
    assert {k: after.get(k) for k in before} == before  # every stored post intact


def test_sigterm_during_slow_crawl_stops_child_within_grace(tmp_path: Path, farm: Farm, start_daemon) -> None:
    """Robust under load (fixes17 item 5): SIGTERM goes to the daemon once the crawl child's
    request to the slow feed is in flight (its reactor runs, its signal handlers are in place),
    not merely once its run row is open; a kill_grace of 6 s leaves a loaded machine time to
    close the row after the second SIGTERM (at half of it), which must still come before SIGKILL,
    and the crawl's own grace for answers on their way (``STOP_GRACE_SECONDS``) is longer than
    that half, as the defaults are, so that the second SIGTERM is what stops it."""
    db = tmp_path / "kimwatch.db"
    stop_grace, kill_grace = 1, 6
    asked_before = len(farm.requests_to(SLOW_FEED))
    farm.state["slow_seconds"] = 30
    try:
        daemon = start_daemon(config(tmp_path, farm, slow=True, stop_grace=f"{stop_grace}s",
                                     kill_grace=f"{kill_grace}s") + "crawl_sources_every: 1h\n",
                              env={"KIMWATCH_STOP_GRACE_SECONDS": "20"})
        daemon.wait_for(lambda: db.exists() and any(not r["finished_at"] and "kim-lambat" in r["filters"]
                                                    for r in crawl_runs(db)), 60, "the slow crawl")
        daemon.wait_for(lambda: len(farm.requests_to(SLOW_FEED)) > asked_before, 60,
                        "the slow crawl's request to the slow feed in flight")
        code, took = daemon.stop(signal.SIGTERM, timeout=30)
    finally:
        farm.state.pop("slow_seconds", None)
    assert code == 0, daemon.log()
    assert took < stop_grace + kill_grace + 3, took  # stop_grace + kill_grace + slack
    runs = crawl_runs(db)
    assert all(r["finished_at"] for r in runs)
    assert runs[-1]["status"] == "interrupted"
    # the crawl waits for its request in flight after the first SIGTERM; the second one, at half
    # of kill_grace, stops it at once: it closes its own row, no SIGKILL
    log = daemon.log()
    assert "sending a second SIGTERM" in log and "sending SIGKILL" not in log, log
    # the daemon's own stop is no failure: no ERROR line for the job it interrupted
    assert "job crawl-kims stopped with the daemon" in log and " ERROR " not in log, log
    assert "SIGKILL" not in (runs[-1]["message"] or ""), runs[-1]
    # the child's log lines are relayed without their own time stamp and level, at their level
    relayed = [line for line in daemon.lines if "crawler.daemon.child:" in line and "crawler.harvest.runner: SIGTERM" in line]
    assert relayed and all(" WARNING crawler.daemon.child: crawl-kims[" in line for line in relayed), log
    assert not any(re.search(r"child: .*\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", line) for line in daemon.lines), log
    assert scalar(db, "PRAGMA integrity_check") == "ok"


def test_once_runs_every_job_and_writes_reports(tmp_path: Path, farm: Farm, start_daemon) -> None:
    daemon = start_daemon(config(tmp_path, farm), "--once")
    code = daemon.proc.wait(120)
    daemon._reader.join(5)
    assert code == 0, daemon.log()
    log = daemon.log()
    order = [log.index(f"job {name}") for name in ("registry", "crawl-sources", "crawl-kims", "match",
                                                   "report", "health")]
    assert order == sorted(order)
    reports = tmp_path / "reports"
    assert (reports / "latest.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert (reports / "dump" / "kimwatch.db").exists() and (reports / "dump" / "metadata.json").exists()
    assert not list(reports.glob(".*partial*"))
    assert "KIMs unmeasured" in log
    assert "reload pending" not in log  # --once never reloads (issue 15)
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00 INFO ", daemon.lines[0]), log  # WITA


def test_bad_config_is_reported_without_traceback(tmp_path: Path, start_daemon) -> None:
    daemon = start_daemon("crawl_timeout: 30\nreport_at: noon\n", "--once")
    code = daemon.proc.wait(30)
    daemon._reader.join(5)
    assert code != 0
    log = daemon.log()
    assert "key 'crawl_timeout': '30' is not a duration" in log
    assert "key 'report_at': 'noon' is not a time of day" in log
    assert str(tmp_path / "daemon.yaml") in log and "Traceback" not in log


def scalar_rows(db: Path, sql: str) -> list[tuple]:
    from crawler import store

    conn = store.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.conn.close()


def test_under_journald_lines_carry_priority_instead_of_time(tmp_path: Path) -> None:
    """With stderr being the journal stream ($JOURNAL_STREAM), lines start with <priority>."""
    log_path = tmp_path / "journal"
    (tmp_path / "daemon.yaml").write_text(f"db: {tmp_path / 'k.db'}\nregistry:\nreport_dir: {tmp_path / 'r'}\n")
    with open(log_path, "w") as stream:
        st = os.fstat(stream.fileno())
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIMWATCH_")}
        env.update(CRAWL_ENV, JOURNAL_STREAM=f"{st.st_dev}:{st.st_ino}")
        code = subprocess.run([sys.executable, str(REPO / "scheduler.py"), "--config",
                               str(tmp_path / "daemon.yaml"), "--once"], env=env, stderr=stream,
                              stdout=subprocess.DEVNULL, timeout=120).returncode
    lines = [line for line in log_path.read_text().splitlines() if line]
    assert code == 0, lines
    assert lines and all(line.startswith(("<6>INFO ", "<4>WARNING ", "<3>ERROR ")) for line in lines), lines
    assert any(line.startswith("<6>INFO crawler.daemon: job crawl-kims: no active kim") for line in lines)


def test_once_fails_when_another_process_holds_the_writer_lock(tmp_path: Path, start_daemon) -> None:
    """A cron `--once` that could not crawl (a hand-started crawl writes) must not exit 0."""
    from crawler.lock import writer_lock
    from tests.daemon.conftest import make_store

    db = make_store(tmp_path / "kimwatch.db")
    with writer_lock(db):
        daemon = start_daemon(f"db: {db}\nregistry:\nreport_dir: {tmp_path / 'reports'}\n", "--once")
        code = daemon.proc.wait(120)
    daemon._reader.join(5)
    log = daemon.log()
    assert code == 1, log
    assert (f"ERROR crawler.daemon: another kimwatch process (pid {os.getpid()}) is writing {db}; "
            "nothing was crawled (skipped: crawl-sources, crawl-kims, match, maintain)") in log, log
    assert "WARNING crawler.daemon: job crawl-sources: skipped: another kimwatch process" in log
    assert "--wait" not in log and "next interval" not in log
    assert crawl_runs(db) == []
