"""Command modules load lazily (issue 16): `kimwatch --help` lists every command without importing
any command module, a command's module is imported when it runs, and the help shown from the
lazy table is the help the commands themselves give."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from crawler.cli import LAZY_COMMANDS, LAZY_IMPORT_COMMANDS, LazyGroup, cli, import_group

REPO = Path(__file__).resolve().parents[2]
COMMAND_MODULES = sorted({module for module, _, _ in [*LAZY_COMMANDS.values(), *LAZY_IMPORT_COMMANDS.values()]})


def _loaded_after(code: str) -> set[str]:
    """The ``crawler`` modules a fresh interpreter has loaded after running ``code``."""
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('crawler'))))"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                         check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


@pytest.mark.parametrize(("table", "group"), [(LAZY_COMMANDS, cli), (LAZY_IMPORT_COMMANDS, import_group)])
def test_the_table_says_what_each_command_says(table: dict[str, tuple[str, str, str]], group: click.Group) -> None:
    for name, (module, attribute, sentence) in table.items():
        command = getattr(importlib.import_module(module), attribute)
        assert command.name == name and not command.hidden
        for limit in range(12, 120):  # every width click may shorten it to
            assert LazyGroup.shortened(sentence, limit) == command.get_short_help_str(limit), (name, limit)
        assert group.get_command(click.Context(group), name) is command


def test_help_lists_every_command_like_the_commands_without_importing_them() -> None:
    code = ("from click.testing import CliRunner\nfrom crawler.cli import cli\n"
            "result = CliRunner().invoke(cli, ['--help'], terminal_width=100)\n"
            "assert result.exit_code == 0, result.output\nopen(HELP, 'w').write(result.output)")
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "help.txt"
        loaded = _loaded_after(f"HELP = {str(path)!r}\n" + code)
        lazy = path.read_text()
    assert not loaded & set(COMMAND_MODULES), loaded & set(COMMAND_MODULES)
    # here, with every command loaded: what click itself writes from the commands
    for name in LAZY_COMMANDS:
        assert cli.get_command(click.Context(cli), name) is not None
    assert set(LAZY_COMMANDS) <= set(cli.commands)
    eager = CliRunner().invoke(cli, ["--help"], terminal_width=100).output
    assert lazy == eager
    for name in [*LAZY_COMMANDS, "init", "registry", "import"]:
        assert f"\n  {name} " in lazy


def test_a_command_loads_only_its_own_module() -> None:
    loaded = _loaded_after("from crawler.cli import cli\nimport click\n"
                           "assert cli.get_command(click.Context(cli), 'crawl') is not None")
    assert "crawler.cli.crawl" in loaded
    assert not loaded & (set(COMMAND_MODULES) - {"crawler.cli.crawl"})
    # what a re-crawl that stays in the revalidation pass does not need
    assert not {m for m in loaded if m.startswith(("crawler.matching", "crawler.selfreport", "crawler.daemon.service"))}
    assert "crawler.imports" not in loaded and "crawler.registry" not in loaded


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_each_lazy_command_runs_its_help(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"], prog_name="kimwatch")
    assert result.exit_code == 0, result.output
    assert f"Usage: kimwatch {name} " in result.output and "Example:" in result.output


def test_import_reports_is_still_a_subcommand_of_import(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["import", "reports", "--help"], prog_name="kimwatch")
    assert result.exit_code == 0 and "Usage: kimwatch import reports" in result.output
    missing = CliRunner().invoke(cli, ["import", "nothing"])
    assert missing.exit_code == 2 and "No such command 'nothing'" in missing.output
