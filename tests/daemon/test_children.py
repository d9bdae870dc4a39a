"""Child management with a stand-in child: timeouts, kills, crashes and their crawl_runs rows."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from crawler import store
from crawler.daemon.children import close_abandoned_runs, run_child, settle_crawl_runs
from crawler.daemon.config import DaemonConfig, load_config
from crawler.daemon.service import Daemon


def daemon_for(db: Path, prefix: list[str], **settings: object) -> Daemon:
    config = DaemonConfig(db=str(db), registry=None, report_dir=str(db.parent / "reports"),
                          **settings)  # type: ignore[arg-type]
    env = dict(os.environ)
    env.pop("STANDIN", None)
    return Daemon(config, child_prefix=prefix, environ=env)


def runs(db_path: Path) -> list[dict]:
    db = store.connect(db_path)
    try:
        return [dict(r) for r in db.query("SELECT * FROM crawl_runs ORDER BY id")]
    finally:
        db.conn.close()


def test_crawl_ok(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix)
    result = daemon.crawl("crawl-sources")
    assert result.ok, result
    [run] = runs(small_store)
    assert run["status"] == "ok" and run["finished_at"]
    assert "--source" in run["filters"] and "diskominfo-test" in run["filters"]
    assert "kim-test" not in run["filters"]


def test_timeout_child_closes_row_and_is_relabelled(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix, crawl_timeout=1.0, kill_grace=5.0)
    daemon.environ.update(STANDIN="sleep", STANDIN_SECONDS="30")
    started = time.monotonic()
    result = daemon.crawl("crawl-kims")
    assert time.monotonic() - started < 8
    assert not result.ok and result.status == "timeout"
    [run] = runs(small_store)
    assert run["status"] == "timeout" and run["finished_at"]
    assert "crawl_timeout 1s" in run["message"] and "stopped by SIGTERM" in run["message"]


def test_stubborn_child_gets_sigkill(small_store: Path, standin_prefix: list[str],
                                    caplog: pytest.LogCaptureFixture) -> None:
    """A child that ignores SIGTERM is killed once kill_grace has passed, not waited for (60 s).

    Robust under load (fixes20 item 5): the times are read from the daemon's own log records
    (from its first SIGTERM), not from before the child was spawned (a loaded machine's start-up
    is not the daemon's doing); the stand-in ignores SIGTERM from its first line (one that comes
    while it starts is dropped, not fatal); a crawl_timeout of 3 s leaves it time to write the
    fetch rows the daemon then counts."""
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    kill_grace = 1.0
    daemon = daemon_for(small_store, standin_prefix, crawl_timeout=3.0, kill_grace=kill_grace)
    daemon.environ.update(STANDIN="stubborn", STANDIN_SECONDS="60", STANDIN_FETCHES="1")
    result = daemon.crawl("crawl-kims")
    ended = time.time()
    assert result.status == "timeout"
    first = next(r for r in caplog.records if "SIGTERM now" in r.getMessage())
    kill = next(r for r in caplog.records if "sending SIGKILL" in r.getMessage())
    # SIGKILL at the end of kill_grace, not before; and the 60 s sleep was not waited for
    assert kill.created - first.created >= kill_grace - 0.05, (first.created, kill.created)
    assert ended - first.created < kill_grace + 4
    [run] = runs(small_store)
    assert run["status"] == "timeout" and run["finished_at"]
    # the killed child never wrote its totals: the daemon takes them from channel_fetches
    assert (run["channels"], run["errors"]) == (2, 1), run
    assert "2 channels" in result.message and "1 errors" in result.message


def test_stop_sends_a_second_sigterm_at_half_the_kill_grace(small_store: Path, standin_prefix: list[str],
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """A child waiting for requests in flight after SIGTERM stops at once on the second one, not SIGKILL.

    Robust under load (fixes17 item 5): the times are read from the daemon's own log records (from
    its first SIGTERM), not from before the child was spawned (a loaded machine's start-up is not
    the daemon's doing); the stand-in holds a SIGTERM that comes while it starts for its handler;
    a kill_grace of 4 s leaves it time to close its row after the second SIGTERM."""
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    caplog.set_level(logging.DEBUG, logger="crawler.daemon.child")  # (the child's lines are relayed as debug)
    kill_grace = 4.0
    daemon = daemon_for(small_store, standin_prefix, crawl_timeout=1.0, kill_grace=kill_grace)
    daemon.environ.update(STANDIN="two-terms", STANDIN_SECONDS="60")
    result = daemon.crawl("crawl-kims")
    ended = time.time()
    assert result.status == "timeout"
    [run] = runs(small_store)
    assert run["status"] == "timeout" and "SIGKILL" not in run["message"]
    assert "stopped by SIGTERM" in run["message"]  # the child closed its own row
    messages = [r.getMessage() for r in caplog.records]
    first = next(r for r in caplog.records if "SIGTERM now" in r.getMessage())
    second = next((r for r in caplog.records if "sending a second SIGTERM" in r.getMessage()), None)
    assert second is not None, messages
    relayed = [r.getMessage() for r in caplog.records if r.name == "crawler.daemon.child"]
    assert any("waiting for the requests in flight" in m for m in relayed), relayed  # the first one reached it
    # the second SIGTERM at half of kill_grace ended it, before the SIGKILL at its end
    assert second.created - first.created >= kill_grace / 2 - 0.05, (first.created, second.created)
    assert ended - first.created >= kill_grace / 2
    assert not any("SIGKILL (" in m for m in messages), messages


def test_child_dying_before_its_row_gets_one(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix)
    daemon.environ.update(STANDIN="crash-early")
    result = daemon.crawl("crawl-kims")
    assert not result.ok
    [run] = runs(small_store)
    assert run["status"] == "crashed" and run["trigger"] == "daemon" and run["finished_at"]
    assert "no run row was written" in run["message"] and "exit status 3" in run["message"]


def test_child_crashing_with_open_row(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix)
    daemon.environ.update(STANDIN="crash")
    assert not daemon.crawl("crawl-sources").ok
    [run] = runs(small_store)
    assert run["status"] == "crashed" and run["finished_at"]


def test_child_killed_from_outside(small_store: Path, standin_prefix: list[str]) -> None:
    """SIGKILL by someone else (OOM killer, operator): recorded as killed."""
    def kill_when_running() -> None:
        db = store.connect(small_store)
        try:
            for _ in range(100):
                row = db.execute("SELECT pid FROM crawl_runs WHERE finished_at IS NULL").fetchone()
                if row:
                    os.kill(row[0], signal.SIGKILL)
                    return
                time.sleep(0.05)
        finally:
            db.conn.close()

    daemon = daemon_for(small_store, standin_prefix)
    daemon.environ.update(STANDIN="sleep", STANDIN_SECONDS="30")
    killer = threading.Thread(target=kill_when_running)
    killer.start()
    result = daemon.crawl("crawl-kims")
    killer.join()
    assert result.status == "killed"
    [run] = runs(small_store)
    assert run["status"] == "killed" and "SIGKILL" in run["message"]


def test_stop_request_interrupts_child(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix, stop_grace=0.5, kill_grace=5.0)
    daemon.environ.update(STANDIN="sleep", STANDIN_SECONDS="30")
    timer = threading.Timer(0.5, lambda: daemon._on_stop_signal(signal.SIGTERM, None))
    timer.start()
    started = time.monotonic()
    result = daemon.crawl("crawl-kims")
    assert time.monotonic() - started < 6
    assert result.status == "interrupted"
    [run] = runs(small_store)
    assert run["status"] == "interrupted" and run["finished_at"]
    assert not daemon.run_job("match", daemon.match)  # nothing starts once stopping


def test_no_crawl_without_channels(tmp_path: Path, standin_prefix: list[str]) -> None:
    store.connect(tmp_path / "empty.db").conn.close()
    daemon = daemon_for(tmp_path / "empty.db", standin_prefix)
    result = daemon.crawl("crawl-kims")
    assert result.ok and result.status == "skipped"
    assert runs(tmp_path / "empty.db") == []


def test_locked_database_skips_crawl(small_store: Path, standin_prefix: list[str],
                                    caplog: pytest.LogCaptureFixture) -> None:
    from crawler.lock import writer_lock

    caplog.set_level(logging.INFO, logger="crawler.daemon")
    daemon = daemon_for(small_store, standin_prefix)
    with writer_lock(small_store):
        assert daemon.run_job("crawl-kims", lambda: daemon.crawl("crawl-kims"))
        assert daemon.run_job("match", daemon.match)
    result = daemon.results["crawl-kims"]
    assert result.ok and result.status == "skipped"
    assert f"another kimwatch process (pid {os.getpid()}) is writing {small_store}" in result.message
    assert runs(small_store) == []
    skips = [r for r in caplog.records if "skipped" in r.getMessage()]
    assert [r.levelname for r in skips] == ["WARNING", "WARNING"], skips
    assert not any("--wait" in r.getMessage() for r in caplog.records)  # a hint for the terminal only


def test_partial_crawl_is_a_warning_naming_failing_channels(small_store: Path, standin_prefix: list[str],
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    daemon = daemon_for(small_store, standin_prefix)
    daemon.environ.update(STANDIN_STATUS="partial", STANDIN_FETCHES="1")
    assert daemon.run_job("crawl-kims", lambda: daemon.crawl("crawl-kims"))
    [record] = [r for r in caplog.records if r.getMessage().startswith("job crawl-kims")]
    assert record.levelname == "WARNING"
    assert "run 1 partial" in record.getMessage() and "failing: kim-test/feed/" in record.getMessage()
    assert "diskominfo-test" not in record.getMessage()  # its fetch succeeded
    daemon.environ.update(STANDIN_STATUS="ok", STANDIN_FETCHES="")
    caplog.clear()
    assert daemon.run_job("crawl-kims", lambda: daemon.crawl("crawl-kims"))
    assert [r.levelname for r in caplog.records if r.getMessage().startswith("job crawl-kims")] == ["INFO"]


def test_job_exception_is_contained(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix)

    def broken() -> object:
        raise OSError(28, "No space left on device")

    assert daemon.run_job("report", broken) is False  # type: ignore[arg-type]
    assert daemon.results["report"].message == "OSError: [Errno 28] No space left on device"
    assert daemon.failed_jobs == {"report"}


def test_abandoned_runs_closed(small_store: Path) -> None:
    db = store.connect(small_store)
    dead = store.start_crawl_run(db, "cli", pid=2**22 + 12345)
    alive = store.start_crawl_run(db, "cli", pid=os.getpid())
    assert close_abandoned_runs(db) == [dead]
    statuses = dict(db.execute("SELECT id, status FROM crawl_runs").fetchall())
    assert statuses == {dead: "killed", alive: "running"}  # the documented status, as a crawl closes it
    db.conn.close()


def test_a_crawl_killed_with_the_daemon_counts_what_it_stored(small_store: Path, standin_prefix: list[str]) -> None:
    """kill -9 of the daemon and its crawl child: the daemon at its next start closes the run with
    the posts the store holds from it, not the fetch rows only (none, here)."""
    db = store.connect(small_store)
    store.save_posts(db, [{"id": "before", "kim_id": "kim-test", "platform": "website", "title": "Lama",
                           "text": "Kabar lama", "origin": "crawl", "fetched_at": "2024-01-01T00:00:00Z"}])
    with store.transaction(db):  # stored by an earlier run
        db.execute("UPDATE posts SET updated_at = fetched_at")
    db.conn.close()
    env = dict(os.environ, STANDIN="sigkill", STANDIN_POSTS="7")
    child = subprocess.run([*standin_prefix, "--db", str(small_store), "crawl"], env=env, timeout=60, check=False)
    assert child.returncode == -signal.SIGKILL
    [run] = runs(small_store)
    assert run["status"] == "running"
    daemon_for(small_store, standin_prefix).startup()
    [run] = runs(small_store)
    assert (run["status"], run["items_new"], run["items_updated"]) == ("killed", 7, 0), run
    assert "stored 7 new and 0 updated item(s)" in run["message"]
    assert "requests is not known" in run["message"]


def test_a_crawl_child_killed_alone_counts_what_it_stored(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix)
    daemon.environ.update(STANDIN="sigkill", STANDIN_POSTS="3", STANDIN_FETCHES="1")
    result = daemon.crawl("crawl-kims")
    assert not result.ok and result.status == "killed"
    [run] = runs(small_store)
    assert (run["status"], run["channels"], run["errors"], run["items_new"]) == ("killed", 2, 1, 3), run
    assert "requests not known, 3 new" in result.message


def test_run_child_output_and_settle_ok(small_store: Path) -> None:
    result = run_child([sys.executable, "-c", "print('hello'); print('bye')"], name="t",
                       timeout=10, kill_grace=1)
    assert result.ok and result.tail == ["hello", "bye"]
    db = store.connect(small_store)
    assert settle_crawl_runs(db, result) == []
    db.conn.close()


@pytest.mark.parametrize("code,outcome", [(0, "ok"), (2, "failed")])
def test_run_child_exit_codes(code: int, outcome: str) -> None:
    result = run_child([sys.executable, "-c", f"raise SystemExit({code})"], name="t", timeout=10,
                       kill_grace=1)
    assert result.outcome == outcome and result.returncode == code


def test_once_exit_status_counts_failed_jobs(small_store: Path, standin_prefix: list[str],
                                            caplog: pytest.LogCaptureFixture) -> None:
    """The stand-in writes no report file, so the report job fails: --once says 1, jobs after it run."""
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    daemon = daemon_for(small_store, standin_prefix)
    assert daemon.run_once() == 1
    failed = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert failed and failed[0].startswith("job report failed")
    assert not any("the daemon goes on" in m or "trying again" in m for m in failed)  # --once exits
    assert daemon.failed_jobs == {"report"}
    assert {"registry", "crawl-sources", "crawl-kims", "match", "report", "health"} <= set(daemon.results)
    assert not list((small_store.parent / "reports").glob(".*partial*"))


def test_match_runs_under_the_writer_lock(small_store: Path, standin_prefix: list[str]) -> None:
    from crawler.lock import writer_lock

    daemon = daemon_for(small_store, standin_prefix)
    assert daemon.run_job("match", daemon.match)
    assert daemon.results["match"].message == "writer lock: held"
    with writer_lock(small_store):  # a CLI crawl holds it: its own match covers what it stores
        assert daemon.run_job("match", daemon.match)
    assert daemon.results["match"].status == "skipped"


def test_registry_reload_waits_for_the_writer_lock(small_store: Path, standin_prefix: list[str]) -> None:
    from crawler.lock import writer_lock

    registry = small_store.parent / "registry.yaml"
    registry.write_text("kims:\n  - id: kim-baru\n    name: KIM Baru\n    region: Kota Banjarbaru\n")
    daemon = daemon_for(small_store, standin_prefix)
    daemon.config = replace(daemon.config, registry=str(registry))
    with writer_lock(small_store):
        daemon.check_reload()
        assert daemon.results["registry"].status == "deferred"
    daemon.check_reload()  # not yet: retried after a pause, not at every tick
    assert daemon.results["registry"].status == "deferred"
    daemon._registry_retry_at = 0.0
    daemon.check_reload()
    assert daemon.results["registry"].status == "ok"
    db = store.connect(small_store)
    assert db.execute("SELECT count(*) FROM kims WHERE id = 'kim-baru'").fetchone()[0] == 1
    db.conn.close()
    registry.write_text("kims:\n  - id: Bad Id\n")  # a bad file: logged, store unchanged
    daemon.check_reload()
    assert not daemon.results["registry"].ok and "Bad Id" in daemon.results["registry"].message


def test_second_signal_stops_the_child_at_once(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix, stop_grace=60.0, kill_grace=5.0)
    daemon.environ.update(STANDIN="sleep", STANDIN_SECONDS="30")
    threading.Timer(0.5, lambda: daemon._on_stop_signal(signal.SIGTERM, None)).start()
    threading.Timer(1.0, lambda: daemon._on_stop_signal(signal.SIGINT, None)).start()
    started = time.monotonic()
    result = daemon.crawl("crawl-kims")
    assert time.monotonic() - started < 5
    assert result.status == "interrupted"


def test_daily_job_is_at_report_at_wita(small_store: Path, standin_prefix: list[str]) -> None:
    from datetime import datetime, timedelta

    from crawler.dates import WITA

    daemon = daemon_for(small_store, standin_prefix, report_at="06:00", crawl_sources_every=120.0)
    daemon.schedule_jobs()
    daily = next(job for job in daemon.scheduler.jobs if job.unit == "days")
    assert daily.next_run is not None
    at = daily.next_run.astimezone(WITA)  # schedule keeps naive local times
    assert at.strftime("%H:%M") == "06:00"
    assert timedelta(0) < at - datetime.now(WITA) <= timedelta(days=1)
    intervals = sorted(job.interval for job in daemon.scheduler.jobs if job.unit == "seconds")
    assert intervals == [120, 3600]


def test_health_summary_names_failing_channels_and_unmeasured(small_store: Path) -> None:
    from crawler.daemon.health import JobResult, health_summary

    db = store.connect(small_store)
    db.execute("UPDATE channels SET consecutive_failures = 4, last_error = 'HTTP 503' WHERE owner_kind = 'kim'")
    run = store.start_crawl_run(db, "daemon")
    store.finish_crawl_run(db, run, "partial")
    lines = health_summary(db, report_json=small_store.parent / "missing.json", last_jobs={
        "crawl-kims": JobResult("crawl-kims", False, "timeout", "run 1 timeout", "2024-11-01T00:00:00Z"),
        # a job skipped while another process wrote, a partial crawl: not "ok" (an outside look)
        "crawl-sources": JobResult("crawl-sources", True, "skipped", "skipped: another kimwatch process",
                                   "2024-11-01T00:00:00Z", warn=True),
        "match": JobResult("match", True, "partial", "run 4 partial", "2024-11-01T00:00:00Z", warn=True)})
    db.conn.close()
    assert any(line.startswith("last crawl-sources: skipped at") for line in lines), lines
    assert any(line.startswith("last match: partial at") for line in lines), lines
    assert lines[0].startswith("1 of 2 crawlable channels failing; 1 of 1 KIMs unmeasured (no successful fetch")
    assert "crawl runs in the last 24 h: 1 partial" in lines[0]
    assert any("kim-test/feed/" in line and "4 failures in a row, last: HTTP 503" in line for line in lines)
    assert any(line.startswith("last crawl-kims: FAILED") for line in lines)


def test_health_problems_are_warnings(small_store: Path) -> None:
    from crawler.daemon.health import health_lines

    db = store.connect(small_store)
    db.execute("UPDATE channels SET consecutive_failures = 3 WHERE owner_kind = 'kim'")
    db.execute("UPDATE channels SET consecutive_failures = 1 WHERE owner_kind = 'source'")
    store.save_kims(db, [{"id": f"kim-{n:02d}", "name": f"KIM {n}", "region": "Kota Banjarmasin"}
                         for n in range(12)])
    lines = health_lines(db, report_json=None)
    db.conn.close()
    levels = {line.split(" (")[0].split(":")[0]: level for level, line in lines[1:]}
    assert lines[0][0] == logging.INFO
    unmeasured = next(line for _, line in lines if line.startswith("unmeasured KIMs"))
    assert unmeasured.startswith("unmeasured KIMs (first 10 of 13): kim-00, kim-01,")
    assert "kim-test" not in unmeasured  # the 11th and later are left out
    assert levels["unmeasured KIMs"] == logging.WARNING
    by_channel = {line.split()[2]: level for level, line in lines if line.startswith("failing channel")}
    assert sorted(by_channel.values()) == [logging.INFO, logging.WARNING]  # 1 failure: INFO; 3: WARNING
    assert next(level for channel, level in by_channel.items() if channel.startswith("kim-test")) == logging.WARNING


def test_once_with_a_missing_registry_file_fails(small_store: Path, standin_prefix: list[str],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    daemon = daemon_for(small_store, standin_prefix)
    missing = small_store.parent / "typo-registry.yaml"
    daemon.config = replace(daemon.config, registry=str(missing))
    assert daemon.run_once() == 1
    assert "registry" in daemon.failed_jobs
    result = daemon.results["registry"]
    assert not result.ok and result.status == "missing"
    assert f"registry file {missing}" in result.message and "does not exist" in result.message
    assert any(r.levelname == "ERROR" and "typo-registry.yaml" in r.getMessage() for r in caplog.records)


def test_long_running_daemon_watches_a_missing_registry_with_a_warning(
        small_store: Path, standin_prefix: list[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    daemon = daemon_for(small_store, standin_prefix)
    missing = small_store.parent / "later.yaml"
    daemon.config = replace(daemon.config, registry=str(missing))
    assert daemon.run_job("registry", lambda: daemon.load_registry("start"))
    assert daemon.results["registry"].status == "skipped"
    assert any(r.levelname == "WARNING" and "later.yaml" in r.getMessage() and "does not exist" in r.getMessage()
               for r in caplog.records)
    missing.write_text("kims:\n  - id: kim-baru\n    name: KIM Baru\n    region: Kota Banjarbaru\n")
    daemon.check_reload()  # the file appeared: loaded
    assert daemon.results["registry"].status == "ok"


def test_failed_report_is_retried_the_same_day(small_store: Path, standin_prefix: list[str]) -> None:
    """A failed daily report (here: report_dir is a file) is tried again after a delay until it succeeds."""
    blocker = small_store.parent / "notadir"
    blocker.write_text("")
    daemon = daemon_for(small_store, standin_prefix, crawl_kims_every=2.0)
    daemon.config = replace(daemon.config, report_dir=str(blocker / "reports"))
    daemon.environ.update(STANDIN_REPORT="1")
    assert daemon.report_retry_delay() == 2.0
    assert daemon_for(small_store, standin_prefix).report_retry_delay() == 900.0  # 15 min < 60 min
    daemon.daily()
    assert "report" in daemon.failed_jobs and daemon._report_retry is not None
    daemon.retry_report()  # not yet: the delay has not passed
    assert not daemon.results["report"].ok
    daemon._report_retry = (daemon._report_retry[0], 0.0)
    daemon.retry_report()  # still failing: tried again later
    assert not daemon.results["report"].ok and daemon._report_retry[1] > time.monotonic()
    blocker.unlink()
    daemon._report_retry = (daemon._report_retry[0], 0.0)
    daemon.retry_report()
    assert daemon.results["report"].ok, daemon.results["report"]
    assert daemon._report_retry is None
    assert (blocker / "reports" / "latest.html").exists() and (blocker / "reports" / "dump" / "kimwatch.db").exists()


def test_failed_dump_leaves_no_partial_copy(small_store: Path, standin_prefix: list[str]) -> None:
    daemon = daemon_for(small_store, standin_prefix)
    daemon.environ.update(STANDIN_REPORT="fail-dump")
    assert not daemon.run_report()
    reports = small_store.parent / "reports"
    assert "dump failed with exit status 1" in daemon.results["report"].message
    assert "disk full" in daemon.results["report"].message
    assert not (reports / ".dump.partial").exists() and not (reports / "dump").exists()
    assert (reports / "latest.html").exists()  # the report itself was written
    daemon.environ.update(STANDIN_REPORT="1")
    daemon._report_retry = (daemon._report_retry[0], 0.0)  # type: ignore[index]
    daemon.retry_report()
    assert daemon.results["report"].ok and (reports / "dump" / "kimwatch.db").exists()


def test_reload_keeps_the_timers_of_unchanged_intervals(small_store: Path, standin_prefix: list[str]) -> None:
    from datetime import datetime, timedelta

    config_file = small_store.parent / "daemon.yaml"
    base = f"db: {small_store}\nregistry:\ncrawl_kims_every: 1h\n"
    config_file.write_text(base + "crawl_sources_every: 15m\n")
    daemon = Daemon(load_config(config_file, {}), config_path=str(config_file), child_prefix=standin_prefix,
                    environ={})
    daemon.schedule_jobs()

    def next_runs() -> dict[str, datetime]:
        return {next(iter(job.tags)): job.next_run for job in daemon.scheduler.jobs if job.tags}

    soon = datetime.now() + timedelta(minutes=5)  # the KIM crawl is due in 5 min, not in an hour
    next(job for job in daemon.scheduler.jobs if "crawl-kims" in job.tags).next_run = soon
    config_file.write_text(base + "crawl_sources_every: 10m\n")
    daemon.reload_config()
    runs_after = next_runs()
    assert runs_after["crawl-kims"] == soon  # interval unchanged: timer kept
    assert timedelta(minutes=9) < runs_after["crawl-sources"] - datetime.now() <= timedelta(minutes=10)
    config_file.write_text(base.replace("1h", "2h") + "crawl_sources_every: 10m\n")
    daemon.reload_config()
    assert next_runs()["crawl-kims"] - datetime.now() > timedelta(minutes=119)  # changed: restarted
    assert len(daemon.scheduler.jobs) == 4  # two crawls, the daily report, the daily maintenance


def test_reload_during_a_crawl_is_announced_and_done_after_it(small_store: Path, standin_prefix: list[str],
                                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    registry = small_store.parent / "registry.yaml"
    registry.write_text("kims:\n  - id: kim-baru\n    name: KIM Baru\n    region: Kota Banjarbaru\n")
    daemon = daemon_for(small_store, standin_prefix)
    daemon.config = replace(daemon.config, registry=str(registry))
    daemon.check_reload()
    assert daemon.results["registry"].status == "ok"
    daemon.environ.update(STANDIN="sleep", STANDIN_SECONDS="1.6")
    edit = threading.Timer(0.3, lambda: registry.write_text(
        "kims:\n  - id: kim-baru\n    name: KIM Baru\n    region: Kota Banjarbaru\n"
        "  - id: kim-lain\n    name: KIM Lain\n    region: Kota Banjarbaru\n"))
    edit.start()
    daemon.crawl("crawl-kims")
    edit.join()
    pending = [r for r in caplog.records if r.getMessage().startswith("reload pending")]
    assert [r.getMessage() for r in pending] == ["reload pending (registry file changed): after the running crawl"]
    db = store.connect(small_store)
    assert db.execute("SELECT count(*) FROM kims WHERE id = 'kim-lain'").fetchone()[0] == 0  # not during it
    daemon.check_reload()
    assert db.execute("SELECT count(*) FROM kims WHERE id = 'kim-lain'").fetchone()[0] == 1
    db.conn.close()
