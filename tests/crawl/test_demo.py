"""`kimwatch demo`: the bundled demo web crawled end to end, twice (idempotent)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.demo import DemoWeb, load_content
from tests.crawl.conftest import REPO, run_kimwatch


def test_demo_runs_the_whole_pipeline_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    first = run_kimwatch(db, "demo", "-q", env=env)
    assert first.returncode == 0, first.stderr
    assert "crawl partial: run 1: 12 channel(s), 11 ok, 1 failed, 25 new" in first.stdout
    assert "FAIL 500" in first.stdout and "kim-kandangan/feed/" in first.stdout  # the broken channel
    assert "Active share" in first.stdout or "store:" in first.stdout
    second = run_kimwatch(db, "demo", "-q", env=env)
    assert second.returncode == 0, second.stderr
    assert "run 2: 12 channel(s), 11 ok, 1 failed, 0 new, 0 updated" in second.stdout
    conn = sqlite3.connect(db)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("kims", "channels", "posts", "announcements")]
    assert counts == [9, 13, 17, 8]
    triggers = conn.execute("SELECT trigger FROM crawl_runs").fetchall()
    assert triggers == [("demo",), ("demo",)]
    assert (tmp_path / "demo-registry.yaml").exists()
    assert (tmp_path / "demo-report.html").read_text().count("Aktif") >= 1
    assert (f"-m {tmp_path / 'demo-dump' / 'metadata.json'} --template-dir {tmp_path / 'demo-dump' / 'templates'}"
            in second.stdout)  # the dashboard needs its template folder
    assert (tmp_path / "demo-dump" / "kimwatch.db").exists()


def test_demo_refuses_a_database_with_other_kims(tmp_path: Path) -> None:
    db = tmp_path / "real.db"
    registry = tmp_path / "registry.yaml"
    registry.write_text("kims:\n  - {id: kim-nyata, name: KIM Nyata, region: HSS}\n")
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    assert run_kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
    result = run_kimwatch(db, "demo", "-q", env=env)
    assert result.returncode == 1
    assert "kim-nyata" in result.stderr and "would retire them" in result.stderr
    assert sqlite3.connect(db).execute("SELECT status FROM kims").fetchall() == [("active",)]


def test_demo_web_renders_every_channel_the_registry_names() -> None:
    web = DemoWeb(load_content())
    urls = [c.get("via") or c["url"] for kind in ("kims", "sources") for e in web.registry[kind] for c in e["channels"]]
    served = {f"http://{host}{path}" for host, path in web.pages}
    crawlable = [u for u in urls if "instagram.com" not in u and "facebook.com" not in u]
    for url in crawlable:
        if "/channel/" in url:
            host, channel_id = url.split("/channel/")
            url = f"{host}/feeds/videos.xml?channel_id={channel_id}"
        elif "t.me.test/" in url:
            url = url.replace("t.me.test/", "t.me.test/s/")
        assert url in served, url
    assert len(web.announcement_urls) == 8
