"""Listings of Joomla and OpenSID village sites paged to the configured depth, embedded frames
kept as links, titles that are text, and a duplicate page counted as such (issue 11)."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from crawler.harvest.article import extract_article, extract_fragment
from crawler.harvest.discover import parse_wp_posts
from crawler.harvest.listing import next_page_url
from crawler.urls import canonical_url
from pipelines.clean import clean_title
from spiders.feed import entry_title
from tests.farm import Farm
from tests.farm.sites import website_village as village
from tests.website.conftest import crawl, make_store, rows


def _paths(farm: Farm, site: str) -> list[str]:
    return [p for p in farm.paths(host=village.HOSTS[site]) if p != "/robots.txt"]


@pytest.mark.parametrize("site", ["joomla_start", "joomla_pages", "opensid"])
def test_village_listing_is_paged_to_the_configured_depth_then_stops_at_known_posts(
        site_farm: Farm, tmp_path: Path, site: str) -> None:
    host = village.HOSTS[site]
    db = make_store(tmp_path / "v.db", [{"url": site_farm.url("/", host=host)}])
    first = crawl(db, FIRST_CRAWL_PAGES=5)
    assert first["channels"][0]["ok"] is True, first["channels"]
    titles = {r["title"] for r in rows(db)}
    assert titles == {village.title(site, n) for n in range(len(village.TOPICS))}, sorted(titles)
    listing_pages = [p for p in _paths(site_farm, site) if p.startswith(("/?", "/page-", "/first/index", "/index.php/"
                                                                          "first/index"))]
    assert len(listing_pages) == 2, _paths(site_farm, site)  # pages 2 and 3, each once

    # the configured depth: 2 listing pages a crawl read 8 of the 10 posts
    shallow = make_store(tmp_path / "s.db", [{"url": site_farm.url("/", host=host), "options": {"max_pages": 2}}])
    crawl(shallow, FIRST_CRAWL_PAGES=5)
    assert len(rows(shallow)) == 2 * village.PER_PAGE

    # later: the first listing page holds known posts, so no further page is read
    site_farm.reset_log()
    again = crawl(db, FIRST_CRAWL_PAGES=5)
    assert (again["new"], again["updated"]) == (0, 0)
    assert _paths(site_farm, site) == ["/"]


def test_pagination_shapes_of_joomla_and_opensid() -> None:
    base = "https://desa.example.id/"
    joomla4 = ('<html><body><ul class="pagination"><li><a aria-label="Ke halaman berikutnya" href="/berita?start=20">'
               '<span class="icon-angle-right"></span></a></li></ul></body></html>')
    assert next_page_url(joomla4, base + "berita?start=10") == base + "berita?start=20"
    opensid = ('<html><body><ul class="pagination"><li class="active"><a href="/first/index/2">2</a></li>'
               '<li><a href="/first/index/3" title="Halaman Selanjutnya"><i class="fa fa-forward"></i>&nbsp;</a></li>'
               "</ul></body></html>")
    assert next_page_url(opensid, base + "first/index/2") == base + "first/index/3"
    numbered = '<html><body><a href="/index.php/first/index/4">4</a></body></html>'
    assert next_page_url(numbered, base + "index.php/first/index/3") == base + "index.php/first/index/4"
    sef = '<html><body><a href="/berita/page-3.html">Selanjutnya</a></body></html>'
    assert next_page_url(sef, base + "berita/page-2.html") == base + "berita/page-3.html"
    limitstart = '<html><body><a href="/berita?limitstart=30">Berikutnya</a></body></html>'
    assert next_page_url(limitstart, base + "berita") == base + "berita?limitstart=30"


def test_embedded_frames_are_links_a_print_version_is_a_duplicate_and_titles_stay_text(
        site_farm: Farm, tmp_path: Path) -> None:
    host = village.HOSTS["embeds"]
    db = make_store(tmp_path / "e.db", [{"url": site_farm.url("/", host=host)}])
    result = crawl(db)
    channel = result["channels"][0]
    # (whichever of the post and its print version answers first is stored; the other is the duplicate)
    stored = {r["url"].split(host, 1)[1].split(":", 1)[-1].lstrip("0123456789").removesuffix("/cetak"): r
              for r in rows(db)}
    assert set(stored) == set(village.EMBEDDED), sorted(stored)
    for path, (_, _, target) in village.EMBEDDED.items():
        links = stored[path]["links"]
        assert canonical_url(target) in links, (path, links)
        # the sidebar's Facebook page widget and player are on every page: no post's link
        assert not any("kimcontoh" in link or "SideBar0001" in link for link in links), links
        assert "<iframe" not in stored[path]["text"] and "Informasi lengkap" in stored[path]["text"]
    # a title that is text keeps its brackets and ampersand
    assert stored["/berita/lokasi-posko-banjir"]["title"] == village.TEXT_TITLE
    # the print version has the text of a stored post: counted as a duplicate, not "not an article"
    assert "1 duplicate" in (channel["error"] or ""), channel
    assert "not an article" not in (channel["error"] or "")


def test_titles_are_read_as_what_their_source_gives() -> None:
    # WordPress REST: title.rendered is HTML
    posts = parse_wp_posts(b'[{"id": 1, "link": "https://desa.example.id/?p=1", "title": {"rendered": '
                           b'"AT&amp;T &lt;b&gt; a &lt; b <em>Desa</em>"}, "content": {"rendered": "<p>x</p>"}}]',
                           "https://desa.example.id/wp-json/wp/v2/posts")
    assert clean_title(posts[0].title) == "AT&T <b> a < b Desa"
    # feeds: an RSS title is HTML, an Atom type="text" title is text, type="html" is HTML
    rss = feedparser.parse("<rss version='2.0'><channel><title>K</title><item><title>AT&amp;T &lt;b&gt;Rapat&lt;/b&gt;"
                           "</title><link>https://k.example/1</link></item></channel></rss>")
    assert clean_title(entry_title(rss.entries[0])) == "AT&T Rapat"
    atom = feedparser.parse(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>K</title><entry><id>1</id><title type="text">AT&amp;T '
        '&lt;b&gt; a &lt; b</title></entry><entry><id>2</id><title type="html">AT&amp;amp;T &amp;lt;b&amp;gt; '
        "a &amp;lt; b</title></entry></feed>")
    assert [clean_title(entry_title(e)) for e in atom.entries] == ["AT&T <b> a < b", "AT&T <b> a < b"]
    # a page: its <title> and headline are HTML, read by the parser
    page = ("<html><head><title>AT&amp;T &lt;b&gt; a &lt; b - KIM Contoh</title></head><body><article>"
            "<h1>AT&amp;T &lt;b&gt; a &lt; b</h1><p>" + "Isi berita desa yang cukup panjang. " * 10
            + "</p></article></body></html>")
    article = extract_article(page, "https://kim.example/berita/att-dan-desa-kerja-sama")
    assert article is not None and clean_title(article.title) == "AT&T <b> a < b"
    # the clean step reads every title as text: nothing in brackets is lost
    assert clean_title("  Tips & Trik <Belajar>\n Online ") == "Tips & Trik <Belajar> Online"


def test_a_feed_body_keeps_the_address_of_its_embedded_post() -> None:
    text, links = extract_fragment(
        '<p>Simak unggahan Bupati berikut ini tentang siaga banjir di desa kita.</p><iframe src="https://www.facebook.com'
        '/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fpemkab%2Fvideos%2F555"></iframe>',
        "https://kim.example/feed")
    assert "siaga banjir" in text and "https://www.facebook.com/pemkab/videos/555" in links


def test_a_title_made_of_site_names_gives_way_to_the_headline() -> None:
    """An outside tester's village page: <title> "KIM Tambak Anyar | Portal Desa" on every page;
    the post was titled with the site's name and its headline repeated as the text's first line."""
    headline = "Posko Banjir Dibuka di Balai Desa Tambak Anyar"
    page = ("<html><head><meta charset='utf-8'><title>KIM Tambak Anyar | Portal Desa</title></head><body><nav>"
            "<a href='/'>Home</a> <a href='/kabar'>Kabar Desa</a></nav><main><article>"
            f"<h1>{headline}</h1><p>" + "Pemerintah desa membuka posko siaga banjir di balai desa. " * 6
            + "</p></article></main><footer>KIM Tambak Anyar © 2026</footer></body></html>")
    article = extract_article(page, "https://kimtambakanyar.desa.id/kabar/posko-banjir-tambak-anyar")
    assert article is not None and article.title == headline
    assert not article.text.startswith(headline)
    # a title naming the article stays the title
    other = page.replace("KIM Tambak Anyar | Portal Desa", "Posko Banjir Dibuka - KIM Tambak Anyar")
    assert extract_article(other, "https://kimtambakanyar.desa.id/kabar/posko").title == "Posko Banjir Dibuka"
