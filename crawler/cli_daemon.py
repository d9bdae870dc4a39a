"""CLI: ``kimwatch daemon`` (the same code as ``python scheduler.py``)."""

from __future__ import annotations

import click

from crawler.cli_common import db_option, not_available


@click.command()
@click.option("--config", type=click.Path(dir_okay=False), help="Daemon config file (YAML).")
@click.option("--once", is_flag=True, help="Whether to run every job once, in order, and exit.")
@db_option
def daemon(config: str | None, once: bool) -> None:
    """Run the scheduler: crawl, match, report and dump on intervals.

    Example:

        kimwatch daemon --config /etc/kimwatch/daemon.yaml
    """
    not_available("daemon", "the daemon lands with the daemon issue")
