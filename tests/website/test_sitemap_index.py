"""A sitemap index whose children differ in age: the newest pages are read first, across all
its children, whichever child answers first; a budget cut never loses new pages for good."""

from __future__ import annotations

import json
from pathlib import Path

from tests.farm import Farm
from tests.farm.sites import website_bigsitemap as big
from tests.website.conftest import channel_state, crawl, make_store, rows


def _numbers(db: Path) -> set[int]:
    return {int(r["url"].rstrip("/").rsplit("/", 1)[-1]) for r in rows(db)}


def _note(result: dict) -> str:
    return json.dumps(result["channels"])


def test_newest_pages_first_across_children(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=big.HOST)}])
    first = crawl(db)
    stored = _numbers(db)
    # the budget (60 pages) goes to the newest pages of the site, not to the child that answered first
    assert big.PER_FILE in stored, sorted(stored)
    assert big.NEWEST_TITLE in {r["title"] for r in rows(db)}
    assert len(stored) == 60 and stored == set(range(big.PER_FILE - 59, big.PER_FILE + 1))
    # the note counts the links left over, not the ones read: 160 pages, 60 read
    assert "100 over the article budget" in _note(first), _note(first)

    # new pages later: read on the next crawl; more new pages than a later crawl's budget (30):
    # the rest comes on the crawl after, none lost to the sitemap mark
    site_farm.state["bigsitemap_new"] = 45
    second = crawl(db)
    assert second["new"] == 30, second
    assert {10000 + k for k in range(16, 46)} <= _numbers(db)
    third = crawl(db)
    assert third["new"] == 15, third
    assert {10000 + k for k in range(1, 46)} <= _numbers(db)
    fourth = crawl(db)
    assert fourth["new"] == 0
    assert channel_state(db)["sitemap_lastmod"] >= "2025-01-"


def test_without_dates_each_child_gets_its_turn(site_farm: Farm, tmp_path: Path) -> None:
    """No lastmod anywhere and the old archive listed first: the pages are taken from each child
    in turn, last-listed first, so the new file's newest page is read on the first crawl."""
    site_farm.state["bigsitemap_nodates"] = True
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=big.HOST)}])
    crawl(db)
    stored = _numbers(db)
    assert big.PER_FILE in stored, sorted(stored)
    assert len(stored) == 60 and len(stored & set(range(1, big.PER_FILE + 1))) == 30


def test_a_channel_answered_but_stopped_before_storing_still_gets_a_first_crawl(site_farm: Farm, tmp_path: Path) -> None:
    """A crawl stopped (SIGTERM) after the home page answered leaves last_success_at set and
    nothing stored: the next crawl is still a first crawl (its 60-page budget, not a later 30)."""
    from crawler import store

    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=big.HOST)}])
    conn = store.connect(db)
    conn.execute("UPDATE channels SET last_success_at = '2024-11-01T00:00:00Z', last_status = '200'")
    conn.conn.commit()
    conn.conn.close()
    crawl(db)
    assert len(_numbers(db)) == 60


def test_a_child_that_cannot_be_read_costs_only_itself(site_farm: Farm, tmp_path: Path) -> None:
    site_farm.state["bigsitemap_broken"] = True  # the old archive file answers 404
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=big.HOST)}])
    crawl(db)
    assert _numbers(db) == set(range(big.PER_FILE - 59, big.PER_FILE + 1))
