"""Import and registry messages (issue 15): Excel's semicolon CSV is read, an empty CSV is like an
empty JSONL, a channel type must fit its URL, problems point at the key's line, and
`--prune --dry-run` names what it would retire."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crawler.cli import cli
from crawler.registry import channel_type_mismatch

FIXTURES = Path(__file__).resolve().parents[1] / "crawler" / "fixtures"


def run(db: Path, *args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == code, result.output
    return result


def test_semicolon_registry_csv_is_read_like_the_comma_one(tmp_path: Path) -> None:
    comma = (FIXTURES / "registry.csv").read_text(encoding="utf-8")
    semicolon = tmp_path / "excel.csv"
    semicolon.write_text("\ufeff" + comma.replace(",", ";"), encoding="utf-8")
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    out_a = run(a, "registry", "load", str(FIXTURES / "registry.csv")).output
    out_b = run(b, "registry", "load", str(semicolon)).output
    assert out_a.split(": ", 1)[1] == out_b.split(": ", 1)[1]
    assert run(a, "registry", "show", "--format", "json").output == run(b, "registry", "show", "--format", "json").output


def test_semicolon_posts_csv_and_empty_csv(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    run(db, "registry", "load", str(FIXTURES / "registry.yaml"))
    posts = tmp_path / "posts.csv"
    posts.write_text("kim;platform;url;title;text;published_at\n"
                     "kim-angsau;facebook;https://facebook.com/kimangsau/posts/1;Gotong royong;"
                     "Warga bergotong royong, membersihkan parit;2026-11-02 09:00\n", encoding="utf-8")
    assert "1 posts read: 1 new" in run(db, "import", "posts", str(posts)).output
    for name in ("empty.csv", "empty.jsonl"):
        empty = tmp_path / name
        empty.write_text("\n")
        assert "0 posts read: 0 new" in run(db, "import", "posts", str(empty)).output


@pytest.mark.parametrize(("channel_type", "url", "fits"), [
    ("youtube", "https://t.me/s/kimangsau", False),
    ("telegram", "https://www.youtube.com/channel/UC1", False),
    ("website", "https://www.facebook.com/kimangsau", False),
    ("telegram", "https://t.me/s/kimangsau", True),
    ("feed", "https://www.youtube.com/feeds/videos.xml?channel_id=UC1", True),
    ("youtube", "http://127.0.0.1:8080/youtube/kim-a", True),  # a test or bridge host: any type
    ("website", "https://angsau.kim.id/", True),
])
def test_channel_type_must_fit_a_platform_url(channel_type: str, url: str, fits: bool) -> None:
    assert (channel_type_mismatch(channel_type, url) is None) is fits


def test_type_mismatch_is_an_error_at_the_key_line(tmp_path: Path) -> None:
    bad = tmp_path / "r.yaml"
    bad.write_text("kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
                   "      - url: https://t.me/s/kima\n        type: youtube\n")
    out = run(tmp_path / "k.db", "registry", "load", str(bad), code=1).output
    assert ("line 7, kims[0] (id 'kim-a').channels[0], field 'type': type 'youtube' does not fit "
            "'https://t.me/s/kima', a telegram address; write `type: telegram`") in out
    assert not (tmp_path / "k.db").exists()


def test_prune_dry_run_lists_the_ids(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    run(db, "registry", "load", str(FIXTURES / "registry.yaml"))
    smaller = tmp_path / "smaller.yaml"
    smaller.write_text((FIXTURES / "registry.yaml").read_text().replace(
        "  - id: kim-loksado\n    name: KIM Loksado\n    region: HSS\n", ""))
    out = run(db, "registry", "load", str(smaller), "--prune", "--dry-run").output
    assert "would retire 1 kim: kim-loksado" in out
    assert "kim-loksado" in run(db, "registry", "show", "--kim", "kim-loksado").output
    assert "registered" in run(db, "registry", "show", "--kim", "kim-loksado").output  # nothing retired
