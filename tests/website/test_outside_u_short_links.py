"""Listings whose post cards headline their articles in one or two words (outside tester U's F2):
the post list is recognised by itself (each link an article's address, each a card's headline or
dated), with or without a ``section:`` hint; a menu, a widget, tags and pagination stay out; and a
first crawl that reads nothing from a listing says so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler import store
from crawler.harvest.listing import later_page
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.website_outside_u import HOSTS, OUTSIDE_U_HOSTS, SHORT_POSTS
from tests.spiders.test_outside_sites import crawl, query


@pytest.fixture(scope="module")
def outside_u_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE_U_HOSTS)).start()
    yield farm
    farm.stop()


def _store(path: Path, url: str, options: dict | None = None) -> Path:
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-pendek", "name": "KIM Pendek", "region": "Kota Banjarbaru"}])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": "kim-pendek", "type": "website", "url": url,
                              **({"options": options} if options else {})}])
    db.conn.close()
    return path


@pytest.mark.parametrize("options", [None, {"section": "/berita/"}], ids=["home", "section-hint"])
def test_a_post_list_of_two_word_headlines_is_read(tmp_path: Path, outside_u_farm: Farm,
                                                   options: dict | None) -> None:
    outside_u_farm.reset_log()
    home = outside_u_farm.url("/", host=HOSTS["shortlinks"])
    db_path = _store(tmp_path / "k.db", home, options)
    crawl(db_path, outside_u_farm, "website")
    stored = {urlsplit(p["url"]).path for p in query(db_path, "SELECT url FROM posts")}
    assert stored == {f"/berita/{name}.html" for name, _ in SHORT_POSTS}  # both listing pages
    asked = outside_u_farm.paths(HOSTS["shortlinks"])
    # the services widget and the tags are not taken for posts
    assert not [p for p in asked if p.startswith("/layanan/")], asked
    assert len(asked) < 60


@pytest.mark.parametrize(("options", "said"), [
    (None, "give the listing path as `section: /berita`"),
    ({"section": "/berita/"}, "no article links recognised on them: the `section:` given"),
], ids=["home", "section-hint"])
def test_a_first_crawl_reading_nothing_from_a_listing_says_so(tmp_path: Path, outside_u_farm: Farm,
                                                              options: dict | None, said: str) -> None:
    home = outside_u_farm.url("/", host=HOSTS["menuonly"])
    db_path = _store(tmp_path / "k.db", home, options)
    crawl(db_path, outside_u_farm, "website")
    assert not query(db_path, "SELECT id FROM posts")
    (channel,) = query(db_path, "SELECT last_status, last_error, state FROM channels")
    note = channel["last_error"] or ""
    assert said in note, (note, json.loads(channel["state"] or "{}"))


def test_a_listing_s_page_2_is_not_remembered_as_a_listing(tmp_path: Path, outside_u_farm: Farm) -> None:
    """The home page links ``/berita/?page=2`` ("Berikutnya"): that is the listing's next page, not a
    section of its own, so it is not kept among the listing pages read first on every crawl."""
    home = outside_u_farm.url("/", host=HOSTS["shortlinks"])
    db_path = _store(tmp_path / "k.db", home)
    crawl(db_path, outside_u_farm, "website")
    (channel,) = query(db_path, "SELECT state FROM channels")
    remembered = [urlsplit(u) for u in json.loads(channel["state"])["listing_urls"]]
    assert remembered and not [u for u in remembered if "page=" in u.query], remembered
    # a later crawl reads the remembered listings' first pages and no page 2 of its own
    outside_u_farm.reset_log()
    crawl(db_path, outside_u_farm, "website")
    asked = outside_u_farm.paths(HOSTS["shortlinks"])
    assert not [p for p in asked if "page=" in p], asked  # (before: /berita/?page=2, one request more)
    assert asked == ["/"], asked  # the one remembered listing, nothing more (robots.txt is cached)


def test_a_page_2_remembered_by_an_older_kimwatch_is_forgotten(tmp_path: Path, outside_u_farm: Farm) -> None:
    home = outside_u_farm.url("/", host=HOSTS["shortlinks"])
    db_path = _store(tmp_path / "k.db", home)
    crawl(db_path, outside_u_farm, "website")
    db = store.connect(db_path)
    (row,) = db.query("SELECT id, state FROM channels")
    state = json.loads(row["state"])
    state["listing_urls"] = [outside_u_farm.url("/berita/?page=2", host=HOSTS["shortlinks"]), home]
    db.execute("UPDATE channels SET state = ? WHERE id = ?", [json.dumps(state), row["id"]])
    db.conn.commit()
    db.conn.close()
    outside_u_farm.reset_log()
    crawl(db_path, outside_u_farm, "website")
    assert outside_u_farm.paths(HOSTS["shortlinks"]) == ["/"]
    (channel,) = query(db_path, "SELECT state FROM channels")
    assert json.loads(channel["state"])["listing_urls"] == [home]


@pytest.mark.parametrize(("url", "later"), [
    ("https://desa.example/berita/?page=2", True), ("https://desa.example/berita/page/3/", True),
    ("https://desa.example/index.php/berita?start=10", True), ("https://desa.example/berita/?page=1", False),
    ("https://desa.example/berita/", False), ("https://desa.example/kategori/berita-desa", False),
])
def test_a_later_page_of_a_listing_is_told(url: str, later: bool) -> None:
    assert later_page(url) is later
