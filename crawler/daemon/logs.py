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
import time
from collections.abc import Mapping
from typing import Any

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
    ``<N>`` so ``journalctl -p warning`` works; elsewhere it starts with a UTC timestamp in the
    store's format, so log lines and ``crawl_runs`` rows can be put side by side.
    """

    def __init__(self, journald: bool) -> None:
        super().__init__()
        self.journald = journald

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info:
            message = f"{message} | {self.formatException(record.exc_info)}"
        line = f"{record.levelname} {record.name}: {one_line(_ANSI_RE.sub('', message))}"
        if self.journald:
            return f"<{_SYSLOG_PRIORITY.get(record.levelno, 6)}>{line}"
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created))
        return f"{stamp} {line}"


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
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    numeric = getattr(logging, level.upper())
    root.setLevel(numeric)
    for noisy in ("scrapy", "twisted", "urllib3", "filelock"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))
