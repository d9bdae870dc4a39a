"""Platform endpoints at their own rate (issue 16): many channels on one loopback host with a
YouTube-like path (``/feeds/videos.xml?channel_id=…``) are fetched at ``PLATFORM_RATES``'s pace,
and a 429 with Retry-After pauses and slows that pace.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from crawler import store
from crawler.errors import ConfigError
from spiders.politeness import platform_rates, retry_after_seconds
from tests.crawl.conftest import crawl_env, run_kimwatch
from tests.farm import Farm
from tests.hostile.web import Answer, Site, rss

HOST = "127.0.0.21"
CHANNELS = 40
PER_SECOND = 20


class Platform:
    """A platform-like feed endpoint: records when each feed request came; may answer 429 once."""

    def __init__(self, refuse_at: int | None = None, retry_after: str = "2") -> None:
        self.times: list[float] = []
        self.refused_at: float | None = None
        self.refuse_at = refuse_at
        self.retry_after = retry_after
        self.lock = threading.Lock()

    def __call__(self, path: str) -> Answer:
        with self.lock:
            self.times.append(time.monotonic())
            if self.refuse_at is not None and len(self.times) == self.refuse_at:
                self.refused_at = self.times[-1]
                return Answer("Too Many Requests", status=429, content_type="text/plain",
                              headers={"Retry-After": self.retry_after})
        channel = path.rsplit("=", 1)[-1]
        return Answer(rss(f"Kanal {channel}", [(f"Video {channel}", f"http://{HOST}/watch?v={channel}")]),
                      content_type="application/atom+xml")


def platform_store(path: Path, site: Site) -> Path:
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-platform", "name": "KIM Platform", "region": "Kota Banjarmasin"}])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-platform", "type": "feed",
                              "url": site.url(f"/feeds/videos.xml?channel_id=UC{n:022d}")} for n in range(CHANNELS)])
    db.conn.close()
    return path


def crawl(tmp_path: Path, farm: Farm, platform: Platform, rates: dict[str, object]) -> None:
    site = Site({"/feeds/videos.xml": platform}, host=HOST).start()
    try:
        db = platform_store(tmp_path / "k.db", site)
        env = crawl_env(farm, KIMWATCH_PLATFORM_RATES=json.dumps(rates))
        run = run_kimwatch(db, "crawl", "--no-match", "-q", env=env)
        assert run.returncode == 0, run.stderr[-3000:]
    finally:
        site.stop()


def test_many_channels_on_one_platform_host_go_at_the_platform_rate(tmp_path: Path, farm: Farm) -> None:
    platform = Platform()
    crawl(tmp_path, farm, platform, {f"{HOST}/feeds/videos.xml": {"per_second": PER_SECOND, "concurrency": 4}})
    times = platform.times
    assert len(times) == CHANNELS
    # one request every 1/20 s at most: 40 requests span at least 39/20 s (timer slack: 5 %)
    assert times[-1] - times[0] >= (CHANNELS - 1) / PER_SECOND * 0.95
    for i in range(len(times) - PER_SECOND):  # never more than 20 in any second
        assert times[i + PER_SECOND] - times[i] >= 0.95, i


def test_without_a_platform_rate_the_host_is_not_held_to_it(tmp_path: Path, farm: Farm) -> None:
    """The control: the same crawl with no rate for the path (16 at a time, no delay in the test
    settings) is not spaced out — so the test above measures the rate, not the server."""
    platform = Platform()
    crawl(tmp_path, farm, platform, {"elsewhere.example/feeds/": {"per_second": 1, "concurrency": 1}})
    assert len(platform.times) == CHANNELS
    assert platform.times[-1] - platform.times[0] < (CHANNELS - 1) / PER_SECOND * 0.8


def test_a_429_with_retry_after_pauses_the_platform_and_slows_it(tmp_path: Path, farm: Farm) -> None:
    platform = Platform(refuse_at=10, retry_after="2")
    crawl(tmp_path, farm, platform, {f"{HOST}/feeds/videos.xml": {"per_second": PER_SECOND, "concurrency": 1}})
    times = platform.times
    assert platform.refused_at is not None and len(times) == CHANNELS
    after = [t for t in times if t > platform.refused_at]
    assert after[0] - platform.refused_at >= 1.9  # nothing sent while the platform asked to wait
    before = times[:10]
    pace_before = (before[-1] - before[0]) / 9
    pace_after = (after[10] - after[0]) / 10
    assert pace_after >= 1.5 * pace_before, (pace_before, pace_after)  # and slower afterwards


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert retry_after_seconds(b"120") == 120.0
    now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert retry_after_seconds(later, now=now.timestamp()) == pytest.approx(90.0)
    assert retry_after_seconds(None) is None and retry_after_seconds(b"soon") is None


def test_platform_rates_are_checked_and_named() -> None:
    rates = platform_rates({"t.me/s/": {"per_second": 10, "concurrency": 4}, "t.me/": {"per_second": 1}})
    assert [r.slot for r in rates] == ["t.me/s/", "t.me/"]  # the longest prefix wins
    with pytest.raises(ConfigError, match=r"platform_rates entry 't.me/s/'.*per_second.*-1"):
        platform_rates({"t.me/s/": {"per_second": -1, "concurrency": 4}})
    with pytest.raises(ConfigError, match=r"platform_rates entry 't.me/s/'.*rate"):
        platform_rates({"t.me/s/": {"rate": 10}})
    with pytest.raises(ConfigError, match=r"HOST/PATH"):
        platform_rates({"https://t.me/s/": {"per_second": 10}})


def test_a_bad_platform_rate_stops_the_crawl_before_any_fetch(tmp_path: Path, farm: Farm) -> None:
    db = tmp_path / "k.db"
    store.connect(db).conn.close()
    env = crawl_env(farm, KIMWATCH_PLATFORM_RATES='{"t.me/s/": {"per_second": "fast"}}')
    run = run_kimwatch(db, "crawl", env=env)
    assert run.returncode != 0
    assert "platform_rates entry 't.me/s/'" in run.stderr and "'fast'" in run.stderr
    assert "Traceback" not in run.stderr


def test_platform_rates_from_the_config_file(tmp_path: Path) -> None:
    from crawler.daemon.config import load_config
    from crawler.settings import load_settings

    config = tmp_path / "kimwatch.yaml"
    config.write_text("crawl:\n  crawl_processes: 1\n  platform_rates:\n    t.me/s/:\n      per_second: 4\n"
                      "      concurrency: 2\n", encoding="utf-8")
    load_config(config)  # the daemon accepts the mapping
    settings = load_settings(config_file=config)
    assert settings.getint("CRAWL_PROCESSES") == 1
    assert [(r.slot, r.per_second, r.concurrency) for r in platform_rates(settings.getdict("PLATFORM_RATES"))] \
        == [("t.me/s/", 4.0, 2)]
