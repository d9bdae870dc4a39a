"""Fuzzing the input commands (issue 13, item 5): over a thousand malformed registry and import
files, mutated from valid ones with a fixed seed, run through the real CLI against an existing
store. None may end in a traceback, and none that is rejected may change a row of the store.

A mutation may leave a file valid (a shuffled CSV, a flipped letter in a title): such a file is
loaded as it should be, counted as accepted, and the store put back before the next file.
``bench/fuzz_inputs.py`` runs the same with more files and another seed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.hostile.inputs_helpers import (
    VALID_ANNOUNCEMENTS_JSONL,
    VALID_POSTS_JSONL,
    VALID_REGISTRY,
    malformed_files,
    store_digest,
)

ROOT = Path(__file__).resolve().parents[2]
FILES = 1_050
SEED = 13


def make_store(directory: Path) -> Path:
    """A store with a registry, posts, announcements and matches: what the fuzzed files hit."""
    directory.mkdir(parents=True, exist_ok=True)
    db = directory / "kimwatch.db"
    for command, name, text in [(("registry", "load"), "r.yaml", VALID_REGISTRY),
                                (("import", "announcements"), "a.jsonl", VALID_ANNOUNCEMENTS_JSONL),
                                (("import", "posts"), "p.jsonl", VALID_POSTS_JSONL)]:
        (directory / name).write_text(text, encoding="utf-8")
        result = CliRunner().invoke(cli, ["--db", str(db), *command, str(directory / name)])
        assert result.exit_code == 0, result.output
    return db


def restore(db: Path, pristine: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, db)


def run_fuzz(workdir: Path, count: int, seed: int) -> dict[str, object]:
    """Run ``count`` malformed files through the CLI in-process; the figures of the run."""
    db = make_store(workdir / "store")
    pristine = workdir / "pristine.db"
    shutil.copyfile(db, pristine)
    digest = store_digest(db)
    figures: dict[str, object] = {"files": 0, "rejected": 0, "accepted": 0, "tracebacks": [], "store_changes": []}
    runner = CliRunner()
    for index, (command, name, data) in enumerate(malformed_files(count, seed)):
        path = workdir / f"{index:05d}-{name}"
        path.write_bytes(data)
        result = runner.invoke(cli, ["--db", str(db), *command, str(path)])
        figures["files"] = int(figures["files"]) + 1  # type: ignore[call-overload]
        crashed = (result.exception is not None and not isinstance(result.exception, SystemExit)) \
            or "Traceback" in result.output
        if crashed:
            figures["tracebacks"].append((path.name, repr(result.exception)))  # type: ignore[attr-defined]
        if result.exit_code == 0 and not crashed:
            figures["accepted"] = int(figures["accepted"]) + 1  # type: ignore[call-overload]
            restore(db, pristine)
        else:
            figures["rejected"] = int(figures["rejected"]) + 1  # type: ignore[call-overload]
            if store_digest(db) != digest:
                figures["store_changes"].append(path.name)  # type: ignore[attr-defined]
                restore(db, pristine)
            assert result.output.startswith("Error:") or crashed, result.output[:500]
        path.unlink()
    return figures


def test_a_thousand_malformed_files(tmp_path: Path) -> None:
    figures = run_fuzz(tmp_path, FILES, SEED)
    assert figures["files"] == FILES
    assert figures["tracebacks"] == []
    assert figures["store_changes"] == []
    # most mutations must break the file, or the fuzzing tests nothing
    assert int(figures["rejected"]) > 0.7 * FILES, figures  # type: ignore[call-overload]


@pytest.mark.parametrize("index", [0, 2, 3, 5, 8, 14, 22, 29])
def test_malformed_files_through_a_real_process(tmp_path: Path, index: int) -> None:
    """A few of the same files through `python -m crawler` in a subprocess: stderr is one
    paragraph, no traceback, and the exit code says so."""
    db = make_store(tmp_path / "store")
    digest = store_digest(db)
    command, name, data = malformed_files(index + 1, SEED)[index]
    path = tmp_path / name
    path.write_bytes(data)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "crawler", "--db", str(db), *command, str(path)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path, errors="replace")
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    if done.returncode != 0:
        assert done.returncode == 1 and done.stderr.startswith("Error:"), done.stderr[-2000:]
        assert store_digest(db) == digest
