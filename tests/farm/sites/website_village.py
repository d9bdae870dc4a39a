"""Website farm sites shaped like Indonesian village and CMS sites (issue 11): Joomla listings
paged with ``?start=N`` and with ``/page-N`` then ``?limitstart=N``, an OpenSID village site
(``/first/artikel/…``, ``/artikel/2024/11/20/…``, ``index.php/first/artikel/…`` articles,
``/first/index/N`` pages behind icon-only "Halaman Selanjutnya" links), and a KIM site whose
posts embed a YouTube video, a Facebook post, an Instagram post and a map, one of them twice
(a print version with the same text), with a title that is text holding ``<b>``, ``a < b``
and ``AT&T``.

- ``joomla_start``, ``joomla_pages``, ``opensid``: 10 articles each, 4 a page (3 pages).
- ``embeds``: a home page listing 5 article pages (one a duplicate) and a sidebar Facebook
  page widget on every page.
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html
from tests.farm.sites.website_common import Site

HOSTS = {"joomla_start": "127.0.4.41", "joomla_pages": "127.0.4.42", "opensid": "127.0.4.43",
         "embeds": "127.0.4.44"}
VILLAGE_HOSTS = tuple(HOSTS.values())
PER_PAGE = 4
TOPICS = ["Posyandu Balita", "Kerja Bakti RT 03", "Musyawarah Dusun", "Penyaluran BLT Dana Desa",
          "Lomba Kebersihan Kampung", "Pelatihan Kader PKK", "Perbaikan Jalan Usaha Tani", "Vaksinasi Ternak",
          "Sosialisasi Stunting", "Festival Perahu Hias"]


def title(site: str, n: int) -> str:
    return f"{TOPICS[n]} Desa {site.replace('_', ' ').title()} Tahun Ini"


def _paragraphs(site: str, n: int) -> str:
    return (f"<p>Kegiatan {TOPICS[n].lower()} di desa kami berlangsung lancar pada pekan ini dan diikuti "
            f"puluhan warga dari semua dusun ({site} nomor {n}).</p><p>Kepala desa berterima kasih kepada "
            "seluruh warga yang sudah meluangkan waktu serta berharap kegiatan serupa rutin digelar.</p>")


def _article(site: str, n: int, date: str) -> FarmResponse:
    return html(f"""<html><head><title>{escape(title(site, n))} - Desa Contoh</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{date}"></head>
<body><nav><a href="/">Beranda</a></nav><main><article><h1>{escape(title(site, n))}</h1>
{_paragraphs(site, n)}</article></main><footer>Desa Contoh</footer></body></html>""")


def _listing(items: list[tuple[str, str]], pager: str) -> FarmResponse:
    cards = "".join(f'<div class="item"><h2 class="item-title"><a href="{escape(path)}">{escape(text)}</a></h2>'
                    "<p>Ringkasan kegiatan desa.</p></div>" for path, text in items)
    return html(f"""<html><head><title>Berita - Desa Contoh</title></head><body>
<nav><a href="/">Beranda</a> <a href="/profil">Profil Desa</a></nav>
<main><div class="blog">{cards}</div>{pager}</main><footer>Desa Contoh</footer></body></html>""")


def _chunk(page: int) -> range:
    return range((page - 1) * PER_PAGE, min(page * PER_PAGE, len(TOPICS)))


# ------------------------------------------------------------------ Joomla, ?start=N

joomla_start = Site(HOSTS["joomla_start"])
JOOMLA_PATH = "/index.php/berita/{id}-kegiatan-desa-nomor-{n}"


@joomla_start.page("/")
def joomla_start_home(request: FarmRequest) -> FarmResponse:
    start = int(request.query.get("start") or 0)
    page = start // PER_PAGE + 1
    items = [(JOOMLA_PATH.format(id=100 + n, n=n), title("joomla_start", n)) for n in _chunk(page)]
    pager = ""
    if page == 1:  # Joomla 3: a "Berikutnya" text link
        pager = ('<div class="pagination"><ul><li class="pagination-next"><a title="Berikutnya" '
                 f'href="/?start={PER_PAGE}" class="pagenav">Berikutnya</a></li></ul></div>')
    elif page == 2:  # Joomla 4: an icon with an Indonesian aria-label
        pager = ('<nav class="pagination__wrapper"><ul class="pagination"><li class="page-item"><a '
                 f'aria-label="Ke halaman berikutnya" href="/?start={2 * PER_PAGE}" class="page-link">'
                 '<span class="icon-angle-right" aria-hidden="true"></span></a></li></ul></nav>')
    return _listing(items, pager)


@joomla_start.prefix("/index.php/berita/")
def joomla_start_article(request: FarmRequest) -> FarmResponse:
    n = int(request.path.rsplit("-", 1)[1])
    return _article("joomla_start", n, f"2024-11-{10 + n:02d}T09:00:00+08:00")


# ------------------------------------------------------------------ Joomla SEF, /page-N then ?limitstart=N

joomla_pages = Site(HOSTS["joomla_pages"])


def _joomla_pages_listing(page: int) -> FarmResponse:
    items = [(f"/berita/{200 + n}-warta-desa-{n}.html", title("joomla_pages", n)) for n in _chunk(page)]
    following = {1: "/page-2", 2: f"/?limitstart={2 * PER_PAGE}"}.get(page)
    pager = (f'<div class="pagination"><a href="{following}">Selanjutnya &raquo;</a></div>' if following else "")
    return _listing(items, pager)


@joomla_pages.page("/")
def joomla_pages_home(request: FarmRequest) -> FarmResponse:
    return _joomla_pages_listing(3 if request.query.get("limitstart") else 1)


@joomla_pages.page("/page-2")
def joomla_pages_two(request: FarmRequest) -> FarmResponse:
    return _joomla_pages_listing(2)


@joomla_pages.prefix("/berita/")
def joomla_pages_article(request: FarmRequest) -> FarmResponse:
    n = int(request.path.rsplit("-", 1)[1].removesuffix(".html"))
    return _article("joomla_pages", n, f"2024-11-{10 + n:02d}T09:00:00+08:00")


# ------------------------------------------------------------------ OpenSID

opensid = Site(HOSTS["opensid"])


def opensid_path(n: int) -> str:
    """OpenSID writes its article links three ways, by version and server setup."""
    return [f"/first/artikel/{300 + n}-kabar-desa-nomor-{n}", f"/artikel/2024/11/{10 + n:02d}/kabar-desa-nomor-{n}",
            f"/index.php/first/artikel/{300 + n}"][n % 3]


def _opensid_listing(page: int) -> FarmResponse:
    items = [(opensid_path(n), title("opensid", n)) for n in _chunk(page)]
    pages = (len(TOPICS) + PER_PAGE - 1) // PER_PAGE
    prefix = "/first/index/" if page == 1 else "/index.php/first/index/"
    pager = ['<ul class="pagination pagination-sm no-margin">',
             f'<li><a href="{prefix}1" title="Halaman Pertama"><i class="fa fa-fast-backward"></i>&nbsp;</a></li>']
    for number in range(1, pages + 1):
        active = ' class="active"' if number == page else ""
        pager.append(f'<li{active}><a href="{prefix}{number}" title="Halaman {number}">{number}</a></li>')
    if page < pages:
        pager.append(f'<li><a href="{prefix}{page + 1}" title="Halaman Selanjutnya"><i class="fa fa-forward"></i>'
                     "&nbsp;</a></li>")
    return _listing(items, "".join(pager) + "</ul>")


@opensid.page("/")
def opensid_home(request: FarmRequest) -> FarmResponse:
    return _opensid_listing(1)


@opensid.prefix("/first/index/")
@opensid.prefix("/index.php/first/index/")
def opensid_page(request: FarmRequest) -> FarmResponse:
    return _opensid_listing(int(request.path.rstrip("/").rsplit("/", 1)[1]))


@opensid.prefix("/first/artikel/")
@opensid.prefix("/artikel/")
@opensid.prefix("/index.php/first/artikel/")
def opensid_article(request: FarmRequest) -> FarmResponse:
    for n in range(len(TOPICS)):
        if opensid_path(n) == request.path:
            return _article("opensid", n, f"2024-11-{10 + n:02d}T09:00:00+08:00")
    return html("<html><body><h1>Halaman tidak ditemukan</h1></body></html>", status=404)


# ------------------------------------------------------------------ embeds, a duplicate, a text title

embeds = Site(HOSTS["embeds"])
#: the title as the site writes it: text holding "<b>", "a < b" and "AT&T" (escaped in the HTML)
TEXT_TITLE = "Kerja Sama AT&T dan <b>Desa</b>: Kuota a < b"
SIDEBAR_WIDGET = ('<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2F'
                  'kimcontoh&amp;tabs=timeline"></iframe><iframe src="https://www.youtube.com/embed/SideBar0001">'
                  '</iframe>')
EMBEDDED = {
    "/berita/video-sosialisasi-stunting": (
        "Video Sosialisasi Stunting dari Dinas Kesehatan",
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/Ab12Cd34Ef5?feature=oembed" '
        'title="Sosialisasi Stunting" allowfullscreen></iframe>', "https://youtube.com/watch?v=Ab12Cd34Ef5"),
    "/berita/postingan-bupati-soal-banjir": (
        "Postingan Bupati Soal Siaga Banjir Kami Bagikan",
        '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpemkabbanjar'
        '%2Fposts%2F987654321&amp;show_text=true&amp;width=500" width="500" height="600"></iframe>',
        "https://facebook.com/pemkabbanjar/posts/987654321"),
    "/berita/foto-lomba-instagram": (
        "Foto Lomba Kebersihan di Instagram Kominfo",
        '<iframe class="instagram-media" src="about:blank" data-src="https://www.instagram.com/p/C1xYz_AbCd/embed/'
        'captioned/"></iframe>', "https://instagram.com/p/C1xYz_AbCd"),
    "/berita/lokasi-posko-banjir": (
        TEXT_TITLE,
        '<object data="https://maps.example.go.id/posko.swf" type="application/x-shockwave-flash">'
        '<param name="movie" value="https://maps.example.go.id/posko.swf"></object>',
        "https://maps.example.go.id/posko.swf"),
}
#: a print version of the first post: the same title and text at another address
DUPLICATE = "/berita/video-sosialisasi-stunting/cetak"


def _embed_article(path: str) -> FarmResponse:
    heading, frame, _ = EMBEDDED[path]
    return html(f"""<html><head><title>{escape(heading)} - KIM Contoh</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-21T08:00:00+08:00"></head><body>
<nav><a href="/">Beranda</a></nav><main><article><h1>{escape(heading)}</h1>
<p>Warga desa diajak menyimak dan membagikan informasi ini kepada keluarga dan tetangga di lingkungan masing-masing.</p>
<figure class="wp-block-embed">{frame}</figure>
<p>Informasi lengkap dapat ditanyakan langsung kepada pengurus KIM di balai desa setiap hari kerja.</p>
</article></main><aside class="sidebar">{SIDEBAR_WIDGET}</aside></body></html>""")


@embeds.page("/")
def embeds_home(request: FarmRequest) -> FarmResponse:
    items = [(path, heading) for path, (heading, _, _) in EMBEDDED.items()]
    items.append((DUPLICATE, "Versi Cetak: Video Sosialisasi Stunting dari Dinas Kesehatan"))
    return _listing(items, "")


@embeds.prefix("/berita/")
def embeds_article(request: FarmRequest) -> FarmResponse:
    return _embed_article(request.path.removesuffix("/cetak"))
