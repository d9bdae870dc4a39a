"""Article extraction on real-world site shapes an outside tester met (session 7 harvest findings):
old table layouts, undated bylines, share and comment blocks, lying charsets, image links."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.harvest.article import extract_article
from crawler.harvest.page import decode_html

TABLE_LAYOUT = Path(__file__).resolve().parents[1] / "farm" / "sites" / "website_pages" / "table_layout_latin1.html"


def test_a_table_layout_page_gives_its_article_without_menu_title_or_byline() -> None:
    # ISO-8859-1, one table: the menu row, then the title, the byline and the article in one cell
    article = extract_article(TABLE_LAYOUT.read_bytes(), "http://kimsungaiulin.example/baca.php?id=7")
    assert article is not None and article.is_article
    assert article.title == "Vaksinasi Rabies Gratis, ± 900 Ekor Hewan Jadi Sasaran"
    assert article.text.startswith("Dinas Peternakan melaksanakan vaksinasi rabies gratis")
    assert article.text.endswith("kata Pak José.")
    for chrome in ("Beranda", "Kontak", "|", "Diposting", "09.00", "WITA", "Ekor Hewan Jadi Sasaran", "©"):
        assert chrome not in article.text, chrome
    # the byline's date is the post's date (09.00 WITA), not text of it
    assert article.published == "2026-11-26T01:00:00Z" and article.published_source == "byline"


def test_a_data_table_in_an_article_stays_a_table() -> None:
    rows = "".join(f"<tr><td>Posyandu Melati {n}</td><td>RT 0{n}</td><td>{n + 1} Desember 2026</td></tr>"
                   for n in range(1, 6))
    html = ("<html><head><title>Jadwal Posyandu Desember - KIM Contoh</title></head><body><article>"
            "<h1>Jadwal Posyandu Desember</h1><p>Berikut jadwal posyandu balita bulan Desember 2026 di kelurahan "
            "kami; warga diminta membawa buku KIA dan datang tepat waktu.</p>"
            f"<table><tr><th>Posyandu</th><th>RT</th><th>Tanggal</th></tr>{rows}</table>"
            "<p>Informasi lebih lanjut dapat ditanyakan kepada kader posyandu di masing-masing RT.</p>"
            "</article></body></html>")
    article = extract_article(html, "http://kimcontoh.example/jadwal-posyandu")
    assert article is not None
    assert "| Posyandu Melati 3 | RT 03 | 4 Desember 2026 |" in article.text


def test_a_kim_id_page_loses_its_share_line_and_comment_box() -> None:
    html = ('<html><head><title>Gerakan Pangan Murah di Sungai Jingah - KIM Sungai Jingah</title></head><body>'
            '<div class="post"><h1>Gerakan Pangan Murah di Sungai Jingah</h1><div class="post-meta">Diposting oleh '
            "admin · Selasa, 24 November 2026 10:00 WITA · 45x dibaca</div><div><div><div class='isi'>"
            "<p>Pemprov Kalsel menggelar Gerakan Pangan Murah serentak tanggal 25 sampai 27 November di halaman "
            "Kantor Kecamatan Banjarmasin Utara.</p><p>Jangan lupa bawa KTP; satu orang paling banyak dua paket.</p>"
            '</div></div></div><div class="share">Bagikan ke: <a href="https://wa.me/?text=x">WA</a> '
            '<a href="https://facebook.com/sharer">FB</a></div><div class="komentar"><h5>Komentar</h5>'
            "<p>Belum ada komentar.</p></div></div></body></html>")
    article = extract_article(html, "https://kimsungaijingah.kim.id/berita/gerakan-pangan-murah")
    assert article is not None and article.is_article
    assert article.text.endswith("satu orang paling banyak dua paket.")
    assert "Komentar" not in article.text and "komentar" not in article.text and "Bagikan" not in article.text


def test_a_latin_meta_charset_on_utf8_bytes_is_read_as_utf8() -> None:
    html = ('<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Gerakan Pangan Murah – beras 5 kg '
            "cuma Rp 58.000</title></head><body><main><article><h1>Gerakan Pangan Murah – beras 5 kg cuma Rp 58.000"
            '</h1><time datetime="2026-11-24T10:00:00+08:00">24 November 2026</time><div class="entry"><p>Pemprov '
            "Kalsel menggelar GPM serentak 25–27 November 2026 di Lapangan Murjani. “Bawa KTP, maksimal dua paket,” "
            "kata petugas. Café Cempaka ikut meramaikan.</p></div></article></main><footer>KIM Cempaka © 2026 – "
            "Banjarbaru</footer></body></html>").encode()
    article = extract_article(html, "https://kimcempaka.example/berita/gpm.html")
    assert article is not None and article.title == "Gerakan Pangan Murah – beras 5 kg cuma Rp 58.000"
    assert "25–27 November" in article.text and "“Bawa KTP" in article.text and "Café Cempaka" in article.text
    assert "â€" not in article.text and "Ã" not in article.text


@pytest.mark.parametrize(("label", "content_type"), [
    ('<meta charset="windows-1252">', None),   # declared, and right
    ("", "text/html"),                          # undeclared Windows-1252
    ('<meta charset="iso-8859-1">', "text/html; charset=windows-1252"),
])
def test_windows_1252_pages_stay_windows_1252(label: str, content_type: str | None) -> None:
    text = "Pemutihan pajak “bebas denda” – sampai 31 Desember, café Andrés ± 35.000 kendaraan"
    html = f"<html><head>{label}<title>x</title></head><body><p>{text}</p></body></html>".encode("cp1252")
    assert text in decode_html(html, content_type)
