"""Score the matcher on a labelled set: P/R/F1 overall and per style, FPs on negative styles.

    python bench/eval_match.py DIR [--threshold T] [--predictions FILE] [--sweep] [--margins] [--db PATH]

DIR holds ``announcements.jsonl``, ``posts.jsonl``, ``labels.jsonl`` and ``kims.yaml`` (the
format of the development set). The set is loaded into a fresh store **through the public
commands** (``kimwatch registry load``, ``import announcements``, ``import posts``,
``match``), exactly as a user would; a registry is generated from ``kims.yaml`` plus one
source per distinct ``source`` id of the announcements. Predictions are written in the
scorer's format (``{"post": ..., "announcements": [...]}`` per line).

``--sweep`` re-runs ``kimwatch match --rebuild --threshold T`` over a range of thresholds
and prints the figures on two halves of the posts (split by a hash of the post id), so a
threshold chosen on one half can be checked on the other.

Precision and recall count the matches that count in the KPI (not ``uncertain``); the
uncertain share and the set's active-KIM count (predicted against the truth) follow the table.

``--margins`` prints the lowest score of a right text pair and the highest score of a wrong
pair (the gap a threshold has to fall into), with the five closest of each: a change that
widens the gap makes the matcher more robust on unseen data than one that moves the threshold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.cli import cli  # noqa: E402

AMPLIFYING = ("copy", "excerpt", "summary", "paraphrase", "link", "roundup")
NEGATIVE = ("negative-topic", "negative-unrelated", "before")


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"kimwatch {' '.join(args)} failed ({result.exit_code}):\n{result.output}")
    return result.output


def load(directory: Path, db: Path, work: Path) -> None:
    kims = yaml.safe_load((directory / "kims.yaml").read_text(encoding="utf-8"))
    sources = sorted({json.loads(line)["source"]
                      for line in (directory / "announcements.jsonl").read_text(encoding="utf-8").splitlines()
                      if line.strip()})
    registry = {"kims": kims.get("kims", []),
                "sources": [{"id": s, "name": s.replace("-", " ").title(),
                             "region": "Provinsi Kalimantan Selatan"} for s in sources]}
    path = work / "registry.yaml"
    path.write_text(yaml.safe_dump(registry, allow_unicode=True, sort_keys=False), encoding="utf-8")
    run(db, "registry", "load", str(path))
    run(db, "import", "announcements", str(directory / "announcements.jsonl"))
    run(db, "import", "posts", str(directory / "posts.jsonl"))
    run(db, "match")


def predictions(db: Path, status: str = "counted") -> dict[str, set[str]]:
    """The matches that count in the KPI (``counted``: not rejected, not uncertain), or the
    ``uncertain`` ones (close to the threshold, waiting for review)."""
    where = "status = 'uncertain'" if status == "uncertain" else "status NOT IN ('rejected', 'uncertain')"
    conn = sqlite3.connect(str(db))
    found: dict[str, set[str]] = defaultdict(set)
    for post_id, announcement_id in conn.execute(
            f"SELECT post_id, announcement_id FROM amplifications WHERE {where}"):  # noqa: S608
        found[post_id].add(announcement_id)
    conn.close()
    return found


def active_kims(directory: Path, labels: list[dict], predicted: dict[str, set[str]]) -> str:
    """The set's active-KIM count (KIMs with at least one amplification), predicted against
    the truth, with the KIMs counted wrongly either way: the figure the office reports."""
    kim_of = {}
    for line in (directory / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            kim_of[record["id"]] = record.get("kim") or record.get("kim_id")
    gold = {kim_of.get(label["post"]) for label in labels if label["announcements"]}
    got = {kim_of.get(post) for post, found in predicted.items() if found}
    gold.discard(None)
    got.discard(None)
    kims = yaml.safe_load((directory / "kims.yaml").read_text(encoding="utf-8")).get("kims", [])
    line = f"active KIMs: predicted {len(got)}, true {len(gold)} (of {len(kims)} registered)"
    if got - gold:
        line += "; false active: " + ", ".join(sorted(str(k) for k in got - gold))
    if gold - got:
        line += "; missed active: " + ", ".join(sorted(str(k) for k in gold - got))
    return line


def uncertain_share(predicted: dict[str, set[str]], uncertain: dict[str, set[str]], labels: list[dict]) -> str:
    gold = {label["post"]: set(label["announcements"]) for label in labels}
    total = sum(len(v) for v in predicted.values()) + sum(len(v) for v in uncertain.values())
    count = sum(len(v) for v in uncertain.values())
    right = sum(len(v & gold.get(post, set())) for post, v in uncertain.items())
    share = count / total if total else 0.0
    return f"uncertain: {count} of {total} matches ({share:.1%}), {right} of them right"


def half(post_id: str) -> str:
    return "A" if int(hashlib.sha1(post_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def score(labels: list[dict], predicted: dict[str, set[str]], only: str | None = None) -> dict[str, list[int]]:
    """tp, fp, fn, posts with any false positive, posts — per style and ALL."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for label in labels:
        if only and half(label["post"]) != only:
            continue
        gold = set(label["announcements"])
        got = predicted.get(label["post"], set())
        for key in (label["style"], "ALL"):
            row = table[key]
            row[0] += len(got & gold)
            row[1] += len(got - gold)
            row[2] += len(gold - got)
            row[3] += 1 if got - gold else 0
            row[4] += 1
    return table


def margins(db: Path, labels: list[dict], show: int = 5, pairs: Path | None = None) -> str:
    """The margin of the text scorer: the lowest score of a right text pair against the
    highest score of a wrong pair, both from ``decide`` at threshold 0 (the greedy order is
    the same at any threshold, so a pair is accepted at θ exactly when its score here ≥ θ).
    Pairs decided by link only are left out; a gold pair never scored counts 0. ``pairs``: a
    file to write every scored pair to (score, post, announcement, right/wrong, style,
    contradictions; tab-separated, sorted), to compare two versions of the matcher pair by pair."""
    import sqlite_utils

    from crawler.matching.config import MatchConfig
    from crawler.matching.decisions import decide
    from crawler.matching.documents import post_doc
    from crawler.matching.passes import _rows, load_index

    style = {label["post"]: label["style"] for label in labels}
    gold = {label["post"]: set(label["announcements"]) for label in labels}
    store = sqlite_utils.Database(str(db))
    index = load_index(store)
    config = MatchConfig(threshold=0.0)
    right: list[tuple[float, str, str, str]] = []
    wrong: list[tuple[float, str, str, str]] = []
    rows: list[str] = []
    for row in _rows(store, list(gold)):
        post = post_doc(row)
        scored = {d.announcement_id: d for d in decide(index, post, config)}
        for aid, d in scored.items():
            if d.method == "link" and "text_kind" not in d.evidence:
                continue
            score = d.evidence.get("text_score", d.score)
            (right if aid in gold[post.id] else wrong).append((score, post.id, aid, style[post.id]))
            rows.append(f"{post.id}\t{aid}\t{score:.3f}\t{'right' if aid in gold[post.id] else 'wrong'}\t"
                        f"{style[post.id]}\t{','.join(d.evidence.get('contradictions', []))}")
        for aid in gold[post.id] - set(scored):
            if style[post.id] != "link":
                right.append((0.0, post.id, aid, style[post.id]))
    if pairs is not None:
        pairs.write_text("".join(f"{row}\n" for row in sorted(rows)), encoding="utf-8")
    right.sort()
    wrong.sort(reverse=True)
    low = right[0][0] if right else 1.0
    high = wrong[0][0] if wrong else 0.0
    lines = [f"margin: lowest right text pair {low:.3f}, highest wrong pair {high:.3f}, gap {low - high:+.3f}"]
    lines += [f"  right {s:.3f} {p} {a} ({st})" for s, p, a, st in right[:show]]
    lines += [f"  wrong {s:.3f} {p} {a} ({st})" for s, p, a, st in wrong[:show]]
    return "\n".join(lines)


def prf(row: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = row[:3]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(table: dict[str, list[int]]) -> str:
    lines = ["| style | posts | P | R | F1 | FP pairs | posts with FP |", "|---|---:|---:|---:|---:|---:|---:|"]
    for style in ("ALL", *AMPLIFYING, *NEGATIVE):
        if style not in table:
            continue
        row = table[style]
        p, r, f = prf(row)
        if style in NEGATIVE:
            lines.append(f"| {style} | {row[4]} | – | – | – | {row[1]} | {row[3]} ({row[3] / row[4]:.1%}) |")
        else:
            lines.append(f"| {style} | {row[4]} | {p:.3f} | {r:.3f} | {f:.3f} | {row[1]} | {row[3]} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path, help="labelled set (announcements/posts/labels jsonl, kims.yaml)")
    parser.add_argument("--threshold", type=float, default=None, help="text threshold (default: the matcher's)")
    parser.add_argument("--predictions", type=Path, default=None,
                        help="where to write predictions (default: DIR-less temp file, path printed)")
    parser.add_argument("--sweep", action="store_true", help="whether to sweep thresholds on two halves")
    parser.add_argument("--margins", action="store_true",
                        help="whether to print the lowest right and highest wrong text pair scores")
    parser.add_argument("--pairs", type=Path, default=None,
                        help="with --margins: file to write every scored pair to (to compare two matchers)")
    parser.add_argument("--db", type=Path, default=None, help="store to build (default: a temp file)")
    args = parser.parse_args(argv)
    directory: Path = args.directory
    labels = [json.loads(line) for line in (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    with tempfile.TemporaryDirectory(prefix="kimwatch-eval-") as tmp:
        work = Path(tmp)
        db = args.db or work / "eval.db"
        if db.exists():
            db.unlink()
        load(directory, db, work)
        if args.threshold is not None:
            run(db, "match", "--rebuild", "--threshold", str(args.threshold))
        predicted = predictions(db)
        out = args.predictions or Path(tempfile.gettempdir()) / "kimwatch-eval-predictions.jsonl"
        with out.open("w", encoding="utf-8") as handle:
            for label in labels:
                handle.write(json.dumps({"post": label["post"],
                                         "announcements": sorted(predicted.get(label["post"], ()))}) + "\n")
        print(f"{directory}: {len(labels)} posts, threshold "
              f"{args.threshold if args.threshold is not None else 'default'}; predictions in {out}\n")
        print(report(score(labels, predicted)))
        print("\n" + active_kims(directory, labels, predicted))
        print(uncertain_share(predicted, predictions(db, "uncertain"), labels))
        for name in ("A", "B"):
            p, r, f = prf(score(labels, predicted, name)["ALL"])
            print(f"\nhalf {name}: P={p:.3f} R={r:.3f} F1={f:.3f}", end="")
        print()
        if args.margins:
            print("\n" + margins(db, labels, pairs=args.pairs))
        if args.sweep:
            print("\n| threshold | half A P | half A R | half A F1 | half B P | half B R | half B F1 |")
            print("|---:|---:|---:|---:|---:|---:|---:|")
            for step in range(30, 75, 5):
                threshold = step / 100
                run(db, "match", "--rebuild", "--threshold", str(threshold))
                got = predictions(db)
                cells = []
                for name in ("A", "B"):
                    cells.extend(f"{v:.3f}" for v in prf(score(labels, got, name)["ALL"]))
                print(f"| {threshold:.2f} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
