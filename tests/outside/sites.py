"""The outside web of the scenario: markup and formats the crawler was not written against.

:func:`routes` returns ``host → {path → Reply}`` for :class:`tests.outside.proxy.OutsideProxy`.
Every post has a known title, date and a marker word in its text, so tests can assert exact
results. Dates: WITA is UTC+8.
"""

from __future__ import annotations

import gzip
import json

from tests.outside.proxy import Reply, Route

ANN_URL = "https://diskominfomc.kalselprov.go.id/2024/11/04/rapat-koordinasi-stunting/"
ANN2_URL = "https://diskominfomc.kalselprov.go.id/2024/11/05/vaksinasi-polio/"
YT_ID = "UCkimHandle0000000000001"  # 24 characters
YT_C_ID = "UCkimCustom000000000002"
YT_OTHER = "UCotherFeatured00000003"
BIG_ITEMS = 10_000


def _html(title: str, body: str, head: str = "", lang: str = "id", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title}</title>{head}</head>'
            f"<body>{body}</body></html>")


def _xml(body: str | bytes, ctype: str = "application/rss+xml; charset=UTF-8", **kw: object) -> Reply:
    return Reply(body, content_type=ctype, **kw)  # type: ignore[arg-type]


def _words(marker: str, n: int = 60) -> str:
    return (f"{marker} Pemerintah kelurahan mengajak warga hadir dalam kegiatan bersama di balai "
            "desa untuk membahas program kesehatan dan kebersihan lingkungan. ") * max(1, n // 20)


# --------------------------------------------------------------------------- government source

def _announcement(topic: str) -> str:
    return (f"Gubernur Kalimantan Selatan menginstruksikan seluruh perangkat daerah mendukung program {topic} "
            "dengan anggaran tambahan tahun depan sesuai arahan kementerian terkait. ") * 3


def source_site() -> dict[str, Route]:
    items = "".join(
        f"""<item><title>{t}</title><link>{u}</link><guid isPermaLink="false">{u}</guid>
        <pubDate>{d}</pubDate><description><![CDATA[<p>{_announcement(m)}</p>]]></description></item>"""
        for t, u, d, m in (
            ("Rapat Koordinasi Percepatan Penurunan Stunting", ANN_URL, "Mon, 04 Nov 2024 01:00:00 +0000", "stunting"),
            ("Pekan Imunisasi Nasional Polio Dimulai", ANN2_URL, "Thu, 24 Oct 2024 00:30:00 +0000", "polio"),
        ))
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
    <title>Diskominfo Kalsel</title><link>https://diskominfomc.kalselprov.go.id/</link>
    <generator>https://wordpress.org/?v=6.4</generator>{items}</channel></rss>"""
    return {"/feed/": _xml(feed)}


# --------------------------------------------------------------------------- Blogger

BLOGGER_POSTS = [
    ("5551", "Sosialisasi Rapat Stunting di Sungai Jingah", "2024-11-04T10:15:00.000+08:00", "blogmarkera"),
    ("5552", "Gotong Royong Bersihkan Saluran Air", "2024-11-03T08:00:00.000+08:00", "blogmarkerb"),
    ("5553", "Posyandu Balita Bulan November", "2024-11-01T09:30:00.000+08:00", "blogmarkerc"),
]


def blogger_site(host: str, posts: list[tuple[str, str, str, str]]) -> dict[str, Route]:
    base = f"http://{host}"

    def url(i: int) -> str:
        return f"{base}/2024/11/post-{posts[i][0]}.html"

    entries = "".join(
        f"""<entry><id>tag:blogger.com,1999:blog-777.post-{pid}</id><published>{date}</published>
        <updated>{date}</updated><title type='text'>{title}</title>
        <content type='html'>{_esc('<div dir="ltr"><p>' + _words(marker) + '</p><p><a href="' + ANN_URL + '">Baca</a></p></div>')}</content>
        <link rel='alternate' type='text/html' href='{url(i)}' title='{title}'/>
        <author><name>Admin KIM</name></author></entry>"""
        for i, (pid, title, date, marker) in enumerate(posts))
    atom = f"""<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'
    xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'><id>tag:blogger.com,1999:blog-777</id>
    <updated>2024-11-04T10:15:00.000+08:00</updated><title type='text'>KIM</title>
    <link rel='alternate' type='text/html' href='{base}/'/>
    <link rel='self' type='application/atom+xml' href='{base}/feeds/posts/default'/>
    <generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>
    <openSearch:totalResults>{len(posts)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>
    <openSearch:itemsPerPage>25</openSearch:itemsPerPage>{entries}</feed>"""
    rss_items = "".join(
        f"""<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-777.post-{pid}</guid>
        <pubDate>{_rfc822(date)}</pubDate><atom:updated>{date}</atom:updated><title>{title}</title>
        <description>{_esc('<p>' + _words(marker) + '</p><a href="' + ANN_URL + '">Baca</a>')}</description>
        <link>{url(i)}</link><author>noreply@blogger.com (Admin KIM)</author></item>"""
        for i, (pid, title, date, marker) in enumerate(posts))
    rss = f"""<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom'
    xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' version='2.0'><channel>
    <atom:id>tag:blogger.com,1999:blog-777</atom:id><title>KIM</title><link>{base}/</link>
    <generator>Blogger</generator><openSearch:totalResults>{len(posts)}</openSearch:totalResults>
    <openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>
    {rss_items}</channel></rss>"""
    home_posts = "".join(
        f"""<div class="post-outer"><div class="post hentry uncustomized-post-template">
        <h3 class="post-title entry-title"><a href="{url(i)}">{title}</a></h3>
        <div class="post-header"><abbr class="published" title="{date}">{date[:10]}</abbr></div>
        <div class="post-body entry-content">{_words(marker, 20)}</div></div></div>"""
        for i, (pid, title, date, marker) in enumerate(posts))
    head = (f'<link rel="alternate" type="application/atom+xml" title="KIM - Atom" href="{base}/feeds/posts/default" />'
            f'<link rel="alternate" type="application/rss+xml" title="KIM - RSS" href="{base}/feeds/posts/default?alt=rss" />'
            f'<link rel="service.post" type="application/atom+xml" href="https://www.blogger.com/feeds/777/posts/default" />'
            '<meta content="blogger" name="generator"/>')
    home = _html("KIM Blog", f'<div class="blog-posts hfeed">{home_posts}</div>', head)
    routes: dict[str, Route] = {
        "/": Reply(home),
        "/feeds/posts/default": _xml(atom, "application/atom+xml; charset=UTF-8"),
        "/feeds/posts/default?alt=rss": _xml(rss),
    }
    return routes


def _esc(html: str) -> str:
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rfc822(iso: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(iso).strftime("%a, %d %b %Y %H:%M:%S %z")


# --------------------------------------------------------------------------- WordPress, ?p= links

WP_POSTS = [
    (123, "Kerja Bakti Massal Menyambut Hari Pahlawan", "2024-11-04T10:15:00+08:00", "wpmarkera"),
    (118, "Pelatihan Jurnalistik Warga untuk Pemuda", "2024-11-02T14:00:00+08:00", "wpmarkerb"),
    (117, "Pembagian Bibit Pohon di Taman Kelurahan", "2024-10-30T09:00:00+08:00", "wpmarkerc"),
    (110, "Lomba Kampung Bersih Tingkat Kecamatan", "2024-10-28T16:45:00+08:00", "wpmarkerd"),
]


def wordpress_site(host: str) -> dict[str, Route]:
    base = f"http://{host}"
    cards = "".join(
        f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard ast-article-post">
        <div class="ast-post-format- blog-layout-1"><div class="post-content ast-col-md-12">
        <h2 class="entry-title" itemprop="headline"><a href="{base}/?p={pid}" rel="bookmark">{title}</a></h2>
        <div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">{date[:10]}</span></span></div>
        <div class="ast-excerpt-container"><p>{_words(marker, 20)[:150]}&hellip;</p></div>
        <p class="read-more"><a class="" href="{base}/?p={pid}">Read More &raquo;</a></p>
        </div></div></article>"""
        for pid, title, date, marker in WP_POSTS)
    nav = (f'<nav class="ast-pagination"><div class="nav-links"><a class="next page-numbers" '
           f'href="{base}/?paged=1">Next</a></div></nav>')  # points to the page itself: a loop
    head = (f'<link rel="https://api.w.org/" href="{base}/wp-json/" />'
            '<meta name="generator" content="WordPress 6.5.2" />'
            f'<link rel="stylesheet" href="{base}/wp-content/themes/astra/style.css" />')
    home = _html("Desa Banua Anyar", f'<div id="primary" class="content-area"><main id="main">{cards}{nav}</main></div>'
                 '<aside><ul><li><a href="/?page_id=2">Profil Desa</a></li><li><a href="/?cat=3">Berita</a></li></ul></aside>',
                 head)
    routes: dict[str, Route] = {"/": Reply(home), "/?paged=1": Reply(home)}
    rest_off = Reply(json.dumps({"code": "rest_disabled", "message": "REST API dinonaktifkan",
                                 "data": {"status": 401}}), status=401, content_type="application/json")
    routes["/wp-json/"] = rest_off
    routes["/wp-json/wp/v2/posts"] = rest_off
    for path in ("/feed/", "/feed", "/?feed=rss2", "/rss", "/atom.xml", "/index.xml", "/rss.xml", "/feed.xml"):
        routes[path] = Reply(_html("Halaman tidak ditemukan", "<p>Feed dinonaktifkan</p>"), status=404)
    for pid, title, date, marker in WP_POSTS:
        article = (f'<article id="post-{pid}" class="post-{pid} post type-post"><header class="entry-header">'
                   f'<h1 class="entry-title" itemprop="headline">{title}</h1><div class="entry-meta">'
                   f'<span class="posted-on"><time class="entry-date published" datetime="{date}">'
                   f'{date[:10]}</time></span> / <span class="author">admin</span></div></header>'
                   f'<div class="entry-content clear" itemprop="text"><p>{_words(marker)}</p>'
                   f'<p>Sumber: <a href="{ANN_URL}">Diskominfo</a></p></div></article>')
        routes[f"/?p={pid}"] = Reply(_html(f"{title} &#8211; Desa Banua Anyar", f'<main id="main">{article}</main>', head))
    return routes


# --------------------------------------------------------------------------- KIM.id-style cards

KIMID_POSTS = [
    ("rapat-posyandu-lansia", "Rapat Persiapan Posyandu Lansia", "Senin, 4 November 2024 | 10:15 WITA",
     "2024-11-04T02:15:00Z", "kimidmarkera"),
    ("vaksinasi-polio-anak", "Vaksinasi Polio untuk Anak Usia Dini", "05/11/2024",
     "2024-11-04T16:00:00Z", "kimidmarkerb"),
    ("lomba-mewarnai", "Lomba Mewarnai Tingkat TK", "Jumat, 1 November 2024 | 08:00 WITA",
     "2024-11-01T00:00:00Z", "kimidmarkerc"),
    ("kerja-bakti-rt-05", "Kerja Bakti RT 05", "28/10/2024", "2024-10-27T16:00:00Z", "kimidmarkerd"),
]


def kimid_site(host: str) -> dict[str, Route]:
    cards = "".join(
        f"""<div class="col-md-4"><div class="card card-news shadow-sm">
        <a href="/berita/detail/{slug}"><img class="card-img-top" src="/storage/thumb/{slug}.jpg" alt=""></a>
        <div class="card-body"><small class="text-muted"><i class="fa fa-calendar"></i> {shown}</small>
        <h5 class="card-title"><a href="/berita/detail/{slug}">{title}</a></h5></div></div></div>"""
        for slug, title, shown, _, _ in KIMID_POSTS)
    home = _html("KIM Sungai Jingah", f'<nav class="navbar"><a href="/">Beranda</a><a href="/berita">Berita</a>'
                 f'<a href="/profil">Profil</a></nav><section class="container"><div class="row">{cards}</div></section>'
                 '<footer>Powered by KIM.id</footer>')
    routes: dict[str, Route] = {"/": Reply(home), "/berita": Reply(home)}
    for slug, title, shown, _, marker in KIMID_POSTS:
        page = (f'<div class="container"><div class="card"><div class="card-body">'
                f'<h3 class="fw-bold">{title}</h3><p class="text-muted small"><i class="fa fa-clock"></i> {shown} '
                f'&nbsp; <i class="fa fa-user"></i> Admin</p><div class="isi-berita"><p>{_words(marker)}</p>'
                f'<p>Info lengkap: <a href="{ANN2_URL}">{ANN2_URL}</a></p></div></div></div></div>')
        routes[f"/berita/detail/{slug}"] = Reply(_html(f"{title} - KIM Sungai Jingah", page))
    return routes


# --------------------------------------------------------------------------- Telegram

def _tg_message(channel: str, mid: int, when: str, inner: str, extra_class: str = "") -> str:
    return f"""<div class="tgme_widget_message_wrap js-widget_message_wrap">
    <div class="tgme_widget_message text_not_supported_wrap js-widget_message {extra_class}" data-post="{channel}/{mid}" data-view="x">
    <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo bgcolor6"></i></a></div>
    <div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"></i>
    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{channel}"><span dir="auto">KIM Tg</span></a></div>
    {inner}
    <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
    <span class="tgme_widget_message_views">1.2K</span><span class="tgme_widget_message_meta">
    <a class="tgme_widget_message_date" href="https://t.me/{channel}/{mid}"><time datetime="{when}" class="time">10:15</time></a></span>
    </div></div></div></div></div>"""


TG_CHANNEL = "kimtelaga"
TG_EXPECTED = {  # message id -> (text contains, media)
    201: ("Foto kegiatan rapat stunting tgmarkerphoto", ["photo"]),
    202: ("Apakah warga setuju jadwal posyandu dipindah", ["poll"]),
    204: ("", ["video"]),
    205: ("🎉", []),
    206: ("", []),
}


def telegram_site() -> dict[str, Route]:
    c = TG_CHANNEL
    messages = "".join([
        _tg_message(c, 200, "2024-11-03T23:59:00+00:00",
                    '<div class="tgme_widget_message_text js-message_text service_message_text" dir="auto">Channel photo updated</div>',
                    "service_message"),
        _tg_message(c, 201, "2024-11-04T02:15:00+00:00",
                    f'<a class="tgme_widget_message_photo_wrap 5271 blured" href="https://t.me/{c}/201" '
                    "style=\"width:800px;background-image:url('https://cdn4.telesco.pe/file/abc.jpg')\">"
                    '<div class="tgme_widget_message_photo" style="padding-top:75%"></div></a>'
                    '<div class="tgme_widget_message_text js-message_text" dir="auto">Foto kegiatan rapat stunting '
                    f'tgmarkerphoto <a href="{ANN_URL}" target="_blank" rel="noopener">selengkapnya</a></div>'),
        _tg_message(c, 202, "2024-11-04T03:00:00+00:00",
                    '<div class="tgme_widget_message_poll js-poll"><div class="tgme_widget_message_poll_question">'
                    'Apakah warga setuju jadwal posyandu dipindah ke hari Sabtu?</div>'
                    '<div class="tgme_widget_message_poll_type">Anonymous poll</div>'
                    '<div class="tgme_widget_message_poll_options"><div class="tgme_widget_message_poll_option">'
                    '<div class="tgme_widget_message_poll_option_percent">60%</div><div class="tgme_widget_message_poll_option_value">'
                    '<div class="tgme_widget_message_poll_option_text">Setuju</div></div></div>'
                    '<div class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_percent">40%</div>'
                    '<div class="tgme_widget_message_poll_option_value"><div class="tgme_widget_message_poll_option_text">'
                    'Tidak</div></div></div></div></div>'),
        _tg_message(c, 203, "2024-11-04T03:30:00+00:00",
                    '<div class="tgme_widget_message_text js-message_text service_message_text" dir="auto">'
                    "KIM Tg pinned a photo</div>", "service_message"),
        _tg_message(c, 204, "2024-11-04T04:00:00+00:00",
                    f'<a class="tgme_widget_message_roundvideo_player js-message_roundvideo_player" href="https://t.me/{c}/204">'
                    '<div class="tgme_widget_message_roundvideo_wrap"><video class="tgme_widget_message_roundvideo js-message_roundvideo" '
                    'src="https://cdn4.telesco.pe/file/round.mp4" width="100%" height="100%"></video></div>'
                    '<time class="tgme_widget_message_roundvideo_duration">0:12</time></a>'),
        _tg_message(c, 205, "2024-11-04T05:00:00+00:00",
                    '<div class="tgme_widget_message_text js-message_text" dir="auto"><i class="emoji" '
                    "style=\"background-image:url('//telegram.org/img/emoji/40/F09F8E89.png')\"><b>🎉</b></i></div>"),
        _tg_message(c, 206, "2024-11-04T06:00:00+00:00",
                    f'<a class="tgme_widget_message_link_preview" href="{ANN2_URL}">'
                    '<div class="link_preview_site_name accent_color" dir="auto">Diskominfo Kalsel</div>'
                    '<div class="link_preview_title" dir="auto">Pekan Imunisasi Nasional Polio Dimulai</div>'
                    '<div class="link_preview_description" dir="auto">Dinas Kesehatan mengajak orang tua.</div></a>'),
    ])
    page = _html("KIM Tg – Telegram", f"""<header class="tgme_header search_collapsed"><div class="tgme_header_info">
    <div class="tgme_header_title">KIM Tg</div></div></header><main class="tgme_main"><section class="tgme_channel_history js-message_history">
    {messages}</section></main>""", lang="en")
    landing = _html("Telegram: Contact @kimhantu", """<div class="tgme_page_wrap"><div class="tgme_head_wrap"><div class="tgme_head">
    <a href="//telegram.org/" class="tgme_head_brand"></a></div></div><div class="tgme_body_wrap"><div class="tgme_page">
    <div class="tgme_page_icon"></div><div class="tgme_page_title"><span dir="auto">Telegram</span></div>
    <div class="tgme_page_description">If you have <strong>Telegram</strong>, you can contact <a class="tgme_username_link" href="tg://resolve?domain=kimhantu">@kimhantu</a> right away.</div>
    </div></div></div>""", lang="en")
    return {
        f"/s/{c}": Reply(page),
        "/s/kimhantu": Reply("", status=302, headers={"Location": "https://t.me/kimhantu"}),
        "/kimhantu": Reply(landing),
    }


# --------------------------------------------------------------------------- YouTube

def _videos_xml(channel_id: str, videos: list[tuple[str, str, str, str]]) -> str:
    entries = "".join(
        f"""<entry><id>yt:video:{vid}</id><yt:videoId>{vid}</yt:videoId><yt:channelId>{channel_id}</yt:channelId>
        <title>{title}</title><link rel="alternate" href="https://www.youtube.com/watch?v={vid}"/>
        <author><name>KIM</name><uri>https://www.youtube.com/channel/{channel_id}</uri></author>
        <published>{date}</published><updated>{date}</updated><media:group><media:title>{title}</media:title>
        <media:content url="https://www.youtube.com/v/{vid}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
        <media:thumbnail url="https://i2.ytimg.com/vi/{vid}/hqdefault.jpg" width="480" height="360"/>
        <media:description>{desc}</media:description><media:community><media:starRating count="3" average="5.00" min="1" max="5"/>
        <media:statistics views="42"/></media:community></media:group></entry>"""
        for vid, title, date, desc in videos)
    return f"""<?xml version="1.0" encoding="UTF-8"?><feed xmlns:yt="http://www.youtube.com/xml/schemas/2015"
    xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
    <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id={channel_id}"/>
    <id>yt:channel:{channel_id}</id><yt:channelId>{channel_id}</yt:channelId><title>KIM</title>
    <author><name>KIM</name><uri>https://www.youtube.com/channel/{channel_id}</uri></author>
    <published>2020-01-01T00:00:00+00:00</published>{entries}</feed>"""


YT_HANDLE_VIDEOS = [("vidHandle01", "Liputan Rapat Stunting", "2024-11-04T03:00:00+00:00",
                     f"Liputan kegiatan ytmarkera. Info: {ANN_URL}")]
YT_C_VIDEOS = [("vidCustom01", "Senam Sehat Bersama", "2024-11-02T01:00:00+00:00", "Senam pagi ytmarkerb")]


def youtube_site() -> dict[str, Route]:
    handle_page = _html("KIM Handle - YouTube", f"""<div id="content"></div>
    <script>var ytInitialData = {{"responseContext":{{}},"header":{{"c4TabbedHeaderRenderer":{{"channelId":"{YT_ID}",
    "title":"KIM Handle"}}}},"metadata":{{"channelMetadataRenderer":{{"title":"KIM Handle","externalId":"{YT_ID}",
    "rssUrl":"https://www.youtube.com/feeds/videos.xml?channel_id={YT_ID}"}}}}}};</script>""",
                        f'<link rel="canonical" href="https://www.youtube.com/channel/{YT_ID}">'
                        f'<meta property="og:url" content="https://www.youtube.com/channel/{YT_ID}">', lang="id-ID")
    # the /c/ page mentions a featured channel's id first; its own id is in the canonical link
    custom_page = _html("KIM Custom - YouTube", f"""<script>var ytInitialData = {{"contents":{{"items":[{{
    "gridChannelRenderer":{{"channelId":"{YT_OTHER}","title":"Featured"}}}}]}},
    "microformat":{{"microformatDataRenderer":{{"urlCanonical":"https://www.youtube.com/channel/{YT_C_ID}"}}}}}};</script>""",
                        f'<link rel="canonical" href="https://www.youtube.com/channel/{YT_C_ID}">'
                        f'<meta property="og:url" content="https://www.youtube.com/channel/{YT_C_ID}">', lang="id-ID")
    atom = "application/atom+xml; charset=UTF-8"
    return {
        "/@kimhandle": Reply(handle_page),
        "/c/kimcustom": Reply(custom_page),
        f"/feeds/videos.xml?channel_id={YT_ID}": _xml(_videos_xml(YT_ID, YT_HANDLE_VIDEOS), atom),
        f"/feeds/videos.xml?channel_id={YT_C_ID}": _xml(_videos_xml(YT_C_ID, YT_C_VIDEOS), atom),
        f"/feeds/videos.xml?channel_id={YT_OTHER}": _xml(_videos_xml(YT_OTHER, [
            ("vidOther01", "Wrong channel", "2024-11-01T01:00:00+00:00", "not ours")]), atom),
        "/feeds/videos.xml?channel_id=UCkimXml0000000000000004": _xml(_videos_xml("UCkimXml0000000000000004", [
            ("vidXml01", "Video dari videos.xml", "2024-11-03T01:00:00+00:00", "ytmarkerc")]), atom),
    }


# --------------------------------------------------------------------------- bridges

def rsshub_site() -> dict[str, Route]:
    rss = f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>
    <title><![CDATA[kimig (@kimig) • Instagram]]></title><link>https://www.instagram.com/kimig</link>
    <atom:link href="http://rsshub.app/instagram/user/kimig" rel="self" type="application/rss+xml"/>
    <description><![CDATA[kimig - Powered by RSSHub]]></description><generator>RSSHub</generator><webMaster>contact@rsshub.app (RSSHub)</webMaster>
    <language>en</language><lastBuildDate>Mon, 04 Nov 2024 05:00:00 GMT</lastBuildDate><ttl>5</ttl>
    <item><title><![CDATA[Rapat stunting hari ini igmarker]]></title><description><![CDATA[<img src="https://scontent.cdninstagram.com/x.jpg"><br>Rapat stunting hari ini igmarker, info {ANN_URL}]]></description>
    <pubDate>Mon, 04 Nov 2024 04:00:00 GMT</pubDate><guid isPermaLink="false">https://www.instagram.com/p/CigAAA/</guid>
    <link>https://www.instagram.com/p/CigAAA/</link><author><![CDATA[kimig]]></author></item></channel></rss>"""
    return {"/instagram/user/kimig": _xml(rss, "application/xml; charset=utf-8")}


RSSBRIDGE_FB = "/?action=display&bridge=FacebookBridge&context=User&u=kimfb&format=Atom"
RSSBRIDGE_JSON = "/?action=display&bridge=TikTokBridge&context=By+user&username=kimtt&format=Json"


def rssbridge_site() -> dict[str, Route]:
    atom = f"""<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
    <title type="text">KIM FB - Facebook Bridge</title><id>http://rss-bridge.org/bridge01{RSSBRIDGE_FB.replace('&', '&amp;')}</id>
    <icon>https://static.xx.fbcdn.net/rsrc.php/yo/r/iRmz9lCMBD2.ico</icon><updated>2024-11-04T06:00:00+00:00</updated>
    <author><name>RSS-Bridge</name></author><link rel="alternate" type="text/html" href="https://www.facebook.com/kimfb"/>
    <entry><title type="html">Vaksinasi polio di balai desa fbmarker</title><published>2024-11-04T06:00:00+00:00</published>
    <updated>2024-11-04T06:00:00+00:00</updated><id>https://www.facebook.com/kimfb/posts/pfbid0AAA</id>
    <link rel="alternate" type="text/html" href="https://www.facebook.com/kimfb/posts/pfbid0AAA"/>
    <author><name>KIM FB</name></author><content type="html">{_esc('<p>Vaksinasi polio di balai desa fbmarker</p><a href="' + ANN2_URL + '">link</a>')}</content></entry></feed>"""
    jsonfeed = {
        "version": "https://jsonfeed.org/version/1.1", "title": "kimtt - TikTok Bridge",
        "home_page_url": "https://www.tiktok.com/@kimtt", "feed_url": "http://rss-bridge.org/bridge01" + RSSBRIDGE_JSON,
        "icon": "https://www.tiktok.com/favicon.ico",
        "items": [
            {"id": "https://www.tiktok.com/@kimtt/video/7430000000000000001",
             "url": "https://www.tiktok.com/@kimtt/video/7430000000000000001",
             "title": "Senam pagi bersama warga ttmarkera",
             "content_html": f"<p>Senam pagi bersama warga ttmarkera</p><a href=\"{ANN_URL}\">info</a>",
             "date_published": "2024-11-04T07:00:00+08:00", "authors": [{"name": "kimtt"}]},
            {"id": "https://www.tiktok.com/@kimtt/video/7430000000000000002",
             "url": "https://www.tiktok.com/@kimtt/video/7430000000000000002",
             "content_text": "Lomba mewarnai ttmarkerb", "date_published": "2024-11-03T07:00:00Z",
             "date_modified": "2024-11-03T08:00:00Z"},
        ],
    }
    return {
        RSSBRIDGE_FB: _xml(atom, "application/atom+xml"),
        RSSBRIDGE_JSON: Reply(json.dumps(jsonfeed), content_type="application/feed+json; charset=UTF-8"),
    }


# --------------------------------------------------------------------------- languages

def language_sites() -> dict[str, dict[str, Route]]:
    english = _html("Riverside Community News", f"""<main><article><h1>Community Clean-up Day Draws Hundreds</h1>
    <time datetime="2024-11-02T09:00:00+08:00">November 2, 2024</time><div class="entry-content"><p>{'enmarker Volunteers gathered along the river bank on Saturday morning to collect plastic waste and plant mangroves. ' * 6}</p></div></article></main>""", lang="en")
    arabic_items = "".join(
        f"""<item><title>{t}</title><link>http://akhbar-alqarya.example.net/news/{i}</link><guid>http://akhbar-alqarya.example.net/news/{i}</guid>
        <pubDate>Mon, 04 Nov 2024 0{i}:00:00 +0300</pubDate><description><![CDATA[<p dir="rtl">{d}</p>]]></description></item>"""
        for i, t, d in ((1, "اجتماع تنسيقي حول التقزم", "armarker دعت الحكومة المحلية السكان إلى حضور الاجتماع في قاعة القرية."),
                        (2, "حملة تطعيم ضد شلل الأطفال", "armarkerb تبدأ حملة التطعيم الوطنية يوم الثلاثاء.")))
    arabic = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار القرية</title>
    <link>http://akhbar-alqarya.example.net/</link><language>ar</language>{arabic_items}</channel></rss>"""
    chinese = """<?xml version="1.0" encoding="GB2312"?><rss version="2.0"><channel><title>社区新闻</title>
    <link>http://shequ.example.cn/</link><item><title>社区举行防疫宣传活动</title><link>http://shequ.example.cn/a/1.html</link>
    <guid>http://shequ.example.cn/a/1.html</guid><pubDate>Mon, 04 Nov 2024 10:00:00 +0800</pubDate>
    <description>zhmarker 本周六上午，社区工作人员在广场开展防疫知识宣传，居民踊跃参加。</description></item></channel></rss>"""
    french_article = _html("Réunion publique à la mairie", f"""<main><article><h1>Réunion publique à la mairie</h1>
    <p class="date">Publié le <time datetime="2024-11-03T18:00:00+01:00">3 novembre 2024</time></p>
    <div class="content"><p>{'frmarker Les habitants sont invités à la réunion publique consacrée à la fête du marché et à la sécurité du quartier. ' * 5}</p></div></article></main>""", lang="fr")
    cp1252_article = _html("Cleanup “Kampung” — report", f"""<main><article><h1>Cleanup “Kampung” — report</h1>
    <time datetime="2024-11-01T08:00:00+08:00">1 Nov 2024</time><div class="post-body"><p>{'cpmarker The “green” team raised €120 for bins… that’s great. ' * 8}</p></div></article></main>""", lang="en", charset=None)
    def home(title: str, links: list[tuple[str, str]], lang: str, charset: str | None = "utf-8") -> str:
        items = "".join(f'<li class="news-item"><h2><a href="{href}">{text}</a></h2></li>' for href, text in links)
        return _html(title, f'<header><a href="/">{title}</a></header><main><ul class="news">{items}</ul></main>',
                     lang=lang, charset=charset)

    en_url = "/2024/11/02/community-clean-up-day-draws-hundreds"
    fr_url = "/actualites/reunion-publique-a-la-mairie"
    cp_url = "/2024/11/cleanup-kampung-report.html"
    return {
        "riverside-news.example.org": {
            "/": Reply(home("Riverside Community News", [(en_url, "Community Clean-up Day Draws Hundreds of Volunteers")],
                            "en"), content_type="text/html"),
            en_url: Reply(english, content_type="text/html")},
        "akhbar-alqarya.example.net": {"/rss.xml": _xml(arabic)},
        "shequ.example.cn": {"/rss.xml": _xml(chinese.encode("gb2312"), "text/xml")},
        # declared UTF-8 in header and meta, bytes are ISO-8859-1
        "mairie-village.example.fr": {
            "/": Reply(home("Mairie du village", [(fr_url, "Réunion publique à la mairie du village")], "fr").encode("latin-1")),
            fr_url: Reply(french_article.encode("latin-1"))},
        # no charset anywhere, cp1252 bytes
        "kampung-clean.example.com": {
            "/": Reply(home("Kampung Clean", [(cp_url, "Cleanup “Kampung” — the full report")], "en", None).encode("cp1252"),
                       content_type="text/html"),
            cp_url: Reply(cp1252_article.encode("cp1252"), content_type="text/html")},
    }


# --------------------------------------------------------------------------- broken and hostile

def _big_feed() -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>http://banjir-feed.example.id/p/{i}</link>"
        f"<guid>http://banjir-feed.example.id/p/{i}</guid><pubDate>Mon, 04 Nov 2024 00:00:00 +0000</pubDate>"
        f"<description>bigmarker entry {i}</description></item>" for i in range(BIG_ITEMS))
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()


def _loop_feed(host: str, page: str, nxt: str, n: int) -> Reply:
    entries = "".join(
        f"<entry><id>urn:loop:{n}-{i}</id><title>Loop {n}-{i}</title><updated>2024-11-0{n}T00:00:00Z</updated>"
        f'<link href="http://{host}/post/{n}-{i}"/><content type="text">loopmarker {n} {i}</content></entry>'
        for i in range(2))
    return _xml(f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Loop</title>
    <id>urn:loop</id><updated>2024-11-04T00:00:00Z</updated><link rel="self" href="http://{host}{page}"/>
    <link rel="next" href="http://{host}{nxt}"/>{entries}</feed>""", "application/atom+xml")


def broken_sites() -> dict[str, dict[str, Route]]:
    bomb = gzip.compress(b"<rss>" + b" " * (64 * 1024 * 1024), compresslevel=9)
    one_line = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Satu Baris</title></head><body>'
                + "".join(f'<div class="x"><span>{i}</span></div>' for i in range(70_000))
                + '<article><h1>Artikel Satu Baris</h1><p>' + _words("onelinemarker") + "</p></article></body></html>")
    loop = "loop-feed.example.id"
    return {
        "html-instead.example.id": {"/feed/": Reply(_html("Beranda", "<h1>Selamat datang</h1><p>Situs desa.</p>"))},
        "empty-body.example.id": {"/feed/": Reply(b"", content_type="application/rss+xml")},
        "captive.example.id": {"/feed/": Reply(_html("Login Wi-Fi Desa", '<form action="http://10.0.0.1/login" method="post">'
                                                    '<input name="voucher"><button>Masuk</button></form>'))},
        "slow-drip.example.id": {"/feed/": Reply(b"", content_type="application/rss+xml", drip=0.5)},
        loop: {"/feed/": _loop_feed(loop, "/feed/", "/feed/?page=2", 1),
               "/feed/?page=2": _loop_feed(loop, "/feed/?page=2", "/feed/", 2)},
        "banjir-feed.example.id": {"/feed/": _xml(_big_feed())},
        "bomb.example.id": {"/feed/": Reply(bomb, content_type="application/rss+xml",
                                            headers={"Content-Encoding": "gzip"})},
        "one-line.example.id": {"/": Reply(one_line)},
        "private-kim.example.id": {"/feed/": Reply("Unauthorized", status=401, content_type="text/plain",
                                                   headers={"WWW-Authenticate": 'Basic realm="kim"'})},
        "forbidden-kim.example.id": {"/feed/": Reply(_html("403 Forbidden", "<h1>Forbidden</h1>"), status=403)},
    }


def routes() -> dict[str, dict[str, Route]]:
    table: dict[str, dict[str, Route]] = {
        "diskominfomc.kalselprov.go.id": source_site(),
        "kimsungaijingah.blogspot.com": blogger_site("kimsungaijingah.blogspot.com", BLOGGER_POSTS),
        "kimalalak.blogspot.com": blogger_site("kimalalak.blogspot.com", BLOGGER_POSTS[:2]),
        "banuaanyar.desa.id": wordpress_site("banuaanyar.desa.id"),
        "sungaijingah.kim.id": kimid_site("sungaijingah.kim.id"),
        "t.me": telegram_site(),
        "www.youtube.com": youtube_site(),
        "rsshub.app": rsshub_site(),
        "rss-bridge.org": {},
    }
    table["rss-bridge.org"] = {"/bridge01" + k: v for k, v in rssbridge_site().items()}
    table.update(language_sites())
    table.update(broken_sites())
    return table
