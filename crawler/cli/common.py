"""Pieces every command module of the CLI shares: the database option and error handling."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from crawler import store
from crawler.daemon.logs import WitaFormatter
from crawler.errors import KimwatchError, StoreError
from crawler.personal import MaskingFilter

DEFAULT_DB = Path("data") / "kimwatch.db"


def default_db_path() -> str:
    """``$KIMWATCH_DB`` when set, else ``data/kimwatch.db``."""
    return os.environ.get("KIMWATCH_DB") or str(DEFAULT_DB)


class KimwatchGroup(click.Group):
    """A click group that turns :class:`KimwatchError` into a clean one-paragraph message, and so
    SQLite's refusal to write a read-only store (wherever a command first writes)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KimwatchError as error:
            raise click.ClickException(str(error)) from error
        except sqlite3.DatabaseError as error:
            if not store.is_read_only_error(error):
                raise
            obj = ctx.find_root().obj or {}
            raise click.ClickException(store.read_only_message(obj.get("db") or default_db_path(), error)) from error


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """Adds ``--db`` after a command's name too; it wins over the group's ``--db``."""

    @click.option("--db", "command_db", metavar="PATH", default=None,
                  help="SQLite database file (overrides the --db given before the command).")
    @functools.wraps(command)
    def wrapper(*args: Any, command_db: str | None = None, **kwargs: Any) -> Any:
        if command_db:
            root = click.get_current_context().find_root().obj
            root["db"] = command_db
            root["db_explicit"] = True
        return command(*args, **kwargs)

    return wrapper


def db_path() -> str:
    """The database path chosen for this invocation."""
    ctx = click.get_current_context()
    obj = ctx.find_root().obj or {}
    return obj.get("db") or default_db_path()


def db_path_or(default: str) -> str:
    """This invocation's database when one was chosen (--db or $KIMWATCH_DB), else ``default``."""
    obj = click.get_current_context().find_root().obj or {}
    return db_path() if obj.get("db_explicit") else default


def open_db(*, create: bool = True, must_exist: bool = False) -> sqlite_utils.Database:
    """Open (and create or upgrade, unless ``create`` is false) this invocation's database.

    ``must_exist``: a missing database file is an error (for commands that only read) instead
    of being created empty. The connection is closed when the command ends, so SQLite
    checkpoints its WAL then.
    """
    if must_exist:
        require_db()
    db = store.connect(db_path(), create=create)
    click.get_current_context().call_on_close(db.close)
    return db


CREATE_HINT = ", or give --db PATH (or set $KIMWATCH_DB) to use an existing database"


def require_db() -> str:
    """This invocation's database path; an error when no database file is there (nothing is created)."""
    path = db_path()
    if not Path(path).exists():
        from crawler.reporting.dump import missing_database_message

        where = "" if Path(path).is_absolute() else f" (a relative path: from {os.getcwd()})"
        raise StoreError(missing_database_message(path) + CREATE_HINT + where)
    if not Path(path).is_file():
        raise StoreError(f"{path} is not a database file; give --db FILE")
    return path


def open_db_for_reading() -> sqlite_utils.Database:
    """This invocation's database for a command that only reads (report, registry show).

    A missing file is an error, never created. A database this process may write is opened as
    usual (so an older schema is upgraded); one it cannot write (another user's file, a
    read-only mount) is opened read-only, and must then already have the current schema.
    """
    from crawler.reporting.dump import can_write, connect_for_reading

    path = require_db()
    if can_write(path):
        try:
            return open_db()
        except StoreError as error:
            if "readonly" not in str(error) and "read-only" not in str(error):
                raise
    conn = connect_for_reading(path)
    db = sqlite_utils.Database(conn)
    click.get_current_context().call_on_close(db.close)
    version = store.schema_version(db)
    if version > store.SCHEMA_VERSION:
        raise StoreError(f"database {path} has schema version {version}, newer than this kimwatch "
                         f"({store.SCHEMA_VERSION}); upgrade kimwatch")
    if version < store.SCHEMA_VERSION:
        raise StoreError(f"database {path} has schema version {version} and needs an upgrade to "
                         f"{store.SCHEMA_VERSION}, which this user cannot write; run `kimwatch init` as "
                         "the user who owns it")
    return db


@contextlib.contextmanager
def writing_stdout(what: str) -> Iterator[None]:
    """Turn a failed write to standard output (a full disk behind ``> FILE``, ``> /dev/full``, a reader
    that closed the pipe) into a clear error instead of a traceback.

    What is still buffered cannot be written either: standard output is pointed at ``/dev/null``
    so that Python's own flush at exit fails no more.
    """
    try:
        yield
        sys.stdout.flush()
    except OSError as error:
        if error.filename is not None:  # a file of the command's own, not standard output
            raise
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        reason = ("its reader closed it before the end" if isinstance(error, BrokenPipeError)
                  else error.strerror or str(error))
        raise click.ClickException(f"cannot write {what} to standard output: {reason}; nothing else was "
                                   "changed (write it to a file with --output FILE, or free disk space "
                                   "where standard output goes)") from error


def setup_logging(verbosity: int, quiet: bool = False) -> None:
    """Log to stderr; ``-v`` for INFO, ``-vv`` for DEBUG. Scrapy's own chatter stays at WARNING."""
    level = logging.WARNING
    if verbosity == 1:
        level = logging.INFO
    elif verbosity >= 2:
        level = logging.DEBUG
    if quiet:
        level = logging.ERROR
    handler = logging.StreamHandler()
    handler.setFormatter(WitaFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())  # phone numbers, NIKs, e-mail addresses: masked in every line
    logging.basicConfig(level=level, handlers=[handler])
    logging.getLogger().setLevel(level)
    for noisy in ("scrapy", "twisted", "filelock", "trafilatura", "htmldate", "urllib3"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING) if verbosity < 3 else level)


def not_available(command: str, issue: str) -> None:
    """For commands whose work has not landed yet: say so and exit non-zero."""
    raise click.ClickException(f"`kimwatch {command}` is not available yet in this version ({issue}).")
