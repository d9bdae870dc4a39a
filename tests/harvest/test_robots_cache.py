"""The robots.txt cache file opened by several crawl processes at the same moment (a first crawl
forks one per core): each gets the cache, none is refused with "database is locked" (which made
that process crawl without the cache and keep nothing of its hosts' robots.txt)."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from crawler.harvest.politeness import RobotsCache


def _open_together(path: Path, processes: int) -> list[int]:
    """Exit codes of ``processes`` forked processes that open the cache at ``path`` at once."""
    read_fd, write_fd = os.pipe()
    pids = []
    for _ in range(processes):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 1
            try:
                os.close(write_fd)
                os.read(read_fd, 1)  # every child waits here until the parent closes the pipe
                cache = RobotsCache(path, 3600)
                cache.new_robots[f"http://h{os.getpid()}.example"] = (200, b"User-agent: *\n", 0.0)
                cache.save()
                code = 0
            except sqlite3.Error as error:
                sys.stderr.write(f"{error}\n")
            finally:
                os._exit(code)
        pids.append(pid)
    os.close(read_fd)
    os.close(write_fd)  # all start now
    return [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]


def test_processes_opening_a_new_cache_at_once_all_get_it(tmp_path: Path) -> None:
    for trial in range(40):
        path = tmp_path / f"kimwatch{trial}.robots.db"
        assert _open_together(path, 3) == [0, 0, 0], trial
        with sqlite3.connect(path) as conn:  # what each learnt is in the file
            assert conn.execute("SELECT count(*) FROM robots").fetchone()[0] == 3
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
