"""Helpers of the hostile suite: kimwatch in a child process, the store read back.

Every server is on 127.0.0.0/8; every crawl is a real ``kimwatch`` process with bounded
timeouts, so the suite cannot reach the network and cannot hang.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from crawler import store
from tests.hostile.web import Answer, Site, rss

REPO = Path(__file__).resolve().parents[2]



def hostile_env(**extra: str) -> dict[str, str]:
    """A user's environment without proxies or kimwatch settings, with short timeouts."""
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "no_proxy", "all_proxy") and not k.startswith("KIMWATCH_")}
    env.update({"KIMWATCH_DOWNLOAD_TIMEOUT": "5", "KIMWATCH_RETRY_TIMES": "0",
                "KIMWATCH_AUTOTHROTTLE_ENABLED": "false", "PYTHONPATH": str(REPO)})
    env.update(extra)
    return env


def kimwatch_command(db: Path, *args: str) -> list[str]:
    """``kimwatch --db DB ARGS`` run through tests/hostile/resolving.py ($HOSTILE_NAMES)."""
    return [sys.executable, "-m", "tests.hostile.resolving", "--db", str(db), *args]


def kimwatch(db: Path, *args: str, env: dict[str, str], timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(kimwatch_command(db, *args), env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=timeout)


def query(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def registry(path: Path, channels: list[tuple[str, str]], kim: str = "kim-x") -> Path:
    """A registry file with one KIM owning ``(type, url)`` channels."""
    lines = ["kims:", f"  - id: {kim}", "    name: KIM Uji", "    region: Kota Banjarmasin", "    channels:"]
    for kind, url in channels:
        lines += [f"      - type: {kind}", f"        url: {url}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def registered(tmp_path: Path, channels: list[tuple[str, str]], env: dict[str, str]) -> Path:
    """A store at ``tmp_path/k.db`` with one KIM owning ``channels``, loaded through the CLI."""
    db = tmp_path / "k.db"
    loaded = kimwatch(db, "registry", "load", str(registry(tmp_path / "r.yaml", channels)), env=env)
    assert loaded.returncode == 0, loaded.stderr
    return db


#: slow hosts for the stop and run tests: 200 channels, 50 on each host, answers after 1.5 s
HOSTS = ("127.0.0.11", "127.0.0.12", "127.0.0.13", "127.0.0.14")
PER_HOST = 50
SLOW = 1.5


def slow_sites() -> list[Site]:
    sites = []
    for h, host in enumerate(HOSTS):
        routes = {f"/kim{h}-{n}/feed/": Answer(rss(f"KIM {h}-{n}", [(f"Kabar {h}-{n}", f"http://{host}/kabar/{h}-{n}")]),
                                               content_type="application/rss+xml", delay=SLOW)
                  for n in range(PER_HOST)}
        sites.append(Site(routes, host=host).start())
    return sites


def slow_store(path: Path, sites: list[Site]) -> Path:
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-lambat", "name": "KIM Lambat", "region": "Kota Banjarmasin"}])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-lambat", "type": "feed", "url": site.url(path)}
                             for site in sites for path in site.routes])
    db.conn.close()
    return path
