"""A tiny forwarding HTTP proxy on 127.0.0.1, for testing that crawls honour ``http_proxy``.

It accepts absolute-URI requests (``GET http://host:port/path``), forwards them to loopback
hosts only, relays the answer, and logs what it forwarded in ``.requests`` (the absolute URIs).
"""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import SplitResult, urlsplit


def relay(handler: BaseHTTPRequestHandler, host: str, port: int, path: str, *, via: bool = False) -> None:
    """GET ``path`` from ``host:port`` with the client's headers and write the answer back to it."""
    conn = http.client.HTTPConnection(host, port, timeout=10)
    headers = {k: v for k, v in handler.headers.items() if k.lower() not in ("proxy-connection", "connection")}
    conn.request("GET", path, headers=headers)
    answer = conn.getresponse()
    body = answer.read()
    handler.send_response(answer.status)
    for name, value in answer.getheaders():
        if name.lower() not in ("transfer-encoding", "connection", "content-length"):
            handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    if via:
        handler.send_header("Via", "1.1 kimwatch-test-proxy")
    handler.end_headers()
    handler.wfile.write(body)
    conn.close()

class LoopbackProxy:
    """The proxy server; :meth:`forward` says where a request goes (here: loopback hosts only)."""

    #: answer ``CONNECT`` with 405 (refused) rather than 501 (not implemented)
    refuse_connect = False

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.server: ThreadingHTTPServer | None = None

    def forward(self, handler: BaseHTTPRequestHandler, parts: SplitResult) -> None:
        if not parts.hostname or not parts.hostname.startswith("127."):
            handler.send_error(403, "this test proxy forwards to loopback only")
            return
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        relay(handler, parts.hostname, parts.port or 80, path or "/", via=True)

    def start(self) -> Self:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_CONNECT(self) -> None:  # noqa: N802
                if proxy.refuse_connect:
                    self.send_error(405, "CONNECT not allowed")
                else:
                    self.send_error(501, f"Unsupported method ({self.command!r})")

            def do_GET(self) -> None:  # noqa: N802
                proxy.requests.append(self.path)
                proxy.forward(self, urlsplit(self.path))

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
