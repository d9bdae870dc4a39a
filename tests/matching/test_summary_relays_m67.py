"""Issue 12, session 17 (matcher67; sixty-sixth round): summaries are still relays.

The single-event readings see summaries ("… diresmikan …, …"). A summary that tells the release's event as done and carries its
figures is a relay; an object named by the lexicon as one phrase ("bank sampah") is read as the
release reads it. Every text here is made up; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-20T17:00:00+08:00"

BANK = ann("b", "KANDANGAN – DLH HSS meresmikan bank sampah di 15 sekolah dasar Kecamatan Kandangan dan Angkinang, "
                "Kamis (19/11/2026). Murid menabung sampah setiap Jumat dan hasilnya dipakai untuk kegiatan sekolah.",
           published_at="2026-11-19T10:00:00+08:00", title="15 Sekolah di HSS Punya Bank Sampah Sekolah")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize("text", [
    "Bank sampah diresmikan di 15 SD Kandangan & Angkinang. Murid menabung sampah tiap Jumat.",
    "Bank sampah diresmikan DLH HSS di 15 SD Kandangan wan Angkinang, murid manabung sampah saban Jumat.",
    "Kabar baik: 15 sekolah dasar di Kandangan dan Angkinang kini punya bank sampah, diresmikan DLH HSS kemarin.",
])
def test_a_summary_of_the_bank_sampah_still_matches(text: str) -> None:
    assert accepted(BANK, text) > 0.0


@pytest.mark.parametrize("text", [
    "Bank darah RSUD Kandangan diresmikan, warga diajak donor tiap Jumat.",
    "Bank soal ujian diluncurkan Disdik HSS gasan guru SD se-Angkinang.",
    "Bank benih padi lokal dibuka kelompok tani di Kandangan, petani bisa pinjam benih.",
])
def test_another_bank_is_still_another_object(text: str) -> None:
    assert accepted(BANK, text) == 0.0


EVAL = ann("e", "BANJARBARU – Dinas Pendidikan Kalsel mengumumkan hasil penilaian sekolah adiwiyata tingkat provinsi "
                "untuk 40 sekolah, Rabu (18/11/2026). Sebanyak 12 sekolah meraih predikat mandiri, 20 sekolah predikat "
                "nasional dan 8 sekolah predikat provinsi. Nilai rata-rata naik menjadi 81,5 dari 78,2 tahun lalu.",
           published_at="2026-11-18T10:00:00+08:00", title="Hasil Penilaian Adiwiyata: 12 Sekolah Raih Predikat Mandiri")


@pytest.mark.parametrize("text", [
    # the release's results told with another action word, carrying several of its own figures
    "Penilaian adiwiyata diresmikan selesai, 12 sekolah predikat mandiri dan 20 nasional, rata-rata 81,5.",
    "Piagam adiwiyata sudah diserahkan ke 12 sekolah mandiri dan 20 sekolah nasional se-Kalsel, rata-rata nilai 81,5.",
    "Lomba adiwiyata sudah diresmikan hasilnya: 12 sekolah mandiri wan 20 nasional, rata-rata 81,5 (tahun tadi 78,2).",
])
def test_the_release_told_as_done_with_its_figures_is_a_relay(text: str) -> None:
    assert accepted(EVAL, text) > 0.0


@pytest.mark.parametrize("text", [
    # another step of the programme, sharing one figure at most
    "Pelatihan kader adiwiyata gasan 12 guru dibuka di Banjarbaru, materi pilah sampah.",
    "Serah terima piala adiwiyata ke 20 sekolah di Martapura tadi pagi, diiringi hadrah.",
    "Sosialisasi adiwiyata dimulai di 40 sekolah HSS, petugas datang bergiliran.",
])
def test_another_step_sharing_one_figure_is_still_refused(text: str) -> None:
    assert accepted(EVAL, text) == 0.0
