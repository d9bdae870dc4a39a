"""Hostile servers on loopback for the hostile suite: an internal service, a web seen through a proxy.

- :class:`Site` is an HTTP server on one 127.0.0.x address that answers from a table of routes
  (path → :class:`Answer`) and records every request it gets; it plays an internal service
  (``/secret/…`` a crawl must never reach) or a slow host.
- :class:`OutsideWeb` is a forward proxy on 127.0.0.1 that *is* the public web: it answers for
  made-up public host names from its routes, and forwards a request for any other host to where
  that host resolves — as a real proxy inside the office network would — but only when that is
  a loopback address, so nothing leaves 127.0.0.0/8. What it forwarded is recorded.
- ``resolving.py`` runs kimwatch with extra host names mapped to loopback addresses (no
  /etc/hosts edit, no DNS).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Answer:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow host)

    def raw(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


Route = Answer | Callable[[str], Answer]


def _reply(handler: BaseHTTPRequestHandler, answer: Answer) -> None:
    if answer.delay:
        time.sleep(answer.delay)
    body = answer.raw()
    handler.send_response(answer.status)
    handler.send_header("Content-Type", answer.content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in answer.headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    try:
        handler.wfile.write(body)
    except OSError:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512


class Site:
    """An HTTP server on ``host`` answering ``routes`` (by path, without the query)."""

    def __init__(self, routes: dict[str, Route], host: str = "127.0.0.1", default: Answer | None = None) -> None:
        self.routes = routes
        self.host = host
        self.default = default or Answer("not here", status=404, content_type="text/plain")
        self.requests: list[str] = []  # path?query of every request
        self.server: _Server | None = None

    @property
    def port(self) -> int:
        assert self.server is not None
        return int(self.server.server_address[1])

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                site.requests.append(self.path)
                route = site.routes.get(urlsplit(self.path).path, site.default)
                _reply(self, route(self.path) if callable(route) else route)

        self.server = _Server((self.host, 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def loopback_address(host: str, names: dict[str, str]) -> str | None:
    """Where ``host`` resolves (through ``names`` first), when that is a loopback address."""
    host = names.get(host, host)
    try:
        infos = socket.getaddrinfo(host.strip("[]"), 80, proto=socket.IPPROTO_TCP)
    except OSError:
        return None
    for _, _, _, _, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        mapped = getattr(address, "ipv4_mapped", None) or address
        if mapped.is_loopback:
            return str(sockaddr[0])
    return None


class OutsideWeb:
    """A forward proxy that answers for public host names and forwards the rest to loopback only."""

    def __init__(self, routes: dict[str, dict[str, Route]], names: dict[str, str] | None = None) -> None:
        self.routes = routes
        self.names = names or {}
        self.seen: list[str] = []  # every absolute URL asked for
        self.forwarded: list[str] = []  # URLs fetched from a non-public (loopback) host
        self.server: _Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> OutsideWeb:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_CONNECT(self) -> None:  # noqa: N802 - an HTTP-only proxy: https as absolute URIs
                self.send_response(405, "CONNECT not allowed")
                self.send_header("Content-Length", "0")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

            def do_GET(self) -> None:  # noqa: N802
                web.seen.append(self.path)
                parts = urlsplit(self.path)
                host = (parts.hostname or self.headers.get("Host", "").split(":")[0]).lower()
                site = web.routes.get(host)
                if site is not None:
                    route = site.get(parts.path, Answer("not here", status=404))
                    _reply(self, route(self.path) if callable(route) else route)
                    return
                address = loopback_address(host, web.names)
                if address is None:
                    _reply(self, Answer("proxy: cannot reach that host", status=502, content_type="text/plain"))
                    return
                web.forwarded.append(self.path)
                conn = http.client.HTTPConnection(address, parts.port or 80, timeout=5)
                try:
                    conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""),
                                 headers={"Host": parts.netloc})
                    got = conn.getresponse()
                    _reply(self, Answer(got.read(), status=got.status,
                                        content_type=got.getheader("Content-Type") or "text/plain"))
                except OSError as error:
                    _reply(self, Answer(f"proxy: {error}", status=502, content_type="text/plain"))
                finally:
                    conn.close()

        self.server = _Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def rss(title: str, items: list[tuple[str, str]], extra: str = "") -> str:
    """An RSS 2.0 feed of ``(title, link)`` items dated in November 2026."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><description>{t} {extra}</description>"
        f"<pubDate>Wed, 25 Nov 2026 0{i % 10}:00:00 GMT</pubDate></item>" for i, (t, link) in enumerate(items))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"{entries}</channel></rss>")
