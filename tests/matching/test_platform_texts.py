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


# ---------------------------------------------------------------- round-up layouts of platforms

from crawler.matching.config import MatchConfig  # noqa: E402
from crawler.matching.decisions import decide  # noqa: E402
from crawler.matching.textnorm import clean_text, items, list_blocks  # noqa: E402
from tests.matching.test_items import A_PASAR, A_RABIES  # noqa: E402
from tests.matching.test_generalize import index, post  # noqa: E402

CHAPTERS = ("WARTA DESA PEKAN INI | KIM Sungai Rangas\n"
            "Ringkasan video pekan ini:\n"
            "00:00 Pembuka\n"
            "01:15 Pasar murah Dinas Perdagangan di Gambut 12 Maret, 500 paket sembako Rp50.000\n"
            "04:02 Kerja bakti membersihkan parit di RT 02\n"
            "06:40 Vaksinasi rabies gratis di Binuang 14 Maret untuk 300 ekor anjing dan kucing\n\n"
            "Jangan lupa subscribe 🔔")


def test_a_video_chapter_list_is_a_roundup_one_item_per_timestamp() -> None:
    marked = [block for block, item in list_blocks(clean_text(CHAPTERS)) if item]
    assert "Kerja bakti membersihkan parit di RT 02" in marked  # the timestamp is no fact of the item
    assert any(block.startswith("Pasar murah") for block in marked)
    assert {d.announcement_id for d in decide(index(A_PASAR, A_RABIES), post(CHAPTERS), MatchConfig())} == {"a", "b"}


def test_short_chapters_of_one_video_are_no_items() -> None:
    video = ("Vaksinasi rabies gratis di Binuang 14 Maret untuk 300 ekor anjing dan kucing warga.\n\n"
             "00:00 Pembukaan\n02:41 Sambutan camat\n09:20 Penutup")
    assert not post(video).roundup


WEBSITE = ("Rangkuman Kabar Desa\n"
           "Beranda | Profil | Berita | Galeri | Kontak\n"
           "Oleh Admin KIM Sungai Rangas · 2 Komentar\n\n"
           "Berikut rangkuman informasi pekan ini. Pasar murah Dinas Perdagangan di Gambut 12 Maret, 500 paket "
           "sembako Rp50.000. 300 ekor anjing dan kucing divaksin rabies gratis di Binuang 14 Maret. "
           "Kerja bakti RT 02 Minggu pagi.\n\n"
           "Baca juga: Lomba Mewarnai\n\n"
           "Bagikan: Facebook Twitter WhatsApp\nTags: berita, desa\n5 Komentar · Tinggalkan balasan")


def test_a_website_theme_around_a_prose_roundup_is_dropped_and_the_roundup_read() -> None:
    cleaned = clean_text(WEBSITE)
    for line in ("Beranda", "Oleh Admin", "Komentar", "Bagikan", "Tags"):
        assert line not in cleaned
    prose = [block for block, _item in list_blocks(cleaned) if block.startswith("Berikut")][0]
    assert len(items(prose)) == 4  # the opening sentence and three items; a figure opens one
    assert {d.announcement_id for d in decide(index(A_PASAR, A_RABIES), post(WEBSITE), MatchConfig())} == {"a", "b"}


def test_a_menu_like_line_inside_a_story_stays() -> None:
    assert "Rp50.000 / paket" in clean_text("Harga beras Rp50.000 / paket | stok aman")
    assert "Oleh karena itu" in clean_text("Oleh karena itu warga diminta hadir.")
