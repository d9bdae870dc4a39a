"""The HTML report in a real headless browser (issue 15): readable on a 360–412-px phone (nothing
runs off the screen, chart text at least 11 px as rendered, bar labels whole) and printable.
Screenshots are kept under the test's tmp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.reporting.kim import build_kim_report, render_kim
from crawler.reporting.kpis import build_report
from crawler.reporting.render import render
from tests.browser import launch_chromium, needs_chromium
from tests.report.known_store import DAYS, UNTIL, build_known_store

pytestmark = needs_chromium

# Everything measured in one evaluation: the page must not scroll sideways, every text of the
# charts must be drawn at >= 11 px (an SVG scaled down to a phone draws its 13 px text at 6 px),
# and every bar value must be whole inside the viewport.
MEASURE = """() => {
  const doc = document.documentElement;
  const chartText = [...document.querySelectorAll('svg text, .bar-label, .bar-value, .bar-legend')].map(el => {
    const r = el.getBoundingClientRect();
    const scale = el.ownerSVGElement ? el.ownerSVGElement.getScreenCTM().a : 1;
    return {text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * scale, height: r.height};
  });
  const values = [...document.querySelectorAll('.bar-value')].map(el => {
    const r = el.getBoundingClientRect();
    return {text: el.textContent, left: r.left, right: r.right, clipped: el.scrollWidth > el.clientWidth + 1};
  });
  const overflowing = [...document.querySelectorAll('body *')].filter(el => {
    const r = el.getBoundingClientRect();
    if (!r.width) return false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;  // scrolls in its own box
    }
    return r.right > window.innerWidth + 1;
  }).map(el => el.tagName + '.' + el.className);
  return {scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, chartText, values, overflowing,
          bodyFont: parseFloat(getComputedStyle(document.body).fontSize)};
}"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    where = tmp_path_factory.mktemp("report-pages")
    db = build_known_store(where / "known.db")
    db.execute("UPDATE channels SET last_status = '500', last_error = 'HTTP 500 Internal Server Error at "
               "https://fajar.kim.id/' WHERE id = 'kim-f/website'")
    db.execute("UPDATE kims SET name = 'KIM Kelurahan Pekapuran Raya Banjarmasin Timur' WHERE id = 'kim-c'")
    report = build_report(db, days=DAYS, until=UNTIL, weeks=8)
    paths = {"report": where / "laporan.html", "kim": where / "kim-f.html"}
    paths["report"].write_text(render(report, "html", "id"), encoding="utf-8")
    paths["kim"].write_text(render_kim(build_kim_report(db, "kim-f", days=DAYS, until=UNTIL), "html"),
                            encoding="utf-8")
    return paths


@pytest.mark.parametrize(("width", "height"), [(412, 915), (360, 740)])
@pytest.mark.parametrize("page_name", ["report", "kim"])
def test_report_reads_on_a_phone(pages: dict[str, Path], tmp_path: Path, width: int, height: int,
                                 page_name: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=2,
                                          is_mobile=True, has_touch=True)
            page = context.new_page()
            page.goto(pages[page_name].as_uri())
            found = page.evaluate(MEASURE)
            shot = tmp_path / f"{page_name}-{width}x{height}.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    assert found["innerWidth"] == width
    assert found["scrollWidth"] <= width, found["overflowing"]
    assert found["overflowing"] == []
    assert found["bodyFont"] >= 14
    small = [t for t in found["chartText"] if t["px"] < 11 or (t["text"].strip() and t["height"] < 11)]
    assert small == [], small[:5]
    if page_name == "report":
        assert len(found["values"]) == 3 and any(v["text"] == "66,7% (2/3)" for v in found["values"])
        for value in found["values"]:
            assert not value["clipped"] and 0 <= value["left"] and value["right"] <= width, value


def test_report_prints_on_a4(pages: dict[str, Path], tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page()
            page.goto(pages["report"].as_uri())
            page.emulate_media(media="print")
            found = page.evaluate("""() => ({
                background: getComputedStyle(document.body).backgroundColor,
                shadow: getComputedStyle(document.querySelector('.card')).boxShadow,
                table: getComputedStyle(document.querySelector('table')).display})""")
            # the KIMs an announcement did not reach, folded on screen, are on paper
            shown = """() => [...document.querySelectorAll('details .names')].map(
                el => el.checkVisibility() && el.getBoundingClientRect().height > 0)"""
            printed_names = page.evaluate(shown)
            page.emulate_media(media="screen")
            screen_names = page.evaluate(shown)
            page.emulate_media(media="print")
            pdf = page.pdf(path=str(tmp_path / "laporan.pdf"), format="A4")
        finally:
            browser.close()
    assert found == {"background": "rgb(255, 255, 255)", "shadow": "none", "table": "table"}
    assert printed_names and all(printed_names) and not any(screen_names)
    assert pdf[:4] == b"%PDF" and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page\r") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page/") >= 1


def test_indonesian_page_has_no_english_http_reason(pages: dict[str, Path]) -> None:
    for path in pages.values():
        text = path.read_text(encoding="utf-8")
        assert "Internal Server Error" not in text and "kode HTTP 500" in text
