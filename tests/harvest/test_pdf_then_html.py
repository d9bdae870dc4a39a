"""An HTML release published after its PDF version was already stored (outside testers' leftovers,
fixes15 item 2): "HTML wins" holds across crawls — the stored PDF announcement is merged into the
HTML one, its amplifications move there, the PDF's address is recorded as ``pdf-of-release``, and
nothing a person decided is lost. Over the loopback farm (tests/farm/sites/website_pdf.py, site
``later``) and a real SQLite store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from crawler.matching import passes
from tests.farm import Farm
from tests.farm.sites.website_pdf import BLT_TITLE, HOSTS, LATER_HTML, PDF_HOSTS
from tests.harvest.test_pdf_crawl import _pdf_requests, _store
from tests.website.conftest import crawl, rows

PDF_NAME = "siaran-pers-no-123-blt-dd.pdf"


@pytest.fixture
def pdf_farm() -> Iterator[Farm]:
    farm = Farm(hosts=PDF_HOSTS).start()
    yield farm
    farm.stop()


def _decide(db: Any, post_id: str, announcement_id: str, status: str, who: str = "Rina (Diskominfo)") -> None:
    """A person's decision on a pair, as `kimwatch review` leaves it."""
    db.execute("INSERT INTO amplifications (post_id, announcement_id, kim_id, method, score, lag_hours, evidence, "
               "status, decided_by, decided_at, created_at, updated_at) VALUES (?, ?, 'kim-sungai-rangas', 'manual', "
               "1.0, 30.0, '{}', ?, ?, '2026-12-04T03:00:00Z', '2026-12-04T03:00:00Z', '2026-12-04T03:00:00Z') "
               "ON CONFLICT (post_id, announcement_id) DO UPDATE SET status = excluded.status, "
               "decided_by = excluded.decided_by, decided_at = excluded.decided_at",
               [post_id, announcement_id, status, who])


def test_an_html_release_read_after_its_stored_pdf_becomes_the_one_announcement(pdf_farm: Farm,
                                                                                 tmp_path: Path) -> None:
    db_path = _store(tmp_path / "kimwatch.db", pdf_farm, channels=(("source", "later"),))
    crawl(db_path)
    [pdf_release] = rows(db_path, "announcements")
    assert pdf_release["url"].endswith(PDF_NAME) and pdf_release["title"] == BLT_TITLE

    db = store.connect(db_path)
    store.save_posts(db, [
        {"id": "p-link", "kim_id": "kim-sungai-rangas", "platform": "telegram", "url": "https://t.me/kim/1",
         "title": "", "text": "Silakan unduh siaran pers.", "published_at": "2026-12-04T01:00:00Z",
         "links": json.dumps([pdf_release["url"]])},
        {"id": "p-confirmed", "kim_id": "kim-sungai-rangas", "platform": "telegram", "url": "https://t.me/kim/2",
         "title": "", "text": "Foto penyaluran di balai desa.", "published_at": "2026-12-04T02:00:00Z"},
        {"id": "p-rejected", "kim_id": "kim-sungai-rangas", "platform": "telegram", "url": "https://t.me/kim/3",
         "title": "", "text": "Rapat warga malam ini.", "published_at": "2026-12-04T02:30:00Z"},
    ])
    passes.match_new(db)
    _decide(db, "p-confirmed", pdf_release["id"], "confirmed")
    _decide(db, "p-rejected", pdf_release["id"], "rejected")
    db.conn.commit()
    before = {r["post_id"]: r["status"] for r in db.query("SELECT * FROM amplifications")}
    db.conn.close()
    assert before == {"p-link": "auto", "p-confirmed": "confirmed", "p-rejected": "rejected"}

    # two days later the office puts the HTML version up, linking the PDF
    pdf_farm.state["html_later"] = True
    crawl(db_path)
    [release] = rows(db_path, "announcements")
    assert release["url"].endswith(LATER_HTML) and release["id"] != pdf_release["id"]
    # the release was public from the PDF's dateline: the merged announcement keeps that date
    assert release["published_at"] == pdf_release["published_at"] == "2026-12-02T16:00:00Z"
    db = store.connect(db_path)
    try:
        alias = db.execute("SELECT resolved_url, status FROM resolved_urls WHERE url LIKE ?",
                           ["%" + PDF_NAME]).fetchone()
        amplifications = {r["post_id"]: r for r in db.query("SELECT * FROM amplifications")}
    finally:
        db.conn.close()
    assert alias is not None and alias[0].endswith(LATER_HTML) and alias[1] == "pdf-of-release"
    assert set(amplifications) == {"p-link", "p-confirmed", "p-rejected"}
    assert {r["announcement_id"] for r in amplifications.values()} == {release["id"]}
    confirmed, rejected = amplifications["p-confirmed"], amplifications["p-rejected"]
    assert (confirmed["status"], confirmed["decided_by"]) == ("confirmed", "Rina (Diskominfo)")
    assert (rejected["status"], rejected["decided_by"]) == ("rejected", "Rina (Diskominfo)")
    assert json.loads(confirmed["evidence"])["merged_from"]["announcement_id"] == pdf_release["id"]

    # the matcher after the merge: the post linking the PDF amplifies the HTML release, once
    db = store.connect(db_path)
    passes.match_new(db)
    pairs = [(r["post_id"], r["announcement_id"], r["status"]) for r in db.query("SELECT * FROM amplifications")]
    db.conn.close()
    assert ("p-link", release["id"], "auto") in pairs and len(pairs) == 3

    # the PDF is not fetched again
    pdf_farm.reset_log()
    crawl(db_path)
    assert _pdf_requests(pdf_farm, HOSTS["later"]) == []
    assert len(rows(db_path, "announcements")) == 1


def _pair(path: Path) -> Any:
    """A store with a release PDF and its HTML version (recorded as such), for the merge alone."""
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-sungai-rangas", "name": "KIM Sungai Rangas", "region": "Kabupaten Banjar"}])
    store.save_sources(db, [{"id": "dinsos", "name": "Dinsos Kalsel", "region": "Provinsi Kalimantan Selatan"}])
    store.save_announcements(db, [
        {"id": "a-pdf", "source_id": "dinsos", "url": "https://dinsos.example/uploads/sp-12.pdf",
         "canonical_url": "https://dinsos.example/uploads/sp-12.pdf", "title": "BLT", "text": "BLT tahap IV.",
         "published_at": "2026-12-02T16:00:00Z"},
        {"id": "a-html", "source_id": "dinsos", "url": "https://dinsos.example/berita/blt",
         "canonical_url": "https://dinsos.example/berita/blt", "title": "BLT", "text": "BLT tahap IV.",
         "published_at": "2026-12-05T02:00:00Z"},
    ])
    store.save_posts(db, [{"id": f"p{n}", "kim_id": "kim-sungai-rangas", "platform": "telegram",
                           "url": f"https://t.me/kim/{n}", "title": "", "text": "BLT", "published_at":
                           "2026-12-05T03:00:00Z"} for n in range(1, 4)])
    db.execute("INSERT INTO resolved_urls (url, resolved_url, resolved_at, status) VALUES (?, ?, ?, 'pdf-of-release')",
               ["https://dinsos.example/uploads/sp-12.pdf", "https://dinsos.example/berita/blt", store.utc_now()])
    db.conn.commit()
    return db


def test_the_merge_keeps_every_decision_a_person_made(tmp_path: Path) -> None:
    db = _pair(tmp_path / "merge.db")
    store.save_amplifications(db, [
        {"post_id": "p1", "announcement_id": "a-html", "kim_id": "kim-sungai-rangas", "method": "text", "score": 0.6},
        {"post_id": "p3", "announcement_id": "a-pdf", "kim_id": "kim-sungai-rangas", "method": "text", "score": 0.6},
    ])
    _decide(db, "p1", "a-pdf", "confirmed")  # reviewed on the PDF, automatic on the HTML
    _decide(db, "p2", "a-pdf", "rejected")  # people disagree on the two
    _decide(db, "p2", "a-html", "confirmed", who="Budi")
    _decide(db, "p3", "a-html", "rejected")  # automatic on the PDF, reviewed on the HTML
    db.conn.commit()
    conflicts: list[str] = []
    assert store.merge_release_pdfs(db, conflicts) == 1
    assert store.merge_release_pdfs(db) == 0  # idempotent
    found = {r["post_id"]: r for r in db.query("SELECT * FROM amplifications")}
    assert [r["id"] for r in db.query("SELECT id FROM announcements")] == ["a-html"]
    assert {r["announcement_id"] for r in found.values()} == {"a-html"}
    # the PDF's confirmation replaces the HTML's automatic match, which is kept in its evidence
    assert found["p1"]["status"] == "confirmed" and json.loads(found["p1"]["evidence"])["replaced"]["status"] == "auto"
    # opposite decisions: uncertain until a person decides again, both kept
    assert found["p2"]["status"] == "uncertain" and conflicts == ["p2|a-html"]
    decisions = json.loads(found["p2"]["evidence"])["conflicting_decisions"]
    assert {(d["announcement_id"], d["status"], d["decided_by"]) for d in decisions} == {
        ("a-html", "confirmed", "Budi"), ("a-pdf", "rejected", "Rina (Diskominfo)")}
    # the HTML's rejection stays; the PDF's automatic match is recorded beside it
    assert found["p3"]["status"] == "rejected"
    assert json.loads(found["p3"]["evidence"])["merged_amplifications"][0]["announcement_id"] == "a-pdf"
    assert db.execute("SELECT published_at FROM announcements").fetchone()[0] == "2026-12-02T16:00:00Z"
    db.conn.close()


def test_an_edited_html_release_keeps_the_earlier_date_of_its_merged_pdf(tmp_path: Path) -> None:
    """fixes17 item 3: the HTML release, edited after its PDF was merged into it, is read again (a
    line added, a newer ``dateModified``: the page's own date comes back with it) and updated; its
    date stays the PDF's earlier one, the earliest publication of the release."""
    db = _pair(tmp_path / "merge.db")
    assert store.merge_release_pdfs(db) == 1
    reread = {"id": "a-html", "source_id": "dinsos", "url": "https://dinsos.example/berita/blt",
              "canonical_url": "https://dinsos.example/berita/blt", "title": "BLT",
              "text": "BLT tahap IV. Diperbarui: 90 keluarga.", "published_at": "2026-12-05T02:00:00Z"}
    assert store.save_announcements(db, [reread]) == (0, 1)
    [(text, published)] = db.execute("SELECT text, published_at FROM announcements").fetchall()
    assert "90 keluarga" in text and published == "2026-12-02T16:00:00Z"
    # a re-read with no date, or an earlier one, keeps the earliest too
    assert store.save_announcements(db, [{**reread, "text": "BLT tahap IV (2).", "published_at": None}]) == (0, 1)
    assert db.execute("SELECT published_at FROM announcements").fetchone()[0] == "2026-12-02T16:00:00Z"
    assert store.save_announcements(db, [{**reread, "text": "BLT (3).", "published_at": "2026-12-01T00:00:00Z"}]) \
        == (0, 1)
    assert db.execute("SELECT published_at FROM announcements").fetchone()[0] == "2026-12-01T00:00:00Z"
    db.conn.close()


@pytest.mark.parametrize("slow", ["html", "pdf"])
def test_a_release_pdf_and_its_html_read_in_one_crawl_keep_the_earlier_date(pdf_farm: Farm, tmp_path: Path,
                                                                            slow: str) -> None:
    """fixes20 item 2: the BLT release's PDF (dateline 3 December) and its HTML version (its own time
    5 December 10:00 WITA, linking the PDF) in the same crawl: one announcement, the HTML's, dated
    by the PDF's earlier day, whichever of the two answers first."""
    pdf_farm.state["slow"] = slow
    db_path = _store(tmp_path / "kimwatch.db", pdf_farm, channels=(("source", "both"),))
    crawl(db_path)
    logged = {r.path.rsplit("/", 1)[-1]: r.time for r in pdf_farm.requests if r.host == HOSTS["both"]}
    first, late = (PDF_NAME, LATER_HTML.rsplit("/", 1)[-1]) if slow == "html" else \
        (LATER_HTML.rsplit("/", 1)[-1], PDF_NAME)
    assert logged[late] + 1.5 > logged[first] + 0.5, logged  # the slow one answered last
    [release] = rows(db_path, "announcements")
    assert release["url"].endswith(LATER_HTML)
    assert release["published_at"] == "2026-12-02T16:00:00Z"  # "Banjarmasin, 3 Desember 2026" (WITA)
    db = store.connect(db_path)
    try:
        alias = db.execute("SELECT status FROM resolved_urls WHERE url LIKE ?", ["%" + PDF_NAME]).fetchone()
    finally:
        db.conn.close()
    assert alias is not None and alias[0] == "pdf-of-release"
    # a later crawl keeps it (the page's own 5 December is not brought back)
    crawl(db_path)
    [again] = rows(db_path, "announcements")
    assert again["published_at"] == "2026-12-02T16:00:00Z"


def test_a_release_pdf_of_the_same_day_leaves_the_html_its_own_time(tmp_path: Path) -> None:
    """A PDF's dateline (or listing card) gives a day: on the HTML page's own day, its time stands."""
    db = _pair(tmp_path / "day.db")
    html_url = "https://dinsos.example/berita/blt"
    assert not store.keep_release_pdf_date(db, "dinsos", html_url, "2026-12-04T16:00:00Z")  # 5 Dec WITA, same day
    assert not store.keep_release_pdf_date(db, "dinsos", html_url, "2026-12-06T16:00:00Z")  # later
    assert not store.keep_release_pdf_date(db, "other-source", html_url, "2026-12-01T16:00:00Z")
    assert db.execute("SELECT published_at FROM announcements WHERE id = 'a-html'").fetchone()[0] == \
        "2026-12-05T02:00:00Z"
    assert store.keep_release_pdf_date(db, "dinsos", html_url, "2026-12-03T16:00:00Z")  # 4 Dec WITA
    assert db.execute("SELECT published_at FROM announcements WHERE id = 'a-html'").fetchone()[0] == \
        "2026-12-03T16:00:00Z"
    db.conn.close()
