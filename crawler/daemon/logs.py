"""The daemon's log: one line per record, with syslog priorities when stderr is the journal.

Under systemd (``JOURNAL_STREAM`` names stderr) each line starts with ``<N>`` so that
``journalctl -p warning`` filters by level; elsewhere lines carry a time stamp. Multi-line
messages and ANSI colours of child output are folded into one line.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from crawler.dates import WITA
from crawler.personal import MaskingFilter

# --------------------------------------------------------------------------- logging

_SYSLOG_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3,
                    logging.CRITICAL: 2}
_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def one_line(text: str) -> str:
    """A multi-line message on one line: ``a:\n  b\n  c`` → ``a: b | c``.

    Lines are stripped of their indentation; one that follows a line ending in ``:`` continues
    it, the others are set apart by `` | ``.
    """
    parts = [part.strip() for part in text.replace("\r", "").split("\n")]
    joined = ""
    for part in parts:
        if not part:
            continue
        if not joined:
            joined = part
        elif joined.endswith(":"):
            joined += " " + part
        else:
            joined += " | " + part
    return joined


class DaemonLogFormatter(logging.Formatter):
    """``LEVEL logger: message`` on one line, no colours.

    Under journald (which stamps each line itself) the line starts with the syslog priority
    ``<N>`` so ``journalctl -p warning`` works; elsewhere it starts with an ISO 8601 timestamp in
    WITA with its offset (``2026-12-06T15:12:19+08:00``): the office's wall clock, still
    comparable with the UTC times of ``crawl_runs`` rows.
    """

    def __init__(self, journald: bool) -> None:
        super().__init__()
        self.journald = journald

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info:
            message = f"{message} | {record.exc_text or self.formatException(record.exc_info)}"
        line = f"{record.levelname} {record.name}: {one_line(_ANSI_RE.sub('', message))}"
        if self.journald:
            return f"<{_SYSLOG_PRIORITY.get(record.levelno, 6)}>{line}"
        stamp = datetime.fromtimestamp(record.created, WITA).isoformat(timespec="seconds")
        return f"{stamp} {line}"


class WitaFormatter(logging.Formatter):
    """The CLI's log format with its time in WITA (``2026-12-06 15:12:19 WITA``), whatever the
    server's own time zone (often UTC)."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        return datetime.fromtimestamp(record.created, WITA).strftime(datefmt or "%Y-%m-%d %H:%M:%S WITA")


def stderr_is_journald(stream: Any = None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``stream`` (default stderr) is connected to journald (``$JOURNAL_STREAM``)."""
    environ = os.environ if environ is None else environ
    stream = sys.stderr if stream is None else stream
    value = environ.get("JOURNAL_STREAM", "")
    if ":" not in value:
        return False
    try:
        st = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    device, _, inode = value.partition(":")
    return f"{st.st_dev}:{st.st_ino}" == f"{device}:{inode}"


def configure_logging(level: str = "info", stream: Any = None) -> None:
    """Route every log record to stderr in the daemon's one-line form (replaces other handlers)."""
    stream = sys.stderr if stream is None else stream
    handler = logging.StreamHandler(stream)
    handler.setFormatter(DaemonLogFormatter(journald=stderr_is_journald(stream)))
    handler.addFilter(MaskingFilter())  # phone numbers, NIKs, e-mail addresses: masked in every line
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    numeric = getattr(logging, level.upper())
    root.setLevel(numeric)
    for noisy in ("scrapy", "twisted", "urllib3", "filelock"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))
