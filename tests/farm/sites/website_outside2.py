"""Website shapes an outside tester met on real pages (session 8 harvest9 findings).

- ``blogger`` (a Blogger blog read through its listing): the home page and ``/?page=2`` list
  the posts as ``<ul><li class="post"><h2><a href="/p/…html">``; some headlines are one or two
  words ("Berita", "Posyandu Balita"). One more post-list link, ``/jadwal-ronda`` ("Jadwal Ronda"),
  is shaped unlike the posts (no ``/p/`` directory, no ``.html``) and is not followed.
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found
from tests.farm.sites.website_common import Site

HOSTS = {"blogger": "127.0.4.61"}
OUTSIDE2_HOSTS = tuple(HOSTS.values())

blogger = Site(HOSTS["blogger"])

#: (slug, headline, day of November 2026) of each post, newest first; five a listing page
POSTS = [
    ("berita-1", "Berita", 28),
    ("kerja-bakti-saluran-air-rt-05-2", "Kerja Bakti Saluran Air RT 05 Menjelang Musim Hujan", 27),
    ("posyandu-balita-3", "Posyandu Balita", 26),
    ("lomba-mewarnai-tingkat-tk-4", "Lomba Mewarnai Tingkat TK Se-Kecamatan", 25),
    ("pengumuman-5", "Pengumuman", 24),
    ("vaksinasi-rabies-gratis-6", "Vaksinasi Rabies Gratis untuk Hewan Peliharaan Warga", 23),
    ("pelatihan-desain-7", "Pelatihan Desain", 22),
    ("gotong-royong-masjid-8", "Gotong Royong Membersihkan Masjid Jelang Ramadan", 21),
    ("pasar-murah-9", "Pasar Murah Sembako di Halaman Kantor Kelurahan", 20),
    ("rapat-10", "Rapat Warga", 19),
]
#: a link in the post list shaped unlike the posts: left out, and counted
UNLIKE = ("/jadwal-ronda", "Jadwal Ronda")


def post_path(slug: str) -> str:
    return f"/p/{slug}.html"


def _listing(page: int) -> str:
    chunk = POSTS[(page - 1) * 5: page * 5]
    items = "".join(f'<li class="post"><h2><a href="{post_path(slug)}">{escape(title)}</a></h2>'
                    f"<p>{escape(title)} di kelurahan kami.</p></li>" for slug, title, _ in chunk)
    if page == 1:
        items += f'<li class="post"><h2><a href="{UNLIKE[0]}">{UNLIKE[1]}</a></h2><p>Jadwal ronda bulan ini.</p></li>'
    more = '<a class="next" rel="next" href="/?page=2">Selanjutnya &raquo;</a>' if page == 1 else ""
    return ("<!doctype html><html lang=id><head><meta charset=utf-8><title>KIM Contoh</title></head><body>"
            "<nav><a href=/>Beranda</a> <a href=/profil>Profil</a> <a href=/kontak>Kontak</a></nav>"
            f"<main><h1>Berita Terbaru</h1><ul>{items}</ul>{more}</main><footer>&copy; 2026 KIM Contoh</footer>"
            "</body></html>")


@blogger.page("/")
def blogger_home(request: FarmRequest) -> FarmResponse:
    page = request.query.get("page", "1")
    return html(_listing(int(page))) if page in ("1", "2") else not_found()


@blogger.prefix("/p/")
def blogger_post(request: FarmRequest) -> FarmResponse:
    found = [p for p in POSTS if post_path(p[0]) == request.path]
    if not found:
        return not_found()
    slug, title, day = found[0]
    return html(f"<html><head><title>{escape(title)} - KIM Contoh</title></head><body><main><article>"
                f"<h1>{escape(title)}</h1><div class='post-meta'>Diposting {day} November 2026 09:00 WITA</div>"
                f"<p>{escape(title)}: warga kelurahan kami berkumpul di balai warga untuk kegiatan bersama yang "
                "dipimpin ketua RT dan kader KIM setempat sejak pagi hari.</p><p>Kegiatan ditutup dengan makan "
                "bersama dan pembagian tugas untuk minggu depan.</p></article></main></body></html>")


@blogger.page(UNLIKE[0])
def blogger_ronda(request: FarmRequest) -> FarmResponse:
    return html("<html><head><title>Jadwal Ronda</title></head><body><main><h1>Jadwal Ronda</h1><p>Kosong.</p></main>"
                "</body></html>")


# - ``twins`` (a plain-http site): one post is listed twice, under its address and a print
#   address with the same text; the second is skipped as a duplicate and the note names the
#   first as the site writes it, ``http://``.
HOSTS["twins"] = "127.0.4.62"
OUTSIDE2_HOSTS = tuple(HOSTS.values())
twins = Site(HOSTS["twins"])
TWIN_PATHS = ("/berita/kerja-bakti-saluran-air-rt-05.html", "/cetak/kerja-bakti-saluran-air-rt-05.html",
              "/berita/posyandu-balita-dibuka-lagi-bulan-ini.html", "/berita/lomba-mewarnai-tingkat-tk-kecamatan.html")


@twins.page("/")
def twins_home(request: FarmRequest) -> FarmResponse:
    items = "".join(f'<li class="post"><h2><a href="{path}">{escape(_twin_title(path))}</a></h2></li>'
                    for path in TWIN_PATHS)
    return html(f"<html><head><title>KIM Kembar</title></head><body><main><ul>{items}</ul></main></body></html>")


def _twin_title(path: str) -> str:
    return path.rsplit("/", 1)[1].removesuffix(".html").replace("-", " ").title()


@twins.prefix("/berita/")
@twins.prefix("/cetak/")
def twins_post(request: FarmRequest) -> FarmResponse:
    if request.path not in TWIN_PATHS:
        return not_found()
    title = _twin_title(request.path)
    return html(f"<html><head><title>{escape(title)}</title></head><body><main><article><h1>{escape(title)}</h1>"
                "<div class='post-meta'>Diposting 24 November 2026 09:00 WITA</div>"
                f"<p>{escape(title)}: warga kelurahan kami berkumpul di balai warga untuk kegiatan bersama yang "
                "dipimpin ketua RT dan kader KIM setempat sejak pagi hari.</p></article></main></body></html>")
