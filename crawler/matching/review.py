"""Human review of automatic amplifications: list the least certain, confirm or reject.

A decision sets ``status`` to ``confirmed`` or ``rejected`` with who (``decided_by``) and
when (``decided_at``); the matcher never changes such a row again, not even on
``kimwatch match --rebuild``.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.errors import ReviewError

SEPARATOR = "|"
STATUSES = ("confirmed", "rejected")
MANUAL_METHOD = "manual"  # an amplification a person added, which the matcher missed


@dataclass
class ReviewItem:
    """One automatic amplification as a reviewer sees it."""

    id: str
    post_id: str
    announcement_id: str
    kim_id: str
    method: str
    score: float
    lag_hours: float | None
    post_url: str | None
    post_text: str
    announcement_title: str
    announcement_url: str | None
    evidence: dict[str, Any]

    def evidence_summary(self) -> str:
        """A short line saying why the matcher decided so."""
        ev = self.evidence
        if ev.get("kind") == "link":
            return f"links to {ev.get('resolved_to') or ev.get('link')}"
        parts = [f"{ev.get('kind', self.method)} in {ev.get('unit', 'post')}"]
        if ev.get("shared_facts"):
            parts.append("same facts: " + ", ".join(ev["shared_facts"][:5]))
        if ev.get("post_only_facts"):
            parts.append("post-only facts: " + ", ".join(ev["post_only_facts"][:5]))
        if ev.get("shared_terms"):
            parts.append("shared: " + ", ".join(ev["shared_terms"][:8]))
        return "; ".join(parts)


def default_reviewer() -> str:
    """The OS user name, or ``unknown`` when it cannot be found."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def parse_id(value: str) -> tuple[str, str]:
    """``post_id|announcement_id`` → the two ids."""
    post_id, sep, announcement_id = value.partition(SEPARATOR)
    if not sep or not post_id.strip() or not announcement_id.strip():
        raise ReviewError(
            f"amplification id {value!r} is not of the form POST_ID{SEPARATOR}ANNOUNCEMENT_ID; "
            "copy it from the list `kimwatch review` prints (quote it in the shell)")
    return post_id.strip(), announcement_id.strip()


def uncertain(db: sqlite_utils.Database, limit: int = 20) -> list[ReviewItem]:
    """Automatic amplifications, least certain (lowest score) first."""
    rows = db.query(
        """SELECT a.post_id, a.announcement_id, a.kim_id, a.method, a.score, a.lag_hours, a.evidence,
                  p.url AS post_url, p.title AS post_title, p.text AS post_text,
                  n.title AS announcement_title, n.url AS announcement_url
           FROM amplifications a
           JOIN posts p ON p.id = a.post_id
           JOIN announcements n ON n.id = a.announcement_id
           WHERE a.status = 'auto'
           ORDER BY a.score ASC, a.post_id, a.announcement_id
           LIMIT ?""", [limit])
    items = []
    for row in rows:
        try:
            evidence = json.loads(row["evidence"] or "{}")
        except ValueError:
            evidence = {}
        text = " ".join(((row["post_title"] or "") + " " + (row["post_text"] or "")).split())
        items.append(ReviewItem(
            id=f"{row['post_id']}{SEPARATOR}{row['announcement_id']}",
            post_id=row["post_id"], announcement_id=row["announcement_id"], kim_id=row["kim_id"],
            method=row["method"], score=row["score"], lag_hours=row["lag_hours"],
            post_url=row["post_url"], post_text=text,
            announcement_title=row["announcement_title"] or "", announcement_url=row["announcement_url"],
            evidence=evidence if isinstance(evidence, dict) else {}))
    return items


def record_decision(db: sqlite_utils.Database, amplification_id: str, status: str,
                    by: str | None = None) -> None:
    """Confirm or reject one amplification (``post_id|announcement_id``), with who and when.

    A decision may be changed by a later decision; the matcher never changes it.
    """
    if status not in STATUSES:
        raise ReviewError(f"decision {status!r} is not one of {', '.join(STATUSES)}")
    post_id, announcement_id = parse_id(amplification_id)
    with store.transaction(db):
        cursor = db.execute(
            "UPDATE amplifications SET status = ?, decided_by = ?, decided_at = ?, updated_at = ? "
            "WHERE post_id = ? AND announcement_id = ?",
            [status, by or default_reviewer(), utc_now(), utc_now(), post_id, announcement_id])
    if cursor.rowcount == 0:
        raise ReviewError(
            f"no amplification {amplification_id!r} (post {post_id!r}, announcement "
            f"{announcement_id!r}); run `kimwatch review` to list the ids")


def record_decisions(db: sqlite_utils.Database, *, confirms: Sequence[str] = (), rejects: Sequence[str] = (),
                     adds: Sequence[str] = (), by: str | None = None) -> dict[str, int]:
    """Several decisions at once: all are checked first, then written in one transaction.

    ``adds`` are amplifications the matcher missed (``post_id|announcement_id`` of a post and an
    announcement that exist), stored ``confirmed`` with method ``manual``; an id already
    matched is confirmed instead. An id both confirmed and rejected, an unknown id or a
    malformed one is an error and nothing is written.
    """
    problems: list[str] = []
    wanted: dict[tuple[str, str], tuple[str, str]] = {}  # (post, announcement) -> (status, as given)
    for status, values in (("confirmed", confirms), ("rejected", rejects), ("added", adds)):
        for value in values:
            try:
                key = parse_id(value)
            except ReviewError as error:
                problems.append(str(error))
                continue
            earlier = wanted.get(key)
            if earlier and {earlier[0], status} - {"confirmed", "added"}:
                problems.append(f"{value!r} is both {earlier[0]} and {status}: give one decision per match")
            elif earlier is None or status == "added":
                wanted[key] = (status, value)
    existing = {}
    for (post_id, announcement_id), (status, value) in wanted.items():
        row = db.execute("SELECT status FROM amplifications WHERE post_id = ? AND announcement_id = ?",
                         [post_id, announcement_id]).fetchone()
        existing[(post_id, announcement_id)] = row is not None
        if row is None and status != "added":
            problems.append(f"no amplification {value!r}; run `kimwatch review` to list the ids, "
                            "or `--add` it if the matcher missed it")
        if row is None and status == "added":
            times = {}
            for table, item_id in (("posts", post_id), ("announcements", announcement_id)):
                found = db.execute(f"SELECT published_at FROM {table} WHERE id = ?", [item_id]).fetchone()  # noqa: S608
                if found is None:
                    problems.append(f"{value!r}: no {table[:-1]} with id {item_id!r}")
                else:
                    times[table] = found[0]
            early = _published_before(times.get("posts"), times.get("announcements"))
            if early:
                problems.append(f"{value!r}: {early}")
    if problems:
        raise ReviewError("nothing recorded:\n  " + "\n  ".join(problems))
    reviewer = by or default_reviewer()
    now = utc_now()
    counts = {"confirmed": 0, "rejected": 0, "added": 0}
    with store.transaction(db):
        for (post_id, announcement_id), (status, _) in wanted.items():
            if status == "added" and not existing[(post_id, announcement_id)]:
                _insert_manual(db, post_id, announcement_id, reviewer, now)
                counts["added"] += 1
                continue
            decided = "confirmed" if status == "added" else status
            db.execute(
                "UPDATE amplifications SET status = ?, decided_by = ?, decided_at = ?, updated_at = ? "
                "WHERE post_id = ? AND announcement_id = ?",
                [decided, reviewer, now, now, post_id, announcement_id])
            counts[decided] += 1
    return counts


def _insert_manual(db: sqlite_utils.Database, post_id: str, announcement_id: str, reviewer: str, now: str) -> None:
    post = db.execute("SELECT kim_id, published_at FROM posts WHERE id = ?", [post_id]).fetchone()
    announcement = db.execute("SELECT published_at FROM announcements WHERE id = ?", [announcement_id]).fetchone()
    lag = None
    if post[1] and announcement[0]:
        from crawler.dates import from_iso

        lag = max(0.0, round((from_iso(post[1]) - from_iso(announcement[0])).total_seconds() / 3600.0, 3))
    evidence = {"kind": MANUAL_METHOD, "added_by": reviewer,
                "note": "added by a person: the matcher did not find this amplification"}
    db.execute(
        "INSERT INTO amplifications (post_id, announcement_id, kim_id, method, score, lag_hours, evidence, "
        "status, decided_by, decided_at, created_at, updated_at) VALUES (?, ?, ?, ?, 1.0, ?, ?, 'confirmed', ?, ?, ?, ?)",
        [post_id, announcement_id, post[0], MANUAL_METHOD, lag, json.dumps(evidence), reviewer, now, now, now])


def _published_before(post_at: str | None, announcement_at: str | None) -> str | None:
    """Why a post cannot amplify the announcement (it came first), or None."""
    if not post_at or not announcement_at:
        return None
    from datetime import timedelta

    from crawler.dates import WITA, from_iso
    from crawler.matching.config import MatchConfig

    tolerance = timedelta(minutes=MatchConfig.from_env().tolerance_minutes)
    post, announcement = from_iso(post_at), from_iso(announcement_at)
    if post + tolerance >= announcement:
        return None
    shown = "%Y-%m-%d %H:%M WITA"
    return (f"the post ({post.astimezone(WITA).strftime(shown)}) was published before the announcement "
            f"({announcement.astimezone(WITA).strftime(shown)}): a post cannot amplify a later announcement")
