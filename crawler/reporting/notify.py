"""Alert digests: who went silent, which channels fail, the share against the target — sent by
e-mail and Telegram, once per period.

Why it is built this way:

- The figures are the report's own (:func:`crawler.reporting.kpis.build_report` for the period
  and the period before it): a digest never says something the report does not.
- The period is anchored to the schedule (``notify_at``): it is the ``notify_days`` days that
  end the day before the latest scheduled time. ``kimwatch notify`` run by hand, by cron or by
  the daemon on any day of the week therefore composes the *same* digest, and the table
  ``notify_sent`` (created here on demand) records which recipient got which period: a digest
  already delivered to a recipient is never sent to it again, and a failed delivery is tried
  again (by the daemon) without repeating the ones that succeeded.
- Secrets (the SMTP ``user:pass``, the bot token) never reach a log line or an error message:
  every message leaving this module goes through :func:`mask`.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import smtplib
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import sqlite_utils

from crawler import store
from crawler.dates import WITA, utc_now
from crawler.errors import ConfigError, KimwatchError
from crawler.reporting.kpis import build_report, resolve_region
from crawler.reporting.publish import clean_error, clean_text, clean_url
from crawler.reporting.render import format_share

log = logging.getLogger(__name__)

SENT_TABLE = "notify_sent"
ALL_REGIONS = ""  # the recipient key of those who get the whole digest
ALL_WORDS = ("*", "all", "semua", "provinsi")
WEEKDAYS = {
    "mon": 0, "monday": 0, "sen": 0, "senin": 0,
    "tue": 1, "tuesday": 1, "sel": 1, "selasa": 1,
    "wed": 2, "wednesday": 2, "rab": 2, "rabu": 2,
    "thu": 3, "thursday": 3, "kam": 3, "kamis": 3,
    "fri": 4, "friday": 4, "jum": 4, "jumat": 4, "jum'at": 4,
    "sat": 5, "saturday": 5, "sab": 5, "sabtu": 5,
    "sun": 6, "sunday": 6, "min": 6, "minggu": 6,
}
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
TELEGRAM_LIMIT = 4096
SEND_TIMEOUT = 30.0
FAILING_FOR_DAYS = 1  # a channel failing since at least this many days is listed


class NotifyError(KimwatchError):
    """Raised by :mod:`crawler.reporting.notify` when a digest could not be delivered to every
    recipient (the message names them, with secrets masked); the deliveries that worked are
    recorded and not repeated."""


# --------------------------------------------------------------------------- settings

def parse_notify_at(text: str) -> str:
    """``"Mon 07:00"`` / ``"senin 7:00"`` → ``"Mon 07:00"``; ``"07:00"`` → ``"07:00"`` (daily)."""
    parts = str(text).strip().split()
    day = ""
    if len(parts) == 2:
        name = parts[0].lower().rstrip(",")
        if name not in WEEKDAYS:
            raise ValueError('is not a day and time; write e.g. "Mon 07:00" (WITA), or "07:00" for every day')
        day = DAY_NAMES[WEEKDAYS[name]] + " "
        parts = parts[1:]
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", parts[0]) if len(parts) == 1 else None
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError('is not a day and time; write e.g. "Mon 07:00" (WITA), or "07:00" for every day')
    return f"{day}{int(match.group(1)):02d}:{match.group(2)}"


def parse_recipients(raw: object) -> tuple[tuple[str, str], ...]:
    """A list (everyone gets the whole digest) or a map from region to list → ``(region, address)``
    pairs; region ``""`` means the whole digest. Regions are checked and made canonical
    (aliases such as HSS work); a map key ``*``/``all``/``semua`` means the whole digest too.

    A string (from an environment variable) may be a YAML list or map, or comma-separated.
    """
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith(("[", "{")):
            import yaml

            try:
                raw = yaml.load(text, Loader=yaml.BaseLoader)  # noqa: S506 - only str/list/dict
            except yaml.YAMLError as error:
                raise ValueError(f"is not a YAML list or mapping: {error}") from None
        else:
            raw = [part for part in re.split(r"[,\s]+", text) if part]
    pairs: list[tuple[str, str]] = []

    def addresses(value: object, where: str) -> list[str]:
        items = value if isinstance(value, list) else [value]
        found = []
        for item in items:
            if isinstance(item, (list, dict)) or not str(item).strip():
                raise ValueError(f"{where}must be a list of addresses (or chat ids)")
            found.append(str(item).strip())
        return found

    if isinstance(raw, dict):
        for key, value in raw.items():
            name = str(key).strip()
            if name.lower() in ALL_WORDS:
                region = ALL_REGIONS
            else:
                try:
                    region = resolve_region(name) or ALL_REGIONS
                except KimwatchError as error:
                    raise ValueError(f"region {name!r}: {error}") from None
            pairs.extend((region, address) for address in addresses(value, f"region {name!r}: "))
    elif raw is None or raw == "":
        return ()
    else:
        pairs.extend((ALL_REGIONS, address) for address in addresses(raw, ""))
    return tuple(dict.fromkeys(pairs))


@dataclass(frozen=True)
class SmtpServer:
    """A parsed ``notify_smtp`` URL: ``smtp://[user:pass@]host:port[?starttls=1]`` or ``smtps://…``."""

    host: str
    port: int
    tls: str  # "none" | "starttls" | "tls"
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    @property
    def shown(self) -> str:
        """The URL as it may be logged: the user and password masked."""
        scheme = "smtps" if self.tls == "tls" else "smtp"
        login = "***:***@" if self.user else ""
        query = "?starttls=1" if self.tls == "starttls" else ""
        return f"{scheme}://{login}{self.host}:{self.port}{query}"


def mask_url(text: str) -> str:
    """``scheme://user:pass@host`` → ``scheme://***:***@host`` wherever it appears in ``text``."""
    return re.sub(r"([a-z][a-z0-9+.-]*://)[^/@\s]+@", r"\1***:***@", str(text), flags=re.I)


def parse_smtp_url(url: str) -> SmtpServer:
    """Read ``notify_smtp``. A login over a plain connection is only allowed on loopback: a password
    sent in the clear over a network could be read by anyone on the way."""
    parsed = urllib.parse.urlsplit(str(url).strip())
    scheme = parsed.scheme.lower()
    if scheme not in ("smtp", "smtps") or not parsed.hostname:
        raise ValueError("is not an SMTP address; write smtp://host:port, smtp://user:pass@host:587?starttls=1 "
                         "or smtps://user:pass@host:465")
    query = urllib.parse.parse_qs(parsed.query)
    starttls = query.get("starttls", ["0"])[-1].lower() in ("1", "true", "yes", "on")
    unknown = set(query) - {"starttls"}
    if unknown:
        raise ValueError(f"has unknown parameter(s) {', '.join(sorted(unknown))}; only ?starttls=1 is known")
    tls = "tls" if scheme == "smtps" else "starttls" if starttls else "none"
    try:
        port = parsed.port or (465 if tls == "tls" else 587 if tls == "starttls" else 25)
    except ValueError:
        raise ValueError("has a port that is not a number") from None
    user = urllib.parse.unquote(parsed.username) if parsed.username else None
    password = urllib.parse.unquote(parsed.password) if parsed.password else None
    if user and tls == "none" and not _is_loopback(parsed.hostname):
        raise ValueError("would send the password unencrypted; use smtps://… or add ?starttls=1 "
                         "(plain smtp:// with a login is only for a server on this machine)")
    return SmtpServer(parsed.hostname, port, tls, user, password)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class NotifySettings:
    """What :func:`run_notify` needs; built from the daemon config (:mod:`crawler.daemon.config`)."""

    notify_at: str = "Mon 07:00"
    days: int = 7
    smtp: str | None = field(default=None, repr=False)
    sender: str | None = None
    email_to: tuple[tuple[str, str], ...] = ()
    telegram_api: str = "https://api.telegram.org"
    telegram_token: str | None = field(default=None, repr=False)
    telegram_chats: tuple[tuple[str, str], ...] = ()
    target_share: float | str | None = None

    @property
    def secrets(self) -> list[str]:
        found = [s for s in (self.telegram_token,) if s]
        if self.smtp:
            parsed = urllib.parse.urlsplit(self.smtp)
            found += [s for s in (parsed.password, parsed.username) if s]
            found += [urllib.parse.unquote(s) for s in (parsed.password, parsed.username) if s]
        return sorted(set(found), key=len, reverse=True)

    @property
    def configured(self) -> bool:
        """Whether any delivery is set up (e-mail with recipients, or Telegram with chats)."""
        return bool((self.smtp and self.email_to) or (self.telegram_token and self.telegram_chats))

    def problems(self) -> list[str]:
        """Settings that cannot work together (checked before anything is composed)."""
        found = []
        if self.email_to and not self.smtp:
            found.append("notify_to is set but notify_smtp is not: give the SMTP server")
        if self.smtp and self.email_to and not self.sender:
            found.append("notify_from is needed to send e-mail (e.g. kimwatch@diskominfo.example.go.id)")
        if self.smtp and not self.email_to:
            found.append("notify_smtp is set but notify_to is empty: give the recipients")
        if self.telegram_chats and not self.telegram_token:
            found.append("notify_telegram_chats is set but notify_telegram_token is not")
        if self.telegram_token and not self.telegram_chats:
            found.append("notify_telegram_token is set but notify_telegram_chats is empty")
        return found

    def mask(self, text: str) -> str:
        return mask(text, self.secrets)


MASK_MIN_LENGTH = 4
"""Secrets shorter than this are masked only inside URLs: replacing every ``p`` of a message
because the password is ``p`` would make it unreadable (and tell the password anyway)."""


def mask(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret (and any ``user:pass@`` in a URL) replaced by ``***``."""
    text = mask_url(str(text))
    for secret in secrets:
        if len(secret) >= MASK_MIN_LENGTH:
            text = text.replace(secret, "***")
            text = text.replace(urllib.parse.quote(secret, safe=""), "***")
    return text


# --------------------------------------------------------------------------- the period

def digest_period(notify_at: str, days: int, now: datetime | None = None) -> tuple[date, date]:
    """First and last day (WITA) of the digest due at the latest ``notify_at`` not after ``now``:
    the ``days`` whole days ending the day before it."""
    now = (now or datetime.now(WITA)).astimezone(WITA)
    parts = notify_at.split()
    hour, minute = map(int, parts[-1].split(":"))
    due = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if len(parts) == 2:
        due -= timedelta(days=(due.weekday() - DAY_NAMES.index(parts[0])) % 7)
        if due > now:
            due -= timedelta(days=7)
    elif due > now:
        due -= timedelta(days=1)
    last = due.date() - timedelta(days=1)
    return last - timedelta(days=days - 1), last


# --------------------------------------------------------------------------- composing

@dataclass
class RegionPart:
    """One region's part of a digest."""

    region: str
    registered: int
    active: int
    share: float
    previous_share: float | None
    silent: list[dict[str, Any]]
    unmeasured: list[dict[str, Any]]
    failing_channels: list[dict[str, Any]]
    previous_all_unmeasured: bool = False  # every KIM of the region was unmeasured in the period before


@dataclass
class Digest:
    """The figures of one digest, from the report of the period and of the period before."""

    first_day: date
    last_day: date
    target_share: float
    registered: int
    active: int
    share: float
    previous_share: float | None
    regions: list[RegionPart]

    @property
    def key(self) -> str:
        return f"{self.first_day.isoformat()}..{self.last_day.isoformat()}"

    def region_names(self) -> list[str]:
        return [part.region for part in self.regions]


def compose_digest(db: sqlite_utils.Database, first_day: date, last_day: date,
                   target_share: float | str | None = None) -> Digest:
    """The digest of the period ``first_day``..``last_day`` compared with the period before it."""
    days = (last_day - first_day).days + 1
    current = build_report(db, days=days, until=last_day, target_share=target_share, weeks=0, lists=False)
    previous = build_report(db, days=days, until=first_day - timedelta(days=1),
                            target_share=target_share, weeks=0, lists=False)
    before = {k["id"]: k for k in previous["kims"]}
    # a period before kimwatch read anything has no share to compare with (not a rise from 0%)
    measured_before = any(k["status"] != "unmeasured" for k in previous["kims"])
    previous_regions = {r["region"]: r for r in previous["regions"]}
    cutoff = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), WITA) - timedelta(
        days=FAILING_FOR_DAYS)
    parts = []
    for region in current["regions"]:
        kims = [k for k in current["kims"] if k["region"] == region["region"]]
        went_quiet = [k for k in kims if k["status"] == "inactive"
                      and before.get(k["id"], {}).get("status") == "active"]
        # no post in the period and every channel failing now: its channel stopped, not (as far as
        # kimwatch can tell) the KIM — listed as unmeasured with its channel's failure, not as silent
        broke = {k["id"] for k in went_quiet if not k["posts"] and _channels_broke(k)}
        silent = [k for k in went_quiet if k["id"] not in broke]
        unmeasured = [dict(k, was_active=before.get(k["id"], {}).get("status") == "active",
                           channel_broke=k["id"] in broke)
                      for k in kims if k["status"] == "unmeasured" or k["id"] in broke]
        failing = []
        for kim in kims:
            for channel in kim["channels"]:
                if channel["health"] not in ("failing", "broken", "parked"):
                    continue
                since = channel.get("last_success_at")
                first_failure = _first_failure(db, channel["id"], since)
                # failing for at least FAILING_FOR_DAYS: since the last success, or since the first
                # failed fetch of a channel never read (one failing for minutes is not news yet)
                if _moment(first_failure or since or utc_now()) > cutoff:
                    continue
                failing.append({**channel, "kim_id": kim["id"], "kim_name": kim["name"],
                                "failing_days": _days_since(since, last_day),
                                "failing_since": first_failure})
        old = previous_regions.get(region["region"])
        # the previous period's share is the report's (kimwatch report for that period shows it),
        # unless kimwatch read nothing at all then (below); a region wholly unmeasured then says so
        parts.append(RegionPart(
            region=region["region"], registered=region["registered"], active=region["active"],
            share=region["active_share"],
            previous_share=old["active_share"] if old and measured_before else None,
            silent=silent, unmeasured=unmeasured, failing_channels=failing,
            previous_all_unmeasured=old is not None and old["unmeasured"] == old["registered"]))
    return Digest(first_day=first_day, last_day=last_day, target_share=current["target_share"],
                  registered=current["kims_registered"], active=current["kims_active"],
                  share=current["active_share"],
                  previous_share=previous["active_share"] if previous["kims_registered"] and measured_before
                  else None,
                  regions=parts)


def _channels_broke(kim: dict[str, Any]) -> bool:
    """Whether the KIM has crawlable channels and every one of them is failing (or parked) now."""
    crawlable = [c for c in kim["channels"] if c["crawlable"] and c["status"] != "retired"]
    return bool(crawlable) and all(c["health"] in ("failing", "broken", "parked") for c in crawlable)


def _first_failure(db: sqlite_utils.Database, channel_id: str, last_success: str | None) -> str | None:
    """When the channel's current run of failures began: its first failed fetch since its last success."""
    return store.first_failure_after(db, channel_id, last_success)


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def _days_since(iso: str | None, last_day: date) -> int | None:
    if not iso:
        return None
    return (last_day - _moment(iso).astimezone(WITA).date()).days + 1


def _change(share: float, previous: float | None, all_unmeasured: bool = False) -> str:
    if previous is None:
        return "periode lalu: tidak ada data"
    if all_unmeasured:
        return _change(share, previous) + ", periode lalu semua KIM tidak terukur"
    points = (share - previous) * 100
    if abs(points) < 0.05:
        return f"tetap dibanding periode lalu ({format_share(previous, 'id')})"
    word = "naik" if points > 0 else "turun"
    return f"{word} {abs(points):.1f} poin dari {format_share(previous, 'id')}".replace(".", ",", 1)


def _day(value: date, year: bool = True) -> str:
    text = f"{value.day} {BULAN[value.month - 1]}"
    return f"{text} {value.year}" if year else text


def period_text(digest: Digest) -> str:
    same_year = digest.first_day.year == digest.last_day.year
    return f"{_day(digest.first_day, year=not same_year)} – {_day(digest.last_day)}"


def digest_subject(digest: Digest, region: str = ALL_REGIONS) -> str:
    part = next((p for p in digest.regions if p.region == region), None)
    share = part.share if part else digest.share
    where = f" {region}" if part else ""
    return (f"[kimwatch] Ringkasan KIM{where} {period_text(digest)}: {format_share(share, 'id')} aktif "
            f"(target {format_share(digest.target_share, 'id')})")


def _unmeasured_note(kim: dict[str, Any]) -> str:
    notes = ["aktif periode lalu"] if kim["was_active"] else []
    if kim.get("channel_broke"):
        notes.append("kanalnya gagal dibaca, bukan berarti KIM berhenti")
    return f" — {'; '.join(notes)}" if notes else ""


def render_digest(digest: Digest, region: str = ALL_REGIONS) -> str:
    """The digest as plain text in Bahasa Indonesia: the whole province, or one region's part."""
    parts = digest.regions if region == ALL_REGIONS else [p for p in digest.regions if p.region == region]
    lines = [f"Ringkasan KIM {period_text(digest)} ({(digest.last_day - digest.first_day).days + 1} hari, WITA)"]
    if region == ALL_REGIONS:
        lines.append(f"Seluruh wilayah: {digest.active} dari {digest.registered} KIM aktif = "
                     f"{format_share(digest.share, 'id')}, target {format_share(digest.target_share, 'id')} "
                     f"({_change(digest.share, digest.previous_share)}).")
    if not parts:
        lines.append("Tidak ada KIM terdaftar" + (f" di {region}." if region else "."))
    for part in parts:
        lines.append("")
        mark = "tercapai" if part.share >= digest.target_share else "belum tercapai"
        lines.append(f"== {part.region} ==")
        lines.append(f"Aktif: {part.active} dari {part.registered} KIM = {format_share(part.share, 'id')} "
                     f"(target {format_share(digest.target_share, 'id')} {mark}; {_change(part.share, part.previous_share, part.previous_all_unmeasured)})")
        if part.silent:
            lines.append(f"Berhenti menyebarkan informasi (aktif periode lalu, tidak periode ini): {len(part.silent)}")
            lines.extend(f"- {clean_text(k['name'])} ({k['id']}): {k['posts']} unggahan, tanpa amplifikasi"
                         for k in part.silent)
        if part.unmeasured:
            lines.append(f"Tidak terukur (tidak ada kanal yang terbaca): {len(part.unmeasured)}")
            lines.extend(f"- {clean_text(k['name'])} ({k['id']})" + _unmeasured_note(k) for k in part.unmeasured)
        if part.failing_channels:
            lines.append(f"Kanal bermasalah: {len(part.failing_channels)}")
            for channel in part.failing_channels:
                if channel["failing_days"]:
                    last_ok = _moment(channel["last_success_at"]).astimezone(WITA).date()
                    since = f"terakhir berhasil dibaca {_day(last_ok)}"
                elif channel.get("failing_since"):
                    first = _moment(channel["failing_since"]).astimezone(WITA).date()
                    since = f"belum pernah berhasil dibaca, gagal sejak {_day(first)}"
                else:
                    since = "belum pernah berhasil dibaca"
                # officers' chats are not the office's network: no internal address or token in them
                error = f"; {clean_error(channel['last_error'])}" if channel.get("last_error") else ""
                lines.append(f"- {clean_text(channel['kim_name'])}: {channel['type']} {clean_url(channel['url'])} — {since}, "
                             f"{channel['consecutive_failures']}x gagal berturut-turut{error}")
        if not (part.silent or part.unmeasured or part.failing_channels):
            lines.append("Tidak ada KIM yang berhenti, tidak terukur, atau kanal bermasalah.")
    lines.append("")
    lines.append("Angka sama dengan `kimwatch report`. Pesan otomatis dari kimwatch.")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- the record of sent digests

def ensure_sent_table(db: sqlite_utils.Database) -> None:
    """Create ``notify_sent`` when missing (one row per digest delivered to one recipient)."""
    db.execute(f"CREATE TABLE IF NOT EXISTS [{SENT_TABLE}] ("
               "digest TEXT NOT NULL, channel TEXT NOT NULL, recipient TEXT NOT NULL, "
               "region TEXT NOT NULL, sent_at TEXT NOT NULL, PRIMARY KEY (digest, channel, recipient, region))")


def already_sent(db: sqlite_utils.Database, digest: str, channel: str, recipient: str, region: str) -> bool:
    return db.execute(f"SELECT 1 FROM [{SENT_TABLE}] WHERE digest = ? AND channel = ? AND recipient = ? "  # noqa: S608
                      "AND region = ?", [digest, channel, recipient, region]).fetchone() is not None


def record_sent(db: sqlite_utils.Database, digest: str, channel: str, recipient: str, region: str) -> None:
    with db.conn:
        db.execute(f"INSERT OR REPLACE INTO [{SENT_TABLE}] (digest, channel, recipient, region, sent_at) "  # noqa: S608
                   "VALUES (?, ?, ?, ?, ?)", [digest, channel, recipient, region, utc_now()])


# --------------------------------------------------------------------------- sending

def send_email(server: SmtpServer, sender: str, recipient: str, subject: str, body: str,
               timeout: float = SEND_TIMEOUT) -> None:
    """One plain-text message through ``server`` (TLS or STARTTLS verified against the system CAs)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(body, charset="utf-8")
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if server.tls == "tls":
        client = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(server.host, server.port, timeout=timeout)
    with client:
        if server.tls == "starttls":
            client.starttls(context=context)
        if server.user:
            client.login(server.user, server.password or "")
        client.send_message(message)


def send_telegram(api: str, token: str, chat: str, text: str, timeout: float = SEND_TIMEOUT) -> None:
    """``sendMessage`` of the Bot API at ``api``; a text over Telegram's 4096 characters is split
    at line ends into several messages."""
    url = f"{api.rstrip('/')}/bot{token}/sendMessage"
    for chunk in _chunks(text, TELEGRAM_LIMIT):
        payload = json.dumps({"chat_id": chat, "text": chunk, "disable_web_page_preview": True}).encode()
        request = urllib.request.Request(url, data=payload, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            try:
                detail = json.loads(error.read() or b"{}").get("description") or error.reason
            except ValueError:
                detail = error.reason
            raise NotifyError(f"Telegram answered HTTP {error.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise NotifyError(f"cannot reach the Telegram Bot API: {reason}") from None
        except ValueError:
            raise NotifyError("the Telegram Bot API did not answer JSON") from None
        if not answer.get("ok"):
            raise NotifyError(f"Telegram refused the message: {answer.get('description') or answer}")


def _chunks(text: str, limit: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            chunks.append(current)
            current = ""
        current += line
    if current.strip():
        chunks.append(current)
    return chunks


@dataclass
class NotifyOutcome:
    """What one run did: deliveries sent, skipped as already sent, and failed (messages masked)."""

    digest: Digest
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        period = f"digest {self.digest.key}"
        if not (self.sent or self.failed):
            if self.skipped:
                return (f"{period} already sent to every recipient ({len(self.skipped)}); nothing sent")
            return f"{period}: no recipients configured; nothing sent"
        text = f"{period}: sent {len(self.sent)}"
        if self.skipped:
            text += f", {len(self.skipped)} already sent before"
        if self.failed:
            text += f", {len(self.failed)} failed ({'; '.join(self.failed)})"
        return text


def shown_recipient(recipient: str) -> str:
    """An e-mail address as a log may name it: the first letter and the domain
    (``b***@kalselprov.go.id``), which the log's masking of personal data leaves alone; anything
    else (a Telegram chat id) as it is."""
    local, at, domain = recipient.rpartition("@")
    if not at or not local:
        return recipient
    return f"{local[0]}***@{domain}"


def _deliveries(settings: NotifySettings) -> list[tuple[str, str, str]]:
    """``(channel, recipient, region)``; a region without KIMs still gets its (empty) part."""
    found = [("email", address, region) for region, address in settings.email_to if settings.smtp]
    found += [("telegram", chat, region) for region, chat in settings.telegram_chats if settings.telegram_token]
    return found


def run_notify(db: sqlite_utils.Database, settings: NotifySettings, *, now: datetime | None = None,
               dry_run: bool = False) -> tuple[NotifyOutcome, list[tuple[str, str]]]:
    """Compose the digest due at ``now`` and send it to every recipient that has not had it yet.

    Returns the outcome and, for ``dry_run``, the texts that would go out (``(heading, text)``);
    a dry run sends and records nothing. Raises :class:`NotifyError` (masked) when a delivery
    failed, after recording those that worked.
    """
    problems = settings.problems()
    if problems:
        raise ConfigError("notify: " + "; ".join(problems))
    server = None
    if settings.smtp and settings.email_to:
        try:
            server = parse_smtp_url(settings.smtp)
        except ValueError as error:
            raise ConfigError(settings.mask(f"notify_smtp {mask_url(settings.smtp)!r} {error}")) from None
    first_day, last_day = digest_period(settings.notify_at, settings.days, now)
    digest = compose_digest(db, first_day, last_day, settings.target_share)
    outcome = NotifyOutcome(digest)
    previews: list[tuple[str, str]] = []
    deliveries = _deliveries(settings)
    if dry_run:
        groups = sorted({region for _, _, region in deliveries}) or [ALL_REGIONS]
        for region in groups:
            who = [f"{channel} {recipient}" for channel, recipient, r in deliveries if r == region]
            heading = f"{digest_subject(digest, region)}\n(untuk: {', '.join(who) or 'belum ada penerima'})"
            previews.append((heading, render_digest(digest, region)))
        return outcome, previews
    ensure_sent_table(db)
    email_place = {address: number for number, address in enumerate(
        dict.fromkeys(address for _, address in settings.email_to), start=1)}
    for channel, recipient, region in deliveries:
        label = f"{channel} {recipient}" + (f" ({region})" if region else "")
        if already_sent(db, digest.key, channel, recipient, region):
            outcome.skipped.append(label)
            continue
        text = render_digest(digest, region)
        try:
            if channel == "email":
                assert server is not None and settings.sender
                send_email(server, settings.sender, recipient, digest_subject(digest, region), text)
            else:
                assert settings.telegram_token
                send_telegram(settings.telegram_api, settings.telegram_token, recipient,
                              digest_subject(digest, region).replace("[kimwatch] ", "") + "\n\n" + text)
        except (smtplib.SMTPException, OSError, NotifyError) as error:
            where = server.shown if channel == "email" and server else mask_url(settings.telegram_api)
            failed = label
            if channel == "email":  # logs mask the address: this names it for IT all the same
                failed += f" [{shown_recipient(recipient)}, notify_to #{email_place.get(recipient, 0)}]"
            message = settings.mask(f"{failed} via {where}: {type(error).__name__}: {error}"
                                    if not isinstance(error, NotifyError) else f"{failed} via {where}: {error}")
            log.warning("notify: %s", message)
            outcome.failed.append(message)
            continue
        record_sent(db, digest.key, channel, recipient, region)
        outcome.sent.append(label)
        log.info("notify: digest %s sent to %s", digest.key, label)
    if outcome.failed:
        raise _failure(outcome)
    return outcome, previews


def _failure(outcome: NotifyOutcome) -> NotifyError:
    error = NotifyError(outcome.summary() + "; the failed ones are tried again at the next run")
    error.outcome = outcome  # type: ignore[attr-defined]
    return error
