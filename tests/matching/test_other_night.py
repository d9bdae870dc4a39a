"""A single-event post about its own night of a multi-night event ("malam kedua") is another night
than the one a release's title reports ("malam pertama"), unless the post relays the release's own
figures or dates (``decisions._other_night``).

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, post

CONFIG = MatchConfig()

OTHERS = [
    ann(f"o{i}", f"{what} di Kecamatan {where}. Kegiatan diikuti warga setempat, kata camat.")
    for i, (what, where) in enumerate([
        ("Penyaluran beras", "Kelua"), ("Pendataan rumah", "Juai"), ("Vaksinasi ternak", "Halong"),
        ("Perbaikan jembatan", "Awayan"), ("Pelatihan kader", "Batumandi"), ("Pemeriksaan air", "Lampihong"),
        ("Rapat koordinasi", "Paringin"), ("Sosialisasi pajak", "Tebing Tinggi")])
]

FIRST = ann("f", "KANDANGAN – Sebanyak 24 sanggar madihin dari delapan kabupaten tampil pada malam pertama "
                 "Festival Madihin di Lapangan Lambung Mangkurat Kandangan, Jumat (6/11/2026). Setiap sanggar "
                 "membawakan satu pantun wajib tentang sungai dan satu pantun bebas. Final digelar Minggu malam "
                 "(8/11) dengan delapan sanggar terbaik. Juara pertama mendapat Rp10 juta.",
             published_at="2026-11-06T22:00:00+08:00", title="24 Sanggar Ramaikan Malam Pertama Festival Madihin")
SECOND = "Malam kedua Festival Madihin di Kandangan, sanggar kampung kami tampil membawakan pantun wajib tentang sungai. Mudahan masuk final!"
RELAY = "Malam ini malam kedua Festival Madihin Kandangan, final Minggu (8/11), juara 1 dapat Rp10 juta."
LATER = "2026-11-07T21:00:00+08:00"


def index(*rows: dict[str, Any]) -> AnnouncementIndex:
    return AnnouncementIndex([announcement_doc(r) for r in [*rows, *OTHERS]])


def score(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, LATER), CONFIG)}
    return found.get(announcement["id"], 0.0)


def test_a_contestants_own_night_is_another_night(monkeypatch: pytest.MonkeyPatch) -> None:
    assert decisions._other_night(post(SECOND, LATER), index(FIRST).by_id["f"]) == ("malam 2", "malam 1")
    assert score(FIRST, SECOND) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_other_night", lambda post, doc: None)
    assert score(FIRST, SECOND) >= CONFIG.threshold  # fails without the rule


def test_a_post_relaying_the_release_programme_is_kept() -> None:
    assert decisions._other_night(post(RELAY, LATER), index(FIRST).by_id["f"]) is None
