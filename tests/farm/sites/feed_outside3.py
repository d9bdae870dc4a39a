"""Feed shapes an outside tester met on the real web (session 9 harvest10 findings).

- ``/outside3/raw-deflate/feed``: a whole feed sent ``Content-Encoding: deflate`` as *raw*
  deflate (no zlib header, as many servers send it); it is not well-formed (an ``&nbsp;``), so
  its flaw is a note — it is no body cut short.
- ``/outside3/koi8/feed``: a KOI8-R feed that declares no encoding anywhere (no XML
  ``encoding=``, no HTTP charset).
- ``/outside3/php-warning/feed``: a WordPress feed preceded by a PHP warning printed by a plugin.
- ``/outside3/latin1/feed``: an ISO-8859-1 feed that declares no encoding anywhere (outside
  tester S), and ``/outside3/latin1-as-utf8/feed``, the same bytes labelled UTF-8.
"""

from __future__ import annotations

import zlib

from tests.farm import FarmRequest, FarmResponse, route

#: (title, text) of the KOI8-R feed's items (made up)
KOI8_ITEMS = [("Как пережить новогоднюю ночь", "Новый год обязательно наступит, и жители деревни готовятся."),
              ("Субботник в деревне", "В субботу жители деревни убрали улицы и посадили деревья.")]
#: (title, text) of the Latin-1 feeds' items (outside tester S's)
LATIN1_ITEMS = [("Prêmio São João à comunidade", "A associação recebeu o prêmio em Brasília."),
                ("Café e açúcar distribuídos", "A comunidade distribuiu café e açúcar.")]
PHP_WARNING = (b"<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent in "
               b"<b>/var/www/wp-content/plugins/x.php</b> on line <b>12</b><br />\n")


def rss(items: list[tuple[str, str]], base: str, title: str = "KIM Contoh") -> str:
    entries = "".join(f"<item><title>{t}</title><link>{base}/{n}/</link><guid>{base}/{n}/</guid>"
                      f"<pubDate>Thu, 2{n} Nov 2026 02:00:00 +0000</pubDate><description>{d}</description></item>"
                      for n, (t, d) in enumerate(items, start=1))
    return f'<rss version="2.0"><channel><title>{title}</title><link>{base}/</link>{entries}</channel></rss>'


@route("/outside3/raw-deflate/feed")
def raw_deflate(request: FarmRequest) -> FarmResponse:
    body = rss([("Kerja Bakti Gang Purnama", "Warga membersihkan saluran air sepanjang 300 meter."),
                ("Posyandu Lansia RT 07", "Sebanyak 35 lansia memeriksakan tekanan darah.")],
               request.url("/outside3/raw-deflate"), title="KIM&nbsp;Contoh").encode()
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw: no zlib header, no checksum
    return FarmResponse(body=packer.compress(body) + packer.flush(), content_type="application/rss+xml",
                        headers={"Content-Encoding": "deflate"}, etag=False)


@route("/outside3/koi8/feed")
def koi8(request: FarmRequest) -> FarmResponse:
    body = rss(KOI8_ITEMS, request.url("/outside3/koi8"), title="Новости деревни").encode("koi8-r")
    return FarmResponse(body=body, content_type="application/xml", etag=False)


@route("/outside3/php-warning/feed")
def php_warning(request: FarmRequest) -> FarmResponse:
    body = rss([("Kerja Bakti Gang Purnama", "Warga membersihkan saluran air sepanjang 300 meter."),
                ("Posyandu Lansia RT 07", "Sebanyak 35 lansia memeriksakan tekanan darah.")],
               request.url("/outside3/php-warning"))
    return FarmResponse(body=PHP_WARNING + b'<?xml version="1.0" encoding="UTF-8"?>\n' + body.encode(),
                        content_type="application/rss+xml; charset=UTF-8", etag=False)


@route("/outside3/latin1/feed")
def latin1(request: FarmRequest) -> FarmResponse:
    body = rss(LATIN1_ITEMS, request.url("/outside3/latin1"), title="Café").encode("latin-1")
    return FarmResponse(body=b'<?xml version="1.0"?>' + body, content_type="application/rss+xml", etag=False)


@route("/outside3/latin1-as-utf8/feed")
def latin1_as_utf8(request: FarmRequest) -> FarmResponse:
    body = rss(LATIN1_ITEMS, request.url("/outside3/latin1-as-utf8"), title="Café").encode("latin-1")
    return FarmResponse(body=b'<?xml version="1.0" encoding="utf-8"?>' + body,
                        content_type="application/rss+xml; charset=utf-8", etag=False)
