"""Datasette-ready dumps: a consistent, cleaned copy of the store plus its ``metadata.json``.

The copy reads one snapshot inside a read transaction: a crawl writing at the same time (WAL
mode) neither blocks it nor leaks half-written rows into it. It is taken one of two ways
(:func:`dump_method`; the log says which and why):

* a **page copy**, at about a file copy's speed, when the store is marked clean
  (:func:`crawler.store.clean_state`: every kimwatch connection writes under ``secure_delete``,
  so free space holds zeros, and the store is ``auto_vacuum = INCREMENTAL``): the store file
  itself, copied by the kernel while a read transaction keeps it as it is (its WAL empty), else
  SQLite's backup API. Meanwhile a thread reads, on the store and in the same snapshot, the rows
  the publication filter has to look at (:class:`Prescan`) from the store's own list of them
  (``dump_candidates``, :func:`crawler.store.install_dump_candidates`), or, for a store without
  a list it can trust (:func:`candidates_method`), two threads find them by reading every text;
  the copy's dropped tables and columns are given back by ``incremental_vacuum``;
* ``VACUUM INTO`` (a rebuilt copy of the live rows), for a store made before the clean mark
  (``kimwatch maintain`` converts it once) or no longer ``INCREMENTAL``.

The copy is then cleaned before it is put in place:

* only the tables people browse are kept (:data:`KEPT_TABLES` and their full-text indexes);
  caches and crawler bookkeeping such as ``resolved_urls`` are dropped;
* crawler internals (ETags, Last-Modified, spider state, back-off times, matcher queues,
  content hashes) and anything that looks like personal data (contact, phone, e-mail,
  address, author, reviewer) are dropped column by column;
* every text value that remains goes through the publication filter
  (:mod:`crawler.reporting.publish`): credentials and secret query values in URLs, internal
  addresses and tokens in errors, phone numbers, e-mail addresses and NIKs in free text are
  masked (``keep_personal_data`` — ``kimwatch dump --internal`` — keeps personal data, for a
  dump that is not published);
* triggers are dropped (the dump is read-only) and the FTS indexes rebuilt, so Datasette's
  ``?_search=`` works on posts and announcements.

The cleaning costs what may change, not what is stored: SQL lets only the values the filter may
change reach Python (a text that is not ASCII, or holds an ``@``, a URL or a run of nine digits; a
URL with more than a plain host and path; JSON with strings in it), and error columns are cleaned
once per distinct message. Finding those rows is paid when they are written: the store lists the
rows whose texts the filter may change (tested by ``kimwatch maintain``) and knows which rows were
written since (above the last rowid tested; an update lists its row by a trigger), so a dump reads
those rows only. Without a list it can trust, that SQL (the filter reading every text) runs on the
store while the file is copied, and the copy's cleaning reads only the rows it found. Either way
the copy's cleaning applies the dump's own, exact tests to those rows (the store's list is a
superset: SQL only, no function of kimwatch's, so that any writer's triggers fire). Tables and columns are dropped under ``secure_delete`` and the copy keeps no
free page, so nothing dropped, deleted or overwritten stays in the published file.

The file lands as ``DIR/kimwatch.db`` by an atomic rename, so a Datasette serving the previous
dump never sees a half-written file. A dump that fails removes its temporary copy (and ``DIR``
when it created it), so no stray full copy of the database is left behind.

A dump is marked (``PRAGMA application_id`` = :data:`DUMP_APPLICATION_ID`) and written without a
WAL (``journal_mode = DELETE``). Only a previous dump is replaced (see :func:`replace_refusal`):
another store that happens to be ``DIR/kimwatch.db`` stays, unless ``force``. Before the rename
the target's ``-wal``, ``-shm`` and ``-journal`` go: SQLite would otherwise apply the stale WAL
of a crashed process to the new file, corrupting it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from crawler import __version__, personal, store
from crawler.dates import WITA
from crawler.errors import ReportError, StoreError
from crawler.maintenance import human_size
from crawler.reporting import publish
from crawler.store import BUSY_TIMEOUT_MS, CHANNEL_FETCH_DAYS_DDL

log = logging.getLogger(__name__)

DB_NAME = "kimwatch"
KEPT_TABLES = ("kims", "sources", "channels", "posts", "announcements", "amplifications",
               "channel_fetches", "channel_fetch_days", "crawl_runs")
FTS_TABLES = {"posts": "posts_fts", "announcements": "announcements_fts"}
EXCLUDED_COLUMNS: dict[str, tuple[str, ...]] = {
    "channels": ("etag", "last_modified", "state", "options", "next_crawl_after"),
    "posts": ("matched_at", "content_hash"),
    "announcements": ("matched_at", "content_hash"),
    "amplifications": ("decided_by",),
    "crawl_runs": ("pid", "filters"),
}
"""Crawler internals, per table, never shown in a dump."""

PERSONAL_WORDS = frozenset({
    "contact", "contacts", "kontak", "phone", "telephone", "telepon", "telp", "hp", "mobile", "wa",
    "email", "mail", "alamat", "address", "nik", "ktp", "author", "creator", "username", "password",
    "token", "secret", "pic", "ketua", "admin", "reviewer",
})
"""A column whose name contains one of these words (split on ``_``) is left out: personal data."""

DUMP_APPLICATION_ID = 0x6B696D64
"""``PRAGMA application_id`` of every dump ("kimd"): tells a dump from a store, so a dump only ever
replaces a dump. The store itself leaves application_id at 0."""
SIDE_FILES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps beside a database; stale ones would be applied to a new file of the same name."""

DEFAULT_LICENSE = "CC BY 4.0 (kompilasinya); unggahan dan pengumuman tetap milik penerbitnya"
DEFAULT_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
DEFAULT_SOURCE = "Kanal publik KIM terdaftar dan sumber pemerintah, dikumpulkan oleh kimwatch"


@dataclass(frozen=True)
class DumpPaths:
    """The files a dump wrote."""

    database: Path
    metadata: Path
    readme: Path

    def __iter__(self) -> Iterator[Path]:
        return iter((self.database, self.metadata, self.readme))

    def browse_command(self, datasette: str = "datasette") -> str:
        """The command that opens the dump in Datasette, with its dashboard template."""
        return (f"{datasette} {self.database} -m {self.metadata} "
                f"--template-dir {self.database.parent / TEMPLATE_DIR}")


def missing_database_message(db_path: str | Path) -> str:
    """The message of every read-only command (report, dump, registry show) given no database."""
    return f"no database at {db_path}; run `kimwatch init` or `kimwatch registry load FILE` to create it"


def can_write(db_path: str | Path) -> bool:
    """Whether this process may write the database file and create its ``-wal``/``-shm`` beside it."""
    path = Path(db_path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect_for_reading(db_path: str | Path) -> sqlite3.Connection:
    """A connection that reads ``db_path`` without writing it, for a database this process cannot write.

    SQLite opens a WAL database read-only (``mode=ro``) when its ``-shm`` file exists or can be
    created; in a directory we cannot write and with no other connection open there is none,
    so the file is then opened ``immutable`` (no other process has it open in WAL mode).
    """
    path = Path(db_path)
    if not path.is_file():
        raise StoreError(missing_database_message(path) if not path.exists()
                         else f"{path} is not a database file; give --db FILE")
    uri = path.resolve().as_uri()
    last: sqlite3.DatabaseError | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
        except sqlite3.DatabaseError as error:
            last = error
            continue
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            conn.close()
            last = error
            continue
        wal = Path(f"{path}-wal")
        if "immutable" in query and wal.exists() and wal.stat().st_size:
            log.warning("%s is read as it is on disk: the changes still in %s (not yet checkpointed) are "
                        "not visible to this user", path, wal)
        return conn
    raise StoreError(f"cannot read database {str(path)!r}: {last}")


def is_personal_column(name: str) -> bool:
    """Whether a column name looks like personal data (contact, phone, e-mail, author, …)."""
    words = set(re.split(r"[^a-z0-9]+", name.lower()))
    return bool(words & PERSONAL_WORDS)


def write_dump(
    db_path: str | Path,
    directory: str | Path,
    *,
    title: str | None = None,
    license: str = DEFAULT_LICENSE,  # noqa: A002 - the Datasette metadata key
    license_url: str | None = DEFAULT_LICENSE_URL,
    source: str = DEFAULT_SOURCE,
    source_url: str | None = None,
    keep_personal_data: bool = False,
    force: bool = False,
) -> DumpPaths:
    """Write ``directory/kimwatch.db``, ``metadata.json`` and ``README.txt``; returns their paths.

    ``keep_personal_data``: an internal dump, not to be published: personal columns and phone
    numbers, e-mail addresses and NIKs in texts are kept (credentials, secret query values and
    internal addresses are removed all the same). ``force``: replace ``directory/kimwatch.db`` even
    when it is not a previous dump (by default that is an error, and the file stays).
    """
    db_path = Path(db_path)
    directory = Path(directory)
    if not db_path.exists():
        raise ReportError(missing_database_message(db_path))
    if not db_path.is_file():
        raise ReportError(f"{db_path} is not a database file; give --db FILE")
    if directory.exists() and not directory.is_dir():
        raise ReportError(f"dump directory {str(directory)!r} is a file; give a directory")
    created = not directory.exists()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReportError(f"cannot create dump directory {str(directory)!r}: "
                          f"{error.strerror or error}") from error
    if not os.access(directory, os.W_OK):
        raise ReportError(f"cannot write to dump directory {str(directory)!r}: permission denied")
    target = directory / f"{DB_NAME}.db"
    if target.resolve() == db_path.resolve():
        raise ReportError(f"dump directory {str(directory)!r} holds the live database; choose another one")
    refusal = None if force else replace_refusal(target)
    if refusal:
        raise ReportError(f"{target} is not a kimwatch dump ({refusal}), so the dump does not replace it; "
                          "dump to another directory, or give --force to replace it")
    tmp = directory / f".{DB_NAME}.db.tmp"
    leftovers = (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm"))
    try:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        page_copy, why = dump_method(db_path)
        _check_free_space(db_path, directory, page_copy=page_copy)
        prescans = None
        listed, listed_why = candidates_method(db_path, keep_personal_data=keep_personal_data)
        if page_copy:
            page_copy, prescans = _page_copy(db_path, tmp, keep_personal_data=keep_personal_data,
                                             prescan=not listed)
        if page_copy:
            log.info("dump: page copy of the store (backup API), cleaned in place: %s", why)
            log.info("dump: %s", f"the rows to clean are read from the store's list: {listed_why}" if listed
                     else f"no list of the rows to clean ({listed_why}): every text is read, on the store "
                          "while it is copied")
        else:
            if tmp.exists():  # the snapshot copied is not the store checked a moment before
                why = "the store's clean mark was gone in the snapshot copied"
                for leftover in leftovers:
                    leftover.unlink(missing_ok=True)
            log.info("dump: VACUUM INTO (a rebuilt copy: slower than a page copy): %s; `kimwatch maintain` "
                     "converts the store once, so that dumps take the page copy", why)
            if prescans is not None:
                prescans.wait()
                prescans = None
            _snapshot(db_path, tmp)
        tables = _clean(tmp, keep_personal_data=keep_personal_data, prescans=prescans,
                        listed=listed and page_copy and prescans is None)
        for suffix in SIDE_FILES:  # a crashed process's WAL or journal would be applied to the new file
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, target)

        metadata = build_metadata(tables, title=title, license=license, license_url=license_url,
                                  source=source, source_url=source_url, latest_day=latest_data_day(target))
        if keep_personal_data:
            metadata["description_html"] = (f"<p><strong>{INTERNAL_WARNING}</strong></p>"
                                            + metadata["description_html"])
            log.warning("%s", INTERNAL_WARNING)
        metadata_path = directory / "metadata.json"
        _write_atomic(metadata_path, json.dumps(metadata, indent=2, ensure_ascii=False) + "\n")
        readme_path = directory / "README.txt"
        _write_atomic(readme_path, _readme(tables, internal=keep_personal_data))
        _copy_templates(directory / TEMPLATE_DIR)
    except BaseException as error:
        # Nothing half-done stays behind (the snapshot is a full copy of the database): the
        # temporary copy goes, and so does a directory this call created.
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        if created:
            shutil.rmtree(directory, ignore_errors=True)
        if isinstance(error, OSError):
            where = error.filename or directory
            raise ReportError(f"cannot write the dump to {str(where)!r}: {error.strerror or error}") from error
        if isinstance(error, sqlite3.Error):
            raise ReportError(f"cannot clean the dump copy of {str(db_path)!r}: {error}") from error
        raise
    log.info("dump written to %s (%s tables)", directory, len(tables))
    return DumpPaths(target, metadata_path, readme_path)


def is_dump_table(name: str) -> bool:
    """Whether a dump keeps the table ``name``: :data:`KEPT_TABLES`, their full-text indexes, SQLite's own."""
    return (name in KEPT_TABLES or name.startswith("sqlite_")
            or any(name == fts or name.startswith(fts + "_") for fts in FTS_TABLES.values()))


def replace_refusal(target: Path) -> str | None:
    """Why ``target`` (``DIR/kimwatch.db``) must not be replaced by a dump, or None when it may be.

    It may be when it is missing, empty, or a previous dump: marked with :data:`DUMP_APPLICATION_ID`,
    or (dumps of kimwatch before the mark) with only tables a dump keeps, ``channels`` without its
    ``etag`` column, and the dump's ``metadata.json`` beside it. Either way, a file holding a table
    that a dump never keeps (``reports``, ``form_tokens``, ``resolved_urls``, …) is a store. The file
    is read as it is on disk (``immutable``): a stale WAL beside it is neither read nor touched.
    """
    if not target.exists() and not target.is_symlink():
        return None
    if not target.is_file():
        return "it is not a regular file"
    with target.open("rb") as file:
        header = file.read(100)
    if not header:
        return None
    if not header.startswith(b"SQLite format 3\x00") or len(header) < 100:
        return "it is not an SQLite database"
    marked = int.from_bytes(header[68:72], "big", signed=True) == DUMP_APPLICATION_ID
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            tables = {name for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            channel_columns = {row[1] for row in conn.execute("PRAGMA table_info(channels)")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        # a marked dump that cannot be read (damaged) is replaced all the same: it is only a copy
        return None if marked else f"it cannot be read as a dump: {error}"
    foreign = sorted(name for name in tables if not is_dump_table(name))
    if foreign:
        return f"it holds table(s) a dump never has: {', '.join(foreign[:8])}"
    if marked:
        return None
    if "channels" not in tables or "etag" in channel_columns:
        return "it has the tables of a store, not of a dump"
    if not (target.parent / "metadata.json").is_file():
        return "it carries no dump mark and has no metadata.json beside it"
    return None


#: The dump is one copy of the store cleaned in place without a journal: the disk it needs is
#: that copy — the store's pages in use (``VACUUM INTO``), or all of its pages, free ones included
#: (the page copy) — plus the merge of a full-text index that masking changed (a new segment is
#: written before the old ones are freed) and the pointer-map pages of an incremental-vacuum
#: file: well under a tenth more.
DUMP_SPACE_FACTOR = 1.1


def dump_method(db_path: str | Path) -> tuple[bool, str]:
    """Whether a dump of ``db_path`` starts from a page copy (the store is clean:
    :func:`crawler.store.clean_state`) rather than ``VACUUM INTO``, and why."""
    try:
        conn = connect_for_reading(db_path)
    except StoreError as error:
        return False, f"the store cannot be read ({error})"
    try:
        return store.clean_state(conn)
    except sqlite3.DatabaseError as error:
        return False, f"the store cannot be read ({error})"
    finally:
        conn.close()


def dump_space_needed(db_path: str | Path, *, page_copy: bool | None = None) -> int:
    """The free disk a dump of ``db_path`` needs (bytes): :data:`DUMP_SPACE_FACTOR` x its pages in
    use (``VACUUM INTO``), or x all its pages (a page copy; ``page_copy`` None: the dump's choice)."""
    if page_copy is None:
        page_copy = dump_method(db_path)[0]
    conn = connect_for_reading(db_path)
    try:
        pages, size, free_pages = (conn.execute(f"PRAGMA {name}").fetchone()[0]
                                   for name in ("page_count", "page_size", "freelist_count"))
    finally:
        conn.close()
    return int((pages - (0 if page_copy else free_pages)) * size * DUMP_SPACE_FACTOR)


def _check_free_space(db_path: Path, directory: Path, *, page_copy: bool) -> None:
    """Fail before copying anything when the dump's disk cannot hold it (a full disk mid-way
    leaves a server in trouble, and the daemon would retry the same failure every 15 minutes)."""
    try:
        needed = dump_space_needed(db_path, page_copy=page_copy)
    except (sqlite3.DatabaseError, StoreError):
        return  # _snapshot says what is wrong with the database
    available = shutil.disk_usage(directory).free
    if available < needed:
        what = ("whole file: a page copy copies every page, free ones included" if page_copy
                else "in use")
        raise ReportError(
            f"not enough free disk for the dump in {str(directory)!r}: it needs about "
            f"{human_size(needed)} ({DUMP_SPACE_FACTOR:g} x the database's {human_size(needed / DUMP_SPACE_FACTOR)} "
            f"{what}), {human_size(available)} are free; free some space or dump to another disk")


#: How much of the store the snapshot maps into memory (SQLite caps it at its own maximum, 2 GB
#: by default); address space only, the pages stay in the page cache.
SNAPSHOT_MMAP_BYTES = 2**31 - 2**16


def _snapshot(db_path: Path, tmp: Path) -> None:
    """``VACUUM INTO``: one consistent snapshot, even while another process writes.

    A database this process cannot write (another user's, a read-only mount) is read read-only.
    """
    source = _open_source(db_path)  # read through a memory map: measured a fifth to a third faster
    try:
        # Only for the copy (a store with tables and auto_vacuum NONE keeps its mode): what cleaning
        # frees is given back to the disk at each commit, instead of by a second copy (VACUUM). A
        # store in INCREMENTAL mode is left so (FULL would apply to it at once, and it would no
        # longer be clean): its copy gives the pages back by incremental_vacuum.
        if source.execute("PRAGMA auto_vacuum").fetchone()[0] == 0:
            source.execute("PRAGMA auto_vacuum = FULL")
        source.execute("VACUUM INTO ?", [str(tmp)])
    except sqlite3.DatabaseError as error:
        if not tmp.parent.is_dir() or not os.access(tmp.parent, os.W_OK):
            raise ReportError(f"cannot write the dump to {str(tmp.parent)!r}: {error}") from error
        raise ReportError(f"cannot copy database {str(db_path)!r}: {error}") from error
    finally:
        source.close()


def _open_source(db_path: Path) -> sqlite3.Connection:
    """The store, to copy: read-only when this process cannot write it (another user's, a read-only mount)."""
    try:
        if can_write(db_path):
            source = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        else:
            source = connect_for_reading(db_path)
        source.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except (sqlite3.DatabaseError, StoreError) as error:
        raise ReportError(f"cannot copy database {str(db_path)!r}: {error}") from error
    # the store read through a memory map rather than read() calls, page by page
    source.execute(f"PRAGMA mmap_size = {SNAPSHOT_MMAP_BYTES}")
    return source


@dataclass
class Prescan:
    """What the cleaning's SQL filter lets through in the biggest tables (the filter reads every
    text: most of the cleaning's time), found on the store in the very snapshot the page copy
    takes, by a second connection while the copy runs: the two use both cores. The cleaning of
    the copy then reads only these rows; what Python does with them is unchanged."""

    rows: dict[str, list[int]] = field(default_factory=dict)                 # table -> rowids
    distinct: dict[tuple[str, str], list[Any]] = field(default_factory=dict)  # (table, column) -> values
    evidence: list[int] | None = None                                        # amplifications' rowids


PRESCANNED_TABLES = ("posts", "announcements", "channel_fetches")


#: The prescan's share of work per thread: (table, half of its rowids or None for all of them).
#: Posts (with the evidence of their amplifications) are most of the work: each thread reads half,
#: and one of the other two tables (about the same work on the national stores).
PRESCAN_SHARES: tuple[tuple[tuple[str, int | None], ...], ...] = (
    (("posts", 0), ("channel_fetches", None)), (("posts", 1), ("announcements", None)))


def _prescan(conn: sqlite3.Connection, *, keep_personal_data: bool,
             only: tuple[tuple[str, int | None], ...] | None = None) -> Prescan:
    """:class:`Prescan` of the store read by ``conn`` (its read transaction open: the copy's
    snapshot), for the tables and halves ``only`` (the evidence with posts; default all of them)."""
    only = only or tuple((table, None) for table in PRESCANNED_TABLES)
    result = Prescan()
    tables = {name for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    kept: dict[str, list[str]] = {}
    for table in (*PRESCANNED_TABLES, "amplifications"):
        if table in tables and table in {t for t, _ in only} | {"posts", "amplifications"}:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
            kept[table] = [c for c in columns if c not in _dropped_columns(table, columns, keep_personal_data)]
    for table, half in only:
        if table not in kept:
            continue
        plan = _plan(conn, table, kept[table])
        if half in (None, 0):  # the distinct values once
            for column, cleaner in plan.distinct.items():
                result.distinct[(table, column)] = _distinct_values(conn, table, column, cleaner)
        if plan.cleaners and plan.keys == ["rowid"]:
            rows = ""
            if half is not None:
                low, high = conn.execute(f"SELECT min(rowid), max(rowid) FROM [{table}]").fetchone()  # noqa: S608
                middle = ((low or 0) + (high or 0)) // 2
                rows = f"rowid <= {middle} AND " if half == 0 else f"rowid > {middle} AND "
            result.rows[table] = [rowid for rowid, in conn.execute(
                f"SELECT rowid FROM [{table}] WHERE {rows}({_prescan_where(plan)})")]  # noqa: S608
    tables_only = {table for table, _ in only}
    sql = None if keep_personal_data or "posts" not in tables_only else _evidence_sql(kept, "a.rowid")
    if sql is not None and "posts" in result.rows:
        # a post with a personal span is one the text filter let through (the same tests, and more)
        result.evidence = [rowid for rowid, in conn.execute(
            f"{sql} AND p.rowid IN (SELECT value FROM json_each(?))", [json.dumps(result.rows["posts"])])]
    elif sql is not None:
        result.evidence = [rowid for rowid, in conn.execute(sql)]
    return result


def _prescan_where(plan: _Plan) -> str:
    """:attr:`_Plan.where` with one call of the digit-run function per row for all its free texts
    (not one per text): the rows it lets through are the same."""
    texts = [c for c, cleaner in plan.cleaners.items() if cleaner is publish.clean_text]
    if len(texts) < 2:
        return plan.where
    others = [_needs_cleaning_sql(c, cleaner) for c, cleaner in plan.cleaners.items() if c not in texts]
    texts_sql = [f"[{c}] IS NOT NULL AND typeof([{c}]) = 'text' AND ({_TEXT_BUT_DIGITS_SQL.format(c=f'[{c}]')})"
                 for c in texts]
    digits = f"{DIGIT_RUN_FUNCTION}({', '.join(f'[{c}]' for c in texts)})"
    return " OR ".join(f"({sql})" for sql in [*others, *texts_sql, digits])


class _Prescanner(threading.Thread):
    """:func:`_prescan` in a thread, on its own read-only connection to the store."""

    def __init__(self, db_path: Path, keep_personal_data: bool,
                 only: tuple[tuple[str, int | None], ...] | None) -> None:
        """``only`` None: the rows the store lists (:func:`_listed_prescan`), not a share of every text."""
        super().__init__(name="dump-prescan", daemon=True)
        self.db_path, self.keep_personal_data, self.only = db_path, keep_personal_data, only
        self.snapshot_taken = threading.Event()
        self.result: Prescan | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self.db_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as error:
            self.error = error
            self.snapshot_taken.set()
            return
        try:
            conn.create_function(DIGIT_RUN_FUNCTION, -1, _has_digit_run, deterministic=True)
            conn.execute(f"PRAGMA mmap_size = {SNAPSHOT_MMAP_BYTES}")
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read transaction starts here
        except sqlite3.Error as error:
            self.error = error
            conn.close()
            return
        finally:
            self.snapshot_taken.set()
        try:
            if self.only is None:
                self.result = _listed_prescan(conn, keep_personal_data=self.keep_personal_data)
                if self.result is None:
                    self.error = ValueError("the store's list of the rows to clean cannot be used in the snapshot")
            else:
                self.result = _prescan(conn, keep_personal_data=self.keep_personal_data, only=self.only)
        except sqlite3.Error as error:
            self.error = error
        finally:
            conn.close()


class _Prescans:
    """The prescan threads of one page copy; :meth:`wait` joins them (the copy goes on meanwhile)."""

    def __init__(self, threads: list[_Prescanner]) -> None:
        self.threads = threads

    def wait(self) -> Prescan | None:
        """Their merged :class:`Prescan`, or None when one failed (the cleaning then reads every row)."""
        for thread in self.threads:
            thread.join()
        failed = [thread.error for thread in self.threads if thread.result is None]
        if failed:
            log.info("dump: no prescan (%s); the cleaning reads every row", failed[0])
            return None
        merged = Prescan()
        for thread in self.threads:
            assert thread.result is not None
            for table, rowids in thread.result.rows.items():
                merged.rows.setdefault(table, []).extend(rowids)
            merged.distinct.update(thread.result.distinct)
            if thread.result.evidence is not None:
                merged.evidence = (merged.evidence or []) + thread.result.evidence
        return merged


#: How long the dump waits for a writer to finish before it copies without a prescan.
PRESCAN_LOCK_WAIT_MS = 500


def _page_copy(db_path: Path, tmp: Path, *, keep_personal_data: bool = False,
               prescan: bool = True) -> tuple[bool, _Prescans | None]:
    """The store's pages as they are, by SQLite's backup API in one step: one read transaction,
    so one consistent snapshot even while the daemon writes (WAL mode), at the speed of a copy.

    Only for a clean store (:func:`crawler.store.clean_state`): the pages carry free space as
    it is, which ``secure_delete`` keeps zeroed. Returns whether the snapshot copied is still
    marked clean (checked in the copy itself, the same snapshot; when not, the caller falls back
    to ``VACUUM INTO``), and the threads making the :class:`Prescan` of that snapshot (still
    running), or None when they could not start (a store this process cannot write, a writer
    that held the store too long): the cleaning then reads every row itself. All snapshots are
    taken while this process holds the store's write lock (``BEGIN IMMEDIATE``, nothing
    written), so no commit falls between them. ``prescan`` False: the store lists the rows to
    clean (:func:`candidates_method`), read by one thread (:func:`_listed_prescan`)."""
    source = _open_source(db_path)
    prescans: _Prescans | None = None
    try:
        _checkpoint(source)
        writers = _hold_writers(db_path)
        try:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the copy's snapshot
            if writers is not None:  # the store's list read by one thread, else every text by two
                shares = PRESCAN_SHARES if prescan else (None,)
                prescans = _Prescans([_Prescanner(db_path, keep_personal_data, share) for share in shares])
                for thread in prescans.threads:
                    thread.start()
                for thread in prescans.threads:
                    thread.snapshot_taken.wait()
            # no frame in the WAL (nor a WAL): the snapshot is the database file as it is, and it stays
            # so while the read transaction lasts (SQLite writes back no WAL frame under a reader of the
            # file alone), so the kernel copies it
            whole_file = writers is not None and _wal_is_empty(db_path)
        finally:
            if writers is not None:
                writers.close()  # rolls back: nothing was written
        if whole_file:
            pages, size = (source.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "page_size"))
            shutil.copyfile(db_path, tmp)
            os.truncate(tmp, pages * size)  # nothing past the snapshot's last page
        target = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            # a throwaway file until it is renamed: no journal, no fsync
            target.execute("PRAGMA journal_mode = OFF")
            target.execute("PRAGMA synchronous = OFF")
            if not whole_file:
                source.backup(target)  # in the read transaction opened above
            source.execute("COMMIT")
            clean, _ = store.clean_state(target)
        finally:
            target.close()
    except sqlite3.DatabaseError as error:
        if not tmp.parent.is_dir() or not os.access(tmp.parent, os.W_OK):
            raise ReportError(f"cannot write the dump to {str(tmp.parent)!r}: {error}") from error
        raise ReportError(f"cannot copy database {str(db_path)!r}: {error}") from error
    except BaseException:
        if prescans is not None:
            prescans.wait()
        raise
    finally:
        source.close()
    return clean, prescans


def _checkpoint(conn: sqlite3.Connection) -> None:
    """Write the WAL back into the store and empty it, when no reader or writer is in the way (a
    store that cannot be written, a WAL that stays: the copy goes through the backup API)."""
    conn.execute("PRAGMA busy_timeout = 0")  # a writer busy now: no wait, the copy takes the backup API
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error as error:
        log.debug("dump: no checkpoint before the copy (%s)", error)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _wal_is_empty(db_path: Path) -> bool:
    try:
        return Path(f"{db_path}-wal").stat().st_size == 0
    except FileNotFoundError:
        return True


def _hold_writers(db_path: Path) -> sqlite3.Connection | None:
    """A connection holding the store's write lock (``BEGIN IMMEDIATE``), or None when this process
    cannot take it (it cannot write the store, or a writer held it for :data:`PRESCAN_LOCK_WAIT_MS`)."""
    if not can_write(db_path):
        return None
    try:
        conn = sqlite3.connect(str(db_path), timeout=PRESCAN_LOCK_WAIT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        log.info("dump: the store's write lock was busy (%s); copied without a prescan", error)
        conn.close()
        return None
    return conn


def candidates_method(db_path: str | Path, *, keep_personal_data: bool = False) -> tuple[bool, str]:
    """Whether the store lists the rows the publication filter may change (``dump_candidates``,
    kept by triggers: :func:`crawler.store.install_dump_candidates`), for every column this dump
    cleans, so that the cleaning reads only those; and why (not)."""
    try:
        conn = connect_for_reading(db_path)
    except StoreError as error:
        return False, f"the store cannot be read ({error})"
    try:
        return _candidates_state(conn, keep_personal_data)
    except sqlite3.DatabaseError as error:
        return False, f"the store cannot be read ({error})"
    finally:
        conn.close()


def _kept_columns(conn: sqlite3.Connection, table: str, keep_personal_data: bool) -> list[str]:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
    return [c for c in columns if c not in _dropped_columns(table, columns, keep_personal_data)]


def _candidates_state(conn: sqlite3.Connection, keep_personal_data: bool) -> tuple[bool, str]:
    listed, why = store.dump_candidates_state(conn)
    if not listed:
        return listed, why
    for table, watched in store.DUMP_CANDIDATE_COLUMNS.items():
        plan = _plan(conn, table, _kept_columns(conn, table, keep_personal_data))
        for column, cleaner in {**plan.cleaners, **plan.distinct}.items():
            if watched.get(column) != _KINDS.get(cleaner):
                return False, (f"the dump cleans {table}.{column}, which the store's triggers do not watch "
                               "as such (a column added since; `kimwatch maintain` makes them again)")
    return True, why


def _listed_prescan(conn: sqlite3.Connection, *, keep_personal_data: bool) -> Prescan | None:
    """:class:`Prescan` of the copy from its ``dump_candidates`` (checked again here: the copy's
    snapshot is what counts), or None when the list cannot be used (the cleaning then reads
    every row)."""
    listed, why = _candidates_state(conn, keep_personal_data)
    if not listed:
        log.info("dump: %s in the snapshot copied; the cleaning reads every row", why)
        return None
    result = Prescan()
    # a row listed, or written since the last check (above its table's `upto`): one list of rowids,
    # each row sought once
    listed_rows = ("{1}rowid IN (SELECT row FROM dump_candidates WHERE tbl = '{0}' UNION ALL "
                   "SELECT rowid FROM [{0}] WHERE rowid > (SELECT upto FROM dump_checked WHERE tbl = '{0}'))")
    kept = {table: _kept_columns(conn, table, keep_personal_data)
            for table in (*store.DUMP_CANDIDATE_COLUMNS, "amplifications")}
    for table in store.DUMP_CANDIDATE_COLUMNS:
        plan = _plan(conn, table, kept[table])
        if plan.cleaners and plan.keys == ["rowid"]:
            result.rows[table] = [row for row, in conn.execute(
                f"SELECT row FROM dump_candidates WHERE tbl = ?1 UNION SELECT rowid FROM [{table}] "  # noqa: S608
                "WHERE rowid > (SELECT upto FROM dump_checked WHERE tbl = ?1)", [table])]
        for column, cleaner in plan.distinct.items():
            result.distinct[(table, column)] = [value for value, in conn.execute(
                f"SELECT DISTINCT [{column}] FROM [{table}] WHERE {listed_rows.format(table, '')} "  # noqa: S608
                f"AND {_needs_cleaning_sql(column, cleaner)}")]
    sql = None if keep_personal_data else _evidence_sql(kept, "a.rowid")
    if sql is not None:  # a post with a personal span is one the store listed (or written since)
        result.evidence = [rowid for rowid, in conn.execute(f"{sql} AND {listed_rows.format('posts', 'p.')}")]
    return result


def _dropped_columns(table: str, columns: list[str], keep_personal_data: bool) -> list[str]:
    """The columns of ``table`` a dump leaves out: crawler internals, and personal data unless kept."""
    return [c for c in columns if c in EXCLUDED_COLUMNS.get(table, ())
            or (is_personal_column(c) and not keep_personal_data)]


def _clean(path: Path, *, keep_personal_data: bool = False,
           prescans: _Prescans | None = None, listed: bool = False) -> dict[str, list[str]]:
    """Drop what must not be published, in place; returns the kept tables and their columns.

    The copy is a throwaway file until it is renamed, so it is written without a journal (a
    failed dump deletes it): cleaning needs no disk beyond the copy itself. Only rows whose
    cleaned values differ are rewritten, and their full-text entries with them; what is freed
    is zeroed (``secure_delete``) and given back to the disk: at each commit (``VACUUM INTO``
    makes the copy of a store made before the clean mark with ``auto_vacuum = FULL``), or by
    ``incremental_vacuum`` (a copy of a store in ``auto_vacuum = INCREMENTAL`` mode), after the
    cleaning and at the end.
    ``prescans``: still running while tables and columns are dropped, waited for before the rows
    are cleaned. ``listed``: the store lists the rows to clean (``dump_candidates``) and no thread
    read the list (the store's write lock was busy), so it is read from the copy before its
    crawler tables go (:func:`_listed_prescan`)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.create_function(DIGIT_RUN_FUNCTION, 1, _has_digit_run, deterministic=True)
    prescan = None
    try:
        db = sqlite_utils.Database(conn)
        for pragma in ("foreign_keys = OFF", "journal_mode = OFF", "synchronous = OFF",
                       # what is deleted or rewritten (the unmasked texts, their index entries) is
                       # zeroed on disk, not left in free pages of the published file
                       "secure_delete = ON"):
            conn.execute(f"PRAGMA {pragma}")
        if listed:
            prescan = _listed_prescan(conn, keep_personal_data=keep_personal_data)
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER [{name}]")
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
            conn.execute(f"DROP VIEW [{name}]")
        for name in db.table_names():
            if not is_dump_table(name):
                conn.execute(f"DROP TABLE [{name}]")
        if not db.table("channel_fetch_days").exists():  # a store from before the roll-up: the queries read it
            conn.execute(CHANNEL_FETCH_DAYS_DDL)
        kept: dict[str, list[str]] = {}
        for table in KEPT_TABLES:
            if not db.table(table).exists():
                continue
            drop = _dropped_columns(table, [c.name for c in db.table(table).columns], keep_personal_data)
            if drop:
                _drop_columns(db, table, drop)
            kept[table] = [c.name for c in db.table(table).columns]
        if prescans is not None:
            prescan, prescans = prescans.wait(), None
        conn.execute("BEGIN")
        if not keep_personal_data:
            _clean_evidence(conn, kept, prescan.evidence if prescan else None)
        changed_fts = False
        with publish.keeping_personal_data(keep_personal_data):
            for table, columns in kept.items():
                changed_fts |= _clean_table(conn, table, columns, prescan)
        conn.execute("COMMIT")
        incremental = conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
        if incremental:  # the pages of the tables and columns dropped, given back before the index merge
            _give_back_free_pages(conn)
        for table, fts in FTS_TABLES.items():
            if table not in kept or not db.table(fts).exists():
                continue
            if _index_misses_rows(conn, table, fts):
                # rows written around save_posts/save_announcements (by hand, an old tool): the
                # copy's index is rebuilt from its cleaned rows, so that search finds them all
                log.info("dump: the full-text index of %s misses rows; rebuilt", table)
                conn.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('rebuild')")
            elif changed_fts:
                # merged into one segment: the entries of the texts before masking are gone
                conn.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('optimize')")
        conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        conn.execute("ANALYZE")
        if incremental:
            _give_back_free_pages(conn)
        # marked as a dump (so that only a dump replaces it), and with no WAL: nothing beside the file
        conn.execute(f"PRAGMA application_id = {DUMP_APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = DELETE")
        return kept
    finally:
        conn.close()
        if prescans is not None:  # a failure before the wait: the threads end before the copy goes
            prescans.wait()


def _give_back_free_pages(conn: sqlite3.Connection) -> None:
    """``incremental_vacuum``: the copy's free pages go, the pages after them are moved into their
    place and the file is truncated (the free pages of a page copy were zeroed all the same)."""
    if conn.execute("PRAGMA freelist_count").fetchone()[0]:
        # executescript steps the pragma to its end (execute() steps it once: one page)
        conn.executescript("PRAGMA incremental_vacuum")


#: Rows ANALYZE reads per index of the dump: statistics for Datasette's queries in well under a second.
ANALYSIS_LIMIT = 1000

#: A URL column's value that no rule of :func:`crawler.reporting.publish.clean_url` changes (no
#: credentials, query, fragment, percent-escape, port, non-ASCII or space, not a WhatsApp, bot or
#: group invitation link): the SQL that lets such values skip Python. Checked against ``clean_url`` in tests/dump.
PLAIN_URL_SQL = store.PLAIN_URL_SQL
DIGIT_RUN_FUNCTION = "kimwatch_digit_run"
"""SQL function of the dump's connection: whether a text holds a run of digits and separators with
nine digits or more, the only place :func:`crawler.reporting.publish.clean_text` looks for a phone
number or NIK (its own pattern, so the two cannot drift apart)."""


#: Nine digits with nothing but the separators of :data:`crawler.personal._ANY_DIGIT_RUN` (or its
#: other dashes, :data:`crawler.personal.DASHES`) between them, found in one search.
_NINE_DIGIT_RUN = re.compile(rf"[0-9](?:[\s.()+/_*,{personal.DASHES}-]*[0-9]){{8}}")


def _has_digit_run(*texts: Any) -> int:
    """Whether one of ``texts`` holds such a run, or an e-mail address written out with a bracketed
    "at" or "dot" (:func:`crawler.personal.written_email_spans`, its own quick test) (SQL:
    ``kimwatch_digit_run(text, …)``)."""
    return int(any(isinstance(text, str) and (_NINE_DIGIT_RUN.search(text) or personal.may_hold_written_email(text))
                   for text in texts))


#: A free-text value :func:`crawler.reporting.publish.clean_text` may change: not ASCII (normalised,
#: and every odd spelling of a number goes to Python), an ``@`` or ``%40`` (an e-mail address), a
#: ``://`` or ``www.`` (a URL), or a run of nine digits (:data:`DIGIT_RUN_FUNCTION`). Any other text
#: is left as it is: most posts skip Python. Checked against ``clean_text`` in tests/dump. The
#: group invitations are looked for only in texts with a ``/`` (each marker has one): ten scans
#: fewer for most texts.
_TEXT_BUT_DIGITS_SQL = ("length({c}) != length(CAST({c} AS BLOB)) OR instr({c}, '@') > 0 "
                        "OR instr({c}, '%40') > 0 OR instr({c}, '://') > 0 OR {c} LIKE '%www.%' "
                        "OR (instr({c}, '/') > 0 AND ("
                        + " OR ".join(f"{{c}} LIKE '%{marker}%'" for marker in publish.INVITE_MARKERS) + "))")
TEXT_NEEDS_CLEANING_SQL = f"({_TEXT_BUT_DIGITS_SQL} OR {DIGIT_RUN_FUNCTION}({{c}}))"
#: A text in which :func:`crawler.reporting.publish.personal_spans` may find something (an e-mail
#: address, a phone number, a NIK): the same tests without the URLs, which hold no personal span.
PERSONAL_SPANS_SQL = (f"(length({{c}}) != length(CAST({{c}} AS BLOB)) OR instr({{c}}, '@') > 0 "
                      f"OR instr({{c}}, '%40') > 0 OR {DIGIT_RUN_FUNCTION}({{c}}))")
EMPTY_JSON = store.EMPTY_JSON
#: Values cleaned by Python once per distinct value (errors and statuses repeat fetch after fetch).
_MEMO_LIMIT = 200_000


def _index_misses_rows(conn: sqlite3.Connection, table: str, fts: str) -> bool:
    """Whether the external-content index ``fts`` has another number of rows, or another last rowid,
    than ``table`` (every change but an insert keeps it in step through the store's triggers)."""
    indexed = conn.execute(f"SELECT count(*), max(id) FROM [{fts}_docsize]").fetchone()  # noqa: S608
    stored = conn.execute(f"SELECT count(*), max(rowid) FROM [{table}]").fetchone()  # noqa: S608
    return tuple(indexed) != tuple(stored)


def _needs_cleaning_sql(column: str, cleaner: Any) -> str:
    """SQL true for the values of ``column`` Python has to look at (a conservative filter)."""
    c = f"[{column}]"
    if cleaner is publish.clean_text:  # the store's triggers test a superset (SQL only), this the exact run
        return f"{store.candidate_sql(c, 'error')} AND {TEXT_NEEDS_CLEANING_SQL.format(c=c)}"
    return store.candidate_sql(c, _KINDS.get(cleaner, "error"))


#: How the store's triggers name each cleaner (:data:`crawler.store.DUMP_CANDIDATE_COLUMNS`).
_KINDS = {publish.clean_url: "url", publish.clean_json: "json", publish.clean_text: "text",
          publish.clean_error: "error"}


@dataclass
class _Plan:
    """How the text columns of one table are cleaned: the SQL filter, then Python."""

    keys: list[str]                # rowid, or the primary key of a WITHOUT ROWID table
    cleaners: dict[str, Any]       # columns read row by row
    distinct: dict[str, Any]       # error columns, cleaned one distinct value at a time
    fts: str | None
    fts_columns: list[str]

    @property
    def needs(self) -> list[str]:
        return [_needs_cleaning_sql(c, cleaner) for c, cleaner in self.cleaners.items()]

    @property
    def where(self) -> str:
        return " OR ".join(f"({sql})" for sql in self.needs)


def _plan(conn: sqlite3.Connection, table: str, columns: list[str]) -> _Plan:
    info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    types = {row[1]: (row[2] or "").upper() for row in info}
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0] or ""
    keys = ([row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]]
            if re.search(r"WITHOUT\s+ROWID", sql, re.IGNORECASE) else ["rowid"])
    cleaners = {}
    for column in columns:
        cleaner = publish.column_cleaner(column)
        if cleaner is not None and types.get(column, "TEXT") in ("TEXT", ""):
            cleaners[column] = cleaner
    fts = FTS_TABLES.get(table)
    fts_columns: list[str] = [c for c in ("title", "text") if c in columns] if fts else []
    distinct = {c: cleaners.pop(c) for c, cleaner in list(cleaners.items())
                if cleaner is publish.clean_error and c not in fts_columns}
    return _Plan(keys, cleaners, distinct, fts, fts_columns)


def _clean_table(conn: sqlite3.Connection, table: str, columns: list[str], prescan: Prescan | None = None) -> bool:
    """Clean the text columns of ``table`` in place (only changed rows are written); returns whether
    a value its full-text index holds changed (the index is kept in step, row by row). ``prescan``:
    the rows and values the filter lets through, found beforehand (:func:`_prescan`)."""
    plan = _plan(conn, table, columns)
    for column, cleaner in plan.distinct.items():
        values = prescan.distinct.get((table, column)) if prescan else None
        _clean_distinct(conn, table, column, cleaner, values)
    if not plan.cleaners:
        return False
    rows = prescan.rows.get(table) if prescan else None
    if rows is None:
        return _clean_rows(conn, table, plan, "")
    if not rows:
        return False
    with _keys_table(conn, rows) as only:
        return _clean_rows(conn, table, plan, only)


@contextmanager
def _keys_table(conn: sqlite3.Connection, rowids: list[int]) -> Iterator[str]:
    """The rowids in a temporary table; yields the SQL condition that keeps a table's rows to them."""
    conn.execute("CREATE TEMP TABLE dump_keys (key INTEGER PRIMARY KEY)")
    try:
        conn.executemany("INSERT INTO temp.dump_keys (key) VALUES (?)", ((rowid,) for rowid in rowids))
        yield "rowid IN (SELECT key FROM temp.dump_keys)"
    finally:
        conn.execute("DROP TABLE temp.dump_keys")


def _clean_rows(conn: sqlite3.Connection, table: str, plan: _Plan, only: str) -> bool:
    """The rows the filter lets through (and, ``only``, that condition holds), cleaned by Python."""
    keys, cleaners, fts, fts_columns = plan.keys, plan.cleaners, plan.fts, plan.fts_columns
    names = list(cleaners)
    wanted = names + [c for c in fts_columns if c not in names]
    needs = plan.needs
    where = f"({only}) AND ({plan.where})" if only else plan.where
    memo: dict[tuple[str, str], str] = {}
    changed_fts = False
    batch: list[tuple[list[Any], dict[str, Any], dict[str, Any]]] = []

    def clean(column: str, value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value
        cleaner = cleaners[column]
        if cleaner in (publish.clean_text,) and len(value) > 200:  # long texts rarely repeat
            return cleaner(value)
        key = (column, value)
        found = memo.get(key)
        if found is None:
            found = cleaner(value)
            if len(memo) < _MEMO_LIMIT:
                memo[key] = found
        return found

    def flush() -> None:
        nonlocal changed_fts
        match = " AND ".join(f"[{k}] = ?" for k in keys)
        for key, old, new in batch:
            assignments = ", ".join(f"[{c}] = ?" for c in new)
            conn.execute(f"UPDATE [{table}] SET {assignments} WHERE {match}", [*new.values(), *key])  # noqa: S608
            rowid = key[0]
            if fts and any(c in new for c in fts_columns):
                changed_fts = True
                marks = ", ".join("?" * len(fts_columns))
                cols = ", ".join(f"[{c}]" for c in fts_columns)
                conn.execute(f"INSERT INTO [{fts}]([{fts}], rowid, {cols}) VALUES ('delete', ?, {marks})",
                             [rowid, *[old[c] for c in fts_columns]])
                conn.execute(f"INSERT INTO [{fts}](rowid, {cols}) VALUES (?, {marks})",
                             [rowid, *[new.get(c, old[c]) for c in fts_columns]])
        batch.clear()

    # per column, whether Python has to look at it (a plain URL in a row with a text to clean does not)
    selected = ", ".join([*(f"[{c}]" for c in [*keys, *wanted]), *(f"({sql})" for sql in needs)])
    cursor = conn.execute(f"SELECT {selected} FROM [{table}] WHERE {where}")  # noqa: S608
    width = len(keys) + len(wanted)
    while True:
        rows = cursor.fetchmany(2000)
        if not rows:
            break
        for row in rows:
            old = dict(zip(wanted, row[len(keys):width], strict=True))
            new = {c: cleaned for c, look in zip(names, row[width:], strict=True)
                   if look and (cleaned := clean(c, old[c])) != old[c]}
            if new:
                batch.append((list(row[:len(keys)]), old, new))
        flush()  # after the batch is read: the cursor goes on over rows not yet rewritten
    return changed_fts


def _distinct_values(conn: sqlite3.Connection, table: str, column: str, cleaner: Any) -> list[Any]:
    """The distinct values of ``column`` the filter lets through."""
    return [value for value, in conn.execute(
        f"SELECT DISTINCT [{column}] FROM [{table}] WHERE {_needs_cleaning_sql(column, cleaner)}")]  # noqa: S608


def _clean_distinct(conn: sqlite3.Connection, table: str, column: str, cleaner: Any,
                    values: list[Any] | None = None) -> None:
    """Clean ``column`` one distinct value at a time: error messages repeat fetch after fetch (a
    failing feed gives the same error every hour), so Python reads each once, and the rows of the
    values it changes are rewritten by one UPDATE. ``values``: found beforehand (:func:`_prescan`)."""
    c = f"[{column}]"
    if values is None:
        values = _distinct_values(conn, table, column, cleaner)
    changed = [(value, new) for value in values if (new := cleaner(value)) != value]
    if not changed:
        return
    conn.execute("CREATE TEMP TABLE dump_cleaned (old TEXT PRIMARY KEY, new TEXT)")
    try:
        conn.executemany("INSERT INTO temp.dump_cleaned (old, new) VALUES (?, ?)", changed)
        conn.execute(f"UPDATE [{table}] SET {c} = (SELECT new FROM temp.dump_cleaned WHERE old = [{table}].{c}) "  # noqa: S608
                     f"WHERE {c} IN (SELECT old FROM temp.dump_cleaned)")
    finally:
        conn.execute("DROP TABLE temp.dump_cleaned")


def _evidence_sql(kept: dict[str, list[str]], selected: str) -> str | None:
    """The amplifications whose evidence may hold terms of masked spans (see :func:`_clean_evidence`)."""
    if "evidence" not in kept.get("amplifications", []) or "posts" not in kept:
        return None
    columns = [c for c in ("title", "text") if c in kept["posts"]]
    if not columns:
        return None
    masked = " OR ".join(f"(typeof(p.[{c}]) = 'text' AND {PERSONAL_SPANS_SQL.format(c=f'p.[{c}]')})"
                         for c in columns)
    return (f"SELECT {selected} FROM amplifications a JOIN posts p ON p.id = a.post_id "  # noqa: S608
            f"WHERE a.evidence IS NOT NULL AND typeof(a.evidence) = 'text' AND ({masked})")


def _clean_evidence(conn: sqlite3.Connection, kept: dict[str, list[str]], rowids: list[int] | None = None) -> None:
    """Take out of ``amplifications.evidence`` the terms that come from the masked spans of its
    post's texts (a NIK's or phone number's digit groups, an e-mail's parts): read from the
    post's original title and text, before those are masked. The strings left are then
    cleaned with every other column."""
    # only posts with something to mask give terms to take out; the strings of the others' evidence
    # are cleaned with the evidence column, as JSON
    texts = ", ".join(f"p.[{c}]" for c in ("title", "text") if c in kept.get("posts", []))
    sql = _evidence_sql(kept, f"a.rowid, a.evidence, {texts}")
    if sql is None or rowids == []:
        return
    if rowids is None:
        rows = conn.execute(sql).fetchall()
    else:
        with _keys_table(conn, rowids) as only:
            rows = conn.execute(f"{sql} AND a.{only}").fetchall()
    for rowid, evidence, *post_texts in rows:
        cleaned = publish.clean_evidence(evidence, [t for t in post_texts if isinstance(t, str)])
        if cleaned != evidence:
            conn.execute("UPDATE amplifications SET evidence = ? WHERE rowid = ?", [cleaned, rowid])


def _drop_columns(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    conn = db.conn
    for index_name, in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            [table]).fetchall():
        indexed = {row[2] for row in conn.execute(f"PRAGMA index_info([{index_name}])")}
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [index_name]).fetchone()[0] or ""
        if indexed & set(columns) or any(re.search(rf"\b{re.escape(c)}\b", sql) for c in columns):
            conn.execute(f"DROP INDEX [{index_name}]")
    try:
        for column in columns:
            conn.execute(f"ALTER TABLE [{table}] DROP COLUMN [{column}]")
    except sqlite3.OperationalError as error:
        log.debug("ALTER TABLE %s DROP COLUMN failed (%s); rebuilding the table", table, error)
        remaining = [c for c in columns if c in {col.name for col in db.table(table).columns}]
        db.table(table).transform(drop=set(remaining))


def build_metadata(
    tables: dict[str, list[str]],
    *,
    title: str | None = None,
    license: str = DEFAULT_LICENSE,  # noqa: A002 - the Datasette metadata key
    license_url: str | None = DEFAULT_LICENSE_URL,
    source: str = DEFAULT_SOURCE,
    source_url: str | None = None,
    latest_day: date | None = None,
    target_share: float | str | None = None,
) -> dict[str, Any]:
    """Datasette metadata for a dump holding ``tables`` (name → columns).

    Descriptions, facets and label columns of absent tables or columns are left out, so
    Datasette never points at something the dump does not contain. The canned queries' default
    period is the 30 days ending with ``latest_day`` (the dump's latest data day, see
    :func:`latest_data_day`; default today), so an old dump still shows its own data.
    """
    template_file = resources.files("crawler") / "data" / "datasette" / "metadata.yaml"
    template = yaml.safe_load(template_file.read_text(encoding="utf-8"))
    database = template["databases"][DB_NAME]
    table_meta: dict[str, Any] = {}
    for table, meta in database["tables"].items():
        if table not in tables:
            continue
        present = set(tables[table])
        meta = dict(meta)
        meta["columns"] = {c: d for c, d in meta.get("columns", {}).items() if c in present}
        meta["facets"] = [f for f in meta.get("facets", []) if f in present]
        if meta.get("label_column") not in present:
            meta.pop("label_column", None)
        if meta.get("sort_desc") not in present:
            meta.pop("sort_desc", None)
        if "searchable_columns" in meta:
            meta["searchable_columns"] = [c for c in meta["searchable_columns"] if c in present]
        table_meta[table] = meta
    metadata: dict[str, Any] = {
        "title": title or template["title"],
        "description_html": template["description_html"],
        "license": license,
        "source": source,
        "databases": {DB_NAME: {
            "description": f"Dump written {datetime.now(UTC).strftime('%Y-%m-%d %H:%M')} UTC by kimwatch "
                           f"{__version__}.",
            "tables": table_meta,
            "queries": _fill_queries(database["queries"], latest_day, target_share),
        }},
    }
    metadata["description_html"] = _fill(metadata["description_html"], latest_day, target_share)
    if license_url:
        metadata["license_url"] = license_url
    if source_url:
        metadata["source_url"] = source_url
    return metadata


# ---- the canned queries' period (the SQL of `__PERIOD__` and `__STATUS__` in metadata.yaml)

def _wita_day_sql(raw: str) -> str:
    """SQL turning the cleaned text ``raw`` (``dd-mm-yyyy`` or ``yyyy-mm-dd``, ``/`` and ``.`` already
    made ``-``) into ``yyyy-mm-dd``; NULL when it is neither."""
    rest = f"substr({raw}, instr({raw}, '-') + 1)"
    return (f"case when {raw} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' then date(substr({raw}, 1, 10)) "
            f"when {raw} glob '[0-9]*-[0-9]*-[0-9][0-9][0-9][0-9]' then date(printf('%04d-%02d-%02d', "
            f"cast(substr({rest}, instr({rest}, '-') + 1) as integer), "
            f"cast(substr({rest}, 1, instr({rest}, '-') - 1) as integer), "
            f"cast(substr({raw}, 1, instr({raw}, '-') - 1) as integer))) end")


def _period_sql(latest: date) -> str:
    """The ``params`` CTE: ``since_day``/``until_day`` (WITA days), their UTC edges ``since``/``before``
    and ``prev_since``, the start of the period of the same length before (for "went silent")."""
    clean = "replace(replace(trim(coalesce({}, '')), '/', '-'), '.', '-')"
    return f"""
            select since_day, until_day,
                   strftime('%Y-%m-%dT%H:%M:%SZ', since_day, '-8 hours') as since,
                   strftime('%Y-%m-%dT%H:%M:%SZ', until_day, '+1 day', '-8 hours') as before,
                   strftime('%Y-%m-%dT%H:%M:%SZ', since_day,
                            '-' || cast(julianday(until_day) - julianday(since_day) + 1 as integer) || ' days',
                            '-8 hours') as prev_since
            from (select case when s_raw = '' then date(u, '-29 days') else {_wita_day_sql('s_raw')} end as since_day,
                         u as until_day
                  from (select s_raw, case when u_raw = '' then '{latest.isoformat()}'
                                      else {_wita_day_sql('u_raw')} end as u
                        from (select {clean.format(':since')} as s_raw, {clean.format(':until')} as u_raw)))
          """.strip()


STATUS_SQL = """amplified as (
            select a.kim_id, count(distinct a.announcement_id) as n
            from amplifications a join posts p on p.id = a.post_id, params
            where a.status in ('auto', 'confirmed') and p.published_at >= params.since and p.published_at < params.before
            group by a.kim_id
          ),
          amplified_before as (
            select distinct a.kim_id
            from amplifications a join posts p on p.id = a.post_id, params
            where a.status in ('auto', 'confirmed') and p.published_at >= params.prev_since and p.published_at < params.since
          ),
          posted as (
            select p.kim_id, count(*) as n from posts p, params
            where p.published_at >= params.since and p.published_at < params.before
            group by p.kim_id
          ),
          read_ok as (
            select distinct c.owner_id as kim_id from channels c, params
            where c.owner_kind = 'kim'
              and ((c.last_success_at >= params.since and c.last_success_at < params.before)
                   or exists (select 1 from channel_fetches f where f.channel_id = c.id and f.ok != 0
                              and f.fetched_at >= params.since and f.fetched_at < params.before)
                   or exists (select 1 from channel_fetch_days d where d.channel_id = c.id and d.ok > 0
                              and d.day >= params.since_day and d.day <= params.until_day))
          ),
          status as (
            select k.id, k.name, k.region, k.district, k.village, coalesce(posted.n, 0) as posts,
                   amplified_before.kim_id is not null as was_active,
                   case when amplified.kim_id is not null then 'aktif'
                        when read_ok.kim_id is null and posted.kim_id is null then 'tidak terukur'
                        else 'tidak aktif' end as status,
                   case when amplified.kim_id is not null then 'menyebarkan ' || amplified.n || ' pengumuman'
                        when read_ok.kim_id is null and posted.kim_id is null then
                          case when not exists (select 1 from channels c where c.owner_kind = 'kim'
                                                and c.owner_id = k.id and c.status != 'retired')
                                 then 'tidak punya kanal'
                               when not exists (select 1 from channels c where c.owner_kind = 'kim'
                                                and c.owner_id = k.id and c.status != 'retired' and c.crawlable = 1)
                                 then 'kanalnya tidak bisa dibaca otomatis (tanpa feed via)'
                               when exists (select 1 from channels c, params where c.owner_kind = 'kim'
                                            and c.owner_id = k.id and c.status != 'retired' and c.crawlable = 1
                                            and (exists (select 1 from channel_fetches f where f.channel_id = c.id
                                                         and f.ok = 0 and f.fetched_at >= params.since
                                                         and f.fetched_at < params.before)
                                                 or exists (select 1 from channel_fetch_days d
                                                            where d.channel_id = c.id and d.failed > 0
                                                            and d.day >= params.since_day
                                                            and d.day <= params.until_day)))
                                 then 'kanal gagal dibaca'
                               else 'kanal belum dibaca dalam periode' end
                        when posted.kim_id is not null then 'mengunggah, tanpa menyebarkan pengumuman'
                        else 'kanal terbaca, tidak ada unggahan' end as alasan
            from kims k
            left join amplified on amplified.kim_id = k.id
            left join amplified_before on amplified_before.kim_id = k.id
            left join posted on posted.kim_id = k.id
            left join read_ok on read_ok.kim_id = k.id
            where k.status != 'retired'
          )"""
"""The report's status of each registered KIM in the period (same rules as
:func:`crawler.reporting.kpis.build_report` with ``min_amplifications`` 1)."""


def latest_data_day(db_path: str | Path) -> date:
    """The WITA day of the dump's latest data (a post or announcement published, a channel fetched),
    never after today: the canned queries' default period ends there."""
    today = datetime.now(WITA).date()
    conn = sqlite3.connect(str(db_path))
    try:
        latest = None
        for table, column in (("posts", "published_at"), ("announcements", "published_at"),
                              ("channel_fetches", "fetched_at")):
            try:
                value = conn.execute(f"SELECT max([{column}]) FROM [{table}]").fetchone()[0]  # noqa: S608
            except sqlite3.Error:
                continue
            if value and (latest is None or value > latest):
                latest = value
        try:  # the last rolled-up day of fetches, as the stored form of its first second
            rolled = conn.execute("SELECT max(day) FROM channel_fetch_days").fetchone()[0]
        except sqlite3.Error:
            rolled = None
        if rolled:
            latest = max(latest or "", store.wita_day_start(rolled))
    finally:
        conn.close()
    if not latest:
        return today
    try:
        day = datetime.fromisoformat(str(latest).replace("Z", "+00:00")).astimezone(WITA).date()
    except ValueError:
        return today
    return min(day, today)


def _fill(text: str, latest: date | None, target_share: float | str | None) -> str:
    from crawler.reporting.kpis import parse_target_share

    latest = latest or datetime.now(WITA).date()
    target = round(parse_target_share(target_share) * 100, 1)
    return (text.replace("__PERIOD__", _period_sql(latest)).replace("__STATUS__", STATUS_SQL)
            .replace("__UNTIL__", latest.strftime("%d-%m-%Y"))
            .replace("__SINCE__", (latest - timedelta(days=29)).strftime("%d-%m-%Y"))
            .replace("__TARGET__", f"{target:g}"))


def _fill_queries(queries: dict[str, Any], latest: date | None,
                  target_share: float | str | None) -> dict[str, Any]:
    return {name: {key: _fill(value, latest, target_share) if isinstance(value, str) else value
                   for key, value in query.items()} for name, query in queries.items()}


TEMPLATE_DIR = "templates"
"""Datasette templates of the dump (the dashboard), for ``datasette … --template-dir DIR/templates``."""


def _copy_templates(target: Path) -> None:
    source = resources.files("crawler") / "data" / "datasette" / "templates"
    target.mkdir(exist_ok=True)
    for item in source.iterdir():
        if item.name.endswith(".html"):
            _write_atomic(target / item.name, item.read_text(encoding="utf-8"))


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


INTERNAL_WARNING = ("INTERNAL DUMP: it keeps personal data (phone numbers, e-mail addresses, NIK numbers "
                    "in post texts, personal columns); do not publish it or serve it beyond the office "
                    "(UU 27/2022 on personal data protection).")


def _readme(tables: dict[str, list[str]], *, internal: bool = False) -> str:
    """Paths are relative: the daemon writes a dump under a temporary name and renames it."""
    content = ("a copy of the kimwatch store without crawler internals or secrets; " + INTERNAL_WARNING
               if internal else
               "a cleaned copy of the kimwatch store (no crawler internals, no secrets, personal data "
               "masked: [telepon], [email], [NIK])")
    return f"""kimwatch dump
=============

kimwatch.db    {content}
metadata.json  titles, descriptions, facets and canned queries for Datasette

templates/     the dashboard page (Datasette template)

Browse it (Datasette: pip install datasette), from this directory:

    datasette kimwatch.db -m metadata.json --template-dir templates

then open http://127.0.0.1:8001/ : the home page links the dashboard (kimwatch/dasbor) and the
canned queries, in Bahasa Indonesia: active_share_by_region, inactive_kims, silent_kims,
unmeasured_kims, announcement_reach (parameters since/until: WITA days, dd-mm-yyyy or
yyyy-mm-dd; default the 30 days ending with this dump's latest data day), broken_channels and
announcement_amplifications (one announcement, with evidence). Posts and announcements have
full-text search (the search box of their tables). Without --template-dir the dashboard is
shown as a table.

Tables: {", ".join(tables)}.
Timestamps are UTC (WITA = UTC+8).
"""
