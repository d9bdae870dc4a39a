"""The revalidation pass (crawler/harvest/revalidate.py): conditional GETs before Scrapy.

Real crawls (``kimwatch crawl`` in subprocesses) against the outside tester's loopback proxy
that *is* the web (tests/outside/proxy.py), with ``http_proxy`` set as on an office server:
a re-crawl's 304s are recorded by the pass as Scrapy records them (Scrapy not even imported
when nothing changed), a changed feed is fetched once and stored, errors are recorded as Scrapy
records them, and the pass keeps the crawler's rules (proxy, robots.txt, the internal-address
guard, several crawl processes, --kim/--type).
"""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from crawler.harvest.politeness import cache_path
from tests.farm import Farm
from tests.hostile.conftest import query
from tests.outside.proxy import OutsideProxy, Reply
from tests.outside.test_outside import REPO, health, kimwatch, posts, user_env


def rss(title: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid>"
                      f"<description>{t}: warga kelurahan gotong royong.</description>"
                      f"<pubDate>Wed, 25 Nov 2026 0{i % 10}:00:00 GMT</pubDate></item>"
                      for i, (t, u) in enumerate(items))
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel></rss>'


class Feeds:
    """Feeds with ETags that answer ``If-None-Match`` with 304; ``status`` and ``drip`` break one."""

    def __init__(self) -> None:
        self.bodies: dict[str, str] = {}
        self.status: dict[str, int] = {}
        self.drip: set[str] = set()
        self.wait = 0.0  # seconds before every answer

    def route(self, host: str, target: str, headers: dict[str, str]) -> Reply:
        time.sleep(self.wait)
        key = f"{host}{target}"
        if key in self.drip:
            return Reply("x", drip=0.5, content_type="application/rss+xml")
        if key in self.status:
            return Reply("<html><body><h1>gone</h1></body></html>", status=self.status[key])
        body = self.bodies[key]
        etag = '"' + hashlib.sha1(body.encode()).hexdigest()[:12] + '"'
        if headers.get("if-none-match") == etag:
            return Reply(b"", status=304, headers={"ETag": etag})
        return Reply(body, content_type="application/rss+xml; charset=UTF-8", headers={"ETag": etag})


HOSTS = ("kimsatu.example.id", "kimdua.example.id", "kimtiga.example.id")


def world(tmp_path: Path, connect: str = "refuse") -> tuple[OutsideProxy, Feeds, Path]:
    """Three KIMs with one feed each on their own host (http), the third one with an https feed too."""
    feeds = Feeds()
    routes: dict[str, dict[str, Any]] = {}
    lines = ["kims:"]
    for n, host in enumerate(HOSTS):
        feeds.bodies[f"{host}/feed/"] = rss(f"KIM {n}", [(f"Berita {n} pertama", f"http://{host}/2026/11/satu/")])
        routes[host] = {"/feed/": feeds.route}
        lines += [f"  - id: kim-{n}", f"    name: KIM {n}", "    region: Kota Banjarmasin", "    channels:",
                  "      - type: feed", f"        url: http://{host}/feed/"]
    feeds.bodies["kimaman.example.id/secure.xml"] = rss("KIM 2 https", [("Berita aman", "https://kimaman.example.id/aman/")])
    routes["kimaman.example.id"] = {"/secure.xml": feeds.route}
    lines += ["      - type: feed", "        url: https://kimaman.example.id/secure.xml"]
    registry = tmp_path / "registry.yaml"
    registry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return OutsideProxy(routes, connect=connect).start(), feeds, registry


def crawl_json(db: Path, env: dict[str, str], *args: str) -> dict[str, Any]:
    run = kimwatch(db, "-v", "crawl", "--no-match", "--format", "json", *args, env=env)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stdout + run.stderr
    summary = json.loads(run.stdout)
    summary["stderr"] = run.stderr
    return summary


def execute(db: Path, sql: str, params: tuple[Any, ...] = ()) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(sql, params)


def fetches(db: Path, run_id: int) -> list[tuple[str, str, int, str]]:
    return [(r["url"], r["status"], r["ok"], r["error"] or "") for r in query(
        db, "SELECT c.url, f.status, f.ok, f.error FROM channel_fetches f JOIN channels c ON c.id = f.channel_id "
            "WHERE f.run_id = ? ORDER BY c.url", (run_id,))]


def comparable(summary: dict[str, Any]) -> dict[str, Any]:
    """The JSON summary without what differs from run to run (ids, times, paths)."""
    kept = {k: v for k, v in summary.items() if k not in ("db", "run_id", "seconds", "stderr")}
    kept["channels"] = sorted(kept["channels"], key=lambda c: c["url"])
    return kept


def test_unchanged_channels_are_304s_recorded_by_the_pass_through_the_proxy(tmp_path: Path) -> None:
    proxy, feeds, registry = world(tmp_path, connect="mitm")
    try:
        env = user_env(throttle=False, http_proxy=proxy.url, https_proxy=proxy.url, SSL_CERT_FILE=proxy.ca_file)
        db, plain_db = tmp_path / "k.db", tmp_path / "plain.db"
        for store in (db, plain_db):
            assert kimwatch(store, "registry", "load", str(registry), env=env).returncode == 0
            first = crawl_json(store, env)
            assert (first["status"], first["items_new"], first["requests"]) == ("ok", 4, 4 + 4)  # + robots.txt of 4 hosts
        proxy.requests.clear()
        again = crawl_json(db, env)
        seen = [(r.scheme, r.host, r.path, r.user_agent.split("/")[0]) for r in proxy.requests]
        # one conditional GET per channel through the proxy (absolute URI for http, a CONNECT
        # tunnel for https), robots.txt from the cache, nothing fetched twice
        assert sorted(seen) == sorted([("http", h, "/feed/", "kimwatch") for h in HOSTS]
                                      + [("connect", "kimaman.example.id", "kimaman.example.id:443", ""),
                                         ("tunnel", "kimaman.example.id", "/secure.xml", "kimwatch")])
        assert "revalidation: 4 channel(s) unchanged, 0 answer(s) handed to the crawl, 4 request(s)" in again["stderr"]
        # recorded as the Scrapy path records a 304: same health rows, same summary
        plain = crawl_json(plain_db, {**env, "KIMWATCH_REVALIDATE_FIRST": "0"})
        assert "revalidation" not in plain["stderr"]
        assert comparable(again) == comparable(plain)
        assert (again["status"], again["requests"], again["channels_ok"], again["items_new"]) == ("ok", 4, 4, 0)
        assert fetches(db, again["run_id"]) == fetches(plain_db, plain["run_id"])
        assert {s for _, s, _, _ in fetches(db, again["run_id"])} == {"304"}
        assert query(db, "SELECT requests, status, errors FROM crawl_runs WHERE id = ?", (again["run_id"],)) == \
            [{"requests": 4, "status": "ok", "errors": 0}]
        table = kimwatch(db, "crawl", "--no-match", env=env)  # the table and the progress lines too
        assert "unchanged (304)" in table.stderr and "4 channel(s), 4 ok, 0 failed, 0 new" in table.stdout
    finally:
        proxy.stop()


def test_a_proxy_that_refuses_connect_gets_https_as_absolute_uri_requests(tmp_path: Path) -> None:
    """An office proxy that refuses CONNECT: the pass learns it from the first refusal and asks for
    the https feed as "GET https://…", as Scrapy does, so its 304 is recorded without Scrapy."""
    proxy, feeds, registry = world(tmp_path, connect="refuse")
    try:
        env = user_env(throttle=False, http_proxy=proxy.url, https_proxy=proxy.url)
        db = tmp_path / "k.db"
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        assert crawl_json(db, env)["items_new"] == 4
        proxy.requests.clear()
        again = crawl_json(db, env)
        assert "revalidation: 4 channel(s) unchanged, 0 answer(s) handed to the crawl" in again["stderr"], again["stderr"]
        assert "Scrapy" not in again["stderr"] and again["channels_ok"] == 4
        https = [(r.scheme, r.path) for r in proxy.requests if r.host == "kimaman.example.id"]
        assert https[-1][1] == "/secure.xml" and https[-1][0] != "tunnel", https
        assert len([r for r in https if r[0] == "connect"]) <= 1  # learnt once, not asked again
    finally:
        proxy.stop()


def test_nothing_changed_means_scrapy_is_not_even_imported(tmp_path: Path) -> None:
    proxy, _, registry = world(tmp_path)
    try:
        env = user_env(throttle=False, http_proxy=proxy.url)
        db = tmp_path / "k.db"
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        crawl_json(db, env, "--type", "feed")
        program = ("import sys; from crawler.harvest.runner import run_crawl; "
                   f"r = run_crawl({str(db)!r}, match=False); "
                   "print(r.status, len(r.channels), r.requests, [c.status for c in r.channels], "
                   "sorted(m for m in ('scrapy', 'twisted') if m in sys.modules))")
        run = subprocess.run([sys.executable, "-c", program], env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
        # the https channel too: this proxy refuses CONNECT, and is asked for "GET https://…" instead
        assert run.stdout.strip() == "ok 4 5 ['304', '304', '304', '304'] []", run.stdout + run.stderr
        execute(db, "UPDATE channels SET etag = NULL, last_modified = NULL WHERE url LIKE 'https:%'")
        run = subprocess.run([sys.executable, "-c", program.replace("match=False", "match=False, types=('feed',), kims=('kim-0', 'kim-1')")],
                             env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
        assert run.stdout.strip() == "ok 2 2 ['304', '304'] []", run.stdout + run.stderr
    finally:
        proxy.stop()


def test_a_changed_feed_is_fetched_once_and_stored(tmp_path: Path) -> None:
    proxy, feeds, registry = world(tmp_path)
    try:
        env = user_env(throttle=False, http_proxy=proxy.url)
        db = tmp_path / "k.db"
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        crawl_json(db, env)
        feeds.bodies["kimdua.example.id/feed/"] = rss("KIM 1", [
            ("Berita 1 kedua", "http://kimdua.example.id/2026/11/dua/"), ("Berita 1 pertama", "http://kimdua.example.id/2026/11/satu/")])
        proxy.requests.clear()
        again = crawl_json(db, env)
        feed_gets = [(r.host, r.path) for r in proxy.requests if r.path == "/feed/"]
        assert sorted(feed_gets) == sorted((h, "/feed/") for h in HOSTS)  # kimdua's feed once, not twice
        assert "1 answer(s) handed to the crawl" in again["stderr"]
        assert sorted(p["title"] for p in posts(db, "kim-1")) == ["Berita 1 kedua", "Berita 1 pertama"]
        assert (again["items_new"], again["channels_ok"]) == (1, 4)
        status = {c["url"]: c["status"] for c in again["channels"]}
        assert status["http://kimdua.example.id/feed/"] == "200" and status["http://kimsatu.example.id/feed/"] == "304"
        # the new ETag is stored: the next crawl finds it unchanged
        proxy.requests.clear()
        third = crawl_json(db, env, "--kim", "kim-1")
        assert [c["status"] for c in third["channels"]] == ["304"] and third["requests"] == 1
    finally:
        proxy.stop()


def test_errors_are_recorded_as_scrapy_records_them(tmp_path: Path) -> None:
    proxy, feeds, registry = world(tmp_path)
    try:
        env = user_env(throttle=False, http_proxy=proxy.url, KIMWATCH_DOWNLOAD_TIMEOUT="2", KIMWATCH_RETRY_TIMES="0")
        db, plain_db = tmp_path / "k.db", tmp_path / "plain.db"
        for store in (db, plain_db):
            assert kimwatch(store, "registry", "load", str(registry), env=env).returncode == 0
            crawl_json(store, env)
        feeds.status["kimsatu.example.id/feed/"] = 404
        feeds.status["kimdua.example.id/feed/"] = 503
        feeds.drip.add("kimtiga.example.id/feed/")
        proxy.requests.clear()
        again = crawl_json(db, env)
        assert "3 answer(s) handed to the crawl" in again["stderr"]
        # each broken feed asked once: the 404, the 503 (not retried: RETRY_TIMES 0) and the drip's timeout
        assert sorted(r.host for r in proxy.requests if r.path == "/feed/") == sorted(HOSTS)
        plain = crawl_json(plain_db, {**env, "KIMWATCH_REVALIDATE_FIRST": "0"})
        mine, theirs = fetches(db, again["run_id"]), fetches(plain_db, plain["run_id"])
        assert [(u, s, ok) for u, s, ok, _ in mine] == [
            ("http://kimdua.example.id/feed/", "503", 0), ("http://kimsatu.example.id/feed/", "404", 0),
            ("http://kimtiga.example.id/feed/", "timeout", 0), ("https://kimaman.example.id/secure.xml", "304", 1)]
        assert mine == theirs  # the same status and the same message, word for word
        # as many requests: the CONNECT this proxy refuses, then the absolute-URI request, in the
        # pass as in Scrapy without it
        assert again.pop("requests") == plain.pop("requests")
        assert comparable(again) == comparable(plain)
        assert health(db) == health(plain_db)
    finally:
        proxy.stop()


def test_robots_disallow_and_internal_addresses_are_kept_from_the_pass(tmp_path: Path, farm: Farm) -> None:
    """A host whose cached robots.txt now disallows the feed, and a feed (as the store remembers
    it) on an internal address reached from a public channel: the pass sends neither, and Scrapy
    records them as it always did (robots, refused)."""
    proxy, _, registry = world(tmp_path)
    try:
        env = user_env(throttle=False, http_proxy=proxy.url, no_proxy="127.0.0.1")
        db = tmp_path / "k.db"
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        crawl_json(db, env)
        internal = farm.url("/diskominfo/feed/")
        execute(db, "UPDATE channels SET state = ? WHERE url = 'http://kimdua.example.id/feed/'",
              (json.dumps({"discovered_feed": internal}),))
        with sqlite3.connect(cache_path(db)) as cache:
            cache.execute("UPDATE robots SET body = ? WHERE origin = 'http://kimsatu.example.id'",
                          (b"User-agent: *\nDisallow: /feed/\n",))
            origin = internal.split("/diskominfo")[0]
            cache.execute("INSERT INTO robots (origin, status, body, fetched_at) SELECT ?, 200, ?, fetched_at FROM robots LIMIT 1",
                          (origin, b"User-agent: *\nAllow: /\n"))
        proxy.requests.clear()
        farm.reset_log()
        again = crawl_json(db, env)
        assert not [r for r in proxy.requests if r.host in ("kimsatu.example.id", "kimdua.example.id")]
        assert not [r for r in farm.requests if r.path.startswith("/diskominfo/")]
        found = health(db)
        assert found["http://kimsatu.example.id/feed/"][0] == "robots"
        assert found["http://kimdua.example.id/feed/"][0] == "refused" and "an internal address" in found["http://kimdua.example.id/feed/"][2]
        assert found["http://kimtiga.example.id/feed/"][0] == "304"
        assert "1 refused by the guard, 1 robots.txt not cached or disallowing" in again["stderr"]
    finally:
        proxy.stop()


def test_several_crawl_processes_take_the_answers_handed_over(tmp_path: Path) -> None:
    proxy, feeds, registry = world(tmp_path)
    try:
        env = user_env(throttle=False, http_proxy=proxy.url, KIMWATCH_CRAWL_PROCESSES="2",
                       KIMWATCH_CRAWL_CHANNELS_PER_PROCESS="1")
        db = tmp_path / "k.db"
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        crawl_json(db, env)
        for n, host in enumerate(HOSTS[:2]):
            feeds.bodies[f"{host}/feed/"] = rss(f"KIM {n}", [(f"Berita {n} baru", f"http://{host}/2026/11/baru/")])
        proxy.requests.clear()
        again = crawl_json(db, {**env, "KIMWATCH_CRAWL_CHANNELS_PER_PROCESS": "1"})
        assert "crawling in 2 processes" in again["stderr"]
        assert sorted(r.host for r in proxy.requests if r.path == "/feed/") == sorted(HOSTS)
        assert again["items_new"] == 2 and again["channels_ok"] == 4
        assert sorted(p["title"] for p in posts(db, "kim-0")) == ["Berita 0 baru", "Berita 0 pertama"]
    finally:
        proxy.stop()


def test_a_signal_during_the_pass_stops_the_crawl_promptly(tmp_path: Path) -> None:
    proxy, feeds, registry = world(tmp_path)
    try:
        env = user_env(throttle=False, http_proxy=proxy.url, KIMWATCH_STOP_GRACE_SECONDS="0.5")
        db = tmp_path / "k.db"
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        crawl_json(db, env)
        before = health(db)
        feeds.wait = 5.0
        proxy.requests.clear()
        crawl = subprocess.Popen([sys.executable, "-m", "crawler", "--db", str(db), "crawl", "--no-match", "--format", "json"],
                                 env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while len([r for r in proxy.requests if r.path == "/feed/"]) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        crawl.send_signal(signal.SIGINT)
        started = time.monotonic()
        out, err = crawl.communicate(timeout=30)
        assert time.monotonic() - started < 3.0, err  # not the 5 s the answers take
        assert crawl.returncode == 128 + signal.SIGINT, err
        summary = json.loads(out)
        assert (summary["status"], summary["interrupted_by"], summary["errors"]) == ("interrupted", "SIGINT", 0)
        assert summary["channels_not_reached"] == 4  # the https feed too: left to Scrapy, which never started
        assert health(db) == before  # channels not reached keep their health
        assert "Traceback" not in err
    finally:
        proxy.stop()
