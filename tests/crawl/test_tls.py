"""TLS certificates in crawls (outside tester S, finding 1): checked by default, directly and
through a CONNECT tunnel; a refused one is the channel's error and is never read another way; a
channel that says ``tls_verify: false`` is read unchecked and its note says so. Real TLS servers on
127.0.0.1 with certificates made here (tests/tls.py), ``kimwatch`` in child processes."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from crawler.harvest.certificates import UNVERIFIED_NOTE
from tests.hostile.conftest import query
from tests.outside.proxy import OutsideProxy, Reply
from tests.outside.test_outside import kimwatch, user_env
from tests.tls import CertificateAuthority, self_signed

FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>KIM Aman</title>
<link>https://kimaman.example.id/</link>
<item><title>Gotong royong di RT 03</title><link>https://kimaman.example.id/2026/12/gotong-royong/</link>
<guid>gr1</guid><pubDate>Sun, 06 Dec 2026 08:00:00 +0800</pubDate>
<description>Warga RT 03 membersihkan saluran air sepanjang 200 meter.</description></item>
</channel></rss>"""


class TLSServer:
    """An https server on 127.0.0.1 serving :data:`FEED` at ``/feed``; records the paths asked."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.paths.append(self.path)
                body, status = (FEED.encode(), 200) if self.path == "/feed" else (b"", 404)
                if status == 200 and self.headers.get("If-None-Match") == '"v1"':
                    body, status = b"", 304  # (validators: a later crawl's revalidation pass asks first)
                self.send_response(status)
                if self.path == "/feed":
                    self.send_header("ETag", '"v1"')
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # (a refused handshake)

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.httpd.server_address[1]}/feed"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def authority(tmp_path: Path) -> CertificateAuthority:
    return CertificateAuthority.create(tmp_path / "ca")


def serve(cert: Path, key: Path) -> TLSServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return TLSServer(context)


@pytest.fixture
def wrong_name(tmp_path: Path, authority: CertificateAuthority) -> Iterator[TLSServer]:
    """A certificate of the trusted CA, for another name (CN=wrong.example)."""
    server = serve(*authority.issue("wrong.example"))
    yield server
    server.stop()


@pytest.fixture
def self_signed_server(tmp_path: Path) -> Iterator[TLSServer]:
    """A self-signed certificate, for the right address."""
    server = serve(*self_signed(tmp_path / "self", "127.0.0.1"))
    yield server
    server.stop()


@pytest.fixture
def trusted(tmp_path: Path, authority: CertificateAuthority) -> Iterator[TLSServer]:
    server = serve(*authority.issue("127.0.0.1"))
    yield server
    server.stop()


def registry(tmp_path: Path, url: str, *extra: str) -> Path:
    path = tmp_path / "registry.yaml"
    path.write_text("\n".join(["kims:", "  - id: kim-aman", "    name: KIM Aman", "    region: Kota Banjarmasin",
                               "    channels:", "      - type: feed", f"        url: {url}",
                               *(f"        {line}" for line in extra)]) + "\n", encoding="utf-8")
    return path


def crawl(tmp_path: Path, url: str, env: dict[str, str], *extra: str) -> tuple[dict[str, Any], dict[str, Any]]:
    db = tmp_path / "k.db"
    load = kimwatch(db, "registry", "load", str(registry(tmp_path, url, *extra)), env=env)
    assert load.returncode == 0, load.stdout + load.stderr
    run = kimwatch(db, "crawl", "--no-match", "--format", "json", env=env)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stdout + run.stderr
    (channel,) = query(db, "SELECT last_status, last_error FROM channels")
    channel["posts"] = [r["title"] for r in query(db, "SELECT title FROM posts")]
    return json.loads(run.stdout), channel


def test_a_certificate_for_another_name_is_refused_and_nothing_is_asked(
        tmp_path: Path, authority: CertificateAuthority, wrong_name: TLSServer) -> None:
    env = user_env(throttle=False, SSL_CERT_FILE=str(authority.cert_file))  # (one retry for transient errors)
    summary, channel = crawl(tmp_path, wrong_name.url, env)
    assert channel["last_status"] == "tls", channel
    assert channel["last_error"].startswith("TLS certificate of 127.0.0.1 refused: the certificate is for another "
                                            "name; nothing was read from it"), channel
    assert "tls_verify: false" in channel["last_error"]  # what to do when the site is known broken
    assert channel["posts"] == [] and wrong_name.paths == []  # not even robots.txt was asked
    assert summary["channels_failed"] == 1
    assert summary["requests"] == 2  # robots.txt and the feed, each refused once: no retry of a refusal


def test_a_self_signed_certificate_is_refused(tmp_path: Path, authority: CertificateAuthority,
                                              self_signed_server: TLSServer) -> None:
    env = user_env(throttle=False, SSL_CERT_FILE=str(authority.cert_file), KIMWATCH_RETRY_TIMES="0")
    _, channel = crawl(tmp_path, self_signed_server.url, env)
    assert channel["last_status"] == "tls" and "refused" in channel["last_error"], channel
    assert "certificate verify failed (no trusted CA signed it" in channel["last_error"]
    assert channel["posts"] == [] and self_signed_server.paths == []


def test_a_certificate_of_a_trusted_ca_is_read(tmp_path: Path, authority: CertificateAuthority,
                                               trusted: TLSServer) -> None:
    env = user_env(throttle=False, SSL_CERT_FILE=str(authority.cert_file))
    _, channel = crawl(tmp_path, trusted.url, env)
    assert channel["last_status"] == "200" and channel["posts"] == ["Gotong royong di RT 03"], channel
    assert not channel["last_error"]


def test_tls_verify_false_reads_a_broken_certificate_and_the_channel_says_so(
        tmp_path: Path, authority: CertificateAuthority, self_signed_server: TLSServer) -> None:
    env = user_env(throttle=False, SSL_CERT_FILE=str(authority.cert_file))
    _, channel = crawl(tmp_path, self_signed_server.url, env, "tls_verify: false")
    assert channel["last_status"] == "200" and channel["posts"] == ["Gotong royong di RT 03"], channel
    assert UNVERIFIED_NOTE in channel["last_error"]
    # a second crawl goes through the revalidation pass first (its own TLS client): same rule
    db = tmp_path / "k.db"
    again = kimwatch(db, "crawl", "--no-match", "--format", "json", env=env)
    assert json.loads(again.stdout)["channels_ok"] == 1, again.stdout + again.stderr


def test_the_revalidation_pass_refuses_the_certificate_too(
        tmp_path: Path, authority: CertificateAuthority, trusted: TLSServer) -> None:
    """A channel read once (validators kept), whose site then shows a certificate nobody trusts:
    the pass's own client refuses it and leaves the channel to Scrapy, which records the refusal."""
    env = user_env(throttle=False, SSL_CERT_FILE=str(authority.cert_file), KIMWATCH_RETRY_TIMES="0")
    _, channel = crawl(tmp_path, trusted.url, env)
    assert channel["last_status"] == "200"
    other = CertificateAuthority.create(tmp_path / "other")  # the same address, another CA's certificate
    trusted.httpd.socket.context.load_cert_chain(*other.issue("127.0.0.1"))  # type: ignore[attr-defined]
    trusted.paths.clear()
    run = kimwatch(tmp_path / "k.db", "-v", "crawl", "--no-match", "--format", "json", env=env)
    (channel,) = query(tmp_path / "k.db", "SELECT last_status, last_error FROM channels")
    assert "revalidation: 0 channel(s) unchanged" in run.stderr, run.stderr[-3000:]
    assert channel["last_status"] == "tls", (channel, run.stderr[-3000:])
    assert trusted.paths == []


def test_a_connect_tunnel_to_an_impostor_is_refused_and_not_retried_in_plain_text(tmp_path: Path) -> None:
    """The report's repro: through a proxy whose tunnel ends at a server with a certificate no
    CA of this machine signed. Before, its answer was read; and a refused tunnel must not be
    retried as "GET https://…" to the proxy, which would read the same answer unchecked."""
    proxy = OutsideProxy({"nocert.example.id": {"/feed": Reply(FEED, content_type="application/rss+xml")}},
                         connect="mitm").start()
    try:
        env = user_env(throttle=False, http_proxy=proxy.url)  # (one retry for transient errors)
        _, channel = crawl(tmp_path, "https://nocert.example.id/feed", env)
        assert channel["last_status"] == "tls", channel
        assert channel["last_error"].startswith("TLS certificate of nocert.example.id refused"), channel
        assert channel["posts"] == []
        seen = [(r.scheme, r.path) for r in proxy.requests]
        assert seen and {scheme for scheme, _ in seen} == {"connect"}, seen  # nothing sent inside, nothing in plain
        assert len(seen) == 2, seen  # robots.txt's tunnel and the feed's, not retried
    finally:
        proxy.stop()


def test_a_proxy_that_refuses_connect_is_named_in_the_runs_summary(tmp_path: Path) -> None:
    """https:// through a proxy that refuses CONNECT goes to it as plain requests (kept: offices
    with HTTP-only proxies), never silently: the run's message names the proxy."""
    proxy = OutsideProxy({"kimaman.example.id": {"/feed": Reply(FEED, content_type="application/rss+xml")}},
                         connect="refuse").start()
    try:
        env = user_env(throttle=False, http_proxy=proxy.url, KIMWATCH_RETRY_TIMES="0")
        summary, channel = crawl(tmp_path, "https://kimaman.example.id/feed", env)
        assert channel["posts"] == ["Gotong royong di RT 03"]
        assert f"the proxy {proxy.url} refused CONNECT" in (summary.get("message") or ""), summary
        assert "clear text" in summary["message"]
        (run,) = query(tmp_path / "k.db", "SELECT message FROM crawl_runs")
        assert f"the proxy {proxy.url} refused CONNECT" in run["message"]
    finally:
        proxy.stop()


@pytest.mark.parametrize("value", ["'false'", "0", "[]"])
def test_tls_verify_must_be_true_or_false(tmp_path: Path, value: str) -> None:
    env = user_env()
    load = kimwatch(tmp_path / "k.db", "registry", "load",
                    str(registry(tmp_path, "https://kimaman.example.id/feed", f"tls_verify: {value}")), env=env)
    assert load.returncode != 0
    assert "tls_verify" in load.stderr + load.stdout and "must be true or false" in load.stderr + load.stdout
    assert "Traceback" not in load.stderr
