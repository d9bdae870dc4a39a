"""Issue 12, session 16 (matcher57): the setting alone carries no match — a post must share the release's *what*.

A single-event post amplifies a release only if it tells the release's *what* — its programme, object or
action — not only its *setting*: people and their titles, offices, places at every level, venues, days,
counts and the generic verbs of occasions. When everything a post shares with the release is setting,
it tells another event in the same circumstances (:func:`decisions._circumstances_only`), whatever its
length and whether or not it shares a count. Three readings of the setting make that visible:

- a place noun at any level ("antar-desa", "jalan kabupaten") is where — unless counted: "20 kampung"
  is what the post counts, its object;
- the capitalised name after a venue noun ("Gedung …", "Panti …", "SMK …") is the venue's;
- a name after an honorific ("Hj. …") and an official's long title run are who.

A relay or a Banjar paraphrase carries the release's *what* and still matches. Every text here is made
up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-19T15:00:00+08:00"

WELLS = ann("s", "Lima desa di Kecamatan Batu Mandi, Balangan, mulai membangun sumur resapan lewat program padat "
                 "karya, Kamis (19/11/2026). Sumur resapan itu dikerjakan warga desa untuk menahan genangan di "
                 "permukiman. \u201cDesa yang merencanakan, desa yang mengerjakan,\u201d ujar Bupati Balangan.",
            published_at="2026-11-19T09:00:00+08:00", title="Lima Desa Batu Mandi Bangun Sumur Resapan")
PANTING = ann("p", "Pemerintah Kabupaten Tanah Laut menyerahkan alat musik panting kepada sanggar seni, Kamis "
                   "(19/11/2026), di Mahligai Ratu Intan, Pelaihari. Setiap sanggar menerima panting, gambus "
                   "dan babun beserta buku notasi lagu daerah.",
              published_at="2026-11-19T09:00:00+08:00", title="Sanggar Seni Tanah Laut Terima Alat Musik Panting")
CHAIRS = ann("c", "Panti Sosial Tresna Werdha Budi Sejahtera di Jalan Trikora, Banjarbaru, menerima kursi roda dan tongkat kaki empat "
                  "untuk penghuni lanjut usia, Kamis (19/11/2026), disaksikan Wali Kota Banjarbaru Erna Lisa Halaby. Kepala Panti Sosial Tresna Werdha Budi Sejahtera "
                  "Hj. Rusmini Hartati mengatakan bantuan itu memudahkan lansia bergerak ke ruang makan dan taman.",
             published_at="2026-11-19T09:00:00+08:00", title="Lansia Panti Budi Sejahtera Terima Kursi Roda")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(WELLS, PANTING, CHAIRS), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize(("announcement", "text"), [
    # short: the same official, kecamatan and weekday, a kite contest between villages
    (WELLS, "Bupati Balangan membuka lomba layang-layang antar-desa di Batu Mandi Kamis sore."),
    # Banjar, short: the same government, hall and day, house keys handed over
    (PANTING, "Kamis (19/11) di Mahligai Ratu Intan Pelaihari, Pemkab Tanah Laut manyerahakan kunci rumah "
              "layak huni gasan warga."),
    # long: the same care home's head, by name, judging a cooking contest
    (CHAIRS, "Kamis (19/11) di Jalan Trikora, Banjarbaru, Wali Kota Banjarbaru Erna Lisa Halaby bersama Kepala Panti "
             "Sosial Tresna Werdha Budi Sejahtera Hj. Rusmini Hartati menjadi juri lomba memasak kue tradisional yang diikuti ibu-ibu PKK "
             "se-Kota Banjarbaru. Lomba meriah, pemenang pertama membawa pulang hadiah peralatan dapur dan piagam dari panitia."),
    # the name first, after its honorific: the same head of the care home speaking at a school
    (CHAIRS, "Hj. Rusmini Hartati, Kepala Panti Sosial Tresna Werdha Budi Sejahtera, Kamis (19/11) jadi pembicara "
             "seminar parenting di SMK Negeri 2 Banjarbaru."),
])
def test_a_post_sharing_only_the_setting_is_refused(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) == 0.0


@pytest.mark.parametrize(("announcement", "text"), [
    (WELLS, "Lima desa di Batu Mandi mulai bangun sumur resapan Kamis (19/11), dikerjakan warga."),
    (WELLS, "Sumur resapan dibangun di lima desa Batu Mandi, padat karya, gasan menahan banyu genangan."),
    (PANTING, "Sanggar seni di Tala dapat alat musik panting wan gambus matan Pemkab, diserahkan di Gedung "
              "Tuntung Pandang."),
    (CHAIRS, "Lansia di Panti Budi Sejahtera Banjarbaru dapat kursi roda dan tongkat kaki empat hari ini."),
])
def test_a_relay_of_the_release_what_still_matches(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) > 0.0
