"""Short KIM posts, HTML5 bylines and relative dates, on CMS markup as KIMs publish it
(``tests/farm/sites/website_cms.py``): one-to-three-sentence posts are kept and come out
without their byline, a Drupal ``footer.node__meta`` inside ``<article>`` gives the
publication time (not the event date the body announces), "2 jam yang lalu" is resolved
against the fetch time, and pages skipped as not articles are counted on the channel."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from crawler import store
from crawler.dates import from_iso, to_iso
from crawler.harvest.article import extract_article
from crawler.harvest.listing import listing_links
from crawler.harvest.pubdate import is_byline
from tests.farm import Farm, FarmRequest, FarmResponse
from tests.farm.sites import website_cms as cms
from tests.website.conftest import crawl, make_store, rows

WITA = timezone(timedelta(hours=8))
FETCHED = datetime(2024, 11, 28, 3, 0, tzinfo=UTC)  # 11:00 WITA


def url(farm: Farm, site: str, path: str = "/") -> str:
    return farm.url(path, host=cms.HOSTS[site])


def get(handler: Callable[[FarmRequest], FarmResponse], path: str) -> str:
    """A farm page rendered without a server."""
    body = handler(FarmRequest("GET", path, {}, path, {}, cms.HOSTS["cms_kimid"], None)).body  # type: ignore[arg-type]
    return body.decode("utf-8") if isinstance(body, bytes) else body


# --------------------------------------------------------------------------- extraction


@pytest.mark.parametrize("post", [p for p in cms.KIMID_POSTS if p.absolute], ids=lambda p: p.slug)
def test_short_kimid_post_is_kept_clean(post: cms.Short) -> None:
    page = get(cms.kimid_article, f"/berita/detail/{post.slug}")
    article = extract_article(page, f"https://sungaijingah.example/berita/detail/{post.slug}", now=FETCHED)
    assert article is not None and article.is_article, post.slug
    assert 55 <= len(post.text) <= 110
    assert article.title == post.title
    assert article.text == post.text  # no "… WITA | Admin KIM | 88x dilihat", no share bar
    assert article.published == to_iso(datetime.fromisoformat(post.when))


def test_short_post_with_relative_byline_is_dated_from_the_fetch_time() -> None:
    for post in cms.KIMID_POSTS[3:5]:
        page = get(cms.kimid_article, f"/berita/detail/{post.slug}")
        article = extract_article(page, f"https://sungaijingah.example/berita/detail/{post.slug}", now=FETCHED)
        assert article is not None and article.is_article
        assert article.text == post.text
        assert article.published == to_iso(cms.relative_moment(post.when, FETCHED)), post.when
    assert to_iso(cms.relative_moment("Kemarin 14:05", FETCHED)) == "2024-11-27T06:05:00Z"


def test_archive_page_behind_an_article_link_is_not_an_article() -> None:
    page = get(cms.kimid_article, f"/berita/detail/{cms.ARCHIVE_SLUG}")
    article = extract_article(page, f"https://sungaijingah.example/berita/detail/{cms.ARCHIVE_SLUG}",
                              now=FETCHED, listed=True, listed_date=True)
    assert article is not None and not article.is_article


@pytest.mark.parametrize(("path", "body"), [
    ("/kontak", "<h1>Kontak</h1><p>Kantor KIM Sungai Jingah, buka Senin sampai Jumat 08.00-16.00 WITA.</p>"),
    ("/kategori/berita", "<h1>Kategori: Berita</h1><p class='date'>Senin, 4 November 2024</p><p>Semua berita warga.</p>"),
    ("/masuk-ke-akun-admin-kim", "<h1>Masuk</h1><p class='date'>Senin, 4 November 2024</p><form><input name='u'>"
                                 "<input type='password' name='p'></form><p>Masuk untuk mengelola berita KIM.</p>"),
])
def test_short_non_articles_stay_rejected(path: str, body: str) -> None:
    html = f"<html><head><title>KIM</title></head><body>{body}</body></html>"
    article = extract_article(html, "https://sungaijingah.example" + path, now=FETCHED, listed=True, listed_date=True)
    assert article is not None and not article.is_article, path


def test_drupal_node_byline_beats_the_event_date_in_the_body() -> None:
    node = cms.DRUPAL_NODES[0]
    article = extract_article(cms.drupal_node(node), "https://kimkandangan.example" + node.alias, now=FETCHED)
    assert article is not None and article.is_article
    assert article.title == "Festival Budaya Loksado 2024"
    assert article.published == "2024-11-20T02:30:00Z"  # "Rab, 20/11/2024 - 10:30", not 25-28 December
    assert article.published_source == "byline"
    assert article.text == "\n\n".join(node.paragraphs)
    for noise in ("Dikirim oleh", "Tambah komentar", "Konten Terbaru", "Diskominfo Hulu"):
        assert noise not in article.text


def test_short_drupal_node() -> None:
    node = cms.DRUPAL_NODES[1]
    article = extract_article(cms.drupal_node(node), "https://kimkandangan.example" + node.alias, now=FETCHED)
    assert article is not None and article.is_article
    assert (article.title, article.published, article.text) == (
        "Jalan Desa Amawang Diperbaiki", "2024-11-22T00:05:00Z", node.paragraphs[0])


def test_drupal_olivero_header_byline() -> None:
    page = cms.olivero_node("Posyandu Remaja Desa Hamalau", datetime(2024, 11, 12, tzinfo=WITA),
                            ["Posyandu remaja digelar di balai desa setiap Kamis sore."])
    article = extract_article(page, "https://hamalau.desa.example/berita/posyandu-remaja-desa-hamalau", now=FETCHED)
    assert article is not None and article.is_article
    assert (article.title, article.published, article.text) == (
        "Posyandu Remaja Desa Hamalau", "2024-11-11T16:00:00Z", "Posyandu remaja digelar di balai desa setiap Kamis sore.")


@pytest.mark.parametrize("paragraphs", [
    ["Lomba azan untuk anak-anak digelar di Masjid Al-Ikhlas, Minggu pagi."],
    ["Lomba azan untuk anak-anak usia 7 sampai 12 tahun digelar di Masjid Al-Ikhlas, Minggu pagi, diikuti 24 peserta.",
     "Juara pertama diraih Muhammad Rizki dari TPA Nurul Huda, yang berhak mewakili kelurahan di tingkat kecamatan "
     "bulan depan. Panitia berterima kasih kepada para orang tua yang mengantar anak-anaknya sejak pagi."],
], ids=["short", "long"])
def test_wordpress_twenty_twenty_four_post(paragraphs: list[str]) -> None:
    page = cms.wp_tt4_post("Lomba Azan Tingkat Kelurahan", datetime(2024, 11, 14, 21, 0, tzinfo=WITA), paragraphs)
    article = extract_article(page, "https://kimbanuaanyar.example/2024/11/14/lomba-azan-tingkat-kelurahan/", now=FETCHED)
    assert article is not None and article.is_article
    assert article.title == "Lomba Azan Tingkat Kelurahan"
    assert article.published == "2024-11-14T13:00:00Z"
    assert article.text == "\n\n".join(paragraphs)  # no "November 14, 2024 — oleh admin di Berita"


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_pages_in_other_languages(lang: str) -> None:
    title, _, paragraphs, published = cms.FOREIGN[lang]
    article = extract_article(cms.foreign_article(lang), f"https://pasarlama.example/{lang}/news/library-opens-saturday.html",
                              now=FETCHED)
    assert article is not None and article.is_article
    assert (article.title, article.published, article.language) == (title, published, lang)
    assert article.text == "\n\n".join(paragraphs)


def test_body_text_date_is_the_last_resort_and_never_after_the_fetch() -> None:
    body = ("<html><body><h1>Festival Perahu Hias</h1><p>Festival perahu hias digelar pada 25 sampai 28 Desember 2024 "
            "di Sungai Martapura, diikuti perahu dari semua kelurahan di Banjarmasin Tengah.</p></body></html>")
    article = extract_article(body, "https://kim.example/berita/festival-perahu-hias", now=FETCHED)
    assert article is not None and article.published is None
    dated = extract_article(body, "https://kim.example/2024/11/03/festival-perahu-hias/", now=FETCHED)
    assert dated is not None and (dated.published, dated.published_source) == ("2024-11-02T16:00:00Z", "url")


@pytest.mark.parametrize(("line", "byline"), [
    ("Minggu, 8 November 2026 15:30 WITA | Admin KIM | 88x dilihat", True),
    ("By Staff | November 14, 2026 09:00 PM", True),
    ("Dikirim oleh admin pada Rab, 25/11/2026 - 10:30", True),
    ("2 jam yang lalu", True),
    ("Oleh: Tim Redaksi · Kemarin 14:05 · 3 Komentar", True),
    ("Rapat digelar 5 November 2024 di balai desa.", False),
    ("Pendaftaran dilayani di kantor kelurahan paling lambat 5 November 2024.", False),
    ("Oleh karena itu warga diminta membawa KTP asli.", False),
    ("Hari Ini Posyandu Dibuka", False),
])
def test_byline_lines(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


def test_relative_dates_on_listing_cards() -> None:
    page = get(cms.kimid_listing, "/berita")
    found = {link.url.rsplit("/", 1)[-1]: link.published
             for link in listing_links(page, "https://sungaijingah.example/berita", dates=True, now=FETCHED)}
    assert found["pendaftaran-paud-gratis-dibuka"] == to_iso(cms.relative_moment("3 hari lalu", FETCHED))
    assert found["kerja-bakti-saluran-air-rt-03"] == "2024-11-02T23:15:00Z"


# --------------------------------------------------------------------------- crawl


def test_crawl_keeps_short_posts_and_says_what_it_skipped(site_farm: Farm, tmp_path: Path) -> None:
    db_path = make_store(tmp_path / "k.db", [{"url": url(site_farm, "cms_kimid")}])
    before = datetime.now(UTC)
    result = crawl(db_path)
    after = datetime.now(UTC)
    stored = {r["url"].rsplit("/", 1)[-1]: r for r in rows(db_path)}
    assert set(stored) == {p.slug for p in cms.KIMID_POSTS}
    for post in cms.KIMID_POSTS:
        row = stored[post.slug]
        assert (row["title"], row["text"]) == (post.title, post.text)
        if post.absolute:
            assert row["published_at"] == to_iso(datetime.fromisoformat(post.when))
        else:  # resolved against the fetch time (the page's, or only the listing card's)
            moment = from_iso(row["published_at"])
            low, high = cms.relative_moment(post.when, before), cms.relative_moment(post.when, after)
            assert low - timedelta(minutes=1) <= moment <= high + timedelta(minutes=1), post.when
    archive = url(site_farm, "cms_kimid", "/berita/detail/" + cms.ARCHIVE_SLUG)
    # counted with its reason: which signal said it is no article, and an example
    note = f"1 linked page(s) not stored: 1 not an article: og:type website (e.g. {archive} ("
    assert result["channels"][0]["ok"] is True and note in result["channels"][0]["error"]
    db = store.connect(db_path)
    try:
        assert db.execute("SELECT last_error FROM channels").fetchone()[0].startswith(note)
    finally:
        db.conn.close()


def test_crawl_of_drupal_site_takes_the_node_byline(site_farm: Farm, tmp_path: Path) -> None:
    db_path = make_store(tmp_path / "k.db", [{"url": url(site_farm, "cms_drupal")}])
    crawl(db_path)
    stored = {r["title"]: r for r in rows(db_path)}
    assert {t: r["published_at"] for t, r in stored.items()} == {
        "Festival Budaya Loksado 2024": "2024-11-20T02:30:00Z", "Jalan Desa Amawang Diperbaiki": "2024-11-22T00:05:00Z"}
    assert stored["Jalan Desa Amawang Diperbaiki"]["text"] == cms.DRUPAL_NODES[1].paragraphs[0]


def test_pages_skipped_under_the_old_rules_are_looked_at_again(site_farm: Farm, tmp_path: Path) -> None:
    from crawler.urls import canonical_url

    db_path = make_store(tmp_path / "k.db", [{"url": url(site_farm, "cms_kimid")}])
    short = url(site_farm, "cms_kimid", "/berita/detail/" + cms.KIMID_POSTS[0].slug)
    db = store.connect(db_path)
    try:
        with store.transaction(db):
            state = {"method": "listing", "listing_urls": [url(site_farm, "cms_kimid", "/berita")],
                     "not_articles": [canonical_url(short)]}  # remembered by an older kimwatch
            db.execute("UPDATE channels SET state = ?", [json.dumps(state)])
    finally:
        db.conn.close()
    crawl(db_path)
    assert cms.KIMID_POSTS[0].title in {r["title"] for r in rows(db_path)}


@pytest.mark.parametrize("address", ["https://x.example/12", "https://x.example/baca/kerja-bakti-rt-03"])
def test_one_reading_judges_a_page_both_as_listed_and_as_reached_by_itself(address: str) -> None:
    """A page read as a listing is judged both ways (as a listing's item, as a page by itself)
    from one extraction: the second verdict is the one a reading with ``listed=False`` gives."""
    html = ("<html><head><title>Kerja bakti RT 03</title></head><body><h1>Kerja bakti RT 03</h1>"
            "<p class='date'>Senin, 25 November 2024 08:15 WITA</p><p>Warga RT 03 membersihkan saluran air "
            "pada Minggu pagi, dipimpin ketua RT dan dibantu pemuda.</p></body></html>")
    both = extract_article(html, address, now=FETCHED, listed=True, judge_unlisted=True)
    listed = extract_article(html, address, now=FETCHED, listed=True)
    alone = extract_article(html, address, now=FETCHED)
    assert both is not None and listed is not None and alone is not None
    assert (both.is_article, both.verdict) == (listed.is_article, listed.verdict) == (True, "built like an article")
    assert both.unlisted_verdict == (alone.is_article, alone.verdict)
    # a bare number is no article's address: only a listing's link makes the short post one
    assert both.unlisted_verdict[0] is address.endswith("rt-03")
