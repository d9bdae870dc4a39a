"""Issue 12, thirtieth round (matcher31): an official named with a title, at another event.

A short post naming an official by title and name ("Kepala Dinas ... Budi Santoso", "Staf Ahli
Ahmad Fauzi") shares with the release of that official's office who acts and when, but does
something else: the title and the capitalised run after it (the office and the person) are
circumstances (:func:`decisions._circumstance_terms`), and one content word the release nowhere
has is an object of its own (:data:`decisions.OWN_OBJECT_WORDS`).

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.decisions import _circumstances_only
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

ROADS = ann("r", "Kepala Dinas PUPR Hulu Sungai Utara Budi Hartono Santoso meninjau pengaspalan jalan "
                 "Amuntai–Alabio sepanjang 8 kilometer, Senin (9/11/2026).",
            published_at="2026-11-09T09:00:00+08:00", title="PUPR HSU Aspal Jalan Amuntai–Alabio")
ADVISER = ann("a", "Staf Ahli Bupati Tabalong Ahmad Fauzi Rahman menyerahkan 300 paket bibit karet kepada "
                   "kelompok tani di Tanjung, Rabu (11/11/2026).",
              published_at="2026-11-11T09:00:00+08:00", title="Bibit Karet untuk Kelompok Tani Tabalong")
WHEN = "2026-11-12T15:00:00+08:00"


@pytest.mark.parametrize(("announcement", "text"), [
    # the title and name shared, one object of its own (the reservoir)
    (ROADS, "Kadis PUPR HSU Budi Hartono Santoso meninjau embung, Senin (9/11)."),
    # a two-word title ("Staf Ahli") and the name after it
    (ADVISER, "Staf Ahli Ahmad Fauzi Rahman membuka bazar UMKM di Tanjung, Rabu (11/11)."),
])
def test_an_official_at_another_event(announcement: dict[str, object], text: str) -> None:
    assert _circumstances_only(index(announcement), post(text, WHEN), announcement_doc(announcement)) is not None


def test_without_the_title_the_name_is_shared_content(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Staf Ahli Ahmad Fauzi Rahman membuka bazar UMKM di Tanjung, Rabu (11/11)."
    monkeypatch.setattr(decisions, "_TITLE_NAME", decisions.re.compile(r"(?!x)x"))
    assert _circumstances_only(index(ADVISER), post(text, WHEN), announcement_doc(ADVISER)) is None


def test_one_own_word_is_an_object(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Kadis PUPR HSU Budi Hartono Santoso meninjau embung, Senin (9/11)."
    monkeypatch.setattr(decisions, "OWN_OBJECT_WORDS", 2)
    assert _circumstances_only(index(ROADS), post(text, WHEN), announcement_doc(ROADS)) is None


@pytest.mark.parametrize(("announcement", "text"), [
    # the release's object, with the official's title and name
    (ROADS, "Kadis PUPR Budi Hartono Santoso meninjau pengaspalan jalan Amuntai–Alabio, Senin (9/11)."),
    (ADVISER, "Staf Ahli Ahmad Fauzi Rahman serahkan bibit karet ke kelompok tani, Rabu (11/11)."),
])
def test_a_relay_naming_the_official_is_not_refused(announcement: dict[str, object], text: str) -> None:
    assert _circumstances_only(index(announcement), post(text, WHEN), announcement_doc(announcement)) is None
