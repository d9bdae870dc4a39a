"""Fixtures for the foundation tests: a registry on disk and a CLI runner bound to a tmp database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


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
