"""A KIM website whose articles declare their charset late or wrongly (outside tester V, F1/F2).

``charsets`` (127.0.11.1): a listing (``/`` and ``/berita/``) of three dated articles —
``/berita/gbk-late.html``: GBK bytes, no HTTP charset, ``<meta http-equiv>`` gbk after 5 KB of
scripts in the head; ``/berita/cp1251.html``: windows-1251 bytes under an HTTP ``charset=utf-8``
with a windows-1251 meta; ``/berita/eucjp.html``: EUC-JP bytes under an HTTP ``charset=iso-8859-1``
with an EUC-JP meta.
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html, not_found
from tests.farm.sites.website_common import Site

HOSTS = {"charsets": "127.0.11.1"}
CHARSET_HOSTS = tuple(HOSTS.values())

SCRIPTS = "".join(f'<script type="text/javascript">var slot{i} = "{"a" * 400}";</script>\n' for i in range(12))
#: name → (text of the article, bytes' encoding, HTTP Content-Type, head before the title, day)
ARTICLES = {
    "gbk-late": ("宇航员在太空中喝酒会怎么样？专家解释了失重环境下酒精对人体的影响，以及空间站为何禁止饮酒。"
                 "医学研究表明，微重力会改变体液分布，使人更容易头晕和脱水，因此任务期间严禁饮酒。",
                 "gbk", "text/html", SCRIPTS + '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', 2),
    "cp1251": ("Скайрим: как увеличить скорость бега персонажа без модов и консольных команд. Опытные игроки "
               "советуют следить за переносимым весом, выбирать лёгкую броню и вовремя пить зелья выносливости.",
               "cp1251", "text/html; charset=utf-8", '<meta charset="windows-1251">', 3),
    "eucjp": ("商品の改造が商標法違反になる場合があります。特許事務所の弁理士が具体的な事例を挙げて、"
              "転売や改造品の販売で注意すべき点と、商標権者の権利が及ぶ範囲をわかりやすく解説します。",
              "euc_jp", "text/html; charset=iso-8859-1",
              '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', 4),
}

charsets = Site(HOSTS["charsets"])


def _listing(request: FarmRequest) -> FarmResponse:
    cards = "".join(f'<article class="post"><h2><a href="/berita/{name}.html">Berita {name} dari luar negeri</a></h2>'
                    f'<span class="date">{day} Desember 2026</span></article>'
                    for name, (_, _, _, _, day) in ARTICLES.items())
    return html(f'<html><head><meta charset="utf-8"><title>KIM Aksara</title></head><body><main>{cards}</main>'
                "</body></html>")


charsets.page("/")(_listing)
charsets.page("/berita/")(_listing)


@charsets.prefix("/berita/")
def charsets_article(request: FarmRequest) -> FarmResponse:
    name = request.path.removeprefix("/berita/").removesuffix(".html")
    if name not in ARTICLES:
        return not_found()
    text, encoding, content_type, head, day = ARTICLES[name]
    page = (f"<!DOCTYPE html><html><head>{head}<title>{text[:18]}</title>"
            f'<meta property="article:published_time" content="2026-12-{day:02d}T09:00:00+08:00"></head>'
            f"<body><main><article><h1>{text[:18]}</h1><p>{text}</p><p>{text}</p></article></main></body></html>")
    return FarmResponse(body=page.encode(encoding), content_type=content_type)
