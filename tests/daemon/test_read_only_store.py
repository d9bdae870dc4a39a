"""The daemon on a store that became read-only while it runs (``chattr +i`` as root, chmod 444
otherwise), with real crawl children: the children say so without a traceback, the crawls fail
naming the file, and the daily ``health:`` line counts the crawls that could not be recorded in
the store (the daemon remembers them; the store cannot hold them)."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.daemon.config import DaemonConfig
from crawler.daemon.service import Daemon
from tests.daemon.conftest import CRAWL_ENV, make_store


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` read-only for this process and its children: immutable for root (which ignores
    file modes), mode 444 for anyone else."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)


def test_crawls_on_a_read_only_store_fail_clearly_and_the_health_line_counts_them(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crawler.daemon")
    db = make_store(tmp_path / "kimwatch.db")
    config = DaemonConfig(db=str(db), registry=None, report_dir=str(tmp_path / "reports"))  # type: ignore[call-arg]
    daemon = Daemon(config, environ={**os.environ, **CRAWL_ENV})
    before = db.read_bytes()
    with read_only(db):
        for name in ("crawl-sources", "crawl-kims"):
            assert not daemon.run_job(name, lambda name=name: daemon.crawl(name))  # type: ignore[misc]
            result = daemon.results[name]
            assert result.status == "read-only"
            assert f"the store {db} is read-only: attempt to write a readonly database" in result.message
            assert "the run is not recorded" in result.message and "Traceback" not in result.message
        assert not daemon.run_job("match", daemon.match)
        assert "read-only" in daemon.results["match"].message and "Traceback" not in daemon.results["match"].message
        assert daemon.run_job("health", daemon.health)
    health = daemon.results["health"]
    assert ("crawl runs in the last 24 h: none; 2 more failed and not recorded (the store could not be "
            "written)") in health.message, health
    assert health.warn
    assert "Traceback" not in caplog.text, caplog.text
    assert db.read_bytes() == before
