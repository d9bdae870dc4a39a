"""A regional news portal readable only through its sitemap index; its pages are heavy.

The home page is a JavaScript shell (no article links in the HTML), there is no feed and no
API; ``robots.txt`` names ``/sitemap_index.xml``, an index of post, page and category
sitemaps with ``lastmod``. Article pages carry a mega menu, a breaking-news ticker, a
"Baca Juga" box in the middle of the text, tags, a "Berita Terkait" grid, comments and a
long footer; the date comes from JSON-LD. ``farm.state["sitemap_extra"] = True`` publishes
one more article (its sitemap's and the index's ``lastmod`` move).
"""

from __future__ import annotations

import json
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import HOSTS, Post, Site, state

HOST = HOSTS["sitemap"]
site = Site(HOST)

OLD = [
    Post("jembatan-gantung-desa-awang-besar-diresmikan", "Jembatan Gantung Desa Awang Besar Diresmikan",
         "2024-08-14T10:00:00+08:00",
         ["Bupati meresmikan jembatan gantung sepanjang 120 meter yang menghubungkan Desa Awang Besar dengan pusat kecamatan.",
          "Sebelumnya warga harus menyeberang dengan perahu kelotok yang tarifnya Rp5.000 sekali jalan."], id=8801),
    Post("harga-karet-naik-petani-loksado-tersenyum", "Harga Karet Naik, Petani Loksado Tersenyum",
         "2024-08-28T15:20:00+08:00",
         ["Harga karet di tingkat petani Loksado naik menjadi Rp11.500 per kilogram, tertinggi dalam dua tahun.",
          "Kenaikan dipicu permintaan pabrik crumb rubber di Banjarmasin yang kembali normal."], id=8802),
]
NEW = [
    Post("ribuan-warga-ikuti-jalan-sehat-hari-jadi-kabupaten", "Ribuan Warga Ikuti Jalan Sehat Hari Jadi Kabupaten",
         "2024-11-02T08:30:00+08:00",
         ["Sekitar 7.000 warga mengikuti jalan sehat memperingati hari jadi kabupaten yang ke-74 di Kandangan.",
          "Panitia mengundi 300 hadiah, dengan hadiah utama satu unit sepeda motor dan umrah bagi satu peserta.",
          "Rute sepanjang lima kilometer melewati Jalan Aluh Idut dan berakhir di Lapangan Lambung Mangkurat."], id=9101),
    Post("dinas-kesehatan-catat-kasus-dbd-menurun", "Dinas Kesehatan Catat Kasus DBD Menurun",
         "2024-11-05T13:45:00+08:00",
         ["Dinas Kesehatan mencatat 38 kasus demam berdarah sepanjang Oktober, turun dari 71 kasus pada September.",
          "Fogging tetap dilakukan di dua desa yang melaporkan kasus baru dalam sepekan terakhir."],
         links=["https://dinkes.hss.example/pengumuman/waspada-dbd-musim-hujan"], id=9102),
    Post("pendaftaran-cpns-formasi-guru-dan-tenaga-kesehatan", "Pendaftaran CPNS Formasi Guru dan Tenaga Kesehatan",
         "2024-11-09T09:00:00+08:00",
         ["Badan Kepegawaian Daerah membuka 215 formasi CPNS yang didominasi guru dan tenaga kesehatan.",
          "Pendaftaran dilakukan secara daring melalui portal SSCASN hingga 30 November 2024."], id=9103),
]
EXTRA = Post("banjir-rendam-tiga-desa-di-daha-selatan", "Banjir Rendam Tiga Desa di Daha Selatan",
             "2024-11-22T06:15:00+08:00",
             ["Banjir setinggi 40 sentimeter merendam tiga desa di Kecamatan Daha Selatan sejak Kamis malam.",
              "BPBD mendirikan dapur umum di Desa Baruh Jaya dan menyiagakan empat perahu karet."], id=9201)
MEGA_MENU = ["Nasional", "Daerah", "Banjarmasin", "Banjarbaru", "Hulu Sungai", "Politik", "Hukum", "Ekonomi", "Olahraga",
             "Gaya Hidup", "Wisata", "Kuliner", "Opini", "Video", "Foto", "Indeks Berita"]
TICKER = "Breaking: Harga Emas Antam Hari Ini Turun Rp8.000 per Gram"
TRENDING = ["Viral Buaya Muncul di Sungai Martapura", "Jadwal Kapal Feri Batulicin Pekan Ini", "Resep Soto Banjar Khas Kuin"]
TERKAIT = ["Sembilan Desa Terima Penghargaan Desa Antikorupsi", "Pasar Terapung Lok Baintan Ramai Wisatawan"]
FOOTER = ("Redaksi | Pedoman Media Siber | Kode Etik Jurnalistik | Kebijakan Privasi | Hak Cipta © 2024 "
          "PT Warta Banua Media. Dilarang mengambil konten tanpa izin.")


def new_posts(request: FarmRequest) -> list[Post]:
    return NEW + ([EXTRA] if state(request, "sitemap_extra", False) else [])


def _path(post: Post) -> str:
    return f"/read/{post.published[:4]}/{post.published[5:7]}/{post.id}/{post.slug}"


@site.page("/robots.txt")
def robots(request: FarmRequest) -> FarmResponse:
    return FarmResponse(f"User-agent: *\nDisallow: /search\nDisallow: /api/\n\nSitemap: {request.url('/sitemap_index.xml')}\n",
                        content_type="text/plain")


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    return html("""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Warta Banua - Berita Kalimantan Selatan</title>
<meta property="og:type" content="website"></head><body><div id="app"></div><noscript>Aktifkan JavaScript untuk membaca Warta Banua.</noscript>
<script src="/static/js/app.4f2a.js"></script></body></html>""")


def _urlset(request: FarmRequest, posts: list[Post]) -> FarmResponse:
    urls = "".join(f"<url><loc>{request.url(_path(p))}</loc><lastmod>{p.published}</lastmod>"
                   f"<image:image><image:loc>{request.url('/img/' + p.slug + '.jpg')}</image:loc></image:image></url>"
                   for p in posts)
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{urls}</urlset>""")


@site.page("/sitemap_index.xml")
def index(request: FarmRequest) -> FarmResponse:
    newest = max(p.published for p in new_posts(request))
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{request.url('/post-sitemap.xml')}</loc><lastmod>{newest}</lastmod></sitemap>
<sitemap><loc>{request.url('/post-sitemap2.xml')}</loc><lastmod>2024-08-28T15:20:00+08:00</lastmod></sitemap>
<sitemap><loc>{request.url('/page-sitemap.xml')}</loc><lastmod>2024-01-10T08:00:00+08:00</lastmod></sitemap>
<sitemap><loc>{request.url('/category-sitemap.xml')}</loc><lastmod>{newest}</lastmod></sitemap>
</sitemapindex>""")


@site.page("/post-sitemap.xml")
def post_sitemap(request: FarmRequest) -> FarmResponse:
    return _urlset(request, new_posts(request))


@site.page("/post-sitemap2.xml")
def post_sitemap2(request: FarmRequest) -> FarmResponse:
    return _urlset(request, OLD)


@site.page("/page-sitemap.xml")
def page_sitemap(request: FarmRequest) -> FarmResponse:
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{request.url('/redaksi')}</loc></url><url><loc>{request.url('/pedoman-media-siber')}</loc></url></urlset>""")


@site.page("/category-sitemap.xml")
def category_sitemap(request: FarmRequest) -> FarmResponse:
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{request.url('/category/daerah')}</loc></url></urlset>""")


def render(post: Post, request: FarmRequest | None = None) -> str:
    """The article page (also used by the extraction tests and the bench)."""
    menu = "".join(f'<li><a href="/kanal/{m.lower().replace(" ", "-")}">{m}</a></li>' for m in MEGA_MENU)
    trending = "".join(f'<li><a href="/read/2024/10/{n}/{t.lower().replace(" ", "-")}">{escape(t)}</a></li>' for n, t in enumerate(TRENDING, 7000))
    terkait = "".join(f'<div class="col"><a href="/read/2024/09/{n}/x"><h4>{escape(t)}</h4></a></div>' for n, t in enumerate(TERKAIT, 6000))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": post.title,
                     "datePublished": post.published, "dateModified": post.published,
                     "author": {"@type": "Person", "name": "Rahmadi"}, "publisher": {"@type": "Organization", "name": "Warta Banua"}})
    paragraphs = [f"<p>{escape(p)}</p>" for p in post.paragraphs]
    if post.links:
        paragraphs[0] = paragraphs[0].replace("</p>", f' (<a href="{post.links[0]}">pengumuman resmi</a>)</p>')
    box = ('<div class="baca-juga-box"><span>Baca Juga</span><ul>'
           + "".join(f'<li><a href="/read/2024/10/{n}/y">{escape(t)}</a></li>' for n, t in enumerate(TERKAIT[:1] + TRENDING[:1], 5000))
           + "</ul></div>")
    body = paragraphs[0] + box + "".join(paragraphs[1:])
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{escape(post.title)} | Warta Banua</title>
<meta name="description" content="{escape(post.paragraphs[0][:150])}"><meta property="og:type" content="article">
<script type="application/ld+json">{ld}</script></head><body>
<div class="breaking-news"><marquee>{escape(TICKER)}</marquee></div>
<header class="header"><div class="logo"><a href="/">Warta Banua</a></div><ul class="mega-menu">{menu}</ul>
<form class="search" action="/search"><input name="q" placeholder="Cari berita..."></form></header>
<div class="wrapper"><div class="main-col"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/kanal/daerah">Daerah</a></div>
<h1 class="read__title">{escape(post.title)}</h1><div class="read__info"><span class="read__author">Penulis: Rahmadi</span></div>
<div class="read__content">{body}
<p class="editor">Editor: Nurul Hidayah</p></div>
<div class="tag-list"><span>Tag:</span> <a href="/tag/daerah">daerah</a> <a href="/tag/kalsel">kalsel</a></div>
<div class="social-share"><a href="https://facebook.com/sharer.php">Share</a> <a href="https://twitter.com/intent/tweet">Tweet</a></div>
<section class="related-posts"><h3>Berita Terkait</h3><div class="row">{terkait}</div></section>
<div id="comments"><h3>Komentar</h3><p>Belum ada komentar. Jadilah yang pertama berkomentar!</p></div></div>
<div class="side-col"><div class="trending"><h3>Terpopuler</h3><ol>{trending}</ol></div>
<div class="ads"><p>Pasang iklan di sini, hubungi 0811-5000-123</p></div></div></div>
<footer class="footer"><p>{escape(FOOTER)}</p></footer></body></html>"""


@site.prefix("/read/")
def article(request: FarmRequest) -> FarmResponse:
    for post in OLD + new_posts(request):
        if request.path.rstrip("/") == _path(post):
            return html(render(post, request))
    return not_found()


@site.page("/redaksi")
def redaksi(request: FarmRequest) -> FarmResponse:
    return html("""<html><head><title>Redaksi | Warta Banua</title></head><body><h1>Redaksi</h1>
<ul><li>Pemimpin Redaksi: H. Syahrani</li><li>Redaktur: Nurul Hidayah</li><li>Alamat: Jl. A. Yani Km 5, Banjarmasin</li></ul></body></html>""")
