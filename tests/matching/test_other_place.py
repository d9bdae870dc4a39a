"""Issue 12, sixty-fourth round (matcher66): another place's own state.

A post whose lead sentence has a place as its subject — a kecamatan or kabupaten at its start,
or after "di", "warga", "kecamatan" … — that the release does not cover (fixes30: any place it names), and that
says the release's programme is absent, not yet, or not done there ("Mataraman belum kebagian …",
"Di Karang Intan … tidak …", Banjar "Urang Sungai Pinang balum …"), tells that place's own news:
it amplifies the release only when it passes on the release's own figures or dates (anywhere,
its lead included). Read as a fourth kind of :func:`decisions._absent_or_before`. Every text here is made up;
none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _absent_or_before, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

FOGGING = ann("f", "ASTAMBUL – Dinas Kesehatan Kabupaten Banjar melakukan pengasapan (fogging) di 14 desa Kecamatan "
                   "Astambul pada Senin (9/11/2026) dan Selasa (10/11/2026) setelah 23 kasus demam berdarah tercatat "
                   "dalam sebulan. Warga diminta tetap menguras bak mandi seminggu sekali. Pengasapan berikutnya "
                   "direncanakan di Kecamatan Mataraman pada Januari 2027.",
              published_at="2026-11-10T10:00:00+08:00", title="Dinkes Banjar Fogging 14 Desa di Astambul")
CANAL = ann("c", "MARTAPURA – Dinas PUPR Kabupaten Banjar akan menutup pintu air saluran irigasi Riam Kanan di "
                 "Kecamatan Astambul pada 3–14 Desember 2026 untuk memperbaiki tanggul sepanjang 2,4 kilometer. "
                 "Petani di 860 hektare sawah diminta menunda semai sampai 15 Desember.",
            published_at="2026-11-27T10:00:00+08:00", title="Pintu Air Riam Kanan di Astambul Ditutup 3–14 Desember")
DAY = "2026-11-12T09:00:00+08:00"
CANAL_DAY = "2026-11-30T09:00:00+08:00"


def _found(announcement: dict[str, Any], text: str, when: str) -> tuple[str, str] | None:
    p = post(text, when)
    doc = announcement_doc(announcement)
    return _absent_or_before(p, doc, p.whole.terms & doc.terms)


@pytest.mark.parametrize(("announcement", "text", "when"), [
    (FOGGING, "Mataraman belum kebagian fogging. Padahal nyamuk di sini banyak. Katanya baru Januari, itu pun belum "
              "pasti.", DAY),
    (FOGGING, "Urang Sungai Pinang balum dapat pengasapan, nyamuk banyak banar. Mudahan kaina dapat jua.", DAY),
    (CANAL, "Di Karang Intan pintu air tidak ditutup, petani tetap bisa semai awal Desember. Jangan ikut jadwal "
            "Astambul.", CANAL_DAY),
    (CANAL, "Kecamatan Sungai Tabuk kada kena penutupan pintu air, silakan batanam kaya biasa.", CANAL_DAY),
])
def test_another_place_is_found(announcement: dict[str, Any], text: str, when: str) -> None:
    found = _found(announcement, text, when)
    assert found and found[0] == "another place's own state"


@pytest.mark.parametrize(("announcement", "text", "when"), [
    # relays: the release's place is the subject, or its figures and dates are passed on
    (FOGGING, "Dinkes Banjar fogging 14 desa di Astambul 9–10 November, 23 kasus DBD sebulan. Di desa kami belum.",
     DAY),
    (FOGGING, "Astambul sudah di-fogging, tapi Mataraman belum: 14 desa, 23 kasus DBD.", DAY),
    (CANAL, "Pintu air Riam Kanan ditutup 3–14 Desember, petani Astambul jangan semai dulu. Di Karang Intan belum "
            "ada kabar.", CANAL_DAY),
    # the release's own place, not yet for some: still its news
    (CANAL, "Astambul belum boleh semai sampai 15 Desember, pintu air ditutup.", CANAL_DAY),
    # the release's figure in the other place's own lead: a relay
    (FOGGING, "Kecamatan Karang Intan belum diasapi, padahal 23 kasus demam berdarah sebulan.", DAY),
    # a burden lifted, the words between ("kada kasulitan nyamuk lagi")
    (FOGGING, "Urang Astambul kada kasulitan nyamuk lagi, Dinkes fogging sampai ka kampung.", DAY),
    # a burden the programme lifts, not its absence
    (FOGGING, "Warga Mataraman kada perlu lagi beli obat nyamuk, fogging 14 desa sudah.", DAY),
])
def test_relays_are_not_found(announcement: dict[str, Any], text: str, when: str) -> None:
    found = _found(announcement, text, when)
    assert not found or found[0] != "another place's own state"


@pytest.mark.parametrize(("announcement", "text", "when"), [
    (FOGGING, "Mataraman belum kebagian fogging demam berdarah dari Dinkes Banjar. Padahal nyamuk di sini banyak, "
              "warga sudah lapor ke puskesmas.", DAY),
    (CANAL, "Di Karang Intan pintu air saluran irigasi Riam Kanan tidak ditutup tahun ini, petani tetap bisa semai "
            "awal Desember.", CANAL_DAY),
])
def test_another_place_is_not_matched(monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str,
                                      when: str) -> None:
    config = MatchConfig()
    aid = announcement["id"] if "id" in announcement else None
    got = [d.announcement_id for d in decide(index(announcement), post(text, when), config)]
    monkeypatch.setattr(decisions, "_other_place_lead", lambda text: None)
    before = [d.announcement_id for d in decide(index(announcement), post(text, when), config)]
    assert before and not got, (aid, before, got)
