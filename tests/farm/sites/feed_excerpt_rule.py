"""A KIM blog whose feed mixes the three entries the one excerpt rule must tell apart.

``/feed/`` (announced by the home page, so a website channel reads it; a ``type: feed``
channel may be registered on it too) holds:

* ``posyandu``: a short complete post, no full content and no excerpt ending — a post; its
  page must not be asked for;
* ``gotong-royong``: a WordPress "Summary" excerpt of over 400 characters ending in " […]",
  followed by the SEO plugin's "The post … appeared first on …" line — an excerpt; its page
  holds the article;
* ``rapat``: full ``content:encoded`` whose last sentence trails off in "..." — the full text,
  whatever its end; its page must not be asked for.
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, xml
from tests.farm.sites.website_common import Site

EXCERPT_RULE_HOSTS = ("127.0.4.36",)
site = Site(EXCERPT_RULE_HOSTS[0])

SHORT_POST = "Posyandu balita RT 03 dibuka Sabtu pagi di balai warga. Bawa buku KIA."
EXCERPT = ("Warga RT 07 Kelurahan Sungai Tabuk bergotong royong membersihkan siring sepanjang 600 meter pada "
           "Minggu pagi. Ketua RT mengatakan sampah plastik yang menyumbat siring menjadi penyebab genangan setiap "
           "hujan deras, sehingga warga sepakat bekerja bakti setiap bulan. Lurah Sungai Tabuk yang hadir memberi "
           "bantuan dua gerobak sampah dan meminta warga memilah sampah rumah tangga sebelum dibuang ke tempat "
           "pembuangan sementara. Kegiatan ditutup dengan")
ARTICLE = [EXCERPT + " makan bersama nasi kuning yang disiapkan ibu-ibu PKK di halaman rumah ketua RT.",
           "Pengurus KIM Sungai Tabuk mencatat 46 warga ikut serta, dan kerja bakti berikutnya dijadwalkan pada "
           "Minggu pertama bulan depan di siring RT 08."]
FULL_POST = ("Rapat warga RT 05 membahas jadwal ronda malam dan iuran kebersihan bulan Desember. Ketua RT mengajak "
             "warga hadir pada rapat berikutnya, jangan sampai ketinggalan...")
ENTRIES = [
    ("posyandu", "Posyandu Balita RT 03", SHORT_POST, None, "Mon, 30 Nov 2026 01:00:00 GMT"),
    ("gotong-royong", "Gotong Royong Membersihkan Siring",
     f"<p>{EXCERPT} [&#8230;]</p><p>The post <a href='/berita/gotong-royong'>Gotong Royong Membersihkan Siring</a> "
     "appeared first on <a href='/'>KIM Sungai Tabuk</a>.</p>", None, "Tue, 01 Dec 2026 01:00:00 GMT"),
    ("rapat", "Rapat Warga RT 05", "Rapat warga RT 05 membahas jadwal ronda malam [&#8230;]", f"<p>{FULL_POST}</p>",
     "Wed, 02 Dec 2026 01:00:00 GMT"),
]
#: The article page of each entry (only the excerpt's may be asked for).
ARTICLE_PATHS = {slug: f"/berita/{slug}" for slug, *_ in ENTRIES}


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    return html(f'<html><head><title>KIM Sungai Tabuk</title><link rel="alternate" type="application/rss+xml" '
                f'href="{request.url("/feed/")}"></head><body><h1>KIM Sungai Tabuk</h1>'
                "<p>Informasi warga Kelurahan Sungai Tabuk.</p></body></html>")


@site.page("/feed/")
def feed(request: FarmRequest) -> FarmResponse:
    items = "".join(
        f"<item><title>{title}</title><link>{request.url('/berita/' + slug)}</link>"
        f"<guid>{request.url('/berita/' + slug)}</guid><pubDate>{when}</pubDate>"
        f"<description>{escape(description)}</description>"
        + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "") + "</item>"
        for slug, title, description, content, when in ENTRIES)
    return xml('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
               'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>KIM Sungai Tabuk</title>'
               f"<link>{request.url('/')}</link>{items}</channel></rss>")


@site.prefix("/berita/")
def article(request: FarmRequest) -> FarmResponse:
    slug = request.path.removeprefix("/berita/").strip("/")
    entry = next((e for e in ENTRIES if e[0] == slug), None)
    if entry is None:
        return FarmResponse(body="<html><body><h1>Tidak ditemukan</h1></body></html>", status=404)
    paragraphs = ARTICLE if slug == "gotong-royong" else [SHORT_POST if slug == "posyandu" else FULL_POST]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return html(f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{escape(entry[1])} | KIM Sungai "
                f"Tabuk</title><meta property='article:published_time' content='2026-12-01T09:00:00+08:00'></head>"
                f"<body><nav><a href='/'>Beranda</a></nav><article><h1>{escape(entry[1])}</h1>"
                f"<div class='entry-content'>{body}</div></article><footer>© KIM Sungai Tabuk</footer></body></html>")
