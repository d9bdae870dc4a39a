"""Several KIMs on one WordPress portal: a channel on an author, category or tag page reads
that listing's posts only (its own REST filter, its own feed, else the page itself), never the
whole site's — else every KIM of the portal is credited with every post."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler import store
from tests.farm import Farm
from tests.farm.sites import website_portal
from tests.farm.sites.website_portal import PORTAL_HOSTS
from tests.website.conftest import crawl


@pytest.fixture(scope="module")
def portal_farm() -> Iterator[Farm]:
    farm = Farm(hosts=PORTAL_HOSTS).start()
    yield farm
    farm.stop()


def _store(path: Path, farm: Farm, channels: dict[str, str]) -> Path:
    db = store.connect(path)
    store.save_kims(db, [{"id": kim, "name": kim, "region": "Kota Banjarmasin"} for kim in channels])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": kim, "type": "website",
                              "url": farm.url(page, host=website_portal.HOSTS["portal"])}
                             for kim, page in channels.items()])
    db.conn.close()
    return path


def _titles(path: Path) -> dict[str, set[str]]:
    db = store.connect(path)
    try:
        found: dict[str, set[str]] = {}
        for row in db.query("SELECT kim_id, title FROM posts"):
            found.setdefault(row["kim_id"], set()).add(row["title"])
        return found
    finally:
        db.conn.close()


def _channels(path: Path) -> dict[str, dict]:
    db = store.connect(path)
    try:
        return {r["owner_id"]: dict(r, state=json.loads(r["state"] or "{}")) for r in db.query("SELECT * FROM channels")}
    finally:
        db.conn.close()


def _own(author: int | None = None, category: int | None = None, tag: str | None = None) -> set[str]:
    return {p[2] for p in website_portal.POSTS
            if (author is None or p[3] == author) and (category is None or p[4] == category) and (tag is None or p[5] == tag)}


def test_portal_listings_read_their_own_posts_only(portal_farm: Farm, tmp_path: Path) -> None:
    portal_farm.reset_log()
    db = _store(tmp_path / "k.db", portal_farm, {"kim-pekauman": "/author/kim-pekauman/",
                                                 "kim-bitahan": "/category/kim-bitahan/",
                                                 "kim-lain": "/tag/kim-lain/"})
    crawl(db)
    assert _titles(db) == {"kim-pekauman": _own(author=7), "kim-bitahan": _own(category=12),
                           "kim-lain": _own(tag="kim-lain")}
    asked = [q for q in portal_farm.paths() if q.startswith("/wp-json/")]
    assert asked and all("author=7" in q or "categories=12" in q for q in asked), asked
    assert not any(q in ("/feed/", "/sitemap.xml", "/sitemap_index.xml") for q in portal_farm.paths())
    channels = _channels(db)
    assert channels["kim-pekauman"]["state"]["api_filter"] == {"author": "7"}
    assert "author page of a shared site: read its own REST posts (author=7)" in channels["kim-pekauman"]["last_error"]
    assert channels["kim-bitahan"]["last_status"] == "200"
    assert "read the listing page itself" in channels["kim-lain"]["last_error"]

    # the next crawl keeps the filter (its REST door is remembered with it)
    portal_farm.reset_log()
    crawl(db)
    asked = [q for q in portal_farm.paths() if q.startswith("/wp-json/")]
    assert asked and all("author=7" in q or "categories=12" in q for q in asked), asked
    assert _titles(db)["kim-pekauman"] == _own(author=7)


def test_a_remembered_site_wide_door_of_a_listing_is_discovered_again(portal_farm: Farm, tmp_path: Path) -> None:
    db = _store(tmp_path / "k.db", portal_farm, {"kim-pekauman": "/author/kim-pekauman/"})
    conn = store.connect(db)
    root = portal_farm.url("/wp-json/", host=website_portal.HOSTS["portal"])
    conn.execute("UPDATE channels SET state = ?", [json.dumps({"method": "wp_rest", "api_root": root})])
    conn.conn.commit()
    conn.conn.close()
    portal_farm.reset_log()
    crawl(db)
    assert _titles(db) == {"kim-pekauman": _own(author=7)}
    assert _channels(db)["kim-pekauman"]["state"]["api_filter"] == {"author": "7"}


def test_a_listing_whose_remembered_door_broke_is_discovered_as_a_listing_again(portal_farm: Farm,
                                                                                tmp_path: Path) -> None:
    db = _store(tmp_path / "k.db", portal_farm, {"kim-bitahan": "/category/kim-bitahan/"})
    conn = store.connect(db)
    # its remembered "feed" now answers an HTML page: the door is forgotten and the page read again
    page = portal_farm.url("/category/kim-bitahan/", host=website_portal.HOSTS["portal"])
    conn.execute("UPDATE channels SET state = ?", [json.dumps({"method": "feed", "feed_url": page})])
    conn.conn.commit()
    conn.conn.close()
    portal_farm.reset_log()
    crawl(db)
    assert _titles(db) == {"kim-bitahan": _own(category=12)}
    assert _channels(db)["kim-bitahan"]["state"]["api_filter"] == {"categories": "12"}
