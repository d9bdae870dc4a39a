"""The ``kimwatch`` command line: argument parsing and messages only; the work is in the library.

This module holds the click group, ``init`` and the ``registry`` and ``import`` groups; each
other command group has its module here (``crawl``, ``match``, ``report``, ``daemon``), with
the options and messages they share in :mod:`~crawler.cli.common`. Those modules are imported
only when their command runs (:data:`LAZY_COMMANDS`): a re-crawl that stays in the revalidation
pass does not load matching, reporting, the daemon or the web form, and ``kimwatch --help``
lists every command from the table without importing any. The CLI may import every
other part of ``crawler``; nothing outside ``crawler/cli/`` imports it (the console script
``kimwatch``, ``python -m crawler`` and ``scheduler.py`` are its only callers).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # loaded by the commands that use it (a re-crawl imports no registry code)
    from crawler.registry import Registry

from crawler import __version__, store
from crawler.cli.common import (
    KimwatchGroup,
    db_option,
    db_path,
    default_db_path,
    open_db,
    open_db_for_reading,
    setup_logging,
)

#: The commands of the ``kimwatch`` group defined in other modules: name → (module, attribute,
#: the first sentence of the command's help). The module is imported when the command is run
#: or its own help asked for; ``kimwatch --help`` shows the sentence (as click shortens it)
#: without importing anything. tests/cli/test_lazy.py checks the table against the commands.
LAZY_COMMANDS: dict[str, tuple[str, str, str]] = {
    "crawl": ("crawler.cli.crawl", "crawl", "Harvest every crawlable channel, store what is new, then match it."),
    "daemon": ("crawler.cli.daemon", "daemon",
               "Run the scheduler: crawl, match, report and dump on intervals, until SIGTERM."),
    "demo": ("crawler.cli.crawl", "demo",
             "Serve the bundled demo web on loopback and run the whole pipeline on it."),
    "dump": ("crawler.cli.report", "dump",
             "Write DIRECTORY/kimwatch.db and DIRECTORY/metadata.json for Datasette."),
    "form-links": ("crawler.cli.selfreport", "form_links",
                   "Print one line per KIM: kim-id<TAB>link to its report form (a token is created on first use)."),
    "maintain": ("crawler.cli.maintain", "maintain",
                 "Keep the store in proportion: roll up old health rows, ANALYZE, VACUUM when worth it."),
    "match": ("crawler.cli.match", "match",
              "Match posts to announcements (who amplified what) and print a summary."),
    "notify": ("crawler.cli.notify", "notify",
               "Send the alert digest in Bahasa Indonesia by e-mail and/or Telegram."),
    "report": ("crawler.cli.report", "report",
               "Active share of KIMs against the target, per region, per KIM, per announcement."),
    "review": ("crawler.cli.match", "review",
               "List the least certain automatic matches and confirm or reject them."),
    "serve": ("crawler.cli.selfreport", "serve",
              "Serve the KIM admins' web form (a secret link per KIM, from `kimwatch form-links`)."),
    "verify": ("crawler.cli.selfreport", "verify",
               "Check pending self-reports against the public web; verified ones become posts and are matched."),
}
#: the same for the subcommands of ``kimwatch import`` defined elsewhere
LAZY_IMPORT_COMMANDS: dict[str, tuple[str, str, str]] = {
    "reports": ("crawler.cli.selfreport", "import_reports",
                "Import self-reports (links to KIM posts) from a form export: CSV, XLSX or JSONL."),
}


class LazyGroup(KimwatchGroup):
    """A group whose commands from :data:`LAZY_COMMANDS`-like tables are imported on first use
    (click's "lazily loading subcommands"), listed in the help from the table."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            import importlib

            module, attribute, _ = self.lazy[cmd_name]
            command = getattr(importlib.import_module(module), attribute)
            if not isinstance(command, click.Command) or command.name != cmd_name:
                raise RuntimeError(f"{module}.{attribute} is not the command {cmd_name!r}")
            self.add_command(command)
        return super().get_command(ctx, cmd_name)

    @staticmethod
    def shortened(sentence: str, limit: int) -> str:
        """``sentence`` shortened to ``limit`` characters as click shortens a command's help."""
        return click.Command(None, help=sentence).get_short_help_str(limit)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their short help, as click writes them; lazy ones from the table."""
        names = [name for name in self.list_commands(ctx)
                 if name in self.lazy and name not in self.commands
                 or (self.commands.get(name) is not None and not self.commands[name].hidden)]
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in self.lazy and name not in self.commands:
                rows.append((name, self.shortened(self.lazy[name][2], limit)))
            else:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, lazy=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH", default=None,
              help="SQLite database file. Default: $KIMWATCH_DB, else data/kimwatch.db.")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-v info, -vv debug).")
@click.version_option(__version__, prog_name="kimwatch")
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: int) -> None:
    """kimwatch: which KIMs spread which government announcements, where and how fast.

    Example:

        kimwatch registry load data/registry.example.yaml && kimwatch crawl && kimwatch report
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db or default_db_path()
    ctx.obj["db_explicit"] = bool(db or os.environ.get("KIMWATCH_DB"))
    ctx.obj["verbose"] = verbose
    setup_logging(verbose)


@cli.command()
@db_option
def init() -> None:
    """Create or upgrade the database schema (safe to run again).

    Example:

        kimwatch --db data/kimwatch.db init
    """
    db = open_db()
    click.echo(f"{db_path()}: schema version {store.schema_version(db)}, "
               + ", ".join(f"{n} {t}" for t, n in store.counts(db).items()))


@cli.group(name="registry", cls=KimwatchGroup)
def registry_group() -> None:
    """Load and show KIMs, government sources and their channels.

    Example:

        kimwatch registry load data/registry.example.yaml --dry-run
    """


@registry_group.command(name="load")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Whether to only validate and show what would change.")
@click.option("--prune", is_flag=True,
              help="Whether to mark KIMs, sources and channels missing from FILE as retired.")
@db_option
def registry_load(file: str, dry_run: bool, prune: bool) -> None:
    """Load a registry FILE (YAML or CSV); the whole file is validated first.

    Entries are matched by id and updated in place; entries missing from the file are kept
    (and marked retired only with --prune).

    Example:

        kimwatch registry load data/registry.example.yaml --prune
    """
    from crawler import registry

    parsed = registry.parse_registry_file(file)
    if dry_run and not Path(db_path()).exists():
        db = store.connect(":memory:")  # a dry run creates nothing: compare with an empty store
        click.get_current_context().call_on_close(db.close)
    else:
        db = open_db()
    result = registry.load_registry(db, parsed, prune=prune, dry_run=dry_run)
    prefix = "dry run, nothing stored: " if dry_run else ""
    click.echo(f"{prefix}{file}: {result.summary()}")
    for warning in result.move_warnings():
        click.echo(warning, err=True)
    for warning in _never_fetched_warnings(parsed):
        click.echo(warning, err=True)
    if dry_run and prune:
        for table, ids in result.missing_ids.items():
            if ids:
                click.echo(f"would retire {len(ids)} {table if len(ids) != 1 else table[:-1]}: {', '.join(ids)}")


def _never_fetched_warnings(parsed: Registry) -> list[str]:
    """One line per channel the crawler will always refuse (its health says ``refused``): the
    metadata service, a link-local or reserved address, a DNS-rebinding name; and one per
    channel on a loopback or private address (what it may reach)."""
    from crawler.settings import plain_settings
    from spiders.safety import AllowList, never_fetched, registered_internal

    allow = AllowList(plain_settings().getlist("ALLOW_INTERNAL"))
    warnings = []
    for channel in parsed.channels:
        for field in ("url", "via"):  # a bridge (via:) is fetched as the channel is: the same warnings
            url = channel.get(field)
            if not url:
                continue
            where = (f"warning: {parsed.path}: {channel['owner_kind']} {channel['owner_id']}, channel "
                     f"{channel['type']}{' via' if field == 'via' else ''}: ")
            reason = never_fetched(url, allow)
            if reason:
                warnings.append(f"{where}it will never be fetched — {reason}")
            elif internal := registered_internal(url, allow):
                warnings.append(where + internal)
    return warnings


@registry_group.command(name="show")
@click.option("--kim", "kims", multiple=True, metavar="ID",
              help="Show only this KIM (repeatable). Default: every KIM and source.")
@click.option("--region", metavar="REGION", default=None,
              help="Show only the KIMs and sources of this kabupaten/kota (aliases such as HSS work). "
                   "Default: all regions.")
@click.option("--failing", is_flag=True,
              help="Whether to show only the channels whose last fetches failed (and their owners).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Output format (csv: one row per channel).")
@db_option
def registry_show(kims: tuple[str, ...], region: str | None, failing: bool, fmt: str) -> None:
    """Show KIMs and sources with their channels and channel health.

    REGISTRATION says whether an entry is registered or retired; whether a KIM is active
    (spreads announcements) is what `kimwatch report` tells.

    Example:

        kimwatch registry show --region HSS --failing

        kimwatch registry show --kim kim-sungai-jingah --format json
    """
    from crawler import registry

    db = open_db_for_reading()
    entries = registry.select_entries(registry.registry_entries(db), kims=kims, region=region, failing=failing)
    if fmt == "json":
        for entry in entries:
            entry["registration"] = registry.registration(entry["status"])
        click.echo(json.dumps(entries, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        click.echo(registry.format_csv(entries), nl=False)
        return
    if not entries and (kims or region or failing):
        click.echo("no KIM or source matches" + (": no failing channel" if failing else ""))
        return
    click.echo(registry.format_table(entries))


@cli.group(name="import", cls=LazyGroup, lazy=LAZY_IMPORT_COMMANDS)
def import_group() -> None:
    """Import posts or announcements from JSONL or CSV files.

    Example:

        kimwatch import posts exported-posts.jsonl --skip-invalid
    """


def _import(kind: str, file: str, skip_invalid: bool) -> None:
    path = Path(db_path())
    if not path.exists():  # may be run from the wrong directory: say where the new store is
        click.echo(f"note: no database at {path} (from {Path.cwd()}): creating a new, empty one; "
                   "give --db (or $KIMWATCH_DB) to import into an existing store", err=True)
    db = open_db()
    from crawler import imports

    result = imports.import_file(db, kind, file, skip_invalid=skip_invalid)
    for problem in result.skipped:
        click.echo(f"skipped {problem}", err=True)
    click.echo(f"{file}: {result.summary()}")
    if result.shortened:  # where s.id/bit.ly links lead, as a crawl resolves them, before the match
        from crawler.selfreport.fetch import resolve_shortened_links

        resolved = resolve_shortened_links(db, result.shortened)
        click.echo(f"shortened links: {sum(1 for t in resolved.values() if t)} of {len(resolved)} resolved")
    if result.new or result.updated:
        _after_import(db)


def _after_import(db: Any) -> None:
    """Match what was just imported (imported lazily: it loads the stemmer)."""
    from crawler.matching import passes

    stats = passes.match_new(db)
    click.echo(f"matched: {stats.summary()}")


_SKIP_HELP = "Whether to store the valid rows and list the invalid ones, instead of rejecting the file."


@import_group.command(name="posts")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--skip-invalid", is_flag=True, help=_SKIP_HELP)
@db_option
def import_posts(file: str, skip_invalid: bool) -> None:
    """Import KIM posts from a JSONL or CSV FILE (times without offset are WITA).

    Fields: id (optional), kim, platform, url, title, text, published_at, links.

    Example:

        kimwatch import posts posts.jsonl
    """
    _import("posts", file, skip_invalid)


@import_group.command(name="announcements")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--skip-invalid", is_flag=True, help=_SKIP_HELP)
@db_option
def import_announcements(file: str, skip_invalid: bool) -> None:
    """Import government announcements from a JSONL or CSV FILE.

    Fields: id (optional), source, url, title, text, published_at.

    Example:

        kimwatch import announcements siaran-pers.csv
    """
    _import("announcements", file, skip_invalid)



def main() -> None:
    """Console script entry point."""
    parent = os.environ.pop("KIMWATCH_DAEMON_PID", "")  # (crawler.daemon.children.PARENT_VARIABLE)
    if parent.isdigit():  # a child of the daemon: it dies with the daemon
        from crawler.lock import die_with_parent

        die_with_parent(int(parent))
    cli(prog_name="kimwatch")
