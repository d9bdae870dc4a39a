"""Listing pages: a home page's widgets ("Berita Terpopuler") are not its listing, and the news
sections it links (``/berita``, "Kabar Desa", ``/first/artikel``) are always read."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from crawler.harvest import discover
from crawler.harvest.listing import listing_links
from tests.farm import Farm, FarmRequest
from tests.farm.sites import website_sections as sections
from tests.website.conftest import channel_state, crawl, make_store, rows

HOST = sections.HOSTS["sections_kimid"]


class _NoState:
    """A stand-in farm for rendering pages outside a crawl (site state at its defaults)."""

    lock = __import__("threading").Lock()
    state: dict = {}


def _render(handler, path: str = "/", query: dict | None = None) -> str:  # type: ignore[no-untyped-def]
    request = FarmRequest("GET", path, query or {}, path, {}, HOST, _NoState())  # type: ignore[arg-type]
    body = handler(request).body
    return body.decode() if isinstance(body, bytes) else body


def test_terpopuler_widget_is_not_the_home_listing() -> None:
    url = "http://pasarlama.kim.id/"
    tree = lxml.html.fromstring(_render(sections.home))
    every = [link.url for link in listing_links(tree, url)]
    assert len(every) == 8  # 3 latest + 5 popular: enough to pass for a listing
    main = discover.main_content_links(tree, url, every)
    assert main == [url.rstrip("/") + sections.path(p) for p in sorted(sections.POSTS, key=lambda p: p.published,
                                                                         reverse=True)[:3]]
    assert discover.news_sections(tree, url) == ["http://pasarlama.kim.id/berita", "http://pasarlama.kim.id/galeri"]
    assert discover.is_kimid_host(url) and not discover.is_kimid_host("http://kim.id.example.com/")


def test_widgets_and_side_columns_are_told_from_main_listings() -> None:
    page = """<html><body>
    <div class="elementor-widget elementor-widget-posts"><div class="elementor-widget-container">
      <article><a href="/2024/11/04/rapat-koordinasi-kim-se-kecamatan">Rapat Koordinasi KIM se-Kecamatan</a></article></div></div>
    <div class="row"><div class="col-md-8"><div class="card"><div class="card-header">Berita Terkini</div>
      <a href="/berita/12/pelatihan-jurnalistik-warga-desa">Pelatihan Jurnalistik Warga Desa</a></div></div>
      <div class="col-md-4"><div class="card"><div class="card-header">Berita Terkini</div>
      <a href="/berita/9/lomba-perahu-hias-di-sungai-martapura">Lomba Perahu Hias di Sungai Martapura</a></div>
      <div><h4>Paling Banyak Dibaca</h4><a href="/berita/3/jadwal-posyandu-bulan-november-2024">Jadwal Posyandu Bulan November</a></div></div></div>
    <div class="list-berita"><h5><a href="/berita/15/rekomendasi-musrenbang-desa-2025">Rekomendasi Musrenbang Desa 2025</a></h5>
      <p>Ringkasan</p><h5><a href="/berita/14/lomba-lagu-populer-anak-desa">Lomba Lagu Populer Anak Desa</a></h5></div>
    <aside><a href="/berita/2/pengumuman-libur-pelayanan-akhir-tahun">Pengumuman Libur Pelayanan Akhir Tahun</a></aside>
    <section id="recent-posts-2" class="widget widget_recent_entries">
      <a href="/2024/10/01/musyawarah-desa-tahunan-2024">Musyawarah Desa Tahunan 2024</a></section>
    </body></html>"""
    url = "https://desa.example.id/"
    tree = lxml.html.fromstring(page)
    every = [link.url for link in listing_links(tree, url)]
    assert len(every) == 8
    # an Elementor posts widget and headlines saying "Rekomendasi"/"Populer" are main content;
    # a "Berita Terkini" card beside the main column, "Paling Banyak Dibaca", <aside> and a
    # WordPress widget are not
    assert discover.main_content_links(tree, url, every) == [
        "https://desa.example.id/2024/11/04/rapat-koordinasi-kim-se-kecamatan",
        "https://desa.example.id/berita/12/pelatihan-jurnalistik-warga-desa",
        "https://desa.example.id/berita/15/rekomendasi-musrenbang-desa-2025",
        "https://desa.example.id/berita/14/lomba-lagu-populer-anak-desa"]


def test_news_sections_by_path_or_menu_text() -> None:
    page = """<html><body><nav class="navbar"><ul>
    <li><a href="/">Beranda</a></li><li><a href="#">Informasi</a></li>
    <li><a href="/first/artikel">Artikel</a></li><li><a href="/index.php?page=kabar">Kabar Desa</a></li>
    <li><a href="/galeri">Galeri</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/news/">News</a></li>
    <li><a href="/first/kategori/4">Berita Desa</a></li><li><a href="/berita/populer">Berita Terpopuler</a></li>
    <li><a href="https://other.example.id/berita">Berita Kabupaten</a></li></ul></nav>
    <main><a href="/berita/7/berita-duka-warga-rt-02">Berita Duka</a></main></body></html>"""
    url = "https://sukamaju.desa.id/"
    found = discover.news_sections(lxml.html.fromstring(page), url)
    # berita first (by name), then artikel, news, kabar; the gallery last; never an article,
    # another site, the popular list or the home page
    assert found == ["https://sukamaju.desa.id/first/kategori/4", "https://sukamaju.desa.id/first/artikel",
                     "https://sukamaju.desa.id/news/", "https://sukamaju.desa.id/index.php?page=kabar",
                     "https://sukamaju.desa.id/galeri"]


def _paths(farm: Farm) -> list[str]:
    return [p for p in farm.paths(host=HOST) if p != "/robots.txt"]


def test_home_with_popular_widget_reads_the_berita_section(site_farm: Farm, tmp_path: Path) -> None:
    home = site_farm.url("/", host=HOST)
    db = make_store(tmp_path / "s.db", [{"url": home}])
    first = crawl(db)
    assert first["channels"][0]["ok"] is True
    found = {r["url"]: r for r in rows(db)}
    assert set(found) == {site_farm.url(sections.path(p), host=HOST) for p in sections.POSTS}
    assert len(found) == 24
    for post in sections.POSTS:
        row = found[site_farm.url(sections.path(post), host=HOST)]
        assert row["title"] == post.title
        assert post.paragraphs[0][:50] in row["text"] and "Berita Terpopuler" not in row["text"]
    asked = _paths(site_farm)
    assert "/berita" in asked and "/berita?page=2" in asked
    assert len([p for p in asked if p.startswith("/berita/detail/")]) == 24  # each article once
    state = channel_state(db)
    assert state["method"] == "listing"
    assert state["listing_urls"] == [site_farm.url("/berita", host=HOST)]  # the home page lists nothing more

    # one new post: the re-crawl reads /berita once, stops at the known posts, fetches only the new one
    site_farm.reset_log()
    site_farm.state["sections_new"] = True
    again = crawl(db)
    assert (again["new"], again["updated"]) == (1, 0)
    assert _paths(site_farm) == ["/berita", sections.path(sections.NEW)]
    assert sections.NEW.title in {r["title"] for r in rows(db)}

    # nothing new: one conditional request
    site_farm.reset_log()
    quiet = crawl(db)
    assert (quiet["new"], quiet["updated"]) == (0, 0)
    assert _paths(site_farm) == ["/berita"]
