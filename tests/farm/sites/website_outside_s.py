"""Website shapes outside tester S met (session 12 fixes19 findings).

- ``sejarah`` (a village history site without feed or sitemap): the home page links its five
  articles as ``<article><h2><a href="/p/….html">Artikel …</a></h2></article>``, link texts that
  read like a menu's "Artikel Desa", so the pages are probed as news sections; each article
  page (a dated story with a "Baca juga" block linking two others) has an article's shape;
  ``/p/kumpulan.html``, linked the same way, is a listing of them.
- ``kanji``: a listing whose headlines are Japanese and Chinese (no spaces between words).
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import Site

HOSTS = {"sejarah": "127.0.7.191", "kanji": "127.0.7.192"}
OUTSIDE_S_HOSTS = tuple(HOSTS.values())

sejarah = Site(HOSTS["sejarah"])

#: (slug, title, day of November 2026) of each article
ARTICLES = [
    ("pasar-terapung", "Sejarah Pasar Terapung Lok Baintan dari Masa Kesultanan", 20),
    ("masjid-tua", "Masjid Tua Sungai Jingah Berdiri Sejak Abad Kesembilan Belas", 18),
    ("jembatan-kayu", "Jembatan Kayu Ulin Penghubung Dua Kampung di Tepi Sungai", 16),
    ("rumah-banjar", "Rumah Bubungan Tinggi, Rumah Adat Banjar yang Masih Bertahan", 14),
    ("kerajinan-purun", "Kerajinan Purun Warisan Nenek Moyang Warga Desa Kami", 12),
]


def article_path(slug: str) -> str:
    return f"/p/{slug}.html"


#: a page at an address like the articles' that is a listing: the village's collected stories
COLLECTION = "/p/kumpulan.html"


@sejarah.page("/")
def sejarah_home(request: FarmRequest) -> FarmResponse:
    items = "".join(f'<article><h2><a href="{article_path(slug)}">Artikel {slug.split("-")[0]}</a></h2></article>'
                    for slug, _, _ in ARTICLES)
    items += f'<article><h2><a href="{COLLECTION}">Artikel kumpulan</a></h2></article>'
    return html('<html><head><meta charset="utf-8"><title>KIM Sejarah</title></head><body><h1>Berita</h1>'
                f"{items}</body></html>")


@sejarah.page(COLLECTION)
def sejarah_collection(request: FarmRequest) -> FarmResponse:
    cards = "".join(f'<article><h2><a href="{article_path(slug)}">{escape(title)}</a></h2>'
                    f"<p>{day} November 2026</p></article>" for slug, title, day in ARTICLES)
    return html('<html><head><meta charset="utf-8"><title>Kumpulan Cerita - KIM Sejarah</title></head><body><main>'
                f"<h1>Kumpulan Cerita Desa</h1>{cards}</main></body></html>")


@sejarah.prefix("/p/")
def sejarah_article(request: FarmRequest) -> FarmResponse:
    found = [i for i, a in enumerate(ARTICLES) if article_path(a[0]) == request.path]
    if not found:
        return not_found()
    slug, title, day = ARTICLES[found[0]]
    others = [ARTICLES[(found[0] + k) % len(ARTICLES)] for k in (1, 2)]
    more = "".join(f'<li><a href="{article_path(s)}">{escape(t)}</a></li>' for s, t, _ in others)
    body = "".join(
        f"<p>{escape(title)}. Para tetua kampung masih mengingat cerita yang diwariskan turun-temurun tentang "
        f"masa ketika sungai menjadi jalan utama warga, perahu-perahu dagang singgah setiap pagi, dan balai "
        f"desa menjadi tempat musyawarah. Bagian {n} dari catatan ini disusun KIM bersama perangkat desa.</p>"
        for n in range(1, 6))
    return html(f'<html><head><meta charset="utf-8"><title>{escape(title)} - KIM Sejarah</title>'
                f'<meta property="og:type" content="article">'
                f'<meta property="article:published_time" content="2026-11-{day:02d}T09:00:00+08:00"></head>'
                f"<body><main><article><h1>{escape(title)}</h1>"
                f'<div class="post-meta">Diposting {day} November 2026 09:00 WITA</div>{body}</article>'
                f"<section><h3>Baca juga</h3><ul>{more}</ul></section></main></body></html>")


kanji = Site(HOSTS["kanji"])

#: (path, headline) of the listing's posts: titles without spaces
KANJI_POSTS = [
    ("/p/hukumusume.html", "欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞"),
    ("/p/gmw.html", "宇航员在太空中喝酒会怎么样？后果很严重！"),
    ("/p/kabar-desa-3.html", "Kerja Bakti Saluran Air RT 05 Menjelang Musim Hujan"),
]


@kanji.page("/")
def kanji_home(request: FarmRequest) -> FarmResponse:
    items = "".join(f'<li class="post"><h2><a href="{path}">{escape(title)}</a></h2><p>{escape(title)}</p></li>'
                    for path, title in KANJI_POSTS)
    return html('<html><head><meta charset="utf-8"><title>KIM Kanji</title></head><body><main><h1>Berita</h1>'
                f"<ul>{items}</ul></main></body></html>")


@kanji.prefix("/p/")
def kanji_post(request: FarmRequest) -> FarmResponse:
    found = [title for path, title in KANJI_POSTS if path == request.path]
    if not found:
        return not_found()
    title = found[0]
    text = (title + "。") * 12 if " " not in title else (title + ": warga berkumpul di balai desa sejak pagi. ") * 6
    return html(f'<html><head><meta charset="utf-8"><title>{escape(title)}</title>'
                '<meta property="og:type" content="article"></head><body><main><article>'
                f"<h1>{escape(title)}</h1><div class='post-meta'>Diposting 24 November 2026 09:00 WITA</div>"
                f"<p>{escape(text)}</p><p>{escape(text)}</p></article></main></body></html>")


# - ``portal`` (a news portal read through its sitemap): every page's ``lastmod`` is this week;
#   one old article writes its date only as a bare "기사입력 :[ 2018-08-25 15:24 ]" after a
#   ``<dt>`` headline, one page shows no date at all.
HOSTS["portal"] = "127.0.7.193"
OUTSIDE_S_HOSTS = tuple(HOSTS.values())
portal = Site(HOSTS["portal"])
#: (path, headline, what the page writes after its headline) of the portal's pages
PORTAL_PAGES = [
    ("/artikel/0ec95c7261d1.html", "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유", "기사입력 :[ 2018-08-25 15:24 ]"),
    ("/artikel/tanpa-tanggal.html", "Pasar Murah Sembako Digelar di Halaman Kantor Kelurahan", ""),
]
PORTAL_LASTMOD = "2026-12-02"


@portal.page("/")
def portal_home(request: FarmRequest) -> FarmResponse:
    return html("<html><head><title>Portal</title></head><body><h1>Portal</h1><p>Selamat datang.</p></body></html>")


@portal.page("/sitemap.xml")
def portal_sitemap(request: FarmRequest) -> FarmResponse:
    entries = "".join(f"<url><loc>{request.url(path)}</loc><lastmod>{PORTAL_LASTMOD}</lastmod></url>"
                      for path, _, _ in PORTAL_PAGES)
    return xml(f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>')


@portal.prefix("/artikel/")
def portal_article(request: FarmRequest) -> FarmResponse:
    found = [(title, dateline) for path, title, dateline in PORTAL_PAGES if path == request.path]
    if not found:
        return not_found()
    title, dateline = found[0]
    paragraph = (f"{title}. " + "Warga dan perangkat kelurahan membahas persiapan kegiatan bersama, pembagian tugas "
                 "dan jadwal pelaksanaan yang disepakati dalam musyawarah di balai warga. ") * 3
    return html(f'<html><head><meta charset="utf-8"><title>{escape(title)} - Portal</title></head><body>'
                '<div class="news_list"><ul><li><a href="/artikel/lain.html">Berita lain yang juga dibaca</a></li></ul>'
                f'</div><div class="newsContent"><dl class="newsTitle"><dt>{escape(title)}</dt></dl>'
                f'{escape(dateline)}<div class="newsArticle"><p>{escape(paragraph)}</p><p>{escape(paragraph)}</p>'
                "</div></div></body></html>")


# - ``news`` (a portal read through a Google News sitemap, fixes20 item 1): each entry has a
#   ``news:publication_date``; the pages show no date of their own. One was edited this week
#   (``lastmod`` 2 December, published 20 November), one has no ``lastmod`` at all, one writes
#   its own time in a meta tag (which wins over the sitemap's).
HOSTS["news"] = "127.0.7.194"
OUTSIDE_S_HOSTS = tuple(HOSTS.values())
news = Site(HOSTS["news"])
#: (path, headline, lastmod, news:publication_date, the page's own article:published_time)
NEWS_PAGES = [
    ("/berita/posyandu-balita.html", "Posyandu Balita Kembali Dibuka di Balai Warga RT 03",
     "2026-12-02T09:30:00+08:00", "2026-11-20T08:00:00+08:00", None),
    ("/berita/kerja-bakti-parit.html", "Kerja Bakti Membersihkan Parit Menjelang Musim Hujan",
     None, "2026-11-25T14:15:00+08:00", None),
    ("/berita/lomba-perahu-hias.html", "Lomba Perahu Hias Meriahkan Hari Jadi Kota",
     "2026-11-28T10:00:00+08:00", "2026-11-27T07:00:00+08:00", "2026-11-26T19:00:00+08:00"),
]


@news.page("/")
def news_home(request: FarmRequest) -> FarmResponse:
    return html("<html><head><title>Warta Kampung</title></head><body><h1>Warta Kampung</h1>"
                "<p>Selamat datang.</p></body></html>")


@news.page("/sitemap.xml")
def news_sitemap(request: FarmRequest) -> FarmResponse:
    entries = "".join(
        f"<url><loc>{request.url(path)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
        + f"<news:news><news:publication><news:name>Warta Kampung</news:name><news:language>id</news:language>"
        f"</news:publication><news:publication_date>{published}</news:publication_date>"
        f"<news:title>{escape(title)}</news:title></news:news></url>"
        for path, title, lastmod, published, _ in NEWS_PAGES)
    return xml('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>')


@news.prefix("/berita/")
def news_article(request: FarmRequest) -> FarmResponse:
    found = [(title, own) for path, title, _, _, own in NEWS_PAGES if path == request.path]
    if not found:
        return not_found()
    title, own = found[0]
    meta = f'<meta property="article:published_time" content="{own}">' if own else ""
    paragraph = (f"{title}. " + "Warga bersama pengurus RT dan kader kelurahan menyiapkan kegiatan, membagi tugas "
                 "dan menyepakati jadwal pelaksanaan dalam musyawarah di balai warga. ") * 3
    return html(f'<html><head><meta charset="utf-8"><title>{escape(title)} - Warta Kampung</title>'
                f'<meta property="og:type" content="article">{meta}</head><body><main><article>'
                f"<h1>{escape(title)}</h1><p>{escape(paragraph)}</p><p>{escape(paragraph)}</p></article></main>"
                "</body></html>")


# - ``foreign`` (a Japanese town's English news page, fixes20 item 4): its byline "Posted
#   November 24, 2026 10:15" names no zone; its ``article:modified_time`` carries +09:00.
HOSTS["foreign"] = "127.0.7.195"
OUTSIDE_S_HOSTS = tuple(HOSTS.values())
foreign = Site(HOSTS["foreign"])
FOREIGN_PAGE = "/news/2026-festival.html"


@foreign.page("/")
def foreign_home(request: FarmRequest) -> FarmResponse:
    return html('<html lang="en"><head><title>Town News</title></head><body><h1>Town News</h1></body></html>')


@foreign.page("/sitemap.xml")
def foreign_sitemap(request: FarmRequest) -> FarmResponse:
    return xml('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f"<url><loc>{request.url(FOREIGN_PAGE)}</loc></url></urlset>")


@foreign.page(FOREIGN_PAGE)
def foreign_article(request: FarmRequest) -> FarmResponse:
    title = "Autumn Festival Draws Visitors From Sister City Banjarmasin"
    paragraph = (f"{title}. Residents and visitors gathered at the riverside park, where stalls sold local food "
                 "and a delegation from the sister city joined the evening lantern parade. ") * 3
    return html(f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
                '<meta property="og:type" content="article">'
                '<meta property="article:modified_time" content="2026-11-25T09:00:00+09:00"></head><body><main>'
                f'<article><h1>{title}</h1><div class="post-meta">Posted November 24, 2026 10:15</div>'
                f"<p>{paragraph}</p><p>{paragraph}</p></article></main></body></html>")


# - ``tokyo`` (a sister city's English news page): its byline "Posted November 24, 2026 10:15"
#   names no zone and nothing else on the page says one: a channel's ``timezone:`` does.
HOSTS["tokyo"] = "127.0.7.196"
OUTSIDE_S_HOSTS = tuple(HOSTS.values())
tokyo = Site(HOSTS["tokyo"])
tokyo.page("/")(foreign_home)
tokyo.page("/sitemap.xml")(foreign_sitemap)


@tokyo.page(FOREIGN_PAGE)
def tokyo_article(request: FarmRequest) -> FarmResponse:
    return html(foreign_article(request).body.replace(  # type: ignore[union-attr]
        '<meta property="article:modified_time" content="2026-11-25T09:00:00+09:00">', ""))
