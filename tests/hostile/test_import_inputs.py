"""Hostile import files (issue 13, items 5 and 8): every problem one paragraph naming line and
field, nothing stored; numbers, signs and implausible years are no dates."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.dates import implausible_date
from tests.hostile.inputs_helpers import VALID_REGISTRY, store_digest


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kimwatch.db"
    registry = tmp_path / "registry.yaml"
    registry.write_text(VALID_REGISTRY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(path), "registry", "load", str(registry)])
    assert result.exit_code == 0, result.output
    return path


def _import(db: Path, kind: str, path: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), "import", kind, str(path), *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def _post(**fields: object) -> dict[str, object]:
    return {"id": "kim-alalak-9", "kim": "kim-alalak", "url": "https://kimalalak.blogspot.com/2024/10/x.html",
            "title": "Vaksinasi", "text": "Warga ikut vaksinasi gratis.", "published_at": "2024-10-10T12:00:00+08:00",
            **fields}


def _jsonl(tmp_path: Path, *records: object, raw: str | None = None, name: str = "posts.jsonl") -> Path:
    path = tmp_path / name
    text = raw if raw is not None else "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in records)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


IN_TWO_YEARS = (datetime.now(UTC) + timedelta(days=800)).strftime("%Y-%m-%d")


@pytest.mark.parametrize(("value", "message"), [
    (123, "a number (123) is not a date"),
    (-1, "a number (-1) is not a date"),
    (1e308, "a number (1e+308) is not a date"),
    ("1e308", "a number ('1e308') is not a date"),
    ("123", "a number ('123') is not a date"),
    ("-1", "a number ('-1') is not a date"),
    ("2024", "a number ('2024') is not a date"),
    ("-2024-01-01", "has a sign"),
    ("+2024-01-01", "has a sign"),
    ("9999-12-31", "more than a day in the future"),
    ("2031-06-01T10:00:00+08:00", "more than a day in the future"),
    (IN_TWO_YEARS, "more than a day in the future"),
    ("1970-01-01T00:00:00Z", "is before 2000"),
    ("1999-12-31", "is before 2000"),
    ("9999-12-31T23:59:59-12:00", "more than a day in the future"),
    (True, "is not a date"),
    ([2024, 10, 1], "is not a date"),
])
def test_no_nonsense_dates(tmp_path: Path, db: Path, value: object, message: str) -> None:
    before = store_digest(db)
    code, output = _import(db, "posts", _jsonl(tmp_path, _post(published_at=value)))
    assert code != 0
    assert "line 1, field 'published_at'" in output and message in output, output
    assert store_digest(db) == before


def test_implausible_dates_are_counted_with_skip_invalid(tmp_path: Path, db: Path) -> None:
    path = _jsonl(tmp_path, _post(), _post(id="kim-alalak-10", published_at="2031-01-01"),
                  _post(id="kim-alalak-11", published_at=-1))
    code, output = _import(db, "posts", path, "--skip-invalid")
    assert code == 0, output
    assert "1 new" in output and "2 problem(s) in skipped rows" in output
    assert "line 2, field 'published_at'" in output and "line 3, field 'published_at'" in output


def test_plausible_dates_still_import(tmp_path: Path, db: Path) -> None:
    path = _jsonl(tmp_path, _post(published_at="2000-01-01T08:00:00+08:00"),
                  _post(id="kim-alalak-12", published_at=(datetime.now(UTC) + timedelta(hours=20)).isoformat()),
                  _post(id="kim-alalak-13", published_at="Selasa, 29 Oktober 2024 10.15 WITA"))
    code, output = _import(db, "posts", path)
    assert code == 0 and "3 new" in output, output


@pytest.mark.parametrize(("raw", "message"), [
    ('{"id": "x", "kim": "kim-alalak", "text": "t", "title": ' + "9" * 4300 + "}\n", "field 'title': must be text"),
    ('{"id": "x", "kim": "kim-alalak", "text": "t", "published_at": ' + "9" * 4300 + "}\n", "is not a date"),
    ('{"id": "x", "kim": "kim-alalak", "text": "t", "title": ' + "9" * 5000 + "}\n", "JSON cannot be read"),
    ("[" * 100_000 + "]" * 100_000 + "\n", "nested too deeply"),
    ('{"kim": "kim-alalak", "text": "a' + "\\ud800" + 'b"}\n', "lone surrogate"),
    ('{"kim": "kim-alalak", "text": "a\\u0000b"}\n', "NUL character"),
    ('{"kim": "kim-alalak", "text": {"a": [1, 2]}}\n', "field 'text': must be text"),
    ('{"kim": "kim-alalak", "text": "ok", "links": "' + "https://a.id/ " * 3 + '", "x": 1}\n', "unknown field"),
    ('{"kim": "kim-alalak", "text": "ok", "id": ' + "1" * 40 + "}\n", "field 'id': must be text"),
    ('{"kim": "kim-alalak", "url": "http://[::1", "text": "t"}\n', "not an http(s) URL"),
    ('{"kim": "kim-alalak", "text": "t", "links": [1e308, null, ["x"]]}\n', "field 'links'"),
    ('{"kim": "' + "k" * 100_000 + '", "text": "t"}\n', "characters long"),
])
def test_hostile_jsonl_is_one_paragraph(tmp_path: Path, db: Path, raw: str, message: str) -> None:
    before = store_digest(db)
    code, output = _import(db, "posts", _jsonl(tmp_path, raw=raw))
    assert code != 0
    assert message in output, output[:3000]
    assert len(output) < 5000
    assert store_digest(db) == before


@pytest.mark.parametrize(("raw", "message"), [
    ("id,kim,text\nx,kim-alalak,\"" + "a" * 140_000 + "\"\n", "broken CSV"),
    ("id,kim,text\nx,kim-alalak,a\x00b\n", "NUL character"),
    ("id,kim,text,published_at\nx,kim-alalak,t,1e308\n", "a number ('1e308') is not a date"),
    ("id,kim,text,published_at\nx,kim-alalak,t,-2024-01-01\n", "has a sign"),
    ("\"" + "x" * 200_000 + "\n", "broken CSV"),
])
def test_hostile_csv_is_one_paragraph(tmp_path: Path, db: Path, raw: str, message: str) -> None:
    before = store_digest(db)
    path = tmp_path / "posts.csv"
    path.write_text(raw, encoding="utf-8")
    code, output = _import(db, "posts", path)
    assert code != 0 and message in output, output[:3000]
    assert store_digest(db) == before


@pytest.mark.parametrize(("raw", "message"), [
    ('[{"source": "diskominfo-kalsel", "text": "t", "published_at": 1e308}]', "is not a date"),
    ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
    ('[{"source": "diskominfo-kalsel", "text": "t", "published_at": "0001-01-01T00:00:00+14:00"}]',
     "before 2000"),
])
def test_hostile_announcements(tmp_path: Path, db: Path, raw: str, message: str) -> None:
    before = store_digest(db)
    path = tmp_path / "ann.json"
    path.write_text(raw, encoding="utf-8")
    code, output = _import(db, "announcements", path)
    assert code != 0 and message in output, output[:3000]
    assert store_digest(db) == before


def test_invalid_utf8_and_lone_surrogate_bytes(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b'{"kim": "kim-alalak", "text": "a\xed\xa0\x80b"}\n')
    code, output = _import(db, "posts", path)
    assert code != 0 and "not UTF-8" in output


def test_implausible_date_helper_leaves_good_dates() -> None:
    now = datetime(2026, 12, 6, tzinfo=UTC)
    assert implausible_date("2024-10-17T16:05:00+08:00", now) is None
    assert implausible_date("2026-12-07T00:00:00Z", now) is None  # within a day
    assert implausible_date("2026-12-07T00:00:01Z", now) is not None
    assert implausible_date("2000-01-01T00:00:00Z", now) is None
    assert implausible_date("1999-12-31T23:59:59Z", now) is not None
