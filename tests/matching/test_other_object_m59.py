"""Issue 12, session 16 (matcher59): the same frame, another object.

A single-event post names the object of its action — the noun after the action or the service
("membuka gerai …", "mengecat ulang marka …", "Klinik … dibuka"). When the head of that object is a
word of the release (the same frame: a desk, a clinic, a road marking) but the word that says *which*
one is not the object the release's title and lead name — it may be in the release as an aside, "bawa
KTP dan NIB" — the post tells another event of the same frame (:func:`decisions._other_object`).
A relay names the release's object in its title's or lead's words and still matches. Every text here
is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-18T15:00:00+08:00"

HALAL = ann("h", "Dinas Koperasi dan UMKM Kota Banjarbaru membuka layanan sertifikasi halal gratis di Pasar Bauntung "
                 "mulai Senin (16/11/2026) hingga 18 Desember 2026. Layanan membantu 150 pelaku usaha mikro mengurus "
                 "sertifikat halal lewat jalur pernyataan mandiri. Pelaku usaha cukup membawa KTP, NIB dan foto produk.",
            published_at="2026-11-16T09:00:00+08:00", title="Layanan Sertifikasi Halal Gratis Dibuka di Pasar Bauntung")
LAMPS = ann("l", "Dinas Perhubungan Kabupaten Tapin memasang 18 lampu penerangan jalan tenaga surya di ruas Rantau–Binuang, "
                 "Rabu (18/11/2026). Lampu dipasang di tikungan dan titik rawan kecelakaan. Dishub Tapin juga akan "
                 "mengecat ulang marka jalan di ruas itu pada awal Desember.",
            published_at="2026-11-18T09:00:00+08:00", title="18 Lampu Jalan Tenaga Surya Terpasang di Ruas Rantau–Binuang")
CLINIC = ann("k", "Dinas Lingkungan Hidup Provinsi Kalimantan Selatan membuka klinik persetujuan lingkungan gratis pada "
                  "23–27 November 2026 di kantor dinas, Banjarbaru. Petugas membantu pelaku usaha menyusun dokumen "
                  "UKL-UPL sampai terbit. Pemilik usaha cukup membawa NIB dan denah lokasi.",
             published_at="2026-11-17T09:00:00+08:00", title="DLH Kalsel Buka Klinik Persetujuan Lingkungan Gratis")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(HALAL, LAMPS, CLINIC), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize(("announcement", "text"), [
    # short: the same office and market, a desk for another document (the release's aside)
    (HALAL, "Dinkop Banjarbaru juga membuka layanan NIB gratis gasan pedagang Pasar Bauntung, kuota 150 pedagang."),
    # Banjar: the same road's marking the release only schedules, a marking of another kind done
    (LAMPS, "Dishub Tapin tadi malam mangecat ulang marka garis kejut di Rantau–Binuang, 18 titik."),
    # passive, the object first: another office's clinic on the release's dates and town
    (CLINIC, "Klinik perizinan tambang rakyat dibuka 23–27 November di Banjarbaru, pemilik usaha membawa NIB."),
])
def test_the_same_frame_with_another_object_is_refused(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) == 0.0


@pytest.mark.parametrize(("announcement", "text"), [
    (HALAL, "Dinkop Banjarbaru membuka layanan sertifikasi halal gratis di Pasar Bauntung, bawa KTP dan NIB."),
    (LAMPS, "Dishub Tapin memasang lampu jalan tenaga surya di ruas Rantau–Binuang, 18 buah, di tikungan rawan."),
    (CLINIC, "Klinik persetujuan lingkungan dibuka DLH Kalsel 23–27 November di Banjarbaru, gratis, bawa NIB."),
    (CLINIC, "DLH Kalsel buka klinik gasan urus persetujuan lingkungan, 23–27 November di Banjarbaru, gratis."),
])
def test_a_relay_naming_the_release_object_still_matches(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) > 0.0
