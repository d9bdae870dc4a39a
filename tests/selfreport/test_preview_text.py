"""A preview's title and caption are text: escapes the page's HTML or JSON already decoded are
not decoded a second time."""

from crawler.selfreport.preview import read_preview


def test_an_escaped_tag_in_a_caption_stays_as_the_admin_wrote_it() -> None:
    page = ('<html><head><meta property="og:title" content="Tips &amp;lt;b&amp;gt; AT&amp;amp;T">'
            '<meta property="og:description" content="a &lt; b &amp;amp; c"></head><body></body></html>')
    preview = read_preview(page, "https://www.facebook.com/kim.a/posts/1", "facebook")
    assert "Tips &lt;b&gt; AT&amp;T" in (preview.title or "") + " " + (preview.text or "")
    assert "a < b &amp; c" in (preview.text or "")
