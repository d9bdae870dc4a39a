"""Re-checking recent announcements' pages: a release its source took down stops looking live.

A source sometimes deletes or unpublishes an announcement (a wrong figure, a cancelled event):
its URL then answers 404 or 410 and its feed or listing no longer lists it. Without a look at
the page, kimwatch kept listing it in reports as if it were live. After a crawl of the sources,
:func:`recheck_announcements` asks again for the pages of the announcements published within the
matcher's horizon (``KIMWATCH_MATCH_HORIZON_DAYS``: older ones are no longer matched, so no longer
re-checked) that a crawl found (imported announcements are the office's own record, never fetched):

* politely, as the self-report check fetches (:class:`crawler.selfreport.fetch.PreviewFetcher`:
  the crawler's guard, proxies, robots.txt and its Crawl-delay, user agent, time and size limits,
  a pause between two requests to one host), with a **conditional request** (the ETag and
  Last-Modified of its last answer): an unchanged page costs a 304 without a body;
* **bounded**: at most ``RECHECK_MAX_PER_RUN`` pages a run and ``RECHECK_MAX_PER_HOST`` per host,
  each page at most once every ``RECHECK_EVERY_HOURS`` (crawl settings), the longest unchecked
  first; a page that answered 404/410 once is asked again at the next run, to confirm (once
  withdrawn, it waits ``RECHECK_EVERY_HOURS`` like any other); a
  host that times out, refuses the connection or answers 429/503 is asked nothing more in that run;
* **two 404/410 answers in a row** mark the announcement withdrawn: ``announcements.withdrawn_at``
  is the time of the first of them (when the page was found gone). A timeout, a refused
  connection, a 5xx, a 429, a 401/403 or a refusal by robots.txt proves nothing: it neither counts
  as a miss nor breaks a run of them. A 2xx or 304 answer (after redirects) clears the misses and,
  for a withdrawn announcement that came back, ``withdrawn_at``.

Amplifications of a withdrawn announcement keep counting (a KIM that relayed it while it was
live did relay it; kimwatch cannot tell to the hour when it went); reports flag them
(:mod:`crawler.reporting.kpis`: ``withdrawn_at`` per announcement).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from crawler import store
from crawler.dates import ISO_FORMAT, from_iso, utc_now
from crawler.urls import is_http_url

log = logging.getLogger(__name__)

#: answers that say the page is gone
GONE = (404, 410)


@dataclass
class RecheckResult:
    """What one re-check pass did."""

    checked: int = 0
    live: int = 0
    missing: int = 0  # answered 404/410 (a first miss, or a confirmation)
    inconclusive: int = 0  # no answer that proves anything (timeout, 5xx, 429, refused …)
    withdrawn: list[str] = field(default_factory=list)  # ids marked withdrawn in this pass
    restored: list[str] = field(default_factory=list)  # ids that came back
    left: int = 0  # due, but over the per-run or per-host bound: next time
    requests: int = 0  # requests sent (robots.txt and redirect hops included)

    def summary(self) -> str:
        parts = [f"{self.checked} announcement page(s) re-checked: {self.live} live, {self.missing} gone (404/410), "
                 f"{self.inconclusive} without a clear answer"]
        if self.withdrawn:
            parts.append(f"withdrawn: {', '.join(self.withdrawn)}")
        if self.restored:
            parts.append(f"back again: {', '.join(self.restored)}")
        if self.left:
            parts.append(f"{self.left} left for the next run (per-run/per-host bound)")
        return "; ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {"checked": self.checked, "live": self.live, "missing": self.missing,
                "inconclusive": self.inconclusive, "withdrawn": self.withdrawn, "restored": self.restored,
                "left": self.left}


def due_announcements(db: sqlite_utils.Database, *, now: str, horizon_days: float, every_hours: float,
                      sources: Sequence[str] = (), force: bool = False) -> list[dict[str, Any]]:
    """The announcements whose page is due for a re-check, in the order they should be checked:
    unconfirmed misses first, then never checked, then the longest unchecked (newest first among
    equals). ``force`` ignores ``every_hours``."""
    moment = from_iso(now)
    since = (moment - timedelta(days=horizon_days)).strftime(ISO_FORMAT)
    due = (moment - timedelta(hours=every_hours)).strftime(ISO_FORMAT)
    # found by a crawl (through a channel): an imported announcement is the office's own record
    where = ["an.url IS NOT NULL", "an.channel_id IS NOT NULL", "an.published_at >= ?"]
    params: list[Any] = [since]
    if not force:
        # an unconfirmed miss (one 404/410, not yet withdrawn) is asked again at once, to confirm;
        # once withdrawn, the page is on the same RECHECK_EVERY_HOURS as any other (it was asked
        # at every crawl, its misses counting up, while the README promised at most every 6 h)
        where.append("(r.checked_at IS NULL OR r.checked_at <= ? OR (r.misses > 0 AND an.withdrawn_at IS NULL))")
        params.append(due)
    if sources:
        where.append(f"an.source_id IN ({', '.join('?' for _ in sources)})")
        params.extend(sources)
    return list(db.query(
        f"""SELECT an.id, an.url, an.source_id, an.withdrawn_at, r.checked_at, r.misses, r.first_miss_at,
                   r.etag, r.last_modified
            FROM announcements an LEFT JOIN announcement_rechecks r ON r.announcement_id = an.id
            WHERE {' AND '.join(where)}
            ORDER BY coalesce(r.misses, 0) > 0 AND an.withdrawn_at IS NULL DESC, r.checked_at IS NOT NULL,
                     r.checked_at, an.published_at DESC""",
        params))


def _source_origins(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Per source, the URLs of its channels (and their ``via``): as in the crawl, a channel
    registered on an internal address on purpose lets its own host and port be fetched, nothing
    else of that machine (:func:`crawler.selfreport.fetch.address_refusal`)."""
    origins: dict[str, list[str]] = {}
    for owner, url, via in db.execute("SELECT owner_id, url, via FROM channels WHERE owner_kind = 'source'"):
        origins.setdefault(owner, []).extend(address for address in (url, via) if address)
    return origins


def recheck_announcements(db: sqlite_utils.Database, *, sources: Sequence[str] = (), fetcher: Any = None,
                          settings: Any = None, horizon_days: float | None = None, force: bool = False,
                          now: str | None = None) -> RecheckResult:
    """Re-check the pages of recent announcements (of ``sources``; default: all) and record what
    they answered: see the module's docstring. Network only through ``fetcher`` (default: a
    :class:`~crawler.selfreport.fetch.PreviewFetcher` with the crawl ``settings``)."""
    from crawler.selfreport.fetch import FetchFailed, PreviewFetcher, Refused

    if "announcement_rechecks" not in db.table_names():
        return RecheckResult()  # a store older than the re-check: `kimwatch init` upgrades it
    if settings is None and db.execute("SELECT 1 FROM announcements WHERE url IS NOT NULL "
                                       "AND channel_id IS NOT NULL LIMIT 1").fetchone() is None:
        return RecheckResult()  # nothing a crawl found: the settings (Scrapy's) are not even loaded
    if settings is None:
        from crawler.settings import load_settings

        settings = load_settings()
    if horizon_days is None:
        from crawler.matching.config import MatchConfig

        horizon_days = MatchConfig.from_env().horizon_days
    per_run = max(0, settings.getint("RECHECK_MAX_PER_RUN", 60))
    per_host = max(0, settings.getint("RECHECK_MAX_PER_HOST", 20))
    every = max(0.0, settings.getfloat("RECHECK_EVERY_HOURS", 6.0))
    result = RecheckResult()
    rows = due_announcements(db, now=now or utc_now(), horizon_days=horizon_days, every_hours=every,
                             sources=sources, force=force)
    chosen: list[dict[str, Any]] = []
    per_host_count: Counter[str] = Counter()
    for row in rows:
        if not is_http_url(row["url"]):
            continue
        host = (urlsplit(row["url"]).netloc or "").lower()
        if len(chosen) >= per_run or per_host_count[host] >= per_host:
            result.left += 1
            continue
        per_host_count[host] += 1
        chosen.append(row)
    if not chosen:
        return result
    fetcher = fetcher or PreviewFetcher(settings)
    origins = _source_origins(db)
    troubled: set[str] = set()  # hosts that timed out, refused or answered 429/503 in this pass
    for row in chosen:
        host = (urlsplit(row["url"]).netloc or "").lower()
        if host in troubled:
            result.left += 1  # not asked again in this pass: a host in trouble is left alone
            continue
        checked_at = utc_now()
        status: int | None = None
        error: str | None = None
        page = None
        try:
            page = fetcher.fetch(row["url"], origins.get(row["source_id"], ()), etag=row["etag"],
                                 last_modified=row["last_modified"])
            status = page.status
        except FetchFailed as failed:
            error = str(failed)
            troubled.add(host)
        except Refused as refused:
            error = str(refused)
        if status in (429, 503):  # "come back later": the whole host, not this page
            troubled.add(host)
        _record(db, row, checked_at, status, error, page, result)
    result.requests = int(getattr(fetcher, "requests", 0))
    log.info("recheck: %s", result.summary())
    return result


def _record(db: sqlite_utils.Database, row: dict[str, Any], checked_at: str, status: int | None,
            error: str | None, page: Any, result: RecheckResult) -> None:
    """Store one answer (each in its own short transaction: a stop loses nothing recorded)."""
    result.checked += 1
    misses, first_miss = row["misses"] or 0, row["first_miss_at"]
    etag, last_modified = row["etag"], row["last_modified"]
    withdrawn_at = row["withdrawn_at"]
    if status in GONE:
        result.missing += 1
        misses, first_miss = misses + 1, first_miss or checked_at
        if misses >= 2 and withdrawn_at is None:
            withdrawn_at = first_miss
            result.withdrawn.append(row["id"])
            log.warning("announcement %s withdrawn: %s answered %s twice in a row (first at %s)",
                        row["id"], row["url"], status, first_miss)
    elif status is not None and (200 <= status < 300 or status == 304):
        result.live += 1
        misses, first_miss = 0, None
        if status != 304 and page is not None:
            etag, last_modified = page.etag, page.last_modified
        if withdrawn_at is not None:
            withdrawn_at = None
            result.restored.append(row["id"])
            log.warning("announcement %s is back: %s answered %s", row["id"], row["url"], status)
    else:
        result.inconclusive += 1
        if error is None:
            error = f"HTTP {status}"
    with store.transaction(db):
        db.execute(
            """INSERT INTO announcement_rechecks
                   (announcement_id, checked_at, status, error, misses, first_miss_at, etag, last_modified)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (announcement_id) DO UPDATE SET checked_at = excluded.checked_at,
                   status = excluded.status, error = excluded.error, misses = excluded.misses,
                   first_miss_at = excluded.first_miss_at, etag = excluded.etag,
                   last_modified = excluded.last_modified""",
            [row["id"], checked_at, status, error, misses, first_miss, etag, last_modified])
        if withdrawn_at != row["withdrawn_at"]:
            db.execute("UPDATE announcements SET withdrawn_at = ? WHERE id = ?", [withdrawn_at, row["id"]])

