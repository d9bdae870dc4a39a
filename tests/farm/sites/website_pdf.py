"""A government site that publishes press releases as PDF files (outside tester n, finding 4),
with real PDFs made here by :func:`make_pdf` (pypdf writes them: a text layer in Helvetica).

``release`` (127.0.4.100), the news listing ``/`` of a Diskominfo:

- an HTML release (``/berita/2026/12/pemprov-gelar-pasar-murah-jelang-natal``) that links its
  own PDF, which the listing also lists ("Siaran Pers Pasar Murah (PDF)"): one announcement;
- ``siaran-pers-no-123-blt-dd.pdf``: two pages, a running header with the page number on each,
  page numbers at the foot, letterhead, "SIARAN PERS", "Nomor: …", the title, the dateline
  "Banjarmasin, 3 Desember 2026 –", a word hyphenated across lines; metadata title
  "Microsoft Word - rilis.docx";
- ``siaran-pers-tanpa-dateline.pdf``: no dateline; the listing card says 2 Desember 2026, its
  creation date is 30 November;
- ``rilis-terkunci.pdf`` ("Unduh rilis (PDF)"): encrypted with a user password;
- ``siaran-pers-hasil-pindai.pdf``: a page with only a grey box (a scan has no text layer);
- ``siaran-pers-rusak.pdf``: a truncated file; ``siaran-pers-besar.pdf``: 60 kB (tests set
  ``PDF_MAXSIZE`` lower);
- ``laporan-keuangan-2025.pdf`` ("Laporan Keuangan 2025"): a PDF that is no release, never fetched;
- a test may replace a file at its address: ``farm.state["pdfs"][name] = bytes``.

``kim`` (127.0.4.101): a KIM site whose post links the BLT release PDF (KIM channels never
fetch PDFs).

``feed`` (127.0.4.102): a source whose RSS feed links release PDFs: an entry whose link is the BLT
PDF, one with only a PDF enclosure, one linking the encrypted PDF (its own text is kept).

``sitemap`` (127.0.4.103): a source read through ``/sitemap.xml``, which lists the BLT release
PDF and the financial report PDF.

``later`` (127.0.4.104): a source whose listing first shows only the BLT release PDF; once a test
sets ``farm.state["html_later"]``, also the HTML version of that release (same title, linking the
PDF), published two days after the PDF's dateline.

``both`` (127.0.4.105): a source whose listing shows the HTML version of the BLT release (its own
time 5 December 10:00 WITA, linking the PDF) and the BLT release PDF (dateline 3 December), read
in the same crawl; ``farm.state["slow"]`` (``"pdf"`` or ``"html"``) answers that one 1.5 s late,
so the other arrives first.
"""

from __future__ import annotations

import io
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import Site

HOSTS = {"release": "127.0.4.100", "kim": "127.0.4.101", "feed": "127.0.4.102", "sitemap": "127.0.4.103",
         "later": "127.0.4.104", "both": "127.0.4.105"}
PDF_HOSTS = tuple(HOSTS.values())
UPLOADS = "/uploads/2026/12/"
HTML_RELEASE = "/berita/2026/12/pemprov-gelar-pasar-murah-jelang-natal"

LETTERHEAD = ["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DINAS KOMUNIKASI DAN INFORMATIKA",
              "Jl. Dharma Praja No. 1 Banjarbaru, Telp. (0511) 4772 123, www.diskominfo.example",
              "SIARAN PERS"]
BLT_TITLE = "Pemprov Kalsel Salurkan BLT Dana Desa Tahap IV"
BLT_PAGES = [
    ["Siaran Pers Diskominfo Kalsel - Halaman 1", *LETTERHEAD, "Nomor: 123/SP/Diskominfo/XII/2026", BLT_TITLE,
     "Banjarmasin, 3 Desember 2026 \u2013 Pemerintah Provinsi Kalimantan Selatan menyalurkan Bantuan",
     "Langsung Tunai Dana Desa tahap IV kepada 86 keluarga penerima manfaat di Desa Sungai",
     "Rangas, Kecamatan Martapura Barat, Kabupaten Banjar.",
     "Kepala Dinas Sosial Hj. Siti Aminah mengatakan penyaluran dilakukan di balai desa.", "1"],
    ["Siaran Pers Diskominfo Kalsel - Halaman 2",
     "Penyaluran tahap berikutnya dijadwalkan pada Januari 2027 setelah verifikasi data pemba-",
     "ngunan desa selesai dilakukan oleh pendamping desa.",
     "Warga yang belum menerima dapat melapor ke posko di kantor kecamatan.", "2"],
]
UNDATED_PAGES = [[*LETTERHEAD, "Vaksinasi Rabies Gratis untuk Hewan Peliharaan Warga",
                  "Dinas Peternakan menggelar vaksinasi rabies gratis bagi 900 ekor anjing dan kucing milik",
                  "warga di Kecamatan Cempaka selama tiga hari berturut-turut mulai pekan depan."]]
MARKET_TEXT = ("Pemerintah Provinsi Kalimantan Selatan menggelar pasar murah jelang Natal di Lapangan Murjani "
               "Banjarbaru. Sebanyak 2.000 paket sembako dijual dengan harga Rp 75.000 per paket. Warga cukup "
               "membawa KTP dan kartu keluarga untuk membeli paling banyak dua paket.")
MARKET_TITLE = "Pemprov Gelar Pasar Murah Jelang Natal"


def make_pdf(pages: list[list[str] | None], *, title: str | None = None, created: str | None = None,
             password: str | None = None, padding: int = 0) -> bytes:
    """A PDF with one page per item of ``pages``: its lines in Helvetica, top down (``None``: a
    page with only a grey box, as a scan without text layer looks to a text reader)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        if lines is None:
            operators = "0.5 g 56 400 480 380 re f"
        else:
            shown = " ".join("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
                             for line in lines)
            operators = f"BT /F1 11 Tf 14 TL 56 790 Td {shown} ET"
        content = StreamObject()
        content.set_data(operators.encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    metadata = {}
    if title:
        metadata["/Title"] = title
    if created:
        metadata["/CreationDate"] = created
    if metadata:
        writer.add_metadata(metadata)
    if password:
        writer.encrypt(password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue() + (b"%" + b"x" * 78 + b"\n") * (padding // 80)


def _pdfs() -> dict[str, bytes]:
    return {
        "siaran-pers-no-123-blt-dd.pdf": make_pdf(BLT_PAGES, title="Microsoft Word - rilis.docx",
                                                  created="D:20261203093000+08'00'"),
        "siaran-pers-tanpa-dateline.pdf": make_pdf(UNDATED_PAGES, created="D:20261130080000+08'00'"),
        "siaran-pers-pasar-murah.pdf": make_pdf([[*LETTERHEAD, MARKET_TITLE, *_wrap(MARKET_TEXT)]]),
        "rilis-terkunci.pdf": make_pdf(BLT_PAGES, password="rahasia"),
        "siaran-pers-hasil-pindai.pdf": make_pdf([None, None]),
        "siaran-pers-rusak.pdf": make_pdf(BLT_PAGES)[:700],
        "siaran-pers-besar.pdf": make_pdf(BLT_PAGES, padding=60_000),
        "laporan-keuangan-2025.pdf": make_pdf([["Laporan Keuangan Tahun Anggaran 2025", "Neraca dan catatan."]]),
    }


def _wrap(text: str, width: int = 85) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


PDFS = _pdfs()

release = Site(HOSTS["release"])
LISTED = [
    (HTML_RELEASE, MARKET_TITLE, "4 Desember 2026"),
    (UPLOADS + "siaran-pers-pasar-murah.pdf", "Siaran Pers Pasar Murah (PDF)", "4 Desember 2026"),
    (UPLOADS + "siaran-pers-no-123-blt-dd.pdf", "Siaran Pers No. 123/SP/XII/2026 BLT DD Tahap IV", "5 Desember 2026"),
    (UPLOADS + "siaran-pers-tanpa-dateline.pdf", "Vaksinasi rabies gratis (PDF)", "2 Desember 2026"),
    (UPLOADS + "rilis-terkunci.pdf", "Unduh rilis (PDF)", "1 Desember 2026"),
    (UPLOADS + "siaran-pers-hasil-pindai.pdf", "Siaran Pers Hasil Pindai", "1 Desember 2026"),
    (UPLOADS + "siaran-pers-rusak.pdf", "Siaran Pers Gotong Royong (PDF)", "1 Desember 2026"),
    (UPLOADS + "siaran-pers-besar.pdf", "Siaran Pers Lampiran Lengkap (PDF)", "1 Desember 2026"),
    (UPLOADS + "laporan-keuangan-2025.pdf", "Laporan Keuangan 2025", "1 Desember 2026"),
]


@release.page("/")
def release_home(request: FarmRequest) -> FarmResponse:
    cards = "".join(f'<div class="post"><h2><a href="{escape(path)}">{escape(text)}</a></h2>'
                    f'<span class="date">{date}</span></div>' for path, text, date in LISTED)
    return html(f"""<html><head><title>Berita - Diskominfo Contoh</title></head><body>
<nav><a href="/">Beranda</a> <a href="/uploads/2026/12/siaran-pers-menu.pdf">Siaran Pers Terbaru</a></nav>
<main><h1>Berita dan Siaran Pers</h1>{cards}</main><footer>Diskominfo Contoh</footer></body></html>""")


@release.page(HTML_RELEASE)
def release_html(request: FarmRequest) -> FarmResponse:
    return html(f"""<html><head><title>{MARKET_TITLE} - Diskominfo Contoh</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-04T09:00:00+08:00"></head>
<body><nav><a href="/">Beranda</a></nav><main><article><h1>{MARKET_TITLE}</h1>
<p>{MARKET_TEXT}</p><p>Kepala Dinas Perdagangan berharap harga bahan pokok tetap stabil sampai akhir tahun.</p>
<p><a href="{UPLOADS}siaran-pers-pasar-murah.pdf">Unduh siaran pers (PDF)</a></p></article></main>
<footer>Diskominfo Contoh</footer></body></html>""")


@release.prefix(UPLOADS)
def release_pdf(request: FarmRequest) -> FarmResponse:
    name = request.path.rsplit("/", 1)[-1]
    # ``farm.state["pdfs"]``: files the office replaced at the same address (name -> bytes)
    body = (request.farm.state.get("pdfs") or {}).get(name) or PDFS.get(name)
    if body is None:
        return not_found()
    return FarmResponse(body=body, content_type="application/pdf")


kim = Site(HOSTS["kim"])


@kim.page("/")
def kim_home(request: FarmRequest) -> FarmResponse:
    link = request.url(UPLOADS + "siaran-pers-no-123-blt-dd.pdf", host=HOSTS["release"])
    return html(f"""<html><head><title>KIM Sungai Rangas</title></head><body><main>
<div class="post"><h2><a href="{escape(link)}">Siaran Pers BLT DD Tahap IV dari Pemprov Kalsel (PDF)</a></h2></div>
<div class="post"><h2><a href="/uploads/2026/12/siaran-pers-kim-rapat-warga.pdf">Siaran pers rapat warga (PDF)</a>
</h2></div></main></body></html>""")


@kim.prefix(UPLOADS)
def kim_pdf(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body=PDFS["siaran-pers-no-123-blt-dd.pdf"], content_type="application/pdf")


def _uploads(request: FarmRequest) -> FarmResponse:
    body = PDFS.get(request.path.rsplit("/", 1)[-1])
    return not_found() if body is None else FarmResponse(body=body, content_type="application/pdf")


feed = Site(HOSTS["feed"])
feed.prefix(UPLOADS)(_uploads)


@feed.page("/")
def feed_home(request: FarmRequest) -> FarmResponse:
    return html("""<html><head><title>Pemprov Contoh</title>
<link rel="alternate" type="application/rss+xml" href="/rilis/feed.xml"></head>
<body><main><p>Selamat datang.</p></main></body></html>""")


@feed.page("/rilis/feed.xml")
def feed_rss(request: FarmRequest) -> FarmResponse:
    def url(name: str) -> str:
        return escape(request.url(UPLOADS + name))

    return xml(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Siaran Pers Pemprov Contoh</title><link>{escape(request.url("/"))}</link>
<item><title>Siaran Pers BLT DD Tahap IV</title><link>{url("siaran-pers-no-123-blt-dd.pdf")}</link>
<pubDate>Sat, 05 Dec 2026 08:00:00 +0800</pubDate><description>Unduh siaran pers (PDF).</description></item>
<item><title>Siaran Pers Vaksinasi Rabies</title><guid isPermaLink="false">sp-124-2026</guid>
<pubDate>Wed, 02 Dec 2026 08:00:00 +0800</pubDate><description>Unduh siaran pers.</description>
<enclosure url="{url("siaran-pers-tanpa-dateline.pdf")}" type="application/pdf" length="1183"/></item>
<item><title>Siaran Pers Jadwal Pelayanan Samsat Keliling</title><link>{url("rilis-terkunci.pdf")}</link>
<pubDate>Tue, 01 Dec 2026 08:00:00 +0800</pubDate><description>Samsat keliling melayani pembayaran pajak
kendaraan di Kecamatan Cempaka pada 7 dan 8 Desember 2026.</description></item>
</channel></rss>""", content_type="application/rss+xml; charset=utf-8")


sitemap = Site(HOSTS["sitemap"])
sitemap.prefix(UPLOADS)(_uploads)


@sitemap.page("/")
def sitemap_home(request: FarmRequest) -> FarmResponse:
    return html("<html><head><title>Pemkab Contoh</title></head><body><main><p>Selamat datang.</p></main></body></html>")


@sitemap.page("/sitemap.xml")
def sitemap_xml(request: FarmRequest) -> FarmResponse:
    entries = "".join(f"<url><loc>{escape(request.url(UPLOADS + name))}</loc><lastmod>2026-12-0{day}</lastmod></url>"
                      for name, day in (("siaran-pers-no-123-blt-dd.pdf", 5), ("laporan-keuangan-2025.pdf", 4)))
    return xml(f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f"{entries}</urlset>")


later = Site(HOSTS["later"])
later.prefix(UPLOADS)(_uploads)
LATER_HTML = "/berita/2026/12/pemprov-kalsel-salurkan-blt-dana-desa-tahap-iv"


@later.page("/")
def later_home(request: FarmRequest) -> FarmResponse:
    cards = [(UPLOADS + "siaran-pers-no-123-blt-dd.pdf", "Siaran Pers No. 123/SP/XII/2026 BLT DD Tahap IV",
              "3 Desember 2026")]
    if request.farm.state.get("html_later"):
        cards.insert(0, (LATER_HTML, BLT_TITLE, "5 Desember 2026"))
    shown = "".join(f'<div class="post"><h2><a href="{escape(path)}">{escape(text)}</a></h2>'
                    f'<span class="date">{date}</span></div>' for path, text, date in cards)
    return html(f"""<html><head><title>Berita - Dinsos Contoh</title></head><body>
<main><h1>Berita dan Siaran Pers</h1>{shown}</main><footer>Dinsos Contoh</footer></body></html>""")


@later.page(LATER_HTML)
def later_html(request: FarmRequest) -> FarmResponse:
    return html(f"""<html><head><title>{BLT_TITLE} - Dinsos Contoh</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-05T10:00:00+08:00"></head>
<body><main><article><h1>{BLT_TITLE}</h1>
<p>Pemerintah Provinsi Kalimantan Selatan menyalurkan Bantuan Langsung Tunai Dana Desa tahap IV kepada 86
keluarga penerima manfaat di Desa Sungai Rangas, Kecamatan Martapura Barat, Kabupaten Banjar. Penyaluran
dilakukan di balai desa dan disaksikan perangkat desa serta pendamping.</p>
<p>Kepala Dinas Sosial Hj. Siti Aminah mengatakan penyaluran tahap berikutnya dijadwalkan pada Januari 2027.</p>
<p><a href="{UPLOADS}siaran-pers-no-123-blt-dd.pdf">Unduh siaran pers (PDF)</a></p></article></main>
</body></html>""")


both = Site(HOSTS["both"])


@both.page("/")
def both_home(request: FarmRequest) -> FarmResponse:
    cards = [(LATER_HTML, BLT_TITLE, "5 Desember 2026"),
             (UPLOADS + "siaran-pers-no-123-blt-dd.pdf", "Siaran Pers No. 123/SP/XII/2026 BLT DD Tahap IV",
              "3 Desember 2026")]
    shown = "".join(f'<div class="post"><h2><a href="{escape(path)}">{escape(text)}</a></h2>'
                    f'<span class="date">{date}</span></div>' for path, text, date in cards)
    return html(f"""<html><head><title>Berita - Dinsos Contoh</title></head><body>
<main><h1>Berita dan Siaran Pers</h1>{shown}</main><footer>Dinsos Contoh</footer></body></html>""")


def _late(request: FarmRequest, kind: str, response: FarmResponse) -> FarmResponse:
    if request.farm.state.get("slow") == kind:
        response.delay = 1.5
    return response


@both.page(LATER_HTML)
def both_html(request: FarmRequest) -> FarmResponse:
    return _late(request, "html", later_html(request))


@both.prefix(UPLOADS)
def both_pdf(request: FarmRequest) -> FarmResponse:
    return _late(request, "pdf", _uploads(request))
