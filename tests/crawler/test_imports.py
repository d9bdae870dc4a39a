from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler import store

from .conftest import FIXTURES, file_digest


@pytest.fixture
def loaded(kimwatch) -> None:
    kimwatch("registry", "load", str(FIXTURES / "registry.yaml"))


def _db(db_path: Path):
    return store.connect(db_path)


def test_import_jsonl_and_csv(kimwatch, db_path: Path, loaded: None) -> None:
    out = kimwatch("import", "announcements", str(FIXTURES / "announcements.jsonl")).output
    assert "2 new" in out
    out = kimwatch("import", "posts", str(FIXTURES / "posts.jsonl")).output
    assert "3 posts read: 3 new" in out
    out = kimwatch("import", "posts", str(FIXTURES / "posts.csv")).output
    assert "2 posts read: 2 new" in out
    db = _db(db_path)
    rows = {r["id"]: r for r in db.query("SELECT * FROM posts")}
    assert rows["p-1"]["published_at"] == "2024-10-18T00:00:00Z"
    assert rows["p-2"]["published_at"] == "2024-10-18T23:30:00Z"  # naive time is WITA
    assert json.loads(rows["p-1"]["links"]) == ["https://diskominfomc.kalselprov.go.id/2024/10/17/bimtek-kim"]
    assert json.loads(rows["c-1"]["links"]) == [
        "https://diskominfomc.kalselprov.go.id/2024/10/17/bimtek-kim",
        "https://banjarbarukota.go.id/2024/10/20/pasar-murah",
    ]
    assert rows["c-1"]["text"] == 'Bimtek KIM hari ini, "mantap"'
    assert rows["c-2"]["text"] == "Baris satu\nbaris dua"
    assert rows["c-2"]["published_at"] == "2024-10-19T03:00:00Z"
    generated = [r for r in rows.values() if r["id"].startswith("p-") and r["id"] not in ("p-1", "p-2")]
    assert len(generated) == 1 and generated[0]["platform"] == "telegram"  # inferred from t.me
    announcements = {r["source_id"]: r for r in db.query("SELECT * FROM announcements")}
    assert announcements["pemkot-banjarbaru"]["published_at"] == "2024-10-20T01:00:00Z"
    assert announcements["pemkot-banjarbaru"]["id"].startswith("a-")


def test_reimport_is_idempotent_with_stable_generated_ids(kimwatch, db_path: Path, loaded: None) -> None:
    kimwatch("import", "posts", str(FIXTURES / "posts.jsonl"))
    ids = _db(db_path).execute("SELECT id FROM posts ORDER BY id").fetchall()
    out = kimwatch("import", "posts", str(FIXTURES / "posts.jsonl")).output
    assert "0 new, 0 updated, 3 unchanged" in out
    assert _db(db_path).execute("SELECT id FROM posts ORDER BY id").fetchall() == ids


def test_changed_text_updates_in_place(kimwatch, db_path: Path, loaded: None, tmp_path: Path) -> None:
    kimwatch("import", "posts", str(FIXTURES / "posts.jsonl"))
    edited = tmp_path / "edited.jsonl"
    edited.write_text((FIXTURES / "posts.jsonl").read_text().replace("Warga RT 05 kerja bakti.", "Warga RT 06 kerja bakti."))
    assert "0 new, 1 updated, 2 unchanged" in kimwatch("import", "posts", str(edited)).output
    assert _db(db_path).execute("SELECT text FROM posts WHERE id = 'p-2'").fetchone()[0] == "Warga RT 06 kerja bakti."


def test_rows_without_a_date_are_stored_and_said_to_count_nowhere(kimwatch, db_path: Path, loaded: None,
                                                                  tmp_path: Path) -> None:
    undated = tmp_path / "undated.jsonl"  # the contract requires only the KIM (or source) id
    undated.write_text('{"id": "p-u", "kim": "kim-angsau", "text": "Gotong royong di balai desa."}\n')
    out = kimwatch("import", "posts", str(undated)).output
    assert "1 new" in out and "1 without published_at (stored, but they count in no report window" in out
    assert _db(db_path).execute("SELECT published_at FROM posts WHERE id = 'p-u'").fetchone() == (None,)


BAD_POSTS = {
    "unknown kim": ('"kim": "kim-angsau"', '"kim": "kim-nowhere"', "line 2, field 'kim': unknown kim id 'kim-nowhere'"),
    "bad date": ('"published_at": "2024-10-19T07:30:00"', '"published_at": "kemarin"', "line 2, field 'published_at': cannot read date 'kemarin'"),
    "bad url": ('"url": "https://angsau.kim.id/berita/kerja-bakti"', '"url": "angsau kerja bakti"', "line 2, field 'url'"),
    "bad platform": ('"platform": "website"', '"platform": "myspace"', "unknown platform 'myspace'"),
    "duplicate id": ('"id": "p-2"', '"id": "p-1"', "line 2, field 'id': duplicate id 'p-1', first at line 1"),
    "broken json": ('"id": "p-2",', '"id": "p-2"', "line 2: broken JSON"),
    "bad link": ('"links": []', '"links": ["javascript:alert(1)"]', "line 3, field 'links'"),
    "link of a number": ('"links": []', '"links": ["1.5"]', "line 3, field 'links': '1.5' is not an http(s) URL"),
    "ftp link": ('"links": []', '"links": ["ftp://kab.go.id/a"]', "line 3, field 'links'"),
}


def test_a_link_written_without_its_scheme_is_read_as_a_web_address(kimwatch, db_path: Path, loaded: None,
                                                                    tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({"id": "p-www", "kim": "kim-angsau", "text": "Baca di situs pemkab",
                                 "published_at": "2024-10-21T10:00:00Z",
                                 "links": ["www.baritokualakab.go.id/berita/pengundian-nomor?utm_source=wa",
                                           "kalselprov.go.id/berita/a"]}) + "\n")
    kimwatch("import", "posts", str(posts))
    links = json.loads(_db(db_path).execute("SELECT links FROM posts WHERE id = 'p-www'").fetchone()[0])
    assert links == ["https://baritokualakab.go.id/berita/pengundian-nomor", "https://kalselprov.go.id/berita/a"]


@pytest.mark.parametrize("case", sorted(BAD_POSTS))
def test_bad_import_rejected_whole(kimwatch, db_path: Path, loaded: None, tmp_path: Path, case: str) -> None:
    old, new, message = BAD_POSTS[case]
    text = (FIXTURES / "posts.jsonl").read_text()
    assert old in text
    bad = tmp_path / "bad.jsonl"
    bad.write_text(text.replace(old, new, 1))
    before = file_digest(db_path)
    result = kimwatch("import", "posts", str(bad), expect=1)
    assert message in result.output, result.output
    assert "nothing was stored" in result.output and "--skip-invalid" in result.output
    assert "Traceback" not in result.output
    assert file_digest(db_path) == before


def test_skip_invalid_stores_the_valid_rows(kimwatch, db_path: Path, loaded: None, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text((FIXTURES / "posts.jsonl").read_text().replace('"kim": "kim-angsau"', '"kim": "kim-x"'))
    result = kimwatch("import", "posts", str(bad), "--skip-invalid")
    assert "1 posts read: 1 new" in result.output
    assert "skipped line 2, field 'kim': unknown kim id 'kim-x'" in result.output
    assert "skipped line 3, field 'kim'" in result.output
    assert _db(db_path).execute("SELECT id FROM posts").fetchall() == [("p-1",)]


def test_unknown_source_in_announcements(kimwatch, loaded: None, tmp_path: Path) -> None:
    bad = tmp_path / "a.csv"
    bad.write_text("source,url,title,text,published_at\nhumas-x,https://x.go.id/a,T,Isi,2024-10-01\n")
    result = kimwatch("import", "announcements", str(bad), expect=1)
    assert "line 2, field 'source': unknown source id 'humas-x'" in result.output


def test_id_of_another_kims_post_rejects_the_file(kimwatch, db_path: Path, loaded: None, tmp_path: Path) -> None:
    first = tmp_path / "angsau.jsonl"
    first.write_text('{"id": "1", "kim": "kim-angsau", "text": "Kerja bakti", "published_at": "2024-10-20T10:00"}\n')
    kimwatch("import", "posts", str(first))
    clash = tmp_path / "jingah.jsonl"
    clash.write_text('{"id": "2", "kim": "kim-sungai-jingah", "text": "Posyandu", "published_at": "2024-10-20T11:00"}\n'
                     '{"id": "1", "kim": "kim-sungai-jingah", "text": "Gotong royong", "published_at": "2024-10-21T10:00"}\n')
    before = file_digest(db_path)
    result = kimwatch("import", "posts", str(clash), expect=1)
    assert str(clash) in result.output
    assert "line 2, field 'id': id '1' is already a post of KIM kim-angsau" in result.output, result.output
    assert "give ids unique across KIMs, e.g. 'kim-sungai-jingah-1'" in result.output
    assert file_digest(db_path) == before
    assert _db(db_path).execute("SELECT kim_id, text FROM posts").fetchall() == [("kim-angsau", "Kerja bakti")]
    # --skip-invalid stores the other rows and names the skipped one
    result = kimwatch("import", "posts", str(clash), "--skip-invalid")
    assert "skipped line 2, field 'id': id '1' is already a post of KIM kim-angsau" in result.output
    rows = dict(_db(db_path).execute("SELECT id, kim_id FROM posts").fetchall())
    assert rows == {"1": "kim-angsau", "2": "kim-sungai-jingah"}
    # the same owner re-importing its own id is an update in place, as before
    first.write_text(first.read_text().replace("Kerja bakti", "Kerja bakti RT 5"))
    assert "0 new, 1 updated" in kimwatch("import", "posts", str(first)).output


def test_id_of_another_sources_announcement_rejects_the_file(kimwatch, db_path: Path, loaded: None,
                                                             tmp_path: Path) -> None:
    first = tmp_path / "a1.jsonl"
    first.write_text('{"id": "ann-2", "source": "diskominfo-kalsel", "url": "https://diskominfomc.kalselprov.go.id/a/2", '
                     '"title": "A", "text": "Isi", "published_at": "2024-10-18T10:00"}\n')
    kimwatch("import", "announcements", str(first))
    clash = tmp_path / "a2.jsonl"
    clash.write_text('{"id": "ann-2", "source": "pemkot-banjarbaru", "url": "https://banjarbarukota.go.id/a/2", '
                     '"title": "B", "text": "Lain", "published_at": "2024-10-18T10:00"}\n')
    before = file_digest(db_path)
    result = kimwatch("import", "announcements", str(clash), expect=1)
    assert ("line 1, field 'id': id 'ann-2' is already an announcement of source diskominfo-kalsel" in result.output)
    assert "give ids unique across sources" in result.output
    assert file_digest(db_path) == before
    assert _db(db_path).execute("SELECT source_id FROM announcements WHERE id = 'ann-2'").fetchone() == (
        "diskominfo-kalsel",)


def test_an_import_into_a_missing_database_says_it_creates_one(tmp_path: Path) -> None:
    """Run from the wrong directory, `import` creates data/kimwatch.db there: it says so."""
    from click.testing import CliRunner

    from crawler.cli import cli

    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"kim": "kim-x", "text": "halo"}\n', encoding="utf-8")
    missing = tmp_path / "elsewhere" / "kimwatch.db"
    result = CliRunner().invoke(cli, ["--db", str(missing), "import", "posts", str(posts)])
    assert f"no database at {missing}" in result.output and "creating a new, empty one" in result.output
    again = CliRunner().invoke(cli, ["--db", str(missing), "import", "posts", str(posts)])
    assert "creating a new" not in again.output


def test_a_post_dated_by_its_day_only_is_read_as_the_end_of_that_day(kimwatch, db_path: Path, loaded: None,
                                                                      tmp_path: Path) -> None:
    """An outside tester's finding: ``"published_at": "2026-12-05"`` was read as 00:00 WITA, before
    every release of that day, so a same-day amplification was lost. Self-report imports read a
    day-only time as 23:59:59 WITA; `import posts` now keeps the same rule (announcements keep
    their midnight: a release was out no earlier)."""
    text = ("Diskominfo Kalsel membuka pendaftaran pelatihan jurnalistik warga bagi anggota KIM di "
            "Banjarbaru, kuota 40 peserta, daftar lewat formulir daring sampai Jumat.")
    announcements = tmp_path / "a.jsonl"
    announcements.write_text(json.dumps({"id": "a-day", "source": "diskominfo-kalsel", "title": "Pelatihan "
                                         "jurnalistik warga bagi anggota KIM", "text": text,
                                         "url": "https://diskominfomc.kalselprov.go.id/2024/10/18/pelatihan",
                                         "published_at": "2024-10-18 10:00"}) + "\n"
                             + json.dumps({"id": "a-midnight", "source": "diskominfo-kalsel", "title": "Lain",
                                           "text": "Pengumuman lain", "published_at": "2024-10-18"}) + "\n",
                             encoding="utf-8")
    kimwatch("import", "announcements", str(announcements))
    posts = tmp_path / "p.jsonl"
    posts.write_text(json.dumps({"id": "p-day", "kim": "kim-angsau", "platform": "whatsapp", "text": text,
                                 "published_at": "2024-10-18"}) + "\n"
                     + json.dumps({"id": "p-words", "kim": "kim-angsau", "platform": "whatsapp", "text": "Kabar",
                                   "published_at": "18 Oktober 2024"}) + "\n"
                     + json.dumps({"id": "p-clock", "kim": "kim-angsau", "platform": "whatsapp", "text": "Kabar lain",
                                   "published_at": "2024-10-18T00:00:00+08:00"}) + "\n", encoding="utf-8")
    kimwatch("import", "posts", str(posts))
    db = _db(db_path)
    published = dict(db.execute("SELECT id, published_at FROM posts WHERE id LIKE 'p-%'").fetchall())
    assert published["p-day"] == published["p-words"] == "2024-10-18T15:59:59Z"  # 23:59:59 WITA
    assert published["p-clock"] == "2024-10-17T16:00:00Z"  # a time written, midnight included, is kept
    assert db.execute("SELECT published_at FROM announcements WHERE id = 'a-midnight'").fetchone()[0] == \
        "2024-10-17T16:00:00Z"
    kimwatch("match")
    assert db.execute("SELECT post_id FROM amplifications WHERE announcement_id = 'a-day'").fetchall() == [("p-day",)]
