"""Requests kimwatch refuses to send: to internal addresses reached from a public channel.

A public site (or a shortened link in a post) can redirect to ``http://127.0.0.1:8080/`` or
``http://169.254.169.254/`` — services on the crawling server or its network that the
outside world cannot see. Following such a redirect would fetch internal pages and store
them as KIM posts (server-side request forgery). :class:`InternalAddressMiddleware` refuses a
request to a loopback, private, link-local or reserved address (or ``localhost``) unless the
chain it belongs to started there: the channel was registered on such an address on purpose
(an intranet site), or the request was made for such a URL in the first place.

Caveat: a public host name that resolves to an internal address is not caught (that would
need resolving every name before the request, which a proxy does on its own side).
"""

from __future__ import annotations

import ipaddress
import logging
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest

log = logging.getLogger(__name__)

INTERNAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


@lru_cache(maxsize=4096)
def is_internal_host(host: str | None) -> bool:
    """Whether ``host`` (a name or an IP literal) names the local machine or a non-public network."""
    if not host:
        return False
    host = host.strip("[]").rstrip(".").lower()
    if host in INTERNAL_NAMES or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast  # loopback, private, link-local, CGNAT, reserved


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


class InternalAddressMiddleware:
    """Downloader middleware: no request to an internal address from a public starting point."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> InternalAddressMiddleware:
        return cls(crawler)

    def origins(self, request: Request) -> list[str]:
        """Where the request's chain started: the channel's registered URLs, else its first URL."""
        spider = getattr(self.crawler, "spider", None)
        run = (getattr(spider, "runs", None) or {}).get(request.meta.get("channel_id"))
        if run is not None:
            return [u for u in (run.channel.get("url"), run.channel.get("via")) if u]
        redirects = request.meta.get("redirect_urls") or []
        return [redirects[0] if redirects else request.url]

    def process_request(self, request: Request, spider: Any = None) -> None:
        host = _host(request.url)
        if not is_internal_host(host):
            return
        if any(is_internal_host(_host(origin)) for origin in self.origins(request)):
            return
        log.warning("refused %s: an internal address reached from a public channel or link", request.url)
        raise IgnoreRequest(f"refused {request.url}: an internal address (loopback, private network) "
                            "reached from a public channel or link")
