"""A single-event post saying its news is paid from the village's own fund ("dari dana desa",
"pakai APBDes", "matan kas desa") tells the village's own programme when the release names no such
fund (``decisions._own_funds``): the posyandu's weekly eggs are not the foster fathers' monthly
ones, even for the same count of toddlers. A release naming the village fund is relayed.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from tests.matching.background import background, index
from tests.matching.background import score as background_score
from tests.matching.test_generalize import ann, post

CONFIG = MatchConfig()

OTHERS = background("Kegiatan diikuti warga setempat, kata camat.")

MILK = ann("m", "PELAIHARI – Sebanyak 150 balita stunting di Kecamatan Kintap kini mendapat ayah asuh dari "
                "kalangan pejabat dan pengusaha, Senin (9/11/2026). Setiap balita menerima 24 kotak susu dan "
                "1 kilogram kacang hijau setiap bulan. Kader posyandu menimbang balita tiap bulan.",
           published_at="2026-11-09T15:00:00+08:00", title="150 Balita Stunting di Kintap Dapat Ayah Asuh")
OWN = "Kader posyandu Kintap membagikan 24 kotak susu dan kacang hijau untuk balita stunting dari dana desa."
LATER = "2026-11-17T08:00:00+08:00"



def score(announcement: dict[str, Any], text: str) -> float:
    return background_score(OTHERS, announcement, text, LATER)


def test_the_village_fund_tells_the_village_programme(monkeypatch: pytest.MonkeyPatch) -> None:
    assert decisions._own_funds(post(OWN, LATER), index(OTHERS, MILK).by_id["m"]) == "dari dana desa"
    assert score(MILK, OWN) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_own_funds", lambda post, doc: None)
    assert score(MILK, OWN) >= CONFIG.threshold  # fails without the rule


def test_a_release_naming_the_village_fund_is_relayed() -> None:
    release = ann("d", "AMUNTAI – Sebanyak 12 desa di HSU menerima perahu ambulans yang dibeli dari dana desa 2026, "
                       "Rabu (11/11/2026).", published_at="2026-11-11T10:00:00+08:00",
                  title="12 Desa di HSU Terima Perahu Ambulans")
    text = "12 desa di HSU dapat perahu ambulans matan dana desa, gratis gasan warga."
    assert decisions._own_funds(post(text, LATER), index(OTHERS, release).by_id["d"]) is None
