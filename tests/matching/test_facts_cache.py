"""An announcement's facts (marks, next event, own days, prices, names) are stored with its terms.

Reading a release for its next event costs about half a millisecond, and every matching process
of the daemon (each ``kimwatch match``, each crawl) is a new one: the facts are read once, when
the terms are, stored in ``announcement_terms.facts`` and read back. What is read back must be
what reading the text gives, and a changed text, publication time or reading code must read the
text again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crawler import store
from crawler.matching import documents, passes
from crawler.matching.documents import AnnouncementDoc, announcement_doc
from crawler.matching.textnorm import event_marks
from tests.matching.conftest import A_BANJIR, ANNOUNCEMENTS, GOLD, pairs
from tests.matching.test_next_phrase import CHOIR, MTQ

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _derived(doc: AnnouncementDoc) -> tuple[Any, ...]:
    """Everything the decisions read of an announcement besides its terms."""
    return (doc.marks, doc.next_event, doc.next_phrase, doc.next_when, doc.own_when, doc.own_words,
            doc.prices, doc.bare_names)


def _labelled_announcements() -> list[dict[str, Any]]:
    rows = [*ANNOUNCEMENTS, CHOIR, MTQ]
    for path in sorted(BENCH.glob("heldout*/announcements.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def test_facts_read_back_equal_the_text_read_again() -> None:
    rows = _labelled_announcements()
    assert len(rows) > 300  # every labelled set's announcements, next events and all
    with_next = 0
    for row in rows:
        fresh = announcement_doc(row)
        stored = json.loads(json.dumps(fresh.facts()))  # as the store keeps them
        restored = announcement_doc(row, fresh.sequence, stored)
        assert restored.text == ""  # taken, not read: the text is not kept for later
        assert _derived(restored) == _derived(announcement_doc(row)), row["id"]
        with_next += bool(restored.next_phrase)
    assert with_next >= 10  # the sets have releases that announce a next event


def test_stale_facts_are_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = announcement_doc(MTQ).facts()
    later = announcement_doc({**MTQ, "published_at": "2024-06-04T16:00:00+08:00"})
    assert not later.restore(facts)  # "bulan depan" of another day is another month
    assert later.text  # still there to be read
    monkeypatch.setattr(documents, "FACTS_VERSION", documents.FACTS_VERSION + 1)
    documents.facts_version.cache_clear()
    try:
        assert not announcement_doc(MTQ).restore(facts)
    finally:
        monkeypatch.undo()
        documents.facts_version.cache_clear()
    assert announcement_doc(MTQ).restore(facts)


def _stored_facts(db: sqlite_utils.Database) -> dict[str, str | None]:
    return {row[0]: row[1] for row in db.execute("SELECT announcement_id, facts FROM announcement_terms")}


def test_a_new_process_reads_the_stored_facts(loaded_db: sqlite_utils.Database,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    passes.match_new(loaded_db)
    facts = _stored_facts(loaded_db)
    assert set(facts) == {a["id"] for a in ANNOUNCEMENTS} and all(facts.values())
    passes._DOC_CACHE.clear()  # as in a new process

    def no_reading(text: object) -> object:
        raise AssertionError("announcement read again for its next event")

    def post_marks_only(text: str | None, *, broad: bool = False) -> object:
        assert not broad, "announcement read again for its marks"
        return event_marks(text)

    monkeypatch.setattr(documents, "next_event", no_reading)
    monkeypatch.setattr(documents, "event_marks", post_marks_only)
    passes.rebuild(loaded_db)
    assert pairs(loaded_db) == GOLD


def test_a_changed_text_or_version_reads_the_facts_again(loaded_db: sqlite_utils.Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    passes.match_new(loaded_db)
    before = _stored_facts(loaded_db)
    edited = {**A_BANJIR, "text": A_BANJIR["text"] + "\n\nPembagian sembako berikutnya dijadwalkan Rp95.000."}
    store.save_announcements(loaded_db, [edited])
    passes._DOC_CACHE.clear()
    passes.match_new(loaded_db)
    after = _stored_facts(loaded_db)
    assert after[A_BANJIR["id"]] != before[A_BANJIR["id"]]
    assert "95000" in json.loads(after[A_BANJIR["id"]] or "{}")["prices"]
    assert {k: v for k, v in after.items() if k != A_BANJIR["id"]} == \
        {k: v for k, v in before.items() if k != A_BANJIR["id"]}
    # new reading code: every row's facts are read again, its terms kept
    monkeypatch.setattr(documents, "FACTS_VERSION", documents.FACTS_VERSION + 1)
    documents.facts_version.cache_clear()
    try:
        passes._DOC_CACHE.clear()
        passes.rebuild(loaded_db)
        versions = {json.loads(v or "{}")["version"] for v in _stored_facts(loaded_db).values()}
        assert versions == {documents.facts_version()}
        assert pairs(loaded_db) == GOLD
    finally:
        monkeypatch.undo()
        documents.facts_version.cache_clear()


def test_a_store_from_before_the_facts_column_gets_it(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "old.db")
    for migration in store.MIGRATIONS[:5]:
        migration(db)
    db.execute("DROP TABLE announcement_terms")
    db.execute("""CREATE TABLE announcement_terms (
        announcement_id TEXT PRIMARY KEY REFERENCES announcements(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL, version INTEGER NOT NULL, terms TEXT NOT NULL)""")
    db.execute("PRAGMA user_version = 5")
    store.save_sources(db, [{"id": "diskominfo-kalsel", "name": "Diskominfo", "region": "Provinsi Kalimantan Selatan"}])
    store.save_announcements(db, [{**A_BANJIR, "source_id": "diskominfo-kalsel"}])
    terms = " ".join(documents.announcement_terms(A_BANJIR))
    content = db.execute("SELECT content_hash FROM announcements").fetchone()[0]
    db.execute("INSERT INTO announcement_terms VALUES (?, ?, ?, ?)",
               [A_BANJIR["id"], content, passes.TEXTNORM_VERSION, terms])
    db.conn.commit()
    db.close()
    upgraded = store.connect(tmp_path / "old.db")
    assert store.schema_version(upgraded) == store.SCHEMA_VERSION
    assert _stored_facts(upgraded) == {A_BANJIR["id"]: None}  # kept, to be read on the next pass
    passes._DOC_CACHE.clear()
    passes.match_new(upgraded)
    row = upgraded.execute("SELECT terms, facts FROM announcement_terms").fetchone()
    assert row[0] == terms and json.loads(row[1])["version"] == documents.facts_version()
