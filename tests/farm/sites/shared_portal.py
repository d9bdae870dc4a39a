"""A kabupaten portal that hosts several KIMs' news under paths of one host (``/portal/kim/<kim>/``):
each KIM's RSS feed and article pages with Open Graph (what a self-report's verification reads),
and the portal's own front page at ``/portal/``. An intranet server of an office looks the same."""

from __future__ import annotations

from html import escape

from tests.farm import FarmRequest, FarmResponse, html, not_found, route, xml

KIMS = {"kima": "KIM Amanah", "kimb": "KIM Berkah"}
POSTS = {
    1: ("Posyandu balita dibuka Sabtu pagi",
        "Posyandu balita Desa Hulu dibuka Sabtu 12 Desember 2026 pukul 08.00 WITA di balai desa; bawa buku KIA."),
    2: ("Kerja bakti membersihkan saluran air",
        "Warga diajak kerja bakti membersihkan saluran air pada Minggu pagi di sepanjang jalan desa."),
}


def post_path(kim: str, number: int) -> str:
    return f"/portal/kim/{kim}/berita/{number}.html"


@route("/portal/kim/", prefix=True)
def portal(request: FarmRequest) -> FarmResponse:
    parts = request.path.removeprefix("/portal/kim/").split("/")
    kim = parts[0]
    if kim not in KIMS:
        return not_found()
    if parts[1:] == ["feed.xml"]:
        items = "".join(
            f"<item><title>{escape(title)}</title><link>{request.url(post_path(kim, n))}</link>"
            f"<guid>{request.url(post_path(kim, n))}</guid><pubDate>Mon, 07 Dec 2026 0{n}:00:00 +0000</pubDate>"
            f"<description>{escape(text)}</description></item>"
            for n, (title, text) in POSTS.items())
        return xml(f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{KIMS[kim]}</title>"
                   f"<link>{request.url(f'/portal/kim/{kim}/')}</link>{items}</channel></rss>")
    if len(parts) == 3 and parts[1] == "berita" and parts[2].removesuffix(".html").isdigit():
        number = int(parts[2].removesuffix(".html"))
        if number not in POSTS:
            return not_found()
        title, text = POSTS[number]
        dated = f"<meta property='article:published_time' content='2026-12-07T0{number}:00:00+00:00'>"
        if request.farm.state.get("portal_no_date"):  # a page without its date; its preview cut short
            dated, text = "", text[:60] + "…"
        return html("<!DOCTYPE html><html><head><meta charset='utf-8'>"
                    f"<title>{escape(title)}</title><meta property='og:site_name' content='{KIMS[kim]}'>"
                    f"<meta property='og:title' content='{escape(title)}'>"
                    f"<meta property='og:description' content='{escape(text)}'>{dated}"
                    f"</head><body><article><h1>{escape(title)}</h1><p>{escape(text)}</p></article></body></html>")
    return not_found()
