"""Read-only commands on a missing or read-only database, and output paths that cannot be written:
one clear line and a non-zero exit, never a traceback, never an empty database created."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.full_disk import kimwatch_command, run_on_full_disk
from tests.report.known_store import build_known_store

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


@pytest.mark.parametrize("command", [["report"], ["report", "--format", "json"], ["registry", "show"],
                                     ["dump", "DIR"]])
def test_missing_database_is_an_error_and_not_created(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "typo.db"
    args = [str(tmp_path / "dump") if a == "DIR" else a for a in command]
    code, out = _run("--db", str(typo), *args)
    assert code != 0
    assert f"no database at {typo}; run `kimwatch init` or `kimwatch registry load" in out
    assert not typo.exists() and not Path(f"{typo}-wal").exists() and not (tmp_path / "dump").exists()


def test_writing_commands_still_create_the_database(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    assert _run("--db", str(fresh), "init")[0] == 0 and fresh.is_file()


@pytest.mark.parametrize("where", ["file/x.html", "adir", "/proc/kimwatch-test/x.json", "/proc/x.json"])
def test_report_output_that_cannot_be_written(db_file: str, tmp_path: Path, where: str) -> None:
    (tmp_path / "file").write_text("not a directory")
    (tmp_path / "adir").mkdir()
    target = where if where.startswith("/") else str(tmp_path / where)
    code, out = _run("--db", db_file, "report", "--until", "2024-10-31", "-o", target)
    assert code != 0, out
    assert target in out and "Error" in out, out


@pytest.mark.parametrize("where", ["file/dump", "/proc/kimwatch-test-dump"])
def test_dump_directory_that_cannot_be_written(db_file: str, tmp_path: Path, where: str) -> None:
    (tmp_path / "file").write_text("not a directory")
    target = where if where.startswith("/") else str(tmp_path / where)
    code, out = _run("--db", db_file, "dump", target)
    assert code != 0, out
    assert target in out and "cannot" in out, out


def test_report_output_creates_missing_directories(db_file: str, tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "r.json"
    code, out = _run("--db", db_file, "report", "--until", "2024-10-31", "--format", "json", "-o", str(target))
    assert code == 0, out
    assert json.loads(target.read_text())["kims_active"] == 3
    assert "missing parent directories are created" in " ".join(_run("report", "--help")[1].split())


@pytest.fixture
def read_only_store() -> Iterator[Path]:
    """The known store in a directory and file this test's kimwatch process cannot write.

    As root (which ignores file modes) kimwatch runs as `nobody` through setpriv."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot drop the right to write")
    directory = Path(tempfile.mkdtemp(prefix="kimwatch-ro-", dir="/tmp"))
    try:
        build_known_store(directory / "known.db").conn.close()
        for leftover in ("known.db-wal", "known.db-shm"):
            assert not (directory / leftover).exists()
        (directory / "known.db").chmod(0o444)
        directory.chmod(0o555)
        yield directory / "known.db"
    finally:
        directory.chmod(0o755)
        shutil.rmtree(directory)


def _run_unprivileged(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "crawler", *args]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(cwd)}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_read_only_database_is_read(read_only_store: Path, tmp_path: Path) -> None:
    cwd = Path(tempfile.mkdtemp(prefix="kimwatch-cwd-", dir="/tmp"))
    cwd.chmod(0o777)
    try:
        before = read_only_store.read_bytes()
        done = _run_unprivileged("--db", str(read_only_store), "report", "--until", "2024-10-31",
                                 "--format", "json", cwd=cwd)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["kims_active"] == 3
        done = _run_unprivileged("--db", str(read_only_store), "registry", "show", cwd=cwd)
        assert done.returncode == 0, done.stderr
        assert "kim-a" in done.stdout
        done = _run_unprivileged("--db", str(read_only_store), "dump", str(cwd / "dump"), cwd=cwd)
        assert done.returncode == 0, done.stderr
        assert (cwd / "dump" / "kimwatch.db").is_file()
        assert read_only_store.read_bytes() == before
        assert sorted(p.name for p in read_only_store.parent.iterdir()) == ["known.db"]
        # a command that writes says so clearly
        done = _run_unprivileged("--db", str(read_only_store), "init", cwd=cwd)
        assert done.returncode != 0 and "Traceback" not in done.stderr
    finally:
        shutil.rmtree(cwd)


@pytest.mark.parametrize("args", [["--format", "json"], ["--format", "table"], ["--format", "csv"],
                                  ["--format", "html"], ["--kim", "kim-a"]])
def test_report_to_a_standard_output_that_cannot_take_it(db_file: str, args: list[str]) -> None:
    """``> /dev/full``: every write fails with ENOSPC, as on a full disk."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run([sys.executable, "-m", "crawler", "--db", db_file, "report", "--until", "2024-10-31",
                               *args], stdout=full, stderr=subprocess.PIPE, text=True, cwd=REPO, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert done.stderr.startswith("Error: cannot write the report to standard output: No space left on device")


@pytest.mark.parametrize("fmt", ["html", "json"])
def test_report_output_on_a_full_disk_keeps_the_previous_report(db_file: str, tmp_path: Path, fmt: str) -> None:
    """A real full disk (tests/full_disk.py): the report is written beside the old one and renamed, so
    the old one stays whole and no partial file is left."""
    seed = tmp_path / "seed"
    seed.mkdir()
    old = f"the report of yesterday, complete ({fmt})\n" * 10
    (seed / f"report.{fmt}").write_text(old, encoding="utf-8")
    done, disk, after = run_on_full_disk(tmp_path, seed, kimwatch_command(
        "--db", db_file, "report", "--until", "2024-10-31", "--days", "60", "--format", fmt,
        "--output", f"{{disk}}/report.{fmt}"), free=8192)
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert f"cannot write the report to '{disk}/report.{fmt}': No space left on device" in done.stderr
    assert sorted(p.name for p in after.iterdir()) == [f"report.{fmt}"]
    assert (after / f"report.{fmt}").read_text(encoding="utf-8") == old
