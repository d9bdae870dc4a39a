"""Outside tester U's F1, F5, F6: sitemaps and listings that never end, or hold hundreds of files.

F1: a sitemap index whose only child is another index, for ever, is cut within a few requests;
it lists no page, so it is not remembered as the site's door and the site's listing is read
instead; when the site has nothing else, the channel fails (``sitemap-loop``, backed off), never
"ok, found 0". F5: a listing that pages for ever is read to the page cap, and the note says so.
F6: of an index naming 400 child sitemaps, the newest are read first (by the index's lastmod;
without one, the last listed), more of them while the article budget is not filled, at most
MAX_SITEMAP_FILES files; the note says how many were left.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawler import store
from spiders.website import MAX_SITEMAP_FILES
from tests.farm import Farm
from tests.farm.sites import website_endless as endless
from tests.website.conftest import channel_state, crawl, make_store, rows


def _channel(db: Path) -> dict:
    conn = store.connect(db)
    try:
        return dict(next(iter(conn.query("SELECT * FROM channels"))))
    finally:
        conn.conn.close()


def _sitemap_requests(farm: Farm, host: str) -> list[str]:
    """The sitemap files asked of ``host`` (the index and its children; not the discovery probes
    of other usual sitemap addresses, which answer 404 here)."""
    return [r.path for r in farm.requests if r.host == host and r.status == 200
            and r.path.startswith(("/sitemap.xml", "/sm-"))]


def test_an_endless_chain_of_sitemap_indexes_is_cut_and_the_listing_read(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=endless.ENDLESS)}])
    first = crawl(db)
    chained = _sitemap_requests(site_farm, endless.ENDLESS)
    # the index, its nested index and the one that nests deeper: never an endless walk
    assert chained == ["/sitemap.xml", "/sitemap.xml?p=2", "/sitemap.xml?p=3"], chained
    assert first["requests"] < 60, first["requests"]
    # the site's posts were reached through its listing, and the listing is its remembered door
    assert rows(db), first
    state = channel_state(db)
    assert state.get("method") == "listing", state
    assert "sitemap_url" not in state
    channel = _channel(db)
    assert channel["last_status"] == "200" and channel["consecutive_failures"] == 0, channel
    note = json.dumps(first["channels"])
    assert "nests sitemap indexes more than 2 deep" in note and "not kept as the site's door" in note, note

    # a later crawl reads the listing, not the sitemap chain
    site_farm.reset_log()
    crawl(db)
    assert _sitemap_requests(site_farm, endless.ENDLESS) == []


def test_a_remembered_endless_sitemap_is_forgotten(site_farm: Farm, tmp_path: Path) -> None:
    """A store written before the fix remembers the chain as the site's door: the next crawl cuts
    it, forgets it and reads the home page again."""
    url = site_farm.url("/", host=endless.ENDLESS)
    db = make_store(tmp_path / "k.db", [{"url": url}])
    conn = store.connect(db)
    conn.execute("UPDATE channels SET state = ?, last_success_at = '2026-12-01T00:00:00Z', last_status = '200'",
                 [json.dumps({"method": "sitemap", "sitemap_url": site_farm.url("/sitemap.xml?p=1",
                                                                                host=endless.ENDLESS)})])
    conn.conn.commit()
    conn.conn.close()
    crawl(db)
    # the remembered chain cut at its third index, then the usual /sitemap.xml (whose child was
    # asked already): bounded, then the home page and its listing
    assert len(_sitemap_requests(site_farm, endless.ENDLESS)) <= 4, _sitemap_requests(site_farm, endless.ENDLESS)
    assert channel_state(db).get("method") == "listing", channel_state(db)
    assert rows(db)


def test_a_site_with_only_an_endless_sitemap_fails_and_is_backed_off(site_farm: Farm, tmp_path: Path) -> None:
    site_farm.state["endless_no_listing"] = True
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=endless.ENDLESS)}])
    result = crawl(db)
    assert len(_sitemap_requests(site_farm, endless.ENDLESS)) == 3
    channel = _channel(db)
    assert channel["last_status"] == "sitemap-loop", channel
    assert channel["consecutive_failures"] == 1, channel  # a failure: backed off as any (BACKOFF_AFTER_FAILURES)
    assert "nests sitemap indexes" in (channel["last_error"] or ""), channel
    assert "sitemap_url" not in channel_state(db)
    assert [c["status"] for c in result["channels"]] == ["sitemap-loop"], result["channels"]


def test_a_listing_that_pages_for_ever_is_capped_and_says_so(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=endless.PAGING)}])
    result = crawl(db)
    listing = [r.path for r in site_farm.requests if r.host == endless.PAGING and r.path.split("?")[0] == "/berita"]
    assert len(listing) == 5, listing  # FIRST_CRAWL_PAGES
    assert len(rows(db)) == 15
    note = json.dumps(result["channels"])
    assert "paging cut at 5 page(s) (FIRST_CRAWL_PAGES)" in note and "/berita?page=6" in note, note


def test_the_newest_of_hundreds_of_child_sitemaps_are_read_first(site_farm: Farm, tmp_path: Path) -> None:
    site_farm.state["wide_dated"] = True
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=endless.WIDE)}])
    result = crawl(db)
    children = _sitemap_requests(site_farm, endless.WIDE)
    assert len(children) <= MAX_SITEMAP_FILES, children
    # the first batch: the newest lastmod first (child 5, listed 6th), then the next newest
    assert set(children[1:6]) == {f"/sm-{n}.xml" for n in (5, 395, 389, 383, 377)}, children[:6]
    stored = {r["url"].rsplit("/", 1)[-1] for r in rows(db)}
    assert str(endless.NEWEST_CHILD) in stored
    # more than one batch: the budget (60 pages) is not filled by 5 one-page files
    assert len(stored) == MAX_SITEMAP_FILES - 1, sorted(stored)
    note = json.dumps(result["channels"])
    assert f"names {endless.WIDE_CHILDREN} child sitemap(s): {endless.WIDE_CHILDREN - MAX_SITEMAP_FILES + 1} " \
           "not read (MAX_SITEMAP_FILES" in note, note


def test_without_dates_the_last_listed_child_sitemaps_are_read_first(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=endless.WIDE)}])
    crawl(db)
    children = _sitemap_requests(site_farm, endless.WIDE)
    assert set(children[1:6]) == {f"/sm-{n}.xml" for n in range(395, 400)}, children[:6]
    stored = rows(db)
    # the pages read are ranked newest lastmod first: the newest day among them all is stored
    assert len(stored) == MAX_SITEMAP_FILES - 1
    assert {r["url"].rsplit("/", 1)[-1] for r in stored} == {str(n) for n in range(400 - MAX_SITEMAP_FILES + 1, 400)}
