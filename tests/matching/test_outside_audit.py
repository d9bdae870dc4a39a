"""An outside auditor's matching findings (issue 12): a venue named after a date, the next
event of a series with the release's own figures, another kabupaten's edition written from
the same press-release template, a grade read as a clock time.

Every text here is made up for the rule it checks (no labelled set, not the auditor's texts).
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import terms
from tests.matching.test_generalize import ann, index, post

DEFAULT = MatchConfig()


def matched(announcement: dict, text: str, published_at: str, links: list[str] | None = None,
            refused: dict[str, str] | None = None) -> bool:
    decisions = decide(index(announcement), post(text, published_at, links), DEFAULT, refused=refused)
    return announcement["id"] in {d.announcement_id for d in decisions}


# ---------------------------------------------------------------- a venue named after a date

@pytest.mark.parametrize(("text", "name"), [
    ("Senam massal di Lapangan 5 Desember Kandangan.", "lapangan5desember"),
    ("Pawai lewat Jl. 1 Mei lalu Jalan 17 Agustus.", "jalan17agustus"),
    ("Pameran di Gedung 10 November, Rantau.", "gedung10november"),
    ("Bazar di Taman 30 Juni.", "taman30juni"),
    ("Laga final di Stadion 17 Mei Banjarmasin.", "stadion17mei"),
])
def test_a_date_after_a_place_noun_is_the_place_s_name_not_a_date(text: str, name: str) -> None:
    found = terms(text).terms
    assert name in found
    assert not [t for t in found if t.startswith("date:")], found


def test_a_place_noun_then_a_full_date_with_its_year_is_a_date() -> None:
    assert "date:17-8" in terms("Upacara di lapangan 17 Agustus 2026 pukul 08.00.").terms
    assert "date:5-12" in terms("Senam massal, 5 Desember, di lapangan.").terms
    # "Jl. 1 Mei" and "Jalan 1 Mei" are one name
    assert "jalan1mei" in terms("Rumah di Jl. 1 Mei.").terms and "jalan1mei" in terms("Rumah di Jalan 1 Mei.").terms


# ---------------------------------------------------------------- a grade is no clock time

@pytest.mark.parametrize("text", ["Syaratnya minimum GPA 3.00.", "IPK minimal 3.00 bagi pendaftar.",
                                  "Nilai rata-rata 3.00 ke atas."])
def test_a_grade_written_with_a_dot_is_a_number(text: str) -> None:
    found = terms(text).terms
    assert "3,00" in found and "3:00" not in found, found
    assert "3,00" in terms("IPK minimal 3,00.").terms  # the same figure as written with a comma


def test_a_clock_time_in_its_context_stays_a_time() -> None:
    assert "15:00" in terms("Mulai pukul 3.00 sore.").terms
    assert {"8:00", "12:00"} <= set(terms("Layanan 08.00-12.00 WITA.").terms)


# ---------------------------------------------------------------- the next event of a series

MARKET = ann("a-market", "RANTAU - Pemerintah Kabupaten Tapin menggelar pasar murah pada Kamis, 12 November "
             "2026, di halaman Kantor Bupati Tapin. Sebanyak 1.800 paket beras 5 kilogram dijual Rp 52.000 per "
             "paket. Selain beras tersedia minyak goreng dan gula pasir.", "2026-11-09T10:00:00+08:00",
             "Pasar Murah di Rantau 12 November, 1.800 Paket Beras")


def test_the_next_market_of_the_series_with_the_release_s_figures_is_another_event() -> None:
    refused: dict[str, str] = {}
    text = ("Pasar murah lagi di Rantau, Kamis 3 Desember 2026. Sebanyak 1.800 paket beras 5 kilogram dijual "
            "Rp 52.000 per paket di halaman Kantor Bupati Tapin. Ada minyak goreng dan gula pasir juga.")
    assert not matched(MARKET, text, "2026-11-25T09:00:00+08:00", refused=refused)
    assert "another event of the series" in refused["a-market"] and "3 Desember" in refused["a-market"]


def test_a_post_naming_the_release_s_own_date_as_well_still_relays_it() -> None:
    text = ("Pasar murah di Rantau Kamis 12 November 2026: 1.800 paket beras 5 kilogram dijual Rp 52.000 per "
            "paket di halaman Kantor Bupati Tapin, ada minyak goreng dan gula pasir. Yang terlewat, "
            "pasar murah berikutnya Kamis 3 Desember 2026.")
    assert matched(MARKET, text, "2026-11-12T09:00:00+08:00")


# ---------------------------------------------------------------- another kabupaten's own edition

SEED = ann("a-seed", "RANTAU - Pemerintah Kabupaten Tapin melalui Dinas Pertanian menyalurkan 4.500 kilogram "
           "benih padi unggul kepada 36 kelompok tani pada Senin, 16 November 2026, di Balai Penyuluhan "
           "Pertanian Rantau. Setiap kelompok menerima benih untuk 25 hektare sawah dan pupuk organik. "
           "Penyaluran ini bagian dari program peningkatan produksi padi tahun 2026.",
           "2026-11-16T10:00:00+08:00", "Tapin Salurkan 4.500 Kilogram Benih Padi")


def test_another_kabupaten_s_edition_from_the_same_template_is_no_excerpt_of_the_release() -> None:
    refused: dict[str, str] = {}
    text = ("PARINGIN - Pemerintah Kabupaten Balangan melalui Dinas Pertanian menyalurkan 4.500 kilogram benih "
            "padi unggul kepada 36 kelompok tani pada Senin, 16 November 2026, di Balai Penyuluhan Pertanian "
            "Paringin. Setiap kelompok menerima benih untuk 25 hektare sawah dan pupuk organik.")
    assert not matched(SEED, text, "2026-11-16T15:00:00+08:00", refused=refused)
    assert "another kabupaten" in refused["a-seed"]


def test_an_excerpt_of_the_release_itself_still_matches() -> None:
    text = ("Info dari Pemkab: Pemerintah Kabupaten Tapin melalui Dinas Pertanian menyalurkan 4.500 kilogram "
            "benih padi unggul kepada 36 kelompok tani pada Senin, 16 November 2026, di Balai Penyuluhan "
            "Pertanian Rantau. Setiap kelompok menerima benih untuk 25 hektare sawah dan pupuk organik.")
    assert matched(SEED, text, "2026-11-16T15:00:00+08:00")


def test_a_link_to_the_release_is_explained_when_too_early_or_too_old() -> None:
    refused: dict[str, str] = {}
    link = [SEED["url"]]
    assert not matched(SEED, "Info benih padi di sini.", "2026-11-15T10:00:00+08:00", link, refused)
    assert "published after the post" in refused["a-seed"]
    refused.clear()
    assert not matched(SEED, "Info benih padi di sini.", "2027-01-20T10:00:00+08:00", link, refused)
    assert "older than the horizon (30 days" in refused["a-seed"]


# ---------------------------------------------------------------- evidence a clerk can read

def test_terms_are_shown_as_the_post_wrote_them() -> None:
    from crawler.matching.review import readable_evidence, readable_term, surface_forms

    text = ("BPBD Provinsi Kalimantan Selatan menyisir Kabupaten Tanah Bumbu sampai Pagatan, "
            "Kamis (19/11), 2.500 warga dan Rp 1,5 miliar bantuan ke HSU pukul 08.00.")
    forms = surface_forms(text)
    stems = terms(text).terms
    assert {"abupaten", "gatan"} & set(stems) or "pagatan" in stems  # the matcher's own keys
    shown = [readable_term(t, forms) for t in stems]
    assert {"Kabupaten", "Pagatan", "Kalimantan Selatan", "HSU", "19 November", "2.500", "08.00"} <= set(shown), shown
    evidence = {"shared_terms": stems[:6], "passages": [" ".join(stems[:6])]}
    readable = readable_evidence(evidence, text)
    assert readable["shared_terms_as_written"] == shown[:6]
    assert readable["passages_as_written"][0].startswith("BPBD Provinsi Kalimantan Selatan"), readable
    assert evidence == {"shared_terms": stems[:6], "passages": [" ".join(stems[:6])]}  # the stored keys stay
