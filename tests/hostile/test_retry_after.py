"""An outside tester's finding: a host answering 429 with ``Retry-After: 120`` (robots.txt and
feed alike) held a crawl of 24 channels for two minutes after the other 22 were done — in the
daemon, every KIM's match and report waited with it. A Retry-After longer than
``RETRY_AFTER_WAIT_SECONDS`` now fails that host's channels for the run; the rest go on."""

from __future__ import annotations

import time
from pathlib import Path

from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, Site, rss


def test_a_long_retry_after_costs_only_its_host(tmp_path: Path) -> None:
    limited = Site({}, host="127.0.0.61",
                   default=Answer("Too Many Requests", status=429, headers={"Retry-After": "120"})).start()
    fine = Site({f"/kim{n}/feed/": Answer(rss(f"KIM {n}", [(f"Kabar {n}", f"http://127.0.0.62/kabar/{n}")]),
                                          content_type="application/rss+xml") for n in range(3)},
                host="127.0.0.62").start()
    try:
        env = hostile_env()
        channels = [("feed", limited.url("/feed/")), ("feed", limited.url("/other/feed/"))]
        channels += [("feed", fine.url(f"/kim{n}/feed/")) for n in range(3)]
        db = registered(tmp_path, channels, env)
        started = time.monotonic()
        run = kimwatch(db, "crawl", "--no-match", env=env, timeout=100)
        took = time.monotonic() - started
        assert run.returncode in (0, 1), run.stderr
        assert took < 30, (took, run.stderr[-2000:])  # not the 120 s the host asked for
        health = {r["url"]: r for r in query(db, "SELECT url, last_status, last_error FROM channels")}
        for url in (limited.url("/feed/"), limited.url("/other/feed/")):
            assert health[url]["last_status"] == "rate-limited", health[url]
            assert "answered 429 with Retry-After 120 s" in health[url]["last_error"], health[url]
        assert [r for u, r in health.items() if "127.0.0.62" in u and r["last_status"] != "200"] == []
        assert query(db, "SELECT count(*) AS n FROM posts") == [{"n": 3}]
        # robots.txt and at most one request per channel went to the limited host, nothing after
        assert len(limited.requests) <= 3, limited.requests
    finally:
        limited.stop()
        fine.stop()
