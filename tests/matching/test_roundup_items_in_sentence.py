"""Issue 12, twenty-second round (matcher24): round-up items inside one sentence.

A prose round-up ("Kabar Sepekan" of a village website, a Facebook paragraph) often lists several
pieces of news in one sentence: "Beberapa informasi penting minggu ini: A (Disdik), B (HSU), dan C
(HSU)." Once a post is a round-up, its items are cut further after a list heading, after a source
in brackets followed by a comma or "dan", and at a sentence opening with "Lalu," or with the
village's own news ("Dari desa kita sendiri: …"); "Pekan ini ada beberapa kabar. …" opens a
round-up like "Beberapa kabar pekan ini. …" does. A single event's post keeps its commas and
brackets, and a bracket after a name or spelling out an abbreviation is no source.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import items, roundup_items
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-12-10T19:00:00+08:00"

SEEDS = ann("seeds", "KANDANGAN – Dinas Pertanian HSS menyerahkan 35 hand traktor kepada kelompok tani di "
                     "Kecamatan Daha Utara dan Daha Selatan, Selasa (8/12/2026). Bantuan ini untuk mempercepat "
                     "olah lahan rawa menjelang musim tanam.",
            published_at="2026-12-08T09:00:00+08:00", title="35 Hand Traktor untuk Petani Daha")
LIBRARY = ann("lib", "BARABAI – Dinas Perpustakaan HST meresmikan 22 pojok baca di pos ronda desa, Rabu "
                     "(9/12/2026). Setiap pojok baca mendapat 60 buku bacaan anak.",
              published_at="2026-12-09T09:00:00+08:00", title="22 Pojok Baca Hadir di Pos Ronda HST")


def units(text: str) -> list[str]:
    return [unit.text for unit in post(text, LATER).units[1:] if unit.item]


def test_a_list_heading_and_bracketed_sources_cut_one_sentence_into_its_items() -> None:
    assert roundup_items("Beberapa informasi penting minggu ini: 35 hand traktor untuk petani rawa (Distan), "
                         "22 pojok baca di pos ronda (HST), dan lomba pantun untuk pelajar (Disdik).") == [
        "Beberapa informasi penting minggu ini:", "35 hand traktor untuk petani rawa (Distan)",
        "22 pojok baca di pos ronda (HST)", "lomba pantun untuk pelajar (Disdik)."]
    assert roundup_items("Bibit karet untuk 15 kelompok (Dishut) dan 9 sumur bor untuk sawah (PUPR).") == [
        "Bibit karet untuk 15 kelompok (Dishut)", "9 sumur bor untuk sawah (PUPR)."]


def test_lalu_and_the_village_s_own_news_open_an_item() -> None:
    assert roundup_items("Selain itu, pasar murah di kecamatan. Lalu, senam lansia tiap Jumat pagi.") == [
        "Selain itu, pasar murah di kecamatan.", "Lalu, senam lansia tiap Jumat pagi."]
    assert roundup_items("Sementara itu, vaksin rabies gratis. Dari desa kita sendiri: kerja bakti parit.") == [
        "Sementara itu, vaksin rabies gratis.", "Dari desa kita sendiri: kerja bakti parit."]


def test_a_bracket_that_is_no_source_stays_inside_its_item() -> None:
    # after a name: whose or where the name is
    winners = "Juara II diraih Desa Murung Raya (HSS), juara III Desa Sungai Tabuk (Banjar)."
    assert roundup_items(winners) == [winners]
    # an abbreviation spelled out, and a dateline's weekday
    spelled = "Bantuan bedah rumah bagi warga berpenghasilan rendah (WBR), pekerjaan dimulai bulan depan."
    assert roundup_items(spelled) == [spelled]
    dated = "Bantuan 40 ekor sapi untuk kelompok ternak (Disnak), Senin lalu di balai desa."
    assert roundup_items(dated) == [dated]
    # a heading that names its one story is no list heading
    story = "Rekap vaksinasi ternak Kecamatan Kelua: 540 ekor dari 8 desa."
    assert roundup_items(story) == [story]


def test_pekan_ini_ada_beberapa_kabar_opens_a_round_up() -> None:
    assert items("Pekan ini ada beberapa kabar penting. Pojok baca di pos ronda. Hand traktor untuk Daha.") == [
        "Pekan ini ada beberapa kabar penting.", "Pojok baca di pos ronda.", "Hand traktor untuk Daha."]


def test_a_single_event_post_keeps_its_sources_and_commas() -> None:
    one = ("Alhamdulillah, 35 hand traktor untuk kelompok tani Daha (Distan HSS), dan petani rawa senang "
           "sekali karena olah lahan jadi cepat.")
    assert units(one) == []  # no round-up: nothing cut into items


def test_two_items_in_one_sentence_each_match_their_release() -> None:
    text = ("Kabar Sepekan KIM Contoh\n\nBeberapa informasi penting minggu ini: 35 hand traktor untuk kelompok "
            "tani rawa di kecamatan (Distan), dan 22 pojok baca di pos ronda (HST).\n\nDari desa kita sendiri: "
            "kerja bakti parit.")
    assert units(text)[:2] == ["35 hand traktor untuk kelompok tani rawa di kecamatan (Distan)",
                               "22 pojok baca di pos ronda (HST)."]
    found = {d.announcement_id: d for d in decide(index(SEEDS, LIBRARY), post(text, LATER), CONFIG)}
    assert found["seeds"].status == "auto" and found["lib"].status == "auto"


def test_a_terse_item_sharing_only_a_topic_word_decides_nothing() -> None:
    text = ("Beberapa informasi penting minggu ini: traktor untuk petani (Distan), dan pojok baca lagi ramai "
            "(Perpus).\n\nDari desa kita sendiri: kerja bakti parit.")
    decided = {d.announcement_id for d in decide(index(SEEDS, LIBRARY), post(text, LATER), CONFIG)
               if d.status == "auto"}
    assert not decided
