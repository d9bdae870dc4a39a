"""``scrapy crawl SPIDER -a url=URL`` from the repository root (as ``scrapy.cfg`` says).

kimwatch's spiders read channels from a store and write through its pipelines, so Scrapy's own
``crawl`` cannot start them with only a URL (it used to end in a traceback). This command puts
the URL as one channel of the spider's type into a throwaway store, crawls it with
:func:`crawler.harvest.runner.run_crawl` and prints what it found as JSON lines on stdout (the
summary goes to stderr). Nothing is written to any kimwatch database; to crawl the registry's
channels into the store, use ``kimwatch crawl --type TYPE``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

CHANNEL_SPIDERS = ("feed", "youtube", "telegram", "website")
HINT = "to crawl the registry's channels into the store, use `kimwatch crawl --type TYPE`"


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # run_crawl makes its own

    def syntax(self) -> str:
        return "<spider> -a url=URL"

    def short_desc(self) -> str:
        return "Read one channel URL with a kimwatch spider; print what it found as JSON lines"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-a", dest="spargs", action="append", default=[], metavar="NAME=VALUE",
                            help="spider argument: url=URL (the channel to read)")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        spargs = {}
        for item in opts.spargs:
            name, sep, value = item.partition("=")
            if not sep:
                raise UsageError(f"invalid -a value {item!r}: write -a url=URL", print_help=False)
            spargs[name.strip()] = value.strip()
        opts.spargs = spargs

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("name one spider: " + ", ".join(CHANNEL_SPIDERS))
        spider = args[0]
        if spider not in CHANNEL_SPIDERS:
            raise UsageError(f"unknown spider {spider!r}; kimwatch's spiders are {', '.join(CHANNEL_SPIDERS)} "
                             f"(`scrapy list`); {HINT}", print_help=False)
        unknown = sorted(set(opts.spargs) - {"url"})
        url = opts.spargs.get("url", "")
        if unknown or not url.startswith(("http://", "https://")):
            raise UsageError(f"`scrapy crawl {spider}` reads one channel: give -a url=http(s)://…"
                             + (f" (unknown argument(s): {', '.join(unknown)})" if unknown else "")
                             + f"; {HINT}", print_help=False)
        self.exitcode = read_channel(spider, url)


def read_channel(channel_type: str, url: str) -> int:
    """Crawl ``url`` as one channel of ``channel_type`` in a throwaway store; 0 when it was read."""
    from crawler import store
    from crawler.harvest.runner import format_summary, run_crawl

    with tempfile.TemporaryDirectory(prefix="kimwatch-scrapy-") as where:
        path = Path(where) / "one-channel.db"
        db = store.connect(path)
        store.save_kims(db, [{"id": "scrapy-crawl", "name": "scrapy crawl", "region": "-"}])
        store.save_channels(db, [{"owner_kind": "kim", "owner_id": "scrapy-crawl", "type": channel_type,
                                  "url": url, "crawlable": True}])
        db.conn.close()
        result = run_crawl(path, types=(channel_type,), match=False)
        db = store.connect(path)
        for row in db.query("SELECT id, url, title, text, published_at, links FROM posts ORDER BY published_at"):
            row["links"] = json.loads(row["links"]) if row["links"] else []
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        db.conn.close()
    print(format_summary(result), file=sys.stderr)
    return 0 if result.status == "ok" else 1
