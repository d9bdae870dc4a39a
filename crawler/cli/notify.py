"""CLI: ``kimwatch notify`` (glue over :mod:`crawler.reporting.notify`)."""

from __future__ import annotations

from pathlib import Path

import click

from crawler import store
from crawler.cli.common import db_option, db_path_or
from crawler.daemon.config import DaemonConfig, load_config
from crawler.errors import KimwatchError, StoreError
from crawler.reporting import notify as notify_module
from crawler.reporting.dump import missing_database_message


def notify_settings(config: DaemonConfig) -> notify_module.NotifySettings:
    """The notify_* keys of the daemon config, for :func:`crawler.reporting.notify.run_notify`."""
    return notify_module.NotifySettings(
        notify_at=config.notify_at, days=config.notify_days, smtp=config.notify_smtp,
        sender=config.notify_from, email_to=config.notify_to, telegram_api=config.notify_telegram_api,
        telegram_token=config.notify_telegram_token, telegram_chats=config.notify_telegram_chats)


@click.command()
@click.option("--config", type=click.Path(dir_okay=False), default=None, envvar="KIMWATCH_CONFIG",
              help="Daemon config file with the notify_* keys (see data/daemon.example.yaml); "
                   "KIMWATCH_<KEY> variables override it. Default: $KIMWATCH_CONFIG, else none.")
@click.option("--dry-run", is_flag=True,
              help="Whether to only print the digest (and who would get it), sending and recording nothing.")
@db_option
def notify(config: str | None, dry_run: bool) -> None:
    """Send the alert digest in Bahasa Indonesia by e-mail and/or Telegram.

    The digest covers the notify_days days ending the day before the latest notify_at (WITA),
    compared with the period before: KIMs that went silent, unmeasured KIMs, channels failing
    for days, and the active share against the target, per region. Recipients listed under a
    region get that region's part. A recipient that already got this period's digest does not
    get it again; a failed delivery makes the exit status 1 and is tried again at the next run.

    Example:

        kimwatch notify --config /etc/kimwatch/daemon.yaml --dry-run
    """
    loaded = load_config(config)
    settings = notify_settings(loaded)
    if not dry_run and not settings.configured and not settings.problems():
        raise click.ClickException("no alert recipients configured: set notify_smtp, notify_from and "
                                   "notify_to, and/or notify_telegram_token and notify_telegram_chats "
                                   "(in the --config file or as KIMWATCH_<KEY>); --dry-run shows the digest")
    path = db_path_or(loaded.db)  # --db or $KIMWATCH_DB, else the daemon's db
    if not Path(path).is_file():
        raise StoreError(missing_database_message(path))
    db = store.connect(path)
    click.get_current_context().call_on_close(db.close)
    try:
        outcome, previews = notify_module.run_notify(db, settings, dry_run=dry_run)
    except notify_module.NotifyError as error:
        done = getattr(error, "outcome", None)
        for label in getattr(done, "sent", []):
            click.echo(f"sent: {label}")
        raise click.ClickException(settings.mask(str(error))) from None
    except KimwatchError as error:
        raise click.ClickException(settings.mask(str(error))) from None
    if dry_run:
        for heading, text in previews:
            click.echo(f"{heading}\n\n{text}")
        click.echo("dry run: nothing sent, nothing recorded", err=True)
        return
    for label in outcome.sent:
        click.echo(f"sent: {label}")
    click.echo(outcome.summary())
