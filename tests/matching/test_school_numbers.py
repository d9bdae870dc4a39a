"""Issue 12, thirty-second round (matcher36): a state school's number is part of its name.

"SDN Telaga Kota 3", "SMPN 1 Tapin Utara", "SMA Negeri 2 Rantau": the number names the school, it
counts nothing. Read as a bare figure it was shared with any release counting three of something
("tiga sekolah") and made a post on another school look like a relay. It is now a name fact of its
own ("3sdn"): shared when both texts name the same school, never with a count
(:data:`textnorm._SCHOOL_BEFORE`).

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import terms
from tests.matching.test_generalize import ann, index, post


@pytest.mark.parametrize(("text", "term", "bare"), [
    ("Lomba cerdas cermat di SDN Telaga Kota 3 hari ini.", "3sdn", "3"),
    ("Siswa SMPN 1 Tapin Utara ikut upacara.", "1smpn", "1"),
    ("Kunjungan ke sman 2 Rantau.", "2sman", "2"),
    ("Pentas seni SMA Negeri 4 Barabai.", "4sman", "4"),
    ("Juara umum MAN 2 Tanah Laut.", "2man", "2"),
])
def test_a_school_number_is_a_name(text: str, term: str, bare: str) -> None:
    found = terms(text).terms
    assert term in found
    assert bare not in found


def test_a_count_of_schools_stays_a_figure() -> None:
    assert "3" in terms("Tiga sekolah di Rantau menerima kunjungan, 3 sekolah lain menyusul.").terms
    assert "5" in terms("ada man 5 orang di sana").terms  # "man" in small letters is a word


LIBRARY = ann("m", "Program Perpustakaan Keliling Dinas Perpustakaan Provinsi Kalimantan Selatan singgah di "
                   "Kabupaten Tapin, Kamis (12/11/2026). Tiga sekolah, yakni SMPN 1 Tapin Utara, SDN Rangda dan "
                   "SMAN 1 Rantau, menerima kunjungan secara bergiliran. Setelah Tapin, rombongan melanjutkan "
                   "perjalanan ke Kabupaten Hulu Sungai Selatan.",
              published_at="2026-11-12T09:00:00+08:00",
              title="Perpustakaan Keliling Provinsi Singgah di Tiga Sekolah di Rantau")


def test_another_schools_number_relays_nothing() -> None:
    # the next stop's school "Kota 3" against the release's three schools: read as a count, the
    # number was the one fact the post shared (matched at 0.65 before the rule)
    text = "Perpustakaan keliling provinsi sudah sampai Kandangan, SDN Kandangan Kota 3 kedapatan giliran hari ini."
    found = decide(index(LIBRARY), post(text, "2026-11-14T10:00:00+08:00"), MatchConfig())
    assert not [d for d in found if d.announcement_id == "m"]
