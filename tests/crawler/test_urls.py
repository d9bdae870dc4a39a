"""URL canonical forms: one address per page or post, whatever form a KIM admin shared."""

from __future__ import annotations

import pytest

from crawler.urls import canonical_url


@pytest.mark.parametrize(("shared", "canonical"), [
    ("http://www.Example.go.id/berita/a/amp/?utm_source=fb&fbclid=x#top", "https://example.go.id/berita/a"),
    ("https://m.kimku.blogspot.com/2026/11/post.html?m=1", "https://kimku.blogspot.com/2026/11/post.html"),
    # Telegram: the web preview, telegram.me and view parameters are the same message
    ("https://t.me/s/kimbanjarbaru/123", "https://t.me/kimbanjarbaru/123"),
    ("https://t.me/kimbanjarbaru/123?single", "https://t.me/kimbanjarbaru/123"),
    ("https://telegram.me/kimbanjarbaru/123", "https://t.me/kimbanjarbaru/123"),
    ("https://t.me/s/kimbanjarbaru", "https://t.me/kimbanjarbaru"),
    # YouTube: short links, shorts, live and embeds are the watch page; only v= (and list=) count
    ("https://youtu.be/dQw4w9WgXcQ?si=abc", "https://youtube.com/watch?v=dQw4w9WgXcQ"),
    ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://youtube.com/watch?v=dQw4w9WgXcQ"),
    ("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://youtube.com/watch?v=dQw4w9WgXcQ"),
    ("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&t=42&pp=ygU", "https://youtube.com/watch?v=dQw4w9WgXcQ"),
    ("https://www.youtube.com/@kimtabalong", "https://youtube.com/@kimtabalong"),
    ("mailto:kim@example.org", None),
    # session ids of old PHP/Java sites: a new one on every visit
    ("http://kimdesa.desa.id/artikel/2026/11/20/kerja-bakti?PHPSESSID=9f8e7d", "https://kimdesa.desa.id/artikel/2026/11/20/kerja-bakti"),
    ("http://kimdesa.desa.id/berita;jsessionid=ABC123?id=5", "https://kimdesa.desa.id/berita?id=5"),
])
def test_canonical_url(shared: str, canonical: str | None) -> None:
    assert canonical_url(shared) == canonical


def test_strip_session_keeps_everything_else() -> None:
    from crawler.urls import strip_session

    assert strip_session("http://a.desa.id/x?PHPSESSID=1&id=7#top") == "http://a.desa.id/x?id=7#top"
    assert strip_session("http://a.desa.id/x;jsessionid=AB12") == "http://a.desa.id/x"
    unchanged = "http://www.a.desa.id/x/?utm_source=fb&sid=5"
    assert strip_session(unchanged) is unchanged  # item ids of ordinary URLs never change


@pytest.mark.parametrize(("url", "canonical"), [
    ("http://[::1]/", "https://[::1]"),
    ("http://[::1]:8080/x/", "https://[::1]:8080/x"),
    ("http://[::ffff:127.0.0.1]/a", "https://[::ffff:7f00:1]/a"),
    ("http://[64:ff9b::7f00:1]/", "https://[64:ff9b::7f00:1]"),
    ("http://[2001:db8::1]:443/p?utm_source=x", "https://[2001:db8::1]/p"),
    ("http://[::ffff:127.000.000.001]:8099/", None),  # no address: not a URL
    ("http://example.id:port/", None),
])
def test_canonical_url_of_ipv6_hosts(url: str, canonical: str | None) -> None:
    assert canonical_url(url) == canonical


def test_one_facebook_post_has_one_canonical_url_on_every_front_end() -> None:
    """An outside tester's finding: the m./mbasic./web. forms and Facebook's share-tracking
    parameters made one post three (crawl, import, self-report)."""
    from crawler.urls import single_post_url

    forms = ["https://www.facebook.com/kimfb/posts/pfbid0def",
             "https://m.facebook.com/kimfb/posts/pfbid0def?mibextid=xyz&__tn__=R",
             "https://mbasic.facebook.com/kimfb/posts/pfbid0def?__cft__[0]=AZX&__tn__=%2CO%2CP-R",
             "http://web.facebook.com/kimfb/posts/pfbid0def/?rdid=abc&share_url=https%3A%2F%2Ffb.me%2Fx",
             "https://mbasic.facebook.com/kimfb/posts/pfbid0def"]
    assert {canonical_url(u) for u in forms} == {"https://facebook.com/kimfb/posts/pfbid0def"}
    assert canonical_url("https://m.facebook.com/permalink.php?story_fbid=1&id=2&__tn__=K") == \
        "https://facebook.com/permalink.php?id=2&story_fbid=1"
    assert single_post_url("https://facebook.com/kimfb/posts/pfbid0def")
    assert single_post_url("https://facebook.com/permalink.php?id=2&story_fbid=1")
    assert not single_post_url("https://facebook.com/kimfb")
    assert not single_post_url("https://facebook.com/permalink.php")
    assert not single_post_url("https://kim.example.id/berita/1")
