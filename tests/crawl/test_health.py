"""Channel health and back-off, and which channels a crawl takes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler import store
from crawler.harvest.context import CrawlContext
from crawler.harvest.runner import CrawlError, select_channels
from crawler.settings import load_settings

CHANNEL = {"owner_kind": "kim", "owner_id": "kim-a", "type": "feed", "url": "https://kima.example/feed/"}


def setup_store(tmp_path: Path) -> tuple[object, dict]:
    db = store.connect(tmp_path / "k.db")
    store.save_kims(db, [{"id": "kim-a", "name": "KIM A", "region": "Kota Banjarmasin"},
                         {"id": "kim-b", "name": "KIM B", "region": "Kota Banjarmasin", "status": "retired"}])
    store.save_sources(db, [{"id": "src", "name": "Src", "region": "Provinsi Kalimantan Selatan"}])
    store.save_channels(db, [CHANNEL,
                             {"owner_kind": "kim", "owner_id": "kim-a", "type": "instagram", "url": "https://instagram.com/a"},
                             {"owner_kind": "kim", "owner_id": "kim-a", "type": "instagram", "url": "https://instagram.com/a2",
                              "via": "https://rsshub.example/instagram/user/a2"},
                             {"owner_kind": "kim", "owner_id": "kim-b", "type": "feed", "url": "https://kimb.example/feed/"},
                             {"owner_kind": "source", "owner_id": "src", "type": "website", "url": "https://src.example/"}])
    row = dict(db["channels"].get(store.channel_id("kim-a", "feed", CHANNEL["url"])))
    return db, row


def test_failures_back_off_after_three_and_success_resets(tmp_path: Path) -> None:
    db, row = setup_store(tmp_path)
    run_id = store.start_crawl_run(db, "cli")
    context = CrawlContext(db, run_id, load_settings({"BACKOFF_AFTER_FAILURES": 3, "BACKOFF_BASE_MINUTES": 60}))
    for attempt in range(1, 5):
        context.record_fetch(row, ok=False, status="timeout", error="timed out")
        health = db["channels"].get(row["id"])
        assert health["consecutive_failures"] == attempt and health["last_status"] == "timeout"
        assert (health["next_crawl_after"] is not None) == (attempt >= 3)
    due, backed = select_channels(db)
    assert row["id"] not in [r["id"] for r in due] and [r["id"] for r in backed] == [row["id"]]
    assert row["id"] in [r["id"] for r in select_channels(db, include_backed_off=True)[0]]
    context.record_fetch(row, ok=True, status="200", etag='"abc"', state={"feed_version": "rss20"})
    context.finalize()
    health = db["channels"].get(row["id"])
    assert (health["consecutive_failures"], health["next_crawl_after"], health["last_error"]) == (0, None, None)
    assert health["etag"] == '"abc"' and health["last_success_at"] and json.loads(health["state"]) == {"feed_version": "rss20"}
    fetches = list(db.query("SELECT ok, status FROM channel_fetches WHERE run_id = ? ORDER BY id", [run_id]))
    assert [(f["ok"], f["status"]) for f in fetches] == [(0, "timeout")] * 4 + [(1, "200")]


def test_government_sources_are_never_backed_off(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db, _ = setup_store(tmp_path)
    source = dict(db["channels"].get(store.channel_id("src", "website", "https://src.example/")))
    context = CrawlContext(db, store.start_crawl_run(db, "daemon"), load_settings({"BACKOFF_AFTER_FAILURES": 3}))
    for _ in range(5):  # e.g. the server's network down for five source runs
        context.record_fetch(source, ok=False, status="connection", error="connection refused")
    health = db["channels"].get(source["id"])
    assert (health["consecutive_failures"], health["next_crawl_after"]) == (5, None)
    assert source["id"] in [r["id"] for r in select_channels(db)[0]]  # crawled on the next run
    assert "government source channel" in caplog.text and "WARNING" in [r.levelname for r in caplog.records]


def test_select_channels_filters(tmp_path: Path) -> None:
    db, row = setup_store(tmp_path)
    due, _ = select_channels(db)
    kinds = sorted((r["owner_id"], r["type"], bool(r["via"])) for r in due)
    # the retired KIM's channel and the instagram channel without a bridge feed are not crawled
    assert kinds == [("kim-a", "feed", False), ("kim-a", "instagram", True), ("src", "website", False)]
    assert [r["type"] for r in select_channels(db, types=["feed"])[0]] == ["feed", "instagram"]
    assert [r["owner_id"] for r in select_channels(db, sources=["src"])[0]] == ["src"]
    with pytest.raises(CrawlError, match="--source 'nope'"):
        select_channels(db, sources=["nope"])
    with pytest.raises(CrawlError, match="--type 'rss'"):
        select_channels(db, types=["rss"])
