"""A loopback web farm for tests: realistic KIM and government channels on 127.0.0.1.

Sites are plain functions registered with :func:`route`; each module in
``tests/farm/sites/`` registers its own (add a file there to add a site). A handler gets a
:class:`FarmRequest` and returns a :class:`FarmResponse`; the farm adds an ETag computed from
the body and answers ``If-None-Match`` with 304 on its own (turn off with ``etag=False``),
gzips when asked (``gzip=True`` and the client accepts it), and logs every request.

Three servers share the routes: 127.0.0.1, 127.0.0.2 (another host, e.g. for robots.txt)
and 127.0.0.3 (a link shortener); a route may be limited to one of them with ``host=``.

Usage::

    farm = Farm().start()
    farm.url("/blog/feeds/posts/default")      # http://127.0.0.1:PORT/blog/...
    farm.url("/private/", host="127.0.0.2")
    [r.path for r in farm.requests]
    farm.stop()

Or as a process (for daemon tests): ``python -m tests.farm`` prints one JSON line with the
base URLs and serves until killed.
"""

from __future__ import annotations

import gzip as gzip_module
import hashlib
import importlib
import pkgutil
import platform
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3")
#: 127.0.0.2 is "another site" (robots.txt cases); 127.0.0.3 plays a link shortener.
ROBOTS_HOST = "127.0.0.2"
SHORTENER_HOST = "127.0.0.3"


@dataclass
class FarmRequest:
    """What a handler sees of a request."""

    method: str
    path: str  # without the query
    query: dict[str, str]  # first value of each parameter
    raw_path: str  # with the query
    headers: dict[str, str]  # lower-case names
    host: str  # the server address it came to (127.0.0.1 or 127.0.0.2)
    farm: Farm
    body: bytes = b""

    def url(self, path: str, host: str | None = None) -> str:
        """An absolute URL on the farm (same host as this request unless ``host``)."""
        return self.farm.url(path, host=host or self.host)


@dataclass
class FarmResponse:
    """What a handler returns."""

    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool | str = True  # True: computed from the body; a string: that value; False: none
    last_modified: str | None = None
    gzip: bool = False
    delay: float = 0.0  # seconds to wait before answering (timeouts)
    encoding: str = "utf-8"  # used when body is a str


def xml(body: str, content_type: str = "application/xml; charset=utf-8", **kwargs: Any) -> FarmResponse:
    return FarmResponse(body=body, content_type=content_type, **kwargs)


def html(body: str, **kwargs: Any) -> FarmResponse:
    return FarmResponse(body=body, content_type="text/html; charset=utf-8", **kwargs)


def redirect(location: str, status: int = 301) -> FarmResponse:
    return FarmResponse(status=status, headers={"Location": location}, etag=False)


def not_found() -> FarmResponse:
    return FarmResponse(status=404, body="<h1>404 Not Found</h1>", etag=False)


Handler = Callable[[FarmRequest], FarmResponse]


@dataclass
class Route:
    path: str
    handler: Handler
    host: str | None = None
    prefix: bool = False


ROUTES: list[Route] = []


def route(path: str, *, host: str | None = None, prefix: bool = False) -> Callable[[Handler], Handler]:
    """Register ``handler`` for ``path`` (or every path under it when ``prefix``)."""

    def register(handler: Handler) -> Handler:
        ROUTES.append(Route(path, handler, host, prefix))
        return handler

    return register


def load_sites() -> None:
    """Import every module of ``tests/farm/sites`` so their routes are registered."""
    from tests.farm import sites

    for info in pkgutil.iter_modules(sites.__path__):
        importlib.import_module(f"tests.farm.sites.{info.name}")


def find_route(host: str, path: str) -> Route | None:
    best: Route | None = None
    for candidate in ROUTES:
        if candidate.host not in (None, host):
            continue
        if candidate.path == path and not candidate.prefix:
            if candidate.host == host or best is None or best.prefix:
                best = candidate
        elif candidate.prefix and path.startswith(candidate.path):
            if best is None or (best.prefix and len(candidate.path) > len(best.path)):
                best = candidate
    return best


@dataclass
class LoggedRequest:
    method: str
    host: str
    path: str  # with the query
    headers: dict[str, str]
    status: int = 0
    time: float = 0.0


#: Linux's SO_TIMESTAMPNS (asm-generic: x86, ARM, RISC-V), which Python's socket module does not name
_SO_TIMESTAMPNS = 35 if sys.platform == "linux" and platform.machine() in (
    "x86_64", "i686", "i386", "aarch64", "arm64", "armv7l", "riscv64") else None


def _arrival_time(connection: Any) -> float | None:
    """When the first bytes waiting on ``connection`` reached this machine, as the kernel stamped
    them (``SO_TIMESTAMPNS``, set on the listening socket), without reading them; None where that
    is not to be had (TLS, another system). Logged times are then the client's, not when a busy
    farm got round to its thread: a loaded machine must not make a polite crawler look hasty."""
    if type(connection) is not socket.socket or _SO_TIMESTAMPNS is None:
        return None
    try:
        data, ancillary, _, _ = connection.recvmsg(1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
    except OSError:
        return None
    for level, kind, value in ancillary:
        if level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS and len(value) >= 16:
            seconds, nanoseconds = struct.unpack("qq", value[:16])
            return seconds + nanoseconds / 1e9
    return None


class _Handler(BaseHTTPRequestHandler):
    server_version = "kimwatch-farm/1"
    farm: Farm
    arrived: float | None = None

    def handle(self) -> None:
        self.arrived = _arrival_time(self.connection)  # (HTTP/1.0: one request per connection)
        super().handle()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._serve()

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(head=True)

    def do_POST(self) -> None:  # noqa: N802
        self._serve()

    def _serve(self, head: bool = False) -> None:
        farm = self.farm
        host = self.server.server_address[0]
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = int(headers.get("content-length") or 0)
        body_in = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        entry = LoggedRequest(self.command, str(host), self.path, headers, time=self.arrived or time.time())
        with farm.lock:
            farm.requests.append(entry)
        request = FarmRequest(self.command, split.path, query, self.path, headers, str(host), farm, body_in)
        found = find_route(str(host), split.path)
        try:
            response = found.handler(request) if found else not_found()
        except Exception as error:  # a broken site must not kill the farm
            response = FarmResponse(status=500, body=f"farm handler error: {error!r}", etag=False)
        if response.delay:
            time.sleep(response.delay)
        body = response.body.encode(response.encoding) if isinstance(response.body, str) else response.body
        out_headers = dict(response.headers)
        status = response.status
        if status == 200 and response.etag:
            etag = response.etag if isinstance(response.etag, str) else '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            out_headers["ETag"] = etag
            if headers.get("if-none-match") == etag:
                status, body = 304, b""
        if status == 200 and response.last_modified:
            out_headers["Last-Modified"] = response.last_modified
            if not response.etag and headers.get("if-modified-since") == response.last_modified:
                status, body = 304, b""
        if status not in (204, 304) and body and response.content_type:
            out_headers.setdefault("Content-Type", response.content_type)
        if response.gzip and body and "gzip" in headers.get("accept-encoding", ""):
            body = gzip_module.compress(body)
            out_headers["Content-Encoding"] = "gzip"
        entry.status = status
        try:
            self.send_response(status)
            for name, value in out_headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head and status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def server_bind(self) -> None:
        super().server_bind()
        if _SO_TIMESTAMPNS is not None:  # accepted sockets inherit it: see _arrival_time
            try:
                self.socket.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
            except OSError:
                pass


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class Farm:
    """The running farm: servers on 127.0.0.1 and 127.0.0.2, a request log, shared state."""

    def __init__(self, hosts: tuple[str, ...] = HOSTS) -> None:
        self.hosts = hosts
        self.ports: dict[str, int] = {}
        self.requests: list[LoggedRequest] = []
        self.state: dict[str, Any] = {}
        self.lock = threading.Lock()
        self._servers: list[_Server] = []

    def start(self) -> Farm:
        load_sites()
        handler = type("FarmHandler", (_Handler,), {"farm": self})
        port = 0
        for host in self.hosts:
            try:
                server = _Server((host, port), handler)
            except OSError:
                server = _Server((host, 0), handler)
            port = server.server_address[1]
            self.ports[host] = int(port)
            self._servers.append(server)
            threading.Thread(target=server.serve_forever, name=f"farm-{host}", daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> Farm:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def base(self, host: str | None = None) -> str:
        host = host or self.hosts[0]
        return f"http://{host}:{self.ports[host]}"

    def url(self, path: str, host: str | None = None) -> str:
        """Absolute URL of ``path`` on the farm (on 127.0.0.1 unless ``host``)."""
        return self.base(host) + (path if path.startswith("/") else "/" + path)

    def reset_log(self) -> None:
        with self.lock:
            self.requests.clear()

    def reset_state(self) -> None:
        with self.lock:
            self.state.clear()

    def paths(self, host: str | None = None) -> list[str]:
        """Paths (with query) requested so far, optionally only those to ``host``."""
        with self.lock:
            return [r.path for r in self.requests if host is None or r.host == host]

    def requests_to(self, path: str, host: str | None = None) -> list[LoggedRequest]:
        with self.lock:
            return [r for r in self.requests
                    if (r.path == path or r.path.split("?")[0] == path) and (host is None or r.host == host)]
