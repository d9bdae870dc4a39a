"""An outside tester's finding: a KIM's blog post holding the whole of a one-sentence release,
then its own contact line ("Kader: …, HP 0813 5000 1111, NIK 6371 0123 4567 0009"), scored 0.37
and was missed: the digit groups of the phone number and the NIK counted as the post's own
figures, as if it were about another event. A phone number or NIK is no figure of an event;
the matcher finds them with the publication filter's own patterns (crawler.personal)."""

from __future__ import annotations

import pytest

from crawler.matching import textnorm
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

RELEASE = ("Dinas Kesehatan memulai Sub Pekan Imunisasi Nasional polio putaran kedua yang menyasar "
           "45.312 anak usia 0-7 tahun di 11 kecamatan mulai 8 Oktober 2024 di posyandu dan puskesmas.")
POST = ("Polio: kontak kader Ibu Warni 0813 5000 1111\n\n" + RELEASE
        + "\n\nKader: Ibu Warni, Jl. Melati Gg. 5 No. 7, HP 0813 5000 1111 (WA 0852–7000–2222), "
        "NIK 6371 0123 4567 0009.\n\nInfo lengkap di kantor desa.")


def decided(text: str) -> set[str]:
    rows = [ann("polio", RELEASE, "2024-10-01T09:00:00+08:00",
                title="Sub PIN Polio Putaran Kedua Sasar 45 Ribu Anak")]
    return {d.announcement_id for d in decide(index(*rows), post(text), MatchConfig())}


def test_a_copy_with_the_kims_contact_line_is_a_copy() -> None:
    assert decided(POST) == {"polio"}


def test_without_the_rule_the_contact_digits_refused_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textnorm, "personal_digit_spans", lambda text: [])
    assert decided(POST) == set()


def test_phone_digits_are_no_terms_but_the_events_figures_are() -> None:
    found = textnorm.terms(textnorm.clean_text(POST)).terms
    assert not {"0813", "5000", "1111", "0852", "7000", "2222", "6371", "4567", "0009"} & set(found)
    assert {"45312", "11"} <= set(found)
    # dates, amounts and years are no phone numbers
    kept = textnorm.clean_text("Pendaftaran 08-10-2024 s.d. 12-10-2024, biaya Rp 1.500.000, kuota 0812 orang")
    assert "08-10-2024" in kept and "1.500.000" in kept
