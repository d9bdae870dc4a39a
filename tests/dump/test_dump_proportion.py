"""A dump in proportion (issue 16): one copy cleaned in place, its freed pages given back, the
canned queries unchanged by the health roll-up, and the SQL shortcuts of the cleaning honest."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from datasette.app import Datasette

from crawler import maintenance, store
from crawler.reporting import dump, publish
from tests.dump.test_dump import QUERY_PARAMS
from tests.report.known_store import build_known_store

URLS = [
    "https://kimalalak.blogspot.com/2024/10/vaksin.html", "http://basirih.kim.id/", "https://t.me/s/kimalalak",
    "https://www.youtube.com/watch?v=abc", "HTTPS://Example.com/x", "https://budi:rahasia@host.id/feed",
    "https://host.id/feed?key=abc", "https://host.id/a#kontak-0812-3456-7890", "https://host.id:8080/feed",
    "https://host.id:99999/0812345678901", "https://wa.me/6281234567890", "https://api.whatsapp.com/send",
    "https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe",
    "https://host.id/budi%40contoh.id", "https://host.id/budi@contoh.id/x", "https://host.id/a b",
    "https://hóst.id/berita", "https://host.id/\u00a0x", "https://[::1]/x", "https://127.0.0.1/x",
    "http://10.0.0.5/feed", "ftp://host.id/x", "https:///x", "https://", "www.host.id/x", "not a url 0812-3456-7890",
    "https://host.id/path;params", "https://host.id//double", "https://HOST.id/Path", "https://host.id/\tx",
    "https://diskominfomc.kalselprov.go.id/2024/10/17/pemadaman-bergilir", "https://s.id/abc", "https://bit.ly/x",
    # group invitations: their codes are masked, so they must reach Python
    "https://chat.whatsapp.com/Hk3JxYz0abcDEF", "https://t.me/+AbCdEf123456", "https://t.me/joinchat/AbCdEf123456",
    "https://telegram.me/joinchat/AbCdEf123456", "https://discord.gg/abc123", "https://discord.com/invite/abc123",
    "https://line.me/R/ti/g/AbCdEf1234", "https://www.t.me/+AbCdEf123456",
    # a mobile number in the path: masked, so it must reach Python
    "https://www.facebook.com/kimxyz/posts/081234567890", "https://host.id/pasar-murah-0812-3456-7890.html",
    "https://host.id/a/6281234567890", "https://host.id/a/0.812.3456.7890",
]


def test_urls_the_sql_lets_skip_python_are_the_ones_clean_url_leaves_alone() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE u (url TEXT)")
    conn.executemany("INSERT INTO u VALUES (?)", [(u,) for u in URLS])
    plain = [row[0] for row in conn.execute(f"SELECT url FROM u WHERE {dump.PLAIN_URL_SQL.format(c='url')}")]
    assert plain and len(plain) < len(URLS) / 2
    for url in plain:
        assert publish.clean_url(url) == url, url
    changed = [url for url in URLS if publish.clean_url(url) != url]
    assert changed and not set(changed) & set(plain)  # what Python changes always reaches Python


TEXTS = [
    "Posko banjir dibuka di balai desa pada 31 Oktober 2026 pukul 08.00 (mc/33).",
    "Hubungi 0812-3456-7890", "Hubungi 081234567890", "Hubungi +62 812 3456 7890", "(0511) 3361234",
    "telp 0511.336.1234", "NIK 6371 0123 4567 0001", "NIK6371012345670001", "KK 6371.0123.4567.0001",
    "budi@contoh.id", "budi%40contoh.id", "lihat https://host.id/a?token=abc", "lihat WWW.host.id/a",
    "lihat www.host.id", "Rp 62.812.500.000", "Rp50.000", "2026 2027 2028", "1 2 3 4 5 6 7 8 9",
    "Hubungi\t0812\t3456\t7890", "Hubungi\x000812345678", "a\x00b", "Hubungi 0812\x0b3456\x0b7890", "Hubungi 0812\x1c3456\x1c7890",
    "Hubungi ０８１２-３４５６-７８９０", "Hubungi 0812\u00a03456\u00a07890", "Kegiatan\nbaris\r\nkedua",
    "nomor 0812/3456/7890", "nomor 0812 - 3456 - 7891", "nomor 08-12-34-56-78-93", "NIK 63 71 01 23 4567 0003",
    "nomor (0812) 3456 7890.", "12345678", "123456789", "1.2.3.4.5.6.7.8.9",
    # group invitations written without a scheme: masked, so they must reach Python
    "Gabung grup: t.me/joinchat/QWERTY11111", "t.me/+PLUSNOSCHEME222", "chat.whatsapp.com/NOSCHEMEWA333",
    "discord.gg/DISCORDX888", "Gabung di T.ME/+AbCdEf123", "lihat t.me/kimbanua",
]


def test_texts_the_sql_lets_skip_python_are_the_ones_clean_text_leaves_alone() -> None:
    import random

    rng = random.Random(16)
    alphabet = "0123456789 \t\n.()+/-@%:wWabcNIKRp,\x0b\u00a0é"
    texts = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(20_000)]
    conn = sqlite3.connect(":memory:")
    conn.create_function(dump.DIGIT_RUN_FUNCTION, 1, dump._has_digit_run, deterministic=True)
    conn.execute("CREATE TABLE t (text TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(t,) for t in texts])
    plain = {row[0] for row in conn.execute(
        f"SELECT text FROM t WHERE NOT {dump.TEXT_NEEDS_CLEANING_SQL.format(c='text')}")}
    assert TEXTS[0] in plain and "Rp 62.812.500.000" not in plain
    changed = {t for t in texts if publish.clean_text(t) != t}
    assert len(changed) > 1000  # the random texts do hold phone numbers, addresses, odd spaces
    assert not changed & plain  # what Python changes always reaches Python
    with publish.keeping_personal_data(True):
        assert not {t for t in texts if publish.clean_text(t) != t} & plain
    # the evidence of a post is read only when its texts may hold a span the filter masks
    no_spans = {row[0] for row in conn.execute(
        f"SELECT text FROM t WHERE NOT {dump.PERSONAL_SPANS_SQL.format(c='text')}")}
    assert "lihat https://host.id/a?token=abc" in no_spans and "Hubungi 081234567890" not in no_spans
    assert not {t for t in texts if publish.personal_spans(publish.normalise(t))} & no_spans


def _store_with_personal_data(path: Path) -> None:
    db = build_known_store(path)
    store.save_posts(db, [{"id": "p-phone", "kim_id": "kim-a", "platform": "website", "title": "Posko banjir",
                           "text": "Posko banjir dibuka. Hubungi 081255550199 atau budi.santoso@contoh.co.id",
                           "published_at": "2024-10-20T01:00:00Z", "url": "https://host.id/posko?hp=081255550199",
                           "origin": "crawl"}])
    with store.transaction(db):  # a cache the dump leaves out, worth some pages
        db.conn.executemany("INSERT INTO resolved_urls (url, resolved_url, resolved_at) VALUES (?, ?, ?)",
                            [(f"https://s.id/{k}", f"https://host.id/{'x' * 300}{k}", "2024-10-10T00:00:00Z")
                             for k in range(3000)])
    db.conn.close()


@pytest.mark.parametrize("clean", [True, False], ids=["page copy", "vacuum into"])
def test_one_copy_cleaned_in_place_gives_its_freed_pages_back(tmp_path: Path, clean: bool) -> None:
    live = tmp_path / "live.db"
    _store_with_personal_data(live)
    if not clean:  # a store from before the clean mark: VACUUM INTO
        old = sqlite_utils.Database(live)
        old.execute("DROP TABLE store_meta")
        old.execute("PRAGMA auto_vacuum = NONE")
        old.execute("VACUUM")
        old.conn.close()
    assert dump.dump_method(live)[0] is clean
    paths = dump.write_dump(live, tmp_path / "dump")
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    # what cleaning freed is gone: at each commit (full), or by incremental_vacuum
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == (2 if clean else 1)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert paths.database.stat().st_size < live.stat().st_size / 2  # resolved_urls left out
    # the masked post is found by its other words, never by what was masked
    assert conn.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'posko'").fetchall()
    assert not conn.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH '081255550199'").fetchall()
    assert not conn.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'santoso'").fetchall()
    text, url = conn.execute("SELECT text, url FROM posts WHERE id = 'p-phone'").fetchone()
    assert text == "Posko banjir dibuka. Hubungi [telepon] atau [email]" and url == "https://host.id/posko?hp=[telepon]"
    assert conn.execute("INSERT INTO posts_fts(posts_fts) VALUES ('integrity-check')")
    conn.close()
    data = paths.database.read_bytes()
    assert b"081255550199" not in data and b"santoso" not in data


def _canned(paths: dump.DumpPaths) -> dict[str, Any]:
    async def run() -> dict[str, Any]:
        metadata = json.loads(paths.metadata.read_text(encoding="utf-8"))
        ds = Datasette([str(paths.database)], metadata=metadata)
        await ds.invoke_startup()
        out = {}
        for name in metadata["databases"]["kimwatch"]["queries"]:
            response = await ds.client.get(f"/kimwatch/{name}.json?_shape=array&{QUERY_PARAMS.get(name, '')}")
            assert response.status_code == 200, (name, response.text[:300])
            out[name] = response.json()
        tables = await ds.client.get("/kimwatch.json")
        out["tables"] = sorted(t["name"] for t in tables.json()["tables"])
        return out

    return asyncio.run(run())


def test_canned_queries_answer_the_same_after_the_roll_up(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    build_known_store(live).conn.close()
    before = _canned(dump.write_dump(live, tmp_path / "before"))
    result = maintenance.maintain(live, keep_days=30)
    assert result.fetch_rows == 8
    after_paths = dump.write_dump(live, tmp_path / "after")
    after = _canned(after_paths)
    assert after == before
    assert {r["id"] for r in after["unmeasured_kims"]} == {"kim-e", "kim-f"}  # kim-f's ok fetch is before
    conn = sqlite3.connect(after_paths.database)
    assert conn.execute("SELECT count(*) FROM channel_fetch_days").fetchone()[0] == 8
    assert conn.execute("SELECT count(*) FROM channel_fetches").fetchone()[0] == 0
    conn.close()
    metadata = json.loads(after_paths.metadata.read_text(encoding="utf-8"))
    assert "channel_fetch_days" in metadata["databases"]["kimwatch"]["tables"]


def test_the_space_check_asks_for_about_the_dump_not_three_copies(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    _store_with_personal_data(live)
    conn = sqlite3.connect(live)
    pages, free, size = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count",
                                                                               "page_size"))
    conn.close()
    assert dump.dump_space_needed(live) <= (pages - free) * size * 1.2
    paths = dump.write_dump(live, tmp_path / "dump")
    assert paths.database.stat().st_size <= dump.dump_space_needed(live)


def test_the_default_period_ends_with_the_last_rolled_up_day(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    db = build_known_store(live)
    with store.transaction(db):  # nothing after 20 Oct but a fetch on 3 Nov (WITA), later rolled up
        db.execute("DELETE FROM channel_fetches WHERE fetched_at > '2024-10-20'")
        db.execute("UPDATE posts SET published_at = '2024-10-01T00:00:00Z' WHERE published_at > '2024-10-20'")
        db.execute("UPDATE announcements SET published_at = '2024-10-01T00:00:00Z' WHERE published_at > '2024-10-20'")
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status) "
                   "VALUES ('kim-a/feed', '2024-11-02T17:00:00Z', 1, '200')")
    db.conn.close()
    before = dump.latest_data_day(live)
    maintenance.maintain(live, keep_days=30)
    assert str(before) == str(dump.latest_data_day(live)) == "2024-11-03"
