"""The writer lock: one kimwatch process writes crawl results to a database at a time.

SQLite would serialize the writes anyway; the lock is about whole runs. Two crawls of the
same channels at once would both fetch, both count "new" items and race on channel health.
The lock is an ``fcntl.flock`` on ``<db>.lock`` (released by the kernel when the process
dies, so a crashed crawl never leaves a stale lock); the holder writes its pid into the file
so the message can name it. ``kimwatch crawl`` and the daemon take it. The lock file sits next
to the database's resolved path, so a symlink to the database takes the same lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from crawler.errors import LockedError

POLL_SECONDS = 0.2


#: how often a child without ``PR_SET_PDEATHSIG`` looks whether its parent is still there
PARENT_WATCH_SECONDS = 0.5
#: the environment variable that makes :func:`die_with_parent` watch the parent instead of ``prctl``
PARENT_WATCH_VARIABLE = "KIMWATCH_PARENT_WATCH"


def die_with_parent(parent: int, *, watch: bool = False) -> str:
    """Have this process stop when its parent ``parent`` dies: a child of the daemon, or a forked
    crawl process, killed with it (kill -9, the OOM killer) goes too, instead of running on
    unsupervised with the writer lock held. On Linux the kernel kills it (``PR_SET_PDEATHSIG``);
    where ``prctl`` is not available (macOS, the BSDs), or with ``watch``, a daemon thread looks
    every :data:`PARENT_WATCH_SECONDS` whether ``os.getppid()`` is still ``parent`` and ends the
    process when it is not (its parent died: it was handed to init or a subreaper). ``watch`` (or
    ``KIMWATCH_PARENT_WATCH=1`` in the environment, inherited by the crawl processes a child forks)
    uses the watch also where ``prctl`` works. Returns how: ``prctl`` or ``watch``."""
    how = "watch"
    if not (watch or os.environ.get(PARENT_WATCH_VARIABLE) == "1"):
        with contextlib.suppress(Exception):
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
                how = "prctl"
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    if how == "watch":
        import threading

        threading.Thread(target=_watch_parent, args=(parent,), name="kimwatch-parent-watch", daemon=True).start()
    return how


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_WATCH_SECONDS)
    os._exit(1)  # as the kernel's SIGKILL would: the writer lock goes with the process


def lock_path(db_path: str | Path) -> Path:
    """The lock file of a database: ``<db>.lock`` next to the file it really is.

    Keyed on the resolved path: a symlink to the database, a relative path or ``..`` in it
    name the same lock, so two crawls of one database cannot run at once by naming it twice.
    """
    return Path(f"{os.path.realpath(db_path)}.lock")


def lock_holder(db_path: str | Path) -> int | None:
    """The pid written by the current (or last) holder, when readable."""
    try:
        text = lock_path(db_path).read_text(encoding="ascii").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


@contextlib.contextmanager
def writer_lock(
    db_path: str | Path,
    *,
    wait: bool = False,
    timeout: float | None = None,
    on_wait: Callable[[int | None], None] | None = None,
) -> Iterator[Path]:
    """Hold the writer lock of ``db_path`` for the ``with`` block.

    With ``wait`` false, raise :class:`LockedError` at once when another process holds it;
    with ``wait`` true, wait (at most ``timeout`` seconds when given), calling
    ``on_wait(holder_pid)`` once before waiting.
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = None if timeout is None else time.monotonic() + timeout
        announced = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = lock_holder(db_path)
                who = f"pid {holder}" if holder else "an unknown process"
                if not wait:
                    raise LockedError(
                        f"database {str(db_path)!r} is being written by another kimwatch "
                        f"process ({who}, lock file {str(path)!r}); wait for it to finish, "
                        "or use --wait to wait for it"
                    ) from None
                if deadline is not None and time.monotonic() >= deadline:
                    raise LockedError(
                        f"database {str(db_path)!r} is still locked by {who} after waiting "
                        f"{timeout:g} s (lock file {str(path)!r})"
                    ) from None
                if not announced and on_wait is not None:
                    on_wait(holder)
                announced = True
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
