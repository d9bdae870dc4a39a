"""Website shapes outside tester U met (session 14 fixes25 findings).

- ``shortlinks``: a village listing (home page and ``/berita/``, four cards a page, ``rel="next"``)
  whose post cards headline their articles in two words: ``<article class="post"><h2><a
  href="/berita/NAME.html">Kabar NAME</a></h2><span class="date">…</span></article>``. Beside the
  list: a services widget of short links at ``/layanan/NAME.html``, tags at ``/tag/NAME``.
- ``excerpts``: a WordPress "Summary" feed (55 words and `` [&#8230;]``), full articles on the linked pages.
- ``menuonly``: a home page and ``/berita/`` listing nothing but a plain list of one-word links
  (no heading, no date) and a next-page link: no post list kimwatch can recognise.
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html, not_found, xml
from tests.farm.sites.website_common import Site

HOSTS = {"shortlinks": "127.0.10.1", "menuonly": "127.0.10.2", "excerpts": "127.0.10.3"}
OUTSIDE_U_HOSTS = tuple(HOSTS.values())

#: (name, day of November 2026) of each article, newest first
SHORT_POSTS = [("posyandu", 28), ("kerjabakti", 26), ("musdes", 24), ("lomba", 22), ("bansos", 20), ("pasar", 18)]
PER_PAGE = 4

shortlinks = Site(HOSTS["shortlinks"])


def _widget() -> str:
    services = "".join(f'<li><a href="/layanan/{n}.html">{n.upper()}</a></li>' for n in ("ktp", "kk", "surat"))
    tags = "".join(f'<a href="/tag/{n}">{n}</a> ' for n in ("desa", "warga", "kegiatan"))
    return f'<aside><div class="widget"><ul>{services}</ul></div><div class="tags">{tags}</div></aside>'


def _listing(request: FarmRequest) -> FarmResponse:
    page = int(request.query.get("page") or "1")
    chosen = SHORT_POSTS[(page - 1) * PER_PAGE:page * PER_PAGE]
    cards = "".join(f'<article class="post"><h2><a href="/berita/{name}.html">Kabar {name}</a></h2>'
                    f'<span class="date">{day} November 2026</span></article>' for name, day in chosen)
    more = (f'<a rel="next" href="/berita/?page={page + 1}">Berikutnya</a>'
            if page * PER_PAGE < len(SHORT_POSTS) else "")
    return html(f'<html><head><meta charset="utf-8"><title>KIM Pendek</title></head><body><main>{cards}{more}</main>'
                f"{_widget()}</body></html>")


shortlinks.page("/")(_listing)
shortlinks.page("/berita/")(_listing)


@shortlinks.prefix("/berita/")
def shortlinks_article(request: FarmRequest) -> FarmResponse:
    found = [(n, d) for n, d in SHORT_POSTS if request.path == f"/berita/{n}.html"]
    if not found:
        return not_found()
    name, day = found[0]
    body = "".join(f"<p>Kegiatan {name} di desa kami berjalan lancar. Warga RT {k} hadir bersama perangkat desa, "
                   f"kader posyandu dan pengurus KIM untuk membahas rencana bulan depan dan pembagian tugas.</p>"
                   for k in range(1, 5))
    return html(f'<html><head><meta charset="utf-8"><title>Kabar {name} - KIM Pendek</title>'
                f'<meta property="article:published_time" content="2026-11-{day:02d}T09:00:00+08:00"></head>'
                f"<body><main><article><h1>Kabar {name}</h1>{body}</article></main></body></html>")


menuonly = Site(HOSTS["menuonly"])


def _menu_listing(request: FarmRequest) -> FarmResponse:
    items = "".join(f'<li><a href="/berita/{n}.html">{n}</a></li>' for n in ("satu", "dua", "tiga"))
    page = int(request.query.get("page") or "1")
    more = f'<a rel="next" href="/berita/?page={page + 1}">Berikutnya</a>' if page < 2 else ""
    return html(f'<html><head><meta charset="utf-8"><title>KIM Menu</title></head><body><main><ul>{items}</ul>'
                f"{more}</main></body></html>")


menuonly.page("/")(_menu_listing)
menuonly.page("/berita/")(_menu_listing)


# --------------------------------------------------------------------------- excerpt-only feed

#: (slug, title, day of November 2026) of each post of the WordPress "Summary" feed
EXCERPT_POSTS = [("kerja-bakti-saluran", "Kerja Bakti Membersihkan Saluran Air", 27),
                 ("posyandu-balita", "Posyandu Balita Bulan November", 25),
                 ("musyawarah-desa", "Musyawarah Desa Membahas Anggaran", 23)]
#: a sentence only the full article holds (never the excerpt)
ARTICLE_ONLY = "Kalimat penutup ini hanya ada di halaman artikel lengkap"

excerpts = Site(HOSTS["excerpts"])


def _paragraphs(title: str) -> list[str]:
    return [f"{title}. Warga desa RT {k} berkumpul sejak pagi bersama perangkat desa, kader posyandu dan pengurus "
            f"KIM untuk bekerja sama, mencatat kebutuhan warga dan membagi tugas minggu depan." for k in range(1, 6)] \
        + [f"{ARTICLE_ONLY} ({title})."]


@excerpts.page("/feed/")
def excerpts_feed(request: FarmRequest) -> FarmResponse:
    base = f"http://{request.headers.get('host') or HOSTS['excerpts']}"
    items = []
    for slug, title, day in EXCERPT_POSTS:
        words = " ".join(_paragraphs(title)).split()[:55]
        items.append(f"<item><title>{title}</title><link>{base}/2026/11/{day:02d}/{slug}/</link>"
                     f"<guid>{base}/?p={day}</guid><pubDate>{day:02d} Nov 2026 01:00:00 +0000</pubDate>"
                     f"<description><![CDATA[{' '.join(words)} [&#8230;]]]></description></item>")
    return xml(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>KIM Ringkas</title>'
               f"<link>{base}/</link>{''.join(items)}</channel></rss>", "application/rss+xml; charset=UTF-8")


@excerpts.prefix("/2026/")
def excerpts_article(request: FarmRequest) -> FarmResponse:
    found = [p for p in EXCERPT_POSTS if request.path == f"/2026/11/{p[2]:02d}/{p[0]}/"]
    if not found:
        return not_found()
    slug, title, day = found[0]
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(title))
    return html(f'<html><head><meta charset="utf-8"><title>{title} - KIM Ringkas</title>'
                f'<meta property="og:type" content="article">'
                f'<meta property="article:published_time" content="2026-11-{day:02d}T09:00:00+08:00"></head>'
                f"<body><main><article><h1>{title}</h1>{body}</article></main></body></html>")
