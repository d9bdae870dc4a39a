"""A KIM.id-style site whose home page carries a "Berita Terpopuler" widget: the trap of
taking the home page for the listing.

Modelled on KIM.id home pages (Bootstrap ``col-lg-8`` main column, ``col-lg-4`` side column
of cards): the home page shows a welcome text, the KIM profile and the 3 latest posts in its
main column, and a 5-item "Berita Terpopuler" card (old posts, no "sidebar"/"widget" class:
only the card's header says what it is) in the side column — 8 article links in all. The
posts live under ``/berita`` (linked from the navbar), 12 per page with ``?page=N`` and a
"Selanjutnya »" link: 24 posts on 2 pages; every listing page carries the same widget. No
feed, API or sitemap. ``farm.state["sections_new"] = True`` publishes one more post.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found
from tests.farm.sites.website_common import Post, Site, state

HOSTS = {"sections_kimid": "127.0.4.20"}
SECTIONS_HOSTS = tuple(HOSTS.values())
site = Site(HOSTS["sections_kimid"])
PER_PAGE = 12
WITA = timezone(timedelta(hours=8))
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]

_TOPICS = [
    ("Kerja Bakti Membersihkan Saluran Air di RT 04", "membersihkan saluran air yang tersumbat sampah plastik"),
    ("Posyandu Balita Kembali Dibuka di Balai Warga", "menimbang balita dan membagikan vitamin A"),
    ("Sosialisasi Pencegahan Demam Berdarah bagi Kader Jumantik", "memeriksa jentik nyamuk di rumah warga"),
    ("Pelatihan Menulis Berita untuk Anggota KIM", "menulis berita singkat dengan rumus 5W1H"),
    ("Lomba Kebersihan Lingkungan Antar RT Dimulai", "menilai kebersihan gang dan taman warga"),
    ("Penyaluran Bantuan Langsung Tunai Dana Desa Tahap Dua", "menyalurkan bantuan kepada keluarga penerima"),
    ("Musyawarah Kelurahan Bahas Perbaikan Jalan Lingkungan", "membahas perbaikan jalan di tepian sungai"),
    ("Vaksinasi Rabies Gratis untuk Kucing dan Anjing", "memberi vaksin rabies kepada hewan peliharaan"),
    ("Pasar Murah Sembako Digelar di Halaman Kelurahan", "menjual beras dan minyak goreng dengan harga murah"),
    ("Sosialisasi Bahaya Narkoba di Sekolah Menengah", "mengajak pelajar menjauhi narkoba"),
    ("Gotong Royong Memperbaiki Titian Ulin Gang Melati", "mengganti papan titian yang lapuk"),
    ("Pelatihan Pengolahan Sampah Organik Menjadi Kompos", "mengolah sisa dapur menjadi pupuk kompos"),
    ("Pemeriksaan Kesehatan Gratis bagi Warga Lanjut Usia", "memeriksa tekanan darah dan gula darah lansia"),
    ("Penanaman Pohon Trembesi di Sepanjang Jalan Utama", "menanam bibit trembesi di tepi jalan"),
    ("Lomba Mewarnai Tingkat Taman Kanak-Kanak", "mewarnai gambar bertema lingkungan bersih"),
    ("Rapat Koordinasi Persiapan Peringatan Hari Kemerdekaan", "menyiapkan lomba dan upacara bendera"),
    ("Pembagian Bibit Cabai dan Tomat untuk Pekarangan", "membagikan bibit sayuran kepada kelompok wanita tani"),
    ("Senam Sehat Bersama Setiap Minggu Pagi", "mengajak warga berolahraga bersama di lapangan"),
    ("Pelayanan Pembuatan KTP Elektronik Keliling", "merekam data KTP elektronik warga"),
    ("Sosialisasi Pemilahan Sampah di Bank Sampah", "memilah sampah plastik dan kertas untuk ditabung"),
    ("Pelatihan Pertolongan Pertama pada Kecelakaan", "mempraktikkan pertolongan pertama bagi korban"),
    ("Peresmian Taman Baca Masyarakat di Balai RW 03", "membuka taman baca dengan 400 buku sumbangan"),
    ("Donor Darah Sukarela Kumpulkan 45 Kantong", "mengumpulkan darah bersama Palang Merah Indonesia"),
    ("Festival Kuliner Khas Banjar di Tepian Sungai", "menyajikan soto banjar dan kue bingka"),
]


def _slug(title: str) -> str:
    return "-".join("".join(c for c in word.lower() if c.isalnum()) for word in title.split())


def _post(index: int, title: str, what: str, when: datetime) -> Post:
    return Post(_slug(title), title, when.isoformat(),
                [f"Warga Kelurahan Pasar Lama bersama perangkat kelurahan {what} pada kegiatan ke-{index + 1} tahun ini.",
                 f"Ketua RT setempat berharap kegiatan {title.lower()} dapat dilanjutkan setiap bulan dengan "
                 "dukungan seluruh warga dan pengurus KIM Pasar Lama."])


_START = datetime(2024, 9, 2, 9, 15, tzinfo=WITA)
POSTS = [_post(i, title, what, _START + timedelta(days=3 * i, minutes=7 * i)) for i, (title, what) in enumerate(_TOPICS)]
#: The "Berita Terpopuler" widget: five old posts (they are on page 2 of /berita).
POPULAR = [POSTS[1], POSTS[3], POSTS[0], POSTS[6], POSTS[4]]
NEW = _post(24, "Pendaftaran Pelatihan Barista Gratis bagi Pemuda", "membuka pendaftaran pelatihan barista gratis",
            datetime(2024, 11, 28, 10, 40, tzinfo=WITA))
FOOTER = ("KIM Pasar Lama · Jl. Pasar Lama No. 12, Banjarmasin Tengah · Platform KIM.ID dikelola oleh Direktorat "
          "Jenderal Komunikasi Publik dan Media")
MENU = [("Beranda", "/"), ("Profil", "/profil"), ("Berita", "/berita"), ("Galeri", "/galeri"), ("Kontak", "/kontak")]


def posts(request: FarmRequest) -> list[Post]:
    found = list(POSTS) + ([NEW] if state(request, "sections_new", False) else [])
    return sorted(found, key=lambda p: p.published, reverse=True)


def written(post: Post) -> str:
    moment = datetime.fromisoformat(post.published)
    return f"{_DAYS[moment.weekday()]}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year} | {moment:%H:%M} WITA"


def path(post: Post) -> str:
    return f"/berita/detail/{post.slug}"


def _popular() -> str:
    items = "".join(f'<li class="list-group-item"><span class="badge">{n}</span> <a href="{path(p)}">{escape(p.title)}</a>'
                    f'<small class="d-block text-muted">Dibaca {900 - 100 * n} kali</small></li>'
                    for n, p in enumerate(POPULAR, 1))
    return (f'<div class="card mb-4"><div class="card-header bg-primary text-white"><h5 class="m-0">Berita Terpopuler</h5>'
            f'</div><ul class="list-group list-group-flush">{items}</ul></div>'
            '<div class="card"><div class="card-header"><h5 class="m-0">Statistik Pengunjung</h5></div>'
            '<div class="card-body"><p>Hari ini: 57 · Total: 12.480</p></div></div>')


def _layout(title: str, main: str) -> FarmResponse:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{href}">{name}</a></li>' for name, href in MENU)
    return html(f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{escape(title)} - KIM Pasar Lama</title><meta property="og:site_name" content="KIM Pasar Lama"></head>
<body><nav class="navbar navbar-expand-lg navbar-light bg-white"><div class="container">
<a class="navbar-brand" href="/"><img src="/storage/logo.png" alt="Logo KIM"> KIM Pasar Lama</a>
<ul class="navbar-nav ml-auto">{menu}</ul></div></nav>
<section class="content py-4"><div class="container"><div class="row"><div class="col-lg-8">{main}</div>
<div class="col-lg-4">{_popular()}</div></div></div></section>
<footer class="footer-area"><div class="container"><p>{escape(FOOTER)}</p></div></footer></body></html>""")


def _card(post: Post) -> str:
    return f"""<div class="card mb-3"><div class="row no-gutters"><div class="col-md-4"><a href="{path(post)}">
<img class="card-img" src="/storage/berita/{post.slug}.jpg" alt="{escape(post.title)}"></a></div>
<div class="col-md-8"><div class="card-body"><small class="text-muted"><i class="fa fa-calendar"></i> {written(post)}</small>
<h5 class="card-title"><a href="{path(post)}">{escape(post.title)}</a></h5>
<p class="card-text">{escape(post.paragraphs[0][:100])}...</p></div></div></div></div>"""


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    latest = "".join(_card(p) for p in posts(request)[:3])
    main = f"""<div class="jumbotron"><h2>Selamat Datang di KIM Pasar Lama</h2>
<p>Kelompok Informasi Masyarakat Kelurahan Pasar Lama menyebarkan informasi pembangunan kepada warga.</p></div>
<div class="profil mb-4"><h3>Profil Singkat</h3><p>Berdiri sejak 2020, beranggotakan 12 relawan dari enam RT.</p></div>
<div class="berita-terbaru"><h3>Berita Terbaru</h3>{latest}<a class="btn btn-outline-primary" href="/berita">Lihat Semua Berita</a></div>"""
    return _layout("Beranda", main)


@site.page("/berita")
def listing(request: FarmRequest) -> FarmResponse:
    found = posts(request)
    page = int(request.query.get("page", "1") or 1)
    pages = max(1, -(-len(found) // PER_PAGE))
    cards = "".join(_card(p) for p in found[(page - 1) * PER_PAGE: page * PER_PAGE])
    pager = '<ul class="pagination">'
    if page > 1:
        pager += f'<li class="page-item"><a class="page-link" href="/berita?page={page - 1}">« Sebelumnya</a></li>'
    for n in range(1, pages + 1):
        pager += f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="/berita?page={n}">{n}</a></li>'
    if page < pages:
        pager += f'<li class="page-item"><a class="page-link" href="/berita?page={page + 1}">Selanjutnya »</a></li>'
    return _layout("Berita", f"<h2>Berita</h2>{cards}{pager}</ul>")


@site.page("/profil")
def profil(request: FarmRequest) -> FarmResponse:
    return _layout("Profil", "<h2>Profil</h2><p>KIM Pasar Lama dibentuk dengan SK Lurah Pasar Lama tahun 2020.</p>")


@site.prefix("/berita/detail/")
def article(request: FarmRequest) -> FarmResponse:
    slug = request.path.rstrip("/").rsplit("/", 1)[-1]
    for post in posts(request):
        if post.slug == slug:
            main = f"""<div class="detail-berita"><h1 class="judul">{escape(post.title)}</h1>
<div class="post-meta"><span><i class="fa fa-calendar"></i> {written(post)}</span> <span><i class="fa fa-user"></i> Admin KIM</span></div>
<img class="img-fluid" src="/storage/berita/{post.slug}.jpg" alt="{escape(post.title)}">
<div class="isi-berita">{post.body_html()}</div>
<div class="share-buttons"><span>Bagikan:</span> <a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></div></div>"""
            return _layout(post.title, main)
    return not_found()
