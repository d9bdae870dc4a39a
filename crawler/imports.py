"""Import posts and announcements from JSONL or CSV files (exports, manual captures, self-reports).

The whole file is validated first. By default a file with any problem is rejected whole and
the store is left unchanged; with ``skip_invalid`` the valid rows are stored and the others
are listed. Times without an offset are WITA; everything is stored in UTC.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from crawler import store
from crawler.dates import WITA, implausible_date, parse_to_iso, to_iso, utc_now
from crawler.errors import ImportFileError, Problem
from crawler.registry import bad_character
from crawler.spreadsheets import csv_delimiter
from crawler.urls import (
    SHORTENER_HOSTS,
    canonical_url,
    http_url_problem,
    is_http_url,
    is_shortened,
    links_as_posted,
)

log = logging.getLogger(__name__)

KINDS = ("posts", "announcements")
FIELDS = {
    "posts": ("id", "kim", "platform", "url", "title", "text", "published_at", "links"),
    "announcements": ("id", "source", "url", "title", "text", "published_at"),
}
_PLATFORM_HOSTS = {
    "facebook.com": "facebook", "fb.com": "facebook", "fb.watch": "facebook",
    "instagram.com": "instagram", "youtube.com": "youtube", "youtu.be": "youtube",
    "t.me": "telegram", "telegram.me": "telegram", "tiktok.com": "tiktok",
    "x.com": "x", "twitter.com": "x", "wa.me": "whatsapp", "whatsapp.com": "whatsapp",
}


@dataclass
class ImportResult:
    """What an import stored, and which rows it skipped (with ``skip_invalid``)."""

    kind: str
    rows: int = 0
    new: int = 0
    updated: int = 0
    skipped: list[Problem] = field(default_factory=list)
    undated: int = 0  # rows without published_at: stored, but in no report window and never matched
    shortened: list[str] = field(default_factory=list)  # links of the posts on shorteners (s.id, bit.ly, …)

    @property
    def unchanged(self) -> int:
        return self.rows - self.new - self.updated

    def summary(self) -> str:
        text = f"{self.rows} {self.kind} read: {self.new} new, {self.updated} updated, {self.unchanged} unchanged"
        if self.undated:
            text += (f"; {self.undated} without published_at (stored, but they count in no report "
                     "window and are not matched)")
        if self.skipped:
            text += f"; {len(self.skipped)} problem(s) in skipped rows"
        return text


def platform_of(url: str | None) -> str:
    """The platform a URL belongs to (facebook, telegram, …), ``website`` for anything else."""
    try:
        host = (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:  # not a URL the standard library can take apart
        return "website"
    for suffix, platform in _PLATFORM_HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return platform
    return "website"


def _records(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    """(where, record) pairs; a record that cannot be read is yielded as a Problem."""
    suffix = path.suffix.lower()
    if not text.strip():
        return  # an empty file, CSV or JSONL alike: nothing to import
    if suffix == ".csv" or (suffix not in (".jsonl", ".ndjson", ".json") and not text.lstrip().startswith(("{", "["))):
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
        try:
            yield from _csv_records(reader)
        except csv.Error as error:
            where = f"line {reader.line_num}"
            yield where, Problem(where, None, f"broken CSV: {error} (a field longer than "
                                              f"{csv.field_size_limit():,} characters, or a stray quote?)")
        return
    yield from _json_records(suffix, text)


def _csv_records(reader: csv.DictReader[str]) -> Iterator[tuple[str, Any]]:
    """The rows of an import CSV as records (``links`` split on spaces, empty cells None)."""
    if not reader.fieldnames:
        yield "line 1", Problem("line 1", None, "CSV file has no header row")
        return
    for row in reader:
        record = {(k or "").strip(): v for k, v in row.items() if k}
        if None in row:
            yield f"line {reader.line_num}", Problem(f"line {reader.line_num}", None, "more values than header columns")
            continue
        if not any((v or "").strip() for v in record.values()):
            continue
        links = record.get("links")
        if isinstance(links, str):
            record["links"] = links.split()
        yield f"line {reader.line_num}", {k: (v if v != "" else None) for k, v in record.items()}


def _json_error(where: str, error: ValueError | RecursionError) -> Problem:
    """A JSON document json.loads refuses: broken, nested too deeply, a number of thousands of digits."""
    if isinstance(error, json.JSONDecodeError):
        return Problem(where, None, f"broken JSON at column {error.colno}: {error.msg}")
    if isinstance(error, RecursionError):
        return Problem(where, None, "JSON nested too deeply to read")
    return Problem(where, None, f"JSON cannot be read: {str(error)[:200]}")


def _json_records(suffix: str, text: str) -> Iterator[tuple[str, Any]]:
    if suffix == ".json" or text.lstrip().startswith("["):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            yield f"line {error.lineno}", Problem(f"line {error.lineno}", None, f"broken JSON: {error.msg}")
            return
        except (ValueError, RecursionError) as error:
            yield "file", _json_error("file", error)
            return
        if not isinstance(document, list):
            yield "file", Problem("file", None, "a .json file must hold a list of objects; or use JSONL")
            return
        for index, record in enumerate(document):
            yield f"item {index}", record
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as error:
            yield f"line {number}", _json_error(f"line {number}", error)
            continue
        yield f"line {number}", record


def _string(record: dict[str, Any], key: str, where: str, problems: list[Problem]) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and key == "id" and abs(value) < 10**18:
        return str(value)
    if not isinstance(value, str):
        problems.append(Problem(where, key, f"must be text, got {type(value).__name__} {_shown(value)}"))
        return None
    bad = bad_character(value)
    if bad is not None:
        problems.append(Problem(where, key, f"holds {bad}; retype the value"))
        return None
    if key in ("id", "kim", "source", "platform") and len(value) > 200:
        problems.append(Problem(where, key, f"is {len(value):,} characters long; at most 200"))
        return None
    return value.strip() or None


#: a host name ending in a top-level domain of letters, then a path or nothing: "www.kab.go.id/x"
_SCHEMELESS_HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]|$)", re.IGNORECASE)


def _is_valid_url(url: str) -> bool:
    """An http(s) URL that the standard library can also take apart (``http://[::1`` cannot)."""
    if len(url) > 8000 or not is_http_url(url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    return True


def _shown(value: Any) -> str:
    try:
        text = repr(value)
    except ValueError:  # an int of more digits than Python will print
        return f"(a number of more than {4300:,} digits)"
    return text if len(text) <= 80 else text[:79] + "…"


_CLOCK_WRITTEN = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)|\b(?:pukul|jam|pk)\b", re.IGNORECASE)


def day_only(value: Any) -> bool:
    """Whether an imported time gives a day without a time of day ("2026-12-05", "5 Desember
    2026", ``05/12/2026``; a spreadsheet date cell holds midnight)."""
    if isinstance(value, datetime):
        return not value.tzinfo and (value.hour, value.minute, value.second) == (0, 0, 0)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value).is_integer()
    text = str(value).strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}$", text):
        return True
    return not re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text) and not _CLOCK_WRITTEN.search(
        re.sub(r"^\d{1,2}/\d{1,2}/\d{4}", "", text))


def end_of_day(iso: str) -> str:
    """The day-only time ``iso`` (midnight WITA, as a day is read) as 23:59:59 WITA that day, or
    now for today: the one rule for a post's or report's day without a time, in every import.

    A post dated only by its day was up by the end of that day; read as midnight, it would seem
    older than every release of its own day, and no amplification of that day could be found (its
    lag is then an upper bound). An announcement's day keeps its midnight: the release was out no
    earlier, so no post of that day is lost either."""
    day = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(WITA)
    if (day.hour, day.minute, day.second, day.microsecond) != (0, 0, 0, 0):
        return iso
    return min(to_iso(day.replace(hour=23, minute=59, second=59)), utc_now())


def _published_at(record: dict[str, Any], where: str, problems: list[Problem], kind: str = "posts") -> str | None:
    """The stored form of ``published_at``; numbers, signs and implausible dates are problems. A
    post's day without a time is the end of that day (:func:`end_of_day`)."""
    raw = record.get("published_at")
    if raw is None or raw == "":
        return None
    if isinstance(raw, str) and (bad := bad_character(raw)) is not None:
        problems.append(Problem(where, "published_at", f"holds {bad}"))
        return None
    reason = implausible_date(raw)
    if reason is not None:
        problems.append(Problem(where, "published_at", reason))
        return None
    try:
        published_at = parse_to_iso(raw) if isinstance(raw, str) and len(raw) <= 100 else None
    except (ValueError, OverflowError, OSError):
        published_at = None
    if published_at is None:
        problems.append(Problem(where, "published_at", f"cannot read date {_shown(raw)}; use ISO 8601 "
                                                       "such as 2024-10-17T16:05:00+08:00"))
    elif kind == "posts" and day_only(raw):
        published_at = end_of_day(published_at)
    return published_at


def validate_record(kind: str, record: Any, where: str, owners: set[str]) -> tuple[dict[str, Any] | None, list[Problem]]:
    """One import record → a row for the store, or the problems that prevent it."""
    problems: list[Problem] = []
    if not isinstance(record, dict):
        return None, [Problem(where, None, f"expected an object, got {type(record).__name__}")]
    owner_key = "kim" if kind == "posts" else "source"
    unknown = sorted(str(k)[:80] for k in record if k not in FIELDS[kind])
    if unknown:
        problems.append(Problem(where, unknown[0], f"unknown field(s) {', '.join(map(repr, unknown))}; "
                                                   f"known: {', '.join(FIELDS[kind])}"))
    row: dict[str, Any] = {"origin": "import"}
    item_id = _string(record, "id", where, problems)
    owner = _string(record, owner_key, where, problems)
    if not owner:
        problems.append(Problem(where, owner_key, "is required"))
    elif owner not in owners:
        hint = "load it with `kimwatch registry load`" if kind == "posts" else "add it to the registry's sources"
        problems.append(Problem(where, owner_key, f"unknown {owner_key} id {owner!r}; {hint}"))
    url = _string(record, "url", where, problems)
    if url and not _is_valid_url(url):
        problems.append(Problem(where, "url", f"{_shown(url)} {http_url_problem(url)}"))
    title = _string(record, "title", where, problems)
    text = _string(record, "text", where, problems)
    published_at = _published_at(record, where, problems, kind)
    if not (title or text or url):
        problems.append(Problem(where, "text", "a row needs at least one of url, title, text"))
    if kind == "posts":
        platform = _string(record, "platform", where, problems)
        if platform is not None:
            platform = platform.lower()
            if platform not in store.PLATFORMS:
                problems.append(Problem(where, "platform", f"unknown platform {platform!r}; known: "
                                                           + ", ".join(store.PLATFORMS)))
        raw_links = record.get("links") or []
        if isinstance(raw_links, str):
            raw_links = raw_links.split()
        links: list[str] = []
        written: list[tuple[str, str]] = []  # (as written, canonical): the link as posted is kept too
        if not isinstance(raw_links, list):
            problems.append(Problem(where, "links", f"must be a list of URLs, got {_shown(raw_links)}"))
            raw_links = []
        for link in raw_links:
            # a link written without its scheme ("www.kab.go.id/berita/…", as people type them in
            # spreadsheets) is read as the canonical form reads it; anything else must be http(s)
            canonical = (canonical_url(link) if isinstance(link, str) and bad_character(link) is None
                         and len(link) <= 8000 else None)
            if canonical is not None and not (_is_valid_url(canonical) and (
                    is_http_url(link.strip()) or _SCHEMELESS_HOST.match(link.strip()))):
                canonical = None
            if canonical is None:
                problems.append(Problem(where, "links", f"{_shown(link)} is not an http(s) URL"))
            elif canonical not in links:
                links.append(canonical)
                written.append((link, link))
        row.update(kim_id=owner, platform=platform or platform_of(url), links=links)
        if (posted := links_as_posted(links, written)) is not None:
            row["extra"] = {"links_as_posted": posted}
    else:
        row["source_id"] = owner
    if problems:
        return None, problems
    prefix = "p" if kind == "posts" else "a"
    links_json = json.dumps(row["links"], ensure_ascii=False) if kind == "posts" else ""
    row.update(
        id=item_id or store.stable_id(prefix, owner, url or "", "" if url else f"{published_at}|{title}|{text}"),
        url=url, canonical_url=canonical_url(url) if url else None, title=title, text=text,
        published_at=published_at, content_hash=store.content_hash(title, text, links_json),
    )
    if kind == "posts":
        row["links"] = links_json  # serialized once; the store keeps strings as they are
    return row, []


def _stored_owners(db: sqlite_utils.Database, kind: str, ids: list[str]) -> dict[str, str]:
    """For the ids already in the store: id → the KIM (posts) or source (announcements) owning it."""
    table, column = ("posts", "kim_id") if kind == "posts" else ("announcements", "source_id")
    owners: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for item_id, owner in db.execute(f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", chunk):
            owners[item_id] = owner
    return owners


def _owner_clash(kind: str, where: str, item_id: str, current: str, wanted: str) -> Problem:
    """The problem of a row whose id is already taken by another KIM's post / source's announcement."""
    what, owner_name, scope = ("a post of KIM", "KIM", "KIMs") if kind == "posts" else (
        "an announcement of source", "source", "sources")
    return Problem(where, "id", f"id {item_id!r} is already {what} {current}, not of {owner_name} {wanted}; "
                                f"give ids unique across {scope}, e.g. {wanted + '-' + item_id!r}")


def import_file(db: sqlite_utils.Database, kind: str, path: str | Path, *,
                skip_invalid: bool = False) -> ImportResult:
    """Validate and store a JSONL/CSV file of ``posts`` or ``announcements``."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ImportFileError(str(path), [Problem("file", None, f"cannot be read: {error.strerror}")]) from error
    except UnicodeDecodeError as error:
        raise ImportFileError(str(path), [Problem(f"byte {error.start}", None, "file is not UTF-8 text")],
                              "Save the file as UTF-8.") from error
    owner_table = "kims" if kind == "posts" else "sources"
    owners = {r[0] for r in db.execute(f"SELECT id FROM {owner_table}").fetchall()}
    checked: list[tuple[str, dict[str, Any] | None, list[Problem]]] = []
    first_seen: dict[str, str] = {}
    for where, record in _records(path, text):
        if isinstance(record, Problem):
            checked.append((where, None, [record]))
            continue
        try:
            row, row_problems = validate_record(kind, record, where, owners)
        except (ValueError, TypeError, OverflowError, RecursionError, UnicodeError) as error:
            # a last resort: whatever the checks missed is one problem of its row, not a traceback
            log.debug("%s %s could not be validated", path, where, exc_info=True)
            row, row_problems = None, [Problem(where, None, f"cannot be read: {str(error)[:200]}")]
        if row is not None and row["id"] in first_seen:
            row_problems = [Problem(where, "id", f"duplicate id {row['id']!r}, first at {first_seen[row['id']]}")]
            row = None
        if row is not None:
            first_seen[row["id"]] = where
        checked.append((where, row, row_problems))
    stored_owner = _stored_owners(db, kind, list(first_seen))
    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    owner_column = "kim_id" if kind == "posts" else "source_id"
    for where, row, row_problems in checked:
        if row is not None:
            current = stored_owner.get(row["id"])
            if current is not None and current != row[owner_column]:
                row_problems = [_owner_clash(kind, where, row["id"], current, row[owner_column])]
                row = None
        if row is None:
            problems.extend(row_problems)
            continue
        rows.append(row)
    if problems and not skip_invalid:
        raise ImportFileError(str(path), problems,
                              "Fix the rows above, or use --skip-invalid to store the valid rows only.")
    result = ImportResult(kind, rows=len(rows), skipped=problems,
                          undated=sum(1 for r in rows if not r.get("published_at")))
    if kind == "posts":  # resolved by the caller, as the crawl resolves its posts' (crawler.selfreport.fetch)
        on_shortener = re.compile("//(?:" + "|".join(map(re.escape, SHORTENER_HOSTS)) + ")/")
        result.shortened = list(dict.fromkeys(
            link for r in rows if r["links"] and on_shortener.search(r["links"])
            for link in json.loads(r["links"]) if is_shortened(link)))
    save = store.save_posts if kind == "posts" else store.save_announcements
    try:
        with store.transaction(db):
            result.new, result.updated = save(db, rows)
    except (OverflowError, UnicodeError, ValueError, sqlite3.IntegrityError, sqlite3.InterfaceError) as error:
        # the transaction was rolled back: nothing of the file is stored
        raise ImportFileError(str(path), [Problem("file", None, f"could not be stored: {str(error)[:200]}")]) from None
    return result
