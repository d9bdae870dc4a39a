"""CLI: ``kimwatch crawl`` and ``kimwatch demo``."""

from __future__ import annotations

import click

from crawler.cli_common import db_option, not_available


@click.command()
@db_option
def crawl() -> None:
    """Harvest every crawlable channel, store what is new, then match it.

    Example:

        kimwatch crawl --type feed --source diskominfo-kalsel
    """
    not_available("crawl", "harvesting lands with the crawl issue")


@click.command()
@db_option
def demo() -> None:
    """Serve the bundled demo web on loopback and run the whole pipeline on it.

    Example:

        kimwatch --db data/demo.db demo
    """
    not_available("demo", "the demo web lands with the crawl issue")
