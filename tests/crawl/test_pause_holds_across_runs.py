"""A host's pause holds across runs (outside tester "q", finding 7): after "paused … until
03:00:01Z", a crawl at 02:59:47 asked t.me/s/ again for a channel read before the refusal in the
previous run. The channels that had their answers from the host in the run its refusal came in
are not due before the pause ends either."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler import store
from tests.crawl.conftest import crawl_env, run_kimwatch
from tests.farm import Farm
from tests.hostile.web import Answer, Site, rss

HOST = "127.0.0.122"
#: two channels on one platform-like slot: the first (by id) is read, the second refuses
KIMS = {"kim-a-tabuk": "/s/tabuk", "kim-b-sibuk": "/s/sibuk"}


def test_a_channel_read_before_its_hosts_refusal_waits_for_the_pause_too(tmp_path: Path, farm: Farm) -> None:
    site = Site({"/s/tabuk": Answer(rss("Kanal tabuk", [("Kabar tabuk", f"http://{HOST}/kabar/tabuk")]),
                                    content_type="application/rss+xml"),
                 "/s/sibuk": Answer("Too Many Requests", status=429, content_type="text/plain",
                                    headers={"Retry-After": "120"})}, host=HOST).start()
    try:
        db = store.connect(tmp_path / "k.db")
        store.save_kims(db, [{"id": kim, "name": kim, "region": "Kabupaten Banjar"} for kim in KIMS])
        store.save_channels(db, [{"owner_kind": "kim", "owner_id": kim, "type": "feed", "url": site.url(p)}
                                 for kim, p in KIMS.items()])
        db.conn.close()
        env = crawl_env(farm, KIMWATCH_PLATFORM_RATES=json.dumps({f"{HOST}/s/": {"per_second": 20, "concurrency": 1}}))
        started = datetime.now(UTC)
        first = run_kimwatch(tmp_path / "k.db", "crawl", "--no-match", env=env)
        assert first.returncode in (0, 1), first.stderr[-3000:]
        assert [r.split("?")[0] for r in site.requests if r.startswith("/s/")] == ["/s/tabuk", "/s/sibuk"], \
            site.requests
        conn = sqlite3.connect(tmp_path / "k.db")
        try:
            rows = dict(conn.execute("SELECT owner_id, next_crawl_after FROM channels").fetchall())
            status = dict(conn.execute("SELECT owner_id, last_status FROM channels").fetchall())
        finally:
            conn.close()
        assert status == {"kim-a-tabuk": "200", "kim-b-sibuk": "rate-limited"}, status
        # read fine, yet not due before its host's pause ends (120 s after the refusal)
        held = datetime.fromisoformat(rows["kim-a-tabuk"].replace("Z", "+00:00"))
        assert started + timedelta(seconds=100) < held < datetime.now(UTC) + timedelta(seconds=125), rows

        # the next run, within the pause: the host is asked nothing
        asked = len(site.requests)
        second = run_kimwatch(tmp_path / "k.db", "crawl", "--no-match", env=env)
        assert second.returncode in (0, 1), second.stderr[-3000:]
        assert site.requests[asked:] == [], site.requests[asked:]
    finally:
        site.stop()
