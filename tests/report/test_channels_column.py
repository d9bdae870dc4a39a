"""The table's Channels column: channels of one type in one state are counted, not repeated
(an outside tester's KIM with 30 feeds had a line of 30 "feed:read, nothing found")."""

from __future__ import annotations

from pathlib import Path

from crawler.reporting.kpis import build_report
from crawler.reporting.render import render
from tests.report.known_store import DAYS, UNTIL, build_known_store


def test_channels_of_one_type_in_one_state_are_counted_once(tmp_path: Path) -> None:
    report = build_report(build_known_store(tmp_path / "known.db"), days=DAYS, until=UNTIL, weeks=4)
    kim = report["kims"][0]
    template = kim["channels"][0]
    kim["channels"] = ([{**template, "type": "feed", "health": "empty", "url": f"http://kim.example/f{n}"}
                        for n in range(30)]
                       + [{**template, "type": "website", "health": "ok", "url": "http://kim.example/"},
                          {**template, "type": "feed", "health": "ok", "url": "http://kim.example/ok"}])
    (line,) = [line for line in render(report, "table").splitlines() if line.startswith(kim["id"] + " ")]
    assert line.endswith("feed ×30: read, nothing found, website:ok, feed:ok")
    assert line.count("nothing found") == 1
