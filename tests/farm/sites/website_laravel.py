"""A government site built with Laravel and Bootstrap: listing pages only.

No feed, no sitemap, no WordPress. The home page lists the latest news as Bootstrap cards
(``/berita/<id>/<slug>``) with ``?page=N`` pagination (``rel="next"`` and "»"), and a
sidebar of "Pengumuman" links. Article pages give the date as ``29/10/2024 10:15`` and put
"Berita Terkait" and a "BACA JUGA" line around the text. Some pages send a broken charset:
``/berita/104/...`` is Windows-1252 bytes labelled UTF-8. ``farm.state["laravel_extra"]``
publishes one more news item.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found
from tests.farm.sites.website_common import HOSTS, Post, Site, state

HOST = HOSTS["laravel"]
site = Site(HOST)
PER_PAGE = 4

NEWS = [
    Post("kepala-dinas-lantik-pengurus-forum-kim-kabupaten", "Kepala Dinas Lantik Pengurus Forum KIM Kabupaten",
         "2024-09-30T10:00:00+08:00",
         ["Kepala Dinas Komunikasi dan Informatika melantik 21 pengurus Forum KIM Kabupaten Banjar periode 2024-2027.",
          "Forum diharapkan mendampingi KIM desa yang belum memiliki website maupun akun media sosial resmi."], id=101),
    Post("rapat-evaluasi-penyebaran-informasi-pilkada", "Rapat Evaluasi Penyebaran Informasi Pilkada",
         "2024-10-03T14:00:00+08:00",
         ["Diskominfo menggelar rapat evaluasi penyebaran informasi tahapan Pilkada bersama 30 KIM.",
          "Hasil pemantauan menunjukkan baru 12 KIM yang rutin membagikan informasi tahapan pemilihan."], id=102),
    Post("layanan-internet-gratis-di-balai-desa-diperluas", "Layanan Internet Gratis di Balai Desa Diperluas",
         "2024-10-09T09:30:00+08:00",
         ["Layanan internet gratis kini tersedia di 64 balai desa setelah penambahan 20 titik akses tahun ini.",
          "Kecepatan setiap titik mencapai 20 Mbps dan dapat dipakai warga dari pukul 07.00 sampai 22.00 WITA."],
         links=["https://www.kominfo.example/bakti/akses-internet-desa"], id=103),
    Post("pelatihan-fotografi-jurnalistik-untuk-humas-kecamatan", "Pelatihan Fotografi Jurnalistik untuk Humas Kecamatan",
         "2024-10-14T08:00:00+08:00",
         ["Sebanyak 40 pegawai humas kecamatan mengikuti pelatihan fotografi jurnalistik selama dua hari di Martapura.",
          "Peserta diajari komposisi foto kegiatan, penulisan keterangan foto dan etika memotret warga – termasuk izin sebelum memotret anak."], id=104),
    Post("aplikasi-pengaduan-warga-raih-penghargaan", "Aplikasi Pengaduan Warga Raih Penghargaan Inovasi",
         "2024-10-21T11:15:00+08:00",
         ["Aplikasi pengaduan warga Lapor Bupati meraih penghargaan inovasi pelayanan publik tingkat provinsi.",
          "Sepanjang tahun ini aplikasi menerima 3.210 laporan, 92 persen di antaranya telah ditindaklanjuti."], id=105),
    Post("siaran-keliling-informasi-bantuan-sosial", "Siaran Keliling Informasi Bantuan Sosial",
         "2024-10-28T16:40:00+08:00",
         ["Mobil siaran keliling Diskominfo menyampaikan jadwal penyaluran bantuan sosial di 12 kecamatan.",
          "Warga juga dapat memeriksa status penerima bantuan melalui laman cekbansos milik Kementerian Sosial."], id=106),
]
EXTRA = Post("diskominfo-buka-magang-mahasiswa-ilmu-komunikasi", "Diskominfo Buka Magang Mahasiswa Ilmu Komunikasi",
             "2024-11-19T09:00:00+08:00",
             ["Diskominfo membuka program magang bagi 10 mahasiswa ilmu komunikasi selama tiga bulan.",
              "Mahasiswa akan membantu pengelolaan media sosial dan peliputan kegiatan pemerintah daerah."], id=107)
PENGUMUMAN = ["Pengumuman Hasil Seleksi Administrasi Tenaga Ahli", "Jadwal Libur Pelayanan Akhir Tahun"]
CP1252 = 104  # this article is sent as Windows-1252 bytes with a UTF-8 label


def news(request: FarmRequest) -> list[Post]:
    found = list(NEWS) + ([EXTRA] if state(request, "laravel_extra", False) else [])
    return sorted(found, key=lambda p: p.published, reverse=True)


def _path(post: Post) -> str:
    return f"/berita/{post.id}/{post.slug}"


def _layout(title: str, main: str) -> str:
    side = "".join(f'<a class="list-group-item" href="/pengumuman/{n}">{escape(t)}</a>' for n, t in enumerate(PENGUMUMAN, 1))
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><meta name="csrf-token" content="x9f">
<title>{escape(title)} - Dinas Komunikasi dan Informatika Kabupaten Banjar</title>
<link href="/css/app.css?id=7c1e" rel="stylesheet"></head><body>
<div id="app"><nav class="navbar navbar-expand-md navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="/">DISKOMINFO BANJAR</a><ul class="navbar-nav ml-auto">
<li class="nav-item"><a class="nav-link" href="/">Beranda</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">Profil Dinas</a>
<div class="dropdown-menu"><a class="dropdown-item" href="/profil/struktur-organisasi">Struktur Organisasi</a><a class="dropdown-item" href="/profil/tugas-pokok-dan-fungsi">Tugas Pokok dan Fungsi</a></div></li>
<li class="nav-item"><a class="nav-link" href="/ppid">PPID</a></li><li class="nav-item"><a class="nav-link" href="/kontak">Kontak Kami</a></li></ul></div></nav>
<main class="py-4"><div class="container"><div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4"><div class="card"><div class="card-header">Pengumuman</div><div class="list-group list-group-flush">{side}</div></div></div></div></div></main>
<div class="bg-dark text-white py-3"><div class="container"><p>Dinas Komunikasi dan Informatika Kabupaten Banjar, Jl. Menteri Empat, Martapura. Telp (0511) 4721-000.</p></div></div></div></body></html>"""


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    posts = news(request)
    page = int(request.query.get("page", "1") or 1)
    pages = max(1, -(-len(posts) // PER_PAGE))
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    cards = "".join(f"""<div class="card mb-4"><img class="card-img-top" src="/storage/{p.id}.jpg" alt="{escape(p.title)}">
<div class="card-body"><h2 class="card-title h5"><a href="{_path(p)}">{escape(p.title)}</a></h2>
<p class="card-text">{escape(p.paragraphs[0][:100])}</p></div>
<div class="card-footer text-muted">{datetime.fromisoformat(p.published):%d/%m/%Y}</div></div>""" for p in chunk)
    links = ""
    if page < pages:
        links = (f'<ul class="pagination" role="navigation"><li class="page-item active"><span class="page-link">{page}</span></li>'
                 f'<li class="page-item"><a class="page-link" href="{request.url("/")}?page={page + 1}" rel="next" aria-label="Next &raquo;">&rsaquo;</a></li></ul>')
    return html(_layout("Beranda", f"<h1 class='my-4'>Berita Terbaru</h1>{cards}{links}"))


@site.prefix("/berita/")
def article(request: FarmRequest) -> FarmResponse:
    for post in news(request):
        if request.path.rstrip("/") == _path(post):
            others = [p for p in NEWS if p.id != post.id][:3]
            related = "".join(f'<li><a href="{_path(p)}">{escape(p.title)}</a></li>' for p in others)
            paragraphs = [f"<p>{escape(p)}</p>" for p in post.paragraphs]
            if post.links:
                paragraphs[-1] = paragraphs[-1].replace("</p>", f' Info: <a href="{post.links[0]}">{post.links[0]}</a></p>')
            paragraphs.insert(1, f'<p><b>BACA JUGA:</b> <a href="{_path(others[0])}">{escape(others[0].title)}</a></p>')
            main = f"""<h1 class="mt-4">{escape(post.title)}</h1><p class="lead">oleh <a href="#">Admin Diskominfo</a></p><hr>
<p><i class="fa fa-clock"></i> Diposting {datetime.fromisoformat(post.published):%d/%m/%Y %H:%M}</p><hr>
<img class="img-fluid rounded" src="/storage/{post.id}.jpg" alt=""><hr>
<div class="content">{''.join(paragraphs)}</div><hr>
<div class="card my-4"><h5 class="card-header">Berita Terkait</h5><div class="card-body"><ul>{related}</ul></div></div>"""
            page = _layout(post.title, main)
            if post.id == CP1252:
                return FarmResponse(page.encode("cp1252", errors="replace"), content_type="text/html; charset=utf-8")
            return html(page)
    return not_found()
