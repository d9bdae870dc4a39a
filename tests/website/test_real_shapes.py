"""Shapes of real pages that kimwatch's own rules used to get wrong (issue 11): builders'
class names, sidebar login boxes, several ``<article>`` elements, CDATA-wrapped JSON-LD,
section headings with a "headline" class, tables, repeated paragraphs."""

from __future__ import annotations

from pathlib import Path

from crawler.harvest.article import extract_article

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_elementor_article_with_a_sidebar_login_box_is_kept_whole() -> None:
    # class names holding "widget", "sidebar", "Ads", "share" wrap the article itself, and the
    # sidebar has a login form: neither makes the page less of an article
    article = extract_article(read("elementor_login_sidebar.html"),
                              "https://sungairangas.kim.id/berita/posyandu-balita-dibuka-lagi/")
    assert article is not None and article.is_article, article and article.verdict
    assert article.verdict == "declared article (og:type article)"
    assert article.title == "Posyandu Balita Desa Sungai Rangas Dibuka Lagi"
    assert article.published == "2026-11-03T01:15:00Z"
    for sentence in ("kembali dibuka setiap Selasa pagi", "kader posyandu sudah dilatih ulang",
                     "membawa buku KIA", "grup WhatsApp warga desa"):
        assert sentence in article.text
    for noise in ("Masuk Admin", "Berita Terbaru", "Gotong royong", "Jl. Sungai Rangas", "Beranda"):
        assert noise not in article.text, noise


def test_sidebar_login_box_without_declared_type_is_still_an_article() -> None:
    html = read("elementor_login_sidebar.html").replace(b'<meta property="og:type" content="article">', b"")
    article = extract_article(html, "https://sungairangas.kim.id/berita/posyandu-balita-dibuka-lagi/")
    assert article is not None and article.is_article, article and article.verdict


def test_page_with_several_article_elements() -> None:
    article = extract_article(read("several_articles.html"),
                              "https://wartagambut.example/berita/jembatan-gantung-tambak-sirang")
    assert article is not None and article.is_article, article and article.verdict
    # the <title> and the JSON-LD headline, not the section heading classed "headline"
    assert article.title == "Jembatan Gantung Desa Tambak Sirang Selesai Dibangun"
    # JSON-LD in CDATA (Wikipedia does this) gives the instant; the zone-less meta is not used
    assert article.published == "2026-10-28T01:30:00Z"
    assert "menyeberang sungai dengan perahu kecil" in article.text
    assert "Pasar terapung" not in article.text
    # table cells stay apart
    assert "Panjang | 60 meter" in article.text
    # two adjacent links stay two links
    assert "https://diskominfo.example.go.id/berita/jembatan" in article.links
    assert "https://desa.example.id/jembatan" in article.links


def test_repeated_paragraphs_are_kept() -> None:
    chorus = "Ayo ke posyandu, timbang balita setiap bulan agar tumbuh sehat dan kuat."
    body = "".join(f"<p>Bait {n}: warga Desa Pematang menyanyikan lagu posyandu bersama kader kesehatan desa.</p>"
                   f"<p>{chorus}</p>" for n in range(1, 4))
    html = (f"<html><head><title>Lagu Posyandu Desa Pematang</title><meta property='og:type' content='article'>"
            f"</head><body><article><h1>Lagu Posyandu Desa Pematang</h1>{body}</article></body></html>")
    article = extract_article(html, "https://pematang.example/berita/lagu-posyandu")
    assert article is not None and article.is_article
    assert article.text.count(chorus) == 3
