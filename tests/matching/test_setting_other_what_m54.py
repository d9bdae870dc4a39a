"""Issue 12, session 16 (matcher54): another event in the same setting — the post's own *what*.

A short single-event post names its own event: its head phrase, the *what* (a football tournament,
food parcels, a mass exercise, waste dumps). When that *what* is nowhere in the release and all the
post shares with it is the setting — the official, the place, the day, the office, and a count —
it is another event there (:func:`decisions._circumstances_only`). Four readings make that visible:

- a count shared besides the setting is the release's only when the post counts no thing of its
  own: "48 paket beras" against "48 bidang tanah" (the post names two or more
  content words the release nowhere has);
- an official who attends (*menghadiri*, *dihadiri*, Banjar *mahadiri*) is where the event is;
- a named day ("peringatan Hari Guru Nasional") is when, and "dari/menurut data …" is a report's source;
- a kecamatan or kelurahan is a place and an office, not a thing done.

A relay or a summary, however short or in Banjar, carries the release's *what* in its own words and
still matches. Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-17T15:00:00+08:00"

PLOTS = ann("k", "Kelurahan Pekapuran Raya, Selasa (17/11/2026), menuntaskan konsolidasi tanah 48 bidang milik warga. "
                 "Penataan bidang itu membuka jalan lingkungan selebar enam meter dan saluran drainase baru. "
                 "Sertipikat hasil konsolidasi diserahkan kepada pemilik bidang bulan depan.",
            published_at="2026-11-17T09:00:00+08:00", title="Konsolidasi Tanah 48 Bidang di Pekapuran Raya Rampung")
TREES = ann("t", "Wakil Bupati Tapin Ahmad Fauzi membuka program adopsi 300 bibit pohon buah di Lapangan Tambarangan, "
                 "Selasa (17/11/2026). Kegiatan dihadiri Camat Tambarangan. Setiap keluarga dapat mengasuh satu "
                 "pohon dan merawatnya hingga berbuah; bibit mangga, rambutan dan durian disediakan Dinas Pertanian.",
            published_at="2026-11-17T09:00:00+08:00", title="Wabup Tapin Buka Adopsi 300 Bibit Pohon Buah")
WORKSHOPS = ann("w", "DLH Tabalong mendata 26 bengkel di Murung Pudak dan Tanjung, Selasa (17/11/2026). Tujuh bengkel "
                     "belum mengelola oli bekas sesuai aturan dan diberi waktu 30 hari untuk menyediakan tempat "
                     "penyimpanan limbah B3.",
                published_at="2026-11-17T09:00:00+08:00", title="DLH Tabalong Data 26 Bengkel, Tujuh Belum Kelola Oli Bekas")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(PLOTS, TREES, WORKSHOPS), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize(("announcement", "text"), [
    # the same kelurahan, day and count: food parcels, not plots
    (PLOTS, "Kelurahan Pekapuran Raya membagikan 48 paket beras untuk janda dan anak yatim, Selasa (17/11)."),
    # Banjar, the same count of another thing
    (PLOTS, "Kelurahan Pekapuran Raya hari Salasa (17/11) mambagi 48 kantong sembako gasan urang tuha-tuha."),
    # the same field, the same deputy regent and "about 300": a walk for a named day
    (TREES, "Lapangan Tambarangan Selasa pagi ramai dengan jalan santai peringatan Hari Guru Nasional. "
            "Wakil Bupati Tapin ikut berjalan bersama sekitar 300 peserta."),
    # the same official attending, the same day and place: a boat race
    (TREES, "Wakil Bupati Tapin Ahmad Fauzi Selasa (17/11) menghadiri lomba jukung hias di Lapangan Tambarangan, "
            "Kecamatan Tambarangan."),
    # the same counts and places from the same office's data: schools with a waste bank
    (WORKSHOPS, "Menurut data DLH Tabalong, dari 26 sekolah di Murung Pudak dan Tanjung baru tujuh yang punya "
                "bank sampah."),
])
def test_another_event_in_the_release_setting_is_refused(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) == 0.0


@pytest.mark.parametrize(("announcement", "text"), [
    # relays carry the release's what in words of their own
    (PLOTS, "Konsolidasi tanah 48 bidang di Pekapuran Raya rampung Selasa (17/11), jalan lingkungan baru dibuka."),
    (PLOTS, "Tanah warga Pekapuran Raya 48 bidang sudah ditata lewat konsolidasi, jalan lingkungan hanyar dibuka."),
    (TREES, "Wakil Bupati Tapin buka adopsi 300 bibit pohon buah di Lapangan Tambarangan, tiap keluarga bisa "
            "mengasuh satu pohon."),
    (TREES, "Wabup Tapin Ahmad Fauzi di Lapangan Tambarangan: 300 bibit pohon mangga, rambutan wan durian kawa "
            "diasuh warga."),
    (WORKSHOPS, "DLH Tabalong data 26 bengkel di Murung Pudak dan Tanjung, tujuh belum kelola oli bekas. "
                "Diberi waktu 30 hari."),
])
def test_a_relay_of_the_release_what_still_matches(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) > 0.0
