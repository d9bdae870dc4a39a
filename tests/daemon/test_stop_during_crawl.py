"""A daemon stop (systemctl stop/restart) during a crawl is a stop, not a failed job (T's LOW 9)."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest

from tests.daemon.test_children import daemon_for, runs


def test_crawl_finishing_its_requests_after_the_stop_is_logged_as_a_stop(
        small_store: Path, standin_prefix: list[str], caplog: pytest.LogCaptureFixture) -> None:
    """The child answers the daemon's SIGTERM by finishing its requests in flight and closing its
    run as ``ok`` (what the real crawl does when its answers come within its grace): the job was
    ended by the daemon's own stop, logged at INFO, no ERROR that contradicts itself."""
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    daemon = daemon_for(small_store, standin_prefix, crawl_timeout=60.0, kill_grace=20.0, stop_grace=0.0)
    daemon.environ.update(STANDIN="two-terms", STANDIN_SECONDS="3")

    def stop() -> None:
        daemon.stop_at = time.monotonic()  # what SIGTERM to the daemon does, with stop_grace 0
    timer = threading.Timer(1.0, stop)
    timer.start()
    try:
        assert daemon.run_job("crawl-kims", lambda: daemon.crawl("crawl-kims")) is False
    finally:
        timer.cancel()
    [run] = runs(small_store)
    assert run["status"] == "ok" and run["finished_at"]  # the child closed its own run, having finished
    assert daemon.results["crawl-kims"].status == "interrupted"
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors
    stopped = [r.getMessage() for r in caplog.records if "stopped with the daemon" in r.getMessage()]
    assert stopped and stopped[0].startswith("job crawl-kims stopped with the daemon: run "), stopped
    assert "failed" not in stopped[0] and "goes on" not in stopped[0], stopped
