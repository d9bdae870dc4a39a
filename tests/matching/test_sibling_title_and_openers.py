"""Issue 12, twenty-fifth round: a round-up item restating one sibling's title; more round-up openers.

Sibling releases of one programme (a championship's opening and its result) share most of their
words: a round-up item that writes one of their titles whole ("Kelua Juara Umum Kejuaraan Bulu
Tangkis Pelajar HSU 2026") ties with the other on the words they share, and was matched to neither.
The item names the release whose title it restates. And a prose round-up may open with its
period first in more ways than "Pekan ini ada beberapa kabar.": "Sepekan terakhir ada beberapa
kabar.", "Minggu lalu ada sejumlah info.", "Beberapa hari terakhir ada beberapa berita."

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import items
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-12-12T19:00:00+08:00"

OPENING = ann("open", "AMUNTAI – Kejuaraan Bulu Tangkis Pelajar HSU 2026 dibuka Bupati di GOR Amuntai, Senin "
                      "(7/12/2026). Sebanyak 160 atlet pelajar dari 10 kecamatan bertanding hingga Kamis. Kelua, "
                      "juara umum tahun lalu, kembali menurunkan 20 atlet.",
              published_at="2026-12-07T09:00:00+08:00",
              title="Kejuaraan Bulu Tangkis Pelajar HSU 2026 Dibuka, 160 Atlet Bertanding")
RESULT = ann("result", "AMUNTAI – Kecamatan Kelua menjadi juara umum Kejuaraan Bulu Tangkis Pelajar HSU 2026 yang "
                       "ditutup di GOR Amuntai, Kamis (10/12/2026), dengan lima medali emas.",
             published_at="2026-12-10T17:00:00+08:00",
             title="Kelua Juara Umum Kejuaraan Bulu Tangkis Pelajar HSU 2026")
LIBRARY = ann("lib", "BARABAI – Dinas Perpustakaan HST meresmikan 22 pojok baca di pos ronda desa, Rabu "
                     "(9/12/2026). Setiap pojok baca mendapat 60 buku bacaan anak.",
              published_at="2026-12-09T09:00:00+08:00", title="22 Pojok Baca Hadir di Pos Ronda HST")


def counted(text: str) -> set[str]:
    return {d.announcement_id for d in decide(index(OPENING, RESULT, LIBRARY), post(text, LATER), CONFIG)
            if d.status == "auto"}


def test_an_item_restating_one_sibling_s_title_names_that_one() -> None:
    for layout in ("BERITA PEKAN INI\n1. Kelua Juara Umum Kejuaraan Bulu Tangkis Pelajar HSU 2026\n"
                   "2. 22 Pojok Baca Hadir di Pos Ronda HST",
                   "KILAS INFO\n• 22 Pojok Baca Hadir di Pos Ronda HST\n"
                   "• Kelua Juara Umum Kejuaraan Bulu Tangkis Pelajar HSU 2026"):
        assert counted(layout) == {"result", "lib"}, layout


def test_an_item_restating_no_title_still_ties() -> None:
    # the words both releases share, and no title restated: the post cannot tell which one it means
    text = "BERITA PEKAN INI\n1. Bulu tangkis pelajar HSU 2026 di GOR Amuntai\n2. 22 Pojok Baca Hadir di Pos Ronda HST"
    assert counted(text) & {"open", "result"} == set()


def test_more_ways_to_open_a_prose_round_up() -> None:
    for opening in ("Sepekan terakhir ada beberapa kabar.", "Minggu lalu ada sejumlah info.",
                    "Beberapa hari terakhir ada beberapa berita.", "Seminggu ini ada beberapa informasi penting."):
        assert items(f"{opening} Pojok baca di pos ronda. Hand traktor untuk Daha.") == [
            opening, "Pojok baca di pos ronda.", "Hand traktor untuk Daha."], opening
    one = "Sepekan terakhir warga gotong royong membersihkan parit. Terima kasih semuanya."
    assert len(items(one)) == 1
