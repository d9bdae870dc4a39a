"""Issue 12, sixteenth round (matcher17): kimwatch's own Banjar → Indonesian word list.

A KIM admin writing Banjar ("pamariksaan kasahatan gasan kuitan nang tuha") restates a release
written in Indonesian ("pemeriksaan kesehatan bagi lansia") with few words in common unless the
Banjar words are read as the Indonesian ones. The list is crawler/data/banjar-indonesian.txt,
written from general knowledge of the language. Every text here is made up for the rule it
checks; none is taken from a labelled set.
"""

from __future__ import annotations

from importlib import resources

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.lexicon import WordListError, banjar_words, read_word_pairs
from crawler.matching.textnorm import region_terms, stop_words, terms, word_terms
from tests.matching.test_generalize import ann, index, post

CHECKUP = ann("k", "MARTAPURA – Dinas Kesehatan Kabupaten Banjar menggelar pemeriksaan kesehatan gratis bagi warga "
                   "lanjut usia di Kantor Kecamatan Astambul, Kamis (8/10/2026). Pemeriksaan meliputi tekanan "
                   "darah, gula darah dan kolesterol. Warga diminta membawa kartu keluarga.",
              published_at="2026-10-06T09:00:00+08:00", title="Pemeriksaan Kesehatan Gratis Lansia di Astambul")
SEEDS = ann("o", "RANTAU – Dinas Pertanian Tapin menyalurkan bibit padi kepada 30 kelompok tani di Bakarangan, "
                 "Rabu (7/10/2026).", published_at="2026-10-07T10:00:00+08:00", title="Bibit Padi untuk Petani")
EVENING = "2026-10-07T19:00:00+08:00"


def test_the_list_is_ours_and_general() -> None:
    text = (resources.files("crawler") / "data" / "banjar-indonesian.txt").read_text(encoding="utf-8")
    assert "kimwatch's own word list" in text.split("\n\n")[0]
    words = banjar_words()
    assert len(words) >= 400
    # every kind of word: verbs, kinship, places, adjectives, time words, spellings, casual forms
    for word in ("bagawi", "kuitan", "masigit", "larang", "samalam", "pamarintah", "bikin"):
        assert word in words


@pytest.mark.parametrize("banjar, indonesian", [
    ("kasahatan", "kesehatan"), ("pamarintah", "pemerintah"), ("kacamatan", "kecamatan"),
    ("diumumakan", "diumumkan"), ("tuha", "tua"), ("masigit", "masjid"), ("hayam", "ayam"),
    ("pariksa", "periksa"), ("ngumpulin", "mengumpulkan"), ("nyari", "mencari"),
])
def test_a_banjar_or_casual_word_gives_the_indonesian_terms(banjar: str, indonesian: str) -> None:
    assert word_terms(banjar) == word_terms(indonesian) != ()


def test_a_word_meaning_two_words_gives_their_terms() -> None:
    assert word_terms("kuitan") == word_terms("tua")  # "orang tua"; "orang" is a stop word


@pytest.mark.parametrize("word", ["udah", "nggak", "bikin", "basar", "bagawi"])
def test_a_word_meaning_a_stop_word_is_a_stop_word(word: str) -> None:
    assert word in stop_words()
    assert word_terms(word) == ()


def test_a_banjar_paraphrase_matches_its_release() -> None:
    text = "Pamariksaan kasahatan gasan kuitan nang tuha di kacamatan Astambul, kada bayar, bawa kartu kaluarga."
    decisions = decide(index(CHECKUP, SEEDS), post(text, EVENING), MatchConfig())
    assert {d.announcement_id for d in decisions} == {"k"}


@pytest.mark.parametrize("text, message", [
    ("kuitan", "line 2: expected 'word indonesian'"),
    ("Kuitan orang tua", "line 2: expected 'word indonesian'"),
    ("tuha tua\ntuha lawas", "line 3: 'tuha' listed twice"),
    ("kota kota", "line 2: 'kota' maps to itself"),
])
def test_a_bad_line_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(WordListError, match=f"words.txt, {message}"):
        read_word_pairs("# a list\n" + text, "words.txt")


@pytest.mark.parametrize("small, capitalised", [
    ("besok air pdam amuntai keruh", "besok air PDAM Amuntai keruh"),
    ("truk sampah di bjm", "truk sampah di Banjarmasin"),
    ("pasar murah martapura", "pasar murah Martapura"),
])
def test_a_region_in_small_letters_is_the_region(small: str, capitalised: str) -> None:
    found, expected = terms(small), terms(capitalised)
    assert found.terms == expected.terms
    assert found.specific == expected.specific and found.seats == expected.seats


@pytest.mark.parametrize("text", ["bubuhan urang banjar", "anak rantau", "kandangan sapi", "tanjung pantai"])
def test_a_region_name_that_is_an_ordinary_word_needs_its_capital(text: str) -> None:
    found = terms(text)
    assert not found.specific and not found.seats


def test_banjar_wayah_is_a_function_word() -> None:
    assert word_terms("wayah") == ()  # "wayah ini" = "saat ini": when, not what


@pytest.mark.parametrize("short, written_out", [
    ("bpn", "pertanahan"), ("kantah", "pertanahan"), ("damkar", "kebakaran"), ("pju", "penerangan"),
    ("kk", "keluarga"),
])
def test_a_short_name_casual_posts_use_gives_the_written_out_terms(short: str, written_out: str) -> None:
    assert set(word_terms(written_out)) <= set(terms(f"antri di {short} banjar").terms)


@pytest.mark.parametrize("text, expected", [
    ("Sabtu buka jam 8-12 ya", {"8:00", "12:00"}),
    ("layanan pukul 08.00–12.00 Wita", {"8:00", "12:00"}),
])
def test_the_end_of_a_clock_range_is_a_time(text: str, expected: set[str]) -> None:
    found = set(terms(text).terms)
    assert expected <= found and "12" not in found


def test_a_number_range_without_a_clock_word_stays_numbers() -> None:
    assert {"8", "12"} <= set(terms("anak umur 8-12 tahun").terms)


@pytest.mark.parametrize("joined, apart", [
    ("produk ditarik di bjm-bjb", "produk ditarik di Banjarmasin dan Banjarbaru"),
    ("jalan tapin-hss rusak", "jalan Tapin dan HSS rusak"),
])
def test_two_regions_joined_by_a_hyphen_are_two_regions(joined: str, apart: str) -> None:
    places = region_terms()
    assert {t for t in terms(joined).terms if t in places} == {t for t in terms(apart).terms if t in places}
    assert len({t for t in terms(joined).terms if t in places}) == 2


def test_a_capitalised_pair_of_regions_is_read_as_written() -> None:
    assert "kotabaru" not in terms("rute perintis Banjarmasin-Kotabaru").specific


def test_a_huge_number_is_no_clock_and_no_error() -> None:
    huge = "9" * 5000  # more digits than Python converts to an int by default
    assert terms(f"nomor {huge} rusak").terms  # no ValueError; read as a number as before
