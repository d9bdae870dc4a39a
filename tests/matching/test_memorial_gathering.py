"""A gathering of prayer for the dead (tahlilan, yasinan, selamatan) or a condolence visit told by a
post is the mourners' own occasion (``events.EVENT_KINDS["peringatan"]``): against a release on the
search that found the victim it is another event (``decisions._other_event``), however much of the
victim, the village and the day's count the two share. A release that itself tells of the tahlilan
is still relayed.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions, events
from crawler.matching.config import MatchConfig
from tests.matching.background import background, index
from tests.matching.background import score as background_score
from tests.matching.test_generalize import ann, post

CONFIG = MatchConfig()

OTHERS = background("Kegiatan diikuti warga setempat, kata camat.")

FOUND = ann("s", "AMUNTAI – Pemancing yang terseret arus di Sungai Tabalong dekat Desa Pasar Sabtu, Amuntai, "
                 "ditemukan meninggal dunia pada Selasa (10/11/2026) pagi, sekitar dua kilometer dari tempat ia "
                 "terjatuh.\n\nKorban ditemukan nelayan dari Sungai Malang pada hari kedua pencarian. Jenazah "
                 "diserahkan kepada keluarga. Operasi pencarian yang melibatkan 45 personel ditutup.\n\n"
                 "Pos SAR mengimbau warga tidak memancing di tepi sungai saat air pasang.",
            published_at="2026-11-10T13:00:00+08:00", title="Pemancing Terseret Arus di Amuntai Ditemukan")
GATHERING = "Tahlilan hari kedua almarhum pemancing Sungai Tabalong di rumah duka Sungai Malang, warga berdatangan."
LATER = "2026-11-11T20:30:00+08:00"



def score(announcement: dict[str, Any], text: str) -> float:
    return background_score(OTHERS, announcement, text, LATER)


def _without_mourning(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = dict(events.EVENT_KINDS)
    kinds["peringatan"] = r"peringatan(?!\s+dini)|upacara|haul"
    monkeypatch.setattr(events, "EVENT_KINDS", kinds)
    events._patterns.cache_clear()
    events._phrase_words.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_patterns() -> Any:
    yield
    events._patterns.cache_clear()
    events._phrase_words.cache_clear()


def test_a_tahlilan_for_the_victim_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "peringatan" in events.event_kinds(GATHERING.lower(), set(GATHERING.lower().replace(",", " ").split()))[0]
    assert score(FOUND, GATHERING) < CONFIG.threshold
    _without_mourning(monkeypatch)
    assert score(FOUND, GATHERING) >= CONFIG.threshold  # fails without the rule


def test_a_release_telling_of_the_tahlilan_is_relayed() -> None:
    release = ann("t", "AMUNTAI – Bupati HSU menghadiri tahlilan hari kedua untuk pemancing yang terseret arus di "
                       "Sungai Tabalong, di rumah duka di Sungai Malang, Rabu (11/11/2026). Bupati menyerahkan "
                       "santunan Rp10 juta kepada keluarga.",
                  published_at="2026-11-11T21:00:00+08:00", title="Bupati HSU Hadiri Tahlilan Korban Terseret Arus")
    doc = index(OTHERS, release).by_id["t"]
    assert "peringatan" in doc.marks.kinds
    assert decisions._other_event(post(GATHERING, LATER), doc) == []
