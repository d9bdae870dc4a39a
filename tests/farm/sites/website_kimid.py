"""A KIM.id-style site (``<slug>.kim.id``): no feed, no sitemap, no API — only sections.

The home page shows a banner, the KIM profile and one teaser; the posts live under
``/berita`` (paginated with ``?page=N`` and a "Selanjutnya »" link), ``/pengumuman`` and
``/agenda``; ``/gallery`` holds photos. Article pages give the date written in Indonesian
("Selasa, 29 Oktober 2024 | 10:15 WITA") and carry "Baca Juga" links, a "Berita Lainnya"
sidebar and a long footer. ``farm.state["kimid_extra"] = True`` publishes one more berita.
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found
from tests.farm.sites.website_common import HOSTS, Post, Site, state

HOST = HOSTS["kimid"]
site = Site(HOST)
PER_PAGE = 3
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]

BERITA = [
    Post("musyawarah-rencana-pembangunan-kelurahan-2025", "Musyawarah Rencana Pembangunan Kelurahan 2025",
         "2024-10-01T09:00:00+08:00",
         ["Kelurahan Alalak Utara menggelar musyawarah rencana pembangunan untuk tahun anggaran 2025 di aula kelurahan.",
          "Sebanyak 35 usulan dibahas, di antaranya perbaikan titian ulin di RT 12 dan penerangan jalan di tepian sungai.",
          "Lurah Alalak Utara meminta warga mengawal usulan sampai ke musrenbang kecamatan."]),
    Post("pelatihan-membuat-konten-video-pendek", "Pelatihan Membuat Konten Video Pendek untuk Anggota KIM",
         "2024-10-08T13:30:00+08:00",
         ["Anggota KIM Alalak Utara berlatih membuat konten video pendek tentang layanan publik bersama Diskominfo Kota Banjarmasin.",
          "Peserta belajar menyusun naskah 60 detik, mengambil gambar dengan telepon genggam dan memberi teks terjemahan."]),
    Post("jadwal-pelayanan-kb-gratis-di-puskesmas-alalak", "Jadwal Pelayanan KB Gratis di Puskesmas Alalak",
         "2024-10-15T08:00:00+08:00",
         ["Puskesmas Alalak membuka pelayanan KB gratis setiap Selasa dan Kamis selama bulan Oktober.",
          "Layanan meliputi pemasangan implan dan IUD bagi pasangan usia subur yang memiliki KTP Banjarmasin."]),
    Post("warga-tanam-500-bibit-mangrove-di-tepian-sungai-alalak", "Warga Tanam 500 Bibit Mangrove di Tepian Sungai Alalak",
         "2024-10-22T07:30:00+08:00",
         ["Sebanyak 500 bibit mangrove jenis rambai ditanam warga bersama mahasiswa di tepian Sungai Alalak.",
          "Penanaman bertujuan menahan abrasi yang menggerus pekarangan warga di RT 7 dan RT 8 sejak tiga tahun terakhir."],
         links=["https://dlh.banjarmasinkota.example/berita/gerakan-tanam-mangrove-2024"]),
    Post("penyaluran-bantuan-pangan-beras-tahap-ketiga", "Penyaluran Bantuan Pangan Beras Tahap Ketiga",
         "2024-10-29T10:15:00+08:00",
         ["Bantuan pangan beras tahap ketiga disalurkan kepada 412 keluarga penerima manfaat di Kelurahan Alalak Utara.",
          "Setiap keluarga menerima 10 kilogram beras; warga diminta membawa KTP dan kartu keluarga asli saat pengambilan."]),
]
PENGUMUMAN = [
    Post("pengumuman-pemadaman-air-pdam-bandarmasih", "Pengumuman Pemadaman Air PDAM Bandarmasih",
         "2024-10-18T15:00:00+08:00",
         ["PDAM Bandarmasih menghentikan sementara aliran air di wilayah Alalak Utara pada Sabtu pukul 22.00 sampai Minggu pukul 04.00 WITA.",
          "Warga diimbau menampung air secukupnya sebelum waktu pemadaman."], section="pengumuman"),
    Post("pendaftaran-pelatihan-kerja-gratis-bagi-pemuda", "Pendaftaran Pelatihan Kerja Gratis bagi Pemuda",
         "2024-10-25T11:00:00+08:00",
         ["Balai Latihan Kerja Banjarmasin membuka pendaftaran pelatihan las dan tata boga gratis bagi pemuda berusia 18 sampai 30 tahun.",
          "Pendaftaran dilayani di kantor kelurahan paling lambat 5 November 2024."], section="pengumuman"),
]
EXTRA = Post("gotong-royong-perbaikan-titian-ulin-rt-12", "Gotong Royong Perbaikan Titian Ulin RT 12",
             "2024-11-21T08:45:00+08:00",
             ["Warga RT 12 memperbaiki titian ulin sepanjang 60 meter yang rusak dimakan usia.",
              "Kayu ulin bantuan kelurahan dipasang bersama-sama selama dua hari kerja."])
FOOTER = ("KIM Alalak Utara · Jl. Alalak Utara No. 3, Banjarmasin Utara · Platform KIM.ID dikelola oleh Direktorat "
          "Jenderal Komunikasi Publik dan Media · Syarat dan Ketentuan · Kebijakan Privasi")
MENU = ["Beranda", "Profil", "Berita", "Pengumuman", "Agenda", "Gallery", "Kontak"]


def berita(request: FarmRequest) -> list[Post]:
    found = list(BERITA) + ([EXTRA] if state(request, "kimid_extra", False) else [])
    return sorted(found, key=lambda p: p.published, reverse=True)


def written(post: Post) -> str:
    from datetime import datetime

    moment = datetime.fromisoformat(post.published)
    text = f"{_DAYS[moment.weekday()]}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"
    return text + (f" | {moment:%H:%M} WITA" if moment.minute else "")


def _layout(title: str, main: str, side: str = "") -> FarmResponse:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="/{m.lower() if m != "Beranda" else ""}">{m}</a></li>'
                   for m in MENU)
    return html(f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{escape(title)} - KIM Alalak Utara</title><meta property="og:site_name" content="KIM Alalak Utara"></head>
<body><div class="topbar"><span>Kelompok Informasi Masyarakat</span> <a href="https://kim.id/masuk">Masuk</a></div>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="/storage/logo.png" alt="Logo KIM"> KIM Alalak Utara</a>
<ul class="navbar-nav">{menu}</ul></nav>
<section class="page-content"><div class="container"><div class="row"><div class="col-lg-8">{main}</div>
<div class="col-lg-4">{side}</div></div></div></section>
<footer class="footer-area"><p>{escape(FOOTER)}</p></footer><script>var kim = {{"slug": "alalakutara"}};</script></body></html>""")


def _side(exclude: str = "") -> str:
    items = "".join(f'<li><a href="/berita/{p.slug}">{escape(p.title)}</a></li>' for p in BERITA if p.slug != exclude)
    return f'<div class="sidebar-box"><h4>Berita Lainnya</h4><ul class="list-berita-lain">{items}</ul></div>'


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    latest = berita(request)[0]
    main = f"""<div class="hero"><h2>Selamat datang di KIM Alalak Utara</h2>
<p>Kami adalah kelompok informasi masyarakat yang menyebarkan informasi pembangunan kepada warga Alalak Utara.</p></div>
<div class="profil"><h3>Profil Singkat</h3><p>Berdiri sejak 2019, beranggotakan 15 orang relawan dari lima RT.</p></div>
<div class="berita-terbaru"><h3>Berita Terbaru</h3><div class="card"><a href="/berita/{latest.slug}">
<img src="/storage/berita/{latest.slug}.jpg" alt=""></a><div class="card-body"><h5><a href="/berita/{latest.slug}">{escape(latest.title)}</a></h5></div></div></div>"""
    return _layout("Beranda", main)


def _listing(request: FarmRequest, posts: list[Post], section: str, heading: str) -> FarmResponse:
    page = int(request.query.get("page", "1") or 1)
    pages = max(1, -(-len(posts) // PER_PAGE))
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    cards = "".join(f"""<div class="card mb-3"><div class="card-body"><small class="text-muted">{written(p)}</small>
<h5 class="card-title"><a href="/{section}/{p.slug}">{escape(p.title)}</a></h5>
<p class="card-text">{escape(p.paragraphs[0][:110])}...</p><a href="/{section}/{p.slug}" class="btn btn-sm">Baca Selengkapnya</a></div></div>"""
                    for p in chunk)
    pager = '<ul class="pagination">'
    if page > 1:
        pager += f'<li class="page-item"><a class="page-link" href="/{section}?page={page - 1}">« Sebelumnya</a></li>'
    for n in range(1, pages + 1):
        pager += f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="/{section}?page={n}">{n}</a></li>'
    if page < pages:
        pager += f'<li class="page-item"><a class="page-link" href="/{section}?page={page + 1}">Selanjutnya »</a></li>'
    pager += "</ul>"
    return _layout(heading, f"<h2>{heading}</h2>{cards}{pager}", _side())


@site.page("/berita")
def berita_listing(request: FarmRequest) -> FarmResponse:
    return _listing(request, berita(request), "berita", "Berita")


@site.page("/pengumuman")
def pengumuman_listing(request: FarmRequest) -> FarmResponse:
    return _listing(request, PENGUMUMAN, "pengumuman", "Pengumuman")


@site.page("/agenda")
def agenda(request: FarmRequest) -> FarmResponse:
    return _layout("Agenda", "<h2>Agenda</h2><p>Belum ada agenda.</p>")


@site.page("/gallery")
def gallery(request: FarmRequest) -> FarmResponse:
    photos = "".join(f'<div class="col-4"><a href="/storage/gallery/foto-{n}.jpg"><img src="/storage/gallery/foto-{n}.jpg" alt="Foto {n}"></a></div>'
                     for n in range(1, 7))
    return _layout("Gallery", f'<h2>Gallery</h2><div class="row">{photos}</div>')


def _article(request: FarmRequest, posts: list[Post], section: str) -> FarmResponse:
    slug = request.path.rstrip("/").rsplit("/", 1)[-1]
    for index, post in enumerate(posts):
        if post.slug == slug:
            related = BERITA[(index + 2) % len(BERITA)]
            main = f"""<div class="detail-berita"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Beranda</a></li>
<li><a href="/{section}">{section.title()}</a></li></ol></nav>
<h1 class="judul">{escape(post.title)}</h1>
<div class="post-meta"><span><i class="fa fa-calendar"></i> {written(post)}</span> <span><i class="fa fa-user"></i> Admin KIM</span>
<span><i class="fa fa-eye"></i> Dibaca 57 kali</span></div>
<img class="img-fluid" src="/storage/{section}/{post.slug}.jpg" alt="{escape(post.title)}">
<div class="isi-berita">{post.body_html(related=related, related_label="Baca Juga :")}</div>
<div class="share-buttons"><span>Bagikan:</span> <a href="https://api.whatsapp.com/send?text=x">WhatsApp</a> <a href="https://facebook.com/sharer?u=x">Facebook</a></div>
</div>"""
            return _layout(post.title, main, _side(post.slug))
    return not_found()


@site.prefix("/berita/")
def berita_article(request: FarmRequest) -> FarmResponse:
    return _article(request, berita(request), "berita")


@site.prefix("/pengumuman/")
def pengumuman_article(request: FarmRequest) -> FarmResponse:
    return _article(request, PENGUMUMAN, "pengumuman")
