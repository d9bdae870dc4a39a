"""Verification of pending self-reports against the public web, and the decisions of a person.

For each ``pending`` report: resolve the URL offline (wrappers, mobile hosts), fetch it
(:mod:`~crawler.selfreport.fetch`), read its public preview (:mod:`~crawler.selfreport.preview`,
oEmbed when the page offers it), and compare the account it names with the KIM's registered
channels of the same platform (:mod:`~crawler.selfreport.accounts`). Outcomes:

============  ======================  ====================================================
status        reason                  when
============  ======================  ====================================================
verified      (none)                  the post is public, has text and is the KIM's own
rejected      not-found               404/410, or a "content not available" page
rejected      owner-mismatch          the post belongs to another account
rejected      not-public              an internal address (the crawler's guard refuses it)
unverified    login-wall              no public preview (a closed group, a private profile)
unverified    not-public              403/401, or a WhatsApp group (no public URL)
unverified    no-text                 the KIM's post, but its preview carries no text
unverified    channel-not-registered  the KIM has no channel registered on that platform
unverified    owner-unknown           the preview names no account
unverified    robots                  robots.txt disallows the page
unverified    unreachable             still failing after :data:`MAX_ATTEMPTS` tries
============  ======================  ====================================================

A network failure leaves the report ``pending`` (tried again on the next pass). A verified
report becomes a post (``origin`` ``self-report``; text and time from the preview; the time
reported when the page gives none, marked in ``extra.published_at_from``) and is matched like
any other. An ``unverified`` report counts only after :func:`confirm` (``kimwatch review --reports``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.errors import SelfReportError
from crawler.harvest.page import decode_html
from crawler.imports import platform_of
from crawler.selfreport.accounts import (
    account_ids,
    channel_ids,
    post_address,
    site_key,
    site_path,
    under,
    unwrap,
)
from crawler.selfreport.fetch import FetchFailed, PreviewFetcher, Refused
from crawler.selfreport.preview import Preview, read_oembed, read_preview
from crawler.urls import canonical_url

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
ORIGIN = store.SELF_REPORT
#: oEmbed endpoints that answer without a key, for pages that do not link their own.
OEMBED_ENDPOINTS = {"tiktok": "https://www.tiktok.com/oembed?url={url}"}


@dataclass
class Outcome:
    """The decision about one report."""

    status: str
    reason: str | None = None
    detail: str = ""
    post: dict[str, Any] | None = None
    channel_id: str | None = None


@dataclass
class VerifyStats:
    """What a verification pass did."""

    checked: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    posts_new: int = 0
    still_pending: int = 0
    lines: list[str] = field(default_factory=list)  # one per report: "12 kim-x verified https://…"
    requests: int = 0  # requests sent (robots.txt and redirect hops included)

    def summary(self) -> str:
        parts = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items())) or "nothing"
        return (f"{self.checked} report(s) checked: {parts}; {self.posts_new} new post(s)"
                + (f"; {self.still_pending} left pending after a network failure" if self.still_pending else ""))


def kim_channels(db: sqlite_utils.Database, kim_id: str) -> list[dict[str, Any]]:
    return list(db.query("SELECT id, type, url, via FROM channels WHERE owner_kind = 'kim' AND owner_id = ? "
                         "AND status != 'retired'", [kim_id]))


def channel_origins(channels: Iterable[dict[str, Any]]) -> list[str]:
    """The URLs of the KIM's channels (and their ``via``): where a chain may start, so that a
    channel registered on an internal address on purpose (an intranet) lets its own host and
    port be fetched, as the crawl does (:func:`crawler.selfreport.fetch.address_refusal`)."""
    return [url for channel in channels for url in (channel["url"], channel.get("via")) if url]


def _website_owner(final: str, matching: Sequence[dict[str, Any]],
                   others: Sequence[dict[str, Any]]) -> Outcome | list[dict[str, Any]]:
    """Which of the KIM's website channels on the page's host a page belongs to (the channels
    whose :func:`~crawler.selfreport.accounts.site_path` it is under, the longest first), or the
    outcome when it is none of them: a website link is the KIM's only under its channel's path,
    not any page of the host (a kabupaten portal, an intranet server hosts several KIMs under
    ``/kim/<name>/``). Under another KIM's channel path (a longer one than the KIM's own):
    ``owner-mismatch``; under no KIM's path, or as deep under another KIM's as under its own:
    ``owner-unknown`` (a person looks)."""
    parts = urlsplit(final)
    site, path = site_key(final), parts.path or "/"
    mine = [(len(site_path(c["url"])), c) for c in matching
            if site_key(c["url"]) == site and under(path, site_path(c["url"]))]
    theirs = [(len(site_path(c["url"])), c) for c in others
              if channel_ids(c["type"], c["url"])[0] == "website" and site_key(c["url"]) == site
              and under(path, site_path(c["url"]))]
    best_mine = max((n for n, _ in mine), default=-1)
    best_theirs = max((n for n, _ in theirs), default=-1)
    bases = ", ".join(sorted({site_path(c["url"]) for c in matching}))
    if best_theirs > best_mine:
        other = max(theirs, key=lambda pair: pair[0])[1]
        return Outcome("rejected", "owner-mismatch",
                       f"{final} is under {other['owner_id']}'s website ({other['url']}), not under the KIM's "
                       f"own path on {parts.netloc} ({bases})")
    if best_mine < 0:
        return Outcome("unverified", "owner-unknown",
                       f"{final} is on the host of the KIM's website but not under its path ({bases}); "
                       "a person checks whose page it is")
    if best_mine == best_theirs:
        shared = ", ".join(sorted({str(c["owner_id"]) for n, c in theirs if n == best_theirs}))
        return Outcome("unverified", "owner-unknown",
                       f"{final} is under a path of {parts.netloc} that {shared} registered too; a person checks")
    return [c for n, c in sorted(mine, key=lambda pair: -pair[0])]


def check_report(report: dict[str, Any], channels: Sequence[dict[str, Any]], fetcher: PreviewFetcher,
                 others: Sequence[dict[str, Any]] = ()) -> Outcome:
    """Decide one report (network only through ``fetcher``). ``others`` are the other KIMs'
    channels (with ``owner_id``): on a host several KIMs share, a page is the one's whose
    channel path it is under."""
    address = post_address(report["url"])
    if address.group_message:
        return Outcome("unverified", "not-public", f"a {address.platform.capitalize()} group invite: a group "
                                                   "message has no public URL; a person must confirm it")
    origins = channel_origins(channels)
    try:
        page = fetcher.fetch(address.url, origins)
    except Refused as refused:
        status = "rejected" if refused.reason == "not-public" else "unverified"
        return Outcome(status, refused.reason, str(refused))
    except FetchFailed as failed:
        return Outcome("pending", "fetch-failed", str(failed))
    if page.status in (404, 410):
        return Outcome("rejected", "not-found", f"HTTP {page.status} at {page.url}")
    if page.status in (401, 403):
        return Outcome("unverified", "not-public", f"HTTP {page.status} at {page.url}")
    if page.status in (429,) or page.status >= 500:
        return Outcome("pending", "fetch-failed", f"HTTP {page.status} at {page.url}")
    if page.status != 200:
        return Outcome("unverified", "not-public", f"HTTP {page.status} at {page.url}")
    final = unwrap(page.url)
    platform = platform_of(final)  # a shortened link (bit.ly, s.id) leads to the platform's page
    # decoded as the crawler decodes pages (header, <meta charset>, BOM, else UTF-8, else
    # windows-1252): a page that declares no charset is not read as Latin-1
    preview = read_preview(decode_html(page.body, page.content_type), final, platform)
    if preview.gone:
        return Outcome("rejected", "not-found", f"the page says the content is not available ({final})")
    if preview.login_wall:
        return Outcome("unverified", "login-wall", f"no public preview: a login page answers for {final}")
    oembed = preview.oembed_url
    if not oembed and platform in OEMBED_ENDPOINTS:
        oembed = OEMBED_ENDPOINTS[platform].format(url=quote(final, safe=""))
    if oembed and (not preview.text or not preview.owner_ids):
        try:
            answer = fetcher.fetch(oembed, origins)
            if answer.status == 200:
                read_oembed(answer.body, platform, preview)
        except (Refused, FetchFailed) as error:
            log.info("oEmbed of %s not read: %s", final, error)
    owner = set(account_ids(platform, final)[0]) | preview.owner_ids
    if not address.share_link:
        owner |= address.ids
    own = [c for c in channels if channel_ids(c["type"], c["url"])[0] == platform]
    if not own:
        return Outcome("unverified", "channel-not-registered",
                       f"the KIM has no {platform} channel in the registry; register it, or a person confirms")
    matching = [c for c in own if channel_ids(c["type"], c["url"])[1] & owner]
    if not owner:
        return Outcome("unverified", "owner-unknown", f"the preview of {final} names no account")
    if not matching:
        registered = ", ".join(sorted(set().union(*(channel_ids(c["type"], c["url"])[1] for c in own))))
        return Outcome("rejected", "owner-mismatch",
                       f"posted by {', '.join(sorted(owner))}, not by the KIM's {platform} account ({registered})")
    if platform == "website":
        owned = _website_owner(final, matching, others)
        if isinstance(owned, Outcome):
            return owned
        matching = owned
    channel = matching[0]
    if not preview.text:
        return Outcome("unverified", "no-text", f"the KIM's post at {final} shows no text in its preview",
                       channel_id=channel["id"])
    return Outcome("verified", None, f"{platform} account {', '.join(sorted(owner))}",
                   post=_post_of(report, preview, final, platform, channel["id"]), channel_id=channel["id"])


def _post_of(report: dict[str, Any], preview: Preview, url: str, platform: str,
             channel_id: str | None) -> dict[str, Any]:
    extra: dict[str, Any] = {"report_id": report["id"]}
    published_at = preview.published_at
    if not published_at:
        published_at = report.get("reported_at") or report.get("created_at")
        extra["published_at_from"] = "reported_at" if report.get("reported_at") else "report_received"
    links = []
    for link in preview.links:
        canonical = canonical_url(link)
        if canonical and canonical not in links:
            links.append(canonical)
    post_url = url
    title = preview.title if preview.title and preview.title != preview.text else None
    return {
        "id": store.stable_id("p", report["kim_id"], post_url, ""),
        "kim_id": report["kim_id"], "channel_id": channel_id, "platform": platform, "url": post_url,
        "canonical_url": canonical_url(post_url), "title": title, "text": preview.text,
        "published_at": published_at, "links": links, "origin": ORIGIN, "extra": extra,
        "content_hash": store.content_hash(title, preview.text, json.dumps(links)),
    }


def _record(db: sqlite_utils.Database, report: dict[str, Any], outcome: Outcome) -> bool:
    """Store an outcome; True when it made a new post."""
    now = utc_now()
    new_post = False
    with store.transaction(db):
        post_id = None
        if outcome.post is not None:
            # the post already stored through another origin (crawled from a bridge feed, imported)
            # stays the post; this report's way to it is recorded in its extra.seen_as
            post = outcome.post
            post_id = store.same_post(db, post["kim_id"], post["canonical_url"], post["id"], ORIGIN) or post["id"]
            new, _ = store.save_posts(db, [post])
            new_post = bool(new)
        attempts = int(report.get("attempts") or 0) + 1
        status, reason = outcome.status, outcome.reason
        if status == "pending" and attempts >= MAX_ATTEMPTS:
            status, reason = "unverified", "unreachable"
        db.execute("UPDATE reports SET status = ?, reason = ?, detail = ?, post_id = coalesce(?, post_id), "
                   "channel_id = coalesce(?, channel_id), checked_at = ?, attempts = ? WHERE id = ?",
                   [status, reason, outcome.detail[:1000], post_id, outcome.channel_id, now, attempts, report["id"]])
    return new_post


def verify_pending(db: sqlite_utils.Database, *, fetcher: PreviewFetcher | None = None,
                   report_ids: Sequence[int] = (), recheck: bool = False, match: bool = True) -> VerifyStats:
    """Check every pending report (or ``report_ids``; ``recheck`` also takes unverified ones),
    store the outcomes, then match the new posts (unless ``match`` is false)."""
    statuses = ("pending", "unverified") if recheck else ("pending",)
    sql = f"SELECT * FROM reports WHERE status IN ({', '.join('?' for _ in statuses)}) AND decided_at IS NULL"
    params: list[Any] = list(statuses)
    if report_ids:
        sql += f" AND id IN ({', '.join('?' for _ in report_ids)})"
        params += list(report_ids)
    reports = list(db.query(sql + " ORDER BY id", params))
    stats = VerifyStats()
    if not reports:
        return stats
    fetcher = fetcher or PreviewFetcher()
    channels: dict[str, list[dict[str, Any]]] = {}
    every = list(db.query("SELECT id, type, url, via, owner_id FROM channels WHERE owner_kind = 'kim' "
                          "AND status != 'retired'"))
    for report in reports:
        own = channels.setdefault(report["kim_id"], kim_channels(db, report["kim_id"]))
        others = [c for c in every if c["owner_id"] != report["kim_id"]]
        try:
            outcome = check_report(report, own, fetcher, others)
        except Exception as error:  # a page no parser expected costs its report only, as in a crawl
            log.warning("report %s (%s): check failed: %r", report["id"], report["url"], error)
            outcome = Outcome("pending", "check-failed", f"check failed: {error!r}")
        if _record(db, report, outcome):
            stats.posts_new += 1
        stats.checked += 1
        stored = db.execute("SELECT status FROM reports WHERE id = ?", [report["id"]]).fetchone()[0]
        stats.statuses[stored] = stats.statuses.get(stored, 0) + 1
        if stored == "pending":
            stats.still_pending += 1
        stats.lines.append(f"{report['id']}\t{report['kim_id']}\t{stored}"
                           f"{'/' + outcome.reason if outcome.reason else ''}\t{report['url']}")
        log.info("report %s (%s) %s: %s %s", report["id"], report["kim_id"], report["url"], stored, outcome.detail)
    stats.requests = int(getattr(fetcher, "requests", 0))
    if match and stats.posts_new:
        from crawler.matching import passes

        passes.match_new(db)
    return stats


# --------------------------------------------------------------------------- a person's decisions

#: the reasons the form tells a KIM "an officer will check" (petugas akan memeriksa): a report
#: with one of them waits for a person whatever its status, a ``rejected`` one included
OFFICER_CHECKS = ("login-wall", "not-public", "owner-unknown", "robots")


def to_review(db: sqlite_utils.Database, limit: int = 50) -> list[dict[str, Any]]:
    """Reports waiting for a person, oldest first: ``unverified`` ones (login wall, WhatsApp group,
    …), and the ones verification rejected for a reason the form promises an officer looks at
    (:data:`OFFICER_CHECKS`: a public link that led into an internal address), until a person
    confirms or rejects them."""
    marks = ", ".join("?" for _ in OFFICER_CHECKS)
    return list(db.query(
        "SELECT r.*, k.name AS kim_name FROM reports r JOIN kims k ON k.id = r.kim_id "
        f"WHERE (r.status = 'unverified' OR (r.status = 'rejected' AND r.reason IN ({marks}))) "
        "AND r.decided_at IS NULL ORDER BY r.id LIMIT ?", [*OFFICER_CHECKS, limit]))


def _report(db: sqlite_utils.Database, report_id: str | int) -> dict[str, Any]:
    try:
        number = int(str(report_id).strip())
    except ValueError:
        raise SelfReportError(f"report id {report_id!r} is not a number; `kimwatch review --reports` lists them") from None
    rows = list(db.query("SELECT * FROM reports WHERE id = ?", [number]))
    if not rows:
        raise SelfReportError(f"no report {number}; `kimwatch review --reports` lists the reports to review")
    return rows[0]


def confirm(db: sqlite_utils.Database, report_id: str | int, by: str, *, match: bool = True) -> str:
    """A person opened the link and saw the KIM's post: the report is verified and becomes a post
    (its text from the preview when there was one, else the report's note; its time reported)."""
    report = _report(db, report_id)
    if report["status"] == "verified":
        return report["post_id"] or ""
    preview = Preview(text=report.get("note"))
    address = post_address(report["url"])
    post = _post_of(report, preview, address.url, address.platform, report.get("channel_id"))
    post["extra"]["confirmed_by"] = by
    now = utc_now()
    with store.transaction(db):
        # a post already stored (crawled, imported) stays the post: the report points at it
        post_id = store.same_post(db, post["kim_id"], post["canonical_url"], post["id"], ORIGIN) or post["id"]
        store.save_posts(db, [post])
        db.execute("UPDATE reports SET status = 'verified', reason = 'confirmed', post_id = ?, decided_by = ?, "
                   "decided_at = ? WHERE id = ?", [post_id, by, now, report["id"]])
    if match:
        from crawler.matching import passes

        passes.match_new(db)
    return str(post_id)


def reject(db: sqlite_utils.Database, report_id: str | int, by: str) -> None:
    """A person found the report does not hold."""
    report = _report(db, report_id)
    if report["status"] == "verified" and report["decided_at"] is None and report["post_id"]:
        raise SelfReportError(f"report {report['id']} was verified on the public web; reject its matches with "
                              "`kimwatch review --reject` instead")
    with store.transaction(db):
        db.execute("UPDATE reports SET status = 'rejected', reason = 'rejected-by-reviewer', decided_by = ?, "
                   "decided_at = ? WHERE id = ?", [by, utc_now(), report["id"]])


def report_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Reports per status."""
    return {status: n for status, n in db.execute("SELECT status, count(*) FROM reports GROUP BY status")}
