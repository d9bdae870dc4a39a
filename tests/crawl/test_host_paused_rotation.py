"""Outside tester p, finding 1: one channel answering ``429 Retry-After 120`` starved the other
channels of its host run after run. It was asked first every crawl, its host (a platform slot,
t.me/s/) was then paused for the run, and a channel dealt after it was never requested — yet
reported ``failing``, "t.me/s/ answered 429", though it never answered anything.

Now: the host is still paused (politeness), but a channel never asked is ``host-paused`` with a
note naming the URL that was refused, keeps its place among the least recently read, counts as
no failure (of the run, of its KIM), and a channel refused last time goes after the others of
its host — so every channel is eventually read.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from crawler import store
from tests.crawl.conftest import crawl_env, run_kimwatch
from tests.farm import Farm
from tests.hostile.web import Answer, Site, rss

HOST = "127.0.0.121"
#: three channels on one platform-like slot; the first (by id) always refuses
KIMS = {"kim-a-sibuk": "/s/sibuk", "kim-b-tabuk": "/s/tabuk", "kim-c-gambut": "/s/gambut"}


def _gambut(path: str) -> Answer:
    """A feed with an older page (``rel="next"``): the history a refusal used to cut short."""
    if "page=2" in path:
        return Answer(rss("Kanal gambut", [("Kabar lama gambut", f"http://{HOST}/kabar/gambut-lama")]),
                      content_type="application/rss+xml")
    feed = rss("Kanal gambut", [("Kabar gambut", f"http://{HOST}/kabar/gambut")])
    feed = feed.replace("<channel>", '<channel><atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="next" '
                                     f'href="http://{HOST}:{PORTS[0]}/s/gambut?page=2"/>', 1)
    return Answer(feed, content_type="application/rss+xml")


PORTS: list[int] = []


def _site() -> Site:
    routes: dict[str, Any] = {
        "/s/tabuk": Answer(rss("Kanal tabuk", [("Kabar tabuk", f"http://{HOST}/kabar/tabuk")]),
                           content_type="application/rss+xml"),
        "/s/gambut": _gambut,
    }
    routes["/s/sibuk"] = Answer("Too Many Requests", status=429, content_type="text/plain",
                                headers={"Retry-After": "120"})
    site = Site(routes, host=HOST).start()
    PORTS[:] = [site.port]
    return site


def _store(path: Path, site: Site) -> Path:
    db = store.connect(path)
    store.save_kims(db, [{"id": kim, "name": kim, "region": "Kabupaten Banjar"} for kim in KIMS])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": kim, "type": "feed", "url": site.url(p)}
                             for kim, p in KIMS.items()])
    db.conn.close()
    return path


def _channels(db: Path) -> dict[str, dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {row["owner_id"]: dict(row) for row in conn.execute("SELECT * FROM channels")}
    finally:
        conn.close()


def _fetch_rows(db: Path, kim: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM channel_fetches f JOIN channels c ON c.id = f.channel_id "
                                "WHERE c.owner_id = ?", [kim]).fetchone()[0])
    finally:
        conn.close()


def _asked(site: Site, path: str) -> int:
    return sum(1 for r in site.requests if r.split("?")[0] == path)


def test_a_channel_always_refused_no_longer_starves_the_others_of_its_host(tmp_path: Path, farm: Farm) -> None:
    site = _site()
    try:
        db = _store(tmp_path / "k.db", site)
        env = crawl_env(farm, KIMWATCH_PLATFORM_RATES=json.dumps({f"{HOST}/s/": {"per_second": 20, "concurrency": 1}}))

        # run 1: the refusing channel is asked first (never crawled, first id); its 429 pauses the slot
        first = run_kimwatch(db, "crawl", "--no-match", env=env)
        assert first.returncode in (0, 1), first.stderr[-3000:]
        assert _asked(site, "/s/sibuk") == 1 and _asked(site, "/s/tabuk") == 0, site.requests  # politeness kept
        rows = _channels(db)
        assert rows["kim-a-sibuk"]["last_status"] == "rate-limited", rows["kim-a-sibuk"]
        tabuk = rows["kim-b-tabuk"]
        assert tabuk["last_status"] == "host-paused", tabuk
        # its own truthful note: the URL that was refused, and until when; not "answered 429"
        assert tabuk["last_error"].startswith(f"not reached: host {HOST}/s/ paused after 429 from "
                                              f"{site.url('/s/sibuk')} until "), tabuk["last_error"]
        assert "(Retry-After 120 s)" in tabuk["last_error"], tabuk["last_error"]
        assert "answered" not in tabuk["last_error"], tabuk["last_error"]
        assert tabuk["last_crawled_at"] is None and tabuk["consecutive_failures"] == 0, tabuk
        assert tabuk["next_crawl_after"], tabuk  # it waits as its host asked, like the refused one
        assert _fetch_rows(db, "kim-b-tabuk") == 0  # nothing was fetched: no failed fetch recorded
        assert "not reached host-paused" in first.stdout, first.stdout
        # the refused one waits for its host's Retry-After (no failure: one rule, fixes13 and fixes14)
        assert "0 failed, 2 not reached, 1 waiting for the host's Retry-After" in first.stdout, first.stdout

        # the report: not "failing", and the KIM's reason says why, honestly
        report = run_kimwatch(db, "report", "--days", "1", "--format", "json", env=env)
        assert report.returncode == 0, report.stderr[-3000:]
        kims = {k["id"]: k for k in json.loads(report.stdout)["kims"]}
        assert kims["kim-b-tabuk"]["status"] == "unmeasured", kims["kim-b-tabuk"]
        assert kims["kim-b-tabuk"]["status_reason"] == "host_paused", kims["kim-b-tabuk"]
        assert [c["health"] for c in kims["kim-b-tabuk"]["channels"]] == ["host_paused"]
        assert [c["health"] for c in kims["kim-a-sibuk"]["channels"]] == ["waiting"]
        shown = run_kimwatch(db, "registry", "show", env=env)
        assert "not reached in the last crawl (never read yet): not reached: host" in shown.stdout, shown.stdout

        # run 2 (not waiting the 120 s out): the channels never asked go first and are read, their
        # older pages too: the channel refused last time is asked once the others of its host are done
        second = run_kimwatch(db, "crawl", "--no-match", "--ignore-backoff", env=env)
        assert second.returncode in (0, 1), second.stderr[-3000:]
        assert _asked(site, "/s/tabuk") == 1 and _asked(site, "/s/gambut") == 2, site.requests
        assert [r for r in site.requests if r.startswith("/s/")][-2:] == ["/s/gambut?page=2", "/s/sibuk"], \
            site.requests
        rows = _channels(db)
        assert rows["kim-b-tabuk"]["last_status"] == "200" and rows["kim-c-gambut"]["last_status"] == "200", rows

        # kim-b-tabuk read once more on its own: now kim-a-sibuk (refused) is read longer ago than it
        # (a second later than run 2: last_crawled_at is stored to the second, and a tie goes by id)
        time.sleep(1.1)
        alone = run_kimwatch(db, "crawl", "--no-match", "--ignore-backoff", "--kim", "kim-b-tabuk", env=env)
        assert alone.returncode == 0, alone.stderr[-3000:]
        # run 4: the channel refused last time goes after the others of its host, though read earlier
        fourth = run_kimwatch(db, "crawl", "--no-match", "--ignore-backoff", env=env)
        assert fourth.returncode in (0, 1), fourth.stderr[-3000:]
        assert _asked(site, "/s/tabuk") == 3 and _asked(site, "/s/gambut") == 3, site.requests
        assert [r.split("?")[0] for r in site.requests if r.startswith("/s/")][-3:] == \
            ["/s/gambut", "/s/tabuk", "/s/sibuk"], site.requests
    finally:
        site.stop()
