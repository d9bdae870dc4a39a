"""A second outside tester's findings on the landed fixes: a login wall reached by a script
redirect, a host answering 429 with a short Retry-After to every channel, a channel on a
DNS-rebinding name."""

from __future__ import annotations

import time
from pathlib import Path

from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, Site, rss

LOGIN = ("<html><head><title>Log In &lsaquo; KIM Variasi &#8212; WordPress</title></head><body class='login'>"
         "<form name='loginform' action='/wp-login.php' method='post'><input name='log'>"
         "<input type='password' name='pwd'><input type='submit' value='Log In'></form></body></html>")


def test_a_login_wall_behind_a_script_redirect_fails_the_channel(tmp_path: Path) -> None:
    """The home page only runs `window.location.href = '/wp-login.php…'`: the channel was `200`,
    "ok: login-wall…", and its KIM counted inactive instead of unmeasured."""
    site = Site({"/": Answer("<html><head><script>window.location.href='/wp-login.php?redirect_to=%2F';"
                             "</script></head><body></body></html>"),
                 "/wp-login.php": Answer(LOGIN)}, host="127.0.0.65").start()
    try:
        env = hostile_env()
        db = registered(tmp_path, [("website", site.url("/"))], env)
        kimwatch(db, "crawl", "--no-match", env=env)
        [channel] = query(db, "SELECT last_status, last_error, consecutive_failures FROM channels")
        assert channel["last_status"] == "login-wall", channel
        assert channel["consecutive_failures"] == 1 and channel["last_error"].startswith("login-wall"), channel
    finally:
        site.stop()


def _crawl_twelve(tmp_path: Path, answer, **env_extra: str) -> tuple[float, list[str]]:
    site = Site({f"/kim{n}/feed/": answer for n in range(12)}, host="127.0.0.66").start()
    try:
        env = hostile_env(KIMWATCH_RETRY_TIMES="2", KIMWATCH_RETRY_AFTER_WAIT_SECONDS="10", **env_extra)
        channels = [("feed", site.url(f"/kim{n}/feed/")) for n in range(12)]
        db = registered(tmp_path, channels, env)
        started = time.monotonic()
        kimwatch(db, "crawl", "--no-match", env=env, timeout=120)
        took = time.monotonic() - started
        return took, [r["last_status"] for r in query(db, "SELECT last_status FROM channels")]
    finally:
        site.stop()


def _feed(path: str) -> Answer:
    return Answer(rss("KIM", [(f"Kabar {path}", f"http://127.0.0.66{path}x")]), content_type="application/rss+xml")


def test_a_host_refusing_every_channel_costs_the_crawl_a_bounded_wait(tmp_path: Path) -> None:
    """Each channel's first request answered 429 with Retry-After 20 (the next 200): 8 channels
    took 142 s, one pause after another. A host now costs the crawl at most
    RETRY_AFTER_WAIT_SECONDS of waiting; the channels left wait for the next run."""
    asked: dict[str, int] = {}

    def once_per_channel(path: str) -> Answer:
        asked[path] = asked.get(path, 0) + 1
        return Answer("slow down", status=429, headers={"Retry-After": "4"}) if asked[path] == 1 else _feed(path)

    took, statuses = _crawl_twelve(tmp_path, once_per_channel)
    assert took < 30, (took, statuses)  # not 12 pauses of 4 s and doubling delays
    # refused ones rate-limited; those never asked once the host was given up: host-paused (no failure)
    assert set(statuses) <= {"200", "rate-limited", "host-paused"} and "rate-limited" in statuses, statuses


def test_a_short_retry_after_is_waited_for_and_the_refused_request_asked_again(tmp_path: Path) -> None:
    """A host that asks once to slow down: the refused channel is asked again after the pause,
    not failed for the run."""
    asked = {"n": 0}

    def refused_once(path: str) -> Answer:
        asked["n"] += 1
        return Answer("slow down", status=429, headers={"Retry-After": "2"}) if asked["n"] == 1 else _feed(path)

    took, statuses = _crawl_twelve(tmp_path, refused_once)
    assert statuses == ["200"] * 12, statuses
    assert took < 30, took
