"""Website shapes an outside tester met on the real web (session 7 harvest findings).

- ``humas`` (a city's press office, read only through its sitemap): the home page is a slider
  with no article links; ``robots.txt`` names ``/peta-situs.xml``. One announcement sits in a
  table layout (title, then a byline "Minggu, 29/11/2026 - 15:00", then the text; a side
  cell of links), one page shows no date but its sitemap entry has a ``lastmod``, and one page
  gives no date anywhere (no byline, no ``lastmod``).
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, xml
from tests.farm.sites.website_common import Site

HOSTS = {"humas": "127.0.4.60"}
OUTSIDE_HOSTS = tuple(HOSTS.values())

humas = Site(HOSTS["humas"])

LOMBA = ("/berita/lomba-kampung-bersih-2026", "Lomba Kampung Bersih 2026 Diikuti 20 Kelurahan",
         ["BANJARBARU – Pemerintah kota menggelar Lomba Kampung Bersih 2026 yang diikuti 20 kelurahan. Penilaian "
          "dilakukan 7 sampai 11 Desember 2026 dengan hadiah total Rp 150 juta.",
          "Kriteria penilaian meliputi pengelolaan sampah, ruang terbuka hijau dan partisipasi warga."])
BANK_SAMPAH = ("/berita/bank-sampah-kelurahan-dibuka", "Bank Sampah Kelurahan Guntung Manggis Dibuka",
               ["Kelurahan Guntung Manggis membuka bank sampah yang menerima plastik, kertas dan logam dari warga "
                "setiap hari Sabtu pagi di halaman kantor kelurahan.",
                "Tabungan sampah dapat ditukar dengan sembako atau dibayarkan tunai setiap akhir bulan."])
PROFIL = ("/berita/profil-tim-humas", "Mengenal Tim Humas Kota dan Tugas Sehari-harinya",
          ["Tim humas kota terdiri atas dua belas orang yang mengelola situs web, media sosial dan hubungan dengan "
           "wartawan dari seluruh Kalimantan Selatan.",
           "Setiap pagi tim menyusun ringkasan berita daerah untuk pimpinan dan menjawab pertanyaan warga."])
#: sitemap lastmod of each page (None: the entry has none)
LASTMOD = {LOMBA[0]: "2026-11-29T15:00:00+08:00", BANK_SAMPAH[0]: "2026-11-27T08:00:00+08:00", PROFIL[0]: None}


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{escape(t)}</p>" for t in texts)


@humas.page("/")
def humas_home(request: FarmRequest) -> FarmResponse:
    return html('<html><head><title>Humas Kota</title></head><body><div id="slider">Selamat datang</div></body></html>')


@humas.page("/robots.txt")
def humas_robots(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body=f"User-agent: *\nAllow: /\nSitemap: {request.url('/peta-situs.xml')}\n",
                        content_type="text/plain")


@humas.page("/peta-situs.xml")
def humas_sitemap(request: FarmRequest) -> FarmResponse:
    entries = "".join(f"<url><loc>{request.url(path)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
                      + "</url>" for path, lastmod in LASTMOD.items())
    return xml(f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f"{entries}</urlset>")


@humas.page(LOMBA[0])
def humas_lomba(request: FarmRequest) -> FarmResponse:
    path, title, texts = LOMBA
    return html(f"<html><head><title>{escape(title)}</title></head><body><table><tr><td><h2>{escape(title)}</h2>"
                f"<p>Minggu, 29/11/2026 - 15:00</p>{_paragraphs(texts)}</td>"
                '<td class="side"><a href="/">Beranda</a><br><a href="/berita/">Link terkait</a></td></tr></table>'
                "</body></html>")


@humas.page(BANK_SAMPAH[0])
@humas.page(PROFIL[0])
def humas_undated(request: FarmRequest) -> FarmResponse:
    path, title, texts = BANK_SAMPAH if request.path == BANK_SAMPAH[0] else PROFIL
    return html(f'<html><head><title>{escape(title)} - Humas Kota</title><meta property="og:type" content="article">'
                f"</head><body><main><article><h1>{escape(title)}</h1>{_paragraphs(texts)}</article></main>"
                "</body></html>")
