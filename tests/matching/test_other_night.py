"""A single-event post about its own night of a multi-night event ("malam kedua") is another night
than the one a release's title reports ("malam pertama"), unless the post relays the release's own
figures or dates (``decisions._other_night``).

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

FIRST = ann("f", "KANDANGAN – Sebanyak 24 sanggar madihin dari delapan kabupaten tampil pada malam pertama "
                 "Festival Madihin di Lapangan Lambung Mangkurat Kandangan, Jumat (6/11/2026). Setiap sanggar "
                 "membawakan satu pantun wajib tentang sungai dan satu pantun bebas. Final digelar Minggu malam "
                 "(8/11) dengan delapan sanggar terbaik. Juara pertama mendapat Rp10 juta.",
             published_at="2026-11-06T22:00:00+08:00", title="24 Sanggar Ramaikan Malam Pertama Festival Madihin")
SECOND = "Malam kedua Festival Madihin di Kandangan, sanggar kampung kami tampil membawakan pantun wajib tentang sungai. Mudahan masuk final!"
RELAY = "Malam ini malam kedua Festival Madihin Kandangan, final Minggu (8/11), juara 1 dapat Rp10 juta."
LATER = "2026-11-07T21:00:00+08:00"



def score(announcement: dict[str, Any], text: str) -> float:
    return background_score(OTHERS, announcement, text, LATER)


def test_a_contestants_own_night_is_another_night(monkeypatch: pytest.MonkeyPatch) -> None:
    # the post is also a person's own story (matcher58's rule, switched off so that this test measures its own)
    monkeypatch.setattr(decisions, "_own_story", lambda post, doc, shared: None)
    assert decisions._other_night(post(SECOND, LATER), index(OTHERS, FIRST).by_id["f"]) == ("malam 2", "malam 1")
    assert score(FIRST, SECOND) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_other_night", lambda post, doc: None)
    assert score(FIRST, SECOND) >= CONFIG.threshold  # fails without the rule


def test_a_post_relaying_the_release_programme_is_kept() -> None:
    assert decisions._other_night(post(RELAY, LATER), index(OTHERS, FIRST).by_id["f"]) is None
