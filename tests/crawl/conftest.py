"""Helpers of the crawl tests: a store of farm channels, and `kimwatch crawl` in a subprocess.

Scrapy's reactor runs once per process, so every crawl here runs as
``python -m crawler --db DB crawl …`` in a child process against the in-process farm.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from tests.farm import ROBOTS_HOST, SHORTENER_HOST, Farm

REPO = Path(__file__).resolve().parents[2]

KIMS = [
    {"id": "kim-sungai-jingah", "name": "KIM Sungai Jingah", "region": "Kota Banjarmasin"},
    {"id": "kim-angsau", "name": "KIM Angsau", "region": "Kabupaten Tanah Laut"},
    {"id": "kim-loktabat-utara", "name": "KIM Loktabat Utara", "region": "Kota Banjarbaru"},
    {"id": "kim-batola", "name": "KIM Batola", "region": "Kabupaten Barito Kuala"},
    {"id": "kim-kotabaru-hilir", "name": "KIM Kotabaru Hilir", "region": "Kabupaten Kotabaru"},
    {"id": "kim-tanjung", "name": "KIM Tanjung", "region": "Kabupaten Tabalong"},
    {"id": "kim-rusak", "name": "KIM Rusak", "region": "Kabupaten Banjar"},
]
SOURCES = [{"id": "diskominfo-kalsel", "name": "Diskominfo Kalsel", "region": "Provinsi Kalimantan Selatan"}]

BAD_PATHS = ["404", "flaky", "slow", "malformed", "notafeed", "cp1252", "gzip", "moved", "huge", "dupes", "nodates"]


def good_channels(farm: Farm) -> list[dict[str, Any]]:
    rows = [
        ("source", "diskominfo-kalsel", "feed", farm.url("/diskominfo/feed/"), None),
        ("kim", "kim-sungai-jingah", "feed", farm.url("/kimsungaijingah/feeds/posts/default"), None),
        ("kim", "kim-angsau", "feed", farm.url("/kimangsau/feed/"), None),
        ("kim", "kim-loktabat-utara", "feed", farm.url("/kimloktabat/index.rdf"), None),
        ("kim", "kim-batola", "youtube", farm.url("/channel/UCkimbatola0000000000001"), None),
        ("kim", "kim-kotabaru-hilir", "telegram", farm.url("/kimkotabaru"), None),
        ("kim", "kim-tanjung", "instagram", "https://www.instagram.com/kimtanjung/",
         farm.url("/rsshub/instagram/user/kimtanjung")),
        ("kim", "kim-tanjung", "facebook", "https://www.facebook.com/kimtanjung", None),  # recorded only
    ]
    return [{"owner_kind": k, "owner_id": o, "type": t, "url": u, "via": v} for k, o, t, u, v in rows]


def bad_channels(farm: Farm) -> list[dict[str, Any]]:
    rows = [farm.url(f"/bad/{name}/feed") for name in BAD_PATHS]
    rows += [farm.url("/bad/loop/a"), "http://127.0.0.9:9/feed",
             farm.url("/private/feed/", host=ROBOTS_HOST), farm.url("/public/feed/", host=ROBOTS_HOST),
             farm.url("/public/feed2/", host=ROBOTS_HOST)]
    return [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": u} for u in rows]


def make_store(path: Path, channels: list[dict[str, Any]]) -> Path:
    db = store.connect(path)
    store.save_kims(db, KIMS)
    store.save_sources(db, SOURCES)
    store.save_channels(db, channels)
    db.conn.close()
    return path


def crawl_env(farm: Farm, **extra: str) -> dict[str, str]:
    """Environment of a test crawl: fast timeouts, no throttling, the farm's shortener."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    env.update({
        "KIMWATCH_DOWNLOAD_TIMEOUT": "3",  # the slow feed waits 4 s; robots.txt must not time out under load
        "KIMWATCH_RETRY_TIMES": "0",
        "KIMWATCH_AUTOTHROTTLE_ENABLED": "false",
        "KIMWATCH_CONCURRENT_REQUESTS_PER_DOMAIN": "16",
        "KIMWATCH_DOWNLOAD_MAXSIZE": str(1024 * 1024),
        "KIMWATCH_SHORTENER_HOSTS_EXTRA": f"{SHORTENER_HOST}:{farm.ports[SHORTENER_HOST]}",
        # the farm's shortener is another loopback host: a channel on 127.0.0.1 reaches only its own host and port
        "KIMWATCH_ALLOW_INTERNAL": SHORTENER_HOST,
        "KIMWATCH_CONTACT_URL": "https://kalselprov.example/kontak",
        "PYTHONPATH": str(REPO),
    })
    env.pop("KIMWATCH_CONFIG", None)
    env.update(extra)
    return env


def run_kimwatch(db: Path, *args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", "--db", str(db), *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def crawl_store(tmp_path: Path, farm: Farm) -> Path:
    """A store with the good and the bad farm channels."""
    return make_store(tmp_path / "kimwatch.db", good_channels(farm) + bad_channels(farm))
