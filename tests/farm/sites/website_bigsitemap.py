"""A site whose sitemap index splits its pages over files of different ages.

``robots.txt`` names ``/sitemap.xml``, an index of two unnamed children (``sitemap-1.xml``,
``sitemap-2.xml``, no "post" in their names, as many CMSs and hand-made sites write them):
``sitemap-1.xml`` holds the recent pages (the index's newest ``lastmod``) and answers slowly;
``sitemap-2.xml`` holds years-old pages and answers at once. Each has more pages than a
first crawl's article budget, so which pages are read decides whether the newest is seen.
``farm.state["bigsitemap_new"] = N`` publishes N more recent pages in ``sitemap-1.xml``;
``farm.state["bigsitemap_nodates"] = True`` drops every ``lastmod`` and lists the old file first;
``farm.state["bigsitemap_broken"] = True`` makes the old file answer 404.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import Site, state

HOST = "127.0.4.12"
BIGSITEMAP_HOSTS = (HOST,)
site = Site(HOST)

PER_FILE = 80
_WITA = timezone(timedelta(hours=8))
RECENT_START = datetime(2024, 11, 1, 8, 0, tzinfo=_WITA)
OLD_START = datetime(2019, 3, 1, 8, 0, tzinfo=_WITA)
NEWEST_TITLE = "Beasiswa Kalsel Cerdas Dibuka untuk 1.500 Mahasiswa"

_TOPICS = ["jalan desa", "posyandu", "pasar murah", "lomba perahu", "gotong royong", "vaksinasi ternak",
           "bank sampah", "pelatihan UMKM", "festival budaya", "penyuluhan pertanian"]
_VILLAGES = ["Sungai Tabuk", "Gambut", "Kertak Hanyar", "Aluh-Aluh", "Beruntung Baru", "Martapura Timur",
             "Astambul", "Karang Intan", "Pengaron", "Simpang Empat", "Mataraman"]


def _page(number: int) -> tuple[str, str, list[str]]:
    """(title, published ISO, paragraphs) of page ``number``: 1..PER_FILE recent, beyond old,
    10000+k the k-th page published later (``bigsitemap_new``)."""
    if number >= 10000:
        when = RECENT_START + timedelta(days=PER_FILE + (number - 10000))
    elif number <= PER_FILE:
        when = RECENT_START + timedelta(hours=number * 6)
    else:
        when = OLD_START + timedelta(days=number - PER_FILE)
    if number == PER_FILE:  # the newest of the first crawl: the page a wrong order never reads
        return NEWEST_TITLE, when.isoformat(), [
            "Pemerintah Provinsi membuka pendaftaran Beasiswa Kalsel Cerdas untuk 1.500 mahasiswa hingga 20 Desember.",
            "Setiap penerima mendapat bantuan Rp6 juta per tahun; berkas diunggah melalui portal beasiswa provinsi.",
            "Informasi lebih lanjut dapat ditanyakan di kantor kecamatan masing-masing pada jam kerja."]
    topic, village = _TOPICS[number % len(_TOPICS)], _VILLAGES[number % len(_VILLAGES)]
    return (f"Kegiatan {topic.title()} di Desa {village} Nomor {number}", when.isoformat(), [
        f"Warga Desa {village} mengikuti kegiatan {topic} yang ke-{number} bersama perangkat desa dan kader.",
        f"Kepala desa menyampaikan bahwa kegiatan {topic} ini diikuti {number + 20} orang dari lima RT setempat.",
        f"Kegiatan berikutnya direncanakan pada pekan depan dengan melibatkan karang taruna dan PKK Desa {village}."])


def _recent(request: FarmRequest) -> list[int]:
    extra = int(state(request, "bigsitemap_new", 0))  # type: ignore[call-overload]
    return list(range(1, PER_FILE + 1)) + [10000 + k for k in range(1, extra + 1)]


def _urlset(request: FarmRequest, numbers: list[int]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{request.url(f'/post/{n}')}</loc>{_lastmod(request, _page(n)[1])}</url>"
                      for n in numbers)
            + "</urlset>")


@site.page("/robots.txt")
def robots(request: FarmRequest) -> FarmResponse:
    return FarmResponse(f"User-agent: *\nDisallow:\n\nSitemap: {request.url('/sitemap.xml')}\n",
                        content_type="text/plain")


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    return html('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Kabar Desa</title></head>'
                '<body><div id="app"></div><script src="/app.js"></script></body></html>')


def _lastmod(request: FarmRequest, value: str) -> str:
    return "" if state(request, "bigsitemap_nodates", False) else f"<lastmod>{value}</lastmod>"


@site.page("/sitemap.xml")
def index(request: FarmRequest) -> FarmResponse:
    newest = max(_page(n)[1] for n in _recent(request))
    if state(request, "bigsitemap_nodates", False):
        # no dates anywhere, the old archive file listed first (as WordPress core lists its files)
        return xml(f"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{request.url('/sitemap-2.xml')}</loc></sitemap><sitemap><loc>{request.url('/sitemap-1.xml')}</loc></sitemap>
</sitemapindex>""")
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{request.url('/sitemap-1.xml')}</loc><lastmod>{newest}</lastmod></sitemap>
<sitemap><loc>{request.url('/sitemap-2.xml')}</loc><lastmod>{_page(2 * PER_FILE)[1]}</lastmod></sitemap>
</sitemapindex>""")


@site.page("/sitemap-1.xml")
def recent_sitemap(request: FarmRequest) -> FarmResponse:
    return xml(_urlset(request, _recent(request)), delay=0.4)  # answers after the old file


@site.page("/sitemap-2.xml")
def old_sitemap(request: FarmRequest) -> FarmResponse:
    if state(request, "bigsitemap_broken", False):
        return not_found()
    return xml(_urlset(request, list(range(PER_FILE + 1, 2 * PER_FILE + 1))))


@site.prefix("/post/")
def article(request: FarmRequest) -> FarmResponse:
    tail = request.path[len("/post/"):].strip("/")
    if not tail.isdigit():
        return not_found()
    number = int(tail)
    if not (1 <= number <= 2 * PER_FILE or 10000 < number <= 10000 + int(state(request, "bigsitemap_new", 0))):  # type: ignore[call-overload]
        return not_found()
    title, published, paragraphs = _page(number)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": published})
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return html(f"""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{escape(title)} | Kabar Desa</title>
<meta property="og:type" content="article"><script type="application/ld+json">{ld}</script></head>
<body><header><a href="/">Kabar Desa</a></header><main><article><h1>{escape(title)}</h1>{body}</article></main>
<footer>Kabar Desa</footer></body></html>""")
