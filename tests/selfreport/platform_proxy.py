"""A forward proxy on 127.0.0.1 that answers for the platforms' host names from the farm.

``GET http://www.facebook.com/kimsatu/posts/1`` (an absolute-URI request, as a client behind
``http_proxy`` sends it) is served by the farm's ``/platform/www.facebook.com/kimsatu/posts/1``
(``tests/farm/sites/platforms.py``); answers, redirects included, are relayed as they are. Any
other host answers 502, as a proxy that cannot resolve it; ``CONNECT`` is refused.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from urllib.parse import SplitResult

from tests.farm import Farm
from tests.farm.proxy import LoopbackProxy, relay

PLATFORM_HOSTS = {"www.facebook.com", "facebook.com", "www.instagram.com", "instagram.com", "www.tiktok.com",
                  "tiktok.com", "whatsapp.com", "www.whatsapp.com", "s.id",
                  "diskominfomc.kalselprov.go.id"}


class PlatformProxy(LoopbackProxy):
    refuse_connect = True

    def __init__(self, farm: Farm) -> None:
        super().__init__()
        self.farm = farm

    def forward(self, handler: BaseHTTPRequestHandler, parts: SplitResult) -> None:
        host = (parts.hostname or "").lower()
        if host not in PLATFORM_HOSTS:
            handler.send_error(502, f"DNS lookup failed for {host}")
            return
        target = f"/platform/{host}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
        relay(handler, "127.0.0.1", self.farm.ports["127.0.0.1"], target)
