"""CLI: ``kimwatch match`` and ``kimwatch review``."""

from __future__ import annotations

import click

from crawler.cli_common import db_option, not_available


@click.command()
@click.option("--rebuild", is_flag=True, help="Whether to recompute every automatic match.")
@db_option
def match(rebuild: bool) -> None:
    """Match unmatched posts to announcements (who amplified what).

    Example:

        kimwatch match --rebuild
    """
    not_available("match", "matching lands with the matching issue")


@click.command()
@db_option
def review() -> None:
    """List the least certain automatic matches and confirm or reject them.

    Example:

        kimwatch review --confirm 'p-1|a-2' --reject 'p-3|a-4'
    """
    not_available("review", "review lands with the matching issue")
