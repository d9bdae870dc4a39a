"""A date a release names only by its month, after its own event ("Hasil uji diumumkan pada awal
Desember" in a November release), is a step it schedules (``textnorm._later_month``); a post written
on or after that step's day, dated by it and giving a figure the release nowhere writes, tells the
step's outcome — another happening (``decisions._step_result``). Relays of the schedule, and of the
own event, still match.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.textnorm import next_event
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann

EXAM = ann("u", "BANJARBARU – Balai Latihan Kerja Banjarbaru menggelar uji kompetensi juru las bagi 60 peserta "
                "pelatihan dari enam bengkel las, Rabu (18/11/2026). Uji praktik berlangsung di workshop BLK "
                "selama sehari penuh.\n\nPenguji berasal dari lembaga sertifikasi profesi logam. \"Juru las yang "
                "bersertifikat lebih mudah diterima proyek,\" kata Kepala BLK Banjarbaru.\n\nHasil uji "
                "kompetensi disampaikan kepada peserta pada awal Desember.",
           published_at="2026-11-18T15:00:00+08:00", title="60 Juru Las Ikuti Uji Kompetensi di BLK Banjarbaru")
AFTER = "2026-12-03T10:00:00+08:00"  # on or after the step's day
BEFORE = "2026-11-20T10:00:00+08:00"  # before it: only the schedule can be told

RESULTS = [
    # Indonesian, short
    "Hasil uji kompetensi juru las BLK Banjarbaru: 52 dari 60 peserta lulus, disampaikan awal Desember.",
    # Banjar
    "Hasil uji kompetensi juru las di BLK Banjarbaru hudah disampaikan awal Desember, 47 urang lulus.",
    # Indonesian, longer, a thanks of its own
    "Alhamdulillah, hasil uji kompetensi juru las BLK Banjarbaru keluar awal Desember. Dari peserta "
    "pelatihan, 55 orang dinyatakan kompeten dan menerima sertifikat. Selamat untuk juru las kita!",
]
RELAYS = [
    # the schedule relayed before its day
    ("Uji kompetensi 60 juru las di BLK Banjarbaru, hasilnya disampaikan awal Desember.", BEFORE),
    # the own event relayed, its count and the schedule
    ("BLK Banjarbaru uji kompetensi 60 juru las Rabu (18/11), hasil awal Desember.", BEFORE),
    # a late relay of the schedule with no figure of its own
    ("Hasil uji kompetensi juru las BLK Banjarbaru disampaikan awal Desember, peserta harap cek.", AFTER),
]


def test_a_later_month_is_the_scheduled_steps() -> None:
    text = EXAM["title"] + "\n" + EXAM["text"]
    assert "awal Desember" in next_event(text).next_text


def test_a_month_before_the_own_event_or_a_deadline_is_not_a_step() -> None:
    before = ("BANJARBARU – BLK menggelar uji kompetensi juru las, Rabu (18/11/2026).\n\n"
              "Pelatihannya digelar sejak Agustus.")
    assert "Agustus" not in next_event(before).next_text
    deadline = ("BANJARBARU – BLK membuka pendaftaran pelatihan las, Rabu (18/11/2026).\n\n"
                "Berkas diserahkan paling lambat Desember.")
    assert "Desember" not in next_event(deadline).next_text
    period = ("BANJARBARU – BLK membuka pendaftaran pelatihan las, Rabu (18/11/2026).\n\n"
              "Pendaftaran dibuka di tiap kecamatan sampai akhir Desember.")
    assert "Desember" not in next_event(period).next_text  # a period's end: the own call runs until then


@pytest.mark.parametrize("text", RESULTS)
def test_the_steps_outcome_told_is_another_happening(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(EXAM, text, AFTER) < 0.5
    monkeypatch.setattr(decisions, "_step_result", lambda post, doc: [])
    # (a result with a count of its own is also what came of the event: _aftermath reads it too)
    monkeypatch.setattr(decisions, "_aftermath", lambda post, doc: [])
    assert score(EXAM, text, AFTER) >= 0.5  # fails without the rule


@pytest.mark.parametrize(("text", "written"), RELAYS)
def test_relays_of_the_schedule_and_the_own_event_are_kept(text: str, written: str) -> None:
    assert score(EXAM, text, written) >= 0.5


# a clinic's own day, and the ones left over scheduled for a later month: "Sisa 12 koperasi …"
CLINIC = ann("k", "PELAIHARI – Dinas Koperasi Tanah Laut membuka klinik penyusunan laporan keuangan bagi 40 koperasi "
                  "desa di aula dinas, Selasa (10/11/2026). Petugas mendampingi pengurus satu per satu.\n\n"
                  "Sebanyak 28 koperasi selesai menyusun laporan pada hari itu. \"Laporan yang rapi memudahkan "
                  "koperasi mendapat modal,\" kata Kepala Dinas Koperasi.\n\nSisa 12 koperasi dijadwalkan "
                  "didampingi lagi pada awal Desember.",
             published_at="2026-11-10T15:00:00+08:00", title="40 Koperasi Desa Ikuti Klinik Laporan Keuangan")

LEFT_DONE = [
    # Indonesian, short
    "12 koperasi yang belum selesai di klinik laporan keuangan Dinas Koperasi akhirnya menyerahkan laporannya.",
    # Banjar
    "Klinik laporan keuangan koperasi Tala: 12 koperasi nang tatinggal hudah manyarahakan laporan ka dinas.",
    # Indonesian, longer, the own count repeated as a total
    "Klinik laporan keuangan koperasi di Pelaihari: 12 koperasi yang tertinggal akhirnya rampung menyusun "
    "laporan. Kini 40 koperasi sudah punya laporan.",
    # Indonesian, good news told with its own day
    "Kabar baik dari klinik laporan keuangan Dinas Koperasi Tala, 12 koperasi desa yang tertinggal kemarin "
    "sudah menuntaskan laporan keuangannya.",
]
CLINIC_RELAYS = [
    ("Klinik laporan keuangan untuk 40 koperasi desa di Pelaihari, 28 selesai, sisa 12 koperasi didampingi "
     "lagi awal Desember.", BEFORE),
    ("Dinas Koperasi Tala sudah mendampingi 40 koperasi desa menyusun laporan keuangan, 28 koperasi selesai "
     "hari itu.", AFTER),
    ("Klinik laporan keuangan koperasi desa Tala: 12 koperasi sisanya akan didampingi lagi awal Desember.",
     AFTER),
]


@pytest.mark.parametrize("text", LEFT_DONE)
def test_those_left_for_the_step_told_done_are_another_happening(text: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(CLINIC, text, AFTER) < 0.5
    monkeypatch.setattr(decisions, "_step_result", lambda post, doc: [])
    assert score(CLINIC, text, AFTER) >= 0.5  # fails without the rule


@pytest.mark.parametrize(("text", "written"), CLINIC_RELAYS)
def test_relays_of_the_clinic_are_kept(text: str, written: str) -> None:
    assert score(CLINIC, text, written) >= 0.5


def test_figures_are_told_in_the_order_of_their_values() -> None:
    # figures as the matcher keeps them ("1.500" is 1500, "3,2" a decimal); a text sort put "13"
    # before "9" and "1500" before "200" in the evidence shown to a clerk
    assert (sorted(["13", "9", "1500", "200", "3,2"], key=decisions._figure_order)
            == ["3,2", "9", "13", "200", "1500"])
