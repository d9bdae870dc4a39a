"""The report says how each KIM was measured: `evidence` per KIM, `kims_active_by_evidence`,
`reports_pending`, `reports_unverified`."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from crawler import store
from crawler.reporting.kpis import build_report

WINDOW = {"until": "2024-10-31", "days": 30}


def _store(tmp_path: Path) -> sqlite_utils.Database:
    db = store.connect(tmp_path / "k.db")
    store.save_sources(db, [{"id": "prov", "name": "Prov", "region": "Provinsi Kalimantan Selatan"}])
    store.save_kims(db, [{"id": f"kim-{x}", "name": f"KIM {x}", "region": "Kota Banjarmasin"}
                         for x in ("crawl", "both", "import", "fetched", "none", "report")])
    store.save_channels(db, [
        {"owner_kind": "kim", "owner_id": "kim-crawl", "type": "feed", "url": "https://a.id/feed"},
        {"owner_kind": "kim", "owner_id": "kim-fetched", "type": "feed", "url": "https://b.id/feed"},
    ])
    db.execute("UPDATE channels SET last_success_at = '2024-10-20T00:00:00Z', last_crawled_at = "
               "'2024-10-20T00:00:00Z' WHERE owner_id = 'kim-fetched'")
    store.save_announcements(db, [{"id": "a-1", "source_id": "prov", "title": "Vaksinasi", "text": "x",
                                   "published_at": "2024-10-10T00:00:00Z"}])
    posts = [("p-crawl", "kim-crawl", "crawl"), ("p-both-1", "kim-both", "crawl"),
             ("p-both-2", "kim-both", "self-report"), ("p-import", "kim-import", "import"),
             ("p-report", "kim-report", "self-report")]
    store.save_posts(db, [{"id": p, "kim_id": k, "origin": o, "platform": "facebook", "title": p, "text": p,
                           "published_at": "2024-10-12T00:00:00Z"} for p, k, o in posts])
    store.save_amplifications(db, [{"post_id": p, "announcement_id": "a-1", "kim_id": k, "method": "link",
                                    "score": 1.0} for p, k, _ in posts if p != "p-import"])
    for number, status in enumerate(("pending", "pending", "unverified", "rejected", "verified")):
        db.execute("INSERT INTO reports (kim_id, url, canonical_url, via, status, created_at) "
                   "VALUES ('kim-none', ?, ?, 'form', ?, '2024-10-12T00:00:00Z')",
                   [f"https://x.id/{number}", f"https://x.id/{number}", status])
    return db


def test_each_kim_says_what_its_status_rests_on(tmp_path: Path) -> None:
    report = build_report(_store(tmp_path), **WINDOW)
    kims = {k["id"]: (k["status"], k["evidence"]) for k in report["kims"]}
    assert kims == {
        "kim-crawl": ("active", ["crawl"]),
        "kim-both": ("active", ["crawl", "self-report"]),
        "kim-report": ("active", ["self-report"]),
        "kim-import": ("inactive", ["import"]),
        "kim-fetched": ("inactive", ["crawl"]),
        "kim-none": ("unmeasured", []),
    }
    assert report["kims_active_by_evidence"] == {"crawl": 2, "import": 0, "self-report": 2}
    assert (report["reports_pending"], report["reports_unverified"]) == (2, 1)


def test_a_rejected_amplification_is_no_evidence(tmp_path: Path) -> None:
    db = _store(tmp_path)
    db.execute("UPDATE amplifications SET status = 'rejected' WHERE post_id = 'p-both-2'")
    kims = {k["id"]: k["evidence"] for k in build_report(db, **WINDOW)["kims"]}
    assert kims["kim-both"] == ["crawl"]
