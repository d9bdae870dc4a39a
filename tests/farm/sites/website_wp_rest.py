"""A government WordPress site whose feeds are switched off but whose REST API is public.

Like several Kalsel media-centre sites: the theme prints ``<link rel="https://api.w.org/">``
and no ``<link rel="alternate">``; ``/feed/`` answers 404 (a "disable feeds" plugin). The
REST API pages by ``per_page``/``page`` with ``X-WP-Total``/``X-WP-TotalPages`` and filters
with ``after=``. A test may publish a new post with ``farm.state["wp_rest_extra"]``, and add
``farm.state["wp_rest_filler"]`` older posts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found
from tests.farm.sites.website_common import HOSTS, Post, Site, state

HOST = HOSTS["wp_rest"]
site = Site(HOST)

_TOPICS = [
    ("pasar-murah-ramadan-digelar-di-tujuh-kecamatan", "Pasar Murah Ramadan Digelar di Tujuh Kecamatan",
     "Pemerintah Kabupaten menggelar pasar murah di tujuh kecamatan mulai Senin dengan 4.500 paket sembako bersubsidi.",
     "Setiap warga dapat membeli satu paket berisi beras lima kilogram, minyak goreng dua liter dan gula satu kilogram seharga Rp75.000."),
    ("vaksinasi-rabies-gratis-untuk-hewan-peliharaan", "Vaksinasi Rabies Gratis untuk Hewan Peliharaan",
     "Dinas Peternakan membuka layanan vaksinasi rabies gratis bagi anjing dan kucing di Puskeswan Rantau.",
     "Pemilik hewan diminta membawa buku vaksin; layanan dibuka pukul 08.00 sampai 12.00 WITA."),
    ("pendaftaran-beasiswa-mahasiswa-berprestasi-dibuka", "Pendaftaran Beasiswa Mahasiswa Berprestasi Dibuka",
     "Pendaftaran beasiswa bagi 250 mahasiswa berprestasi asal daerah dibuka hingga 15 November 2024.",
     "Berkas dikirim melalui laman beasiswa daerah dan diverifikasi oleh Bagian Kesejahteraan Rakyat."),
    ("jadwal-pemadaman-listrik-bergilir-pekan-ini", "Jadwal Pemadaman Listrik Bergilir Pekan Ini",
     "PLN UP3 Barabai mengumumkan pemeliharaan jaringan yang memadamkan listrik di Kecamatan Tapin Utara Rabu pagi.",
     "Pemadaman berlangsung pukul 09.00 hingga 14.00 WITA di sepanjang Jalan Jenderal Sudirman."),
    ("gerakan-tanam-cabai-serentak-di-lahan-pekarangan", "Gerakan Tanam Cabai Serentak di Lahan Pekarangan",
     "Tim Penggerak PKK membagikan 12.000 bibit cabai rawit kepada kelompok wanita tani di 135 desa.",
     "Gerakan ini diharapkan menekan inflasi cabai yang sempat mencapai Rp90.000 per kilogram."),
    ("sosialisasi-pencegahan-stunting-di-posyandu", "Sosialisasi Pencegahan Stunting di Posyandu",
     "Dinas Kesehatan menggelar sosialisasi pencegahan stunting di 48 posyandu dengan sasaran ibu hamil dan balita.",
     "Angka stunting kabupaten turun dari 28,4 persen menjadi 21,7 persen dalam dua tahun terakhir."),
    ("lomba-kelompok-informasi-masyarakat-tingkat-kabupaten", "Lomba Kelompok Informasi Masyarakat Tingkat Kabupaten",
     "Diskominfo menggelar lomba KIM tingkat kabupaten yang diikuti 22 kelompok dari seluruh kecamatan.",
     "Penilaian meliputi pengelolaan website, media sosial dan kegiatan diseminasi informasi di desa."),
    ("pelayanan-adminduk-keliling-hari-sabtu", "Pelayanan Adminduk Keliling Hari Sabtu",
     "Disdukcapil membuka pelayanan KTP elektronik dan kartu keluarga keliling setiap Sabtu di kantor kecamatan.",
     "Warga cukup membawa fotokopi kartu keluarga; perekaman KTP-el untuk pemilih pemula diprioritaskan."),
    ("operasi-pasar-beras-spHP-di-pasar-rantau", "Operasi Pasar Beras SPHP di Pasar Rantau",
     "Bulog menyalurkan 20 ton beras SPHP melalui operasi pasar di Pasar Rantau selama tiga hari.",
     "Harga beras SPHP dipatok Rp12.500 per kilogram dengan pembelian maksimal dua karung per orang."),
    ("penerimaan-ppk-dan-pps-pilkada-2024", "Penerimaan PPK dan PPS Pilkada 2024",
     "KPU kabupaten membuka pendaftaran anggota PPK dan PPS untuk Pilkada serentak 2024.",
     "Pendaftar berusia paling rendah 17 tahun dan berdomisili di wilayah kerja yang dilamar."),
    ("bimtek-pengelolaan-website-desa", "Bimtek Pengelolaan Website Desa",
     "Sebanyak 60 operator desa mengikuti bimbingan teknis pengelolaan website desa di Aula Bappeda.",
     "Peserta belajar menulis berita, mengunggah foto kegiatan dan mengelola dokumen informasi publik."),
    ("festival-budaya-banjar-kembali-digelar", "Festival Budaya Banjar Kembali Digelar",
     "Festival Budaya Banjar kembali digelar di Siring Tapin dengan lomba madihin dan bakisah.",
     "Panitia menyiapkan hadiah total Rp45 juta bagi pemenang dari sebelas kategori lomba."),
    ("perbaikan-jembatan-sungai-tapin-dimulai", "Perbaikan Jembatan Sungai Tapin Dimulai",
     "Dinas PUPR memulai perbaikan Jembatan Sungai Tapin yang rusak diterjang banjir awal tahun.",
     "Selama perbaikan, kendaraan roda empat dialihkan melalui jalan lingkar selatan."),
]


def _posts() -> list[Post]:
    posts = []
    for i, (slug, title, first, second) in enumerate(_TOPICS):
        day = 1 + i * 2
        posts.append(Post(
            slug=slug, title=title, published=f"2024-10-{day:02d}T{8 + i % 6:02d}:30:00+08:00",
            paragraphs=[f"RANTAU – {first}", second,
                        "Informasi lebih lanjut dapat ditanyakan melalui layanan pengaduan di kantor dinas terkait."],
            links=[f"https://diskominfo.tapin.example/pengumuman/{slug}"] if i % 3 == 0 else [],
            id=100 + i,
        ))
    return posts


POSTS = _posts()
EXTRA = Post(
    slug="penyaluran-bantuan-benih-padi-unggul", title="Penyaluran Bantuan Benih Padi Unggul",
    published="2024-11-20T10:00:00+08:00",
    paragraphs=["RANTAU – Dinas Pertanian menyalurkan 18 ton benih padi unggul varietas Inpari 32 kepada 40 kelompok tani.",
                "Benih dibagikan menjelang musim tanam gadu di Kecamatan Candi Laras Selatan."],
    id=200,
)
NAV = ["Profil Daerah", "Visi dan Misi", "Layanan Publik", "PPID Kabupaten", "Hubungi Kami"]
FOOTER = "Hak Cipta © 2024 Dinas Komunikasi dan Informatika Kabupaten Tapin Maju. Seluruh hak dilindungi."


def filler(n: int) -> list[Post]:
    """``n`` older posts (September 2024), for paging beyond the API's second page."""
    return [Post(slug=f"arsip-kegiatan-dinas-{i}", title=f"Arsip Kegiatan Dinas Nomor {i}",
                 published=f"2024-09-{1 + i % 28:02d}T{6 + i // 28:02d}:00:00+08:00",
                 paragraphs=[f"RANTAU – Catatan kegiatan dinas nomor {i} untuk arsip warga."], id=1000 + i)
            for i in range(n)]


EDITED_AT = "2024-11-21T09:00:00+08:00"  # when farm.state["wp_rest_edit"] corrects the first post


def modified(request: FarmRequest, post: Post) -> str:
    return EDITED_AT if post is POSTS[0] and state(request, "wp_rest_edit", False) else post.published


def all_posts(request: FarmRequest) -> list[Post]:
    posts = list(POSTS) + filler(int(str(state(request, "wp_rest_filler", 0))))
    if state(request, "wp_rest_extra", False):
        posts.append(EXTRA)
    return sorted(posts, key=lambda p: p.published, reverse=True)


def _page(request: FarmRequest, title: str, main: str) -> FarmResponse:
    nav = "".join(f'<li class="menu-item"><a href="/{escape(n.lower().replace(" ", "-"))}/">{escape(n)}</a></li>' for n in NAV)
    recent = "".join(f'<li><a href="/{p.published[:4]}/{p.published[5:7]}/{p.slug}/">{escape(p.title)}</a></li>'
                     for p in all_posts(request)[:5])
    return html(f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>{escape(title)} &#8211; Diskominfo Tapin Maju</title>
<link rel="https://api.w.org/" href="{request.url('/wp-json/')}" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{request.url('/xmlrpc.php?rsd')}" />
<meta name="generator" content="WordPress 6.4.2" />
</head><body class="home blog wp-custom-logo">
<div id="page" class="site"><header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title">Diskominfo Tapin Maju</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">{main}</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul>{recent}</ul></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">{escape(FOOTER)}</div></footer></div></body></html>""",
        headers={"Link": f'<{request.url("/wp-json/")}>; rel="https://api.w.org/"'})


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    cards = "".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="/{p.published[:4]}/{p.published[5:7]}/{p.slug}/">'
        f'{escape(p.title)}</a></h2><div class="entry-summary"><p>{escape(p.paragraphs[0][:120])}…</p></div></article>'
        for p in all_posts(request)[:6])
    return _page(request, "Beranda", cards)


@site.page("/robots.txt")
def robots(request: FarmRequest) -> FarmResponse:
    return FarmResponse("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                        content_type="text/plain")


@site.prefix("/2024/")
def article(request: FarmRequest) -> FarmResponse:
    slug = request.path.strip("/").split("/")[-1]
    for post in all_posts(request):
        if post.slug == slug:
            return _page(request, post.title, f'<article><h1 class="entry-title">{escape(post.title)}</h1>'
                         f'<div class="entry-content">{post.body_html()}</div></article>')
    return not_found()


def _rendered(post: Post, request: FarmRequest) -> dict:
    others = [p for p in POSTS if p.slug != post.slug]
    related = others[post.id % len(others)]
    content = post.body_html(related=related, related_label="Baca Juga:")
    content += ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3>'
                '<a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>')
    link = request.url(f"/{post.published[:4]}/{post.published[5:7]}/{post.slug}/")
    moment = datetime.fromisoformat(post.published)
    return {
        "id": post.id,
        "date": moment.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_gmt": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "modified_gmt": datetime.fromisoformat(modified(request, post)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "slug": post.slug, "status": "publish", "type": "post", "link": link,
        "guid": {"rendered": request.url(f"/?p={post.id}")},
        "title": {"rendered": escape(post.title + (" (Ralat Jadwal)" if modified(request, post) != post.published else ""))
                  .replace("&#x27;", "&#8217;")},
        "content": {"rendered": content, "protected": False},
        "excerpt": {"rendered": f"<p>{escape(post.paragraphs[0][:100])} [&hellip;]</p>", "protected": False},
    }


@site.page("/wp-json/wp/v2/posts")
def rest_posts(request: FarmRequest) -> FarmResponse:
    posts = all_posts(request)
    for key, when in (("after", lambda p: p.published), ("modified_after", lambda p: modified(request, p))):
        value = request.query.get(key)
        if value:
            limit = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if limit.tzinfo is None:  # WordPress reads a naive time in the site's time zone
                limit = datetime.fromisoformat(value + "+08:00")
            posts = [p for p in posts if datetime.fromisoformat(when(p)) > limit]
    per_page = min(int(request.query.get("per_page", "10") or 10), 100)
    page = int(request.query.get("page", "1") or 1)
    total_pages = max(1, -(-len(posts) // per_page))
    if page > total_pages:
        return FarmResponse(json.dumps({"code": "rest_post_invalid_page_number",
                                        "message": "Nomor halaman yang diminta lebih besar dari jumlah halaman yang tersedia.",
                                        "data": {"status": 400}}), status=400, content_type="application/json")
    chunk = posts[(page - 1) * per_page: page * per_page]
    return FarmResponse(json.dumps([_rendered(p, request) for p in chunk]), content_type="application/json; charset=UTF-8",
                        headers={"X-WP-Total": str(len(posts)), "X-WP-TotalPages": str(total_pages)})


@site.page("/wp-json/")
def rest_root(request: FarmRequest) -> FarmResponse:
    return FarmResponse(json.dumps({"name": "Diskominfo Tapin Maju", "url": request.url("/"),
                                    "namespaces": ["oembed/1.0", "wp/v2"]}), content_type="application/json")
