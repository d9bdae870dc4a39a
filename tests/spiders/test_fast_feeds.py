"""fastfeedparser first, feedparser for what it alone reads (spiders/feed.py)."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.items import ContentItem
from pipelines.clean import clean_item
from spiders.feed import feed_entries, parse_feed, parse_feed_fast

WORDPRESS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:atom="http://www.w3.org/2005/Atom" xmlns:wfw="http://wellformedweb.org/CommentAPI/">
<channel><title>KIM Angsau &#8211; Tanah Laut</title><link>https://kimangsau.example/</link>
<atom:link href="https://kimangsau.example/feed/" rel="self" type="application/rss+xml"/>
<generator>https://wordpress.org/?v=6.6.2</generator>
<item><title>Tips &amp; Trik: Posyandu &#8220;Melati&#8221;</title><link>https://kimangsau.example/2024/10/posyandu/</link>
<dc:creator><![CDATA[admin]]></dc:creator><pubDate>Tue, 29 Oct 2024 05:12:44 +0000</pubDate>
<category><![CDATA[Kesehatan]]></category><guid isPermaLink="false">https://kimangsau.example/?p=311</guid>
<description><![CDATA[Posyandu Melati buka lagi [&#8230;]]]></description>
<content:encoded><![CDATA[<p>Posyandu <b>Melati</b> buka lagi.</p><p>Sumber: <a href="https://mc.kalselprov.go.id/berita/1/">MC</a></p>]]></content:encoded>
<wfw:commentRss>https://kimangsau.example/2024/10/posyandu/feed/</wfw:commentRss></item>
<item><title>Kerja bakti tanpa zona waktu</title><link>https://kimangsau.example/2024/10/kerja-bakti/</link>
<pubDate>Tue, 29 Oct 2024 13:12:44</pubDate><guid>https://kimangsau.example/?p=312</guid>
<description><![CDATA[<p>Warga membersihkan siring.</p>]]></description></item>
</channel></rss>"""

BLOGGER = """<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="https://www.blogger.com/styles/atom.css" type="text/css"?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'
 xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-1</id><title type='text'>KIM Sungai Jingah</title>
<link rel='next' type='application/atom+xml' href='https://kimsj.example/feeds/posts/default?start-index=3&amp;max-results=2'/>
<generator version='7.00' uri='https://www.blogger.com'>Blogger</generator>
<openSearch:totalResults>5</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>2</openSearch:itemsPerPage>
<entry><id>tag:blogger.com,1999:blog-1.post-1</id><published>2024-10-28T19:05:00.001+08:00</published>
<updated>2024-10-28T19:06:00.001+08:00</updated><title type='text'>Ayo Ikut PIN Polio</title>
<content type='html'>&lt;b&gt;PIN Polio&lt;/b&gt; putaran kedua.</content>
<link rel='replies' type='text/html' href='https://kimsj.example/2024/10/polio.html#comment-form' title='0 Komentar'/>
<link rel='alternate' type='text/html' href='https://kimsj.example/2024/10/polio.html' title='Ayo Ikut PIN Polio'/>
<author><name>KIM</name></author><thr:total>0</thr:total></entry>
<entry><id>tag:blogger.com,1999:blog-1.post-2</id><updated>2024-10-27T08:00:00</updated><title type='text'>Tanpa zona</title>
<summary type='html'>Ringkasan &lt;i&gt;saja&lt;/i&gt;</summary>
<link rel='alternate' type='text/html' href='https://kimsj.example/2024/10/tanpa.html'/></entry></feed>"""


def posts(parsed: Any, url: str) -> list[dict[str, Any]]:
    """What the feed spider would store from ``parsed``: its items through the clean step."""
    entries, *_ = feed_entries(parsed, url)
    out = []
    for entry in entries:
        item = ContentItem(channel_id="c", owner_kind="kim", owner_id="k", guid=entry.pop("guid"), id="x")
        item.update({k: v for k, v in entry.items() if v is not None})
        cleaned = clean_item(item)
        out.append({k: cleaned.get(k) for k in ("guid", "url", "title", "text", "published_at", "links", "content_hash")})
    return out


@pytest.mark.parametrize("body", [WORDPRESS, BLOGGER], ids=["wordpress-rss", "blogger-atom"])
def test_plain_feeds_are_read_by_fastfeedparser_with_the_posts_feedparser_gives(body: str) -> None:
    raw = body.encode()
    headers = {"content-type": "application/rss+xml; charset=UTF-8"}
    fast = parse_feed_fast(raw, headers)
    assert fast is not None  # taken by the fast path
    slow = parse_feed(raw, headers, fast=False)
    assert fast.version == slow.version and len(fast.entries) == len(slow.entries) == 2
    assert posts(fast, "https://kim.example/feed/") == posts(slow, "https://kim.example/feed/")
    # a date without a zone is WITA (kimwatch's rule, not fastfeedparser's UTC)
    assert posts(fast, "https://kim.example/feed/")[1]["published_at"] in ("2024-10-29T05:12:44Z", "2024-10-27T00:00:00Z")
    for key in ("opensearch_totalresults", "opensearch_itemsperpage"):
        assert fast.feed.get(key) == slow.feed.get(key)
    assert [link["href"] for link in fast.feed["links"] if link["rel"] == "next"] == \
           [link["href"] for link in slow.feed["links"] if link["rel"] == "next"]
    assert ("content" in fast.entries[1]) == ("content" in slow.entries[1])  # no content made from the summary


@pytest.mark.parametrize(("change", "why"), [
    (lambda b: b.replace("Posyandu Melati buka", "Posyandu&nbsp;Melati buka", 1).replace("<![CDATA[Posyandu&nbsp;", "Posyandu&nbsp;", 1)
     .replace("[&#8230;]]]></description>", "</description>", 1), "not well-formed: an undefined entity"),
    (lambda b: b.replace('encoding="UTF-8"', 'encoding="windows-1252"'), "another encoding"),
    (lambda b: b.replace("<rss", '<!DOCTYPE rss [<!ENTITY kim "KIM">]><rss', 1), "a DOCTYPE"),
    (lambda b: b.replace('version="2.0"', 'version="0.91"', 1), "RSS 0.91"),
    (lambda b: b.replace("<wfw:commentRss>", "<body xmlns='http://www.w3.org/1999/xhtml'><p>x</p></body><wfw:commentRss>"),
     "an xhtml body"),
    (lambda b: b.replace("buka lagi.</p>", "buka lagi \u0092.</p>"), "cp1252 quotes written as C1 controls"),
    (lambda b: b.replace("<link>https://kimangsau.example/2024/10/kerja-bakti/</link>", "<link>/2024/10/kerja-bakti/</link>"),
     "a relative link"),
    (lambda b: b.replace("<item>", "<item xml:base='https://other.example/'>", 1), "xml:base"),
])
def test_feeds_of_another_shape_go_to_feedparser(change: Any, why: str) -> None:
    raw = change(WORDPRESS).encode("utf-8")
    assert raw != WORDPRESS.encode(), why
    assert parse_feed_fast(raw, {"content-type": "application/rss+xml"}) is None, why
    assert parse_feed(raw).entries == parse_feed(raw, fast=False).entries, why


def test_an_atom_entry_with_xhtml_content_or_a_charset_not_utf8_goes_to_feedparser() -> None:
    xhtml = BLOGGER.replace("<content type='html'>&lt;b&gt;PIN Polio&lt;/b&gt; putaran kedua.</content>",
                            "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><b>PIN</b></div></content>")
    assert xhtml != BLOGGER and parse_feed_fast(xhtml.encode(), {}) is None
    assert parse_feed_fast(BLOGGER.encode(), {"content-type": "text/xml; charset=iso-8859-1"}) is None
    assert parse_feed_fast(BLOGGER.encode(), {"content-type": "text/xml; charset=utf-8"}) is not None
