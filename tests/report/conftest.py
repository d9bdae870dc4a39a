"""Fixtures of the report tests: a store with known KIMs, posts and amplifications."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report.known_store import build_known_store


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    """The path of a fresh store built by :func:`build_known_store`."""
    path = tmp_path / "known.db"
    build_known_store(path).conn.close()
    return str(path)
