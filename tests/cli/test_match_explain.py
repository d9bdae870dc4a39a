"""``kimwatch match --explain`` as a clerk reads it: the rule that refused a candidate or a
link, UNCERTAIN for a match too close to the threshold, facts as the post wrote them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from crawler.matching import decisions
from tests.matching.conftest import seed_registry

MARKET = {
    "id": "a-market", "source_id": "pemkab-banjar", "url": "https://tapinkab.example.go.id/berita/pasar-murah",
    "title": "Pasar Murah di Rantau 12 November, 1.800 Paket Beras", "published_at": "2026-11-09T02:00:00Z",
    "text": ("RANTAU - Pemerintah Kabupaten Tapin menggelar pasar murah pada Kamis, 12 November 2026, di "
             "halaman Kantor Bupati Tapin. Sebanyak 1.800 paket beras 5 kilogram dijual Rp 52.000 per paket. "
             "Selain beras tersedia minyak goreng dan gula pasir."),
}
POSTS = [
    {"id": "p-next", "kim_id": "kim-a", "platform": "facebook", "url": "https://example.org/p-next", "title": "",
     "published_at": "2026-11-25T01:00:00Z", "links": [],
     "text": ("Pasar murah lagi di Rantau, Kamis 3 Desember 2026. Sebanyak 1.800 paket beras 5 kilogram dijual "
              "Rp 52.000 per paket di halaman Kantor Bupati Tapin. Ada minyak goreng dan gula pasir juga.")},
    {"id": "p-same", "kim_id": "kim-b", "platform": "facebook", "url": "https://example.org/p-same", "title": "",
     "published_at": "2026-11-10T01:00:00Z", "links": [],
     "text": ("Warga Tapin, Kamis 12 November nanti ada pasar murah dari Pemkab di Kantor Bupati Tapin. "
              "Disiapkan 1.800 paket beras harga Rp 52.000 saja, plus minyak goreng dan gula.")},
    {"id": "p-early", "kim_id": "kim-c", "platform": "facebook", "url": "https://example.org/p-early", "title": "",
     "published_at": "2026-11-01T01:00:00Z", "links": [MARKET["url"]], "text": "Info pasar murah di sini."},
]


def invoke(db_path: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args])
    return result.exit_code, result.output


def _store(tmp_path: Path) -> Path:
    db_path = tmp_path / "kimwatch.db"
    db = store.connect(db_path)
    seed_registry(db)
    # other news of the month, so that the market's words are rare as in a real store
    store.save_announcements(db, [MARKET] + [
        {"id": f"a-{word}", "source_id": "pemkab-banjar", "url": f"https://tapinkab.example.go.id/berita/{word}",
         "title": f"Rapat {word}", "published_at": "2026-11-05T02:00:00Z",
         "text": f"Rapat koordinasi bidang {word} di kantor bupati membahas program tahun depan."}
        for word in ("ekonomi", "sosial", "hukum", "budaya", "olahraga", "pertanian")])
    store.save_posts(db, POSTS)
    return db_path


def test_explain_names_the_rule_that_refused_a_candidate_above_the_threshold(tmp_path: Path) -> None:
    db_path = _store(tmp_path)
    code, output = invoke(db_path, "match", "--explain", "p-next")
    assert code == 0, output
    assert "no match" in output
    assert "not matched: another event of the series" in output and "(3 Desember)" in output
    # facts as the post wrote them, not as stemmed terms
    assert "same facts: 1.800" in output and "52.000" in output and "post-only facts: 3 Desember" in output


def test_explain_says_why_a_link_is_not_counted(tmp_path: Path) -> None:
    code, output = invoke(_store(tmp_path), "match", "--explain", "p-early")
    assert code == 0, output
    assert "link to a-market: not matched: the link's announcement was published after the post" in output


def test_explain_says_uncertain_for_a_match_close_to_the_threshold(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # p-same repeats two of the release's figures, which would keep it 'auto' near any threshold
    monkeypatch.setattr(decisions, "firm_figures", lambda evidence: False)
    db_path = _store(tmp_path)
    code, output = invoke(db_path, "match", "--explain", "p-same")
    assert code == 0 and "MATCH a-market  text" in output, output
    score = float(output.split("MATCH a-market  text  score ")[1].split()[0])
    code, output = invoke(db_path, "match", "--explain", "p-same", "--threshold", f"{score - 0.01:.2f}")
    assert code == 0 and "UNCERTAIN a-market  text" in output and "MATCH a-market" not in output, output


def test_review_shows_the_evidence_as_the_post_wrote_it(tmp_path: Path) -> None:
    from crawler.matching.review import readable_evidence

    db_path = _store(tmp_path)
    code, output = invoke(db_path, "match")
    assert code == 0, output
    row = store.connect(db_path)["amplifications"].get(("p-same", "a-market"))
    evidence = json.loads(row["evidence"])
    assert "12 November" not in evidence["shared_facts"]  # the store keeps the contract's keys
    readable = readable_evidence(evidence, POSTS[1]["text"])
    assert len(readable["shared_terms_as_written"]) == len(evidence["shared_terms"])
    assert "Kantor" in readable["shared_terms_as_written"], readable
    assert "12 November" in readable["shared_facts_as_written"] and "1.800" in readable["shared_facts_as_written"]
    assert any("Kantor Bupati Tapin" in p for p in readable["passages_as_written"]), readable["passages_as_written"]
    code, output = invoke(db_path, "review", "--no-interactive")
    assert code == 0 and "same facts: 12 November" in output and "1.800" in output, output
    assert "date:12-11" not in output
