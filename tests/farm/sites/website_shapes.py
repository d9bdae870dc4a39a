"""Website farm site with the shapes of real pages (issue 11): article URLs that do not look
like articles (``/hof-geschichte/``, ``spip.php?article8532``, ``/i7484_1.html``), an Elementor
article with a sidebar login box, and pages that are rightly not stored — a login page, a
soft 404, a tag page — each of which the channel's note must count with its reason.

- ``shapes_home``: a home page listing all of them with headline anchors.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.farm import FarmRequest, FarmResponse, html
from tests.farm.sites.website_common import Site

HOSTS = {"shapes_home": "127.0.4.31"}
SHAPES_HOSTS = tuple(HOSTS.values())
ELEMENTOR = (Path(__file__).resolve().parents[2] / "website" / "fixtures" / "elementor_login_sidebar.html").read_text(
    encoding="utf-8")

#: (path as linked, title, paragraphs): articles whose URL shape alone says nothing
ODD_URL_POSTS = [
    ("/hof-geschichte/", "Sejarah Balai Desa Sungai Rangas Dipamerkan",
     ["Foto-foto lama balai desa Sungai Rangas sejak 1960-an dipamerkan di halaman kantor desa selama sepekan.",
      "Warga diajak membawa foto keluarga yang memuat balai desa untuk dipindai dan disimpan di arsip desa."]),
    ("/spip.php?article8532", "Jadwal Ronda Malam Bulan Desember",
     ["Jadwal ronda malam bulan Desember sudah dibagikan ke setiap RT melalui ketua RT masing-masing.",
      "Setiap regu terdiri atas enam warga dan berjaga mulai pukul 22.00 sampai 04.00 WITA."]),
    ("/i7484_1.html", "Bank Sampah Desa Kumpulkan 2 Ton Plastik",
     ["Bank sampah desa mengumpulkan dua ton sampah plastik sepanjang November dari 180 nasabah.",
      "Hasil penjualan plastik dibagikan kepada nasabah dalam bentuk tabungan yang bisa diambil akhir tahun."]),
]
ELEMENTOR_PATH = "/berita/posyandu-balita-dibuka-lagi/"
#: (path, anchor text): pages linked as items that are rightly not stored
NOT_STORED = [
    ("/berita/masuk-ke-akun-admin-kim/", "Masuk ke akun admin KIM Sungai Rangas"),
    ("/berita/halaman-yang-sudah-dihapus-admin/", "Pengumuman lomba desa yang sudah dihapus admin"),
]


def _article(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<html><head><title>{escape(title)} – KIM Sungai Rangas</title>"
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="2024-11-20T10:00:00+08:00"></head>'
            f"<body><main><article><h1>{escape(title)}</h1>{body}</article></main></body></html>")


home = Site(HOSTS["shapes_home"])


@home.page("/")
def home_page(request: FarmRequest) -> FarmResponse:
    items = [(path, title) for path, title, _ in ODD_URL_POSTS]
    items += [(ELEMENTOR_PATH, "Posyandu Balita Desa Sungai Rangas Dibuka Lagi"), *NOT_STORED]
    cards = "".join(f'<div class="card"><h3><a href="{escape(path)}">{escape(title)}</a></h3></div>'
                    for path, title in items)
    return html(f"""<html><head><title>KIM Sungai Rangas</title></head><body>
<nav><a href="/">Beranda</a> <a href="/tentang">Tentang</a></nav>
<main><h2>Kabar Desa</h2>{cards}
<p>Label: <a href="/tag/posyandu/">Posyandu dan kesehatan balita di desa</a></p></main></body></html>""")


@home.prefix("/")
def pages(request: FarmRequest) -> FarmResponse:
    for path, title, paragraphs in ODD_URL_POSTS:
        if request.raw_path == path:
            return html(_article(title, paragraphs))
    if request.path == ELEMENTOR_PATH:
        return html(ELEMENTOR)
    if request.path == NOT_STORED[0][0]:
        return html("<html><head><title>Masuk</title></head><body><h1>Masuk</h1><form><input name='u'>"
                    "<input type='password' name='p'></form><p>Masuk untuk mengelola berita KIM.</p></body></html>")
    if request.path == NOT_STORED[1][0]:
        return html("<html><head><title>Halaman tidak ditemukan – KIM Sungai Rangas</title></head>"
                    "<body class='error404'><h1>Halaman tidak ditemukan</h1><p>Maaf, halaman ini tidak ada.</p>"
                    "</body></html>")
    return FarmResponse("<h1>404</h1>", status=404, etag=False)
