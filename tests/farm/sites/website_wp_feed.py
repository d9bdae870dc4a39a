"""A KIM's WordPress blog whose REST API is disabled (403) but whose ``/feed/`` works.

The theme (an Indonesian "newspaper" theme) prints the REST link but a security plugin
answers 403 ``rest_cannot_access``; the page carries no ``<link rel="alternate">``. The feed
has full ``content:encoded`` for most posts and only an excerpt for one (so the spider reads
that article's page). A test adds a post with ``farm.state["wp_feed_extra"] = True``.
"""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import HOSTS, Post, Site, state

HOST = HOSTS["wp_feed"]
site = Site(HOST)

POSTS = [
    Post("kerja-bakti-membersihkan-saluran-air-di-rt-05", "Kerja Bakti Membersihkan Saluran Air di RT 05",
         "2024-10-06T07:45:00+08:00",
         ["Warga RT 05 Kelurahan Sungai Jingah bergotong royong membersihkan saluran air sepanjang 800 meter pada Minggu pagi.",
          "Ketua RT, Haji Rusdiansyah, mengatakan saluran yang tersumbat sampah plastik menjadi penyebab genangan setiap hujan deras.",
          "Kegiatan ditutup dengan makan bersama nasi kuning yang disiapkan ibu-ibu PKK."],
         links=["https://banjarmasinkota.example/berita/jadwal-kerja-bakti-serentak"]),
    Post("posyandu-lansia-melati-periksa-gula-darah-gratis", "Posyandu Lansia Melati Periksa Gula Darah Gratis",
         "2024-10-12T09:10:00+08:00",
         ["Posyandu Lansia Melati memeriksa gula darah dan tekanan darah 64 warga lanjut usia secara gratis.",
          "Petugas Puskesmas Sungai Jingah mencatat sembilan warga dengan gula darah di atas 200 mg/dL yang dirujuk untuk pemeriksaan lanjutan."]),
    Post("sosialisasi-cek-fakta-hoaks-pemilu-untuk-pemilih-pemula", "Sosialisasi Cek Fakta Hoaks Pemilu untuk Pemilih Pemula",
         "2024-10-19T14:00:00+08:00",
         ["KIM Sungai Jingah mengajak 40 pelajar SMA belajar memeriksa kebenaran berita menjelang pemilihan kepala daerah.",
          "Peserta berlatih memakai pencarian gambar terbalik dan memeriksa tanggal unggahan video yang beredar di grup WhatsApp.",
          "Materi disampaikan oleh relawan Mafindo Kalimantan Selatan."],
         links=["https://diskominfo.kalsel.example/2024/10/ayo-cek-fakta-sebelum-berbagi"]),
    Post("pembagian-bibit-ikan-nila-untuk-kolam-warga", "Pembagian Bibit Ikan Nila untuk Kolam Warga",
         "2024-10-27T08:20:00+08:00",
         ["Dinas Ketahanan Pangan, Pertanian dan Perikanan membagikan 15.000 ekor bibit ikan nila kepada kelompok pembudidaya.",
          "Setiap kelompok menerima 1.500 ekor bibit dan 50 kilogram pakan untuk masa pemeliharaan tiga bulan."]),
]
EXCERPT_ONLY = "pembagian-bibit-ikan-nila-untuk-kolam-warga"
EXTRA = Post("lomba-kebersihan-antar-rt-dimulai", "Lomba Kebersihan antar-RT Dimulai", "2024-11-18T16:30:00+08:00",
             ["Lomba kebersihan antar-RT se-Kelurahan Sungai Jingah resmi dimulai dengan penilaian pertama pada pekan depan.",
              "Tim juri dari kecamatan akan menilai kebersihan saluran, taman pekarangan dan pengelolaan sampah."])
SIDEBAR = ["Cara Mengurus Surat Pindah Domisili", "Profil Kelurahan Sungai Jingah", "Galeri Foto Kegiatan 17 Agustus"]
FOOTER = "© 2024 KIM Sungai Jingah · Dikelola oleh pengurus KIM bersama Kelurahan"


def posts(request: FarmRequest) -> list[Post]:
    found = list(POSTS) + ([EXTRA] if state(request, "wp_feed_extra", False) else [])
    return sorted(found, key=lambda p: p.published, reverse=True)


def _link(post: Post) -> str:
    return f"/{post.published[:4]}/{post.published[5:7]}/{post.published[8:10]}/{post.slug}/"


def _page(request: FarmRequest, title: str, main: str) -> FarmResponse:
    menu = "".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in ("Beranda", "Profil", "Kegiatan", "Galeri", "Kontak"))
    widgets = "".join(f'<li><a href="/{escape(t.lower().replace(" ", "-"))}/">{escape(t)}</a></li>' for t in SIDEBAR)
    return html(f"""<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)} | KIM Sungai Jingah</title>
<link rel='https://api.w.org/' href='{request.url("/wp-json/")}' />
<link rel='stylesheet' href='/wp-content/themes/newsup/style.css' />
<meta property="og:site_name" content="KIM Sungai Jingah">
</head><body class="post-template-default single single-post">
<div class="mg-headwidget"><div class="site-branding-text"><h1 class="site-title"><a href="/">KIM Sungai Jingah</a></h1>
<p class="site-description">Informasi warga Kelurahan Sungai Jingah</p></div></div>
<div class="mg-menu-full"><ul class="nav navbar-nav">{menu}</ul></div>
<div class="container-fluid"><div class="row"><div class="col-md-9">{main}</div>
<div class="col-md-3"><div id="sidebar-right" class="mg-sidebar"><div class="mg-widget"><h6>Tulisan Populer</h6><ul>{widgets}</ul></div></div></div></div></div>
<footer><div class="mg-footer-copyright"><p>{escape(FOOTER)}</p></div></footer></body></html>""")


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    items = "".join(f'<div class="mg-blog-post-box"><h4 class="title"><a href="{_link(p)}">{escape(p.title)}</a></h4></div>'
                    for p in posts(request))
    return _page(request, "Beranda", items)


@site.page("/robots.txt")
def robots(request: FarmRequest) -> FarmResponse:
    return FarmResponse("User-agent: *\nDisallow: /wp-admin/\n", content_type="text/plain")


@site.page("/wp-json/wp/v2/posts")
def rest_forbidden(request: FarmRequest) -> FarmResponse:
    return FarmResponse(json.dumps({"code": "rest_cannot_access", "message": "Only authenticated users can access the REST API.",
                                    "data": {"status": 403}}), status=403, content_type="application/json", etag=False)


@site.page("/wp-json/")
def rest_root_forbidden(request: FarmRequest) -> FarmResponse:
    return rest_forbidden(request)


@site.page("/feed/")
def feed(request: FarmRequest) -> FarmResponse:
    if request.query.get("paged", "1") != "1":  # every post fits on the first page
        return not_found()
    items = []
    for post in posts(request):
        link = request.url(_link(post))
        moment = datetime.fromisoformat(post.published)
        related = POSTS[(POSTS.index(post) + 1) % len(POSTS)] if post in POSTS else POSTS[0]
        body = post.body_html().replace("</p>\n", "</p>\n", 1)
        body = body + f'<p>Baca juga: <a href="{request.url(_link(related))}">{escape(related.title)}</a></p>'
        content = "" if post.slug == EXCERPT_ONLY else f"<content:encoded><![CDATA[{body}]]></content:encoded>"
        items.append(f"""<item><title>{escape(post.title)}</title><link>{link}</link>
<pubDate>{format_datetime(moment)}</pubDate><dc:creator><![CDATA[admin kim]]></dc:creator>
<category><![CDATA[Kegiatan]]></category><guid isPermaLink="false">{request.url('/?p=')}{abs(hash(post.slug)) % 1000}</guid>
<description><![CDATA[{escape(post.paragraphs[0][:90])} [&#8230;]]]></description>{content}</item>""")
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>KIM Sungai Jingah</title><link>{request.url('/')}</link><description>Informasi warga</description>
<language>id</language><generator>https://wordpress.org/?v=6.5.3</generator>{''.join(items)}</channel></rss>""",
               content_type="application/rss+xml; charset=UTF-8")


@site.prefix("/2024/")
def article(request: FarmRequest) -> FarmResponse:
    slug = request.path.strip("/").split("/")[-1]
    for post in posts(request):
        if post.slug == slug:
            day = datetime.fromisoformat(post.published)
            main = f"""<div class="mg-blog-post-box"><div class="mg-header"><div class="mg-blog-category"><a href="/category/kegiatan/">Kegiatan</a></div>
<h1 class="title single">{escape(post.title)}</h1><div class="media mg-info-author-block"><div class="media-body">
<span class="mg-blog-date"><i class="fas fa-clock"></i> {day.strftime('%d/%m/%Y')}</span></div></div></div>
<article class="small single">{post.body_html()}
<div class="post-share"><div class="post-share-icons cf"><a class="link facebook" href="https://www.facebook.com/sharer.php?u=x">Bagikan ke Facebook</a></div></div></article></div>"""
            return _page(request, post.title, main)
    return not_found()
