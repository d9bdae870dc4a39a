"""CLI: ``kimwatch import reports``, ``kimwatch verify``, ``kimwatch serve``, ``kimwatch form-links``
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
    for line in result.not_reports:
        click.echo(f"not a report {line}", err=True)
    click.echo(f"{file}: {result.summary()}")


@click.command()
@click.option("--recheck", is_flag=True,
              help="Whether to check unverified reports (login wall, no text, ...) again too. Default: pending only.")
@click.option("--no-match", is_flag=True, help="Whether to skip matching the new posts after verification.")
@click.option("--wait", is_flag=True,
              help="Whether to wait when another kimwatch process is writing the database (default: stop with a message).")
@click.option("--count-in-run", "count_in_run", type=click.IntRange(1, None), default=None, metavar="RUN_ID",
              help="Add the requests sent to the request count of crawl run RUN_ID (crawl_runs), as a crawl "
                   "counts its own verification's; the daemon passes the KIM crawl this verification follows.")
@db_option
def verify(recheck: bool, no_match: bool, wait: bool, count_in_run: int | None) -> None:
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
    counted = None
    with writer_lock(db_path(), wait=wait, timeout=None):
        stats = verify_pending(db, recheck=recheck, match=not no_match)
        if count_in_run is not None:
            from crawler.harvest.runner import add_requests_to_run

            counted = add_requests_to_run(db, count_in_run, stats.requests)
    for line in stats.lines:
        click.echo(line)
    if counted is False:  # never silent: these requests are in no run's count
        click.echo(f"crawl run {count_in_run} not found: the {stats.requests} request(s) sent are not counted in it",
                   err=True)
    click.echo(stats.summary() + (f"; {stats.requests} request(s), counted in crawl run {count_in_run}"
                                  if counted else ""))


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (put a reverse proxy with TLS in front for the internet).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--rate-limit", type=click.IntRange(1, None), default=None, metavar="N",
              help="Reports one link may send per hour. Default: $KIMWATCH_FORM_RATE_LIMIT, else 20.")
@db_option
def serve(host: str, port: int, rate_limit: int | None) -> None:
    """Serve the KIM admins' web form (a secret link per KIM, from `kimwatch form-links`).

    The page (Bahasa Indonesia, no JavaScript, fits a phone) shows the KIM's name, a field
    for the link of a post and the KIM's recent reports with their status. Reports arrive
    as pending; `kimwatch verify` (or the daemon) checks them.

    Example:

        kimwatch serve --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from crawler.selfreport.web import create_app

    open_db(must_exist=True)  # creates nothing; upgrades the schema when it is old
    app = create_app(db_path(), rate_limit=rate_limit)
    click.echo(f"serving the report form of {db_path()} on http://{host}:{port}/k/<token>", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=True, server_header=False)


@click.command(name="form-links")
@click.option("--base-url", required=True, metavar="URL",
              help="The public address of `kimwatch serve`, e.g. https://lapor.example.go.id")
@click.option("--kim", "kims", multiple=True, metavar="ID", help="Only this KIM (repeatable). Default: every KIM.")
@click.option("--rotate", is_flag=True,
              help="Whether to revoke the current links of these KIMs and issue new ones.")
@db_option
def form_links(base_url: str, kims: tuple[str, ...], rotate: bool) -> None:
    """Print one line per KIM: kim-id<TAB>link to its report form (a token is created on first use).

    The same link is printed again on later runs, until --rotate replaces it. Tokens are
    stored hashed in the database; the key that re-creates them is <db>.form-key (keep it
    private; $KIMWATCH_FORM_KEY_FILE names another place).

    Example:

        kimwatch form-links --base-url https://lapor.example.go.id --kim kim-sungai-jingah
    """
    from crawler.selfreport import tokens
    from crawler.urls import is_http_url

    if not is_http_url(base_url):
        raise click.BadParameter(f"{base_url!r} is not an http(s) URL", param_hint="--base-url")
    db = open_db(must_exist=True)
    key = tokens.load_key(tokens.key_path(db_path()))
    for kim_id, link in tokens.form_links(db, key, base_url, kims, rotate=rotate):
        click.echo(f"{kim_id}\t{link}")
