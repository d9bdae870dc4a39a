"""Event identity (issue 12): a round-up's items are separate events, each judged on its own
facts; a single-event post is judged on all of its facts, wherever they stand."""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import post_doc
from crawler.matching.textnorm import items
from tests.matching.test_generalize import ann as _ann
from tests.matching.test_generalize import index, post


def ann(id_: str, text: str) -> dict:
    return _ann(id_, text, published_at="2026-07-16T08:00:00+08:00")


FAIR_TABALONG = ann("fair-tabalong", (
    "Job Fair Tabalong 2026 Hadirkan 34 Perusahaan dan 1.240 Lowongan\n\n"
    "TANJUNG – Dinas Tenaga Kerja Kabupaten Tabalong menggelar job fair di Gedung Serbaguna "
    "Tanjung, Selasa dan Rabu (14-15/7/2026). Sebanyak 34 perusahaan membuka 1.240 lowongan kerja. "
    "Pencari kerja dapat membuat kartu kuning di lokasi tanpa biaya."))
FAIR_TALA = ann("fair-tala", (
    "Job Fair Tanah Laut 2026 Dibuka, 27 Perusahaan Tawarkan 860 Lowongan\n\n"
    "PELAIHARI – Wakil Bupati Tanah Laut membuka job fair di Gedung Tuntung Pandang, Kamis "
    "(16/7/2026). Sebanyak 27 perusahaan sawit, tambang dan perbankan menawarkan 860 lowongan. "
    "Sebagian perusahaan langsung melakukan wawancara di tempat."))
OTHERS = [
    ann("vaksin", "Dinas Peternakan Banjar menggelar vaksinasi rabies gratis untuk 1.500 anjing dan kucing "
                  "di Martapura pada 20 Juli 2026."),
    ann("banjir", "Banjir merendam 5.340 rumah di tujuh kecamatan Hulu Sungai Utara, BPBD menetapkan status "
                  "tanggap darurat selama 14 hari."),
    ann("beasiswa", "Pendaftaran Beasiswa HSU Cerdas 2026 dibuka hingga 20 Maret untuk 250 mahasiswa "
                    "berprestasi dari keluarga kurang mampu."),
]


def matched(text: str, *anns: dict) -> set[str]:
    idx = index(*anns, *OTHERS)
    return {d.announcement_id for d in decide(idx, post(text, "2026-07-17T10:00:00+08:00"), MatchConfig())}


@pytest.mark.parametrize("text", [
    "Info loker pekan ini:\n• Job fair Tabalong di Gedung Serbaguna Tanjung, 34 perusahaan, 1.240 lowongan\n"
    "• Job fair Tanah Laut di Tuntung Pandang, 27 perusahaan, 860 lowongan",
    "Ringkasan Juli: (1) Job fair Tabalong di Gedung Serbaguna Tanjung, 34 perusahaan dan 1.240 lowongan; "
    "(2) Job fair Tanah Laut di Tuntung Pandang, 27 perusahaan dan 860 lowongan.",
    "Kabar sepekan: Job fair Tabalong di Gedung Serbaguna Tanjung menghadirkan 34 perusahaan dan 1.240 "
    "lowongan. Job fair Tanah Laut di Tuntung Pandang diikuti 27 perusahaan dengan 860 lowongan.",
])
def test_a_roundup_of_two_editions_of_one_programme_matches_both(text: str) -> None:
    assert post_doc({"id": "p", "text": text}).roundup
    assert matched(text, FAIR_TABALONG, FAIR_TALA) == {"fair-tabalong", "fair-tala"}


def test_a_story_in_paragraphs_is_not_a_roundup() -> None:
    story = ("Job fair Tabalong di Gedung Serbaguna Tanjung ramai.\n\n"
             "Sebanyak 34 perusahaan membuka 1.240 lowongan.\n\nKartu kuning bisa dibuat di lokasi.")
    assert not post_doc({"id": "p", "text": story}).roundup


@pytest.mark.parametrize(("text", "expected"), [
    ("Kabar sepekan: Mappanretasi di Pantai Pagatan ramai. Admin KIM ikut bimtek cek fakta.",
     ["Kabar sepekan:", "Mappanretasi di Pantai Pagatan ramai.", "Admin KIM ikut bimtek cek fakta."]),
    ("Beasiswa dibuka untuk 250 mahasiswa, sementara Balangan menyalurkan insentif.",
     ["Beasiswa dibuka untuk 250 mahasiswa,", "sementara Balangan menyalurkan insentif."]),
])
def test_one_paragraph_roundups_are_split(text: str, expected: list[str]) -> None:
    assert items(text) == expected


def test_a_heading_that_is_not_a_roundup_keeps_its_sentences_together() -> None:
    text = "Pengingat dari Bapenda Tapin: jatuh tempo PBB-P2 tanggal 30 September. Bayar di bank."
    assert items(text) == [text]
