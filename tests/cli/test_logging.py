"""Log times in WITA (issue 15): the CLI's and the daemon's log lines carry the office's wall clock,
whatever the server's time zone; the store keeps UTC."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from crawler.daemon.logs import DaemonLogFormatter, WitaFormatter

REPO = Path(__file__).resolve().parents[2]


def _record(created: float) -> logging.LogRecord:
    record = logging.LogRecord("crawler.x", logging.INFO, __file__, 1, "hello", None, None)
    record.created = created
    return record


def test_formatters_use_wita() -> None:
    midnight_utc = 1_796_515_200.0  # 2026-12-06T00:00:00Z
    assert DaemonLogFormatter(journald=False).format(_record(midnight_utc)) == \
        "2026-12-06T08:00:00+08:00 INFO crawler.x: hello"
    line = WitaFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s").format(_record(midnight_utc))
    assert line == "2026-12-06 08:00:00 WITA INFO crawler.x: hello"


def test_cli_log_lines_in_wita_on_a_utc_server() -> None:
    code = ("import logging; from crawler.cli.common import setup_logging; setup_logging(1); "
            "logging.getLogger('crawler.test').info('hi')")
    env = {**os.environ, "TZ": "UTC"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env,
                            timeout=60)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d WITA INFO crawler\.test: hi\n", result.stderr), result.stderr
