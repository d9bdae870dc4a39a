"""Issue 12, twenty-fifth round (matcher26): official terms and everyday words for one thing.

A release names a programme or a thing in official terms or an acronym ("Inseminasi Buatan
(IB)", "APILL"); a KIM admin says it in everyday words ("kawin suntik", "lampu merah"). The
list crawler/data/official-everyday.txt (kimwatch's own, from general knowledge) gives every
form of one concept the concept's term. Every text here is made up for the rule it checks;
none is taken from a labelled set.
"""

from __future__ import annotations

from importlib import resources

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.lexicon import WordListError, official_everyday_concepts, read_concept_lines
from crawler.matching.textnorm import concept_forms, terms
from tests.matching.test_generalize import ann, index, post

CATTLE = ann("c", "BANJARBARU – Dinas Peternakan Kalsel membuka layanan Inseminasi Buatan (IB) gratis bagi "
                  "sapi milik peternak di Kecamatan Cempaka mulai Senin (5/10/2026). Peternak cukup melapor "
                  "kepada petugas.", published_at="2026-10-02T09:00:00+08:00",
             title="Layanan IB Gratis untuk Sapi Peternak Cempaka")
SEEDS = ann("o", "RANTAU – Dinas Pertanian Tapin menyalurkan bibit padi kepada 30 kelompok tani di Bakarangan, "
                 "Rabu (7/10/2026).", published_at="2026-10-07T10:00:00+08:00", title="Bibit Padi untuk Petani")


def test_the_list_is_ours_and_covers_every_domain() -> None:
    text = (resources.files("crawler") / "data" / "official-everyday.txt").read_text(encoding="utf-8")
    assert "kimwatch's own list" in text.split("\n\n")[0] and "Licence: the project's own" in text
    concepts = official_everyday_concepts()
    assert len(concepts) >= 200 and sum(len(forms) for forms in concepts) >= 600
    for heading in ("health", "population administration", "agriculture", "fisheries", "transport",
                    "public works", "social affairs", "education", "disaster", "economy", "security",
                    "religion", "environment"):
        assert f"# --- {heading}" in text


@pytest.mark.parametrize("everyday, official", [
    ("warga minta kawin suntik buat sapinya", "layanan inseminasi buatan untuk sapi"),
    ("ada lampu merah baru di simpang", "pemasangan APILL baru di simpang"),
    ("sedot wc murah dari pemkab", "layanan LLTT dari pemkab"),
    ("bikin ktp anak di sekolah", "pembuatan kartu identitas anak di sekolah"),
    ("mesin giling padi bantuan provinsi", "bantuan RMU dari provinsi"),
    ("kelompok pemuda bikin rumah kaca melon", "green house melon kelompok pemuda"),
])
def test_an_everyday_phrase_and_the_official_term_share_the_concept(everyday: str, official: str) -> None:
    concepts = {concept for entries in concept_forms().values() for _run, concept in entries}
    shared = set(terms(everyday).terms) & set(terms(official).terms) & concepts
    assert shared


def test_the_acronym_itself_reads_as_before_and_a_form_keeps_its_length() -> None:
    assert terms("layanan IB gratis").terms.count("ib") == 1
    # a form reads as its words with its last one the concept: two texts writing the same
    # form share as many terms as before, not the concept on top
    assert len(terms("ada kawin suntik gratis").terms) == len(terms("ada kawin anjing gratis").terms)


def test_a_word_of_a_form_alone_is_not_the_concept() -> None:
    assert "apill" not in terms("lampu taman dan cat merah").terms
    assert "ib" not in terms("pesta kawin di desa").terms


def test_an_everyday_post_matches_the_official_release() -> None:
    text = "Peternak Cempaka, ada kawin suntik gratis gasan sapi mulai Senin, lapor haja ka petugas."
    decisions = decide(index(CATTLE, SEEDS), post(text, "2026-10-03T19:00:00+08:00"), MatchConfig())
    assert {d.announcement_id for d in decisions} == {"c"}


@pytest.mark.parametrize("text, message", [
    ("kia", "line 2: expected 'form"),
    ("KIA | ktp anak", "line 2: expected 'form"),
    ("kia | ktp anak |", "line 2: expected 'form"),
])
def test_a_bad_line_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(WordListError, match=f"words.txt, {message}"):
        read_concept_lines("# a list\n" + text, "words.txt")
