"""Publication dates on real-world pages an outside tester served (session 8 harvest9 findings):
a CMS's null date, a date-only value beside a full time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.dates import parse_to_iso, to_iso
from crawler.harvest.article import extract_article
from crawler.harvest.discover import parse_sitemap
from crawler.harvest.listing import listing_links

NULL_DATE = "0001-01-01T00:00:00Z"
BODY = ("<p>Warga Kelurahan Sungai Jingah bergotong royong membersihkan saluran air menjelang musim hujan, "
        "dipimpin ketua RT dan kader KIM setempat sejak pagi hari.</p>"
        "<p>Lurah berpesan agar warga tidak membuang sampah ke sungai dan melaporkan genangan lewat aplikasi "
        "kelurahan supaya petugas bisa cepat datang ke lokasi.</p>")


def page(head: str = "", byline: str = "") -> str:
    return (f"<html><head><title>Kerja Bakti Saluran Air - KIM Sungai Jingah</title>{head}</head><body><article>"
            f"<h1>Kerja Bakti Saluran Air</h1>{byline}{BODY}</article></body></html>")


def ld(**fields: str) -> str:
    pairs = ", ".join(f'"{k}": "{v}"' for k, v in fields.items())
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {pairs}}}</script>'


def test_the_year_one_is_written_with_four_digits_and_never_reads_back_as_2001() -> None:
    moment = datetime(1, 1, 1, tzinfo=UTC)
    assert to_iso(moment) == NULL_DATE
    assert parse_to_iso(to_iso(moment)) == NULL_DATE
    assert to_iso(datetime(1, 1, 1)) == NULL_DATE  # (WITA: year 0 in UTC, which no datetime holds)
    assert to_iso(datetime(999, 5, 1, 10, tzinfo=UTC)) == "0999-05-01T10:00:00Z"


@pytest.mark.parametrize(("head", "byline", "expected", "source"), [
    # the null date gives way to the next meta
    (ld(datePublished=NULL_DATE) + '<meta property="article:published_time" content="2026-11-24T02:00:00Z">', "",
     "2026-11-24T02:00:00Z", "meta"),
    # … to a meta with a null date of its own, then the next name
    ('<meta property="article:published_time" content="0001-01-01T00:00:00+00:00">'
     '<meta name="pubdate" content="2026-11-24T10:00:00+08:00">', "", "2026-11-24T02:00:00Z", "meta"),
    # … or to the byline
    (ld(datePublished=NULL_DATE, dateModified=NULL_DATE),
     '<div class="post-meta">Selasa, 24 November 2026 10:00 WITA</div>', "2026-11-24T02:00:00Z", "byline"),
    # a 1998 byline is no date either
    (ld(datePublished=NULL_DATE), '<div class="post-meta">Selasa, 24 November 1998 10:00 WITA</div>', None, None),
])
def test_a_null_date_is_no_date_and_the_next_candidate_is_read(head: str, byline: str, expected: str | None,
                                                               source: str | None) -> None:
    article = extract_article(page(head, byline), "https://kimsungaijingah.kim.id/berita/kerja-bakti",
                              now=datetime(2026, 12, 1, tzinfo=UTC))
    assert article is not None
    assert (article.published, article.published_source) == (expected, source)


def test_a_sitemap_or_listing_card_null_date_is_no_date() -> None:
    sitemap = parse_sitemap(
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        b"<url><loc>/berita/a</loc><lastmod>0001-01-01T00:00:00Z</lastmod></url>"
        b"<url><loc>/berita/b</loc><lastmod>0001-01-01</lastmod><news:news><news:publication_date>"
        b"2026-11-24T10:00:00+08:00</news:publication_date></news:news></url></urlset>",
        "https://kimsungaijingah.kim.id/")
    # b's null lastmod is no change mark; its publication date is kept apart (and marks what is new)
    assert [(e.url.rsplit("/", 1)[1], e.lastmod, e.published, e.changed) for e in sitemap.entries] == [
        ("a", None, None, None), ("b", None, "2026-11-24T02:00:00Z", "2026-11-24T02:00:00Z")]
    cards = "".join(
        f'<div class="card"><h2><a href="/berita/{slug}">Kerja bakti saluran air warga RT {n} kelurahan</a></h2>'
        f'<time datetime="0001-01-01T00:00:00Z">-</time><span class="date">{day} November 2026</span></div>'
        for n, (slug, day) in enumerate((("kerja-bakti-rt-1", 24), ("kerja-bakti-rt-2", 23)), 1))
    found = listing_links(f"<html><body><main>{cards}</main></body></html>", "https://kimsungaijingah.kim.id/",
                          dates=True)
    dates = {link.url.rsplit("/", 1)[1]: link.published for link in found}
    assert dates == {"kerja-bakti-rt-1": "2026-11-23T16:00:00Z", "kerja-bakti-rt-2": "2026-11-22T16:00:00Z"}


def graph(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{o}</script>' for o in objects)


@pytest.mark.parametrize(("head", "byline", "expected"), [
    # a WordPress SEO plugin's date-only BlogPosting beside article:published_time
    (graph('{"@type": "BlogPosting", "datePublished": "2026-11-24"}')
     + '<meta property="article:published_time" content="2026-11-24T02:22:02+00:00">', "", "2026-11-24T02:22:02Z"),
    # a timed WebPage before a date-only Article (Yoast's graph and a theme's own object)
    (graph('{"@type": "WebPage", "datePublished": "2026-11-24T10:15:48+02:00"}',
           '{"@type": "Article", "datePublished": "2026-11-24"}'), "", "2026-11-24T08:15:48Z"),
    # the article's time, not the start of the events it lists after it
    (graph('{"@type": "Article", "datePublished": "2026-11-24T04:50:22+00:00"}',
           '{"@type": "Event", "startDate": "2026-11-25T00:00:00+07:00"}')
     + '<meta property="article:published_time" content="2026-11-24T04:50:22+00:00">', "", "2026-11-24T04:50:22Z"),
    # a date-only byline and a fact-check's ClaimReview object of the same day
    (graph('{"@type": "WebPage", "name": "x"}', '{"@type": "ClaimReview", "datePublished": "2026-11-24T10:15:00+00:00"}'),
     '<div class="post-meta">November 24, 2026</div>', "2026-11-24T10:15:00Z"),
    # … but not one of another day (a related post's)
    (graph('{"@type": "ClaimReview", "datePublished": "2026-11-20T10:15:00+00:00"}'),
     '<div class="post-meta">November 24, 2026</div>', "2026-11-23T16:00:00Z"),
    # a naive meta time, and a <time> saying the same wall clock in WIB: WIB
    ('<meta name="pubdate" content="2026-11-24T10:00:00">',
     '<time class="published" datetime="2026-11-24T10:00:00+07:00">24/11/2026</time>', "2026-11-24T03:00:00Z"),
    # … but a zoned time of another hour is another event: the naive time stays WITA
    ('<meta name="pubdate" content="2026-11-24T10:00:00">',
     '<time class="published" datetime="2026-11-24T18:30:00+07:00">24/11/2026</time>', "2026-11-24T02:00:00Z"),
])
def test_a_date_alone_takes_the_time_of_the_same_day_from_elsewhere_on_the_page(head: str, byline: str,
                                                                                  expected: str) -> None:
    article = extract_article(page(head, byline), "https://kimsungaijingah.kim.id/berita/kerja-bakti",
                              now=datetime(2026, 12, 1, tzinfo=UTC))
    assert article is not None and article.published == expected


def test_a_long_json_ld_is_read_whole() -> None:
    # a news site's NewsArticle with the article body inside runs past the 20,000-character cut of
    # text runs; cut, it was no JSON and the byline's "04:05 pm PT" was read as WITA
    body = "Kerja bakti. " * 2500
    head = graph(f'{{"@type": "NewsArticle", "datePublished": "2026-11-23T19:05:00-05:00", "articleBody": "{body}"}}')
    article = extract_article(page(head, '<div class="post-meta">November 23, 2026 04:05 pm PT</div>'),
                              "https://kimsungaijingah.kim.id/berita/kerja-bakti", now=datetime(2026, 12, 1, tzinfo=UTC))
    assert article is not None and (article.published, article.published_source) == ("2026-11-24T00:05:00Z", "meta")


@pytest.mark.parametrize(("byline", "expected"), [
    ("Wednesday, November 18, 2026, 04:05 pm PT (07:05 pm ET)", "2026-11-19T00:05:00Z"),
    ("November 18, 2026 10:30 am EST", "2026-11-18T15:30:00Z"),
    ("November 18, 2026 10:30 am", "2026-11-18T02:30:00Z"),  # no zone: WITA
    ("November 18, 2026 10:30 am et al.", "2026-11-18T02:30:00Z"),  # (a word, not a zone)
])
def test_an_english_byline_s_zone_wins_over_wita(byline: str, expected: str) -> None:
    article = extract_article(page("", f'<div class="post-meta">{byline}</div>'),
                              "https://kimsungaijingah.kim.id/berita/kerja-bakti", now=datetime(2026, 12, 1, tzinfo=UTC))
    assert article is not None and article.published == expected


MODIFIED_JST = '<meta property="article:modified_time" content="2026-11-25T09:00:00+09:00">'
BYLINE = '<div class="post-meta">24 November 2026 10:15</div>'


@pytest.mark.parametrize(("head", "byline", "expected"), [
    # a byline without zone beside a machine time with an offset: the page's clock is that offset
    (MODIFIED_JST, BYLINE, "2026-11-24T01:15:00Z"),
    # a naive JSON-LD datePublished beside its dateModified's offset
    (ld(datePublished="2026-11-24T10:15:00", dateModified="2026-11-25T09:00:00+09:00"), "", "2026-11-24T01:15:00Z"),
    # a date alone: the day at that offset
    (MODIFIED_JST, '<div class="post-meta">24 November 2026</div>', "2026-11-23T15:00:00Z"),
    # the zone the byline writes stays its own
    (MODIFIED_JST, '<div class="post-meta">24 November 2026 10:15 WITA</div>', "2026-11-24T02:15:00Z"),
    # a zone word the page writes elsewhere still wins over offsets (as before)
    (MODIFIED_JST + '<meta property="article:published_time" content="2026-11-24T10:15:00">',
     '<div class="post-meta">Diperbarui 25 November 2026 08:00 WIB</div>', "2026-11-24T03:15:00Z"),
    # UTC says nothing of the site's clock (a CMS writes UTC whatever it is): WITA
    ('<meta property="article:modified_time" content="2026-11-25T00:00:00+00:00">', BYLINE, "2026-11-24T02:15:00Z"),
    # offsets that disagree say no one zone: WITA
    (MODIFIED_JST + '<meta property="og:updated_time" content="2026-11-25T09:00:00+07:00">', BYLINE,
     "2026-11-24T02:15:00Z"),
    # no offset anywhere: WITA, as ever
    ("", BYLINE, "2026-11-24T02:15:00Z"),
])
def test_a_time_without_zone_takes_the_offset_the_pages_own_times_carry(head: str, byline: str,
                                                                         expected: str) -> None:
    article = extract_article(page(head, byline), "https://kimsungaijingah.kim.id/berita/kerja-bakti",
                              now=datetime(2026, 12, 1, tzinfo=UTC))
    assert article is not None and article.published == expected
