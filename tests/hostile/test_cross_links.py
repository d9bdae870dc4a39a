"""An outside tester's finding: a KIM's feed post about a bridge that ended with "Baca juga:
<the reading-ambassador results>" was counted as spreading that announcement (method link,
score 1.0). On website pages the same block was already dropped; a feed body now loses its
"Baca juga" paragraphs and "Berita Terkait" lists too: neither their links nor their words are
the post's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, Site

BODY = ("<p>Jembatan gantung Desa Sungai Tabuk selesai diperbaiki warga bersama perangkat desa.</p>"
        "<p><strong>Baca juga:</strong> <a href='https://mc.kalselprov.go.id/berita/hasil-duta-baca-2026'>"
        "Hasil Pemilihan Duta Baca Kalsel 2026</a></p>"
        "<p>Perbaikan memakan waktu tiga hari. Sumber: <a href='https://diskominfo.banjarkab.go.id/jembatan'>"
        "Diskominfo Banjar</a></p>"
        "<h3>Berita Terkait</h3><ul><li><a href='https://kimsungaitabuk.com/pasar-murah'>Pasar murah</a></li></ul>")


def crawled_post(tmp_path: Path, title: str, slug: str, body: str) -> dict[str, Any]:
    """The one post a KIM feed holding ``body`` is stored as, after a real crawl."""
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>KIM</title>'
            f"<item><title>{title}</title>"
            f"<link>https://kimsungaitabuk.com/{slug}</link><guid>https://kimsungaitabuk.com/?p={slug}</guid>"
            "<pubDate>Wed, 25 Nov 2026 02:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>")
    site = Site({"/feed/": Answer(feed, content_type="application/rss+xml")}, host="127.0.0.67").start()
    try:
        env = hostile_env()
        db = registered(tmp_path, [("feed", site.url("/feed/"))], env)
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0, run.stderr
        [post] = query(db, "SELECT text, links FROM posts")
        return {"text": post["text"], "links": json.loads(post["links"])}
    finally:
        site.stop()


def test_cross_link_paragraphs_of_a_feed_body_are_not_the_posts_links(tmp_path: Path) -> None:
    post = crawled_post(tmp_path, "Jembatan gantung selesai diperbaiki", "jembatan", BODY)
    links = post["links"]
    assert not [u for u in links if "duta-baca" in u or "pasar-murah" in u], links
    assert any("diskominfo.banjarkab.go.id/jembatan" in u for u in links), links  # a source line stays
    assert "Duta Baca" not in post["text"] and "Berita Terkait" not in post["text"]
    assert "Perbaikan memakan waktu tiga hari" in post["text"]


def test_a_baca_selengkapnya_paragraph_is_the_posts_own_words_and_link(tmp_path: Path) -> None:
    """"Baca selengkapnya" (read the whole of it) is no cross link: a KIM's post ends with the link
    to the release it relays, and a paragraph that begins with the words is still the post's text.
    Both were dropped as "Baca juga" paragraphs: the link evidence lost, the KIM's words too."""
    body = ("<p>Vaksinasi PMK gratis untuk sapi dan kambing di semua kecamatan sampai 22 Mei.</p>"
            "<p>Baca selengkapnya: <a href='https://disbunnak.kalselprov.go.id/berita/vaksin-pmk'>"
            "disbunnak.kalselprov.go.id</a></p>"
            "<p>Baca selengkapnya jadwal petugas per desa di kantor kecamatan masing-masing.</p>")
    post = crawled_post(tmp_path, "Vaksin PMK gratis", "vaksin", body)
    assert post["links"] == ["https://disbunnak.kalselprov.go.id/berita/vaksin-pmk"]
    assert "jadwal petugas per desa di kantor kecamatan" in post["text"]
