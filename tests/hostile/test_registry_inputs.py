"""Hostile registry files and daemon configs (issue 13, items 2, 4, 5): credentials refused,
alias bombs refused fast and small, wrong types named, every problem one paragraph."""

from __future__ import annotations

import resource
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.daemon.config import read_config_file
from crawler.errors import ConfigError, RegistryError
from crawler.registry import parse_registry_file
from tests.hostile.inputs_helpers import ALIAS_BOMB, VALID_REGISTRY, store_digest

ENTRY = """kims:
  - id: kim-a
    name: {name}
    region: Kota Banjarmasin
    channels:
      - type: feed
        url: {url}
{extra}"""


def _registry(tmp_path: Path, text: str, name: str = "registry.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _load(db: Path, path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), "registry", "load", str(path)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kimwatch.db"
    code, output = _load(path, _registry(tmp_path, VALID_REGISTRY, "valid.yaml"))
    assert code == 0, output
    return path


@pytest.mark.parametrize(("field", "url"), [
    ("url", "https://budi:Rahasia123@kimalalak.blogspot.com/feeds/posts/default"),
    ("url", "https://budi@kimalalak.blogspot.com/feeds/posts/default"),
    ("via", "https://admin:Rahasia123@rsshub.example.org/instagram/user/x"),
])
def test_credentials_in_urls_are_refused(tmp_path: Path, db: Path, field: str, url: str) -> None:
    before = store_digest(db)
    if field == "url":
        text = ENTRY.format(name="KIM A", url=url, extra="")
    else:
        text = ENTRY.format(name="KIM A", url="https://instagram.com/kima", extra="") \
            .replace("type: feed", "type: instagram") + f"        via: {url}\n"
    code, output = _load(db, _registry(tmp_path, text))
    assert code != 0
    key_line = next(n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith(f"{field}:"))
    assert "registry.yaml" in output and f"line {key_line}," in output and "kims[0]" in output and "'kim-a'" in output
    assert f"field {field!r}" in output and "credentials" in output
    assert "Rahasia123" not in output  # the password is not echoed
    if "Rahasia123" in url:
        assert "budi:***@" in output or "admin:***@" in output
    assert store_digest(db) == before


def test_credentials_in_csv_registry_are_refused(tmp_path: Path, db: Path) -> None:
    path = _registry(tmp_path, "kind,id,name,region,district,village,channel_type,channel_url,via\n"
                               "kim,kim-a,KIM A,Kota Banjarmasin,,,feed,https://u:pw999@a.example.org/feed,\n",
                     "registry.csv")
    code, output = _load(db, path)
    assert code != 0 and "line 2" in output and "'url'" in output and "u:***@" in output and "pw999" not in output


def test_query_keys_of_bridges_are_accepted(tmp_path: Path, db: Path) -> None:
    """A private RSSHub asks for ?key=: legitimate in the registry, masked when published."""
    text = ENTRY.format(name="KIM A", url="https://instagram.com/kima", extra="").replace(
        "type: feed", "type: instagram") + "        via: https://rsshub.example.org/instagram/user/kima?key=abc123\n"
    code, output = _load(db, _registry(tmp_path, text))
    assert code == 0, output


@pytest.mark.parametrize(("value", "shown"), [
    ("[]", "a list []"), ("{a: 1}", "a mapping {'a': 1}"), ("yes", "true/false True"),
    ("2024-01-01", "a date 2024-01-01"),
])
def test_wrong_types_are_named(tmp_path: Path, db: Path, value: str, shown: str) -> None:
    before = store_digest(db)
    code, output = _load(db, _registry(tmp_path, ENTRY.format(name=value, url="https://a.example.org/feed",
                                                               extra="")))
    assert code != 0
    assert "field 'name': must be text, got " + shown in output
    assert "'[]'" not in output and "__line__" not in output
    assert store_digest(db) == before


def test_wrong_types_in_channels(tmp_path: Path, db: Path) -> None:
    text = ENTRY.format(name="KIM A", url="[https://a.example.org/feed]", extra="")
    code, output = _load(db, _registry(tmp_path, text))
    assert code != 0 and "field 'url': must be text, got a list" in output


def test_alias_bomb_is_refused_fast_and_small(tmp_path: Path, db: Path) -> None:
    path = _registry(tmp_path, ALIAS_BOMB)
    before = store_digest(db)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(RegistryError) as caught:
        parse_registry_file(path)
    elapsed = time.perf_counter() - started
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert elapsed < 0.5, elapsed
    assert grown_kb < 50_000, grown_kb  # under 50 MB more at peak (it would be gigabytes)
    assert "refused: aliases (*name) expand to more than" in str(caught.value)
    code, output = _load(db, path)
    assert code != 0 and "alias" in output and store_digest(db) == before


def test_a_few_aliases_are_fine(tmp_path: Path, db: Path) -> None:
    text = """kims:
  - id: kim-a
    name: &n KIM A
    region: &r Kota Banjarmasin
    channels: []
  - id: kim-b
    name: KIM B
    region: *r
"""
    code, output = _load(db, _registry(tmp_path, text))
    assert code == 0, output


@pytest.mark.parametrize(("text", "message"), [
    ("kims: &a [*a]\n", "recursive alias"),
    ("kims:\n" + "  " + "[" * 5000 + "]" * 5000 + "\n", "nested deeper than"),
    ("kims:\n  - id: kim-a\n    name: \"KIM \\0 A\"\n    region: Kota Banjarmasin\n", "NUL character"),
    ("kims:\n  - id: kim-a\n    name: \"KIM \\ud800\"\n    region: Kota Banjarmasin\n", "lone surrogate"),
    ("kims:\n  - id: kim-a\n    name: KIM\x00A\n", "not allowed in YAML"),
    ("kims:\n  - {1: 2, id: kim-a, name: A, region: Kota Banjarmasin}\n", "unknown field(s) '1'"),
    ("kims:\n  - id: kim-a\n    name: A\n    region: Kota Banjarmasin\n    channels:\n      - type: website\n"
     "        url: https://a.example.org/\n        max_pages: 1e308\n", "whole number"),
    ("kims:\n  - id: kim-a\n    name: A\n    region: Kota Banjarmasin\n    channels:\n      - type: website\n"
     "        url: https://a.example.org/\n        max_pages: " + "9" * 4300 + "\n", "whole number"),
    ("kims:\n  - id: kim-a\n    name: " + "x" * 300_000 + "\n    region: " + "y" * 300_000 + "\n", "unknown region"),
])
def test_hostile_yaml_is_one_paragraph(tmp_path: Path, db: Path, text: str, message: str) -> None:
    before = store_digest(db)
    code, output = _load(db, _registry(tmp_path, text))
    assert code != 0
    assert message in output, output[:2000]
    assert len(output) < 5000
    assert store_digest(db) == before


@pytest.mark.parametrize(("text", "message"), [
    ("kind,id,name,region,district,village,channel_type,channel_url,via\nkim,kim-a,\"" + "x" * 140_000
     + "\",Kota Banjarmasin,,,,,\n", "broken CSV"),
    ("kind,id,name,region,district,village,channel_type,channel_url,via\nkim,kim-a,A\x00,Kota Banjarmasin,,,,,\n",
     "NUL byte"),
])
def test_hostile_csv_registry_is_one_paragraph(tmp_path: Path, db: Path, text: str, message: str) -> None:
    before = store_digest(db)
    code, output = _load(db, _registry(tmp_path, text, "registry.csv"))
    assert code != 0 and message in output and "Traceback" not in output
    assert store_digest(db) == before


def test_daemon_config_alias_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_text(ALIAS_BOMB.replace("kims:", "crawl:"), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ConfigError, match="alias"):
        read_config_file(path)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(("text", "message"), [
    ("a: " + "[" * 3000 + "]" * 3000 + "\n", "nested deeper"),
    ("a: b\x00\n", "not allowed in YAML"),
    ("a: &x [*x]\n", "recursive alias"),
])
def test_daemon_config_hostile_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_config_file(path)


def test_daemon_config_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_bytes(b"report_at: \xff\xfe\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        read_config_file(path)


def test_store_digest_sees_a_change(db: Path) -> None:
    """The digest the hostile tests rely on does notice a changed row."""
    before = store_digest(db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE kims SET name = name || '!' WHERE id = (SELECT min(id) FROM kims)")
    conn.commit()
    conn.close()
    assert store_digest(db) != before
