"""Human review of automatic amplifications: list the least certain, confirm or reject.

A decision sets ``status`` to ``confirmed`` or ``rejected`` with who (``decided_by``) and
when (``decided_at``); the matcher never changes such a row again, not even on
``kimwatch match --rebuild``.
"""

from __future__ import annotations

import getpass
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import sqlite_utils

from crawler import store
from crawler.dates import utc_now
from crawler.errors import ReviewError
from crawler.matching.decisions import readable_date
from crawler.matching.textnorm import (
    _loose,
    clean_text,
    local_places,
    loose_text,
    region_aliases,
    word_terms,
)
from crawler.personal import mask_figure

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
    status: str = "auto"  # 'uncertain': counts in no KPI until confirmed

    def evidence_summary(self) -> str:
        """A short line saying why the matcher decided so."""
        ev = self.evidence
        if ev.get("kind") == "link":
            return f"links to {ev.get('resolved_to') or ev.get('link')}"
        if "shared_terms" in ev and "shared_terms_as_written" not in ev:
            # the store keeps stemmed keys ("abupaten"): show the words as the post wrote them
            ev = {**ev, **readable_evidence(ev, self.post_text)}
        parts = [f"{ev.get('kind', self.method)} in {ev.get('unit', 'post')}"]
        if ev.get("shared_facts_as_written"):
            parts.append("same facts: " + ", ".join(ev["shared_facts_as_written"][:5]))
        if ev.get("post_only_facts_as_written"):
            parts.append("post-only facts: " + ", ".join(ev["post_only_facts_as_written"][:5]))
        if ev.get("shared_terms_as_written"):
            parts.append("shared: " + ", ".join(ev["shared_terms_as_written"][:8]))
        return "; ".join(parts)


# ------------------------------------------------------------------ evidence a clerk can read

# the evidence lists of terms, each shown again as the post wrote them under "<key>_as_written"
READABLE_KEYS = ("shared_facts", "post_only_facts", "shared_terms", "post_only_terms")
_TEXT_WORD = re.compile(r"[^\W\d_]+\d[^\W_]*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:/]\d+)*", re.UNICODE)
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+")
_PLACE_RUN = 4  # words of the longest place name looked up ("Hulu Sungai Selatan" and a prefix)


def surface_forms(text: str | None, wanted: Iterable[str] | None = None) -> dict[str, str]:
    """Each word term of ``text`` (stemmed: "abupaten", "gatan") → the word the text first
    wrote it with ("Kabupaten", "Pagatan"); each place term ("hulusungaiutara") → the name as
    written ("HSU", "Hulu Sungai Utara"). With ``wanted``, reading stops once those terms are
    found."""
    forms: dict[str, str] = {}
    missing = set(wanted) if wanted is not None else None
    words = [m.group(0) for m in _TEXT_WORD.finditer(clean_text(text))]
    aliases, local = region_aliases(), local_places()
    places = missing is None or any(t in local or t in _region_terms() for t in missing)
    for i, word in enumerate(words):
        if missing is not None and not missing:
            break
        if word[0].isdigit():
            if _GROUPED.fullmatch(word):  # "2.000", "412,000": the figure 2000, 412000
                _found(forms, missing, re.sub(r"[.,]", "", word), word)
            continue
        if places and word[0].isupper():
            key = ""
            for size, part in enumerate(words[i:i + _PLACE_RUN], 1):
                key += _loose(part)
                place = aliases.get(key) or local.get(key)
                if place:
                    _found(forms, missing, place, " ".join(words[i:i + size]))
        if not word.isalpha() and "-" not in word and "'" not in word and "’" not in word:
            _found(forms, missing, word.lower(), word)  # a code ("nOPV2", "UP3")
            continue
        for term in _word_terms(word.lower()):
            _found(forms, missing, term, word)
    return forms


def _found(forms: dict[str, str], missing: set[str] | None, term: str, written: str) -> None:
    if term not in forms:
        forms[term] = written
        if missing is not None:
            missing.discard(term)


_word_terms = lru_cache(maxsize=1 << 16)(word_terms)


@lru_cache(maxsize=1)
def _region_terms() -> frozenset[str]:
    return frozenset(region_aliases().values())


def indonesian_figure(term: str) -> str:
    """Digits the Indonesian way, thousands by dots ("9800" → "9.800"); anything else as it is."""
    return f"{int(term):,}".replace(",", ".") if term.isdigit() else term


def readable_term(term: str, forms: Mapping[str, str]) -> str:
    """A term as a clerk reads it: as the post wrote it, else a date, a figure or a time in the
    usual Indonesian form ("date:17-11" → "17 November", "55000" → "55.000", "8:00" → "08.00")."""
    if term in forms:
        return forms[term]
    masked = mask_figure(term)  # a phone number or NIK the matcher kept as a figure
    if masked != term:
        return masked
    if term.startswith("date:"):
        return readable_date(term)
    if term[:1].isdigit() and ":" in term:
        hour, _, minute = term.partition(":")
        return f"{int(hour):02d}.{minute}" if hour.isdigit() else term
    if term.isdigit() and len(term) > 4:
        return indonesian_figure(term)
    if term.startswith(("rt", "rw")) and term[2:].isdigit():
        return f"{term[:2].upper()} {term[2:]}"
    return term


def readable_evidence(evidence: Mapping[str, Any], text: str | None,
                      forms: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The readable fields of a text match's evidence: each list of terms and each shared
    passage as the post wrote it (``shared_facts_as_written``, ``passages_as_written`` …), to
    show next to the stemmed keys the store's contract names (which stay as they are). Read
    when shown (review, explain), not stored: reading every matched post's words again cost
    5–8% of matching's CPU (bench_match)."""
    if forms is None:
        wanted = {str(t) for key in READABLE_KEYS for t in evidence.get(key) or ()}
        wanted.update(t for passage in evidence.get("passages") or () for t in str(passage).split())
        # (dates, figures and times are written out without the text)
        forms = surface_forms(text, {t for t in wanted if t and not t.startswith("date:") and not t[0].isdigit()})
    found: dict[str, Any] = {}
    for key in READABLE_KEYS:
        if isinstance(evidence.get(key), list):
            listed = [str(t) for t in evidence[key]]
            if text is not None:
                listed = (shown_facts(listed, forms, text) if key.endswith("_facts")
                          else [t for t in listed if written(t, forms, text)])
            found[f"{key}_as_written"] = [readable_term(t, forms) for t in listed]
    if isinstance(evidence.get("passages"), list):
        found["passages_as_written"] = [_readable_run(str(p).split(), forms) for p in evidence["passages"]]
    return found


# the common nouns of the administrative levels: a post writing "di kabupaten ini" names no place
ADMINISTRATIVE_NOUNS = frozenset({"kabupaten", "kab", "kota", "kotamadya", "kecamatan", "kec", "desa",
                                  "kelurahan", "provinsi", "prov", "pemkab", "pemkot", "pemprov", "daerah"})


def written(term: str, forms: Mapping[str, str], text: str) -> bool:
    """Whether the post wrote ``term``: a word found in it, a date, figure or time, or letters it
    has; not a term the matcher joined ("pekanimunisasinasional" from a phrase or a hashtag)."""
    if term in forms or not term[:1].isalpha() or ":" in term:
        return True
    return term in _letters(text)


@lru_cache(maxsize=64)
def _letters(text: str) -> str:
    """A post's text cleaned and run together, read once per post rather than once per fact (a
    review listing asks for each fact of each match)."""
    return loose_text(clean_text(text))


def _name_number(term: str, text: str) -> bool:
    """Whether the figure ``term`` is written only as part of a name ("3M Plus", "4G", "5R"):
    glued to letters, never on its own."""
    if not term.isdigit():
        return False
    glued = re.compile(rf"(?<![\w.,]){term}(?=[^\W\d_])")
    alone = re.compile(rf"(?<![\w.,]){term}(?![\w])")
    return bool(glued.search(text)) and not alone.search(text)


def shown_facts(terms: Iterable[str], forms: Mapping[str, str], text: str) -> list[str]:
    """The facts of ``terms`` a clerk is shown: not a common noun ("kabupaten"), not the number
    of a name ("3M Plus"), not a term the post never wrote."""
    return [t for t in terms
            if (forms.get(t) or t).lower() not in ADMINISTRATIVE_NOUNS and not _name_number(t, text)
            and written(t, forms, text)]


def _readable_run(run: Iterable[str], forms: Mapping[str, str]) -> str:
    words: list[str] = []
    for term in run:
        word = readable_term(term, forms)
        if not words or words[-1] != word:  # "Diskominfo" gives three terms, written once
            words.append(word)
    return " ".join(words)


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
    """Automatic amplifications to review: the ``uncertain`` ones (close to the threshold,
    counted nowhere until confirmed) first, then the others, lowest score first."""
    rows = db.query(
        """SELECT a.post_id, a.announcement_id, a.kim_id, a.method, a.score, a.lag_hours, a.evidence,
                  a.status,
                  p.url AS post_url, p.title AS post_title, p.text AS post_text,
                  n.title AS announcement_title, n.url AS announcement_url
           FROM amplifications a
           JOIN posts p ON p.id = a.post_id
           JOIN announcements n ON n.id = a.announcement_id
           WHERE a.status IN ('auto', 'uncertain')
           ORDER BY a.status = 'uncertain' DESC, a.score ASC, a.post_id, a.announcement_id
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
            evidence=evidence if isinstance(evidence, dict) else {}, status=row["status"]))
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
