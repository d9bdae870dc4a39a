"""Fixtures of the daemon tests: small stores, a stand-in child, a daemon under test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crawler import store

HERE = Path(__file__).parent
STANDIN = HERE / "standin_kimwatch.py"
REPO = HERE.parent.parent


def make_store(path: Path, *, source_url: str = "http://127.0.0.1:9/src/feed",
               kim_url: str = "http://127.0.0.1:9/kim/feed") -> Path:
    """A store with one government source and one KIM, each with a crawlable feed channel."""
    db = store.connect(path)
    store.save_sources(db, [{"id": "diskominfo-test", "name": "Diskominfo Test", "region": "Kota Banjarmasin"}])
    store.save_kims(db, [{"id": "kim-test", "name": "KIM Test", "region": "Kota Banjarmasin"}])
    store.save_channels(db, [
        {"owner_kind": "source", "owner_id": "diskominfo-test", "type": "feed", "url": source_url},
        {"owner_kind": "kim", "owner_id": "kim-test", "type": "feed", "url": kim_url},
    ])
    db.conn.close()
    return path


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    return make_store(tmp_path / "kimwatch.db")


@pytest.fixture
def standin_prefix() -> list[str]:
    """Child command prefix that runs the stand-in instead of ``python -m crawler``."""
    return [sys.executable, str(STANDIN)]
