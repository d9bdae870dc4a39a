"""Benchmark: how long a crawl takes to stop after the first SIGTERM (issue 13, item 2).

200 feed channels on 4 slow loopback hosts (each answer takes 1.5 s, 2 requests at a time per
host: the whole crawl would take ~40 s); the crawl gets SIGTERM once 6 channels are done. The
latency is from the signal to the process's exit, taken RUNS times; the run row must say
``interrupted`` and every channel fetched must have its post stored.

Run: ``.venv/bin/python bench/bench_stop.py [--runs 5]``; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.hostile.conftest import HOSTS, PER_HOST, SLOW, slow_sites, slow_store  # noqa: E402
from tests.hostile.test_stop import stop_latency  # noqa: E402
from tests.hostile.web import Site  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="How many crawls to stop. Default: 5.")
    args = parser.parse_args()
    sites = slow_sites()
    for label, settings in (("AutoThrottle off, 2 requests at a time per host", {}),
                            ("AutoThrottle on (the default), 2 per host", {"KIMWATCH_AUTOTHROTTLE_ENABLED": "true"})):
        measure(sites, args.runs, label, settings)
    for site in sites:
        site.stop()


def measure(sites: list[Site], runs: int, label: str, settings: dict[str, str]) -> None:
    latencies = []
    rows = []
    for n in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            db = slow_store(Path(folder) / "k.db", sites)
            latency, run = stop_latency(db, signal.SIGTERM, **settings)
            conn = sqlite3.connect(db)
            status = conn.execute("SELECT status FROM crawl_runs").fetchone()[0]
            fetched = conn.execute("SELECT count(DISTINCT channel_id) FROM channel_fetches").fetchone()[0]
            stored = conn.execute("SELECT count(DISTINCT channel_id) FROM posts").fetchone()[0]
            conn.close()
            latencies.append(latency)
            rows.append((n + 1, latency, run.returncode, status, fetched, stored))
    print(f"\n{len(HOSTS) * PER_HOST} channels on {len(HOSTS)} hosts, answers after {SLOW} s, SIGTERM after 6 done; "
          f"{label}\n")
    print("| run | stop latency (s) | exit | run status | channels fetched | channels with posts stored |")
    print("|---|---|---|---|---|---|")
    for n, latency, code, status, fetched, stored in rows:
        print(f"| {n} | {latency:.2f} | {code} | {status} | {fetched} | {stored} |")
    print(f"\nmedian {statistics.median(latencies):.2f} s, max {max(latencies):.2f} s")


if __name__ == "__main__":
    main()
