"""Issue 12, twenty-eighth round: sibling releases (a provincial award and a kabupaten's own
ranking, a call and its result) and the post that summarises one of them.

Two ways a summary of one release was also matched to its sibling:

- a sentence of the summary cut off at a semicolon reads as a round-up item; the release the post
  links (or restates) shares every term of that item, yet the item was left "unused" because the
  release had been matched on another item, and the sibling sharing the item's place took it;
- a release whose title ends in "… di 290 Desa" had the first capitalised words of its next
  paragraph ("Karang Taruna Kabupaten …") read as the village's name, so the release no longer
  shared "Karang Taruna" with a post that writes it: the sibling that does took the leftover.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import terms
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-11-20T19:00:00+08:00"

AWARD = ann("award", "BANJARBARU – Komisi Informasi Provinsi menyerahkan Anugerah Keterbukaan Informasi 2026 "
                     "kepada 12 badan publik berpredikat informatif, Kamis (19/11/2026). Untuk kategori desa, "
                     "Desa Sungai Rangas Tengah di Kabupaten Banjar menjadi desa terbaik.",
            published_at="2026-11-19T10:00:00+08:00",
            title="Anugerah Keterbukaan Informasi 2026: 12 Badan Publik Informatif")
RANKING = ann("ranking", "MARTAPURA – Dinas Kominfo Kabupaten Banjar menilai pengelolaan informasi di 180 desa. "
                         "Desa Sungai Rangas Tengah meraih nilai tertinggi dan menerima penghargaan bupati, "
                         "Senin (16/11/2026).",
              published_at="2026-11-16T10:00:00+08:00",
              title="Banjar Nilai Keterbukaan Informasi 180 Desa, Sungai Rangas Tengah Terbaik")


def matched(text: str, links: list[str] | None = None) -> set[str]:
    return {d.announcement_id for d in decide(index(AWARD, RANKING), post(text, LATER, links), CONFIG)}


def test_a_linked_summary_s_second_sentence_is_the_linked_release_s() -> None:
    text = ("Anugerah Keterbukaan Informasi 2026: 12 badan publik informatif; desa terbaik Sungai Rangas "
            "Tengah, Banjar.\n\nBaca selengkapnya: https://pemkab.example.go.id/award")
    assert matched(text, ["https://pemkab.example.go.id/award"]) == {"award"}


def test_a_real_round_up_still_gets_both_siblings() -> None:
    # each item with the facts of its own release: two pieces of news
    text = ("Info pekan ini:\n1. Anugerah Keterbukaan Informasi 2026 untuk 12 badan publik informatif\n"
            "2. Banjar nilai keterbukaan informasi 180 desa, Sungai Rangas Tengah terbaik")
    assert matched(text) == {"award", "ranking"}


def test_a_village_word_ending_a_title_names_no_place_in_the_next_paragraph() -> None:
    release = terms("Karang Taruna Gelar Bulan Bakti di 120 Desa\n\nKarang Taruna Kabupaten Tapin menggelar "
                    "Bulan Bakti.").terms
    said = terms("Karang Taruna Kabupaten Tapin menggelar Bulan Bakti.").terms
    assert set(said) <= set(release)
    # on its line the words after the village word are still its name
    found = terms("Lomba kebersihan di Desa Pematang Danau.")
    assert "pematang" in found.places or "pematangdanau" in found.places
