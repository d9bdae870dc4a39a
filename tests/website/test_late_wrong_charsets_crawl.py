"""A website crawl stores the articles of pages that declare their charset late (a meta after long
scripts) or wrongly (an HTTP header the bytes prove wrong) as the pages' own meta says (outside
tester V, F1/F2), over HTTP from the farm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler import store
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.website_charsets import ARTICLES, CHARSET_HOSTS, HOSTS
from tests.spiders.test_outside_sites import crawl, query


@pytest.fixture(scope="module")
def charset_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *CHARSET_HOSTS)).start()
    yield farm
    farm.stop()


def test_late_and_wrongly_declared_charsets_are_stored_as_the_meta_says(tmp_path: Path, charset_farm: Farm) -> None:
    db = store.connect(tmp_path / "k.db")
    store.save_kims(db, [{"id": "kim-aksara", "name": "KIM Aksara", "region": "Kota Banjarbaru"}])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-aksara", "type": "website",
                              "url": charset_farm.url("/", host=HOSTS["charsets"])}])
    db.conn.close()
    crawl(tmp_path / "k.db", charset_farm, "website")
    stored = {urlsplit(p["url"]).path: p for p in query(tmp_path / "k.db", "SELECT url, title, text FROM posts")}
    assert set(stored) == {f"/berita/{name}.html" for name in ARTICLES}
    for name, (text, *_rest) in ARTICLES.items():
        post = stored[f"/berita/{name}.html"]
        assert text in post["text"], (name, post["text"][:80])
        assert post["title"] == text[:18]
    assert len(charset_farm.paths(HOSTS["charsets"])) < 40
