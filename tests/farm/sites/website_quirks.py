"""Website farm sites that look fine to a browser and mislead a crawler (outside tester, round 2).

- ``quirks_blog``: a Blogger blog whose post URLs carry a year and month only
  (``/2024/11/slug.html``), posts without date metadata opening with a dateline
  ("BATULICIN, 21 November 2024 – …"), and a post whose first sentence starts with its title;
- ``quirks_soft404``: a WordPress site whose dead links answer 200 with "Halaman tidak
  ditemukan" (``body.error404``) or an English "Page not found" page carrying article metadata;
- ``quirks_login``: every path redirects to ``/login`` (a form with a password field);
- ``quirks_members``: a public welcome page, every other path redirects to ``/auth/login``;
- ``quirks_wall``: every path (robots.txt too) answers 200 with the login form (an outside tester's site);
- ``quirks_script``: a home page that only runs ``window.location.href = "/portal/"``;
- ``quirks_deep``: a home page 50,000 ``<div>`` deep (beyond libxml2's depth limit);
- ``quirks_cjk``: Japanese, Chinese and Korean notices with label-prefixed bylines
  ("掲載日：2024年11月18日", "发布时间：", "작성일").
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, redirect
from tests.farm.sites.website_common import Site

HOSTS = {
    "quirks_blog": "127.0.4.21",
    "quirks_soft404": "127.0.4.22",
    "quirks_login": "127.0.4.23",
    "quirks_script": "127.0.4.24",
    "quirks_deep": "127.0.4.25",
    "quirks_cjk": "127.0.4.26",
    "quirks_members": "127.0.4.27",
    "quirks_wall": "127.0.4.29",
}
QUIRKS_HOSTS = tuple(HOSTS.values())


def _paras(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)


# ------------------------------------------------------------------ Blogger, month-only URLs

blog = Site(HOSTS["quirks_blog"])

#: (path, title, byline or "", paragraphs, expected published (stored form), expected text)
BLOG_POSTS = [
    ("/2024/11/pasar-murah-sembako-12-kecamatan.html", "Pasar Murah Sembako di 12 Kecamatan", "",
     ["BATULICIN, 21 November 2024 – Pemerintah Kabupaten Tanah Bumbu melalui Dinas Perdagangan menggelar "
      "pasar murah sembako di 12 kecamatan mulai Rabu (27/11/2024) hingga Rabu (4/12/2024).",
      "Kepala Dinas Perdagangan Tanah Bumbu mengatakan sebanyak 3.600 paket sembako disiapkan. Setiap paket "
      "berisi beras 5 kilogram, gula pasir 1 kilogram dan minyak goreng 2 liter seharga Rp65.000."],
     "2024-11-20T16:00:00Z"),
    ("/2024/11/kerja-bakti-rt-12.html", "Kerja Bakti Warga RT 12 Bersihkan Parit", "",
     ["Minggu, 24 November 2024 – Warga RT 12 bergotong royong membersihkan parit sepanjang 200 meter di "
      "Jalan Kodeco, Kelurahan Gunung Tinggi.",
      "Ketua RT 12 mengucapkan terima kasih kepada 30 warga yang hadir membawa cangkul dan karung."],
     "2024-11-23T16:00:00Z"),
    ("/2024/11/kegiatan-posyandu-balita-dusun-ii.html", "Kegiatan Posyandu Balita Dusun II",
     "Selasa, 05 November 2024",
     ["Kegiatan Posyandu Balita Dusun II Desa Sungai Loban diikuti 52 balita. Kader posyandu melakukan "
      "penimbangan, pengukuran tinggi badan dan pemberian makanan tambahan.",
      "Bidan desa mengingatkan orang tua agar rutin membawa anaknya setiap bulan."],
     "2024-11-04T16:00:00Z"),
    ("/2024/10/vaksinasi-polio-anak.html", "Vaksinasi Polio untuk Anak Usia 0-7 Tahun", "",
     ["Puskesmas Sungai Loban menggelar vaksinasi polio bagi anak usia 0 sampai 7 tahun. Kegiatan yang "
      "dimulai Senin, 28 Oktober 2024 itu menyasar 640 anak di delapan desa.",
      "Orang tua diminta membawa buku KIA dan kartu keluarga ke posyandu terdekat."],
     "2024-10-27T16:00:00Z"),
]


def _blogger_shell(title: str, main: str) -> str:
    return f"""<!DOCTYPE html><html dir="ltr" lang="id"><head><meta charset="utf-8">
<meta content="blogger" name="generator"><title>{escape(title)}</title>
<link href="https://www.blogger.com/static/v1/widgets/widget_css_bundle.css" rel="stylesheet"></head>
<body class="loading"><div class="header-outer"><div class="Header" id="Header1"><h1 class="title">
<a href="/">KIM Simpang Empat Baru</a></h1><p class="description">Kelompok Informasi Masyarakat</p></div></div>
<div class="tabs-outer"><ul><li><a href="/">Beranda</a></li><li><a href="/p/kontak.html">Kontak</a></li></ul></div>
<div class="main-outer"><div class="main section" id="main">{main}</div></div>
<div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive"><h2>Arsip Blog</h2>
<ul><li><a href="/2024/">2024</a> (4)</li></ul></div></div>
<div class="footer-outer">Tema Sederhana. Diberdayakan oleh <a href="https://www.blogger.com">Blogger</a>.</div>
</body></html>"""


@blog.page("/")
def blog_home(request: FarmRequest) -> FarmResponse:
    posts = "".join(f"""<div class="date-outer"><div class="post hentry"><h3 class="post-title entry-title">
<a href="{path}">{escape(title)}</a></h3><div class="post-body entry-content">{escape(paras[0][:90])}…</div>
<div class="post-footer"><a class="comment-link" href="{path}#comment-form">Tidak ada komentar</a></div></div></div>"""
                    for path, title, _, paras, _ in BLOG_POSTS)
    return html(_blogger_shell("KIM Simpang Empat Baru", f'<div class="blog-posts hfeed">{posts}</div>'))


@blog.prefix("/2024/")
def blog_post(request: FarmRequest) -> FarmResponse:
    for path, title, byline, paras, _ in BLOG_POSTS:
        if request.path == path:
            header = f'<div class="post-header"><span class="post-timestamp">{byline}</span></div>' if byline else ""
            return html(_blogger_shell(f"KIM Simpang Empat Baru: {title}", f"""<div class="post hentry">
<h3 class="post-title entry-title">{escape(title)}</h3>{header}
<div class="post-body entry-content" id="post-body-1">{_paras(paras)}</div>
<div class="post-footer"><span class="post-labels">Label: <a href="/search/label/Berita">Berita</a></span></div></div>"""))
    return FarmResponse("<h1>404</h1>", status=404, etag=False)


# ------------------------------------------------------------------ soft 404s

soft = Site(HOSTS["quirks_soft404"])
SOFT_REAL = ("/berita/2024/11/20/gotong-royong-bersihkan-masjid", "Gotong Royong Bersihkan Masjid Al-Ikhlas",
             "2024-11-20T08:00:00+08:00",
             ["Warga Desa Tapin Tengah bergotong royong membersihkan Masjid Al-Ikhlas menjelang peringatan "
              "Maulid Nabi. Sebanyak 45 warga hadir sejak pukul 07.00 WITA.",
              "Pembakal Tapin Tengah menyediakan konsumsi bagi warga yang ikut bekerja."])
SOFT_DEAD = ("/berita/2024/11/21/kabar-desa-yang-sudah-dihapus", "/berita/2024/11/22/pengumuman-lama-dipindahkan")


def _wp_shell(title: str, body_class: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8"><title>{title}</title>
<meta name="generator" content="WordPress 6.6.2">{head}</head><body class="{body_class}">
<header class="site-header"><p class="site-title"><a href="/">KIM Tapin Tengah</a></p>
<nav class="main-navigation"><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li></ul></nav></header>
<main id="main" class="site-main">{main}</main>
<footer class="site-footer">&copy; 2024 KIM Tapin Tengah. Ditenagai oleh WordPress.</footer></body></html>"""


@soft.page("/")
def soft_home(request: FarmRequest) -> FarmResponse:
    items = [(SOFT_REAL[0], SOFT_REAL[1], "20 November 2024"), (SOFT_DEAD[0], "Kabar Desa Pekan Ini", "21 November 2024"),
             (SOFT_DEAD[1], "Pengumuman Jadwal Pelayanan", "22 November 2024")]
    cards = "".join(f'<article class="post type-post"><h2 class="entry-title"><a href="{path}">{title}</a></h2>'
                    f'<div class="entry-meta"><span class="posted-on">{day}</span></div></article>'
                    for path, title, day in items)
    return html(_wp_shell("KIM Tapin Tengah", "home blog", cards))


@soft.prefix("/berita/")
def soft_article(request: FarmRequest) -> FarmResponse:
    path, title, published, paras = SOFT_REAL
    if request.path == path:
        return html(_wp_shell(f"{title} &#8211; KIM Tapin Tengah", "post-template-default single single-post", f"""
<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{published}">20 November 2024</time></div></header>
<div class="entry-content">{_paras(paras)}</div></article>"""))
    if request.path == SOFT_DEAD[0]:  # WordPress's own 404 template, served with 200 by a caching plugin
        return html(_wp_shell("Halaman tidak ditemukan &#8211; KIM Tapin Tengah", "error404 hfeed", """
<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! Halaman tidak ditemukan.</h1></header>
<div class="page-content"><p>Sepertinya tidak ada yang ditemukan di lokasi ini. Mungkin coba pencarian? Halaman yang Anda
cari mungkin telah dihapus, diganti namanya, atau untuk sementara tidak tersedia.</p>
<form role="search" class="search-form" action="/"><input type="search" name="s"></form></div></section>"""))
    if request.path == SOFT_DEAD[1]:  # a theme's "not found" page that even claims to be an article
        return html(_wp_shell("Page not found | KIM Tapin Tengah", "page", """
<article><h1>Page not found</h1><p>The page you are looking for might have been removed, had its name changed, or
is temporarily unavailable. Please return to the home page and try again from there.</p></article>""",
                               head='<meta property="og:type" content="article">'
                                    '<meta property="article:published_time" content="2024-11-22T10:00:00+08:00">'))
    return FarmResponse("<h1>404</h1>", status=404, etag=False)


# ------------------------------------------------------------------ login wall

login = Site(HOSTS["quirks_login"])


@login.page("/login")
def login_form(request: FarmRequest) -> FarmResponse:
    return html("""<!DOCTYPE html><html><head><title>Login - KIM Hantakan</title></head><body>
<div class="login-box"><form method="post" action="/login"><h1>Silakan Masuk</h1>
<input name="username" placeholder="Nama pengguna"><input type="password" name="password">
<button type="submit">Masuk</button></form><p>Lupa password? <a href="/reset">Reset</a></p></div></body></html>""")


@login.prefix("/")
def login_redirect(request: FarmRequest) -> FarmResponse:
    return redirect("/login?redirect=" + request.path, status=302)


members = Site(HOSTS["quirks_members"])


@members.page("/")
def members_home(request: FarmRequest) -> FarmResponse:
    return html("""<!DOCTYPE html><html><head><title>Portal Anggota KIM Hantakan</title></head><body>
<h1>Selamat datang di Portal Anggota KIM Hantakan</h1><p>Silakan masuk untuk membaca kabar dan agenda anggota.</p>
<p><a href="/auth/login">Masuk</a></p></body></html>""")


@members.page("/auth/login")
def members_login(request: FarmRequest) -> FarmResponse:
    return html("""<!DOCTYPE html><html><head><title>Masuk - Portal Anggota</title></head><body>
<form method="post"><input name="email"><input type="password" name="sandi"><button>Masuk</button></form></body></html>""")


@members.prefix("/")
def members_redirect(request: FarmRequest) -> FarmResponse:
    return redirect("/auth/login?next=" + request.path, status=302)


wall = Site(HOSTS["quirks_wall"])


@wall.prefix("/")
def wall_everywhere(request: FarmRequest) -> FarmResponse:
    return html("""<!DOCTYPE html><html><head><title>Login - KIM Batu Ampar</title></head><body>
<div class="login-box"><h2>Silakan Login</h2><form method="post" action="/login"><label>Username</label>
<input name="username"><label>Password</label><input type="password" name="password"><button>Masuk</button>
</form></div><footer>&copy; 2026 KIM Batu Ampar</footer></body></html>""")


# ------------------------------------------------------------------ script redirect

script = Site(HOSTS["quirks_script"])
SCRIPT_POSTS = [
    ("/portal/berita/2024/11/21/panen-raya-padi-unus", "Panen Raya Padi Unus di Lokpaikat", "2024-11-21T09:00:00+08:00",
     ["Kelompok tani Desa Lokpaikat melaksanakan panen raya padi unus seluas 45 hektare dengan hasil rata-rata "
      "4,2 ton per hektare.", "Panen dihadiri penyuluh pertanian lapangan dan camat Lokpaikat."]),
    ("/portal/berita/2024/11/18/pelatihan-operator-desa", "Pelatihan Operator Website Desa Lokpaikat",
     "2024-11-18T13:00:00+08:00",
     ["Sebanyak 12 operator desa se-Kecamatan Lokpaikat mengikuti pelatihan pengelolaan website desa di aula "
      "kantor camat.", "Pelatihan diisi narasumber dari Diskominfo Kabupaten Tapin."]),
]


@script.page("/")
def script_home(request: FarmRequest) -> FarmResponse:
    return html("""<html><head><title>KIM Lokpaikat</title>
<script type="text/javascript">window.location.href = "/portal/";</script></head>
<body><noscript>Aktifkan JavaScript untuk membuka situs ini.</noscript></body></html>""")


@script.page("/portal/")
def script_portal(request: FarmRequest) -> FarmResponse:
    cards = "".join(f'<article><h3><a href="{path}">{title}</a></h3><span class="date">{published[:10]}</span></article>'
                    for path, title, published, _ in SCRIPT_POSTS)
    return html(f"<html><head><title>KIM Lokpaikat</title></head><body><h2>Kabar Desa</h2>{cards}</body></html>")


@script.prefix("/portal/berita/")
def script_article(request: FarmRequest) -> FarmResponse:
    for path, title, published, paras in SCRIPT_POSTS:
        if request.path == path:
            return html(f"""<html><head><title>{title}</title><meta property="article:published_time" content="{published}">
</head><body><nav><a href="/portal/">Beranda</a></nav><main><article><h1>{title}</h1>
<div class="entry-content">{_paras(paras)}</div></article></main></body></html>""")
    return FarmResponse("<h1>404</h1>", status=404, etag=False)


# ------------------------------------------------------------------ too deep to read

deep = Site(HOSTS["quirks_deep"])
DEPTH = 50_000


@deep.page("/")
def deep_home(request: FarmRequest) -> FarmResponse:
    link = '<article><h3><a href="/berita/2024/11/20/lomba-perahu-naga">Lomba Perahu Naga Sungai Barabai</a></h3></article>'
    return html(f"<html><head><title>KIM Barabai</title></head><body>{'<div>' * DEPTH}{link}{'</div>' * DEPTH}</body></html>")


# ------------------------------------------------------------------ Japanese, Chinese, Korean bylines

cjk = Site(HOSTS["quirks_cjk"])
#: (path, lang, title, byline html, paragraphs, expected published)
CJK_POSTS = [
    ("/oshirase/2024/bousai-kunren.html", "ja", "防災訓練を実施しました", "<p>掲載日：2024年11月18日</p>",
     ["11月18日、町内会の防災訓練を実施し、住民約120名が参加しました。消防署の協力により、初期消火と避難誘導の訓練を行いました。",
      "消火器の使い方や避難経路の確認を行いました。ご協力ありがとうございました。"], "2024-11-17T16:00:00Z"),
    ("/xinwen/2024/fanghuo-xuanchuan.html", "zh", "社区开展冬季防火安全宣传活动",
     "<div>发布时间：2024年11月19日 09:30　来源：社区信息组</div>",
     ["11月19日上午，社区信息组联合消防站在社区广场开展冬季防火安全宣传活动，向居民发放宣传资料三百余份。",
      "活动中，消防员现场演示了灭火器的正确使用方法，居民们积极参与，气氛热烈。"], "2024-11-19T01:30:00Z"),
    ("/board/2024/gimjang-nanum.html", "ko", "마을 김장 나눔 행사 안내",
     "<div><span>작성자: 관리자</span> <span>작성일 2024.11.20</span></div>",
     ["11월 23일 토요일 오전 10시 마을회관에서 김장 나눔 행사를 엽니다. 홀몸 어르신 40가구에 김치를 전달할 예정입니다.",
      "참여를 원하시는 주민께서는 11월 21일까지 마을회관으로 신청해 주시기 바랍니다."], "2024-11-19T16:00:00Z"),
]


@cjk.page("/")
def cjk_home(request: FarmRequest) -> FarmResponse:
    items = "".join(f'<li><a href="{path}">{title}</a></li>' for path, _, title, _, _, _ in CJK_POSTS)
    return html(f"<html><head><title>Community</title></head><body><div id='main'><ul class='news'>{items}</ul>"
                "</div></body></html>")


@cjk.prefix("/")
def cjk_article(request: FarmRequest) -> FarmResponse:
    for path, lang, title, byline, paras, _ in CJK_POSTS:
        if request.path == path:
            return html(f"""<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="gnav"><a href="/">Home</a></div><div id="main"><h1>{title}</h1>{byline}
<div class="body">{_paras(paras)}</div></div><div id="footer">Copyright 2024</div></body></html>""")
    return FarmResponse("<h1>404</h1>", status=404, etag=False)
