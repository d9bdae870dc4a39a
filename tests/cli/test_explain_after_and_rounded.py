"""Outside tester p, finding 3: ``match --explain`` said "0 announcement(s) in its window, no
match" for a post ahead of its release, without naming the release published 13 hours after it;
and listed "same facts: 9800" for a post that wrote 10.000 — the matcher's rounding tolerance (a
post may round the announcement's figure, within 10 %), now shown as both numbers."""

from __future__ import annotations

from pathlib import Path

from crawler import store
from tests.cli.test_match_explain import MARKET, _store, invoke

POSTS = [
    {"id": "p-before", "kim_id": "kim-a", "platform": "whatsapp", "url": None, "title": "",
     "published_at": "2026-11-08T13:00:00Z", "links": [],
     "text": ("Kabarnya Pemkab Tapin menggelar pasar murah Kamis 12 November 2026 di halaman Kantor Bupati "
              "Tapin, 1.800 paket beras 5 kilogram dijual Rp 52.000 per paket, ada minyak goreng dan gula pasir.")},
    {"id": "p-round", "kim_id": "kim-b", "platform": "facebook", "url": "https://example.org/p-round", "title": "",
     "published_at": "2026-11-10T01:00:00Z", "links": [],
     "text": ("Pasar murah Pemkab Tapin Kamis 12 November di halaman Kantor Bupati Tapin: 1.800 paket beras "
              "5 kilogram cuma Rp 50.000 per paket, ada minyak goreng dan gula pasir.")},
]


def test_explain_names_a_release_published_after_the_post_and_shows_rounded_figures(tmp_path: Path) -> None:
    db_path = _store(tmp_path)
    db = store.connect(db_path)
    store.save_posts(db, POSTS)
    db.conn.close()

    code, output = invoke(db_path, "match", "--explain", "p-before")
    assert code == 0, output
    assert "no match" in output, output
    assert (f"published after the post: {MARKET['id']} (13 h later, score ") in output, output
    assert "not a candidate" in output, output

    code, output = invoke(db_path, "match", "--explain", "p-round")
    assert code == 0, output
    assert "50.000 ≈ 52.000" in output, output
