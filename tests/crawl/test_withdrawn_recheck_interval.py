"""Outside tester p, finding 2: a withdrawn announcement's page was fetched again at every crawl,
KIM-only crawls (``--type telegram``) included, while README ("Withdrawn announcements") promises
each page at most once every ``RECHECK_EVERY_HOURS`` and a re-check only after crawls that include
sources (``--recheck`` for the others). Two causes: a page with misses counted stayed due for ever
(misses > 0, even once withdrawn), and a crawl with no ``--kim`` counted as one "with sources"
whatever its ``--type``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from crawler import store
from tests.crawl.conftest import KIMS, SOURCES, crawl_env, run_kimwatch
from tests.farm import Farm
from tests.farm.sites.withdrawn import RELEASES

GONE = RELEASES[1][0]


def _store(path: Path, farm: Farm) -> Path:
    db = store.connect(path)
    store.save_kims(db, KIMS)
    store.save_sources(db, SOURCES)
    store.save_channels(db, [
        {"owner_kind": "source", "owner_id": "diskominfo-kalsel", "type": "feed", "url": farm.url("/ditarik/feed/")},
        {"owner_kind": "kim", "owner_id": "kim-kotabaru-hilir", "type": "telegram", "url": farm.url("/kimkotabaru")}])
    db.conn.close()
    return path


def _crawl(db: Path, farm: Farm, *args: str) -> dict[str, Any]:
    env = crawl_env(farm, KIMWATCH_AUTOTHROTTLE_START_DELAY="0", KIMWATCH_DOWNLOAD_DELAY="0")
    done = run_kimwatch(db, "crawl", "-q", "--no-match", "--format", "json", *args, env=env)
    assert done.returncode in (0, 1), done.stderr[-3000:]
    return json.loads(done.stdout)


def _recheck(db: Path) -> tuple[Any, ...]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT an.withdrawn_at, r.misses, r.checked_at FROM announcements an "
            "JOIN announcement_rechecks r ON r.announcement_id = an.id WHERE an.url LIKE ?",
            [f"%/{GONE}"]).fetchone()
    finally:
        conn.close()


def test_a_withdrawn_page_waits_recheck_every_hours_and_kim_only_crawls_recheck_nothing(
        tmp_path: Path, farm: Farm) -> None:
    db = _store(tmp_path / "kimwatch.db", farm)
    page = f"/ditarik/berita/{GONE}"
    assert _crawl(db, farm, "--source", "diskominfo-kalsel")["recheck"]["live"] == 3
    farm.state["ditarik_gone"] = {GONE: 404}
    _crawl(db, farm, "--source", "diskominfo-kalsel", "--recheck")
    _crawl(db, farm, "--source", "diskominfo-kalsel", "--recheck")
    withdrawn_at, misses, checked_at = _recheck(db)
    assert withdrawn_at is not None and misses == 2, (withdrawn_at, misses)

    farm.reset_log()
    # KIM-only crawls: no re-check unless asked
    for args in (("--type", "telegram"), ("--kim", "kim-kotabaru-hilir")):
        done = _crawl(db, farm, *args)
        assert "recheck" not in done, (args, done)
    assert farm.requests_to("/s/kimkotabaru"), [r.path for r in farm.requests]  # the KIM channel was crawled
    # crawls that include sources: the withdrawn page was checked minutes ago, not due for 6 h
    for args in (("--source", "diskominfo-kalsel"), ()):
        _crawl(db, farm, *args)
    assert farm.requests_to(page) == [], [r.path for r in farm.requests]
    assert _recheck(db) == (withdrawn_at, 2, checked_at)
    # --recheck still asks it now, whatever the interval
    forced = _crawl(db, farm, "--type", "telegram", "--recheck")
    assert forced["recheck"]["missing"] == 1 and len(farm.requests_to(page)) == 1, forced
