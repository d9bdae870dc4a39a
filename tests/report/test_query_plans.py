"""The report's queries read the crawl health history through its index on time (issue 16):
no statement of a report scans ``channel_fetches`` (83 million rows after a national year)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlite_utils

from crawler.reporting import kpis
from crawler.reporting.render import write_report
from tests.report.province_store import DAYS, UNTIL, build_province_store


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    db = build_province_store(tmp_path / "p.db")
    with db.conn:  # a longer history than the window, as the planner's statistics know it
        db.execute("""INSERT INTO channel_fetches (channel_id, fetched_at, ok, status)
                      SELECT channel_id, datetime(fetched_at, '-' || (n * 80) || ' days'), ok, status
                      FROM channel_fetches, (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3 UNION SELECT 4)""")
    db.execute("ANALYZE")
    return db


def _plans(db: sqlite_utils.Database, run) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The query plan of every statement ``run()`` executes that reads ``channel_fetches``."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        run()
    finally:
        db.conn.set_trace_callback(None)
    return {sql: [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql)]
            for sql in statements if "channel_fetches" in sql and sql.lstrip().upper().startswith("SELECT")}


@pytest.mark.parametrize("fmt", ["json", "html", "table"])
def test_the_report_reads_health_by_time(db: sqlite_utils.Database, fmt: str) -> None:
    def run() -> None:
        parts = kpis.report_parts(db, days=DAYS, until=UNTIL, weeks=8)
        write_report(parts, io.StringIO(), fmt)

    plans = _plans(db, run)
    # a past window: each channel read since its end has its health as of then read through the
    # per-channel index (crawler.store.health_as_of), a few rows from the window's end backwards
    as_of = {sql: plan for sql, plan in plans.items() if "channel_id = '" in sql}
    assert len(as_of) > 20
    for sql, plan in as_of.items():
        assert all(step.startswith("SEARCH channel_fetches USING INDEX idx_channel_fetches_channel")
                   or "ORDER BY" in step for step in plan), (sql, plan)
    plans = {sql: plan for sql, plan in plans.items() if sql not in as_of}
    assert len(plans) == 2, plans  # the window's fetches per channel; the first fetch ever (the trend)
    for sql, plan in plans.items():
        assert not any(step.startswith("SCAN channel_fetches") for step in plan), (sql, plan)
        assert any("idx_channel_fetches_time" in step for step in plan), (sql, plan)


def test_one_kim_reads_its_channels_only(db: sqlite_utils.Database) -> None:
    plans = _plans(db, lambda: kpis.report_parts(db, days=DAYS, until=UNTIL, weeks=0, kim="kim-03"))
    assert plans and all("kim-03/feed" in sql for sql in plans), plans  # its window's fetches, its health then
    for sql, plan in plans.items():
        assert not any(step.startswith("SCAN channel_fetches") for step in plan), (sql, plan)


def test_the_counts_are_those_of_every_row(db: sqlite_utils.Database) -> None:
    """The index gives the same counts as reading every row would."""
    window = kpis.report_window(UNTIL, DAYS)
    expected: dict[str, list[int]] = {}
    for channel_id, fetched_at, ok in db.execute("SELECT channel_id, fetched_at, ok FROM channel_fetches"):
        if window.start <= fetched_at < window.end:
            counts = expected.setdefault(channel_id, [0, 0])
            counts[0 if ok else 1] += 1
    assert {k: list(v) for k, v in kpis._fetch_counts(db, window).items()} == expected  # noqa: SLF001
    assert len(expected) > 10
