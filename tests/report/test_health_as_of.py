"""A past period's report shows each channel's health as it was at the period's end, not today's
(fixes23, T's LOW 11), the same whether its fetch rows are still per-fetch or rolled up.

The tester's case: the December report made on 11 January. kim-c's feed failed from 16 to 30
December (one success, then seven failures in December), and has been read fine since January.
Every report runs through the command line under faketime, as the tester ran it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler import store

REPO = Path(__file__).resolve().parent.parent.parent
NOW = "2027-01-11 02:00:00"  # UTC: 10:00 WITA on 11 January
DECEMBER = ["--days", "31", "--until", "2026-12-31"]

REGISTRY = """\
kims:
  - id: kim-c
    name: KIM Cempaka
    region: Kota Banjarmasin
    channels:
      - type: feed
        url: https://kimcempaka.blogspot.com/feeds/posts/default
  - id: kim-d
    name: KIM Dalam Pagar
    region: Kabupaten Banjar
    channels:
      - type: feed
        url: https://kimdalampagar.wordpress.com/feed/
"""

pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime is not installed")


def kimwatch(db: Path, *args: str, now: str = NOW) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO), "TZ": "UTC"}
    done = subprocess.run(["faketime", now, sys.executable, "-m", "crawler", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def december_store(tmp_path: Path) -> Path:
    """kim-c/feed: ok on 15 Dec, failing 16–30 Dec (7 failures, one of them a 429 that is no
    failure of the channel, after a success on the 16th), ok again from 2 Jan to 11 Jan 08:00 WITA.
    kim-d/feed: ok all along, last read on 31 Dec (nothing after the period)."""
    registry = tmp_path / "registry.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    db = tmp_path / "d.db"
    kimwatch(db, "registry", "load", str(registry))
    ids = {row[1]: row[0] for row in store.connect(db).execute("SELECT id, owner_id FROM channels")}
    feed_c, feed_d = ids["kim-c"], ids["kim-d"]
    fetches = [
        (feed_c, "2026-12-15T02:00:00Z", 1, "200", None),
        (feed_c, "2026-12-16T01:00:00Z", 1, "304", None),     # the last success in December
        (feed_c, "2026-12-16T09:00:00Z", 0, "503", "HTTP 503"),
        (feed_c, "2026-12-18T09:00:00Z", 0, "timeout", "timed out after 30s"),
        (feed_c, "2026-12-20T09:00:00Z", 0, "rate-limited", "HTTP 429 Too Many Requests"),
        (feed_c, "2026-12-22T09:00:00Z", 0, "503", "HTTP 503"),
        (feed_c, "2026-12-25T09:00:00Z", 0, "503", "HTTP 503"),
        (feed_c, "2026-12-28T09:00:00Z", 0, "dns", "no such host"),
        (feed_c, "2026-12-30T09:00:00Z", 0, "404", "HTTP 404"),
        (feed_c, "2027-01-02T00:00:00Z", 1, "200", None),
        (feed_c, "2027-01-11T00:00:00Z", 1, "200", None),     # 08:00 WITA, after the period
        (feed_d, "2026-12-10T00:00:00Z", 1, "200", None),
        (feed_d, "2026-12-31T03:00:00Z", 1, "304", None),
    ]
    conn = store.connect(db)
    with store.transaction(conn):
        for channel_id, fetched_at, ok, status, error in fetches:
            conn.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) VALUES (?, ?, ?, ?, ?)",
                         [channel_id, fetched_at, ok, status, error])
        # what the crawl left on the channels: today's health
        conn.execute("UPDATE channels SET last_crawled_at = '2027-01-11T00:00:00Z', last_success_at = "
                     "'2027-01-11T00:00:00Z', last_status = '200', last_error = NULL, consecutive_failures = 0 "
                     "WHERE id = ?", [feed_c])
        conn.execute("UPDATE channels SET last_crawled_at = '2026-12-31T03:00:00Z', last_success_at = "
                     "'2026-12-31T03:00:00Z', last_status = '304', consecutive_failures = 0 WHERE id = ?", [feed_d])
        conn.execute("INSERT INTO posts (id, kim_id, channel_id, platform, url, title, text, published_at, fetched_at) "
                     "VALUES ('p1', 'kim-c', ?, 'website', 'https://kimcempaka.blogspot.com/p1', 'Gotong royong', "
                     "'Warga gotong royong.', '2026-12-05T02:00:00Z', '2026-12-05T03:00:00Z')", [feed_c])
    conn.conn.close()
    return db


_GENERATED = [(re.compile(r'"generated_at": "[^"]*"'), '"generated_at": "GENERATED"'),
              (re.compile(r"(?m)^generated_at,.*$"), "generated_at,GENERATED"),
              (re.compile(r"(Generated|Dibuat): [0-9 :-]+ WITA"), "GENERATED")]


def outputs(db: Path) -> dict[str, str]:
    """Every format of the December report, and --kim, with the time of generation blanked."""
    found = {fmt: kimwatch(db, "report", *DECEMBER, "--format", fmt) for fmt in ("table", "json", "csv", "html")}
    found["kim"] = kimwatch(db, "report", *DECEMBER, "--kim", "kim-c")
    found["kim-json"] = kimwatch(db, "report", *DECEMBER, "--kim", "kim-c", "--format", "json")
    found["kim-html"] = kimwatch(db, "report", *DECEMBER, "--kim", "kim-c", "--format", "html")
    found["summary"] = kimwatch(db, "report", *DECEMBER, "--format", "csv", "--csv-table", "summary")
    for name, text in found.items():
        for pattern, blank in _GENERATED:
            text = pattern.sub(blank, text)
        found[name] = text
    return found


def channel(report: dict, kim_id: str) -> dict:
    return next(k for k in report["kims"] if k["id"] == kim_id)["channels"][0]


def test_a_past_period_shows_the_health_at_its_end_in_every_format(tmp_path: Path) -> None:
    out = outputs(december_store(tmp_path))
    report = json.loads(out["json"])
    feed = channel(report, "kim-c")
    # six failures in a row at the end of December (the 429 is none): broken, as the crawl said then
    assert (feed["health"], feed["consecutive_failures"], feed["last_status"]) == ("broken", 6, "404")
    assert (feed["last_crawled_at"], feed["last_success_at"]) == ("2026-12-30T09:00:00Z", "2026-12-16T01:00:00Z")
    assert (feed["fetches_ok"], feed["fetches_failed"]) == (2, 7)
    assert feed["health_as_of"] == report["channel_health_as_of"] == "2026-12-31T16:00:00Z"
    assert report["channels_by_health"] == {"broken": 1, "empty": 1}  # kim-d: read, no post
    assert channel(report, "kim-d")["last_success_at"] == "2026-12-31T03:00:00Z"  # not read since: as it is
    # the table, CSV, HTML and --kim say it too, and that it is the health of then
    assert re.search(r"kim-c .* feed:broken", out["table"]), out["table"]
    assert "Channel health as it was at the end of the period (31 December 2026, WITA)" in out["table"]
    row = next(r for r in csv.DictReader(io.StringIO(out["csv"])) if r["id"] == "kim-c")
    assert (row["channel_health"], row["channels_ok"], row["channel_health_as_of"]) == (
        "feed:broken", "0", "2026-12-31T16:00:00Z")
    assert "channel_health_as_of,2026-12-31T16:00:00Z" in out["summary"]
    assert 'class="pill broken"' in out["html"] and "(31 Desember 2026, WITA)" in out["html"]
    assert "ok; " not in out["kim"] and "broken" in out["kim"] and "last ok 2026-12-16 09:00" in out["kim"]
    assert "2027-01-11" not in out["kim"]
    assert channel({"kims": [json.loads(out["kim-json"])["kim"]]}, "kim-c")["health"] == "broken"
    assert 'class="pill broken"' in out["kim-html"]
    # the KIM's status is the period's (it was right before): inactive, its post is in the period
    assert next(k for k in report["kims"] if k["id"] == "kim-c")["status"] == "inactive"


def test_the_health_of_a_past_period_is_the_same_after_the_roll_up(tmp_path: Path) -> None:
    db = december_store(tmp_path)
    before = outputs(db)
    kimwatch(db, "maintain", "--keep-days", "5", "--vacuum", "never")
    conn = store.connect(db)
    assert conn.execute("SELECT count(*) FROM channel_fetches WHERE fetched_at < '2027-01-01'").fetchone()[0] == 0
    day = next(conn.query("SELECT first_fetched_at, last_fetched_at, last_ok_at, trailing_failures, last_status "
                          "FROM channel_fetch_days WHERE day = '2026-12-16'"))
    conn.conn.close()
    assert day == {"first_fetched_at": "2026-12-16T01:00:00Z", "last_fetched_at": "2026-12-16T09:00:00Z",
                   "last_ok_at": "2026-12-16T01:00:00Z", "trailing_failures": 1, "last_status": "503"}
    after = outputs(db)
    assert after == before
    assert channel(json.loads(after["json"]), "kim-c")["health"] == "broken"


def test_a_period_running_until_today_shows_the_health_now(tmp_path: Path) -> None:
    db = december_store(tmp_path)
    report = json.loads(kimwatch(db, "report", "--days", "31", "--until", "2027-01-11", "--format", "json"))
    feed = channel(report, "kim-c")
    assert (feed["health"], feed["last_success_at"], feed["health_as_of"]) == ("ok", "2027-01-11T00:00:00Z", None)
    assert report["channel_health_as_of"] is None
    assert "Channel health as it was" not in kimwatch(db, "report", "--days", "31", "--until", "2027-01-11")
    # a period ending in the middle of the failures: failing (two in a row), as of its end
    mid = json.loads(kimwatch(db, "report", "--days", "7", "--until", "2026-12-19", "--format", "json"))
    feed = channel(mid, "kim-c")
    assert (feed["health"], feed["consecutive_failures"], feed["last_error"]) == ("failing", 2, "timed out after 30s")


def test_a_channel_first_read_after_a_past_period_shows_its_health_now(tmp_path: Path) -> None:
    """A store begun after the period (the first crawl on 11 January reads December's posts):
    a channel with no fetch before the period's end is as it is now, not "never fetched" — its
    posts of the period were read — and the note says how many channels that is."""
    db = december_store(tmp_path)
    conn = store.connect(db)
    with store.transaction(conn):
        conn.execute("DELETE FROM channel_fetches WHERE fetched_at < '2027-01-01'")
    conn.conn.close()
    report = json.loads(kimwatch(db, "report", *DECEMBER, "--format", "json"))
    feed = channel(report, "kim-c")
    assert (feed["health"], feed["last_success_at"], feed["health_as_of"]) == ("ok", "2027-01-11T00:00:00Z", None)
    assert report["channel_health_as_of"] == "2026-12-31T16:00:00Z"
    table = kimwatch(db, "report", *DECEMBER)
    assert "1 channel(s) first read after it: as they are now." in table, table
    assert "1 kanal baru dibaca sesudahnya" in kimwatch(db, "report", *DECEMBER, "--lang", "id")
