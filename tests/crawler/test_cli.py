from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from crawler import __version__
from crawler.cli import cli


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command, the lazily loaded ones included (``group.commands`` holds only those
    loaded so far: the list depended on which tests ran before)."""
    found = []
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
    return found


def test_contract_commands_exist() -> None:
    names = {" ".join(c) for c in _commands(cli)}
    assert {"init", "registry load", "registry show", "crawl", "import posts", "import announcements",
            "match", "report", "dump", "daemon", "demo"} <= names


@pytest.mark.parametrize("command", _commands(cli), ids=" ".join)
def test_every_command_has_help_with_example(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_version() -> None:
    assert __version__ in CliRunner().invoke(cli, ["--version"]).output


def test_db_from_environment_and_after_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIMWATCH_DB", str(tmp_path / "env.db"))
    assert CliRunner().invoke(cli, ["init"]).exit_code == 0
    assert (tmp_path / "env.db").exists()
    assert CliRunner().invoke(cli, ["init", "--db", str(tmp_path / "after.db")]).exit_code == 0
    assert (tmp_path / "after.db").exists()


def test_init_reports_counts(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "init"])
    assert result.exit_code == 0 and "schema version" in result.output and "0 posts" in result.output


def test_python_dash_m_and_user_error_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kims:\n  - id: kim-a\n")
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "--db", str(tmp_path / "k.db"), "registry", "load", str(bad)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "KIMWATCH_DB": ""},
    )
    assert result.returncode == 1
    assert "field 'name': is required" in result.stderr
    assert "Traceback" not in result.stderr
