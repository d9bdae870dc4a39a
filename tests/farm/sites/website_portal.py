"""A WordPress portal where several KIMs post (one author, or one category, per KIM).

Like a province's KIM portal: each KIM is registered on its own ``/author/<slug>/`` or
``/category/<slug>/`` page, which advertises its own feed and its own REST object
(``<link rel="alternate" type="application/json" href=".../wp-json/wp/v2/users/7">``); the
site-wide REST API and ``/feed/`` list every KIM's posts, and the REST API filters with
``author=`` and ``categories=``.

- ``/author/kim-pekauman/``: author 7 (REST link, author feed).
- ``/category/kim-bitahan/``: category 12 (REST link, category feed).
- ``/tag/kim-lain/``: a tag page with neither (its feed 404): the listing page itself.
"""

from __future__ import annotations

import json
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import Site

HOSTS = {"portal": "127.0.4.70"}
PORTAL_HOSTS = tuple(HOSTS.values())
site = Site(HOSTS["portal"])

#: (id, slug, title, author id, category id, tag, published UTC)
POSTS = [
    (501, "kerja-bakti-pekauman", "Kerja Bakti Warga Pekauman Bersihkan Drainase", 7, 3, "", "2026-11-20T02:00:00"),
    (502, "posyandu-pekauman", "Posyandu Lansia Pekauman Layani 60 Warga", 7, 3, "", "2026-11-18T03:00:00"),
    (503, "panen-bitahan", "Panen Raya Padi Unggul di Desa Bitahan", 9, 12, "", "2026-11-19T04:00:00"),
    (504, "sosialisasi-bitahan", "Sosialisasi Pencegahan Karhutla di Bitahan", 9, 12, "", "2026-11-17T05:00:00"),
    (505, "vaksinasi-kim-lain", "Vaksinasi Rabies Gratis di Kelurahan Sebelah", 11, 3, "kim-lain", "2026-11-21T01:00:00"),
]
AUTHORS = {7: "kim-pekauman", 9: "kim-bitahan-admin", 11: "kim-lain"}
CATEGORIES = {3: "berita", 12: "kim-bitahan"}


def _link(request: FarmRequest, post: tuple) -> str:
    return request.url(f"/2026/11/{post[1]}/")


def _text(post: tuple) -> str:
    return (f"<p>{escape(post[2])}. Kegiatan ini diikuti warga setempat bersama perangkat kelurahan dan kader "
            f"posyandu, dilaksanakan sejak pagi hingga siang hari dengan tertib.</p><p>Pengurus KIM mencatat "
            f"kegiatan nomor {post[0]} untuk laporan bulanan kepada Diskominfo kabupaten.</p>")


def _select(request: FarmRequest) -> list[tuple]:
    posts = list(POSTS)
    if request.query.get("author"):
        posts = [p for p in posts if str(p[3]) == request.query["author"]]
    if request.query.get("categories"):
        posts = [p for p in posts if str(p[4]) == request.query["categories"]]
    return sorted(posts, key=lambda p: p[6], reverse=True)


def _head(request: FarmRequest, title: str, extra: str = "") -> str:
    return (f"<head><meta charset='UTF-8'><title>{escape(title)} &#8211; Portal KIM</title>"
            f"<meta name='generator' content='WordPress 6.4.2' />"
            f"<link rel='alternate' type='application/rss+xml' title='Portal KIM &raquo; Feed' href='{request.url('/feed/')}' />"
            f"<link rel='https://api.w.org/' href='{request.url('/wp-json/')}' />{extra}</head>")


def _listing(request: FarmRequest, title: str, posts: list[tuple], extra: str, body_class: str) -> FarmResponse:
    cards = "".join(f"<article class='post'><h2 class='entry-title'><a href='{_link(request, p)}'>{escape(p[2])}</a>"
                    f"</h2><p>{escape(p[2])} — selengkapnya di halaman berita.</p></article>" for p in posts)
    return html(f"<!doctype html><html lang='id'>{_head(request, title, extra)}<body class='{body_class}'>"
                f"<nav><a href='/'>Beranda</a> <a href='/berita/'>Berita</a></nav>"
                f"<main><h1 class='page-title'>{escape(title)}</h1>{cards}</main></body></html>")


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    return _listing(request, "Portal KIM", _select(request), "", "home blog")


@site.prefix("/author/")
def author(request: FarmRequest) -> FarmResponse:
    slug = request.path.strip("/").split("/")[1]
    ids = [i for i, s in AUTHORS.items() if s == slug]
    if not ids:
        return not_found()
    if request.path.rstrip("/").endswith("/feed"):
        return _feed(request, [p for p in _select(request) if p[3] == ids[0]])
    extra = (f"<link rel='alternate' type='application/rss+xml' title='Pos oleh {slug} Feed' "
             f"href='{request.url(f'/author/{slug}/feed/')}' />"
             f"<link rel='alternate' title='JSON' type='application/json' href='{request.url(f'/wp-json/wp/v2/users/{ids[0]}')}' />")
    return _listing(request, f"Penulis: {slug}", [p for p in _select(request) if p[3] == ids[0]], extra,
                    f"archive author author-{slug} author-{ids[0]}")


@site.prefix("/category/")
def category(request: FarmRequest) -> FarmResponse:
    slug = request.path.strip("/").split("/")[1]
    ids = [i for i, s in CATEGORIES.items() if s == slug]
    if not ids:
        return not_found()
    if request.path.rstrip("/").endswith("/feed"):
        return _feed(request, [p for p in _select(request) if p[4] == ids[0]])
    extra = (f"<link rel='alternate' type='application/rss+xml' title='{slug} Umpan Kategori' "
             f"href='{request.url(f'/category/{slug}/feed/')}' />"
             f"<link rel='alternate' title='JSON' type='application/json' href='{request.url(f'/wp-json/wp/v2/categories/{ids[0]}')}' />")
    return _listing(request, f"Kategori: {slug}", [p for p in _select(request) if p[4] == ids[0]], extra,
                    f"archive category category-{slug}")


@site.prefix("/tag/")
def tag(request: FarmRequest) -> FarmResponse:
    slug = request.path.strip("/").split("/")[1]
    if request.path.rstrip("/").endswith("/feed"):
        return not_found()  # (a "disable feeds" plugin)
    return _listing(request, f"Tag: {slug}", [p for p in _select(request) if p[5] == slug], "", "archive tag")


@site.page("/feed/")
def site_feed(request: FarmRequest) -> FarmResponse:
    return _feed(request, _select(request))


def _feed(request: FarmRequest, posts: list[tuple]) -> FarmResponse:
    items = "".join(f"<item><title>{escape(p[2])}</title><link>{_link(request, p)}</link>"
                    f"<pubDate>{p[6][:10]}T{p[6][11:]}Z</pubDate><guid isPermaLink='false'>{request.url(f'/?p={p[0]}')}</guid>"
                    f"<content:encoded><![CDATA[{_text(p)}]]></content:encoded></item>" for p in posts)
    return xml(f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
               f"xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Portal KIM</title>"
               f"<link>{request.url('/')}</link>{items}</channel></rss>", content_type="application/rss+xml")


@site.page("/wp-json/wp/v2/posts")
def rest_posts(request: FarmRequest) -> FarmResponse:
    posts = _select(request)
    data = [{"id": p[0], "date_gmt": p[6], "modified_gmt": p[6], "link": _link(request, p),
             "title": {"rendered": escape(p[2])}, "content": {"rendered": _text(p)}} for p in posts]
    return FarmResponse(json.dumps(data), content_type="application/json; charset=UTF-8",
                        headers={"X-WP-Total": str(len(posts)), "X-WP-TotalPages": "1"})


@site.prefix("/2026/11/")
def article(request: FarmRequest) -> FarmResponse:
    for post in POSTS:
        if request.path.rstrip("/").endswith(post[1]):
            return html(f"<!doctype html><html>{_head(request, post[2])}<body class='single'><article>"
                        f"<h1 class='entry-title'>{escape(post[2])}</h1><time datetime='{post[6]}+00:00'></time>"
                        f"<div class='entry-content'>{_text(post)}</div></article></body></html>")
    return not_found()
