"""CLI: ``kimwatch daemon`` (the same code as ``python scheduler.py``)."""

from __future__ import annotations

import click

from crawler.cli.common import db_option
from crawler.daemon.config import DaemonConfig, load_config
from crawler.daemon.logs import configure_logging
from crawler.daemon.service import Daemon


@click.command()
@click.option("--config", type=click.Path(dir_okay=False), default=None, envvar="KIMWATCH_CONFIG",
              help="Daemon config file (YAML, see data/daemon.example.yaml); every key is optional "
                   "and KIMWATCH_<KEY> variables override it. Default: $KIMWATCH_CONFIG, else none "
                   "(built-in defaults).")
@click.option("--once", is_flag=True,
              help="Whether to run every job once, in order (registry, sources crawl, KIM crawl, self-report "
                   "verification, match, maintenance, report and dump, health, and the digest when this "
                   "period's has not been sent) and exit; not a check (see --check); exit status 1 when a job failed or was "
                   "skipped because another kimwatch process was writing the database.")
@click.option("--check", is_flag=True,
              help="Whether to only check the config and exit: every setting with where it came from, the "
                   "registry file read and validated, the store's and report folder's places (absolute, as "
                   "the daemon would use them from this directory); no job runs, nothing is fetched, sent "
                   "or written. Exit status 1 on a problem.")
@click.option("-v", "--verbose", count=True,
              help="Whether to log debug lines too, the children's output included (default: info).")
@db_option
def daemon(config: str | None, once: bool, check: bool, verbose: int) -> None:
    """Run the scheduler: crawl, match, report and dump on intervals, until SIGTERM.

    Government sources are crawled every crawl_sources_every (first at start), KIM channels
    every crawl_kims_every, each crawl in a child process stopped after crawl_timeout and
    followed by a match pass; the HTML/JSON report and the Datasette dump are written to
    report_dir daily at report_at (WITA), then a health summary is logged; daily at maintain_at
    the health history older than health_keep_days is rolled up (kimwatch maintain). Jobs run one after
    another. SIGTERM or SIGINT stops it cleanly (exit 0): a running child gets stop_grace, then
    SIGTERM, a second SIGTERM after half of kill_grace and SIGKILL at its end. SIGHUP (or a
    changed file) reloads the config and the registry between jobs. Logs go to stderr, one line
    per event; problems at WARNING or ERROR. With --once, a job that failed or was skipped
    because another kimwatch process was writing makes the exit status 1.

    Example:

        kimwatch daemon --config /etc/kimwatch/daemon.yaml

        kimwatch daemon --config /etc/kimwatch/daemon.yaml --check

        KIMWATCH_CRAWL_KIMS_EVERY=30m python scheduler.py --once
    """
    ctx = click.get_current_context()
    root = ctx.find_root()
    db_given = ctx.params.get("command_db") or root.params.get("db")
    if check:  # every problem at once: the config's, then the registry's and the paths'
        found: list[str] = []
        ctx.exit(check_config(load_config(config, db_override=db_given, problems_found=found), config, found))
    settings = load_config(config, db_override=db_given)
    verbosity = max(verbose, (root.obj or {}).get("verbose", 0))
    configure_logging("debug" if verbosity else "info")
    runner = Daemon(settings, config_path=config)
    runner.install_signal_handlers()
    try:
        code = runner.run_once() if once else runner.run_forever()
    finally:
        runner.restore_signal_handlers()
    ctx.exit(code)


def check_config(settings: DaemonConfig, config: str | None, config_problems: list[str] | None = None) -> int:
    """``daemon --check``: what the daemon would use, and whether it can; 0 when it can
    (``config_problems``: those :func:`load_config` found, listed with the rest)."""
    import os
    from pathlib import Path

    from crawler.errors import KimwatchError
    from crawler.registry import parse_registry_file
    from crawler.settings import allow_internal_warning, plain_settings

    problems: list[str] = list(config_problems or [])
    click.echo(f"config: {Path(config).resolve() if config else '(none: built-in defaults)'}")
    click.echo(f"settings: {settings.describe()}")
    db = Path(settings.db).resolve()
    click.echo(f"store: {db} ({'exists' if db.exists() else 'will be created'})")
    from crawler.store import pending_upgrade

    upgrade = pending_upgrade(db)
    if upgrade:  # the daemon's first job upgrades it: no way back by code
        click.echo(f"warning: {upgrade}")
    reports = Path(settings.report_dir).resolve()
    click.echo(f"reports and dump: {reports}")
    for what, path in (("store", db if db.exists() else db.parent), ("report_dir", reports)):
        existing = next(p for p in (path, *path.parents) if p.exists())
        if not os.access(existing, os.W_OK):
            problems.append(f"{what} {path}: {existing} is not writable by this user")
    if settings.registry:
        try:
            parsed = parse_registry_file(settings.registry)
        except KimwatchError as error:
            problems.append(str(error))
        else:
            click.echo(f"registry: {Path(settings.registry).resolve()}: {len(parsed.kims)} KIM(s), "
                       f"{len(parsed.sources)} source(s), {len(parsed.channels)} channel(s), valid")
    else:
        click.echo("registry: none (the store's registry is used as it is)")
    try:
        opened = allow_internal_warning(plain_settings(config_file=config).getlist("ALLOW_INTERNAL"))
    except KimwatchError as error:
        if not any("section 'crawl'" in problem for problem in problems):  # (said once, above)
            problems.append(str(error))
    else:  # what every crawl may reach of the server's network, beyond each channel's own host and port
        click.echo(f"warning: {opened}" if opened else "allow_internal: none (internal addresses only for "
                   "channels registered on them, each its own host and port)")
    if not Path(settings.db).is_absolute() or not Path(settings.report_dir).is_absolute():
        click.echo(f"note: relative paths are read from the directory the daemon starts in (here: {Path.cwd()}); "
                   "a service starts in its WorkingDirectory")
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    click.echo("config OK: nothing was run" if not problems else "config has problems: see above")
    return 1 if problems else 0
