"""robots.txt and each host's last delay kept between crawls (spiders/robots.py)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from spiders.robots import RobotsCache, cache_path
from tests.crawl.conftest import crawl_env, good_channels, make_store, run_kimwatch
from tests.farm import ROBOTS_HOST, Farm

PATHS = ["/private/feed/", "/public/feed/", "/public/feed2/"]


def robots_store(tmp_path: Path, farm: Farm) -> Path:
    channels = [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": farm.url(p, host=ROBOTS_HOST)}
                for p in PATHS]
    return make_store(tmp_path / "k.db", channels)


def crawl(db: Path, farm: Farm, **env: str) -> None:
    farm.reset_log()
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm, **env))
    assert result.returncode == 0, result.stderr


def test_a_second_crawl_uses_the_stored_robots_txt_rules_and_crawl_delay(tmp_path: Path, farm: Farm) -> None:
    db = robots_store(tmp_path, farm)
    crawl(db, farm)
    assert len(farm.requests_to("/robots.txt", host=ROBOTS_HOST)) == 1
    assert cache_path(db) == tmp_path / "k.robots.db" and cache_path(db).exists()
    crawl(db, farm)
    assert farm.requests_to("/robots.txt", host=ROBOTS_HOST) == []  # kept from the crawl before
    paths = farm.paths(host=ROBOTS_HOST)
    assert sorted(paths) == ["/public/feed/", "/public/feed2/"]  # Disallow: /private/ still obeyed
    times = sorted(r.time for r in farm.requests if r.host == ROBOTS_HOST)
    assert times[1] - times[0] >= 0.7  # its Crawl-delay: 1 too (without it: both at once)
    conn = sqlite3.connect(db)
    health = dict(conn.execute("SELECT url, last_status FROM channels").fetchall())
    assert health[farm.url("/private/feed/", host=ROBOTS_HOST)] == "robots"


def test_robots_txt_older_than_the_cache_hours_or_with_the_cache_off_is_fetched_again(tmp_path: Path, farm: Farm) -> None:
    db = robots_store(tmp_path, farm)
    crawl(db, farm, KIMWATCH_ROBOTSTXT_CACHE_HOURS="0")
    crawl(db, farm, KIMWATCH_ROBOTSTXT_CACHE_HOURS="0")
    assert len(farm.requests_to("/robots.txt", host=ROBOTS_HOST)) == 1
    assert not cache_path(db).exists()
    crawl(db, farm)
    with sqlite3.connect(cache_path(db)) as conn:  # RFC 9309: 24 hours at most
        conn.execute("UPDATE robots SET fetched_at = ?", [time.time() - 25 * 3600])
    crawl(db, farm)
    assert len(farm.requests_to("/robots.txt", host=ROBOTS_HOST)) == 1
    assert not [p for p in farm.paths(host=ROBOTS_HOST) if p.startswith("/private/")]


def test_a_host_starts_at_the_delay_it_ended_the_last_crawl_with(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "k.db", [c for c in good_channels(farm) if c["type"] == "feed"])
    throttled = {"KIMWATCH_AUTOTHROTTLE_ENABLED": "true", "KIMWATCH_CONCURRENT_REQUESTS_PER_DOMAIN": "1"}
    crawl(db, farm, **throttled)
    host = farm.hosts[0]
    cache = RobotsCache(cache_path(db), 24 * 3600)
    assert farm.base() in cache.robots and cache.delays[host] < 1.0  # AutoThrottle's, down from 1 s
    crawl(db, farm, **throttled)
    times = sorted(r.time for r in farm.requests if r.host == host)
    # without the remembered delay the second request waits AutoThrottle's start delay (1 s)
    assert len(times) >= 3 and times[1] - times[0] < 0.8
    stale = RobotsCache(cache_path(db), 0.0)
    assert stale.robots == {} and stale.delays == {}
