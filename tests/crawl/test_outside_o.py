"""Whole crawls of the hostile and broken channels outside tester "o" met (session 10), against
the loopback farm (tests/farm/sites/outside_o.py), with the real `kimwatch crawl` in a child process."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from crawler.daemon.config import DaemonConfig
from crawler.daemon.health import failing_channels, health_summary, skipped_channels
from crawler.daemon.service import Daemon
from crawler.dates import utc_now
from tests.crawl.conftest import crawl_env, make_store, run_kimwatch
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.outside_o import (
    BIG_PAGE_PARAGRAPHS,
    CONTROL_TITLE,
    LISTING_HOST,
    LONG_ROBOTS_BYTES,
    LONG_ROBOTS_HOST,
    OUTSIDE_O_HOSTS,
    RETRY_YEAR_HOST,
)
from tests.spiders.test_outside_sites import query


@pytest.fixture(scope="module")
def o_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE_O_HOSTS)).start()
    yield farm
    farm.stop()


def _crawl(db_path: Path, farm: Farm, **env: str) -> Any:
    done = run_kimwatch(db_path, "crawl", "--no-match", env=crawl_env(farm, **env), timeout=90)
    assert done.returncode in (0, 1), done.stderr[-4000:]
    return done


def _kim_store(tmp_path: Path, channels: list[tuple[str, str]]) -> Path:
    return make_store(tmp_path / "k.db", [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": t, "url": u}
                                          for t, u in channels])


def test_an_over_long_robots_txt_is_read_up_to_500_kib_and_obeyed(tmp_path: Path, o_farm: Farm) -> None:
    feed = o_farm.url("/feed/", host=LONG_ROBOTS_HOST)
    db_path = _kim_store(tmp_path, [("feed", feed)])
    maxsize = LONG_ROBOTS_BYTES // 2  # the robots.txt is longer than DOWNLOAD_MAXSIZE
    done = _crawl(db_path, o_farm, KIMWATCH_DOWNLOAD_MAXSIZE=str(maxsize), KIMWATCH_RETRY_TIMES="2")
    asked = [r.path for r in o_farm.requests if r.host == LONG_ROBOTS_HOST]
    assert asked == ["/robots.txt"], asked  # once, not retried; the feed it disallows not fetched
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel["last_status"] == "robots", channel
    assert query(db_path, "SELECT count(*) AS n FROM posts") == [{"n": 0}]
    assert f"robots.txt of {LONG_ROBOTS_HOST}" in done.stderr and "longer than 500 KiB" in done.stderr, done.stderr


def test_posts_with_an_implausible_date_are_dated_when_first_seen_and_noted(tmp_path: Path, o_farm: Farm) -> None:
    old, future = o_farm.url("/o/date1970/feed/"), o_farm.url("/o/date2999/feed/")
    db_path = _kim_store(tmp_path, [("feed", old), ("feed", future)])
    started = utc_now()
    _crawl(db_path, o_farm)
    posts = {p["title"]: p for p in query(db_path, "SELECT title, published_at, fetched_at, extra FROM posts")}
    assert len(posts) == 4, posts
    for title, claimed in (("Posyandu balita", "1970-01-01T00:00:00Z"), ("Kerja bakti", "1970-01-01T00:00:00Z"),
                           ("Lomba desa", "2999-01-01T00:00:00Z")):
        post = posts[title]
        assert started <= post["published_at"] <= utc_now(), post  # the time it was first seen, both ways
        assert json.loads(post["extra"]).items() >= {"published_claimed": claimed, "published_source": "first_seen"}.items(), post
    assert posts["Rapat RT"]["published_at"] == "2026-11-30T02:00:00Z"
    notes = {c["url"]: c["last_error"] for c in query(db_path, "SELECT url, last_error FROM channels")}
    assert notes[old] == "2 posts with an implausible date (1970-01-01): first-seen time used", notes
    assert notes[future] == "1 post with an implausible date (2999-01-01): first-seen time used", notes
    # an edit of such a post later keeps the time it was first seen
    first_seen = posts["Posyandu balita"]["published_at"]
    o_farm.state["o-edited"] = True
    try:
        time.sleep(1.1)
        _crawl(db_path, o_farm)
    finally:
        o_farm.state.pop("o-edited")
    (edited,) = query(db_path, "SELECT text, published_at FROM posts WHERE title = 'Posyandu balita'")
    assert "diperbarui" in edited["text"] and edited["published_at"] == first_seen, edited


def test_a_retry_after_of_a_year_is_no_failure_in_the_run_it_happens(tmp_path: Path, o_farm: Farm) -> None:
    feed, good = o_farm.url("/feed/", host=RETRY_YEAR_HOST), o_farm.url("/o/date2999/feed/")
    db_path = _kim_store(tmp_path, [("feed", feed), ("feed", good)])
    summary = tmp_path / "summary.json"
    done = _crawl(db_path, o_farm, KIMWATCH_RETRY_TIMES="2")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Retry-After 365 days (capped to 72 h)" in done.stdout + done.stderr, done.stdout
    assert "3.1536e+07" not in done.stdout + done.stderr
    (run,) = query(db_path, "SELECT id, status, errors FROM crawl_runs")
    assert (run["status"], run["errors"]) == ("ok", 0), run
    (channel,) = query(db_path, f"SELECT id, last_status, consecutive_failures, next_crawl_after, last_error "
                                f"FROM channels WHERE url = '{feed}'")
    assert (channel["last_status"], channel["consecutive_failures"]) == ("rate-limited", 0), channel
    assert "Retry-After 365 days (capped to 72 h)" in channel["last_error"], channel
    assert channel["next_crawl_after"] > utc_now()  # asked again in 72 h, not in a year
    # the daemon's health and the KIM's report: waiting, not failing
    db = store.connect(db_path)
    try:
        assert failing_channels(db, run["id"]) == ""
        assert health_summary(db)[0].startswith("0 of 2 crawlable channels failing"), health_summary(db)
    finally:
        db.conn.close()
    shown = run_kimwatch(db_path, "report", "--kim", "kim-rusak", "--format", "json", env=crawl_env(o_farm))
    assert shown.returncode == 0, shown.stderr
    channels = {c["id"]: c for c in json.loads(shown.stdout)["kim"]["channels"]}
    assert channels[channel["id"]]["health"] == "waiting", channels
    # the summary JSON of a run that meets it again (--ignore-backoff) lists it as waiting, not failed
    again = run_kimwatch(db_path, "crawl", "--no-match", "--ignore-backoff", "--summary-json", str(summary),
                         env=crawl_env(o_farm))
    assert again.returncode == 0, again.stderr[-3000:]
    data = json.loads(summary.read_text())
    assert (data["status"], data["channels_failed"]) == ("ok", 0), data
    assert data["channels_waiting_retry_after"] == [channel["id"]], data


def test_a_page_that_is_not_read_says_why(tmp_path: Path, o_farm: Farm) -> None:
    sites = {name: o_farm.url(f"/o/{name}/") for name in ("jpeg", "pdf", "besar")}
    db_path = _kim_store(tmp_path, [("website", url) for url in sites.values()])
    done = _crawl(db_path, o_farm)
    health = {c["url"]: c for c in query(db_path, "SELECT url, last_status, last_error FROM channels")}
    assert health[sites["jpeg"]]["last_status"] == "not-html", health
    assert health[sites["jpeg"]]["last_error"] == f"{sites['jpeg']} is a JPEG image, not HTML; not read"
    assert health[sites["pdf"]]["last_status"] == "not-html", health
    assert "is a PDF document, not HTML" in health[sites["pdf"]]["last_error"]
    assert health[sites["besar"]]["last_status"] == "too-large", health
    assert f"is too large: {BIG_PAGE_PARAGRAPHS + 4} elements (limit 60000)" in health[sites["besar"]]["last_error"]
    assert "gave an empty page" not in done.stdout


def test_a_site_turned_to_junk_fails_on_the_first_crawl_after_the_change(tmp_path: Path, o_farm: Farm) -> None:
    home = o_farm.url("/o/berubah/")
    db_path = _kim_store(tmp_path, [("website", home)])
    _crawl(db_path, o_farm)
    (channel,) = query(db_path, "SELECT last_status, state FROM channels")
    assert channel["last_status"] == "200" and json.loads(channel["state"])["method"] == "feed", channel
    o_farm.state["o-junk"] = True
    try:
        first = _crawl(db_path, o_farm)
        (after,) = query(db_path, "SELECT last_status, last_error, consecutive_failures FROM channels")
        second = _crawl(db_path, o_farm)
    finally:
        o_farm.state.pop("o-junk")
    (again,) = query(db_path, "SELECT last_status, last_error, consecutive_failures FROM channels")
    assert (after["last_status"], after["consecutive_failures"]) == ("not-html", 1), (after, first.stdout)
    assert after["last_error"].startswith(f"{home} is a JPEG image, not HTML"), after
    assert (again["last_status"], again["consecutive_failures"]) == ("not-html", 2), (again, second.stdout)
    assert query(db_path, "SELECT count(*) AS n FROM posts") == [{"n": 1}]  # nothing stored is lost


_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_control_characters_and_bidi_overrides_are_neither_stored_nor_printed(tmp_path: Path, o_farm: Farm) -> None:
    db_path = _kim_store(tmp_path, [("feed", o_farm.url("/o/kontrol/feed/"))])
    _crawl(db_path, o_farm)
    (post,) = query(db_path, "SELECT title, text FROM posts")
    assert post["title"] == "Rapat RT 05 ekspor isolasi", post
    assert post["text"] == "Warga berkumpul di balai.", post
    # a post stored raw by an older version: the terminal table shows it without its controls
    db = store.connect(db_path)
    try:
        db.execute("UPDATE posts SET title = ?", [CONTROL_TITLE])
        db.conn.commit()
    finally:
        db.conn.close()
    shown = run_kimwatch(db_path, "report", "--kim", "kim-rusak", "--days", "30", "--until", "2026-12-07",
                         env=crawl_env(o_farm))
    assert shown.returncode == 0, shown.stderr
    assert "Rapat RT 05 ekspor isolasi" in shown.stdout, shown.stdout
    assert not _TERMINAL_CONTROLS.search(shown.stdout), repr(shown.stdout)


def test_redirect_chains_external_entities_and_long_listings_are_named_for_what_they_are(
        tmp_path: Path, o_farm: Farm) -> None:
    chain, xxe, listing = (o_farm.url("/o/rantai/0"), o_farm.url("/o/xxe/feed/"),
                           o_farm.url("/", host=LISTING_HOST))
    db = _kim_store(tmp_path, [("feed", chain), ("feed", xxe)])
    store_db = store.connect(db)
    try:
        store.save_channels(store_db, [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "website", "url": listing,
                                        "options": {"max_articles": 2}}])
    finally:
        store_db.conn.close()
    _crawl(db, o_farm)
    health = {c["url"]: c for c in query(db, "SELECT url, last_status, last_error FROM channels")}
    assert health[chain]["last_status"] == "redirect-chain", health[chain]
    assert health[chain]["last_error"].startswith("redirect chain longer than 10 (REDIRECT_MAX_TIMES), no loop: "
                                                  f"{chain} → … → "), health[chain]
    assert health[xxe]["last_status"] == "entities", health[xxe]
    assert "declares external XML entities" in health[xxe]["last_error"], health[xxe]
    assert "billion laughs" not in health[xxe]["last_error"]
    assert health[listing]["last_status"] == "200", health[listing]
    assert "at least 198 listing link(s) not followed: 198 over the article budget" in health[listing]["last_error"]
    assert "(a listing page shows more than 200 article links: only its first 200 are read)" in \
        health[listing]["last_error"], health[listing]


def test_the_daemon_line_of_a_crawl_names_the_channels_it_left_out(tmp_path: Path, o_farm: Farm) -> None:
    good, gone, waiting = (o_farm.url("/o/date2999/feed/"), o_farm.url("/bad/404/feed"),
                           o_farm.url("/feed/", host=RETRY_YEAR_HOST))
    db_path = _kim_store(tmp_path, [("feed", good), ("feed", gone), ("feed", waiting)])
    _crawl(db_path, o_farm, KIMWATCH_BACKOFF_AFTER_FAILURES="1")  # the 404 is backed off at once
    config = DaemonConfig(db=str(db_path), registry=None, report_dir=str(tmp_path / "reports"))
    daemon = Daemon(config, environ=crawl_env(o_farm, KIMWATCH_BACKOFF_AFTER_FAILURES="1"))
    job = daemon.crawl("crawl-kims")  # `kimwatch crawl` in a child process, as the daemon runs it
    assert job.ok, job
    assert re.match(r"run 2 ok: 1 channels read, 1 backed off, 1 waiting Retry-After, \d+ requests, 0 new, 0 updated, 0 errors$",
                    job.message), job.message
    runs = query(db_path, "SELECT id, channels FROM crawl_runs ORDER BY id")
    db = store.connect(db_path)
    try:
        assert skipped_channels(db, runs[0]["id"], "kim") == ""  # the first run read all three
        assert runs[1]["channels"] == 1
        assert skipped_channels(db, runs[1]["id"], "kim") == ", 1 backed off, 1 waiting Retry-After"
        assert skipped_channels(db, runs[1]["id"], "source") == ""
    finally:
        db.conn.close()
