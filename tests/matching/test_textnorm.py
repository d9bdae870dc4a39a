"""Indonesian normalization for matching, and the URL forms that must meet."""

from __future__ import annotations

import pytest

from crawler.textnorm import clean_text, segments, stem, terms
from crawler.urls import canonical_url


def test_wrapping_is_dropped() -> None:
    text = ("BANJARBARU – Gubernur meresmikan jembatan, Selasa (10/9/2024).\n\n"
            "Baca juga: Jembatan lain diresmikan\n\n"
            "Sumber: https://diskominfo.kalselprov.go.id/berita/x dan diskominfo.kalselprov.go.id\n\n"
            "Kata dia, jembatan ini penting. (mc/rd)")
    cleaned = clean_text(text)
    assert "BANJARBARU" not in cleaned and "Baca juga" not in cleaned
    assert "kalselprov" not in cleaned and "mc/rd" not in cleaned
    assert "(10/9/2024)" in cleaned  # a date is content, not an editor tag


def test_terms_are_stemmed_with_stop_words_dropped() -> None:
    found = terms("Pemerintah menggelar pelatihan bagi para petani di desa itu")
    assert found.terms == ["perintah", "gelar", "latih", "tani", "desa"]


@pytest.mark.parametrize("text, expected", [
    ("Selasa (10/9/2024)", "date:10-9"),
    ("pada 10 September 2024", "date:10-9"),
    ("27 Nopember", "date:27-11"),
    ("Minggu 18/8 ada jalan sehat", "date:18-8"),
])
def test_dates_written_any_way_give_one_term(text: str, expected: str) -> None:
    assert expected in terms(text).terms


def test_numbers_and_names_are_specific() -> None:
    found = terms("Sebanyak 1.856 formasi dibuka. Kepala BKD, Rahmat Hidayat, mengatakan 17,9% sudah terisi.")
    assert {"1856", "17,9"} <= set(found.terms)
    assert {"1856", "rahmat", "hidayat", "bkd"} <= found.specific
    assert "formasi" not in found.specific


def test_headline_capitals_are_not_names() -> None:
    found = terms("Diskominfo Gelar Pelatihan Jurnalistik Warga Bagi Anggota KIM\n\nIsi berita singkat.")
    assert "gelar" not in found.specific and "latih" not in found.specific


def test_banjar_and_informal_words_meet_their_indonesian_form() -> None:
    assert stem("hintalu") == stem("telur")
    assert stem("nyoblos") == stem("mencoblos")
    assert stem("ngecek") == "cek"
    assert set(terms("#KIMCempaka #PasarMurahKalsel74").terms) >= {"cempaka", "pasar", "murah", "kalsel", "74"}
    assert "pian" not in terms("Pian sudah cek DPT lah?").terms


def test_segments_split_paragraphs_and_list_items() -> None:
    text = "Rangkuman:\n1. Pasar murah.\n2. Banjir di Martapura.\n\n🔥 Kebakaran lahan."
    assert segments(text) == ["Rangkuman:", "1. Pasar murah.", "2. Banjir di Martapura.", "🔥 Kebakaran lahan."]


@pytest.mark.parametrize("variant", [
    "http://diskominfo.kalselprov.go.id/2024/09/10/pelatihan/",
    "https://www.diskominfo.kalselprov.go.id/2024/09/10/pelatihan",
    "https://m.diskominfo.kalselprov.go.id/2024/09/10/pelatihan/?m=1",
    "https://diskominfo.kalselprov.go.id/2024/09/10/pelatihan/amp/",
    "https://diskominfo.kalselprov.go.id/2024/09/10/pelatihan/?amp=1",
    "https://diskominfo.kalselprov.go.id/2024/09/10/pelatihan/?utm_source=fb&utm_medium=social",
    "https://diskominfo.kalselprov.go.id/2024/09/10/pelatihan/?fbclid=IwAR0xyz#komentar",
    "HTTP://WWW.Diskominfo.KalselProv.go.id/2024/09/10/pelatihan/amp/?utm_campaign=x&gclid=1",
])
def test_link_variants_share_one_canonical_form(variant: str) -> None:
    assert canonical_url(variant) == "https://diskominfo.kalselprov.go.id/2024/09/10/pelatihan"


def test_different_articles_stay_different() -> None:
    assert canonical_url("https://kalselprov.go.id/berita/a?id=1") != canonical_url("https://kalselprov.go.id/berita/a?id=2")
    assert canonical_url("diskominfo.kalselprov.go.id") == "https://diskominfo.kalselprov.go.id"


def test_segments_split_keycap_and_parenthesised_items() -> None:
    text = "Info sepekan:\n1️⃣ Siaga banjir rob.\n2️⃣ BLT cair.\n(3) Posyandu buka."
    assert segments(text) == ["Info sepekan:", "1️⃣ Siaga banjir rob.", "2️⃣ BLT cair.", "(3) Posyandu buka."]
