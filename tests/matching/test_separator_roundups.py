"""Issue 12, round-up layouts (matcher53): a line of titles split by a repeated separator symbol,
numbered carousel captions ("Slide n:", "Halaman n:", "Bagian n:") and a heading naming the news
of a week ("KABAR SINGKAT PEKAN INI") make a post a round-up, whatever the symbol; a sentence with
one dash or one slash, or a pair of dashes around a clause, stays one event.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import items
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-12-10T19:00:00+08:00"

BOATS = ann("boats", "MARABAHAN – Dinas Perikanan Batola menyerahkan 42 perahu ketinting kepada nelayan sungai "
                     "di Kecamatan Kuripan, Selasa (8/12/2026). Perahu ini membantu nelayan menjangkau lokasi "
                     "tangkapan yang jauh.",
            published_at="2026-12-08T09:00:00+08:00", title="42 Perahu Ketinting untuk Nelayan Kuripan")
WELLS = ann("wells", "RANTAU – Dinas PUPR Tapin membangun 15 sumur bor di desa rawan kekeringan, Rabu "
                     "(9/12/2026). Setiap sumur melayani sekitar 80 keluarga.",
            published_at="2026-12-09T09:00:00+08:00", title="15 Sumur Bor Dibangun di Desa Rawan Kekeringan Tapin")


def units(text: str) -> list[str]:
    return [unit.text for unit in post(text, LATER).units[1:] if unit.item]


@pytest.mark.parametrize("symbol", ["◆", "●", "■", "▪", "•", "|", "·", "–", "/", "🔸", "⭐"])
def test_a_line_of_titles_split_by_one_repeated_symbol_is_a_roundup(symbol: str) -> None:
    text = (f"Warta minggu ini: 42 Perahu Ketinting untuk Nelayan Kuripan {symbol} 15 Sumur Bor Dibangun di Desa "
            f"Rawan Kekeringan {symbol} Lomba Mewarnai untuk Anak TK.")
    assert items(text)[1:] == ["42 Perahu Ketinting untuk Nelayan Kuripan", "15 Sumur Bor Dibangun di Desa Rawan "
                               "Kekeringan", "Lomba Mewarnai untuk Anak TK."]
    assert post(text, LATER).roundup


def test_banjar_short_line_without_heading() -> None:
    assert post("Nelayan Kuripan dapat perahu ◆ Sumur bor gasan desa kekeringan ◆ Gotong royong parit", LATER).roundup


def test_each_item_of_a_separated_line_matches_its_release() -> None:
    text = ("Kabar sepekan di kampung: 42 perahu ketinting diserahkan ke nelayan Kuripan ◆ 15 sumur bor dibangun "
            "di desa rawan kekeringan Tapin ◆ Senam sehat tiap Jumat.")
    found = {d.announcement_id: d for d in decide(index(BOATS, WELLS), post(text, LATER), CONFIG)}
    assert found["boats"].status == "auto" and found["wells"].status == "auto"


@pytest.mark.parametrize("text", [
    "Dinas Perikanan menyerahkan perahu – bantuan tahun ini – kepada nelayan di Kuripan.",
    "Perahu ketinting diserahkan Selasa/Rabu kepada nelayan Kuripan, tahun depan ditambah.",
    "Nelayan Kuripan menerima 42 perahu – katanya sangat membantu melaut.",
    "Pembangunan sumur bor / sumur gali di desa rawan kekeringan dimulai pekan ini.",
])
def test_one_dash_or_slash_or_a_clause_between_dashes_is_one_event(text: str) -> None:
    assert not post(text, LATER).roundup


@pytest.mark.parametrize("word", ["Slide", "Halaman", "Bagian"])
def test_numbered_carousel_captions_are_items(word: str) -> None:
    text = (f"Geser untuk info terbaru ➡️\n{word} 1: 42 perahu ketinting untuk nelayan Kuripan\n"
            f"{word} 2: 15 sumur bor di desa rawan kekeringan Tapin\n\n#InfoDesa")
    assert units(text)[-2:] == ["42 perahu ketinting untuk nelayan Kuripan",
                                "15 sumur bor di desa rawan kekeringan Tapin"]
    found = {d.announcement_id: d for d in decide(index(BOATS, WELLS), post(text, LATER), CONFIG)}
    assert found["boats"].status == "auto" and found["wells"].status == "auto"


def test_a_heading_naming_the_news_of_the_week_heads_its_paragraphs() -> None:
    text = ("📰 INFO SINGKAT MINGGU INI 📰\n\n42 perahu ketinting gasan nelayan Kuripan\n\n"
            "15 sumur bor dibangun di desa rawan kekeringan Tapin\n\nArisan RT malam Sabtu")
    assert post(text, LATER).roundup
    found = {d.announcement_id: d for d in decide(index(BOATS, WELLS), post(text, LATER), CONFIG)}
    assert found["boats"].status == "auto" and found["wells"].status == "auto"


def test_a_single_story_in_paragraphs_stays_one_event() -> None:
    text = ("Dinas Perikanan menyerahkan 42 perahu ketinting kepada nelayan Kuripan.\n\n"
            "Kepala dinas berharap perahu dirawat dengan baik.\n\nNelayan mengucapkan terima kasih.")
    assert not post(text, LATER).roundup


@pytest.mark.parametrize("opening", ["Minggu ini ada beberapa informasi yang penting diketahui warga desa.",
                                     "Sepekan ini ada sejumlah kabar yang patut dicatat oleh warga kita."])
def test_a_longer_opening_sentence_announcing_the_period_news_heads_a_prose_roundup(opening: str) -> None:
    text = (f"{opening} 42 perahu ketinting diserahkan ke nelayan Kuripan. 15 sumur bor dibangun di desa rawan "
            "kekeringan Tapin. Terima kasih sudah membaca.")
    assert post(text, LATER).roundup
    found = {d.announcement_id: d for d in decide(index(BOATS, WELLS), post(text, LATER), CONFIG)}
    assert found["boats"].status == "auto" and found["wells"].status == "auto"
