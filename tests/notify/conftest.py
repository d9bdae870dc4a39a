"""Fixtures of the alert tests: a store whose digest is known by hand, a real SMTP server
(aiosmtpd) and a fake Telegram Bot API (http.server), both on 127.0.0.1.

The store, for a period P (``first``..``last``) and the period Q before it, same length:

=======  ================  ==================  ===================================================
kim      region            P (this period)     why
=======  ================  ==================  ===================================================
kim-a    Kota Banjarmasin  active              amplified in P and in Q
kim-s    Kota Banjarmasin  inactive (silent)   amplified in Q; in P a post, no amplification
kim-u    Kabupaten Banjar  unmeasured          no channel at all
kim-b    Kabupaten Banjar  unmeasured          amplified in Q; its feed fails since 10 days (5x)
kim-t    Kabupaten Tapin   active              amplified in P only
=======  ================  ==================  ===================================================

Active share P 2/5 = 40 %, Q 3/5 = 60 % (down 20 points). Banjarmasin 1/2 (Q 2/2), Banjar 0/2
(Q 1/2), Tapin 1/1 (Q 0/1).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from crawler.dates import WITA

TOKEN = "123456:SECRET-bot-token-xyz"
SMTP_USER = "kimwatch-user"
SMTP_PASSWORD = "s3cret-Pa55word"


def noon(day: date) -> str:
    """12:00 WITA of ``day`` as the store's UTC ISO string."""
    moment = datetime.combine(day, time(12, 0), WITA).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_notify_store(path: Path, first: date, last: date) -> Path:
    """The store of the module docstring for the period ``first``..``last``."""
    days = (last - first).days + 1
    in_p = first + timedelta(days=1)
    in_q = first - timedelta(days=days - 1)
    db = store.connect(path)
    store.save_kims(db, [
        {"id": "kim-a", "name": "KIM Alalak", "region": "Kota Banjarmasin"},
        {"id": "kim-s", "name": "KIM Sungai Jingah", "region": "Kota Banjarmasin"},
        {"id": "kim-u", "name": "KIM Ulin", "region": "Kabupaten Banjar"},
        {"id": "kim-b", "name": "KIM Bincau", "region": "Kabupaten Banjar"},
        {"id": "kim-t", "name": "KIM Tambarangan", "region": "Kabupaten Tapin"},
    ])
    store.save_sources(db, [{"id": "prov", "name": "Diskominfo Kalsel", "region": "Provinsi Kalimantan Selatan"}])
    channels = [("kim-a", "https://alalak.example.id/feed"), ("kim-s", "https://jingah.example.id/feed"),
                ("kim-b", "https://bincau.example.id/feed"), ("kim-t", "https://tambarangan.example.id/feed")]
    store.save_channels(db, [{"id": f"{kim}/feed", "owner_kind": "kim", "owner_id": kim, "type": "feed", "url": url}
                             for kim, url in channels])
    store.save_announcements(db, [
        {"id": "ann-q", "source_id": "prov", "url": "https://prov.example.id/q", "title": "Vaksinasi gratis",
         "text": "Vaksinasi gratis di puskesmas.", "published_at": noon(in_q - timedelta(days=1))},
        {"id": "ann-p", "source_id": "prov", "url": "https://prov.example.id/p", "title": "Pasar murah",
         "text": "Pasar murah hari Sabtu.", "published_at": noon(first)},
    ])
    posts = [("p-aq", "kim-a", in_q), ("p-sq", "kim-s", in_q), ("p-bq", "kim-b", in_q),
             ("p-ap", "kim-a", in_p), ("p-tp", "kim-t", in_p), ("p-sp", "kim-s", in_p)]
    store.save_posts(db, [{"id": pid, "kim_id": kim, "channel_id": f"{kim}/feed", "platform": "website",
                           "url": f"https://{kim}.example.id/{pid}", "title": pid, "text": f"Teks {pid}",
                           "published_at": noon(day), "origin": "crawl"} for pid, kim, day in posts])
    store.save_amplifications(db, [
        {"post_id": pid, "announcement_id": "ann-q" if pid.endswith("q") else "ann-p", "kim_id": kim,
         "method": "link", "score": 1.0, "lag_hours": 24.0, "evidence": {}}
        for pid, kim, _ in posts if pid != "p-sp"])
    with store.transaction(db):
        for kim in ("kim-a", "kim-s", "kim-t"):
            for day in (in_q, in_p):
                db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) VALUES (?, ?, 1, '200')",
                           [f"{kim}/feed", noon(day)])
            db.execute("UPDATE channels SET last_crawled_at = ?, last_success_at = ?, last_status = '200' "
                       "WHERE id = ?", [noon(in_p), noon(in_p), f"{kim}/feed"])
        broken_since = last - timedelta(days=9)
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) VALUES (?, ?, 1, '200')",
                   ["kim-b/feed", noon(in_q)])
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) "
                   "VALUES (?, ?, 0, '503', 'HTTP 503')", ["kim-b/feed", noon(in_p)])
        db.execute("UPDATE channels SET last_crawled_at = ?, last_success_at = ?, last_status = '503', "
                   "last_error = 'HTTP 503', consecutive_failures = 5 WHERE id = 'kim-b/feed'",
                   [noon(in_p), noon(broken_since)])
    db.conn.close()
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Mailbox:
    """The messages an aiosmtpd server received (``envelope`` objects)."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[Any]:
        from email import message_from_bytes, policy

        return [message_from_bytes(e.content, policy=policy.default) for e in self.envelopes]


@pytest.fixture
def smtp_server() -> Iterator[tuple[str, Mailbox]]:
    """A real SMTP server on 127.0.0.1 (no login); yields its ``smtp://`` URL and the mailbox."""
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield f"smtp://127.0.0.1:{port}", mailbox
    finally:
        controller.stop()


@pytest.fixture
def smtp_login_server() -> Iterator[tuple[int, Mailbox]]:
    """A real SMTP server on 127.0.0.1 that wants a login (SMTP_USER / SMTP_PASSWORD)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = (getattr(auth_data, "login", b"") == SMTP_USER.encode()
              and getattr(auth_data, "password", b"") == SMTP_PASSWORD.encode())
        return AuthResult(success=ok, handled=False)

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        yield port, mailbox
    finally:
        controller.stop()


class FakeBotApi:
    """A loopback stand-in of the Telegram Bot API: records ``sendMessage`` calls."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail_with: int | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if fake.fail_with:
                    self._answer(fake.fail_with, {"ok": False, "description": "Internal Server Error"})
                    return
                expected = f"/bot{TOKEN}/sendMessage"
                if self.path != expected:
                    self._answer(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                payload = json.loads(body)
                fake.calls.append(payload)
                self._answer(200, {"ok": True, "result": {"message_id": len(fake.calls),
                                                          "chat": {"id": payload["chat_id"]}}})

            def _answer(self, status: int, data: dict[str, Any]) -> None:
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def texts(self, chat: str) -> list[str]:
        return [c["text"] for c in self.calls if str(c["chat_id"]) == chat]


@pytest.fixture
def bot_api() -> Iterator[FakeBotApi]:
    fake = FakeBotApi()
    fake.thread.start()
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()
