"""Fixtures for the foundation tests: a registry on disk and a CLI runner bound to a tmp database."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crawler.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


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


@pytest.fixture
def registry_file() -> Path:
    return FIXTURES / "registry.yaml"


def file_digest(path: Path) -> str:
    """Digest of the database and its WAL, to show a failed command changed nothing."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(str(path) + suffix)
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()
