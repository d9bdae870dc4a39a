"""YouTube channel pages registered by /user/, /c/, legacy /NAME and a video URL.

As on real YouTube, ``feeds/videos.xml?user=NAME`` answers 404 for these (the farm's
``/feeds/videos.xml`` in ``kim_channels`` serves only ``?channel_id=UCkimbatola…``), so the
spider must read the channel id from the page. Each page carries it in another place, as
YouTube's pages do: ``itemprop`` meta and canonical link, the page JSON only (``externalId``
and ``rssUrl``, after a featured channel's ``channelId``), or a redirect to the ``@handle``.
"""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, html, not_found, redirect, route
from tests.farm.sites.kim_channels import YOUTUBE_CHANNEL

#: a channel the KIM features on its page; its id must never be taken for the KIM's own
FEATURED_CHANNEL = "UCdiskominfokalsel000001"


def _page(title: str, head: str = "", script: str = "") -> FarmResponse:
    return html(f"""<!DOCTYPE html><html lang="id-ID"><head><title>{title} - YouTube</title>{head}</head>
<body><div id="content"></div>{script}</body></html>""")


@route("/user/kimbatolalama")
def user_page_with_meta(request: FarmRequest) -> FarmResponse:
    """A /user/ page: the id in ``<meta itemprop="channelId">`` and the canonical link, no RSS link."""
    return _page("KIM Batola",
                 f'<link rel="canonical" href="https://www.youtube.com/channel/{YOUTUBE_CHANNEL}">'
                 f'<meta itemprop="channelId" content="{YOUTUBE_CHANNEL}">')


@route("/c/kimbatola")
def custom_url_page_json_only(request: FarmRequest) -> FarmResponse:
    """A /c/ page whose only ids are in ytInitialData; a featured channel's comes first."""
    return _page("KIM Batola", script=f"""<script>var ytInitialData = {{"contents":{{"items":[
{{"channelRenderer":{{"channelId":"{FEATURED_CHANNEL}","title":{{"simpleText":"Diskominfo Kalsel"}}}}}}]}},
"metadata":{{"channelMetadataRenderer":{{"title":"KIM Batola",
"rssUrl":"https://www.youtube.com/feeds/videos.xml?channel_id={YOUTUBE_CHANNEL}",
"externalId":"{YOUTUBE_CHANNEL}"}}}}}};</script>""")


@route("/kimbatola")
def legacy_name_page(request: FarmRequest) -> FarmResponse:
    """A legacy ``youtube.com/NAME`` page: only ``externalId`` after a featured ``channelId``."""
    return _page("KIM Batola", script=f"""<script>var ytInitialData = {{"items":[{{"channelId":"{FEATURED_CHANNEL}"}}],
"metadata":{{"channelMetadataRenderer":{{"externalId":"{YOUTUBE_CHANNEL}"}}}}}};</script>""")


@route("/user/kimpindah")
def user_page_moved_to_handle(request: FarmRequest) -> FarmResponse:
    """A /user/ URL that YouTube now redirects to the channel's @handle."""
    return redirect(request.url("/@kimbatola"))


@route("/user/kimtanpaid")
def user_page_without_id(request: FarmRequest) -> FarmResponse:
    """A page that names no channel (e.g. an error page served with 200)."""
    return _page("YouTube", script="<p>Saluran ini tidak tersedia.</p>")


@route("/user/kimhilang")
def user_page_gone(request: FarmRequest) -> FarmResponse:
    return not_found()
