"""A video's title that is the post's own first words cut short, then the channel's name
("Ring pelampung di dermaga penyeberangan… | KIM Alabio"), says nothing the text does not say but
who posts it: it is no paragraph of the post, so the post is not read as a round-up of two
"items" (the opening and the channel), and the channel's place is no fact of the post.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.documents import _own_title, post_doc

TEXT = "Ring pelampung di dermaga penyeberangan Amuntai sudah dipasang lagi. Warga diminta ikut menjaga."


def row(title: str) -> dict[str, object]:
    return {"id": "p1", "kim": "kim-x", "title": title, "text": TEXT,
            "published_at": "2026-11-12T09:00:00+08:00", "links": []}


def test_the_opening_cut_short_and_the_channel_name_are_no_paragraph() -> None:
    found = post_doc(row("Ring pelampung di dermaga penyeberangan… | KIM Alabio"))
    assert not found.roundup
    assert "alabio" not in found.whole.terms


def test_a_title_of_its_own_is_kept() -> None:
    title = "Pelampung Dermaga Dipasang Lagi | KIM Alabio"
    assert _own_title(title, TEXT) == title


def test_a_section_name_before_the_opening_is_kept() -> None:
    assert _own_title("Kabar Desa | Ring pelampung di dermaga penyeberangan Amuntai", TEXT) == "Kabar Desa"
