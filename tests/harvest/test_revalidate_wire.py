"""The revalidation pass on the wire (crawler/harvest/revalidate.py): one selector loop over
non-blocking sockets, straight to the host (no proxy: tests/crawl/test_revalidate.py covers
proxies, CONNECT tunnels and their refusal, robots.txt and the guard).

A raw loopback server answers each path the way a real server may: a 304 on a kept-alive
connection, a head with bare line feeds, a chunked 200 with a trailer, a body past
``DOWNLOAD_MAXSIZE``, an answer that never comes, a kept-alive connection closed under the
client, and a 200 whose body ends with the connection. The pass must record each as Scrapy
would (a 304 recorded, other answers kept whole for Scrapy, a timeout or an answer too large
handed over as such) and send every request once but the one on a connection the server closed.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from crawler.harvest import revalidate
from crawler.harvest.context import CrawlContext
from crawler.harvest.revalidate import Revalidator, _dechunk, _Exchange, _parse_head, _WireError
from crawler.settings import plain_settings

CHUNKED_BODY = [b"<rss><channel>", b"<title>KIM</title>" * 40, b"</channel></rss>"]


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class RawServer:
    """A loopback HTTP server written on sockets, one thread per connection, answering by path."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.requests: list[tuple[int, str, dict[str, str]]] = []  # (connection number, path, headers)
        self.connections = 0
        self.stopping = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn, self.connections), daemon=True).start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        data = b""
        with conn:
            while not self.stopping.is_set():
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, _, data = data.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
                self.requests.append((number, path, headers))
                if not self._answer(conn, path, headers):
                    return

    def _answer(self, conn: socket.socket, path: str, headers: dict[str, str]) -> bool:
        """Send the answer for ``path``; whether the connection stays open."""
        path = path.split("?", 1)[0]
        if path.startswith("/same"):
            conn.sendall(_head(["HTTP/1.1 304 Not Modified", 'ETag: "v1"']))
            return True
        if path == "/bare-lf.xml":
            conn.sendall(b"HTTP/1.1 304 Not Modified\nETag: \"v1\"\nX-Folded: one\n two\n\n")
            return True
        if path == "/chunked.xml":
            conn.sendall(_head(["HTTP/1.1 200 OK", "Content-Type: application/rss+xml", "Transfer-Encoding: chunked"]))
            for part in CHUNKED_BODY:
                conn.sendall(f"{len(part):x};ext=1\r\n".encode() + part + b"\r\n")
            conn.sendall(b"0\r\nX-Trailer: yes\r\n\r\n")
            return True
        if path == "/big.xml":
            conn.sendall(_head(["HTTP/1.1 200 OK", "Content-Length: 5000"]) + b"x" * 5000)
            return True
        if path == "/no-length.xml":
            conn.sendall(_head(["HTTP/1.1 200 OK", "Content-Type: application/rss+xml"]) + b"<rss>until the end</rss>")
            return False  # the body ends with the connection
        if path == "/closing.xml":  # answered, then the connection closed without a word (an idle timeout)
            conn.sendall(_head(["HTTP/1.1 304 Not Modified", 'ETag: "v1"']))
            return False
        if path == "/never.xml":
            self.stopping.wait(10)
            return False
        conn.sendall(_head(["HTTP/1.1 404 Not Found", "Content-Length: 0"]))
        return True

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self.stopping.set()
        self.listener.close()


@pytest.fixture
def server() -> Iterator[RawServer]:
    running = RawServer()
    yield running
    running.stop()


def _pass(tmp_path: Path, urls: list[str], **overrides: Any) -> tuple[revalidate.Revalidation, CrawlContext, Revalidator]:
    """The pass over one feed channel per URL (each with an ETag), straight to the loopback server."""
    db = store.connect(tmp_path / "k.db")
    store.save_kims(db, [{"id": f"kim-{n}", "name": f"KIM {n}", "region": "Kota Banjarmasin"} for n in range(len(urls))])
    store.save_channels(db, [{"owner_kind": "kim", "owner_id": f"kim-{n}", "type": "feed", "url": url}
                             for n, url in enumerate(urls)])
    db.execute("UPDATE channels SET etag = ?", ['"v1"'])
    channels = sorted((dict(r) for r in db.query("SELECT * FROM channels")), key=lambda c: urls.index(c["url"]))
    settings = plain_settings({"ROBOTSTXT_OBEY": False, "ALLOW_INTERNAL": ["127.0.0.1"], "AUTOTHROTTLE_ENABLED": False,
                               "DOWNLOAD_DELAY": 0, **overrides})
    context = CrawlContext(db, store.start_crawl_run(db, "cli", {}), settings, health_batch=200)
    for channel in channels:
        context.outcome(channel)
    revalidator = Revalidator(tmp_path / "k.db", settings)
    outcome = revalidator.run(channels, context)
    context.write_health()
    return outcome, context, revalidator


def _kept(context: CrawlContext, url: str) -> revalidate.Prefetched:
    channel_id = next(o.channel_id for o in context.outcomes.values() if o.url == url)
    return revalidate.PREFETCHED.pop(channel_id)


def test_unchanged_feeds_are_asked_once_each_on_kept_alive_connections(tmp_path: Path, server: RawServer) -> None:
    urls = [server.url(f"/same-{n}.xml") for n in range(6)] + [server.url("/bare-lf.xml")]
    outcome, context, _ = _pass(tmp_path, urls, CONCURRENT_REQUESTS_PER_DOMAIN=2)
    assert len(outcome.unchanged) == 7 and outcome.requests == 7 and not outcome.left
    assert {o.status for o in context.outcomes.values()} == {"304"}
    assert sorted(path for _, path, _ in server.requests) == sorted(u.split(str(server.port))[1] for u in urls)
    # two at a time on this host, each connection kept for the next request
    assert server.connections == 2
    first = server.requests[0][2]
    assert first["if-none-match"] == '"v1"' and first["host"] == f"127.0.0.1:{server.port}"
    assert first["user-agent"].startswith("kimwatch/") and first["accept-encoding"] == "gzip, deflate"
    db = store.connect(tmp_path / "k.db")
    assert db.execute("SELECT count(*) FROM channel_fetches WHERE status = '304' AND ok = 1").fetchone()[0] == 7
    db.conn.close()


def test_other_answers_are_kept_whole_for_scrapy(tmp_path: Path, server: RawServer) -> None:
    urls = [server.url(p) for p in ("/chunked.xml", "/big.xml", "/no-length.xml", "/never.xml", "/gone.xml")]
    try:
        outcome, context, _ = _pass(tmp_path, urls, DOWNLOAD_MAXSIZE=4096, DOWNLOAD_TIMEOUT=1.0)
        assert outcome.handed == 5 and not outcome.unchanged and not outcome.left
        chunked = _kept(context, urls[0])
        assert (chunked.status, chunked.body, chunked.failure) == (200, b"".join(CHUNKED_BODY), None)
        assert ("Transfer-Encoding", "chunked") in chunked.headers
        big = _kept(context, urls[1])
        assert big.failure == "too-large" and big.message == (
            f"Cancelling download of {urls[1]}: expected response size (5000) larger than download max size (4096).")
        until_closed = _kept(context, urls[2])
        assert (until_closed.status, until_closed.body) == (200, b"<rss>until the end</rss>")
        never = _kept(context, urls[3])
        assert never.failure == "timeout" and 0.9 <= never.latency < 5
        gone = _kept(context, urls[4])
        assert (gone.status, gone.body) == (404, b"")
        assert {o.ok for o in context.outcomes.values()} == {None}  # Scrapy records them, not the pass
    finally:
        revalidate.PREFETCHED.clear()


def test_a_connection_the_server_closed_is_not_used_again(tmp_path: Path, server: RawServer) -> None:
    """The server closes every connection after its answer, without ``Connection: close``: the
    next request goes on a new connection (once more, fresh, when it found the old one closed)."""
    urls = [server.url(f"/closing.xml?n={n}") for n in range(5)]
    outcome, context, _ = _pass(tmp_path, urls, CONCURRENT_REQUESTS_PER_DOMAIN=1)
    assert len(outcome.unchanged) == 5 and not outcome.left
    assert server.connections >= 5
    assert sorted(path for _, path, _ in server.requests) == sorted(f"/closing.xml?n={n}" for n in range(5))


def test_a_refused_connection_is_left_to_scrapy(tmp_path: Path) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    outcome, context, _ = _pass(tmp_path, [f"http://127.0.0.1:{port}/feed/"])
    assert outcome.left == {"ConnectionRefusedError": 1} and not outcome.unchanged and outcome.handed == 0
    assert [o.ok for o in context.outcomes.values()] == [None]


def test_heads_are_read_as_http_client_reads_them() -> None:
    assert _parse_head(b"HTTP/1.1 304 Not Modified\r\nETag: \"a\"\r\n") is None  # not whole yet
    head = _parse_head(b"HTTP/1.0 200 OK\r\nContent-Type:  text/xml \r\nX-Long: one\r\n two\r\n\r\nbody")
    assert head is not None
    size, status, reason, version, headers = head
    assert (size, status, reason, version) == (len(b"HTTP/1.0 200 OK\r\nContent-Type:  text/xml \r\nX-Long: one\r\n two\r\n\r\n"),
                                               200, "OK", "HTTP/1.0")
    assert headers == [("Content-Type", "text/xml"), ("X-Long", "one two")]
    assert _parse_head(b"HTTP/1.1 304\n\n")[1:3] == (304, "")  # type: ignore[index]
    for bad in (b"ICY 200 OK\r\n\r\n", b"HTTP/1.1 2000 OK\r\n\r\n", b"HTTP/1.1 200 OK\r\nno colon\r\n\r\n"):
        with pytest.raises(_WireError):
            _parse_head(bad)
    with pytest.raises(_WireError, match="LineTooLong"):
        _parse_head(b"HTTP/1.1 200 OK\r\nX: " + b"y" * 70000)


def test_chunks_are_taken_as_they_come() -> None:
    job: Any = None
    exchange = _Exchange(job, 1, 0.0, 30.0)
    wire = b"5\r\nhello\r\n1;x=y\r\n \r\n6\r\nworld!\r\n0\r\nTrailer: 1\r\n\r\n"
    done = False
    for byte in range(len(wire)):  # a byte at a time: never more than what is whole
        exchange.buffer += wire[byte:byte + 1]
        done = _dechunk(exchange)
        assert done == (byte == len(wire) - 1)
    assert bytes(exchange.body) == b"hello world!"
    broken = _Exchange(job, 1, 0.0, 30.0)
    broken.buffer += b"zz\r\nhello\r\n"
    with pytest.raises(_WireError, match="IncompleteRead"):
        _dechunk(broken)
