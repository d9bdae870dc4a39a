"""Feed shapes an outside tester met (session 8 harvest9 findings): a plain feed cut short
inside an entry, a CDF channel with no items."""

from __future__ import annotations

from pathlib import Path

import pytest

from spiders.base import ChannelError
from tests.farm.sites.feed_outside import GUID_POSTS, wordpress_feed, wordpress_item
from tests.spiders.test_feed_shapes import run_feed

BASE = "https://kimtanjung.example"
WHOLE = wordpress_feed("KIM Tanjung", BASE, "".join(wordpress_item(BASE, f"g{n}", *post)
                                                    for n, post in enumerate(GUID_POSTS)))


@pytest.mark.parametrize("cut_in", ["<content:encoded>", "</description>", "<description>", "</item>"])
def test_a_plain_feed_cut_inside_its_last_entry_drops_that_entry_and_says_so(tmp_path: Path, cut_in: str) -> None:
    # cut inside the third item: its text, or its link and date, never arrived
    third = WHOLE.index("<item>", WHOLE.index("<item>", WHOLE.index("<item>") + 1) + 1)
    body = WHOLE[: WHOLE.index(cut_in, third) + len(cut_in) // 2]
    items, run = run_feed(tmp_path, body)
    assert [item["title"] for item in items] == [post[2] for post in GUID_POSTS[:2]]
    assert all(item["text"] for item in items)
    assert run.warning and "feed cut short after" in run.warning and "2 entries read" in run.warning
    assert "its last entry, cut there, not stored" in run.warning


def test_a_plain_feed_cut_between_entries_keeps_them_all(tmp_path: Path) -> None:
    items, run = run_feed(tmp_path, WHOLE[: WHOLE.index("</channel>")])
    assert len(items) == 3 and all(item["text"] for item in items)
    assert run.warning and "feed cut short after" in run.warning and "3 entries read" in run.warning
    assert "not stored" not in run.warning


def test_a_plain_feed_cut_inside_its_only_entry_is_a_failed_fetch(tmp_path: Path) -> None:
    body = WHOLE[: WHOLE.index("<content:encoded>") + 5]
    with pytest.raises(ChannelError, match="inside its first entry") as raised:
        run_feed(tmp_path, body)
    assert raised.value.status == "truncated"


def test_an_atom_feed_cut_inside_its_last_entry_drops_that_entry(tmp_path: Path) -> None:
    entries = "".join(f'<entry><id>tag:kimtanjung.example,2026:{n}</id><title>{post[2]}</title>'
                      f'<link href="{BASE}{post[1]}"/><updated>2026-11-2{n}T02:00:00Z</updated>'
                      f'<content type="html">&lt;p&gt;{post[3][0]}&lt;/p&gt;</content></entry>'
                      for n, post in enumerate(GUID_POSTS))
    whole = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>KIM Tanjung</title>{entries}</feed>'
    items, run = run_feed(tmp_path, whole[: whole.rindex("<content") + 12])
    assert [item["title"] for item in items] == [post[2] for post in GUID_POSTS[:2]]
    assert run.warning and "feed cut short after" in run.warning


@pytest.mark.parametrize("body", [
    # feedparser's wellformed/cdf tests: it reads them, naming no version and (here) no title
    "<!-- CDF channel link -->\n<CHANNEL HREF=\"http://www.example.org/\">\n</CHANNEL>",
    "<CHANNEL>\n  <ABSTRACT>Example description</ABSTRACT>\n</CHANNEL>",
    '<CHANNEL LASTMOD="2004-04-06T23:05:43-05:00">\n</CHANNEL>',
    '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
])
def test_a_well_formed_feed_with_no_items_is_healthy_empty(tmp_path: Path, body: str) -> None:
    items, run = run_feed(tmp_path, body)
    assert items == [] and not run.warning


@pytest.mark.parametrize(("body", "status"), [
    ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', "malformed"),
    ("<CHANNEL><ABSTRACT>Example description</CHANNEL>", "malformed"),  # not well-formed, nothing read
])
def test_a_document_that_is_no_feed_is_still_refused(tmp_path: Path, body: str, status: str) -> None:
    with pytest.raises(ChannelError) as raised:
        run_feed(tmp_path, body)
    assert raised.value.status == status
