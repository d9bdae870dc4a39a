"""A feed read over several pages that stops at the page cap says so, as a listing does:
WordPress's ``?paged=2``, Blogger's ``start-index`` (a ``rel="next"`` link), for a ``feed``
channel and for a ``website`` channel reading its site's feed; a feed read to its end says
nothing of the kind. Real crawls over the farm."""

from __future__ import annotations

import json
from pathlib import Path

from crawler import store
from tests.crawl.conftest import crawl_env, make_store, run_kimwatch
from tests.farm import Farm


def _notes(db_path: Path) -> dict[str, str | None]:
    db = store.connect(db_path)
    try:
        return {r["url"]: r["last_error"] for r in db.query("SELECT url, last_error FROM channels")}
    finally:
        db.conn.close()


def test_feed_paging_cut_at_the_page_cap_is_noted(tmp_path: Path, farm: Farm) -> None:
    wp, blogger = farm.url("/kimangsau/feed/"), farm.url("/kimsungaijingah/feeds/posts/default")
    one_page = json.dumps({"max_pages": 1})
    db = make_store(tmp_path / "k.db", [
        {"owner_kind": "kim", "owner_id": "kim-angsau", "type": "feed", "url": wp, "options": one_page},
        {"owner_kind": "kim", "owner_id": "kim-sungai-jingah", "type": "feed", "url": blogger, "options": one_page},
        {"owner_kind": "kim", "owner_id": "kim-angsau", "type": "website", "url": farm.url("/kimangsau/"),
         "options": one_page},
    ])
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm), timeout=90)
    assert result.returncode == 0, result.stderr[-3000:]
    notes = _notes(db)
    assert notes[wp] == (f"feed {wp} paging cut at 1 page(s) (max_pages): its next page {wp}?paged=2 and those "
                         "after it not read")
    assert notes[blogger] and f"feed {blogger} paging cut at 1 page(s) (max_pages): its next page {blogger}" \
        "?start-index=4&max-results=3" in notes[blogger]
    website = notes[farm.url("/kimangsau/")]
    assert website and f"feed {wp} paging cut at 1 page(s) (max_pages): its next page {wp}?paged=2" in website
    # the page cap held: no second page of either feed was asked for
    assert not [p for p in farm.paths() if "paged=2" in p or "start-index=4" in p]


def test_a_feed_read_to_its_end_says_nothing_of_a_cut(tmp_path: Path, farm: Farm) -> None:
    blogger = farm.url("/kimsungaijingah/feeds/posts/default")
    db = make_store(tmp_path / "k.db", [{"owner_kind": "kim", "owner_id": "kim-sungai-jingah", "type": "feed",
                                         "url": blogger, "options": json.dumps({"max_pages": 2})}])
    result = run_kimwatch(db, "crawl", "--no-match", "-q", env=crawl_env(farm), timeout=90)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "paging cut" not in (_notes(db)[blogger] or "")
    assert [p for p in farm.paths() if "start-index=4" in p]  # its second (last) page was read
