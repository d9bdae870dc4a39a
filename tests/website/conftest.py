"""Fixtures of the website tests: the website farm hosts, a store with website channels, and a
crawl run in a child process (Scrapy's reactor runs once per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from tests.farm import Farm
from tests.farm.sites.feed_excerpt_rule import EXCERPT_RULE_HOSTS
from tests.farm.sites.website_bigsitemap import BIGSITEMAP_HOSTS
from tests.farm.sites.website_cms import CMS_HOSTS
from tests.farm.sites.website_common import HOSTS, WEBSITE_HOSTS
from tests.farm.sites.website_endless import ENDLESS_HOSTS
from tests.farm.sites.website_excerpts import EXCERPTS_HOSTS
from tests.farm.sites.website_quirks import QUIRKS_HOSTS
from tests.farm.sites.website_sections import SECTIONS_HOSTS
from tests.farm.sites.website_shapes import SHAPES_HOSTS
from tests.farm.sites.website_village import VILLAGE_HOSTS

ROOT = Path(__file__).resolve().parents[2]
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 10, "RETRY_TIMES": 0, "LOG_LEVEL": "INFO", "RESOLVE_SHORTENED_LINKS": False,
}


@pytest.fixture(scope="session")
def website_farm_server() -> Iterator[Farm]:
    farm = Farm(hosts=WEBSITE_HOSTS + CMS_HOSTS + SECTIONS_HOSTS + QUIRKS_HOSTS + EXCERPTS_HOSTS
                + SHAPES_HOSTS + VILLAGE_HOSTS + BIGSITEMAP_HOSTS + ENDLESS_HOSTS + EXCERPT_RULE_HOSTS).start()
    yield farm
    farm.stop()


@pytest.fixture
def site_farm(website_farm_server: Farm) -> Iterator[Farm]:
    """The website farm with an empty request log and fresh site state."""
    website_farm_server.reset_log()
    website_farm_server.reset_state()
    yield website_farm_server


def site_url(farm: Farm, site: str, path: str = "/") -> str:
    return farm.url(path, host=HOSTS[site])


def make_store(path: Path, channels: list[dict[str, Any]]) -> Path:
    """A store with one KIM, one source, and the given website channels."""
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-alalak-utara", "name": "KIM Alalak Utara", "region": "Kota Banjarmasin"}])
    store.save_sources(db, [{"id": "diskominfo-tapin", "name": "Diskominfo Tapin", "region": "Kabupaten Tapin"}])
    store.save_channels(db, [{"owner_kind": c.get("owner_kind", "kim"),
                              "owner_id": c.get("owner_id", "kim-alalak-utara"), "type": "website",
                              "url": c["url"], "options": c.get("options")} for c in channels])
    db.conn.close()
    return path


def crawl(db_path: Path, types: tuple[str, ...] = ("website",), **overrides: Any) -> dict[str, Any]:
    """One ``run_crawl`` of the website channels in a child process; its result as a dict."""
    settings = {**FAST_SETTINGS, **overrides}
    code = (
        "import json, sys\n"
        "from crawler.harvest.runner import run_crawl\n"
        f"result = run_crawl({str(db_path)!r}, types={list(types)!r}, match=False, "
        f"settings_overrides=json.loads({json.dumps(json.dumps(settings))}))\n"
        "print(json.dumps({'status': result.status, 'requests': result.requests, "
        "'new': result.items_new, 'updated': result.items_updated, "
        "'channels': [c.as_dict() for c in result.channels]}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=90)
    if done.returncode != 0:
        raise AssertionError(f"crawl failed:\n{done.stderr[-4000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]), log=done.stderr)


def rows(db_path: Path, table: str = "posts") -> list[dict[str, Any]]:
    db = store.connect(db_path)
    try:
        return [dict(r) for r in db.query(f"SELECT * FROM {table} ORDER BY published_at")]
    finally:
        db.conn.close()


def channel_state(db_path: Path) -> dict[str, Any]:
    db = store.connect(db_path)
    try:
        row = db.execute("SELECT state FROM channels").fetchone()
        return json.loads(row[0]) if row and row[0] else {}
    finally:
        db.conn.close()
