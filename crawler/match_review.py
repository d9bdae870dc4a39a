"""Human review of automatic amplifications: list the least certain, confirm or reject.

A decision sets ``status`` to ``confirmed`` or ``rejected`` with who (``decided_by``) and
when (``decided_at``); the matcher never changes such a row again, not even on
``kimwatch match --rebuild``.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.errors import ReviewError

SEPARATOR = "|"
STATUSES = ("confirmed", "rejected")


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
