"""A government source that takes a release down (the re-check of withdrawn announcements).

``/ditarik/feed/`` lists three recent releases (dated relative to the farm's start, so they
stay within the matcher's horizon); each has its page at ``/ditarik/berita/<slug>``. A test
takes one down with ``farm.state["ditarik_gone"] = {slug: status}``: the feed leaves it out and
its page answers ``status`` (404 or 410 for a deletion; 503 or 429 for a server in trouble; a
``"slow"`` status waits past the client's timeout). Pages carry an ETag (the farm answers
``If-None-Match`` with 304).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from tests.farm import FarmRequest, FarmResponse, html, route, xml

_START = datetime.now(UTC).replace(microsecond=0)

RELEASES = [
    ("pasar-murah-serentak-di-13-kabupaten", "Pasar Murah Serentak di 13 Kabupaten Kota",
     "Pemerintah Provinsi menggelar pasar murah serentak di 13 kabupaten kota dengan 40 ton beras medium.",
     _START - timedelta(days=3)),
    ("vaksinasi-rabies-gratis-untuk-hewan-peliharaan", "Vaksinasi Rabies Gratis untuk Hewan Peliharaan",
     "Dinas Peternakan membuka vaksinasi rabies gratis bagi 2.500 ekor kucing dan anjing warga.",
     _START - timedelta(days=2)),
    ("jadwal-pemadaman-listrik-bergilir-dibatalkan", "Jadwal Pemadaman Listrik Bergilir Dibatalkan",
     "PLN membatalkan jadwal pemadaman bergilir yang sempat diumumkan untuk pekan depan.",
     _START - timedelta(days=1)),
]


def _gone(request: FarmRequest) -> dict[str, object]:
    return request.farm.state.get("ditarik_gone", {})


@route("/ditarik/feed/")
def feed(request: FarmRequest) -> FarmResponse:
    gone = _gone(request)
    items = "".join(
        f"<item><title>{escape(title)}</title><link>{request.url('/ditarik/berita/' + slug)}</link>"
        f"<guid>{request.url('/ditarik/berita/' + slug)}</guid><description>{escape(text)}</description>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for slug, title, text, when in RELEASES if slug not in gone)
    return xml(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Diskominfo Ditarik'
               f"</title><link>{request.url('/ditarik/')}</link><description>Siaran pers</description>{items}"
               "</channel></rss>", content_type="application/rss+xml; charset=utf-8")


@route("/ditarik/berita/", prefix=True)
def page(request: FarmRequest) -> FarmResponse:
    slug = request.path.rsplit("/", 1)[-1]
    found = next((r for r in RELEASES if r[0] == slug), None)
    status = _gone(request).get(slug)
    if found is None or status in (404, 410):
        return FarmResponse(body="<html><body><h1>Halaman tidak ditemukan</h1></body></html>",
                            status=int(status or 404), etag=False)
    if status == "slow":
        return FarmResponse(body="<html><body>lambat</body></html>", delay=4.0, etag=False)
    if isinstance(status, int):
        return FarmResponse(body="<html><body>Server sibuk</body></html>", status=status, etag=False,
                            headers={"Retry-After": "1"} if status == 429 else {})
    _, title, text, when = found
    return html(f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
                f"<time datetime='{when.isoformat()}'>{when:%d-%m-%Y}</time><p>{escape(text)}</p>"
                "</article></body></html>")
