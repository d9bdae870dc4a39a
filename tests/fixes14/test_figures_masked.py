"""A phone number or NIK the matcher keeps as a figure ("6371012345670" of "NIK 6371012345670001")
is shown masked in `match --explain`, `review` and the published dump (outside tester "q",
finding 2): matching may use it, no reader sees it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from crawler.personal import mask_figure
from tests.cli.test_personal_masking import _store, invoke

POST = {"id": "p-nik", "kim_id": "kim-a", "platform": "facebook", "url": "https://example.org/p-nik",
        "title": "", "published_at": "2026-11-10T01:00:00Z", "links": [],
        "text": ("Pemerintah Kabupaten Tapin menggelar pasar murah pada Kamis, 12 November 2026, di halaman Kantor "
                 "Bupati Tapin. Sebanyak 1.800 paket beras 5 kilogram dijual Rp 52.000 per paket. Selain beras "
                 "tersedia minyak goreng dan gula pasir. Daftar ke Ketua KIM Budi via WA 6281234567840, NIK 6371012345670001.")}
#: any run of ten digits or more of the NIK or the phone number, whole or as the matcher cut it
_LEAK = re.compile(r"637101|6\.371\.012|281234567840|81234567840|8\.123\.456")


def test_phone_and_nik_figures_are_masked_in_explain_review_and_dump(tmp_path: Path) -> None:
    db_path = _store(tmp_path, POST)
    (evidence,) = sqlite3.connect(db_path).execute("SELECT evidence FROM amplifications").fetchone()
    # the matcher keeps the figures (this test is about what is shown)
    assert re.search(r'"\d{12,16}"', evidence), evidence
    explained = invoke(db_path, "match", "--explain", "p-nik")
    assert "MATCH a-market" in explained and "post-only facts:" in explained, explained
    assert not _LEAK.search(explained), explained
    assert "[NIK]" in explained.split("post-only facts:")[1], explained
    listed = invoke(db_path, "review", "--no-interactive", "--limit", "5")
    assert "p-nik|a-market" in listed and "why:" in listed, listed
    assert not _LEAK.search(listed), listed
    invoke(db_path, "dump", str(tmp_path / "dump"))
    dumped = sqlite3.connect(tmp_path / "dump" / "kimwatch.db")
    (published,) = dumped.execute("SELECT evidence FROM amplifications").fetchone()
    assert not _LEAK.search(published), published
    document = json.loads(published)
    assert document["shared_facts"] and "[NIK]" in document["post_only_facts"] + document.get("post_only_terms", []), document


def test_figures_that_may_be_a_phone_number_or_a_nik_are_masked_others_kept() -> None:
    assert [mask_figure(t) for t in ("6371012345670", "6371012345670001", "081234567890", "6281234567840",
                                     "05113355123", "637101234567")] == \
        ["[NIK]", "[NIK]", "[telepon]", "[telepon]", "[telepon]", "[NIK]"]
    # years, amounts, counts stay figures
    assert [mask_figure(t) for t in ("2026", "52000", "1800", "1500000000", "250000000000")] == \
        ["2026", "52000", "1800", "1500000000", "250000000000"]
