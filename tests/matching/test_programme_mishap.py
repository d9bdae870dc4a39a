"""What happened to a programme's own object afterwards is not the programme's news.

- a thing the programme set up gone missing or stolen ("rambu sudah hilang", "raib", "dicuri")
  is a happening of its own (:data:`lexicon.OWN_HAPPENING_WORDS`), even when the release asks its
  readers to report such a loss ("warga diminta melapor bila rambu hilang"): a request to report
  names what may happen, not what the release tells happened
  (:data:`lexicon.REPORT_REQUEST`, ``AnnouncementDoc.happenings``);
- a release that tells the loss itself is relayed as before.

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

BUOYS = ann("b", "AMUNTAI – BPBD Hulu Sungai Utara memasang ring pelampung di dermaga penyeberangan Sungai "
                 "Tabalong, Rabu (4/11/2026). Ring pelampung digantung di tiang dermaga agar mudah diraih.\n\n"
                 "Petugas dermaga diminta memeriksa ring pelampung setiap hari dan melapor bila ada yang hilang.",
            published_at="2026-11-04T10:00:00+08:00", title="BPBD HSU Pasang Ring Pelampung di Dermaga")
GONE = "Ring pelampung di dermaga penyeberangan sudah hilang seminggu setelah dipasang BPBD. Tolong dijaga."
LATER = "2026-11-12T09:00:00+08:00"



def score(announcement: dict[str, Any], text: str) -> float:
    return background_score(OTHERS, announcement, text, LATER)


def test_a_loss_the_release_only_asks_to_report_is_another_happening(monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(BUOYS, GONE) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_own_happening", lambda post, doc: [])
    assert score(BUOYS, GONE) >= CONFIG.threshold  # fails without the rule


def test_a_request_to_report_tells_no_happening() -> None:
    assert "hilang" not in index(OTHERS, BUOYS).by_id["b"].happenings


def test_a_stolen_object_is_a_happening_of_its_own() -> None:
    text = "Ring pelampung dermaga penyeberangan dicuri orang tadi malam, padahal baru dipasang."
    assert decisions._own_happening(post(text, LATER), index(OTHERS, BUOYS).by_id["b"]) == ["dicuri"]


def test_a_loss_the_release_tells_is_relayed() -> None:
    release = ann("r", "AMUNTAI – Dua ring pelampung di dermaga penyeberangan Sungai Tabalong hilang, Senin "
                       "(9/11/2026). BPBD HSU segera memasang ring pengganti.", published_at="2026-11-10T10:00:00+08:00",
                  title="Ring Pelampung Dermaga Hilang, BPBD Pasang Pengganti")
    assert "hilang" in index(OTHERS, release).by_id["r"].happenings
    assert decisions._own_happening(post(GONE, LATER), index(OTHERS, release).by_id["r"]) == []
