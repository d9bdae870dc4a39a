"""Benchmark: long posts (300 questions each, ~200 KB) decided against a realistic index, two trees side by side.

    python bench/bench_long_post.py --old /tmp/f29-old [--announcements 3000] [--posts 6]
                                    [--questions 300] [--size 200000] [--output bench/results/long_post.md]

``--old`` is another checkout of kimwatch (``git worktree add /tmp/f29-old <base>``); both trees
decide the same posts against the same announcements in one run, each in a Python process of its
own (``decisions.decide`` on ``documents.post_doc`` rows, as a matching pass does), so neither
warms the other's caches. The announcements are bench_match's generated ones (150–190 words,
dated over 60 days); each long post is paragraphs of generated words that take up some
announcement's title and place, every paragraph ending in a question it answers with a denial
("…? Bukan, …"), the shape ``decisions._denied_question`` reads.

Three runs per tree: two timed (CPU seconds of deciding, the index built before the clock
starts; old and new in turn, the faster kept), one under ``tracemalloc`` for memory: the peak while deciding and what is still
allocated after the last post is gone (caches keyed by whole texts keep them). The report
gives new/old ratios and whether both trees made the same decisions.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_match import START, TextMaker, generate, iso  # noqa: E402

# one tree's run: decide every post of a JSON-lines file against the announcements, one post at a time
CHILD = r"""
import gc, json, sys, time, tracemalloc
from crawler.matching import config, decisions, documents
from crawler.matching.candidates import AnnouncementIndex
announcements_path, posts_path, mode, ordinary_path = sys.argv[1:5]
index = AnnouncementIndex([documents.announcement_doc(row) for row in json.load(open(announcements_path))])
settings = config.MatchConfig()
found = {}
gc.collect()
if mode == "memory":
    tracemalloc.start()
started = time.process_time()
with open(posts_path) as lines:
    for line in lines:
        post = documents.post_doc(json.loads(line))
        found[post.id] = sorted(d.announcement_id for d in decisions.decide(index, post, settings))
        del post
seconds = time.process_time() - started
result = {"seconds": seconds, "found": found}
if mode == "time":
    started = time.process_time()
    with open(ordinary_path) as lines:
        for line in lines:
            post = documents.post_doc(json.loads(line))
            found[post.id] = sorted(d.announcement_id for d in decisions.decide(index, post, settings))
    result["ordinary_seconds"] = time.process_time() - started
if mode == "memory":
    gc.collect()
    retained, peak = tracemalloc.get_traced_memory()
    result.update(peak_mb=peak / 2**20, retained_mb=retained / 2**20)
print(json.dumps(result))
"""


def long_post(rng: random.Random, maker: TextMaker, announcements: list[dict], number: int, questions: int,
              size: int) -> dict:
    """A post of ``questions`` paragraphs of about ``size / questions`` characters each, every one
    retelling an announcement of the week before (45 of its words and generated ones) and ending
    in a question on its title answered with a denial."""
    when = START + timedelta(days=40, hours=number)
    recent = [a for a in announcements if when - timedelta(days=7) <= _when(a) < when] or announcements
    per_paragraph = max(200, size // questions)
    paragraphs = []
    for _ in range(questions):
        source = rng.choice(recent)
        words = " ".join(source["text"].split("\n\n")[:3]).split()
        told = " ".join(rng.sample(words, min(len(words), 45)))
        # told as posts often are: clauses run on with commas, one full stop at the end
        clauses = [told[0].upper() + told[1:]]
        while sum(len(c) + 2 for c in clauses) < per_paragraph - 120:
            clauses.append(maker.sentence(rng.randint(12, 24), []).lower().rstrip("."))
        # the claim in the release's title words and in words every release uses
        claim = " ".join(rng.sample(source["title"].split(), 3) + rng.sample(maker.words[:20], 2))
        paragraphs.append(f"{len(paragraphs) + 1}. " + ", ".join(clauses) + f". {claim.capitalize()}? Bukan, "
                          + maker.sentence(8, []).lower())
    return {"id": f"long{number:03d}", "kim_id": "kim-bench", "title": "", "text": "\n\n".join(paragraphs),
            "published_at": iso(when), "links": []}


def _when(row: dict) -> datetime:
    return datetime.fromisoformat(row["published_at"].replace("Z", "+00:00"))


def run_tree(tree: Path, announcements: Path, posts: Path, mode: str, ordinary: Path) -> dict:
    # one hash seed for both: ties between equal scores then fall the same way in both trees
    environment = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(announcements), str(posts), mode, str(ordinary)], cwd=tree,
                          env=environment, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="another checkout of kimwatch to compare with")
    parser.add_argument("--announcements", type=int, default=3000, help="announcements in the index (default 3000)")
    parser.add_argument("--posts", type=int, default=6, help="long posts decided one after another (default 6)")
    parser.add_argument("--questions", type=int, default=300, help="questions in each long post (default 300)")
    parser.add_argument("--size", type=int, default=200_000, help="characters of each long post (default 200000)")
    parser.add_argument("--ordinary", type=int, default=5000,
                        help="ordinary posts (bench_match's mix) timed after the long ones (default 5000)")
    parser.add_argument("--output", type=Path, help="write the report (Markdown) here as well")
    args = parser.parse_args(argv)
    new = Path(__file__).resolve().parent.parent
    rng = random.Random(29)
    maker = TextMaker(rng)
    announcements, ordinary = generate(rng, maker, args.announcements, args.ordinary, days=60)
    with tempfile.TemporaryDirectory(prefix="bench-long-post-") as folder:
        announcements_path, posts_path = Path(folder) / "announcements.json", Path(folder) / "posts.jsonl"
        announcements_path.write_text(json.dumps(announcements))
        rows = [long_post(rng, maker, announcements, n, args.questions, args.size) for n in range(args.posts)]
        posts_path.write_text("".join(json.dumps(row) + "\n" for row in rows))
        ordinary_path = Path(folder) / "ordinary.jsonl"
        ordinary_path.write_text("".join(json.dumps(row) + "\n" for row in ordinary))
        average = sum(len(row["text"]) for row in rows) / len(rows)
        trees = (("old", args.old.resolve()), ("new", new))
        # the timed runs twice, old and new in turn, the faster of each kept: other work on the
        # machine slows one run, not both
        timed = [(name, run_tree(tree, announcements_path, posts_path, "time", ordinary_path))
                 for _ in range(2) for name, tree in trees]
        results = {(name, "memory"): run_tree(tree, announcements_path, posts_path, "memory", ordinary_path)
                   for name, tree in trees}
        for name, _tree in trees:
            runs = [run for who, run in timed if who == name]
            results[name, "time"] = {**runs[0], "seconds": min(r["seconds"] for r in runs),
                                     "ordinary_seconds": min(r["ordinary_seconds"] for r in runs),
                                     "same": all(r["found"] == runs[0]["found"] for r in runs)}
    same = results["old", "time"]["found"] == results["new", "time"]["found"] and all(
        results[name, "time"]["same"] for name in ("old", "new"))
    matched = sum(len(v) for v in results["new", "time"]["found"].values())
    old_t, new_t = results["old", "time"]["seconds"], results["new", "time"]["seconds"]
    old_o, new_o = results["old", "time"]["ordinary_seconds"], results["new", "time"]["ordinary_seconds"]
    old_m, new_m = results["old", "memory"], results["new", "memory"]
    lines = [
        f"{args.posts} posts of {args.questions} questions ({average / 1000:.0f} KB each) against "
        f"{args.announcements} announcements; old {args.old}, new {new}",
        "",
        "| | old | new | new/old |",
        "|---|---|---|---|",
        f"| deciding, CPU s | {old_t:.2f} | {new_t:.2f} | {new_t / old_t:.3f} |",
        f"| per post, s | {old_t / args.posts:.3f} | {new_t / args.posts:.3f} | |",
        f"| {args.ordinary} ordinary posts after them, CPU s | {old_o:.2f} | {new_o:.2f} | {new_o / old_o:.3f} |",
        f"| peak while deciding, MB (tracemalloc) | {old_m['peak_mb']:.1f} | {new_m['peak_mb']:.1f} | "
        f"{new_m['peak_mb'] / old_m['peak_mb']:.3f} |",
        f"| still held after the last post, MB | {old_m['retained_mb']:.2f} | {new_m['retained_mb']:.2f} | "
        f"{new_m['retained_mb'] / max(old_m['retained_mb'], 1e-9):.3f} |",
        "",
        f"same decisions: {'yes' if same else 'NO'} ({matched} matches)",
    ]
    report = "\n".join(lines)
    print(report)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(f"# Long posts, old and new\n\n    python bench/bench_long_post.py --old {args.old}\n\n"
                               + report + "\n")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
