"""`scrapy crawl feed -a url=…` from the repository root, as scrapy.cfg says (issue 15): it reads
the one channel and prints what it found, or says clearly what to do; never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.crawl.conftest import REPO, crawl_env
from tests.farm import Farm

SCRAPY = str(Path(sys.executable).parent / "scrapy")


def scrapy(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SCRAPY, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=90)


def test_scrapy_crawl_feed_reads_one_url(farm: Farm, tmp_path: Path) -> None:
    env = {**crawl_env(farm), "KIMWATCH_DB": str(tmp_path / "never.db")}
    data_before = sorted((REPO / "data").iterdir())
    result = scrapy("crawl", "feed", "-a", f"url={farm.url('/kimsungaijingah/feeds/posts/default')}", env=env)
    assert result.returncode == 0, result.stderr
    posts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(posts) >= 2 and all(p["url"] and p["published_at"] for p in posts)
    assert "crawl ok" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "never.db").exists() and sorted((REPO / "data").iterdir()) == data_before


def test_scrapy_crawl_without_url_says_what_to_do(farm: Farm) -> None:
    env = dict(crawl_env(farm))
    result = scrapy("crawl", "feed", env=env)
    assert result.returncode != 0
    assert "give -a url=http(s)://" in result.stderr and "kimwatch crawl --type TYPE" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    result = scrapy("crawl", "nosuch", "-a", "url=http://127.0.0.1:9/", env=env)
    assert result.returncode != 0 and "unknown spider 'nosuch'" in result.stderr


def test_scrapy_crawl_of_a_dead_url_fails_cleanly(farm: Farm) -> None:
    result = scrapy("crawl", "feed", "-a", f"url={farm.url('/bad/404/feed')}", env=dict(crawl_env(farm)))
    assert result.returncode == 1 and "FAIL 404" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_scrapy_list_still_lists_the_spiders() -> None:
    result = subprocess.run([SCRAPY, "list"], cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert {"feed", "youtube", "telegram", "website"} <= set(result.stdout.split()), result.stderr
