"""crawler.harvest.pdf on real PDF bytes (made by pypdf): limits, titles, datelines, running
lines; and the release PDF links of a listing page (crawler.harvest.listing.release_pdf_links)."""

from __future__ import annotations

import io

import pytest

from crawler.harvest.listing import release_pdf_links
from crawler.harvest.page import parse_html
from crawler.harvest.pdf import PdfUnreadable, is_pdf, read_release, strip_running_lines
from tests.farm.sites.website_pdf import BLT_PAGES, BLT_TITLE, make_pdf

BODY = ("Dinas Kesehatan Kabupaten Banjar menggelar pekan imunisasi nasional bagi balita di seluruh posyandu "
        "mulai Senin pekan depan, dengan target 12.000 anak usia nol sampai lima tahun di dua puluh kecamatan.")


def test_an_owner_password_alone_does_not_stop_the_reading() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(BLT_PAGES))))
    writer.encrypt(user_password="", owner_password="pemilik", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    assert PdfReader(io.BytesIO(out.getvalue())).is_encrypted
    release = read_release(out.getvalue())
    assert release.title == BLT_TITLE and "86 keluarga" in release.text


def test_the_metadata_title_serves_when_no_heading_line_but_not_a_word_processor_name() -> None:
    lines = [BODY[:90], BODY[90:]]  # the body starts at once: a long first line is no heading
    assert read_release(make_pdf([[" ".join(lines) * 2]], title="Pekan Imunisasi Nasional di Kabupaten Banjar")
                        ).title == "Pekan Imunisasi Nasional di Kabupaten Banjar"
    for junk in ("Microsoft Word - SP 12 imunisasi.docx", "Untitled", "rilis_final.pdf", "Document1"):
        assert read_release(make_pdf([[" ".join(lines) * 2]], title=junk)).title is None, junk


def test_a_signature_dateline_dates_the_release_and_a_sentence_does_not() -> None:
    signed = read_release(make_pdf([["Pekan Imunisasi Nasional Dimulai", BODY, "Martapura, 4 Desember 2026",
                                     "Kepala Dinas Kesehatan"]]))
    assert signed.published == "2026-12-03T16:00:00Z"
    unsigned = read_release(make_pdf([["Pekan Imunisasi Nasional Dimulai",
                                       "Banjar, yang dihadiri bupati pada 4 Desember 2026 - warga datang.", BODY]],
                                     created="D:20261201100000Z"))
    assert unsigned.published is None and unsigned.created == "2026-12-01T10:00:00Z"


@pytest.mark.parametrize(("pages", "kwargs", "status"), [
    ([[BODY]] * 4, {"max_pages": 3}, "pdf-too-long"),
    ([[BODY]] * 2, {"max_seconds": 0.0}, "pdf-too-slow"),
    ([None, None, None], {}, "pdf-no-text"),
])
def test_limits_and_scans_raise_with_their_status(pages: list, kwargs: dict, status: str) -> None:
    with pytest.raises(PdfUnreadable) as caught:
        read_release(make_pdf(pages), **kwargs)
    assert caught.value.status == status


def test_garbage_and_an_empty_file_are_broken_pdfs() -> None:
    for data in (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", b"", b"<html>not a pdf</html>"):
        with pytest.raises(PdfUnreadable) as caught:
            read_release(data)
        assert caught.value.status == "pdf-broken" and caught.value.message.startswith("PDF broken")


def test_running_headers_footers_and_page_numbers_go_lines_of_the_body_stay() -> None:
    pages = [["DISKOMINFO KALSEL | Rilis 12/2026", "Judul Rilis Pertama Kali", "isi satu", "Halaman 1 dari 3"],
             ["DISKOMINFO KALSEL | Rilis 12/2026", "isi dua", "2", "Halaman 2 dari 3"],
             ["DISKOMINFO KALSEL | Rilis 12/2026", "isi tiga", "- 3 -"]]
    assert strip_running_lines(pages) == [["Judul Rilis Pertama Kali", "isi satu"], ["isi dua"], ["isi tiga"]]
    # one page: its first line is no running header
    assert strip_running_lines([["DISKOMINFO KALSEL", "isi"]]) == [["DISKOMINFO KALSEL", "isi"]]


def test_a_pdf_is_known_by_its_bytes_whatever_its_content_type() -> None:
    assert is_pdf(make_pdf([[BODY]]), "application/octet-stream")
    assert is_pdf(b"", "application/pdf; charset=binary")
    assert not is_pdf(b"<html></html>", "text/html")


def test_a_listing_names_its_release_pdfs_not_its_other_files() -> None:
    page = b"""<html><body><nav><a href="/files/siaran-pers-menu.pdf">Siaran Pers</a></nav><main>
<div class="post"><h2><a href="/uploads/sp-123-2026.pdf">BLT DD Tahap IV</a></h2><span>3 Desember 2026</span></div>
<div class="post"><h2><a href="/uploads/a8f3.pdf">Unduh rilis (PDF)</a></h2></div>
<div class="post"><h2><a href="/uploads/b9.pdf" title="Siaran pers pasar murah">Unduh</a></h2></div>
<div class="post"><p>Siaran pers Gubernur soal banjir: <a href="/uploads/c1.pdf">unduh</a></p></div>
<div class="post"><h2><a href="/uploads/laporan-keuangan-2025.pdf">Laporan Keuangan 2025</a></h2></div>
<div class="post"><h2><a href="https://other.example/siaran-pers-lain.pdf">Siaran pers instansi lain</a></h2></div>
<div class="post"><h2><a href="/berita/2026/12/warga-gotong-royong-bersihkan-sungai">Warga gotong royong</a></h2></div>
</main></body></html>"""
    tree = parse_html(page)
    assert tree is not None
    found = release_pdf_links(tree, "https://diskominfo.example/berita", dates=True)
    assert [link.url.rsplit("/", 1)[-1] for link in found] == ["sp-123-2026.pdf", "a8f3.pdf", "b9.pdf", "c1.pdf"]
    assert found[0].published == "2026-12-02T16:00:00Z"
