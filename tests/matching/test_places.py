"""Places by containment (round 3): kecamatan ⊂ kabupaten/kota ⊂ province. A post naming a
place inside the announcement's area is not held against it; a post whose places all lie
outside it is scored lower (``ELSEWHERE_FACTOR``)."""

from __future__ import annotations

from typing import Any

from crawler.matching import decisions
from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.decisions import _best_unit
from crawler.matching.documents import _area, _covered, announcement_doc, post_doc
from crawler.matching.textnorm import place_parents, province_terms, region_aliases, terms

T0 = "2024-10-01T10:00:00+08:00"

TRAINING = ("Sebanyak 35 anggota KIM se-Kabupaten Balangan mengikuti pelatihan jurnalistik warga di "
            "Balai Rakyat yang digelar Dinas Komunikasi dan Informatika Balangan. Peserta mendapat materi "
            "penulisan berita, etika jurnalistik dan praktik memotret dengan telepon genggam.")


def ann(id_: str, text: str) -> dict[str, Any]:
    return {"id": id_, "url": f"https://pemkab.example.go.id/{id_}", "title": "", "text": text,
            "published_at": T0}


def post(text: str) -> Any:
    return post_doc({"id": "p", "kim_id": "kim", "title": "", "text": text,
                     "published_at": "2024-10-02T10:00:00+08:00", "links": []})


def index(*rows: dict[str, Any]) -> AnnouncementIndex:
    filler = [ann(f"f{i}", f"Rapat koordinasi bidang {w} di kantor bupati.") for i, w in
              enumerate(["ekonomi", "sosial", "hukum", "budaya", "olahraga", "pertanian"])]
    return AnnouncementIndex([announcement_doc(r) for r in [*rows, *filler]])


def score(idx: AnnouncementIndex, text: str, announcement: str = "a") -> float:
    doc = idx.by_id[announcement]
    p = post(text)
    p.weights = {t: idx.weight(t, p.whole) for t in p.whole.terms}
    return _best_unit(idx, p, doc)[0]


def test_parents_follow_the_place_files() -> None:
    parents = place_parents()
    assert parents["juai"] == {"balangan", "kalimantanselatan"}
    assert {"banjar", "tanahbumbu"} <= parents["simpangempat"]  # one name, two kabupaten
    assert parents["balangan"] == {"kalimantanselatan"}
    assert province_terms() == {"kalimantanselatan"}
    assert parents["banjarmasintengah"] >= {"banjarmasin"}
    assert region_aliases()["kotabaru"] == "kotabaru"  # not read as "Kota" + "baru"


def test_containment_of_one_place_in_an_announcements_area() -> None:
    area = _area(frozenset({"balangan", "latih"}))
    assert _covered("juai", area) is True            # a kecamatan of the kabupaten
    assert _covered("balangan", _area(frozenset({"juai"}))) is True  # the kabupaten of a kecamatan named
    assert _covered("tapin", area) is False
    assert _covered("binuang", area) is False         # a kecamatan of another kabupaten
    assert _covered("kalimantanselatan", area) is None  # a province tells nothing
    assert _covered("pembataan", area) is None        # a village of unknown kecamatan
    assert _covered("tapin", _area(frozenset({"latih", "kalimantanselatan"}))) is True  # provincial: all


def test_a_kecamatan_of_the_announcements_kabupaten_is_not_held_against_the_post() -> None:
    idx = index(ann("a", TRAINING))
    text = ("KIM {} ikut pelatihan jurnalistik warga di Balai Rakyat Balangan, belajar menulis berita "
            "dan etika jurnalistik, praktik memotret pakai telepon genggam.")
    inside = score(idx, text.format("Juai"))        # Juai: a kecamatan of Balangan
    outside = score(idx, text.format("Binuang"))    # Binuang: a kecamatan of Tapin
    assert inside > outside
    assert terms("KIM Juai").places == {"juai"}


def test_a_post_whose_places_all_lie_elsewhere_scores_clearly_lower(monkeypatch: Any) -> None:
    idx = index(ann("a", "Dinas PUPR Kabupaten Banjar mulai mengeruk Sungai Martapura sepanjang 6 kilometer "
                         "dengan tiga ekskavator amfibi untuk mengurangi banjir di Kabupaten Banjar."))
    text = ("Pengerukan sungai dengan tiga ekskavator amfibi sepanjang 6 kilometer mulai dikerjakan Dinas "
            "PUPR di Kabupaten {} untuk mengurangi banjir.")
    same, elsewhere = score(idx, text.format("Banjar")), score(idx, text.format("Balangan"))
    monkeypatch.setattr(decisions, "ELSEWHERE_FACTOR", 1.0)
    unfactored = score(idx, text.format("Balangan"))
    assert elsewhere < unfactored < same
    assert abs(elsewhere - unfactored * 0.9) < 1e-9


def test_one_place_inside_the_area_is_enough() -> None:
    idx = index(ann("a", TRAINING))
    text = ("KIM Binuang dan KIM Juai ikut pelatihan jurnalistik warga di Balai Rakyat Balangan, belajar "
            "menulis berita dan etika jurnalistik, praktik memotret pakai telepon genggam.")
    p = post(text)
    p.weights = {t: idx.weight(t, p.whole) for t in p.whole.terms}
    got = _best_unit(idx, p, idx.by_id["a"])[0]
    # not multiplied down: Juai and Balangan lie inside the announcement's area
    assert got == decisions._unit_score(idx, p.weights, p.whole, p.whole.terms & idx.by_id["a"].terms,
                                       doc_terms=idx.by_id["a"].terms)
    assert got > 0.4
