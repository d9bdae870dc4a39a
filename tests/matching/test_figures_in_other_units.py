"""Issue 12, twenty-seventh round (matcher28): a number measured in another unit.

A short post about a flood in a village shares the number of a release on that village's new
road — "tergenang 40 cm" against "memangkas waktu tempuh 40 menit" — and, with the place, that
number carried the match. The same number of another quantity is no shared fact: when both
texts write a unit right after the figure (:data:`lexicon.MEASURE_UNITS`) and the units
measure other things (a length against a duration), the figure is read as the post's own.
A figure restated in the same kind of unit ("1,5 km" for "1,5 kilometer"), in a compound unit
("20 liter/detik" for "20 liter per detik"), as a price, or with no unit on either side is
compared as before.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _other_unit_figures, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

ROAD = ann("r", "Pemkab Balangan meresmikan jalan penghubung Desa Tebing Tinggi sepanjang 1,5 kilometer, "
                "Rabu (4/11/2026). Jalan baru itu memangkas waktu tempuh warga ke Paringin hingga 40 menit. "
                "\"Dulu anak sekolah harus memutar,\" kata Kepala Dinas PUPR Balangan.",
           published_at="2026-11-04T09:00:00+08:00", title="Jalan Penghubung Tebing Tinggi Diresmikan")
WATER = ann("w", "Perumda Air Minum Balangan meresmikan instalasi pengolahan air berkapasitas 20 liter per detik "
                 "di Desa Tebing Tinggi, Rabu (4/11/2026), untuk 300 sambungan rumah.",
            published_at="2026-11-04T09:00:00+08:00", title="IPA Tebing Tinggi Diresmikan")
WHEN = "2026-11-05T10:00:00+08:00"


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(announcement), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


def test_a_length_is_not_the_release_duration() -> None:
    flood = post("Banjir lagi di Tebing Tinggi, jalan desa tergenang 40 cm.", WHEN)
    assert _other_unit_figures(flood, announcement_doc(ROAD)) == {"40": "length"}


@pytest.mark.parametrize(("announcement", "text"), [
    (ROAD, "Jalan Tebing Tinggi 1,5 km diresmikan, ke Paringin hemat 40 menit."),  # same units, other spelling
    (WATER, "IPA Tebing Tinggi 20 liter/detik diresmikan, 300 sambungan rumah."),  # a compound unit
    (ROAD, "Jalan Tebing Tinggi diresmikan, 40 warga hadir."),  # no unit on the post's side
])
def test_the_same_quantity_is_still_shared(announcement: dict[str, Any], text: str) -> None:
    assert _other_unit_figures(post(text, WHEN), announcement_doc(announcement)) == {}


def test_a_flood_sharing_the_number_is_no_relay(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Banjir lagi di Tebing Tinggi, jalan desa tergenang 40 cm."
    assert accepted(ROAD, text) == 0.0
    monkeypatch.setattr(decisions, "_other_unit_figures", lambda post, doc: {})
    # (the road, the village and the place are the release's setting: that reading refuses it too)
    monkeypatch.setattr(decisions, "_circumstances_only", lambda index, post, doc: None)
    assert accepted(ROAD, text) > 0.0  # the number alone carried it


def test_a_short_relay_in_the_release_units_matches() -> None:
    assert accepted(ROAD, "Jalan Tebing Tinggi 1,5 km diresmikan Rabu 4/11, ke Paringin hemat 40 menit.") > 0.0
