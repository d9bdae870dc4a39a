"""The KIM admins' report form: a Starlette app served by ``kimwatch serve`` (uvicorn).

One page per KIM at ``/k/<token>`` (Bahasa Indonesia, plain HTML and inline CSS, no
JavaScript, readable on a 360-px phone): the KIM's name, a form (``url``, optional ``note``)
and the KIM's 20 latest reports with their status. Built to face the internet behind a
reverse proxy:

* an unknown or revoked token answers the same 404 as any unknown path;
* writes only by POST, ``application/x-www-form-urlencoded`` only, at most
  :data:`MAX_BODY` bytes; CSRF: a random cookie (``HttpOnly``, ``SameSite=Strict``) and a
  form field that must equal the HMAC of that cookie and the token under a per-process secret,
  plus an ``Origin`` check when the browser sends one;
* a per-token rate limit (``rate_limit`` reports per hour, in memory): one KIM's flood does not
  touch another's;
* every value shown is HTML-escaped; a Content-Security-Policy allows no script at all;
* the link is checked before it is stored (http/https, a public address or the host and port of
  one of the KIM's intranet channels: the crawler's guard through
  :func:`crawler.selfreport.intake.link_allowed`, as ``import reports`` checks it); nothing is
  fetched here.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import os
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from crawler import store
from crawler.dates import WITA
from crawler.selfreport import intake, tokens
from crawler.selfreport.fetch import internal_allow_list

MAX_BODY = 8 * 1024
DEFAULT_RATE_LIMIT = 20  # reports per token per hour
RATE_ENV = "KIMWATCH_FORM_RATE_LIMIT"
RATE_WINDOW_SECONDS = 3600.0
CSRF_COOKIE = "kw_csrf"

STATUS_LABELS = {
    "pending": "Menunggu pemeriksaan",
    "verified": "Terverifikasi",
    "unverified": "Belum dapat diverifikasi",
    "rejected": "Ditolak",
}
#: a reason whose label says "petugas akan memeriksa" is one `kimwatch review --reports` lists
#: (crawler.selfreport.verify.OFFICER_CHECKS), whatever the report's status
REASON_LABELS = {
    "owner-mismatch": "unggahan akun lain",
    "login-wall": "tidak terbuka untuk umum (harus masuk/login); petugas akan memeriksa",
    "not-found": "tautan tidak ditemukan (dihapus?)",
    "no-text": "unggahan tanpa teks",
    "not-public": "tidak publik; petugas akan memeriksa",
    "channel-not-registered": "akun ini belum terdaftar untuk KIM Anda",
    "owner-unknown": "pemilik unggahan tidak terbaca; petugas akan memeriksa",
    "robots": "situs tidak mengizinkan pemeriksaan otomatis; petugas akan memeriksa",
    "unreachable": "situs tidak dapat dihubungi",
    "fetch-failed": "akan dicoba lagi",
    "confirmed": "dikonfirmasi petugas",
    "rejected-by-reviewer": "ditolak petugas",
}
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # the token is in the URL
    "Cache-Control": "no-store",
}
STYLE = """
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
padding:12px;max-width:40rem;margin-inline:auto;line-height:1.45;color:#1a1a1a;background:#fafafa}
h1{font-size:1.25rem;margin:.2rem 0}p.region{margin:0 0 1rem;color:#555}
label{display:block;font-weight:600;margin:.8rem 0 .3rem}
input,textarea{width:100%;font:inherit;padding:.6rem;border:1px solid #999;border-radius:6px;background:#fff}
textarea{min-height:4.5rem}button{margin-top:1rem;width:100%;font:inherit;font-weight:700;padding:.75rem;
border:0;border-radius:6px;background:#0a5c36;color:#fff}
.msg{padding:.6rem .8rem;border-radius:6px;margin:.8rem 0}.ok{background:#e3f4e8}.err{background:#fde8e8}
ul{list-style:none;padding:0}li{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem;
margin:.5rem 0;overflow-wrap:anywhere}.st{font-weight:700}.small{font-size:.85rem;color:#555}
"""


def _rate_limit(value: int | None) -> int:
    if value:
        return value
    raw = os.environ.get(RATE_ENV, "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_RATE_LIMIT


class RateLimiter:
    """At most ``limit`` events per key in any ``window`` seconds (a sliding log, in memory)."""

    def __init__(self, limit: int, window: float = RATE_WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self.events: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self.lock:
            log = self.events.setdefault(key, deque())
            while log and log[0] <= now - self.window:
                log.popleft()
            if len(log) >= self.limit:
                return False
            log.append(now)
            return True


def _not_found() -> HTMLResponse:
    body = ("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Tidak ditemukan</title></head>"
            "<body><h1>Halaman tidak ditemukan</h1></body></html>")
    return HTMLResponse(body, status_code=404, headers=HEADERS)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _wita(stamp: str | None) -> str:
    """A stored time (UTC, ISO 8601) as the KIM admins read it: ``2025-10-18 09:30 WITA``."""
    if not stamp:
        return ""
    if len(stamp) <= 10:  # a date alone: no time to convert
        return stamp
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:16].replace("T", " ")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(WITA).strftime("%Y-%m-%d %H:%M") + " WITA"


def _page(kim: dict[str, Any], reports: list[dict[str, Any]], csrf: str, *, message: str = "",
          error: str = "", url_value: str = "", note_value: str = "") -> str:
    items = []
    for report in reports:
        label = STATUS_LABELS.get(report["status"], report["status"])
        reason = REASON_LABELS.get(report["reason"] or "", report["reason"] or "")
        when = _wita(report.get("reported_at") or report.get("created_at"))
        items.append(
            f'<li><span class="st" data-status="{_e(report["status"])}">{_e(label)}</span>'
            + (f' — <span class="small">{_e(reason)}</span>' if reason else "")
            + f'<br><span class="small">{_e(when)}</span><br>{_e(report["url"])}</li>')
    listing = "<ul>" + "".join(items) + "</ul>" if items else "<p>Belum ada laporan.</p>"
    notice = (f'<p class="msg ok" role="status">{_e(message)}</p>' if message else "") + (
        f'<p class="msg err" role="alert">{_e(error)}</p>' if error else "")
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Lapor unggahan — {_e(kim["name"])}</title><style>{STYLE}</style></head>
<body><main>
<h1>{_e(kim["name"])}</h1><p class="region">{_e(kim["region"])}</p>
<p>Laporkan unggahan KIM Anda di Facebook, Instagram, TikTok atau saluran WhatsApp yang menyebarkan
informasi pemerintah. Tempelkan tautan unggahan, lalu tekan <b>Kirim laporan</b>.</p>
{notice}
<form method="post" action="" accept-charset="utf-8">
<input type="hidden" name="csrf" value="{_e(csrf)}">
<label for="url">Tautan unggahan</label>
<input id="url" name="url" type="url" inputmode="url" required maxlength="{intake.MAX_URL_LENGTH}"
 placeholder="https://www.facebook.com/…" value="{_e(url_value)}">
<label for="note">Catatan (boleh kosong)</label>
<textarea id="note" name="note" maxlength="500">{_e(note_value)}</textarea>
<button type="submit">Kirim laporan</button>
</form>
<h2>Laporan terakhir</h2>
{listing}
</main></body></html>"""


def create_app(db_path: str, *, rate_limit: int | None = None) -> Starlette:
    """The ASGI app of the form for the database at ``db_path``."""
    secret = secrets.token_bytes(32)  # per process: a restart only asks for a page reload
    limiter = RateLimiter(_rate_limit(rate_limit))

    def connect() -> Any:
        return store.connect(db_path, create=False)

    def csrf_for(nonce: str, token_digest: str) -> str:
        return hmac.new(secret, f"{nonce}\x1f{token_digest}".encode(), hashlib.sha256).hexdigest()

    def load(token: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        db = connect()
        try:
            kim_id = tokens.kim_for_token(db, token)
            if kim_id is None:
                return None
            kim = next(iter(db.query("SELECT id, name, region FROM kims WHERE id = ?", [kim_id])), None)
            if kim is None:
                return None
            reports = list(db.query(
                "SELECT url, status, reason, reported_at, created_at FROM reports WHERE kim_id = ? "
                "ORDER BY id DESC LIMIT 20", [kim_id]))
            return kim, reports
        finally:
            db.close()

    allow: list[Any] = []  # the allow_internal crawl setting, read at the first link

    def link_allowed(kim_id: str, url: str) -> bool:
        if not allow:
            allow.append(internal_allow_list())
        db = connect()
        try:
            return intake.link_allowed(db, kim_id, url, allow=allow[0])
        finally:
            db.close()

    def save(kim_id: str, url: str, note: str | None) -> bool:
        db = connect()
        try:
            created, _ = intake.add_report(db, kim_id, url, via="form", note=note, source="form")
            return created
        finally:
            db.close()

    def render(request: Request, token: str, found: tuple[dict[str, Any], list[dict[str, Any]]], *,
               status: int = 200, **kwargs: Any) -> HTMLResponse:
        nonce = request.cookies.get(CSRF_COOKIE) or ""
        if len(nonce) != 43:
            nonce = secrets.token_urlsafe(32)
        body = _page(found[0], found[1], csrf_for(nonce, tokens.token_hash(token)), **kwargs)
        response = HTMLResponse(body, status_code=status, headers=HEADERS)
        response.set_cookie(CSRF_COOKIE, nonce, httponly=True, samesite="strict", path="/k/",
                            secure=request.url.scheme == "https")
        return response

    async def form_page(request: Request) -> Response:
        token = request.path_params["token"]
        found = await run_in_threadpool(load, token)
        if found is None:
            return _not_found()
        if request.method != "POST":
            sent = request.query_params.get("terkirim")
            message = {"1": "Terima kasih, laporan diterima dan menunggu pemeriksaan.",
                       "0": "Tautan ini sudah pernah dilaporkan."}.get(sent or "", "")
            return render(request, token, found, message=message)
        return await submit(request, token, found)

    async def submit(request: Request, token: str, found: tuple[dict[str, Any], list[dict[str, Any]]]) -> Response:
        kim = found[0]
        if not limiter.allow(tokens.token_hash(token)):
            response = render(request, token, found, status=429,
                              error="Terlalu banyak laporan dari tautan ini. Silakan coba lagi nanti.")
            response.headers["Retry-After"] = "3600"
            return response
        origin = request.headers.get("origin")
        if origin and origin != "null":
            host = request.headers.get("host", "")
            if urlsplit(origin).netloc.lower() != host.lower():
                return render(request, token, found, status=403, error="Permintaan ditolak (asal tidak sah).")
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            return render(request, token, found, status=413, error="Isian terlalu panjang.")
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            return render(request, token, found, status=415, error="Format kiriman tidak dikenal.")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return render(request, token, found, status=413, error="Isian terlalu panjang.")
        fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=10)
        url = (fields.get("url") or [""])[0].strip()
        note = (fields.get("note") or [""])[0].strip()[:500] or None
        nonce = request.cookies.get(CSRF_COOKIE) or ""
        sent_csrf = (fields.get("csrf") or [""])[0]
        if not nonce or not hmac.compare_digest(sent_csrf, csrf_for(nonce, tokens.token_hash(token))):
            return render(request, token, found, status=403, url_value=url, note_value=note or "",
                          error="Formulir kedaluwarsa. Muat ulang halaman ini lalu kirim lagi.")
        if url and intake.has_credentials(url):
            return render(request, token, found, status=400, note_value=note or "",
                          error="Tautan tidak sah. Tautan tidak boleh memuat nama pengguna atau kata sandi "
                                "(bagian sebelum tanda @). Salin tautan unggahan apa adanya dari aplikasi.")
        try:
            checked, problem = intake.check_url(url) if url else (None, "kosong")
            # the rule `import reports` and `verify` keep (one function): a public address, or the
            # host and port of one of the KIM's channels registered on an intranet on purpose
            allowed = checked is not None and await run_in_threadpool(link_allowed, kim["id"], checked)
        except (ValueError, UnicodeError):  # an address no parser expected: refused, never a 500
            checked, allowed = None, False
        if checked is None or not allowed:
            why = "Tautan harus diawali https:// atau http:// dan menuju alamat publik."
            return render(request, token, found, status=400, url_value=url, note_value=note or "",
                          error=f"Tautan tidak sah. {why}")
        created = await run_in_threadpool(save, kim["id"], checked, note)
        return RedirectResponse(f"/k/{token}?terkirim={1 if created else 0}", status_code=303, headers=HEADERS)

    async def not_found(request: Request, exc: Exception) -> Response:
        return _not_found()

    return Starlette(routes=[Route("/k/{token}", form_page, methods=["GET", "POST"])],
                     exception_handlers={404: not_found, 405: not_found})
