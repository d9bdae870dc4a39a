"""A NIK in a link's path (outside tester U's F8): Blogger and WordPress build a post's address from
its title ("Penerima BLT NIK 6371014508850003 Siti Aminah" → ``/penerima-blt-nik-6371014508850003-siti.html``),
and a post may link ``/p/6371-0123-4567-0001``. Every published output (the dump's ``url``,
``links`` and ``extra`` columns, each report format) shows ``[NIK]`` there, by the test a query
value's 16 digits pass (a NIK's province and birth-date codes) or, written in groups, the rule for
texts; a 16- or 19-digit post id stays."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crawler import store
from crawler.reporting import dump, publish
from tests.report.golden_cases import run_report
from tests.report.known_store import build_known_store

SLUG_NIK = "https://kimkappa.blogspot.com/2026/12/penerima-blt-nik-6371014508850003-siti.html"
GROUPED_NIK = "https://kimkappa.blogspot.com/p/6371-0123-4567-0001"
NIK = "6371014508850003"


@pytest.mark.parametrize(("url", "published"), [
    (SLUG_NIK, "https://kimkappa.blogspot.com/2026/12/penerima-blt-nik-[NIK]-siti.html"),
    (GROUPED_NIK, "https://kimkappa.blogspot.com/p/[NIK]"),
    ("https://desa.id/berita/6371014508850003", "https://desa.id/berita/[NIK]"),
    ("https://desa.id/bansos-2026-6371014508850003.html", "https://desa.id/bansos-2026-[NIK].html"),
    ("https://desa.id/p/63.71.01.150885.0001", "https://desa.id/p/[NIK]"),
    # post ids stay: 16 digits without a NIK's codes (month 45), 19 digits, a NIK-less grouping
    ("https://www.facebook.com/kimxyz/posts/1234567890123456", None),
    ("https://www.facebook.com/kimxyz/posts/6371012345670001", None),
    ("https://kimalpha.blogspot.com/feeds/1234567890123456789/posts/default", None),
    ("https://desa.id/arsip/2020-2021-2022-2023.html", None),
    ("https://desa.id/2026/12/06/kerja-bakti", None),
])
def test_a_nik_in_a_path_is_masked_and_post_ids_stay(url: str, published: str | None) -> None:
    assert publish.clean_url(url) == (published or url)


def test_the_sql_shortcut_sends_every_url_with_a_nik_to_python() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE u (url TEXT)")
    conn.executemany("INSERT INTO u VALUES (?)", [(SLUG_NIK,), (GROUPED_NIK,), ("https://desa.id/a/63.71.01.150885.0001",)])
    assert not conn.execute(f"SELECT url FROM u WHERE {dump.PLAIN_URL_SQL.format(c='url')}").fetchall()


def test_dump_and_reports_publish_no_nik_of_a_url(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    db = build_known_store(live)
    store.save_posts(db, [
        {"id": "p-nik-1", "kim_id": "kim-a", "platform": "blogger", "url": SLUG_NIK,
         "title": f"Penerima BLT NIK {NIK} Siti Aminah", "text": "Penerima BLT atas nama Siti Aminah.",
         "published_at": "2024-10-22T01:00:00Z", "origin": "crawl"},
        {"id": "p-nik-2", "kim_id": "kim-a", "platform": "blogger", "url": "https://kimkappa.blogspot.com/2026/12/cek.html",
         "title": "Cek data", "text": "Cek di sini dan ini.", "links": json.dumps([GROUPED_NIK, SLUG_NIK]),
         "extra": json.dumps({"links_as_posted": [GROUPED_NIK]}),
         "published_at": "2024-10-23T01:00:00Z", "origin": "crawl"},
    ])
    db.conn.close()
    paths = dump.write_dump(live, tmp_path / "out")
    conn = sqlite3.connect(paths.database)
    rows = conn.execute("SELECT url, title, links, extra FROM posts WHERE id IN ('p-nik-1', 'p-nik-2')").fetchall()
    conn.close()
    assert len(rows) == 2
    published = json.dumps(rows)
    assert NIK not in published and "6371-0123-4567-0001" not in published
    assert "penerima-blt-nik-[NIK]-siti.html" in published and "/p/[NIK]" in published
    for fmt in ("json", "html", "table", "csv"):
        out = run_report(live, ["--kim", "kim-a", "--format", fmt])
        assert "kimkappa.blogspot.com" in out or fmt == "csv", fmt  # (the posts are in the report)
        assert NIK not in out and "6371-0123-4567-0001" not in out, fmt
