"""The report outputs kept byte for byte: which store, which ``kimwatch report`` arguments.

``tests/report/golden/<case>.txt`` holds what main's code (commit 01c5d57, before the report
was streamed) wrote for each case; ``test_golden.py`` runs today's code on the same store and
compares. Only the time of generation and the version are blanked (:func:`normalize`).

Regenerate (only when an output is *meant* to change, and say so in the commit):

    .venv/bin/python -m tests.report.golden_cases
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from tests.report.known_store import build_known_store
from tests.report.province_store import build_province_store

GOLDEN = Path(__file__).parent / "golden"
WINDOW = ["--days", "30", "--until", "2024-10-31"]

CASES: dict[str, tuple[str, list[str]]] = {
    # name: (store, arguments after `report`); main wrote every list, so JSON and CSV need --lists now
    "known-json": ("known", ["--format", "json", "--weeks", "4"]),
    "known-json-min2": ("known", ["--format", "json", "--min-amplifications", "2", "--target", "30%"]),
    "known-json-region": ("known", ["--format", "json", "--region", "Banjarmasin"]),
    "known-csv-kims": ("known", ["--format", "csv"]),
    "known-csv-regions": ("known", ["--format", "csv", "--csv-table", "regions"]),
    "known-csv-announcements": ("known", ["--format", "csv", "--csv-table", "announcements"]),
    "known-csv-summary": ("known", ["--format", "csv", "--csv-table", "summary"]),
    "known-csv-trend": ("known", ["--format", "csv", "--csv-table", "trend"]),
    "known-html-id": ("known", ["--format", "html"]),
    "known-html-en": ("known", ["--format", "html", "--lang", "en", "--weeks", "3"]),
    "known-html-region": ("known", ["--format", "html", "--region", "Kabupaten Tapin"]),
    "known-table-en": ("known", ["--format", "table"]),
    "known-table-id": ("known", ["--format", "table", "--lang", "id"]),
    "known-kim-json": ("known", ["--kim", "kim-a", "--format", "json"]),
    "known-kim-html": ("known", ["--kim", "kim-f", "--format", "html"]),
    "known-kim-table": ("known", ["--kim", "kim-c"]),
    "province-json": ("province", ["--format", "json"]),
    "province-json-personal": ("province", ["--format", "json", "--keep-personal-data", "--weeks", "10"]),
    "province-json-region": ("province", ["--format", "json", "--region", "HSS"]),
    "province-csv-kims": ("province", ["--format", "csv"]),
    "province-csv-announcements": ("province", ["--format", "csv", "--csv-table", "announcements"]),
    "province-csv-regions": ("province", ["--format", "csv", "--csv-table", "regions"]),
    "province-html-id": ("province", ["--format", "html"]),
    "province-html-en-region": ("province", ["--format", "html", "--lang", "en", "--region", "Kota Banjarmasin"]),
    "province-table-en": ("province", ["--format", "table"]),
    "province-kim-json": ("province", ["--kim", "kim-03", "--format", "json"]),
}

BUILDERS = {"known": build_known_store, "province": build_province_store}

_VOLATILE = [
    (re.compile(r'("generated_at": )"[^"]*"'), r'\1"GENERATED"'),
    (re.compile(r'("kimwatch_version": )"[^"]*"'), r'\1"VERSION"'),
    (re.compile(r"(?m)^generated_at,.*$"), "generated_at,GENERATED"),
    (re.compile(r"(Generated|Dibuat): [0-9 :-]+ WITA ·\s*kimwatch [^<]*<"), r"\1: GENERATED WITA · kimwatch VERSION<"),
]


def normalize(text: str) -> str:
    """``text`` with the time of generation and kimwatch's version blanked."""
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def build_store(name: str, folder: Path) -> Path:
    """The store of a case, built in ``folder`` (once per name)."""
    path = folder / f"{name}.db"
    if not path.exists():
        BUILDERS[name](path).conn.close()
    return path


def run_report(db: Path, args: list[str]) -> str:
    """``kimwatch --db DB report WINDOW ARGS`` in-process; its standard output."""
    from crawler.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(db), "report", *WINDOW, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for case, (name, args) in CASES.items():
            text = normalize(run_report(build_store(name, Path(tmp)), args))
            (GOLDEN / f"{case}.txt").write_text(text, encoding="utf-8")
            print(f"{case}: {len(text):,} characters", file=sys.stderr)


if __name__ == "__main__":
    main()
