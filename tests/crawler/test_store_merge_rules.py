"""The rules that settle the amplifications of two rows that are one thing, shared by both merges
(fixes17 item 1): two copies of one post (schema 8, :func:`crawler.store.merge_same_posts`) and a
release PDF merged into its HTML release (:func:`crawler.store.merge_release_pdfs`). One table of
pairs, both merges, the same outcome: a person's decision is never lost (it stays, replaces an
automatic match, or is kept in the record), a reviewed match wins over an automatic one, two
people's opposite decisions leave the pair ``uncertain`` with both decisions kept, and between two
automatic matches the keeper's stays (the other recorded beside it). A real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler import store

#: (keeper's pair, twin's pair, the keeper's pair after the merge); a pair is (status, score, who decided)
CASES = [
    (None, ("auto", 0.7, None), ("auto", 0.7, None)),
    (None, ("confirmed", 1.0, "Budi"), ("confirmed", 1.0, "Budi")),
    (("auto", 0.6, None), ("confirmed", 1.0, "Budi"), ("confirmed", 1.0, "Budi")),
    (("auto", 0.6, None), ("rejected", 1.0, "Budi"), ("rejected", 1.0, "Budi")),
    (("confirmed", 1.0, "Rina"), ("auto", 0.9, None), ("confirmed", 1.0, "Rina")),
    (("rejected", 1.0, "Rina"), ("auto", 0.9, None), ("rejected", 1.0, "Rina")),
    (("confirmed", 1.0, "Rina"), ("confirmed", 1.0, "Budi"), ("confirmed", 1.0, "Rina")),
    (("auto", 0.5, None), ("auto", 0.9, None), ("auto", 0.5, None)),
    (("uncertain", 0.4, None), ("auto", 0.9, None), ("uncertain", 0.4, None)),
    (("confirmed", 1.0, "Rina"), ("rejected", 1.0, "Budi"), ("uncertain", 1.0, None)),
    (("rejected", 1.0, "Rina"), ("confirmed", 1.0, "Budi"), ("uncertain", 1.0, None)),
]
KIM = "kim-sungai-rangas"


def _amplify(db: Any, post_id: str, announcement_id: str, pair: tuple[str, float, str | None] | None) -> None:
    if pair is None:
        return
    status, score, who = pair
    db.execute("INSERT INTO amplifications (post_id, announcement_id, kim_id, method, score, lag_hours, evidence, "
               "status, decided_by, decided_at, created_at, updated_at) VALUES (?, ?, ?, 'text', ?, 3.0, '{}', ?, ?, "
               "?, '2026-12-04T03:00:00Z', '2026-12-04T03:00:00Z')",
               [post_id, announcement_id, KIM, score, status, who, "2026-12-04T03:00:00Z" if who else None])


def _base(path: Path, posts: list[str], announcements: list[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    db = store.connect(path)
    store.save_kims(db, [{"id": KIM, "name": "KIM Sungai Rangas", "region": "Kabupaten Banjar"}])
    store.save_sources(db, [{"id": "dinsos", "name": "Dinsos Kalsel", "region": "Provinsi Kalimantan Selatan"}])
    store.save_announcements(db, [
        {"id": a, "source_id": "dinsos", "url": f"https://dinsos.example/{a}", "canonical_url": f"https://dinsos.example/{a}",
         "title": f"Siaran {a}", "text": "BLT tahap IV.", "published_at": "2026-12-02T16:00:00Z"} for a in announcements])
    with monkeypatch.context() as old:  # the twins as stored before the one-post-per-URL rule
        old.setattr(store, "_merge_same_posts", lambda db, rows: rows)
        for n, post_id in enumerate(posts):
            url = ("https://www.facebook.com/kimsungairangas/posts/pfbid0Rangas1" if post_id.startswith("p-copy")
                   else f"https://t.me/kimsungairangas/{n}")
            store.save_posts(db, [{"id": post_id, "kim_id": KIM, "platform": "facebook", "url": url,
                                   "canonical_url": url, "title": "", "text": "BLT tahap IV.",
                                   "published_at": "2026-12-03T03:00:00Z"}])
    return db


def _merged_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, str, dict[str, Any]]]:
    """Two copies of one post (``p-copy-1`` stored first, the keeper), one announcement per case;
    returns per case the keeper's pair after the merge and the JSON that records the twin's."""
    announcements = [f"a{n}" for n in range(len(CASES))]
    db = _base(tmp_path / "copies.db", ["p-copy-1", "p-copy-2"], announcements, monkeypatch)
    for announcement, (mine, theirs, _) in zip(announcements, CASES, strict=True):
        _amplify(db, "p-copy-1", announcement, mine)
        _amplify(db, "p-copy-2", announcement, theirs)
    db.conn.commit()
    conflicts: list[str] = []
    with store.transaction(db):
        assert store.merge_same_posts(db, conflicts) == 1
    assert sorted(conflicts) == ["p-copy-1|a10", "p-copy-1|a9"]
    assert [r[0] for r in db.execute("SELECT id FROM posts WHERE id LIKE 'p-copy%'")] == ["p-copy-1"]
    extra = db.execute("SELECT extra FROM posts WHERE id = 'p-copy-1'").fetchone()[0]
    found = []
    for announcement in announcements:
        row = db.execute("SELECT status, score, decided_by, evidence FROM amplifications WHERE post_id = 'p-copy-1' "
                         "AND announcement_id = ?", [announcement]).fetchone()
        found.append(((row[0], row[1], row[2]), f"{row[2]} {extra} {row[3]}", json.loads(row[3])))
    db.conn.close()
    return found


def _merged_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, str, dict[str, Any]]]:
    """A release PDF (the twin) merged into its HTML release (the keeper), one post per case."""
    posts = [f"p{n}" for n in range(len(CASES))]
    db = _base(tmp_path / "release.db", posts, ["a-html", "a-pdf"], monkeypatch)
    db.execute("INSERT INTO resolved_urls (url, resolved_url, resolved_at, status) VALUES (?, ?, ?, 'pdf-of-release')",
               ["https://dinsos.example/a-pdf", "https://dinsos.example/a-html", store.utc_now()])
    for post, (mine, theirs, _) in zip(posts, CASES, strict=True):
        _amplify(db, post, "a-html", mine)
        _amplify(db, post, "a-pdf", theirs)
    db.conn.commit()
    conflicts: list[str] = []
    assert store.merge_release_pdfs(db, conflicts) == 1
    assert sorted(conflicts) == ["p10|a-html", "p9|a-html"]
    assert [r[0] for r in db.execute("SELECT id FROM announcements")] == ["a-html"]
    found = []
    for post in posts:
        row = db.execute("SELECT status, score, decided_by, evidence FROM amplifications WHERE post_id = ? "
                         "AND announcement_id = 'a-html'", [post]).fetchone()
        found.append(((row[0], row[1], row[2]), f"{row[2]} {row[3]}", json.loads(row[3])))
    db.conn.close()
    return found


@pytest.mark.parametrize("merge", [_merged_copies, _merged_release], ids=["post-copies", "release-pdf"])
def test_both_merges_settle_amplifications_by_the_same_rules(merge: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    found = merge(tmp_path, monkeypatch)
    assert [pair for pair, _, _ in found] == [after for _, _, after in CASES]
    for (mine, theirs, after), (_, recorded, evidence) in zip(CASES, found, strict=True):
        # a person's decision is never lost: it is the pair's, or kept in the record
        for pair in (mine, theirs):
            if pair is not None and pair[2] is not None:
                assert pair[2] in recorded, (mine, theirs, recorded)
        # an automatic match that lost its place is recorded too: replaced, or kept beside the keeper's
        if mine is not None and mine[0] == "auto" and after != mine:
            assert '"replaced' in recorded, (mine, theirs, recorded)
        if mine is not None and theirs[0] == "auto":
            assert f'"score": {theirs[1]}' in recorded, (mine, theirs, recorded)
        # opposite decisions: uncertain, both people's decisions in the pair's evidence
        if after[0] == "uncertain" and mine is not None and mine[2] is not None:
            decisions = evidence["conflicting_decisions"]
            assert sorted((d["status"], d["decided_by"]) for d in decisions) == sorted(
                [(mine[0], mine[2]), (theirs[0], theirs[2])])
