"""CLI: ``kimwatch import reports``, ``kimwatch verify``
(glue over :mod:`crawler.selfreport`)."""

from __future__ import annotations

import click

from crawler.cli.common import db_option, db_path, open_db
from crawler.lock import writer_lock


@click.command(name="reports")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--skip-invalid", is_flag=True,
              help="Whether to store the valid rows and list the invalid ones, instead of rejecting the file.")
@click.option("--map", "maps", multiple=True, metavar="COLUMN=FIELD",
              help="Read the column COLUMN as FIELD (kim, url, reported_at, note); repeatable. Default: "
                   "headers are recognised in English and Indonesian (Nama KIM, Tautan unggahan, Cap waktu, ...).")
@db_option
def import_reports(file: str, skip_invalid: bool, maps: tuple[str, ...]) -> None:
    """Import self-reports (links to KIM posts) from a form export: CSV, XLSX or JSONL.

    Fields: kim (KIM id or registered name), url, reported_at (optional; 17/10/2024 14:05:33
    or ISO 8601, WITA when without offset), note (optional). CSV may be separated by , or ;.
    Reports are stored as pending; `kimwatch verify` checks them.

    Example:

        kimwatch import reports "Laporan KIM (Jawaban).csv" --map "Link Facebook=url"
    """
    from crawler.selfreport import intake

    mapping = intake.parse_mapping(maps)
    db = open_db()
    result = intake.import_reports(db, file, skip_invalid=skip_invalid, mapping=mapping)
    for problem in result.skipped:
        click.echo(f"skipped {problem}", err=True)
    for line in result.merged:
        click.echo(f"merged {line}", err=True)
    click.echo(f"{file}: {result.summary()}")


@click.command()
@click.option("--recheck", is_flag=True,
              help="Whether to check unverified reports (login wall, no text, ...) again too. Default: pending only.")
@click.option("--no-match", is_flag=True, help="Whether to skip matching the new posts after verification.")
@click.option("--wait", is_flag=True,
              help="Whether to wait when another kimwatch process is writing the database (default: stop with a message).")
@db_option
def verify(recheck: bool, no_match: bool, wait: bool) -> None:
    """Check pending self-reports against the public web; verified ones become posts and are matched.

    Each report's page is fetched like a crawl fetches (robots.txt, user agent, proxy,
    timeouts; no internal addresses), its public preview read (Open Graph, JSON-LD, oEmbed)
    and its account compared with the KIM's registered channel on that platform. One line
    per report: id, KIM, status[/reason], URL.

    Example:

        kimwatch verify
    """
    from crawler.selfreport.verify import verify_pending

    db = open_db(must_exist=True)
    with writer_lock(db_path(), wait=wait, timeout=None):
        stats = verify_pending(db, recheck=recheck, match=not no_match)
    for line in stats.lines:
        click.echo(line)
    click.echo(stats.summary())
