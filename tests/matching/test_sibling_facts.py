"""Issue 12, thirty-first round: a summary carries its release's facts, not its sibling's.

A programme's release and its sibling (another office's relay of it, its arrangements) share the
topic words and, often, the programme's dates. A post restating the first one writes its dates,
counts and places; the sibling, which shares some of those dates and none of the post's facts of
its own, is not what the post restates. In a round-up, the same holds for a piece of a sentence
cut at its semicolon inside the unit the release was matched on — not for an item that is a
sentence or a list line of its own.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

import crawler.matching.decisions as decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-12-06T19:00:00+08:00"

CLOSURE = ann("closure", "MARABAHAN – Dinas PUPR Provinsi Kalimantan Selatan menutup Jembatan Rumpiang untuk "
                         "pengecatan dan penggantian sambungan pada Kamis (3/12/2026) hingga Minggu (20/12/2026). "
                         "Kendaraan roda empat dialihkan lewat penyeberangan kapal feri Jelapat yang ditambah "
                         "menjadi 14 trip per hari. Sebanyak 40 petugas berjaga di kedua ujung jembatan, kata "
                         "Kepala Bidang Jembatan, Ir. Rusdiansyah Mahfuz.",
                  published_at="2026-12-01T09:00:00+08:00",
                  title="Jembatan Rumpiang Ditutup untuk Pengecatan, Kendaraan Dialihkan ke Feri")
ARRANGEMENTS = ann("arrangements", "MARABAHAN – Pemerintah Kabupaten Barito Kuala menyiapkan lahan parkir antrean "
                                   "truk di Lapangan Ulu Benteng selama Jembatan Rumpiang ditutup pada Kamis "
                                   "(3/12/2026) hingga Minggu (20/12/2026). Pengecatan jembatan membuat truk "
                                   "menunggu kapal feri lebih lama. Dinas Perhubungan Batola menempatkan petugas "
                                   "dan membuka posko di lapangan, kata Kadishub Batola, Mahyuni Saputra.",
                       published_at="2026-12-02T10:00:00+08:00",
                       title="Selama Jembatan Rumpiang Ditutup, Batola Siapkan Parkir Truk di Ulu Benteng")
SCHOOL = ann("school", "AMUNTAI – Dinas Pendidikan HSU membagikan 300 paket seragam kepada siswa SD di tiga "
                       "kecamatan, Jumat (4/12/2026).", published_at="2026-12-04T09:00:00+08:00",
             title="300 Paket Seragam untuk Siswa SD HSU")


def counted(text: str) -> set[str]:
    return {d.announcement_id for d in decide(index(CLOSURE, ARRANGEMENTS, SCHOOL), post(text, LATER), CONFIG)}


SUMMARY = ("📌 3–20 Des selama Jembatan Rumpiang ditutup, truk menunggu kapal feri, mobil lewat feri Jelapat "
           "14 trip/hari karena pengecatan; 40 petugas jaga.")
ROUNDUP = ("Kabar pekan ini:\n"
           "1. 3–20 Des selama Jembatan Rumpiang ditutup, truk menunggu kapal feri lebih lama, mobil ke feri "
           "Jelapat 14 trip/hari karena pengecatan; 40 petugas jaga\n"
           "2. 300 paket seragam untuk siswa SD HSU")


def test_a_summary_with_one_release_s_facts_is_not_its_sibling_s() -> None:
    assert counted(SUMMARY) == {"closure"}


def test_a_piece_cut_at_a_semicolon_inside_the_release_s_item_is_that_release_s() -> None:
    assert counted(ROUNDUP) == {"closure", "school"}


@pytest.mark.parametrize("text", [SUMMARY, ROUNDUP])
def test_without_the_rule_the_sibling_is_matched_too(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # (the texts above do reach the sibling: the rule, not a low score, refuses it)
    monkeypatch.setattr(decisions, "_sibling_facts", lambda *args: None)
    assert "arrangements" in counted(text)


def test_a_post_telling_the_sibling_s_own_facts_keeps_it() -> None:
    # the parking lot and its kabupaten are the sibling's own: the post does tell of it
    text = ("3–20 Des Jembatan Rumpiang ditutup untuk pengecatan, mobil lewat feri Jelapat 14 trip/hari. "
            "Truk antre di parkir Lapangan Ulu Benteng, posko Dishub Batola di lapangan.")
    assert "arrangements" in counted(text)
