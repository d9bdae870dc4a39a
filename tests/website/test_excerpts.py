"""A feed item whose article page cannot be read is stored from the feed's own text."""

from __future__ import annotations

import json
from pathlib import Path

from tests.farm import Farm
from tests.farm.sites.website_excerpts import EXCERPTS_HOSTS, ITEMS
from tests.website.conftest import crawl, make_store, rows


def test_an_unreadable_article_page_leaves_the_feed_text_as_the_post(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_farm.url("/", host=EXCERPTS_HOSTS[0])}])
    result = crawl(db)
    assert result["new"] == 2, result
    stored = {r["title"]: r for r in rows(db)}
    for slug, title, description, _, status in ITEMS:
        post = stored[title]
        assert post["text"] == description and post["url"].endswith("/berita/" + slug)
        assert json.loads(post["extra"])["article_page"].startswith(str(status))
    assert crawl(db)["new"] == 0  # and not again on the next crawl
