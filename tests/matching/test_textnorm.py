"""Indonesian normalization for matching, and the URL forms that must meet."""

from __future__ import annotations

import pytest

from crawler.matching.textnorm import clean_text, region_terms, segments, stem, terms
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
    assert stem("ngirim") == stem("mengirim") == stem("kirim")
    assert stem("nyapu") == stem("menyapu") == stem("sapu")
    assert stem("ngecek") == "cek"
    assert set(terms("#KIMCempaka #PasarMurahKalsel74").terms) >= {"cempaka", "pasar", "murah", "kalimantanselatan", "74"}
    assert "pian" not in terms("Pian sudah cek DPT lah?").terms


def test_segments_split_paragraphs_and_list_items() -> None:
    text = "Rangkuman:\n1. Pasar murah.\n2. Banjir di Martapura.\n\n🔥 Kebakaran lahan."
    assert segments(text) == ["Rangkuman:", "Pasar murah.", "Banjir di Martapura.", "🔥 Kebakaran lahan."]


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
    assert segments(text) == ["Info sepekan:", "Siaga banjir rob.", "BLT cair.", "Posyandu buka."]


def test_list_numbering_is_not_a_fact() -> None:
    """A round-up's "1." / "2)" / "(3)" / "A." markers number items; they must not become
    number terms that count against the item as facts its announcement lacks."""
    text = "Rangkuman:\n1. Vaksin rabies gratis.\n2) Pasar tani.\n(3) Jalan desa.\nA. Lowongan CPNS."
    assert segments(text)[1:] == ["Vaksin rabies gratis.", "Pasar tani.", "Jalan desa.", "Lowongan CPNS."]
    assert segments("2.000 warga hadir.") == ["2.000 warga hadir."]  # a number, not a marker


@pytest.mark.parametrize("one, other", [
    ("anggaran Rp1,5 miliar", "anggaran Rp1.500.000.000"),
    ("bantuan Rp20 juta", "bantuan Rp20.000.000"),
    ("sasaran 4,2 ribu hewan", "sasaran 4.200 hewan"),
    ("100 ribu bibit", "100.000 bibit"),
    ("Rp 6 jt", "Rp6.000.000"),
    ("selama dua hari", "selama 2 hari"),
    ("dua ratus lima puluh keluarga", "250 keluarga"),
    ("seratus dua puluh peserta", "120 peserta"),
    ("dua belas desa", "12 desa"),
    ("tahap ketiga", "tahap 3"),
])
def test_numbers_written_differently_give_one_term(one: str, other: str) -> None:
    assert terms(one).terms == terms(other).terms
    number = [t for t in terms(one).terms if t[0].isdigit()]
    assert number and set(number) <= terms(one).specific


def test_number_words_that_are_not_amounts_stay_out() -> None:
    assert terms("salah satu desa").terms == ["salah", "desa"]
    assert terms("pukul 15.30").terms == ["15:30"]
    # a name (a kecamatan: one place term), not the number 4
    assert terms("Lapangan Gagas Simpang Empat").terms == ["lapang", "gagas", "simpangempat"]


@pytest.mark.parametrize("one, other", [
    ("pukul 08.00 Wita", "jam 8 pagi Wita"),
    ("hingga 15.00", "sampai jam 3 sore"),
    ("pukul 21.30", "jam 9.30 malam"),
])
def test_clock_times_written_differently_give_one_term(one: str, other: str) -> None:
    assert [t for t in terms(one).terms if ":" in t] == [t for t in terms(other).terms if ":" in t]
    assert len([t for t in terms(one).terms if ":" in t]) == 1


def test_a_time_is_not_a_count() -> None:
    """"pukul 14.00" and "14 tiang" are different facts."""
    assert terms("pukul 14.00").terms == ["14:00"] and terms("14 tiang").terms == ["14", stem("tiang")]
    assert "17,9" in terms("naik 17,9 persen").terms  # a decimal, not a time


def test_codes_stay_one_name() -> None:
    """"UP3", "P3K", "OPV2" are names; split they would give a stray number fact."""
    found = terms("PLN UP3 Banjarmasin dan vaksin nOPV2")
    assert {"up3", "nopv2"} <= set(found.terms) & found.specific
    assert not any(t.isdigit() for t in found.terms)


@pytest.mark.parametrize("banjar, indonesian", [
    ("mangirim", "mengirim"),    # … and the k
    ("manulis", "tulis"),        # root and nasal form meet
    ("mambawa", "membawa"),      # ma- with its nasal = me-
    ("manulis", "menulis"),      # the t a nasal swallowed comes back
    ("manyapu", "menyapu"),
    ("bajual", "berjual"),
])
def test_banjar_prefixes_and_vowels_meet_indonesian(banjar: str, indonesian: str) -> None:
    assert stem(banjar) == stem(indonesian)


def test_banjar_rules_leave_known_words_and_names_alone() -> None:
    from crawler.matching.textnorm import _conflate, _snowball
    for word in ("tanaman", "kawasan", "tapin", "takisung", "barabai", "basuh", "pembangunan"):
        assert stem(word) == _conflate(_snowball(word))  # the stemmer's own reading


@pytest.mark.parametrize("text", [
    "Pemerintah Kabupaten Tanah Laut", "Pemkab Tala", "warga Pelaihari", "#TanahLaut",
])
def test_a_region_written_any_way_gives_one_place_term(text: str) -> None:
    """"Tala", "Pelaihari" and "Tanah Laut" name one kabupaten: one term, so a post and its
    release meet on it (and a two-word name is one fact, not two topic words)."""
    found = terms(text).terms
    assert "tanahlaut" in found and "tanah" not in found and "laut" not in found


def test_region_terms_need_a_capital_and_keep_the_prefix_words() -> None:
    assert terms("tanah laut itu luas").terms[:2] == [stem("tanah"), "laut"]
    assert terms("Provinsi Kalimantan Selatan").terms == ["provinsi", "kalimantanselatan"]
    assert terms("anggota KIM se-Kalsel").terms[-1] == "kalimantanselatan"
    assert "kalimantanselatan" in region_terms() and "tanahlaut" in region_terms()


def test_hyphenated_code_keeps_its_word() -> None:
    assert terms("PBB-P2 tahun 2024").terms == ["pbb", "p2", stem("tahun"), "2024"]
    assert terms("Desa Bati-Bati").terms == ["desa", "batibati"]  # a kecamatan: one place term


@pytest.mark.parametrize("one, other", [
    ("juara I", "juara pertama"), ("juara 1", "juara I"), ("tahap II", "tahap kedua"),
    ("tahap 2", "tahap kedua"), ("triwulan IV", "triwulan 4"), ("TMMD ke-123", "TMMD ke 123"),
])
def test_ordinals_after_a_counting_word_give_one_number(one: str, other: str) -> None:
    assert terms(one).terms == terms(other).terms


def test_ordinal_words_elsewhere_stay_words() -> None:
    assert terms("kedua belah pihak").terms == ["belah"]
    assert not any(t.isdigit() for t in terms("Pertama, warga diminta hadir. Saya I").terms)


# --- round 2: number words for clock times, Banjar parts of the day and prefixes


def test_clock_times_in_number_words_meet_digits() -> None:
    words = terms("Dulu listrik menyala dari jam enam sore sampai jam sepuluh malam.").terms
    digits = terms("Dulu manyala jam 6 sanja sampai jam 10 malam haja.").terms
    assert "18:00" in words and "22:00" in words
    assert "18:00" in digits and "22:00" in digits
    assert "senja" not in digits and "sanja" not in digits  # a part of the day, not a topic word


def test_banjar_prefixes_read_as_indonesian_ones() -> None:
    assert stem("balajar") == stem("belajar")
    assert stem("manyala") == stem("menyala")
    assert stem("mambawa") == stem("membawa") == stem("bawa")


@pytest.mark.parametrize(("banjar", "indonesian"), [
    ("padagang", "pedagang"), ("parusahaan", "perusahaan"),  # pa- = pe(r)-
    ("diulah", "dibuat"), ("sakulah", "sekolah"),
])
def test_banjar_pa_prefix_and_words_meet_indonesian(banjar: str, indonesian: str) -> None:
    assert stem(banjar) == stem(indonesian)


def test_a_capitalised_se_prefix_names_the_region() -> None:
    assert "kalimantanselatan" in terms("Kasus DBD Se-Kalsel Tembus 1.630").terms
