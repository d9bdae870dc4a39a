"""Issue 12, second round: round-ups on one line, rounded figures and dates, Banjar words,
figures that contradict the announcement's, short round-up items that name their event.

Every text here is constructed for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import rounds_to
from crawler.matching.textnorm import items, list_blocks, terms
from tests.matching.test_generalize import ann, index, post

ZERO = MatchConfig(threshold=0.0)


def score(announcement: dict, text: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text), ZERO)}
    return found.get(announcement["id"], 0.0)


# ---------------------------------------------------------------- round-ups written on one line

def test_a_numbered_list_on_one_line_is_split_into_its_items() -> None:
    text = ("Kabar desa: 1) Posyandu balita pindah ke balai desa 2) Vaksin rabies gratis di Binuang "
            "sampai 9 Mei 3) Kerja bakti Minggu pagi.")
    assert items(text) == ["Kabar desa:", "Posyandu balita pindah ke balai desa",
                           "Vaksin rabies gratis di Binuang sampai 9 Mei", "Kerja bakti Minggu pagi."]


def test_a_list_whose_first_marker_opened_the_line_is_split_at_the_next_ones() -> None:
    [(block, marked)] = list_blocks("1) Posyandu balita pindah ke balai desa 2) Vaksin rabies di Binuang 3) Kerja bakti.")
    assert marked
    assert items(block) == ["Posyandu balita pindah ke balai desa", "Vaksin rabies di Binuang", "Kerja bakti."]


@pytest.mark.parametrize("text", [
    "Harga naik 2) karena itu warga mengeluh.",            # one marker, no run
    "Antrean 3) panjang, lalu 5) pendek.",                 # not in order
    "Beras dijual Rp57 rb. 2 ton habis dalam 1 jam.",      # numbers, no markers
])
def test_numbers_that_are_no_run_of_markers_do_not_split(text: str) -> None:
    assert items(text) == [text]


def test_a_paragraph_opening_with_a_round_up_word_is_split_into_sentences() -> None:
    text = "Rangkuman info 📋 Pasar murah di Gambut 3 Mei. Vaksin rabies di Binuang 9 Mei. Jaga kesehatan."
    assert items(text) == ["Rangkuman info 📋 Pasar murah di Gambut 3 Mei.", "Vaksin rabies di Binuang 9 Mei.",
                           "Jaga kesehatan."]
    assert items("Rapat desa digelar. Warga hadir.") == ["Rapat desa digelar. Warga hadir."]


# ---------------------------------------------------------------- rounded figures, weeks of a month

@pytest.mark.parametrize(("written", "value", "expected"), [
    ("14000", 14_250, True),            # "14 ribuan"
    ("21000000000", 21.4e9, True),      # "Rp21 miliar lebih"
    ("15000", 14_800, True),            # "hampir 15 ribu"
    ("12", 12.4, True),                 # "12 persen" for 12,4 persen
    ("150", 152, True),                 # "150 kantong" for 152
    ("120", 150, False),                # another figure
    ("4000", 4_500, False),             # more than 10% off
    ("2000", 2_025, False),             # a year is no rounded figure
    ("14250", 14_200, False),           # as precise as the announcement: another figure
])
def test_a_rounded_figure_is_told_from_another_figure(written: str, value: float, expected: bool) -> None:
    assert rounds_to(written, value) is expected


def test_ribuan_and_banjar_numerals_are_figures() -> None:
    assert "14000" in terms("14 ribuan peserta").terms
    assert "4000000" in terms("Ampat juta sorang").terms
    assert terms("hari Salasa").terms == terms("hari Selasa").terms


def test_a_restatement_that_rounds_the_figure_scores_as_one_that_copies_it() -> None:
    release = ann("a", "Pemerintah Kota Banjarmasin mengaktifkan kembali 14.250 peserta BPJS PBI yang "
                       "nonaktif. Warga diminta melapor ke kelurahan dengan membawa KTP dan KK.")
    exact = score(release, "Pemko Banjarmasin aktifkan lagi 14.250 peserta BPJS PBI. Lapor ke kelurahan, bawa KTP dan KK.")
    rounded = score(release, "Pemko Banjarmasin aktifkan lagi 14 ribuan peserta BPJS PBI. Lapor ke kelurahan, bawa KTP dan KK.")
    assert rounded == pytest.approx(exact, abs=0.01)
    assert rounded >= 0.5


def test_end_of_month_meets_the_last_days_of_that_month() -> None:
    assert "date:end-10" in terms("sampai akhir Oktober").terms
    assert "date:start-3" in terms("awal bulan Maret 2025").terms
    release = ann("a", "Pemprov Kalsel menetapkan status siaga darurat karhutla hingga 31 Oktober. "
                       "Warga dilarang membakar lahan gambut.")
    end = score(release, "Status siaga darurat karhutla Kalsel sampai akhir Oktober, jangan membakar lahan gambut.")
    other = score(release, "Status siaga darurat karhutla Kalsel sampai awal Oktober, jangan membakar lahan gambut.")
    assert end >= 0.5 > other


# ---------------------------------------------------------------- figures that contradict

RELEASE = ann("a", "Sebanyak 150 penghafal Al-Qur'an di Kotabaru menerima Beasiswa Tahfidz tahun ini. "
                   "Seleksi hafalan digelar Dinas Pendidikan Kotabaru.")


def test_a_post_counting_the_same_thing_with_another_figure_is_another_edition() -> None:
    same = score(RELEASE, "Beasiswa Tahfidz Kotabaru diberikan kepada 150 penghafal Al-Qur'an setelah seleksi hafalan.")
    other = score(RELEASE, "Beasiswa Tahfidz Kotabaru diberikan kepada 120 penghafal Al-Qur'an setelah seleksi hafalan.")
    assert same >= 0.5 > other


def test_a_rounded_figure_is_no_contradiction() -> None:
    release = ann("a", "Sebanyak 152 penghafal Al-Qur'an di Kotabaru menerima Beasiswa Tahfidz tahun ini. "
                       "Seleksi hafalan digelar Dinas Pendidikan Kotabaru.")
    assert score(release, "Beasiswa Tahfidz Kotabaru diberikan kepada 150 penghafal Al-Qur'an setelah seleksi hafalan.") >= 0.5


# ---------------------------------------------------------------- short items, bare names

def test_a_short_item_naming_its_event_by_a_fact_is_scored_on_its_own() -> None:
    release = ann("a", "Diskominfo Kalsel menggelar bimtek bagi 130 pengelola KIM di Banjarbaru, "
                       "membekali mereka teknik cek fakta dan video pendek.")
    text = ("Kabar bulan ini:\n- Tanam padi serentak 1.200 hektare bersama bupati dan dandim\n"
            "- Bimtek pengelola KIM di Banjarbaru\n- Jembatan titian RT sudah diperbaiki warga")
    assert score(release, text) >= 0.5
    short = text.replace("di Banjarbaru", "kemarin")  # no fact: too short to stand alone
    assert score(release, short) < 0.5


def test_a_bare_name_meets_the_place_the_announcement_marks() -> None:
    release = ann("a", "Dinas PUPR memulai perbaikan jalan Margasari–Marabahan sepanjang 11 kilometer. "
                       "Peninjauan dilakukan di Desa Margasari Ilir.")
    marked = terms("di Desa Margasari Ilir").terms
    bare = terms("jalan Margasari diperbaiki").terms
    assert not set(marked) & set(bare) - {"jalan"}  # the terms differ as written …
    text = "Perbaikan jalan Margasari–Marabahan sepanjang 11 kilometer dimulai Dinas PUPR, pengendara diminta berhati-hati."
    [decision] = decide(index(release), post(text), ZERO)
    assert "margasari" in decision.evidence["shared_terms"]  # … and meet as one name
    assert "margasari" not in decision.evidence["post_only_terms"] + decision.evidence["post_only_facts"]


def test_the_roundings_of_a_figure_are_few_and_known_in_advance() -> None:
    # the post side is a set lookup, so a page of thousands of numbers costs no more than one
    # with a few (a crawled one-line page of 70,000 numbers once made matching time out)
    from crawler.matching.documents import announcement_doc
    doc = announcement_doc(ann("a", "Sebanyak 14.200 peserta dan anggaran Rp21,4 miliar, capaian 12,4 persen."))
    assert {"14000", "15000", "21000000000", "12"} <= set(doc.rounded)
    assert doc.rounded["14000"] == "14200" and "14200" not in doc.rounded
    assert len(doc.rounded) <= 12
