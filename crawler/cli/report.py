"""CLI: ``kimwatch report`` and ``kimwatch dump`` (glue over :mod:`crawler.reporting.kpis` and :mod:`crawler.reporting.dump`)."""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import click

from crawler.cli.common import db_option, open_db_for_reading, require_db, writing_stdout
from crawler.dates import MAX_DAYS
from crawler.reporting import dump as dump_module
from crawler.reporting import kpis as report_module
from crawler.reporting import publish
from crawler.reporting import render as report_render


@click.command()
@click.option("--days", type=click.IntRange(1, MAX_DAYS), default=30, show_default=True,
              help=f"Length of the window in whole days (1 to {MAX_DAYS}), ending with --until.")
@click.option("--until", metavar="DATE", default=None,
              help="Last day of the window (YYYY-MM-DD or DD-MM-YYYY, from 2000 to 2100, 'today' or "
                   "'yesterday', WITA). Default: today.")
@click.option("--min-amplifications", "min_amplifications", type=click.IntRange(min=1), default=1,
              show_default=True, help="Distinct announcements a KIM must amplify in the window to be active.")
@click.option("--region", metavar="REGION", default=None,
              help="Only the KIMs of this kabupaten/kota (aliases such as HSS or 'Banjar Baru' work). "
                   "Default: all regions.")
@click.option("--target", metavar="SHARE", default=None,
              help="Target active share, more than 0 and at most 1: 0.8 or 80%. Default: "
                   "$KIMWATCH_TARGET_SHARE, else 0.8.")
@click.option("--weeks", type=click.IntRange(0, report_module.MAX_WEEKS), default=8, show_default=True,
              help=f"Weeks of the weekly trend (7-day windows ending on --until), up to "
                   f"{report_module.MAX_WEEKS}; 0 for none.")
@click.option("--format", "fmt", type=click.Choice(report_render.FORMATS), default="table",
              show_default=True, help="Output format.")
@click.option("--lang", type=click.Choice(report_render.LANGS), default=None,
              help="Language of the table and HTML: id (Bahasa Indonesia) or en. "
                   "Default: id for html, en for table.")
@click.option("--csv-table", "csv_table", type=click.Choice(report_render.CSV_TABLES), default="kims",
              show_default=True,
              help="Which table --format csv writes: one row per KIM, region, announcement or trend week, "
                   "or the headline figures as metric,value rows (summary).")
@click.option("--kim", "kim_id", metavar="ID", default=None,
              help="Report on this one KIM instead: its channels and their health, its posts of the "
                   "window, what it amplified and why it counts as it does (table, json or html; csv: its "
                   "row of the kims table). Default: every KIM.")
@click.option("--lists/--no-lists", "lists", default=None,
              help="Whether each announcement of the JSON and CSV lists the ids of the expected KIMs that did "
                   "not amplify it (kims_not_reached), not only their number (kims_not_reached_count). "
                   "Default: with --region (a region's KIMs), not without (a provincial release's list names "
                   "nearly every KIM). The HTML names them for its top announcements either way.")
@click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to FILE instead of standard output; missing parent directories "
                   "are created.")
@click.option("--keep-personal-data", "keep_personal_data", is_flag=True,
              help="Whether to show phone numbers, e-mail addresses and NIKs found in names and notes "
                   "(masked as [telepon], [email], [NIK] by default) — for a report that stays inside "
                   "the office. Credentials, secrets and internal addresses are removed all the same.")
@db_option
def report(days: int, until: str | None, min_amplifications: int, region: str | None, target: str | None,
           weeks: int, fmt: str, lang: str | None, csv_table: str, kim_id: str | None, lists: bool | None,
           output: str | None, keep_personal_data: bool) -> None:
    """Active share of KIMs against the target, per region, per KIM, per announcement.

    A KIM is active when it amplified at least --min-amplifications distinct announcements with
    posts published in the window; unmeasured when it is not active, none of its channels was
    fetched successfully in the window and it published no post in it; inactive otherwise.
    Retired KIMs are not counted. The report is written as it is computed, one KIM or
    announcement at a time, so a national report needs little memory.

    Example:

        kimwatch report --days 30 --until 2024-10-31 --format html --output laporan.html

        kimwatch report --kim kim-sungai-jingah --days 7

        kimwatch report --region HSS --format json    # with the ids of the KIMs not reached
    """
    if keep_personal_data:
        click.echo("warning: --keep-personal-data: this report may contain personal data; do not "
                   "publish it", err=True)
    db = open_db_for_reading()
    if kim_id:
        _kim_report(db, kim_id, days, until, min_amplifications, target, fmt, lang, output,
                    keep_personal_data, region=region, csv_table=csv_table)
        return
    if lists is None:
        lists = report_module.resolve_region(region) is not None  # a region's lists are short
    parts = report_module.report_parts(db, days=days, until=until, min_amplifications=min_amplifications,
                                       region=region, target_share=target, weeks=weeks, lists=lists)

    def write(out: Any, color: bool = False) -> None:
        report_render.write_report(parts, out, fmt, lang, color=color, csv_table=csv_table,
                                   keep_personal_data=keep_personal_data)

    if output:
        _write_output(Path(output), write)
        click.echo(f"report written to {output} (active share "
                   f"{report_render.format_share(parts.head['active_share'])}, "
                   f"{parts.head['kims_active']}/{parts.head['kims_registered']} KIMs)", err=True)
        return
    with writing_stdout("the report"):
        if fmt == "table":  # click drops the colours when standard output is not a terminal
            text = io.StringIO()
            write(text, color=not os.environ.get("NO_COLOR"))
            click.echo(text.getvalue(), nl=False)
            return
        with _Echo() as out:
            write(out)


class _Echo:
    """Standard output written in large pieces through ``click.echo`` (which flushes every call)."""

    PIECE = 1 << 20

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.pieces.append(text)
        self.size += len(text)
        if self.size >= self.PIECE:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.pieces:
            click.echo("".join(self.pieces), nl=False)
            self.pieces, self.size = [], 0

    def __enter__(self) -> _Echo:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()


def _kim_report(db: Any, kim_id: str, days: int, until: str | None, min_amplifications: int,
                target: str | None, fmt: str, lang: str | None, output: str | None,
                keep_personal_data: bool = False, *, region: str | None = None, csv_table: str = "kims") -> None:
    """``report --kim ID``: one KIM, in table, JSON or HTML (CSV: its row of the kims table)."""
    from crawler.reporting import kim as kim_report

    if fmt not in (*kim_report.FORMATS, "csv"):
        raise click.UsageError(f"--kim works with --format {', '.join(kim_report.FORMATS)} or csv, not {fmt}")
    if fmt == "csv" and csv_table != "kims":
        raise click.UsageError(f"--kim with --format csv writes the KIM's row of the kims table, not the "
                               f"{csv_table} table; drop --csv-table or --kim")
    result = kim_report.build_kim_report(db, kim_id, days=days, until=until,
                                         min_amplifications=min_amplifications, target_share=target)
    wanted = report_module.resolve_region(region)
    if wanted is not None and result["kim"]["region"] != wanted:
        raise click.UsageError(f"--kim {kim_id!r} is in {result['kim']['region']}, not in --region {wanted}; "
                               "drop one of them")
    if fmt == "csv":
        text = report_render.render_csv(publish.clean_report({"kims": [result["kim"]],
                                                              "channel_health_as_of": result["channel_health_as_of"]},
                                                             keep_personal_data=keep_personal_data))
    else:
        text = kim_report.render_kim(result, fmt, lang, keep_personal_data=keep_personal_data)
    if output:
        _write_output(Path(output), lambda out: out.write(text))
        click.echo(f"report of {kim_id} written to {output} ({result['kim']['status']})", err=True)
        return
    with writing_stdout("the report"):
        click.echo(text, nl=False)


def _write_output(path: Path, write: Callable[[TextIO], Any]) -> None:
    """Write the report file (creating missing parent directories) with ``write(file)``; a clear
    error when it cannot be written.

    The report goes to a temporary file beside it, renamed over the old one when complete: a full
    disk or an error mid-way leaves the previous report as it was, and no partial file. A target
    that is not a regular file (``/dev/stdout``, a pipe) is written directly.
    """
    target = Path(os.path.realpath(path))  # through a symlink, as open() would
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and not target.is_file():
            with target.open("w", encoding="utf-8") as out:
                write(out)
            return
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as out:
            write(out)
        if target.exists():
            shutil.copymode(target, tmp)
        os.replace(tmp, target)
    except OSError as error:
        where = path if error.filename in (None, str(tmp)) else error.filename
        reason = error.strerror or str(error)
        if isinstance(error, FileExistsError | NotADirectoryError):
            reason = "a file is in the way where a directory is needed"
        raise click.ClickException(f"cannot write the report to {str(path)!r}: {reason} ({where}); "
                                   "the previous file, if any, is unchanged") from error
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


@click.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--title", default=None, help="Title shown by Datasette. Default: the kimwatch title.")
@click.option("--license", "license_", metavar="TEXT", default=dump_module.DEFAULT_LICENSE,
              help="Licence of the published data, shown by Datasette. Default: CC BY 4.0 for the compilation.")
@click.option("--license-url", metavar="URL", default=dump_module.DEFAULT_LICENSE_URL,
              help="Address of the licence text. Default: the CC BY 4.0 deed.")
@click.option("--source-url", metavar="URL", default=None,
              help="Address of the publishing office, shown as the data source. Default: none.")
@click.option("--internal", "--keep-personal-data", "internal", is_flag=True,
              help="Whether to keep personal data (phone numbers, e-mail addresses, NIKs in texts; "
                   "personal columns) for a dump that stays inside the office. Default: masked as "
                   "[telepon], [email], [NIK]. Credentials, secrets and internal addresses are removed "
                   "all the same.")
@click.option("--force", is_flag=True,
              help="Whether to replace DIRECTORY/kimwatch.db even when it is not a previous kimwatch dump "
                   "(another store, another file). Default: refuse, and leave it as it is.")
@db_option
def dump(directory: str, title: str | None, license_: str, license_url: str, source_url: str | None,
         internal: bool, force: bool) -> None:
    """Write DIRECTORY/kimwatch.db and DIRECTORY/metadata.json for Datasette.

    The copy is consistent even while a crawl writes, and leaves out crawler internals,
    credentials and secrets in URLs, internal addresses in errors, and personal data (phone
    numbers, e-mail addresses, NIKs in texts are masked; --internal keeps them).
    DIRECTORY/README.txt says how to browse it. A DIRECTORY/kimwatch.db already there is
    replaced only when it is a previous dump (--force replaces any file).

    Example:

        kimwatch dump data/dump && datasette data/dump/kimwatch.db -m data/dump/metadata.json
    """
    if internal:
        click.echo(f"warning: --internal: {dump_module.INTERNAL_WARNING}", err=True)
    paths = dump_module.write_dump(require_db(), directory, title=title, license=license_,
                                   license_url=license_url or None, source_url=source_url,
                                   keep_personal_data=internal, force=force)
    click.echo(f"dump written: {paths.database}, {paths.metadata}")
    beside = Path(sys.executable).parent / "datasette"  # the venv's, when kimwatch runs from one
    datasette = str(beside) if beside.exists() else "datasette"
    click.echo(f"browse it with: {paths.browse_command(datasette)}")
