"""platforms10's note: a Telegram channel whose first crawl's paging was cut short keeps
``state.backfill``; when its preview then answered 304 Not Modified, the older pages were not
read until the channel changed. A 304 on the newest page must not stop the backfill."""

from __future__ import annotations

import json
from pathlib import Path

from tests.outside.proxy import OutsideProxy, Reply
from tests.outside.test_outside import health, kimwatch, posts, query, user_env
from tests.outside.test_telegram_history import preview


def test_a_304_on_the_newest_page_still_reads_the_history_cut_short(tmp_path: Path) -> None:
    newest = preview("kimgambut", range(97, 107), 97)
    newest.headers["ETag"] = '"v1"'
    asked: list[str | None] = []

    def channel_page(host: str, target: str, headers: dict[str, str]) -> Reply:
        asked.append(headers.get("if-none-match"))
        if headers.get("if-none-match") == '"v1"':
            return Reply("", status=304, headers={"ETag": '"v1"'})
        return newest

    routes = {"t.me": {"/s/kimgambut": channel_page,
                       "/s/kimgambut?before=97": Reply("Bad Gateway", status=502)}}
    registry = tmp_path / "r.yaml"
    registry.write_text("kims:\n  - id: kim-x\n    name: KIM X\n    region: Kota Banjarmasin\n    channels:\n"
                        "      - {type: telegram, url: 'https://t.me/kimgambut'}\n", encoding="utf-8")
    proxy = OutsideProxy(routes, connect="refuse").start()  # type: ignore[arg-type]
    try:
        db = tmp_path / "k.db"
        env = user_env(throttle=False, http_proxy=proxy.url, KIMWATCH_RETRY_TIMES="0")
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr
        channel = "https://t.me/kimgambut"
        assert len(posts(db, "kim-x", channel)) == 10
        [row] = query(db, "SELECT state, etag FROM channels WHERE url = ?", (channel,))
        assert json.loads(row["state"])["backfill"] == {"before": 97, "pages_left": 4} and row["etag"] == '"v1"'

        # the channel has not changed (304), but its older page now answers: it is read
        routes["t.me"]["/s/kimgambut?before=97"] = preview("kimgambut", range(87, 97), None)
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr
        assert asked[-1] == '"v1"'  # the newest page was a conditional GET answered 304
        assert sorted(int(p["url"].rsplit("/", 1)[1]) for p in posts(db, "kim-x", channel)) == list(range(87, 107))
        [row] = query(db, "SELECT state FROM channels WHERE url = ?", (channel,))
        assert "backfill" not in json.loads(row["state"] or "{}")
        assert health(db)[channel][0] == "304"
    finally:
        proxy.stop()
