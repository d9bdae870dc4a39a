"""An outside tester's finding: a host answering ``429`` with ``Retry-After: 120`` was counted as
a failing channel, so after three runs it was ``failing x3 (backed off until +1h)``. A 429 (or any
refusal that says when to come back) is no failure of the channel: it is recorded as
``rate-limited``, does not count towards back-off, and the channel is not asked again before the
time the server asked for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler.registry import channel_health
from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, Site, rss


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def test_a_429_with_retry_after_is_honoured_and_never_backs_the_channel_off(tmp_path: Path) -> None:
    limited = Site({}, host="127.0.0.63",
                   default=Answer("Too Many Requests", status=429, headers={"Retry-After": "120"})).start()
    down = Site({}, host="127.0.0.64", default=Answer("Service Unavailable", status=500)).start()
    fine = Site({"/kim/feed/": Answer(rss("KIM", [("Kabar", "http://127.0.0.65/kabar/1")]),
                                      content_type="application/rss+xml")}, host="127.0.0.65").start()
    try:
        env = hostile_env()
        db = registered(tmp_path, [("feed", limited.url("/feed/")), ("feed", down.url("/feed/")),
                                   ("feed", fine.url("/kim/feed/"))], env)
        for number in range(3):
            started = datetime.now(UTC)
            run = kimwatch(db, "crawl", "--no-match", "--ignore-backoff", env=env, timeout=100)
            assert run.returncode in (0, 1), run.stderr
            [row] = query(db, "SELECT * FROM channels WHERE url = ?", (limited.url("/feed/"),))
            assert row["last_status"] == "rate-limited", (number, row["last_status"], row["last_error"])
            assert "answered 429 with Retry-After 120 s" in row["last_error"], row
            assert row["consecutive_failures"] == 0, (number, row)
            # Retry-After honoured: not before two minutes from the refusal, and no hour of back-off
            after = _moment(row["next_crawl_after"])
            assert started + timedelta(seconds=115) <= after <= datetime.now(UTC) + timedelta(seconds=125), row
            assert channel_health(row).startswith("rate-limited (never read; not counted towards back-off"), row
        # a real failure still counts: the broken host is backed off after three runs
        [broken] = query(db, "SELECT * FROM channels WHERE url = ?", (down.url("/feed/"),))
        assert broken["consecutive_failures"] == 3 and broken["next_crawl_after"], broken
        # the next run leaves the rate-limited channel alone until the time it asked for
        requests = len(limited.requests)
        run = kimwatch(db, "crawl", "--no-match", env=env, timeout=100)
        assert run.returncode in (0, 1), run.stderr
        assert len(limited.requests) == requests, limited.requests[requests:]
    finally:
        limited.stop()
        down.stop()
        fine.stop()


def test_a_429_without_a_usable_retry_after_is_no_failure_and_is_asked_once_a_run(tmp_path: Path) -> None:
    """An outside tester's finding: a 429 with no ``Retry-After``, or one that says ``soon`` or
    ``-5``, counted as a failure of the channel (backed off after three) and was asked again two
    or three times in the same run. It is the server's pace: ``rate-limited``, not counted, asked
    again on the next run."""
    sites = [Site({}, host=f"127.0.0.{66 + n}", default=Answer("Too Many Requests", status=429, headers=headers)).start()
             for n, headers in enumerate([{}, {"Retry-After": "soon"}, {"Retry-After": "-5"}])]
    try:
        env = hostile_env(KIMWATCH_RETRY_TIMES="2")  # the default: a 429 is in RETRY_HTTP_CODES
        db = registered(tmp_path, [("feed", site.url("/feed/")) for site in sites], env)
        for number in range(1, 4):
            run = kimwatch(db, "crawl", "--no-match", env=env, timeout=100)
            assert run.returncode in (0, 1), run.stderr
            for site in sites:
                [row] = query(db, "SELECT * FROM channels WHERE url = ?", (site.url("/feed/"),))
                assert row["last_status"] == "rate-limited", (number, row["last_status"], row["last_error"])
                assert row["consecutive_failures"] == 0 and row["next_crawl_after"] is None, (number, row)
                assert [r for r in site.requests if r.startswith("/feed/")] == ["/feed/"] * number, site.requests
    finally:
        for site in sites:
            site.stop()
