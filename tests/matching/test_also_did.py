"""What a post says its subject *also* did ("Dishub juga memasang 16 lampu jalan tenaga surya …")
is another doing when the release nowhere writes it, however much of the office, road or count
they share (``decisions._also_other``); a relay of the release's other part, which writes its
object ("Dishub juga memasang 6 cermin cembung …"), is kept.

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
    ann(f"o{i}", f"{what} di Kecamatan {where}. Bantuan dipakai untuk keluarga penerima, kata camat.")
    for i, (what, where) in enumerate([
        ("Penyaluran beras", "Kelua"), ("Pendataan rumah", "Juai"), ("Vaksinasi ternak", "Halong"),
        ("Perbaikan jembatan", "Awayan"), ("Pelatihan kader", "Batumandi"), ("Pemeriksaan air", "Lampihong"),
        ("Rapat koordinasi", "Paringin"), ("Sosialisasi pajak", "Tebing Tinggi")])
]

MIRRORS = ann("m", "KANDANGAN – Dinas Perhubungan Hulu Sungai Selatan memasang 16 rambu tikungan tajam di Jalan "
                   "Loksado, Rabu (4/11/2026). Dishub juga memasang 6 cermin cembung di tikungan yang sering "
                   "terjadi kecelakaan.\n\n\"Pengendara diminta mengurangi kecepatan,\" kata Kepala Dishub HSS.",
              published_at="2026-11-04T10:00:00+08:00", title="Dishub HSS Pasang 16 Rambu Tikungan di Jalan Loksado")
LAMPS = "Dishub HSS juga memasang 16 lampu jalan tenaga surya di Jalan Loksado pekan ini."
LATER = "2026-11-06T09:00:00+08:00"


def index(*rows: dict[str, Any]) -> AnnouncementIndex:
    return AnnouncementIndex([announcement_doc(r) for r in [*rows, *OTHERS]])


def score(text: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(MIRRORS), post(text, LATER), CONFIG)}
    return found.get("m", 0.0)


def test_what_was_also_done_elsewhere_is_another_doing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(LAMPS) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_also_other", lambda post, doc: [])
    assert score(LAMPS) >= CONFIG.threshold  # fails without the rule


def test_the_refusal_names_what_was_done() -> None:
    assert "lampu" in decisions._also_other(post(LAMPS, LATER), index(MIRRORS).by_id["m"])


def test_the_releases_other_part_is_relayed() -> None:
    text = "Dishub HSS juga memasang 6 cermin cembung di tikungan Jalan Loksado yang rawan kecelakaan."
    assert decisions._also_other(post(text, LATER), index(MIRRORS).by_id["m"]) == []
