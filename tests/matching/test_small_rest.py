"""Issue 12 ("a unit too small to carry evidence cannot decide a match"), session 17.

Once one release explains a single-event post, what it leaves of the post is scored against the
others. A leftover of a few words ("Layanan dibuka akhir November") is too small a unit to carry a
second release: it needs :data:`~crawler.matching.config.MIN_UNIT_TERMS` terms. Made-up texts.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-05T17:00:00+08:00"
OATH = ann("a", "BANJARBARU – Wakil Gubernur Kalsel melantik 18 anggota Badan Penyelesaian Sengketa Konsumen (BPSK) "
                "Kabupaten Balangan dan Tapin masa jabatan 2026–2031 di Gedung Idham Chalid, Rabu (4/11/2026). "
                "Masing-masing sembilan orang dari unsur pemerintah, konsumen dan pelaku usaha. BPSK kini ada di "
                "tujuh kabupaten/kota.",
           published_at="2026-11-04T10:00:00+08:00", title="Wagub Lantik 18 Anggota BPSK Balangan dan Tapin")
CALL = ann("b", "BANJARMASIN – Kantor Wilayah Kementerian Agama Kalsel membuka pendaftaran 120 calon penyuluh zakat "
                "mulai Senin (2/11/2026). Layanan pendaftaran dibuka di kantor Kemenag kabupaten/kota. Pelatihan "
                "berlangsung 23–25 November di Asrama Haji Banjarmasin.",
           published_at="2026-11-02T09:00:00+08:00", title="Kemenag Kalsel Buka Pendaftaran 120 Penyuluh Zakat")
OATH_POST = ("Wagub Kalsel lantik 18 anggota BPSK Balangan dan Tapin (2026–2031) di Gedung Idham Chalid, Rabu 4/11, "
             "masing-masing 9 orang dari unsur pemerintah, konsumen, pelaku usaha. BPSK kini di 7 kabupaten/kota.")


def matched(text: str) -> set[str]:
    return {d.announcement_id for d in decide(index(OATH, CALL), post(text, WHEN), MatchConfig())}


@pytest.mark.parametrize("tail", [
    " Layanan dibuka akhir November.",
    " Layanan pendaftaran dibuka 25 November.",
])
def test_a_few_words_left_over_carry_no_second_release(tail: str) -> None:
    assert matched(OATH_POST + tail) == {"a"}


def test_a_second_release_relayed_in_full_still_matches() -> None:
    text = (OATH_POST + " Selain itu, Kanwil Kemenag Kalsel membuka pendaftaran 120 calon penyuluh zakat mulai 2 "
            "November lewat kantor Kemenag kabupaten/kota; pelatihan 23–25 November di Asrama Haji Banjarmasin.")
    assert matched(text) == {"a", "b"}
