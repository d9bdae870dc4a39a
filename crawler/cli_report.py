"""CLI: ``kimwatch report`` and ``kimwatch dump``."""

from __future__ import annotations

import click

from crawler.cli_common import db_option, not_available


@click.command()
@db_option
def report() -> None:
    """Active share of KIMs against the target, per region, per KIM, per announcement.

    Example:

        kimwatch report --days 30 --format html --output laporan.html
    """
    not_available("report", "reports land with the reports issue")


@click.command()
@click.argument("directory", type=click.Path(file_okay=False))
@db_option
def dump(directory: str) -> None:
    """Write DIRECTORY/kimwatch.db and DIRECTORY/metadata.json for Datasette.

    Example:

        kimwatch dump data/dump && datasette data/dump/kimwatch.db -m data/dump/metadata.json
    """
    not_available("dump", "dumps land with the reports issue")
