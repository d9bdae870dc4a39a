"""Another stop of a programme told as the post's own news: a single-event post that passes on none
of the release's own facts, names the step the release only schedules, and gives it a time of its
own relative to its own day ("hari ini", "Kamis depan", "minggu depan", Banjar "minggu dudi") on
none of the release's days, with the step or a count of its own in that sentence — the next
village's registration, the visit's own day — is refused (``decisions._own_stop``). Relays of
the release's event (with a local remark of their own) and of its schedule, in the release's
own time, still match.

A post read as a regional round-up (its sentences name several kabupaten: "Pemohon dari HSS, HST
dan Tapin") is read so when its whole text, not one item, is what matched.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.documents import announcement_doc
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann, post

# boat engines handed to one village's fishers; the next village scheduled for December
ENGINES = ann("m", "MARTAPURA – Dinas Perikanan Kabupaten Banjar menyerahkan 30 unit mesin perahu kepada nelayan "
                   "Desa Tungkaran, Kecamatan Martapura, Rabu (11/11/2026). Bantuan senilai Rp450 juta dari APBD "
                   "itu diterima 30 kelompok nelayan sungai.\n\n\"Dengan mesin baru nelayan bisa mencari ikan "
                   "lebih jauh dan pulang lebih cepat,\" kata Kepala Dinas Perikanan Banjar, Rusdiansyah.\n\n"
                   "Penyerahan tahap berikutnya untuk nelayan Desa Pematang Danau di Kecamatan Mataraman "
                   "dijadwalkan pada Desember.",
              published_at="2026-11-11T14:00:00+08:00", title="30 Mesin Perahu untuk Nelayan Tungkaran")

OWN_STOPS = [
    # Indonesian, short: the next village's registrations so far, a count of its own
    ("Penyerahan mesin perahu dari Dinas Perikanan Kabupaten Banjar untuk nelayan Desa Pematang Danau, "
     "Kecamatan Mataraman, Desember nanti. Pendataan calon penerima dibuka Senin depan, kuotanya 40 nelayan.",
     "2026-11-14T10:00:00+08:00"),
    # Banjar: the officers come to the village next week
    ("Masin parahu bantuan Dinas Perikanan Banjar gasan nelayan Desa Pematang Danau, Mataraman: petugas turun "
     "mandata minggu dudi. Nelayan nang handak dapat masin parahu bawa KTP wan kartu nelayan.",
     "2026-11-16T10:00:00+08:00"),
    # Indonesian, longer: the handover at the next village given a day of its own
    ("Penyerahan mesin perahu dari Dinas Perikanan Kabupaten Banjar untuk nelayan Desa Pematang Danau, Kecamatan "
     "Mataraman, digelar Kamis depan di balai desa. Panitia meminta calon penerima hadir pukul 09.00 membawa "
     "kartu nelayan.", "2026-11-16T10:00:00+08:00"),
]

RELAYS = [
    # the release's event relayed, a local remark of its own added after it
    ("Dinas Perikanan Banjar menyerahkan 30 mesin perahu kepada nelayan Desa Tungkaran, Rabu (11/11). Di desa "
     "kami juga nanti, Desember giliran nelayan Pematang Danau. Hari ini warga sudah ramai bertanya.",
     "2026-11-13T10:00:00+08:00"),
    # Banjar: the event relayed the day after, "kamarin" its own day
    ("30 masin parahu hudah diserahakan ka nelayan Tungkaran kamarin, Rp450 juta dari APBD. Desember dudi "
     "giliran nelayan Pematang Danau.", "2026-11-12T10:00:00+08:00"),
    # the schedule relayed in the release's own time ("bulan depan" = December)
    ("Mesin perahu bantuan APBD untuk 30 nelayan Tungkaran sudah diserahkan; tahap berikutnya untuk nelayan "
     "Desa Pematang Danau, Mataraman, bulan depan.", "2026-11-20T10:00:00+08:00"),
]


@pytest.mark.parametrize(("text", "written"), OWN_STOPS)
def test_another_stop_with_its_own_time_is_refused(text: str, written: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(ENGINES, text, written) < 0.5
    monkeypatch.setattr(decisions, "_own_stop", lambda post, doc, unit=None: [])
    assert score(ENGINES, text, written) >= 0.5  # fails without the rule


@pytest.mark.parametrize(("text", "written"), RELAYS)
def test_relays_of_the_release_and_its_schedule_still_match(text: str, written: str) -> None:
    assert score(ENGINES, text, written) >= 0.5


def test_the_releases_own_time_is_no_time_of_the_posts() -> None:
    # "bulan depan" written in November is December, the month the release gives the step: a relay's
    # time; written in December it is January, a time of the post's own
    text = ("Penyerahan mesin perahu dari Dinas Perikanan Kabupaten Banjar untuk nelayan Desa Pematang Danau, "
            "Kecamatan Mataraman, bulan depan.")
    doc = announcement_doc(ENGINES)
    assert decisions._own_stop(post(text, "2026-11-20T10:00:00+08:00"), doc) == []
    assert decisions._own_stop(post(text, "2026-12-20T10:00:00+08:00"), doc)[0] == "bulan depan"
    # "Kamis kemarin" on the release's own Wednesday's week: Thursday 12 November is none of its days
    done = "Penyerahan mesin perahu untuk nelayan Desa Pematang Danau digelar Kamis kemarin."
    assert decisions._own_stop(post(done, "2026-11-14T10:00:00+08:00"), doc)[0] == "kamis kemarin"


# a clinic's first week; the next clinic, for three kabupaten, scheduled in another town
CLINIC = ann("c", "BANJARBARU – Dinas Penanaman Modal Kalimantan Selatan membuka klinik izin usaha pertambangan rakyat "
                  "di Mal Pelayanan Publik Banjarbaru, 9–13 November. Hasilnya diumumkan Senin (16/11/2026): 57 "
                  "pemohon berkonsultasi dan 21 izin terbit.\n\n\"Penambang kecil mau legal asal dibantu,\" kata "
                  "Kepala Dinas.\n\nKlinik serupa akan dibuka di MPP Kandangan pada 14–18 Desember untuk pemohon "
                  "dari Hulu Sungai Selatan, Hulu Sungai Tengah dan Tapin.",
             published_at="2026-11-16T10:00:00+08:00", title="Klinik Izin Pertambangan Rakyat: 57 Pemohon, 21 Izin Terbit")


def test_a_post_read_as_a_regional_roundup_is_read_when_matched_whole() -> None:
    # its sentences name several kabupaten, so it reads as a round-up; read as one event only when
    # the whole post, not one of its items, is what matched
    text = ("MPP Kandangan, Desember: klinik izin pertambangan rakyat dibuka 14–18 Desember. Pemohon dari Hulu "
            "Sungai Selatan, Hulu Sungai Tengah dan Tapin membawa KTP dan peta lokasi. Hari ini baru 4 yang "
            "mendaftar.")
    read = post(text, "2026-12-02T10:00:00+08:00")
    doc = announcement_doc(CLINIC)
    assert read.roundup
    assert decisions._own_stop(read, doc, read.whole) == ["hari ini", "4"]
    assert decisions._own_stop(read, doc, read.units[1]) == []
    assert decisions._own_stop(read, doc) == []


def test_a_relay_read_as_a_regional_roundup_still_matches() -> None:
    text = ("Klinik izin pertambangan rakyat di MPP Banjarbaru: 57 pemohon berkonsultasi, 21 izin terbit. Pemohon "
            "dari Hulu Sungai Selatan, Hulu Sungai Tengah dan Tapin tunggu di MPP Kandangan 14–18 Desember. "
            "Hari ini kami sebarkan lagi.")
    assert score(CLINIC, text, "2026-11-20T10:00:00+08:00") >= 0.5


def test_a_list_of_news_is_never_read_whole() -> None:
    # a numbered list: "pekan depan" is another item's time, not the clinic's
    text = ("Info pekan ini:\n\n1) Klinik izin pertambangan rakyat di MPP Kandangan 14–18 Desember untuk pemohon "
            "HSS, HST dan Tapin\n2) Panen padi kelompok tani mulai pekan depan\n3) Posyandu lansia Kamis")
    read = post(text, "2026-11-20T10:00:00+08:00")
    assert read.roundup
    assert decisions._own_stop(read, announcement_doc(CLINIC), read.whole) == []
