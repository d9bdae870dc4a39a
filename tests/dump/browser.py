"""A real headless browser for the dump's pages: Debian's chromium at /usr/bin/chromium, driven by
Playwright's Python API (``playwright install`` is never run: no browser is downloaded).

The same ``launch_chromium(playwright)`` as the report's browser tests use; there is no skip when
chromium is missing: the test fails and says how to install it.
"""

from __future__ import annotations

import os
from typing import Any

CHROMIUM = os.environ.get("KIMWATCH_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def launch_chromium(playwright: Any, **options: Any) -> Any:
    """Launch the system chromium headless through ``playwright`` (a started ``sync_playwright()``)."""
    assert os.path.isfile(CHROMIUM), f"no chromium at {CHROMIUM}: apt-get install chromium (or set KIMWATCH_TEST_CHROMIUM)"
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS), **options)
