"""A day written in words before its month is a date (matcher60): Banjar and spoken posts spell it
out ("tanggal satu Disember"), and a later release's new date told so is that release's fact."""
from crawler.matching.textnorm import _date_terms


def dates(text: str) -> list[str]:
    return [t for _, _, found in _date_terms(text)[1] for t in found]


def test_spelled_days_are_dates() -> None:
    assert dates("Tanggal satu Disember pagar beton dipasang") == ["date:1-12"]
    assert dates("Pendaftaran ditutup dua puluh lima Maret") == ["date:25-3"]
    assert dates("pembayaran sampai lima belas Agustus haja") == ["date:15-8"]
    assert dates("berlaku hingga tiga puluh satu Juli") == ["date:31-7"]


def test_stage_ordinals_and_names_stay_words() -> None:
    assert dates("vaksinasi tahap dua Desember nanti") == []
    assert dates("rumah di Jalan Satu Mei") == []
    assert dates("salah satu warga") == []
