"""``kimwatch demo``: a small web of KIM channels and government sites, crawled end to end.

The content (``content.yaml`` next to this file) is rendered as the real formats kimwatch
reads — WordPress RSS with ``content:encoded``, Blogger Atom, plain RSS, a Telegram web
preview, a YouTube ``videos.xml``, an RSSHub-style bridge feed, article pages, and one broken
channel — and served on 127.0.0.1 at a free port. The sites keep realistic host names under
the reserved ``.test`` domain; the crawl reaches them through the demo server acting as its
HTTP proxy (``http_proxy``), so channel URLs, and with them every id, stay the same from one
run to the next: running the demo again updates the same rows (idempotent).

Dates are relative to the day of the run, so the report's default window holds them.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from crawler.dates import WITA

log = logging.getLogger(__name__)

CONTENT = Path(__file__).with_name("content.yaml")
PREFERRED_PORT = 8787
_WHEN = re.compile(r"^\s*-(\d+)d\s+(\d{1,2}):(\d{2})\s*$")


def load_content(path: Path = CONTENT) -> dict[str, Any]:
    """The demo content as written in ``content.yaml``."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def when(value: str, today: datetime) -> datetime:
    """``-6d 09:00`` → six days before ``today``, 09:00 WITA."""
    match = _WHEN.match(str(value))
    if not match:
        raise ValueError(f"demo content: bad time {value!r}; write it like '-6d 09:00'")
    day = today - timedelta(days=int(match[1]))
    return day.replace(hour=int(match[2]), minute=int(match[3]), second=0, microsecond=0)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


@dataclass
class Page:
    content_type: str
    body: bytes
    status: int = 200


class DemoWeb:
    """Every page of the demo web, rendered once: ``pages[(host, path_with_query)]``."""

    def __init__(self, content: dict[str, Any], today: datetime | None = None) -> None:
        self.content = content
        self.today = today or datetime.now(WITA)
        self.pages: dict[tuple[str, str], Page] = {}
        self.announcement_urls: dict[str, str] = {}
        self.registry: dict[str, list[dict[str, Any]]] = {"kims": [], "sources": []}
        self._render()

    # ------------------------------------------------------------------ helpers

    def add(self, url: str, body: str, content_type: str, status: int = 200) -> None:
        parts = urlsplit(url)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        self.pages[(parts.hostname or "", key)] = Page(content_type, body.encode("utf-8"), status)

    def fill(self, text: str) -> str:
        return re.sub(r"\{\{a:(\w+)\}\}", lambda m: self.announcement_urls[m[1]], text or "")

    # ------------------------------------------------------------------ rendering

    def _render(self) -> None:
        for source in self.content.get("sources", []):
            host = source["host"]
            for a in source["announcements"]:
                self.announcement_urls[a["key"]] = f"http://{host}/berita/{a['slug']}/"
        for source in self.content.get("sources", []):
            self._render_source(source)
        for kim in self.content.get("kims", []):
            self._render_kim(kim)
        hosts = {host for host, _ in self.pages}
        for host in hosts:
            self.add(f"http://{host}/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")

    def _render_source(self, source: dict[str, Any]) -> None:
        host = source["host"]
        items = []
        for number, a in enumerate(source["announcements"], start=100):
            url = self.announcement_urls[a["key"]]
            moment = when(a["when"], self.today)
            body = self.fill(a["body"])
            self.add(url, f"<html><head><title>{escape(a['title'])}</title></head><body><article>"
                          f"<h1>{escape(a['title'])}</h1>{body}</article></body></html>", "text/html; charset=utf-8")
            items.append({"title": a["title"], "url": url, "guid": f"http://{host}/?p={number}",
                          "when": moment, "html": body})
        feed_url = self._render_feed(source["format"], host, source["name"], items)
        self.registry["sources"].append({
            "id": source["id"], "name": source["name"], "region": source["region"],
            "channels": [{"type": "feed", "url": feed_url}]})

    def _render_kim(self, kim: dict[str, Any]) -> None:
        entry = {k: kim[k] for k in ("id", "name", "region", "district", "village") if kim.get(k)}
        entry["channels"] = []
        for channel in kim.get("channels") or []:
            kind = channel["type"]
            posts = channel.get("posts") or []
            if kind == "feed":
                host = channel["host"]
                items = []
                for post in posts:
                    moment = when(post["when"], self.today)
                    slug = slugify(post["title"])
                    url = {"blogger": f"http://{host}/{moment:%Y/%m}/{slug}.html",
                           "wordpress": f"http://{host}/{slug}/"}.get(channel["format"], f"http://{host}/berita/{slug}")
                    items.append({"title": post["title"], "url": url, "guid": url, "when": moment,
                                  "html": self.fill(post["body"])})
                url = self._render_feed(channel["format"], host, kim["name"], items)
                entry["channels"].append({"type": "feed", "url": url})
            elif kind == "telegram":
                url = self._render_telegram(channel, kim["name"], posts)
                entry["channels"].append({"type": "telegram", "url": url})
            elif kind == "youtube":
                url = self._render_youtube(channel, kim["name"], posts)
                entry["channels"].append({"type": "youtube", "url": url})
            elif channel.get("via_host"):
                via = f"http://{channel['via_host']}/{kind}/user/{kim['id']}"
                items = [{"title": p["title"], "url": f"{channel['url']}p/{i}/", "guid": f"{channel['url']}p/{i}/",
                          "when": when(p["when"], self.today), "html": self.fill(p["body"])}
                         for i, p in enumerate(posts)]
                self._render_feed("rss", channel["via_host"], kim["name"], items, url=via)
                entry["channels"].append({"type": kind, "url": channel["url"], "via": via})
            else:
                entry["channels"].append({"type": kind, "url": channel["url"]})
        self.registry["kims"].append(entry)

    def _render_feed(self, fmt: str, host: str, title: str, items: list[dict[str, Any]],
                     url: str | None = None) -> str:
        if fmt == "broken":
            url = url or f"http://{host}/feed/"
            self.add(url, "<h1>500 Internal Server Error</h1><p>Database connection failed.</p>",
                     "text/html; charset=utf-8", status=500)
            return url
        if fmt == "blogger":
            url = url or f"http://{host}/feeds/posts/default"
            entries = "".join(
                f"<entry><id>tag:blogger.com,1999:blog-{_blog_number(host)}.post-{i}</id>"
                f"<published>{i_['when'].isoformat()}</published><updated>{i_['when'].isoformat()}</updated>"
                f"<title type='text'>{escape(i_['title'])}</title><content type='html'>{escape(i_['html'])}</content>"
                f"<link rel='alternate' type='text/html' href='{i_['url']}' title='{escape(i_['title'])}'/></entry>"
                for i, i_ in enumerate(items))
            self.add(url, f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
                          f"xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'><id>tag:blogger.com,1999:{host}</id>"
                          f"<title type='text'>{escape(title)}</title><link rel='alternate' type='text/html' href='http://{host}/'/>"
                          f"<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
                          f"<openSearch:totalResults>{len(items)}</openSearch:totalResults>{entries}</feed>",
                     "application/atom+xml; charset=UTF-8")
            return url
        wordpress = fmt == "wordpress"
        url = url or (f"http://{host}/feed/" if wordpress else f"http://{host}/rss.xml")
        body = "".join(
            f"<item><title>{escape(i['title'])}</title><link>{i['url']}</link><guid isPermaLink=\"false\">{i['guid']}</guid>"
            f"<pubDate>{format_datetime(i['when'])}</pubDate>"
            + (f"<description><![CDATA[{_excerpt(i['html'])}]]></description><content:encoded><![CDATA[{i['html']}]]></content:encoded>"
               if wordpress else f"<description><![CDATA[{i['html']}]]></description>")
            + "</item>" for i in items)
        generator = "<generator>https://wordpress.org/?v=6.6.2</generator>" if wordpress else ""
        self.add(url, f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                      f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{escape(title)}</title>'
                      f"<link>http://{host}/</link><description>{escape(title)}</description><language>id</language>"
                      f"{generator}{body}</channel></rss>", "application/rss+xml; charset=UTF-8")
        return url

    def _render_telegram(self, channel: dict[str, Any], title: str, posts: list[dict[str, Any]]) -> str:
        host, name = channel["host"], channel["name"]
        messages = []
        for number, post in enumerate(posts, start=1):
            moment = when(post["when"], self.today)
            text = self.fill(post.get("body") or "")
            text = re.sub(r"(?<![\"'>])(https?://\S+)", r'<a href="\1">\1</a>', text)
            forwarded = (f'<div class="tgme_widget_message_forwarded_from">Forwarded from <a class="tgme_widget_message_forwarded_from_name" '
                         f'href="http://{host}/mckalsel"><span>{escape(post["forwarded"])}</span></a></div>') if post.get("forwarded") else ""
            media = '<a class="tgme_widget_message_photo_wrap" href="#"></a>' if post.get("media") == "photo" else ""
            body = f'<div class="tgme_widget_message_text js-message_text">{text}</div>' if text else ""
            messages.append(
                f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="{name}/{number}">'
                f'<div class="tgme_widget_message_bubble">{forwarded}{media}{body}<div class="tgme_widget_message_footer">'
                f'<a class="tgme_widget_message_date" href="http://{host}/{name}/{number}"><time datetime="{moment.isoformat()}">'
                f"{moment:%H:%M}</time></a></div></div></div></div>")
        self.add(f"http://{host}/s/{name}", f"<!DOCTYPE html><html><head><title>{escape(title)} – Telegram</title></head>"
                                            f'<body><header class="tgme_header"></header><section class="tgme_channel_history">'
                                            f'{"".join(messages)}</section><div class="tgme_channel_info"></div></body></html>',
                 "text/html; charset=utf-8")
        return f"http://{host}/{name}"

    def _render_youtube(self, channel: dict[str, Any], title: str, posts: list[dict[str, Any]]) -> str:
        host, channel_id = channel["host"], channel["channel_id"]
        entries = "".join(
            f"<entry><id>yt:video:{p['video']}</id><yt:videoId>{p['video']}</yt:videoId><title>{escape(p['title'])}</title>"
            f"<link rel=\"alternate\" href=\"http://{host}/watch?v={p['video']}\"/>"
            f"<published>{when(p['when'], self.today).isoformat()}</published>"
            f"<media:group><media:title>{escape(p['title'])}</media:title>"
            f"<media:description>{escape(self.fill(p.get('text') or ''))}</media:description></media:group></entry>"
            for p in posts)
        self.add(f"http://{host}/feeds/videos.xml?channel_id={channel_id}",
                 f'<?xml version="1.0" encoding="UTF-8"?><feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" '
                 f'xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">'
                 f"<title>{escape(title)}</title>{entries}</feed>", "text/xml; charset=UTF-8")
        return f"http://{host}/channel/{channel_id}"

    def registry_yaml(self) -> str:
        head = ("# Written by `kimwatch demo`: the demo web's KIMs, sources and channels.\n"
                "# Hosts under .test are served by the demo itself.\n")
        return head + yaml.safe_dump(self.registry, allow_unicode=True, sort_keys=False)

    def index(self) -> str:
        links = "".join(f'<li><a href="/{h}{p}">{escape(h + p)}</a></li>' for h, p in sorted(self.pages)
                        if not p.endswith("robots.txt"))
        return f"<html><body><h1>kimwatch demo web</h1><ul>{links}</ul></body></html>"


def _blog_number(host: str) -> int:
    return int(hashlib.sha1(host.encode("utf-8")).hexdigest()[:8], 16) % 10**6


def _excerpt(html: str) -> str:
    return escape(re.sub(r"<[^>]+>", " ", html).strip()[:120]) + " [&#8230;]"


class _Handler(BaseHTTPRequestHandler):
    web: DemoWeb

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("demo web: " + format, *args)

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        if parts.scheme:  # a proxy request: absolute URI
            host, key = parts.hostname or "", parts.path + (f"?{parts.query}" if parts.query else "")
        else:
            host = (self.headers.get("Host") or "").split(":")[0]
            key = self.path
            if host in ("127.0.0.1", "localhost"):  # browsing: /<host>/<path>
                if key in ("/", ""):
                    return self._send(Page("text/html; charset=utf-8", self.web.index().encode()))
                host, _, rest = key.lstrip("/").partition("/")
                key = "/" + rest
        page = self.web.pages.get((host, key))
        if page is None:
            return self._send(Page("text/html", b"<h1>404 Not Found</h1>", 404))
        self._send(page)

    def _send(self, page: Page) -> None:
        etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
        if page.status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        if page.status == 200:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(page.body)


class DemoServer:
    """The demo web on 127.0.0.1 (port 8787 when free, else any free port), in a thread."""

    def __init__(self, web: DemoWeb) -> None:
        self.web = web
        self.server: ThreadingHTTPServer | None = None

    def start(self, port: int | None = None) -> DemoServer:
        handler = type("DemoHandler", (_Handler,), {"web": self.web})
        for candidate in ([port] if port is not None else [PREFERRED_PORT, 0]):
            try:
                self.server = ThreadingHTTPServer(("127.0.0.1", candidate), handler)
                break
            except OSError:
                continue
        if self.server is None:
            raise OSError("cannot open a port on 127.0.0.1 for the demo web")
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, name="demo-web", daemon=True).start()
        return self

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


@contextmanager
def proxied_through(base: str) -> Iterator[None]:
    """``http_proxy`` set to the demo server (and no ``no_proxy``) for the duration."""
    names = ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ.pop(name, None)
    os.environ["http_proxy"] = base
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


DEMO_SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 4, "DOWNLOAD_TIMEOUT": 15,
                 "RETRY_TIMES": 0}


def run_demo(db_path: str | Path, *, echo: Callable[[str], None], quiet: bool = False,
             keep_serving: bool = False, progress: Any = None) -> None:
    """Serve the demo web, load its registry into ``db_path``, crawl, match, print the report."""
    from crawler import registry, store
    from crawler.harvest.runner import format_summary, run_crawl
    from crawler.lock import writer_lock

    web = DemoWeb(load_content())
    server = DemoServer(web).start()
    try:
        db_path = Path(db_path)
        registry_path = db_path.parent / "demo-registry.yaml"
        registry_path.parent.mkdir(parents=True, exist_ok=True)
        registry_path.write_text(web.registry_yaml(), encoding="utf-8")
        echo(f"demo web serving {len(web.pages)} pages at {server.base} (sites under .test, reached as a proxy)")
        with writer_lock(db_path, wait=True, on_wait=lambda pid: echo(f"waiting for kimwatch process {pid} ...")):
            db = store.connect(db_path)
            refuse_foreign_database(db, db_path, web.registry)
            loaded = registry.load_registry(db, registry.parse_registry_file(registry_path), prune=True)
            echo(f"{registry_path}: {loaded.summary()}")
            with proxied_through(server.base):
                result = run_crawl(db_path, trigger="demo", progress=progress, settings_overrides=DEMO_SETTINGS,
                                   include_backed_off=True)
        echo(format_summary(result))
        echo("")
        from crawler.reporting import kpis as report
        from crawler.reporting import render as report_render

        kpis = report.build_report(db, days=30)
        echo(str(report_render.render(kpis, "table", None)))
        echo("")
        echo(browse_text(kpis, db_path))
        if keep_serving:
            echo(f"demo web still serving at {server.base}/ — press Ctrl-C to stop")
            try:
                threading.Event().wait()
            except KeyboardInterrupt:
                pass
    finally:
        server.stop()


def refuse_foreign_database(db: Any, db_path: Path, demo_registry: dict[str, Any]) -> None:
    """The demo prunes what is not in its registry: never let it touch a real database."""
    from crawler.errors import KimwatchError

    demo_ids = {entry["id"] for section in ("kims", "sources") for entry in demo_registry.get(section) or []}
    foreign = sorted(row[0] for row in db.execute("SELECT id FROM kims UNION SELECT id FROM sources")
                     if row[0] not in demo_ids)
    if foreign:
        raise KimwatchError(
            f"{db_path} holds KIMs or sources that are not the demo's ({', '.join(foreign[:5])}"
            f"{', …' if len(foreign) > 5 else ''}); the demo would retire them. Run the demo on its own "
            "database: `kimwatch --db data/demo.db demo` (the default when --db is not given).")


def browse_text(kpis: dict[str, Any], db_path: Path) -> str:
    """Write the HTML report and the Datasette dump beside the demo database; say how to open them."""
    from crawler.reporting import dump
    from crawler.reporting import render as report_render

    folder = db_path.parent
    html_path = folder / "demo-report.html"
    html_path.write_text(str(report_render.render(kpis, "html", None)), encoding="utf-8")
    paths = dump.write_dump(db_path, folder / "demo-dump")
    beside = Path(sys.executable).parent / "datasette"  # the venv's, when it is not on PATH
    datasette = shutil.which("datasette") or (str(beside) if beside.exists() else None)
    text = (f"HTML report for officials: {html_path}\n"
            f"Browse the data:           {paths.browse_command(datasette or 'datasette')}")
    if datasette is None:
        text += "\n                           (install it first: pip install datasette)"
    return text
