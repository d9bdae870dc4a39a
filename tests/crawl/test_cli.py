"""`kimwatch crawl` as a command: proxy, lock, filters, exit codes, help."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from click.testing import CliRunner

from crawler.cli import cli
from crawler.lock import writer_lock
from tests.crawl.conftest import REPO, crawl_env, good_channels, make_store, run_kimwatch
from tests.farm import ROBOTS_HOST, Farm
from tests.farm.proxy import LoopbackProxy


def test_crawl_goes_through_the_proxy_in_http_proxy(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "k.db", good_channels(farm)[:2])
    proxy = LoopbackProxy().start()
    try:
        result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm, http_proxy=proxy.url))
    finally:
        proxy.stop()
    assert result.returncode == 0, result.stderr
    assert farm.url("/diskominfo/feed/") in proxy.requests
    assert farm.url("/kimsungaijingah/feeds/posts/default") in proxy.requests
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM announcements").fetchone()[0] == 3


def test_no_proxy_is_honoured(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "k.db", good_channels(farm)[:1])
    proxy = LoopbackProxy().start()
    try:
        result = run_kimwatch(db, "crawl", "--no-match", "-q",
                              env=crawl_env(farm, http_proxy=proxy.url, no_proxy="127.0.0.1"))
    finally:
        proxy.stop()
    assert result.returncode == 0, result.stderr
    assert proxy.requests == []
    assert farm.requests_to("/diskominfo/feed/")


def test_locked_database_stops_the_crawl_with_a_message(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "k.db", good_channels(farm)[:1])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from crawler.lock import writer_lock\n"
         f"with writer_lock({str(db)!r}):\n    print('locked', flush=True); time.sleep(30)"],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = run_kimwatch(db, "crawl", "-q", env=crawl_env(farm))
        assert result.returncode == 1
        assert f"pid {holder.pid}" in result.stderr and "--wait" in result.stderr
        assert "Traceback" not in result.stderr
        assert farm.requests == []
    finally:
        holder.kill()
        holder.wait()


def test_wait_waits_for_the_lock_then_crawls(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "k.db", good_channels(farm)[:1])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; from crawler.lock import writer_lock\n"
         f"with writer_lock({str(db)!r}):\n    print('locked', flush=True); time.sleep(1.5)"],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = run_kimwatch(db, "crawl", "--wait", "--no-match", env=crawl_env(farm))
        assert result.returncode == 0, result.stderr
        assert time.monotonic() - started >= 1.0
        assert f"waiting for kimwatch process {holder.pid}" in result.stderr
        assert "3 new" in result.stdout
    finally:
        holder.wait()


def test_filters_select_channels_and_bad_filters_fail_cleanly(tmp_path: Path, farm: Farm) -> None:
    db = make_store(tmp_path / "k.db", good_channels(farm))
    result = run_kimwatch(db, "crawl", "--no-match", "--type", "telegram", "--kim", "kim-kotabaru-hilir",
                          "--trigger", "daemon", env=crawl_env(farm))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT DISTINCT platform FROM posts").fetchall() == [("telegram",)]
    assert conn.execute("SELECT trigger, channels FROM crawl_runs").fetchall() == [("daemon", 1)]
    bad = run_kimwatch(db, "crawl", "--kim", "kim-nowhere", env=crawl_env(farm))
    assert bad.returncode == 1 and "--kim 'kim-nowhere': no such kim" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_crawl_with_nothing_to_crawl_exits_zero(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    CliRunner().invoke(cli, ["--db", str(db), "init"], catch_exceptions=False)
    result = CliRunner().invoke(cli, ["--db", str(db), "crawl", "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "crawl nothing: run 1: 0 channel(s)" in result.output


def test_lock_is_free_after_a_crawl(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    CliRunner().invoke(cli, ["--db", str(db), "init"], catch_exceptions=False)
    CliRunner().invoke(cli, ["--db", str(db), "crawl", "-q"], catch_exceptions=False)
    with writer_lock(db, wait=False):
        pass


def test_crawl_and_demo_have_help_with_an_example() -> None:
    for command in ("crawl", "demo"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output
    assert "--trigger" not in CliRunner().invoke(cli, ["crawl", "--help"]).output


def test_a_channel_url_scrapy_cannot_request_costs_that_channel_only(tmp_path: Path, farm: Farm) -> None:
    channels = good_channels(farm)[:1] + [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed",
                                          "url": "kimrusak.example/feed"}]
    db = make_store(tmp_path / "k.db", channels)
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    health = conn.execute("SELECT last_status, consecutive_failures FROM channels WHERE url = 'kimrusak.example/feed'").fetchone()
    assert health == ("bad-url", 1)
    assert conn.execute("SELECT count(*) FROM announcements").fetchone()[0] == 3


def test_youtube_handle_page_leads_to_the_feed_which_is_remembered(tmp_path: Path, farm: Farm) -> None:
    channels = [{"owner_kind": "kim", "owner_id": "kim-batola", "type": "youtube", "url": farm.url("/@kimbatola")}]
    db = make_store(tmp_path / "k.db", channels)
    first = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert first.returncode == 0, first.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM posts WHERE platform = 'youtube'").fetchone()[0] == 2
    state, fetches = conn.execute("SELECT state, (SELECT count(*) FROM channel_fetches) FROM channels").fetchone()
    assert farm.url("/feeds/videos.xml?channel_id=UCkimbatola0000000000001") in state and fetches == 1
    farm.reset_log()
    second = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert second.returncode == 0, second.stderr
    assert [(r.path, r.status) for r in farm.requests if r.path != "/robots.txt"] == [
        ("/feeds/videos.xml?channel_id=UCkimbatola0000000000001", 304)]


def test_a_home_page_registered_as_a_feed_leads_to_its_announced_feed(tmp_path: Path, farm: Farm) -> None:
    channels = [{"owner_kind": "kim", "owner_id": "kim-angsau", "type": "feed", "url": farm.url("/kimangsau/")}]
    db = make_store(tmp_path / "k.db", channels)
    first = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert first.returncode == 0, first.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 5
    state, status = conn.execute("SELECT state, last_status FROM channels").fetchone()
    assert json.loads(state)["discovered_feed"] == farm.url("/kimangsau/feed/") and status == "200"
    assert not farm.requests_to("/kimangsau/comments/feed/")
    farm.reset_log()
    second = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert second.returncode == 0, second.stderr
    assert [(r.path, r.status) for r in farm.requests if r.path != "/robots.txt"] == [("/kimangsau/feed/", 304)]


def test_robots_txt_binds_every_channel_of_a_host_not_only_the_first(tmp_path: Path, farm: Farm) -> None:
    """Channels of one host that wait together for its robots.txt all obey it.

    Scrapy's middleware gave the parsed robots.txt to the first waiting request only and let the
    others through; with three Disallowed channels, some of them are later waiters.
    """
    paths = ["/private/feed/", "/public/feed/", "/private/other/feed/", "/private/a/", "/public/feed2/"]
    channels = [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": farm.url(p, host=ROBOTS_HOST)}
                for p in paths]
    db = make_store(tmp_path / "k.db", channels)
    farm.reset_log()
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert result.returncode == 0, result.stderr
    assert not [p for p in farm.paths(host=ROBOTS_HOST) if p.startswith("/private/")]
    conn = sqlite3.connect(db)
    health = dict(conn.execute("SELECT url, last_status FROM channels").fetchall())
    conn.close()
    assert health == {farm.url(p, host=ROBOTS_HOST): "robots" if "private" in p else "200" for p in paths}


def _crawl_until_started(db: Path, farm: Farm, **extra: str) -> tuple[subprocess.Popen[str], list[str]]:
    """A crawl with a 4 s slow feed, returned once its first channel is done (the slow one is in flight)."""
    env = crawl_env(farm, KIMWATCH_DOWNLOAD_TIMEOUT="20", **extra)
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "--db", str(db), "crawl", "--no-match"], env=env,
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if line.startswith("[1/"):
            break
    return proc, seen


def _slow_store(tmp_path: Path, farm: Farm) -> Path:
    slow = {"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": farm.url("/bad/slow/feed")}
    return make_store(tmp_path / "k.db", good_channels(farm)[:3] + [slow])


def test_ctrl_c_stops_the_crawl_cleanly_after_the_requests_in_flight(tmp_path: Path, farm: Farm) -> None:
    """Within STOP_GRACE_SECONDS (here longer than the slow feed's 4 s) an answer in flight is stored."""
    db = _slow_store(tmp_path, farm)
    proc, _ = _crawl_until_started(db, farm, KIMWATCH_STOP_GRACE_SECONDS="15")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "SIGINT: stopping the crawl; answers on their way get 15 s" in err
    assert "crawl interrupted" in out
    conn = sqlite3.connect(db)
    run = conn.execute("SELECT status, finished_at, message FROM crawl_runs").fetchone()
    slow = conn.execute("SELECT last_status FROM channels WHERE url LIKE '%/bad/slow/feed'").fetchone()
    posts = conn.execute("SELECT count(*) FROM posts WHERE channel_id LIKE 'kim-rusak/%'").fetchone()[0]
    conn.close()
    assert run[0] == "interrupted" and run[1] and "SIGINT" in run[2]
    assert slow == ("200",) and posts == 1  # the request in flight was answered and its item stored


def test_a_second_ctrl_c_stops_at_once(tmp_path: Path, farm: Farm) -> None:
    db = _slow_store(tmp_path, farm)
    proc, _ = _crawl_until_started(db, farm)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.3)
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "SIGINT again: stopping at once" in err
    assert time.monotonic() - started < 3  # the slow feed answers 4 s after it was asked
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT status FROM crawl_runs").fetchone() == ("interrupted",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_bot_wall_challenge_page_is_a_failed_channel_not_an_empty_one(tmp_path: Path, farm: Farm) -> None:
    urls = {("feed", "/walled/200/feed/"), ("website", "/walled/200/"), ("feed", "/walled/403/feed/"),
            ("website", "/walled/403/")}
    channels = [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": kind, "url": farm.url(path)} for kind, path in urls]
    db = make_store(tmp_path / "k.db", channels)
    result = run_kimwatch(db, "crawl", "--no-match", env=crawl_env(farm))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    health = conn.execute("SELECT type, url, last_status, last_error, consecutive_failures FROM channels").fetchall()
    conn.close()
    assert len(health) == 4
    for kind, url, status, error, failures in health:
        assert (status, failures) == ("blocked", 1), (kind, url, status, error)
        assert "Cloudflare challenge page (Just a moment...)" in error and "prove you are a browser" in error
    assert result.stdout.count("FAIL blocked") == 4


def _one_feed(tmp_path: Path, url: str) -> Path:
    """A store whose one channel is the feed at ``url`` (of kim-rusak)."""
    return make_store(tmp_path / "k.db", [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": url}])


def _urls_after_two_crawls(db: Path, farm: Farm) -> list[str]:
    """The URLs of the posts stored after crawling twice (a second crawl must add nothing)."""
    for _ in range(2):
        assert run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm)).returncode == 0
    conn = sqlite3.connect(db)
    urls = sorted(r[0] for r in conn.execute("SELECT url FROM posts"))
    conn.close()
    return urls


def test_feed_items_with_only_a_description_are_stored_and_empty_ones_noted(tmp_path: Path, farm: Farm) -> None:
    url = farm.url("/quirks/description-only/feed")
    db = _one_feed(tmp_path, url)
    first = run_kimwatch(db, "crawl", "--no-match", env=crawl_env(farm))
    conn = sqlite3.connect(db)
    note = conn.execute("SELECT last_error FROM channels").fetchone()[0]
    conn.execute("UPDATE channels SET etag = NULL, last_modified = NULL")  # the second crawl reads it all again
    conn.commit()
    second = run_kimwatch(db, "crawl", "--no-match", env=crawl_env(farm))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    texts = sorted(row[0] for row in conn.execute("SELECT text FROM posts"))
    conn.close()
    assert len(texts) == 3  # and no duplicates from the second crawl
    assert texts[0].startswith("Gotong royong membersihkan siring Binuang") and texts[1].startswith("Info singkat: air PDAM")
    assert "1 empty entry (no id, link, title or text) skipped" in note
    assert "0 new" in second.stdout


def test_robots_txt_is_fetched_once_per_host_for_all_channel_types(tmp_path: Path, farm: Farm) -> None:
    channels = good_channels(farm)  # feeds, a YouTube channel and a Telegram preview on one host
    assert len({c["type"] for c in channels if c["url"].startswith(farm.base())}) >= 3
    db = make_store(tmp_path / "k.db", channels)
    farm.reset_log()
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm))
    assert result.returncode == 0, result.stderr
    assert len(farm.requests_to("/robots.txt", host=farm.hosts[0])) == 1


def test_session_ids_in_links_do_not_make_posts_new_on_every_crawl(tmp_path: Path, farm: Farm) -> None:
    db = _one_feed(tmp_path, farm.url("/quirks/session/feed"))
    assert _urls_after_two_crawls(db, farm) == ["http://kimlama.example/artikel.php?id=1",
                                                "http://kimlama.example/artikel.php?id=2"]


def test_undated_feed_items_new_after_the_first_crawl_are_dated_when_first_seen(tmp_path: Path, farm: Farm) -> None:
    url = farm.url("/quirks/undated/feed")
    db = _one_feed(tmp_path, url)
    farm.state.pop("undated_more", None)
    try:
        assert run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm)).returncode == 0
        farm.state["undated_more"] = True
        before = time.time()
        assert run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm)).returncode == 0
    finally:
        farm.state.pop("undated_more", None)
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT title, published_at FROM posts").fetchall())
    extra = conn.execute("SELECT extra FROM posts WHERE title = 'Pemadaman listrik besok pagi'").fetchone()[0]
    conn.close()
    # what the first crawl found may be years old: it stays undated
    assert rows["Kerja bakti di siring"] is None and rows["Posyandu balita bulan ini"] is None
    first_seen = rows["Pemadaman listrik besok pagi"]
    assert first_seen and abs(time.mktime(time.strptime(first_seen, "%Y-%m-%dT%H:%M:%SZ")) - time.timezone - before) < 60
    assert json.loads(extra)["published_source"] == "first_seen"


def test_items_are_stored_within_seconds_even_if_the_crawl_is_killed(tmp_path: Path, farm: Farm) -> None:
    db = _slow_store(tmp_path, farm)  # three quick channels and a feed that answers after 4 s
    proc, seen = _crawl_until_started(db, farm)
    assert proc.stderr is not None
    while not any(line.startswith("[3/") for line in seen):
        seen.append(proc.stderr.readline())
    time.sleep(3)  # the items of the quick channels wait at most STORE_FLUSH_SECONDS (2 s)
    proc.kill()  # as the daemon's SIGKILL of a hung crawl
    proc.communicate(timeout=30)
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM posts").fetchone()[0] + conn.execute(
        "SELECT count(*) FROM announcements").fetchone()[0]
    conn.close()
    assert stored >= 3, seen


def test_bridge_feeds_new_guids_and_error_items(tmp_path: Path, farm: Farm) -> None:
    guids = farm.url("/quirks/rsshub/instagram/user/kimgonta")
    broken = farm.url("/quirks/rsshub/facebook/page/kimrusak")
    db = make_store(tmp_path / "k.db", [
        {"owner_kind": "kim", "owner_id": "kim-rusak", "type": "instagram", "url": "https://www.instagram.com/kimgonta/",
         "via": guids},
        {"owner_kind": "kim", "owner_id": "kim-rusak", "type": "facebook", "url": "https://www.facebook.com/kimrusak",
         "via": broken}])
    for _ in range(2):
        assert run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm)).returncode == 0
    conn = sqlite3.connect(db)
    urls = sorted(r[0] for r in conn.execute("SELECT url FROM posts"))
    health = conn.execute("SELECT last_status, last_error FROM channels WHERE type = 'facebook'").fetchone()
    conn.close()
    assert urls == ["https://www.instagram.com/p/C9xQk1LhA1b/", "https://www.instagram.com/p/C9xQk2LhA1b/"]
    # the farm is on loopback: what its bridge answered is an internal page's, named only in the log
    assert health[0] == "bridge-error" and "reports an error (what an internal address answered" in health[1]


def test_items_sharing_one_guid_are_kept_apart_and_relative_links_resolved(tmp_path: Path, farm: Farm) -> None:
    db = _one_feed(tmp_path, farm.url("/quirks/same-guid/feed"))
    assert _urls_after_two_crawls(db, farm) == sorted(["http://kimsama.example/berita-1", "http://kimsama.example/berita-2",
                           farm.url("/2026/11/berita-3.html")])


def test_a_long_crawl_says_how_far_it_is_and_which_hosts_it_waits_on(tmp_path: Path, farm: Farm) -> None:
    """Every PROGRESS_SECONDS a line on stderr: channels done, hosts still waited on (not with -q)."""
    db = _slow_store(tmp_path, farm)
    env = crawl_env(farm, KIMWATCH_DOWNLOAD_TIMEOUT="20", KIMWATCH_PROGRESS_SECONDS="0.5")
    done = run_kimwatch(db, "crawl", "--no-match", env=env)
    assert done.returncode == 0, done.stderr
    slow_host = urlsplit(farm.url("/bad/slow/feed")).hostname
    assert re.search(rf"crawling: 3/4 channel\(s\) done after \d+ s; waiting on 1 host\(s\): "
                     rf"{re.escape(str(slow_host))} \(1\)", done.stderr), done.stderr
    quiet = run_kimwatch(make_store(tmp_path / "q.db", [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed",
                                                         "url": farm.url("/bad/slow/feed")}]),
                         "crawl", "--no-match", "-q", env=env)
    assert quiet.returncode == 0 and "crawling:" not in quiet.stderr


def test_crawl_status_names_the_busiest_hosts_first() -> None:
    from crawler.harvest.context import ChannelOutcome
    from crawler.harvest.runner import crawl_status

    def outcome(n: int, url: str, finished: bool) -> ChannelOutcome:
        return ChannelOutcome(f"kim-{n}/telegram/x", "kim", f"kim-{n}", "telegram", url, finished=finished)

    outcomes = ([outcome(n, f"https://t.me/s/kim{n}", False) for n in range(5)]
                + [outcome(10 + n, f"https://www.youtube.com/@kim{n}", False) for n in range(2)]
                + [outcome(20, "https://a.example.id/feed", False), outcome(21, "https://b.example.id/feed", False),
                   outcome(22, "https://c.example.id/feed", True)])
    assert crawl_status(outcomes, 42.4) == ("crawling: 1/10 channel(s) done after 42 s; waiting on 4 host(s): "
                                           "t.me (5), www.youtube.com (2), a.example.id (1) and 1 more")
    assert crawl_status(outcomes[-1:], 3) == "crawling: 1/1 channel(s) done after 3 s"
