"""Sites whose sitemaps and listings never end, or hold hundreds of files (outside tester U's F1, F5, F6).

- ``ENDLESS`` (127.0.4.241): ``/sitemap.xml?p=N`` is a ``<sitemapindex>`` whose only child is
  ``/sitemap.xml?p=N+1``, for ever; the home page links ``/berita``, a listing that pages for
  ever (``?page=N``, always a "Selanjutnya" link, 3 posts a page). ``farm.state["endless_no_listing"]``
  makes ``/berita`` answer 404: the endless sitemap is all the site has.
- ``PAGING`` (127.0.4.242): the same endless listing, no sitemap.
- ``WIDE`` (127.0.4.243): ``/sitemap.xml`` names 400 child sitemaps ``sm-N.xml`` of one page each;
  child N's page has lastmod 2026-11-0(N%6+1), except child 5's: 2026-11-20, the site's newest
  page. The index carries each child's lastmod only when ``farm.state["wide_dated"]``.
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import Site, state

ENDLESS = "127.0.4.241"
PAGING = "127.0.4.242"
WIDE = "127.0.4.243"
ENDLESS_HOSTS = (ENDLESS, PAGING, WIDE)
WIDE_CHILDREN = 400
NEWEST_CHILD = 5

_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _home(request: FarmRequest) -> FarmResponse:
    return html('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Kabar Desa</title></head>'
                '<body><nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>'
                '<main><p>Selamat datang di laman desa.</p></main></body></html>')


def _listing(request: FarmRequest) -> FarmResponse:
    page = int(request.query.get("page") or 1)
    cards = "".join(
        f'<article class="post"><h2><a href="/berita/{page}-{j}">Gotong royong warga desa halaman {page} nomor {j} '
        f'membersihkan saluran</a></h2><span class="date">0{j + 1} Desember 2026</span></article>' for j in range(3))
    return html(f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita</title></head><body>'
                f'<main>{cards}<a class="next" href="/berita?page={page + 1}">Selanjutnya</a></main></body></html>')


def _article(request: FarmRequest) -> FarmResponse:
    tail = request.path.rstrip("/").rsplit("/", 1)[-1]
    title = f"Gotong royong warga {escape(tail)}"
    text = ("<p>Warga desa bergotong royong membersihkan saluran air dan jalan lingkungan bersama aparat desa "
            "pada hari Minggu pagi, dipimpin ketua RT dan dibantu karang taruna.</p>") * 3
    return html(f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
                f'<meta property="og:type" content="article">'
                f'<meta property="article:published_time" content="2026-12-01T09:00:00+08:00"></head>'
                f"<body><main><article><h1>{title}</h1>{text}</article></main></body></html>")


endless = Site(ENDLESS)
endless.page("/")(_home)
endless.prefix("/berita/")(_article)


@endless.page("/berita")
def endless_listing(request: FarmRequest) -> FarmResponse:
    if state(request, "endless_no_listing", False):
        return not_found()
    return _listing(request)


@endless.page("/sitemap.xml")
def endless_sitemap(request: FarmRequest) -> FarmResponse:
    number = int(request.query.get("p") or 1)
    return xml(f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{_SITEMAP_NS}">'
               f'<sitemap><loc>{request.url(f"/sitemap.xml?p={number + 1}")}</loc></sitemap></sitemapindex>')


paging = Site(PAGING)
paging.page("/")(_home)
paging.page("/berita")(_listing)
paging.prefix("/berita/")(_article)


wide = Site(WIDE)


@wide.page("/")
def wide_home(request: FarmRequest) -> FarmResponse:
    return html('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Desa</title></head>'
                "<body><p>Selamat datang</p></body></html>")


def _wide_lastmod(number: int) -> str:
    return "2026-11-20" if number == NEWEST_CHILD else f"2026-11-0{number % 6 + 1}"


@wide.page("/sitemap.xml")
def wide_index(request: FarmRequest) -> FarmResponse:
    dated = bool(state(request, "wide_dated", False))
    children = "".join(
        f'<sitemap><loc>{request.url(f"/sm-{n}.xml")}</loc>'
        + (f"<lastmod>{_wide_lastmod(n)}</lastmod>" if dated else "") + "</sitemap>"
        for n in range(WIDE_CHILDREN))
    return xml(f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{_SITEMAP_NS}">{children}</sitemapindex>')


@wide.prefix("/sm-")
def wide_child(request: FarmRequest) -> FarmResponse:
    number = request.path[len("/sm-"):].removesuffix(".xml")
    if not number.isdigit() or int(number) >= WIDE_CHILDREN:
        return not_found()
    n = int(number)
    return xml(f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{_SITEMAP_NS}"><url>'
               f'<loc>{request.url(f"/kabar/{n}")}</loc><lastmod>{_wide_lastmod(n)}</lastmod></url></urlset>')


wide.prefix("/kabar/")(_article)
