"""A release the source took down (an outside tester's finding): kimwatch kept counting and
listing it as live. After a crawl of the sources, the pages of recent announcements are
re-checked politely (conditional requests, bounded per run and per host); two 404/410 answers in
a row mark one withdrawn, a timeout, 5xx or 429 never does, and a page that comes back clears it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from crawler import store
from crawler.dates import utc_now
from tests.crawl.conftest import KIMS, SOURCES, crawl_env, run_kimwatch
from tests.farm import Farm
from tests.farm.sites.withdrawn import RELEASES

LIVE, GONE, BUSY = (slug for slug, *_ in RELEASES)


def _store(path: Path, farm: Farm) -> Path:
    db = store.connect(path)
    store.save_kims(db, KIMS)
    store.save_sources(db, SOURCES)
    store.save_channels(db, [{"owner_kind": "source", "owner_id": "diskominfo-kalsel", "type": "feed",
                              "url": farm.url("/ditarik/feed/")}])
    db.conn.close()
    return path


def _env(farm: Farm, **extra: str) -> dict[str, str]:
    return crawl_env(farm, KIMWATCH_AUTOTHROTTLE_START_DELAY="0", KIMWATCH_DOWNLOAD_DELAY="0", **extra)


def _crawl(db: Path, farm: Farm, *args: str, **extra: str) -> dict[str, Any]:
    done = run_kimwatch(db, "crawl", "--source", "diskominfo-kalsel", "-q", "--format", "json", *args,
                        env=_env(farm, **extra))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _state(db: Path) -> dict[str, tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return {url.rsplit("/", 1)[-1]: (withdrawn, misses) for url, withdrawn, misses in conn.execute(
            "SELECT an.url, an.withdrawn_at, r.misses FROM announcements an "
            "LEFT JOIN announcement_rechecks r ON r.announcement_id = an.id")}
    finally:
        conn.close()


def _page(slug: str) -> str:
    return f"/ditarik/berita/{slug}"


def test_a_release_gone_twice_in_a_row_is_withdrawn_counted_flagged_and_can_come_back(
        tmp_path: Path, farm: Farm) -> None:
    db = _store(tmp_path / "kimwatch.db", farm)
    first = _crawl(db, farm)
    assert first["recheck"]["checked"] == 3 and first["recheck"]["live"] == 3
    assert all(withdrawn is None for withdrawn, _ in _state(db).values())

    # a KIM relayed the release that is then taken down (linking it, after it was published)
    gone_url = farm.url(_page(GONE))
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({"kim": "kim-angsau", "platform": "facebook", "url": "https://www.facebook.com/kimangsau/posts/1",
                                 "title": "Vaksinasi rabies gratis", "text": "Ayo bawa kucing dan anjing.",
                                 "published_at": utc_now(), "links": [gone_url]}) + "\n", encoding="utf-8")
    assert run_kimwatch(db, "import", "posts", str(posts), env=_env(farm)).returncode == 0
    assert run_kimwatch(db, "match", env=_env(farm)).returncode == 0

    farm.state["ditarik_gone"] = {GONE: 404, BUSY: 500}
    farm.reset_log()
    second = _crawl(db, farm, "--recheck")  # --recheck: every due page now, whatever RECHECK_EVERY_HOURS
    assert second["recheck"]["missing"] == 1 and second["recheck"]["inconclusive"] == 1
    assert second["recheck"]["withdrawn"] == []  # one 404 is not enough
    assert _state(db)[GONE] == (None, 1)
    live_checks = farm.requests_to(_page(LIVE))
    assert len(live_checks) == 1 and live_checks[0].headers.get("if-none-match") and live_checks[0].status == 304

    third = _crawl(db, farm, KIMWATCH_RECHECK_EVERY_HOURS="1000")  # a pending miss is due anyway
    assert third["recheck"]["checked"] == 1 and len(third["recheck"]["withdrawn"]) == 1
    state = _state(db)
    assert state[GONE][0] is not None and state[GONE][1] == 2
    assert state[BUSY][0] is None and state[LIVE][0] is None

    farm.state["ditarik_gone"] = {GONE: 404, BUSY: 429}
    _crawl(db, farm, "--recheck")
    _crawl(db, farm, "--recheck")
    assert _state(db)[BUSY] == (None, 0)  # 500, 429, 429: a server in trouble, never a withdrawal

    report = json.loads(run_kimwatch(db, "report", "--format", "json", env=_env(farm)).stdout)
    conn = sqlite3.connect(db)
    ids = {url.rsplit("/", 1)[-1]: id_ for id_, url in conn.execute("SELECT id, url FROM announcements")}
    conn.close()
    by_id = {a["id"]: a for a in report["announcements"]}  # (their URLs, on loopback, are masked)
    entries = {slug: by_id[id_] for slug, id_ in ids.items()}
    assert entries[GONE]["withdrawn_at"] == state[GONE][0] and entries[LIVE]["withdrawn_at"] is None
    assert entries[GONE]["kims_reached"] == 1  # relayed while live: still counted
    assert report["announcements_withdrawn"] == 1
    assert {k["id"]: k["status"] for k in report["kims"]}["kim-angsau"] == "active"
    table = run_kimwatch(db, "report", "--lang", "id", env=_env(farm)).stdout
    assert "[ditarik] Vaksinasi Rabies" in table and "Ditarik: sumbernya menurunkan" in table
    html = run_kimwatch(db, "report", "--format", "html", "--lang", "en", env=_env(farm)).stdout
    assert '<span class="withdrawn"' in html and ">withdrawn</span>" in html
    one_kim = run_kimwatch(db, "report", "--kim", "kim-angsau", env=_env(farm)).stdout
    assert "[withdrawn] Vaksinasi Rabies" in one_kim

    farm.state["ditarik_gone"] = {}
    back = _crawl(db, farm, "--recheck")
    assert len(back["recheck"]["restored"]) == 1
    assert _state(db)[GONE] == (None, 0)


def test_the_recheck_is_bounded_per_run_and_per_host_and_skippable(tmp_path: Path, farm: Farm) -> None:
    db = _store(tmp_path / "kimwatch.db", farm)
    first = _crawl(db, farm, KIMWATCH_RECHECK_MAX_PER_HOST="2")
    assert first["recheck"]["checked"] == 2 and first["recheck"]["left"] == 1
    farm.reset_log()
    second = _crawl(db, farm, KIMWATCH_RECHECK_MAX_PER_RUN="1")  # the one never checked goes first
    assert second["recheck"]["checked"] == 1 and second["recheck"]["left"] == 0
    assert sum(len(farm.requests_to(_page(slug))) for slug, *_ in RELEASES) == 1
    farm.reset_log()
    skipped = _crawl(db, farm, "--no-recheck")
    assert "recheck" not in skipped
    assert not any(farm.requests_to(_page(slug)) for slug, *_ in RELEASES)
    kims_only = run_kimwatch(db, "crawl", "--kim", "kim-angsau", "-q", "--format", "json", env=_env(farm))
    assert kims_only.returncode == 0 and "recheck" not in json.loads(kims_only.stdout)


def test_a_timeout_is_no_miss(tmp_path: Path, farm: Farm) -> None:
    db = _store(tmp_path / "kimwatch.db", farm)
    _crawl(db, farm)
    farm.state["ditarik_gone"] = {GONE: 404}
    _crawl(db, farm, "--recheck")
    farm.state["ditarik_gone"] = {GONE: "slow"}  # no answer within DOWNLOAD_TIMEOUT: proves nothing
    timed_out = _crawl(db, farm, "--recheck", KIMWATCH_DOWNLOAD_TIMEOUT="1")
    assert timed_out["recheck"]["inconclusive"] >= 1
    assert _state(db)[GONE] == (None, 1)  # neither a second miss nor the end of the run of misses
    farm.state["ditarik_gone"] = {GONE: 410}
    _crawl(db, farm, "--recheck")
    assert _state(db)[GONE][0] is not None


def test_imported_announcements_are_never_fetched(tmp_path: Path, farm: Farm) -> None:
    """An announcement imported from a file is the office's own record: no request for its URL."""
    db = _store(tmp_path / "kimwatch.db", farm)
    imported = tmp_path / "announcements.jsonl"
    imported.write_text(json.dumps({"source": "diskominfo-kalsel", "url": farm.url("/ditarik/berita/impor-manual"),
                                    "title": "Rilis manual", "text": "Isi rilis manual.",
                                    "published_at": utc_now()}) + "\n", encoding="utf-8")
    assert run_kimwatch(db, "import", "announcements", str(imported), env=_env(farm)).returncode == 0
    done = _crawl(db, farm, "--recheck")
    assert done["recheck"]["checked"] == 3 and not farm.requests_to("/ditarik/berita/impor-manual")


def test_a_host_in_trouble_is_asked_once_a_run(tmp_path: Path, farm: Farm) -> None:
    db = _store(tmp_path / "kimwatch.db", farm)
    _crawl(db, farm)
    farm.state["ditarik_gone"] = {slug: 503 for slug, *_ in RELEASES}
    farm.reset_log()
    busy = _crawl(db, farm, "--recheck")["recheck"]
    assert (busy["checked"], busy["inconclusive"], busy["left"]) == (1, 1, 2)
    assert sum(len(farm.requests_to(_page(slug))) for slug, *_ in RELEASES) == 1


def test_a_store_without_crawled_announcements_is_rechecked_without_loading_scrapy(tmp_path: Path) -> None:
    # a re-crawl of KIM channels that stays in the revalidation pass never imports Scrapy (its
    # CPU is the re-crawl's aim); the re-check after it must not import it either when there is
    # nothing a crawl found to re-check
    import subprocess
    import sys

    path = tmp_path / "kimwatch.db"
    db = store.connect(path)
    store.save_kims(db, KIMS)
    db.conn.close()
    code = ("import sys; from crawler import store; from crawler.harvest.recheck import recheck_announcements; "
            f"r = recheck_announcements(store.connect({str(path)!r})); "
            "print(r.checked, 'scrapy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["0", "False"], done.stdout + done.stderr


def test_the_runs_request_count_includes_the_recheck_requests(tmp_path: Path, farm: Farm) -> None:
    """Outside tester S: `requests` in the summary and in crawl_runs fell short of what the proxy
    logged. The announcements' re-check after the run sent requests nobody counted; every
    request the command sends is counted now."""
    db = _store(tmp_path / "kimwatch.db", farm)
    farm.reset_log()
    first = _crawl(db, farm)
    assert first["recheck"]["checked"] == 3
    sent = len(farm.requests)
    assert first["requests"] == sent, (first["requests"], [r.path for r in farm.requests])
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT requests FROM crawl_runs WHERE id = ?", [first["run_id"]]).fetchone()[0] == sent
    finally:
        conn.close()
    farm.reset_log()
    second = _crawl(db, farm, "--recheck")  # conditional feed request, and the 3 pages again (robots.txt cached)
    assert second["requests"] == len(farm.requests) and second["recheck"]["checked"] == 3
