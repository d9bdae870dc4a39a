"""kill -9 of the daemon takes its crawl child with it (outside tester R, finding 2): real
processes — a parent running :func:`crawler.daemon.children.run_child` as the daemon does, the
real ``python -m crawler crawl`` child, a farm feed that keeps it busy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.lock import PARENT_WATCH_VARIABLE, lock_holder, writer_lock
from tests.crawl.conftest import REPO, crawl_env, make_store
from tests.farm import Farm

#: the daemon's way of running a job, in a process of its own that the test can kill -9
PARENT = ("import sys\nfrom crawler.daemon.children import run_child\n"
          "run_child(sys.argv[1:], name='crawl-kims', timeout=600, kill_grace=10)\n")


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie nobody has reaped yet is dead)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.parametrize("watch", ["", "1"], ids=["prctl", "parent-watch"])
def test_a_crawl_child_dies_with_the_daemon_killed_by_sigkill(tmp_path: Path, farm: Farm, watch: str) -> None:
    """Both guards: the kernel's (Linux ``PR_SET_PDEATHSIG``) and, forced here on Linux, the portable
    fallback used where ``prctl`` is not available (the child watches ``os.getppid()``; fixes17 item 4)."""
    db = make_store(tmp_path / "k.db", [{"owner_kind": "kim", "owner_id": "kim-angsau", "type": "feed",
                                         "url": farm.url("/hang/feed")}])
    env = crawl_env(farm, KIMWATCH_DOWNLOAD_TIMEOUT="60", **{PARENT_WATCH_VARIABLE: watch})  # the feed answers after 20 s
    parent = subprocess.Popen([sys.executable, "-c", PARENT, sys.executable, "-m", "crawler", "--db", str(db),
                               "crawl", "--no-match", "-q"], env=env, cwd=REPO)
    child = None
    try:
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and child is None:
            holder = lock_holder(db)
            if holder and holder != parent.pid and farm.requests_to("/hang/feed"):
                child = holder  # the crawl child holds the writer lock, waiting for the feed
            time.sleep(0.1)
        assert child is not None and _alive(child), "the crawl child never asked for the feed"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5  # (the feed would keep it ~15 s more)
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child), "the crawl child outlived the daemon"
        # a restarted daemon is not kept waiting (the crawl processes the child forked go with it)
        with writer_lock(db, wait=True, timeout=5):
            pass
    finally:
        if parent.poll() is None:
            parent.kill()
        if child is not None and _alive(child):
            os.kill(child, signal.SIGKILL)
