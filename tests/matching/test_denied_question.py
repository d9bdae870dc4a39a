"""Issue 12, thirty-second round (matcher36): a claim the post asks about and denies.

A KIM post often takes up what is going round ("Posko banjir dibuka di Sungai Tabuk?") and answers
it itself: "Bukan, …", "Belum, …", "Hoaks.", "Tidak benar, …". What it shares with a release is the
claim it denies, not news it spreads (:func:`decisions._denied_question`). A call to act that asks
again ("Sudah daftar? Belum? Ayo …") is no answer, and a release that itself corrects a hoax may be
relayed in that form.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _denied_question, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

FOGGING = ann("f", "Dinas Kesehatan Kabupaten Banjar melakukan pengasapan (fogging) demam berdarah di 14 desa "
                   "Kecamatan Martapura Timur mulai Senin (9/11/2026). Warga diminta membuka pintu dan jendela "
                   "selama petugas bekerja.",
              published_at="2026-11-09T09:00:00+08:00", title="Dinkes Banjar Fogging DBD di 14 Desa Martapura Timur")
HOAX = ann("h", "Dinas Kominfo Kabupaten Banjar menegaskan kabar pembagian sembako gratis di Kantor Bupati "
                "Banjar adalah hoaks. Tidak ada pembagian sembako di sana, Senin (9/11/2026).",
           published_at="2026-11-09T09:00:00+08:00", title="Hoaks Pembagian Sembako Gratis di Kantor Bupati Banjar")
WHEN = "2026-11-10T15:00:00+08:00"


def shared(announcement: dict[str, Any], text: str) -> frozenset[str]:
    return post(text, WHEN).whole.terms & announcement_doc(announcement).terms


@pytest.mark.parametrize("text", [
    "Fogging demam berdarah di Martapura Timur? Bukan, yang lewat tadi itu penyemprotan hama di sawah.",
    "Pengasapan fogging di desa kita sudah? Belum, petugas Dinkes baru datang minggu depan.",
    "Fogging demam berdarah dihentikan karena warga sakit? Hoaks. Petugas tetap jalan sesuai jadwal.",
    "FOGGING DBD BIKIN IKAN MATI? TIDAK BENAR, YANG MATI ITU KARENA AIR SURUT.",
])
def test_a_denied_claim_is_found(text: str) -> None:
    found = _denied_question(post(text, WHEN), announcement_doc(FOGGING), shared(FOGGING, text))
    assert found is not None


@pytest.mark.parametrize(("announcement", "text"), [
    # a call to act asks again: no answer
    (FOGGING, "Rumah sudah siap difogging? Belum? Buka pintu dan jendela saat petugas Dinkes datang ke desa."),
    # a question answered yes
    (FOGGING, "Fogging demam berdarah di Martapura Timur? Benar, mulai Senin di 14 desa."),
    # the release corrects the hoax itself: the post relays the correction
    (HOAX, "Sembako gratis di Kantor Bupati Banjar? Hoaks, kata Kominfo Banjar, tidak ada pembagian."),
    # the question is about something else than the release
    (FOGGING, "Pasar malam buka lagi? Belum, tunggu pengumuman.\nFogging DBD di 14 desa Martapura Timur Senin."),
])
def test_no_denial_of_the_release(announcement: dict[str, Any], text: str) -> None:
    assert _denied_question(post(text, WHEN), announcement_doc(announcement), shared(announcement, text)) is None


def test_a_denied_claim_is_not_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    # the claim is the release's event; the answer says the men seen were someone else's
    text = ("Dinkes Banjar fogging DBD di 14 desa Martapura Timur mulai Senin, warga buka pintu dan jendela? "
            "Bukan, yang datang kemarin itu petugas swasta.")
    config = MatchConfig()
    assert not [d for d in decide(index(FOGGING), post(text, WHEN), config) if d.announcement_id == "f"]
    monkeypatch.setattr(decisions, "_denied_question", lambda post, doc, shared: None)
    assert [d for d in decide(index(FOGGING), post(text, WHEN), config) if d.announcement_id == "f"]
