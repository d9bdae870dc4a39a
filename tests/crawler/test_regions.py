from __future__ import annotations

import pytest

from crawler.regions import canonical_region, known_regions


def test_kalsel_has_thirteen_regions_and_the_province() -> None:
    regions = known_regions()
    assert len([r for r in regions if r.startswith(("Kabupaten ", "Kota "))]) == 13
    assert "Provinsi Kalimantan Selatan" in regions


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("HSS", "Kabupaten Hulu Sungai Selatan"), ("hst", "Kabupaten Hulu Sungai Tengah"),
        ("HSU", "Kabupaten Hulu Sungai Utara"), ("Batola", "Kabupaten Barito Kuala"),
        ("Tala", "Kabupaten Tanah Laut"), ("Tanbu", "Kabupaten Tanah Bumbu"),
        ("Kota Baru", "Kabupaten Kotabaru"), ("Kotabaru", "Kabupaten Kotabaru"),
        ("Banjar Baru", "Kota Banjarbaru"), ("Kota Banjar Baru", "Kota Banjarbaru"),
        ("Kabupaten Banjar", "Kabupaten Banjar"), ("Banjar", "Kabupaten Banjar"),
        ("Kab. Tapin", "Kabupaten Tapin"), ("kota banjarmasin", "Kota Banjarmasin"),
        ("Banjarmasin", "Kota Banjarmasin"), ("Kalsel", "Provinsi Kalimantan Selatan"),
    ],
)
def test_aliases(alias: str, canonical: str) -> None:
    assert canonical_region(alias) == canonical


@pytest.mark.parametrize("bad", ["Jakarta", "", None, "Kabupaten"])
def test_unknown(bad: str | None) -> None:
    assert canonical_region(bad) is None
