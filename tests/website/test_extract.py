"""Article extraction, page classification and discovery helpers on structurally different
pages: Indonesian CMSs from the farm, an English Ghost blog, a French Drupal page, a Blogger
post written with ``<br>``, and pages that must cost only themselves (broken encodings,
huge and hostile markup, listings and error pages)."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from crawler.harvest import discover
from crawler.harvest.article import extract_article, extract_fragment
from crawler.harvest.listing import article_url_score, listing_links, next_page_url
from crawler.harvest.page import parse_html
from tests.farm.sites import website_sitemap

PAGES = Path(__file__).resolve().parents[1] / "farm" / "sites" / "website_pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_english_ghost_post() -> None:
    article = extract_article(page("english_blog.html"), "https://notes.riverside.example/2024/03/village-library-digital/")
    assert article is not None and article.is_article
    assert article.title == "How our village library went digital"
    assert article.published == "2024-03-14T14:30:00Z"
    assert article.canonical_url == "https://notes.riverside.example/2024/03/village-library-digital/"
    assert "scanned 2,300 index cards" in article.text and "weekly help desk" in article.text
    assert "pick it up on Tuesday or Saturday mornings; the catalogue also lists" in article.text
    for noise in ("Read also", "Winter reading club", "Share this post", "Bridge repairs", "Subscribe",
                  "Published with Ghost", "Become a member", "Margaret has volunteered"):
        assert noise not in article.text, noise
    assert article.links == ["https://catalogue.riverside.example/"]


def test_french_drupal_page() -> None:
    url = "https://saint-aubin.example/actualites/travaux-de-voirie-la-rue-des-ecoles-fermee"
    article = extract_article(page("french_cms.html"), url)
    assert article is not None and article.is_article
    assert article.title == "Travaux de voirie : la rue des Écoles fermée jusqu'au 30 avril"
    assert article.published == "2024-03-12T09:05:00Z"
    assert article.canonical_url == url
    assert "remplacement des canalisations" in article.text and "rue Pasteur la veille au soir" in article.text
    for noise in ("À lire aussi", "budget 2024", "Partager", "Stationnement gratuit", "Tous droits réservés",
                  "Démarches", "Aller au contenu"):
        assert noise not in article.text, noise


def test_blogger_post_with_line_breaks() -> None:
    url = "https://kimmurungraya.blogspot.com/2024/10/sosialisasi-bahaya-narkoba.html"
    article = extract_article(page("blogger_br.html"), url)
    assert article is not None and article.is_article
    assert article.title == "Sosialisasi Bahaya Narkoba di Balai Desa Pematang"
    assert article.published == "2024-10-05T00:00:00Z"
    for sentence in ("kepada 75 pemuda Desa Pematang", "cara melapor secara rahasia", "satgas antinarkoba"):
        assert sentence in article.text
    for noise in ("Baca Juga", "Perahu Naga", "Diposting oleh", "Label:", "BlogThis", "Arsip Blog",
                  "Pasar Murah Jelang", "Diberdayakan oleh Blogger", "Posting Komentar"):
        assert noise not in article.text, noise
    tree = parse_html(page("blogger_br.html"))
    assert tree is not None
    assert discover.feed_links(tree, url) == ["https://kimmurungraya.blogspot.com/feeds/posts/default",
                                              "https://kimmurungraya.blogspot.com/feeds/posts/default?alt=rss"]


def test_heavy_news_page_from_the_farm() -> None:
    post = website_sitemap.NEW[1]
    article = extract_article(website_sitemap.render(post), "https://wartabanua.example" + website_sitemap._path(post))
    assert article is not None and article.is_article
    assert article.title == post.title and article.published == "2024-11-05T05:45:00Z"
    assert all(p in article.text for p in post.paragraphs[1:])
    assert article.links == ["https://dinkes.hss.example/pengumuman/waspada-dbd-musim-hujan"]
    for noise in (website_sitemap.TICKER, *website_sitemap.TRENDING, *website_sitemap.TERKAIT, "Editor:", "Komentar"):
        assert noise not in article.text


def test_listing_and_error_pages_are_not_articles() -> None:
    listing = b"""<html><head><title>Berita - KIM Angsau</title><meta property="og:type" content="website"></head><body>
    <nav><a href="/berita">Berita</a><a href="/kategori/desa">Desa</a></nav><main>""" + b"".join(
        f'<div class="card"><h3><a href="/berita/{n}/judul-berita-nomor-{n}-tentang-desa">Judul berita nomor {n} tentang desa kami</a></h3>'
        f'<p>Ringkasan singkat berita nomor {n} yang ditulis oleh pengurus.</p></div>'.encode() for n in range(10)) + \
        b"""</main><a href="/berita?page=2">Selanjutnya &raquo;</a></body></html>"""
    article = extract_article(listing, "https://angsau.kim.id/berita")
    assert article is not None and not article.is_article
    links = listing_links(listing, "https://angsau.kim.id/berita")
    assert [link.url for link in links] == [f"https://angsau.kim.id/berita/{n}/judul-berita-nomor-{n}-tentang-desa" for n in range(10)]
    assert next_page_url(listing, "https://angsau.kim.id/berita") == "https://angsau.kim.id/berita?page=2"
    error = b"<html><head><title>404 Not Found</title></head><body><h1>Halaman tidak ditemukan</h1><a href='/'>Kembali</a></body></html>"
    found = extract_article(error, "https://angsau.kim.id/berita/x")
    assert found is None or not found.is_article


@pytest.mark.parametrize("body", [
    b"",
    b"\x00\x01\x02\xff\xfe binary junk",
    "<html><head><meta charset='utf-8'><title>Caf\xe9 Desa</title></head><body><p>Warga berkumpul di caf\xe9 desa untuk membahas rencana gotong royong minggu depan bersama lurah.</p></body></html>".encode("latin-1"),
    b"<html><body>" + b"<div>" * 20000 + b"deep" + b"</div>" * 20000 + b"</body></html>",
    b"<html><body><p>" + b"<b>x</b>" * 200000 + b"</p></body></html>",
    b"<?xml version='1.0' encoding='utf-8'?><html><body><p>xml declaration before html</p></body></html>",
])
def test_bad_pages_cost_only_themselves(body: bytes) -> None:
    started = time.monotonic()
    article = extract_article(body, "https://desa.example/berita/satu")
    assert time.monotonic() - started < 10
    if article is not None:
        assert isinstance(article.text, str)


def test_broken_encoding_keeps_the_text() -> None:
    body = ("<html><head><meta charset='utf-8'><title>Rapat Warga di Caf\xe9 Desa Sungai Rangas</title></head><body><article>"
            "<h1>Rapat Warga di Caf\xe9 Desa Sungai Rangas</h1><p>Warga berkumpul di caf\xe9 desa untuk membahas rencana gotong "
            "royong minggu depan bersama lurah dan ketua RT setempat.</p></article></body></html>").encode("cp1252")
    article = extract_article(body, "https://desa.example/berita/rapat-warga-di-cafe")
    assert article is not None
    assert "membahas rencana gotong royong" in article.text
    assert article.title is not None and article.title.startswith("Rapat Warga di Caf")


def test_huge_page_is_cut_not_fatal() -> None:
    head = b"<html><head><title>Pengumuman Lelang Aset Daerah</title></head><body><article><h1>Pengumuman Lelang Aset Daerah</h1>"
    text = b"<p>Pemerintah kabupaten melelang dua belas kendaraan dinas bekas melalui KPKNL Banjarmasin pada akhir bulan ini.</p>"
    body = head + text + b"<div class='junk'>" + b"<span>iklan</span>" * 600_000 + b"</div></article></body></html>"
    started = time.monotonic()
    article = extract_article(body, "https://desa.example/pengumuman/lelang")
    assert time.monotonic() - started < 20
    assert article is not None and "dua belas kendaraan dinas" in article.text


def test_fragment_drops_baca_juga_and_share_bars() -> None:
    text, links = extract_fragment(
        '<p>Isi berita pertama dengan <a href="https://diskominfo.example/a">tautan</a>.</p>'
        '<p><strong>Baca Juga:</strong> <a href="/lain">Berita lain</a></p><p>Baca juga: Judul Lain Sekali</p>'
        '<div class="sharedaddy"><h3>Bagikan ini:</h3><a href="https://facebook.com/x">Facebook</a></div>'
        '<p>Paragraf kedua yang penting.</p>', "https://desa.example/2024/10/x/")
    assert text == "Isi berita pertama dengan tautan.\n\nParagraf kedua yang penting."
    assert links == ["https://diskominfo.example/a"]


def test_article_url_shapes() -> None:
    base = "https://desa.example/"
    assert article_url_score("https://desa.example/berita/12/rapat-koordinasi-kim-digelar", base) >= 0.5
    assert article_url_score("https://desa.example/2024/10/29/rapat-koordinasi/", base) >= 0.5
    assert article_url_score("https://desa.example/?p=123", base) > 0
    assert article_url_score("https://desa.example/index.php?hal=baca&id=78", base) > 0.5
    assert article_url_score("https://desa.example/detail.php?id=5", base) > 0.5
    assert article_url_score("https://desa.example/index.php?hal=2", base) == 0
    for url in ("https://desa.example/kategori/berita", "https://desa.example/tag/kim", "https://desa.example/berita",
                "https://desa.example/page/2", "https://desa.example/wp-content/uploads/a.jpg",
                "https://lain.example/berita/12/rapat-koordinasi-kim-digelar", "https://desa.example/berita?page=3",
                "mailto:admin@desa.example"):
        assert article_url_score(url, base) == 0, url


def test_next_page_variants() -> None:
    url = "https://desa.example/berita"
    assert next_page_url(b'<html><head><link rel="next" href="/berita/page/2/"></head></html>', url) == \
        "https://desa.example/berita/page/2/"
    assert next_page_url(b'<a href="/berita?hal=2">Berikutnya</a>', url) == "https://desa.example/berita?hal=2"
    assert next_page_url(b'<ul class="pagination"><li><a href="/berita?page=1">1</a></li><li><a href="/berita?page=2">2</a></li></ul>',
                         url) == "https://desa.example/berita?page=2"
    assert next_page_url(b'<a href="/berita/judul-lain-yang-panjang">Berikutnya</a>', url) is None  # a post, not a page
    assert next_page_url(b'<a href="https://lain.example/berita?page=2">Next</a>', url) is None


def test_wordpress_rest_helpers() -> None:
    tree = parse_html(b'<html><head><link rel="https://api.w.org/" href="https://desa.example/?rest_route=/"></head></html>')
    root = discover.wp_api_root(tree, "https://desa.example/")
    assert root == "https://desa.example/?rest_route=/"
    assert discover.wp_posts_url(root, page=2, per_page=10, after="2024-10-01T00:00:00Z") == (
        "https://desa.example/?rest_route=/wp/v2/posts&per_page=10&page=2&orderby=date&order=desc"
        "&modified_after=2024-10-01T00:00:00%2B00:00")
    assert discover.wp_api_root(None, "https://x.example/", '<https://x.example/wp-json/>; rel="https://api.w.org/"') == \
        "https://x.example/wp-json/"
    posts = discover.parse_wp_posts(b'[{"id": 5, "link": "https://x.example/a/", "date_gmt": "2024-10-01T02:00:00",'
                                    b' "title": {"rendered": "Rapat &#8211; KIM"}, "content": {"rendered": "<p>Isi</p>"}}]',
                                    "https://x.example/")
    assert (posts[0].title, posts[0].published, posts[0].html) == ("Rapat – KIM", "2024-10-01T02:00:00Z", "<p>Isi</p>")
    with pytest.raises(ValueError):
        discover.parse_wp_posts(b'{"code": "rest_forbidden"}', "https://x.example/")


def test_sitemap_helpers() -> None:
    index = discover.parse_sitemap(gzip.compress(
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b'<sitemap><loc>https://x.example/post-sitemap.xml</loc><lastmod>2024-11-02</lastmod></sitemap>'
        b'<sitemap><loc>https://x.example/page-sitemap.xml</loc></sitemap>'
        b'<sitemap><loc>https://x.example/category-sitemap.xml</loc></sitemap>'
        b'<sitemap><loc>https://x.example/post-sitemap2.xml</loc><lastmod>2024-08-01</lastmod></sitemap></sitemapindex>'),
        "https://x.example/")
    assert index.is_index
    assert [e.url.rsplit("/", 1)[1] for e in discover.child_sitemaps(index)] == ["post-sitemap.xml", "post-sitemap2.xml"]
    assert [e.url.rsplit("/", 1)[1] for e in discover.child_sitemaps(index, since="2024-09-01T00:00:00Z")] == ["post-sitemap.xml"]
    hostile = discover.parse_sitemap(b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                                     b'<urlset><url><loc>https://x.example/a&e;</loc></url></urlset>', "https://x.example/")
    assert all("root:" not in e.url for e in hostile.entries)
    with pytest.raises(ValueError):
        discover.parse_sitemap(b"<html><body>not a sitemap</body></html>", "https://x.example/")
    assert discover.robots_sitemaps("User-agent: *\nDisallow: /a\nSitemap: /sitemap_index.xml\nsitemap: https://x.example/s2.xml\n",
                                    "https://x.example/robots.txt") == ["https://x.example/sitemap_index.xml",
                                                                        "https://x.example/s2.xml"]
    plain = discover.parse_sitemap(b'<urlset><url><loc>https://x.example/a</loc></url><url><loc>https://x.example/b</loc>'
                                   b'</url><url><loc>https://x.example/c</loc><lastmod>2024-01-01</lastmod></url></urlset>',
                                   "https://x.example/")
    assert [e.url[-1] for e in discover.newest_pages(plain.entries, limit=2)] == ["c", "b"]
    assert discover.looks_like_feed(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    assert not discover.looks_like_feed(b"<!DOCTYPE html><html><body>feed</body></html>")


def test_naive_meta_time_takes_the_zone_the_page_writes() -> None:
    body = b"""<html><head><title>Cuti Bersama</title><meta name="publishdate" content="2024/11/12 14:35:21">
    <meta property="og:type" content="article"></head><body><article><h1>Cuti Bersama Akhir Tahun</h1>
    <div class="detail__date">Selasa, 12 Nov 2024 14:35 WIB</div><p>Pemerintah menetapkan cuti bersama akhir tahun 2024
    jatuh pada tanggal 26 Desember bagi aparatur sipil negara di seluruh Indonesia.</p></article></body></html>"""
    article = extract_article(body, "https://news.portal.example/berita/d-7612/cuti-bersama")
    assert article is not None and article.published == "2024-11-12T07:35:21Z"  # WIB, not WITA
    local = body.replace(b"WIB", b"")
    article = extract_article(local, "https://news.portal.example/berita/d-7612/cuti-bersama")
    assert article is not None and article.published == "2024-11-12T06:35:21Z"  # naive = WITA


def test_page_wrapped_in_one_form_keeps_its_article() -> None:
    """ASP.NET WebForms pages put everything inside one <form>; a "has-sidebar" wrapper too."""
    body = b"""<html><head><title>Pengumuman Seleksi Perangkat Desa</title></head><body><form id="form1" method="post">
    <div class="wrapper has-sidebar"><div class="menu"><a href="/">Beranda</a> <a href="/profil">Profil</a></div>
    <h1>Pengumuman Seleksi Perangkat Desa</h1><p>Pemerintah desa membuka seleksi dua perangkat desa, yaitu kepala urusan
    keuangan dan kepala seksi pelayanan, bagi warga berusia 20 sampai 42 tahun.</p><p>Berkas lamaran diterima di kantor
    desa paling lambat tanggal 20 November 2024 pada jam kerja.</p></div></form></body></html>"""
    article = extract_article(body, "https://desa.example/pengumuman/seleksi-perangkat-desa")
    assert article is not None
    assert "kepala urusan keuangan" in article.text and "paling lambat tanggal 20 November 2024" in article.text
    assert "Beranda" not in article.text


@pytest.mark.parametrize(("byline", "expected"), [
    ("Kamis, 14 November 2024 - 10:15 WITA", "2024-11-14T02:15:00Z"),
    ("14/11/2024 10:15 WIB", "2024-11-14T03:15:00Z"),
    ("Diposting pada 2024-11-14 09:30", "2024-11-14T01:30:00Z"),
    ("Diterbitkan 14 Nop 2024", "2024-11-13T16:00:00Z"),
])
def test_written_bylines(byline: str, expected: str) -> None:
    body = f"""<html><head><title>Judul Berita Desa</title></head><body><article><h1>Judul Berita Desa</h1>
    <div class="post-meta">{byline}</div><p>Isi berita yang cukup panjang tentang kegiatan warga desa pada pekan ini
    bersama pemerintah kecamatan dan para tokoh masyarakat setempat.</p></article></body></html>"""
    article = extract_article(body.encode(), "https://desa.example/berita/judul-berita-desa")
    assert article is not None and article.published == expected


def test_page_elements_gathered_once_follow_removed_templates() -> None:
    """A page's headlines, title and links are gathered in one walk of its tree; removing its
    ``<template>``s (inert markup) forgets them, so a "page not found" heading inside one does
    not make a real article a soft 404 (nor do template links count as the article's)."""
    html = ("<html><head><title>Rapat RT 05 membahas kerja bakti - KIM Angsau</title>"
            "<meta property='og:type' content='article'></head><body>"
            "<template><h1>Halaman tidak ditemukan</h1><p><a href='https://template.example/x'>"
            "Rapat RT 05 membahas kerja bakti di balai desa</a></p></template>"
            "<article><p>Rapat RT 05 membahas kerja bakti di balai desa pada hari Minggu pagi. Warga sepakat "
            "membersihkan saluran air sepanjang jalan utama dan memperbaiki pos ronda yang rusak.</p>"
            "<p>Sumber: <a href='https://banjarkab.go.id/berita/rapat'>banjarkab.go.id</a></p></article>"
            "</body></html>")
    article = extract_article(html, "https://angsau.kim.id/berita/rapat-rt-05")
    assert article is not None and article.problem is None and article.is_article
    assert article.title == "Rapat RT 05 membahas kerja bakti"
    assert "https://template.example/x" not in article.links
    assert "https://banjarkab.go.id/berita/rapat" in article.links


def test_short_text_is_none_past_its_limit() -> None:
    """Text read only as far as a limit: None past it, even after a run of whitespace."""
    from crawler.harvest.page import _short_text

    tree = parse_html("<html><body><div id='d'>" + " " * 300 + "<b>" + "x" * 150 + "</b>" + "y" * 150
                      + "</div><p id='p'>  Kerja   bakti  </p></body></html>")
    assert tree is not None
    assert _short_text(tree.get_element_by_id("d"), 200) is None
    assert _short_text(tree.get_element_by_id("d"), 400) == "x" * 150 + "y" * 150
    assert _short_text(tree.get_element_by_id("p"), 200) == "Kerja bakti"


def test_a_baca_selengkapnya_line_on_a_kim_page_is_its_source_link() -> None:
    """A KIM website's article ending "Baca selengkapnya: <the release>" names what it relays:
    the link is the article's (the words were taken for a "Baca juga" line and dropped with it)."""
    html = ("<html><head><title>Vaksin PMK gratis - KIM Angsau</title>"
            "<meta property='og:type' content='article'></head><body><article>"
            "<p>Vaksinasi PMK gratis untuk sapi dan kambing di semua kecamatan sampai 22 Mei. Petugas "
            "datang ke kandang kelompok ternak sesuai jadwal dari dinas, warga cukup membawa kartu ternak.</p>"
            "<p>Baca selengkapnya: <a href='https://disbunnak.kalselprov.go.id/berita/vaksin-pmk'>"
            "disbunnak.kalselprov.go.id</a></p></article></body></html>")
    article = extract_article(html, "https://angsau.kim.id/berita/vaksin-pmk")
    assert article is not None and article.is_article
    assert "https://disbunnak.kalselprov.go.id/berita/vaksin-pmk" in article.links


def test_a_control_character_in_a_fragment_or_page_loses_nothing() -> None:
    """A BEL or ESC in a website's feed entry or page (lxml refuses to set such a text on a node:
    "All strings must be XML compatible") reads as nothing; the text around it is kept."""
    text, _links = extract_fragment("<p>Lomba jukung.</p><p>Diikuti 40 regu\x07 dari enam\x1b kecamatan.</p>",
                                   "http://kim.example/")
    assert text == "Lomba jukung.\n\nDiikuti 40 regu dari enam kecamatan."
    tree = parse_html(b"<html><body><article><h1>Lomba jukung</h1><p>Diikuti 40 regu\x07 dari enam kecamatan.</p>"
                      b"<p>Hadiah untuk juara pertama sampai ketiga diserahkan camat di dermaga desa.</p>"
                      b"</article></body></html>")
    assert tree is not None and "Diikuti 40 regu dari enam kecamatan." in tree.text_content()
