"""Issue 12, session 14 (m43): Banjar spellings and everyday names a paraphrase writes for the
release's words — ta- for ter-, -akan for -kan, a for e ("sakolah", "bakas") — and short names
of people and things a release writes out ("kepsek", "catin", "ZoSS", "urang asing").

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.textnorm import terms


@pytest.mark.parametrize("banjar, indonesian", [
    ("jadwal sadot tinja", "jadwal sedot tinja"),
    ("pasar tajadwal", "pasar terjadwal"),
    ("sumur tacamar", "sumur tercemar"),
    ("jalan tagenang", "jalan tergenang"),
    ("warga tatipu arisan", "warga tertipu arisan"),
    ("relawan mamandiakan lansia", "relawan memandikan lansia"),
    ("anak bakunyung di kolam", "anak berenang di kolam"),
    ("sakolah dasar", "sekolah dasar"),
    ("lahan bakas tambang", "lahan bekas tambang"),
    ("sampah dijamput petugas", "sampah dijemput petugas"),
    ("kumpulakan minyak jelantah", "kumpulkan minyak jelantah"),
    ("bapiara ikan nila", "memelihara ikan nila"),
    ("jangan kawinakan anak", "jangan kawinkan anak"),
    ("pengendara kana tilang", "pengendara kena tilang"),
    ("kerajinan ilung", "kerajinan eceng gondok"),
    ("sirene babunyi", "sirene berbunyi"),
    ("harga tangkulak", "harga tengkulak"),
    ("sekolah luar nagri", "sekolah luar negeri"),
    ("petani manyamai bibit", "petani menyemai bibit"),
])
def test_banjar_spellings_read_as_the_release_words(banjar: str, indonesian: str) -> None:
    assert terms(banjar).terms == terms(indonesian).terms


@pytest.mark.parametrize("casual, official", [
    ("kepsek baru dilantik", "kepala sekolah baru dilantik"),
    ("catin wajib periksa", "calon pengantin wajib periksa"),
    ("ZoSS di depan SD", "zona selamat sekolah di depan SD"),
    ("urang asing menginap", "WNA menginap"),
])
def test_everyday_names_share_the_release_terms(casual: str, official: str) -> None:
    assert set(terms(official).terms) & set(terms(casual).terms) - set(terms("baru dilantik wajib periksa di "
                                                                                  "depan SD menginap").terms)


# ---------------------------------------------------------------- a day written without its month

def test_a_day_without_its_month_may_be_this_month_or_the_next() -> None:
    from crawler.matching.decisions import _bare_days
    from tests.matching.test_generalize import post
    found = _bare_days(post("Pendaftaran lomba sampai tanggal 21, pengumuman tgl 3 di balai desa.",
                            "2026-11-10T09:00:00+08:00"))
    assert found == {"21": frozenset({"date:21-11"}), "3": frozenset({"date:3-11", "date:3-12"})}
    assert _bare_days(post("Lomba digelar tanggal 21 November dan tanggal 3/12.", "2026-11-10T09:00:00+08:00")) == {}


def test_a_day_without_its_month_is_read_as_the_release_date(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.matching.test_generalize import ann, with_and_without
    release = ann("a1", "Pemerintah Kota Banjarbaru menggelar lomba perahu hias di Danau Seran pada Sabtu "
                  "(21/11/2026). Sebanyak 35 kelompok warga mendaftar dan panitia menyiapkan hadiah pembinaan "
                  "bagi pemenang serta tribun penonton di tepi danau.", "2026-11-09T10:00:00+08:00",
                  "Lomba Perahu Hias Danau Seran Digelar 21 November")
    on, off = with_and_without(monkeypatch, "_bare_days", lambda post: {}, release,
                               "Bubuhan warga, lomba perahu hias di Danau Seran tanggal 21, kelompok warga "
                               "nang handak umpat lakasi mendaftar ka panitia, hadiahnya lumayan 🚣",
                               "2026-11-11T08:00:00+08:00")
    assert on > off
