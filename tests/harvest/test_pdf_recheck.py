"""A release PDF that could not be read (broken, encrypted, a scan, too large) is asked again once
``PDF_RECHECK_HOURS`` have passed, conditionally, so a file the office replaces at the same
address is read then (outside testers' leftovers, fixes15 item 1); not at every crawl while it
stays broken. Over the loopback farm (tests/farm/sites/website_pdf.py), a real SQLite store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawler import store
from tests.farm import Farm
from tests.farm.sites.website_pdf import HOSTS, LETTERHEAD, PDF_HOSTS, UPLOADS, make_pdf
from tests.harvest.test_pdf_crawl import PDF_LIMIT, _by_url, _pdf_requests, _store
from tests.website.conftest import crawl

FIXED_TITLE = "Warga Gotong Royong Bersihkan Saluran Air di Sungai Rangas"
FIXED_PDF = make_pdf([[*LETTERHEAD, FIXED_TITLE,
                       "Banjarmasin, 1 Desember 2026 \u2013 Warga Desa Sungai Rangas bergotong royong membersihkan",
                       "saluran air sepanjang 1.200 meter bersama 45 relawan dan perangkat desa."]])
BROKEN = "siaran-pers-rusak.pdf"


@pytest.fixture
def pdf_farm() -> Iterator[Farm]:
    farm = Farm(hosts=PDF_HOSTS).start()
    yield farm
    farm.stop()


def _age_unread_pdfs(db_path: Path, hours: float) -> None:
    """As if the unread PDFs were last asked ``hours`` ago."""
    db = store.connect(db_path)
    state = json.loads(db.execute("SELECT state FROM channels").fetchone()[0])
    then = (datetime.now(UTC) - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for entry in state["pdf_unread"].values():
        entry["checked_at"] = then
    db.execute("UPDATE channels SET state = ?", [json.dumps(state)])
    db.conn.commit()
    db.conn.close()


def test_an_unread_release_pdf_replaced_at_its_address_is_read_after_the_recheck_interval(
        pdf_farm: Farm, tmp_path: Path) -> None:
    db_path = _store(tmp_path / "kimwatch.db", pdf_farm)
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    assert BROKEN not in _by_url(db_path)
    host = HOSTS["release"]

    # the office replaces the broken file at the same address: not asked at the very next crawl
    pdf_farm.state["pdfs"] = {BROKEN: FIXED_PDF}
    pdf_farm.reset_log()
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    assert _pdf_requests(pdf_farm, host) == []
    assert BROKEN not in _by_url(db_path)

    # a day later: every unread PDF is asked again, conditionally where the server gave an ETag
    _age_unread_pdfs(db_path, hours=25)
    pdf_farm.reset_log()
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    [asked] = pdf_farm.requests_to(UPLOADS + BROKEN, host=host)
    assert asked.headers.get("if-none-match") and asked.status == 200
    release = _by_url(db_path)[BROKEN]
    assert release["title"] == FIXED_TITLE and "1.200 meter" in release["text"]
    # still broken and unchanged: a 304, nothing downloaded
    [locked] = pdf_farm.requests_to(UPLOADS + "rilis-terkunci.pdf", host=host)
    assert locked.status == 304
    assert UPLOADS + "siaran-pers-hasil-pindai.pdf" in _pdf_requests(pdf_farm, host)
    # read (and left to the HTML) PDFs are not asked again
    for name in ("siaran-pers-no-123-blt-dd.pdf", "siaran-pers-pasar-murah.pdf", "laporan-keuangan-2025.pdf"):
        assert UPLOADS + name not in _pdf_requests(pdf_farm, host), name

    # the still-broken ones wait for the next interval again
    pdf_farm.reset_log()
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    assert _pdf_requests(pdf_farm, host) == []


def test_a_release_pdf_remembered_as_unread_by_an_older_kimwatch_is_asked_once_more(
        pdf_farm: Farm, tmp_path: Path) -> None:
    db_path = _store(tmp_path / "old.db", pdf_farm)
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    db = store.connect(db_path)
    state = json.loads(db.execute("SELECT state FROM channels").fetchone()[0])
    # what the state looked like before: the unread PDFs among the pages that are "not articles"
    state["not_articles"] = [*state.get("not_articles", []), *state.pop("pdf_unread")]
    state.pop("pdf_recheck")
    db.execute("UPDATE channels SET state = ?", [json.dumps(state)])
    db.conn.commit()
    db.conn.close()
    pdf_farm.state["pdfs"] = {BROKEN: FIXED_PDF}
    pdf_farm.reset_log()
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    assert _by_url(db_path)[BROKEN]["title"] == FIXED_TITLE
