"""CLI: ``kimwatch crawl`` and ``kimwatch demo`` (glue over :mod:`crawler.harvest.runner` and :mod:`crawler.demo`)."""

from __future__ import annotations

import dataclasses
import json
import signal
from pathlib import Path
from typing import Any

import click

from crawler.cli.common import db_option, db_path_or, require_db
from crawler.harvest.context import ChannelOutcome, CrawlResult
from crawler.harvest.politeness import HOST_PAUSED
from crawler.harvest.runner import TRIGGERS, format_summary, run_crawl
from crawler.lock import writer_lock
from crawler.store import CHANNEL_TYPES

DEMO_DB = "data/demo.db"


def progress_printer(quiet: bool) -> Any:
    """A progress callback printing one line per finished channel on stderr."""
    if quiet:
        return None

    def show(outcome: ChannelOutcome, done: int, total: int) -> None:
        width = len(str(total))
        mark = "ok  " if outcome.ok else ("wait" if outcome.status in ("rate-limited", HOST_PAUSED) else "FAIL")
        detail = f"{outcome.items_found} item(s) found" if outcome.ok else (outcome.error or "")
        if outcome.ok and outcome.status == "304":
            detail = "unchanged (304)"
        elif outcome.ok and outcome.error:
            detail += f"; {outcome.error}"
        click.echo(f"[{done:>{width}}/{total}] {mark} {outcome.status or '-':>5}  {outcome.channel_id}  {detail}",
                   err=True)

    return show


def crawl_summary(result: CrawlResult, path: str) -> dict[str, Any]:
    """The run as one JSON-ready dict, for monitoring (``--format json``, ``--summary-json``)."""
    matched = result.matched
    if dataclasses.is_dataclass(matched) and not isinstance(matched, type):
        matched = dataclasses.asdict(matched)
    elif matched is not None and not isinstance(matched, dict | int | float | str):
        matched = str(matched)
    return {
        "db": path, "run_id": result.run_id, "status": result.status, "seconds": round(result.seconds, 3),
        "requests": result.requests, "items_new": result.items_new, "items_updated": result.items_updated,
        "errors": result.errors, "channels_total": len(result.channels),
        "channels_ok": sum(1 for c in result.channels if c.ok),
        "channels_failed": sum(1 for c in result.channels if result.failed(c)),
        # sorted: the channels are crawled stalest first, an order that differs from run to run
        "failed_channels": sorted(c.channel_id for c in result.channels if result.failed(c)),
        # refused with "come back later" (429, Retry-After) in this run: no failure
        "channels_waiting_retry_after": sorted(c.channel_id for c in result.channels if result.waits(c)),
        "channels_not_reached": sum(1 for c in result.channels if result.not_reached(c)),
        "parked_channels": sorted(c.channel_id for c in result.channels if c.status == "parked"),
        "skipped_backoff": list(result.skipped_backoff), "waiting_retry_after": list(result.waiting_retry_after),
        "message": result.message,
        "interrupted_by": result.interrupted_by, "matched": matched,
        "channels": [c.as_dict() for c in result.channels],
    }


@click.command()
@click.option("--kim", "kims", multiple=True, metavar="ID",
              help="Crawl only the channels of this KIM (repeatable). Default: every KIM and source.")
@click.option("--source", "sources", multiple=True, metavar="ID",
              help="Crawl only the channels of this government source (repeatable). Default: all.")
@click.option("--type", "types", multiple=True, type=click.Choice(CHANNEL_TYPES), metavar="TYPE",
              help="Crawl only channels of this type (repeatable): " + ", ".join(CHANNEL_TYPES)
              + ". Default: every crawlable type.")
@click.option("--no-match", is_flag=True, help="Whether to skip matching new posts and announcements after the crawl.")
@click.option("--no-verify", is_flag=True,
              help="Whether to skip checking pending self-reports after the crawl (also skipped with --no-match).")
@click.option("--recheck/--no-recheck", default=None,
              help="Whether to re-check the pages of recent announcements for withdrawn ones (404/410 twice in a "
                   "row). Default: after a crawl that includes sources, each page at most every "
                   "RECHECK_EVERY_HOURS; --recheck checks the due pages now, whatever the interval.")
@click.option("-q", "--quiet", is_flag=True, help="Whether to print only the summary (no line per channel).")
@click.option("--wait", is_flag=True,
              help="Whether to wait when another kimwatch process is writing the database (default: stop with a message).")
@click.option("--ignore-backoff", is_flag=True,
              help="Whether to crawl channels that are backed off after repeated failures too.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Summary on stdout: a table, or one JSON object (run id, status, counts, failed "
                   "channels, one entry per channel) for monitoring.")
@click.option("--summary-json", metavar="FILE", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the JSON summary to FILE (replaced atomically). Default: none.")
@click.option("--trigger", type=click.Choice(TRIGGERS), default="cli", hidden=True,
              help="What started this run, as recorded in crawl_runs. Default: cli.")
@db_option
def crawl(kims: tuple[str, ...], sources: tuple[str, ...], types: tuple[str, ...], no_match: bool,
          no_verify: bool, recheck: bool | None, quiet: bool, wait: bool, ignore_backoff: bool, fmt: str,
          summary_json: str | None, trigger: str) -> None:
    """Harvest every crawlable channel, store what is new, then match it.

    Feeds (RSS/Atom, Blogger, WordPress, bridge feeds given as `via:`), YouTube channels,
    Telegram previews and websites are fetched politely (robots.txt, Crawl-delay,
    conditional GET). Pending self-reports are verified afterwards (`kimwatch verify`; not with
    --no-match or --no-verify). After a crawl of sources, the pages of recent announcements are
    re-checked: one answering 404/410 twice in a row is marked withdrawn (--recheck/--no-recheck).
    A line per channel goes to stderr; a summary table to stdout. Failed
    channels are recorded in channel health and do not fail the run (exit 0); the exit code
    is non-zero only when the run could not happen (bad filter, database locked).

    Settings (timeouts, contact URL in the user agent, pages on a first crawl, ...) come from
    environment variables KIMWATCH_<NAME> or the `crawl:` section of $KIMWATCH_CONFIG.

    Example:

        kimwatch crawl --type feed --source diskominfo-kalsel

        kimwatch crawl -q --format json > /var/lib/kimwatch/last-crawl.json
    """
    path = require_db()  # a cron job run from the wrong directory must not crawl into a new empty store

    def waiting(pid: int | None) -> None:
        click.echo(f"waiting for kimwatch process {pid or '?'} to finish writing {path} ...", err=True)

    with writer_lock(path, wait=wait, timeout=None, on_wait=waiting):
        result = run_crawl(path, kims=kims, sources=sources, types=types, trigger=trigger,
                           match=not no_match, progress=progress_printer(quiet),
                           include_backed_off=ignore_backoff,
                           status=None if quiet else (lambda line: click.echo(line, err=True)))
        verified = None
        rechecked = None
        # by default only after a crawl that included source channels: a KIM-only one (--kim,
        # --type telegram) finds no announcement, so it re-checks none unless asked (--recheck)
        crawled_sources = bool(sources) or (not kims and any(c.owner_kind == "source" for c in result.channels))
        if not result.interrupted_by and (recheck or (recheck is None and crawled_sources)):
            from crawler.harvest.recheck import recheck_announcements
            from crawler.store import connect

            db = connect(path)
            try:
                rechecked = recheck_announcements(db, sources=sources, force=bool(recheck))
            finally:
                db.close()
        if not (no_match or no_verify or result.interrupted_by):
            from crawler.selfreport.verify import verify_pending
            from crawler.store import connect

            db = connect(path)
            try:
                if not (kims or sources):
                    verified = verify_pending(db, match=True)  # an unfiltered crawl: every KIM's reports
                else:  # only the selected KIMs' reports (none for a --source-only crawl)
                    wanted = [row[0] for row in db.execute(
                        f"SELECT id FROM reports WHERE status = 'pending' AND decided_at IS NULL "
                        f"AND kim_id IN ({', '.join('?' for _ in kims)}) ORDER BY id", list(kims)
                    ).fetchall()] if kims else []
                    if wanted:
                        verified = verify_pending(db, report_ids=wanted, match=True)
            finally:
                db.close()
    after = (rechecked.requests if rechecked is not None else 0) + (verified.requests if verified is not None else 0)
    if after:  # every request the command sent is counted (the run's own were counted by the run)
        from crawler.harvest.runner import count_requests_after
        from crawler.store import connect

        db = connect(path)
        try:
            count_requests_after(db, result, after)
        finally:
            db.close()
    summary = crawl_summary(result, path)
    if verified is not None and verified.checked:
        summary["self_reports"] = verified.summary()
    if rechecked is not None and (rechecked.checked or rechecked.left):
        summary["recheck"] = rechecked.as_dict()
    if summary_json:
        _write_json(Path(summary_json), summary)
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        click.echo(format_summary(result))
        if verified is not None and verified.checked:
            click.echo(f"self-reports: {verified.summary()}")
        if rechecked is not None and (rechecked.checked or rechecked.left):
            click.echo(f"recheck: {rechecked.summary()}")
    if result.interrupted_by:
        raise SystemExit(128 + signal.Signals[result.interrupted_by].value)  # as the shell reports a signal
    if not result.channels and not result.skipped_backoff and not result.waiting_retry_after:
        click.echo("no crawlable channel matched: load a registry with `kimwatch registry load FILE`"
                   + (" or check the --kim/--source/--type filters" if kims or sources or types else ""),
                   err=True)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a monitor never reads half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        partial.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        raise click.ClickException(f"cannot write the crawl summary to {str(path)!r}: "
                                   f"{error.strerror or error}") from error


@click.command()
@click.option("--keep-serving", is_flag=True,
              help="Whether to keep the demo web running after the report, until Ctrl-C (to browse it).")
@click.option("-q", "--quiet", is_flag=True, help="Whether to print only the summary (no line per channel).")
@db_option
def demo(keep_serving: bool, quiet: bool) -> None:
    """Serve the bundled demo web on loopback and run the whole pipeline on it.

    Starts a small web of demo KIM blogs, Telegram previews, YouTube feeds and government
    sites on 127.0.0.1 at a free port, writes a registry pointing to it, loads it, crawls
    it, matches and prints the report. Safe to run again on the same database.

    The demo uses its own database, data/demo.db, unless --db or $KIMWATCH_DB names one;
    it refuses a database that holds KIMs other than the demo's.

    Example:

        kimwatch --db data/demo.db demo
    """
    from crawler.demo import run_demo

    run_demo(db_path_or(DEMO_DB), echo=click.echo, quiet=quiet, keep_serving=keep_serving,
             progress=progress_printer(quiet))
