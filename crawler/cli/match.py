"""CLI: ``kimwatch match`` and ``kimwatch review``."""

from __future__ import annotations

import json
import os
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from typing import Any

import click
import sqlite_utils

from crawler.cli.common import db_option, open_db
from crawler.matching import config as match_config
from crawler.matching import passes
from crawler.matching import review as match_review
from crawler.urls import canonical_url


@click.command()
@click.option("--rebuild", is_flag=True,
              help="Whether to recompute every automatic match instead of only new posts and "
                   "announcements (confirmed/rejected rows are kept). Default: no.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help=f"Text score an amplification needs. Default: $KIMWATCH_MATCH_THRESHOLD, "
                   f"else {match_config.DEFAULT_THRESHOLD}.")
@click.option("--horizon-days", type=click.FloatRange(0.0, None, min_open=True), default=None,
              help=f"How long after an announcement a post may still amplify it. Default: "
                   f"$KIMWATCH_MATCH_HORIZON_DAYS, else {match_config.DEFAULT_HORIZON_DAYS:g}.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes that score posts (worth it for thousands of posts). Default: "
                   "$KIMWATCH_MATCH_WORKERS, else the number of CPUs (at most 4).")
@click.option("--explain", "explain_post", metavar="POST_ID", default=None,
              help="Show why the post POST_ID matches what it matches (its candidates and their "
                   "scores) instead of matching. Default: off.")
@click.option("--show-personal-data", is_flag=True,
              help="Whether --explain shows phone numbers, NIKs and e-mail addresses as written. Default: "
                   "masked ([telepon], [NIK], [email]), as in reports and dumps.")
@db_option
def match(rebuild: bool, threshold: float | None, horizon_days: float | None,
          workers: int | None, explain_post: str | None, show_personal_data: bool) -> None:
    """Match posts to announcements (who amplified what) and print a summary.

    New or edited posts are matched against the announcements published before them
    (within the horizon); new announcements against the posts of their window. Evidence is
    a link to the announcement (after resolving short links) or text that restates it.
    Human decisions from `kimwatch review` are never changed.

    Example:

        kimwatch match

        kimwatch match --rebuild --threshold 0.55

        kimwatch match --explain d-p042
    """
    config = match_config.MatchConfig.from_env()
    if threshold is not None:
        config.threshold = threshold
    if horizon_days is not None:
        config.horizon_days = horizon_days
    if workers is not None:
        config.workers = workers
    elif not os.environ.get("KIMWATCH_MATCH_WORKERS"):
        config.workers = min(4, os.cpu_count() or 1)
    db = open_db(must_exist=True)
    if explain_post:
        found = passes.explain(db, explain_post, config)
        row = next(iter(db.query("SELECT title, text, links FROM posts WHERE id = ?", [explain_post])), {})
        text = "\n\n".join(part for part in (row.get("title") or "", row.get("text") or "") if part)
        _print_explanation(found, match_review.surface_forms(text), _printer(show_personal_data), text,
                           _posted_links(row.get("links")))
        return
    progress = _ProgressLine() if sys.stderr.isatty() else None
    stats = (passes.rebuild(db, config, progress=progress) if rebuild
             else passes.match_new(db, config, progress=progress))
    if progress is not None:
        progress.finish()
    click.echo(stats.summary())


class _ProgressLine:
    """A "matching: N/M posts" line on stderr (a terminal), every 2 s, for long passes."""

    MIN_POSTS = 2000  # fewer take a second or two: no line

    def __init__(self) -> None:
        self.shown = False
        self.last = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if total < self.MIN_POSTS or (now - self.last < 2 and done < total):
            return
        self.last = now
        click.echo(f"\rmatching: {done:,}/{total:,} posts ({100 * done // max(total, 1)}%)", err=True, nl=False)
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            click.echo("", err=True)


def _printer(show_personal_data: bool) -> Callable[[str], None]:
    """``click.echo`` for lines quoting posts, reports and their evidence: phone numbers, NIKs and
    e-mail addresses masked by the publication filter's rules (links in the line kept whole)
    unless ``show_personal_data``."""
    if show_personal_data:
        return click.echo
    from crawler.reporting.publish import clean_text

    return lambda line: click.echo(clean_text(line))


def _posted_links(value: object) -> list[str]:
    """The links of a ``posts`` row as the post gave them (a JSON list, or words)."""
    if isinstance(value, str):
        raw = value
        try:
            value = json.loads(raw)
        except ValueError:
            return raw.split()
    return [link for link in value if isinstance(link, str)] if isinstance(value, list) else []


EXPLAIN_LEGEND = ("(blocks: the paragraphs and list items a post is also read by, one at a time; "
                  "4-grams: the share of the post's runs of four words the announcement has; "
                  "+ matched, - not matched; in brackets the part of the post it was scored on)")


def _print_explanation(found: dict, forms: dict[str, str], echo: Callable[[str], None],
                       text: str | None = None, posted: Sequence[str] = ()) -> None:
    """What ``match --explain`` prints: the post's window, its decisions (an uncertain one as
    UNCERTAIN, a link match with the link as the post gave it), each link or candidate refused by
    a rule with that rule, and the facts as the post wrote them."""
    def facts(terms: list[str]) -> list[str]:
        return terms if text is None else match_review.shown_facts(terms, forms, text)

    def readable(terms: list[str]) -> str:
        return ", ".join(match_review.readable_term(t, forms) for t in facts(terms)) or "-"

    echo(f"post {found['post']} published {found['published_at'] or '?'}; "
               f"{found.get('announcements_in_window', 0)} announcement(s) in its window; "
               f"{found['blocks']} block(s); threshold {found['threshold']}")
    echo(EXPLAIN_LEGEND)
    if found["links"]:
        echo("links: " + " ".join(found["links"]))
    for decision in found["decisions"]:
        if decision.get("status") == "uncertain":
            echo(f"UNCERTAIN {decision['announcement']}  {decision['method']}  score {decision['score']:.2f}"
                       "  (too close to the threshold: counts nowhere until a person confirms it)")
        else:
            echo(f"MATCH {decision['announcement']}  {decision['method']}  score {decision['score']:.2f}")
        if decision["method"] == "link" and decision.get("link"):
            as_posted = next((raw for raw in posted if canonical_url(raw) == decision["link"]), decision["link"])
            echo(f"  decided by the link: {as_posted} (the text score below is shown for information only)")
    if not found["decisions"]:
        echo("no match")
    listed = {candidate["announcement"] for candidate in found["candidates"]}
    for announcement, why in found.get("refused", {}).items():
        if announcement not in listed:  # a linked announcement outside the window
            echo(f"  - link to {announcement}: not matched: {why}")
    for candidate in found["candidates"]:
        mark = "+" if candidate["accepted"] else "-"
        echo(f"  {mark} {candidate['score']:.2f} {candidate['announcement']} ({candidate['unit']}; "
                   f"4-grams {candidate['shingle_containment']:.2f}) {candidate['title'][:70]}")
        rounded = candidate.get("rounded_facts") or {}
        same = ", ".join(f"{match_review.readable_term(rounded[t], forms)} ≈ {match_review.indonesian_figure(t)}" if t in rounded
                         else match_review.readable_term(t, forms) for t in facts(candidate["shared_facts"])) or "-"
        echo(f"      same facts: {same}; post-only facts: {readable(candidate['post_only_facts'])}")
        if not candidate["accepted"] and candidate.get("refused"):
            echo(f"      not matched: {candidate['refused']}")
    for later in found.get("published_after", []):
        echo(f"  published after the post: {later['announcement']} ({later['hours_after']:g} h later, "
             f"score {later['score']:.2f}) {later['title'][:70]}, not a candidate")


def _show(item: match_review.ReviewItem, number: int, echo: Callable[[str], None]) -> None:
    lag = f"{item.lag_hours:.1f} h" if item.lag_hours is not None else "?"
    echo(f"[{number}] {item.id}")
    flag = "  UNCERTAIN (counts nowhere until confirmed)" if item.status == "uncertain" else ""
    echo(f"    score {item.score:.2f}  method {item.method}  lag {lag}  kim {item.kim_id}{flag}")
    echo(f"    post: {item.post_url or '-'}")
    echo(textwrap.indent(textwrap.shorten(item.post_text, 220, placeholder=" …"), "      "))
    echo(f"    announcement: {item.announcement_title} ({item.announcement_url or '-'})")
    echo(f"    why: {item.evidence_summary()}")


@click.command()
@click.option("--limit", type=click.IntRange(1, None), default=20, show_default=True,
              help="How many automatic matches to list, least certain first.")
@click.option("--confirm", "confirms", multiple=True, metavar="ID",
              help="Confirm the amplification ID (POST_ID|ANNOUNCEMENT_ID); repeatable.")
@click.option("--reject", "rejects", multiple=True, metavar="ID",
              help="Reject the amplification ID (POST_ID|ANNOUNCEMENT_ID); repeatable.")
@click.option("--add", "adds", multiple=True, metavar="ID",
              help="Record an amplification the matcher missed (POST_ID|ANNOUNCEMENT_ID), confirmed, "
                   "method 'manual'; repeatable.")
@click.option("--by", "by", default=None, metavar="NAME",
              help="Who decides, stored as decided_by. Default: the OS user.")
@click.option("--reports", "reports", is_flag=True,
              help="Whether to review self-reports instead of matches: list the unverified ones (login wall, "
                   "WhatsApp group, ...) with the URL to open; --confirm/--reject then take report ids.")
@click.option("--interactive/--no-interactive", default=None,
              help="Whether to ask c/r/s/q for each listed match. Default: when stdin is a terminal "
                   "and no --confirm/--reject is given.")
@click.option("--show-personal-data", is_flag=True,
              help="Whether the list shows phone numbers, NIKs and e-mail addresses as written. Default: masked "
                   "([telepon], [NIK], [email]), as in reports and dumps.")
@db_option
def review(limit: int, confirms: tuple[str, ...], rejects: tuple[str, ...], adds: tuple[str, ...],
           by: str | None, reports: bool, interactive: bool | None, show_personal_data: bool) -> None:
    """List the least certain automatic matches and confirm or reject them.

    Each match has the ID POST_ID|ANNOUNCEMENT_ID (quote it in the shell). Decisions are
    stored with who (--by, default the OS user) and when, and are never overridden by
    `kimwatch match --rebuild`. On a terminal, each match is shown in turn: c confirms,
    r rejects, s skips, q quits.

    Example:

        kimwatch review --limit 10

        kimwatch review --confirm 'p-1|a-2' --reject 'p-3|a-4' --by rina

        kimwatch review --add 'p-7|a-2'    # a match the matcher missed

        kimwatch review --reports --confirm 12 --reject 13   # self-reports a person checked
    """
    db = open_db(must_exist=True)
    reviewer = by or match_review.default_reviewer()
    if reports:
        _review_reports(db, limit, confirms, rejects, reviewer, interactive, _printer(show_personal_data))
        return
    if confirms or rejects or adds:
        counts = match_review.record_decisions(db, confirms=confirms, rejects=rejects, adds=adds, by=reviewer)
        click.echo(f"recorded {counts['confirmed']} confirmed, {counts['rejected']} rejected"
                   + (f", {counts['added']} added" if adds else "") + f" (by {reviewer})")
        return
    items = match_review.uncertain(db, limit)
    if not items:
        click.echo("nothing to review: no automatic matches")
        return
    if interactive is None:
        interactive = sys.stdin.isatty()
    decided = _decide_each(
        list(enumerate(items, 1)), lambda entry: _show(entry[1], entry[0], _printer(show_personal_data)), interactive,
        lambda entry, status: match_review.record_decision(db, entry[1].id, status, reviewer))
    if interactive:
        click.echo(f"recorded {decided['confirmed']} confirmed, {decided['rejected']} rejected "
                   f"(by {reviewer})")


def _decide_each(items: list[Any], show: Callable[[Any], None], interactive: bool,
                 decide: Callable[[Any, str], object]) -> dict[str, int]:
    """Show each item; when interactive, ask confirm/reject/skip/quit and record the decision."""
    decided = {"confirmed": 0, "rejected": 0}
    for item in items:
        show(item)
        if not interactive:
            continue
        answer = click.prompt("    [c]onfirm, [r]eject, [s]kip, [q]uit",
                              type=click.Choice(["c", "r", "s", "q"]), default="s", show_choices=False)
        if answer == "q":
            break
        if answer in ("c", "r"):
            status = "confirmed" if answer == "c" else "rejected"
            decide(item, status)
            decided[status] += 1
    return decided


def _review_reports(db: sqlite_utils.Database, limit: int, confirms: tuple[str, ...], rejects: tuple[str, ...], reviewer: str,
                    interactive: bool | None, echo: Callable[[str], None]) -> None:
    """`review --reports`: the unverified self-reports, each with the URL a person opens."""
    from crawler.selfreport import verify as selfreport

    if confirms or rejects:
        for report_id in confirms:
            post_id = selfreport.confirm(db, report_id, reviewer)
            click.echo(f"report {report_id}: confirmed, post {post_id}")
        for report_id in rejects:
            selfreport.reject(db, report_id, reviewer)
            click.echo(f"report {report_id}: rejected")
        click.echo(f"recorded {len(confirms)} confirmed, {len(rejects)} rejected report(s) (by {reviewer})")
        return
    items = selfreport.to_review(db, limit)
    if not items:
        click.echo("nothing to review: no unverified self-reports, and none rejected that waits for an officer")
        return
    if interactive is None:
        interactive = sys.stdin.isatty()

    def show(item: dict[str, Any]) -> None:
        # a rejected one (its link led into an internal address) is named so: the form told the KIM
        # an officer checks it
        state = f"rejected/{item['reason']}" if item["status"] == "rejected" else (item["reason"] or "-")
        echo(f"[{item['id']}] {item['kim_id']} ({item['kim_name']})  {state}")
        click.echo(f"    open: {item['url']}")  # the link a person opens: as reported (an invite, a wa.me number)
        if item["note"]:
            echo(f"    note: {textwrap.shorten(item['note'], 200, placeholder=' …')}")
        if item["detail"]:
            echo(f"    why: {item['detail']}")

    def decide(item: dict[str, Any], status: str) -> None:
        (selfreport.confirm if status == "confirmed" else selfreport.reject)(db, item["id"], reviewer)

    decided = _decide_each(items, show, interactive, decide)
    if interactive:
        click.echo(f"recorded {decided['confirmed']} confirmed, {decided['rejected']} rejected report(s) "
                   f"(by {reviewer})")
    else:
        click.echo(f"{len(items)} report(s) to review: open each link, then "
                   "`kimwatch review --reports --confirm ID` or `--reject ID`")
