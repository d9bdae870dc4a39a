"""Benchmark: match 100,000 posts against 10,000 announcements, against an all-pairs baseline.

    python bench/bench_match.py [--posts 100000] [--announcements 10000] [--sample 200]
                                [--output bench/results/matching.md]

Texts are generated with realistic lengths and vocabulary: words are drawn (Zipf-like) from
20,000 generated Indonesian-shaped roots (syllables CV/CVC; no dictionary file), with
Indonesian affixes so that the stemmer does real work, plus generated names, places, numbers and dates. Announcements
(150–190 words, a dateline, a quote, an editor tag) are spread over a year; 20% of posts
restate one of them (copy, excerpt, summary, link) some hours to days later, the rest are
village posts of 20–120 words.

The run goes through the store, as in production: posts are added in three steps (10k, then
40k, then 50k) and ``match_new`` is timed after each, so the table shows how time grows
with the number of posts. By default the three passes run in this process, whose caches (the
announcements' documents, the stems) carry over from one pass to the next; ``--new-process``
runs each pass in a new Python process instead, as the daemon does (each ``kimwatch match``
and each crawl is a child process that matches what is new), so a pass pays what a daemon's
pass pays: the store's cached terms and facts read back, the stem cache cold. The baseline scores a sample of posts against *every*
announcement with the same scorer (all pairs, window applied afterwards) in the same run;
the report gives the speed ratio and whether both found the same amplifications.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402

from crawler import store  # noqa: E402
from crawler.matching import config as match_config
from crawler.matching import decisions, documents, passes

PREFIXES = ["", "", "", "me", "di", "ber", "pe", "ter", "ke"]
SUFFIXES = ["", "", "", "", "kan", "an", "nya", "i"]
SYLLABLES = ["ba", "ri", "ma", "tu", "sa", "ni", "ka", "lu", "da", "wi", "ha", "ro", "ga", "nu",
             "ta", "li", "pa", "su", "ra", "mi", "ja", "lo", "na", "ki"]
START = datetime(2024, 1, 1, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class TextMaker:
    """Zipf-distributed Indonesian words, names and facts."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        roots = self.roots(20000)
        # a language has a bounded inventory of word forms: each root with one affixed form
        self.words = [form for root in roots
                      for form in (root, rng.choice(PREFIXES[3:]) + root + rng.choice(SUFFIXES))]
        rng.shuffle(self.words)
        weights = [1.0 / (rank + 10) for rank in range(len(self.words))]
        self.cumulative = []
        total = 0.0
        for weight in weights:
            total += weight
            self.cumulative.append(total)
        self.names = [self.name() for _ in range(5000)]

    def roots(self, count: int) -> list[str]:
        """``count`` distinct pseudo-roots of 2-4 Indonesian-like syllables (CV, CVC), in
        random order: the shape of Indonesian roots without a dictionary file."""
        onsets = "b c d g h j k l m n p r s t w y".split() + ["ng", "ny", "kh", "sy"]
        vowels = "a i u e o a a i u".split()
        codas = ["", "", "", "n", "ng", "k", "t", "r", "l", "s", "h", "m", "p"]
        found: set[str] = set()
        while len(found) < count:
            parts = []
            for position in range(self.rng.choice((2, 2, 2, 3, 3, 4))):
                onset = self.rng.choice(onsets) if position or self.rng.random() < 0.85 else ""
                parts.append(onset + self.rng.choice(vowels))
            root = "".join(parts) + self.rng.choice(codas)
            if 3 <= len(root) <= 10:
                found.add(root)
        roots = sorted(found)
        self.rng.shuffle(roots)
        return roots

    def name(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))).capitalize()

    def word(self) -> str:
        position = self.rng.random() * self.cumulative[-1]
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative[mid] < position:
                lo = mid + 1
            else:
                hi = mid
        return self.words[lo]

    def sentence(self, length: int, facts: list[str]) -> str:
        words = [self.word() for _ in range(length)]
        for fact in facts:
            words.insert(self.rng.randint(0, len(words)), fact)
        return " ".join(words).capitalize() + "."

    def announcement(self, when: datetime) -> tuple[str, str]:
        place, official, venue = self.rng.sample(self.names, 3)
        facts = [place, official, venue, f"{self.rng.randint(10, 5000):,}".replace(",", "."),
                 f"({when.day}/{when.month}/{when.year})", str(self.rng.randint(2, 99))]
        title = " ".join(self.word().capitalize() for _ in range(8)) + f" di {place}"
        paragraphs = [f"{place.upper()} – " + self.sentence(28, facts[:3] + facts[4:5])]
        for _ in range(4):
            paragraphs.append(self.sentence(self.rng.randint(22, 34), self.rng.sample(facts, 2)))
        paragraphs.append(f'"{self.sentence(20, [])}" ujar {official}.')
        paragraphs.append("(mc/rd)")
        return title, "\n\n".join(paragraphs)

    def village_post(self) -> str:
        return self.sentence(self.rng.randint(20, 120), [self.rng.choice(self.names),
                                                         str(self.rng.randint(1, 300))])


def generate(rng: random.Random, maker: TextMaker, n_announcements: int, n_posts: int,
             days: int = 365) -> tuple[list[dict], list[dict]]:
    announcements = []
    for i in range(n_announcements):
        when = START + timedelta(seconds=rng.random() * days * 86400)
        title, text = maker.announcement(when)
        announcements.append({"id": f"a{i:05d}", "source_id": "src", "title": title, "text": text,
                              "url": f"https://gov.example.go.id/berita/{i}", "published_at": iso(when)})
    posts = []
    for i in range(n_posts):
        kind = rng.random()
        links: list[str] = []
        if kind < 0.2:
            source = rng.choice(announcements)
            when = datetime.fromisoformat(source["published_at"].replace("Z", "+00:00")) + \
                timedelta(hours=rng.expovariate(1 / 24))
            paragraphs = source["text"].split("\n\n")
            if kind < 0.05:
                text = source["text"] + "\n\nSumber: Diskominfo #KIM"
            elif kind < 0.10:
                text = "Info penting!\n\n" + "\n\n".join(paragraphs[:2])
            elif kind < 0.15:
                words = " ".join(paragraphs[:3]).split()
                text = " ".join(rng.sample(words, min(len(words), 45)))
            else:
                text = "Baca selengkapnya di tautan ini ya"
                links = [source["url"] + "?utm_source=fb"]
        else:
            when = START + timedelta(seconds=rng.random() * days * 86400)
            text = maker.village_post()
        posts.append({"id": f"p{i:06d}", "kim_id": "kim-bench", "platform": "facebook", "title": "",
                      "text": text, "published_at": iso(when), "links": links})
    return announcements, posts


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the scoring workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


# one matching pass in a new process, as the daemon's `kimwatch match` child runs it
NEW_PROCESS_PASS = """
import sys
from crawler import store
from crawler.matching import config, passes
passes.match_new(store.connect(sys.argv[1]), config.MatchConfig(workers=int(sys.argv[2])))
"""


def match_pass(db: sqlite_utils.Database, db_path: Path, workers: int, new_process: bool) -> None:
    """``match_new`` on the store, here or in a new Python process."""
    if not new_process:
        passes.match_new(db, match_config.MatchConfig(workers=workers))
        return
    root = str(Path(__file__).resolve().parent.parent)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-c", NEW_PROCESS_PASS, str(db_path), str(workers)], check=True, cwd=root,
                   env=environment)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baseline(db_path: Path, sample_ids: list[str]) -> tuple[float, dict[str, set[str]]]:
    """All pairs: every sampled post scored against every announcement, window applied after."""
    db = store.connect(db_path)
    index = passes.load_index(db)
    config = match_config.MatchConfig()
    found: dict[str, set[str]] = {}
    started = time.perf_counter()
    for row in passes._rows(db, sample_ids):
        post = documents.post_doc(row)
        found[post.id] = {d.announcement_id for d in decisions.decide(index, post, config, all_pairs=True)}
    return time.perf_counter() - started, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--announcements", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=200, help="posts scored all-pairs by the baseline")
    parser.add_argument("--output", type=Path, default=None, help="markdown file to write the results to")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1),
                        help="scoring processes (default: CPUs, at most 4)")
    parser.add_argument("--new-process", action="store_true",
                        help="whether each matching pass runs in a new Python process, as the daemon's "
                             "(default: all in this process)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    maker = TextMaker(rng)
    announcements, posts = generate(rng, maker, args.announcements, args.posts)
    generated = time.perf_counter() - t0
    steps = [s for s in (args.posts // 10, args.posts // 2, args.posts) if s > 0]
    lines = []
    with tempfile.TemporaryDirectory(prefix="kimwatch-bench-") as tmp:
        db_path = Path(tmp) / "bench.db"
        db = store.connect(db_path)
        store.save_kims(db, [{"id": "kim-bench", "name": "KIM Bench", "region": "Kota Banjarbaru"}])
        store.save_sources(db, [{"id": "src", "name": "Source", "region": "Provinsi Kalimantan Selatan"}])
        store.save_announcements(db, announcements)
        done = 0
        total_match = 0.0
        rows = []
        for step in steps:
            t1 = time.perf_counter()
            store.save_posts(db, posts[done:step])
            saved = time.perf_counter() - t1
            t2, c2 = time.perf_counter(), cpu_seconds()
            match_pass(db, db_path, args.workers, args.new_process)
            elapsed, cpu = time.perf_counter() - t2, cpu_seconds() - c2
            total_match += elapsed
            rows.append((step, step - done, saved, elapsed, cpu))
            done = step
        amplifications = db.execute("SELECT count(*) FROM amplifications").fetchone()[0]
        sample_ids = [p["id"] for p in rng.sample(posts, min(args.sample, len(posts)))]
        base_seconds, base_found = baseline(db_path, sample_ids)
        indexed: dict[str, set[str]] = {pid: set() for pid in sample_ids}
        marks = ",".join("?" * len(sample_ids))
        for post_id, announcement_id in db.execute(
                f"SELECT post_id, announcement_id FROM amplifications WHERE post_id IN ({marks})", sample_ids):
            indexed[post_id].add(announcement_id)
    index_rate = args.posts / total_match
    base_rate = len(sample_ids) / base_seconds
    same = sum(1 for pid in sample_ids if indexed[pid] == base_found.get(pid, set()))
    lines.append(f"Matching {args.posts:,} posts against {args.announcements:,} generated announcements "
                 f"(one year; horizon {match_config.DEFAULT_HORIZON_DAYS:g} days), through the store, on this "
                 f"machine ({os.cpu_count()} CPUs, {args.workers} scoring process(es); CPU s = this "
                 f"process and its workers, the load-independent cost; each pass "
                 f"{'in a new process, as the daemon runs it' if args.new_process else 'in this process'}). "
                 f"Text generation {generated:.1f} s (not counted).\n")
    lines.append("| posts in store | posts matched in step | store write s | match s (wall) | match s (CPU) "
                 "| posts/s (step) | cumulative match s |")
    lines.append("|---:|---:|---:|---:|---:|---:|---:|")
    cumulative = 0.0
    for step, count, saved, elapsed, cpu in rows:
        cumulative += elapsed
        lines.append(f"| {step:,} | {count:,} | {saved:.1f} | {elapsed:.1f} | {cpu:.1f} | {count / elapsed:,.0f} "
                     f"| {cumulative:.1f} |")
    lines.append("")
    lines.append("The first step also builds the index of all announcements (tokenizing and stemming "
                 "every press release with the stem cache cold), which later steps reuse.")
    lines.append("")
    total_cpu = sum(row[4] for row in rows)
    lines.append(f"- whole run: {args.posts:,} posts matched in {total_match:.1f} s wall "
                 f"({total_cpu:.1f} CPU s) = **{index_rate:,.0f} posts/s**; {amplifications:,} "
                 f"amplifications found; load average during the run {os.getloadavg()[0]:.1f}")
    lines.append(f"- all-pairs baseline on a sample of {len(sample_ids)} posts: {base_seconds:.1f} s = "
                 f"{base_rate:,.1f} posts/s → the index is **{index_rate / base_rate:,.0f}× faster**")
    lines.append(f"- same decisions as the all-pairs baseline on {same}/{len(sample_ids)} sampled posts")
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines.append(f"- peak memory (max RSS, generated texts included): {peak_rss_mb():,.0f} MB in the main "
                 f"process, {children_peak:,.0f} MB in the largest worker (shared copy-on-write)")
    report = "\n".join(lines)
    print(report)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
