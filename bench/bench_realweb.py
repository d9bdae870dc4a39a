"""Real-web benchmark: real pages and feeds served as made-up KIM sites, crawled end to end.

    .venv/bin/python bench/bench_realweb.py PATH_TO_CORPORA [--out bench/results/realweb.md]

PATH_TO_CORPORA is the shared corpora folder (``../shared/corpora``, see its README); nothing
else in the repository needs it. Everything is served from 127.0.0.1 (stdlib ``http.server``,
one free port per site, so every site has its own robots.txt):

- ``article-extraction-benchmark``: the 181 pages (bytes as stored, decompressed) split over
  6 KIM websites, twice: sites whose home page lists the articles (blog cards, 10 a page,
  "Selanjutnya" pagination) and sites whose home page lists nothing but whose robots.txt names
  a ``sitemap.xml``;
- ``readability-test-pages``: the 130 pages the same way (5 sites per variant);
- ``feedparser-tests``: every feed file under ``tests/`` as the ``feed`` channel of its own
  KIM, served with the ``Content-type`` its leading comment declares (``Header:`` lines, read
  as feedparser's own HTTP tests read them), ``application/xml`` otherwise.

The registry (KIMs of "Kabupaten Banjar") is loaded with the real CLI into a temporary store,
then ``kimwatch crawl --no-match`` runs twice in child processes (``--type website``, then
``--type feed``), with default crawl settings; the website crawl runs with ``-v`` (its per-page
"not an article" lines are the reasons reported below). Scored in the same run, on the same bytes:

- articles: the stored post text against the ground-truth ``articleBody`` with the
  benchmark's own scorer (``evaluate.py`` imported from the corpus: 4-gram shingles of ``\\w+``
  tokens, precision/recall/F1 averaged over pages, a page not stored counting as empty), beside
  ``trafilatura.extract`` with default settings and with ``favor_precision=True``;
- readability pages: title (whitespace- and case-normalised) and published time (same instant;
  same date when only a date is expected) against ``expected-metadata.json``, beside
  ``trafilatura.extract_metadata``;
- feeds: failed channels, and posts stored per channel against the entries feedparser reads
  (from the same bytes and Content-type) that have a link, title or text, each difference listed;
- CPU: user + system time of the website crawl process per article page it fetched, against
  ``trafilatura.extract`` (default settings) per page in this process.

Writes ``bench/results/realweb.md`` and prints it. Takes a few minutes.
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from urllib.parse import quote, urlsplit

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "realweb.md"
REGION = "Kabupaten Banjar"
PER_LISTING_PAGE = 10
ARTICLE_SITES = 6
READABILITY_SITES = 5
CRAWL_TIMEOUT_S = 900
WITA = timezone(timedelta(hours=8))
VARIANTS = ("listing", "sitemap")


# ============================================================================ corpora

@dataclass
class Page:
    """One real page, served as an article of a KIM site."""

    corpus: str  # "article" | "readability"
    key: str  # ground-truth id or readability folder name
    body: bytes
    title: str  # the page's own <title>/og:title, for the listing card
    expected: dict  # ground truth: articleBody / expected metadata
    path: str = ""  # where it is served on its site


@dataclass
class Feed:
    """One feedparser test file, served as a KIM's feed channel."""

    rel: str  # path under tests/
    body: bytes
    content_type: str
    path: str = ""


def fail(message: str) -> None:
    raise SystemExit(f"bench_realweb: {message}")


def check_corpora(root: Path) -> None:
    wanted = ["article-extraction-benchmark/ground-truth.json", "article-extraction-benchmark/evaluate.py",
              "article-extraction-benchmark/html", "readability-test-pages/pages", "feedparser-tests/tests"]
    missing = [w for w in wanted if not (root / w).exists()]
    if missing:
        fail(f"{root} is not the corpora folder (missing: {', '.join(missing)}); "
             "pass the path of shared/corpora, e.g. ../shared/corpora")


def load_scorer(root: Path) -> ModuleType:
    """The benchmark's own ``evaluate.py``, imported from the corpus (exact tokenization)."""
    spec = importlib.util.spec_from_file_location("aeb_evaluate", root / "article-extraction-benchmark/evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TITLE_RES = [
    re.compile(rb'<meta[^>]+property=["\']og:title["\'][^>]*content=["\']([^"\']+)', re.I),
    re.compile(rb'<meta[^>]+content=["\']([^"\']+)["\'][^>]*property=["\']og:title', re.I),
    re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S),
]


def page_title(body: bytes) -> str:
    for pattern in _TITLE_RES:
        found = pattern.search(body)
        if found:
            text = " ".join(html.unescape(found.group(1).decode("utf-8", "replace")).split())
            if text:
                return text[:150]
    return ""


def load_articles(root: Path) -> list[Page]:
    base = root / "article-extraction-benchmark"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        file = base / "html" / f"{key}.html.gz"
        if not file.exists():
            fail(f"{file} missing (ground truth lists it)")
        body = gzip.decompress(file.read_bytes())
        pages.append(Page("article", key, body, page_title(body), truth[key]))
    return pages


def load_readability(root: Path) -> list[Page]:
    pages = []
    for folder in sorted((root / "readability-test-pages/pages").iterdir()):
        source, meta = folder / "source.html", folder / "expected-metadata.json"
        if source.exists() and meta.exists():
            body = source.read_bytes()
            pages.append(Page("readability", folder.name, body, page_title(body),
                              json.loads(meta.read_text(encoding="utf-8"))))
    return pages


_HEADER_RE = re.compile(r"^Header:\s+([^:]+):(.*)$", re.M)  # as feedparser's tests/helpers.py


def _feed_text(data: bytes) -> str:
    """The file as text, by its byte order mark (as feedparser's tests/helpers.py reads it)."""
    for mark, codec in ((b"\x00\x00\xfe\xff", "utf-32be"), (b"\xff\xfe\x00\x00", "utf-32le"),
                        (b"\x00\x00\x00\x3c", "utf-32be"), (b"\x3c\x00\x00\x00", "utf-32le"),
                        (b"\x00\x3c\x00\x3f", "utf-16be"), (b"\x3c\x00\x3f\x00", "utf-16le")):
        if data.startswith(mark):
            return data.decode(codec, "ignore")
    if data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        return data[2:].decode("utf-16be" if data[:2] == b"\xfe\xff" else "utf-16le", "ignore")
    return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "ignore")


def load_feeds(root: Path) -> list[Feed]:
    base = root / "feedparser-tests/tests"
    feeds = []
    for file in sorted(base.rglob("*")):
        if not file.is_file() or file.suffix not in (".xml", ".json"):
            continue
        data = file.read_bytes()
        headers = {k: v.strip() for k, v in _HEADER_RE.findall(_feed_text(data))}
        default = "application/feed+json" if file.suffix == ".json" else "application/xml"
        feeds.append(Feed(str(file.relative_to(base)), data, headers.get("Content-type", default)))
    if not feeds:
        fail(f"no feed files under {base}")
    return feeds


# ============================================================================ sites

def slug(text: str, words: int = 8) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    parts = re.findall(r"[a-z0-9]+", ascii_text)[:words]
    return "-".join(parts) or "artikel"


def html_type(body: bytes) -> str:
    """``text/html`` with the charset the bytes really are in (every page here is UTF-8 but
    some declare another in a meta tag: the server's header is what a real server would send)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "text/html"
    return "text/html; charset=utf-8"


@dataclass
class Site:
    """A made-up KIM website on its own port of 127.0.0.1."""

    kim_id: str
    name: str
    variant: str  # "listing" | "sitemap"
    pages: list[Page]
    port: int = 0
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requested: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def build(self) -> None:
        root = f"http://127.0.0.1:{self.port}"
        for page in self.pages:
            self.routes[page.path] = (200, html_type(page.body), page.body)
        self.routes["/tentang-kami"] = (200, "text/html; charset=utf-8", self._shell(
            "Tentang Kami", f"<h1>Tentang Kami</h1><p>{self.name} adalah Kelompok Informasi Masyarakat di "
            f"{REGION}. Kami menyebarkan informasi pemerintah kepada warga desa.</p>").encode())
        if self.variant == "listing":
            robots = "User-agent: *\nDisallow:\n"
            chunks = [self.pages[i:i + PER_LISTING_PAGE] for i in range(0, len(self.pages), PER_LISTING_PAGE)]
            for number, chunk in enumerate(chunks, 1):
                path = "/" if number == 1 else f"/?page={number}"
                self.routes[path] = (200, "text/html; charset=utf-8",
                                     self._listing(chunk, number, len(chunks)).encode())
        else:
            robots = f"User-agent: *\nDisallow:\n\nSitemap: {root}/sitemap.xml\n"
            self.routes["/"] = (200, "text/html; charset=utf-8", self._shell(
                "Beranda", f"<h1>Selamat datang</h1><p>{self.name} melayani warga {REGION} dengan "
                "informasi pembangunan, kesehatan dan pelayanan publik.</p>").encode())
            urls = "".join(f"<url><loc>{root}{html.escape(p.path)}</loc></url>" for p in self.pages)
            self.routes["/sitemap.xml"] = (200, "application/xml", (
                '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9">{urls}</urlset>\n').encode())
        self.routes["/robots.txt"] = (200, "text/plain", robots.encode())

    def _shell(self, title: str, main: str, head: str = "") -> str:
        return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - {self.name}</title>'
                f'{head}</head><body><header class="site-header"><a class="brand" href="/">{self.name}</a>'
                '<nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/tentang-kami">Tentang Kami'
                f'</a></li></ul></nav></header><main id="main" class="site-main">{main}</main>'
                f'<aside class="sidebar"><h3>Tentang KIM</h3><p>{self.name}, {REGION}.</p></aside>'
                f'<footer class="site-footer">&copy; 2024 {self.name}</footer></body></html>')

    def _listing(self, pages: list[Page], number: int, total: int) -> str:
        cards = "".join(
            f'<article class="post-card"><h2 class="entry-title"><a href="{html.escape(p.path)}">'
            f'{html.escape(p.title or "Artikel")}</a></h2><a class="more-link" href="{html.escape(p.path)}">'
            "Baca selengkapnya</a></article>" for p in pages)
        links = " ".join(f'<span class="current">{n}</span>' if n == number else
                         f'<a href="{"/" if n == 1 else f"/?page={n}"}">{n}</a>' for n in range(1, total + 1))
        head = ""
        if number < total:
            links += f' <a class="next" rel="next" href="/?page={number + 1}">Selanjutnya &raquo;</a>'
            head = f'<link rel="next" href="/?page={number + 1}">'
        main = f'<h1>Berita Terbaru</h1>{cards}<nav class="pagination">{links}</nav>'
        return self._shell("Berita Terbaru" if number == 1 else f"Berita Terbaru - Halaman {number}", main, head)


def make_sites(pages: list[Page], count: int, prefix: str, label: str) -> list[Site]:
    """The pages split over ``count`` sites, once per variant (same paths in both)."""
    for index, page in enumerate(pages):
        page.path = f"/berita/{slug(page.title)}-{index + 1}.html"
    sites = []
    for variant in VARIANTS:
        for n in range(count):
            suffix = "" if variant == "listing" else "-peta"
            sites.append(Site(f"kim-{prefix}-{n + 1}{suffix}", f"KIM {label} {n + 1}", variant, pages[n::count]))
    return sites


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    routes: dict[str, tuple[int, str, bytes]] = {}
    requested: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.requested.append(self.path)
        status, content_type, body = self.routes.get(
            self.path, (404, "text/html; charset=utf-8", b"<html><body><h1>404 Not Found</h1></body></html>"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_HEAD = do_GET  # noqa: N815


def start_server(routes: dict[str, tuple[int, str, bytes]], requested: list[str]) -> ThreadingHTTPServer:
    handler = type("SiteHandler", (Handler,), {"routes": routes, "requested": requested})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# ============================================================================ crawl

def kimwatch_cmd() -> list[str]:
    sibling = Path(sys.executable).with_name("kimwatch")
    return [str(sibling)] if sibling.exists() else [sys.executable, "-m", "crawler"]


@dataclass
class Child:
    out: str
    cpu: float
    wall: float
    code: int
    load: float = 0.0  # the machine's 1-minute load average when the child ended (it is shared)


def run_child(args: list[str], env: dict[str, str], log: Path | None = None, cwd: Path = REPO) -> Child:
    """A kimwatch command in a child process: its output, CPU (user+sys, getrusage of children), wall."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    try:
        proc = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=CRAWL_TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired as error:
        fail(f"`{' '.join(args[1:4])}` did not finish in {CRAWL_TIMEOUT_S} s: {str(error.stderr or '')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = proc.stdout + proc.stderr
    if log is not None:
        log.write_text(out, encoding="utf-8")
    if proc.returncode != 0:
        fail(f"`{' '.join(args)}` exited {proc.returncode}:\n{out[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Child(out, cpu, time.monotonic() - started, proc.returncode, os.getloadavg()[0])


def registry_yaml(sites: list[Site], feeds: list[Feed], feed_root: str) -> str:
    lines = ["kims:"]
    for site in sites:
        lines += [f"  - id: {site.kim_id}", f"    name: {site.name}" + (" (peta situs)" if site.variant == "sitemap" else ""),
                  f"    region: {REGION}", "    channels:", "      - type: website", f"        url: {site.url}"]
    for n, feed in enumerate(feeds, 1):
        lines += [f"  - id: kim-umpan-{n:04d}", f"    name: KIM Umpan {n:04d}", f"    region: {REGION}",
                  "    channels:", "      - type: feed", f"        url: {feed_root}{feed.path}"]
    return "\n".join(lines) + "\n"


# ============================================================================ scoring helpers

def norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


_SEPARATOR = re.compile(r"\s*[|\-–—_:·»/]")


def title_right(expected: str | None, got: str | None, lenient: bool = False) -> bool:
    """Normalised equality; ``lenient``: also when ``got`` is ``expected`` without a site name
    before or after a separator ("How to Build a Terrarium | eHow" → "How to Build a Terrarium")."""
    want, have = norm(expected), norm(got)
    if want == have or not lenient or not have:
        return want == have and bool(want)
    if want.startswith(have):
        return bool(_SEPARATOR.match(want[len(have):]))
    if want.endswith(have):
        return bool(re.search(r"[|\-–—_:·»/]\s*$", want[:-len(have)]))
    return False


def parse_instant(value: str | None) -> tuple[datetime | None, bool]:
    """(moment, has_time) of an ISO-ish string; a zone-less moment stays naive."""
    if not value:
        return None, False
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            return datetime.combine(date.fromisoformat(text[:10]), datetime.min.time()), False
        except ValueError:
            return None, False
    return moment, len(text) > 10


def same_time(expected: str | None, got: str | None) -> bool | None:
    """None when nothing is expected; same instant when a time is expected (a zone-less one
    read as UTC or as WITA, the contract's default), else same calendar date."""
    want, want_time = parse_instant(expected)
    if want is None:
        return None
    have, _ = parse_instant(got)
    if have is None:
        return False
    if not want_time:
        # a date only: the date as written, against the stored moment's date in UTC or WITA
        have_utc = have if have.tzinfo else have.replace(tzinfo=UTC)
        return want.date() in (have_utc.astimezone(UTC).date(), have_utc.astimezone(WITA).date())
    have = have if have.tzinfo else have.replace(tzinfo=UTC)
    wants = [want] if want.tzinfo else [want.replace(tzinfo=UTC), want.replace(tzinfo=WITA)]
    return any(abs((have - w).total_seconds()) < 60 for w in wants)


def same_date(expected: str | None, got: str | None) -> bool | None:
    """Same calendar date as written in the expected value: a stored moment is read in the
    expected value's offset (either UTC or WITA when it has none); trafilatura gives dates only."""
    want, _ = parse_instant(expected)
    if want is None:
        return None
    have, _ = parse_instant(got)
    if have is None:
        return False
    if have.tzinfo is None:
        return have.date() == want.date()
    zones = [want.tzinfo] if want.tzinfo else [UTC, WITA]
    return any(have.astimezone(zone).date() == want.date() for zone in zones)


def diff_hint(truth: str, text: str) -> str:
    """What differs between the stored text and the ground truth, paragraph by paragraph."""
    if not text:
        return ""
    want = [norm(line) for line in truth.split("\n") if norm(line)]
    have = [norm(line) for line in text.split("\n") if norm(line)]
    flat_have, flat_want = " ".join(have), " ".join(want)
    hints = []
    if want and want[0] not in flat_have:
        hints.append("first paragraph missing")
    missing = [line for line in want if line not in flat_have]
    if missing:
        hints.append(f"{len(missing)} of {len(want)} paragraphs missing")
    extra = [line for line in have if line not in flat_want]
    if extra:
        hints.append(f"{len(extra)} extra lines (e.g. {extra[0][:50]!r})")
    repeated = Counter(want) - Counter(have)
    if repeated and not missing:
        hints.append(f"repeated paragraphs stored once ({sum(repeated.values())} copies lost)")
    glued = re.findall(r"[a-z\)\.][A-Z][a-z]", flat_have)
    if len(glued) > len(re.findall(r"[a-z\)\.][A-Z][a-z]", flat_want)) + 3:
        hints.append("words run together")
    return "; ".join(hints)


def page_signals(body: bytes) -> str:
    """What the page itself declares (for pages kimwatch did not store)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(body)
    except (ValueError, lxml.etree.LxmlError):
        return "unparsable"
    passwords = len(tree.xpath("//input[translate(@type, 'PASWORD', 'pasword')='password']"))
    og = tree.xpath("string(//meta[@property='og:type']/@content)") or "-"
    ld = "Article" if re.search(rb'"@type"\s*:\s*"(?:News|Blog)?Article"', body) else "-"
    return f"{passwords} password field(s), og:type {og}, JSON-LD {ld}, {len(tree.xpath('//article'))} <article>"


def pct(part: int | float, whole: int | float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def scorer_f1(scorer: ModuleType, truth: dict, predicted: dict[str, str], keys: list[str]) -> dict:
    gt = {k: truth[k] for k in keys}
    pred = {k: {"articleBody": predicted.get(k, "")} for k in keys}
    return scorer.evaluate(gt, pred, n_bootstrap=200)


def page_f1(scorer: ModuleType, true: str, pred: str) -> float:
    tp, fp, fn = scorer.string_shingle_matching(true=true, pred=pred)
    p = scorer.precision_score(tp, fp, fn)
    r = scorer.recall_score(tp, fp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


# ============================================================================ main

def main() -> int:  # noqa: C901, PLR0912, PLR0915 - one linear script, read top to bottom
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", type=Path, help="the shared corpora folder (e.g. ../shared/corpora)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="markdown results file")
    parser.add_argument("--keep", type=Path, help="keep the store, registry and crawl logs in this folder")
    parser.add_argument("--baseline", type=Path,
                        help="a source tree of another kimwatch version (e.g. `git archive` of main): its website "
                             "crawl runs on the same sites in the same run (`python -m crawler` in that folder, "
                             "this environment's packages), for the CPU figures side by side")
    parser.add_argument("--profile", type=Path,
                        help="run the website crawl under cProfile and write its stats to this file "
                             "(the CPU figures then include the profiler's overhead)")
    args = parser.parse_args()
    root = args.corpora.resolve()
    check_corpora(root)
    scorer = load_scorer(root)
    import feedparser
    import trafilatura

    started_at = datetime.now(UTC)
    articles, readability, feeds = load_articles(root), load_readability(root), load_feeds(root)
    print(f"corpora: {len(articles)} article pages, {len(readability)} readability pages, {len(feeds)} feeds",
          flush=True)

    sites = make_sites(articles, ARTICLE_SITES, "artikel", "Artikel") + \
        make_sites(readability, READABILITY_SITES, "baca", "Baca")
    servers = []
    for site in sites:
        server = start_server(site.routes, site.requested)
        site.port = server.server_address[1]
        site.build()
        servers.append(server)
    feed_routes: dict[str, tuple[int, str, bytes]] = {"/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow:\n")}
    for feed in feeds:
        feed.path = "/umpan/" + quote(feed.rel)
        feed_routes[feed.path] = (200, feed.content_type, feed.body)
    feed_requested: list[str] = []
    feed_server = start_server(feed_routes, feed_requested)
    servers.append(feed_server)
    feed_root = f"http://127.0.0.1:{feed_server.server_address[1]}"

    work = Path(tempfile.mkdtemp(prefix="kimwatch-realweb-"))
    db = work / "realweb.db"
    (work / "registry.yaml").write_text(registry_yaml(sites, feeds, feed_root), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy") and not k.startswith("KIMWATCH_")}
    env.update(PYTHONUNBUFFERED="1")
    kw = kimwatch_cmd()
    # bytecode for both trees, as installed packages have it
    from bench_crawl import compile_sources

    compile_sources(REPO)
    if args.baseline:
        compile_sources(args.baseline.resolve())
    try:
        run_child([*kw, "--db", str(db), "registry", "load", str(work / "registry.yaml")], env)
        print("crawling the websites ...", flush=True)
        profiled = [sys.executable, "-m", "cProfile", "-o", str(args.profile.resolve()), "-m", "crawler"] \
            if args.profile else kw
        web = run_child([*profiled, "-v", "--db", str(db), "crawl", "--no-match", "--type", "website"], env,
                        work / "crawl-website.log")
        print(f"  {web.wall:.0f} s wall, {web.cpu:.1f} s CPU; crawling the feeds ...", flush=True)
        base_web = base_pages = None
        if args.baseline:
            for site in sites:
                fetched_before = len(site.requested)
                site.requested_before = fetched_before  # type: ignore[attr-defined]
            base_db = work / "baseline.db"
            base_cmd = [sys.executable, "-m", "crawler"]
            cwd = args.baseline.resolve()
            run_child([*base_cmd, "--db", str(base_db), "registry", "load", str(work / "registry.yaml")], env, cwd=cwd)
            print("  the baseline's website crawl ...", flush=True)
            base_web = run_child([*base_cmd, "-v", "--db", str(base_db), "crawl", "--no-match", "--type", "website"],
                                 env, work / "crawl-website-baseline.log", cwd=cwd)
            base_pages = sum(1 for s in sites for p in set(s.requested[s.requested_before:])  # type: ignore[attr-defined]
                             if p.startswith("/berita/"))
            for site in sites:
                del site.requested[site.requested_before:]  # type: ignore[attr-defined]
            print(f"  {base_web.wall:.0f} s wall, {base_web.cpu:.1f} s CPU", flush=True)
        fed = run_child([*kw, "--db", str(db), "crawl", "--no-match", "--type", "feed"], env, work / "crawl-feed.log")
        print(f"  {fed.wall:.0f} s wall, {fed.cpu:.1f} s CPU", flush=True)
        health = json.loads(run_child([*kw, "--db", str(db), "registry", "show", "--format", "json"], env).out)
        con = sqlite3.connect(db)
        con.row_factory = sqlite3.Row
        channels = {r["url"]: dict(r) for r in con.execute("SELECT * FROM channels")}
        posts_by_channel: dict[str, list[dict]] = defaultdict(list)
        for row in con.execute("SELECT channel_id, url, title, text, published_at FROM posts"):
            posts_by_channel[row["channel_id"]].append(dict(row))
        con.close()
    finally:
        for server in servers:
            server.shutdown()
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for file in work.iterdir():
                shutil.copy(file, args.keep / file.name)
        shutil.rmtree(work, ignore_errors=True)

    crawl_log = web.out
    health_by_url = {}
    for entry in health if isinstance(health, list) else health.get("kims", []) + health.get("sources", []):
        for channel in entry.get("channels", []):
            health_by_url[channel.get("url")] = channel

    # ------------------------------------------------------------------ websites: what was stored
    skip_lines: dict[str, str] = {}
    for line in crawl_log.splitlines():
        found = re.search(r"channel \S+: (http://127\.0\.0\.1:\d+\S*) is (an? [\w -]+? page|not an article)"
                          r"(?: \((?:not an article: )?(.*)\))?$", line)
        if found:
            # the reason as the crawl gives it: "not an article — listing (24 teaser links, …)"
            skip_lines[found.group(1)] = found.group(2) + (f" — {found.group(3)}" if found.group(3) else "")
        twin = re.search(r"channel \S+: (http://127\.0\.0\.1:\d+\S*) has the same text as (\S+); skipped", line)
        if twin:
            skip_lines[twin.group(1)] = f"duplicate — same text as {twin.group(2)}"

    def site_result(site: Site) -> dict[str, dict]:
        """key -> stored post (or None) and, for pages not stored, the reason."""
        channel = channels.get(site.url) or {}
        by_path = {}
        for post in posts_by_channel.get(channel.get("id", ""), []):
            by_path[urlsplit(post["url"] or "").path] = post
        requested = set(site.requested)
        out = {}
        for page in site.pages:
            post = by_path.get(page.path)
            if post is None and page.path in requested:
                reason = skip_lines.get(site.url.rstrip("/") + page.path) or "fetched, not stored (no log line)"
            elif post is None:
                reason = "never fetched" + (f" (channel: {channel.get('last_status')}: {channel.get('last_error')})"
                                            if channel.get("last_error") else "")
            else:
                reason = ""
            out[page.key] = {"post": post, "reason": reason, "site": site}
        return out

    results: dict[tuple[str, str], dict[str, dict]] = {}
    for site in sites:
        corpus = site.pages[0].corpus
        results.setdefault((corpus, site.variant), {}).update(site_result(site))

    # ------------------------------------------------------------------ trafilatura on the same bytes
    traf: dict[str, str] = {}
    traf_precise: dict[str, str] = {}
    traf_cpu = 0.0
    traf_load = os.getloadavg()[0]
    for page in articles + readability:
        t0 = time.process_time()
        traf[page.key] = trafilatura.extract(page.body) or ""
        traf_cpu += time.process_time() - t0
        traf_precise[page.key] = trafilatura.extract(page.body, favor_precision=True) or ""
    traf_meta = {}
    for page in readability:
        meta = trafilatura.extract_metadata(page.body)
        traf_meta[page.key] = (meta.title if meta else None, meta.date if meta else None)

    # ------------------------------------------------------------------ report
    md: list[str] = []
    now = datetime.now(UTC)
    md += ["# Real-web benchmark", "",
           f"`python bench/bench_realweb.py {args.corpora}` — run {started_at:%Y-%m-%d %H:%M} UTC "
           f"({(now - started_at).total_seconds() / 60:.1f} min), kimwatch {kimwatch_version()}, "
           f"trafilatura {trafilatura.__version__}, feedparser {feedparser.__version__}.", "",
           "Real pages and feeds (shared corpora: article-extraction-benchmark, Readability.js test pages, "
           "feedparser's tests) served from 127.0.0.1 as made-up KIM websites (one port per site; a home page "
           f"listing {PER_LISTING_PAGE} articles a page with \"Selanjutnya\" pagination, or a home page with no "
           "list and a `sitemap.xml` named in robots.txt) and as KIM feed channels, registered in "
           f"\"{REGION}\" and crawled end to end: `kimwatch registry load`, `kimwatch crawl --no-match --type "
           "website`, then `--type feed`, default crawl settings (robots.txt, AutoThrottle, 2 requests per host) "
           "with `-v` for the website crawl (its per-page \"not an article\" lines give the reasons below). "
           "trafilatura runs on the same bytes in the same run.", ""]

    # articles
    by_key = {p.key: p for p in articles + readability}
    truth = {p.key: p.expected for p in articles}
    keys = [p.key for p in articles]
    md += ["## Article extraction benchmark (181 real pages)", "",
           "Scored with the benchmark's own `evaluate.py` (imported from the corpus): 4-gram shingles of `\\w+` "
           "tokens, precision and recall averaged over pages, a page not stored counting as empty "
           "(recall 0). ± is the bootstrap standard deviation (200 samples).", "",
           "| extractor | pages with text | F1 | precision | recall |", "|---|---:|---:|---:|---:|"]

    def row(label: str, predicted: dict[str, str], subset: list[str]) -> str:
        m = scorer_f1(scorer, truth, predicted, subset)
        with_text = sum(1 for k in subset if predicted.get(k))
        return (f"| {label} | {with_text} of {len(subset)} | **{m['f1']:.3f}** ± {m['f1_std']:.3f} | "
                f"{m['precision']:.3f} | {m['recall']:.3f} |")

    kim_text = {v: {k: (r["post"] or {}).get("text") or "" for k, r in results[("article", v)].items()}
                for v in VARIANTS}
    for variant in VARIANTS:
        md.append(row(f"kimwatch crawl, {variant} sites", kim_text[variant], keys))
    md.append(row("trafilatura.extract (defaults)", traf, keys))
    md.append(row("trafilatura.extract (favor_precision=True)", traf_precise, keys))
    stored = [k for k in keys if kim_text["listing"][k]]
    md += ["", f"On the {len(stored)} pages the listing sites stored (same pages for all):", "",
           "| extractor | F1 | precision | recall |", "|---|---:|---:|---:|"]
    for label, predicted in (("kimwatch crawl, listing sites", kim_text["listing"]), ("trafilatura (defaults)", traf),
                             ("trafilatura (favor_precision)", traf_precise)):
        m = scorer_f1(scorer, truth, predicted, stored)
        md.append(f"| {label} | **{m['f1']:.3f}** | {m['precision']:.3f} | {m['recall']:.3f} |")
    md += ["", "Published anchors (benchmark README): trafilatura 2.0.0 0.958, rs-trafilatura 0.970, "
           "Readability.js 0.947.", ""]

    for variant in VARIANTS:
        res = results[("article", variant)]
        missing = {k: r for k, r in res.items() if not r["post"]}
        md.append(f"**Pages stored, {variant} sites: {len(res) - len(missing)} of {len(res)}.**")
        if missing:
            md += ["", "| reason (crawl log / channel health) | pages |", "|---|---|"]
            grouped: dict[str, list[str]] = defaultdict(list)
            for k, r in missing.items():
                grouped[r["reason"]].append(f"{k[:10]} ({page_signals(by_key[k].body)})")
            for reason, ks in sorted(grouped.items(), key=lambda x: -len(x[1])):
                md.append(f"| {reason} | {len(ks)}: {', '.join(ks)} |")
        md.append("")
    notes = sorted({(s.kim_id, (channels.get(s.url) or {}).get("last_status"), (channels.get(s.url) or {}).get("last_error"))
                    for s in sites})
    md += ["Channel health after the crawl (`channels.last_status` / `last_error`):", ""]
    md += [f"- `{kid}`: {status}" + (f" — {error}" if error else "") for kid, status, error in notes]
    md.append("")

    # per-page differences
    deltas = []
    for k in keys:
        kf = page_f1(scorer, truth[k]["articleBody"], kim_text["listing"][k])
        tf = page_f1(scorer, truth[k]["articleBody"], traf[k])
        deltas.append((kf - tf, k, kf, tf, len(kim_text["listing"][k]), len(traf[k]),
                       len(truth[k]["articleBody"])))
    deltas.sort()
    worse = [d for d in deltas if d[0] < -0.02]
    better = [d for d in deltas if d[0] > 0.02]
    md += [f"Per page (listing sites): kimwatch worse than trafilatura by more than 0.02 F1 on {len(worse)} pages, "
           f"better on {len(better)}. The 25 largest losses (chars = length of the stored text, trafilatura's "
           "text, the ground truth):", "",
           "| page | original URL | kimwatch F1 | trafilatura F1 | chars kw / traf / truth | what differs / not stored because |",
           "|---|---|---:|---:|---|---|"]
    for _delta, k, kf, tf, kl, tl, gl in deltas[:25]:
        reason = results[("article", "listing")][k]["reason"] or diff_hint(truth[k]["articleBody"],
                                                                         kim_text["listing"][k])
        url = truth[k]["url"]
        md.append(f"| {k[:10]} | {urlsplit(url).hostname} | {kf:.2f} | {tf:.2f} | {kl} / {tl} / {gl} | {reason} |")
    md.append("")

    # CPU
    web_pages = sum(1 for s in sites for p in set(s.requested) if p.startswith("/berita/"))
    web_requests = sum(len(s.requested) for s in sites)
    traf_per = traf_cpu / len(articles + readability)
    kim_per = web.cpu / max(1, web_pages)
    md += ["## CPU per page", "",
           f"Website crawl (child process, user+sys): {web.cpu:.1f} s CPU, {web.wall:.0f} s wall, {web_requests} "
           f"requests of which {web_pages} article pages (both variants) — **{1000 * kim_per:.1f} ms CPU per "
           f"article page**, everything included (interpreter start, Scrapy, discovery, listings, storing). "
           f"`trafilatura.extract` (defaults) on the {len(articles + readability)} pages in this process: "
           f"{traf_cpu:.1f} s, **{1000 * traf_per:.1f} ms per page**. Ratio: **{kim_per / traf_per:.2f}x** "
           "(issue 11 asks for at most 1.3x). The machine is shared: 1-minute load average "
           f"{web.load:.1f} at the end of the crawl, {traf_load:.1f} before trafilatura ran (2 cores); CPU "
           "seconds of a busy machine run longer than of an idle one, so ratios of runs far apart in load "
           "move by ±10%.", ""]
    if base_web is not None and base_pages:
        base_per = base_web.cpu / base_pages
        md += [f"Baseline in the same run (`--baseline {args.baseline}`: that source tree's website crawl of the same "
               f"sites, into its own store): {base_web.cpu:.1f} s CPU for {base_pages} article pages — "
               f"**{1000 * base_per:.1f} ms per page, {base_per / traf_per:.2f}x** trafilatura.extract; this tree "
               f"uses {kim_per / base_per:.2f} of the baseline's CPU per page (load average {base_web.load:.1f} at "
               "the end of the baseline's crawl).", ""]

    # readability
    md += ["## Readability.js test pages (130 real pages)", ""]
    rows = []
    for variant in VARIANTS:
        res = results[("readability", variant)]
        have_title = [p for p in readability if p.expected.get("title")]
        have_time = [p for p in readability if p.expected.get("publishedTime")]
        title_ok = [p for p in have_title if res[p.key]["post"] and
                    title_right(p.expected["title"], res[p.key]["post"]["title"])]
        title_ok2 = [p for p in have_title if res[p.key]["post"] and
                     title_right(p.expected["title"], res[p.key]["post"]["title"], lenient=True)]
        time_ok = [p for p in have_time if res[p.key]["post"] and
                   same_time(p.expected["publishedTime"], res[p.key]["post"]["published_at"])]
        date_ok = [p for p in have_time if res[p.key]["post"] and
                   same_date(p.expected["publishedTime"], res[p.key]["post"]["published_at"])]
        stored_n = sum(1 for r in res.values() if r["post"])
        rows.append(f"| kimwatch crawl, {variant} sites | {stored_n} of {len(res)} | "
                    f"{len(title_ok)} of {len(have_title)} ({pct(len(title_ok), len(have_title))}) | "
                    f"{len(title_ok2)} ({pct(len(title_ok2), len(have_title))}) | "
                    f"{len(time_ok)} of {len(have_time)} ({pct(len(time_ok), len(have_time))}) | "
                    f"{len(date_ok)} of {len(have_time)} ({pct(len(date_ok), len(have_time))}) |")
    have_title = [p for p in readability if p.expected.get("title")]
    have_time = [p for p in readability if p.expected.get("publishedTime")]
    t_title = [p for p in have_title if title_right(p.expected["title"], traf_meta[p.key][0])]
    t_title2 = [p for p in have_title if title_right(p.expected["title"], traf_meta[p.key][0], lenient=True)]
    t_date = [p for p in have_time if same_date(p.expected["publishedTime"], traf_meta[p.key][1])]
    rows.append(f"| trafilatura.extract_metadata | – | {len(t_title)} of {len(have_title)} "
                f"({pct(len(t_title), len(have_title))}) | {len(t_title2)} ({pct(len(t_title2), len(have_title))}) | "
                f"– (dates only) | {len(t_date)} of {len(have_time)} "
                f"({pct(len(t_date), len(have_time))}) |")
    md += ["Title: whitespace- and case-normalised equality with `expected-metadata.json` (Readability.js's own "
           "choice, which often keeps the site name: the second column also accepts the title without a site name "
           "before or after a separator such as ` | `, ` - `, ` _ `). Published time: the "
           "same instant (±1 min; a zone-less expected time read as UTC or WITA) — or the same date when only a "
           "date is expected; \"same date\" compares the calendar date as written.", "",
           "| | pages stored | title right | title right but a site name | published time right | same date |",
           "|---|---:|---:|---:|---:|---:|", *rows, ""]
    res = results[("readability", "listing")]
    missing = {k: r for k, r in res.items() if not r["post"]}
    if missing:
        grouped = defaultdict(list)
        for k, r in missing.items():
            grouped[r["reason"]].append(f"{k} ({page_signals(by_key[k].body)})")
        md += ["Not stored (listing sites):", ""]
        md += [f"- {reason}: {len(ks)} — {', '.join(ks)}" for reason, ks in sorted(grouped.items(), key=lambda x: -len(x[1]))]
        md.append("")
    md += ["Wrong titles, even allowing for a site name (listing sites; expected → stored | trafilatura):", ""]
    for p in have_title:
        post = res[p.key]["post"]
        if post and not title_right(p.expected["title"], post["title"], lenient=True):
            md.append(f"- `{p.key}`: {p.expected['title']!r} → {post['title']!r} | {traf_meta[p.key][0]!r}")
    md += ["", "Published times (listing sites; expected → stored | trafilatura):", ""]
    for p in have_time:
        post = res[p.key]["post"]
        got = post["published_at"] if post else "(not stored)"
        ok = "ok" if post and same_time(p.expected["publishedTime"], got) else "WRONG"
        md.append(f"- {ok} `{p.key}`: {p.expected['publishedTime']} → {got} | {traf_meta[p.key][1]}")
    md.append("")

    # feeds
    md += feed_section(feeds, health_by_url, posts_by_channel, feed_root, fed, feedparser)
    md += date_section(args.corpora)

    text = "\n".join(md) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def feed_section(feeds: list[Feed], health: dict, posts_by_channel: dict, feed_root: str, fed: Child,
                 feedparser: ModuleType) -> list[str]:
    """Posts stored per feed channel against feedparser's entries with a link, title or text."""
    crashes = fed.out.count("Traceback")
    failed: dict[str, list[str]] = defaultdict(list)
    failed_readable = []
    notes: Counter[str] = Counter()
    diffs: dict[str, list[str]] = defaultdict(list)
    entries_total = stored_total = 0
    for feed in feeds:
        url = feed_root + feed.path
        channel = health.get(url) or {}
        parsed = feedparser.parse(feed.body, response_headers={"content-type": feed.content_type,
                                                                "content-location": url})
        usable = [e for e in parsed.entries if _has_content(e)]
        posts = posts_by_channel.get(channel.get("id", ""), [])
        entries_total += len(usable)
        stored_total += len(posts)
        error = channel.get("last_error") or ""
        is_failed = bool(channel.get("consecutive_failures")) or channel.get("last_status") is None
        if is_failed:
            failed[f"{channel.get('last_status')}: {_error_kind(error)}"].append(feed.rel)
            if usable or parsed.get("version") or parsed.feed.get("title"):
                failed_readable.append(
                    f"`{feed.rel}` (feedparser: version {parsed.get('version') or '?'!r}, {len(usable)} entries, "
                    f"bozo {type(parsed.get('bozo_exception')).__name__ if parsed.bozo else 'no'}): {error[:140]}")
        elif error:
            for part in error.split("; "):
                notes[_error_kind(part)] += 1
        if len(usable) == len(posts):
            continue
        id_only = [e for e in parsed.entries if not _has_content(e) and e.get("id")]
        keys = [e.get("id") or e.get("link") or e.get("title") or "" for e in usable]
        if is_failed:
            reason = "channel failed"
        elif feed.rel.endswith(".json") and not parsed.entries:
            reason = f"JSON Feed: kimwatch reads it, feedparser {feedparser.__version__} does not"
        elif len(posts) == len(usable) + len(id_only):
            reason = "entries with only an id (no link, title or text): stored by kimwatch, not counted here"
        elif len(posts) == len(set(keys)) < len(usable):
            reason = "entries sharing an id (or link): stored once"
        elif len(posts) > len(usable):
            reason = "more posts than feedparser entries"
        else:
            reason = "entries not stored"
        detail = "" if reason.startswith(("entries with", "JSON", "channel")) else f" ({_missing(usable, posts)})"
        diffs[reason].append(f"`{feed.rel}`: feedparser {len(usable)}, stored {len(posts)}{detail}")
    n_failed = sum(len(v) for v in failed.values())
    md = ["## feedparser test feeds", "",
          f"{len(feeds)} feed files, each the `feed` channel of its own KIM (served with the `Content-type` its "
          "`Header:` comment declares, else `application/xml`); feedparser parses the same bytes with the same "
          f"Content-type. Crawl: {fed.wall:.0f} s wall, {fed.cpu:.1f} s CPU; **{crashes} tracebacks** in the crawl "
          "output.", "",
          f"- entries feedparser reads with a link, title or text: **{entries_total}**; posts stored: "
          f"**{stored_total}**",
          f"- channels failed (health: consecutive failures > 0): **{n_failed}** of {len(feeds)}; of them "
          f"feedparser reads a feed (a version, a title or entries) from **{len(failed_readable)}**", ""]
    if failed:
        md += ["| failure (last_status: error) | feeds |", "|---|---|"]
        for reason, rels in sorted(failed.items(), key=lambda x: -len(x[1])):
            shown = ", ".join(f"`{r}`" for r in rels[:6]) + (f" … (+{len(rels) - 6})" if len(rels) > 6 else "")
            md.append(f"| {reason} | {len(rels)}: {shown} |")
        md.append("")
    if notes:
        md += ["Health notes on channels that did not fail (counted per kind):", ""]
        md += [f"- {kind}: {n}" for kind, n in notes.most_common(12)]
        md.append("")
    md += [f"Feeds where posts stored ≠ feedparser's entries: **{sum(len(v) for v in diffs.values())}**", ""]
    for reason, lines in sorted(diffs.items(), key=lambda x: -len(x[1])):
        md += [f"### {reason} ({len(lines)})", ""] + [f"- {line}" for line in lines] + [""]
    if failed_readable:
        md += [f"### Failed channels feedparser reads ({len(failed_readable)})", ""]
        md += [f"- {line}" for line in failed_readable] + [""]
    return md


def date_section(root: Path) -> list[str]:
    """feedparser's own date tests (``tests/test_date_parsers.py``: date string, expected UTC
    time tuple or None) read by :func:`crawler.dates.parse_datetime` in this process. A string
    without a zone is WITA for kimwatch (its contract) where feedparser says UTC: both count."""
    import ast

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from crawler.dates import WITA, parse_datetime

    source = (root / "feedparser-tests/tests/test_date_parsers.py").read_text(encoding="utf-8")
    cases = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Tuple) and len(node.elts) == 3 and isinstance(node.elts[0], ast.Name) \
                and isinstance(node.elts[1], ast.Constant) and isinstance(node.elts[1].value, str):
            cases.append((node.elts[0].id, node.elts[1].value, ast.literal_eval(node.elts[2])))
    cases.append(("_parse_date_rfc822", "Sun, 31 Dec 9999 23:59:59 -9999", None))  # test_year_10000_date
    right, wrong = 0, []
    for parser, value, expected in cases:
        if not value:
            continue  # the empty string: None, trivially
        got = parse_datetime(value)
        if expected is None:
            ok = got is None
        else:
            want = datetime(*expected[:6], tzinfo=UTC)
            ok = got is not None and got.replace(microsecond=0) in (want, want.replace(tzinfo=WITA))
        if ok:
            right += 1
        else:
            wrong.append(f"- `{parser}` {value!r}: expected {expected[:6] if expected else None}, read {got}")
    md = ["## feedparser's date tests", "",
          f"`tests/test_date_parsers.py` of the feedparser corpus: **{right} of {right + len(wrong)}** non-empty date "
          "strings read by `crawler.dates.parse_datetime` to the same UTC instant as feedparser's expected value "
          "(or refused where it expects None); a zone-less string may read as WITA (the contract).", ""]
    if wrong:
        md += ["Differences:", ""] + wrong + [
            "", "(`03335` is a 2-digit-year ordinal date to feedparser's ISO 8601 reader while its W3C-DTF reader "
            "refuses the same shape, `22013`; kimwatch refuses 5-digit dates.)", ""]
    return md


def _error_kind(error: str) -> str:
    """An error message without its URL, line/column numbers and counts, to group by."""
    kind = re.sub(r"https?://\S+", "URL", error)
    kind = re.sub(r"<unknown>:\d+:\d+", "<line:col>", kind)
    kind = re.sub(r"\b\d+\b", "N", kind)
    return kind[:110] or "?"


def _has_content(entry: dict) -> bool:
    texts = [entry.get("link"), entry.get("title"), entry.get("summary")]
    texts += [c.get("value") for c in entry.get("content") or []]
    return any(t and str(t).strip() for t in texts)


def _missing(entries: list, posts: list[dict]) -> str:
    stored = {norm(p["title"]) for p in posts} | {p["url"] for p in posts}
    lost = [e for e in entries if norm(e.get("title")) not in stored and e.get("link") not in stored]
    shown = "; ".join(repr((e.get("title") or e.get("link") or (e.get("summary") or "")[:40])[:60]) for e in lost[:3])
    return f"not found among stored: {shown}" if lost else "titles/links all found"


def kimwatch_version() -> str:
    try:
        sys.path.insert(0, str(REPO))
        from crawler import __version__
    except ImportError:
        return "?"
    return __version__


if __name__ == "__main__":
    sys.exit(main())
