"""The store lists the rows a dump cleans as they are written (issue 16): ``dump_candidates`` and
``dump_checked``, kept by triggers and by ``kimwatch maintain``, so that a dump reads only those
rows. What is published is the same as when the dump reads every text, nothing masked is missed
(a row changed after the last check included, by kimwatch or another tool), and a store whose
list cannot be trusted falls back to reading every text, saying why."""

from __future__ import annotations

import hashlib
import json
import logging
import random
import sqlite3
from pathlib import Path

import pytest

from crawler import maintenance, store
from crawler.reporting import dump, publish
from tests.dump.test_dump_proportion import TEXTS, URLS
from tests.report.known_store import build_known_store

LISTED = "the rows to clean are read from the store's list"


def _published(path: Path) -> dict[str, str]:
    """A digest of every table of a dump (full-text shadow tables included, rowid order) and of its schema."""
    conn = sqlite3.connect(path)
    try:
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        out = {"(schema)": hashlib.sha1(repr(schema).encode()).hexdigest()}
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                      "AND sql NOT LIKE 'CREATE VIRTUAL%'").fetchall():
            order = "1" if "WITHOUT ROWID" in sql.upper() else "rowid"
            rows = conn.execute(f"SELECT * FROM [{name}] ORDER BY {order}").fetchall()  # noqa: S608
            out[name] = hashlib.sha1(repr(rows).encode()).hexdigest()
        return out
    finally:
        conn.close()


def _post(n: int, text: str, **extra: str) -> dict[str, str]:
    return {"id": f"p-new-{n}", "kim_id": "kim-a", "platform": "website", "title": f"Kabar {n}", "text": text,
            "published_at": "2024-10-22T01:00:00Z", "origin": "crawl", **extra}


def _store(path: Path) -> None:
    db = build_known_store(path)
    store.save_posts(db, [_post(1, "Posko dibuka. Hubungi 0812 5555 0199 atau budi.santoso@contoh.co.id",
                                url="https://host.id/posko?hp=081255550199"),
                          _post(2, "Kegiatan desa pada 31 Oktober 2026 pukul 08.00")])
    db.conn.close()


def _dump(live: Path, folder: Path, caplog: pytest.LogCaptureFixture, **options: bool) -> tuple[Path, str]:
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="crawler.reporting.dump"):
        paths = dump.write_dump(live, folder, **options)
    return paths.database, caplog.text


def test_the_triggers_list_a_superset_of_what_the_dump_cleans() -> None:
    # the store's test is SQL only (any writer fires it): every text and URL the dump's own test lets
    # through, and so every value the publication filter changes, is listed
    rng = random.Random(16)
    alphabet = "0123456789 \t\n.()+/-@%:wWabcNIKRp,_*\x0b\x1c\u00a0é"
    texts = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(20_000)]
    # the spellings that take no "@" and no plain digit run: an address written out, a number
    # grouped with "_", "*" or commas, a NIK grouped 4-6-6
    words = ["siti", "(at)", "[AT]", "{ at }", "( et )", "gmail", "(dot)", "[titik]", "com", " at ", ".", "0812",
             "_", "*", ",", "3456", "7807", "6371", "012345", "670013", " ", "\t", "\n"]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(3, 9))) for _ in range(20_000)]
    texts += ["Hubungi siti(at)gmail.com", "surat ke budi [at] contoh [dot] co [dot] id", "WA 0812_3456_7807",
              "WA 0812*3456*7808", "WA 0812,3456,7809", "NIK 6371 012345 670013", "siti at gmail (dot) com"]
    texts += [marker.upper() + "abc" for marker in publish.INVITE_MARKERS]
    conn = sqlite3.connect(":memory:")
    conn.create_function(dump.DIGIT_RUN_FUNCTION, 1, dump._has_digit_run, deterministic=True)
    conn.execute("CREATE TABLE t (text TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(t,) for t in texts + URLS])
    for kind, cleaner in (("text", publish.clean_text), ("url", publish.clean_url)):
        listed = {row[0] for row in conn.execute(f"SELECT text FROM t WHERE {store.candidate_sql('text', kind)}")}
        needed = {row[0] for row in conn.execute(
            f"SELECT text FROM t WHERE {dump._needs_cleaning_sql('text', cleaner)}")}
        assert needed and needed <= listed, sorted(needed - listed)[:5]
        changed = {t for t in texts + URLS if cleaner(t) != t}
        assert changed <= needed, sorted(changed - needed)[:5]  # the dump's own test misses none
        assert changed <= listed, sorted(changed - listed)[:5]
    # tight enough to be worth it: a plain text is not listed
    assert not conn.execute(f"SELECT 1 FROM (SELECT ? AS text) WHERE {store.candidate_sql('text', 'text')}",
                            [TEXTS[0]]).fetchall()


def test_a_new_store_lists_as_it_is_written_and_its_dump_is_the_same_as_reading_every_text(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _store(live)
    assert dump.candidates_method(live)[0]
    listed, log = _dump(live, tmp_path / "listed", caplog)
    assert LISTED in log and "every text is read" not in log
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("DROP TRIGGER dump_candidates_posts_au")  # the list no longer trusted: every text read
    conn.close()
    everything, log = _dump(live, tmp_path / "everything", caplog)
    assert "dump_candidates_posts_au that keeps the list of the rows to clean is missing" in log
    assert "every text is read, on the store while it is copied" in log
    assert _published(listed) == _published(everything)
    data = listed.read_bytes()
    assert b"081255550199" not in data and b"santoso" not in data
    assert b"dump_candidates" not in data and b"dump_checked" not in data  # not published


def test_rows_changed_after_the_last_check_are_still_cleaned(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _store(live)
    db = store.connect(live)
    store.save_posts(db, [_post(9, "Kabar terbaru")])
    db.conn.close()
    maintenance.maintain(live, keep_days=3650)  # the texts tested: everything listed is checked
    conn = sqlite3.connect(live)
    assert conn.execute("SELECT count(*) FROM posts WHERE rowid > "
                        "(SELECT upto FROM dump_checked WHERE tbl = 'posts')").fetchone()[0] == 0
    conn.close()
    db = store.connect(live)
    # the newest post checked is deleted and another one written: SQLite gives it the same rowid,
    # one the last check had passed
    last = db.execute("SELECT max(rowid) FROM posts").fetchone()[0]
    assert db.execute("SELECT id FROM posts WHERE rowid = ?", [last]).fetchone()[0] == "p-new-9"
    with store.transaction(db):
        db.execute("DELETE FROM posts WHERE rowid = ?", [last])
    store.save_posts(db, [_post(4, "Kontak panitia: 0852 3333 4444 5")])
    assert db.execute("SELECT rowid FROM posts WHERE id = 'p-new-4'").fetchone()[0] == last
    # kimwatch updates an old post with a phone number, and writes a new one with an e-mail address
    store.save_posts(db, [_post(2, "Kegiatan desa, hubungi 0813-7777-0242"),
                          _post(3, "Tulis ke wulan.kenari@contoh.id")])
    db.conn.close()
    # another tool (the sqlite3 shell, no kimwatch function) overwrites a post and a fetch error:
    # the triggers are in the schema, they fire all the same
    shell = sqlite3.connect(live, isolation_level=None)
    shell.execute("UPDATE posts SET title = 'HP 0877 1212 3434 9' WHERE id = 'p-new-1'")
    shell.execute("UPDATE announcements SET text = 'Info: ratna.merbau@contoh.go.id' WHERE rowid = 1")
    shell.execute("UPDATE channel_fetches SET error = 'GET https://budi:rahasiaxyz@host.id/feed failed' "
                  "WHERE rowid = 1")
    shell.close()
    path, log = _dump(live, tmp_path / "dump", caplog)
    assert LISTED in log
    data = path.read_bytes().lower()
    for marker in (b"0813-7777-0242", b"7777", b"wulan.kenari", b"3333", b"1212 3434", b"ratna.merbau",
                   b"rahasiaxyz"):
        assert marker not in data, marker
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT text FROM posts WHERE id = 'p-new-3'").fetchone()[0] == "Tulis ke [email]"
    assert conn.execute("SELECT text FROM posts WHERE id = 'p-new-4'").fetchone()[0] == "Kontak panitia: [telepon] 5"
    conn.close()


def test_maintain_lists_an_old_store_once_then_checks_only_what_was_written_since(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _store(live)
    conn = sqlite3.connect(live, isolation_level=None)  # a store from before the list
    conn.execute("DROP TABLE dump_candidates")
    conn.execute("DROP TABLE dump_checked")
    for name in store.dump_candidate_triggers():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM store_meta WHERE key = 'dump_candidates'")
    conn.close()
    assert dump.candidates_method(live) == (
        False, "the store has no list of the rows to clean, or one made by another kimwatch "
               "(`kimwatch maintain` makes it once)")
    _, log = _dump(live, tmp_path / "before", caplog)
    assert "every text is read" in log
    first = maintenance.maintain(live, keep_days=3650)
    assert first.candidates.startswith("listed: "), first.candidates
    assert "rows a dump cleans listed: " in first.summary()
    assert dump.candidates_method(live)[0]
    db = store.connect(live)
    store.save_posts(db, [_post(5, "Hubungi 0811 2222 3333"), _post(6, "Rapat desa besok")])
    db.conn.close()
    again = maintenance.maintain(live, keep_days=3650)
    assert again.candidates.startswith("checked: 1 of the 2 rows written since listed"), again.candidates
    dry = maintenance.maintain(live, keep_days=3650, dry_run=True)
    assert dry.candidates == "in place"
    path, log = _dump(live, tmp_path / "after", caplog)
    assert LISTED in log
    assert b"2222 3333" not in path.read_bytes()


def test_an_internal_dump_keeping_personal_columns_the_triggers_do_not_watch_reads_every_text(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _store(live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("ALTER TABLE posts ADD COLUMN author_contact TEXT")  # a column added since the triggers
    conn.execute("UPDATE posts SET author_contact = 'Budi 0812 9999 0000' WHERE id = 'p-new-2'")
    conn.close()
    path, log = _dump(live, tmp_path / "internal", caplog, keep_personal_data=True)
    assert "the dump cleans posts.author_contact, which the store's triggers do not watch" in log
    assert b"0812 9999 0000" in path.read_bytes()  # internal: kept, and read
    path, log = _dump(live, tmp_path / "public", caplog)
    assert LISTED in log  # the public dump drops that column: the list serves it
    assert b"9999" not in path.read_bytes()


def test_with_the_write_lock_busy_the_list_is_read_from_the_copy(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    live = tmp_path / "live.db"
    _store(live)
    expected, _ = _dump(live, tmp_path / "free", caplog)
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a crawl writing: no thread reads the store beside the copy
    try:
        path, log = _dump(live, tmp_path / "busy", caplog)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert "the store's write lock was busy" in log and LISTED in log
    assert _published(path) == _published(expected)
    assert b"081255550199" not in path.read_bytes()


def test_a_plain_url_in_python_is_one_the_filter_leaves_as_it_is() -> None:
    # the links inside JSON columns skip the URL parser when publish.is_plain_url says so: it must
    # never say so of a URL the full filter changes (and it agrees with the store's SQL test)
    rng = random.Random(7)
    pieces = ["https://", "http://", "HTTPS://", "kim", "x.id", "/", "08", "0812345678", "62", "-8", ".8",
              "?", "&", "=", "#", "@", "%20", ":8080", "bot", "wa.me", "t.me/+", "chat.whatsapp.com/", "localhost",
              ".local", ".internal", "127.0.0.1", "10.0.0.5", "[::1]", "budi:rahasia@", "key=abc", "a", "1", "é",
              " ", '"', "\\", "discord.gg/", "~", "!", "$", "(", ")", "*", "+", ",", ";", "'"]
    urls = URLS + [rng.choice(["https://", "http://"]) + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
                   for _ in range(20_000)]
    conn = sqlite3.connect(":memory:")
    plain = [u for u in urls if publish.is_plain_url(u)]
    assert len(plain) > 200  # the fast path is taken
    assert [u for u in plain if publish._clean_url_now(u) != u] == []
    listed = {row[0] for row in conn.execute(
        "SELECT value FROM json_each(?) WHERE " + store.candidate_sql("value", "url"), [json.dumps(plain)])}
    assert listed == set()
