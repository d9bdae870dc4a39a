"""Every crawl setting in one place: Scrapy's own and kimwatch's.

The module is a Scrapy settings module (``scrapy.cfg`` points here, so ``scrapy crawl feed``
works from the repository root). :func:`load_settings` builds the settings a crawl really
uses, in this order, later wins:

1. the defaults below;
2. the ``crawl:`` section of the YAML file named by ``$KIMWATCH_CONFIG`` (keys in lower case,
   e.g. ``contact_url: https://diskominfo.example.go.id/kontak``);
3. environment variables ``KIMWATCH_<NAME>`` for every name in :data:`OVERRIDABLE`
   (e.g. ``KIMWATCH_DOWNLOAD_TIMEOUT=20``, ``KIMWATCH_CONTACT_URL=...``; lists are
   comma-separated);
4. ``overrides`` given by the caller (tests, the benchmark).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from crawler import __version__
from crawler.errors import ConfigError

log = logging.getLogger(__name__)

BOT_NAME = "kimwatch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
#: `scrapy crawl feed -a url=URL` reads one channel (crawler/harvest/scrapy_commands/crawl.py)
COMMANDS_MODULE = "crawler.harvest.scrapy_commands"

# --------------------------------------------------------------------------- kimwatch's own
#: Where a site owner reaches the operator; goes into the user agent.
CONTACT_URL = "https://diskominfomc.kalselprov.go.id/"
#: Pages followed (feed pagination, Telegram "load older") on a channel's first crawl.
FIRST_CRAWL_PAGES = 5
#: Pages followed on later crawls; they stop earlier at the first page with a known item.
LATER_CRAWL_PAGES = 3
#: Whether to resolve links on shorteners (s.id, bit.ly, ...) during the crawl.
RESOLVE_SHORTENED_LINKS = True
#: Hosts treated as link shorteners in addition to :data:`crawler.urls.SHORTENER_HOSTS`.
SHORTENER_HOSTS_EXTRA: list[str] = []
#: Consecutive failures after which a channel is backed off.
BACKOFF_AFTER_FAILURES = 3
#: First back-off pause (minutes); doubles with each further failure.
BACKOFF_BASE_MINUTES = 60
#: Longest back-off pause (hours).
BACKOFF_MAX_HOURS = 72
#: Items written per store transaction.
STORE_BATCH_SIZE = 500
#: Longest time (s) a fetched item waits in memory before it is written.
STORE_FLUSH_SECONDS = 2.0
#: Internal hosts a crawl may reach from any channel (spiders/safety.py): addresses, networks
#: (``10.1.2.0/24``), host names, ``.suffix`` for a whole domain. Empty: only channels registered
#: on an internal address reach that host and port. A crawl warns at its start when it is set.
ALLOW_INTERNAL: list[str] = []
#: Items kept from one fetched page of a feed or listing (the first ones; the rest counted as cut).
MAX_ITEMS_PER_FETCH = 1000
#: Characters of text kept for one post or announcement (the longest press releases run ~20,000).
MAX_TEXT_CHARS = 200_000
#: Outbound links kept for one post or announcement (the first ones, after de-duplication).
MAX_LINKS_PER_POST = 500
#: After a first SIGTERM/SIGINT, seconds the answers already on their way get before the crawl
#: stops without them (requests still waiting for their host are dropped at once).
STOP_GRACE_SECONDS = 2.0
#: Seconds between the "still crawling" lines of `kimwatch crawl` (channels done, hosts still
#: waited on); 0 for none.
PROGRESS_SECONDS = 15.0

#: Scrapy processes a crawl runs in, each over its own hosts (a host is only ever in one); 0 is
#: one per CPU core this process may use. `KIMWATCH_CRAWL_PROCESSES=1` crawls in one process.
CRAWL_PROCESSES = 0
#: Channels per process below which a crawl does not start another (each costs ~0.3 s to start).
CRAWL_CHANNELS_PER_PROCESS = 100
#: Whether a crawl first revalidates the channels it holds validators (ETag/Last-Modified) for with
#: light conditional GETs before Scrapy starts (crawler/harvest/revalidate.py): a 304 is recorded
#: there, any other answer is handed to Scrapy; when nothing changed, Scrapy is not even started.
REVALIDATE_FIRST = True
#: Bytes of changed feeds the revalidation pass may hold for Scrapy; past it the pass stops and
#: the channels left are fetched by Scrapy (bounds memory when many channels changed at once).
REVALIDATE_MAX_BYTES = 64 * 1024 * 1024
#: The re-check of recent announcements' pages after a crawl of sources (crawler/harvest/recheck.py):
#: at most this many pages per run, this many per host, each page at most once in this many hours.
RECHECK_MAX_PER_RUN = 60
RECHECK_MAX_PER_HOST = 20
RECHECK_EVERY_HOURS = 6.0

# --------------------------------------------------------------------------- politeness
ROBOTSTXT_OBEY = True
#: Hours a host's robots.txt (and the delay its host ended a crawl with) is kept between crawls,
#: in a file next to the store (RFC 9309: at most 24); 0 fetches robots.txt on every crawl.
ROBOTSTXT_CACHE_HOURS = 24.0
USER_AGENT = f"kimwatch/{__version__} (+{CONTACT_URL})"
# The global cap bounds memory and sockets, not politeness (that is per host, below). Scrapy
# counts a request waiting for its host's delay (AutoThrottle starts every host at 1 s) as
# active, so with 64 a crawl of hundreds of hosts spent most of its time with every place
# taken by waiting requests (bench/results/crawl.md: a re-crawl of 2,000 channels on 500
# hosts took 13 s at 64, 7 s at 256).
CONCURRENT_REQUESTS = 256
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 15
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Press releases published only as PDF (crawler/harvest/pdf.py): the largest PDF fetched (it may
# be larger than a page), the most pages and seconds of reading one PDF may cost
PDF_MAXSIZE = 10 * 1024 * 1024
PDF_MAX_PAGES = 30
PDF_MAX_SECONDS = 20
# A release PDF that could not be read (broken, encrypted, a scan, too large) is asked again at most
# this often, with a conditional GET when the server gave an ETag or Last-Modified: an office that
# replaces the file at the same address is read then, an unchanged file costs a 304
PDF_RECHECK_HOURS = 24
RETRY_ENABLED = True
RETRY_TIMES = 2
# transient only: no 500 (a broken page stays broken within a run), no 4xx but 408 and 429: a
# server asking us to slow down is asked again after its host's pause (spiders/politeness.py
# RetryAfter, which bounds what one host may cost a run)
RETRY_HTTP_CODES = [502, 503, 504, 522, 524, 408, 429]
#: A 429/503 doubles the delay of its host (or platform slot) and, with ``Retry-After``, pauses
#: it that long, at most this many seconds (spiders/politeness.py).
RETRY_AFTER_MAX_SECONDS = 300.0
#: a Retry-After longer than this is not waited for within a crawl: the host's channels fail for
#: this run (status rate-limited) and the crawl goes on without them
RETRY_AFTER_WAIT_SECONDS = 30.0
#: Public endpoints of platforms carrying thousands of channels on one host: each gets a fixed
#: rate instead of per-host AutoThrottle ("host/path-prefix": requests a second, at a time).
#: Neither platform documents a rate for these; see README "Crawl processes and platform rates".
PLATFORM_RATES: dict[str, dict[str, float]] = {
    "t.me/s/": {"per_second": 10, "concurrency": 4},
    "www.youtube.com/feeds/videos.xml": {"per_second": 10, "concurrency": 4},
}
REDIRECT_MAX_TIMES = 10  # http→https→www→feed proxies; loops still end quickly
COMPRESSION_ENABLED = True
HTTPPROXY_ENABLED = True  # http_proxy / https_proxy / no_proxy from the environment
#: Whether https:// URLs go through ``http_proxy`` when no ``https_proxy`` is set (spiders/proxying.py).
HTTPS_VIA_HTTP_PROXY = True
#: TLS certificates of https:// sites are checked (Scrapy's own setting, off by default there);
#: a channel with a broken chain opts out with ``tls_verify: false`` in the registry
#: (crawler/harvest/certificates.py)
DOWNLOAD_VERIFY_CERTIFICATES = True
COOKIES_ENABLED = False
# Scrapy starts this many item tasks for every response (even an empty 304); a feed page
# holds ~10-50 items and only shortened-link resolution waits inside the pipelines.
CONCURRENT_ITEMS = 8
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening port on a government server
LOG_LEVEL = "WARNING"

# Scrapy's own parts that do nothing for a crawl of channels are switched off, so they cost
# neither import time at start nor work on every request (bench/results/crawl.md): cookies
# (off; its module alone pulls tldextract in), HTTP auth (no site logins; proxy credentials
# go through httpproxy), the HTTP cache, the depth and meta-copy spider middlewares (paging
# is bounded by FIRST/LATER_CRAWL_PAGES), and the telnet, remote-control (imports aiohttp),
# memory-usage, memory-debugger, feed-export and spider-state extensions.
# Kept: robots.txt (ours, with Crawl-delay), download timeout, default headers, user agent,
# retry, meta refresh, compression, redirect, proxy, downloader stats (the run's request
# count), offsite, HTTP errors, referer, URL length; AutoThrottle (ours), core stats, log
# stats, log count and close-spider.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.safety.InternalAddressMiddleware": 50,  # before robots.txt: not even that is fetched
    "spiders.politeness.PlatformRateMiddleware": 60,  # before robots.txt: a Crawl-delay binds the slot
    # robots.txt with Crawl-delay, kept between crawls for ROBOTSTXT_CACHE_HOURS (spiders/robots.py)
    "spiders.robots.RobotsTxtCacheMiddleware": 100,
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    # https:// through http_proxy when no https_proxy is set; proxies refusing CONNECT
    "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": None,
    "spiders.proxying.ProxyMiddleware": 750,
    # just before Scrapy's decompression (590) on the way back: a gzip body that stops short
    # is told from a feed with no entries (spiders/middlewares.py)
    "spiders.middlewares.CompressedBodyMiddleware": 595,
    # a page whose meta refresh leads where the guard refuses is kept, with a note (spiders/middlewares.py)
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "spiders.middlewares.GuardedMetaRefreshMiddleware": 580,
    # before the redirects (600) on the way back: a firewall's "302 to the same URL with
    # Set-Cookie" is retried with its cookie, per host and crawl (spiders/middlewares.py)
    "spiders.middlewares.CookieCheckMiddleware": 610,
    # after a first SIGTERM/SIGINT, no request goes on to a host's queue (spiders/base.py)
    "spiders.base.StopGateMiddleware": 990,
    # last before the download: a channel's first page already fetched by the revalidation pass
    # (crawler/harvest/revalidate.py) is answered from it, then every middleware's
    # process_response runs on it as on a download (spiders/middlewares.py)
    "spiders.middlewares.PrefetchedMiddleware": 995,
}
#: Scrapy's downloader, with a per-host concurrency that holds (spiders/politeness.py)
DOWNLOADER = "spiders.politeness.PoliteDownloader"
DOWNLOAD_HANDLERS = {"http": "spiders.proxying.HTTPSDownloadHandler", "https": "spiders.proxying.HTTPSDownloadHandler"}
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
    # closest to the spider: the items of a response go through the pipelines as one batch
    # (Scrapy's per-item machinery cost more than cleaning and storing an item)
    "spiders.middlewares.ItemBatchMiddleware": 1000,
}
EXTENSIONS = {
    "scrapy.extensions.throttle.AutoThrottle": None,
    "spiders.politeness.AutoThrottle": 0,
    "spiders.politeness.RetryAfter": 10,  # a 429/503 slows the host (after AutoThrottle's own adjustment)
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "scrapy.extensions.memusage.MemoryUsage": None,
    "scrapy.extensions.memdebug.MemoryDebugger": None,
    "scrapy.extensions.feedexport.FeedExporter": None,
    "scrapy.extensions.spiderstate.SpiderState": None,
}
# Scrapy reads the source of every callback, for every response, to warn about generators
# that return a value (its cache misses on bound methods): ~0.5 ms per response, for a
# warning our spiders never need.
WARN_ON_GENERATOR_RETURN_VALUE = False
ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.dedupe.DedupePipeline": 200,
    "pipelines.store.StorePipeline": 300,
}

#: Names that ``KIMWATCH_<NAME>`` and the config file may override.
OVERRIDABLE = (
    "CONTACT_URL", "FIRST_CRAWL_PAGES", "LATER_CRAWL_PAGES", "RESOLVE_SHORTENED_LINKS",
    "SHORTENER_HOSTS_EXTRA", "BACKOFF_AFTER_FAILURES", "BACKOFF_BASE_MINUTES",
    "BACKOFF_MAX_HOURS", "STORE_BATCH_SIZE", "STORE_FLUSH_SECONDS", "ROBOTSTXT_OBEY", "ROBOTSTXT_CACHE_HOURS",
    "USER_AGENT",
    "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY",
    "AUTOTHROTTLE_ENABLED", "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY",
    "AUTOTHROTTLE_TARGET_CONCURRENCY", "DOWNLOAD_TIMEOUT", "DNS_TIMEOUT", "DOWNLOAD_MAXSIZE",
    "DOWNLOAD_WARNSIZE", "CONCURRENT_ITEMS", "RETRY_TIMES", "RETRY_HTTP_CODES", "REDIRECT_MAX_TIMES", "LOG_LEVEL", "HTTPS_VIA_HTTP_PROXY",
    "ALLOW_INTERNAL", "MAX_ITEMS_PER_FETCH", "MAX_TEXT_CHARS", "MAX_LINKS_PER_POST", "STOP_GRACE_SECONDS", "PROGRESS_SECONDS",
    "CRAWL_PROCESSES", "CRAWL_CHANNELS_PER_PROCESS", "PLATFORM_RATES", "RETRY_AFTER_MAX_SECONDS", "RETRY_AFTER_WAIT_SECONDS",
    "REVALIDATE_FIRST", "REVALIDATE_MAX_BYTES", "RECHECK_MAX_PER_RUN", "RECHECK_MAX_PER_HOST", "RECHECK_EVERY_HOURS",
)


#: internal ranges named when ``ALLOW_INTERNAL`` opens them (spiders/safety.py refuses them otherwise)
_INTERNAL_RANGES = (("loopback", "127.0.0.0/8"), ("loopback", "::1/128"), ("private", "10.0.0.0/8"),
                    ("private", "172.16.0.0/12"), ("private", "192.168.0.0/16"), ("private", "fc00::/7"),
                    ("CGNAT", "100.64.0.0/10"), ("link-local", "169.254.0.0/16"), ("link-local", "fe80::/10"))


def allow_internal_warning(entries: list[Any]) -> str | None:
    """What the ``ALLOW_INTERNAL`` setting opens, said at a crawl's start and by ``daemon --check``
    (None when it is empty): every channel, public ones included, may reach those hosts, so a
    wide entry (``0.0.0.0/0``) must not go unseen."""
    import ipaddress

    listed = [str(e).strip() for e in entries if str(e).strip()]
    if not listed:
        return None
    opened: list[str] = []
    for entry in listed:
        try:
            network = ipaddress.ip_network(entry.strip("[]"), strict=False)
        except ValueError:
            continue
        for kind, text in _INTERNAL_RANGES:
            internal = ipaddress.ip_network(text)
            if network.version == internal.version and network.overlaps(internal):
                shown = text if network.supernet_of(internal) else str(network)  # type: ignore[arg-type]
                opened.append(f"{kind} {shown}")
    reach = f" (that is: {', '.join(dict.fromkeys(opened))})" if opened else ""
    return (f"allow_internal is set: every channel, public ones and the links in their posts included, may "
            f"reach {', '.join(listed)}{reach}; the cloud metadata service stays refused")


def _coerce(name: str, raw: Any, where: str) -> Any:
    """``raw`` converted to the type of the default of ``name``."""
    default = globals()[name]
    if not isinstance(raw, str):
        return raw
    text = raw.strip()
    try:
        if isinstance(default, bool):
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError("expected true/false")
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
        if isinstance(default, dict):
            value = json.loads(text) if text else {}
            if not isinstance(value, dict):
                raise ValueError("expected a JSON object")
            return value
        if isinstance(default, list):
            if text.startswith("["):
                return json.loads(text)
            items = [part.strip() for part in text.split(",") if part.strip()]
            if default and isinstance(default[0], int):
                return [int(part) for part in items]
            return items
    except ValueError as error:
        raise ConfigError(
            f"{where}: invalid value {raw!r} for {name.lower()}: {error}; "
            f"the default is {default!r}"
        ) from error
    return text


def config_file_values(path: str | Path | None = None) -> dict[str, Any]:
    """The ``crawl:`` section of the YAML config file (``$KIMWATCH_CONFIG``), upper-cased."""
    path = path or os.environ.get("KIMWATCH_CONFIG")
    if not path:
        return {}
    import yaml

    # aliases and nesting bounded, as for the registry
    from crawler.registry import BoundedSafeLoader

    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=BoundedSafeLoader) or {}  # noqa: S506
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"config file {str(path)!r}: cannot read it: {error}") from error
    section = data.get("crawl") if isinstance(data, dict) else None
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise ConfigError(f"config file {str(path)!r}: `crawl` must be a mapping of settings")
    values = {}
    for key, value in section.items():
        name = str(key).upper()
        if name not in OVERRIDABLE:
            raise ConfigError(
                f"config file {str(path)!r}: unknown crawl setting {key!r}; "
                f"known: {', '.join(n.lower() for n in OVERRIDABLE)}"
            )
        values[name] = _coerce(name, value, f"config file {str(path)!r}")
    return values


def environment_values(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Settings given as ``KIMWATCH_<NAME>`` environment variables."""
    environ = os.environ if environ is None else environ
    values = {}
    for name in OVERRIDABLE:
        raw = environ.get(f"KIMWATCH_{name}")
        if raw is not None and raw != "":
            values[name] = _coerce(name, raw, f"environment variable KIMWATCH_{name}")
    return values


def _chosen(overrides: Mapping[str, Any] | None, config_file: str | Path | None) -> dict[str, Any]:
    """What the config file, the environment and ``overrides`` set (later wins), user agent included."""
    chosen: dict[str, Any] = {}
    chosen.update(config_file_values(config_file))
    chosen.update(environment_values())
    chosen.update(dict(overrides or {}))
    if "USER_AGENT" not in chosen:
        contact = chosen.get("CONTACT_URL", CONTACT_URL)
        chosen["USER_AGENT"] = f"kimwatch/{__version__} (+{contact})"
    return chosen


class PlainSettings:
    """kimwatch's crawl settings without Scrapy: the defaults of this module, the config file, the
    environment and the caller's overrides, read with the getters of Scrapy's ``Settings``
    (``get``, ``getint``, ``getfloat``, ``getbool``, ``getlist``, ``getdict``).

    What a crawl needs before it knows whether Scrapy has anything to do (the revalidation pass,
    channel health): importing Scrapy and Twisted costs more CPU than a whole re-crawl of
    unchanged channels.
    """

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def getint(self, name: str, default: int = 0) -> int:
        return int(self.values.get(name, default))

    def getfloat(self, name: str, default: float = 0.0) -> float:
        return float(self.values.get(name, default))

    def getbool(self, name: str, default: bool = False) -> bool:
        value = self.values.get(name, default)
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)

    def getlist(self, name: str, default: list[Any] | None = None) -> list[Any]:
        value = self.values.get(name, default or [])
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return list(value)

    def getdict(self, name: str, default: dict[str, Any] | None = None) -> dict[str, Any]:
        value = self.values.get(name, default or {})
        if isinstance(value, str):
            value = json.loads(value) if value.strip() else {}
        return dict(value)


def plain_settings(overrides: Mapping[str, Any] | None = None, *, config_file: str | Path | None = None) -> PlainSettings:
    """The crawl settings as :func:`load_settings` reads them, without importing Scrapy."""
    values = {name: value for name, value in globals().items() if name.isupper()}
    values.update(_chosen(overrides, config_file))
    return PlainSettings(values)


def load_settings(overrides: Mapping[str, Any] | None = None, *, config_file: str | Path | None = None) -> Any:
    """The Scrapy ``Settings`` of a crawl: defaults, config file, environment, ``overrides``."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(_chosen(overrides, config_file), priority="cmdline")
    _drop_disabled_components(settings)
    _no_retry_after_timeouts(settings)
    return settings


def _no_retry_after_timeouts(settings: Any) -> None:
    """Scrapy's retryable exceptions, less timeouts.

    A server that answers too slowly (or drips its answer byte by byte) takes DOWNLOAD_TIMEOUT
    every time: two retries made one such channel cost three timeouts (90 s) in every run.
    Connection errors and 5xx answers stay retried. Built from Scrapy's own list, whose
    exception names differ between versions.
    """
    exceptions = settings.getlist("RETRY_EXCEPTIONS")
    if not exceptions:
        return
    kept = [e for e in exceptions if "timeout" not in (e if isinstance(e, str) else getattr(e, "__name__", "")).lower()]
    settings.set("RETRY_EXCEPTIONS", kept, priority=settings.getpriority("RETRY_EXCEPTIONS") or "default")


def _drop_disabled_components(settings: Any) -> None:
    """Remove the components switched off (``None``) above from Scrapy's ``*_BASE`` lists too.

    Scrapy imports every listed component while it sorts them, even those set to ``None``;
    the remote-control extension alone imports aiohttp, cookies tldextract (~0.15 s at start).
    A component named by its import path in both lists is dropped from both.
    """
    for name in ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS"):
        chosen = settings.getdict(name)
        base = settings.getdict(f"{name}_BASE")
        off = {key for key, value in chosen.items() if value is None and key in base}
        if off:
            settings.set(f"{name}_BASE", {k: v for k, v in base.items() if k not in off},
                         priority=settings.getpriority(f"{name}_BASE") or "default")
            settings.set(name, {k: v for k, v in chosen.items() if k not in off},
                         priority=settings.getpriority(name) or "default")
