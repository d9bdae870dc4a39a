"""The dump in Bahasa Indonesia, in a real in-process Datasette: the index page links the
dashboard and every canned query, dates are read as dd-mm-yyyy or ISO, the default period is the
dump's own, inactive and unmeasured KIMs are apart (as in the report), and the dashboard page."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette

from crawler import store
from crawler.reporting import dump
from crawler.reporting.kpis import build_report
from crawler.reporting.notify import compose_digest
from tests.notify.conftest import build_notify_store
from tests.report.known_store import DAYS, UNTIL, build_known_store


@pytest.fixture
def dumped(tmp_path: Path) -> dump.DumpPaths:
    build_known_store(tmp_path / "live.db").conn.close()
    return dump.write_dump(tmp_path / "live.db", tmp_path / "dump")


def datasette(paths: dump.DumpPaths, templates: bool = True) -> Datasette:
    metadata = json.loads(paths.metadata.read_text(encoding="utf-8"))
    template_dir = str(paths.database.parent / dump.TEMPLATE_DIR) if templates else None
    return Datasette([str(paths.database)], metadata=metadata, template_dir=template_dir)


def fetch(paths: dump.DumpPaths, *urls: str, templates: bool = True) -> list[Any]:
    async def run() -> list[Any]:
        ds = datasette(paths, templates)
        await ds.invoke_startup()
        found = []
        for url in urls:
            response = await ds.client.get(url)
            assert response.status_code == 200, (url, response.status_code, response.text[:500])
            found.append(response.json() if ".json" in url else response.text)
        return found
    return asyncio.run(run())


def test_metadata_is_in_bahasa_indonesia(dumped: dump.DumpPaths) -> None:
    metadata = json.loads(dumped.metadata.read_text(encoding="utf-8"))
    database = metadata["databases"]["kimwatch"]
    assert metadata["title"].startswith("kimwatch — penyebaran informasi pemerintah oleh KIM")
    assert database["tables"]["kims"]["title"] == "KIM terdaftar"
    assert "Bukan status keaktifan" in database["tables"]["kims"]["columns"]["status"]
    titles = {name: q["title"] for name, q in database["queries"].items()}
    assert titles["inactive_kims"] == "KIM tidak aktif" and titles["unmeasured_kims"] == "KIM tidak terukur"
    assert titles["active_share_by_region"] == "Persentase KIM aktif per wilayah"
    english = re.compile(r"\b(the|which|registered|default|announcements?)\b")
    for name, query in database["queries"].items():
        assert not english.search(query["title"] + " " + query["description"]), name
    for table, meta in database["tables"].items():
        assert not english.search(meta["description"]), table
    assert "__" not in json.dumps(metadata)  # every placeholder filled


def test_index_page_links_the_dashboard_and_every_canned_query(dumped: dump.DumpPaths) -> None:
    metadata = json.loads(dumped.metadata.read_text(encoding="utf-8"))
    [index] = fetch(dumped, "/")
    links = re.findall(r'href="(kimwatch/[a-z_]+)"', index)
    assert set(links) == {f"kimwatch/{name}" for name in metadata["databases"]["kimwatch"]["queries"]}
    assert "Data sampai <strong>01-11-2024</strong>" in index  # the dump's latest data day
    pages = fetch(dumped, *(f"/{link}" for link in links))
    assert all("<h1" in page for page in pages)


def test_dates_as_dd_mm_yyyy_or_iso(dumped: dump.DumpPaths) -> None:
    forms = ["since=02-10-2024&until=31-10-2024", "since=2024-10-02&until=2024-10-31",
             "since=2/10/2024&until=31/10/2024", "since=02.10.2024&until=31.10.2024"]
    results = fetch(dumped, *(f"/kimwatch/active_share_by_region.json?_shape=array&{f}" for f in forms))
    assert all(r == results[0] for r in results)
    total = {r["wilayah"]: r for r in results[0]}["TOTAL"]
    assert (total["aktif"], total["terdaftar"], total["periode"]) == (3, 8, "02-10-2024 s.d. 31-10-2024")
    [bad] = fetch(dumped, "/kimwatch/active_share_by_region.json?_shape=array&since=kemarin&until=31-10-2024")
    assert {r["wilayah"]: r for r in bad}["TOTAL"]["periode"] is None  # shown as no period, not guessed


def test_default_period_is_the_dumps_own(dumped: dump.DumpPaths) -> None:
    """The known store's data end on 1 Nov 2024: without parameters the queries show the 30 days
    up to then, not the (empty) 30 days before today."""
    assert dump.latest_data_day(dumped.database) == date(2024, 11, 1)
    default, explicit = fetch(dumped, "/kimwatch/active_share_by_region.json?_shape=array",
                              "/kimwatch/active_share_by_region.json?_shape=array&since=03-10-2024&until=01-11-2024")
    assert default == explicit
    assert {r["wilayah"]: r for r in default}["TOTAL"]["aktif"] == 4  # kim-c's post of 1 Nov counts now
    assert dump.latest_data_day(dumped.database) <= date.today()


def test_inactive_and_unmeasured_apart_as_in_the_report(dumped: dump.DumpPaths, tmp_path: Path) -> None:
    report = build_report(store.connect(tmp_path / "live.db"), days=DAYS, until=UNTIL)
    window = "since=02-10-2024&until=31-10-2024"
    inactive, unmeasured = fetch(dumped, f"/kimwatch/inactive_kims.json?_shape=array&{window}",
                                 f"/kimwatch/unmeasured_kims.json?_shape=array&{window}")
    by_status = {s: {k["id"] for k in report["kims"] if k["status"] == s} for s in ("inactive", "unmeasured")}
    assert {r["id"] for r in inactive} == by_status["inactive"] == {"kim-c", "kim-d", "kim-g"}
    assert {r["id"] for r in unmeasured} == by_status["unmeasured"] == {"kim-e", "kim-f"}
    reasons = {r["id"]: r["alasan"] for r in unmeasured}
    assert reasons == {"kim-e": "tidak punya kanal", "kim-f": "kanal gagal dibaca"}
    # the last post as of the period's end: kim-c's post of 1 Nov comes after it
    last = {r["id"]: r["unggahan_terakhir"] for r in inactive}
    assert all(value is None or value < "2024-11-01 00:00 WITA" for value in last.values()), last
    assert any(value is not None for value in last.values()), last  # shown in WITA, as written


def test_an_unmeasured_kims_reason_is_what_its_channels_did_in_the_period(tmp_path: Path) -> None:
    """The reason follows the period's fetches (as the report's does), not the channel's health
    today: failed all through the period though it works now; not fetched at all in another period."""
    db = build_known_store(tmp_path / "live.db")
    db.execute("UPDATE channels SET consecutive_failures = 0, last_error = NULL WHERE id = 'kim-f/website'")
    db.conn.commit()
    db.conn.close()
    paths = dump.write_dump(tmp_path / "live.db", tmp_path / "dump")
    [before, after] = fetch(paths, "/kimwatch/unmeasured_kims.json?_shape=array&since=02-10-2024&until=31-10-2024",
                            "/kimwatch/unmeasured_kims.json?_shape=array&since=01-09-2024&until=10-09-2024")
    assert {r["id"]: r["alasan"] for r in before}["kim-f"] == "kanal gagal dibaca"
    assert {r["id"]: r["alasan"] for r in after}["kim-f"] == "kanal belum dibaca dalam periode"


def test_silent_kims_agree_with_the_alert_digest(tmp_path: Path) -> None:
    first, last = date(2026, 11, 23), date(2026, 11, 29)
    build_notify_store(tmp_path / "live.db", first, last)
    digest = compose_digest(store.connect(tmp_path / "live.db"), first, last)
    paths = dump.write_dump(tmp_path / "live.db", tmp_path / "dump")
    [silent] = fetch(paths, "/kimwatch/silent_kims.json?_shape=array&since=23-11-2026&until=29-11-2026")
    silent_digest = {k["id"] for p in digest.regions for k in p.silent}
    was_active_unmeasured = {k["id"] for p in digest.regions for k in p.unmeasured if k["was_active"]}
    assert {r["id"]: r["status_periode_ini"] for r in silent} == {
        **{i: "tidak aktif" for i in silent_digest}, **{i: "tidak terukur" for i in was_active_unmeasured}}
    assert silent_digest == {"kim-s"} and was_active_unmeasured == {"kim-b"}


def test_dashboard_page(dumped: dump.DumpPaths) -> None:
    window = "since=02-10-2024&until=31-10-2024"
    page, rows = fetch(dumped, f"/kimwatch/dasbor?{window}", f"/kimwatch/dasbor.json?_shape=array&{window}")
    assert "KIM aktif per wilayah terhadap target" in page and "Tren mingguan" in page
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Kota Banjarmasin 66,7% (2/3)" in text and "Kabupaten Tapin 0,0% (0/2), 1 tidak terukur" in text
    assert "target KIM aktif 80,0%" in text and "Periode: 02-10-2024 s.d. 31-10-2024" in text
    assert "KIM Einsiedel — Kabupaten Banjar: tidak punya kanal" in text
    # the one number the office reports, province-wide (an outside audit found it only in the
    # TOTAL row of another query): the report's 3 of 8
    assert "KIM aktif, semua wilayah: 37,5% (3 dari 8 KIM terdaftar; 2 tidak terukur) — target 80,0%: belum tercapai" \
        in text
    weeks = [r for r in rows if r["bagian"] == "tren"]
    assert len(weeks) == 8 and weeks[-1]["label"] == "25-10 s.d. 31-10-2024"
    # weeks before the first data (fetches from 20-09, the first announcement on 01-10) are "no data", not 0 %
    assert [w["nilai"] is None for w in weeks] == [True, True, True] + [False] * 5
    assert page.count('class="week nodata"') == 3
    assert [w["jumlah"] for w in weeks][-5:] == [0, 2, 0, 1, 1]
    # no script, nothing loaded from another host
    elsewhere = [u for u in re.findall(r"(?:src|href)=\"(https?://[^\"]*)", page.split("<footer")[0])
                 if not u.startswith("http://localhost/")]  # Datasette's own alternate-JSON link
    assert elsewhere == []
    assert "<script" not in page.split('<div class="dasbor">')[1].split("</section>")[0]
    # without --template-dir the same query is a plain table
    [plain] = fetch(dumped, f"/kimwatch/dasbor?{window}", templates=False)
    assert "Tren mingguan" not in plain and "wilayah" in plain


def test_uncertain_matches_count_in_no_query_as_in_the_report(tmp_path: Path) -> None:
    """A KIM active only through matches waiting for review is not active in the dump's queries."""
    live = tmp_path / "live.db"
    db = build_known_store(live)
    active = sorted(k["id"] for k in build_report(db, days=DAYS, until=UNTIL)["kims"] if k["status"] == "active")
    doubtful = active[0]
    db.execute("UPDATE amplifications SET status = 'uncertain' WHERE kim_id = ?", [doubtful])
    db.conn.commit()
    report = build_report(db, days=DAYS, until=UNTIL)
    db.conn.close()
    assert doubtful in {k["id"] for k in report["kims"] if k["status"] == "inactive"}
    paths = dump.write_dump(live, tmp_path / "dump")
    window = "since=02-10-2024&until=31-10-2024"
    inactive, shares = fetch(paths, f"/kimwatch/inactive_kims.json?_shape=array&{window}",
                             f"/kimwatch/active_share_by_region.json?_shape=array&{window}")
    assert doubtful in {r["id"] for r in inactive}
    # … and says why it may be active after review (an outside audit: it read as plainly inactive)
    waiting = {r["id"]: r["kecocokan_belum_pasti"] for r in inactive}
    assert waiting[doubtful] == next(k["uncertain"] for k in report["kims"] if k["id"] == doubtful) > 0
    assert all(n == 0 for kim, n in waiting.items() if kim != doubtful)
    total = next(r for r in shares if r["wilayah"] == "TOTAL")
    assert total["aktif"] == report["kims_active"]
    assert {r["wilayah"]: r["aktif"] for r in shares if r["wilayah"] != "TOTAL"} == {
        r["region"]: r["active"] for r in report["regions"]}
