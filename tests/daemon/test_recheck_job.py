"""The daemon's crawl of sources ends with the re-check of recent announcements' pages (a
withdrawn release is found without anyone running a command)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.farm import Farm
from tests.farm.sites.withdrawn import RELEASES


def test_the_crawl_of_sources_rechecks_recent_announcements(tmp_path: Path, farm: Farm, start_daemon) -> None:
    registry = tmp_path / "registry.yaml"
    registry.write_text(json.dumps({"sources": [
        {"id": "diskominfo-ditarik", "name": "Diskominfo Ditarik", "region": "Provinsi Kalimantan Selatan",
         "channels": [{"type": "feed", "url": farm.url("/ditarik/feed/")}]}]}), encoding="utf-8")
    db = tmp_path / "kimwatch.db"
    config = (f"registry: {registry}\ndb: {db}\nreport_dir: {tmp_path / 'reports'}\ncrawl_timeout: 60s\n"
              'report_at: "23:59"\n')
    env = {"KIMWATCH_AUTOTHROTTLE_START_DELAY": "0", "KIMWATCH_RECHECK_EVERY_HOURS": "0"}
    first = start_daemon(config, "--once", env=env)
    assert first.proc.wait(120) == 0, first.log()
    assert _checked(db) == {slug: (200, 0) for slug, *_ in RELEASES}
    gone = RELEASES[1][0]
    farm.state["ditarik_gone"] = {gone: 410}
    second = start_daemon(config, "--once", env=env)
    assert second.proc.wait(120) == 0, second.log()
    assert _checked(db)[gone] == (410, 1)  # a first miss: the next crawl of sources confirms it


def _checked(db: Path) -> dict[str, tuple[int, int]]:
    conn = sqlite3.connect(db)
    try:
        return {url.rsplit("/", 1)[-1]: (status, misses) for url, status, misses in conn.execute(
            "SELECT an.url, r.status, r.misses FROM announcement_rechecks r "
            "JOIN announcements an ON an.id = r.announcement_id")}
    finally:
        conn.close()
