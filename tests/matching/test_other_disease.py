"""A single-event post about one disease (a TBC screening) is no news of a release about another one
(scabies among the same santri), whatever place, people and office they share
(``decisions._other_disease``, ``lexicon.DISEASES``); a release naming the post's disease too is
relayed, and everyday names read as the official ones ("kudis" = skabies).

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

SCABIES = ann("k", "BARABAI – Puskesmas Barabai menemukan 64 santri positif skabies dari 900 santri yang diperiksa "
                   "di tiga pondok pesantren di Barabai, Senin (9/11/2026). Santri yang positif langsung diobati "
                   "dengan salep dan pengurus pondok diminta menjemur kasur setiap pekan.",
              published_at="2026-11-10T10:00:00+08:00", title="64 Santri Barabai Positif Skabies, Langsung Diobati")
SCREENING = "Santri positif TBC di tiga pondok pesantren Barabai 9 orang, langsung diobati, kata Puskesmas Barabai."
LATER = "2026-11-11T16:00:00+08:00"



def score(announcement: dict[str, Any], text: str) -> float:
    return background_score(OTHERS, announcement, text, LATER)


def test_a_screening_for_another_disease_is_another_thing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert decisions._other_disease(post(SCREENING, LATER), index(OTHERS, SCABIES).by_id["k"]) == (["tbc"], ["skabies"])
    assert score(SCABIES, SCREENING) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_other_disease", lambda post, doc: None)
    assert score(SCABIES, SCREENING) >= CONFIG.threshold  # fails without the rule


def test_the_same_disease_in_everyday_words_is_relayed() -> None:
    text = "Santri di tiga pondok Barabai banyak yang kudisan, 64 orang positif kudis, langsung diobati puskesmas."
    assert decisions._other_disease(post(text, LATER), index(OTHERS, SCABIES).by_id["k"]) is None


def test_a_release_naming_both_diseases_is_relayed() -> None:
    both = ann("b", "BARABAI – Puskesmas Barabai memeriksa 900 santri di tiga pondok pesantren untuk skabies dan "
                    "TBC, Senin (9/11/2026).", published_at="2026-11-10T10:00:00+08:00",
               title="900 Santri Barabai Diperiksa Skabies dan TBC")
    assert decisions._other_disease(post(SCREENING, LATER), index(OTHERS, both).by_id["b"]) is None


def test_a_release_naming_no_disease_is_left_to_the_other_rules() -> None:
    general = ann("g", "BARABAI – Puskesmas Barabai memeriksa kesehatan 900 santri di tiga pondok pesantren, "
                       "Senin (9/11/2026).", published_at="2026-11-10T10:00:00+08:00",
                  title="900 Santri Barabai Diperiksa Kesehatannya")
    assert decisions._other_disease(post(SCREENING, LATER), index(OTHERS, general).by_id["g"]) is None
