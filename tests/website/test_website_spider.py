"""The website spider against the farm's websites: what it finds, what it stores, what it
remembers, and that re-crawls fetch only what is new (the farm's request log)."""

from __future__ import annotations

import json
from pathlib import Path

from crawler import store
from crawler.dates import to_iso
from crawler.urls import canonical_url
from tests.farm import Farm
from tests.farm.sites import (
    website_kimid,
    website_laravel,
    website_sitemap,
    website_wp_feed,
    website_wp_rest,
)
from tests.farm.sites.website_common import HOSTS, Post
from tests.website.conftest import channel_state, crawl, make_store, rows, site_url


def iso(value: str) -> str:
    from datetime import datetime

    return to_iso(datetime.fromisoformat(value))


def assert_article(row: dict, post: Post, noise: list[str], published: str | None = None) -> None:
    """Title, date and body are the post's; none of the page's chrome got into the text."""
    assert row["title"] == post.title
    assert row["published_at"] == (published or iso(post.published)), post.slug
    for paragraph in post.paragraphs:
        assert paragraph[:60] in row["text"], (post.slug, paragraph)
    for text in noise:
        assert text not in row["text"], (post.slug, text)


def paths(farm: Farm, site: str) -> list[str]:
    return [p for p in farm.paths(host=HOSTS[site]) if p != "/robots.txt"]


def test_wordpress_rest_without_feed_link(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "wp_rest"), "owner_kind": "source",
                                         "owner_id": "diskominfo-tapin"}])
    result = crawl(db)
    assert result["status"] == "ok"
    found = rows(db, "announcements")
    assert sorted(r["title"] for r in found) == sorted(p.title for p in website_wp_rest.POSTS)
    by_title = {r["title"]: r for r in found}
    noise = ["Baca Juga", "Bagikan ini", "Facebook", "WhatsApp", website_wp_rest.FOOTER, *website_wp_rest.NAV]
    for post in website_wp_rest.POSTS:
        row = by_title[post.title]
        assert_article(row, post, noise)
        others = [p.title for p in website_wp_rest.POSTS if p is not post]
        assert not any(title in row["text"] for title in others), post.slug
    assert row["url"].endswith(f"/{post.slug}/")
    state = channel_state(db)
    assert state["method"] == "wp_rest" and state["api_root"].endswith("/wp-json/")
    assert state["last_published"] == iso(website_wp_rest.POSTS[-1].published)
    assert not any(p.startswith("/feed") for p in paths(site_farm, "wp_rest"))  # REST came first

    # a new post: the next crawl asks the API only for posts after the last one seen
    site_farm.reset_log()
    site_farm.state["wp_rest_extra"] = True
    again = crawl(db)
    assert again["new"] == 1 and again["updated"] == 0
    asked = paths(site_farm, "wp_rest")
    assert len(asked) == 1 and asked[0].startswith("/wp-json/wp/v2/posts?") and "after=2024-10-25T00:30:00%2B00:00" in asked[0]
    assert rows(db, "announcements")[-1]["title"] == website_wp_rest.EXTRA.title

    # an announcement corrected after it was read ("Ralat") is read again and updated in place
    site_farm.state["wp_rest_edit"] = True
    edited = crawl(db)
    assert edited["new"] == 0 and edited["updated"] == 1
    titles = [r["title"] for r in rows(db, "announcements")]
    assert website_wp_rest.POSTS[0].title + " (Ralat Jadwal)" in titles and len(titles) == len(website_wp_rest.POSTS) + 1


def test_wordpress_rest_pages_are_all_read_on_a_first_crawl(site_farm: Farm, tmp_path: Path) -> None:
    site_farm.state["wp_rest_filler"] = 45  # with the site's own posts: 3 API pages of 20
    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "wp_rest"), "owner_kind": "source",
                                         "owner_id": "diskominfo-tapin"}])
    crawl(db)
    asked = [p for p in paths(site_farm, "wp_rest") if p.startswith("/wp-json/wp/v2/posts?")]
    assert [p.split("&page=")[1].split("&")[0] for p in asked] == ["1", "2", "3"]
    assert len(rows(db, "announcements")) == len(website_wp_rest.POSTS) + 45


def test_wordpress_rest_forbidden_falls_back_to_feed(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "wp_feed")}])
    crawl(db)
    found = {r["title"]: r for r in rows(db)}
    assert set(found) == {p.title for p in website_wp_feed.POSTS}
    noise = ["Baca juga", "Tulisan Populer", "Bagikan ke Facebook", website_wp_feed.FOOTER, *website_wp_feed.SIDEBAR]
    for post in website_wp_feed.POSTS:
        assert_article(found[post.title], post, noise)
    # the entry with only an excerpt in the feed was completed from its article page
    excerpt = found["Pembagian Bibit Ikan Nila untuk Kolam Warga"]
    assert "[…]" not in excerpt["text"] and "50 kilogram pakan" in excerpt["text"]
    links = json.loads(found["Sosialisasi Cek Fakta Hoaks Pemilu untuk Pemilih Pemula"]["links"])
    assert links == ["https://diskominfo.kalsel.example/2024/10/ayo-cek-fakta-sebelum-berbagi"]
    asked = paths(site_farm, "wp_feed")
    assert asked[:3] == ["/", "/wp-json/wp/v2/posts?per_page=20&page=1&orderby=date&order=desc", "/feed/"]
    state = channel_state(db)
    assert state["method"] == "feed" and state["feed_url"].endswith("/feed/")

    # re-crawl: straight to the feed; only the new post; the completed excerpt is not overwritten
    site_farm.reset_log()
    site_farm.state["wp_feed_extra"] = True
    again = crawl(db)
    assert (again["new"], again["updated"]) == (1, 0)
    assert paths(site_farm, "wp_feed") == ["/feed/"]


def test_kimid_site_sections_pagination_and_indonesian_dates(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "kimid")}])
    crawl(db)
    found = {r["title"]: r for r in rows(db)}
    expected = website_kimid.BERITA + website_kimid.PENGUMUMAN
    assert set(found) == {p.title for p in expected}
    noise = ["Baca Juga", "Berita Lainnya", "Bagikan", "Dibaca 57 kali", "Beranda", website_kimid.FOOTER,
             "Kelompok Informasi Masyarakat Masuk"]
    for post in expected:
        row = found[post.title]
        # the page shows the time only when it is not on the hour ("Selasa, 1 Oktober 2024")
        shown = post.published if post.published[14:16] != "00" else post.published[:10] + "T00:00:00+08:00"
        assert_article(row, post, noise, iso(shown))
        others = [p.title for p in expected if p is not post]
        assert not any(title in row["text"] for title in others), post.slug
    # "Selasa, 29 Oktober 2024 | 10:15 WITA" → 02:15 UTC; a date without time is midnight WITA
    assert found["Penyaluran Bantuan Pangan Beras Tahap Ketiga"]["published_at"] == "2024-10-29T02:15:00Z"
    assert found["Musyawarah Rencana Pembangunan Kelurahan 2025"]["published_at"] == "2024-09-30T16:00:00Z"
    assert "/berita?page=2" in paths(site_farm, "kimid")
    state = channel_state(db)
    assert state["method"] == "listing"
    assert sorted(u.rsplit("/", 1)[-1] for u in state["listing_urls"]) == ["berita", "pengumuman"]

    site_farm.reset_log()
    site_farm.state["kimid_extra"] = True
    again = crawl(db)
    assert (again["new"], again["updated"]) == (1, 0)
    assert sorted(paths(site_farm, "kimid")) == ["/berita", f"/berita/{website_kimid.EXTRA.slug}", "/pengumuman"]


def test_sitemap_index_only_site_with_heavy_pages(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "sitemap")}])
    crawl(db)
    found = {r["title"]: r for r in rows(db)}
    expected = website_sitemap.OLD + website_sitemap.NEW
    assert set(found) == {p.title for p in expected}  # not /redaksi, not the category page
    noise = ["Baca Juga", "Berita Terkait", "Terpopuler", "Komentar", "Editor:", "Tag:", "Share", "Cari berita",
             website_sitemap.TICKER, website_sitemap.FOOTER, *website_sitemap.TRENDING, *website_sitemap.TERKAIT,
             "Gaya Hidup", "Indeks Berita", "Kuliner", "Pasang iklan"]
    for post in expected:
        assert_article(found[post.title], post, noise)
    assert json.loads(found["Dinas Kesehatan Catat Kasus DBD Menurun"]["links"]) == [
        "https://dinkes.hss.example/pengumuman/waspada-dbd-musim-hujan"]
    asked = paths(site_farm, "sitemap")
    assert "/page-sitemap.xml" not in asked and "/category-sitemap.xml" not in asked and "/redaksi" not in asked
    assert channel_state(db)["method"] == "sitemap"

    site_farm.reset_log()
    site_farm.state["sitemap_extra"] = True
    again = crawl(db)
    assert (again["new"], again["updated"]) == (1, 0)
    assert paths(site_farm, "sitemap") == ["/sitemap_index.xml", "/post-sitemap.xml",
                                           website_sitemap._path(website_sitemap.EXTRA)]


def test_laravel_listing_only_site(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "laravel")}])
    crawl(db)
    found = {r["title"]: r for r in rows(db)}
    assert set(found) == {p.title for p in website_laravel.NEWS}
    noise = ["BACA JUGA", "Berita Terkait", "Pengumuman Hasil Seleksi", "Struktur Organisasi", "Kontak Kami",
             "Jl. Menteri Empat", "oleh Admin", "DISKOMINFO BANJAR"]
    for post in website_laravel.NEWS:
        # (article 104 is Windows-1252 bytes labelled UTF-8: its dash must come out right too)
        assert_article(found[post.title], post, noise)
    assert "/?page=2" in paths(site_farm, "laravel")

    site_farm.reset_log()
    site_farm.state["laravel_extra"] = True
    again = crawl(db)
    assert (again["new"], again["updated"]) == (1, 0)
    # the home page, then only the new article: known ones and the 404 sidebar links are skipped
    assert paths(site_farm, "laravel") == ["/", f"/berita/{website_laravel.EXTRA.id}/{website_laravel.EXTRA.slug}"]


def test_section_hint_skips_discovery_and_stale_door_is_rediscovered(site_farm: Farm, tmp_path: Path) -> None:
    db_path = make_store(tmp_path / "k.db", [
        {"url": site_url(site_farm, "kimid"), "options": {"section": "/pengumuman", "max_pages": 1}}])
    crawl(db_path)
    assert {r["title"] for r in rows(db_path)} == {p.title for p in website_kimid.PENGUMUMAN}
    assert paths(site_farm, "kimid")[0] == "/pengumuman"
    assert "/feed/" not in paths(site_farm, "kimid")

    # a remembered feed that now answers 404 is forgotten: the site is discovered again
    db = store.connect(db_path)
    db.execute("UPDATE channels SET options = NULL, state = ?",
               [json.dumps({"method": "feed", "feed_url": site_url(site_farm, "kimid", "/gone.xml")})])
    db.conn.close()
    site_farm.reset_log()
    result = crawl(db_path)
    assert result["channels"][0]["ok"] is True
    assert paths(site_farm, "kimid")[:2] == ["/gone.xml", "/"]
    assert channel_state(db_path)["method"] == "listing"


def test_guid_is_the_canonical_article_url(site_farm: Farm, tmp_path: Path) -> None:
    """Posts found through different doors of one site get the same ids."""
    from crawler.items import stored_id

    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "laravel")}])
    crawl(db)
    row = next(r for r in rows(db) if r["title"] == website_laravel.NEWS[0].title)
    url = site_url(site_farm, "laravel", f"/berita/{website_laravel.NEWS[0].id}/{website_laravel.NEWS[0].slug}")
    assert row["id"] == stored_id("kim", row["channel_id"], canonical_url(url) or "")


def test_advertised_feed_is_found_first(site_farm: Farm, tmp_path: Path) -> None:
    from tests.farm.sites import website_blogger

    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "blogger")}])
    crawl(db)
    found = {r["title"]: r for r in rows(db)}
    assert set(found) == {p.title for p in website_blogger.POSTS}
    for post in website_blogger.POSTS:
        assert_article(found[post.title], post, ["Baca juga"])
    assert json.loads(found["Pelatihan Kader Posyandu Desa Pematang"]["links"]) == [
        "https://dinkes.tapin.example/pengumuman/pelatihan-kader-2024"]
    # no probing: the page named its feed (the site feed, not the comments feed)
    assert paths(site_farm, "blogger") == ["/", "/feeds/posts/default"]
    assert channel_state(db)["feed_url"].endswith("/feeds/posts/default")


def test_misbehaving_article_pages_cost_only_themselves(site_farm: Farm, tmp_path: Path) -> None:
    from tests.farm.sites import website_hostile

    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "hostile")}])
    result = crawl(db, DOWNLOAD_TIMEOUT=1, DOWNLOAD_MAXSIZE=1_000_000, DOWNLOAD_WARNSIZE=0)
    channel = result["channels"][0]
    assert channel["ok"] is True and channel["status"] == "200"
    assert {r["title"] for r in rows(db)} == {p.title for p in website_hostile.GOOD}
    state = channel_state(db)
    # the listing page is remembered as "not an article"; failures that may heal are retried
    assert any(u.endswith("/berita/8/daftar-semua-berita-bulan-oktober-ini") for u in state["not_articles"])
    site_farm.reset_log()
    crawl(db, DOWNLOAD_TIMEOUT=1, DOWNLOAD_MAXSIZE=1_000_000, DOWNLOAD_WARNSIZE=0)
    asked = paths(site_farm, "hostile")
    assert "/berita/8/daftar-semua-berita-bulan-oktober-ini" not in asked
    assert not any(p.startswith(("/berita/1/", "/berita/7/")) for p in asked)
    assert "/berita/3/halaman-yang-rusak-di-server-kami" in asked


def test_feed_registered_as_website(site_farm: Farm, tmp_path: Path) -> None:
    from tests.farm.sites import website_blogger

    db = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "blogger", "/feeds/posts/default")}])
    crawl(db)
    assert {r["title"] for r in rows(db)} == {p.title for p in website_blogger.POSTS}
    assert paths(site_farm, "blogger") == ["/feeds/posts/default"]
    assert channel_state(db)["method"] == "feed"


def test_site_with_nothing_to_read_says_so(site_farm: Farm, tmp_path: Path) -> None:
    db_path = make_store(tmp_path / "k.db", [{"url": site_url(site_farm, "empty")}])
    result = crawl(db_path)
    assert result["channels"][0]["ok"] is True  # the site answers; it just has no posts
    assert rows(db_path) == []
    db = store.connect(db_path)
    try:
        last_error = db.execute("SELECT last_error FROM channels").fetchone()[0]
        fetch_error = db.execute("SELECT error FROM channel_fetches").fetchone()[0]
    finally:
        db.conn.close()
    assert "no feed, WordPress API, sitemap or article links found" in last_error
    assert fetch_error == last_error
    state = channel_state(db_path)
    assert "method" not in state and any(t.startswith("feed ") for t in state["tried"])
    # next time, an unchanged home page ends the visit: no probing again
    site_farm.reset_log()
    crawl(db_path)
    assert paths(site_farm, "empty") == ["/"]
    db = store.connect(db_path)
    try:
        assert "no feed" in db.execute("SELECT last_error FROM channels").fetchone()[0]
    finally:
        db.conn.close()
