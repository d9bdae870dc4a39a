"""General rules added after the third held-out set: English and mixed posts, short posts,
post-only numbers and places, seat towns, round-up sizes, ties, and the link window."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import config as match_config
from crawler.matching import decisions, documents
from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc, post_doc
from crawler.matching.textnorm import terms

T0 = "2024-10-01T10:00:00+08:00"


def ann(id_: str, text: str, published_at: str = T0, title: str = "") -> dict[str, Any]:
    return {"id": id_, "url": f"https://pemkab.example.go.id/{id_}", "title": title, "text": text,
            "published_at": published_at}


def post(text: str, published_at: str = "2024-10-02T10:00:00+08:00", links: list[str] | None = None) -> Any:
    return post_doc({"id": "p", "kim_id": "kim", "title": "", "text": text, "published_at": published_at,
                     "links": links or []})


def index(*rows: dict[str, Any]) -> AnnouncementIndex:
    filler = [ann(f"f{i}", f"Rapat koordinasi bidang {w} di kantor bupati.") for i, w in
              enumerate(["ekonomi", "sosial", "hukum", "budaya", "olahraga", "pertanian"])]
    return AnnouncementIndex([announcement_doc(r) for r in [*rows, *filler]])


# ---------------------------------------------------------------- English and mixed posts


def score(announcement: dict[str, Any], text: str, published_at: str) -> float:
    """The score ``decide`` gives the post ``text`` for ``announcement`` alone (0 when none)."""
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, published_at), MatchConfig())}
    return found.get(announcement["id"], 0.0)


def with_and_without(monkeypatch: pytest.MonkeyPatch, rule: str, off: Any, announcement: dict[str, Any],
                     text: str, published_at: str) -> tuple[float, float]:
    """The score with the rule ``rule`` of :mod:`crawler.matching.decisions`, then with ``off`` in its place."""
    on = score(announcement, text, published_at)
    monkeypatch.setattr(decisions, rule, off)
    return on, score(announcement, text, published_at)

def test_english_function_words_are_stop_words() -> None:
    found = terms("The mobile library is coming to our school and they will visit it").terms
    assert not {"the", "is", "to", "our", "and", "they", "will", "it"} & set(found)
    assert "iya" not in terms("Iya, sudah diantar ka kelurahan").terms  # Banjar function words too


@pytest.mark.parametrize(("english", "indonesian"), [
    ("About 412,000 vehicles", "sebanyak 412.000 kendaraan"),
    ("a budget of Rp 6 million", "anggaran Rp6 juta"),
    ("built for Rp 487 billion", "senilai Rp487 miliar"),
    ("costs Rp 750,000", "biaya Rp750.000"),
    ("until July 31", "hingga 31 Juli"),
    ("until 31st July", "hingga 31 Juli"),
    ("two weeks later", "dua minggu"),
])
def test_english_numbers_and_dates_give_the_indonesian_terms(english: str, indonesian: str) -> None:
    facts = {t for t in terms(english).terms if t[0].isdigit() or t.startswith("date:")}
    assert facts and facts <= set(terms(indonesian).terms)


def test_english_compass_names_are_read_the_indonesian_way_round() -> None:
    assert terms("in South Kalimantan").terms == terms("di Kalimantan Selatan").terms
    assert terms("farmers of South Hulu Sungai").terms[-1] == terms("Kabupaten Hulu Sungai Selatan").terms[-1]


def test_a_word_no_announcement_has_weighs_at_most_the_median_word() -> None:
    idx = index(ann("a", "Perpustakaan keliling mengunjungi 40 sekolah dasar di Kelurahan Kuin Utara."))
    unit = post("Mobile perpustakaan keliling untuk sekolah dengan Hanafiah 1234").whole
    assert idx.unseen < idx.max_idf
    assert idx.weight("mobile", unit) == pytest.approx(idx.unseen)        # a plain unknown word
    assert idx.weight("1234", unit) == pytest.approx(idx.max_idf * match_config.FACT_FACTOR)  # a number
    assert idx.weight("hanafiah", unit) == pytest.approx(idx.max_idf * match_config.SPECIFIC_FACTOR)  # a name


def test_an_english_summary_matches_its_release() -> None:
    idx = index(ann("a", "Dinas Perpustakaan Kota Banjarmasin meluncurkan perpustakaan keliling. Dua mobil "
                         "perpustakaan dan satu perahu baca akan menyambangi 40 sekolah dasar selama semester "
                         "genap, termasuk sekolah di Kelurahan Kuin Utara."))
    found = decide(idx, post("Mobile library is coming to our school! Perpustakaan Keliling Banjarmasin: 2 "
                             "library cars and a perahu baca will visit 40 elementary schools this semester, "
                             "including Kuin Utara."), MatchConfig())
    assert [d.announcement_id for d in found] == ["a"]


# ---------------------------------------------------------------- short posts

def test_an_abbreviation_is_one_word_and_not_a_name() -> None:
    found = terms("Info penting dari Diskominfo!")
    assert found.terms == terms("dinas komunikasi informatika").terms and len(found.terms) == 3
    assert found.words == {"~diskominfo"} and not found.specific


def test_a_short_post_never_matches_on_text() -> None:
    idx = index(ann("a", "Dinas Komunikasi dan Informatika menggelar bimtek pengelolaan KIM di Barabai."))
    assert decide(idx, post("Info penting dari Diskominfo!"), MatchConfig(threshold=0.0)) == []


# ---------------------------------------------------------------- post-only numbers and places

def test_a_number_the_announcement_lacks_counts_moderately_against() -> None:
    idx = index(ann("a", "Bimtek KIM diikuti pengurus"))
    weights = {"bimtek": 2.0, "urus": 1.0, "12": 4.0, "9": 1.0}
    unit = documents.Unit("post", frozenset(weights), frozenset())
    shared = frozenset({"bimtek", "urus"})
    assert decisions._unit_score(idx, weights, unit, shared) == pytest.approx(
        3.0 / (8.0 + match_config.OTHER_FACT_FACTOR * 5.0 + idx.prior))  # "9" alone too (round 2)


def test_kecamatan_and_village_names_are_unstemmed_place_facts() -> None:
    found = terms("Bantuan tiba di Kecamatan Murung Pudak dan Desa Pembataan. Warga Pembataan senang.")
    assert {"murungpudak", "pembataan"} <= found.places
    assert "bata" not in found.terms and found.terms.count("pembataan") == 2
    assert not terms("Dana Desa Tahap II cair").places  # a stop word names no place


def test_a_seat_town_stands_for_its_kabupaten_more_loosely() -> None:
    idx = index(ann("a", "Bimtek di Kabupaten Hulu Sungai Tengah"))
    seat = post("Liputan pasar Barabai dengan ponsel oleh pengurus KIM kami minggu ini ya").whole
    named = post("Liputan pasar Hulu Sungai Tengah dengan ponsel oleh pengurus KIM kami").whole
    assert "hulusungaitengah" in seat.seats and not named.seats
    assert idx.weight("hulusungaitengah", seat) < idx.weight("hulusungaitengah", named)
    assert not documents._is_fact("hulusungaitengah", seat) and documents._is_fact("hulusungaitengah", named)


# ---------------------------------------------------------------- round-ups, ties

def test_a_roundup_item_keeps_its_size_after_explaining_away() -> None:
    a = ann("a", "Pasar murah digelar Dinas Perdagangan di Gambut dengan 500 paket sembako murah.")
    b = ann("b", "Vaksinasi rabies gratis untuk 300 ekor anjing dan kucing digelar Dinas Peternakan di Binuang.")
    idx = index(a, b)
    roundup = post("Rangkuman pekan ini:\n\n1. Pasar murah digelar Dinas Perdagangan di Gambut, 500 paket "
                   "sembako murah.\n\n2. Vaksinasi rabies gratis digelar Dinas di Binuang, 300 ekor.")
    doc_b = idx.by_id["b"]
    roundup.weights = {t: idx.weight(t, roundup.whole) for t in roundup.whole.terms}
    explained = set(roundup.whole.terms & idx.by_id["a"].terms)
    _score, unit = decisions._best_unit(idx, roundup, doc_b, explained)
    assert unit.item and unit.terms == roundup.units[3].terms  # no accepted announcement used it
    _score, unit = decisions._best_unit(idx, roundup, doc_b, explained, {"block 3"})
    assert len(unit.terms) < match_config.MIN_UNIT_TERMS <= unit.size and unit.label != "post"
    assert {d.announcement_id for d in decide(idx, roundup, MatchConfig())} == {"a", "b"}


def test_siblings_the_post_cannot_tell_apart_are_not_matched_on_text() -> None:
    text = "Pemkab menggelar pasar murah 500 paket sembako di halaman kantor camat, harga Rp50.000 per paket."
    summary = post("Ayo ke halaman kantor camat! Sembako 500 paket, Rp50.000 per paket, pasar murah dari Pemkab.")
    assert [d.announcement_id for d in decide(index(ann("a", text)), summary, MatchConfig())] == ["a"]
    assert decide(index(ann("a", text), ann("b", text)), summary, MatchConfig()) == []


# ---------------------------------------------------------------- the link window, the lag

def test_a_link_obeys_the_horizon_and_the_lag_is_never_negative() -> None:
    a = ann("a", "Rapat paripurna DPRD.", published_at="2024-10-01T10:00:00+08:00")
    idx = index(a)
    late = post("cek", published_at="2024-11-15T10:00:00+08:00", links=[a["url"]])
    assert decide(idx, late, MatchConfig()) == []  # 45 days: beyond the 30-day horizon
    assert [d.announcement_id for d in decide(idx, late, MatchConfig(horizon_days=60))] == ["a"]
    early = post("cek", published_at="2024-10-01T09:55:00+08:00", links=[a["url"]])
    [decision] = decide(idx, early, MatchConfig())
    assert decision.lag_hours == 0.0
