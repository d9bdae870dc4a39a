"""Assemble ``bench/RESULTS.md`` from the per-area results in ``bench/results/*.md``.

Each benchmark writes its own file (so one can be re-run alone); this joins them in a fixed
order under one heading. Run by ``make bench`` after the benchmarks, or alone.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
ORDER = ["import", "crawl", "website", "matching", "report", "daemon"]
HEAD = """# Benchmark results

Measured on the development machine (2 cores, 24 GiB; other work was often running, so
absolute times vary by up to 2x between runs — every comparison below is made within one
run, as a ratio against a baseline measured side by side). Re-run with `make bench`, or one
area with `python bench/bench_<area>.py`; `python bench/collect.py` rebuilds this file.
"""


def main() -> None:
    parts = [HEAD]
    files = {p.stem: p for p in (HERE / "results").glob("*.md")}
    for name in ORDER + sorted(set(files) - set(ORDER)):
        if name in files:
            text = files[name].read_text(encoding="utf-8").strip()
            parts.append(f"<!-- from bench/results/{name}.md -->\n{text}\n")
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'} from {len(files)} result file(s)")


if __name__ == "__main__":
    main()
