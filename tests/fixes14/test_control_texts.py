"""A post whose text holds a control character is stored cleaned, never lost (outside tester "q",
finding 1): a whole `kimwatch crawl` in a child process against the loopback farm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.harvest.context import CrawlContext
from tests.crawl.conftest import crawl_env, make_store, run_kimwatch
from tests.farm import SHORTENER_HOST, Farm
from tests.spiders.test_outside_sites import query


@pytest.fixture(scope="module")
def q_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST)).start()
    yield farm
    farm.stop()


def test_texts_with_control_characters_are_stored_clean(tmp_path: Path, q_farm: Farm) -> None:
    db_path = make_store(tmp_path / "q.db", [{"owner_kind": "kim", "owner_id": "kim-rusak", "type": "feed",
                                              "url": q_farm.url("/q/kendali/feed/")}])
    done = run_kimwatch(db_path, "crawl", "--no-match", env=crawl_env(q_farm), timeout=90)
    assert done.returncode == 0, done.stderr[-4000:]
    assert "XML compatible" not in done.stderr, done.stderr[-4000:]
    texts = {p["title"]: p["text"] for p in query(db_path, "SELECT title, text FROM posts")}
    assert texts == {"Kerja bakti": "Kerja bakti warga RT 05.",
                     "Relawan posko": "Daftar relawan posko banjir di balai desa.",
                     "Lomba jukung": "Lomba jukung.\n\nDiikuti 40 regu dari enam kecamatan."}, texts
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "not stored" not in (channel["last_error"] or ""), channel


def test_items_lost_to_errors_are_noted_on_their_channel(tmp_path: Path) -> None:
    """What pipelines.batch.count_lost records (every item error of a batch, and Scrapy's
    item_error signal for a single item) ends in the channel's health note."""
    from crawler import store

    db = store.connect(make_store(tmp_path / "c.db", []))
    try:
        context = CrawlContext(db, 0, None)
        context.count_lost("ch-1")
        context.count_lost("ch-1")
        context.count_cut("ch-1", "links over MAX_LINKS_PER_POST", 3)
        assert context.cut_note("ch-1") == ("2 items not stored: error in processing (see the log); "
                                            "cut by the caps: 3 links over MAX_LINKS_PER_POST")
        assert context.cut_note("ch-2") is None
    finally:
        db.conn.close()
