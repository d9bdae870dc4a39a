"""The KIM admins' form, for real: `kimwatch serve` as a process, a headless Chromium on a
phone-sized screen without JavaScript, and plain HTTP clients for what a browser does not do
(wrong tokens, forged posts, floods)."""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from click.testing import Result

REPO = Path(__file__).resolve().parent.parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
RATE_LIMIT = 20


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def links(loaded: Callable[..., Result]) -> dict[str, str]:
    output = loaded("form-links", "--base-url", "http://127.0.0.1:0/").output
    return dict(line.split("\t") for line in output.splitlines())


@pytest.fixture
def server(links: dict[str, str], db_path: Path) -> Iterator[str]:
    """`kimwatch serve` in its own process; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "KIMWATCH_FORM_RATE_LIMIT": str(RATE_LIMIT)}
    process = subprocess.Popen([sys.executable, "-m", "crawler", "--db", str(db_path), "serve", "--port", str(port)],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"kimwatch serve did not start: {process.stdout.read() if process.stdout else ''}") from None
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def _path(link: str) -> str:
    return urlsplit(link).path


class Client:
    """A keep-alive HTTP client with the form's cookie, like a browser without JavaScript."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
        self.cookie = ""

    def get(self, path: str) -> tuple[int, str]:
        self.conn.request("GET", path, headers={"Cookie": self.cookie} if self.cookie else {})
        answer = self.conn.getresponse()
        body = answer.read().decode()
        cookie = answer.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        return answer.status, body

    def csrf(self, path: str) -> str:
        status, body = self.get(path)
        assert status == 200
        match = re.search(r'name="csrf" value="([0-9a-f]+)"', body)
        assert match
        return match.group(1)

    def post(self, path: str, fields: dict[str, str], headers: dict[str, str] | None = None,
             cookie: bool = True) -> tuple[int, str, str | None]:
        body = urlencode(fields)
        sent = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        if cookie and self.cookie:
            sent["Cookie"] = self.cookie
        self.conn.request("POST", path, body=body, headers=sent)
        answer = self.conn.getresponse()
        return answer.status, answer.read().decode(), answer.getheader("Location")


def _count(db_path: Path, kim_id: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("SELECT count(*) FROM reports WHERE kim_id = ?", [kim_id]).fetchone()[0])
    finally:
        conn.close()


def test_form_links_are_stable_stored_hashed_and_rotated(loaded: Callable[..., Result], links: dict[str, str],
                                                         db_path: Path) -> None:
    assert len(links) == 10
    token = links["kim-satu"].rsplit("/", 1)[1]
    assert links["kim-satu"] == f"http://127.0.0.1:0/k/{token}" and len(token) >= 43  # 256 bits
    assert loaded("form-links", "--base-url", "http://127.0.0.1:0", "--kim", "kim-satu").output == \
        f"kim-satu\t{links['kim-satu']}\n"
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if not p.name.endswith(".form-key"))
    assert token.encode() not in stored
    assert hashlib.sha256(token.encode()).hexdigest().encode() in stored  # only its hash
    key = Path(f"{db_path}.form-key")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    rotated = loaded("form-links", "--base-url", "http://127.0.0.1:0", "--kim", "kim-satu", "--rotate").output
    assert rotated.startswith("kim-satu\t") and token not in rotated
    assert "unknown KIM id(s): kim-x" in loaded("form-links", "--base-url", "http://x.id", "--kim", "kim-x",
                                                expect=1).output


def test_admin_sends_a_link_from_a_phone_and_sees_it_pending_then_verified(
        server: str, links: dict[str, str], loaded: Callable[..., Result], proxy_env: dict[str, str]) -> None:
    from playwright.sync_api import sync_playwright

    page_url = server + _path(links["kim-satu"])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                          java_script_enabled=False, locale="id-ID")
            page = context.new_page()
            response = page.goto(page_url)
            assert response is not None and response.status == 200
            assert page.inner_text("h1") == "KIM Satu"
            assert "Belum ada laporan." in page.inner_text("main")
            width = page.locator("form").bounding_box()
            assert width is not None and width["x"] >= 0 and width["x"] + width["width"] <= 360
            assert page.locator("button").bounding_box()["width"] > 300  # type: ignore[index]
            page.fill("input[name=url]", "http://l.facebook.com/l.php?u=http%3A%2F%2Fm.facebook.com%2Fkimsatu%2Fposts%2Fpfbid0Satu2002")
            page.fill("textarea[name=note]", "Dibagikan ke grup desa <b>juga</b>")
            page.click("button[type=submit]")
            page.wait_for_load_state()
            assert "laporan diterima" in page.inner_text("main")
            assert page.inner_text("li .st") == "Menunggu pemeriksaan"

            verified = loaded("verify").output
            assert "verified" in verified

            page.reload()
            assert page.inner_text("li .st") == "Terverifikasi"
            assert page.locator("li").count() == 1
            # the page is no wider than the phone
            box = page.locator("main").bounding_box()
            assert box is not None and box["x"] + box["width"] <= 360
            other = browser.new_page(viewport={"width": 360, "height": 740}, java_script_enabled=False)
            answer = other.goto(server + _path(links["kim-dua"]))
            assert answer is not None and answer.status == 200
            assert other.inner_text("h1") == "KIM Dua" and "Belum ada laporan." in other.inner_text("main")
        finally:
            browser.close()


def test_a_wrong_token_gives_404_revealing_nothing(server: str, links: dict[str, str]) -> None:
    client = Client(server)
    good = _path(links["kim-satu"])
    bodies = set()
    for path in (good[:-1] + ("A" if good[-1] != "A" else "B"), "/k/", "/k/x", "/", "/k/" + "a" * 500):
        status, body = client.get(path)
        assert status == 404, path
        assert "KIM" not in body
        bodies.add(body)
    assert len(bodies) == 1  # the same answer whatever the path
    status, _, _ = client.post(good[:-1] + "Z", {"url": "https://www.facebook.com/kimsatu/posts/1"})
    assert status == 404


def test_writes_need_post_csrf_and_a_public_link_and_are_escaped(server: str, links: dict[str, str],
                                                                 db_path: Path) -> None:
    path = _path(links["kim-satu"])
    client = Client(server)
    csrf = client.csrf(path)
    url = "https://www.facebook.com/kimsatu/posts/1"
    assert client.post(path, {"url": url}, cookie=False)[0] == 403  # no cookie
    assert client.post(path, {"url": url, "csrf": "0" * 64})[0] == 403  # forged field
    assert client.post(path, {"url": url, "csrf": csrf}, headers={"Origin": "https://evil.example"})[0] == 403
    assert client.post(path, {"url": "javascript:alert(1)", "csrf": csrf})[0] == 400
    assert client.post(path, {"url": "http://169.254.169.254/latest/meta-data/", "csrf": csrf})[0] == 400
    assert client.post(path, {"url": "https://x.id/" + "a" * 9000, "csrf": csrf})[0] == 413
    assert _count(db_path, "kim-satu") == 0
    injected = 'https://www.facebook.com/kimsatu/posts/1?x="><script>alert(1)</script>'
    status, _, location = client.post(path, {"url": injected, "csrf": csrf, "note": "<img src=x onerror=alert(1)>"})
    assert status == 303 and location == f"{path}?terkirim=1"
    status, body = client.get(location)
    assert status == 200 and "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body
    assert client.post(path, {"url": injected, "csrf": csrf})[2] == f"{path}?terkirim=0"  # reported once
    assert _count(db_path, "kim-satu") == 1
    assert client.get(path + "?terkirim=0")[1].count("sudah pernah dilaporkan") == 1


def test_a_thousand_posts_with_one_token_are_rate_limited_without_touching_another(
        server: str, links: dict[str, str], db_path: Path) -> None:
    flood = Client(server)
    path = _path(links["kim-satu"])
    csrf = flood.csrf(path)
    statuses: dict[int, int] = {}
    for number in range(1000):
        status, _, _ = flood.post(path, {"url": f"https://www.facebook.com/kimsatu/posts/{number}", "csrf": csrf})
        statuses[status] = statuses.get(status, 0) + 1
    assert statuses == {303: RATE_LIMIT, 429: 1000 - RATE_LIMIT}
    assert _count(db_path, "kim-satu") == RATE_LIMIT
    other = Client(server)
    other_path = _path(links["kim-dua"])
    other_csrf = other.csrf(other_path)
    status, _, _ = other.post(other_path, {"url": "https://www.facebook.com/kimdua/posts/1", "csrf": other_csrf})
    assert status == 303
    assert _count(db_path, "kim-dua") == 1
    # the flooded page still shows, and says why it refuses
    status, body = flood.get(path)
    assert status == 200 and "KIM Satu" in body
