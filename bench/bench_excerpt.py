"""Where the two excerpt rules disagree, over real and crafted feeds.

Runs the website spider's old rule (``_is_excerpt``: ends in "…"/"[…]"/"Baca selengkapnya",
or no full content and under 400 characters), the feed spider's old rule (ends so, at most
1,500 characters, never when the entry has full content) and the one rule both spiders now
share (``spiders.feed.excerpt_only``) over every entry of every feed under a corpora folder
and of every feed the test farm serves; prints the counts and the entries where the rules
disagree. Usage: ``python bench/bench_excerpt.py /work/shared/corpora [--show 40]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.harvest.article import extract_fragment  # noqa: E402
from spiders.feed import _EXCERPT_END, entry_body, excerpt_only, keep_text_of_embeds, parse_feed  # noqa: E402

FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf", ".json")


def old_website_rule(entry: Any, text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith(("[…]", "[...]", "[&hellip;]", "…", "...", "Read more", "Baca selengkapnya",
                          "Selengkapnya", "Continue reading")):
        return True
    return not entry.get("content") and len(stripped) < 400


def old_feed_rule(entry: Any, html: str | None, plain: str | None) -> bool:
    if entry.get("content"):
        return False
    body = (keep_text_of_embeds(html) if html else html) or plain or ""
    flat = " ".join(re.sub(r"<[^>]+>", " ", str(body)).split())
    return 0 < len(flat) <= 1500 and _EXCERPT_END.search(flat[-40:]) is not None


def corpus_feeds(folder: Path) -> list[tuple[str, bytes]]:
    return [(str(path.relative_to(folder)), path.read_bytes()) for path in sorted(folder.rglob("*"))
            if path.is_file() and path.suffix.lower() in FEED_SUFFIXES]


def farm_feeds() -> list[tuple[str, bytes]]:
    """Every feed a farm route answers with (handlers called directly: no server, no delays)."""
    from tests.farm import ROUTES, FarmRequest, load_sites

    class Addresses:  # the farm's addresses, without starting its servers
        def url(self, path: str, host: str | None = None) -> str:
            return f"http://{host or '127.0.0.1'}:8080{path}"

    load_sites()
    farm: Any = Addresses()
    out = []
    for route in ROUTES:
        if route.prefix:
            continue
        request = FarmRequest("GET", route.path, {}, route.path, {}, route.host or "127.0.0.1", farm)
        try:
            response = route.handler(request)
            body = response.body if isinstance(response.body, bytes) else response.body.encode(response.encoding)
        except Exception:  # noqa: BLE001 (a handler that needs a live server or a query)
            continue
        head = body[:600].lower()
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            out.append((f"farm:{route.path}", body))
    return out


def measure(feeds: list[tuple[str, bytes]]) -> tuple[Counter[str], list[tuple[str, str, str]]]:
    counts: Counter[str] = Counter()
    rows = []
    for name, body in feeds:
        try:
            parsed = parse_feed(body)
        except Exception:  # noqa: BLE001
            counts["unreadable feeds"] += 1
            continue
        if not parsed.entries:
            continue
        counts["feeds with entries"] += 1
        for entry in parsed.entries:
            html, plain = entry_body(entry)
            if not (html or plain):
                continue
            counts["entries"] += 1
            link = entry.get("link") or "http://example.org/"
            try:
                text = extract_fragment(html, link)[0] if html else (plain or "")
            except ValueError:  # (a control character lxml refuses)
                counts["entries whose HTML lxml refuses"] += 1
                continue
            site = old_website_rule(entry, text)
            feed = old_feed_rule(entry, html, plain)
            new = excerpt_only(text, full_content=bool(entry.get("content")))
            counts[f"website rule: {'excerpt' if site else 'post'}"] += 1
            counts[f"feed rule: {'excerpt' if feed else 'post'}"] += 1
            counts[f"shared rule: {'excerpt' if new else 'post'}"] += 1
            counts["shared rule = website rule"] += new == site
            counts["shared rule = feed rule"] += new == feed
            if not text.strip() and not entry.get("content"):
                counts["entries with no text and no full content"] += 1
            if feed and text.strip():
                print(f"  ends as an excerpt: {name}: …{' '.join(text.split())[-70:]!r}")
            if site != feed or new != feed:
                why = ("full content" if entry.get("content") else "no full content") + f", {len(text.strip())} chars"
                if site != feed:
                    counts[f"disagree: website {'excerpt' if site else 'post'} / feed {'excerpt' if feed else 'post'}"
                           f" ({'full content' if entry.get('content') else 'no full content'})"] += 1
                if new != feed:
                    counts[f"shared rule differs from the feed rule ({'no text' if not text.strip() else 'text'})"] += 1
                label = f"website={'E' if site else 'P'} feed={'E' if feed else 'P'} shared={'E' if new else 'P'}"
                rows.append((name, f"{label} ({why})", " ".join(text.split())[-90:]))
    return counts, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="the corpora folder (feedparser-tests/ and any feeds under it)")
    parser.add_argument("--show", type=int, default=40, help="disagreements to print")
    args = parser.parse_args()
    for label, feeds in (("corpora", corpus_feeds(args.corpora)), ("farm", farm_feeds())):
        counts, rows = measure(feeds)
        print(f"## {label}: {len(feeds)} files")
        for key in sorted(counts):
            print(f"- {key}: {counts[key]}")
        for name, label_, tail in rows[:args.show]:
            print(f"  {name}: {label_}: …{tail!r}")
        if len(rows) > args.show:
            print(f"  (+{len(rows) - args.show} more)")


if __name__ == "__main__":
    main()
