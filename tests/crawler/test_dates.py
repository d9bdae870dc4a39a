from __future__ import annotations

import time

import pytest

from crawler.dates import parse_to_iso


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-17T16:05:00+08:00", "2024-10-17T08:05:00Z"),
        ("2024-10-17T16:05:00", "2024-10-17T08:05:00Z"),  # naive = WITA
        ("2024-10-17 16:05", "2024-10-17T08:05:00Z"),
        ("2024-10-17", "2024-10-16T16:00:00Z"),  # midnight WITA
        ("2024-10-17T08:05:00Z", "2024-10-17T08:05:00Z"),
        ("Thu, 17 Oct 2024 08:05:00 +0000", "2024-10-17T08:05:00Z"),
        ("Thu, 17 Oct 2024 08:05:00 GMT", "2024-10-17T08:05:00Z"),
        ("Selasa, 29 Oktober 2024", "2024-10-28T16:00:00Z"),
        ("29 Okt 2024 10.15 WIB", "2024-10-29T03:15:00Z"),
        ("Rabu, 6 Nopember 2024 pukul 14:30 WITA", "2024-11-06T06:30:00Z"),
        ("17/10/2024 14:00", "2024-10-17T06:00:00Z"),
        (time.gmtime(86400), "1970-01-02T00:00:00Z"),
        ("3 ноября 2026", "2026-11-02T16:00:00Z"),  # pages in other languages: detected
        ("2026年11月3日", "2026-11-02T16:00:00Z"),
        ("3 de noviembre de 2026 10:15", "2026-11-03T02:15:00Z"),
        ("No. 12 Tahun 2026", None),  # a year alone is not a date
        ("bukan tanggal", None),
        ("", None),
        ("31 Februari 2024", None),
    ],
)
def test_parse_to_iso(value: object, expected: str | None) -> None:
    assert parse_to_iso(value) == expected
