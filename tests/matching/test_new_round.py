"""A programme's new round ("angkatan baru", "gelombang berikutnya") told by a short post is
another round when the release names no round of that word at all (``decisions._new_round``);
a release that names the next round itself is relayed.

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

OTHERS = background("Bantuan dipakai untuk keluarga penerima, kata camat.")

ROOFS = ann("r", "PELAIHARI – Pemkab Tanah Laut memperbaiki atap 120 rumah warga di Kecamatan Jorong mulai Senin "
                 "(2/11/2026). Pekerjaan dilakukan 30 tukang lulusan pelatihan bangunan BLK Tala.\n\n\"Atap yang "
                 "bocor membuat rumah cepat rusak,\" kata Kepala Dinas Perkim.",
            published_at="2026-11-02T10:00:00+08:00", title="120 Rumah di Jorong Dapat Perbaikan Atap")
COURSE = "Pelatihan tukang bangunan angkatan baru di BLK Tala dibuka, 30 peserta, sebulan."
LATER = "2026-11-09T09:00:00+08:00"



def score(announcement: dict[str, Any], text: str) -> float:
    return background_score(OTHERS, announcement, text, LATER)


def test_a_new_intake_is_another_round(monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(ROOFS, COURSE) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_new_round", lambda post, doc: None)
    assert score(ROOFS, COURSE) >= CONFIG.threshold  # fails without the rule


def test_a_release_naming_the_next_round_is_relayed() -> None:
    release = ann("k", "KANDANGAN – 90 warga HSS menjalani operasi katarak gratis, Kamis (5/11/2026). Warga yang "
                       "belum terdata dapat mendaftar untuk gelombang berikutnya di puskesmas.",
                  published_at="2026-11-05T10:00:00+08:00", title="90 Warga HSS Operasi Katarak Gratis")
    text = "90 warga HSS sudah operasi katarak gratis. Yang belum bisa daftar gelombang berikutnya di puskesmas."
    assert decisions._new_round(post(text, LATER), index(OTHERS, release).by_id["k"]) is None
