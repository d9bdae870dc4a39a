"""Whole crawls of the hostile and broken channels outside tester "o" met (session 10), against
the loopback farm (tests/farm/sites/outside_o.py), with the real `kimwatch crawl` in a child process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.crawl.conftest import crawl_env, make_store, run_kimwatch
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.outside_o import LONG_ROBOTS_BYTES, LONG_ROBOTS_HOST, OUTSIDE_O_HOSTS
from tests.spiders.test_outside_sites import query


@pytest.fixture(scope="module")
def o_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE_O_HOSTS)).start()
    yield farm
    farm.stop()


def _crawl(db_path: Path, farm: Farm, **env: str) -> Any:
    done = run_kimwatch(db_path, "crawl", "--no-match", env=crawl_env(farm, **env), timeout=90)
    assert done.returncode in (0, 1), done.stderr[-4000:]
    return done


def _kim_store(tmp_path: Path, channels: list[tuple[str, str]]) -> Path:
    return make_store(tmp_path / "k.db", [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": t, "url": u}
                                          for t, u in channels])


def test_an_over_long_robots_txt_is_read_up_to_500_kib_and_obeyed(tmp_path: Path, o_farm: Farm) -> None:
    feed = o_farm.url("/feed/", host=LONG_ROBOTS_HOST)
    db_path = _kim_store(tmp_path, [("feed", feed)])
    maxsize = LONG_ROBOTS_BYTES // 2  # the robots.txt is longer than DOWNLOAD_MAXSIZE
    done = _crawl(db_path, o_farm, KIMWATCH_DOWNLOAD_MAXSIZE=str(maxsize), KIMWATCH_RETRY_TIMES="2")
    asked = [r.path for r in o_farm.requests if r.host == LONG_ROBOTS_HOST]
    assert asked == ["/robots.txt"], asked  # once, not retried; the feed it disallows not fetched
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel["last_status"] == "robots", channel
    assert query(db_path, "SELECT count(*) AS n FROM posts") == [{"n": 0}]
