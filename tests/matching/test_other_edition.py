"""A release about another year's edition than the one it is written in (next year's calendar,
planned in 2026) does not name the year it is written in, though its meeting's date carries it:
a post telling "tahun ini" of the programme tells this year's edition — a complaint, a memory —
not the plan (``decisions._other_edition``). Relays of the plan, and relays of a release about
this year's edition that say "tahun ini", still match.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann

# next year's calendar of river festivals, set at a meeting in November 2026
CALENDAR = ann("c", "PARINGIN – Dinas Pariwisata Balangan menggelar rapat penyusunan kalender 12 festival sungai "
                    "tahun 2027 pada Kamis (12/11/2026) di Aula Bappeda Balangan. Rapat dihadiri pengelola "
                    "objek wisata Halong, Awayan, Juai dan Paringin Selatan.\n\nRapat menyepakati setiap "
                    "festival sungai digelar pada bulan berbeda, dimulai Lomba Jukung Halong pada Maret 2027. "
                    "\"Pengunjung tidak lagi terbagi,\" kata Kepala Dinas Pariwisata Balangan, Rahmat Hidayat.",
               published_at="2026-11-13T09:00:00+08:00", title="Kalender 12 Festival Sungai Balangan 2027 Disusun")

# a release about this year's edition
THIS_YEAR = ann("t", "PARINGIN – Lomba Jukung Halong digelar Sabtu (14/11/2026) di Sungai Balangan, diikuti 48 "
                     "regu pedayung dari 8 kecamatan. Juara pertama diraih regu Desa Binjai Punggal.\n\n"
                     "\"Lomba jukung tahun ini paling ramai,\" kata Kepala Dinas Pariwisata Balangan, Rahmat Hidayat.",
                published_at="2026-11-15T09:00:00+08:00", title="48 Regu Ramaikan Lomba Jukung Halong")

THIS_EDITION = [
    # Indonesian, short: this year's festivals clashed
    ("Tahun ini festival sungai di Balangan digelar bersamaan, pengunjung terbagi dan pedagang sepi.",
     "2026-11-20T10:00:00+08:00"),
    # Banjar: this year's festival was quiet
    ("Festival sungai tahun ini sapi banar, pengunjung terbagi ka Halong. Mudahan jadwalnya kaina labih "
     "baik, ujar padagang.", "2026-11-22T10:00:00+08:00"),
    # Indonesian, longer: a memory of this year's edition
    ("Pengelola wisata Paringin Selatan bercerita, festival sungai tahun ini digelar bersamaan dengan acara di "
     "Halong sehingga perahu hias yang datang hanya sedikit. Pedagang di tepian sungai mengaku dagangannya "
     "banyak yang tidak laku.", "2026-11-25T10:00:00+08:00"),
]

PLAN_RELAYS = [
    ("Dinas Pariwisata Balangan sudah menyusun kalender 12 festival sungai tahun 2027. Lomba Jukung Halong "
     "dibuka Maret 2027, tiap festival beda bulan.", "2026-11-14T10:00:00+08:00"),
    ("Kalender festival sungai Balangan 2027 hudah disusun, 12 festival, kada ada nang bajajak bulan. Halong, "
     "Awayan, Juai wan Paringin Selatan umpat rapat.", "2026-11-14T10:00:00+08:00"),
]

THIS_YEAR_RELAYS = [
    ("Lomba Jukung Halong tahun ini diikuti 48 regu pedayung dari 8 kecamatan. Selamat untuk regu Desa Binjai "
     "Punggal!", "2026-11-16T10:00:00+08:00"),
]


@pytest.mark.parametrize(("text", "written"), THIS_EDITION)
def test_this_years_edition_against_next_years_plan_is_refused(text: str, written: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(CALENDAR, text, written) < 0.5
    monkeypatch.setattr(decisions, "_other_edition", lambda marks, published: False)
    assert score(CALENDAR, text, written) >= 0.5  # fails without the rule


@pytest.mark.parametrize(("text", "written"), PLAN_RELAYS)
def test_relays_of_the_plan_still_match(text: str, written: str) -> None:
    assert score(CALENDAR, text, written) >= 0.5


@pytest.mark.parametrize(("text", "written"), THIS_YEAR_RELAYS)
def test_relays_of_this_years_edition_saying_tahun_ini_still_match(text: str, written: str) -> None:
    assert score(THIS_YEAR, text, written) >= 0.5


# next year's allocation compared with this year's: the release names its own year
ALLOCATION = ann("k", "MARTAPURA – Kuota pupuk bersubsidi Kabupaten Banjar tahun 2027 ditetapkan 18.400 ton, naik 3 "
                      "persen dari kuota 2026. Penetapan disampaikan Dinas Pertanian Banjar, Selasa (10/11/2026).\n\n"
                      "Pembagian ke 20 kecamatan dilakukan Januari 2027.",
                 published_at="2026-11-10T15:00:00+08:00", title="Kuota Pupuk Subsidi Banjar 2027 Naik Jadi 18.400 Ton")


def test_a_relay_comparing_with_this_year_still_matches() -> None:
    text = "Kuota pupuk subsidi Banjar 2027 sudah ditetapkan 18.400 ton, naik 3 persen dari tahun ini."
    assert score(ALLOCATION, text, "2026-11-12T10:00:00+08:00") >= 0.5
