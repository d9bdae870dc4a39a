"""The digest agrees with ``kimwatch report`` on a region's previous period (T's LOW 13), and a KIM
whose only channel broke is listed as unmeasured, not as having gone silent (T's LOW 14)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from crawler import store
from crawler.reporting.kpis import build_report
from crawler.reporting.notify import compose_digest, render_digest
from tests.notify.conftest import build_notify_store, noon

FIRST, LAST = date(2026, 11, 23), date(2026, 11, 29)
IN_Q = FIRST - timedelta(days=6)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """The notify store, plus kim-z (Hulu Sungai Selatan: first read in this period, so unmeasured
    in the one before) and kim-x (Banjarmasin: amplified in the period before; in this one its
    only feed was read once on the first day, then failed four times, and no post of it is known)."""
    path = build_notify_store(tmp_path / "kimwatch.db", FIRST, LAST)
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-z", "name": "KIM Zamrud", "region": "Kabupaten Hulu Sungai Selatan"},
                         {"id": "kim-x", "name": "KIM Xenia", "region": "Kota Banjarmasin"}])
    store.save_channels(db, [
        {"id": "kim-z/feed", "owner_kind": "kim", "owner_id": "kim-z", "type": "feed", "url": "https://zamrud.example.id/feed"},
        {"id": "kim-x/feed", "owner_kind": "kim", "owner_id": "kim-x", "type": "feed", "url": "https://xenia.example.id/feed"}])
    store.save_posts(db, [{"id": "p-xq", "kim_id": "kim-x", "channel_id": "kim-x/feed", "platform": "website",
                           "url": "https://kim-x.example.id/p-xq", "title": "p-xq", "text": "Teks p-xq",
                           "published_at": noon(IN_Q), "origin": "crawl"}])
    store.save_amplifications(db, [{"post_id": "p-xq", "announcement_id": "ann-q", "kim_id": "kim-x", "method": "link",
                                    "score": 1.0, "lag_hours": 24.0, "evidence": {}}])
    with store.transaction(db):
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) VALUES ('kim-z/feed', ?, 1, '200')",
                   [noon(FIRST + timedelta(days=2))])
        db.execute("UPDATE channels SET last_crawled_at = ?, last_success_at = ?, last_status = '200' "
                   "WHERE id = 'kim-z/feed'", [noon(FIRST + timedelta(days=2))] * 2)
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) VALUES ('kim-x/feed', ?, 1, '200')",
                   [noon(IN_Q)])
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) VALUES ('kim-x/feed', ?, 1, '200')",
                   [noon(FIRST)])
        for day in range(1, 5):
            db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) "
                       "VALUES ('kim-x/feed', ?, 0, '500', 'HTTP 500')", [noon(FIRST + timedelta(days=day))])
        db.execute("UPDATE channels SET last_crawled_at = ?, last_success_at = ?, last_status = '500', "
                   "last_error = 'HTTP 500', consecutive_failures = 4 WHERE id = 'kim-x/feed'",
                   [noon(FIRST + timedelta(days=4)), noon(FIRST)])
    db.conn.close()
    return path


def test_a_regions_previous_period_is_the_reports(db_file: Path) -> None:
    db = store.connect(db_file)
    previous = build_report(db, days=7, until=FIRST - timedelta(days=1), weeks=0)
    hss = next(r for r in previous["regions"] if r["region"] == "Kabupaten Hulu Sungai Selatan")
    assert (hss["active_share"], hss["unmeasured"], hss["registered"]) == (0.0, 1, 1)
    part = next(p for p in compose_digest(db, FIRST, LAST).regions if p.region == "Kabupaten Hulu Sungai Selatan")
    assert part.previous_share == hss["active_share"] and part.previous_all_unmeasured
    text = render_digest(compose_digest(db, FIRST, LAST), "Kabupaten Hulu Sungai Selatan")
    assert "tidak ada data" not in text
    assert "tetap dibanding periode lalu (0,0%), periode lalu semua KIM tidak terukur" in text
    # every region of the digest: the report's previous share
    digest = compose_digest(db, FIRST, LAST)
    assert {p.region: p.previous_share for p in digest.regions} == {
        r["region"]: r["active_share"] for r in previous["regions"]}


def test_a_kim_whose_only_channel_broke_is_unmeasured_not_silent(db_file: Path) -> None:
    db = store.connect(db_file)
    report = build_report(db, days=7, until=LAST, weeks=0)
    kim_x = next(k for k in report["kims"] if k["id"] == "kim-x")
    assert (kim_x["status"], kim_x["posts"]) == ("inactive", 0)  # the report keeps the contract's status
    part = next(p for p in compose_digest(db, FIRST, LAST).regions if p.region == "Kota Banjarmasin")
    assert [k["id"] for k in part.silent] == ["kim-s"]  # kim-s posted without amplifying: it did go silent
    assert [(k["id"], k["was_active"], k["channel_broke"]) for k in part.unmeasured] == [("kim-x", True, True)]
    text = render_digest(compose_digest(db, FIRST, LAST), "Kota Banjarmasin")
    silent = text.split("Berhenti menyebarkan informasi")[1].split("Tidak terukur")[0]
    assert "kim-x" not in silent and "kim-s" in silent
    assert "KIM Xenia (kim-x) — aktif periode lalu; kanalnya gagal dibaca, bukan berarti KIM berhenti" in text
