"""A host that never answers costs one timeout per crawl, not one for robots.txt and another for
the page behind it (RFC 9309 2.3.1.4: an unreachable robots.txt disallows everything)."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crawl.conftest import crawl_env, make_store, run_kimwatch
from tests.farm import Farm


class SilentServer:
    """Accepts connections on 127.0.0.1 and never answers; counts what it accepted."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.accepted: list[socket.socket] = []
        self.stopped = False
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def _serve(self) -> None:
        while not self.stopped:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted.append(connection)  # held open, never read, never answered

    def stop(self) -> None:
        self.stopped = True
        for connection in self.accepted:
            connection.close()
        self.sock.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.stop()


def test_a_host_that_never_answers_costs_one_timeout(tmp_path: Path, farm: Farm, silent: SilentServer) -> None:
    url = f"http://127.0.0.1:{silent.port}/lambat.xml"
    db = make_store(tmp_path / "k.db", [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": url}])
    started = time.monotonic()
    run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm, KIMWATCH_DOWNLOAD_TIMEOUT="2"))
    took = time.monotonic() - started
    assert len(silent.accepted) == 1, "robots.txt only: the feed behind it is not asked in the same crawl"
    assert took < 2 * 2 + 8  # one timeout (2 s) plus start-up, not two timeouts
    conn = sqlite3.connect(db)
    status, error = conn.execute("SELECT last_status, last_error FROM channels").fetchone()
    assert status == "timeout", (status, error)
    assert "robots.txt" in (error or ""), error
