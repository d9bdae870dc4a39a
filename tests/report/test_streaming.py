"""The report is written as it is produced: each announcement entry is out before the next one is
read from the store, so no format holds the announcements of a national month at once (issue 16)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler.reporting import kpis
from crawler.reporting.render import write_report
from tests.report.province_store import DAYS, UNTIL, build_province_store


@pytest.mark.parametrize(("fmt", "csv_table", "written"), [
    ("json", "kims", '"id": "{id}"'),
    ("csv", "announcements", "\n{id},"),
])
@pytest.mark.parametrize("lists", [True, False])
def test_each_announcement_is_written_before_the_next_is_read(tmp_path: Path, fmt: str, csv_table: str,
                                                              written: str, lists: bool) -> None:
    db = build_province_store(tmp_path / "p.db")
    parts = kpis.report_parts(db, days=DAYS, until=UNTIL, lists=lists)
    out = io.StringIO()
    produce = parts._announcements  # noqa: SLF001 - watching the stream the writer reads
    read: list[str] = []

    def watched(want_lists: bool) -> Iterator[dict[str, Any]]:
        for entry in produce(want_lists):
            if read:
                assert written.format(id=read[-1]) in out.getvalue(), f"{read[-1]} not written before the next"
            read.append(entry["id"])
            yield entry

    parts._announcements = watched  # noqa: SLF001
    write_report(parts, out, fmt, csv_table=csv_table)
    assert len(read) > 20 and written.format(id=read[-1]) in out.getvalue()
