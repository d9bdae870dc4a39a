"""A KIM's Blogger blog registered as a ``website``: its feed is advertised in the page.

The home page carries Blogger's ``<link rel="alternate" type="application/atom+xml">``;
``/feeds/posts/default`` is an Atom feed with full content and OpenSearch paging.
"""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, xml
from tests.farm.sites.website_common import HOSTS, Post, Site

HOST = HOSTS["blogger"]
site = Site(HOST)

POSTS = [
    Post("2024/10/gotong-royong-bersihkan-masjid", "Gotong Royong Bersihkan Masjid Jelang Maulid",
         "2024-10-04T16:20:00+08:00",
         ["Warga Desa Pematang bergotong royong membersihkan Masjid Al-Ikhlas menjelang peringatan Maulid Nabi.",
          "Kegiatan diikuti 60 warga dan ditutup dengan pembagian bubur asyura."]),
    Post("2024/10/pelatihan-kader-posyandu", "Pelatihan Kader Posyandu Desa Pematang",
         "2024-10-11T10:05:00+08:00",
         ["Sebanyak 20 kader posyandu mengikuti pelatihan pengukuran tinggi badan balita dari Puskesmas Tapin Utara.",
          "Pelatihan bertujuan memperbaiki data stunting yang dilaporkan setiap bulan."],
         links=["https://dinkes.tapin.example/pengumuman/pelatihan-kader-2024"]),
]


@site.page("/")
def home(request: FarmRequest) -> FarmResponse:
    items = "".join(f"<h3 class='post-title'><a href='/{p.slug}.html'>{escape(p.title)}</a></h3>" for p in POSTS)
    return html(f"""<!DOCTYPE html><html><head><title>KIM Pematang</title>
<link rel="alternate" type="application/atom+xml" title="KIM Pematang - Atom" href="{request.url('/feeds/posts/default')}" />
<link rel="alternate" type="application/rss+xml" title="KIM Pematang - RSS" href="{request.url('/feeds/posts/default?alt=rss')}" />
<link rel="alternate" type="application/atom+xml" title="KIM Pematang - Atom Komentar" href="{request.url('/feeds/comments/default')}" />
<meta content='blogger' name='generator'/></head><body><div class='blog-posts'>{items}</div></body></html>""")


@site.page("/feeds/posts/default")
def feed(request: FarmRequest) -> FarmResponse:
    entries = "".join(f"""<entry><id>tag:blogger.com,1999:blog-77.post-{n}</id><published>{p.published}</published>
<updated>{p.published}</updated><title type='text'>{escape(p.title)}</title>
<content type='html'>{escape(p.body_html())}</content>
<link rel='alternate' type='text/html' href='{request.url('/' + p.slug + '.html')}' title='{escape(p.title)}'/></entry>"""
                      for n, p in enumerate(POSTS))
    return xml(f"""<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'
 xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'><id>tag:blogger.com,1999:blog-77</id>
<title type='text'>KIM Pematang</title><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>
<openSearch:totalResults>{len(POSTS)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>
<openSearch:itemsPerPage>25</openSearch:itemsPerPage>{entries}</feed>""", content_type="application/atom+xml; charset=UTF-8")
