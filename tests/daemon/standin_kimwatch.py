"""A stand-in for ``python -m crawler`` in child-management tests: behaves as told by $STANDIN.

``--db PATH crawl …``: takes the writer lock, opens a ``crawl_runs`` row with its pid, then
acts per ``$STANDIN``: ``ok`` (default), ``sleep`` (sleeps $STANDIN_SECONDS, closes the row as
``interrupted`` on SIGTERM), ``stubborn`` (ignores SIGTERM from its start, sleeps), ``two-terms`` (like the
real crawl: the first SIGTERM only says it waits for the requests in flight, a second closes the
row as ``interrupted`` and exits; a SIGTERM that comes while it starts is held for that handler), ``crash-early`` (exits 3 before writing a row), ``crash``
(exits 3 leaving its row open), ``sigkill`` (kills itself with SIGKILL, its row open). With
``$STANDIN_FETCHES`` set it first records a successful fetch of the first channel and a failed
one of the second (``channel_fetches``); with ``$STANDIN_POSTS=N`` it stores N crawled posts of
``kim-test`` and no fetch row for them (a crawl killed before its channel was done);
``$STANDIN_STATUS`` is the status a finished run gets (default ``ok``).

Other commands exit 0 (report and dump write files as told by ``$STANDIN_REPORT``, see
:func:`report_or_dump`); ``match`` first prints whether the writer lock is held.
"""

from __future__ import annotations

import os
import signal
import sys
import time

if os.environ.get("STANDIN") in ("two-terms", "stubborn"):
    # a SIGTERM that comes while the stand-in still starts (a loaded machine) waits for its handler
    # (or, stubborn, is ignored as every later one is)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})

# the kimwatch of this checkout, not the one installed in the virtualenv (an editable install of
# another clone: its store schema may differ from the one the test built)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from crawler import store  # noqa: E402 - after the signal is held
from crawler.errors import LockedError
from crawler.lock import writer_lock


def main(argv: list[str]) -> int:
    db_path = argv[argv.index("--db") + 1]
    mode = os.environ.get("STANDIN", "ok")
    print(f"standin {' '.join(argv)} mode={mode}", flush=True)
    if "match" in argv:  # say whether someone (the daemon) holds the writer lock meanwhile
        try:
            with writer_lock(db_path, wait=False):
                print("writer lock: free", flush=True)
        except LockedError:
            print("writer lock: held", flush=True)
    if "crawl" not in argv:
        return report_or_dump(argv, os.environ.get("STANDIN_REPORT", ""))
    if mode == "crash-early":
        print("Traceback: stand-in crashed before its run row", flush=True)
        return 3
    with writer_lock(db_path, wait=True):
        db = store.connect(db_path)
        run_id = store.start_crawl_run(db, "daemon", {"argv": argv}, pid=os.getpid())

        def interrupted(signum: int, frame: object) -> None:
            store.finish_crawl_run(db, run_id, "interrupted", message="stopped by SIGTERM")
            sys.exit(1)

        if os.environ.get("STANDIN_FETCHES"):
            channels = [row[0] for row in db.execute("SELECT id FROM channels ORDER BY id").fetchall()]
            with store.transaction(db):
                for number, channel in enumerate(channels[:2]):
                    db.execute("INSERT INTO channel_fetches (channel_id, run_id, fetched_at, ok, status) "
                               "VALUES (?, ?, ?, ?, ?)", [channel, run_id, "2024-11-01T00:00:00Z",
                                                          int(number == 0), "ok" if number == 0 else "http-503"])
        if os.environ.get("STANDIN_POSTS"):
            store.save_posts(db, [{"id": f"standin-{run_id}-{n}", "kim_id": "kim-test", "platform": "website",
                                   "title": f"Kabar {n}", "text": "Kabar desa", "origin": "crawl",
                                   "published_at": "2024-11-01T00:00:00Z"}
                                  for n in range(int(os.environ["STANDIN_POSTS"]))])
        terms: list[int] = []

        def first_then_at_once(signum: int, frame: object) -> None:
            terms.append(signum)
            if len(terms) == 1:
                print("SIGTERM: waiting for the requests in flight (SIGTERM again stops at once)", flush=True)
                return
            interrupted(signum, frame)

        if mode == "stubborn":
            signal.signal(signal.SIGTERM, signal.SIG_IGN)  # (a SIGTERM held since the start is dropped)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        elif mode == "two-terms":
            signal.signal(signal.SIGTERM, first_then_at_once)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        else:
            signal.signal(signal.SIGTERM, interrupted)
        if mode == "crash":
            os._exit(3)
        if mode == "sigkill":
            os.kill(os.getpid(), signal.SIGKILL)
        if mode in ("sleep", "stubborn", "two-terms"):
            until = time.monotonic() + float(os.environ.get("STANDIN_SECONDS", "30"))
            while time.monotonic() < until:  # a signal handler that returns must not end the sleep
                time.sleep(0.05)
        store.finish_crawl_run(db, run_id, os.environ.get("STANDIN_STATUS", "ok"), requests=1, items_new=0,
                               channels=1)
    return 0


def report_or_dump(argv: list[str], mode: str) -> int:
    """With ``$STANDIN_REPORT`` set, ``report --output FILE`` writes FILE and ``dump DIR`` writes
    ``DIR/kimwatch.db``; ``fail-dump`` makes the dump fail after writing its copy."""
    if not mode:
        return 0
    if "report" in argv:
        output = argv[argv.index("--output") + 1]
        with open(output, "w", encoding="utf-8") as file:
            file.write("<!doctype html>" if "html" in argv else "{}")
    elif "dump" in argv:
        directory = argv[argv.index("dump") + 1]
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, "kimwatch.db"), "w", encoding="utf-8") as file:
            file.write("a full copy")
        if mode == "fail-dump":
            print("Error: cannot write the dump: disk full", flush=True)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
