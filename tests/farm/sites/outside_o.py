"""Hostile and broken channels of outside tester "o" (session 10), on hosts of their own.

- 127.0.0.81: a robots.txt of :data:`LONG_ROBOTS_BYTES` that starts with ``Disallow: /`` (over
  the test's ``DOWNLOAD_MAXSIZE``), and a feed it disallows.
- 127.0.0.82: a feed answering 503 with ``Retry-After`` one year.
- 127.0.0.83: a KIM site whose home page lists :data:`LISTING_ARTICLES` articles.
- 127.0.0.1 ``/o/…``: feeds dated 1970 and 2999, a redirect chain, an XXE feed, pages that are
  no HTML or too large, a site that turns to junk, titles with control characters.
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, route, xml
from tests.farm.sites.bad_cases import item, rss

LONG_ROBOTS_HOST = "127.0.0.81"
RETRY_YEAR_HOST = "127.0.0.82"
LISTING_HOST = "127.0.0.83"
OUTSIDE_O_HOSTS = (LONG_ROBOTS_HOST, RETRY_YEAR_HOST, LISTING_HOST)
LONG_ROBOTS_BYTES = 600 * 1024


@route("/robots.txt", host=LONG_ROBOTS_HOST)
def long_robots(request: FarmRequest) -> FarmResponse:
    head = "User-agent: *\nDisallow: /\n"
    filler = "# " + "x" * 77 + "\n"
    return FarmResponse(body=head + filler * ((LONG_ROBOTS_BYTES - len(head)) // len(filler)),
                        content_type="text/plain")


@route("/feed/", host=LONG_ROBOTS_HOST)
def disallowed_feed(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Robots", item("robots-1", "Tidak boleh dibaca", "<p>robots.txt melarang.</p>")))


@route("/o/date1970/feed/")
def dated_1970(request: FarmRequest) -> FarmResponse:
    """Two posts dated 1 January 1970 (a broken feed's zero date); their text changes once
    ``farm.state["o-edited"]`` is set."""
    edit = " (diperbarui)" if request.farm.state.get("o-edited") else ""
    return xml(rss("KIM 1970", item("o1970-1", "Posyandu balita", f"<p>Posyandu balita{edit}.</p>",
                                    date="Thu, 01 Jan 1970 00:00:00 +0000")
                   + item("o1970-2", "Kerja bakti", "<p>Kerja bakti warga.</p>", date="Thu, 01 Jan 1970 00:00:00 +0000")))


@route("/o/date2999/feed/")
def dated_2999(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM 2999", item("o2999-1", "Lomba desa", "<p>Lomba desa.</p>", date="Tue, 01 Jan 2999 00:00:00 +0000")
                   + item("o2999-2", "Rapat RT", "<p>Rapat RT.</p>", date="Mon, 30 Nov 2026 02:00:00 +0000")))



@route("/feed/", host=RETRY_YEAR_HOST)
def retry_in_a_year(request: FarmRequest) -> FarmResponse:
    """503 with ``Retry-After`` one year (robots.txt: 404, no rules)."""
    return FarmResponse(status=503, body="<h1>Maintenance</h1>", headers={"Retry-After": "31536000"}, etag=False)


#: the first bytes of a JPEG file, then noise: what a KIM's web server sent as text/html
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8
PDF_BYTES = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" * 20
             + b"stream\nBT /F1 12 Tf (Laporan kegiatan) Tj ET\nendstream\n" * 20)
#: more elements than crawler.harvest.page.MAX_ELEMENTS (60,000) of plain paragraphs
BIG_PAGE_PARAGRAPHS = 61_000


@route("/o/jpeg/", prefix=True)
def jpeg_as_html(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body=JPEG_BYTES)  # labelled text/html


@route("/o/pdf/", prefix=True)
def pdf_as_html(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body=PDF_BYTES)  # labelled text/html


@route("/o/besar/", prefix=True)
def too_many_elements(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body="<html><head><title>KIM Besar</title></head><body>"
                        + "<p>Berita</p>" * BIG_PAGE_PARAGRAPHS + "</body></html>")


@route("/o/berubah/", prefix=True)
def turns_to_junk(request: FarmRequest) -> FarmResponse:
    """A KIM's site that announces its feed, until ``farm.state["o-junk"]``: then every path
    answers a JPEG labelled text/html."""
    if request.farm.state.get("o-junk"):
        return FarmResponse(body=JPEG_BYTES, etag=False)
    if request.path == "/o/berubah/feed/":
        return xml(rss("KIM Berubah", item("berubah-1", "Gotong royong", "<p>Gotong royong warga RT 3.</p>",
                                           date="Mon, 30 Nov 2026 02:00:00 +0000")))
    if request.path == "/o/berubah/":
        feed = request.url("/o/berubah/feed/")
        return FarmResponse(body=f'<html><head><title>KIM Berubah</title><link rel="alternate" '
                                 f'type="application/rss+xml" href="{feed}"></head><body><p>Selamat datang</p></body></html>')
    return FarmResponse(status=404, body="not here", etag=False)


#: a title with a terminal colour, a bell, a backspace and a right-to-left override
CONTROL_TITLE = "Rapat \x1b[31mRT\x1b[0m 05\x07\x08 \u202eekspor\u202c \u2066isolasi\u2069"


@route("/o/kontrol/feed/")
def control_characters(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Kontrol", item("kontrol-1", CONTROL_TITLE.replace("\x1b", "&#27;").replace("\x07", "&#7;")
                                       .replace("\x08", "&#8;"),
                                       "<p>Warga \x1b]0;judul\x07berkumpul\u200f di balai.</p>",
                                       date="Mon, 30 Nov 2026 02:00:00 +0000")))


#: redirects of the chain before it reaches its feed (more than REDIRECT_MAX_TIMES, 10)
CHAIN_HOPS = 12


@route("/o/rantai/", prefix=True)
def redirect_chain(request: FarmRequest) -> FarmResponse:
    """``/o/rantai/0`` → ``/o/rantai/1`` → … → ``/o/rantai/feed/``: a long chain, no loop."""
    hop = request.path.rsplit("/", 1)[-1]
    if hop.isdigit():
        target = "/o/rantai/feed/" if int(hop) + 1 >= CHAIN_HOPS else f"/o/rantai/{int(hop) + 1}"
        return FarmResponse(status=302, headers={"Location": request.url(target)}, etag=False)
    return xml(rss("KIM Rantai", item("rantai-1", "Akhir rantai", "<p>Umpan di ujung rantai.</p>")))


@route("/o/xxe/feed/")
def external_entity(request: FarmRequest) -> FarmResponse:
    return xml('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
               '<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><guid>x</guid>'
               "</item></channel></rss>")


#: article links on the big listing: more than the LISTING_LINKS (200) a listing page is read for
LISTING_ARTICLES = 300


@route("/", host=LISTING_HOST, prefix=True)
def long_listing(request: FarmRequest) -> FarmResponse:
    if request.path.startswith("/berita/"):
        return FarmResponse(body=f"<html><head><title>Kabar desa</title><meta property=\"article:published_time\" "
                                 f"content=\"2026-12-03T05:00:00+00:00\"></head><body><article><h1>Kabar desa "
                                 f"{request.path}</h1><p>{'Warga desa menggelar musyawarah tentang jembatan. ' * 8}"
                                 "</p></article></body></html>")
    if request.path != "/":
        return FarmResponse(status=404, body="not here", etag=False)
    links = "".join(f'<li><a href="/berita/2026/12/kabar-desa-nomor-{i}">Kabar desa nomor {i} tentang '
                    "musyawarah warga</a></li>" for i in range(LISTING_ARTICLES))
    return FarmResponse(body=f"<html><head><title>KIM Daftar</title></head><body><ul>{links}</ul></body></html>")
