"""Issue 12, matcher70 (session 17): two shared figures are a relay only when they count the
release's things.

Every text here is made up; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.decisions import _counting_own
from crawler.matching.documents import announcement_doc, figure_nouns
from tests.matching.test_generalize import ann, post

DAY = "2026-11-20T10:00:00+08:00"
FLOODS = ann("b", "BANJARBARU – BPBD Kalsel mencatat 237 rumah terendam banjir di 11 kabupaten/kota sepanjang "
                  "November 2026. Sebanyak 237 rumah itu kini dibersihkan bersama relawan.",
             published_at=DAY, title="237 Rumah Terendam Banjir di 11 Kabupaten/Kota")
BOTH = {"237", "11"}


@pytest.mark.parametrize("text", [
    # the same two figures counting other things: other news
    "Dinas Pendidikan hari ini membagikan 237 paket buku cerita ke perpustakaan desa di 11 kabupaten/kota.",
    "Ada 237 ekor sapi kurban nang sudah diperiksa dokter hewan, tasebar di 11 kabupaten/kota Kalsel, ujar Kadis.",
    "Lomba kampung bersih: 237 peserta lomba dari 11 kabupaten/kota ikut babarasih.",
])
def test_the_same_figures_counting_other_things_are_not_the_releases(text: str) -> None:
    # "11 kabupaten/kota" is the release's own words; "237 paket/ekor/peserta" counts another thing
    assert _counting_own(post(text, DAY), announcement_doc(FLOODS), BOTH) == {"11"}


@pytest.mark.parametrize("text", [
    "Info BPBD: 237 rumah terendam di 11 kabupaten/kota, relawan lagi membersihkan.",  # the release's nouns
    "Data BPBD Kalsel bulan ini: 237, tersebar di 11 kabupaten/kota.",  # bare figures
    "Banyu naik ka 237 buah rumah warga di 11 kabupaten kota, ujar BPBD Kalsel.",  # its own noun in other words
])
def test_figures_counting_the_releases_things_stay_its_own(text: str) -> None:
    assert _counting_own(post(text, DAY), announcement_doc(FLOODS), BOTH) == BOTH


def test_the_words_a_figure_is_written_with() -> None:
    found = figure_nouns("Bantuan Rp480 juta untuk 16 unit traktor, dibagikan tiap tanggal 15. Sebanyak 412.")
    assert ("480000000", "rp") in found and ("480000000", "") in found  # its measure; nothing after it
    assert {("16", "unit"), ("16", "traktor")} <= found
    assert ("15", "tanggal") in found  # the word it closes
    assert ("412", "") in found and not any(f == "412" and w for f, w in found)


def test_what_a_release_counts_is_stored_with_its_facts() -> None:
    doc = announcement_doc(FLOODS)
    stored = doc.facts()
    again = announcement_doc(FLOODS)
    assert again.restore(stored)
    assert again.counts == doc.counts and ("237", "rumah") in again.counts
