"""Shapes of real pages that kimwatch's own rules used to get wrong (issue 11): builders'
class names, sidebar login boxes, several ``<article>`` elements, CDATA-wrapped JSON-LD,
section headings with a "headline" class, tables, repeated paragraphs."""

from __future__ import annotations

from pathlib import Path

from crawler import store
from crawler.harvest.article import extract_article
from tests.farm import Farm
from tests.farm.sites import website_shapes as shapes
from tests.website.conftest import crawl, make_store, rows

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


def test_crawl_follows_odd_article_urls_and_counts_every_page_not_stored(site_farm: Farm, tmp_path: Path) -> None:
    home = site_farm.url("/", host=shapes.HOSTS["shapes_home"])
    db_path = make_store(tmp_path / "k.db", [{"url": home}])
    result = crawl(db_path)
    channel = result["channels"][0]
    assert channel["ok"] is True, channel
    stored = {r["title"] for r in rows(db_path)}
    # URLs that do not look like articles are followed when a headline links them
    assert stored == {title for _, title, _ in shapes.ODD_URL_POSTS} | {"Posyandu Balita Desa Sungai Rangas Dibuka Lagi"}
    db = store.connect(db_path)
    try:
        note = str(db.execute("SELECT last_error FROM channels").fetchone()[0])
    finally:
        db.conn.close()
    # every page fetched but not stored is counted with its reason, in the health note and
    # in the crawl summary
    assert "2 linked page(s) not stored: 1 not an article: login form, 1 soft 404 (e.g. " in note, note
    assert "listing link(s) not followed:" in note and "URL filter" in note, note
    assert note in channel["error"]


def test_kim_id_site_reads_the_sitemap_named_in_robots_txt(tmp_path: Path) -> None:
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from crawler.harvest.context import CrawlContext
    from crawler.settings import load_settings
    from spiders.base import ChannelRun
    from spiders.website import WebsiteSpider

    db = store.connect(tmp_path / "k.db")
    url = "https://sungairangas.kim.id/"
    channel = {"id": "kim-r/website/1", "owner_kind": "kim", "owner_id": "kim-r", "type": "website", "url": url}
    spider = WebsiteSpider(context=CrawlContext(db, 1, load_settings()), channels=[channel])
    run = spider.runs[channel["id"]] = ChannelRun(channel, first_crawl=True, max_pages=1)
    spider.first_request(run)
    page = HtmlResponse(url, body=b"<html><head><title>KIM</title></head><body><p>Selamat datang</p></body></html>",
                        request=Request(url, meta={"channel_id": channel["id"], "page": 1}))
    requests = [r for r in spider._parse_home(page, run) if isinstance(r, Request)]
    # no knocking at /feed/ or /sitemap.xml on KIM.id, but robots.txt's Sitemap: lines are read
    assert [r.url for r in requests] == ["https://sungairangas.kim.id/robots.txt"]


def test_article_inside_noscript_or_header_is_read() -> None:
    paragraphs = "".join(f"<p>Kalimat nomor {i} tentang kegiatan posyandu balita di desa yang dihadiri banyak warga "
                         "setempat.</p>" for i in range(5))
    for wrapper in ("noscript", "header"):
        html = (f"<html><head><title>Judul Berita Posyandu</title></head><body><nav><a href='/'>Beranda</a></nav>"
                f"<{wrapper}><article><h1>Judul Berita Posyandu</h1>{paragraphs}</article></{wrapper}></body></html>")
        article = extract_article(html, "https://kim.example/berita/judul-berita-posyandu")
        assert article is not None and article.is_article, wrapper
        assert "Kalimat nomor 0" in article.text and "Kalimat nomor 4" in article.text, wrapper
