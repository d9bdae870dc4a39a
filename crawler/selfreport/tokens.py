"""The secret link of each KIM's form: tokens, stored hashed.

A token is 256 bits, URL-safe base64 (43 characters): HMAC-SHA256 of (KIM id, generation)
under a random 256-bit key kept in a file next to the database (``<db>.form-key``, mode
0600; ``$KIMWATCH_FORM_KEY_FILE`` names another). The database keeps only the SHA-256 of each
token, so neither the database, its backups nor the Datasette dump reveal a link; the key
file lets ``kimwatch form-links`` print the same link again (an office re-sends links) until
``--rotate`` bumps the KIM's generation, which revokes the old link. ``kimwatch serve`` needs
only the hashes, never the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.errors import SelfReportError

KEY_ENV = "KIMWATCH_FORM_KEY_FILE"
TOKEN_BYTES = 32


def key_path(db_path: str | Path) -> Path:
    """Where the form key lives: ``$KIMWATCH_FORM_KEY_FILE``, else ``<db>.form-key``."""
    return Path(os.environ.get(KEY_ENV) or f"{db_path}.form-key")


def load_key(path: str | Path, *, create: bool = True) -> bytes:
    """The form key; a new random one is written (mode 0600) when the file does not exist."""
    path = Path(path)
    if path.exists():
        raw = path.read_text(encoding="ascii").strip()
        try:
            key = bytes.fromhex(raw)
        except ValueError:
            key = b""
        if len(key) < 16:
            raise SelfReportError(f"form key file {str(path)!r} is damaged (expected 64 hex digits); "
                                  "remove it and run `kimwatch form-links --rotate` to issue new links")
        return key
    if not create:
        raise SelfReportError(f"no form key at {str(path)!r}; run `kimwatch form-links` first")
    key = secrets.token_bytes(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(key.hex() + "\n")
    return key


def token_for(key: bytes, kim_id: str, generation: int) -> str:
    digest = hmac.new(key, f"{kim_id}\x1f{generation}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:TOKEN_BYTES]).decode("ascii").rstrip("=")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def form_links(db: sqlite_utils.Database, key: bytes, base_url: str, kim_ids: Sequence[str] = (),
               rotate: bool = False) -> list[tuple[str, str]]:
    """(KIM id, link) for the chosen KIMs (default: every KIM not retired); a token is created on
    first use, and replaced (the old one revoked) with ``rotate``."""
    known = {row[0] for row in db.execute("SELECT id FROM kims WHERE status != 'retired'")}
    chosen = list(dict.fromkeys(kim_ids)) if kim_ids else sorted(known)
    unknown = [k for k in chosen if k not in known]
    if unknown:
        raise SelfReportError(f"unknown KIM id(s): {', '.join(unknown)}; `kimwatch registry show` lists them")
    base = base_url.rstrip("/")
    now = utc_now()
    links = []
    with store.transaction(db):
        for kim_id in chosen:
            row = db.execute("SELECT max(generation) FROM form_tokens WHERE kim_id = ?", [kim_id]).fetchone()
            generation = row[0] if row and row[0] is not None else None
            if generation is None or rotate:
                generation = 1 if generation is None else generation + 1
                db.execute("UPDATE form_tokens SET revoked_at = ? WHERE kim_id = ? AND revoked_at IS NULL",
                           [now, kim_id])
                token = token_for(key, kim_id, generation)
                db.execute("INSERT OR REPLACE INTO form_tokens (token_hash, kim_id, generation, created_at) "
                           "VALUES (?, ?, ?, ?)", [token_hash(token), kim_id, generation, now])
            else:
                token = token_for(key, kim_id, generation)
                stored = db.execute("SELECT revoked_at FROM form_tokens WHERE token_hash = ?",
                                    [token_hash(token)]).fetchone()
                if stored is None:
                    raise SelfReportError(f"the form key at hand does not make KIM {kim_id}'s stored link (another "
                                          "key file?); use --rotate to issue new links")
            links.append((kim_id, f"{base}/k/{token}"))
    return links


def kim_for_token(db: sqlite_utils.Database, token: str) -> str | None:
    """The KIM of a live token, or None (unknown, malformed or revoked)."""
    if not token or len(token) > 100:
        return None
    wanted = token_hash(token)
    row = db.execute("SELECT token_hash, kim_id FROM form_tokens WHERE token_hash = ? AND revoked_at IS NULL",
                     [wanted]).fetchone()
    if row is None or not hmac.compare_digest(row[0], wanted):
        return None
    return str(row[1])
