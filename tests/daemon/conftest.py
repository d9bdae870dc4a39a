"""Fixtures of the daemon tests: small stores, a stand-in child, a daemon under test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from tests.farm import Farm, FarmRequest, FarmResponse, route, xml

HERE = Path(__file__).parent
STANDIN = HERE / "standin_kimwatch.py"
REPO = HERE.parent.parent


def make_store(path: Path, *, source_url: str = "http://127.0.0.1:9/src/feed",
               kim_url: str = "http://127.0.0.1:9/kim/feed") -> Path:
    """A store with one government source and one KIM, each with a crawlable feed channel."""
    db = store.connect(path)
    store.save_sources(db, [{"id": "diskominfo-test", "name": "Diskominfo Test", "region": "Kota Banjarmasin"}])
    store.save_kims(db, [{"id": "kim-test", "name": "KIM Test", "region": "Kota Banjarmasin"}])
    store.save_channels(db, [
        {"owner_kind": "source", "owner_id": "diskominfo-test", "type": "feed", "url": source_url},
        {"owner_kind": "kim", "owner_id": "kim-test", "type": "feed", "url": kim_url},
    ])
    db.conn.close()
    return path


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    return make_store(tmp_path / "kimwatch.db")


@pytest.fixture
def standin_prefix() -> list[str]:
    """Child command prefix that runs the stand-in instead of ``python -m crawler``."""
    return [sys.executable, str(STANDIN)]


# --------------------------------------------------------------------------- real daemon processes



SLOW_FEED = "/daemon-tests/lambat/feed"
#: Environment of daemons and crawls under test: the farm is local, no need to throttle.
CRAWL_ENV = {"PYTHONPATH": str(REPO), "KIMWATCH_CONTACT_URL": "http://127.0.0.1/test",
             "KIMWATCH_AUTOTHROTTLE_ENABLED": "false", "KIMWATCH_DOWNLOAD_DELAY": "0"}


@route(SLOW_FEED)
def slow_feed(request: FarmRequest) -> FarmResponse:
    """A KIM feed that answers after ``farm.state["slow_seconds"]`` (0 by default)."""
    delay = float(request.farm.state.get("slow_seconds", 0))
    item = f"""<item><title>Kerja Bakti Kelurahan Lambat</title>
      <link>{request.url('/daemon-tests/lambat/kerja-bakti')}</link>
      <pubDate>Thu, 31 Oct 2024 01:00:00 +0000</pubDate>
      <description>Warga Kelurahan Lambat kerja bakti membersihkan saluran air.</description></item>"""
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
      <title>KIM Lambat</title><link>{request.url('/daemon-tests/lambat/')}</link>
      <description>KIM Lambat</description>{item}</channel></rss>""",
               content_type="application/rss+xml; charset=UTF-8", delay=delay, etag=False)


@pytest.fixture(scope="module")
def farm() -> Iterator[Farm]:
    """The loopback web farm, in this process; daemons under test crawl it over HTTP."""
    with Farm() as running:
        yield running


def write_registry(path: Path, farm: Farm, *, slow: bool = False, extra_kim: bool = False) -> Path:
    kims = [
        {"id": "kim-sungai-jingah", "name": "KIM Sungai Jingah", "region": "Kota Banjarmasin",
         "channels": [{"type": "feed", "url": farm.url("/kimsungaijingah/feeds/posts/default")}]},
        {"id": "kim-angsau", "name": "KIM Angsau", "region": "Tala",
         "channels": [{"type": "feed", "url": farm.url("/kimangsau/feed/")}]},
    ]
    if slow:
        kims.append({"id": "kim-lambat", "name": "KIM Lambat", "region": "Kota Banjarbaru",
                     "channels": [{"type": "feed", "url": farm.url(SLOW_FEED)}]})
    if extra_kim:
        kims.append({"id": "kim-baru", "name": "KIM Baru", "region": "Kota Banjarbaru"})
    document = {"kims": kims, "sources": [
        {"id": "diskominfo-kalsel", "name": "Diskominfo Provinsi Kalimantan Selatan",
         "region": "Provinsi Kalimantan Selatan",
         "channels": [{"type": "feed", "url": farm.url("/diskominfo/feed/")}]}]}
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")  # JSON is YAML
    return path


class DaemonProcess:
    """``python scheduler.py …`` as a real process; its stderr lines are collected."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(REPO / "scheduler.py"), *args], cwd=cwd, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def log(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, predicate: Callable[[], Any], timeout: float, what: str) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited ({self.proc.returncode}) while waiting for {what}:\n{self.log()}")
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}:\n{self.log()}")

    def wait_for_line(self, text: str, timeout: float) -> str:
        return self.wait_for(lambda: next((line for line in self.lines if text in line), None), timeout,
                             f"a log line with {text!r}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> tuple[int, float]:
        started = time.monotonic()
        self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(5)
        return code, time.monotonic() - started


@pytest.fixture
def start_daemon(tmp_path: Path) -> Iterator[Callable[..., DaemonProcess]]:
    """Start daemons with a config file and environment; kills leftovers at the end."""
    started: list[DaemonProcess] = []

    def start(config: str, *extra: str, env: dict[str, str] | None = None) -> DaemonProcess:
        config_path = tmp_path / "daemon.yaml"
        config_path.write_text(config, encoding="utf-8")
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("KIMWATCH_", "JOURNAL_"))}
        environment.update(CRAWL_ENV)
        environment.update(env or {})
        daemon = DaemonProcess(["--config", str(config_path), *extra], environment, tmp_path)
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        if daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.wait()


def crawl_runs(db_path: Path) -> list[dict[str, Any]]:
    db = store.connect(db_path)
    try:
        return [dict(r) for r in db.query("SELECT * FROM crawl_runs ORDER BY id")]
    finally:
        db.conn.close()


def scalar(db_path: Path, sql: str, params: list[Any] | None = None) -> Any:
    db = store.connect(db_path)
    try:
        return db.execute(sql, params or []).fetchone()[0]
    finally:
        db.conn.close()
