"""The streamed report writes, byte for byte, what main's renderer wrote before it (issue 16).

``tests/report/golden/`` holds main's outputs (:mod:`tests.report.golden_cases`). Main listed
the KIMs not reached of every announcement; today JSON and CSV list them with ``--lists`` (and
with ``--region``), and carry ``kims_not_reached_count`` instead by default.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.report.golden_cases import CASES, GOLDEN, build_store, normalize, run_report


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("golden-stores")


def _golden(case: str) -> str:
    return (GOLDEN / f"{case}.txt").read_text(encoding="utf-8")


def _lists_wanted(args: list[str]) -> bool:
    return "--kim" not in args and ("json" in args or "csv" in args)


@pytest.mark.parametrize("case", sorted(CASES))
def test_same_bytes_as_main(stores: Path, case: str) -> None:
    name, args = CASES[case]
    extra = ["--lists"] if _lists_wanted(args) and "--region" not in args else []  # --region lists by itself
    assert normalize(run_report(build_store(name, stores), args + extra)) == _golden(case)


def _without_lists(golden: str) -> str:
    """Main's JSON with each announcement's ``kims_not_reached`` replaced by its count."""
    report = json.loads(golden)
    for entry in report["announcements"]:
        entry["kims_not_reached_count"] = len(entry.pop("kims_not_reached"))
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("case", sorted(c for c, (_, args) in CASES.items()
                                        if "json" in args and "--kim" not in args))
def test_json_without_lists_by_default(stores: Path, case: str) -> None:
    name, args = CASES[case]
    extra = ["--no-lists"] if "--region" in args else []
    text = normalize(run_report(build_store(name, stores), args + extra))
    assert "kims_not_reached\"" not in text
    assert text == _without_lists(_golden(case))


@pytest.mark.parametrize("case", ["known-csv-announcements", "province-csv-announcements"])
def test_csv_announcements_count_by_default(stores: Path, case: str) -> None:
    name, args = CASES[case]
    rows = list(csv.DictReader(io.StringIO(run_report(build_store(name, stores), args))))
    expected = list(csv.DictReader(io.StringIO(_golden(case))))
    assert len(rows) == len(expected) > 0
    for row, old in zip(rows, expected, strict=True):
        assert int(row.pop("kims_not_reached_count")) == len(old.pop("kims_not_reached").split())
        assert row == old


def test_the_province_store_reaches_every_branch(stores: Path) -> None:
    """The golden outputs are worth something only if the store meets the report's cases."""
    report = json.loads(_golden("province-json"))
    assert {k["status"] for k in report["kims"]} == {"active", "inactive", "unmeasured"}
    assert {"ok", "failing", "broken", "never_fetched", "not_crawlable", "empty"} <= set(report["channels_by_health"])
    assert report["amplifications_uncertain"] > 0 and report["kims_active_by_evidence"]["self-report"] > 0
    assert {a["expected_scope"] for a in report["announcements"]} == {"province", "region"}
    assert any(len(a["kims_not_reached"]) > 20 for a in report["announcements"])
    assert "[telepon]" in _golden("province-json") and "0812-3456-7890" in _golden("province-json-personal")
