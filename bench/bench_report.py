"""Benchmark: `kimwatch report` and `kimwatch dump` on a store ten times Kalimantan Selatan's size.

Store: 1,000 KIMs in 13 regions with 1,500 channels, 800 announcements and 100,000 posts over
120 days, 40,000 amplifications, 180,000 channel fetches. Baselines, in the same run:

* report: one bare SQL query counting, per KIM, distinct announcements amplified by posts in the
  window (the least any report must read) — the ratio shows what the full report (statuses,
  regions, lags, channels and health, announcement reach and gaps, 8-week trend) costs on top;
* dump: a plain file copy of the database (after a WAL checkpoint) — the ratio shows the cost of
  a consistent snapshot, the cleaning and the FTS rebuild.

    python bench/bench_report.py [--kims 1000] [--posts 100000] [--output bench/results/report.md]

National scale (issue 16): ``--national STORE`` (a store built by ``bench/national_store.py``,
opened read-only by both sides) runs ``kimwatch report --days 30`` in a child process for each
format, with this checkout's code and with a baseline revision's (``--baseline-rev``, default
``origin/HEAD``: main, checked out as a throwaway ``git worktree``), side by side in one run,
and reports each run's wall time, peak RSS and output size, and whether both wrote the same bytes
(the baseline listing every KIM not reached, this code with ``--lists``):

    python bench/bench_report.py --national /tmp/m1-k10000.db [--until 2026-11-30]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler import store
from crawler.regions import known_regions
from crawler.reporting import dump
from crawler.reporting.kpis import build_report, report_window
from crawler.reporting.render import render

UNTIL = "2024-12-31"
START = datetime(2024, 9, 2, tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_store(path: Path, kims: int, posts: int) -> None:
    rng = random.Random(11)
    db = store.connect(path)
    regions = [r for r in known_regions() if not r.startswith("Provinsi")]
    store.save_kims(db, [{"id": f"kim-{i}", "name": f"KIM {i}", "region": regions[i % len(regions)],
                          "status": "retired" if i % 97 == 0 else "active"} for i in range(kims)])
    store.save_sources(db, [{"id": "prov", "name": "Diskominfo", "region": "Provinsi Kalimantan Selatan"}]
                       + [{"id": f"src-{i}", "name": f"Pemkab {r}", "region": r} for i, r in enumerate(regions)])
    channels = []
    for i in range(kims):
        channels.append({"id": f"kim-{i}/feed", "owner_kind": "kim", "owner_id": f"kim-{i}", "type": "feed",
                         "url": f"https://kim{i}.blogspot.com/feeds/posts/default"})
        if i % 2 == 0:
            channels.append({"id": f"kim-{i}/ig", "owner_kind": "kim", "owner_id": f"kim-{i}",
                             "type": "instagram", "url": f"https://instagram.com/kim{i}"})
    store.save_channels(db, channels)
    sources = ["prov"] + [f"src-{i}" for i in range(len(regions))]
    anns = [{"id": f"ann-{n}", "source_id": rng.choice(sources), "title": f"Pengumuman {n}", "text": "isi",
             "published_at": _iso(START + timedelta(hours=rng.uniform(0, 120 * 24)))} for n in range(800)]
    store.save_announcements(db, anns)
    post_rows = []
    for n in range(posts):
        when = START + timedelta(hours=rng.uniform(0, 120 * 24))
        post_rows.append((f"p-{n}", f"kim-{rng.randrange(kims)}", "website", f"Judul {n}", "teks", _iso(when)))
    amp_rows = []
    ann_times = {a["id"]: datetime.fromisoformat(a["published_at"].replace("Z", "+00:00")) for a in anns}
    for n in rng.sample(range(posts), 40_000):
        ann = rng.choice(anns)["id"]
        post_at = ann_times[ann] + timedelta(hours=rng.uniform(0.5, 72))
        kim = f"kim-{rng.randrange(kims // 5) * 5 + rng.randrange(2)}"  # 40% of KIMs ever amplify
        post_rows[n] = (post_rows[n][0], kim, *post_rows[n][2:5], _iso(post_at))
        amp_rows.append((f"p-{n}", ann, kim, rng.choice(["link", "text"]), rng.random(),
                         (post_at - ann_times[ann]).total_seconds() / 3600,
                         "rejected" if n % 50 == 0 else "auto"))
    fetch_rows = []
    for i in range(kims):
        for day in range(120):
            fetch_rows.append((f"kim-{i}/feed", _iso(START + timedelta(days=day, hours=i % 24)),
                               0 if i % 7 == 0 else 1))
    with store.transaction(db):
        db.conn.executemany("INSERT INTO posts (id, kim_id, platform, title, text, published_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)", post_rows)
        db.conn.executemany("INSERT INTO amplifications (post_id, announcement_id, kim_id, method, score, "
                            "lag_hours, status) VALUES (?, ?, ?, ?, ?, ?, ?)", amp_rows)
        db.conn.executemany("INSERT INTO channel_fetches (channel_id, fetched_at, ok) VALUES (?, ?, ?)",
                            fetch_rows[: 180_000])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


def timed(function, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


REPO = Path(__file__).resolve().parent.parent
NATIONAL_HEADING = "## Report at national scale"


def write_section(path: Path, heading: str, text: str) -> None:
    """Put ``text`` (starting with ``heading``) into the results file in place of the section of that
    heading, keeping every other section."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    sections = [s for s in re.split(r"(?m)^(?=## )", old) if s.strip() and not s.startswith(heading)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(s.rstrip("\n") + "\n" for s in [*sections, text]), encoding="utf-8")


def run_child(code: Path, arguments: list[str], output: Path) -> dict[str, float]:
    """``python -m crawler ARGUMENTS --output OUTPUT`` with the code at ``code``: wall seconds, peak RSS (MB),
    output size (MB)."""
    env = {**os.environ, "PYTHONPATH": str(code), "NO_COLOR": "1"}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "crawler", *arguments, "--output", str(output)], cwd=code,
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.returncode:
        raise SystemExit(f"{' '.join(arguments)} with {code} failed ({child.returncode}): {error[-2000:]}")
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024, "output_mb": output.stat().st_size / 1e6}


_GENERATED = re.compile(rb'("generated_at": "|^generated_at,|(Dibuat|Generated): )[^"<\n]*')


def same_bytes(a: Path, b: Path) -> bool:
    """Whether two report files are equal but for the time they were generated (line by line, in bounded memory)."""
    with a.open("rb") as left, b.open("rb") as right:
        for x, y in itertools.zip_longest(left, right):
            if x != y and (x is None or y is None or _GENERATED.sub(b"", x) != _GENERATED.sub(b"", y)):
                return False
    return True


def baseline_worktree(rev: str, folder: Path) -> tuple[Path, str]:
    """A throwaway ``git worktree`` of ``rev`` in ``folder``; its path and commit."""
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", rev], check=True, capture_output=True,
                            text=True).stdout.strip()
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(folder), commit], check=True)
    return folder, commit


def national(store_path: Path, until: str, baseline_rev: str, output: Path) -> None:
    """The national-scale runs: each format, baseline then this code, in child processes."""
    cases = [  # (label, baseline arguments, this code's arguments, compared byte for byte)
        ("json", ["--format", "json"], ["--format", "json"], False),
        ("json with the lists (`--lists`)", ["--format", "json"], ["--format", "json", "--lists"], True),
        ("html", ["--format", "html"], ["--format", "html"], True),
        ("csv, kims", ["--format", "csv"], ["--format", "csv"], True),
        ("csv, announcements", ["--format", "csv", "--csv-table", "announcements"],
         ["--format", "csv", "--csv-table", "announcements"], False),
        ("csv, announcements with the lists", ["--format", "csv", "--csv-table", "announcements"],
         ["--format", "csv", "--csv-table", "announcements", "--lists"], True),
    ]
    window = ["--days", "30", "--until", until]
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        base_code, commit = baseline_worktree(baseline_rev, Path(tmp) / "baseline")
        try:
            rows = []
            for label, base_args, new_args, compare in cases:
                old_file, new_file = Path(tmp) / "old.out", Path(tmp) / "new.out"
                old = run_child(base_code, ["--db", str(store_path), "report", *window, *base_args], old_file)
                new = run_child(REPO, ["--db", str(store_path), "report", *window, *new_args], new_file)
                same = ("yes" if same_bytes(old_file, new_file) else "**no**") if compare else "—"
                rows.append((label, old, new, same))
                loads.append(os.getloadavg()[0])
                print(f"{label}: baseline {old}, new {new}, same bytes: {same}", flush=True)
                old_file.unlink()
                new_file.unlink()
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(base_code)], check=False)
    conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)  # the store is never written
    sizes = {name: conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
             for name in ("kims", "announcements", "posts", "amplifications", "channel_fetches")}
    conn.close()
    lines = [
        f"{NATIONAL_HEADING}: `kimwatch report --days 30 --until {until}`",
        "",
        f"Store `{store_path.name}` ({store_path.stat().st_size / 1e9:.1f} GB, built by `bench/national_store.py`): "
        + ", ".join(f"{n:,} {name}" for name, n in sizes.items()) + ". "
        f"Each run is a child process (`python -m crawler ... --output FILE`), baseline = main at "
        f"`{commit[:7]}` in a `git worktree`, same run, same machine (2 cores, shared; load average "
        f"{min(loads):.1f}–{max(loads):.1f} during the run: the seconds of both sides grow with it, the RSS does not).",
        "",
        "| format | main: s | main: peak RSS MB | main: output MB | this: s | this: peak RSS MB | "
        "this: output MB | RSS ratio | time ratio | same bytes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        *[f"| {label} | {old['seconds']:.1f} | {old['rss_mb']:.0f} | {old['output_mb']:.1f} | {new['seconds']:.1f} | "
          f"{new['rss_mb']:.0f} | {new['output_mb']:.1f} | {new['rss_mb'] / old['rss_mb']:.2f}x | "
          f"{new['seconds'] / old['seconds']:.2f}x | {same} |" for label, old, new, same in rows],
        "",
        f"JSON report: **{rows[0][2]['rss_mb']:.0f} MB** peak RSS (target < 500 MB; main "
        f"{rows[0][1]['rss_mb']:.0f} MB, ratio {rows[0][2]['rss_mb'] / rows[0][1]['rss_mb']:.2f}x), "
        f"{rows[0][2]['output_mb']:.0f} MB written (main {rows[0][1]['output_mb']:.0f} MB). "
        "JSON and CSV now carry `kims_not_reached_count` per announcement and list the KIMs not reached only with "
        "`--lists` (or `--region`); with `--lists` they are the same bytes as main's, written in the same bounded "
        "memory.",
        "",
        f"    python bench/bench_report.py --national {store_path} --until {until}",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    write_section(output, NATIONAL_HEADING, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kims", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--output", default="bench/results/report.md")
    parser.add_argument("--national", metavar="STORE", type=Path, default=None,
                        help="a national store (bench/national_store.py): run only the national-scale step on it")
    parser.add_argument("--until", default="2026-11-30",
                        help="last day of the national report's window (default: the generator's last day)")
    parser.add_argument("--baseline-rev", default="origin/HEAD",
                        help="the revision the national step compares with (default: origin/HEAD, i.e. main)")
    args = parser.parse_args()
    if args.national:
        national(args.national.resolve(), args.until, args.baseline_rev, Path(args.output))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        started = time.perf_counter()
        build_store(path, args.kims, args.posts)
        print(f"store built in {time.perf_counter() - started:.1f}s")
        db = store.connect(path)
        window = report_window(UNTIL, 30)

        def bare_query() -> None:
            db.execute(
                "SELECT a.kim_id, count(DISTINCT a.announcement_id) FROM amplifications a "
                "JOIN posts p ON p.id = a.post_id WHERE a.status != 'rejected' "
                "AND p.published_at >= ? AND p.published_at < ? GROUP BY a.kim_id",
                [window.start, window.end]).fetchall()

        report = build_report(db, until=UNTIL)
        results = {
            "bare SQL: distinct announcements per KIM in the window (baseline)": timed(bare_query),
            "build_report, 30 days, 8-week trend": timed(lambda: build_report(db, until=UNTIL)),
            "build_report, 90 days, 12-week trend": timed(lambda: build_report(db, until=UNTIL, days=90, weeks=12)),
            "render table": timed(lambda: render(report, "table")),
            "render html": timed(lambda: render(report, "html")),
            "render csv (kims)": timed(lambda: render(report, "csv")),
        }
        copy_target = Path(tmp) / "copy.db"
        dump_results = {
            "plain file copy (baseline)": timed(lambda: shutil.copyfile(path, copy_target), repeat=2),
            "kimwatch dump (snapshot, clean, FTS rebuild, metadata)":
                timed(lambda: dump.write_dump(path, Path(tmp) / "dump"), repeat=2),
        }
        size_mb = path.stat().st_size / 1e6
        dump_mb = (Path(tmp) / "dump" / "kimwatch.db").stat().st_size / 1e6
    base = results["bare SQL: distinct announcements per KIM in the window (baseline)"]
    full = results["build_report, 30 days, 8-week trend"]
    copy = dump_results["plain file copy (baseline)"]
    dumped = dump_results["kimwatch dump (snapshot, clean, FTS rebuild, metadata)"]
    lines = [
        f"## Report and dump on {args.kims:,} KIMs, {args.posts:,} posts, 40,000 amplifications "
        f"(store {size_mb:.0f} MB, dump {dump_mb:.0f} MB)",
        "",
        "| | seconds |",
        "|---|---:|",
        *[f"| {name} | {seconds:.3f} |" for name, seconds in results.items()],
        *[f"| {name} | {seconds:.3f} |" for name, seconds in dump_results.items()],
        "",
        f"Ratio full report / bare query: **{full / base:.1f}x** (statuses, regions, lags, channel health, "
        f"announcement reach and gaps, trend). Ratio dump / file copy: **{dumped / copy:.1f}x**.",
        f"Report at {report['kims_registered']:,} registered KIMs: active share "
        f"{report['active_share']:.3f}, {len(report['announcements'])} announcements in the window.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    write_section(Path(args.output), "## Report and dump on", text)


if __name__ == "__main__":
    main()
