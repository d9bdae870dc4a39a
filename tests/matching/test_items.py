"""Round-ups written as running text (round 4): one paragraph split into its items at
enumeration words, connectives, mid-line numbers and bullets, and semicolons."""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import items, segments
from tests.matching.test_generalize import ann, index, post


@pytest.mark.parametrize(("text", "expected"), [
    ("Rangkuman pekan ini: pertama, pasar murah di Gambut. Kedua, vaksin rabies di Binuang.",
     ["Rangkuman pekan ini:", "pertama, pasar murah di Gambut.", "Kedua, vaksin rabies di Binuang."]),
    ("Pasar murah di Gambut sudah usai. Selain itu, vaksin rabies di Binuang. Warga antusias.",
     ["Pasar murah di Gambut sudah usai.", "Selain itu, vaksin rabies di Binuang. Warga antusias."]),
    ("Info: 1. Pasar murah di Gambut. 2. Vaksin rabies; 3) Posyandu buka.",
     ["Info:", "Pasar murah di Gambut.", "Vaksin rabies;", "Posyandu buka."]),
    ("Kabar pekan ini ✅ pasar murah di Gambut ✅ vaksin rabies di Binuang",
     ["Kabar pekan ini", "pasar murah di Gambut", "vaksin rabies di Binuang"]),
    ("Kemarin pasar murah. Juga ada vaksin rabies.", ["Kemarin pasar murah.", "Juga ada vaksin rabies."]),
])
def test_a_paragraph_is_split_at_its_item_markers(text: str, expected: list[str]) -> None:
    assert items(text) == expected


@pytest.mark.parametrize("text", [
    "Pasar murah digelar di Gambut. Harga beras Rp57.000 per 5 kg, stok 3,5 ton.",
    "Beras dijual Rp57 rb. Pada hari ke-2 stok habis.",
    "Kegiatan ini digelar pertama kali di Gambut, diikuti 500 warga.",
    "Lalu lintas di Jalan A. Yani padat.",
])
def test_a_paragraph_without_markers_stays_one_item(text: str) -> None:
    assert items(text) == [text]


def test_blocks_and_lines_are_still_split_first() -> None:
    assert segments("Rekap:\n\n1. Pasar murah\n2. Vaksin") == ["Rekap:", "Pasar murah", "Vaksin"]


A_PASAR = ann("a", "Dinas Perdagangan menggelar pasar murah di Kecamatan Gambut pada 12 Maret 2024 "
                   "dengan 500 paket sembako seharga Rp50.000 per paket.", title="Pasar Murah di Gambut")
A_RABIES = ann("b", "Dinas Peternakan menggelar vaksinasi rabies gratis di Kecamatan Binuang pada 14 Maret "
                    "2024 untuk 300 ekor anjing dan kucing warga.", title="Vaksinasi Rabies di Binuang")
ROUNDUP = ("Rangkuman pekan ini dari desa kami: pasar murah Dinas Perdagangan di Gambut tanggal 12 Maret, "
           "500 paket sembako harga Rp50.000. Selain itu, vaksinasi rabies gratis Dinas Peternakan di "
           "Binuang tanggal 14 Maret untuk 300 ekor anjing dan kucing.")


def test_a_one_paragraph_roundup_matches_each_item() -> None:
    idx = index(A_PASAR, A_RABIES)
    found = {d.announcement_id: d for d in decide(idx, post(ROUNDUP), MatchConfig())}
    assert set(found) == {"a", "b"}
    assert len(post(ROUNDUP).units) == 3  # the whole post and its two items


def test_the_same_paragraph_without_markers_is_one_unit() -> None:
    # one sentence, no marker: each item's facts count against the other announcement
    joined = ROUNDUP.replace(". Selain itu, vaksinasi", ", dan vaksinasi")
    idx = index(A_PASAR, A_RABIES)
    assert len(post(joined).units) == 1
    assert not decide(idx, post(joined), MatchConfig())


# ---------------------------------------------------------------- sixth round: items on one line

PIPED = ("Ringkasan info warga: Pasar murah Dinas Perdagangan di Gambut 12 Maret, 500 paket sembako Rp50.000 | "
         "Vaksinasi rabies gratis di Binuang 14 Maret, 300 ekor anjing dan kucing | Kerja bakti RT 02 Minggu pagi")


def test_items_on_one_line_between_bars_are_split() -> None:
    assert items("Pasar murah di Gambut | Vaksin rabies di Binuang | Ronda malam RT 02") == [
        "Pasar murah di Gambut", "Vaksin rabies di Binuang", "Ronda malam RT 02"]
    for separator in (" • ", " ; "):  # the other one-line separators
        assert len(items(separator.join(["Pasar murah di Gambut", "Vaksin rabies di Binuang"]))) == 2
    # a bar inside a word or a URL-like run is no separator
    assert items("Pasar murah di Gambut|Binuang") == ["Pasar murah di Gambut|Binuang"]


def test_a_one_line_roundup_between_bars_matches_each_item() -> None:
    idx = index(A_PASAR, A_RABIES)
    # its three items (the heading "Ringkasan info warga:" is a unit of its own since the twenty-second
    # round, and none of the items)
    assert [unit.text.split()[0] for unit in post(PIPED).units if unit.item] == ["Pasar", "Vaksinasi", "Kerja"]
    found = {d.announcement_id for d in decide(idx, post(PIPED), MatchConfig())}
    assert found == {"a", "b"}
    # the same items written as one run: each item's facts count against the other release
    joined = PIPED.replace(" | ", " ")
    assert not {d.announcement_id for d in decide(idx, post(joined), MatchConfig())} == {"a", "b"}


PROSE = ("Beberapa kabar pekan ini. Pasar murah Dinas Perdagangan di Gambut 12 Maret, 500 paket sembako Rp50.000. "
         "Vaksinasi rabies gratis di Binuang 14 Maret untuk 300 ekor anjing dan kucing. Kerja bakti RT 02 Minggu pagi.")


def test_a_prose_roundup_opened_by_a_short_news_sentence_is_split_into_its_sentences() -> None:
    assert items(PROSE)[0] == "Beberapa kabar pekan ini."
    assert len(items(PROSE)) == 4
    # an ordinary first sentence that mentions the week opens no round-up
    assert len(items("Info minggu ini sangat penting. Pasar murah digelar di Gambut.")) == 1
    idx = index(A_PASAR, A_RABIES)
    assert {d.announcement_id for d in decide(idx, post(PROSE), MatchConfig())} == {"a", "b"}
    # without the opening sentence the paragraph is one event, and neither release is matched whole
    single = PROSE.removeprefix("Beberapa kabar pekan ini. ")
    assert {d.announcement_id for d in decide(idx, post(single), MatchConfig())} != {"a", "b"}
