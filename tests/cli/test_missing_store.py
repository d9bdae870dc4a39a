"""Stores are never created by accident (issue 15): commands that only read or update an existing
store refuse a missing database with exit 1, naming the path and how to create it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli

REGISTRY = Path(__file__).resolve().parents[1] / "crawler" / "fixtures" / "registry.yaml"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


@pytest.mark.parametrize("command", [["crawl"], ["crawl", "--type", "feed"], ["match"], ["match", "--rebuild"],
                                     ["review"], ["report"], ["registry", "show"], ["dump", "DIR"]])
def test_missing_database_is_refused_and_not_created(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "elsewhere" / "kimwatch.db"
    args = [str(tmp_path / "dump") if a == "DIR" else a for a in command]
    code, out = _run("--db", str(missing), *args)
    assert code == 1, out
    assert f"no database at {missing}" in out
    assert "kimwatch init" in out and "--db" in out
    assert not missing.exists() and not missing.parent.exists()


def test_missing_database_refused_when_given_after_the_command(tmp_path: Path) -> None:
    missing = tmp_path / "x.db"
    code, out = _run("crawl", "--db", str(missing))
    assert code == 1 and str(missing) in out and not missing.exists()


def test_registry_load_dry_run_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "data" / "kimwatch.db"
    code, out = _run("--db", str(missing), "registry", "load", str(REGISTRY), "--dry-run")
    assert code == 0, out
    assert "dry run, nothing stored" in out and " new" in out
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize("command", [["init"], ["registry", "load", str(REGISTRY)]])
def test_creating_commands_still_create(tmp_path: Path, command: list[str]) -> None:
    fresh = tmp_path / "fresh.db"
    code, out = _run("--db", str(fresh), *command)
    assert code == 0, out
    assert fresh.is_file()


def test_crawl_and_match_work_on_an_existing_empty_store(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    assert _run("--db", str(db), "init")[0] == 0
    code, out = _run("--db", str(db), "match")
    assert code == 0, out


def test_cron_job_in_the_wrong_directory_fails_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's case: `kimwatch crawl` from a directory without data/kimwatch.db."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KIMWATCH_DB", raising=False)
    for command in (["crawl", "-q"], ["match"]):
        code, out = _run(*command)
        assert code == 1, out
        assert "no database at data/kimwatch.db" in out and f"(a relative path: from {tmp_path})" in out
    assert list(tmp_path.iterdir()) == []
