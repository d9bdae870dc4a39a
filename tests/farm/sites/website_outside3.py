"""Website shapes an outside tester met on real pages (session 9 harvest10 findings).

- ``gone`` (a KIM.id-style site): the home page lists four posts with headlines; every one of
  them answers 404 — a broken site, not a silent KIM.
- ``partly``: the home page lists four posts; one answers 404, one answers 500, two are read.
- ``badgzip``: the posts answer ``Content-Encoding: gzip`` with a plain HTML body (a
  misconfigured server); a browser shows them, so kimwatch reads them.
- ``arsip``: the posts live under ``/arsip/berita/xh-N.html`` with headline anchors; the home
  page also links its month archive ``/arsip/2026/11/`` (a listing, not an article).
- ``kue``: a firewall's cookie check: every request without the cookie ``kue_ok=1`` is
  redirected (302) to the same URL with ``Set-Cookie``; with the cookie the page is served.
- ``utf16``: a post encoded UTF-16LE with a BOM and no charset label anywhere.
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found
from tests.farm.sites.website_common import Site

HOSTS = {"gone": "127.0.4.90", "partly": "127.0.4.91", "badgzip": "127.0.4.92", "arsip": "127.0.4.93",
         "kue": "127.0.4.94", "utf16": "127.0.4.95"}
OUTSIDE3_HOSTS = tuple(HOSTS.values())

#: (slug, headline, day of November 2026) of the posts every site here lists
POSTS = [
    ("penyaluran-bibit-padi-1", "Penyaluran Bibit Padi Unggul kepada Kelompok Tani Nomor Satu", 27),
    ("kerja-bakti-saluran-air-2", "Kerja Bakti Saluran Air RT 05 Menjelang Musim Hujan Tiba", 26),
    ("vaksinasi-rabies-gratis-3", "Vaksinasi Rabies Gratis untuk Hewan Peliharaan Warga Kelurahan", 25),
    ("pasar-murah-sembako-4", "Pasar Murah Sembako di Halaman Kantor Kelurahan Hari Sabtu", 24),
]
#: the ``partly`` site's posts that fail: one 404, one 500
PARTLY_FAILING = {"kerja-bakti-saluran-air-2": 404, "pasar-murah-sembako-4": 500}
#: the ``arsip`` site's post paths (short file names; the anchors are headlines)
ARSIP_PATHS = [f"/arsip/berita/xh-{n}.html" for n in range(1, len(POSTS) + 1)]
ARSIP_MONTH = "/arsip/2026/11/"
#: the cookie the ``kue`` site's firewall sets and waits for
KUE_COOKIE = "kue_ok=1"


def home_page(paths: list[str], extra: str = "") -> str:
    items = "".join(f'<li class="post"><h2><a href="{path}">{escape(title)}</a></h2>'
                    f"<p>{escape(title)} di kelurahan kami.</p></li>" for path, (_, title, _) in zip(paths, POSTS, strict=True))
    return ("<!doctype html><html lang=id><head><meta charset=utf-8><title>KIM Contoh</title></head><body>"
            "<nav><a href=/>Beranda</a> <a href=/profil>Profil</a></nav>"
            f"<main><h1>Berita Terbaru</h1><ul>{items}</ul>{extra}</main>"
            "<footer>&copy; 2026 KIM Contoh</footer></body></html>")


def post_page(index: int) -> str:
    _, title, day = POSTS[index]
    return (f"<!doctype html><html lang=id><head><meta charset=utf-8><title>{escape(title)} - KIM Contoh</title>"
            f"</head><body><main><article><h1>{escape(title)}</h1>"
            f"<div class='post-meta'>Diposting {day} November 2026 09:00 WITA</div>"
            f"<p>{escape(title)}: warga kelurahan kami berkumpul di balai warga untuk kegiatan bersama yang "
            "dipimpin ketua RT dan kader KIM setempat sejak pagi hari.</p><p>Kegiatan ditutup dengan makan "
            "bersama dan pembagian tugas untuk minggu depan.</p></article></main></body></html>")


def post_path(slug: str) -> str:
    return f"/berita/{slug}.html"


def _index(request: FarmRequest, paths: list[str]) -> int | None:
    return paths.index(request.path) if request.path in paths else None


PATHS = [post_path(slug) for slug, _, _ in POSTS]

gone = Site(HOSTS["gone"])
partly = Site(HOSTS["partly"])
badgzip = Site(HOSTS["badgzip"])
arsip = Site(HOSTS["arsip"])
kue = Site(HOSTS["kue"])
utf16 = Site(HOSTS["utf16"])


@gone.page("/")
@partly.page("/")
@badgzip.page("/")
@kue.page("/")
def listing_home(request: FarmRequest) -> FarmResponse:
    if request.host == HOSTS["kue"] and KUE_COOKIE not in request.headers.get("cookie", ""):
        return _cookie_check(request)
    return html(home_page(PATHS))


@gone.prefix("/berita/")
def gone_post(request: FarmRequest) -> FarmResponse:
    return not_found()


@partly.prefix("/berita/")
def partly_post(request: FarmRequest) -> FarmResponse:
    index = _index(request, PATHS)
    if index is None:
        return not_found()
    failing = PARTLY_FAILING.get(POSTS[index][0])
    if failing:
        return FarmResponse(status=failing, body=f"<h1>Error {failing}</h1>", etag=False)
    return html(post_page(index))


@badgzip.prefix("/berita/")
def badgzip_post(request: FarmRequest) -> FarmResponse:
    index = _index(request, PATHS)
    if index is None:
        return not_found()
    # plain HTML, labelled gzip (the farm itself compresses only with gzip=True)
    return html(post_page(index), headers={"Content-Encoding": "gzip"})


@arsip.page("/")
def arsip_home(request: FarmRequest) -> FarmResponse:
    return html(home_page(ARSIP_PATHS, extra=f'<p><a href="{ARSIP_MONTH}">Arsip berita bulan November 2026 '
                                              "selengkapnya di halaman arsip</a></p>"))


@arsip.prefix("/arsip/")
def arsip_post(request: FarmRequest) -> FarmResponse:
    if request.path == ARSIP_MONTH:
        return html(home_page(ARSIP_PATHS))
    index = _index(request, ARSIP_PATHS)
    return not_found() if index is None else html(post_page(index))


def _cookie_check(request: FarmRequest) -> FarmResponse:
    """The firewall: 302 to the very same URL, setting the cookie it then waits for."""
    return FarmResponse(status=302, body=b"", etag=False,
                        headers={"Location": request.url(request.raw_path), "Set-Cookie": f"{KUE_COOKIE}; Path=/"})


@kue.prefix("/berita/")
def kue_post(request: FarmRequest) -> FarmResponse:
    if KUE_COOKIE not in request.headers.get("cookie", ""):
        return _cookie_check(request)
    index = _index(request, PATHS)
    return not_found() if index is None else html(post_page(index))


@utf16.page("/")
def utf16_home(request: FarmRequest) -> FarmResponse:
    return html(home_page(PATHS))


@utf16.prefix("/berita/")
def utf16_post(request: FarmRequest) -> FarmResponse:
    index = _index(request, PATHS)
    if index is None:
        return not_found()
    body = post_page(index).replace("<meta charset=utf-8>", "")
    return FarmResponse(body=b"\xff\xfe" + body.encode("utf-16-le"), content_type="text/html")
