"""Fixtures every test area shares: the loopback web farm, a store path and the in-process CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crawler.cli import cli
from tests.farm import Farm


@pytest.fixture(scope="session")
def farm_server() -> Iterator[Farm]:
    """One farm for the whole session (127.0.0.1 and 127.0.0.2 at a free port)."""
    farm = Farm().start()
    yield farm
    farm.stop()


@pytest.fixture
def farm(farm_server: Farm) -> Iterator[Farm]:
    """The farm with an empty request log and fresh site state for this test."""
    farm_server.reset_log()
    farm_server.reset_state()
    yield farm_server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kimwatch.db"


@pytest.fixture
def kimwatch(db_path: Path) -> Callable[..., Result]:
    """Run ``kimwatch --db <tmp> ARGS`` in-process; returns click's Result."""
    runner = CliRunner()

    def run(*args: str, expect: int | None = 0) -> Result:
        result = runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, result.output
        return result

    return run
