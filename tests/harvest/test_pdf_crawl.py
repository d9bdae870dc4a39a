"""Press releases published only as PDF (outside tester n, finding 4), crawled over the loopback
farm (tests/farm/sites/website_pdf.py) with real PDF files: read, dated, titled and stored as
announcements; the bad ones named in the channel's note; the HTML version of a release wins;
a KIM linking a release PDF amplifies that release."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from crawler.matching import passes
from tests.farm import Farm
from tests.farm.sites.website_pdf import (
    BLT_TITLE,
    HOSTS,
    HTML_RELEASE,
    MARKET_TITLE,
    PDF_HOSTS,
    UPLOADS,
)
from tests.website.conftest import crawl, rows

#: Lower than the 60 kB "large" PDF, higher than the others (about 2 kB).
PDF_LIMIT = 30_000


@pytest.fixture(scope="module")
def pdf_farm() -> Iterator[Farm]:
    farm = Farm(hosts=PDF_HOSTS).start()
    yield farm
    farm.stop()


def _store(path: Path, farm: Farm, channels: tuple[tuple[str, str], ...] = (("source", "release"),)) -> Path:
    """A store with one KIM, one source and website channels: (owner kind, farm site) each."""
    db = store.connect(path)
    store.save_kims(db, [{"id": "kim-sungai-rangas", "name": "KIM Sungai Rangas", "region": "Kabupaten Banjar"}])
    store.save_sources(db, [{"id": "diskominfo-kalsel", "name": "Diskominfo Kalsel",
                             "region": "Provinsi Kalimantan Selatan"}])
    store.save_channels(db, [{"owner_kind": kind, "owner_id": "diskominfo-kalsel" if kind == "source"
                              else "kim-sungai-rangas", "type": "website", "url": farm.url("/", host=HOSTS[site])}
                             for kind, site in channels])
    db.conn.close()
    return path


def _pdf_requests(farm: Farm, host: str) -> list[str]:
    return [p for p in farm.paths(host=host) if p.endswith(".pdf")]


@pytest.fixture(scope="module")
def crawled(pdf_farm: Farm, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    pdf_farm.reset_log()
    db_path = _store(tmp_path_factory.mktemp("pdf") / "kimwatch.db", pdf_farm)
    result = crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    return {"db": db_path, "result": result, "pdf_requests": _pdf_requests(pdf_farm, HOSTS["release"])}


def _by_url(db_path: Path) -> dict[str, dict[str, Any]]:
    return {str(r["url"]).rsplit("/", 1)[-1]: r for r in rows(db_path, "announcements")}


def test_a_release_pdf_is_an_announcement_with_its_heading_dateline_and_text(crawled: dict[str, Any]) -> None:
    found = _by_url(crawled["db"])
    release = found["siaran-pers-no-123-blt-dd.pdf"]
    assert release["url"].endswith(UPLOADS + "siaran-pers-no-123-blt-dd.pdf")
    # its first heading line, not the metadata's "Microsoft Word - rilis.docx" nor the letterhead
    assert release["title"] == BLT_TITLE
    # "Banjarmasin, 3 Desember 2026" (WITA), not the listing card's 5 December nor the file's date
    assert release["published_at"] == "2026-12-02T16:00:00Z"
    text = release["text"]
    assert text.startswith("Banjarmasin, 3 Desember 2026 – Pemerintah Provinsi Kalimantan Selatan menyalurkan "
                           "Bantuan Langsung Tunai Dana Desa tahap IV")
    assert "verifikasi data pembangunan desa" in text  # page 2, the hyphenated word whole
    assert text.endswith("posko di kantor kecamatan.")
    for chrome in ("Halaman", "PEMERINTAH PROVINSI", "Telp", "Nomor: 123", "SIARAN PERS", "Microsoft"):
        assert chrome not in text, chrome
    assert "\n1\n" not in text and "\n2\n" not in text and not text.rstrip().endswith("2")


def test_a_release_pdf_without_dateline_takes_the_listing_date(crawled: dict[str, Any]) -> None:
    release = _by_url(crawled["db"])["siaran-pers-tanpa-dateline.pdf"]
    assert release["title"] == "Vaksinasi Rabies Gratis untuk Hewan Peliharaan Warga"
    # the listing card's "2 Desember 2026" beats the PDF's creation date (30 November)
    assert release["published_at"] == "2026-12-01T16:00:00Z"


def test_a_release_published_as_html_and_pdf_is_one_announcement(crawled: dict[str, Any]) -> None:
    found = _by_url(crawled["db"])
    html = found[HTML_RELEASE.rsplit("/", 1)[-1]]
    assert html["title"] == MARKET_TITLE
    assert "siaran-pers-pasar-murah.pdf" not in found  # read, and left out: the HTML wins
    assert UPLOADS + "siaran-pers-pasar-murah.pdf" in crawled["pdf_requests"]
    db = store.connect(crawled["db"])
    try:
        alias = db.execute("SELECT resolved_url, status FROM resolved_urls WHERE url LIKE '%pasar-murah.pdf'").fetchone()
    finally:
        db.conn.close()
    assert alias is not None and alias[0].endswith(HTML_RELEASE) and alias[1] == "pdf-of-release"


def test_bad_pdfs_cost_only_themselves_and_are_named_in_the_channel_note(crawled: dict[str, Any]) -> None:
    found = _by_url(crawled["db"])
    assert set(found) == {"siaran-pers-no-123-blt-dd.pdf", "siaran-pers-tanpa-dateline.pdf",
                          HTML_RELEASE.rsplit("/", 1)[-1]}
    [channel] = crawled["result"]["channels"]
    assert channel["status"] == "200"
    db = store.connect(crawled["db"])
    try:
        note = str(db.execute("SELECT last_error FROM channels").fetchone()[0])
    finally:
        db.conn.close()
    assert "4 release PDF(s) not read" in note
    for name, why in (("rilis-terkunci.pdf", "PDF encrypted"), ("siaran-pers-hasil-pindai.pdf", "PDF has no text layer"),
                      ("siaran-pers-rusak.pdf", "PDF broken"), ("siaran-pers-besar.pdf", "PDF too large")):
        assert f"{UPLOADS}{name}: {why}" in note, (name, note)
    assert "not followed" not in note  # the release PDFs are no "file URLs" left out
    # a PDF that is no release (no "siaran pers"/"rilis" in its link) and a menu's PDF are not fetched
    assert UPLOADS + "laporan-keuangan-2025.pdf" not in crawled["pdf_requests"]
    assert UPLOADS + "siaran-pers-menu.pdf" not in crawled["pdf_requests"]


def test_a_recrawl_fetches_no_pdf_again(crawled: dict[str, Any], pdf_farm: Farm) -> None:
    pdf_farm.reset_log()
    db = store.connect(crawled["db"])
    db.execute("UPDATE channels SET etag = NULL, last_modified = NULL")  # the listing is read again
    db.conn.commit()
    db.conn.close()
    result = crawl(crawled["db"], PDF_MAXSIZE=PDF_LIMIT)
    assert result["new"] == 0 and len(rows(crawled["db"], "announcements")) == 3
    # read, refused (encrypted, no text, broken, too large) or left to the HTML: none is fetched again
    assert _pdf_requests(pdf_farm, HOSTS["release"]) == []


def test_a_kim_post_linking_a_release_pdf_amplifies_that_release(crawled: dict[str, Any], tmp_path: Path) -> None:
    db_path = tmp_path / "match.db"
    db_path.write_bytes(crawled["db"].read_bytes())
    db = store.connect(db_path)
    found = _by_url(db_path)
    base = found["siaran-pers-no-123-blt-dd.pdf"]["url"].rsplit("/", 1)[0]
    store.save_posts(db, [
        {"id": "p-pdf", "kim_id": "kim-sungai-rangas", "platform": "telegram", "url": "https://t.me/kim/1",
         "title": "", "text": "Silakan unduh siaran pers.", "published_at": "2026-12-04T01:00:00Z",
         "links": json.dumps([base + "/siaran-pers-no-123-blt-dd.pdf?utm_source=wa"])},
        {"id": "p-html-pdf", "kim_id": "kim-sungai-rangas", "platform": "telegram", "url": "https://t.me/kim/2",
         "title": "", "text": "Info pasar murah.", "published_at": "2026-12-05T01:00:00Z",
         "links": json.dumps([base + "/siaran-pers-pasar-murah.pdf"])},
    ])
    passes.match_new(db)
    pairs = {(r["post_id"], r["announcement_id"]) for r in db.query("SELECT * FROM amplifications")}
    db.conn.close()
    assert ("p-pdf", found["siaran-pers-no-123-blt-dd.pdf"]["id"]) in pairs
    # the PDF of an HTML release counts as a link to the HTML release
    assert ("p-html-pdf", found[HTML_RELEASE.rsplit("/", 1)[-1]]["id"]) in pairs


def test_a_kim_channel_fetches_no_pdf_where_a_source_does(pdf_farm: Farm, tmp_path: Path) -> None:
    pdf_farm.reset_log()
    db_path = _store(tmp_path / "kim.db", pdf_farm, channels=(("kim", "kim"), ("source", "release")))
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    # the KIM's listing links two release PDFs: a KIM linking a PDF is matched by that link
    assert _pdf_requests(pdf_farm, HOSTS["kim"]) == []
    assert rows(db_path) == []
    assert UPLOADS + "siaran-pers-no-123-blt-dd.pdf" in _pdf_requests(pdf_farm, HOSTS["release"])
    assert len(rows(db_path, "announcements")) == 3


def test_a_feed_entry_linking_a_release_pdf_or_enclosing_one_is_read_from_the_pdf(pdf_farm: Farm,
                                                                                  tmp_path: Path) -> None:
    pdf_farm.reset_log()
    db_path = _store(tmp_path / "feed.db", pdf_farm, channels=(("source", "feed"),))
    crawl(db_path)
    found = {r["title"]: r for r in rows(db_path, "announcements")}
    blt = found[BLT_TITLE]  # the PDF's heading, not the entry's "Siaran Pers BLT DD Tahap IV"
    assert blt["url"].endswith("siaran-pers-no-123-blt-dd.pdf") and "86 keluarga penerima manfaat" in blt["text"]
    assert blt["published_at"] == "2026-12-02T16:00:00Z"  # the dateline, not the feed's 5 December
    vaccination = found["Vaksinasi Rabies Gratis untuk Hewan Peliharaan Warga"]
    assert vaccination["url"].endswith("siaran-pers-tanpa-dateline.pdf") and "900 ekor" in vaccination["text"]
    assert vaccination["published_at"] == "2026-12-02T00:00:00Z"  # the feed's date (no dateline)
    # an encrypted PDF: the entry's own text is the announcement, and the note names the PDF
    locked = found["Siaran Pers Jadwal Pelayanan Samsat Keliling"]
    assert locked["text"].startswith("Samsat keliling melayani pembayaran pajak")
    db = store.connect(db_path)
    try:
        note = str(db.execute("SELECT last_error FROM channels").fetchone()[0])
    finally:
        db.conn.close()
    assert "rilis-terkunci.pdf: PDF encrypted" in note


def test_a_sitemap_release_pdf_is_read_and_another_pdf_is_not(pdf_farm: Farm, tmp_path: Path) -> None:
    pdf_farm.reset_log()
    db_path = _store(tmp_path / "sitemap.db", pdf_farm, channels=(("source", "sitemap"),))
    crawl(db_path)
    assert [r["title"] for r in rows(db_path, "announcements")] == [BLT_TITLE]
    assert _pdf_requests(pdf_farm, HOSTS["sitemap"]) == [UPLOADS + "siaran-pers-no-123-blt-dd.pdf"]


def test_a_release_pdf_of_an_html_release_stored_earlier_is_left_out(pdf_farm: Farm, tmp_path: Path) -> None:
    db_path = _store(tmp_path / "earlier.db", pdf_farm)
    db = store.connect(db_path)
    earlier = "https://diskominfo.example/berita/pemprov-kalsel-salurkan-blt-dana-desa-tahap-iv"
    store.save_announcements(db, [{"id": "earlier", "source_id": "diskominfo-kalsel", "url": earlier,
                                   "title": BLT_TITLE + ".", "text": "Pemprov menyalurkan BLT.",
                                   "published_at": "2026-12-03T02:00:00Z"}])
    db.conn.close()
    crawl(db_path, PDF_MAXSIZE=PDF_LIMIT)
    found = _by_url(db_path)
    assert "siaran-pers-no-123-blt-dd.pdf" not in found and "siaran-pers-tanpa-dateline.pdf" in found
    db = store.connect(db_path)
    try:
        alias = db.execute("SELECT resolved_url FROM resolved_urls WHERE url LIKE '%blt-dd.pdf'").fetchone()
    finally:
        db.conn.close()
    assert alias is not None and alias[0].endswith("/berita/pemprov-kalsel-salurkan-blt-dana-desa-tahap-iv")
