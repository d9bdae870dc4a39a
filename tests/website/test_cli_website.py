"""End to end through the real commands: a registry with website channels and hints, then
``kimwatch crawl --type website``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.farm import Farm
from tests.farm.sites import website_kimid, website_wp_rest
from tests.website.conftest import ROOT, rows, site_url

FAST_ENV = {"KIMWATCH_AUTOTHROTTLE_ENABLED": "false", "KIMWATCH_DOWNLOAD_DELAY": "0", "KIMWATCH_RETRY_TIMES": "0",
            "KIMWATCH_CONCURRENT_REQUESTS_PER_DOMAIN": "8", "KIMWATCH_RESOLVE_SHORTENED_LINKS": "false"}


def kimwatch(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.update(FAST_ENV)
    return subprocess.run([sys.executable, "-m", "crawler", "--db", str(db), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=90)


def test_registry_hints_and_crawl_command(site_farm: Farm, tmp_path: Path) -> None:
    registry = tmp_path / "registry.yaml"
    registry.write_text(f"""
kims:
  - id: kim-alalak-utara
    name: KIM Alalak Utara
    region: Kota Banjarmasin
    channels:
      - type: website
        url: {site_url(site_farm, "kimid")}
        section: /pengumuman
        max_pages: 2
sources:
  - id: diskominfo-tapin
    name: Diskominfo Kabupaten Tapin
    region: Kabupaten Tapin
    channels:
      - type: website
        url: {site_url(site_farm, "wp_rest")}
""", encoding="utf-8")
    db = tmp_path / "kimwatch.db"
    loaded = kimwatch(db, "registry", "load", str(registry))
    assert loaded.returncode == 0, loaded.stderr
    done = kimwatch(db, "crawl", "--type", "website", "--no-match")
    assert done.returncode == 0, done.stderr + done.stdout
    assert {r["title"] for r in rows(db)} == {p.title for p in website_kimid.PENGUMUMAN}
    assert {r["title"] for r in rows(db, "announcements")} == {p.title for p in website_wp_rest.POSTS}
    assert all(r["kim_id"] == "kim-alalak-utara" and r["platform"] == "website" for r in rows(db))
