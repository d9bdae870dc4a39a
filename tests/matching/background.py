"""Scaffolding the rule tests share: a background of unrelated releases, so that a term's rarity
means something to the scorer, and the score one release gets for one post against it.

Every text here is made up; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, post

CONFIG = MatchConfig()

_SUBJECTS = [("Penyaluran beras", "Kelua"), ("Pendataan rumah", "Juai"), ("Vaksinasi ternak", "Halong"),
             ("Perbaikan jembatan", "Awayan"), ("Pelatihan kader", "Batumandi"), ("Pemeriksaan air", "Lampihong"),
             ("Rapat koordinasi", "Paringin"), ("Sosialisasi pajak", "Tebing Tinggi")]


def background(closing: str) -> list[dict[str, Any]]:
    """Eight short releases of other offices in other kecamatan, each ending in ``closing``."""
    return [ann(f"o{i}", f"{what} di Kecamatan {where}. {closing}") for i, (what, where) in enumerate(_SUBJECTS)]


def index(others: list[dict[str, Any]], *rows: dict[str, Any]) -> AnnouncementIndex:
    return AnnouncementIndex([announcement_doc(r) for r in [*rows, *others]])


def score(others: list[dict[str, Any]], announcement: dict[str, Any], text: str, published_at: str) -> float:
    """The score ``announcement`` gets for a post of ``text`` published at ``published_at`` (0 when
    not matched), with ``others`` as the background."""
    found = {d.announcement_id: d.score
             for d in decide(index(others, announcement), post(text, published_at), CONFIG)}
    return found.get(announcement["id"], 0.0)
