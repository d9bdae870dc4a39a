"""An outside-tester's forward proxy on 127.0.0.1 that *is* the web: it answers for real host names.

Like a judge's test harness, it serves a registry of real-looking URLs
(``http://kimsungaijingah.blogspot.com/...``, ``https://t.me/s/...``) from a table of routes
instead of forwarding them. Clients reach it through ``http_proxy``/``https_proxy``:

- ``GET http://host/path`` (absolute URI, the usual proxy request) and ``GET https://host/path``
  (what a client sends to a proxy that does not tunnel) are answered from the routes;
- ``CONNECT host:443`` is answered according to ``connect``: ``"mitm"`` opens the tunnel and
  terminates TLS with a certificate for the host, signed by the proxy's own CA (like an
  inspecting corporate proxy, whose CA the office installs: a client trusts it with
  ``SSL_CERT_FILE=proxy.ca_file``; without it, kimwatch refuses the certificate), ``"refuse"`` answers 405 like a plain HTTP-only proxy,
  ``"close"`` answers 200 and hangs up (a naive tunnel that cannot reach the site);
- a host with no route answers 502 "DNS lookup failed", as squid does for unresolvable names;
- origin-form requests (``GET /path`` with a ``Host`` header) are served too, so a client that
  bypasses the proxy (``no_proxy``) can be told apart in :attr:`OutsideProxy.requests`.

A route value is a :class:`Reply`; special behaviours (slow drip, gzip bomb) are flags on it.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Reply:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    drip: float = 0.0  # seconds between single bytes of the body, sent forever (timeouts)
    gzip: bool = False  # body sent gzip-compressed (Content-Encoding: gzip)

    def raw(self) -> bytes:
        return self.body.encode(self.encoding) if isinstance(self.body, str) else self.body


Route = Reply | Callable[[str, str, dict[str, str]], Reply]


@dataclass
class Seen:
    method: str
    scheme: str  # 'http', 'https' (absolute URI), 'tunnel' (inside CONNECT), 'origin' (no proxy)
    host: str
    path: str
    user_agent: str = ""


def _certificate(folder: Path) -> tuple[str, str]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "2", "-subj", "/CN=outside-test-proxy"],
                   check=True, capture_output=True)
    return str(cert), str(key)


class OutsideProxy:
    """The proxy-web; ``routes`` maps ``host`` → {``path?query`` or ``path`` → route}."""

    def __init__(self, routes: dict[str, dict[str, Route]], connect: str = "mitm") -> None:
        self.routes = routes
        self.connect = connect
        self.requests: list[Seen] = []
        self.server: ThreadingHTTPServer | None = None
        self._tls: ssl.SSLContext | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.ca_file = ""  # the CA of a "mitm" proxy's certificates (for SSL_CERT_FILE)

    def start(self) -> OutsideProxy:
        if self.connect == "mitm":
            from tests.tls import CertificateAuthority

            self._tmp = tempfile.TemporaryDirectory()
            authority = CertificateAuthority.create(Path(self._tmp.name))
            self.ca_file = str(authority.cert_file)
            cert, key = _certificate(Path(self._tmp.name))
            self._tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._tls.load_cert_chain(cert, key)  # (a client that sends no SNI)
            contexts: dict[str, ssl.SSLContext] = {}

            def for_host(connection: ssl.SSLObject, name: str | None, context: ssl.SSLContext) -> None:
                if name:
                    if name not in contexts:
                        contexts[name] = authority.server_context(name)
                    connection.context = contexts[name]

            self._tls.sni_callback = for_host  # type: ignore[assignment]
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            tunnel_host: str | None = None

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_CONNECT(self) -> None:  # noqa: N802
                host = self.path.rsplit(":", 1)[0]
                proxy.requests.append(Seen("CONNECT", "connect", host, self.path))
                if proxy.connect == "close":  # says yes, then cannot reach the site (a naive tunnel)
                    self.send_response(200, "Connection established")
                    self.end_headers()
                    self.wfile.flush()
                    self.close_connection = True
                    return
                if proxy.connect != "mitm" or proxy._tls is None:
                    self.send_response(405, "CONNECT not allowed")
                    self.send_header("Content-Length", "0")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.close_connection = True
                    return
                self.send_response(200, "Connection established")
                self.end_headers()
                self.wfile.flush()
                try:
                    self.connection = proxy._tls.wrap_socket(self.connection, server_side=True)
                except (ssl.SSLError, OSError):
                    self.close_connection = True
                    return
                self.rfile = self.connection.makefile("rb", self.rbufsize)
                self.wfile = self.connection.makefile("wb", 0)  # type: ignore[assignment]
                self.tunnel_host = host
                self.close_connection = False
                while not self.close_connection:
                    self.handle_one_request()

            def do_GET(self) -> None:  # noqa: N802
                self._answer(head=False)

            def do_HEAD(self) -> None:  # noqa: N802
                self._answer(head=True)

            def _answer(self, head: bool) -> None:
                if self.tunnel_host:
                    scheme, host, target = "tunnel", self.tunnel_host, self.path
                elif self.path.startswith(("http://", "https://")):
                    parts = urlsplit(self.path)
                    scheme, host = parts.scheme, parts.hostname or ""
                    target = parts.path + (f"?{parts.query}" if parts.query else "")
                else:
                    scheme, host, target = "origin", (self.headers.get("Host") or "").split(":")[0], self.path
                proxy.requests.append(Seen(self.command, scheme, host, target or "/",
                                           self.headers.get("User-Agent") or ""))
                reply = proxy.lookup(host, target or "/", {k.lower(): v for k, v in self.headers.items()})
                body = reply.raw()
                if reply.gzip:
                    body = gzip.compress(body, compresslevel=9)
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.gzip:
                    self.send_header("Content-Encoding", "gzip")
                if reply.drip:
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    try:
                        for _ in range(100000):
                            self.wfile.write(b" ")
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    except OSError:
                        pass
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if not head:
                    try:
                        self.wfile.write(body)
                    except OSError:
                        self.close_connection = True

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # clients hanging up on drips and bombs are expected

        self.server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def lookup(self, host: str, target: str, headers: dict[str, str]) -> Reply:
        site = self.routes.get(host.lower())
        if site is None:
            return Reply(f"<html><body><h1>502 Bad Gateway</h1><p>DNS lookup failed for {host}</p></body></html>",
                         status=502)
        path = target.split("?", 1)[0]
        route = site.get(target, site.get(path))
        if route is None:
            if path == "/robots.txt":
                return Reply("User-agent: *\nAllow: /\n", content_type="text/plain")
            return Reply("<html><body><h1>Not Found</h1></body></html>", status=404)
        if callable(route):
            return route(host, target, headers)
        return route

    @property
    def port(self) -> int:
        assert self.server is not None
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def seen(self, host: str) -> list[Seen]:
        return [r for r in self.requests if r.host == host]

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
        if self._tmp is not None:
            self._tmp.cleanup()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
