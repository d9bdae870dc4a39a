"""A listing whose article links misbehave: a redirect loop, a server error, a page slower
than the download timeout, one larger than the maximum size, binary junk served as HTML, a
page that is a listing rather than an article. Two links are good articles. Each bad page
must cost only itself."""

from __future__ import annotations

import os

from tests.farm import FarmRequest, FarmResponse, html, redirect
from tests.farm.sites.website_common import HOSTS, Post, Site

HOST = HOSTS["hostile"]
site = Site(HOST)

GOOD = [
    Post("1/warga-gelar-lomba-perahu-hias-di-sungai", "Warga Gelar Lomba Perahu Hias di Sungai",
         "2024-10-02T09:00:00+08:00",
         ["Sebanyak 14 perahu hias meramaikan lomba di Sungai Martapura dalam rangka hari jadi kelurahan.",
          "Juri menilai kreativitas hiasan, kekompakan pendayung dan pesan kebersihan sungai."]),
    Post("7/pembagian-sertifikat-tanah-program-ptsl", "Pembagian Sertifikat Tanah Program PTSL",
         "2024-10-09T13:00:00+08:00",
         ["Badan Pertanahan Nasional membagikan 230 sertifikat tanah program PTSL kepada warga kelurahan.",
          "Warga yang belum menerima diminta menghubungi panitia di kantor kelurahan."]),
]
BAD = {
    "2/halaman-berputar-putar-tanpa-akhir": "loop",
    "3/halaman-yang-rusak-di-server-kami": "error",
    "4/halaman-yang-sangat-lambat-sekali-dibuka": "slow",
    "5/halaman-yang-terlalu-besar-untuk-dibaca": "huge",
    "6/berkas-biner-yang-menyamar-sebagai-html": "binary",
    "8/daftar-semua-berita-bulan-oktober-ini": "listing",
}


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    links = [(p.slug, p.title) for p in GOOD] + [(slug, slug.split("/")[1].replace("-", " ").title()) for slug in BAD]
    items = "".join(f'<li><a href="/berita/{slug}">{title}</a></li>' for slug, title in sorted(links))
    return html(f"<html><head><title>Kelurahan Uji</title></head><body><h1>Berita</h1><ul>{items}</ul></body></html>")


@site.prefix("/berita/")
def article(request: FarmRequest) -> FarmResponse:
    slug = request.path[len("/berita/"):]
    for post in GOOD:
        if post.slug == slug:
            return html(f"""<html><head><title>{post.title}</title><meta property="og:type" content="article">
<meta property="article:published_time" content="{post.published}"></head><body><article><h1>{post.title}</h1>
{post.body_html()}</article></body></html>""")
    kind = BAD.get(slug)
    if kind == "loop":
        return redirect(request.path + "?r=" + str(len(request.query.get("r", "")) + 1) + "x" * len(request.query.get("r", "")), status=302)
    if kind == "error":
        return FarmResponse("<h1>500 Internal Server Error</h1>", status=500, etag=False)
    if kind == "slow":
        return html("<html><body><p>terlambat</p></body></html>", delay=3.0)
    if kind == "huge":
        return html("<html><body>" + "<p>isi yang sangat panjang sekali</p>" * 80_000 + "</body></html>")
    if kind == "binary":
        return FarmResponse(os.urandom(50_000), content_type="text/html; charset=utf-8")
    if kind == "listing":
        items = "".join(f'<div class="card"><h3><a href="/berita/{n}/judul-berita-nomor-{n}">Judul berita nomor {n} bulan oktober</a></h3></div>'
                        for n in range(100, 112))
        return html(f'<html><head><meta property="og:type" content="website"><title>Arsip</title></head><body>{items}</body></html>')
    return FarmResponse("<h1>404</h1>", status=404, etag=False)
