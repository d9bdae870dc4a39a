"""Good channels: a government source, Blogger, WordPress, RDF, YouTube, Telegram, a bridge feed.

Content is modelled on real Kalimantan Selatan KIM channels (Indonesian, WITA times). The
KIM posts amplify the Diskominfo announcements in the ways the matcher must recognise: a
direct link, a shortened link, a full copy, a summary; others are unrelated local news.

``farm.state["edited"] = True`` edits one WordPress post (for update-in-place tests).
"""

from __future__ import annotations

from html import escape

from tests.farm import (
    SHORTENER_HOST,
    FarmRequest,
    FarmResponse,
    html,
    not_found,
    redirect,
    route,
    xml,
)

# --------------------------------------------------------------------------- government source

ANNOUNCEMENTS = [
    {
        "slug": "vaksinasi-polio-massal-13-kabupaten-kota",
        "title": "Pemprov Kalsel Gelar Vaksinasi Polio Massal di 13 Kabupaten/Kota",
        "date": "Mon, 28 Oct 2024 01:00:00 +0000",
        "body": "<p><strong>BANJARBARU</strong> &ndash; Pemerintah Provinsi Kalimantan Selatan melalui "
                "Dinas Kesehatan menggelar Sub Pekan Imunisasi Nasional (PIN) Polio putaran kedua "
                "pada 4&ndash;10 November 2024 di 13 kabupaten/kota.</p>"
                "<p>Sasaran vaksinasi adalah 512.000 anak usia 0&ndash;7 tahun. Orang tua diminta "
                "membawa anak ke posyandu, puskesmas atau pos PIN terdekat.</p>",
    },
    {
        "slug": "pendaftaran-beasiswa-kalsel-cerdas-2024",
        "title": "Pendaftaran Beasiswa Kalsel Cerdas 2024 Dibuka hingga 15 November",
        "date": "Tue, 29 Oct 2024 02:30:00 +0000",
        "body": "<p>BANJARMASIN &ndash; Pendaftaran Beasiswa Kalsel Cerdas 2024 resmi dibuka. Kuota "
                "tahun ini 2.500 penerima untuk jenjang D3, S1 dan S2.</p>"
                "<p>Pendaftaran secara daring di laman beasiswa.kalselprov.go.id paling lambat "
                "15 November 2024 pukul 23.59 WITA.</p>",
    },
    {
        "slug": "operasi-pasar-murah-beras-sphp-banjarbaru",
        "title": "Operasi Pasar Murah Beras SPHP di Lapangan Murjani Banjarbaru",
        "date": "Wed, 30 Oct 2024 00:15:00 +0000",
        "body": "<p>Dinas Perdagangan Kalsel menggelar operasi pasar murah beras SPHP pada Sabtu, "
                "2 November 2024, pukul 08.00 WITA di Lapangan Murjani. Harga Rp 52.000 per 5 kg, "
                "maksimal 2 karung per KTP.</p>",
    },
]


def announcement_url(request: FarmRequest, slug: str) -> str:
    return request.url(f"/diskominfo/berita/{slug}/", host="127.0.0.1")


@route("/diskominfo/feed/")
def diskominfo_feed(request: FarmRequest) -> FarmResponse:
    items = "".join(
        f"""
    <item>
      <title>{escape(a["title"])}</title>
      <link>{announcement_url(request, a["slug"])}</link>
      <dc:creator><![CDATA[Admin MC]]></dc:creator>
      <pubDate>{a["date"]}</pubDate>
      <category><![CDATA[Berita]]></category>
      <guid isPermaLink="false">{request.url("/diskominfo/?p=")}{1200 + i}</guid>
      <description><![CDATA[{a["body"][:80]}&#8230;]]></description>
      <content:encoded><![CDATA[{a["body"]}]]></content:encoded>
    </item>""" for i, a in enumerate(ANNOUNCEMENTS))
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>MC Diskominfo Kalsel</title>
    <atom:link href="{request.url("/diskominfo/feed/")}" rel="self" type="application/rss+xml" />
    <link>{request.url("/diskominfo/")}</link>
    <description>Media Center Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan</description>
    <language>id</language>
    <generator>https://wordpress.org/?v=6.6.2</generator>{items}
  </channel>
</rss>""", content_type="application/rss+xml; charset=UTF-8")


@route("/diskominfo/berita/", prefix=True)
def diskominfo_article(request: FarmRequest) -> FarmResponse:
    slug = request.path.strip("/").split("/")[-1]
    for a in ANNOUNCEMENTS:
        if a["slug"] == slug:
            return html(f"<html><head><title>{escape(a['title'])}</title></head><body><h1>{escape(a['title'])}</h1>{a['body']}</body></html>")
    return not_found()


# --------------------------------------------------------------------------- Blogger (Atom)

def blogger_entries(request: FarmRequest) -> list[dict[str, str]]:
    vaksin = announcement_url(request, ANNOUNCEMENTS[0]["slug"])
    return [
        {"id": "1001", "title": "Ayo Ikut PIN Polio Putaran Kedua!", "published": "2024-10-28T19:05:00.001+08:00",
         "path": "/2024/10/ayo-ikut-pin-polio.html",
         "content": f"<div>Warga Sungai Jingah, Pemprov Kalsel menggelar <b>PIN Polio</b> putaran kedua "
                    f"4&ndash;10 November 2024.<br />Bawa anak usia 0&ndash;7 tahun ke posyandu terdekat.</div>"
                    f"<div><br /></div><div>Sumber: <a href=\"{vaksin}?utm_source=facebook&amp;fbclid=abc\">MC Diskominfo Kalsel</a></div>"},
        {"id": "1002", "title": "Kerja Bakti Membersihkan Siring Sungai Jingah", "published": "2024-10-27T08:30:00.000+08:00",
         "path": "/2024/10/kerja-bakti-siring.html",
         "content": "<p>Minggu pagi warga RT 05 bergotong royong membersihkan siring.</p><p>Terima kasih kepada Ketua RT dan para pemuda.</p>"},
        {"id": "1003", "title": "Posyandu Melati Buka Setiap Selasa", "published": "2024-10-25T10:00:00.000+08:00",
         "path": "/2024/10/posyandu-melati.html",
         "content": "<p>Posyandu Melati kini buka setiap hari Selasa pukul 09.00&#8211;12.00 WITA.</p>"},
        {"id": "1004", "title": "Lomba Perahu Hias Hari Jadi Kota", "published": "2024-09-24T16:00:00.000+08:00",
         "path": "/2024/09/lomba-perahu-hias.html",
         "content": "<p>Lomba perahu hias memeriahkan Hari Jadi Kota Banjarmasin ke-498.</p>"},
        {"id": "1005", "title": "Pelatihan Menulis Berita untuk Anggota KIM", "published": "2024-09-20T09:00:00.000+08:00",
         "path": "/2024/09/pelatihan-menulis.html",
         "content": "<p>Anggota KIM Sungai Jingah mengikuti pelatihan menulis berita dari Diskominfo.</p>"},
    ]


@route("/kimsungaijingah/feeds/posts/default")
def blogger_feed(request: FarmRequest) -> FarmResponse:
    entries = blogger_entries(request)
    start = int(request.query.get("start-index", "1"))
    per_page = int(request.query.get("max-results", "3"))
    page = entries[start - 1:start - 1 + per_page]
    base = request.url("/kimsungaijingah/feeds/posts/default")
    blog = request.url("/kimsungaijingah")
    next_link = ""
    if start - 1 + per_page < len(entries):
        next_link = f"<link rel='next' type='application/atom+xml' href='{base}?start-index={start + per_page}&amp;max-results={per_page}'/>"
    body = "".join(f"""<entry><id>tag:blogger.com,1999:blog-8811.post-{e["id"]}</id><published>{e["published"]}</published><updated>{e["published"]}</updated><category scheme="http://www.blogger.com/atom/ns#" term="Info"/><title type='text'>{escape(e["title"])}</title><content type='html'>{escape(e["content"])}</content><link rel='replies' type='text/html' href='{blog}{e["path"]}#comment-form' title='0 Komentar'/><link rel='alternate' type='text/html' href='{blog}{e["path"]}' title='{escape(e["title"])}'/><author><name>KIM Sungai Jingah</name></author></entry>""" for e in page)
    return xml(f"""<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="http://www.blogger.com/styles/atom.css" type="text/css"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-8811</id><updated>2024-10-28T19:05:00.001+08:00</updated><category term="Info"/><title type='text'>KIM Sungai Jingah</title><subtitle type='html'>Kelompok Informasi Masyarakat Kelurahan Sungai Jingah</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}'/><link rel='self' type='application/atom+xml' href='{base}?start-index={start}&amp;max-results={per_page}'/><link rel='alternate' type='text/html' href='{blog}/'/>{next_link}<author><name>KIM Sungai Jingah</name></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(entries)}</openSearch:totalResults><openSearch:startIndex>{start}</openSearch:startIndex><openSearch:itemsPerPage>{per_page}</openSearch:itemsPerPage>{body}</feed>""",
               content_type="application/atom+xml; charset=UTF-8")


# --------------------------------------------------------------------------- WordPress (RSS 2.0)

def wordpress_items(request: FarmRequest) -> list[dict[str, str]]:
    beasiswa = announcement_url(request, ANNOUNCEMENTS[1]["slug"])
    short = request.url("/bsw24", host=SHORTENER_HOST)
    edited = request.farm.state.get("edited")
    copy_text = ("<p>BANJARMASIN &#8211; Pendaftaran Beasiswa Kalsel Cerdas 2024 resmi dibuka. Kuota tahun ini "
                 "2.500 penerima untuk jenjang D3, S1 dan S2.</p><p>Pendaftaran secara daring paling lambat "
                 "15 November 2024 pukul 23.59 WITA.</p>")
    if edited:
        copy_text += "<p><em>Pembaruan: panitia membuka posko bantuan di kantor kelurahan.</em></p>"
    return [
        {"p": "311", "slug": "beasiswa-kalsel-cerdas-2024", "title": "Beasiswa Kalsel Cerdas 2024 Dibuka",
         "date": "Tue, 29 Oct 2024 05:12:44 +0000",
         "content": copy_text + f"<p>Info lengkap: <a href=\"{short}\">{short}</a></p>"},
        {"p": "309", "slug": "jadwal-posyandu-november", "title": "Jadwal Posyandu Bulan November",
         "date": "Mon, 28 Oct 2024 03:00:00 +0000",
         "content": "<p>Berikut jadwal posyandu di wilayah Kelurahan Angsau:</p><ul><li>Posyandu Mawar: 5 November</li>"
                    "<li>Posyandu Anggrek: 7 November</li></ul>"},
        {"p": "305", "slug": "sosialisasi-pencegahan-stunting", "title": "Sosialisasi Pencegahan Stunting",
         "date": "Fri, 25 Oct 2024 02:00:00 +0000",
         "content": f"<p>Kader PKK mengikuti sosialisasi pencegahan stunting. <a href=\"{beasiswa}\">Baca juga: beasiswa</a></p>"},
        {"p": "301", "slug": "musrenbang-kelurahan-angsau", "title": "Musrenbang Kelurahan Angsau 2025",
         "date": "Mon, 21 Oct 2024 01:00:00 +0000",
         "content": "<p>Musyawarah perencanaan pembangunan kelurahan membahas drainase dan lampu jalan.</p>"},
        {"p": "298", "slug": "pelantikan-pengurus-kim-angsau", "title": "Pelantikan Pengurus KIM Angsau",
         "date": "Thu, 17 Oct 2024 06:30:00 +0000",
         "content": "<p>Lurah Angsau melantik pengurus KIM periode 2024&#8211;2027.</p>"},
    ]


@route("/kimangsau/")
def wordpress_home(request: FarmRequest) -> FarmResponse:
    """The blog's home page: announces its posts feed (and, first, its comments feed)."""
    return html(f"""<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>KIM Angsau</title>
<link rel="alternate" type="application/rss+xml" title="KIM Angsau &raquo; Umpan Komentar" href="{request.url('/kimangsau/comments/feed/')}" />
<link rel="alternate" type="application/rss+xml" title="KIM Angsau &raquo; Umpan" href="/kimangsau/feed/" />
</head><body><h1>KIM Angsau</h1><p>Kelompok Informasi Masyarakat Kelurahan Angsau.</p></body></html>""")


@route("/kimangsau/feed/")
def wordpress_feed(request: FarmRequest) -> FarmResponse:
    items = wordpress_items(request)
    paged = int(request.query.get("paged", "1") or 1)
    chunk = items[(paged - 1) * 3:paged * 3]
    if not chunk:
        return not_found()
    site = request.url("/kimangsau")
    body = "".join(f"""
	<item>
		<title>{escape(i["title"])}</title>
		<link>{site}/{i["slug"]}/</link>
		<comments>{site}/{i["slug"]}/#respond</comments>
		<dc:creator><![CDATA[kimangsau]]></dc:creator>
		<pubDate>{i["date"]}</pubDate>
		<category><![CDATA[Berita]]></category>
		<guid isPermaLink="false">{site}/?p={i["p"]}</guid>
		<description><![CDATA[{i["content"][:60]} [&#8230;]]]></description>
		<content:encoded><![CDATA[{i["content"]}]]></content:encoded>
		<wfw:commentRss>{site}/{i["slug"]}/feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>""" for i in chunk)
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>KIM Angsau</title>
	<atom:link href="{site}/feed/" rel="self" type="application/rss+xml" />
	<link>{site}</link>
	<description>Kelompok Informasi Masyarakat Kelurahan Angsau, Pelaihari</description>
	<lastBuildDate>Tue, 29 Oct 2024 05:12:44 +0000</lastBuildDate>
	<language>id</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.6.2</generator>{body}
</channel>
</rss>""", content_type="application/rss+xml; charset=UTF-8")


# --------------------------------------------------------------------------- RSS 1.0 / RDF

@route("/kimloktabat/index.rdf")
def rdf_feed(request: FarmRequest) -> FarmResponse:
    site = request.url("/kimloktabat")
    pasar = announcement_url(request, ANNOUNCEMENTS[2]["slug"])
    return xml(f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="{site}/">
    <title>KIM Loktabat Utara</title>
    <link>{site}/</link>
    <description>Berita warga Loktabat Utara, Banjarbaru</description>
    <items><rdf:Seq>
      <rdf:li rdf:resource="{site}/berita/pasar-murah-murjani"/>
      <rdf:li rdf:resource="{site}/berita/senam-sehat-jumat"/>
    </rdf:Seq></items>
  </channel>
  <item rdf:about="{site}/berita/pasar-murah-murjani">
    <title>Pasar Murah Beras SPHP Sabtu Ini di Murjani</title>
    <link>{site}/berita/pasar-murah-murjani</link>
    <description>Warga Loktabat, operasi pasar murah beras SPHP digelar Sabtu 2 November 2024 pukul 08.00 WITA di Lapangan Murjani. Rp 52.000 per 5 kg, bawa KTP. Sumber: {pasar}</description>
    <dc:date>2024-10-30 14:20:00</dc:date>
    <dc:creator>Admin KIM</dc:creator>
  </item>
  <item rdf:about="{site}/berita/senam-sehat-jumat">
    <title>Senam Sehat Setiap Jumat Pagi</title>
    <link>{site}/berita/senam-sehat-jumat</link>
    <description>Senam sehat bersama warga di halaman kantor kelurahan setiap Jumat pukul 06.30.</description>
    <dc:date>2024-10-18T06:30:00+08:00</dc:date>
  </item>
</rdf:RDF>""", content_type="application/rdf+xml")


# --------------------------------------------------------------------------- YouTube

YOUTUBE_CHANNEL = "UCkimbatola0000000000001"


@route("/feeds/videos.xml")
def youtube_feed(request: FarmRequest) -> FarmResponse:
    if request.query.get("channel_id") != YOUTUBE_CHANNEL:
        return not_found()
    base = "https://www.youtube.com"
    videos = [
        ("dQw4kimA001", "Liputan PIN Polio di Posyandu Batola", "2024-10-29T03:00:00+00:00",
         "Suasana Pekan Imunisasi Nasional Polio di Posyandu Desa Anjir Pasar.\nJadwal: 4-10 November 2024.\n"
         "Info: " + announcement_url(request, ANNOUNCEMENTS[0]["slug"])),
        ("dQw4kimA002", "Profil KIM Barito Kuala", "2024-10-20T02:00:00+00:00",
         "Mengenal Kelompok Informasi Masyarakat di Kabupaten Barito Kuala."),
    ]
    entries = "".join(f"""
 <entry>
  <id>yt:video:{vid}</id>
  <yt:videoId>{vid}</yt:videoId>
  <yt:channelId>{YOUTUBE_CHANNEL}</yt:channelId>
  <title>{escape(title)}</title>
  <link rel="alternate" href="{base}/watch?v={vid}"/>
  <author><name>KIM Batola</name><uri>{base}/channel/{YOUTUBE_CHANNEL}</uri></author>
  <published>{published}</published>
  <updated>{published}</updated>
  <media:group>
   <media:title>{escape(title)}</media:title>
   <media:content url="{base}/v/{vid}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i2.ytimg.com/vi/{vid}/hqdefault.jpg" width="480" height="360"/>
   <media:description>{escape(desc)}</media:description>
   <media:community><media:starRating count="12" average="5.00" min="1" max="5"/><media:statistics views="230"/></media:community>
  </media:group>
 </entry>""" for vid, title, published, desc in videos)
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="{base}/feeds/videos.xml?channel_id={YOUTUBE_CHANNEL}"/>
 <id>yt:channel:{YOUTUBE_CHANNEL}</id>
 <yt:channelId>{YOUTUBE_CHANNEL}</yt:channelId>
 <title>KIM Batola</title>
 <link rel="alternate" href="{base}/channel/{YOUTUBE_CHANNEL}"/>
 <author><name>KIM Batola</name><uri>{base}/channel/{YOUTUBE_CHANNEL}</uri></author>
 <published>2019-05-02T01:00:00+00:00</published>{entries}
</feed>""", content_type="text/xml; charset=UTF-8")


@route("/@kimbatola")
def youtube_handle_page(request: FarmRequest) -> FarmResponse:
    """A channel page by handle: the feed is announced in a <link rel=alternate>."""
    return html(f"""<html><head><title>KIM Batola - YouTube</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="{request.url('/feeds/videos.xml')}?channel_id={YOUTUBE_CHANNEL}">
<meta itemprop="identifier" content="{YOUTUBE_CHANNEL}"></head><body></body></html>""")


# --------------------------------------------------------------------------- Telegram preview

def tg_message(request: FarmRequest, channel: str, number: int, when: str, text: str | None,
               *, forwarded: tuple[str, str] | None = None, photo: bool = False, preview: str | None = None) -> str:
    fwd = ""
    if forwarded:
        fwd = (f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
               f'<a class="tgme_widget_message_forwarded_from_name" href="{forwarded[1]}"><span dir="auto">{forwarded[0]}</span></a></div>')
    media = ('<a class="tgme_widget_message_photo_wrap" href="https://t.me/x" style="width:800px;'
             'background-image:url(\'https://cdn4.cdn-telegram.org/file/abc.jpg\')"></a>') if photo else ""
    body = f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>' if text is not None else ""
    link_preview = ""
    if preview:
        link_preview = (f'<a class="tgme_widget_message_link_preview" href="{preview}"><div class="link_preview_site_name">'
                        'mc.kalselprov.go.id</div><div class="link_preview_title">Berita</div></a>')
    permalink = request.url(f"/{channel}/{number}")
    return f"""
<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{number}" data-view="eyJjIjotMTAw">
 <div class="tgme_widget_message_user"><a href="{request.url('/' + channel)}"><i class="tgme_widget_message_user_photo bgcolor6"></i></a></div>
 <div class="tgme_widget_message_bubble">{fwd}
  <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="{request.url('/' + channel)}"><span dir="auto">KIM Kotabaru Hilir</span></a></div>
  {media}{body}{link_preview}
  <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
   <span class="tgme_widget_message_views">187</span><span class="copyonly"> views</span>
   <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="{permalink}"><time datetime="{when}" class="time">10:15</time></a></span>
  </div></div>
 </div>
</div></div>"""


@route("/s/kimkotabaru")
def telegram_preview(request: FarmRequest) -> FarmResponse:
    channel = "kimkotabaru"
    before = request.query.get("before")
    vaksin = announcement_url(request, ANNOUNCEMENTS[0]["slug"])
    short = request.url("/pasar1", host=SHORTENER_HOST)
    if before:
        messages = [
            tg_message(request, channel, 7, "2024-10-20T01:00:00+00:00",
                       "Selamat datang di kanal Telegram KIM Kotabaru Hilir."),
            tg_message(request, channel, 8, "2024-10-22T03:30:00+00:00",
                       "Kerja bakti Jumat bersih di Pantai Gedambaan.<br/>Ayo ikut!"),
        ]
        more = ""
    else:
        messages = [
            tg_message(request, channel, 10, "2024-10-28T04:00:00+00:00",
                       "<b>PIN Polio putaran kedua</b> 4&#8211;10 November 2024 di seluruh Kalsel. "
                       "Bawa anak usia 0&#8211;7 tahun ke posyandu.",
                       forwarded=("MC Diskominfo Kalsel", "https://t.me/mckalsel/5521"), preview=vaksin),
            tg_message(request, channel, 11, "2024-10-30T02:10:00+00:00",
                       f"Operasi pasar murah beras SPHP Sabtu 2 November di Banjarbaru. Info: "
                       f"<a href=\"{short}\" target=\"_blank\" rel=\"noopener\">{short}</a> "
                       "dan <a href=\"https://www.instagram.com/p/DBxyz/?igsh=MWQ1\">Instagram kami</a>"),
            tg_message(request, channel, 12, "2024-10-30T05:45:00+00:00", None, photo=True),
            tg_message(request, channel, 13, "2024-10-31T00:05:00+00:00",
                       "Rapat pengurus KIM &amp; perangkat desa, Kamis malam &#128227;"),
        ]
        more = (f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{channel}?before=10" '
                f'class="tme_messages_more js-messages_more" data-before="10"></a></div>')
    return html(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>KIM Kotabaru Hilir – Telegram</title></head>
<body class="widget_frame_base tgme_webpreview_body"><header class="tgme_header search_collapsed"><div class="tgme_header_info">
<div class="tgme_channel_info_header_title"><span dir="auto">KIM Kotabaru Hilir</span></div></div></header>
<main class="tgme_main"><section class="tgme_channel_history js-message_history">{more}{''.join(messages)}</section></main>
<div class="tgme_channel_info"><div class="tgme_channel_info_description">Kanal resmi KIM Kotabaru Hilir</div></div></body></html>""")


# --------------------------------------------------------------------------- bridge feed (RSSHub-like)

@route("/rsshub/instagram/user/kimtanjung")
def bridge_feed(request: FarmRequest) -> FarmResponse:
    beasiswa = announcement_url(request, ANNOUNCEMENTS[1]["slug"])
    return xml(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
<channel>
<title><![CDATA[kimtanjung (@kimtanjung) public posts - Instagram]]></title>
<link>https://www.instagram.com/kimtanjung</link>
<atom:link href="{request.url(request.path)}" rel="self" type="application/rss+xml" />
<description><![CDATA[KIM Tanjung Tabalong - Powered by RSSHub]]></description>
<generator>RSSHub</generator>
<language>en</language>
<item>
<title><![CDATA[📢 Beasiswa Kalsel Cerdas 2024 sudah dibuka! Kuota 2.500 penerima...]]></title>
<description><![CDATA[<img src="https://scontent.cdninstagram.com/v/abc.jpg"><br>📢 Beasiswa Kalsel Cerdas 2024 sudah dibuka! Kuota 2.500 penerima D3, S1, S2. Daftar sebelum 15 November 2024. Link di bio 👉 {beasiswa}<br><br>#kalselcerdas #kimtabalong]]></description>
<pubDate>Wed, 30 Oct 2024 11:20:31 GMT</pubDate>
<guid isPermaLink="false">https://www.instagram.com/p/DBkimtjg01/</guid>
<link>https://www.instagram.com/p/DBkimtjg01/</link>
</item>
<item>
<title><![CDATA[Gotong royong membersihkan saluran air di RT 03]]></title>
<description><![CDATA[Gotong royong membersihkan saluran air di RT 03 💪]]></description>
<pubDate>Sat, 26 Oct 2024 01:02:00 GMT</pubDate>
<guid isPermaLink="false">https://www.instagram.com/p/DBkimtjg00/</guid>
<link>https://www.instagram.com/p/DBkimtjg00/</link>
</item>
</channel>
</rss>""", content_type="application/rss+xml; charset=utf-8")


# --------------------------------------------------------------------------- the shortener (127.0.0.3)

SHORT_LINKS = {
    "/bsw24": ("127.0.0.1", "/diskominfo/berita/" + ANNOUNCEMENTS[1]["slug"] + "/?utm_source=kim&utm_medium=wa"),
    "/pasar1": ("127.0.0.1", "/diskominfo/berita/" + ANNOUNCEMENTS[2]["slug"] + "/"),
}


@route("/", host=SHORTENER_HOST, prefix=True)
def shortener(request: FarmRequest) -> FarmResponse:
    target = SHORT_LINKS.get(request.path)
    if target is None:
        return not_found()
    return redirect(request.url(target[1], host=target[0]), status=301)
