"""The publication filter: what leaves kimwatch (the Datasette dump, every report format) carries
no credentials, no secrets, no internal error details and no personal data.

It applies to what is *published*, never to the store: the matcher keeps reading the full
texts. Four kinds of value are cleaned, each by one function:

* URLs (:func:`clean_url`): ``user:password@`` is removed; the values of secret-looking query
  parameters (``key``, ``token``, ``access_token``, ``api_key``, ``sig``, ``signature``,
  ``secret``, ``password``, ``auth``, session ids, ``X-Amz-*``…) become ``[secret]``; a phone
  number, e-mail address or NIK inside a URL (``wa.me/62812…``, ``?email=…``, a mobile number in
  the path: ``/posts/081234567890``) is masked like text;
  the code of a group invitation (``chat.whatsapp.com/…``, ``t.me/+…``, ``t.me/joinchat/…``,
  Discord, LINE) becomes ``[undangan]`` in every dump: whoever has it joins the group.
* free text (:func:`clean_text`): Indonesian phone numbers in their usual spellings
  (``0812-3456-7890``, ``+62 812 3456 7890``, ``62-812…``, ``(0511) 3361234``) become
  ``[telepon]``, e-mail addresses ``[email]``, 16-digit NIK/KK numbers (with or without spaces
  or dots) ``[NIK]``; URLs inside the text are cleaned as URLs. Dates, clock times, amounts
  (``Rp 50.000``, ``Rp62.812.500.000``), years and counts are left alone.
* error details (:func:`clean_error`): as text, plus addresses of internal hosts (loopback,
  private, link-local, CGNAT, cloud metadata, ``localhost``, in any spelling such as
  ``2130706433`` or ``0x7f000001``) become ``[internal address]`` and long token-like strings
  ``[token]``.
* JSON (:func:`clean_json`): every string inside, by the same rules.

:func:`clean_report` applies them to the report dict of :mod:`crawler.reporting.kpis`;
:func:`clean_database` to the tables of a dump copy.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import ipaddress
import json
import re
import socket
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

from crawler.personal import (
    _EMAIL,
    _MOBILE,
    _NIK_SHAPE,
    EMAIL_MASK,
    NIK_MASK,
    PHONE_MASK,
    _digits,
    _mask_mobile,
    _national,
    mask_figure,
    mask_figures,
    mask_personal_data,
    mask_query_value,
    personal_digit_spans,
    written_email_spans,
)

INVITE_MASK = "[undangan]"  # the code of a group invitation link
SECRET_MASK = "[secret]"
INTERNAL_MASK = "[internal address]"
TOKEN_MASK = "[token]"

# --------------------------------------------------------------------------- URLs

_SECRET_WORDS = ("token", "secret", "passw", "signature", "credential", "sessid", "session", "apikey",
                 "api_key", "api-key", "private", "authorization", "auth_key", "authkey", "access_key",
                 "accesskey", "client_key")
_SECRET_NAMES = frozenset({"key", "sig", "auth", "pwd", "pass", "sid", "jsessionid", "phpsessid", "code",
                           "hash", "hmac", "otp", "pin", "sign", "x-amz-credential", "x-goog-credential"})
_PERSONAL_NAMES = frozenset({"email", "mail", "phone", "telepon", "telp", "tel", "hp", "wa",
                             "whatsapp", "nik", "ktp", "kk", "msisdn", "mobile"})
PERSONAL_MASK = "[data pribadi]"
_URL_IN_TEXT = re.compile(r"(?i)\b(?:https?|ftp)://[^\s<>\"'`]+|\bwww\.[^\s<>\"'`]+")
_URL_BODY = re.compile(r"[^\s<>\"'`]+")
_SCHEME_BEFORE = re.compile(r"(?i)(?<![\w.+-])(?:https?|ftp)$")


def _urls_in(text: str) -> list[tuple[int, int]]:
    """The spans of the URLs written in ``text`` (``http(s)://…``, ``ftp://…``, ``www.…``).

    The same as ``_URL_IN_TEXT.finditer`` but found from ``://`` and ``www.`` with ``str.find``:
    several times faster on long texts, which the dump reads by the hundred thousand."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    starts: list[int] = []
    at = lowered.find("://")
    while at != -1:
        scheme = _SCHEME_BEFORE.search(lowered, max(0, at - 6), at)
        if scheme is not None:
            starts.append(scheme.start())
        at = lowered.find("://", at + 3)
    at = lowered.find("www.")
    while at != -1:
        if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "_/.:"):
            starts.append(at)
        at = lowered.find("www.", at + 4)
    end = -1
    for start in sorted(starts):
        if start < end:
            continue  # inside the previous URL (its www. after its scheme)
        body = _URL_BODY.match(text, start)
        if body is None:
            continue
        end = body.end()
        spans.append((start, end))
    return spans


_TELEGRAM_BOT = re.compile(r"(?i)bot\d{5,}:[A-Za-z0-9_-]{20,}")


@functools.lru_cache(maxsize=4096)
def is_secret_parameter(name: str) -> bool:
    """Whether a query parameter's name says its value is a secret (``key``, ``access_token``, …)."""
    lowered = name.strip().lower()
    if lowered in _SECRET_NAMES or any(word in lowered for word in _SECRET_WORDS):
        return True
    words = [w for w in re.split(r"[^a-z0-9]+", lowered) if w]
    return any(w in _SECRET_NAMES for w in words) or lowered.startswith(("x-amz-", "x-goog-"))


_PERSONAL_MASKS = {"email": EMAIL_MASK, "nik": NIK_MASK, "phone": PHONE_MASK}


@functools.lru_cache(maxsize=4096)
def _is_personal_parameter(name: str) -> bool:
    words = [w for w in re.split(r"[^a-z0-9]+", name.strip().lower()) if w]
    return any(w in _PERSONAL_NAMES for w in words)


# A URL no rule of :func:`clean_url` changes: the Python twin of ``crawler.store.PLAIN_URL_SQL``
# (checked against it and against ``clean_url`` in tests/dump), so that the links inside a JSON
# column skip the URL parser: printable ASCII after "http(s)://" and a letter or digit, none of
# "] ?#@%[\\" or '"', no ":" after the scheme, a host that starts with a letter, …
_PLAIN_URL = re.compile(r'https?://[A-Za-z][!$&-9;->A-Z^-~]*')
# … and none of the marks of an invitation, a bot, a mobile number in the path or an internal host
_NOT_PLAIN = re.compile(r"(?i)bot|wa\.me|whatsapp|\.me/|discord|localhost|\.local|\.int|\.lan|\.home|\.corp"
                        r"|[^0-9](?:08[0-9]|0[-./]8|628|62[-./]8)|[0-9](?:[-.]?[0-9]){15}")


def is_plain_url(url: str) -> bool:
    """Whether ``url`` is one :func:`clean_url` leaves as it is for certain (most links are)."""
    return _PLAIN_URL.fullmatch(url) is not None and _NOT_PLAIN.search(url) is None


def clean_url(url: str) -> str:
    """``url`` without credentials, secret query values or personal data.

    ``https://budi:rahasia@host/feed?key=abc&page=2`` → ``https://host/feed?key=[secret]&page=2``.
    Anything that is not a URL is cleaned as text.
    """
    if not isinstance(url, str) or not url:
        return url
    if is_plain_url(url):
        return url
    return _clean_url(url, _KEEP_PERSONAL_DATA.get())


@functools.lru_cache(maxsize=65_536)  # links repeat: the same announcements, the same channels
def _clean_url(url: str, keep_personal_data: bool) -> str:
    with keeping_personal_data(keep_personal_data):
        return _clean_url_now(url)


def _clean_url_now(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
        port = parts.port
    except ValueError:
        return clean_text(url, urls=False)
    if not parts.scheme or not parts.netloc:
        return clean_text(url, urls=False)
    if hostname and is_internal_host(hostname):
        # a post's link, a channel registered on an intranet host: the server's network. The digest
        # (as in a channel's id, already public) keeps two such URLs apart in a UNIQUE column
        return f"{INTERNAL_MASK} {hashlib.sha1(url.strip().encode('utf-8')).hexdigest()[:8]}"  # noqa: S324
    netloc = parts.netloc.rpartition("@")[2] if "@" in parts.netloc else parts.netloc
    if hostname is not None and "@" in parts.netloc:
        host = f"[{hostname}]" if ":" in hostname else hostname
        netloc = f"{host}:{port}" if port is not None else host
    path = _clean_path(parts.path, hostname or "")
    query = _clean_query(parts.query)
    fragment = clean_text(parts.fragment, urls=False) if parts.fragment else parts.fragment
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


# Group invitations: whoever holds the link joins the group and sees its members (their phone
# numbers, on WhatsApp). A credential, not a public address: masked in every dump, internal ones
# too. Public channels (``t.me/name``, ``whatsapp.com/channel/…``) are not invitations.
_INVITE_PATHS = {
    "chat.whatsapp.com": re.compile(r"^/(?:invite/)?(?P<code>(?!invite/)[A-Za-z0-9_-]{6,})"),
    "t.me": re.compile(r"^/(?:joinchat/|\+|%2[bB])(?P<code>[A-Za-z0-9_-]{6,})"),
    "telegram.me": re.compile(r"^/(?:joinchat/|\+|%2[bB])(?P<code>[A-Za-z0-9_-]{6,})"),
    "discord.gg": re.compile(r"^/(?P<code>[A-Za-z0-9_-]{2,})"),
    "discord.com": re.compile(r"^/invite/(?P<code>[A-Za-z0-9_-]{2,})"),
    "line.me": re.compile(r"^/R/ti/g/(?P<code>[A-Za-z0-9_-]{6,})"),
}


#: What every invitation URL holds (lower case): a URL without any of them has no code to mask
#: (the dump's SQL shortcut for plain URLs asks this).
INVITE_MARKERS = ("chat.whatsapp.com/", "t.me/+", "t.me/joinchat/", "t.me/%2b", "telegram.me/+",
                  "telegram.me/joinchat/", "telegram.me/%2b", "discord.gg/", "discord.com/invite/", "line.me/r/ti/g/")


# an invitation written in running text, with or without its scheme ("Gabung: t.me/joinchat/…",
# "chat.whatsapp.com/…", "t.me/%2B…")
_INVITE_HOSTS_IN_TEXT = tuple(f"{host}/" for host in _INVITE_PATHS)  # each match holds one
_INVITE_IN_TEXT = re.compile(
    r"(?i)(?P<head>(?<![\w.-])(?:https?://)?(?:www\.)?(?:chat\.whatsapp\.com/(?:invite/)?(?!invite/)"
    r"|t(?:elegram)?\.me/(?:joinchat/|\+|%2b)|discord\.gg/|discord\.com/invite/|line\.me/r/ti/g/))"
    r"(?!\[undangan\])[A-Za-z0-9_-]{2,}")


def _mask_invite(path: str, host: str) -> str:
    pattern = _INVITE_PATHS.get(host.lower().removeprefix("www."))
    found = pattern.match(path) if pattern is not None else None
    if found is None or found["code"] == INVITE_MASK:
        return path
    return path[:found.start("code")] + INVITE_MASK + path[found.end("code"):]


def _clean_path(path: str, host: str) -> str:
    if not path:
        return path
    path = _TELEGRAM_BOT.sub("bot" + TOKEN_MASK, path)
    path = _mask_invite(path, host)
    if _KEEP_PERSONAL_DATA.get():
        return path
    whatsapp = host.endswith(("wa.me", "whatsapp.com"))
    segments = []
    for segment in path.split("/"):
        if whatsapp and re.fullmatch(r"\+?\d{9,15}", segment):
            segment = PHONE_MASK
        elif sum(map(str.isdigit, segment)) >= 10:  # "/posts/081234567890", "/pasar-murah-0812….html"
            segment = _MOBILE.sub(_mask_mobile, _mask_nik_in_segment(segment))
        segments.append(_EMAIL.sub(EMAIL_MASK, segment))
    return "/".join(segments)


# digit groups joined by single dashes or dots, as a slug writes a number ("nik-6371014508850003-siti",
# "/p/6371-0123-4567-0001"): the groups a NIK in a path may be written in
_DIGIT_GROUPS = re.compile(r"(?<![0-9])[0-9]+(?:[-.][0-9]+)*(?![0-9])")


def _mask_nik_in_segment(segment: str) -> str:
    """A path segment with each NIK in it masked (``penerima-blt-nik-[NIK]-siti.html``,
    ``/p/[NIK]``): 16 digits together that hold a NIK's province and birth-date codes — the test a
    query value's 16 digits pass (:func:`crawler.personal.mask_query_value`), so a 16-digit post id
    stays — or 16 digits grouped as a text's NIK is (``6371-0123-4567-0001``: ids are not grouped)."""
    if sum(map(str.isdigit, segment)) < 16:
        return segment
    out, last = [], 0
    for run in _DIGIT_GROUPS.finditer(segment):
        groups = re.split(r"[-.]", run.group(0))
        if sum(map(len, groups)) < 16:
            continue
        # the 16 digits may be a few of the run's groups ("bansos-2026-6371014508850003"): each
        # sequence of whole groups of 16 digits is tried, from the first group on
        spans, offsets, position = [], [], run.start()
        for group in groups:
            offsets.append(position)
            position += len(group) + 1
        first = 0
        while first < len(groups):
            total, end = 0, first
            while end < len(groups) and total < 16:
                total += len(groups[end])
                end += 1
            candidate = groups[first:end]
            if total == 16 and (_NIK_SHAPE.fullmatch(candidate[0]) if len(candidate) == 1
                                else _grouped_nik(run.group(0)[offsets[first] - run.start():
                                                               offsets[end - 1] - run.start() + len(candidate[-1])])):
                spans.append((offsets[first], offsets[end - 1] + len(groups[end - 1])))
                first = end
            else:
                first += 1
        for start, stop in spans:
            out.append(segment[last:start] + NIK_MASK)
            last = stop
    return "".join(out) + segment[last:] if out else segment


def _grouped_nik(number: str) -> bool:
    """Whether 16 digits written in groups (``6371-0123-4567-0001``) are a NIK by the rule for
    texts: a post id is never written in groups, so no NIK codes are asked of it."""
    spans = personal_digit_spans(number)
    return len(spans) == 1 and spans[0] == (0, len(number), NIK_MASK)


def _clean_query(query: str) -> str:
    if not query:
        return query
    pairs = []
    for piece in query.split("&"):
        name, equals, value = piece.partition("=")
        decoded = parse_qsl(piece, keep_blank_values=True)
        plain_name = decoded[0][0] if decoded else name
        if equals and value and value not in (SECRET_MASK, quote(SECRET_MASK)) and is_secret_parameter(plain_name):
            pairs.append(f"{name}={SECRET_MASK}")
        elif _KEEP_PERSONAL_DATA.get():
            pairs.append(piece)
        elif equals and value and _is_personal_parameter(plain_name) and not value.startswith("["):
            pairs.append(f"{name}={_PERSONAL_MASKS.get(_personal_kind(plain_name), PERSONAL_MASK)}")
        elif equals and sum(map(str.isdigit, value)) >= 9 and (
                masked := mask_query_value(plain_value := decoded[0][1] if decoded else value)) != plain_value:
            pairs.append(f"{name}={quote(masked, safe='[]')}")  # "story_fbid=081234567890": a phone number
        else:
            pairs.append(_EMAIL.sub(EMAIL_MASK, piece) if "@" in piece or "%40" in piece.lower() else piece)
    return "&".join(pairs)


def _personal_kind(name: str) -> str:
    words = [w for w in re.split(r"[^a-z0-9]+", name.strip().lower()) if w]
    for word in words:
        if word in ("email", "mail"):
            return "email"
        if word in ("nik", "ktp", "kk"):
            return "nik"
    return "phone"


# --------------------------------------------------------------------------- personal data in text

# The patterns of phone numbers and NIKs live in crawler.personal: the matcher reads them too.

_KEEP_PERSONAL_DATA: contextvars.ContextVar[bool] = contextvars.ContextVar("keep_personal_data", default=False)


@contextlib.contextmanager
def keeping_personal_data(keep: bool = True) -> Iterator[None]:
    """Within this block phone numbers, e-mail addresses and NIKs are not masked (an internal
    dump or report); credentials, secrets and internal addresses still are."""
    token = _KEEP_PERSONAL_DATA.set(keep)
    try:
        yield
    finally:
        _KEEP_PERSONAL_DATA.reset(token)


def _mask_personal(text: str) -> str:
    if _KEEP_PERSONAL_DATA.get():
        return text
    return mask_personal_data(text)


_ODD_SPACES = re.compile(r"[\u00a0\u1680\u180e\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]")


def normalise(text: str) -> str:
    """``text`` in NFKC with non-breaking and other Unicode spaces made plain spaces, so that
    ``6371\u00a00123…`` or full-width ``０８１２…`` is matched like its ASCII spelling. The
    published text carries this form."""
    if not isinstance(text, str) or text.isascii():
        return text
    return _ODD_SPACES.sub(" ", unicodedata.normalize("NFKC", text))


def personal_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` the filter masks as personal data (e-mail addresses, phone numbers,
    NIKs), found with the filter's own patterns in the normalised text (whatever
    :func:`keeping_personal_data` says). The text must be normalised (:func:`normalise`)."""
    if not isinstance(text, str) or not text:
        return []
    spans = [m.span() for m in _EMAIL.finditer(text)] if ("@" in text or "%40" in text) else []
    spans += written_email_spans(text)
    return sorted(spans + [(start, end) for start, end, _ in personal_digit_spans(text)])


def personal_terms(texts: list[str]) -> set[str]:
    """The words and numbers that come from the masked spans of ``texts`` (the digit groups of a
    phone number or NIK, the parts of an e-mail address), lower-cased and as the matcher's
    terms: what evidence term lists must not repeat. Other numbers (years, amounts) are not in it."""
    from crawler.matching import textnorm

    found: set[str] = set()
    for text in texts:
        text = normalise(text) if isinstance(text, str) else text
        for start, end in personal_spans(text):
            span = text[start:end]
            found.update(w.lower() for w in re.findall(r"[^\W_]+", span))
            digits = _digits(span)
            if digits:
                found.update({digits, _national(digits), digits.lstrip("0")})
            try:
                terms = textnorm.terms(span)
            except Exception:  # noqa: BLE001 - the tokens above are enough
                continue
            found.update(terms.terms)
            found.update(terms.words)
    found.discard("")
    return found


#: Evidence keys holding lists of terms (the matcher's ``shared_terms``, ``post_only_facts``…).
def _is_term_list(key: str, value: Any) -> bool:
    return key.endswith(("_terms", "_facts")) and isinstance(value, list)


def clean_evidence(evidence: str, post_texts: list[str]) -> str:
    """An ``amplifications.evidence`` document without the terms that come from the masked
    spans of its post's texts (``post_texts``: the original title and text), every string in it
    then cleaned as text. Kept as it is within :func:`keeping_personal_data` but for secrets."""
    if not isinstance(evidence, str) or not evidence:
        return evidence
    if _KEEP_PERSONAL_DATA.get():
        return clean_json(evidence)
    try:
        document = json.loads(evidence)
    except (ValueError, RecursionError):
        return clean_text(evidence)
    masked = personal_terms([t for t in post_texts if isinstance(t, str) and t])

    def drop(value: Any) -> Any:
        # the terms of the post's masked spans dropped; a figure the matcher parsed from a phone
        # number or NIK otherwise ("6371012345670" of "NIK 6371012345670001") masked
        if isinstance(value, dict):
            return {k: ([mask_figure(t) if isinstance(t, str) else t for t in v
                         if not (isinstance(t, str) and t.lower() in masked)]
                        if isinstance(k, str) and _is_term_list(k, v)
                        else [mask_figures(p) if isinstance(p, str) else p for p in v]
                        if k == "passages" and isinstance(v, list) else drop(v))
                    for k, v in value.items()}
        if isinstance(value, list):
            return [drop(v) for v in value]
        return value

    cleaned = clean_value(without_reviewers(drop(document)))
    if cleaned == document:
        return evidence
    return json.dumps(cleaned, ensure_ascii=False)


def clean_text(text: str, *, urls: bool = True) -> str:
    """Free text with phone numbers, e-mail addresses and NIK/KK numbers masked; URLs in it cleaned.

    >>> clean_text("Info: Budi 0812-3456-7890, budi@contoh.id, NIK 6371 0123 4567 0001, Rp 50.000")
    'Info: Budi [telepon], [email], NIK [NIK], Rp 50.000'
    """
    if not isinstance(text, str) or not text:
        return text
    text = normalise(text)
    if any(marker in text.lower() for marker in _INVITE_HOSTS_IN_TEXT):
        text = _INVITE_IN_TEXT.sub(lambda m: m["head"] + INVITE_MASK, text)  # "t.me/+…" written without https://
    if not urls or ("://" not in text and "www." not in text.lower()):
        return _mask_personal(text)
    out = []
    last = 0
    for start, end in _urls_in(text):
        out.append(_mask_personal(text[last:start]))
        core, trail = _url_and_tail(text[start:end])
        if "://" in core:
            out.append(clean_url(core))
        else:
            out.append(clean_url("http://" + core).removeprefix("http://"))
        out.append(trail)
        last = end
    out.append(_mask_personal(text[last:]))
    return "".join(out)


# --------------------------------------------------------------------------- internal error details

_HOST_IN_TEXT = re.compile(
    r"(?i)(?<![\w.-])(?:\[[0-9a-f:.]+\]|[0-9a-fx.]*\d[0-9a-fx.]*|localhost(?:\.localdomain)?|[a-z0-9.-]+\."
    r"(?:local|localhost|internal|intranet|lan|home|corp|localdomain))(?::\d{1,5})?(?![\w-])")
_TOKEN_LIKE = re.compile(r"(?<![\w/.-])(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}(?![\w/-])")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
# "Authorization: Bearer …", "token=…", "password: …", "X-Api-Key: …" in a message
_CREDENTIAL_IN_TEXT = re.compile(
    r"(?i)\b(?P<label>(?:bearer|basic)\s+|[\w-]*(?:token|secret|passw(?:or)?d|api[_-]?key|apikey|signature|"
    r"sessionid|session_id|auth)[\w-]*\s*[:=]\s*(?:(?:bearer|basic)\s+)?)"
    r"(?P<quote>[\"']?)(?P<value>[^\s\"'&;,<>)\]]{3,})")


def is_internal_host(host: str) -> bool:
    """Whether ``host`` names this server's own network in any spelling: ``localhost``,
    ``127.1``, ``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``10.0.0.5``, ``[::1]``,
    ``169.254.169.254``, ``100.64.0.1``, ``*.internal``, ``*.local``…"""
    host = host.strip().strip("[]").rstrip(".").lower()
    if "%" in host and re.search(r"%[0-9a-f]{2}", host):
        host = unquote(host).strip().strip("[]").rstrip(".").lower()
    if not host:
        return False
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal", ".intranet", ".lan",
                                             ".home", ".corp", ".localdomain")):
        return True
    address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None
    try:
        address = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        if re.fullmatch(r"[0-9a-fx.]+", host) and re.search(r"\d", host):
            try:
                address = ipaddress.IPv4Address(socket.inet_aton(host))  # the resolver's short forms
            except (OSError, ValueError):
                return False
    if address is None:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None and is_internal_host(str(embedded)):
            return True
        if address.ipv4_mapped is not None:
            address = address.ipv4_mapped
    return (not address.is_global or address in _CGNAT or address.is_multicast
            or str(address) in ("169.254.169.254", "100.100.100.200", "168.63.129.16"))


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, IPv4-compatible (``::7f00:1``), NAT64 or 6to4 form."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


_CLOSING = {")": "(", "]": "[", "}": "{"}


def _url_and_tail(raw: str) -> tuple[str, str]:
    """A URL found in running text and the punctuation after it that belongs to the sentence:
    ``http://a/x);`` → (``http://a/x``, ``);``) — a closing bracket only when it closes none
    opened inside the URL."""
    end = len(raw)
    while end and raw[end - 1] in ".,;:!?)]}":
        closing = raw[end - 1]
        if closing in _CLOSING and raw.count(_CLOSING[closing], 0, end) >= raw.count(closing, 0, end):
            break
        end -= 1
    return raw[:end], raw[end:]


def _mask_internal_url(match: re.Match[str]) -> str:
    url, tail = _url_and_tail(match.group(0))
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return INTERNAL_MASK + tail
    return INTERNAL_MASK + tail if is_internal_host(host) else match.group(0)


def _mask_internal_host(match: re.Match[str]) -> str:
    raw = match.group(0)
    host, port = raw, ""
    if raw.startswith("["):
        host, _, port = raw.partition("]")
        host += "]"
    elif raw.count(":") == 1:
        host, port = raw.rsplit(":", 1)
    bare = host.strip("[]").lower()
    if re.fullmatch(r"[0-9.]+", bare):
        parts = bare.split(".")
        if len(parts) == 1:
            # one integer (2130706433 = 127.0.0.1): only at the size of an address, and only
            # when it lands in a private or loopback range, never "0.x" (a count, an id)
            if len(bare) < 8 or int(bare) < 1 << 24:
                return raw
        elif len(parts) != 4 and not port:  # 127.1 only with a port; else a decimal
            return raw
    elif re.fullmatch(r"[0-9a-fx.]+", bare) and "0x" not in bare:
        return raw  # hex digits without 0x: a hash, not an address
    return INTERNAL_MASK if is_internal_host(host) else raw


def _mask_credential(match: re.Match[str]) -> str:
    if match["value"].startswith("[") or match["value"] in (SECRET_MASK, TOKEN_MASK):
        return match.group(0)
    return f"{match['label']}{match['quote']}{SECRET_MASK}"


# "refused http://vm:8099/…: it is …", "refused [::1]:8080", "refused db1:5432": the crawler's guard
# names the target it refused; it resolved to an internal address, so it is masked entirely.
_REFUSED_TARGET = re.compile(
    r"(?i)(?P<head>\brefused\s+(?:(?:a\s+)?(?:redirect|request|link)\s+to\s+)?)"
    r"(?P<target>[a-z][a-z0-9+.-]*://[^\s]+?|\[[0-9a-f:.%]+\](?::\d{1,5})?|[\w.%-]+:\d{1,5})"
    r"(?=:\s|:?$|[\s,;)])")
# a host written with percent-escapes ("%31%36%39.254.169.254", "%6c%6f%63%61%6c%68%6f%73%74")
_PERCENT_HOST = re.compile(r"(?i)(?<![\w%.-])(?:[\w.-]|%[0-9a-f]{2})*%[0-9a-f]{2}(?:[\w.-]|%[0-9a-f]{2})*"
                           r"(?::\d{1,5})?(?![\w%-])")
# an IPv6 literal without brackets ("::1", "::ffff:7f00:1", "fe80::1%eth0", "fd00:1:2::3")
_IPV6_IN_TEXT = re.compile(r"(?i)(?<![\w:.\[])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?"
                           r"(?:%[\w.-]+)?(?![\w:])")


def _mask_percent_host(match: re.Match[str]) -> str:
    raw = match.group(0)
    decoded = unquote(raw)
    spelled = _HOST_IN_TEXT.fullmatch(decoded)  # judged as the same host written plainly would be
    if spelled is None or not re.search(r"[.:]|localhost", decoded, re.IGNORECASE):
        return raw
    return INTERNAL_MASK if _mask_internal_host(spelled) == INTERNAL_MASK else raw


def _mask_ipv6(match: re.Match[str]) -> str:
    raw = match.group(0)
    if raw.count(":") < 2 or not re.search(r"[0-9a-fA-F]", raw):
        return raw
    try:
        ipaddress.IPv6Address(raw.split("%")[0])
    except ValueError:
        return raw  # "10:00:00", "a:b:c": not an address
    return INTERNAL_MASK if is_internal_host(raw) else raw


def clean_error(text: str) -> str:
    """An error message or note fit for publication: internal addresses, tokens and personal
    data masked, URLs cleaned (``refused redirect to http://127.1:8080/admin?token=…`` →
    ``refused redirect to [internal address]``)."""
    if not isinstance(text, str) or not text:
        return text
    text = normalise(text)
    # the target of a refusal is internal by definition, whatever its name ("vm", "db1")
    text = _REFUSED_TARGET.sub(rf"\g<head>{INTERNAL_MASK}", text)
    text = _URL_IN_TEXT.sub(_mask_internal_url, text)
    if "%" in text:
        text = _PERCENT_HOST.sub(_mask_percent_host, text)
    text = clean_text(text)
    text = _CREDENTIAL_IN_TEXT.sub(_mask_credential, text)
    if ":" in text:
        text = _IPV6_IN_TEXT.sub(_mask_ipv6, text)
    text = _HOST_IN_TEXT.sub(_mask_internal_host, text)
    return _TOKEN_LIKE.sub(TOKEN_MASK, text)


# --------------------------------------------------------------------------- JSON and records

def clean_value(value: Any, text: Callable[[str], str] | None = None) -> Any:
    """Every string inside ``value`` (lists, dicts, nested) cleaned: URLs as URLs, the rest with
    ``text`` (default :func:`clean_text`)."""
    if isinstance(value, str):
        if re.match(r"(?i)^(?:https?|ftp)://\S+$", value.strip()):
            return clean_url(value)
        return (text or clean_text)(value)
    if isinstance(value, list):
        return [clean_value(v, text) for v in value]
    if isinstance(value, dict):
        return {k: clean_value(v, text) for k, v in value.items()}
    return value


def clean_json(text: str) -> str:
    """A JSON document (``links``, ``extra``, ``evidence`` columns) with every string in it cleaned."""
    if not isinstance(text, str) or not text:
        return text
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return clean_text(text)
    cleaned = clean_value(without_reviewers(document))
    if cleaned == document:
        return text
    return json.dumps(cleaned, ensure_ascii=False)


#: Keys naming who decided something (a reviewer's name): the dump leaves the ``decided_by`` column
#: out, and so it leaves these out wherever JSON it publishes repeats them (a merged post's
#: ``extra.seen_as`` amplifications, a conflict's ``conflicting_decisions`` in evidence)
REVIEWER_KEYS = frozenset({"decided_by"})


def without_reviewers(value: Any) -> Any:
    """``value`` (parsed JSON) without the keys naming a reviewer, at any depth."""
    if isinstance(value, dict):
        return {k: without_reviewers(v) for k, v in value.items() if k not in REVIEWER_KEYS}
    if isinstance(value, list):
        return [without_reviewers(v) for v in value]
    return value


#: How each kind of column is cleaned, by column name. Any other text column is free text.
URL_COLUMNS = frozenset({"url", "via", "canonical_url", "feed_url", "api_root", "sitemap_url", "resolved_url"})
ERROR_COLUMNS = frozenset({"last_error", "error", "message", "note", "notes", "reason", "detail", "details",
                           "last_status", "status_detail", "health_note"})
JSON_COLUMNS = frozenset({"links", "extra", "evidence", "state", "options", "filters"})
#: Keys, timestamps and enumerations: never rewritten (ids join tables; masking them would break links).
KEPT_AS_IS = frozenset({"id", "status", "type", "method", "platform", "origin", "trigger", "owner_kind",
                        "region", "kind", "crawlable", "ok"})


def column_cleaner(column: str) -> Callable[[str], str] | None:
    """The cleaning function of a text column, or None for keys, times and enumerations."""
    name = column.lower()
    if name in KEPT_AS_IS or name.endswith(("_id", "_at", "_kind")):
        return None
    if name in URL_COLUMNS or name.endswith("_url"):
        return clean_url
    if name in ERROR_COLUMNS or name.endswith(("_error", "_note", "_notes", "_message")):
        return clean_error
    if name in JSON_COLUMNS:
        return clean_json
    return clean_text


# --------------------------------------------------------------------------- the report dict

def clean_report(report: Any, *, keep_personal_data: bool = False) -> Any:
    """A copy of a report dict (or any JSON-ready value) fit for publication.

    Keys name what a value is: URLs are cleaned as URLs, errors and notes as error details,
    ids, timestamps and enumerations are kept, every other string as free text.
    """
    with keeping_personal_data(keep_personal_data):
        return _clean_keyed(report, None)


def _clean_keyed(value: Any, key: str | None) -> Any:
    if isinstance(value, dict):
        return {k: _clean_keyed(v, k if isinstance(k, str) else key) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_keyed(v, key) for v in value]
    if not isinstance(value, str):
        return value
    cleaner = column_cleaner(key) if key is not None else clean_text
    if cleaner is None:
        return value
    if cleaner is clean_json:
        return clean_value(value)
    return cleaner(value)


# --------------------------------------------------------------------------- a database copy

def clean_database(conn: sqlite3.Connection, tables: dict[str, list[str]], *,
                   keep_personal_data: bool = False) -> dict[str, int]:
    """Clean every text column of ``tables`` (name → columns) in place; returns the rows changed
    per table. For the dump copy only: never call it on the store."""
    functions = {"url": clean_url, "error": clean_error, "json": clean_json, "text": clean_text}
    names = {clean_url: "url", clean_error: "error", clean_json: "json", clean_text: "text"}
    with keeping_personal_data(keep_personal_data):
        for name, function in functions.items():
            conn.create_function(f"kimwatch_clean_{name}", 1, _sql_safe(function), deterministic=True)
    changed: dict[str, int] = {}
    for table, columns in tables.items():
        types = {row[1]: (row[2] or "").upper() for row in conn.execute(f"PRAGMA table_info([{table}])")}
        assignments = []
        for column in columns:
            cleaner = column_cleaner(column)
            if cleaner is None or types.get(column, "TEXT") not in ("TEXT", ""):
                continue
            assignments.append((column, names[cleaner]))
        if not assignments:
            continue
        sets = ", ".join(f"[{c}] = kimwatch_clean_{kind}([{c}])" for c, kind in assignments)
        where = " OR ".join(f"([{c}] IS NOT NULL AND typeof([{c}]) = 'text')" for c, _ in assignments)
        cursor = conn.execute(f"UPDATE [{table}] SET {sets} WHERE {where}")
        changed[table] = cursor.rowcount
    return changed


def _sql_safe(function: Callable[[str], str]) -> Callable[[Any], Any]:
    keep = _KEEP_PERSONAL_DATA.get()

    def wrapped(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        with keeping_personal_data(keep):
            return function(value)

    return wrapped
