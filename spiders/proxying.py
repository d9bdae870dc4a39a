"""Proxy handling for government networks: ``https://`` URLs through a plain HTTP proxy.

Scrapy reads ``http_proxy``/``https_proxy``/``no_proxy`` (and their upper-case forms) and
sends ``https://`` requests through the ``https_proxy`` with an HTTP ``CONNECT`` tunnel. Two
common set-ups break that, and both end as a channel that fails for reasons the operator
cannot see:

- only ``http_proxy`` is set (many office servers): ``https://t.me/...`` and
  ``https://www.youtube.com/...`` would go direct, where a proxied network has no route or
  DNS. :class:`ProxyMiddleware` then sends ``https://`` requests through the ``http_proxy``
  too (setting ``HTTPS_VIA_HTTP_PROXY``, default on; ``no_proxy`` still applies);
- the proxy refuses ``CONNECT`` (an HTTP-only proxy, or one allowing CONNECT to few ports),
  or accepts it and then drops the tunnel: the request is retried once as an absolute-URI
  ``GET https://...`` to the proxy, which such proxies fetch themselves over TLS; the proxy
  is remembered (a refusal, or a dropped tunnel followed by a working absolute-URI answer),
  so later requests go that way at once. If that fails too, the channel's error names the
  proxy and what to change (:func:`spiders.base.failure_kind`).

:class:`HTTPSDownloadHandler` is Scrapy's HTTP/1.1 handler with that second mode
(``request.meta["proxy_no_connect"]``).
"""

from __future__ import annotations

import copy
import logging
from typing import Any, cast

from scrapy import Request
from scrapy.core.downloader.contextfactory import _ScrapyClientContextFactory
from scrapy.core.downloader.handlers.http11 import (
    HTTP11DownloadHandler,
    _ScrapyAgent,
    _ScrapyProxyAgent,
)
from scrapy.downloadermiddlewares.httpproxy import HttpProxyMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.python import to_bytes

from crawler.harvest import certificates
from crawler.urls import bypasses_proxy

log = logging.getLogger(__name__)

#: proxies (``scheme://host:port``) that refused CONNECT in this process
NO_CONNECT_PROXIES: set[str] = set()
#: failures of a request through a CONNECT tunnel that the proxy accepted
_TUNNEL_BROKEN = ("DownloadFailedError", "ResponseNeverReceived", "ConnectionLost", "ConnectionDone", "SSLError",
                  "Error")  # OpenSSL.SSL.Error


class ProxyMiddleware(HttpProxyMiddleware):
    """Scrapy's proxy middleware, plus ``https`` via ``http_proxy`` and the no-CONNECT fallback."""

    def __init__(self, auth_encoding: str | None = "latin-1", https_via_http: bool = True) -> None:
        super().__init__(auth_encoding)
        if https_via_http and "https" not in self.proxies and "http" in self.proxies:
            self.proxies["https"] = self.proxies["http"]

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProxyMiddleware:
        if not crawler.settings.getbool("HTTPPROXY_ENABLED"):
            raise NotConfigured
        return cls(crawler.settings.get("HTTPPROXY_AUTH_ENCODING"),
                   crawler.settings.getbool("HTTPS_VIA_HTTP_PROXY", True))

    def process_request(self, request: Request, spider: Any = None) -> None:  # type: ignore[override]
        if request.meta.get("_scheme_proxy") and request.meta.get("proxy"):
            # a redirect keeps the proxy its first hop was given from the environment (Scrapy
            # re-reads it only when the scheme changes): judged again for this host, so a hop
            # to a host in no_proxy goes direct, like every other request to it
            request.meta.pop("proxy")
            request.meta.pop("_scheme_proxy")
            if request.meta.pop("_auth_proxy", None) is not None:
                request.headers.pop(b"Proxy-Authorization", None)
        super().process_request(request)
        if request.meta.get("_scheme_proxy") and bypasses_proxy(request.url):
            # Scrapy asks no_proxy about the host name only; an entry with a port
            # (kimc.kim.id:8080) bypasses that host and port, as `kimwatch verify` reads it
            request.meta.pop("proxy", None)
            request.meta.pop("_scheme_proxy")
            if request.meta.pop("_auth_proxy", None) is not None:
                request.headers.pop(b"Proxy-Authorization", None)
        proxy = request.meta.get("proxy")
        if proxy and proxy in NO_CONNECT_PROXIES and request.url.startswith("https://"):
            request.meta["proxy_no_connect"] = True
        return None

    def process_exception(self, request: Request, exception: BaseException, spider: Any = None) -> Request | None:
        if certificates.refusal_reason(exception) is not None:
            # the site's certificate was refused (directly or through a tunnel that worked): no
            # "broken tunnel", no second try as a plain request to the proxy, which would read
            # the same site unchecked, and no retry: a refused certificate is no transient error
            request.meta["dont_retry"] = True
            return None
        proxy = request.meta.get("proxy")
        if not proxy or request.meta.get("proxy_no_connect") or not request.url.startswith("https://"):
            return None
        name = type(exception).__name__
        if name == "TunnelError":
            if proxy not in NO_CONNECT_PROXIES:
                log.warning("proxy %s refused CONNECT (%s); sending https:// requests to it as plain "
                            "absolute-URI requests", proxy, exception)
                NO_CONNECT_PROXIES.add(proxy)
        elif name in _TUNNEL_BROKEN:
            # the proxy said yes to CONNECT, then the tunnel died (a proxy that cannot reach the
            # site that way, or a TLS problem): one try as an absolute-URI request; when that
            # gets an answer, the proxy is remembered as one that does not tunnel
            request.meta["proxy_tunnel_broken"] = f"{name}: {exception}"
        else:
            return None
        retry = request.replace(dont_filter=True)
        retry.meta["proxy_no_connect"] = True
        return retry

    def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:
        proxy = request.meta.get("proxy")
        if (proxy and request.meta.get("proxy_tunnel_broken") and request.meta.get("proxy_no_connect")
                and response.status < 500 and proxy not in NO_CONNECT_PROXIES):
            log.warning("proxy %s: CONNECT tunnels break (%s), absolute-URI requests work; sending "
                        "https:// requests to it that way", proxy, request.meta["proxy_tunnel_broken"])
            NO_CONNECT_PROXIES.add(proxy)
        return response


class ChannelTLSContextFactory(_ScrapyClientContextFactory):
    """Scrapy's context factory, verifying certificates (``DOWNLOAD_VERIFY_CERTIFICATES``, on in
    kimwatch) except on the hosts of channels that say ``tls_verify: false``
    (:mod:`crawler.harvest.certificates`). Verification is Twisted's ``optionsForClientTLS``:
    the chain against the platform's CAs (``SSL_CERT_FILE``/``SSL_CERT_DIR`` when set) and the
    host name against the certificate (service_identity)."""

    def creatorForNetloc(self, hostname: bytes, port: int) -> Any:
        if self._verify_certificates and not certificates.verified(hostname):
            lenient = copy.copy(self)
            lenient._verify_certificates = False
            return _ScrapyClientContextFactory.creatorForNetloc(lenient, hostname, port)
        return super().creatorForNetloc(hostname, port)


class _NoConnectAgent(_ScrapyAgent):
    def _get_agent(self, request: Request, timeout: float) -> Any:
        proxy = request.meta.get("proxy")
        if proxy and request.meta.get("proxy_no_connect"):
            from scrapy.utils._download_handlers import normalize_bind_address
            from twisted.internet import reactor

            bind = normalize_bind_address(request.meta.get("bindaddress") or self._bindAddress)
            return _ScrapyProxyAgent(reactor=reactor, proxyURI=to_bytes(proxy, encoding="ascii"),
                                     contextFactory=self._contextFactory, connectTimeout=timeout,
                                     bindAddress=bind, pool=self._pool)
        return super()._get_agent(request, timeout)


class HTTPSDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler; ``proxy_no_connect`` requests go to the proxy as absolute URIs.

    Also used for ``http``: its :meth:`close` does not race. Scrapy's own schedules
    ``d.callback`` after a 1 s grace and cancels it only once the awaiting coroutine resumes;
    when the pool closes at about that second, both fire and Twisted logs a CRITICAL
    ``AlreadyCalledError`` traceback at the end of a crawl.
    """

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        from OpenSSL import SSL

        self._contextFactory = ChannelTLSContextFactory.from_crawler(crawler, method=SSL.SSLv23_METHOD)

    async def close(self) -> None:
        from twisted.internet import reactor
        from twisted.internet.defer import Deferred

        done: Deferred[None] = Deferred()

        def finish(_: Any = None) -> None:
            if not done.called:
                done.callback(None)

        closing = self._pool.closeCachedConnections()
        closing.addBoth(finish)
        grace: Any = cast(Any, reactor).callLater(self._disconnect_timeout, finish)
        try:
            await maybe_deferred_to_future(done)
        finally:
            if grace.active():
                grace.cancel()

    async def download_request(self, request: Request) -> Any:
        if not request.meta.get("proxy_no_connect"):
            return await super().download_request(request)
        from scrapy.utils._download_handlers import wrap_twisted_exceptions

        agent = _NoConnectAgent(
            contextFactory=self._contextFactory, bindAddress=self._bind_address, pool=self._pool,
            maxsize=self._default_maxsize, warnsize=self._default_warnsize,
            fail_on_dataloss=self._fail_on_dataloss, crawler=self._crawler,
            tls_verbose_logging=self._tls_verbose_logging,
        )
        with wrap_twisted_exceptions():
            return await maybe_deferred_to_future(agent.download_request(request))
