"""TLS certificates in crawls: verified, except on the hosts of channels that opt out.

A crawl checks every ``https://`` site's certificate against the system's CAs (``SSL_CERT_FILE``
/``SSL_CERT_DIR`` when set, as OpenSSL reads them), as ``kimwatch verify`` and ``notify`` do:
anyone on the path could otherwise answer for a KIM blog or a government site and plant posts
and announcements, and so fake amplifications. Some government sites serve a broken chain; a
channel whose registry entry says ``tls_verify: false`` is read without the check, on the hosts
of its own URLs only (its ``url``, ``via`` and URL options), and its health note says so
(:data:`UNVERIFIED_NOTE`). A refused certificate is the channel's error, status ``tls``
(:func:`refusal_message`), and is never retried another way (no absolute-URI request to a proxy).

This module imports neither Scrapy nor Twisted: the revalidation pass uses it too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

#: hosts whose certificates this process does not check (their channels say ``tls_verify: false``)
UNVERIFIED_HOSTS: set[str] = set()
#: the channel URLs read from a channel's options besides ``url`` and ``via``
_URL_OPTIONS = ("feed_url", "api_root", "sitemap_url")
#: the note on a channel whose certificate is not checked
UNVERIFIED_NOTE = "TLS certificate not verified (tls_verify: false in the registry)"
#: what a refused certificate's error tells the operator to do
REFUSAL_HELP = ("if the site's certificate is known to be broken (an incomplete chain is common on government "
                "sites) and you trust the network path, set `tls_verify: false` on the channel in the registry")


def _options(channel: Mapping[str, Any]) -> dict[str, Any]:
    options = channel.get("options")
    if isinstance(options, str):
        try:
            options = json.loads(options)
        except ValueError:
            return {}
    return options if isinstance(options, dict) else {}


def opts_out(channel: Mapping[str, Any]) -> bool:
    """Whether ``channel`` (a store row or registry entry) says ``tls_verify: false``."""
    return _options(channel).get("tls_verify") is False


def unverified_hosts(channels: Iterable[Mapping[str, Any]]) -> set[str]:
    """The hosts of the URLs of the channels that opt out of certificate checks."""
    hosts: set[str] = set()
    for channel in channels:
        if not opts_out(channel):
            continue
        options = _options(channel)
        for url in (channel.get("url"), channel.get("via"), *(options.get(k) for k in _URL_OPTIONS)):
            if isinstance(url, str) and (host := urlsplit(url).hostname):
                hosts.add(host.lower())
                try:  # (TLS sees an internationalised name in its ASCII form)
                    hosts.add(host.encode("idna").decode("ascii").lower())
                except UnicodeError:
                    pass
    return hosts


def verified(host: str | bytes | None) -> bool:
    """Whether the certificate of ``host`` is checked in this process."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    return (host or "").lower().rstrip(".") not in UNVERIFIED_HOSTS


def refusal_reason(error: BaseException | None) -> str | None:
    """Why a certificate was refused, when ``error`` (or what it wraps: Twisted's
    ``ResponseNeverReceived`` and ``_WrappingFailure`` hold a list of failures) is a refusal; else None."""
    seen: set[int] = set()
    stack: list[Any] = [error]
    while stack:
        value = stack.pop()
        if value is None or id(value) in seen:
            continue
        seen.add(id(value))
        value = getattr(value, "value", value)  # a twisted Failure
        name = type(value).__name__
        text = str(value)
        if name == "SSLCertVerificationError":  # the stdlib's (the revalidation pass)
            return getattr(value, "verify_message", None) or text
        if name == "VerificationError" and "service_identity" in type(value).__module__:
            return "the certificate is for another name"
        if name == "Error" and "OpenSSL" in type(value).__module__ and "certificate verify failed" in text:
            return _openssl_reason(value)
        for attribute in ("reasons", "failures"):
            nested = getattr(value, attribute, None)
            if isinstance(nested, (list, tuple)):
                stack.extend(nested)
        if isinstance(value, BaseException):
            stack.extend([value.__cause__, value.__context__])
    return None


def _openssl_reason(error: BaseException) -> str:
    """OpenSSL's words for a failed verification, e.g. ``self-signed certificate``."""
    details = error.args[0] if error.args and isinstance(error.args[0], list) else []
    reasons = [str(entry[2]) for entry in details if isinstance(entry, tuple) and len(entry) == 3]
    text = "; ".join(dict.fromkeys(reasons)) or str(error)
    if text == "certificate verify failed":  # (OpenSSL through Twisted says no more)
        text += " (no trusted CA signed it: self-signed, an unknown issuer or an incomplete chain, or expired)"
    return text


def refusal_message(host: str, reason: str) -> str:
    """The channel error for a certificate refused on ``host``."""
    return f"TLS certificate of {host} refused: {reason}; nothing was read from it ({REFUSAL_HELP})"
