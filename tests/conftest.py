"""Fixtures every test area shares: the loopback web farm."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
