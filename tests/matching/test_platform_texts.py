"""Issue 12, seventh round: texts as the platforms shape them.

Numbers written in words (Indonesian and Banjar) are the figures digits give; a round-up laid
out as a video's chapter list or as a website's prose under the theme's menus is read as items;
hashtags and platform lines ("link di bio", "Forwarded from …", subscribe lines, greetings)
carry no event evidence.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.textnorm import terms


@pytest.mark.parametrize("one, other", [
    ("lima puluh ampat kursi roda", "54 kursi roda"),            # Banjar "ampat"
    ("dua ratus dua walas lulusan", "212 lulusan"),              # Banjar "walas" = "belas"
    ("dua ratus dua belas lulusan", "212 lulusan"),
    ("seratus lima puluh paket", "150 paket"),
    ("sebelas desa", "11 desa"),
    ("satu setengah juta rupiah", "1,5 juta rupiah"),
    ("setengah juta rupiah", "500 ribu rupiah"),
    ("0,5 ribu bibit", "500 bibit"),
    ("juara katiga", "juara ketiga"),                           # Banjar ordinal
])
def test_numbers_in_words_give_the_digits_term(one: str, other: str) -> None:
    assert terms(one).terms == terms(other).terms
    assert any(t[0].isdigit() for t in terms(one).specific)


def test_a_number_opening_an_emoji_line_is_a_figure_not_a_name() -> None:
    # a capital after an emoji bullet opens the line's sentence ("Simpang Empat" stays a name)
    assert "54" in terms("⭐ Lima puluh ampat kursi roda dibagikan").terms
    assert "4" not in terms("Warga Simpang Empat menerima kursi roda").terms


def test_half_past_is_no_figure() -> None:
    # "setengah delapan" is half past seven: no 8.5 and no half of anything
    found = terms("antre dari setengah delapan pagi").terms
    assert not any("," in t for t in found)


def test_banjar_sa_prefix_names_the_region() -> None:
    assert terms("juara satu sa-Batola").terms == terms("juara satu se-Batola").terms
    assert "baritokuala" in terms("juara satu sa-Batola").terms
