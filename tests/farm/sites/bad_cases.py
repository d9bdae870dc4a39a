"""Broken and hostile channels: each must cost only itself, and show in channel health.

404, 500 then recovery, a timeout, malformed XML, a feed declared UTF-8 but sent in
Windows-1252, gzip, a 301 redirect, a redirect loop, an oversized body, duplicate GUIDs,
missing dates; and robots.txt on 127.0.0.2 disallowing ``/private/`` with a Crawl-delay.

Tests that need a short timeout or a small maximum size set ``KIMWATCH_DOWNLOAD_TIMEOUT``
(the slow feed waits :data:`SLOW_SECONDS`) and ``KIMWATCH_DOWNLOAD_MAXSIZE`` (the huge feed
is :data:`HUGE_BYTES`).
"""

from __future__ import annotations

from tests.farm import ROBOTS_HOST, FarmRequest, FarmResponse, not_found, redirect, route, xml

SLOW_SECONDS = 4.0
HUGE_BYTES = 3 * 1024 * 1024


def rss(title: str, items: str, encoding: str = "UTF-8") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link><description>{title}</description>{items}</channel></rss>")


def item(guid: str, title: str, body: str, date: str | None = "Mon, 28 Oct 2024 02:00:00 +0000") -> str:
    pub = f"<pubDate>{date}</pubDate>" if date else ""
    return (f"<item><title>{title}</title><link>http://kim.example.invalid/{guid}</link>"
            f'<guid isPermaLink="false">{guid}</guid>{pub}<description><![CDATA[{body}]]></description></item>')


@route("/bad/404/feed")
def gone(request: FarmRequest) -> FarmResponse:
    return not_found()


@route("/bad/flaky/feed")
def flaky(request: FarmRequest) -> FarmResponse:
    """500 on the first request of a test, a good feed afterwards."""
    with request.farm.lock:
        count = request.farm.state.get("flaky", 0)
        request.farm.state["flaky"] = count + 1
    if count == 0:
        return FarmResponse(status=500, body="<h1>Internal Server Error</h1>", etag=False)
    return xml(rss("KIM Pulau Laut", item("flaky-1", "Pulih kembali", "<p>Situs kembali normal.</p>")))


@route("/bad/slow/feed")
def slow(request: FarmRequest) -> FarmResponse:
    return xml(rss("Lambat", item("slow-1", "Lambat", "x")), delay=SLOW_SECONDS)


@route("/bad/malformed/feed")
def malformed(request: FarmRequest) -> FarmResponse:
    return xml('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>KIM Rusak</title>'
               "<item><title>Rapat RT & warga <b>penting</title><guid>mal-1</guid>"
               "<description>Isi berita rusak <p>tanpa penutup</description></item>"
               "<item><title>Kedua</titl><guid>mal-2</guid></item></channel>")


@route("/bad/notafeed/feed")
def not_a_feed(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body="<html><head><title>Hosting suspended</title></head><body><h1>Account suspended</h1></body></html>")


@route("/bad/cp1252/feed")
def cp1252(request: FarmRequest) -> FarmResponse:
    body = rss("KIM Martapura Kota", item(
        "cp-1", "Peringatan \u201cHari Sumpah Pemuda\u201d \u2013 Martapura",
        "<p>Upacara peringatan \u201cHari Sumpah Pemuda\u201d ke-96 di Lapangan Ratu Zalecha \u2013 "
        "dihadiri pelajar & pemuda. Caf\u00e9 UMKM turut meramaikan.</p>"))
    return FarmResponse(body=body.encode("cp1252"), content_type="application/rss+xml; charset=utf-8")


@route("/bad/gzip/feed")
def gzipped(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Gambut", item("gz-1", "Panen raya padi di Gambut", "<p>Petani Gambut panen raya.</p>")), gzip=True)


@route("/bad/moved/feed")
def moved(request: FarmRequest) -> FarmResponse:
    return redirect(request.url("/kimmoved/feed/"), status=301)


@route("/kimmoved/feed/")
def moved_target(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Pindahan", item("moved-1", "Blog kami pindah alamat", "<p>Kunjungi alamat baru kami.</p>")))


@route("/bad/loop/a")
def loop_a(request: FarmRequest) -> FarmResponse:
    return redirect(request.url("/bad/loop/b"), status=302)


@route("/bad/loop/b")
def loop_b(request: FarmRequest) -> FarmResponse:
    return redirect(request.url("/bad/loop/a"), status=302)


@route("/bad/huge/feed")
def huge(request: FarmRequest) -> FarmResponse:
    filler = "<!-- " + ("x" * (HUGE_BYTES)) + " -->"
    return xml(rss("Besar", item("huge-1", "Besar", "isi")) + filler)


@route("/bad/dupes/feed")
def dupes(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Kembar", item("dup-1", "Pengumuman ronda malam", "<p>Jadwal ronda malam RT 02.</p>")
                   + item("dup-1", "Pengumuman ronda malam", "<p>Jadwal ronda malam RT 02.</p>")
                   + item("dup-2", "Lomba 17 Agustus", "<p>Juara lomba balap karung.</p>")))


@route("/bad/nodates/feed")
def nodates(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Tanpa Tanggal", item("nd-1", "Berita tanpa tanggal", "<p>Tidak ada tanggal.</p>", date=None)
                   + item("nd-2", "Berita bertanggal", "<p>Ada tanggal.</p>", date="Selasa, 29 Oktober 2024")))


# --------------------------------------------------------------------------- robots.txt on another host

@route("/robots.txt", host=ROBOTS_HOST)
def robots(request: FarmRequest) -> FarmResponse:
    return FarmResponse(body="User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n", content_type="text/plain")


@route("/private/feed/", host=ROBOTS_HOST)
def private_feed(request: FarmRequest) -> FarmResponse:
    return xml(rss("Rahasia", item("priv-1", "Tidak boleh diambil", "x")))


@route("/public/feed/", host=ROBOTS_HOST)
def public_feed(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Sebamban", item("pub-1", "Penyaluran bantuan benih", "<p>Bantuan benih padi untuk kelompok tani.</p>")))


@route("/public/feed2/", host=ROBOTS_HOST)
def public_feed2(request: FarmRequest) -> FarmResponse:
    return xml(rss("KIM Sebamban 2", item("pub-2", "Vaksinasi ternak", "<p>Vaksinasi ternak sapi di Sebamban.</p>")))
