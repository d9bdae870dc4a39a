"""A feed read through a website channel (registered as a website, or found by discovery) says
what a feed channel says of its dates (outside testers' leftovers, fixes15 item 4): entries with
a date no post can have are dated when first seen *and noted* ("2 posts with an implausible date
(1970-01-01): first-seen time used"), entries without a date are counted ("1 entry without a
date"). Before, the website channel dated them silently."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler import store
from crawler.dates import utc_now
from tests.farm import Farm
from tests.website.conftest import crawl, make_store, rows


@pytest.fixture(scope="module")
def feed_farm() -> Iterator[Farm]:
    farm = Farm().start()  # tests/farm/sites/outside_o.py and bad_cases.py, on 127.0.0.1
    yield farm
    farm.stop()


def test_a_feed_behind_a_website_channel_notes_implausible_and_missing_dates(feed_farm: Farm, tmp_path: Path) -> None:
    old, undated = feed_farm.url("/o/date1970/feed/"), feed_farm.url("/bad/nodates/feed")
    db_path = make_store(tmp_path / "k.db", [{"url": old}, {"url": undated}])
    started = utc_now()
    crawl(db_path)
    db = store.connect(db_path)
    try:
        notes = {url: note or "" for url, note in db.execute("SELECT url, last_error FROM channels")}
    finally:
        db.conn.close()
    posts = {p["title"]: p for p in rows(db_path)}
    for title in ("Posyandu balita", "Kerja bakti"):
        assert started <= posts[title]["published_at"] <= utc_now(), posts[title]  # dated when first seen
    assert "2 posts with an implausible date (1970-01-01): first-seen time used" in notes[old], notes
    assert "1 entry without a date" in notes[undated], notes


def test_a_feed_found_through_a_website_dates_new_undated_entries_when_first_seen(feed_farm: Farm,
                                                                                tmp_path: Path) -> None:
    """As a ``feed`` channel does (tests/crawl/test_cli.py): what the first crawl finds may be years
    old and stays undated; an entry without a date new on a later crawl appeared since the crawl
    before, so it is dated when first seen (marked ``first_seen``), and the note says so."""
    db_path = make_store(tmp_path / "k.db", [{"url": feed_farm.url("/quirks/undated/")}])
    feed_farm.state.pop("undated_more", None)
    try:
        crawl(db_path)
        first = {p["title"]: p["published_at"] for p in rows(db_path)}
        feed_farm.state["undated_more"] = True
        started = utc_now()
        crawl(db_path)
    finally:
        feed_farm.state.pop("undated_more", None)
    assert first == {"Kerja bakti di siring": None, "Posyandu balita bulan ini": None}, first
    posts = {p["title"]: p for p in rows(db_path)}
    assert posts["Kerja bakti di siring"]["published_at"] is None
    assert posts["Posyandu balita bulan ini"]["published_at"] is None
    new = posts["Pemadaman listrik besok pagi"]
    assert new["published_at"] and started <= new["published_at"] <= utc_now(), new
    assert json.loads(new["extra"])["published_source"] == "first_seen"
    db = store.connect(db_path)
    try:
        [(state, note)] = db.execute("SELECT state, last_error FROM channels").fetchall()
    finally:
        db.conn.close()
    assert json.loads(state)["method"] == "feed", state  # found through the website's home page
    assert "3 entries without a date (new ones dated when first seen)" in (note or ""), note
