"""The dump served by a real ``datasette`` process, looked at in a real headless chromium: from the
index page to the dashboard, on a phone and on a desktop; the screenshots are kept in the test's
tmp dir (``pytest --basetemp DIR`` to keep them somewhere known)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.reporting import dump
from tests.dump.browser import launch_chromium
from tests.report.known_store import build_known_store

MEASURE = """() => {
  const box = document.querySelector('.dasbor');
  const tracks = [...document.querySelectorAll('.bar-row.wilayah')].map(row => {
    const track = row.querySelector('.bar-track').getBoundingClientRect();
    const fill = row.querySelector('.bar-fill').getBoundingClientRect();
    const target = row.querySelector('.bar-target').getBoundingClientRect();
    return {label: row.querySelector('.bar-label').textContent.trim(),
            value: row.querySelector('.bar-value').textContent.trim(),
            share: track.width ? fill.width / track.width : -1,
            target: track.width ? (target.left - track.left) / track.width : -1};
  });
  const weeks = [...document.querySelectorAll('.trend .week')].map(w => ({
    nodata: w.classList.contains('nodata'), height: w.querySelector('.col').getBoundingClientRect().height}));
  const widths = [...document.querySelectorAll('.bar-track')].map(t => Math.round(t.getBoundingClientRect().width));
  const trend = document.querySelector('.trend').getBoundingClientRect();
  const line = document.querySelector('.trend-target').getBoundingClientRect();
  return {trendTarget: (trend.bottom - line.top) / trend.height, innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
          boxRight: box.getBoundingClientRect().right, tracks, weeks, widths,
          period: document.querySelector('.periode').textContent.replace(/\\s+/g, ' ').trim()};
}"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """The known store's dump, served by ``datasette`` as its README.txt says, on 127.0.0.1."""
    build_known_store(tmp_path / "live.db").conn.close()
    paths = dump.write_dump(tmp_path / "live.db", tmp_path / "dump")
    port = free_port()
    log = (tmp_path / "datasette.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "datasette", "serve", "kimwatch.db", "-m", "metadata.json",
                                "--template-dir", "templates", "-h", "127.0.0.1", "-p", str(port)],
                               cwd=paths.database.parent, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, (tmp_path / "datasette.log").read_text()
                assert time.monotonic() < deadline, "datasette did not start within 60 s"
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)
        log.close()


@pytest.mark.parametrize(("width", "height", "mobile"), [(412, 915, True), (1280, 900, False)])
def test_dashboard_from_the_index_page(served: str, tmp_path: Path, width: int, height: int, mobile: bool) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=mobile,
                                          has_touch=mobile, device_scale_factor=2 if mobile else 1)
            page = context.new_page()
            page.goto(served + "/")
            index_shot = tmp_path / f"index-{width}.png"
            page.screenshot(path=str(index_shot), full_page=True)
            page.get_by_role("link", name="Dasbor").click()
            page.wait_for_selector(".dasbor")
            assert page.url.startswith(served + "/kimwatch/dasbor")
            default = page.evaluate(MEASURE)
            page.fill("input[name=since]", "02-10-2024")
            page.fill("input[name=until]", "31-10-2024")
            page.click("input[type=submit]")
            page.wait_for_selector(".dasbor")
            found = page.evaluate(MEASURE)
            shot = tmp_path / f"dasbor-{width}.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert index_shot.stat().st_size > 10_000 and shot.stat().st_size > 10_000
    # without parameters: the dump's own 30 days (data up to 1 Nov 2024), not the 30 days before today
    assert "Periode: 03-10-2024 s.d. 01-11-2024" in default["period"]
    assert "Periode: 02-10-2024 s.d. 31-10-2024" in found["period"]
    assert found["scrollWidth"] <= width and found["boxRight"] <= width
    assert len(set(found["widths"])) == 1  # one scale for every region
    bars = {t["label"]: t for t in found["tracks"]}
    assert bars["Kota Banjarmasin"]["value"] == "66,7% (2/3)"
    assert bars["Kota Banjarmasin"]["share"] == pytest.approx(2 / 3, abs=0.02)
    assert bars["Kabupaten Tapin"]["share"] == pytest.approx(0, abs=0.01)
    assert all(t["target"] == pytest.approx(0.8, abs=0.02) for t in found["tracks"])
    weeks = found["weeks"]
    assert [w["nodata"] for w in weeks] == [True, True, True] + [False] * 5  # before the first announcement
    heights = [w["height"] for w in weeks]
    assert heights[4] == pytest.approx(2 * heights[6], rel=0.05) and heights[6] > 5  # 25 % and 12,5 %
    assert heights[3] <= 1  # 0 %
    assert found["trendTarget"] == pytest.approx(0.8, abs=0.02)  # the target line at 80 % of the height
