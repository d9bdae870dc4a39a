"""Self-reports in: form exports (CSV, XLSX, JSONL) and single reports from the web form.

Form tools name their columns after the questions, in the office's language: Google Forms
writes ``Cap waktu`` (``17/10/2024 14:05:33``) and the question titles, Excel in an Indonesian
locale writes ``;``-separated CSV. Headers are therefore recognised without case and extra
spaces, in English and Indonesian (:data:`HEADER_ALIASES`), and ``--map "COLUMN=FIELD"``
names any other. Other columns (e-mail address, …) are ignored.

A KIM is named by its id or its registered name (compared without case and extra spaces). A
report is one (KIM, canonical URL): the same link reported again is merged into the stored
report, and the import says how many repeats it merged.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import sqlite_utils

from crawler import store
from crawler.dates import WITA, implausible_date, parse_to_iso, to_iso, utc_now
from crawler.errors import ImportFileError, Problem
from crawler.imports import day_only, end_of_day
from crawler.urls import canonical_url, http_url_problem, is_http_url

FIELDS = ("kim", "url", "reported_at", "note")
HEADER_ALIASES = {
    "kim": ("kim", "nama kim", "id kim", "kim id", "kim_id"),
    "url": ("url", "link", "tautan", "link postingan", "tautan unggahan"),
    "reported_at": ("reported_at", "timestamp", "cap waktu", "waktu"),
    "note": ("note", "catatan", "keterangan"),
}
MAX_URL_LENGTH = 2048
MAX_NOTE_LENGTH = 1000
_SLASH_TIME = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")


def _key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def parse_mapping(items: Sequence[str]) -> dict[str, str]:
    """``["Link FB=url", …]`` → {normalized column: field}; a bad item is an :class:`ImportFileError`."""
    mapping: dict[str, str] = {}
    problems = []
    for item in items:
        column, sep, target = item.rpartition("=")
        target = target.strip().lower()
        if not sep or not column.strip():
            problems.append(Problem("--map", None, f"{item!r} is not COLUMN=FIELD, e.g. \"Link Facebook=url\""))
        elif target not in FIELDS:
            problems.append(Problem("--map", None, f"{item!r}: unknown field {target!r}; fields: {', '.join(FIELDS)}"))
        else:
            mapping[_key(column)] = target
    if problems:
        raise ImportFileError("--map", problems)
    return mapping


#: Excel serial days kimwatch reads as times: 2000-01-01 to 2099-12-31
EXCEL_DAYS = (36526, 73050)


def parse_reported_at(value: Any) -> str | None:
    """A form time: ``d/m/yyyy HH:MM:SS`` (Google Forms, Indonesian locale), ISO 8601, a spreadsheet
    date; without offset it is WITA. None when it cannot be read.

    A value that gives only the day ("24 November 2026", ``24/11/2026``, a date cell) says the post
    was up by the end of that day: it is read as 23:59:59 WITA that day (or now, for today), so a
    report can amplify a release of the same day; its lag is then an upper bound. Read as midnight,
    the post would seem older than every release of its own day, and no match could be added."""
    iso = _parse_reported_at(value)
    return end_of_day(iso) if iso is not None and day_only(value) else iso


def _parse_reported_at(value: Any) -> str | None:
    if isinstance(value, datetime):
        return to_iso(value if value.tzinfo else value.replace(tzinfo=WITA))
    if isinstance(value, int | float) and not isinstance(value, bool) and EXCEL_DAYS[0] <= value <= EXCEL_DAYS[1]:
        # a spreadsheet time kept as a plain number (the cell lost its date format): Excel's
        # serial day, 46360.5 = 2026-12-03 12:00, WITA like every time without an offset
        from openpyxl.utils.datetime import from_excel

        return to_iso(from_excel(value).replace(tzinfo=WITA))
    text = str(value).strip()
    match = _SLASH_TIME.match(text)
    if match:
        day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        try:
            return to_iso(datetime(year, month, day, hour, minute, second, tzinfo=WITA))
        except ValueError:
            return None
    if re.match(r"^\d{4}-\d{2}-\d{2}", text) or re.search(r"[A-Za-z]{3}", text):
        # ISO 8601, or a date written in words as `import posts` reads it ("3 Des 2026 16.00",
        # "Kamis, 3 Desember 2026"): one reader of dates for every import
        return parse_to_iso(text) if len(text) <= 100 else None
    return None


def normalized_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def kim_lookup(db: sqlite_utils.Database) -> tuple[set[str], dict[str, list[str]]]:
    """KIM ids, and normalized registered names → ids (retired KIMs take no reports)."""
    ids: set[str] = set()
    names: dict[str, list[str]] = {}
    for kim_id, name in db.execute("SELECT id, name FROM kims WHERE status != 'retired'"):
        ids.add(kim_id)
        names.setdefault(normalized_name(name), []).append(kim_id)
    return ids, names


def resolve_kim(value: str, ids: set[str], names: Mapping[str, list[str]]) -> tuple[str | None, str | None]:
    """(kim id, None) or (None, the problem)."""
    text = " ".join(value.split())
    if text in ids:
        return text, None
    if text.lower() in ids:
        return text.lower(), None
    found = names.get(normalized_name(text), [])
    if len(found) == 1:
        return found[0], None
    if len(found) > 1:
        return None, f"KIM name {value!r} is registered for {len(found)} KIMs ({', '.join(found)}); give the KIM id"
    return None, f"unknown KIM {value!r}: neither a KIM id nor a registered KIM name"


def has_credentials(url: str) -> bool:
    """Whether ``url`` carries a user name or password (``https://budi:rahasia@host/…``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return "@" in parts.netloc or parts.username is not None or parts.password is not None


def _shown(url: str) -> str:
    """``url`` with any password replaced by ``***`` (never echoed in a message)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(an unreadable URL)"
    if parts.password is None:
        return repr(url)
    user, _, host = parts.netloc.rpartition("@")
    return repr(urlunsplit(parts._replace(netloc=f"{user.split(':', 1)[0]}:***@{host}")))


def check_url(value: str) -> tuple[str | None, str | None]:
    """(the URL, None) for an http(s) URL; (None, the problem) otherwise.

    Refused as well: credentials in the URL (``user:pw@`` would be shown on the KIM's page and
    sent along) and a host a client or proxy reads as another one (percent-encoded, a
    backslash, an unparseable ``[…]`` address: :func:`spiders.safety.url_host_problem`).
    """
    from spiders.safety import url_host_problem

    url = value.strip()
    if len(url) > MAX_URL_LENGTH:
        return None, f"URL longer than {MAX_URL_LENGTH} characters"
    if has_credentials(url):
        return None, (f"{_shown(url)} carries credentials (user name or password before '@'); "
                      "report the post's public link without them")
    if not is_http_url(url) or canonical_url(url) is None:
        if not re.match(r"(?i)^https?://", url):
            return None, f"{value!r} is not an http(s) URL (it must start with https:// or http://)"
        return None, f"{value!r} {http_url_problem(url)}"
    problem = url_host_problem(url)
    if problem:
        return None, f"{value!r} has {problem}; give the post's link as the site shows it"
    return url, None


# --------------------------------------------------------------------------- reading files

def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _rows(path: Path) -> Iterator[tuple[str, dict[str, Any] | Problem | AboveTable]]:
    """(where, {header: value}) per data row; the header row is row 1 (as a spreadsheet shows it)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        yield from _xlsx_rows(path)
        return
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        yield "file", Problem("file", None, f"cannot be read: {error.strerror}")
        return
    except UnicodeDecodeError as error:
        yield "file", Problem(f"byte {error.start}", None, "file is not UTF-8 text; save it as UTF-8 (CSV UTF-8)")
        return
    if suffix in (".jsonl", ".ndjson") or (suffix != ".csv" and text.lstrip().startswith("{")):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield where, Problem(where, None, f"broken JSON at column {error.colno}: {error.msg}")
                continue
            if not isinstance(record, dict):
                yield where, Problem(where, None, f"expected a JSON object, got {type(record).__name__}")
                continue
            yield where, record
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    header: list[str] | None = None
    for row in reader:
        if header is None:
            if _title_row(row):
                if title := _title_text(row):  # a title above the table ("REKAP LAPORAN KIM …"), not its header
                    yield f"row {reader.line_num}", AboveTable(title)
                continue
            header = [h.strip() for h in row]
            continue
        where = f"row {reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            yield where, Problem(where, None, "more values than header columns (a separator inside a value? "
                                              "quote it)")
            continue
        yield where, dict(zip(header, row, strict=False))
    if header is None:
        yield "file", Problem("row 1", None, "the file is empty: no header row")


def _xlsx_rows(path: Path) -> Iterator[tuple[str, dict[str, Any] | Problem | AboveTable]]:
    import openpyxl

    try:
        # a sheet of ordinary size is read whole, so that merged cells can be read (a KIM's name
        # merged over the rows of its reports); a huge one row by row
        small = path.stat().st_size <= MERGED_CELLS_MAX_BYTES
        book = openpyxl.load_workbook(path, read_only=not small, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        yield "file", Problem("file", None, f"cannot be read as an Excel workbook: {error}")
        return
    try:
        sheet = book.worksheets[0]
        merged: dict[tuple[int, int], Any] = {}
        for cells in getattr(sheet, "merged_cells", None) and sheet.merged_cells.ranges or ():
            anchor = sheet.cell(cells.min_row, cells.min_col).value
            for row in range(cells.min_row, cells.max_row + 1):
                for column in range(cells.min_col, cells.max_col + 1):
                    merged[(row, column)] = anchor
        header: list[str] | None = None
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if merged:
                values = tuple(merged.get((number, column), v) for column, v in enumerate(values, start=1))
            if header is None:
                if _title_row(values):
                    if title := _title_text(values):  # a title above the table (often merged across it)
                        yield f"row {number}", AboveTable(title)
                    continue
                header = ["" if v is None else str(v).strip() for v in values]
                continue
            if not any(v not in (None, "") for v in values):
                continue
            yield f"row {number}", {h: v for h, v in zip(header, values, strict=False) if h}
        if header is None:
            yield "file", Problem("row 1", None, "the first sheet is empty: no header row")
    finally:
        book.close()


#: Excel files up to this size are read whole (merged cells known); larger ones row by row.
MERGED_CELLS_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class AboveTable:
    """A line above the header row (the recap's title): no report, listed as such."""

    text: str


def _title_text(values: Sequence[Any]) -> str:
    return next((str(v).strip() for v in values if v not in (None, "") and str(v).strip()), "")


def _title_row(values: Sequence[Any]) -> bool:
    """Whether a row above the header is a title or blank: fewer than two distinct values (a
    title merged across the columns repeats one value; a header names at least kim and url)."""
    filled = {str(v).strip() for v in values if v not in (None, "") and str(v).strip()}
    return len(filled) < 2


def _field_of(header: str, mapping: Mapping[str, str]) -> str | None:
    key = _key(header)
    if key in mapping:
        return mapping[key]
    for name, aliases in HEADER_ALIASES.items():
        if key in aliases:
            return name
    return None


# --------------------------------------------------------------------------- import

@dataclass
class ReportImportResult:
    """What an import of reports stored, merged and skipped."""

    rows: int = 0
    new: int = 0
    merged: list[str] = field(default_factory=list)  # "row 7: same link as row 3 (kim-x)"
    skipped: list[Problem] = field(default_factory=list)
    not_reports: list[str] = field(default_factory=list)  # "row 9: Jumlah | 12" (see not_a_report)

    def summary(self) -> str:
        text = f"{self.rows} report(s) read: {self.new} new (pending verification)"
        text += f", {len(self.merged)} repeat(s) of a link already reported by the same KIM merged"
        if self.not_reports:
            text += (f"; {len(self.not_reports)} line(s) without a link or a KIM (titles, totals, signatures, "
                     "empty numbered rows) not read as reports")
        if self.skipped:
            text += f"; {len(self.skipped)} problem(s) in skipped rows"
        return text


@dataclass
class _Row:
    where: str
    kim_id: str
    url: str
    canonical: str
    reported_at: str | None
    note: str | None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _check_record(where: str, record: Mapping[str, Any], mapping: Mapping[str, str], ids: set[str],
                  names: Mapping[str, list[str]]) -> tuple[_Row | None, list[Problem]]:
    values: dict[str, Any] = {}
    for header, value in record.items():
        name = _field_of(str(header), mapping)
        if name and name not in values:
            values[name] = value
    problems: list[Problem] = []
    kim_value = _text(values.get("kim"))
    kim_id = None
    if not kim_value:
        problems.append(Problem(where, "kim", "is empty"))
    else:
        kim_id, problem = resolve_kim(kim_value, ids, names)
        if problem:
            problems.append(Problem(where, "kim", problem))
    url_value = _text(values.get("url"))
    url = None
    if not url_value:
        problems.append(Problem(where, "url", "is empty"))
    else:
        url, problem = check_url(url_value)
        if problem:
            problems.append(Problem(where, "url", problem))
    reported_at = None
    raw_time = values.get("reported_at")
    if raw_time not in (None, ""):
        reported_at = parse_reported_at(raw_time)
        implausible = implausible_date(reported_at) if reported_at else None
        if reported_at is None:
            problems.append(Problem(where, "reported_at", f"cannot read time {_text(raw_time)!r}; write "
                                                          "17/10/2024 14:05:33 (day/month/year) or ISO 8601"))
        elif implausible:
            problems.append(Problem(where, "reported_at", f"{_text(raw_time)!r}: {implausible}"))
    note = _text(values.get("note"))[:MAX_NOTE_LENGTH] or None
    if problems or kim_id is None or url is None:
        return None, problems
    return _Row(where, kim_id, url, canonical_url(url) or url, reported_at, note), []


_LINK_LIKE = re.compile(r"https?:|www\.|\b[\w-]+\.(?:com|id|net|org|me|ly|gl|co|be)\b/", re.IGNORECASE)


def not_a_report(record: Mapping[str, Any], mapping: Mapping[str, str], ids: set[str],
                 names: Mapping[str, list[str]]) -> str | None:
    """Why a row of a recap is no report at all, or None: a line without any link whose KIM cell
    names no KIM — the total row ("Jumlah", "Total"), the signature block under the table
    ("Mengetahui,", "Kepala Bidang …", "NIP. …"), a numbered template row left empty. Such a line
    is skipped and listed; a row naming a KIM but missing its link stays a problem."""
    if any(_LINK_LIKE.search(_text(value)) for value in record.values()):
        return None
    kim_value = next((_text(v) for h, v in record.items() if _field_of(str(h), mapping) == "kim"), "")
    if kim_value and resolve_kim(kim_value, ids, names)[0] is not None:
        return None
    filled = list(dict.fromkeys(_text(v) for v in record.values() if _text(v)))  # a merged cell once
    if not filled:
        return None
    shown = " | ".join(filled)
    return shown if len(shown) <= 80 else shown[:79] + "…"


def _missing_columns(headers: Sequence[str], mapping: Mapping[str, str]) -> list[str]:
    present = {_field_of(h, mapping) for h in headers}
    return [name for name in ("kim", "url") if name not in present]


def import_reports(db: sqlite_utils.Database, path: str | Path, *, skip_invalid: bool = False,
                   mapping: Mapping[str, str] | None = None) -> ReportImportResult:
    """Validate a form export and store its reports as ``pending``.

    A file with any problem is refused whole (nothing stored) unless ``skip_invalid``.
    """
    path = Path(path)
    mapping = dict(mapping or {})
    ids, names = kim_lookup(db)
    intranets: dict[str, list[str]] = {}  # per KIM: its channels' URLs (an intranet's host and port is allowed)
    allow: Any = None  # the allow_internal crawl setting, read at the first link
    problems: list[Problem] = []
    rows: list[_Row] = []
    result = ReportImportResult()
    first_headers: list[str] | None = None
    for where, record in _rows(path):
        if isinstance(record, AboveTable):
            result.not_reports.append(f"{where}: {record.text}")
            continue
        if isinstance(record, Problem):
            if where == "file":  # nothing of the file could be read: no row to skip, whatever --skip-invalid says
                raise ImportFileError(str(path), [record], "Nothing was imported from this file; --skip-invalid "
                                      "skips bad rows, not a file that cannot be read.")
            problems.append(record)
            continue
        if first_headers is None:
            first_headers = [str(h) for h in record]
            missing = _missing_columns(first_headers, mapping)
            if missing and path.suffix.lower() not in (".jsonl", ".ndjson"):
                raise ImportFileError(str(path), [Problem("row 1", None, f"no column for {', '.join(missing)}; "
                                                  f"columns found: {', '.join(map(repr, first_headers))}")],
                                      'Name the column with --map, e.g. --map "Link Facebook=url".')
        row, row_problems = _check_record(where, record, mapping, ids, names)
        if row is None and (line := not_a_report(record, mapping, ids, names)):
            result.not_reports.append(f"{where}: {line}")
            continue
        if row is not None and allow is None:
            from crawler.selfreport.fetch import internal_allow_list

            allow = internal_allow_list()
        if row is not None and not _public_or_registered(db, row, intranets, allow):
            row_problems = [Problem(where, "url", f"{row.url!r} points at an internal address "
                                                  "(this server's network); report the post's public link")]
            row = None
        if row is None:
            problems.extend(row_problems)
        else:
            rows.append(row)
    if problems and not skip_invalid:
        raise ImportFileError(str(path), problems,
                              "Fix the rows above, or use --skip-invalid to store the valid rows only.")
    result.rows, result.skipped = len(rows), problems
    with store.transaction(db):
        for row in rows:
            created, first = add_report(db, row.kim_id, row.url, via="import", reported_at=row.reported_at,
                                        note=row.note, source=f"{path.name} {row.where}")
            if created:
                result.new += 1
            else:
                result.merged.append(f"{row.where}: same link as {first} ({row.kim_id})")
    return result


def _public_or_registered(db: sqlite_utils.Database, row: _Row, intranets: dict[str, list[str]],
                          allow: Any) -> bool:
    """Whether the crawler's guard lets ``row``'s link be fetched for its KIM (:func:`link_allowed`)."""
    return link_allowed(db, row.kim_id, row.url, allow=allow, origins=intranets)


def link_allowed(db: sqlite_utils.Database, kim_id: str, url: str, *, allow: Any = None,
                 origins: dict[str, list[str]] | None = None) -> bool:
    """Whether a link reported by ``kim_id`` may be stored: the crawler's guard lets it be fetched
    for that KIM — a public address, or the host and port of one of the KIM's channels registered
    on an internal address on purpose (:func:`crawler.selfreport.fetch.address_allowed`, the
    crawl's rule). One rule for the web form and ``import reports``, the one ``verify`` applies.
    ``origins`` caches the KIMs' channel URLs across the rows of an import."""
    from crawler.selfreport.fetch import address_allowed
    from crawler.selfreport.verify import channel_origins, kim_channels

    cache = origins if origins is not None else {}
    if kim_id not in cache:  # the channels verification fetches for (a retired one opens nothing)
        cache[kim_id] = channel_origins(kim_channels(db, kim_id))
    return address_allowed(url, cache[kim_id], allow=allow)


def add_report(db: sqlite_utils.Database, kim_id: str, url: str, *, via: str, reported_at: str | None = None,
               note: str | None = None, source: str | None = None) -> tuple[bool, str]:
    """Store one report as ``pending``; (True, "") when new, (False, where the first one came from)
    when the KIM already reported the same link (a later note fills an empty one)."""
    canonical = canonical_url(url) or url
    now = utc_now()
    with store.transaction(db):
        known = db.execute("SELECT id, source_file, note FROM reports WHERE kim_id = ? AND canonical_url = ?",
                           [kim_id, canonical]).fetchone()
        if known is not None:
            if note and not known[2]:
                db.execute("UPDATE reports SET note = ? WHERE id = ?", [note, known[0]])
            first = (known[1] or "").rsplit(" ", 2)
            return False, (" ".join(first[-2:]) if len(first) >= 2 and first[-2] == "row" else f"report {known[0]}")
        db.execute(
            "INSERT INTO reports (kim_id, url, canonical_url, reported_at, via, status, note, source_file, created_at) "
            "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)",
            [kim_id, url, canonical, reported_at or (now if via == "form" else None), via, note, source, now])
    return True, ""
