"""The SQLite store: schema, migrations, and the save functions every writer uses.

Tables and key columns follow the contract of the design ("Contract: store"); columns beyond
those are kimwatch's own. Timestamps are ISO 8601 strings in UTC (``2024-10-17T08:05:00Z``).

Writers never talk SQL themselves: they call the ``save_*`` functions here, which are pure,
idempotent database work (upsert by primary key), usable without any network.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler import __version__
from crawler.dates import WITA, parse_datetime, to_iso, utc_now
from crawler.errors import StoreError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000

CRAWLABLE_TYPES = ("feed", "youtube", "telegram", "website")
RECORDED_TYPES = ("facebook", "instagram", "tiktok", "x", "whatsapp")
CHANNEL_TYPES = CRAWLABLE_TYPES + RECORDED_TYPES
PLATFORMS = ("website", "facebook", "instagram", "youtube", "telegram", "tiktok", "x", "whatsapp")


# --------------------------------------------------------------------------- schema

# The matcher's cache of each announcement's normalized terms (crawler.matching), so that a
# `kimwatch match` run does not re-tokenize every press release; rebuilt when stale.
ANNOUNCEMENT_TERMS_DDL = """
    CREATE TABLE IF NOT EXISTS announcement_terms (
        announcement_id TEXT PRIMARY KEY REFERENCES announcements(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,     -- the announcement version the terms were made from
        version INTEGER NOT NULL,       -- the normalization version (crawler.matching.textnorm.VERSION)
        terms TEXT NOT NULL,            -- space-separated terms in reading order
        facts TEXT                      -- JSON: what the matcher reads from the text besides its terms
                                        -- (AnnouncementDoc.facts, with their own version); NULL: not yet
    )"""


def ensure_announcement_terms(db: sqlite_utils.Database) -> None:
    """The matcher's term cache with its ``facts`` column (a store from before it gets it; its
    rows' facts are read again on the next matching pass)."""
    db.execute(ANNOUNCEMENT_TERMS_DDL)
    if "facts" not in {row[1] for row in db.execute("PRAGMA table_info(announcement_terms)")}:
        db.execute("ALTER TABLE announcement_terms ADD COLUMN facts TEXT")


def _migration_1(db: sqlite_utils.Database) -> None:
    """The contract's tables, with their keys, indexes and full-text search."""
    db.execute("""
        CREATE TABLE IF NOT EXISTS kims (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            region TEXT NOT NULL,
            district TEXT,
            village TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
            created_at TEXT,
            updated_at TEXT
        )""")
    db.execute("""
        CREATE TABLE IF NOT EXISTS sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            region TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
            created_at TEXT,
            updated_at TEXT
        )""")
    db.execute("""
        CREATE TABLE IF NOT EXISTS channels (
            id TEXT PRIMARY KEY,
            owner_kind TEXT NOT NULL CHECK (owner_kind IN ('kim', 'source')),
            owner_id TEXT NOT NULL,
            type TEXT NOT NULL,
            url TEXT NOT NULL UNIQUE,
            via TEXT,
            crawlable INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
            options TEXT,               -- JSON: per-channel hints (section, max_pages, ...)
            etag TEXT,
            last_modified TEXT,
            last_crawled_at TEXT,
            last_success_at TEXT,
            last_status TEXT,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_crawl_after TEXT,      -- back-off: not crawled before this time
            state TEXT,                 -- JSON: what the spider learned (e.g. discovered feed)
            created_at TEXT,
            updated_at TEXT
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_channels_owner ON channels (owner_kind, owner_id)")
    db.execute("""
        CREATE TABLE IF NOT EXISTS posts (
            id TEXT PRIMARY KEY,
            kim_id TEXT NOT NULL REFERENCES kims(id),
            channel_id TEXT REFERENCES channels(id),
            platform TEXT,
            url TEXT,
            canonical_url TEXT,
            title TEXT,
            text TEXT,
            published_at TEXT,
            fetched_at TEXT,
            links TEXT,                 -- JSON list of canonical outbound URLs
            content_hash TEXT,
            origin TEXT,                -- 'crawl' or 'import'
            extra TEXT,                 -- JSON: e.g. forwarded_from for Telegram
            matched_at TEXT,            -- NULL until the matcher has seen this version
            updated_at TEXT
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_posts_kim_published ON posts (kim_id, published_at)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_posts_published ON posts (published_at)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_posts_unmatched ON posts (matched_at) WHERE matched_at IS NULL")
    db.execute("CREATE INDEX IF NOT EXISTS idx_posts_channel ON posts (channel_id)")
    db.execute("""
        CREATE TABLE IF NOT EXISTS announcements (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id),
            channel_id TEXT REFERENCES channels(id),
            url TEXT,
            canonical_url TEXT,
            title TEXT,
            text TEXT,
            published_at TEXT,
            fetched_at TEXT,
            content_hash TEXT,
            origin TEXT,
            matched_at TEXT,
            updated_at TEXT
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_announcements_published ON announcements (published_at)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_announcements_canonical ON announcements (canonical_url)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_announcements_unmatched ON announcements (matched_at) WHERE matched_at IS NULL")
    db.execute("""
        CREATE TABLE IF NOT EXISTS amplifications (
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            announcement_id TEXT NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
            kim_id TEXT NOT NULL REFERENCES kims(id),
            method TEXT NOT NULL,
            score REAL NOT NULL,
            lag_hours REAL,
            evidence TEXT,              -- JSON: why (links, shared passages, scores)
            status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected')),
            decided_by TEXT,
            decided_at TEXT,
            created_at TEXT,
            updated_at TEXT,
            PRIMARY KEY (post_id, announcement_id)
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_amplifications_announcement ON amplifications (announcement_id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_amplifications_kim ON amplifications (kim_id, status)")
    db.execute("""
        CREATE TABLE IF NOT EXISTS crawl_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            trigger TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'running',
            requests INTEGER NOT NULL DEFAULT 0,
            items_new INTEGER NOT NULL DEFAULT 0,
            items_updated INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            channels INTEGER NOT NULL DEFAULT 0,
            filters TEXT,               -- JSON: the --kim/--source/--type of the run
            pid INTEGER,
            message TEXT
        )""")
    db.execute("""
        CREATE TABLE IF NOT EXISTS channel_fetches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            run_id INTEGER REFERENCES crawl_runs(id),
            fetched_at TEXT NOT NULL,
            ok INTEGER NOT NULL,
            status TEXT,
            error TEXT,
            items_new INTEGER NOT NULL DEFAULT 0,
            items_updated INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_channel_fetches_channel ON channel_fetches (channel_id, fetched_at)")
    db.execute("""
        CREATE TABLE IF NOT EXISTS resolved_urls (
            url TEXT PRIMARY KEY,       -- a shortened or redirecting link as found
            resolved_url TEXT,          -- where it led (canonical), NULL when it could not be resolved
            resolved_at TEXT NOT NULL,
            status TEXT
        )""")
    db.execute(ANNOUNCEMENT_TERMS_DDL)
    for table in ("posts", "announcements"):
        if not db.table(table).detect_fts():
            db.table(table).enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
        # New rows reach the index in bulk from _save_items (one statement per batch is ~10x
        # cheaper than sqlite-utils' per-row insert trigger); update/delete triggers stay.
        db.execute(f"DROP TRIGGER IF EXISTS [{table}_ai]")


def _migration_2(db: sqlite_utils.Database) -> None:
    """``amplifications.status`` may be ``uncertain`` (the contract's extension): the table is
    rebuilt with the wider CHECK, rows and indexes kept."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'amplifications'").fetchone()[0]
    old = "CHECK (status IN ('auto', 'confirmed', 'rejected'))"
    if old not in sql:
        return
    indexes = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'amplifications' AND sql IS NOT NULL")]
    db.execute("ALTER TABLE amplifications RENAME TO amplifications_v1")
    db.execute(sql.replace(old, "CHECK (status IN ('auto', 'confirmed', 'rejected', 'uncertain'))"))
    db.execute("INSERT INTO amplifications SELECT * FROM amplifications_v1")
    db.execute("DROP TABLE amplifications_v1")
    for index in indexes:
        db.execute(index)


def _migration_3(db: sqlite_utils.Database) -> None:
    """Self-reports of KIM posts (issue 14) and the hashed tokens of the KIMs' form links."""
    db.execute("""
        CREATE TABLE IF NOT EXISTS reports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kim_id TEXT NOT NULL REFERENCES kims(id),
            url TEXT NOT NULL,            -- as reported
            canonical_url TEXT NOT NULL,  -- one report per (kim_id, canonical_url)
            reported_at TEXT,             -- when the KIM says it posted / filled the form (UTC)
            via TEXT NOT NULL CHECK (via IN ('import', 'form')),
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'verified', 'unverified', 'rejected')),
            reason TEXT,                  -- owner-mismatch, login-wall, not-found, no-text, not-public, ...
            detail TEXT,                  -- what the check saw, for a person reading it
            post_id TEXT REFERENCES posts(id) ON DELETE SET NULL,
            channel_id TEXT REFERENCES channels(id) ON DELETE SET NULL,
            checked_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            note TEXT,
            source_file TEXT,             -- the import file, or the form
            decided_by TEXT,              -- who confirmed or rejected it in `kimwatch review --reports`
            decided_at TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (kim_id, canonical_url)
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_reports_status ON reports (status)")
    db.execute("""
        CREATE TABLE IF NOT EXISTS form_tokens (
            token_hash TEXT PRIMARY KEY,  -- sha256 hex of the secret in the link; the secret is never stored
            kim_id TEXT NOT NULL REFERENCES kims(id),
            generation INTEGER NOT NULL,  -- bumped by `form-links --rotate`
            created_at TEXT NOT NULL,
            revoked_at TEXT
        )""")
    db.execute("CREATE INDEX IF NOT EXISTS idx_form_tokens_kim ON form_tokens (kim_id)")



def _migration_4(db: sqlite_utils.Database) -> None:
    """An index on the time of fetches: the report's channel health reads one window of
    ``channel_fetches`` (one row per fetch, the biggest table of a long-running store), which
    without it scanned every row ever fetched."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_channel_fetches_time ON channel_fetches (fetched_at, channel_id, ok)")


# One row per channel per WITA day: what ``channel_fetches`` said of that day, once its per-fetch
# rows are older than the retention period (``kimwatch maintain``, crawler.maintenance). Every
# reader of the fetch history reads both tables through the functions under "fetch history" below.
CHANNEL_FETCH_DAYS_DDL = """
    CREATE TABLE IF NOT EXISTS channel_fetch_days (
        channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        day TEXT NOT NULL,              -- WITA date, YYYY-MM-DD
        fetches INTEGER NOT NULL,       -- ok + failed
        ok INTEGER NOT NULL,            -- successful fetches (304 Not Modified included)
        failed INTEGER NOT NULL,
        items_new INTEGER NOT NULL DEFAULT 0,
        items_updated INTEGER NOT NULL DEFAULT 0,
        last_status TEXT,               -- status and error of the day's last fetch
        last_error TEXT,
        first_failed_at TEXT,           -- the day's first failed fetch (UTC), NULL when none failed
        failing_since_at TEXT,          -- the first failed fetch after the day's last successful one:
                                        -- where a run of failures the day ended in began (NULL: ended ok)
        PRIMARY KEY (channel_id, day)
    ) WITHOUT ROWID"""

# What a window's channel health needs of a rolled-up day (schema 11; :func:`health_as_of`): the
# times of its first and last fetch and of its last success, and its failures in a row at the day's
# end, counted as the back-off counts them (a ``rate-limited`` refusal is none), from its last success
# on (all of the day's when none succeeded). Days rolled up before schema 11 get them at the upgrade,
# as well as their totals tell (:func:`_migration_11`).
FETCH_DAY_HEALTH_COLUMNS = (("first_fetched_at", "TEXT"), ("last_fetched_at", "TEXT"), ("last_ok_at", "TEXT"),
                            ("trailing_failures", "INTEGER"))


def _migration_5(db: sqlite_utils.Database) -> None:
    """The roll-up of the fetch history (issue 16): per-fetch rows older than the retention
    period become one row per channel per WITA day, so the history grows by channels x days,
    not by fetches. The index on the day serves the reports' windows (covering)."""
    db.execute(CHANNEL_FETCH_DAYS_DDL)
    db.execute("CREATE INDEX IF NOT EXISTS idx_channel_fetch_days_day ON channel_fetch_days (day, ok, failed)")


def _migration_6(db: sqlite_utils.Database) -> None:
    """The matcher keeps each announcement's facts with its terms (``announcement_terms.facts``)."""
    ensure_announcement_terms(db)


# The re-check of recent announcements' pages (crawler.harvest.recheck): where each stands
ANNOUNCEMENT_RECHECKS_DDL = """
    CREATE TABLE IF NOT EXISTS announcement_rechecks (
        announcement_id TEXT PRIMARY KEY REFERENCES announcements(id) ON DELETE CASCADE,
        checked_at TEXT NOT NULL,       -- the last check that got an answer or failed (UTC)
        status INTEGER,                 -- its HTTP status (NULL: no answer: timeout, refused)
        error TEXT,                     -- why it got no answer
        misses INTEGER NOT NULL DEFAULT 0,  -- 404/410 answers in a row (a 2xx/304 resets it)
        first_miss_at TEXT,             -- the first of those misses: when the page was found gone
        etag TEXT,                      -- of the last 2xx answer, for a conditional request
        last_modified TEXT
    ) WITHOUT ROWID"""


def _migration_7(db: sqlite_utils.Database) -> None:
    """Withdrawn announcements: ``announcements.withdrawn_at`` (NULL: live; the time its page was
    first found gone, set after a second 404/410 in a row) and the re-check's own state. Every
    existing row stays as it was (live)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(announcements)")}
    if "withdrawn_at" not in columns:
        db.execute("ALTER TABLE announcements ADD COLUMN withdrawn_at TEXT")
    db.execute(ANNOUNCEMENT_RECHECKS_DDL)


def _migration_8(db: sqlite_utils.Database) -> None:
    """One post per social-media URL (safety10): the posts a store holds twice or three times
    from before that rule (bridge feed, ``import posts``, self-report) merged (:func:`merge_same_posts`)."""
    _merge_stored_twice(db, "post(s) stored more than once under one social-media URL")


def _merge_stored_twice(db: sqlite_utils.Database, what: str) -> None:
    """A migration's :func:`merge_same_posts`, saying how many ``what`` it merged and which merged
    amplifications had conflicting review decisions."""
    conflicts: list[str] = []
    merged = merge_same_posts(db, conflicts)
    if merged:
        log.warning("merged %s %s", merged, what)
    if conflicts:
        log.warning("%s merged amplification(s) had conflicting review decisions (one copy confirmed, another "
                    "rejected): now uncertain, counted nowhere until a person decides again (kimwatch review "
                    "lists them first): %s", len(conflicts), ", ".join(conflicts))


RETIRED_TABLES = ("kims", "sources", "channels")


def _migration_9(db: sqlite_utils.Database) -> None:
    """When a KIM, source or channel was retired (``retired_at``, UTC; NULL while registered), so
    that a report for a window before it still counts it (:mod:`crawler.reporting.kpis`). Rows
    retired before the column get the time of their last change, which ``registry load --prune``
    set when it retired them."""
    for table in RETIRED_TABLES:
        if "retired_at" not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
            db.execute(f"ALTER TABLE {table} ADD COLUMN retired_at TEXT")
        db.execute(f"UPDATE {table} SET retired_at = coalesce(updated_at, created_at) "  # noqa: S608
                   "WHERE status = 'retired' AND retired_at IS NULL")


def _migration_10(db: sqlite_utils.Database) -> None:
    """A verified self-report of a website's page the crawl (or an import) had stored is that post
    (fixes21): the second rows such reports made are merged (:func:`merge_same_posts`, rule 8's
    merge extended to article pages where one side is a self-report)."""
    _merge_stored_twice(db, "self-reported post(s) that the crawl or an import had stored already")


def _migration_11(db: sqlite_utils.Database) -> None:
    """A rolled-up day keeps what a past window's channel health needs (fixes23):
    ``channel_fetch_days`` gains :data:`FETCH_DAY_HEALTH_COLUMNS`. Days rolled up before it kept no
    times: their first, last and last successful fetch are taken as 00:00 WITA of the day (as
    :func:`earliest_fetch` already did), and their failures in a row at the day's end as its failures
    when none succeeded, none when it ended well, and one when failures followed a success (at least
    one; how many is no longer known)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(channel_fetch_days)")}
    for name, kind in FETCH_DAY_HEALTH_COLUMNS:
        if name not in columns:
            db.execute(f"ALTER TABLE channel_fetch_days ADD COLUMN {name} {kind}")
    # 00:00 WITA of the day is 16:00 UTC of the day before
    start = "strftime('%Y-%m-%dT%H:%M:%SZ', day, '-8 hours')"
    db.execute(f"""UPDATE channel_fetch_days SET first_fetched_at = {start}, last_fetched_at = {start},
                      last_ok_at = CASE WHEN ok > 0 THEN {start} END,
                      trailing_failures = CASE WHEN ok = 0 THEN failed WHEN failing_since_at IS NULL THEN 0 ELSE 1 END
                  WHERE last_fetched_at IS NULL""")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migration_1, _migration_2, _migration_3, _migration_4,
                                                             _migration_5, _migration_6, _migration_7, _migration_8,
                                                             _migration_9, _migration_10, _migration_11]
SCHEMA_VERSION = len(MIGRATIONS)


def is_read_only_error(error: BaseException) -> bool:
    """Whether ``error`` is SQLite refusing to write a read-only database file (its permissions,
    ``chattr +i``, a read-only mount, ``?mode=ro``): ``attempt to write a readonly database``."""
    return isinstance(error, sqlite3.DatabaseError) and "readonly database" in str(error).lower()


def read_only_message(path: str | Path, error: BaseException) -> str:
    """The one-paragraph message for a store this process cannot write."""
    return (f"the store {path} is read-only: {error}; kimwatch writes it (and, beside it, its -wal, "
            "-shm and lock files): check the owner and permissions of the file and its directory "
            "(ls -l, lsattr for chattr +i) and whether it is on a read-only mount")


def connect(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open the database at ``path`` with WAL, a busy timeout and foreign keys on.

    The schema is created or upgraded when ``create`` is true (the default).
    """
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"database {str(path)!r} does not exist; run `kimwatch init` first")
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = sqlite_utils.Database(conn)
        new = db.execute("PRAGMA page_count").fetchone()[0] == 0
        configure(db)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"cannot open database {str(path)!r}: {error}") from error
    if create:
        ensure_schema(db)
        if new:  # made under secure_delete and auto_vacuum = INCREMENTAL: clean from its first byte
            mark_clean(db, "created")
            install_dump_candidates(db)  # and its rows to clean listed as they are written
    return db


# --------------------------------------------------------------------------- store metadata

# Facts about the store file itself, one row per key (not published: a dump keeps only its tables).
STORE_META_DDL = """
    CREATE TABLE IF NOT EXISTS store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )"""
CLEAN_KEY = "clean"
"""The ``store_meta`` row saying the store holds no dead bytes (:func:`mark_clean`)."""


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Set the ``store_meta`` row ``key`` (the table is made on first use)."""
    with transaction(db):
        db.execute(STORE_META_DDL)
        db.execute("INSERT INTO store_meta (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) "
                   "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at", [key, value, utc_now()])


def get_meta(conn: sqlite3.Connection | sqlite_utils.Database, key: str) -> str | None:
    """The ``store_meta`` row ``key``, or None (also when the table is not there)."""
    try:
        row = conn.execute("SELECT value FROM store_meta WHERE key = ?", [key]).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def mark_clean(db: sqlite_utils.Database, how: str) -> None:
    """Record that the store holds no dead bytes and is ``auto_vacuum = INCREMENTAL`` (``how``:
    ``created``, or the VACUUM of ``kimwatch maintain`` that made it so), with the kimwatch version.

    Every kimwatch connection writes under ``secure_delete`` (:func:`configure`), so the store
    stays clean as long as only kimwatch writes it; see :func:`clean_state`."""
    set_meta(db, CLEAN_KEY, json.dumps({"how": how, "kimwatch": __version__,
                                        "sqlite": sqlite3.sqlite_version}, sort_keys=True))


def clean_state(conn: sqlite3.Connection | sqlite_utils.Database) -> tuple[bool, str]:
    """Whether a page copy of the store may be published after cleaning (no dead bytes in it), and why.

    Conservative: the store must carry the mark of :func:`mark_clean` and still be in
    ``auto_vacuum = INCREMENTAL`` mode (a VACUUM by another tool resets it)."""
    mark = get_meta(conn, CLEAN_KEY)
    if mark is None:
        return False, "the store is not marked clean (made before secure_delete; not yet converted by VACUUM)"
    if conn.execute("PRAGMA auto_vacuum").fetchone()[0] != 2:
        return False, "the store is marked clean but is no longer in auto_vacuum = INCREMENTAL mode"
    try:
        how = json.loads(mark)
    except ValueError:
        return False, f"the store's clean mark is not readable ({mark!r})"
    return True, f"the store is clean since {how.get('how', '?')} (kimwatch {how.get('kimwatch', '?')})"


def configure(db: sqlite_utils.Database) -> None:
    """Per-connection settings: WAL, busy timeout, foreign keys, and no dead bytes.

    ``secure_delete``: what a delete or an update frees (a KIM's old phone number, a deleted
    row, a dropped table's pages) is overwritten with zeros, so that a page copy of the store
    (the dump's backup) carries no data the store no longer holds. A new store is made with
    ``auto_vacuum = INCREMENTAL`` (it must be set before the first table): a copy gives back the
    pages of what it drops without a rebuild. See :func:`mark_clean`.
    """
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA secure_delete = ON")
    if db.execute("PRAGMA page_count").fetchone()[0] == 0:
        db.execute("PRAGMA auto_vacuum = INCREMENTAL")
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


#: What an upgrade to a schema version does to the data besides adding tables and columns (said
#: before it runs: no older kimwatch opens the store afterwards)
UPGRADE_CHANGES = {8: "posts stored more than once under one social-media URL merged",
                   10: "self-reported website posts the crawl had stored already merged",
                   11: "days of fetch history rolled up before it get the times a past period's channel health "
                       "needs, as far as their totals tell (00:00 WITA of the day)"}


def upgrade_notice(version: int) -> str | None:
    """What a command says before upgrading a store of schema ``version`` (None: no upgrade, or a
    new store)."""
    if not 0 < version < SCHEMA_VERSION:
        return None
    changes = [UPGRADE_CHANGES[v] for v in range(version + 1, SCHEMA_VERSION + 1) if v in UPGRADE_CHANGES]
    what = "; ".join(changes) + "; " if changes else ""
    return (f"store schema {version} will be upgraded to {SCHEMA_VERSION} ({what}older kimwatch cannot open it "
            "afterwards; back up first: README, Deploying, Upgrade and Backup)")


def pending_upgrade(path: str | Path) -> str | None:
    """:func:`upgrade_notice` of the store file at ``path``, read without changing it (None when
    it does not exist or cannot be read)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return upgrade_notice(version)


def ensure_schema(db: sqlite_utils.Database) -> int:
    """Create or upgrade the schema; idempotent. Returns the schema version now in force.

    Each migration runs in its own transaction together with the version bump, so an
    interrupted upgrade leaves the previous version intact.
    """
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {current} is newer than this kimwatch ({SCHEMA_VERSION}); "
            "upgrade kimwatch"
        )
    notice = upgrade_notice(current)
    if notice:  # said before it runs: there is no way back by code
        log.warning("%s: upgrading now", notice)
    # a new store is created, not upgraded: it says so once (its steps are the upgrades' steps)
    new = current == 0 and not db.table_names()
    if new:
        log.info("creating a new store at schema version %s", SCHEMA_VERSION)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        log.log(logging.DEBUG if new else logging.INFO, "upgrading schema to version %s", version)
        with transaction(db):
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
    return SCHEMA_VERSION


class transaction:
    """``with transaction(db):`` — one ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on error.

    Nested use joins the outer transaction.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.outer = False

    def __enter__(self) -> sqlite_utils.Database:
        self.outer = not self.db.conn.in_transaction
        if self.outer:
            self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")


# --------------------------------------------------------------------------- ids and hashes

def stable_id(prefix: str, *parts: str | None, length: int = 16) -> str:
    """A short id that is the same for the same parts on every run: ``prefix-<sha1 hex>``."""
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:length]}"


def channel_id(owner_id: str, channel_type: str, url: str) -> str:
    """Channel ids read like ``kim-angsau/feed/3f2a9c1e`` and stay stable for a URL."""
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{owner_id}/{channel_type}/{digest}"


def content_hash(title: str | None, text: str | None, extra: str | None = None) -> str:
    """Hash of what a reader sees; a change means the item was edited."""
    raw = "\x1f".join([title or "", text or "", extra or ""])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- save functions

def _json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))


def save_kims(db: sqlite_utils.Database, kims: Iterable[Mapping[str, Any]]) -> int:
    """Upsert KIMs by id. Returns how many rows were given."""
    now = utc_now()
    rows = [
        {
            "id": k["id"], "name": k["name"], "region": k["region"],
            "district": k.get("district"), "village": k.get("village"),
            "status": k.get("status", "active"), "updated_at": now,
        }
        for k in kims
    ]
    _upsert_keep_created(db, "kims", rows, now)
    return len(rows)


def save_sources(db: sqlite_utils.Database, sources: Iterable[Mapping[str, Any]]) -> int:
    """Upsert government sources by id."""
    now = utc_now()
    rows = [
        {"id": s["id"], "name": s["name"], "region": s["region"],
         "status": s.get("status", "active"), "updated_at": now}
        for s in sources
    ]
    _upsert_keep_created(db, "sources", rows, now)
    return len(rows)


def save_channels(db: sqlite_utils.Database, channels: Iterable[Mapping[str, Any]]) -> int:
    """Upsert channels by id, keeping their crawl state and health."""
    now = utc_now()
    rows = []
    for c in channels:
        row = {
            "id": c.get("id") or channel_id(c["owner_id"], c["type"], c["url"]),
            "owner_kind": c["owner_kind"], "owner_id": c["owner_id"], "type": c["type"],
            "url": c["url"], "via": c.get("via"),
            "crawlable": int(bool(c.get("crawlable", c["type"] in CRAWLABLE_TYPES or c.get("via")))),
            "status": c.get("status", "active"), "options": _json(c.get("options")),
            "updated_at": now,
        }
        rows.append(row)
    _upsert_keep_created(db, "channels", rows, now)
    return len(rows)


def _upsert_keep_created(db: sqlite_utils.Database, table: str, rows: list[dict], now: str) -> None:
    if not rows:
        return
    with transaction(db):
        db.table(table).upsert_all(rows, pk="id")
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(
                f"UPDATE {table} SET created_at = ? WHERE created_at IS NULL AND id IN ({marks})",
                [now, *chunk],
            )


POST_COLUMNS = ("id", "kim_id", "channel_id", "platform", "url", "canonical_url", "title", "text",
                "published_at", "fetched_at", "links", "content_hash", "origin", "extra")
ANNOUNCEMENT_COLUMNS = ("id", "source_id", "channel_id", "url", "canonical_url", "title", "text",
                        "published_at", "fetched_at", "content_hash", "origin")


def save_posts(db: sqlite_utils.Database, posts: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """Upsert posts by id. Returns ``(new, updated)``; unchanged rows are not written.

    A post whose ``content_hash`` changed is updated in place and queued for matching again.
    """
    return _save_items(db, "posts", POST_COLUMNS, posts)


#: the origin of a verified self-report's post (crawler.selfreport.verify.ORIGIN)
SELF_REPORT = "self-report"


def same_post(db: sqlite_utils.Database, kim_id: str | None, canonical: str | None, post_id: str = "",
              origin: str | None = None) -> str | None:
    """The id of the stored post of KIM ``kim_id`` (other than ``post_id``) that is the post
    ``canonical`` names, or None: a social-media post (:func:`crawler.urls.single_post_url`), or —
    when one side is a self-report (``origin``, or the stored post's) — a website's article page
    (:func:`crawler.urls.one_page_url`): a KIM reporting the page of a post the crawl stored (or
    the crawl finding the page a KIM reported) names that one post.

    One post reaches the store by several origins — a bridge feed's crawl, ``import posts``, a
    verified self-report — under ids of their own; the first stored stays the post."""
    from crawler.urls import one_page_url, single_post_url

    if not kim_id or not canonical:
        return None
    if single_post_url(canonical):
        row = db.execute("SELECT id FROM posts WHERE kim_id = ? AND canonical_url = ? AND id != ? "
                         "ORDER BY rowid LIMIT 1", [kim_id, canonical, post_id]).fetchone()
        return str(row[0]) if row else None
    if not one_page_url(canonical):
        return None
    mine = "" if origin == SELF_REPORT else " AND origin = ?"  # else only a self-report's post is the same
    row = db.execute(f"SELECT id FROM posts WHERE kim_id = ? AND canonical_url = ? AND id != ?{mine} "
                     "ORDER BY rowid LIMIT 1", [kim_id, canonical, post_id, *([SELF_REPORT] if mine else [])]).fetchone()
    return str(row[0]) if row else None


def _merge_same_posts(db: sqlite_utils.Database, inserts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``inserts`` less the posts already stored through another origin (:func:`same_post`, or an
    earlier row of the batch): each of those is recorded in the stored post's ``extra.seen_as``
    (origin, id and URL of every other way it came), and not stored again."""
    from crawler.urls import one_page_url, single_post_url

    kept: list[dict[str, Any]] = []
    first: dict[tuple[Any, str], dict[str, Any]] = {}
    for row in inserts:
        kim, canonical = row.get("kim_id"), row.get("canonical_url")
        if not kim or not canonical or not (single_post_url(canonical) or one_page_url(canonical)):
            kept.append(row)
            continue
        earlier = first.get((kim, canonical))
        if earlier is not None and not single_post_url(canonical) and SELF_REPORT not in (
                earlier.get("origin"), row.get("origin")):
            earlier = None  # two crawled items linked to one page stay two (a page URL, no self-report)
        twin = earlier["id"] if earlier is not None else same_post(db, kim, canonical, row["id"], row.get("origin"))
        if twin is None:
            kept.append(row)
            first.setdefault((kim, canonical), row)
            continue
        _record_seen_as(db, twin, row, kept)
    return kept


def _record_seen_as(db: sqlite_utils.Database, post_id: str, row: Mapping[str, Any],
                    pending: list[dict[str, Any]]) -> None:
    seen = {"origin": row.get("origin"), "id": row["id"], "url": row.get("url")}
    waiting = next((r for r in pending if r["id"] == post_id), None)
    found = db.execute("SELECT extra FROM posts WHERE id = ?", [post_id]).fetchone()
    extra = _json_object(waiting.get("extra") if waiting is not None else (found[0] if found else None))
    seen_as = [s for s in extra.get("seen_as") or [] if isinstance(s, dict)]
    if any(s.get("id") == row["id"] for s in seen_as):
        return
    extra["seen_as"] = [*seen_as, seen]
    if waiting is not None:
        waiting["extra"] = _json(extra)
    else:
        with transaction(db):
            db.execute("UPDATE posts SET extra = ? WHERE id = ?", [_json(extra), post_id])


#: the post columns a merged twin keeps in its ``extra.seen_as`` entry (what it had of its own)
_TWIN_KEPT = ("channel_id", "platform", "title", "text", "published_at", "fetched_at", "links", "content_hash")
#: a reviewed amplification outranks an automatic one when both posts of a merge amplified one announcement
_REVIEWED = ("confirmed", "rejected")


def merge_same_posts(db: sqlite_utils.Database, conflicts: list[str] | None = None) -> int:
    """Merge the posts stored more than once under one social-media URL before the rule of
    :func:`_merge_same_posts` (a bridge feed's crawl, ``import posts``, a verified self-report:
    each kept its own row), and a website's article page stored by the crawl (or an import) and
    by a verified self-report (:func:`same_post`). Returns how many rows were merged away; idempotent (a second call
    finds none). The caller holds a transaction.

    Per KIM and canonical URL (its current rules: :func:`crawler.urls.canonical_url`) the row stored
    first stays the post. Each other row is recorded in its ``extra.seen_as`` (origin, id, URL, and
    what that row had of its own: channel, texts, dates, links, its own ``seen_as``, and any of its
    amplifications the post already had for the same announcement); the post's empty title, text
    or date are filled from it; its amplifications move to the post (a reviewed one replaces the
    post's automatic one for the same announcement: the replaced one is kept in the post's
    ``extra.amplifications_replaced``); when people decided the two rows differently for one
    announcement (one confirmed, one rejected), the post's amplification becomes ``uncertain`` with
    both decisions in its evidence (``conflicting_decisions``), and its id (``post|announcement``)
    goes in ``conflicts``. Its self-reports point at the post. Then the row is deleted."""
    from crawler.urls import canonical_url, one_page_url, single_post_url

    groups: dict[tuple[str, str], list[str]] = {}
    origins: dict[str, str] = {}
    for post_id, kim_id, url, origin in db.execute(
            "SELECT id, kim_id, url, origin FROM posts WHERE url IS NOT NULL ORDER BY rowid"):
        canonical = canonical_url(url)
        if canonical and (single_post_url(canonical) or one_page_url(canonical)):
            groups.setdefault((kim_id, canonical), []).append(post_id)
            origins[post_id] = origin
    merged = 0
    for (_, canonical), ids in groups.items():
        if len(ids) < 2:
            continue
        keeper, twins = ids[0], ids[1:]
        if not single_post_url(canonical):  # a website's page: one post only where a self-report is one side
            twins = [t for t in twins if SELF_REPORT in (origins[keeper], origins[t])]
        if not twins:
            continue
        for twin in twins:
            _merge_twin(db, keeper, twin, conflicts)
            merged += 1
        db.execute("UPDATE posts SET canonical_url = ? WHERE id = ?", [canonical, keeper])
    return merged


def _conflicting(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    """Whether two decisions on one pair disagree: one confirmed, the other rejected, or the
    keeper's already made uncertain by such a conflict (a third copy) and the twin's reviewed."""
    if {mine["status"], theirs["status"]} == set(_REVIEWED):
        return True
    return (mine["status"] == "uncertain" and theirs["status"] in _REVIEWED
            and "conflicting_decisions" in _json_object(mine["evidence"]))


#: what a merge of two rows did with one of the twin's amplifications (:func:`_merge_amplifications`)
_MOVED, _REPLACED, _KEPT, _CONFLICT = "moved", "replaced", "kept", "conflict"
#: the other end of an amplification's pair, by the end a merge joins
_PARTNER = {"post_id": "announcement_id", "announcement_id": "post_id"}
#: how a merge names the two rows it joins in its warning
_MERGED_KIND = {"post_id": "post", "announcement_id": "announcement"}


def _merge_amplifications(db: sqlite_utils.Database, side: str, keeper: str, twin: str,
                          conflicts: list[str] | None) -> list[tuple[str, dict[str, Any] | None, dict[str, Any]]]:
    """Merge the amplifications of ``twin`` into ``keeper``, two rows that are one thing: two copies
    of one post (``side`` ``post_id``, :func:`_merge_twin`) or a release PDF and its HTML release
    (``side`` ``announcement_id``, :func:`_merge_release_pdf`). For each pair the twin had:

    - the keeper had none: the twin's moves to the keeper (``moved``);
    - people decided the two opposite ways (one confirmed, one rejected; or the keeper's already
      uncertain by such a conflict and the twin's reviewed): the machine does not choose, the
      keeper's becomes ``uncertain`` with both decisions in its ``evidence.conflicting_decisions``
      and its ``post|announcement`` id goes in ``conflicts`` (``conflict``);
    - the twin's was reviewed and the keeper's automatic: the twin's replaces it (``replaced``);
    - else (the keeper's reviewed, or the twin's automatic) the keeper's stays (``kept``).

    A person's decision is thus never lost: it stays, replaces an automatic one, or is kept beside
    the other decision in a conflict. Returns ``(outcome, keeper's, twin's)`` per pair of the twin,
    each row as it was before the merge, so the caller records what it keeps of the twin's and of
    the replaced ones (in the post's ``extra`` or the announcement's evidence). The twin's rows not
    moved stay under the twin, whose deletion takes them."""
    partner = _PARTNER[side]
    settled: list[tuple[str, dict[str, Any] | None, dict[str, Any]]] = []
    for theirs in list(db.query(f"SELECT * FROM amplifications WHERE {side} = ?", [twin])):
        pair = theirs[partner]
        mine = next(db.query(f"SELECT * FROM amplifications WHERE {side} = ? AND {partner} = ?", [keeper, pair]), None)
        if mine is not None and _conflicting(mine, theirs):
            _undecide(db, side, keeper, twin, mine, theirs, conflicts)
            settled.append((_CONFLICT, mine, theirs))
            continue
        if mine is not None and (theirs["status"] not in _REVIEWED or mine["status"] in _REVIEWED):
            settled.append((_KEPT, mine, theirs))
            continue
        if mine is not None:
            db.execute(f"DELETE FROM amplifications WHERE {side} = ? AND {partner} = ?", [keeper, pair])
        db.execute(f"UPDATE amplifications SET {side} = ? WHERE {side} = ? AND {partner} = ?", [keeper, twin, pair])
        settled.append((_MOVED if mine is None else _REPLACED, mine, theirs))
    return settled


def _undecide(db: sqlite_utils.Database, side: str, keeper: str, twin: str, mine: Mapping[str, Any],
              theirs: Mapping[str, Any], conflicts: list[str] | None) -> None:
    """People decided the keeper and its twin differently for one pair: the machine does not
    choose. The keeper's amplification becomes ``uncertain`` (counted nowhere until a person decides
    again, ``kimwatch review``), both decisions in its evidence (``conflicting_decisions``, each
    naming its row by ``side``)."""
    evidence = _json_object(mine["evidence"])
    decisions = [d for d in evidence.get("conflicting_decisions") or [] if isinstance(d, dict)]
    if mine["status"] in _REVIEWED:
        decisions.append({side: keeper, "status": mine["status"], "decided_by": mine["decided_by"],
                          "decided_at": mine["decided_at"]})
    decisions.append({side: twin, "status": theirs["status"], "decided_by": theirs["decided_by"],
                      "decided_at": theirs["decided_at"]})
    evidence["conflicting_decisions"] = decisions
    db.execute("UPDATE amplifications SET status = 'uncertain', decided_by = NULL, decided_at = NULL, evidence = ?, "
               "updated_at = ? WHERE post_id = ? AND announcement_id = ?",
               [_json(evidence), utc_now(), mine["post_id"], mine["announcement_id"]])
    kind = _MERGED_KIND[side]
    log.warning("%s %s and its duplicate %s were decided differently for the pair %s|%s (%s): the merged "
                "amplification is uncertain and counts nowhere until a person decides it again (kimwatch review)",
                kind, keeper, twin, mine["post_id"], mine["announcement_id"],
                ", ".join(f"{d['status']} on {d[side]}" for d in decisions))
    if conflicts is not None:
        conflicts.append(f"{mine['post_id']}|{mine['announcement_id']}")


def _merge_twin(db: sqlite_utils.Database, keeper: str, twin: str, conflicts: list[str] | None = None) -> None:
    columns = ("id", "url", "origin", "extra", *_TWIN_KEPT)
    names = ", ".join(columns)
    post = dict(zip(columns, db.execute(f"SELECT {names} FROM posts WHERE id = ?", [keeper]).fetchone(), strict=True))
    other = dict(zip(columns, db.execute(f"SELECT {names} FROM posts WHERE id = ?", [twin]).fetchone(), strict=True))
    extra, other_extra = _json_object(post["extra"]), _json_object(other["extra"])
    seen: dict[str, Any] = {"origin": other["origin"], "id": twin, "url": other["url"], "merged_at": utc_now()}
    seen.update({c: other[c] for c in _TWIN_KEPT if other[c] not in (None, "", "[]") and other[c] != post[c]})
    if any(k != "seen_as" for k in other_extra):
        seen["extra"] = {k: v for k, v in other_extra.items() if k != "seen_as"}
    kept_amplifications = []  # the twin's own left behind, recorded in its seen_as entry
    replaced = []  # the post's own automatic ones a reviewed one of the twin replaced: the post's record
    for outcome, mine, theirs in _merge_amplifications(db, "post_id", keeper, twin, conflicts):
        if outcome in (_KEPT, _CONFLICT):
            kept_amplifications.append({k: v for k, v in theirs.items() if k != "post_id"})
        elif outcome == _REPLACED and mine is not None:
            replaced.append({**{k: v for k, v in mine.items() if k != "post_id"}, "replaced_by": twin})
    if kept_amplifications:
        seen["amplifications"] = kept_amplifications
    if replaced:
        extra["amplifications_replaced"] = [*extra.get("amplifications_replaced", []), *replaced]
    seen_as = [s for s in extra.get("seen_as") or [] if isinstance(s, dict) and s.get("id") != twin]
    seen_as += [s for s in other_extra.get("seen_as") or [] if isinstance(s, dict) and s.get("id") != keeper
                and all(s.get("id") != t.get("id") for t in seen_as)]
    extra["seen_as"] = [*seen_as, seen]
    fill = {c: other[c] for c in ("title", "text", "published_at") if not post[c] and other[c]}
    if fill:
        fill["content_hash"] = content_hash(fill.get("title", post["title"]), fill.get("text", post["text"]))
    assignments = ", ".join(f"{c} = ?" for c in fill)
    db.execute(f"UPDATE posts SET extra = ?{', ' if fill else ''}{assignments}"
               f"{', matched_at = NULL' if fill else ''}, updated_at = ? WHERE id = ?",
               [_json(extra), *fill.values(), utc_now(), keeper])
    db.execute("UPDATE reports SET post_id = ? WHERE post_id = ?", [keeper, twin])
    db.execute("DELETE FROM posts WHERE id = ?", [twin])


def merge_release_pdfs(db: sqlite_utils.Database, conflicts: list[str] | None = None) -> int:
    """Merge each release PDF stored as an announcement into its HTML version read later ("HTML
    wins" across crawls). The website spider, reading a source's HTML release that links a stored
    release PDF, has its title or holds most of its text, records the PDF's address as leading to
    it (``resolved_urls``, status ``pdf-of-release``); this is the store's part, run after the
    crawl's items are in. Returns how many PDF announcements were merged away; idempotent.

    The PDF's amplifications move to the HTML announcement (``evidence.merged_from`` names the
    PDF). When both had one for the same post, a reviewed one (confirmed, rejected) replaces an
    automatic one (kept in ``evidence.replaced``); otherwise the HTML's stays and the PDF's is
    kept in its ``evidence.merged_amplifications``; people's opposite decisions (one confirmed,
    one rejected) make it ``uncertain`` with both in ``evidence.conflicting_decisions`` (its
    ``post|announcement`` id goes in ``conflicts``). The HTML announcement keeps the earlier of
    the two dates (the release was public from the PDF's), then the PDF's row is deleted."""
    pairs = db.execute(
        "SELECT pdf.id, min(html.id) FROM resolved_urls r "
        "JOIN announcements pdf ON pdf.canonical_url = r.url "
        "JOIN announcements html ON html.canonical_url = r.resolved_url AND html.source_id = pdf.source_id "
        "AND html.id != pdf.id "
        "WHERE r.status = 'pdf-of-release' GROUP BY pdf.id ORDER BY pdf.rowid").fetchall()
    for twin, keeper in pairs:
        with transaction(db):
            _merge_release_pdf(db, keeper, twin, conflicts)
        log.info("release PDF %s merged into its HTML release %s (HTML wins)", twin, keeper)
    return len(pairs)


def _merge_release_pdf(db: sqlite_utils.Database, keeper: str, twin: str, conflicts: list[str] | None) -> None:
    url, published = db.execute("SELECT url, published_at FROM announcements WHERE id = ?", [twin]).fetchone()
    now = utc_now()
    origin = {"announcement_id": twin, "url": url, "merged_at": now}
    for outcome, mine, theirs in _merge_amplifications(db, "announcement_id", keeper, twin, conflicts):
        post = theirs["post_id"]
        if outcome == _KEPT and mine is not None:  # the HTML's stays: the PDF's recorded beside it
            evidence = _json_object(mine["evidence"])
            own = {k: v for k, v in theirs.items() if k not in ("post_id", "announcement_id")}
            evidence["merged_amplifications"] = [*(evidence.get("merged_amplifications") or []), {**own, **origin}]
        elif outcome in (_MOVED, _REPLACED):  # the PDF's is the HTML's now: its evidence names the PDF
            evidence = _json_object(theirs["evidence"])
            evidence["merged_from"] = origin
            if mine is not None:
                evidence["replaced"] = {k: v for k, v in mine.items() if k not in ("post_id", "announcement_id")}
        else:
            continue
        db.execute("UPDATE amplifications SET evidence = ?, updated_at = ? WHERE post_id = ? AND announcement_id = ?",
                   [_json(evidence), now, post, keeper])
    if published:
        db.execute("UPDATE announcements SET published_at = ?, updated_at = ? WHERE id = ? "
                   "AND (published_at IS NULL OR published_at > ?)", [published, now, keeper, published])
    db.execute("DELETE FROM announcements WHERE id = ?", [twin])


def _json_object(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def save_announcements(
    db: sqlite_utils.Database, announcements: Iterable[Mapping[str, Any]]
) -> tuple[int, int]:
    """Upsert announcements by id; same rules as :func:`save_posts`."""
    return _save_items(db, "announcements", ANNOUNCEMENT_COLUMNS, announcements)


def _prepare_item(item: Mapping[str, Any], columns: tuple[str, ...], now: str) -> dict[str, Any]:
    row = {c: item.get(c) for c in columns}
    if "links" in row:
        links = item.get("links")
        row["links"] = links if isinstance(links, str) else _json(list(links or []))
    if "extra" in row:
        row["extra"] = _json(item.get("extra") or None)
    if not row.get("content_hash"):
        row["content_hash"] = content_hash(row.get("title"), row.get("text"))
    row["fetched_at"] = row.get("fetched_at") or now
    return row


def _save_items(
    db: sqlite_utils.Database, table: str, columns: tuple[str, ...],
    items: Iterable[Mapping[str, Any]], batch_size: int = 2000,
) -> tuple[int, int]:
    now = utc_now()
    new = updated = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal new, updated
        if not batch:
            return
        ids = [r["id"] for r in batch]
        known: dict[str, str | None] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            marks = ",".join("?" * len(chunk))
            known.update(db.execute(
                f"SELECT id, content_hash FROM {table} WHERE id IN ({marks})", chunk).fetchall())
        inserts, updates = [], []
        for row in batch:
            if row["id"] not in known:
                inserts.append(row)
            elif known[row["id"]] != row["content_hash"]:
                updates.append(row)
        if table == "posts":
            inserts = _merge_same_posts(db, inserts)
            if updates:
                _keep_post_records(db, updates)
        elif updates:
            _keep_release_dates(db, updates)
        cols = list(columns) + ["updated_at"]
        with transaction(db):
            if inserts:
                last_rowid = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
                marks = ",".join("?" * len(cols))
                db.conn.executemany(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES ({marks})",
                    [[*[r.get(c) for c in columns], r.get("updated_at", now)] for r in inserts],
                )
                db.execute(f"INSERT INTO {table}_fts (rowid, title, text) "
                           f"SELECT rowid, title, text FROM {table} WHERE rowid > ?", [last_rowid])
            if updates:
                settable = [c for c in columns if c not in ("id", "fetched_at", "origin")]
                # a time once known is kept when the new version has none (an undated or
                # implausibly dated item keeps the time it was first seen)
                assignments = ", ".join(f"{c} = coalesce(?, {c})" if c == "published_at" else f"{c} = ?"
                                        for c in settable)
                db.conn.executemany(
                    f"UPDATE {table} SET {assignments}, updated_at = ?, matched_at = NULL WHERE id = ?",
                    [[r.get(c) for c in settable] + [now, r["id"]] for r in updates],
                )
        new += len(inserts)
        updated += len(updates)
        batch.clear()

    seen: set[str] = set()
    for item in items:
        row = _prepare_item(item, columns, now)
        if row["id"] in seen:  # the same item twice in one batch: keep the first
            continue
        seen.add(row["id"])
        batch.append(row)
        if len(batch) >= batch_size:
            flush()
            seen.clear()
    flush()
    return new, updated


def keep_release_pdf_date(db: sqlite_utils.Database, source_id: str, html_url: str, pdf_published: str | None) -> bool:
    """The HTML release at ``html_url`` (its source's announcement) takes the date of its release
    PDF read in the same crawl (and left out: "HTML wins") when the PDF's falls on an earlier day
    (WITA): the announcement's date is the earliest publication of the release, whichever of the
    two answered first. On the same day the HTML page's own time stands (a PDF's dateline or
    listing card gives a day, not an hour). Returns whether the date changed."""
    from crawler.urls import canonical_url

    target = canonical_url(html_url)
    moment = parse_datetime(pdf_published) if pdf_published else None
    if moment is None or not target:
        return False
    row = db.execute("SELECT id, published_at FROM announcements WHERE source_id = ? AND (canonical_url = ? "
                     "OR url = ?) ORDER BY rowid LIMIT 1", [source_id, target, html_url]).fetchone()
    if row is None:
        return False
    stored = parse_datetime(row[1]) if row[1] else None
    if stored is not None and moment.astimezone(WITA).date() >= stored.astimezone(WITA).date():
        return False
    with transaction(db):
        db.execute("UPDATE announcements SET published_at = ?, updated_at = ? WHERE id = ?",
                   [to_iso(moment), utc_now(), row[0]])
    return True


#: what a post's ``extra`` records of its history, not of its content: kept when a new version
#: of the post (a crawl reading it again, or reading a self-reported page) carries none
_POST_RECORDS = ("seen_as", "report_id", "confirmed_by", "amplifications_replaced")


def _keep_post_records(db: sqlite_utils.Database, updates: list[dict[str, Any]]) -> None:
    """Each updated post keeps its stored :data:`_POST_RECORDS` (the other ways it came, the
    self-report it answers, …): a later version of its content does not undo them."""
    for row in updates:
        found = db.execute("SELECT extra FROM posts WHERE id = ?", [row["id"]]).fetchone()
        stored = _json_object(found[0] if found else None)
        kept = {key: stored[key] for key in _POST_RECORDS if key in stored}
        if not kept:
            continue
        raw = row.get("extra")
        extra = raw if isinstance(raw, dict) else _json_object(raw)
        row["extra"] = _json({**kept, **extra})


def _keep_release_dates(db: sqlite_utils.Database, updates: list[dict[str, Any]]) -> None:
    """An HTML release a release PDF was merged into (:func:`merge_release_pdfs`; its address is
    the ``pdf-of-release`` target) keeps its stored date when a re-read (an edit, a newer
    ``dateModified``) brings a later one or none: the announcement's date is the earliest
    publication of the release, the PDF's when it came first, and lags stay measured from it."""
    ids = [r["id"] for r in updates]
    stored: dict[str, str] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        stored.update(db.execute(
            f"SELECT a.id, a.published_at FROM announcements a WHERE a.id IN ({marks}) AND a.published_at IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM resolved_urls r WHERE r.status = 'pdf-of-release' "
            "AND r.resolved_url = a.canonical_url)", chunk).fetchall())
    for row in updates:
        earliest = stored.get(row["id"])
        if earliest is not None and (not row.get("published_at") or str(row["published_at"]) > earliest):
            row["published_at"] = earliest


def save_amplifications(db: sqlite_utils.Database, rows: Iterable[Mapping[str, Any]]) -> int:
    """Upsert automatic amplifications (``status`` ``auto``, or ``uncertain`` for a decision
    close to the threshold); rows a person confirmed or rejected are never touched, nor an
    uncertain one holding people's conflicting decisions (:func:`_undecide`: a person settles it)."""
    now = utc_now()
    prepared = [
        [r["post_id"], r["announcement_id"], r["kim_id"], r["method"], float(r["score"]),
         r.get("lag_hours"), _json(r.get("evidence")), r.get("status") or "auto", now, now]
        for r in rows
    ]
    if not prepared:
        return 0
    with transaction(db):
        db.conn.executemany(
            """INSERT INTO amplifications
                   (post_id, announcement_id, kim_id, method, score, lag_hours, evidence, status,
                    created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (post_id, announcement_id) DO UPDATE SET
                   kim_id = excluded.kim_id, method = excluded.method, score = excluded.score,
                   lag_hours = excluded.lag_hours, evidence = excluded.evidence,
                   status = excluded.status, updated_at = excluded.updated_at
               WHERE amplifications.status IN ('auto', 'uncertain')
                 AND coalesce(instr(amplifications.evidence, '"conflicting_decisions"'), 0) = 0""",
            prepared,
        )
    return len(prepared)


def start_crawl_run(db: sqlite_utils.Database, trigger: str, filters: Mapping[str, Any] | None = None,
                    pid: int | None = None) -> int:
    """Open a ``crawl_runs`` row and return its id."""
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO crawl_runs (started_at, trigger, status, filters, pid) VALUES (?, ?, 'running', ?, ?)",
            [utc_now(), trigger, _json(dict(filters or {})), pid],
        )
    return int(cursor.lastrowid or 0)


def finish_crawl_run(db: sqlite_utils.Database, run_id: int, status: str, **counts: Any) -> None:
    """Close a ``crawl_runs`` row with its status and counts (requests, items_new, ...)."""
    allowed = {"requests", "items_new", "items_updated", "errors", "channels", "message"}
    values = {k: v for k, v in counts.items() if k in allowed}
    assignments = "".join(f", {k} = ?" for k in values)
    with transaction(db):
        db.execute(
            f"UPDATE crawl_runs SET finished_at = ?, status = ?{assignments} WHERE id = ?",
            [utc_now(), status, *values.values(), run_id],
        )


def process_alive(pid: int | None, since: str | None = None) -> bool:
    """Whether process ``pid`` exists and is the one that started at ``since`` (ISO UTC) or later.

    A pid is reused after its process ends: a process with that pid that started after
    ``since`` (plus a second of clock slack) is another process, not the one that wrote the row.
    """
    import psutil

    if pid is None:
        return False
    try:
        process = psutil.Process(int(pid))
        created = process.create_time()
    except (psutil.Error, ValueError, OverflowError):
        return False
    if since:
        try:
            started = datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
        except ValueError:
            return True
        if created > started + 1.0:
            return False
    return True


def run_stored_counts(db: sqlite_utils.Database, run_id: int) -> tuple[int, int]:
    """``(new, updated)``: the crawled posts and announcements the store holds from run ``run_id``.

    A crawl stores its items as it goes (every few seconds) but writes a channel's fetch row only
    when the channel is done: after a kill the fetch rows undercount. An item is the run's when it
    was first stored (``fetched_at``, never changed by an update) or changed (``updated_at``) from
    the run's start until the next run's start (or now): crawls take turns on the store, and
    imports (``origin`` ``import``) are not counted.
    """
    row = db.execute("SELECT started_at, (SELECT min(started_at) FROM crawl_runs WHERE id > ?) "
                     "FROM crawl_runs WHERE id = ?", [run_id, run_id]).fetchone()
    if row is None or not row[0]:
        return 0, 0
    start, end = row[0], row[1] or "9999"
    new = updated = 0
    for table in ("posts", "announcements"):
        found = db.execute(
            f"""SELECT coalesce(sum(fetched_at >= ?), 0), coalesce(sum(fetched_at < ?), 0) FROM {table}
                WHERE origin = 'crawl' AND ((fetched_at >= ? AND fetched_at < ?)
                                            OR (updated_at >= ? AND updated_at < ?))""",  # noqa: S608
            [start, start, start, end, start, end]).fetchone()
        new += int(found[0])
        updated += int(found[1])
    return new, updated


def run_fetch_counts(db: sqlite_utils.Database, run_id: int) -> dict[str, int]:
    """What a run left in the store: channels and errors as its ``channel_fetches`` rows tell
    them, items new and updated as those rows or the items stored tell them
    (:func:`run_stored_counts`), whichever is more.

    A process that was killed never wrote its totals on its ``crawl_runs`` row; its fetches and
    items are there. Counts never go below what the row already says. The number of requests is
    not known: left as it is.
    """
    channels, errors, new, updated = db.execute(
        """SELECT count(DISTINCT channel_id), coalesce(sum(ok = 0), 0), coalesce(sum(items_new), 0),
                  coalesce(sum(items_updated), 0) FROM channel_fetches WHERE run_id = ?""", [run_id]).fetchone()
    stored_new, stored_updated = run_stored_counts(db, run_id)
    before = db.execute("SELECT coalesce(channels, 0), coalesce(errors, 0), coalesce(items_new, 0), "
                        "coalesce(items_updated, 0) FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    found = (int(channels), int(errors), max(int(new), stored_new), max(int(updated), stored_updated))
    keys = ("channels", "errors", "items_new", "items_updated")
    return {key: max(found[i], int(before[i] if before else 0)) for i, key in enumerate(keys)}


def close_dead_runs(db: sqlite_utils.Database, *, status: str = "killed", closer: str = "a later crawl",
                    exclude: Iterable[int] = ()) -> list[int]:
    """Close ``crawl_runs`` rows still open whose process no longer exists; return their ids.

    A crawl killed with SIGKILL, by the OOM killer or a power cut never closes its row: it
    would stay ``running`` forever. Such a row gets ``status`` (``killed``), what the run
    recorded in ``channel_fetches`` (:func:`run_fetch_counts`) and a message saying so. A row
    whose pid is alive but belongs to a process started after the run (pid reuse) is closed too.
    Called at the start of every crawl and by the daemon at its start.
    """
    skip = set(exclude)
    closed = []
    rows = db.execute("SELECT id, pid, started_at FROM crawl_runs WHERE finished_at IS NULL").fetchall()
    for run_id, pid, started_at in rows:
        if run_id in skip or process_alive(pid, started_at):
            continue
        recorded = run_fetch_counts(db, run_id)
        message = (f"closed by {closer}: process {pid} no longer exists; it recorded "
                   f"{recorded['channels']} channel(s), {recorded['errors']} failed, and stored "
                   f"{recorded['items_new']} new and {recorded['items_updated']} updated item(s); "
                   "its number of requests is not known")
        finish_crawl_run(db, run_id, status, message=message, **recorded)
        log.warning("crawl run %s (pid %s) was left open: recorded as %s", run_id, pid, status)
        closed.append(run_id)
    return closed


# --------------------------------------------------------------------------- fetch history
#
# The health history is two tables: ``channel_fetches`` (one row per fetch, for the retention
# period) and ``channel_fetch_days`` (one row per channel per WITA day, before it). The readers
# below give the same answers whichever table a day is in, for windows of whole WITA days (the
# reports', the digest's and the dump's): they are the only SQL that reads the fetch history.

FETCH_DAYS = "channel_fetch_days"


def _has_table(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def wita_day(iso: str) -> str:
    """The WITA date (``YYYY-MM-DD``) of a stored UTC timestamp."""
    return (datetime.fromisoformat(iso.replace("Z", "+00:00")) + timedelta(hours=8)).date().isoformat()


def wita_day_start(day: str) -> str:
    """The stored UTC form of 00:00 WITA of ``day`` (``YYYY-MM-DD``)."""
    return (datetime.fromisoformat(day).replace(tzinfo=UTC) - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ")


def whole_days(start: str, end: str) -> tuple[str, str]:
    """``(first, after)``: the WITA days lying wholly inside ``[start, end)``, as ``first <= day < after``."""
    first = wita_day(start)
    if wita_day_start(first) < start:
        first = (date.fromisoformat(first) + timedelta(days=1)).isoformat()
    return first, wita_day(end)


def fetch_counts(db: sqlite_utils.Database, start: str, end: str,
                 channel_ids: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """Per channel (of ``channel_ids``; None: every channel), its ``(successful, failed)`` fetches
    in ``[start, end)`` (stored UTC forms).

    Per-fetch rows count by their time; rolled-up days when they lie wholly inside the window,
    which is every day of a window of whole WITA days (the report's): the same counts as before
    the roll-up. The per-fetch rows are read through the window's range of the index on time
    (``idx_channel_fetches_time``, covering), or the per-channel index for a few channels;
    ``+channel_id`` keeps the planner from skip-scanning the per-channel index to save the
    grouping's sort, which it prefers once ``ANALYZE`` has run (tests/report/test_query_plans.py)."""
    only, only_params = "", []
    if channel_ids is not None:
        only = f" AND channel_id IN ({', '.join('?' for _ in channel_ids)})"
        only_params = list(channel_ids)
    found: dict[str, tuple[int, int]] = {}
    for channel_id, ok, failed in db.execute(
            "SELECT channel_id, sum(ok != 0), sum(ok = 0) FROM channel_fetches "
            "WHERE fetched_at >= ? AND fetched_at < ?" + only + " GROUP BY +channel_id",
            [start, end, *only_params]):
        found[channel_id] = (int(ok or 0), int(failed or 0))
    if _has_table(db, FETCH_DAYS):
        first, after = whole_days(start, end)
        for channel_id, ok, failed in db.execute(
                "SELECT channel_id, sum(ok), sum(failed) FROM channel_fetch_days "
                "WHERE day >= ? AND day < ?" + only + " GROUP BY +channel_id", [first, after, *only_params]):
            before = found.get(channel_id, (0, 0))
            found[channel_id] = (before[0] + int(ok or 0), before[1] + int(failed or 0))
    return found


def earliest_fetch(db: sqlite_utils.Database) -> str | None:
    """The time of the first fetch kimwatch made, or 00:00 WITA of its day once that day is rolled
    up (the same for anything compared with whole WITA days)."""
    known = [db.execute("SELECT min(fetched_at) FROM channel_fetches").fetchone()[0]]
    if _has_table(db, FETCH_DAYS):
        day = db.execute("SELECT min(day) FROM channel_fetch_days").fetchone()[0]
        known.append(wita_day_start(day) if day else None)
    values = [value for value in known if value]
    return min(values) if values else None


def first_failure_after(db: sqlite_utils.Database, channel_id: str, after: str | None) -> str | None:
    """When the channel's run of failures after ``after`` (its last success; None: ever) began: its
    first failed fetch later than ``after``, from the per-fetch rows or the rolled-up days."""
    after = after or ""
    found = [db.execute("SELECT min(fetched_at) FROM channel_fetches WHERE channel_id = ? AND ok = 0 "
                        "AND fetched_at > ?", [channel_id, after]).fetchone()[0]]
    if _has_table(db, FETCH_DAYS):
        # the day of ``after`` holds it only after its last success (``after`` itself, when it is
        # the channel's last success); every later day from its first failure on
        found.append(db.execute(
            "SELECT min(CASE WHEN first_failed_at > :after THEN first_failed_at "
            "WHEN failing_since_at > :after THEN failing_since_at END) FROM channel_fetch_days "
            "WHERE channel_id = :channel AND day >= :day",
            {"after": after, "channel": channel_id, "day": wita_day(after) if after else ""}).fetchone()[0])
    values = [value for value in found if value]
    return min(values) if values else None


#: A failed fetch's status that the back-off does not count (the server asked to come back later).
UNCOUNTED_FAILURE = "rate-limited"


def fetch_days_rolled(db: sqlite_utils.Database) -> bool:
    """Whether ``channel_fetch_days`` keeps the per-day fetch times :func:`health_as_of` reads
    (store schema 11 on); a report asks once, not once per channel."""
    return _has_table(db, FETCH_DAYS) and "last_fetched_at" in {
        row[1] for row in db.execute(f"PRAGMA table_info({FETCH_DAYS})")}


def health_as_of(db: sqlite_utils.Database, channel_id: str, end: str,
                 rolled: bool | None = None) -> dict[str, Any] | None:
    """What the ``channels`` health columns of ``channel_id`` said just before ``end`` (a stored UTC
    time, 00:00 WITA of a day: a window's end), from its fetch history: ``last_crawled_at``,
    ``last_success_at``, ``last_status``, ``last_error`` (those of its last fetch before ``end``) and
    ``consecutive_failures`` (its failed fetches since its last success, as the back-off counts them:
    a ``rate-limited`` refusal is none). None when it had no fetch before ``end``.

    The same answer whether the days before ``end`` are per-fetch rows or rolled up
    (``channel_fetch_days``): a rolled-up day keeps its first, last and last successful fetch's
    times, its last fetch's status and error, and its failures in a row at its end. What the history
    does not hold is not known: a run that reached no host (an outage) counts here as the failures it
    was, though the crawl took them back from the back-off counter. ``rolled``: the caller's
    :func:`fetch_days_rolled`, asked here when not given."""
    day_end = wita_day(end)
    last = db.execute("SELECT fetched_at, status, error FROM channel_fetches WHERE channel_id = ? AND fetched_at < ? "
                      "ORDER BY fetched_at DESC, id DESC LIMIT 1", [channel_id, end]).fetchone()
    # backwards from ``end`` through the per-channel index to the first success: no scan of all its fetches
    ok_row = db.execute("SELECT fetched_at FROM channel_fetches WHERE channel_id = ? AND fetched_at < ? AND ok != 0 "
                        "ORDER BY fetched_at DESC LIMIT 1", [channel_id, end]).fetchone()
    last_ok = ok_row[0] if ok_row else None
    if rolled is None:
        rolled = fetch_days_rolled(db)
    day_rows: list[Any] = []
    if rolled:
        last_day = db.execute(
            f"SELECT last_fetched_at, last_status, last_error FROM {FETCH_DAYS} WHERE channel_id = ? AND day < ? "
            "ORDER BY day DESC LIMIT 1", [channel_id, day_end]).fetchone()
        if last_day and last_day[0] and (last is None or last_day[0] > last[0]):
            last = last_day
        ok_day = db.execute(f"SELECT last_ok_at FROM {FETCH_DAYS} WHERE channel_id = ? AND day < ? AND ok > 0 "
                            "ORDER BY day DESC LIMIT 1", [channel_id, day_end]).fetchone()
        if ok_day and ok_day[0] and (last_ok is None or ok_day[0] > last_ok):
            last_ok = ok_day[0]
        # the days from that of the last success on (every day before ``end`` when none succeeded)
        day_rows = db.execute(
            f"SELECT day, first_fetched_at, last_fetched_at, last_ok_at, coalesce(trailing_failures, 0) "
            f"FROM {FETCH_DAYS} WHERE channel_id = ? AND day >= ? AND day < ?",
            [channel_id, wita_day(last_ok) if last_ok else "", day_end]).fetchall()
    if last is None:
        return None
    failures = int(db.execute(
        "SELECT count(*) FROM channel_fetches WHERE channel_id = ? AND fetched_at > ? AND fetched_at < ? AND ok = 0 "
        "AND coalesce(status, '') != ?", [channel_id, last_ok or "", end, UNCOUNTED_FAILURE]).fetchone()[0])
    for _day, first_at, last_at, day_ok_at, trailing in day_rows:
        if day_ok_at is not None and day_ok_at == last_ok:
            failures += int(trailing)  # the day of the last success: the failures after it
        elif day_ok_at is None and (last_ok is None or (first_at or "") > last_ok or (last_at or "") > last_ok):
            failures += int(trailing)  # a day with no success after it: all of its failures
    return {"last_crawled_at": last[0], "last_success_at": last_ok, "last_status": last[1], "last_error": last[2],
            "consecutive_failures": failures}


def latest_fetch_day(db: sqlite_utils.Database | sqlite3.Connection) -> str | None:
    """The WITA day of the last fetch kimwatch recorded, or None."""
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    latest = conn.execute("SELECT max(fetched_at) FROM channel_fetches").fetchone()[0]
    days = [wita_day(latest) if latest else None]
    try:
        days.append(conn.execute("SELECT max(day) FROM channel_fetch_days").fetchone()[0])
    except sqlite3.OperationalError:  # a store from before the roll-up
        pass
    known = [day for day in days if day]
    return max(known) if known else None


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of the main tables, for summaries."""
    return {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("kims", "sources", "channels", "posts", "announcements", "amplifications")
    }


# --------------------------------------------------------------------------- dump candidates

# The rows whose texts the dump's publication filter (crawler.reporting.publish) may change, kept
# as rows are written, so that a dump reads only those instead of every text of the store. Not
# published (the dump drops them with the crawler's other tables). A row is either listed in
# ``dump_candidates`` or was written after ``dump_checked.upto`` (its table's last rowid when
# ``kimwatch maintain`` last tested the texts: :func:`settle_dump_candidates`); a dump reads both
# kinds and nothing else. New rows cost nothing when written (their rowids are above ``upto``; a
# trigger on every insert measured a tenth of the save path); an update of a watched column lists
# its row (a trigger: in the schema, so it fires for any writer, the sqlite3 shell included), a
# delete unlists it and keeps ``upto`` at or below the table's last rowid (so a rowid given again is
# above it). The dump checks the mark (:data:`DUMP_CANDIDATES_KEY`) and the triggers, and reads
# every text itself when one is missing or not as made here.
DUMP_CANDIDATES_DDL = """
    CREATE TABLE IF NOT EXISTS dump_candidates (
        tbl TEXT NOT NULL,      -- posts, announcements, channel_fetches
        row INTEGER NOT NULL,   -- the rowid of a row whose texts the publication filter may change
        PRIMARY KEY (tbl, row)
    ) WITHOUT ROWID"""
DUMP_CHECKED_DDL = """
    CREATE TABLE IF NOT EXISTS dump_checked (
        tbl TEXT PRIMARY KEY,
        upto INTEGER NOT NULL   -- rows up to this rowid were tested; those above were written since
    )"""
DUMP_CANDIDATES_KEY = "dump_candidates"
"""The ``store_meta`` row saying the table and triggers are in place and the table was backfilled."""
#: Changed when the SQL of the triggers changes: a store marked with another version is backfilled again.
DUMP_CANDIDATES_VERSION = 5
#: The columns each trigger watches, and how the filter reads them: ``url`` (masked unless a plain
#: URL), ``json`` (strings inside), ``text`` (free text) or ``error`` (cleaned once per distinct value).
DUMP_CANDIDATE_COLUMNS: dict[str, dict[str, str]] = {
    "posts": {"url": "url", "canonical_url": "url", "title": "text", "text": "text", "links": "json",
              "extra": "json"},
    "announcements": {"url": "url", "canonical_url": "url", "title": "text", "text": "text"},
    "channel_fetches": {"error": "error"},
}

#: A URL no rule of ``publish.clean_url`` changes (no credentials, query, fragment, percent-escape,
#: port, non-ASCII or space, not a WhatsApp, bot or group invitation link). Checked in tests/dump.
PLAIN_URL_SQL = ("({c} GLOB 'http://[A-Za-z0-9]*' OR {c} GLOB 'https://[A-Za-z0-9]*') "
                 # printable ASCII only (what GLOB '*[^ -~]*' says, at a third of its cost): no byte
                 # beyond ASCII, nothing JSON escapes (control characters, " and \\), no DEL
                 "AND length({c}) = length(CAST({c} AS BLOB)) AND length(json_quote({c})) = length({c}) + 2 "
                 "AND instr({c}, char(127)) = 0 "
                 + "".join(f"AND instr({{c}}, '{char}') = 0 " for char in "] ?#@%[\\") +
                 "AND instr(substr({c}, 9), ':') = 0 AND {c} NOT LIKE '%bot%' AND {c} NOT LIKE '%wa.me%' "
                 "AND {c} NOT LIKE '%whatsapp%' "
                 # every group invitation (publish.INVITE_MARKERS) is a t.me, telegram.me or line.me link,
                 # WhatsApp's or Discord's: two scans instead of ten
                 "AND {c} NOT LIKE '%.me/%' AND {c} NOT LIKE '%discord%' "
                 # a mobile number in the path ("/posts/081234567890", "/a-0812-3456-7890.html",
                 # "/628123…"): "08", "0-8", "628" or "62-8" after a non-digit
                 "AND {c} NOT GLOB '*[^0-9]08[0-9]*' AND {c} NOT GLOB '*[^0-9]0[-./]8*' "
                 "AND {c} NOT GLOB '*[^0-9]628*' AND {c} NOT GLOB '*[^0-9]62[-./]8*' "
                 # a NIK in the path ("/penerima-blt-6371014508850003.html", "/p/6371-0123-4567-0001"):
                 # sixteen digits, dashes and dots taken out
                 "AND replace(replace({c}, '-', ''), '.', '') NOT GLOB '*" + "[0-9]" * 16 + "*' "
                 # an internal host (publish.is_internal_host): an address literal, localhost, a private name
                 "AND {c} NOT GLOB 'http*://[0-9]*' AND {c} NOT LIKE '%localhost%' AND {c} NOT LIKE '%.local%' "
                 "AND {c} NOT LIKE '%.int%' AND {c} NOT LIKE '%.lan%' AND {c} NOT LIKE '%.home%' "
                 "AND {c} NOT LIKE '%.corp%'")
#: JSON values with no string in them.
EMPTY_JSON = ("'[]'", "'{}'", "'null'", "''")
#: Where ``publish.clean_text`` looks for a phone number or NIK: nine digits with nothing but
#: whitespace and ``.()+/-`` between them. In SQL, for an ASCII text (any other text is a candidate
#: all the same): those separators taken out, nine digits in a row.
_WHITESPACE = (*(f"char({code})" for code in (9, 10, 11, 12, 13, 28, 29, 30, 31)), "' '")
_SEPARATORS = (*_WHITESPACE, *(f"'{s}'" for s in ".()+/-_*,"))
_DIGIT_RUN_SQL = ("{strip} GLOB '*" + "[0-9]" * 9 + "*'")
#: Where ``publish.clean_text`` looks for an e-mail address written out ("siti(at)gmail.com",
#: "budi [at] contoh [dot] id": :func:`crawler.personal.written_email_spans`): a bracketed "at",
#: "et", "dot" or "titik", whitespace inside the brackets taken out (ASCII whitespace: any other
#: text is a candidate all the same).
WRITTEN_EMAIL_SQL = ("((instr({c}, ')') > 0 OR instr({c}, ']') > 0 OR instr({c}, '}}') > 0) AND ("
                     + " OR ".join(f"{{squeezed}} GLOB '*[([{{{{]{word}[])}}}}]*'" for word in ("[ae]t", "dot", "titik"))
                     + "))")
#: A free text ``publish.clean_text`` may change (a superset of the dump's own test): not ASCII, an
#: ``@`` or ``%40``, a URL, a group invitation (each one's host has ``.me/``, ``whatsapp`` or
#: ``discord``), or a run of nine digits.
TEXT_CANDIDATE_SQL = ("length({c}) != length(CAST({c} AS BLOB)) OR instr({c}, '@') > 0 "
                      "OR instr({c}, '%40') > 0 OR instr({c}, '://') > 0 OR {c} LIKE '%www.%' "
                      "OR (instr({c}, '/') > 0 AND ({c} LIKE '%.me/%' OR {c} LIKE '%whatsapp%' "
                      "OR {c} LIKE '%discord%')) OR ")


def _strip_separators(c: str, separators: tuple[str, ...] = _SEPARATORS) -> str:
    for separator in separators:
        c = f"replace({c}, {separator}, '')"
    return c


def written_email_sql(c: str) -> str:
    """SQL true when the text ``c`` may hold an e-mail address written out (:data:`WRITTEN_EMAIL_SQL`)."""
    return WRITTEN_EMAIL_SQL.format(c=c, squeezed=_strip_separators(f"lower({c})", _WHITESPACE))


def candidate_sql(c: str, kind: str) -> str:
    """SQL true when the value ``c`` (a column, ``NEW.column``) of ``kind`` (see
    :data:`DUMP_CANDIDATE_COLUMNS`) may be changed by the publication filter."""
    base = f"{c} IS NOT NULL AND typeof({c}) = 'text' AND {c} != ''"
    if kind == "url":
        return f"{base} AND NOT ({PLAIN_URL_SQL.format(c=c)})"
    if kind == "json":
        return f"{base} AND {c} NOT IN ({', '.join(EMPTY_JSON)})"
    if kind == "text":
        return (f"{base} AND ({TEXT_CANDIDATE_SQL.format(c=c)}{_DIGIT_RUN_SQL.format(strip=_strip_separators(c))}"
                f" OR {written_email_sql(c)})")
    return base


def _row_candidate_sql(table: str, prefix: str) -> str:
    return " OR ".join(f"({candidate_sql(f'{prefix}[{column}]', kind)})"
                       for column, kind in DUMP_CANDIDATE_COLUMNS[table].items())


def dump_candidate_triggers() -> dict[str, str]:
    """The triggers keeping ``dump_candidates``, by name: their exact SQL (as ``sqlite_master`` holds it)."""
    triggers = {}
    for table, columns in DUMP_CANDIDATE_COLUMNS.items():
        triggers[f"dump_candidates_{table}_au"] = (
            f"CREATE TRIGGER dump_candidates_{table}_au AFTER UPDATE OF {', '.join(f'[{c}]' for c in columns)} "
            f"ON [{table}] BEGIN INSERT OR IGNORE INTO dump_candidates (tbl, row) VALUES ('{table}', NEW.rowid); END")
        if table == "channel_fetches":  # AUTOINCREMENT: no rowid is given twice; the roll-up's deletes
            continue                     # are unlisted by settle_dump_candidates
        last = f"(SELECT coalesce(max(rowid), 0) FROM [{table}])"
        triggers[f"dump_candidates_{table}_ad"] = (
            f"CREATE TRIGGER dump_candidates_{table}_ad AFTER DELETE ON [{table}] BEGIN "
            f"DELETE FROM dump_candidates WHERE tbl = '{table}' AND row = OLD.rowid; "
            f"UPDATE dump_checked SET upto = {last} WHERE tbl = '{table}' AND upto > {last}; END")
    return triggers


def dump_candidates_mark() -> str:
    """The ``store_meta`` value of a backfilled ``dump_candidates``."""
    return json.dumps({"version": DUMP_CANDIDATES_VERSION, "columns": DUMP_CANDIDATE_COLUMNS}, sort_keys=True)


def install_dump_candidates(db: sqlite_utils.Database) -> int:
    """Make ``dump_candidates``, ``dump_checked`` and the triggers, list the rows stored (one read of
    every text: ``kimwatch maintain``, once, or after a VACUUM), and mark it; returns the rows listed."""
    with transaction(db):
        for table in ("dump_candidates", "dump_checked"):
            db.execute(f"DROP TABLE IF EXISTS [{table}]")
        db.execute(DUMP_CANDIDATES_DDL)
        db.execute(DUMP_CHECKED_DDL)
        db.conn.executemany("INSERT INTO dump_checked (tbl, upto) VALUES (?, 0)",
                            [(table,) for table in DUMP_CANDIDATE_COLUMNS])
        for name, sql in dump_candidate_triggers().items():
            db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
            db.execute(sql)
        settle_dump_candidates(db)
        set_meta(db, DUMP_CANDIDATES_KEY, dump_candidates_mark())
        return int(db.execute("SELECT count(*) FROM dump_candidates").fetchone()[0])


def settle_dump_candidates(db: sqlite_utils.Database) -> tuple[int, int]:
    """Test the texts of the rows written since the last call (above ``dump_checked.upto``): those
    the filter may change are listed; ``upto`` moves to the last rowid. Failed fetches rolled up
    are unlisted. Returns (rows tested, rows listed)."""
    tested = listed = 0
    with transaction(db):
        for table in DUMP_CANDIDATE_COLUMNS:
            upto = db.execute("SELECT upto FROM dump_checked WHERE tbl = ?", [table]).fetchone()[0]
            last = db.execute(f"SELECT coalesce(max(rowid), 0) FROM [{table}]").fetchone()[0]  # noqa: S608
            tested += db.execute(f"SELECT count(*) FROM [{table}] WHERE rowid > ?", [upto]).fetchone()[0]  # noqa: S608
            listed += db.execute(f"INSERT OR IGNORE INTO dump_candidates (tbl, row) SELECT '{table}', rowid "  # noqa: S608
                                 f"FROM [{table}] WHERE rowid > ? AND rowid <= ? AND ({_row_candidate_sql(table, '')})",
                                 [upto, last]).rowcount
            db.execute("UPDATE dump_checked SET upto = ? WHERE tbl = ?", [last, table])
        db.execute("DELETE FROM dump_candidates WHERE tbl = 'channel_fetches' "
                   "AND NOT EXISTS (SELECT 1 FROM channel_fetches f WHERE f.rowid = row)")
    return tested, listed


def dump_candidates_state(conn: sqlite3.Connection | sqlite_utils.Database) -> tuple[bool, str]:
    """Whether ``dump_candidates`` holds every row the publication filter may change, and why not."""
    if get_meta(conn, DUMP_CANDIDATES_KEY) != dump_candidates_mark():
        return False, ("the store has no list of the rows to clean, or one made by another kimwatch "
                       "(`kimwatch maintain` makes it once)")
    found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE 'dump_candidates_%'").fetchall())
    try:
        checked = {table for table, in conn.execute("SELECT tbl FROM dump_checked")}
    except sqlite3.OperationalError:
        checked = set()
    if checked != set(DUMP_CANDIDATE_COLUMNS):
        return False, "the store's list of the rows to clean does not say which rows it checked"
    for name, sql in dump_candidate_triggers().items():
        if found.get(name) != sql:
            return False, (f"the trigger {name} that keeps the list of the rows to clean is "
                           f"{'missing' if name not in found else 'not as kimwatch made it'} "
                           "(`kimwatch maintain` makes it again)")
    return True, "the store lists the rows to clean as they are written"
