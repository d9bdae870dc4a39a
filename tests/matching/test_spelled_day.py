"""A day written in words before its month is a date (matcher60): Banjar and spoken posts spell it
out ("tanggal satu Disember"), and a later release's new date told so is that release's fact."""
import pytest

from crawler.matching.decisions import _other_event
from crawler.matching.documents import announcement_doc
from crawler.matching.textnorm import _date_terms
from tests.matching.test_generalize import post


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


# A chain of two releases: a trial, then its outcome with a new date. Made-up texts.
TRIAL = {"id": "t", "url": "https://pemkab.example.go.id/t", "published_at": "2026-10-05T09:00:00+08:00",
         "title": "Dua Putaran Balik Jalan Veteran Ditutup Uji Coba 10 Hari",
         "text": "Dinas Perhubungan menutup sementara dua putaran balik di Jalan Veteran mulai Senin (5/10/2026). "
                 "Uji coba berlangsung 10 hari memakai water barrier. Hasilnya menentukan apakah penutupan "
                 "dipermanenkan."}
OUTCOME = {"id": "o", "url": "https://pemkab.example.go.id/o", "published_at": "2026-10-19T09:00:00+08:00",
           "title": "Penutupan Dua Putaran Balik Jalan Veteran Dipermanenkan",
           "text": "Pemerintah kota mempermanenkan penutupan dua putaran balik di Jalan Veteran setelah uji coba "
                   "10 hari berakhir, Senin (19/10/2026). Pagar beton akan dipasang menggantikan water barrier mulai "
                   "5 November."}


@pytest.mark.parametrize("text", [
    "Jadi parmanen sudah putaran balik di Jalan Veteran. Tanggal lima Nopember water barrier diganti pagar beton.",
    "Putaran balik Jalan Veteran ditutup permanen, pagar beton dipasang mulai lima November menggantikan water "
    "barrier.",
    "Kada dibuka lagi putaran balik di Veteran, tanggal lima Nopimber pagar beton dipasang ganti water barrier.",
])
def test_the_later_release_by_its_spelled_date(text: str) -> None:
    p = post(text, "2026-10-25T09:00:00+08:00")
    assert "date:5-11" in p.whole.terms
    assert not _other_event(p, announcement_doc(OUTCOME))
