"""A re-read that comes back with less never costs a stored post its text (outside tester R,
finding 1): a feed broken off inside an entry, directly or found through a website, and a
Telegram preview broken off inside a message. Whole crawls against the loopback farm."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crawler import store
from tests.crawl.conftest import crawl_env, make_store, run_kimwatch
from tests.farm import Farm

KIM = "kim-sungai-jingah"


def _store(tmp_path: Path, farm: Farm, kind: str, path: str) -> Path:
    return make_store(tmp_path / "k.db", [
        {"owner_kind": "source", "owner_id": "diskominfo-kalsel", "type": "feed", "url": farm.url("/reread/rilis/feed/")},
        {"owner_kind": "kim", "owner_id": KIM, "type": kind, "url": farm.url(path)},
    ])


def _crawl(db_path: Path, farm: Farm) -> dict[str, Any]:
    summary = db_path.with_suffix(".json")
    done = run_kimwatch(db_path, "crawl", "--ignore-backoff", "--summary-json", str(summary),
                        env=crawl_env(farm), timeout=120)
    assert done.returncode == 0, done.stderr[-4000:]
    return dict(json.loads(summary.read_text()), stdout=done.stdout)


def _posts(db_path: Path) -> dict[str, dict[str, Any]]:
    db = store.connect(db_path)
    try:
        rows = db.execute("""SELECT p.id, p.title, p.text, p.links, p.url,
                                    (SELECT count(*) FROM amplifications a WHERE a.post_id = p.id) AS amplifies
                             FROM posts p""").fetchall()
        note = db.execute("SELECT last_error FROM channels WHERE owner_kind = 'kim'").fetchone()[0]
    finally:
        db.conn.close()
    return {"note": {"text": note}} | {str(r[4]).rstrip("/").rsplit("/", 1)[-1]: {
        "title": r[1], "text": r[2], "links": json.loads(r[3] or "[]"), "amplifies": r[5]} for r in rows}


def _read_whole_then_cut(tmp_path: Path, farm: Farm, kind: str, path: str) -> tuple[dict, dict, dict]:
    db_path = _store(tmp_path, farm, kind, path)
    first = _crawl(db_path, farm)
    before = _posts(db_path)
    farm.state["reread-cut"] = True
    second = _crawl(db_path, farm)
    after = _posts(db_path)
    assert first["items_new"] >= 4, first
    return before, after, second


def test_a_feed_cut_inside_a_stored_entry_keeps_that_post_and_its_amplification(tmp_path: Path, farm: Farm) -> None:
    before, after, second = _read_whole_then_cut(tmp_path, farm, "feed", "/reread/feed/")
    assert before["2"]["text"].startswith("Warga Desa Sungai Tabuk") and before["2"]["links"], before
    assert before["2"]["amplifies"] == 1, before
    # the cut entry and the junk after it are not read: the stored post keeps its text, links
    # and amplification, and nothing is counted as updated
    for key in ("1", "2", "3"):
        assert {k: after[key][k] for k in ("title", "text", "links", "amplifies")} == \
            {k: before[key][k] for k in ("title", "text", "links", "amplifies")}, (key, after[key])
    assert len(after) == len(before)  # no post made of the junk
    assert second["items_updated"] == 0, second
    assert "its last entry, cut there, not stored" in after["note"]["text"], after["note"]


def test_a_feed_found_through_a_website_cut_inside_a_stored_entry_keeps_that_post(tmp_path: Path, farm: Farm) -> None:
    before, after, second = _read_whole_then_cut(tmp_path, farm, "website", "/reread/situs/")
    assert before["2"]["text"].startswith("Warga Desa Sungai Tabuk") and before["2"]["amplifies"] == 1, before
    for key in ("1", "2", "3"):
        assert (after[key]["text"], after[key]["links"], after[key]["amplifies"]) == \
            (before[key]["text"], before[key]["links"], before[key]["amplifies"]), (key, after[key])
    assert len(after) == len(before)
    assert second["items_updated"] == 0, second
    assert "cut short; its last entry, cut there, not stored" in after["note"]["text"], after["note"]


def test_a_telegram_preview_cut_inside_a_stored_message_keeps_its_text(tmp_path: Path, farm: Farm) -> None:
    before, after, second = _read_whole_then_cut(tmp_path, farm, "telegram", "/kimreread")
    assert before["2"]["text"].startswith("Warga Desa Sungai Tabuk") and before["2"]["amplifies"] == 1, before
    # the message the page stops in comes back with no text: the stored one is kept, and said so
    assert (after["2"]["text"], after["2"]["links"], after["2"]["amplifies"]) == \
        (before["2"]["text"], before["2"]["links"], 1), after["2"]
    assert second["items_updated"] == 0, second
    assert "1 stored post read again with no text, kept as stored" in after["note"]["text"], after["note"]
