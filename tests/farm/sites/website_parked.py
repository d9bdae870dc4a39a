"""Parked domains (outside-l item 7): KIM sites whose domain expired and now answer with a
domain-parking page, each on its own loopback host, and a real small site that writes about
domains (which must stay a site).

- ``forsale``: a parking service's lander on every path ("This domain may be for sale", "Related searches")
- ``dijual``: an Indonesian registrar's page ("Domain ini dijual") on every path
- ``lander``: a home page that only script-redirects to ``/lander`` (GoDaddy's way)
- ``framed``: a home page that only frames a parking service's page
- ``redirect``: a home page that redirects (302) to the lander
- ``small``: a real small KIM site with a feed, whose posts and home page speak of domains
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, redirect, xml
from tests.farm.sites.website_common import Site

HOSTS = {"forsale": "127.0.9.1", "dijual": "127.0.9.2", "lander": "127.0.9.3", "framed": "127.0.9.4",
         "redirect": "127.0.9.5", "small": "127.0.9.6"}
PARKED_HOSTS = tuple(HOSTS.values())
PARKED = ("forsale", "dijual", "lander", "framed", "redirect")

ADS = "".join(f'<li><a href="/?q={word}&amp;ref=lander">{word.title()}</a></li>'
              for word in ("insurance", "loans", "hotel murah", "kredit motor", "tiket pesawat"))
FOR_SALE = ("<html><head><title>{host} is for sale</title></head><body><h1>This domain may be for sale</h1>"
            "<p>Buy this domain. The owner of {host} has listed it for sale.</p><h2>Related searches</h2>"
            f"<ul>{ADS}</ul></body></html>")
DIJUAL = ("<html><head><title>Domain ini dijual - {host}</title></head><body><div class='box'><h1>{host}</h1>"
          "<p>Domain ini dijual! Masa aktif domain ini telah berakhir.</p><p>Hubungi registrar untuk membeli "
          "domain ini.</p></div></body></html>")
LANDER = f"<html><head><title>Related links</title></head><body><h2>Related links</h2><ul>{ADS}</ul></body></html>"

forsale, dijual, lander, framed, moved, small = (Site(HOSTS[name]) for name in
                                                 ("forsale", "dijual", "lander", "framed", "redirect", "small"))


@forsale.prefix("/")
def forsale_any(request: FarmRequest) -> FarmResponse:
    return html(FOR_SALE.format(host=escape(request.headers.get("host", request.host))))


@dijual.prefix("/")
def dijual_any(request: FarmRequest) -> FarmResponse:
    return html(DIJUAL.format(host=escape(request.headers.get("host", request.host))))


@lander.page("/")
def lander_home(request: FarmRequest) -> FarmResponse:
    return html('<html><head><script type="text/javascript">window.location.href="/lander"</script>'
                "</head><body></body></html>")


@lander.page("/lander")
def lander_page(request: FarmRequest) -> FarmResponse:
    return html(LANDER)


@framed.page("/")
def framed_home(request: FarmRequest) -> FarmResponse:
    return html("<html><head><title>kimsungaibatang.id</title></head><frameset rows='100%,*'>"
                "<frame src='http://www.sedoparking.com/frmpark/kimsungaibatang.id/IN_ID/park.html' frameborder='0'>"
                "</frameset></html>")


@moved.page("/")
def moved_home(request: FarmRequest) -> FarmResponse:
    return redirect(request.url("/lander?domain=kimpasarlama.id"), status=302)


@moved.page("/lander")
def moved_lander(request: FarmRequest) -> FarmResponse:
    return html(LANDER)


SMALL_POSTS = [
    ("domain-desa", "Desa kami kini punya domain sendiri",
     "Mulai bulan ini situs KIM Kuin Utara memakai domain desa.id. Domain lama kami tidak dipakai lagi; "
     "pendaftaran domain desa.id gratis untuk desa dan kelurahan, cukup surat dari kepala desa.",
     "Mon, 02 Nov 2026 02:00:00 +0000"),
    ("pelatihan-web", "Pelatihan membuat situs desa",
     "Diskominfo melatih pengelola KIM membuat situs desa: memilih nama domain, hosting, dan menulis berita. "
     "Apakah domain ini dijual bebas? Tidak, domain desa.id hanya untuk desa.",
     "Tue, 03 Nov 2026 02:00:00 +0000"),
]


@small.page("/")
def small_home(request: FarmRequest) -> FarmResponse:
    items = "".join(f'<li><a href="/{slug}.html">{escape(title)}</a></li>' for slug, title, _, _ in SMALL_POSTS)
    return html(f"<html><head><title>KIM Kuin Utara</title><link rel='alternate' type='application/rss+xml' "
                f"href='{request.url('/feed/')}'></head><body><h1>KIM Kuin Utara</h1><p>Situs resmi KIM Kuin "
                "Utara di domain sendiri. This domain is ours since 2026.</p><ul>" + items + "</ul></body></html>")


@small.page("/feed/")
def small_feed(request: FarmRequest) -> FarmResponse:
    items = "".join(f"<item><title>{escape(title)}</title><link>{request.url('/' + slug + '.html')}</link>"
                    f"<guid>{request.url('/' + slug + '.html')}</guid><pubDate>{date}</pubDate>"
                    f"<description>{escape(text)}</description></item>" for slug, title, text, date in SMALL_POSTS)
    return xml('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>KIM Kuin Utara</title>'
               f"<link>{request.url('/')}</link><description>KIM</description>{items}</channel></rss>",
               content_type="application/rss+xml; charset=utf-8")


@small.prefix("/")
def small_article(request: FarmRequest) -> FarmResponse:
    for slug, title, text, _ in SMALL_POSTS:
        if request.path == f"/{slug}.html":
            return html(f"<html><head><title>{escape(title)} - KIM Kuin Utara</title></head><body><article>"
                        f"<h1>{escape(title)}</h1><p>{escape(text)}</p></article></body></html>")
    return html("<html><body><h1>404</h1></body></html>", status=404)
