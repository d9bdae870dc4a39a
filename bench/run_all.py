"""Run every benchmark in turn, then rebuild bench/RESULTS.md (``make bench``).

The matcher quality figures need a labelled set: pass the development set's directory as the
first argument (e.g. ``python bench/run_all.py ../shared/eval/dev``); without it the bundled
held-out sets are scored.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHES = ["bench_import.py", "bench_report.py", "bench_extract.py", "bench_match.py", "bench_crawl.py",
           "bench_daemon.py", "bench_pdf.py"]


def main() -> int:
    failed = []
    for script in BENCHES:
        print(f"== {script}", flush=True)
        if subprocess.run([sys.executable, str(HERE / script)], check=False).returncode:
            failed.append(script)
    sets = sys.argv[1:] or [str(p.parent) for p in sorted(HERE.glob("heldout*/posts.jsonl"))]
    for labelled in sets:
        print(f"== eval_match.py {labelled}", flush=True)
        subprocess.run([sys.executable, str(HERE / "eval_match.py"), labelled], check=False)
    subprocess.run([sys.executable, str(HERE / "collect.py")], check=True)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
