"""Social platforms' public pages, as an anonymous visitor (or a link-preview bot) sees them.

Served under ``/platform/<host>/<path>``; the self-report tests reach them by their real
names (``http://www.facebook.com/kimsatu/posts/…``) through a proxy that maps each host here
(``tests/selfreport/platform_proxy.py``). Modelled on what the platforms serve without login:
Open Graph / Twitter meta and little else; Facebook's ``al:android:url`` with the page id;
Instagram's "N likes, M comments - handle on <date>: "caption"" description; TikTok's oEmbed
(no key) naming ``author_unique_id``; WhatsApp channel posts with og tags; a group post
behind the login form; share links and a shortened link that redirect; a deleted post (404) and Facebook's
"This content isn't available" page (200).
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import parse_qs, unquote, urlsplit

from tests.farm import FarmRequest, FarmResponse, html, not_found, route

ANNOUNCEMENT_URL = "https://diskominfomc.kalselprov.go.id/berita/vaksinasi-gratis-alalak-2024"
CAPTION = ("Info dari Pemprov Kalsel: vaksinasi gratis di Puskesmas Alalak Selatan pada Sabtu 19 Oktober 2024 "
           "pukul 08.00 WITA, bawa KTP dan kartu vaksin. " + ANNOUNCEMENT_URL)
CAPTION_UTF8 = ("BANJARBARU — Badan Kepegawaian membuka layanan “Konsultasi ASN” di Kantor Wali Kota, "
                "Jalan Pangeran Suriansyah, Senin 21 Oktober 2024 pukul 09.00 WITA.")
#: a TikTok video id whose top 32 bits are 2024-10-17 03:20:00 UTC
TIKTOK_VIDEO = str((1729135200 << 32) | 12345)


def _page(*, title: str | None = None, description: str | None = None, url: str | None = None,
          extra: str = "", body: str = "<div id='root'></div>") -> str:
    metas = []
    if title is not None:
        metas.append(f'<meta property="og:title" content="{escape(title)}">')
    if description is not None:
        metas.append(f'<meta property="og:description" content="{escape(description)}">')
        metas.append(f'<meta name="twitter:description" content="{escape(description)}">')
    if url is not None:
        metas.append(f'<meta property="og:url" content="{escape(url)}">')
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title or 'Facebook')}</title>"
            f"{''.join(metas)}{extra}<script>window.__bootstrap={{}};</script></head><body>{body}</body></html>")


LOGIN_FORM = ("<form id='login_form' action='/login/device-based/regular/login/' method='post'>"
              "<input type='text' name='email'><input type='password' name='pass'>"
              "<button name='login'>Log in</button></form>")


def facebook(path: str, query: dict[str, str]) -> FarmResponse:
    if path == "/kimsatu/posts/pfbid0Satu1001" or path == "/kimsatu/posts/pfbid0Satu2002":
        return html(_page(title="KIM Satu", description=CAPTION, url=f"https://www.facebook.com{path}",
                          extra='<meta property="al:android:url" content="fb://page/100064000000001">'))
    if path == "/kimsatu/posts/pfbid0SatuUtf8":
        # UTF-8 bytes, no charset in the header or the page (an outside tester's page): not Latin-1
        page = _page(title="KIM Satu", description=CAPTION_UTF8, url=f"https://www.facebook.com{path}",
                     extra='<meta property="al:android:url" content="fb://page/100064000000001">')
        return FarmResponse(body=page.replace("<meta charset='utf-8'>", ""), content_type="text/html")
    if path.startswith("/share/p/AbC123Dua"):
        return FarmResponse(status=302, headers={"Location": "http://www.facebook.com/kimdua/posts/pfbid0Dua3003"},
                            etag=False)
    if path == "/kimdua/posts/pfbid0Dua3003":
        ld = json.dumps({"@context": "https://schema.org", "@type": "SocialMediaPosting",
                         "datePublished": "2024-10-17T09:30:00+08:00",
                         "author": {"@type": "Organization", "name": "KIM Dua",
                                    "url": "https://www.facebook.com/kimdua"}})
        return html(_page(title="KIM Dua", description=CAPTION, url="https://www.facebook.com/kimdua/posts/pfbid0Dua3003",
                          extra=f'<script type="application/ld+json">{ld}</script>'))
    if path == "/kimtiga/posts/pfbid0Tiga404":
        return not_found()
    if path == "/kimtiga/posts/pfbid0Hapus":
        return html("<!DOCTYPE html><html><head><title>This content isn't available right now</title></head>"
                    "<body><h2>This content isn't available right now</h2></body></html>")
    if path == "/infobanjarviral/posts/pfbid0Lain2002":
        return html(_page(title="Info Banjar Viral", description=CAPTION,
                          url="https://www.facebook.com/infobanjarviral/posts/pfbid0Lain2002",
                          extra='<meta property="al:android:url" content="fb://page/100064999999999">'))
    if path.startswith("/groups/555123/"):
        return html(_page(title="Log in or sign up to view", body=LOGIN_FORM))
    if path == "/kimsembilan/posts/pfbid0Sembilan":
        return html(_page(title="KIM Sembilan", url="https://www.facebook.com/kimsembilan/posts/pfbid0Sembilan",
                          extra='<meta property="al:android:url" content="fb://page/100064000000009">'))
    if path == "/permalink.php":
        if query.get("id") == "100064000000001":
            return html(_page(title="KIM Satu", description=CAPTION,
                              url=f"https://www.facebook.com/permalink.php?story_fbid={query.get('story_fbid')}"
                                  "&id=100064000000001"))
    return not_found()


def instagram(path: str, query: dict[str, str]) -> FarmResponse:
    if path == "/p/CxEmpat123/":
        return html(_page(title="KIM Empat (@kimempat) • Instagram photos and videos",
                          description=f'12 likes, 1 comments - kimempat on October 17, 2024: "{CAPTION}"',
                          url="https://www.instagram.com/p/CxEmpat123/"))
    if path == "/p/CxPrivate/":
        return FarmResponse(status=302, headers={"Location": "http://www.instagram.com/accounts/login/?next=/p/CxPrivate/"},
                            etag=False)
    if path == "/accounts/login/":
        return html(_page(title="Login • Instagram", body=LOGIN_FORM))
    return not_found()


def tiktok(request: FarmRequest, path: str, query: dict[str, str]) -> FarmResponse:
    video = f"/@kimlima/video/{TIKTOK_VIDEO}"
    if path == video:
        oembed = "http://www.tiktok.com/oembed?url=" + f"https%3A%2F%2Fwww.tiktok.com%2F%40kimlima%2Fvideo%2F{TIKTOK_VIDEO}"
        return html(_page(title="TikTok - Make Your Day",
                          extra=f'<link rel="alternate" type="application/json+oembed" href="{oembed}">'))
    if path == "/oembed":
        target = unquote(query.get("url", ""))
        if not target.endswith(video):
            return not_found()
        request.farm.state.setdefault("tiktok_oembed", 0)
        request.farm.state["tiktok_oembed"] += 1
        return FarmResponse(body=json.dumps({"version": "1.0", "type": "video", "title": CAPTION,
                                             "author_url": "https://www.tiktok.com/@kimlima",
                                             "author_name": "KIM Lima", "author_unique_id": "kimlima"}),
                            content_type="application/json")
    return not_found()


def whatsapp(path: str, query: dict[str, str]) -> FarmResponse:
    if path == "/channel/0029VaKIMEnam00/123":
        return html(_page(title="KIM Enam | WhatsApp Channel", description=CAPTION,
                          url="https://whatsapp.com/channel/0029VaKIMEnam00/123"))
    return not_found()


@route("/platform/", prefix=True)
def platform(request: FarmRequest) -> FarmResponse:
    rest = request.path[len("/platform/"):]
    host, _, path = rest.partition("/")
    path = "/" + path
    query = {k: v[0] for k, v in parse_qs(urlsplit(request.raw_path).query).items()}
    if path == "/robots.txt":
        request.farm.state.setdefault("platform_robots", []).append((host, request.headers.get("user-agent", "")))
        return FarmResponse(body="User-agent: *\nDisallow: /kimtujuh/posts/tertutup\nAllow: /\n",
                            content_type="text/plain")
    if host == "www.facebook.com" and path == "/share/p/kimIntra":  # a public share link into the intranet
        return FarmResponse(status=302, headers={"Location": request.farm.url("/platform/intranet/berita/vaksinasi")},
                            etag=False)
    if host in ("www.facebook.com", "facebook.com"):
        return facebook(path, query)
    if host in ("www.instagram.com", "instagram.com"):
        return instagram(path, query)
    if host in ("www.tiktok.com", "tiktok.com"):
        return tiktok(request, path, query)
    if host in ("whatsapp.com", "www.whatsapp.com"):
        return whatsapp(path, query)
    if host == "intranet" and path == "/berita/vaksinasi":  # a KIM site on the office's own network
        return html(_page(title="Vaksinasi gratis", description=CAPTION))
    if host == "s.id" and path == "/kimVaksin":  # a WhatsApp post's only link: the announcement, shortened
        return FarmResponse(status=301, headers={"Location": ANNOUNCEMENT_URL.replace("https:", "http:")}, etag=False)
    if host == "s.id" and path == "/kimIntranet":  # a shortened link into the server's own network
        return FarmResponse(status=302, headers={"Location": request.farm.url("/platform/intranet/berita/vaksinasi")},
                            etag=False)
    if host == "diskominfomc.kalselprov.go.id" and path == urlsplit(ANNOUNCEMENT_URL).path:
        return html(_page(title="Vaksinasi Gratis di Puskesmas Alalak Selatan", description=CAPTION))
    if host == "s.id" and path == "/kimEmpatVaksin":  # a shortened link to a post
        return FarmResponse(status=301, headers={"Location": "http://www.instagram.com/p/CxEmpat123/"}, etag=False)
    return not_found()
