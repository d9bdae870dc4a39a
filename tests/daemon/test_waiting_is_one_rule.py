"""A channel whose server answered 429 (with or without Retry-After) is waiting, not failing, in
the daemon's health as in the crawl and the report, whatever failures it had before (outside
tester "q", finding 8: "5 of 27 crawlable channels failing" counted one the report called waiting)."""

from __future__ import annotations

from pathlib import Path

from crawler import store
from crawler.daemon.health import health_summary
from crawler.reporting.kpis import channel_health
from tests.crawl.conftest import make_store


def test_a_429_after_earlier_failures_is_waiting_everywhere(tmp_path: Path) -> None:
    db_path = make_store(tmp_path / "k.db", [
        {"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": "https://kim.example/feed/"},
        {"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed", "url": "https://kim.example/hilang/feed/"}])
    db = store.connect(db_path)
    try:
        waiting, gone = (row[0] for row in db.execute("SELECT id FROM channels ORDER BY url DESC"))
        with store.transaction(db):
            # a 429 without Retry-After, after a failure counted by an older kimwatch
            db.execute("UPDATE channels SET last_status = 'rate-limited', consecutive_failures = 1, "
                       "last_error = 'HTTP 429 Too Many Requests at https://kim.example/feed/', "
                       "last_crawled_at = '2026-12-07T02:00:00Z', last_success_at = '2026-12-01T00:00:00Z' "
                       "WHERE id = ?", [waiting])
            db.execute("UPDATE channels SET last_status = '404', consecutive_failures = 3, last_error = 'HTTP 404', "
                       "last_crawled_at = '2026-12-07T02:00:00Z' WHERE id = ?", [gone])
        rows = {row["id"]: row for row in db.query("SELECT * FROM channels")}
        assert channel_health(rows[waiting]) == "waiting"
        assert channel_health(rows[gone]) == "broken"
        assert health_summary(db)[0].startswith("1 of 2 crawlable channels failing"), health_summary(db)
    finally:
        db.conn.close()
