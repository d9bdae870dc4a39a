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


SHELTER = ann("shelter", "PELAIHARI – Pemkab Tanah Laut menyiapkan rumah singgah delapan kamar bagi korban kekerasan, "
                         "Selasa (17/11/2026). Kepala DP3A Tanah Laut, Hj. Rusmini Aulia, mengatakan korban bisa "
                         "tinggal hingga 21 hari dan dijaga petugas. Korban dirujuk lewat puskesmas, kantor desa "
                         "atau hotline 112.",
              published_at="2026-11-17T10:00:00+08:00",
              title="Tanah Laut Siapkan Rumah Singgah Delapan Kamar bagi Korban Kekerasan")
HOTLINE = ann("hotline", "BANJARBARU – Dinas PPPA Provinsi mencatat 310 laporan kekerasan sejak Januari. Warga bisa "
                         "melapor lewat hotline 112, puskesmas atau kantor desa, Senin (9/11/2026).",
              published_at="2026-11-09T10:00:00+08:00",
              title="Lapor Kekerasan Kini Bisa Lewat Hotline 112, 310 Laporan Tercatat")


def test_a_summary_s_closing_sentence_a_sibling_also_says_adds_no_release() -> None:
    text = ("Pemkab Tanah Laut menyiapkan rumah singgah delapan kamar untuk korban kekerasan (Selasa 17/11); "
            "korban bisa tinggal sampai 21 hari, dijaga petugas; rujukan lewat puskesmas, kantor desa "
            "atau hotline 112.")
    found = {d.announcement_id for d in decide(index(SHELTER, HOTLINE), post(text, LATER), CONFIG)}
    assert found == {"shelter"}


def test_a_list_line_of_a_sibling_still_counts() -> None:
    text = ("INFO PEKAN INI\n• Tanah Laut siapkan rumah singgah delapan kamar bagi korban kekerasan, Selasa 17/11\n"
            "• Lapor kekerasan lewat hotline 112, 310 laporan tercatat")
    found = {d.announcement_id for d in decide(index(SHELTER, HOTLINE), post(text, LATER), CONFIG)}
    assert found == {"shelter", "hotline"}


WALK = ann("walk", "TANJUNG – Jalan sehat HUT ke-61 Tabalong digelar Minggu (15/11/2026) dari Lapangan Pancasila. "
                   "Panitia menyiapkan 20.000 kupon dengan hadiah utama paket umrah.",
           published_at="2026-11-13T10:00:00+08:00", title="Jalan Sehat HUT ke-61 Tabalong, 20.000 Kupon Disiapkan")
WALK_DONE = ann("walk-done", "TANJUNG – Jalan sehat HUT Tabalong berlangsung meriah, Minggu (15/11/2026). Bupati "
                             "menyerahkan hadiah utama paket umrah kepada warga Murung Pudak.",
                published_at="2026-11-15T14:00:00+08:00", title="Jalan Sehat HUT Tabalong Berlangsung Meriah")


def test_a_list_line_naming_the_sibling_s_news_keeps_it() -> None:
    # a line of its own in a bulleted list is an item, even when its words are the first line's
    text = ("INFO PEKAN INI\n• PDAM: air mati Rabu pagi.\n"
            "• Jalan sehat HUT ke-61 Tabalong Minggu 15/11 dari Lapangan Pancasila, 20.000 kupon\n"
            "• Laporan jalan sehat HUT Tabalong")
    found = {d.announcement_id for d in decide(index(WALK, WALK_DONE), post(text, LATER), CONFIG)}
    assert found == {"walk", "walk-done"}
