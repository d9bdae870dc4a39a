"""Every channel health the report can show has a label and a colour of its own in the HTML
report (outside testers' leftovers, fixes15 item 3: ``waiting``, ``host_paused`` and ``parked``
fell to the grey default pill, looking like "not readable")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.reporting.kpis import build_report
from crawler.reporting.render import LABELS, page_css, render
from tests.report.known_store import DAYS, UNTIL, build_known_store

#: what :func:`crawler.reporting.kpis.channel_health` gives, and the report's ``empty``
HEALTHS = ("ok", "empty", "failing", "broken", "parked", "waiting", "host_paused", "never_fetched", "not_crawlable")


def _pill_backgrounds() -> dict[str, str]:
    """Health code -> the background its ``.pill.CODE`` rule gives (grouped selectors read apart)."""
    found: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", page_css()):
        background = re.search(r"background:([^;}]+)", body)
        for selector in selectors.split(","):
            code = re.fullmatch(r"\s*\.pill\.([a-z_]+)\s*", selector)
            if code and background:
                found[code.group(1)] = background.group(1).strip()
    return found


@pytest.mark.parametrize("health", ["waiting", "host_paused", "parked"])
def test_a_channel_waiting_paused_or_parked_has_its_own_pill(health: str, tmp_path: Path) -> None:
    backgrounds = _pill_backgrounds()
    default = re.search(r"\.pill\{[^}]*background:([^;}]+)", page_css())
    assert default is not None
    assert health in backgrounds and backgrounds[health] != default.group(1), health
    # "come back later" is no failure: not the colour of a failing or broken channel
    if health in ("waiting", "host_paused"):
        assert backgrounds[health] not in (backgrounds["failing"], backgrounds["broken"])
    else:  # a parked domain: the KIM's site is gone, as bad as broken, and told apart from it
        assert health in backgrounds and backgrounds[health] != backgrounds["ok"]

    report = build_report(build_known_store(tmp_path / "known.db"), days=DAYS, until=UNTIL, weeks=4)
    kim = report["kims"][0]
    kim["channels"] = [{**kim["channels"][0], "type": "website", "health": health, "url": "http://kim.example/"}]
    for lang in ("en", "id"):
        page = render(report, "html", lang=lang)
        assert f'<span class="pill {health}">{LABELS[lang]["health." + health]}</span>' in page


def test_every_health_the_report_gives_has_a_label_and_a_pill_colour() -> None:
    backgrounds = _pill_backgrounds()
    for health in HEALTHS:
        assert health in backgrounds or health == "not_crawlable", health  # (grey: not readable)
        for lang in ("en", "id"):
            assert LABELS[lang]["health." + health]
