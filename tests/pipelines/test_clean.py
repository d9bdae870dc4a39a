"""pipelines/clean.py: what cleaning an item reads of its HTML."""

from __future__ import annotations

import re

from pipelines.clean import _CROSS_LINK_HINT, _folded


def test_the_cross_link_hint_finds_whatever_ignorecase_finds() -> None:
    """The case-folded search for "Baca juga" words (a shortcut: fragments without any are not
    searched line by line) misses nothing the case-insensitive search finds, dotless i and long s included."""
    ignorecase = re.compile(_CROSS_LINK_HINT.pattern, re.IGNORECASE)
    for html in ("<p><b>BACA JUGA:</b> <a href='/x'>x</a></p>", "<p>Lİhat   Juga</p>", "<p>lıhat juga</p>",
                 "<p>ſimak</p>", "<li>Berita\tLain</li>", "<p>MÊME SUJET</p>", "<p>Read More</p>", "<p>sima\u212a</p>"):
        assert ignorecase.search(html) and _CROSS_LINK_HINT.search(_folded(html)), html
    assert not _CROSS_LINK_HINT.search(_folded("<p>Warga gotong royong membersihkan drainase.</p>"))


def test_the_share_hint_on_the_folded_html_finds_what_the_page_rule_finds() -> None:
    """The share/comment words are searched once on the case-folded HTML too (the page rule's
    IGNORECASE alternation cost as much per item as the cross-link one)."""
    from crawler.harvest.page import SHARE_OR_COMMENT_HINT
    from pipelines.clean import _SHARE_OR_COMMENT_HINT

    for html in ("<h3>Bagikan ini:</h3>", "<div class='sharedaddy'>SHARE</div>", "<p>2 KOMENTAR</p>",
                 "<a class='a2a_kit'>x</a>", "<p>Leave a Comment</p>", "<p>Sebarkan!</p>"):
        assert SHARE_OR_COMMENT_HINT.search(html) and _SHARE_OR_COMMENT_HINT.search(_folded(html)), html
    assert not _SHARE_OR_COMMENT_HINT.search(_folded("<p>Warga gotong royong membersihkan drainase.</p>"))
