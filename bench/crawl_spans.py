"""Where a first crawl's wall time goes: each process's time split into running, waiting for a core
and waiting for work, side by side for one or more kimwatch trees.

Runs the first crawl of ``bench/bench_crawl.py``'s feeds (same server, same store, ``-q --no-match``)
with the code of each tree given, interleaved, ``--reps`` times. The crawl runs under a small wrapper
that logs a span line at the crawl's landmarks (the fork, each crawl process's start and end, the
end of the run) with the process's CPU and its time waiting on the run queue
(``/proc/PID/schedstat``). Per run it prints the wall and CPU time (user + system of the crawl and
its crawl processes) and the wall time the crawl would take with a core for each process: the
crawl's own process up to the fork, plus the longest crawl process's time less its run-queue wait,
plus the end — what the machine's other load cannot stretch — with each crawl process's CPU and
idle time (running or waiting for a core neither: waiting for the network, for a host's politeness
delay, for the store's write lock). Linux only; measures, writes nothing in the repo.

    .venv/bin/python bench/crawl_spans.py --trees /path/to/baseline,. --reps 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_crawl  # noqa: E402 - after the path

WRAPPER = r"""
import os, sys, time
T0 = time.perf_counter()

def span(what):
    run, wait, _ = (int(x) for x in open(f"/proc/{os.getpid()}/schedstat").read().split())
    print(f"SPAN {os.getpid()} {time.perf_counter() - T0:.3f} {what} {time.process_time():.3f} {wait / 1e9:.3f}",
          file=sys.stderr, flush=True)

import crawler.harvest.runner as runner

def wrap(name, before, after):
    inner = getattr(runner, name)
    def wrapped(*args, **kwargs):
        span(before)
        try:
            return inner(*args, **kwargs)
        finally:
            span(after)
    setattr(runner, name, wrapped)

wrap("_crawl_here", "begin", "end")
wrap("_crawl_in_processes", "fork", "children-done")
import atexit
atexit.register(span, "exit")
from crawler.cli import main
sys.argv = ["kimwatch", *sys.argv[1:]]
main()
"""


def spans(text: str) -> dict[str, float] | None:
    """The figures of one run from its span lines, or None without crawl processes."""
    rows = [line.split() for line in text.splitlines() if line.startswith("SPAN ")]
    parent = [r for r in rows if r[3] == "fork"]
    if not parent:
        return None
    parent_pid = parent[0][1]
    at = {(r[1], r[3]): (float(r[2]), float(r[4]), float(r[5])) for r in rows}
    children = sorted({r[1] for r in rows if r[3] == "begin" and r[1] != parent_pid})
    own, idle, cpu = [], [], []
    for pid in children:
        (t0, c0, w0), (t1, c1, w1) = at[(pid, "begin")], at[(pid, "end")]
        own.append(t1 - t0 - (w1 - w0))
        idle.append(t1 - t0 - (w1 - w0) - (c1 - c0))
        cpu.append(c1 - c0)
    fork_t, _, fork_wait = at[(parent_pid, "fork")]
    end = at[(parent_pid, "exit")][0] - at[(parent_pid, "children-done")][0]
    return {"before_fork": fork_t - fork_wait, "longest": max(own), "end": end,
            "critical": fork_t - fork_wait + max(own) + end, "idle": max(idle), "idle_min": min(idle),
            "cpu_max": max(cpu), "cpu_min": min(cpu)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trees", default=".", help="kimwatch checkouts, comma-separated (default: this one)")
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--channels", type=int, default=2000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=500)
    opts = parser.parse_args()
    trees = [Path(t).resolve() for t in opts.trees.split(",")]
    work = Path(tempfile.mkdtemp(prefix="crawl-spans-"))
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    env["KIMWATCH_FIRST_CRAWL_PAGES"] = "1"
    server, port = bench_crawl.start_server(opts.channels, opts.items, opts.hosts, 0)
    try:
        urls = [f"http://{bench_crawl.host_of(c, opts.hosts)}:{port}/c{c}/feed/" for c in range(opts.channels)]
        listed = work / "urls.json"
        listed.write_text(json.dumps(urls))
        for n, tree in enumerate(trees):  # bytecode outside the trees, made once (a warm-up crawl)
            tree_env = {**env, "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": str(work / f"pycache-{n}"),
                        "PYTHONDONTWRITEBYTECODE": ""}
            warm = work / f"warm-{n}.db"
            warm_urls = work / "warm.json"
            warm_urls.write_text(json.dumps(urls[:3]))
            bench_crawl.child([sys.executable, "-c", bench_crawl.MAKE_STORE, str(warm), str(warm_urls)], tree_env, tree)
            bench_crawl.child([sys.executable, "-c", WRAPPER, "--db", str(warm), "crawl", "-q", "--no-match"],
                              tree_env, tree)
        for rep in range(opts.reps):
            for n, tree in enumerate(trees):
                tree_env = {**env, "PYTHONPATH": str(tree), "PYTHONPYCACHEPREFIX": str(work / f"pycache-{n}"),
                            "PYTHONDONTWRITEBYTECODE": ""}
                db = work / f"{n}-{rep}.db"
                bench_crawl.child([sys.executable, "-c", bench_crawl.MAKE_STORE, str(db), str(listed)], tree_env, tree)
                load = os.getloadavg()[0]
                run = bench_crawl.measure([sys.executable, "-c", WRAPPER, "--db", str(db), "crawl", "-q", "--no-match"],
                                          tree_env, tree)
                posts, digest = bench_crawl.posts_digest(db)
                figures = spans(run.out)
                line = (f"{tree.name or tree}  rep {rep}  load {load:.1f}  wall {run.wall:.2f} s  CPU {run.cpu:.2f} s  "
                        f"posts {posts:,} {digest[:16]}")
                if figures:
                    line += (f"\n    with a core each: {figures['critical']:.2f} s = before the fork"
                             f" {figures['before_fork']:.2f} + the longest crawl process {figures['longest']:.2f}"
                             f" + the end {figures['end']:.2f}; crawl processes: CPU {figures['cpu_min']:.2f}–"
                             f"{figures['cpu_max']:.2f} s, idle {figures['idle_min']:.2f}–{figures['idle']:.2f} s")
                print(line, flush=True)
                db.unlink()
    finally:
        bench_crawl.stop_server(server)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
