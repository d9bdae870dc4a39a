"""Feed shapes an outside tester met on the real web (session 7 harvest findings).

- ``/outside/guids/feed``: a WordPress feed (which ignores ``?paged=N``: every page is the
  first) whose plugin builds every guid afresh on every
  request (``urn:uuid:<random>``): same links, titles, dates and text each time; its
  ``content:encoded`` ends with Jetpack's "Bagikan ini:" share block.
- ``/outside/truncated-gzip/feed``: a gzip-compressed feed whose body stops half-way (a
  broken cache or proxy), served with a Content-Length that matches what is sent.
- ``/outside/kimbanua/feed/`` and ``/outside/kimbanua/category/berita/feed/``: one WordPress
  site's main feed and its category feed, both registered for the KIM: the same posts (same
  guids, links, dates) through two channels; the category feed has one post fewer. No ETag:
  every crawl reads them whole.
- ``/outside/laughs/feed``: an RSS feed whose DOCTYPE declares nested entities ("billion
  laughs"), its one item titled ``&lol9;``; ``/outside/netscape/feed``: an RSS 0.91 feed with
  the Netscape DOCTYPE (an external DTD, no entity declared in the document).
"""

from __future__ import annotations

import gzip
import secrets
from html import escape

from tests.farm import FarmRequest, FarmResponse, route, xml

#: (date as RFC 822, path, title, paragraphs) of the guid-changing feed, newest first
GUID_POSTS = [
    ("Sun, 22 Nov 2026 02:00:00 +0000", "/2026/11/22/kerja-bakti-gang-purnama/", "Kerja Bakti Gang Purnama (3)",
     ["Warga Gang Purnama membersihkan saluran air sepanjang 300 meter pada Minggu pagi.",
      "Ketua RT berterima kasih kepada 40 warga yang hadir."]),
    ("Sat, 21 Nov 2026 00:00:00 +0000", "/2026/11/21/posyandu-lansia-rt-07/", "Posyandu Lansia RT 07 (2)",
     ["Sebanyak 35 lansia memeriksakan tekanan darah dan gula darah di posyandu RT 07."]),
    ("Thu, 19 Nov 2026 22:00:00 +0000", "/2026/11/20/lomba-burung-berkicau/", "Lomba Burung Berkicau (1)",
     ["Lomba burung berkicau di lapangan kelurahan diikuti 120 peserta dari lima kecamatan."]),
]


def wordpress_item(base: str, guid: str, when: str, path: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    share = '<div class="sharedaddy"><h3>Bagikan ini:</h3><ul><li>Facebook</li><li>WhatsApp</li></ul></div>'
    return (f"<item><title>{escape(title)}</title><link>{base}{path}</link><pubDate>{when}</pubDate>"
            f'<guid isPermaLink="false">{guid}</guid><description><![CDATA[<p>{escape(paragraphs[0][:80])} '
            f"[&#8230;]</p>]]></description><content:encoded><![CDATA[{body}{share}]]></content:encoded></item>")


def wordpress_feed(title: str, base: str, items: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{escape(title)}</title><link>{base}</link><description>KIM</description>"
            f"<generator>https://wordpress.org/?v=6.4.2</generator>{items}</channel></rss>")


@route("/outside/guids/feed")
def changing_guids(request: FarmRequest) -> FarmResponse:
    base = "https://kimparingin.example"
    items = "".join(wordpress_item(base, f"urn:uuid:{secrets.token_hex(8)}-{n}", *post)
                    for n, post in enumerate(GUID_POSTS))
    return xml(wordpress_feed("KIM Paringin", base, items), content_type="application/rss+xml; charset=UTF-8",
               etag=False)


@route("/outside/truncated-gzip/feed")
def truncated_gzip(request: FarmRequest) -> FarmResponse:
    base = "https://kimtanjung.example"
    items = "".join(wordpress_item(base, f"{base}/?p={n}", *post) for n, post in enumerate(GUID_POSTS))
    whole = gzip.compress(wordpress_feed("KIM Tanjung", base, items).encode())
    return FarmResponse(body=whole[: len(whole) // 2], content_type="application/rss+xml",
                        headers={"Content-Encoding": "gzip"}, etag=False)


@route("/outside/kimbanua/feed/")
@route("/outside/kimbanua/category/berita/feed/")
def one_site_two_feeds(request: FarmRequest) -> FarmResponse:
    base = "https://kimbanua.example"
    posts = GUID_POSTS if "/category/" not in request.path else GUID_POSTS[:2]
    items = "".join(wordpress_item(base, f"{base}/?p={100 + n}", *post) for n, post in enumerate(posts))
    return xml(wordpress_feed("KIM Banua Anyar", base, items), content_type="application/rss+xml; charset=UTF-8",
               etag=False)


LOL = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))


@route("/outside/laughs/feed")
def billion_laughs(request: FarmRequest) -> FarmResponse:
    return xml(f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol0 "lol">{LOL}]><rss version="2.0"><channel>'
               "<title>KIM Amuntai</title><link>https://kimamuntai.example/</link><description>x</description>"
               "<item><title>&lol9;</title><link>https://kimamuntai.example/1</link><description>&lol9;</description>"
               "<pubDate>Mon, 30 Nov 2026 02:00:00 +0000</pubDate></item></channel></rss>")


@route("/outside/netscape/feed")
def netscape_doctype(request: FarmRequest) -> FarmResponse:
    return xml('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS '
               '0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
               "<title>KIM Amuntai</title><link>https://kimamuntai.example/</link><description>x</description>"
               "<item><title>Rapat RT 05</title><link>https://kimamuntai.example/rapat</link>"
               "<description>Rapat RT membahas kebersihan.</description></item></channel></rss>",
               content_type="application/rss+xml")
