"""The dump opens in a real, in-process Datasette: canned queries, facets, full-text search."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette

from crawler import store
from crawler.errors import ReportError
from crawler.reporting import dump
from tests.report.known_store import build_known_store

EXCLUDED = {
    "channels": {"etag", "last_modified", "state", "options", "next_crawl_after"},
    "posts": {"matched_at", "content_hash"},
    "announcements": {"matched_at", "content_hash"},
    "amplifications": {"decided_by"},
    "crawl_runs": {"pid", "filters"},
}
WINDOW = "since=2024-10-02&until=2024-10-31"  # the report window of known_store
QUERY_PARAMS = {"announcement_amplifications": "announcement_id=ann-1", "active_share_by_region": WINDOW,
                "inactive_kims": WINDOW, "announcement_reach": WINDOW, "unmeasured_kims": WINDOW,
                "dasbor": WINDOW, "silent_kims": "since=11-10-2024&until=31-10-2024"}


@pytest.fixture
def dumped(tmp_path: Path) -> dump.DumpPaths:
    db = build_known_store(tmp_path / "live.db")
    with store.transaction(db):
        db.execute("INSERT INTO resolved_urls (url, resolved_url, resolved_at) VALUES ('https://s.id/x', "
                   "'https://diskominfomc.kalselprov.go.id/ann-1', '2024-10-10T00:00:00Z')")
        db.execute("ALTER TABLE kims ADD COLUMN contact_phone TEXT")
        db.execute("UPDATE kims SET contact_phone = '0812-3456-7890'")
    db.conn.close()
    return dump.write_dump(tmp_path / "live.db", tmp_path / "dump")


def _datasette(paths: dump.DumpPaths) -> Datasette:
    metadata = json.loads(paths.metadata.read_text(encoding="utf-8"))
    return Datasette([str(paths.database)], metadata=metadata)


async def _get(ds: Datasette, path: str) -> Any:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response.json()


def test_files_and_readme(dumped: dump.DumpPaths) -> None:
    assert dumped.database.name == "kimwatch.db" and dumped.metadata.name == "metadata.json"
    readme = dumped.readme.read_text(encoding="utf-8")
    assert "datasette kimwatch.db -m metadata.json" in readme
    metadata = json.loads(dumped.metadata.read_text(encoding="utf-8"))
    for key in ("title", "description_html", "license", "license_url", "source"):
        assert metadata[key]
    tables = metadata["databases"]["kimwatch"]["tables"]
    assert tables["kims"]["facets"] == ["region", "status", "district"]
    assert tables["posts"]["fts_table"] == "posts_fts" and tables["kims"]["label_column"] == "name"
    assert "etag" not in tables["channels"]["columns"]
    assert not list(dumped.database.parent.glob(".*tmp*"))


def test_no_internal_or_personal_columns(dumped: dump.DumpPaths) -> None:
    conn = sqlite3.connect(dumped.database)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "resolved_urls" not in tables
    assert {"kims", "sources", "channels", "posts", "announcements", "amplifications", "channel_fetches",
            "crawl_runs", "posts_fts", "announcements_fts"} <= tables
    for table, excluded in EXCLUDED.items():
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
        assert not columns & excluded, table
    kim_columns = {r[1] for r in conn.execute("PRAGMA table_info(kims)")}
    assert "contact_phone" not in kim_columns and "region" in kim_columns
    assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 9
    assert conn.execute("SELECT count(*) FROM amplifications").fetchone()[0] == 8
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    dump_bytes = dumped.database.read_bytes()
    assert b"0812-3456-7890" not in dump_bytes and b"petugas@diskominfo" not in dump_bytes


def test_datasette_canned_queries_facets_and_search(dumped: dump.DumpPaths) -> None:
    async def run() -> None:
        ds = _datasette(dumped)
        await ds.invoke_startup()
        metadata = json.loads(dumped.metadata.read_text(encoding="utf-8"))
        queries = metadata["databases"]["kimwatch"]["queries"]
        assert set(queries) == {"active_share_by_region", "inactive_kims", "announcement_reach",
                                "broken_channels", "announcement_amplifications", "unmeasured_kims",
                                "silent_kims", "dasbor"}
        results = {}
        for name in queries:
            params = QUERY_PARAMS.get(name, "")
            data = await _get(ds, f"/kimwatch/{name}.json?_shape=array&{params}")
            assert data, f"canned query {name} returned no rows"
            results[name] = data
        by_region = {r["wilayah"]: r for r in results["active_share_by_region"]}
        assert (by_region["TOTAL"]["terdaftar"], by_region["TOTAL"]["aktif"]) == (8, 3)
        assert by_region["Kota Banjarmasin"]["aktif"] == 2  # as `kimwatch report`: kim-c's post is next day
        assert {r["id"] for r in results["inactive_kims"]} == {"kim-c", "kim-d", "kim-g"}
        assert {r["id"] for r in results["unmeasured_kims"]} == {"kim-e", "kim-f"}
        assert [r["id"] for r in results["silent_kims"]] == ["kim-h"]
        assert [r["url"] for r in results["broken_channels"]] == ["https://fajar.kim.id/"]
        evidence = results["announcement_amplifications"]
        assert {r["kim_id"] for r in evidence} == {"kim-a", "kim-h", "kim-d"}
        assert any("diskominfomc" in (r["bukti"] or "") for r in evidence)
        reach = {r["id"]: r for r in results["announcement_reach"]}
        assert reach["ann-1"]["kim_menyebarkan"] == 2 and reach["ann-1"]["wilayah_menyebarkan"] == 2
        # without parameters, the canned queries still run (default: the last 30 days)
        await _get(ds, "/kimwatch/active_share_by_region.json?_shape=array")

        # facets from metadata, and on request
        kims = await _get(ds, "/kimwatch/kims.json")
        assert "region" in kims["facet_results"]
        regions = {f["value"]: f["count"] for f in kims["facet_results"]["region"]["results"]}
        assert regions["Kota Banjarmasin"] == 4  # includes the retired KIM: the table is the registry
        for table, facet in (("posts", "platform"), ("amplifications", "method"), ("amplifications", "status")):
            data = await _get(ds, f"/kimwatch/{table}.json?_facet={facet}")
            assert data["facet_results"][facet]["results"], (table, facet)
        amps = await _get(ds, "/kimwatch/amplifications.json?_facet=status")
        assert {f["value"]: f["count"] for f in amps["facet_results"]["status"]["results"]} == \
            {"auto": 7, "rejected": 1}

        # full-text search on posts and announcements
        found = await _get(ds, "/kimwatch/posts.json?_search=vaksinasi&_shape=array")
        assert {r["id"] for r in found} == {"p-a1", "p-a3", "p-h1"}
        found = await _get(ds, "/kimwatch/announcements.json?_search=pemadaman&_shape=array")
        assert [r["id"] for r in found] == ["ann-3"]

        # no excluded column reaches the browser
        channels = await _get(ds, "/kimwatch/channels.json?_shape=array")
        assert channels and not set(channels[0]) & EXCLUDED["channels"]
        table_page = await ds.client.get("/kimwatch/channels")
        assert table_page.status_code == 200 and "etag" not in table_page.text

    asyncio.run(run())


def test_dump_is_consistent_while_a_crawl_writes(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    build_known_store(live).conn.close()
    writer = store.connect(live)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO posts (id, kim_id, title, text, published_at) "
                   "VALUES ('p-uncommitted', 'kim-a', 'baru', 'baru', '2024-10-30T00:00:00Z')")
    try:
        paths = dump.write_dump(live, tmp_path / "dump")  # must neither block nor see the open write
    finally:
        writer.execute("COMMIT")
    conn = sqlite3.connect(paths.database)
    assert conn.execute("SELECT count(*) FROM posts WHERE id = 'p-uncommitted'").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    again = dump.write_dump(live, tmp_path / "dump")  # a second dump replaces the first
    conn = sqlite3.connect(again.database)
    assert conn.execute("SELECT count(*) FROM posts WHERE id = 'p-uncommitted'").fetchone()[0] == 1
    assert conn.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'baru'").fetchall()


def test_bad_dump_requests(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no database at"):
        dump.write_dump(tmp_path / "missing.db", tmp_path / "dump")
    live = tmp_path / "live.db"
    store.connect(live).conn.close()
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReportError, match="is a file"):
        dump.write_dump(live, tmp_path / "file")


@pytest.mark.parametrize("new_directory", [True, False])
def test_failed_dump_leaves_no_copy_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           new_directory: bool) -> None:
    live = tmp_path / "live.db"
    store.connect(live).conn.close()
    target = tmp_path / "out" / ".dump.partial"
    if not new_directory:
        target.mkdir(parents=True)
        (target / "keep.txt").write_text("x")

    def broken(path: Path, **_: object) -> dict[str, list[str]]:
        assert path.exists()  # the full copy was made
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(dump, "_clean", broken)
    with pytest.raises(ReportError, match="disk is full"):
        dump.write_dump(live, target)
    if new_directory:
        assert not target.exists()
    else:
        assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]


def test_personal_column_names() -> None:
    assert dump.is_personal_column("contact_phone") and dump.is_personal_column("email")
    assert dump.is_personal_column("decided_by") is False  # dropped by name in EXCLUDED_COLUMNS instead
    assert not dump.is_personal_column("owner_id") and not dump.is_personal_column("platform")


def test_announcement_reach_query_agrees_with_the_report(tmp_path: Path) -> None:
    """The canned query gives the report's figures: retired KIMs and posts after the window left out,
    each KIM counted once with its first amplification, median (not mean) lag."""
    from crawler.reporting.kpis import build_report
    from tests.report.known_store import DAYS, UNTIL

    db = build_known_store(tmp_path / "live.db")
    # kim-b reaches ann-1 twice (30 h, then 40 h) and kim-g once (12 h): firsts 2, 8, 12, 30
    store.save_posts(db, [
        {"id": "p-b2", "kim_id": "kim-b", "platform": "website", "title": "Vaksin", "text": "Vaksin gratis",
         "published_at": "2024-10-11T08:00:00Z", "url": "https://basirih.kim.id/vaksin", "origin": "crawl"},
        {"id": "p-b3", "kim_id": "kim-b", "platform": "website", "title": "Vaksin lagi", "text": "Vaksin",
         "published_at": "2024-10-11T18:00:00Z", "url": "https://basirih.kim.id/vaksin2", "origin": "crawl"},
        {"id": "p-g2", "kim_id": "kim-g", "platform": "instagram", "title": None, "text": "Vaksin gratis",
         "published_at": "2024-10-10T14:00:00Z", "url": "https://instagram.com/p/def", "origin": "import"},
    ])
    store.save_amplifications(db, [
        {"post_id": "p-b2", "announcement_id": "ann-1", "kim_id": "kim-b", "method": "text", "score": 0.8,
         "lag_hours": 30.0, "evidence": {}},
        {"post_id": "p-b3", "announcement_id": "ann-1", "kim_id": "kim-b", "method": "text", "score": 0.8,
         "lag_hours": 40.0, "evidence": {}},
        {"post_id": "p-g2", "announcement_id": "ann-1", "kim_id": "kim-g", "method": "text", "score": 0.8,
         "lag_hours": 12.0, "evidence": {}},
    ])
    report = build_report(db, days=DAYS, until=UNTIL)
    db.conn.close()
    paths = dump.write_dump(tmp_path / "live.db", tmp_path / "dump")

    async def run() -> list[dict[str, Any]]:
        ds = _datasette(paths)
        await ds.invoke_startup()
        return await _get(ds, f"/kimwatch/announcement_reach.json?_shape=array&{WINDOW}")

    rows = {r["id"]: r for r in asyncio.run(run())}
    expected = {a["id"]: a for a in report["announcements"]}
    assert set(rows) == set(expected) == {"ann-edge", "ann-1", "ann-2", "ann-3"}

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    def wita(stamp: str | None) -> str | None:  # the report's UTC time, as the canned query shows it
        if stamp is None:
            return None
        return (datetime.fromisoformat(stamp.replace("Z", "+00:00")) + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M WITA")

    for ann_id, want in expected.items():
        got = rows[ann_id]
        assert (got["kim_menyebarkan"], got["wilayah_menyebarkan"], got["amplifikasi"], got["amplifikasi_pertama"],
                got["jeda_pertama_jam"], got["jeda_median_jam"]) == (
            want["kims_reached"], want["regions_reached"], want["amplifications"], wita(want["first_amplified_at"]),
            rounded(want["first_lag_hours"]), rounded(want["median_lag_hours"])), ann_id
    # the figures themselves, so both cannot be wrong the same way
    assert (rows["ann-1"]["kim_menyebarkan"], rows["ann-1"]["jeda_median_jam"]) == (4, 10.0)  # median(2, 8, 12, 30)
    assert (rows["ann-2"]["kim_menyebarkan"], rows["ann-2"]["jeda_median_jam"]) == (1, 10.0)  # kim-r retired
    assert (rows["ann-3"]["kim_menyebarkan"], rows["ann-3"]["jeda_median_jam"]) == (1, 6.0)   # kim-c after the window
    assert rows["ann-edge"]["kim_menyebarkan"] == 0 and rows["ann-edge"]["jeda_median_jam"] is None


def test_a_disk_too_small_for_the_dump_fails_early_and_keeps_the_last_dump(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    from collections import namedtuple

    build_known_store(tmp_path / "live.db").conn.close()
    first = dump.write_dump(tmp_path / "live.db", tmp_path / "dump")
    before = first.database.read_bytes()
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 4096, 4096))
    # sizes as they are, not "0 MB": the known store is a few hundred KB, 4 KB are free
    with pytest.raises(ReportError, match=r"not enough free disk for the dump in .*it needs about \d+ KB "
                                          r"\(1.1 x the database's \d+ KB whole file: a page copy copies every "
                                          r"page, free ones included\), 4 KB are free"):
        dump.write_dump(tmp_path / "live.db", tmp_path / "dump")
    assert first.database.read_bytes() == before  # the last good dump stays
    assert not list((tmp_path / "dump").glob(".kimwatch.db.tmp*"))
