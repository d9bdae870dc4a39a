"""A crawl over several processes (issue 16): same store as one process, hosts never shared,
no process outliving the crawl.

Every crawl is a real `kimwatch crawl` child; ``KIMWATCH_CRAWL_PROCESSES`` and
``KIMWATCH_CRAWL_CHANNELS_PER_PROCESS=1`` make the small farm crawl over two processes.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawler import store
from crawler.harvest.runner import (
    channel_hosts,
    crawl_processes,
    host_of,
    select_channels,
    split_by_host,
)
from crawler.settings import load_settings
from spiders.feed import FeedSpider
from spiders.robots import cache_path
from spiders.telegram import TelegramSpider
from spiders.youtube import YoutubeSpider
from tests.crawl.conftest import (
    REPO,
    bad_channels,
    crawl_env,
    good_channels,
    make_store,
    run_kimwatch,
)
from tests.farm import Farm
from tests.hostile.conftest import HOSTS, PER_HOST, slow_sites, slow_store
from tests.hostile.web import Site

TWO = {"KIMWATCH_CRAWL_PROCESSES": "2", "KIMWATCH_CRAWL_CHANNELS_PER_PROCESS": "1"}


def table(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(sql).fetchall(), key=repr)
    finally:
        conn.close()


def what_is_stored(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a crawl writes, without the times of writing."""
    return {
        "posts": table(db, "SELECT id, kim_id, channel_id, platform, url, canonical_url, title, text, "
                           "published_at, links, content_hash, origin, extra FROM posts"),
        "announcements": table(db, "SELECT id, source_id, channel_id, url, title, text, published_at, "
                                   "content_hash FROM announcements"),
        "channels": table(db, "SELECT id, last_status, last_error, consecutive_failures, etag, last_modified, "
                              "state, next_crawl_after IS NULL, last_success_at IS NULL FROM channels"),
        "fetches": table(db, "SELECT channel_id, run_id, ok, status, error, items_new, items_updated "
                             "FROM channel_fetches"),
        "runs": table(db, "SELECT id, trigger, status, items_new, items_updated, errors, channels, message "
                          "FROM crawl_runs"),
        # the full-text index holds each stored row under its rowid, whoever wrote it
        "fts": table(db, "SELECT p.id FROM posts p JOIN posts_fts f ON f.rowid = p.rowid "
                         "WHERE f.title IS p.title AND f.text IS p.text "
                         "UNION ALL SELECT a.id FROM announcements a JOIN announcements_fts f ON f.rowid = a.rowid "
                         "WHERE f.title IS a.title AND f.text IS a.text"),
    }


def test_two_processes_store_exactly_what_one_process_stores(tmp_path: Path, farm: Farm) -> None:
    channels = good_channels(farm) + bad_channels(farm)
    stored = {}
    for processes in ("1", "2"):
        farm.reset_state()  # the flaky feed fails the first request of each crawl alike
        db = make_store(tmp_path / f"p{processes}.db", channels)
        env = crawl_env(farm, KIMWATCH_CRAWL_PROCESSES=processes, KIMWATCH_CRAWL_CHANNELS_PER_PROCESS="1")
        run = run_kimwatch(db, "-v", "crawl", "--no-match", env=env)
        assert run.returncode == 0, run.stderr[-3000:]
        assert ("crawling in 2 processes" in run.stderr) == (processes == "2"), run.stderr[-3000:]
        assert "[23/23]" in run.stderr  # one progress line per channel, counted over both processes
        assert re.search(r"crawl partial: run 1: 23 channel\(s\), 15 ok, 8 failed, 35 new", run.stdout), run.stdout
        stored[processes] = what_is_stored(db)
    assert stored["1"]["posts"] and stored["1"]["fetches"]
    assert len(stored["1"]["fts"]) == len(stored["1"]["posts"]) + len(stored["1"]["announcements"])
    for name in stored["1"]:
        assert stored["2"][name] == stored["1"][name], name


def test_a_host_is_never_in_two_processes() -> None:
    def feed(n: int, url: str, via: str | None = None) -> dict[str, Any]:
        return {"id": f"c{n}", "owner_kind": "kim", "owner_id": f"k{n}", "type": "feed", "url": url, "via": via}

    feeds = [feed(n, f"http://site{n % 7}.example/feed{n}") for n in range(40)]
    feeds += [feed(100, "http://www.site3.example/other"),  # www. is the same server
              feed(101, "https://www.instagram.com/kimx/", via="http://bridge.example/ig/kimx"),
              feed(102, "http://bridge.example/rss/2"),  # the bridge host, shared with the via above
              feed(103, "http://lone.example/feed", via="http://site5.example/bridged")]  # joins site5
    youtube = [{"id": f"y{n}", "owner_kind": "kim", "owner_id": f"k{n}", "type": "youtube",
                "url": f"https://{host}/channel/UC{n:022d}"}
               for n, host in enumerate(["youtube.com", "m.youtube.com", "www.youtube.com"] * 3)]
    telegram = [{"id": f"t{n}", "owner_kind": "kim", "owner_id": f"k{n}", "type": "telegram",
                 "url": f"https://t.me/kim{n}"} for n in range(12)]
    assigned = {FeedSpider: feeds, YoutubeSpider: youtube, TelegramSpider: telegram}
    shares = split_by_host(assigned, 3)
    assert len(shares) == 3
    hosts_of_share = [set().union(*(channel_hosts(cls, c) for cls, chs in share.items() for c in chs))
                      for share in shares]
    for i, hosts in enumerate(hosts_of_share):
        for other in hosts_of_share[i + 1:]:
            assert not hosts & other
    every = sorted(c["id"] for share in shares for chs in share.values() for c in chs)
    assert every == sorted(c["id"] for chs in assigned.values() for c in chs)  # each channel once
    assert {"youtube.com"} == {host_of(c["url"]) for c in youtube}
    sizes = sorted(sum(len(c) for c in share.values()) for share in shares)
    assert sizes[-1] - sizes[0] <= 12  # groups spread: the biggest group is t.me's 12 channels
    assert split_by_host(assigned, 1) == [{cls: list(chs) for cls, chs in assigned.items()}]


def test_a_share_starts_every_host_before_a_second_channel_of_one() -> None:
    """Channels selected host after host are dealt one host at a time within each share (Scrapy
    counts a request waiting for its host's delay as one of its concurrent requests): every
    host's first channel comes before any host's second; each host keeps its channels' order."""
    feeds = [{"id": f"c{host:02d}-{n}", "owner_kind": "kim", "owner_id": "k", "type": "feed",
              "url": f"http://site{host}.example/feed{n}"} for host in range(10) for n in range(4)]
    shares = split_by_host({FeedSpider: feeds}, 2)
    assert len(shares) == 2
    for share in shares:
        order = [c["id"] for c in share[FeedSpider]]
        hosts = [c.split("-")[0] for c in order]
        assert len(order) == 20 and len(set(hosts[:5])) == 5  # the first five: five hosts
        assert [hosts[i:i + 5] for i in range(0, 20, 5)] == [hosts[:5]] * 4  # then round by round
        for host in set(hosts):  # within a host, the selection order
            assert [c for c in order if c.startswith(host)] == [f"{host}-{n}" for n in range(4)]
        assert hosts[:5] == sorted(hosts[:5])  # hosts in the order their first channel was selected


def test_processes_follow_the_cores_and_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    channels = {FeedSpider: [{"id": str(n)} for n in range(1000)]}
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2})
    assert crawl_processes(load_settings(), channels) == 3
    assert crawl_processes(load_settings({"CRAWL_PROCESSES": 2}), channels) == 2
    assert crawl_processes(load_settings(), {FeedSpider: channels[FeedSpider][:150]}) == 1  # few channels: one
    monkeypatch.setenv("KIMWATCH_CRAWL_PROCESSES", "1")
    assert crawl_processes(load_settings(), channels) == 1


@pytest.fixture(scope="module")
def sites() -> Iterator[list[Site]]:
    found = slow_sites()
    yield found
    for site in found:
        site.stop()


def crawl_processes_of(pid: int) -> set[int]:
    """The live children of ``pid`` (Linux /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(p) for p in text.split()}


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_slow_crawl(db: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIMWATCH_") and k.lower() not in (
        "http_proxy", "https_proxy", "no_proxy", "all_proxy")}
    env.update(TWO, PYTHONPATH=str(REPO), KIMWATCH_DOWNLOAD_TIMEOUT="30", KIMWATCH_RETRY_TIMES="0",
               KIMWATCH_AUTOTHROTTLE_ENABLED="false")
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "--db", str(db), "crawl", "--no-match"], env=env,
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:  # some channels done: both processes are crawling
        if re.match(r"\[\s*4/", line):
            break
    return proc


def test_killing_the_crawl_kills_its_processes(tmp_path: Path, sites: list[Site]) -> None:
    db = slow_store(tmp_path / "k.db", sites)
    proc = start_slow_crawl(db)
    children = crawl_processes_of(proc.pid)
    assert len(children) == 2 and all(alive(c) for c in children)
    proc.kill()  # SIGKILL: no chance to pass anything on
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(c) for c in children)
    # nothing holds the writer lock any more: the next crawl runs (and closes the killed run)
    again = subprocess.run([sys.executable, "-m", "crawler", "--db", str(db), "crawl", "--no-match", "-q",
                            "--kim", "no-such-kim"], cwd=REPO, capture_output=True, text=True, timeout=60,
                           env={**os.environ, "PYTHONPATH": str(REPO)})
    assert "being written by another" not in again.stderr, again.stderr


def test_sigterm_stops_every_process_promptly_and_keeps_what_they_stored(tmp_path: Path, sites: list[Site]) -> None:
    db = slow_store(tmp_path / "k.db", sites)
    proc = start_slow_crawl(db)
    children = crawl_processes_of(proc.pid)
    assert len(children) == 2
    proc.send_signal(signal.SIGTERM)
    sent = time.monotonic()
    out, err = proc.communicate(timeout=60)
    assert time.monotonic() - sent < 5.0, err[-2000:]
    assert proc.returncode == 143, err[-2000:]
    assert not any(alive(c) for c in children)
    assert "Traceback" not in err
    runs = table(db, "SELECT status, message, errors, requests FROM crawl_runs")
    assert len(runs) == 1 and runs[0][0] == "interrupted" and "SIGTERM" in runs[0][1]
    fetched = table(db, "SELECT channel_id, ok FROM channel_fetches")
    assert 4 <= len(fetched) < len(HOSTS) * PER_HOST / 2 and all(ok for _, ok in fetched)
    # the channels it never reached are no errors, and requests it never sent are not counted
    # (answers on their way when it stopped were sent but not stored: well under every channel)
    assert runs[0][2] == 0 and runs[0][3] < len(HOSTS) * PER_HOST / 2 + len(HOSTS), (runs, len(fetched))
    assert "not reached" in out and ", 0 failed" in out, out[-1000:]
    assert {c for c, _ in fetched} == {c for (c,) in table(db, "SELECT DISTINCT channel_id FROM posts")}
    assert table(db, "PRAGMA integrity_check") == [("ok",)]
    # the robots.txt answers it read are kept though the crawl never ended (written as they come)
    origins = {"{0.scheme}://{0.netloc}".format(urlsplit(url)) for (url,) in table(
        db, "SELECT url FROM channels WHERE id IN (SELECT channel_id FROM channel_fetches)")}
    with sqlite3.connect(cache_path(db)) as cache:
        assert origins <= {o for (o,) in cache.execute("SELECT origin FROM robots")}


def test_a_crawl_starts_with_the_channels_never_crawled_then_the_longest_unvisited(tmp_path: Path,
                                                                                  farm: Farm) -> None:
    """A crawl stopped midway (Ctrl-C, the daemon's crawl_timeout) is taken up where it left off."""
    db_path = make_store(tmp_path / "k.db", [c for c in good_channels(farm) if c["type"] == "feed"])
    db = store.connect(db_path)
    ids = [row[0] for row in db.execute("SELECT id FROM channels WHERE crawlable = 1 ORDER BY id")]
    assert len(ids) >= 3
    visited = {ids[0]: "2026-01-03T00:00:00Z", ids[1]: "2026-01-01T00:00:00Z"}
    for channel_id, when in visited.items():
        db.execute("UPDATE channels SET last_crawled_at = ? WHERE id = ?", [when, channel_id])
    db.conn.commit()
    due, _backed_off = select_channels(db)
    order = [c["id"] for c in due]
    assert order[-2:] == [ids[1], ids[0]]  # the oldest visit before the latest, both after the rest
    assert set(order[:-2]) == set(ids[2:])
