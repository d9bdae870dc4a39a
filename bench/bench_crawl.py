"""Crawl benchmark: 2,000 feed channels x 20 items on loopback, against two baselines.

Measured in the same run, on the same feeds:

- kimwatch: ``kimwatch crawl`` (a child process: Scrapy, pipelines, SQLite store), first crawl;
- re-crawl: the same command again, every channel unchanged (conditional GET, 304);
- (a) a sequential loop of ``urllib`` + ``feedparser.parse`` over the same URLs (no storing);
- (b) ``feedparser.parse`` of the same bytes from memory (the parse-only floor, no network).

The feeds are served by a separate process (so the server does not share the crawler's
interpreter) on 50 loopback addresses 127.0.1.1–127.0.1.50, 40 channels each, so the polite
per-host limits apply as they would to 2,000 channels on 50 hosts. Peak memory is each
child's maximum resident set size (``wait4``). Writes ``bench/results/crawl.md``.

    .venv/bin/python bench/bench_crawl.py [--channels 2000] [--items 20] [--hosts 50]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORDS = ("warga gotong royong posyandu kelurahan musyawarah pembangunan drainase lampu jalan beasiswa "
         "vaksinasi polio pasar murah beras kader pkk sosialisasi stunting banjir rob karhutla posko "
         "bantuan benih kelompok tani pelatihan barista pemuda ktp perekaman kecamatan").split()


def feed_xml(channel: int, items: int, host: str) -> bytes:
    """A WordPress-like RSS 2.0 feed with content:encoded, ~0.8 KB of HTML per item."""
    start = datetime(2024, 10, 31, 8, 0, tzinfo=UTC)
    parts = []
    for i in range(items):
        words = [WORDS[(channel * 7 + i * 3 + k) % len(WORDS)] for k in range(90)]
        paragraphs = "".join(f"<p>{' '.join(words[j:j + 30]).capitalize()}.</p>" for j in range(0, 90, 30))
        link = f"http://{host}/c{channel}/{2024}/10/berita-{i}/"
        parts.append(
            f"<item><title>Berita {i} KIM {channel}: {' '.join(words[:6])}</title><link>{link}</link>"
            f"<pubDate>{format_datetime(start - timedelta(hours=i * 7 + channel % 5))}</pubDate>"
            f'<guid isPermaLink="false">http://{host}/c{channel}/?p={1000 + i}</guid>'
            f"<description><![CDATA[{' '.join(words[:25])} [&#8230;]]]></description>"
            f"<content:encoded><![CDATA[{paragraphs}<p>Sumber: <a href=\"https://mc.kalselprov.go.id/berita/{channel % 40}/\">MC Kalsel</a></p>]]></content:encoded></item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>KIM {channel}</title><link>http://{host}/c{channel}/</link><description>KIM</description>"
            f"<generator>https://wordpress.org/?v=6.6.2</generator>{''.join(parts)}</channel></rss>").encode()


def host_of(channel: int, hosts: int) -> str:
    return f"127.0.1.{channel % hosts + 1}"


def serve(channels: int, items: int, hosts: int, port: int, latency_ms: int = 0) -> None:
    """The feed server (run in its own process); ``latency_ms`` delays every answer."""
    bodies = {}
    for c in range(channels):
        host = host_of(c, hosts)
        body = feed_xml(c, items, f"{host}:{port}")
        bodies[(host, f"/c{c}/feed/")] = (body, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            if latency_ms:
                time.sleep(latency_ms / 1000)
            host = self.server.server_address[0]
            found = bodies.get((host, self.path))
            if found is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, etag = found
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=UTF-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    servers = []
    for h in range(hosts):
        server = ThreadingHTTPServer((f"127.0.1.{h + 1}", port), Handler)
        server.daemon_threads = True
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", flush=True)
    sys.stdin.read()  # until the parent closes our stdin


CPU: dict[int, float] = {}  # pid -> user+sys CPU seconds of finished children


def child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(args, env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        CPU[len(CPU)] = usage.ru_utime + usage.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        out.seek(0)
        text = out.read()
    if proc.returncode != 0:
        raise SystemExit(f"child {args[:4]} failed ({proc.returncode}):\n{text[-3000:]}")
    return seconds, usage.ru_maxrss, text


BASELINE_A = """
import json, sys, time, urllib.request, feedparser
urls = json.load(open(sys.argv[1]))
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
items = 0
for url in urls:
    with opener.open(url, timeout=30) as answer:
        items += len(feedparser.parse(answer.read()).entries)
print(items)
"""

BASELINE_B = """
import json, sys, feedparser
bodies = [bytes.fromhex(h) for h in json.load(open(sys.argv[1]))]
import time
started = time.monotonic()
items = sum(len(feedparser.parse(b).entries) for b in bodies)
print(items, time.monotonic() - started)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=2000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--latency-channels", type=int, default=300)
    parser.add_argument("--output", default=str(REPO / "bench" / "results" / "crawl.md"))
    opts = parser.parse_args()

    from crawler import store
    from tests.farm import free_port

    def start_server(channels: int, latency_ms: int) -> tuple[subprocess.Popen[str], int]:
        port = free_port("127.0.1.1")
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(channels), str(opts.items), str(opts.hosts),
                                   str(port), str(latency_ms)], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        return server, port

    def make_store(path: Path, urls: list[str]) -> None:
        db = store.connect(path)
        store.save_kims(db, [{"id": f"kim-{c:04d}", "name": f"KIM {c}", "region": "Kota Banjarmasin"} for c in range(len(urls))])
        store.save_channels(db, [{"owner_kind": "kim", "owner_id": f"kim-{c:04d}", "type": "feed", "url": u}
                                 for c, u in enumerate(urls)])
        db.conn.close()

    load_before = os.getloadavg()[0]
    server, port = start_server(opts.channels, 0)
    work = Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    try:
        urls = [f"http://{host_of(c, opts.hosts)}:{port}/c{c}/feed/" for c in range(opts.channels)]
        db_path = work / "bench.db"
        make_store(db_path, urls)
        env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
        env["PYTHONPATH"] = str(REPO)
        env["KIMWATCH_FIRST_CRAWL_PAGES"] = "1"  # one page per channel, as the baselines fetch
        crawl = [sys.executable, "-m", "crawler", "--db", str(db_path), "crawl", "-q", "--no-match"]
        first_s, first_kb, first_out = child(crawl, env)
        first_cpu = CPU[len(CPU) - 1]
        second_s, second_kb, second_out = child(crawl, env)
        second_cpu = CPU[len(CPU) - 1]
        (work / "urls.json").write_text(json.dumps(urls))
        a_s, a_kb, a_out = child([sys.executable, "-c", BASELINE_A, str(work / "urls.json")], env)
        a_cpu = CPU[len(CPU) - 1]
        import urllib.request

        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        bodies = [opener.open(u).read().hex() for u in urls]
        (work / "bodies.json").write_text(json.dumps(bodies))
        b_s, b_kb, b_out = child([sys.executable, "-c", BASELINE_B, str(work / "bodies.json")], env)
        b_cpu = CPU[len(CPU) - 1]
        b_items, b_parse_s = b_out.split()
        conn = __import__("sqlite3").connect(db_path)
        stored = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
        runs = conn.execute("SELECT items_new, items_updated, requests, status FROM crawl_runs ORDER BY id").fetchall()
        conn.close()
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
    load_during = os.getloadavg()[0]
    # the same with network latency, on a subset: (a) is sequential, so latency adds up there
    server, port = start_server(opts.latency_channels, opts.latency_ms)
    try:
        lat_urls = [f"http://{host_of(c, opts.hosts)}:{port}/c{c}/feed/" for c in range(opts.latency_channels)]
        lat_db = work / "latency.db"
        make_store(lat_db, lat_urls)
        lat_s, _, _ = child([sys.executable, "-m", "crawler", "--db", str(lat_db), "crawl", "-q", "--no-match"], env)
        (work / "lat_urls.json").write_text(json.dumps(lat_urls))
        lat_a_s, _, _ = child([sys.executable, "-c", BASELINE_A, str(work / "lat_urls.json")], env)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
    lat_items = opts.latency_channels * opts.items
    total = opts.channels * opts.items
    b_parse = float(b_parse_s)
    lines = [
        "# Crawl benchmark",
        "",
        f"`bench/bench_crawl.py`: {opts.channels:,} feed channels x {opts.items} items (WordPress-like RSS 2.0 with",
        f"`content:encoded`, ~{len(feed_xml(0, opts.items, 'h:1')) // 1024} KB per feed), served by a separate process on {opts.hosts} loopback",
        f"addresses ({opts.channels // opts.hosts} channels each), default crawl settings (robots.txt, AutoThrottle,",
        "2 requests per host) except `FIRST_CRAWL_PAGES=1` (one page per channel, as the baselines fetch).",
        f"Machine: {os.cpu_count()} CPU(s); the feed server process takes one of them. Every run is a fresh",
        "process (interpreter start and imports included, ~1.5 s for kimwatch).",
        "",
        "| run | wall s | CPU s | items/s (wall) | peak RSS MB | wall ratio | CPU ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| kimwatch crawl, first (fetch, parse, clean, store {stored:,} posts) | {first_s:.1f} | {first_cpu:.1f} | "
        f"{total / first_s:,.0f} | {first_kb / 1024:.0f} | 1.00 | 1.00 |",
        f"| kimwatch crawl, again, all unchanged (304) | {second_s:.1f} | {second_cpu:.1f} | – | {second_kb / 1024:.0f} | "
        f"{first_s / second_s:.1f}x cheaper | {first_cpu / second_cpu:.1f}x cheaper |",
        f"| (a) sequential urllib + feedparser.parse (no storing) | {a_s:.1f} | {a_cpu:.1f} | {total / a_s:,.0f} | "
        f"{a_kb / 1024:.0f} | kimwatch {a_s / first_s:.2f}x as fast | kimwatch uses {first_cpu / a_cpu:.2f}x the CPU |",
        f"| (b) feedparser.parse from memory, parse only (whole process) | {b_s:.1f} | {b_cpu:.1f} | {total / b_s:,.0f} | "
        f"{b_kb / 1024:.0f} | kimwatch takes {first_s / b_s:.2f}x | kimwatch uses {first_cpu / b_cpu:.2f}x the CPU |",
        f"| (b) the parse loop alone (no interpreter start, no loading) | {b_parse:.1f} | – | {total / b_parse:,.0f} | – | "
        f"kimwatch takes {first_s / b_parse:.2f}x | – |",
        "",
        f"With {opts.latency_ms} ms of server latency per request ({opts.latency_channels} channels, same feeds):",
        "",
        "| run | wall s | items/s | ratio |",
        "|---|---:|---:|---:|",
        f"| kimwatch crawl, first | {lat_s:.1f} | {lat_items / lat_s:,.0f} | kimwatch is {lat_a_s / lat_s:.1f}x faster |",
        f"| (a) sequential urllib + feedparser.parse | {lat_a_s:.1f} | {lat_items / lat_a_s:,.0f} | 1.00 |",
        "",
        f"Load average (1 min) before / after the loopback runs: {load_before:.1f} / {load_during:.1f}",
        "(other work on the machine competes for its CPUs; figures vary by ±20 % between runs).",
        f"Runs recorded: {runs}.",
        "",
        "Reading it: on loopback a fetch costs nothing, so (a) is almost all parsing and no crawler can be",
        "5x faster than it on one core: kimwatch's first crawl does the same parse plus cleaning (HTML to",
        "text, links, dates), dedupe and storing, through Scrapy's machinery; its parse-only floor is (b).",
        "Where fetching costs time, as on the internet, concurrency pays: with 100 ms per request the",
        "sequential loop waits for every channel in turn and kimwatch is several times faster (the gap",
        "grows with the number of channels). The re-crawl of unchanged channels is one conditional request",
        "per channel answered 304, no parsing, no writes; its cost is Scrapy's per-request overhead",
        "(~1.5 ms CPU), AutoThrottle's start delay per host and the ~1.5 s interpreter and import start.",
        f"Baseline (a) read {a_out.strip()} entries; (b) {b_items}.",
        "",
    ]
    Path(opts.output).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(*(int(x) for x in sys.argv[2:7]))
    else:
        main()
