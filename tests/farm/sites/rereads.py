"""Channels whose second reading comes back with less than the first (outside tester R's finding 1).

- ``/reread/rilis/feed/``: a government source's feed with one release, :data:`RELEASE_PATH`.
- ``/reread/feed/``: a KIM's RSS feed of three posts; the second links the release.
- ``/reread/situs/``: a KIM's site announcing its feed ``/reread/situs/feed/`` (full content).
- ``/s/kimreread``: a KIM's Telegram preview of three messages.

``farm.state["reread-cut"] = True`` breaks each of them off inside its second post, as a PHP
error or a full disk does, after its id (a feed: a half ``<item>`` of junk follows; the preview
page stops inside the message, before its text).
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html, route, xml
from tests.farm.sites.kim_channels import tg_message

RELEASE_PATH = "/reread/rilis/pendataan-ktp-el/"
#: what the feed's answer becomes after the cut (junk a parser reads as one more entry)
JUNK = "<pubDate>W<item><title>rusak & <b>tag</title>"
POSTS = [
    (3, "Gotong royong RT 3", "Warga RT 3 bergotong royong membersihkan saluran air Sabtu pagi."),
    (2, "Perekaman KTP-el", "Warga Desa Sungai Tabuk yang belum merekam KTP-el diminta datang ke kantor "
                            "kecamatan pada tanggal 12. Info lengkap: {release}"),
    (1, "Posyandu balita", "Posyandu balita dibuka di balai desa mulai pukul 08.00 WITA."),
]


def _cut(request: FarmRequest, body: str, after: str, marker: str) -> str:
    """``body`` broken off at ``marker`` after ``after`` when the farm's state asks for it."""
    if not request.farm.state.get("reread-cut"):
        return body
    return body[: body.index(marker, body.index(after))]


@route("/reread/rilis/feed/")
def release_feed(request: FarmRequest) -> FarmResponse:
    url = request.url(RELEASE_PATH)
    return xml('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Diskominfo</title>'
               f"<link>{request.url('/reread/rilis/')}</link><description>rilis</description>"
               f"<item><title>Pendataan KTP-el bagi warga yang belum merekam</title><link>{url}</link>"
               '<guid isPermaLink="false">rilis-ktp-el</guid><pubDate>Sun, 01 Nov 2026 01:00:00 +0000</pubDate>'
               "<description>&lt;p&gt;Disdukcapil membuka perekaman KTP-el di kantor kecamatan.&lt;/p&gt;"
               "</description></item></channel></rss>")


def _items(request: FarmRequest, base: str, *, full: bool) -> str:
    out = []
    for number, title, text in POSTS:
        body = text.format(release=request.url(RELEASE_PATH))
        content = f"<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>" if full else ""
        out.append(f"<item><title>{title}</title><link>{request.url(f'{base}p/{number}/')}</link>"
                   f'<guid isPermaLink="false">reread-{number}</guid>'
                   f"<pubDate>Mon, 0{number + 1} Nov 2026 05:00:00 +0000</pubDate>"
                   f"<description><![CDATA[<p>{body}</p>]]></description>{content}</item>")
    return "".join(out)


def _feed(request: FarmRequest, base: str, *, full: bool) -> FarmResponse:
    body = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>KIM Reread</title>'
            f"<link>{request.url(base)}</link><description>KIM</description>"
            + _items(request, base, full=full) + "</channel></rss>")
    cut = _cut(request, body, "reread-2", "<pubDate>")
    return xml(cut if cut == body else cut + JUNK, etag=False)


@route("/reread/feed/")
def kim_feed(request: FarmRequest) -> FarmResponse:
    return _feed(request, "/reread/", full=False)


@route("/reread/situs/feed/")
def site_feed(request: FarmRequest) -> FarmResponse:
    return _feed(request, "/reread/situs/", full=True)


@route("/reread/situs/")
def site_home(request: FarmRequest) -> FarmResponse:
    feed = request.url("/reread/situs/feed/")
    return html(f'<html><head><title>KIM Reread</title><link rel="alternate" type="application/rss+xml" '
                f'href="{feed}"></head><body><h1>KIM Reread</h1><p>Selamat datang</p></body></html>')


@route("/s/kimreread")
def telegram_preview(request: FarmRequest) -> FarmResponse:
    messages = "".join(tg_message(request, "kimreread", number, f"2026-11-0{number + 1}T05:00:00+00:00",
                                  text.format(release=request.url(RELEASE_PATH)))
                       for number, _, text in reversed(POSTS))
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>KIM Reread – Telegram</title></head>'
            '<body class="widget_frame_base tgme_webpreview_body"><header class="tgme_header search_collapsed">'
            '<div class="tgme_header_info"><div class="tgme_channel_info_header_title"><span dir="auto">KIM Reread'
            '</span></div></div></header><main class="tgme_main"><section class="tgme_channel_history '
            f'js-message_history">{messages}</section></main></body></html>')
    return html(_cut(request, page, 'data-post="kimreread/2"', '<div class="tgme_widget_message_text'), etag=False)
