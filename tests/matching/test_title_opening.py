"""Issue 12, thirty-second round (matcher36): a title that repeats the post's opening, cut short.

Video and page platforms title a post with their section name and the first words of the text:
"Kabar Desa | Dinas Pertanian Tapin membagikan 20 hand traktor ke" over the paragraph that begins
so. Read as written, the " | " made two pieces of news of it and a one-event post a round-up, and
the repeated opening counted the release's words twice (:func:`documents._own_title`). A title
whose pieces are news of their own ("KILAS INFO | … | …") is kept whole.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import documents
from crawler.matching.documents import _own_title, post_doc

TEXT = ("Liputan KIM Lok Paikat.\n\n"
        "Dinas Pertanian Tapin membagikan 20 hand traktor ke kelompok tani Lok Paikat, Selasa (10/11).\n\n"
        "Jangan lupa subscribe dan nyalakan lonceng 🔔")


def row(title: str) -> dict[str, object]:
    return {"id": "p", "kim_id": "kim", "title": title, "text": TEXT,
            "published_at": "2026-11-10T12:00:00+08:00", "links": []}


def test_the_cut_opening_is_left_out() -> None:
    assert _own_title("Kabar Desa | Dinas Pertanian Tapin membagikan 20 hand traktor ke", TEXT) == "Kabar Desa"
    assert _own_title("VIDEO | Dinas Pertanian Tapin membagikan 20 hand…", TEXT) == "VIDEO"


@pytest.mark.parametrize("title", [
    "KILAS INFO | Pasar murah di Rantau Kamis | Vaksin rabies gratis di puskesmas",
    "Kabar Desa | Hand traktor untuk Lok Paikat",  # a headline of its own, not the text's opening
    "Kabar Desa | Dinas",  # too short to tell
])
def test_a_title_of_its_own_is_kept(title: str) -> None:
    assert _own_title(title, TEXT) == title


def test_a_one_event_post_is_no_roundup(monkeypatch: pytest.MonkeyPatch) -> None:
    title = "Kabar Desa | Dinas Pertanian Tapin membagikan 20 hand traktor ke"
    assert not post_doc(row(title)).roundup
    assert post_doc(row(title)).sequence.count("traktor") == 1
    # (a bar dividing a label from one title makes no round-up either since textnorm 45's
    # _bar_pieces; the repeated opening would still count the release's words twice)
    monkeypatch.setattr(documents, "_own_title", lambda title, text: title)
    assert post_doc(row(title)).sequence.count("traktor") == 2
