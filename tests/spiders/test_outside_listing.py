"""A whole crawl of a listing an outside tester met (session 8 harvest9 findings): one- and
two-word headlines in a Blogger post list are posts like the others; a post-list link shaped
unlike them is left out and counted on the channel; a duplicate is named as the site writes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.harvest.listing import listing_links
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.website_outside2 import (
    HOSTS,
    OUTSIDE2_HOSTS,
    POSTS,
    TWIN_PATHS,
    UNLIKE,
    _listing,
    post_path,
)
from tests.spiders.test_outside_sites import crawl, make_store, query


@pytest.fixture(scope="module")
def outside2_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE2_HOSTS)).start()
    yield farm
    farm.stop()


def test_short_headlines_in_the_post_list_are_followed_and_an_unlike_link_is_counted(
        tmp_path: Path, outside2_farm: Farm) -> None:
    home = outside2_farm.url("/", host=HOSTS["blogger"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside2_farm, "website")
    stored = {urlsplit(p["url"]).path: p for p in query(db_path, "SELECT url, title FROM posts")}
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert sorted(stored) == sorted(post_path(slug) for slug, _, _ in POSTS), channel
    assert {p["title"] for p in stored.values()} >= {"Berita", "Posyandu Balita", "Rapat Warga"}
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "1 listing link(s) not followed: 1 one- or two-word link text" in channel["last_error"]
    assert UNLIKE[0] not in stored


def test_a_short_headline_outside_the_post_list_is_not_followed() -> None:
    base = "http://kimcontoh.example/"
    page = _listing(1).replace("</main>", '</main><aside><ul class="populer"><li><a href="/p/lama-99.html">Lama</a>'
                               "</li></ul></aside>")
    short: set[str] = set()
    found = [link.url.removeprefix(base[:-1]) for link in listing_links(page, base, short=short)]
    assert found == [post_path(slug) for slug, _, _ in POSTS[:5]]  # in page order, the short ones too
    assert short == {base[:-1] + UNLIKE[0]}  # the sidebar's "Lama" is no listing link
    # one short link beside one followed post is not enough to call it a post list
    lone = ('<html><body><main><ul><li class="post"><h2><a href="/p/berita-1.html">Berita</a></h2></li>'
            '<li class="post"><h2><a href="/p/kerja-bakti-saluran-air-rt-05-2.html">Kerja Bakti Saluran Air RT 05'
            "</a></h2></li></ul></main></body></html>")
    assert [link.text for link in listing_links(lone, base)] == ["Kerja Bakti Saluran Air RT 05"]


def test_a_duplicate_is_named_by_the_address_the_site_writes(tmp_path: Path, outside2_farm: Farm) -> None:
    home = outside2_farm.url("/", host=HOSTS["twins"])
    db_path = make_store(tmp_path / "k.db", [{"type": "website", "url": home}])
    crawl(db_path, outside2_farm, "website")
    assert len(query(db_path, "SELECT id FROM posts")) == 3
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    first, second = (home.rstrip("/") + path for path in TWIN_PATHS[:2])
    # (which of the two is read first depends on the order the answers come in)
    assert channel["last_error"].endswith((f"1 duplicate (e.g. {second} (same text as {first}))",
                                           f"1 duplicate (e.g. {first} (same text as {second}))")), channel
