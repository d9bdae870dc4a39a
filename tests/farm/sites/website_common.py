"""Shared pieces of the ``website`` farm sites: their hosts and a per-host dispatcher.

Each website site lives on its own loopback address (``127.0.4.x``) so that, as on the real
web, it owns its host root: ``/robots.txt``, ``/feed/``, ``/sitemap.xml``, ``/berita``. A
test serves them with ``Farm(hosts=WEBSITE_HOSTS)`` (see ``tests/website/conftest.py``).

Every path a website spider might probe is registered as an exact, host-bound route, so
routes of other farm sites (bound to no host) never answer on these hosts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from tests.farm import FarmRequest, FarmResponse, not_found, route

HOSTS = {
    "wp_rest": "127.0.4.1",      # WordPress, REST API open, feeds disabled
    "wp_feed": "127.0.4.2",      # WordPress, REST API 403, /feed/ works
    "kimid": "127.0.4.3",        # KIM.id-style site, listing pages only
    "sitemap": "127.0.4.4",      # news portal, only a sitemap index
    "laravel": "127.0.4.5",      # Laravel/Bootstrap government site, listing pages only
    "blogger": "127.0.4.6",      # Blogger blog with <link rel=alternate>
    "hostile": "127.0.4.7",      # listing whose article links loop, fail, stall, overflow
    "empty": "127.0.4.8",        # a site "under construction": nothing to read
}
WEBSITE_HOSTS = tuple(HOSTS.values())

#: Paths the website spider may probe; registered on every website host.
PROBE_PATHS = (
    "/", "/robots.txt", "/feed", "/feed/", "/rss", "/rss/", "/rss.xml", "/feed.xml", "/atom.xml",
    "/index.xml", "/feeds/posts/default", "/wp-json/", "/wp-json", "/wp-json/wp/v2/posts",
    "/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml", "/sitemap-index.xml",
    "/berita", "/berita/", "/pengumuman", "/agenda", "/artikel", "/news", "/gallery", "/blog",
)

PageHandler = Callable[[FarmRequest], FarmResponse]


@dataclass
class Site:
    """A website on one host: exact pages plus prefix handlers, 404 for everything else."""

    host: str
    pages: dict[str, PageHandler] = field(default_factory=dict)
    prefixes: list[tuple[str, PageHandler]] = field(default_factory=list)

    def __post_init__(self) -> None:
        route("/", host=self.host, prefix=True)(self.dispatch)
        for path in PROBE_PATHS:
            route(path, host=self.host)(self.dispatch)

    def page(self, path: str) -> Callable[[PageHandler], PageHandler]:
        def register(handler: PageHandler) -> PageHandler:
            self.pages[path] = handler
            if path not in PROBE_PATHS:
                route(path, host=self.host)(self.dispatch)
            return handler
        return register

    def prefix(self, path: str) -> Callable[[PageHandler], PageHandler]:
        def register(handler: PageHandler) -> PageHandler:
            self.prefixes.append((path, handler))
            self.prefixes.sort(key=lambda p: -len(p[0]))
            route(path, host=self.host, prefix=True)(self.dispatch)
            return handler
        return register

    def dispatch(self, request: FarmRequest) -> FarmResponse:
        handler = self.pages.get(request.path)
        if handler is None:
            for path, candidate in self.prefixes:
                if request.path.startswith(path):
                    handler = candidate
                    break
        if handler is None:
            return not_found()
        return handler(request)


@dataclass
class Post:
    """One article of a farm site."""

    slug: str
    title: str
    published: str  # ISO 8601 with offset, as the site's CMS knows it
    paragraphs: list[str]
    links: list[str] = field(default_factory=list)  # outbound links placed in the body
    section: str = "berita"
    id: int = 0

    def body_html(self, related: Post | None = None, related_label: str = "Baca juga:") -> str:
        """Paragraphs with the outbound links inlined and a "Baca juga" line after the first."""
        parts = []
        for i, text in enumerate(self.paragraphs):
            if i < len(self.links):
                text = f'{escape(text)} <a href="{escape(self.links[i])}">Selengkapnya di sini</a>.'
            else:
                text = escape(text)
            parts.append(f"<p>{text}</p>")
            if i == 0 and related is not None:
                parts.append(f'<p><strong>{escape(related_label)}</strong> '
                             f'<a href="/{related.section}/{related.slug}">{escape(related.title)}</a></p>')
        return "\n".join(parts)


def state(request: FarmRequest, key: str, default: object) -> object:
    """Per-test mutable site state (reset by the farm between tests)."""
    with request.farm.lock:
        return request.farm.state.setdefault(key, default)
