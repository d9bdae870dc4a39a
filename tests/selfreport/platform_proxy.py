"""A forward proxy on 127.0.0.1 that answers for the platforms' host names from the farm.

``GET http://www.facebook.com/kimsatu/posts/1`` (an absolute-URI request, as a client behind
``http_proxy`` sends it) is served by the farm's ``/platform/www.facebook.com/kimsatu/posts/1``
(``tests/farm/sites/platforms.py``); answers, redirects included, are relayed as they are. Any
other host answers 502, as a proxy that cannot resolve it; ``CONNECT`` is refused.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from tests.farm import Farm
from tests.farm.proxy import relay

PLATFORM_HOSTS = {"www.facebook.com", "facebook.com", "www.instagram.com", "instagram.com", "www.tiktok.com",
                  "tiktok.com", "whatsapp.com", "www.whatsapp.com", "s.id"}


class PlatformProxy:
    def __init__(self, farm: Farm) -> None:
        self.farm = farm
        self.requests: list[str] = []
        self.server: ThreadingHTTPServer | None = None

    def start(self) -> PlatformProxy:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_CONNECT(self) -> None:  # noqa: N802
                self.send_error(405, "CONNECT not allowed")

            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                proxy.requests.append(self.path)
                host = (parts.hostname or "").lower()
                if host not in PLATFORM_HOSTS:
                    self.send_error(502, f"DNS lookup failed for {host}")
                    return
                target = f"/platform/{host}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
                relay(self, "127.0.0.1", proxy.farm.ports["127.0.0.1"], target)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
