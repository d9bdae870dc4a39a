"""An outside tester's finding: the government byline "Kota, Hari (d/m/yyyy) HH:MM WITA" lost its
time — the date in parentheses was read and the time beside it was not, so every release was
stored at midnight WITA. The time beside a numeric date in parentheses is the post's."""

from __future__ import annotations

import pytest

from crawler.harvest.article import extract_article

BODY = ("<p>Warga kelurahan bergotong royong membersihkan saluran air sepanjang 120 meter bersama lurah dan "
        "pengurus RT setempat pada pagi hari.</p><p>Kegiatan ditutup dengan makan bersama dan pembagian bibit "
        "tanaman kepada warga yang hadir.</p>")


@pytest.mark.parametrize(("byline", "expected"), [
    ("Banjarbaru, Rabu (2/12/2026) - 10:00 WITA", "2026-12-02T02:00:00Z"),
    ("Rabu (2/12/2026) - 10:00 WITA", "2026-12-02T02:00:00Z"),
    ("Banjarmasin, Senin (30/11/2026) 10:00 WITA", "2026-11-30T02:00:00Z"),
    ("Banjarmasin, Senin (30/11/2026) pukul 10.00 WITA", "2026-11-30T02:00:00Z"),
    ("Banjarbaru, Rabu (2/12/2026) \u2013 09:30 WIB", "2026-12-02T02:30:00Z"),
    ("Rabu, 2 Desember 2026 - 10:00 WITA", "2026-12-02T02:00:00Z"),  # (was already read)
    ("Martapura, Jumat (4/12/2026) -", "2026-12-03T16:00:00Z"),  # a dateline with no time: midnight WITA
])
def test_the_time_beside_a_date_in_parentheses_is_read(byline: str, expected: str) -> None:
    html = (f"<!doctype html><html lang=id><head><meta charset=utf-8><title>Kerja Bakti</title></head><body>"
            f"<nav><a href=/>Beranda</a> <a href=/berita>Berita</a></nav><article><h1>Kerja Bakti Saluran Air</h1>"
            f"<div class=byline>{byline}</div>{BODY}</article></body></html>")
    article = extract_article(html, "https://kimtanggal.kim.id/berita/kerja-bakti")
    assert article is not None and article.published == expected, (byline, article and article.published)
