"""CLI: ``kimwatch maintain`` (glue over :mod:`crawler.maintenance`)."""

from __future__ import annotations

import click

from crawler import maintenance
from crawler.cli.common import db_option, db_path_or, require_db
from crawler.daemon.config import load_config, parse_duration
from crawler.dates import MAX_DAYS
from crawler.errors import StoreError
from crawler.lock import writer_lock
from crawler.reporting.dump import can_write


def _keep_days(config: str | None, keep_days: int | None) -> tuple[int, str | None]:
    """``--keep-days``, else health_keep_days of the --config file or $KIMWATCH_HEALTH_KEEP_DAYS, else 90;
    and the daemon config's db when a config file was given."""
    if keep_days is not None:
        return keep_days, load_config(config).db if config else None
    loaded = load_config(config)  # applies $KIMWATCH_HEALTH_KEEP_DAYS too
    return loaded.health_keep_days, loaded.db if config else None


@click.command()
@click.option("--keep-days", type=click.IntRange(1, MAX_DAYS), default=None,
              help=f"Days (1 to {MAX_DAYS}) of per-fetch health rows kept before they are rolled up to one row per channel "
                   "per WITA day. Default: health_keep_days of the --config file or "
                   f"$KIMWATCH_HEALTH_KEEP_DAYS, else {maintenance.DEFAULT_KEEP_DAYS}.")
@click.option("--config", type=click.Path(dir_okay=False), default=None, envvar="KIMWATCH_CONFIG",
              help="Daemon config file whose health_keep_days (and db) to use. Default: $KIMWATCH_CONFIG, "
                   "else none.")
@click.option("--vacuum", "vacuum_when", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True,
              help="When to VACUUM: auto = when free pages are a quarter of the file (and 64 MB), or once for a "
                   "store not yet marked clean (made before secure_delete: the VACUUM lets dumps take the fast page "
                   "copy), and the disk can hold the copy it makes.")
@click.option("--time-limit", metavar="DURATION", default=None,
              help="Stop rolling up after this long (90s, 15m, 2h); the next run goes on. 0s means no limit, "
                   "as when it is not given. Default: none.")
@click.option("--dry-run", is_flag=True,
              help="Whether to only say what would be rolled up and whether VACUUM would run, changing nothing.")
@click.option("--wait", is_flag=True,
              help="Whether to wait when another kimwatch process is writing the database (default: stop "
                   "with a message).")
@db_option
def maintain(keep_days: int | None, config: str | None, vacuum_when: str, time_limit: str | None,
             dry_run: bool, wait: bool) -> None:
    """Keep the store in proportion: roll up old health rows, ANALYZE, VACUUM when worth it.

    Per-fetch rows of channel health (channel_fetches) older than the retention period become
    one row per channel per WITA day (channel_fetch_days); reports, the alert digest and the
    dump give the same answers from them. Then the query planner's statistics are refreshed
    (ANALYZE), and VACUUM gives free pages back to the disk when there are enough of them. A
    store made before kimwatch wrote under secure_delete is vacuumed once and marked clean, so
    that `kimwatch dump` takes the fast page copy. Last, the rows written since the last run
    whose texts the dump's publication filter may change are listed for it (a store without
    the list is listed once), so that a dump reads only those.
    Posts, announcements, amplifications, decisions and self-reports are never touched. The
    daemon runs this daily at maintain_at; cron users run it themselves. It takes the writer
    lock: no crawl writes meanwhile.

    Example:

        kimwatch maintain --dry-run

        kimwatch --db /srv/kimwatch/kimwatch.db maintain --keep-days 120 --wait
    """
    days, config_db = _keep_days(config, keep_days)
    limit = None
    if time_limit is not None:
        try:
            limit = parse_duration(time_limit)
        except ValueError as error:
            raise click.BadParameter(f"{time_limit!r} {error}", param_hint="--time-limit") from None
    if config_db:
        path = db_path_or(config_db)
        click.get_current_context().find_root().obj["db"] = path
    path = require_db()

    def say(text: str) -> None:
        click.echo(text, err=True)

    if dry_run:  # reads only: no lock needed
        result = maintenance.maintain(path, keep_days=days, dry_run=True, vacuum_when=vacuum_when, on_step=say)
    else:
        if not can_write(path):  # said before the lock file or a -wal/-shm is made beside the store
            raise StoreError(f"cannot maintain {path}: this user cannot write it (or its directory, where the "
                             "lock and the WAL go); run `kimwatch maintain` as the user who owns the store (the "
                             "daemon's user). Nothing was changed.")

        def waiting(pid: int | None) -> None:
            say(f"waiting for kimwatch process {pid or '?'} to finish writing {path} ...")

        try:
            with writer_lock(path, wait=wait, timeout=None, on_wait=waiting):
                result = maintenance.maintain(path, keep_days=days, vacuum_when=vacuum_when, time_limit=limit,
                                              on_step=say)
        except OSError as error:  # the lock file or the disk check, on a full or failing disk
            raise StoreError(maintenance.failure_message(path, error)) from error
    for note in result.notes:
        say(note)
    click.echo(result.summary())
    if dry_run:
        click.echo("dry run: nothing changed", err=True)
