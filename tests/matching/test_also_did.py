"""What a post says its subject *also* did ("Dishub juga memasang 16 lampu jalan tenaga surya …")
is another doing when the release nowhere writes it, however much of the office, road or count
they share (``decisions._also_other``); a relay of the release's other part, which writes its
object ("Dishub juga memasang 6 cermin cembung …"), is kept.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from tests.matching.background import background, index
from tests.matching.background import score as background_score
from tests.matching.test_generalize import ann, post

CONFIG = MatchConfig()

OTHERS = background("Bantuan dipakai untuk keluarga penerima, kata camat.")

MIRRORS = ann("m", "KANDANGAN – Dinas Perhubungan Hulu Sungai Selatan memasang 16 rambu tikungan tajam di Jalan "
                   "Loksado, Rabu (4/11/2026). Dishub juga memasang 6 cermin cembung di tikungan yang sering "
                   "terjadi kecelakaan.\n\n\"Pengendara diminta mengurangi kecepatan,\" kata Kepala Dishub HSS.",
              published_at="2026-11-04T10:00:00+08:00", title="Dishub HSS Pasang 16 Rambu Tikungan di Jalan Loksado")
LAMPS = "Dishub HSS juga memasang 16 lampu jalan tenaga surya di Jalan Loksado pekan ini."
LATER = "2026-11-06T09:00:00+08:00"



def score(text: str) -> float:
    return background_score(OTHERS, MIRRORS, text, LATER)


def test_what_was_also_done_elsewhere_is_another_doing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(LAMPS) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_also_other", lambda post, doc: [])
    assert score(LAMPS) >= CONFIG.threshold  # fails without the rule


def test_the_refusal_names_what_was_done() -> None:
    assert "lampu" in decisions._also_other(post(LAMPS, LATER), index(OTHERS, MIRRORS).by_id["m"])


def test_the_releases_other_part_is_relayed() -> None:
    text = "Dishub HSS juga memasang 6 cermin cembung di tikungan Jalan Loksado yang rawan kecelakaan."
    assert decisions._also_other(post(text, LATER), index(OTHERS, MIRRORS).by_id["m"]) == []
