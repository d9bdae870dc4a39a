"""A feed read through a website channel (registered as a website, or found by discovery) says
what a feed channel says of its dates (outside testers' leftovers, fixes15 item 4): entries with
a date no post can have are dated when first seen *and noted* ("2 posts with an implausible date
(1970-01-01): first-seen time used"), entries without a date are counted ("1 entry without a
date"). Before, the website channel dated them silently."""

from __future__ import annotations

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
