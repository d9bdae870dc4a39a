"""A real headless browser for the tests that look at pages (the HTML report, the web form).

Debian's chromium at /usr/bin/chromium, driven by Playwright's Python API (``playwright install``
is never run: no browser is downloaded). Use::

    from tests.browser import launch_chromium, needs_chromium

    @needs_chromium
    def test_page(tmp_path):
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            ...
"""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

CHROMIUM = os.environ.get("KIMWATCH_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if not (os.path.isfile(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"no chromium at {CHROMIUM} (apt-get install chromium, or set KIMWATCH_TEST_CHROMIUM)"
    return None


needs_chromium = pytest.mark.skipif(chromium_missing() is not None, reason=chromium_missing() or "")


def launch_chromium(playwright: Any, **options: Any) -> Any:
    """Launch the system chromium headless through ``playwright`` (a started ``sync_playwright()``);
    returns the Browser. ``options`` go to ``chromium.launch`` (e.g. ``timeout``)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS), **options)
