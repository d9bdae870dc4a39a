"""``bench/eval_match.py`` end to end on the small labelled fixture, through the public commands."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.matching.conftest import ANNOUNCEMENTS, GOLD, POSTS

STYLES = {"p-link-amp": "link", "p-link-mobile": "link", "p-link-short": "link", "p-copy-hsu": "copy",
          "p-excerpt-pasar": "excerpt", "p-summary-banjir": "summary", "p-paraphrase-pasar": "paraphrase",
          "p-roundup": "roundup", "p-negative-topic": "negative-topic", "p-before": "before",
          "p-late-copy": "negative-unrelated", "p-bare-domain": "negative-unrelated"}


def load_eval_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[2] / "bench" / "eval_match.py"
    spec = importlib.util.spec_from_file_location("eval_match", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_set(folder: Path) -> None:
    folder.mkdir()
    with (folder / "announcements.jsonl").open("w", encoding="utf-8") as handle:
        for a in ANNOUNCEMENTS:
            handle.write(json.dumps({"id": a["id"], "source": a["source_id"], "url": a["url"], "title": a["title"],
                                     "text": a["text"], "published_at": a["published_at"]}) + "\n")
    with (folder / "posts.jsonl").open("w", encoding="utf-8") as handle:
        for p in POSTS:
            if p["id"] == "p-link-short":  # no crawler to resolve the short link in an import
                continue
            handle.write(json.dumps({"id": p["id"], "kim": p["kim_id"], "platform": p["platform"], "url": p["url"],
                                     "title": p["title"], "text": p["text"], "published_at": p["published_at"],
                                     "links": p["links"]}) + "\n")
    with (folder / "labels.jsonl").open("w", encoding="utf-8") as handle:
        for p in POSTS:
            if p["id"] != "p-link-short":
                handle.write(json.dumps({"post": p["id"], "announcements": sorted(GOLD[p["id"]]),
                                         "style": STYLES[p["id"]]}) + "\n")
    (folder / "kims.yaml").write_text("kims:\n" + "".join(
        f"  - id: {k}\n    name: {k.upper()}\n    region: Kota Banjarmasin\n"
        for k in ("kim-a", "kim-b", "kim-c", "kim-d")), encoding="utf-8")


def test_eval_scores_the_fixture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path / "set")
    predictions = tmp_path / "pred.jsonl"
    assert load_eval_module().main([str(tmp_path / "set"), "--predictions", str(predictions)]) == 0
    output = capsys.readouterr().out
    assert "| ALL | 11 | 1.000 | 1.000 | 1.000 | 0 | 0 |" in output
    assert "| negative-topic | 1 | – | – | – | 0 | 0 (0.0%) |" in output
    lines = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert {"post": "p-roundup", "announcements": ["a-pasar-murah", "a-siaga-banjir"]} in lines
    assert len(lines) == 11


def test_eval_margins_report_the_gap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path / "set")
    assert load_eval_module().main([str(tmp_path / "set"), "--margins"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("margin:"))
    low, high = (float(part.split()[0].rstrip(",")) for part in line.split("pair ")[1:3])
    assert 0.5 <= low <= 1.0 and 0.0 <= high < 0.5 and "gap +" in line
