"""Crawl-processes benchmark: one crawl process against one per core, and a platform host.

Measured in one run, with the feed server of ``bench/bench_crawl.py`` (imported, run as its own
process on loopback addresses 127.0.1.1 onwards):

1. **1 vs N processes.** The 2,000-feed bench (20 items per feed, 500 hosts, first crawl,
   ``FIRST_CRAWL_PAGES=1``) crawled by ``kimwatch crawl`` with ``KIMWATCH_CRAWL_PROCESSES=1``
   and with the default (one process per usable core), at 0 ms and at ``--latency-ms`` server
   latency, ``--repeat`` times each, interleaved (the fastest of each is shown); wall time, CPU (user + system of the crawl and its crawl processes, from
   ``wait4``), posts stored, and the time the processes waited for SQLite's write lock (the
   crawl's ``-v`` log line).
2. **A platform host.** ``--platform-channels`` channels (default 10,000) on *one* host with a
   platform-like path (the server's ``/c<N>/feed/``, given a ``PLATFORM_RATES`` entry with the
   default rate of ``www.youtube.com/feeds/videos.xml``), at ``--platform-latency-ms`` (default
   200 ms, a far platform edge): the crawl's wall time against the crawl interval and the
   daemon's ``crawl_timeout``. Against it, per-host politeness (AutoThrottle, 2 at a time, no
   platform rate) on ``--baseline-channels`` of them (default 1,000; its time grows linearly
   with the channels, so it is scaled to the platform's count and marked as scaled).

Writes ``bench/results/cores.md``. Takes about 25 minutes (the platform crawl is paced, not
busy: 10,000 requests at 10 a second).

    .venv/bin/python bench/bench_cores.py [--channels 2000] [--latency-ms 50] [--platform-channels 10000]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import bench_crawl  # noqa: E402 - the feed server and the child-process timing
from crawler.settings import PLATFORM_RATES  # noqa: E402

ALL_RUNS: dict[int, dict[str, list[Crawl]]] = {}  # latency -> "one"/"cores" -> every repeat
CPU_LINE = re.compile(r"CPU of each crawl process: ([\d., ]+) s")
LOCK_LINE = re.compile(r"(\d+) crawl processes waited ([\d.]+) s in all for the store's write lock \((\d+) transactions\)")


@dataclass
class Crawl:
    """One measured ``kimwatch crawl``."""

    wall: float
    cpu: float
    rss_mb: float
    posts: int
    requests: int
    status: str
    processes: int
    lock_wait: float
    transactions: int
    busiest_cpu: float  # CPU seconds of the crawl's own process plus its busiest crawl process


def crawl(db: Path, env: dict[str, str]) -> Crawl:
    run = bench_crawl.measure([sys.executable, "-m", "crawler", "-v", "--db", str(db), "crawl", "-q", "--no-match"], env)
    conn = sqlite3.connect(db)
    posts = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    requests, status = conn.execute("SELECT requests, status FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    found = LOCK_LINE.search(run.out)
    processes, lock_wait, transactions = (int(found[1]), float(found[2]), int(found[3])) if found else (1, 0.0, 0)
    cpus = CPU_LINE.search(run.out)
    each = [float(c) for c in cpus[1].split(",")] if cpus else [run.cpu]
    busiest = run.cpu - sum(each) + max(each)  # the crawl's own process, then its busiest crawl process
    return Crawl(run.wall, run.cpu, run.rss_mb, posts, requests, status, processes, lock_wait, transactions, busiest)


def base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "no_proxy") and not k.startswith("KIMWATCH_")}
    env["PYTHONPATH"] = str(REPO)
    env["KIMWATCH_FIRST_CRAWL_PAGES"] = "1"  # one page per channel, as bench_crawl.py
    return env


def processes_pass(work: Path, opts: argparse.Namespace, latency_ms: int) -> tuple[Crawl, Crawl, tuple[float, float]]:
    """The same first crawl with one process and with the default (one per core)."""
    load_before = os.getloadavg()[0]
    server, port = bench_crawl.start_server(opts.channels, opts.items, opts.hosts, latency_ms)
    try:
        urls = [f"http://{bench_crawl.host_of(c, opts.hosts)}:{port}/c{c}/feed/" for c in range(opts.channels)]
        runs: dict[str, list[Crawl]] = {"one": [], "cores": []}
        for repeat in range(opts.repeat):  # interleaved: 1, N, 1, N, ... (the machine's load drifts)
            for label, processes in (("one", "1"), ("cores", "0")):
                db = work / f"{label}-{latency_ms}-{repeat}.db"
                bench_crawl.make_store(db, urls)
                runs[label].append(crawl(db, {**base_env(), "KIMWATCH_CRAWL_PROCESSES": processes}))
    finally:
        bench_crawl.stop_server(server)
    ALL_RUNS[latency_ms] = runs
    best = {label: min(found, key=lambda r: r.wall) for label, found in runs.items()}
    return best["one"], best["cores"], (load_before, os.getloadavg()[0])


def platform_pass(work: Path, channels: int, latency_ms: int, rated: bool) -> Crawl:
    """``channels`` channels on one host: at the platform rate, or at per-host politeness."""
    server, port = bench_crawl.start_server(channels, 3, 1, latency_ms)
    try:
        urls = [f"http://{bench_crawl.host_of(c, 1)}:{port}/c{c}/feed/" for c in range(channels)]
        db = work / f"platform-{rated}.db"
        bench_crawl.make_store(db, urls)
        rate = PLATFORM_RATES["www.youtube.com/feeds/videos.xml"]
        rates = f'{{"{bench_crawl.host_of(0, 1)}/c": {{"per_second": {rate["per_second"]}, "concurrency": {rate["concurrency"]}}}}}'
        return crawl(db, {**base_env(), "KIMWATCH_PLATFORM_RATES": rates if rated else "{}"})
    finally:
        bench_crawl.stop_server(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=2000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=500)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=2, help="interleaved runs of each; the fastest is shown")
    parser.add_argument("--platform-channels", type=int, default=10_000)
    parser.add_argument("--baseline-channels", type=int, default=1_000)
    parser.add_argument("--platform-latency-ms", type=int, default=200)
    parser.add_argument("--output", default=str(REPO / "bench" / "results" / "cores.md"))
    opts = parser.parse_args()

    from crawler.daemon.config import DaemonConfig
    from crawler.harvest.runner import usable_cores

    work = Path(tempfile.mkdtemp(prefix="bench-cores-"))
    try:
        zero = processes_pass(work, opts, 0)
        slow = processes_pass(work, opts, opts.latency_ms)
        if opts.platform_channels:
            rated = platform_pass(work, opts.platform_channels, opts.platform_latency_ms, rated=True)
            polite = platform_pass(work, opts.baseline_channels, opts.platform_latency_ms, rated=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    daemon = DaemonConfig()
    interval_min, timeout_min = daemon.crawl_kims_every / 60, daemon.crawl_timeout / 60
    rate = PLATFORM_RATES["www.youtube.com/feeds/videos.xml"]

    def pair(one: Crawl, cores: Crawl) -> list[str]:
        return [
            f"| 1 process | {one.wall:.1f} | {one.cpu:.1f} | {one.rss_mb:.0f} | {one.posts:,} | {one.requests:,} | "
            f"{one.lock_wait:.2f} s / {one.transactions} | {one.busiest_cpu:.1f} | 1.00 | 1.00 | 1.00 |",
            f"| {cores.processes} processes (default: one per core) | {cores.wall:.1f} | {cores.cpu:.1f} | "
            f"{cores.rss_mb:.0f} | {cores.posts:,} | {cores.requests:,} | {cores.lock_wait:.2f} s / {cores.transactions} | "
            f"{cores.busiest_cpu:.1f} | **{cores.wall / one.wall:.2f}x** | {cores.cpu / one.cpu:.2f}x | "
            f"{cores.busiest_cpu / one.cpu:.2f}x |",
        ]

    def platform_row(label: str, run: Crawl, channels: int) -> str:
        minutes = run.wall / channels * 10_000 / 60
        scaled = "" if channels == 10_000 else f" (scaled x{10_000 / channels:g})"
        return (f"| {label} | {channels:,} | {run.wall:.0f} | {run.requests:,} | {run.requests / run.wall:.1f} | "
                f"**{minutes:.1f} min**{scaled} | {minutes / interval_min:.0%} of it | {minutes / timeout_min:.0%} of it |")

    def platform_lines(rated: Crawl, polite: Crawl) -> list[str]:
        return [
            f"## {opts.platform_channels:,} channels on one platform host ({opts.platform_latency_ms} ms per answer)",
            "",
            "| crawl | channels | wall s | requests | requests/s | 10,000 channels take | vs KIM crawl interval "
            f"({interval_min:.0f} min) | vs crawl_timeout ({timeout_min:.0f} min) |",
            "|---|---:|---:|---:|---:|---:|---|---|",
            platform_row(f"platform rate ({rate['per_second']:g}/s, {rate['concurrency']} at a time)", rated,
                         opts.platform_channels),
            platform_row("per-host politeness (AutoThrottle, 2 at a time)", polite, opts.baseline_channels),
            "",
            f"Posts stored by the platform crawl: {rated.posts:,} of {opts.platform_channels * 3:,} "
            f"(status {rated.status}); CPU {rated.cpu:.0f} s for {rated.wall:.0f} s of wall time.",
            "",
        ]

    head = ["| crawl | wall s | CPU s | peak RSS MB (largest process) | posts stored | requests | "
            "write-lock waits / transactions | CPU s on the critical path | wall vs 1 | CPU vs 1 | "
            "critical path vs 1 (wall on free cores) |", "|---|---:|---:|---:|---:|---:|---|---:|---|---|---|"]
    lines = [
        "# Crawl processes and platform hosts",
        "",
        f"`bench/bench_cores.py`, one run. Machine: {os.cpu_count()} CPU(s), {usable_cores()} usable by this process,",
        "shared with other work; the feed server (`bench/bench_crawl.py`'s, a separate process) competes for them.",
        "Every crawl is a fresh `kimwatch crawl` process; CPU is user + system time of it and its crawl",
        "processes (`wait4`); peak RSS is the largest single process's. The CPU on the critical path is",
        "the crawl's own process plus its busiest crawl process (each process logs its CPU): what the wall",
        "time comes down to when every crawl process has a core of its own.",
        "",
        f"## 1 vs {zero[1].processes} crawl processes: {opts.channels:,} feeds x {opts.items} items on {opts.hosts} hosts, first crawl",
        "",
        "### 0 ms server latency",
        "",
        *head, *pair(zero[0], zero[1]),
        "",
        f"### {opts.latency_ms} ms server latency",
        "",
        *head, *pair(slow[0], slow[1]),
        "",
        f"Load average (1 min) before / after: 0 ms {zero[2][0]:.1f} / {zero[2][1]:.1f}, "
        f"{opts.latency_ms} ms {slow[2][0]:.1f} / {slow[2][1]:.1f}. Same posts stored either way: "
        f"{'yes' if zero[0].posts == zero[1].posts == slow[0].posts == slow[1].posts else '**no**'}; "
        f"run status {zero[0].status}/{zero[1].status}, {slow[0].status}/{slow[1].status}.",
        f"Each crawl ran {opts.repeat} time(s), interleaved; the fastest run of each is shown. Every run, "
        "wall / CPU s: " + "; ".join(
            f"{latency} ms {label}: " + ", ".join(f"{r.wall:.1f}/{r.cpu:.1f}" for r in found)
            for latency, runs in ALL_RUNS.items() for label, found in runs.items()) + ".",
        "",
    ]
    if opts.platform_channels:
        lines += platform_lines(rated, polite)
    Path(opts.output).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
