"""A village site whose feed gives excerpts and whose article pages cannot be read.

The home page announces ``/feed.xml``; its items carry a short description ending as an excerpt
ends ("[…]", "Baca selengkapnya": the crawler goes for the article page) and link to article
pages a bot firewall answers 403 and
one that is gone (404). The feed's own text must then be the post.
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html, xml
from tests.farm.sites.website_common import Site

EXCERPTS_HOSTS = ("127.0.4.28",)
site = Site(EXCERPTS_HOSTS[0])

ITEMS = [
    ("banjir-rob", "Warga Siaga Banjir Rob", "Warga bantaran sungai diminta siaga banjir rob malam ini. Petugas […]",
     "Wed, 25 Nov 2026 01:00:00 GMT", 403),
    ("pasar-murah", "Pasar Murah di Kantor Desa", "Pasar murah beras SPHP digelar di kantor desa besok pagi. Baca selengkapnya",
     "Thu, 26 Nov 2026 01:00:00 GMT", 404),
]


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    return html(f'<html><head><title>KIM Padang Batung</title><link rel="alternate" type="application/rss+xml" '
                f'href="{request.url("/feed.xml")}"></head><body><h1>KIM Padang Batung</h1>'
                "<p>Selamat datang di laman kami.</p></body></html>")


@site.page("/feed.xml")
def feed(request: FarmRequest) -> FarmResponse:
    items = "".join(f"<item><title>{t}</title><link>{request.url('/berita/' + slug)}</link>"
                    f"<description>{d}</description><pubDate>{when}</pubDate></item>"
                    for slug, t, d, when, _ in ITEMS)
    return xml(f'<?xml version="1.0"?><rss version="2.0"><channel><title>KIM Padang Batung</title>{items}'
               "</channel></rss>")


@site.prefix("/berita/")
def article(request: FarmRequest) -> FarmResponse:
    status = next((s for slug, *_, s in ITEMS if request.path == "/berita/" + slug), 404)
    return FarmResponse(body="<html><body><h1>Forbidden</h1></body></html>", status=status)
