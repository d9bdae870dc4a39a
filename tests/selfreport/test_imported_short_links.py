"""An outside tester's finding: a WhatsApp post imported with ``import posts`` whose only link is
an s.id short link to the announcement was never matched: the crawl resolves its posts' short
links, an import did not. It now resolves them the same way (guard, proxy, robots.txt, limits)
into the same ``resolved_urls`` cache the matcher reads."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from tests.farm import Farm


def _rows(db_path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def test_a_short_link_of_an_imported_post_is_resolved_and_matched(loaded: Callable[..., Result], tmp_path: Path,
                                                                  db_path: Path, proxy_env: dict[str, str],
                                                                  farm: Farm) -> None:
    posts = tmp_path / "wa.jsonl"
    posts.write_text("".join(json.dumps(row) + "\n" for row in [
        {"id": "wa-short", "kim": "kim-enam", "platform": "whatsapp", "published_at": "2024-10-17T09:00:00+08:00",
         "text": "Info penting dari Pemprov, silakan baca: https://s.id/kimVaksin", "links": ["https://s.id/kimVaksin"]},
        {"id": "wa-inside", "kim": "kim-sepuluh", "platform": "whatsapp", "published_at": "2024-10-17T09:00:00+08:00",
         "text": "Baca: https://s.id/kimIntranet", "links": ["https://s.id/kimIntranet"]},
    ]), encoding="utf-8")
    farm.reset_log()
    out = loaded("import", "posts", str(posts)).output
    assert "shortened links: 1 of 2 resolved" in out, out
    resolved = dict(_rows(db_path, "SELECT url, resolved_url FROM resolved_urls"))
    assert resolved == {"https://s.id/kimVaksin": "https://diskominfomc.kalselprov.go.id/berita/vaksinasi-gratis-alalak-2024",
                        "https://s.id/kimIntranet": None}
    assert not farm.requests_to("/platform/intranet/berita/vaksinasi")  # a public hop never leads inside
    assert _rows(db_path, "SELECT post_id, announcement_id FROM amplifications") == [("wa-short", "a-vaksin")]
    # imported again: the cache answers, nothing is asked again
    asked = len(farm.requests_to("/platform/s.id/kimVaksin"))
    loaded("import", "posts", str(posts))
    assert len(farm.requests_to("/platform/s.id/kimVaksin")) == asked == 1
