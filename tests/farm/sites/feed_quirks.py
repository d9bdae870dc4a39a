"""Feed quirks of micro-blog and bridge feeds: RSS 2.0 items with only a description."""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html, route, xml

DESCRIPTION_ONLY = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>KIM Binuang (bridge)</title><link>https://kimbinuang.example/</link>
<description>Posts of KIM Binuang</description>
<item><description>Info singkat: air PDAM mati di Binuang besok pagi, warga diminta menampung air.</description>
<pubDate>Wed, 25 Nov 2026 01:00:00 GMT</pubDate></item>
<item><description>Gotong royong membersihkan siring Binuang, Minggu pagi.</description>
<pubDate>Thu, 26 Nov 2026 01:00:00 GMT</pubDate></item>
<item></item>
<item><title>Berita berjudul</title><link>https://kimbinuang.example/berita-berjudul</link>
<description>Isi berita berjudul.</description><pubDate>Fri, 27 Nov 2026 01:00:00 GMT</pubDate></item>
</channel></rss>"""


@route("/quirks/description-only/feed")
def description_only(request: FarmRequest) -> FarmResponse:
    return xml(DESCRIPTION_ONLY)


@route("/quirks/session/feed")
def session_ids(request: FarmRequest) -> FarmResponse:
    """An old PHP site: every link carries a new session id, and items have no guid."""
    import secrets

    sid = secrets.token_hex(8)
    items = "".join(
        f"<item><title>Berita {n}</title><link>http://kimlama.example/artikel.php?id={n}&amp;PHPSESSID={sid}</link>"
        f"<description>Isi berita {n}.</description><pubDate>Wed, 2{n} Nov 2026 01:00:00 GMT</pubDate></item>"
        for n in (1, 2))
    return xml(f'<?xml version="1.0"?><rss version="2.0"><channel><title>KIM Lama</title>{items}</channel></rss>',
               etag=False)


@route("/quirks/undated/feed")
def undated(request: FarmRequest) -> FarmResponse:
    """An RSS 0.91-style feed with no dates at all; ``state['undated_more']`` adds an item."""
    names = ["Kerja bakti di siring", "Posyandu balita bulan ini"]
    if request.farm.state.get("undated_more"):
        names.insert(0, "Pemadaman listrik besok pagi")
    items = "".join(f"<item><title>{n}</title><link>http://kimlama.example/{n.split()[0].lower()}</link>"
                    f"<description>{n}.</description></item>" for n in names)
    return xml(f'<?xml version="1.0"?><rss version="0.91"><channel><title>KIM Tanpa Tanggal</title>{items}'
               "</channel></rss>", etag=False)


@route("/quirks/undated/")
def undated_home(request: FarmRequest) -> FarmResponse:
    """The blog's home page, announcing the undated feed (a ``website`` channel finds it there)."""
    return html('<!doctype html><html><head><title>KIM Tanpa Tanggal</title>'
                '<link rel="alternate" type="application/rss+xml" title="KIM Tanpa Tanggal" href="/quirks/undated/feed">'
                "</head><body><h1>KIM Tanpa Tanggal</h1><p>Kabar warga.</p></body></html>")


@route("/quirks/rsshub/instagram/user/kimgonta")
def bridge_new_guids(request: FarmRequest) -> FarmResponse:
    """An RSSHub-like bridge that invents a new guid for the same posts on every request."""
    import secrets

    items = "".join(
        f'<item><title>Foto {n}</title><description>Kegiatan warga {n}.</description>'
        f'<link>https://www.instagram.com/p/C9xQk{n}LhA1b/</link><guid isPermaLink="false">{secrets.token_hex(6)}</guid>'
        f"<pubDate>Wed, 2{n} Nov 2026 01:00:00 GMT</pubDate></item>" for n in (1, 2))
    return xml(f'<?xml version="1.0"?><rss version="2.0"><channel><title>kimgonta Instagram</title>{items}'
               "</channel></rss>", etag=False)


@route("/quirks/rsshub/facebook/page/kimrusak")
def bridge_error_item(request: FarmRequest) -> FarmResponse:
    """RSSHub answering 200 with its error as the feed's only item."""
    return xml('<?xml version="1.0"?><rss version="2.0"><channel><title>RSSHub</title><item>'
               "<title>Looks like something went wrong in RSSHub!</title><description>Error message: login "
               "required</description><link>https://rsshub.app/facebook/page/kimrusak</link></item></channel></rss>")


@route("/quirks/same-guid/feed")
def same_guid(request: FarmRequest) -> FarmResponse:
    """A broken plugin: every item has the same guid; one item's link is relative."""
    items = "".join(
        f"<item><title>Berita {n}</title><link>{link}</link><guid>http://kimsama.example/?p=1</guid>"
        f"<description>Isi berita {n}.</description><pubDate>Wed, 2{n} Nov 2026 01:00:00 GMT</pubDate></item>"
        for n, link in ((1, "http://kimsama.example/berita-1"), (2, "http://kimsama.example/berita-2"),
                        (3, "/2026/11/berita-3.html")))
    return xml(f'<?xml version="1.0"?><rss version="2.0"><channel><title>KIM Sama</title>{items}</channel></rss>')
