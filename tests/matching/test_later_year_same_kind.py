"""Issue 12, thirtieth round (matcher31): a later step in a later year, of the release's own kind.

A release tells this year's round of a programme (an exam, a training) and names where the next
round goes and in which year; a post telling that round in that later year is the programme's
next step, even though it names the release's own kind of event: a year after the post's is no
day of the release's own event (:func:`decisions._later_step`).

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _later_step, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
TRAINING = ann("t", "AMUNTAI – Dinas Tenaga Kerja Hulu Sungai Utara menggelar pelatihan menjahit bagi 60 ibu rumah "
                    "tangga di Kecamatan Sungai Pandan, Selasa (10/11/2026), dengan biaya APBD 2026.\n\n"
                    "\"Peserta mendapat mesin jahit setelah lulus,\" kata Kepala Disnaker HSU. Pelatihan menjahit "
                    "serupa direncanakan untuk Kecamatan Babirik pada 2027.",
                 published_at="2026-11-10T10:00:00+08:00", title="60 Ibu Rumah Tangga Sungai Pandan Ikut Pelatihan Menjahit")
TEXT = "Pelatihan menjahit ibu rumah tangga Kecamatan Babirik dijadwalkan tahun 2027."
LATER = "2026-11-20T09:00:00+08:00"


def weighed(text: str) -> Any:
    found, where = post(text, LATER), index(TRAINING)
    found.weights = {t: where.weight(t, found.whole) for t in found.whole.terms}
    return found


def test_the_next_round_in_a_later_year_is_a_later_step() -> None:
    assert _later_step(weighed(TEXT), announcement_doc(TRAINING)) == "2027"


def test_it_is_not_matched() -> None:
    found = {d.announcement_id: d.score for d in decide(index(TRAINING), post(TEXT, LATER), CONFIG)}
    assert found.get("t", 0.0) < CONFIG.threshold


def test_a_relay_of_this_years_round_is_no_later_step() -> None:
    text = "Pelatihan menjahit untuk 60 ibu rumah tangga di Sungai Pandan, Selasa (10/11), nanti dapat mesin jahit."
    assert _later_step(weighed(text), announcement_doc(TRAINING)) is None
