"""Benchmark: `kimwatch report` and `kimwatch dump` on a store ten times Kalimantan Selatan's size.

Store: 1,000 KIMs in 13 regions with 1,500 channels, 800 announcements and 100,000 posts over
120 days, 40,000 amplifications, 180,000 channel fetches. Baselines, in the same run:

* report: one bare SQL query counting, per KIM, distinct announcements amplified by posts in the
  window (the least any report must read) — the ratio shows what the full report (statuses,
  regions, lags, channels and health, announcement reach and gaps, 8-week trend) costs on top;
* dump: a plain file copy of the database (after a WAL checkpoint) — the ratio shows the cost of
  a consistent snapshot, the cleaning and the FTS rebuild.

    python bench/bench_report.py [--kims 1000] [--posts 100000] [--output bench/results/report.md]
"""

from __future__ import annotations

import argparse
import random
import shutil
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kims", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--output", default="bench/results/report.md")
    args = parser.parse_args()
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
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
