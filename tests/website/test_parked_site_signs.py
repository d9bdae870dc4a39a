"""A real KIM site is never called parked for a post's words (outside tester "q", finding 5): a
short home page whose one article says "domain ini dijual kembali setelah kedaluwarsa" has a
site's signs (its feed link, an article, a link to a date-stamped post of its own)."""

from __future__ import annotations

import pytest

from crawler.harvest.parked import parked_page

URL = "http://kimdomain.kim.id/"
SAID = "Banyak situs desa hilang karena domain ini dijual kembali setelah kedaluwarsa."
FEED = "<link rel=alternate type='application/rss+xml' href='/feed/'>"
POST_LINK = "<a href='/2026/12/pelatihan-domain/'>Pelatihan: jangan biarkan domain desa dijual orang</a>"


def _page(head: str = "", body: str = "") -> bytes:
    return (f"<!doctype html><html lang=id><head><title>KIM Domain Sejahtera</title>{head}</head><body>"
            f"<nav><a href=/>Beranda</a></nav><main>{body}<p>{SAID}</p></main></body></html>").encode()


@pytest.mark.parametrize("page", [
    _page(FEED, f"<article><h2>{POST_LINK}</h2>"),  # the tester's page: every sign
    _page(FEED),
    _page(body=f"<h2>{POST_LINK}</h2>"),
    _page(body="<article><h2>Pelatihan domain</h2></article>"),
    _page(body="<div class=post><time datetime='2026-12-02'>2 Desember 2026</time></div>"),
])
def test_a_short_site_saying_a_landers_words_in_a_post_is_not_parked(page: bytes) -> None:
    assert parked_page(URL, page, "text/html") is None


def test_the_same_words_without_a_sites_signs_are_a_lander() -> None:
    assert parked_page(URL, _page(), "text/html") is not None
    # a dated link to another host is no sign of this site
    elsewhere = _page(body="<a href='https://berita.example/2026/12/lain/'>lain</a>")
    assert parked_page(URL, elsewhere, "text/html") is not None
