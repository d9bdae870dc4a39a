"""The writer lock: one writer at a time, a clear message naming the holder."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from crawler.errors import LockedError
from crawler.lock import lock_holder, writer_lock


def test_second_holder_is_refused_with_the_first_holders_pid(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with writer_lock(db):
        assert lock_holder(db) == os.getpid()
        with pytest.raises(LockedError) as raised:
            with writer_lock(db, wait=False):
                pass
    message = str(raised.value)
    assert f"pid {os.getpid()}" in message and str(db) in message and "--wait" in message
    with writer_lock(db):  # released
        pass


def test_waiting_holder_gets_the_lock_when_released(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    waited: list[int | None] = []
    released = threading.Event()

    def hold() -> None:
        with writer_lock(db):
            released.wait(5)
            time.sleep(0.3)

    thread = threading.Thread(target=hold)
    thread.start()
    time.sleep(0.2)
    released.set()
    started = time.monotonic()
    with writer_lock(db, wait=True, on_wait=waited.append):
        elapsed = time.monotonic() - started
    thread.join()
    assert waited == [os.getpid()] and elapsed >= 0.1


def test_wait_with_timeout_gives_up(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with writer_lock(db):
        holder_done = []

        def other() -> None:
            try:
                with writer_lock(db, wait=True, timeout=0.3):
                    holder_done.append("got it")
            except LockedError as error:
                holder_done.append(str(error))

        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert "still locked" in holder_done[0] and "0.3 s" in holder_done[0]
