"""Session 17's second review (rounds 66–67 and fixes29): the findings fixed, on made-up texts
(the reviewer's own).

1. A relay copying the release's own full date ("Kamis (12/11/2026)") names no edition by it: a
   release about next year's edition, written this year, is still relayed.
2. A one-line relay of a second release, with two of its own facts, is no leftover too small.
3. A release's edition years are read from its title and its lead sentence, not the title alone.
4. "tahun ini" contradicts only a release about another year's edition: a relay written on 3
   January of a 30 December release says "tahun ini" of the new year.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann, index, post
from tests.matching.test_other_edition import CALENDAR, THIS_EDITION
from tests.matching.test_small_rest import CALL, OATH, OATH_POST

SCHOLARSHIP = ann("b", "KANDANGAN – Pemkab Hulu Sungai Selatan membuka pendaftaran beasiswa kuliah tahun 2027 bagi 150 "
                       "mahasiswa. Pendaftaran dibuka Senin (21/12/2026) sampai Kamis (31/12/2026) di Dinas Pendidikan "
                       "HSS.\n\nSyarat: KTP, KK dan transkrip nilai.",
                  published_at="2026-12-20T09:00:00+08:00", title="Beasiswa Kuliah HSS 2027 untuk 150 Mahasiswa")


@pytest.mark.parametrize(("announcement", "text", "written"), [
    (CALENDAR, "Rapat kalender festival sungai Balangan 2027, 12/11/2026.", "2026-11-14T10:00:00+08:00"),
    (CALENDAR, "Kalender festival sungai Balangan 2027 disusun 12/11/2026 di Bappeda.", "2026-11-14T10:00:00+08:00"),
    (SCHOLARSHIP, "Daftar beasiswa kuliah HSS 2027 mulai 21/12/2026.", "2026-12-21T10:00:00+08:00"),
])
def test_a_relay_copying_the_releases_own_date_names_no_other_edition(announcement: dict[str, object], text: str,
                                                                       written: str) -> None:
    assert score(announcement, text, written) >= 0.5


def test_a_one_line_relay_of_a_second_release_with_its_facts_matches() -> None:
    text = OATH_POST + " Kemenag Kalsel juga buka pendaftaran 120 penyuluh zakat mulai 2/11."
    found = {d.announcement_id for d in decide(index(OATH, CALL), post(text, "2026-11-05T17:00:00+08:00"),
                                               MatchConfig())}
    assert found == {"a", "b"}


def test_edition_years_are_read_from_the_lead_as_well_as_the_title() -> None:
    untitled = dict(CALENDAR, title="Kalender Festival Sungai Balangan Disusun")
    assert announcement_doc(untitled).marks.edition_years == {2027}
    for text, written in THIS_EDITION:
        assert score(untitled, text, written) < 0.5


PARDON = ann("r", "BARABAI – Bapenda Kalsel memperpanjang program pemutihan denda pajak kendaraan bermotor sampai 31 "
                  "Januari. Warga Hulu Sungai Tengah cukup membawa KTP dan STNK ke Samsat Barabai, buka Senin sampai "
                  "Sabtu pukul 08.00–14.00 WITA.",
             published_at="2026-12-30T09:00:00+08:00", title="Pemutihan Denda Pajak Kendaraan Diperpanjang sampai 31 Januari")


def test_this_year_in_the_new_year_contradicts_no_release_of_its_own_edition() -> None:
    text = "Pemutihan denda pajak kendaraan tahun ini diperpanjang sampai 31 Januari, bawa KTP dan STNK ke Samsat Barabai."
    assert score(PARDON, text, "2027-01-03T10:00:00+08:00") == pytest.approx(
        score(PARDON, text, "2026-12-31T10:00:00+08:00"))
