"""Issue 12, round of matcher39: a post that denies what the release's lead sentence is about,
and a post that says nothing is announced yet.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each decision
test compares with the rule off (the lead left unread).
"""

from __future__ import annotations

import pytest

from crawler.matching import documents
from crawler.matching.config import MatchConfig
from crawler.matching.documents import lead_sentence
from tests.matching.test_generalize import ann, score

CONFIG = MatchConfig()

# ---------------------------------------------------------------- "bukan" + the lead's subject

# the title says "PDAM", the lead says what broke: the pipe of the PDAM's own network
PIPE = ann("pipa", "AMUNTAI – Pipa transmisi jaringan PDAM Amuntai pecah tertimpa alat berat di Jalan Empu Jatmika, "
                   "Selasa (6/10/2026) pagi. Air ke Kelurahan Sungai Malang, Paliwara dan Murung Sari berhenti.\n\n"
                   "\"Petugas sudah di lokasi, penyambungan butuh sekitar delapan jam,\" kata Direktur PDAM.\n\n"
                   "Warga dapat mengambil air di tangki yang disiagakan di kantor kelurahan.",
            published_at="2026-10-06T11:00:00+08:00",
            title="Air PDAM di Tiga Kelurahan Amuntai Berhenti Mengalir")

# a private well's pump in the same kelurahan, told as "not the PDAM's pipe"
OWN_PUMP = ("Air sumur bor warga di Sungai Malang berhenti sejak pagi, pompa milik yayasan rusak. "
            "Ini bukan pipa PDAM ya, petugas yayasan sedang memperbaiki.")


def test_the_lead_sentence_is_read() -> None:
    assert lead_sentence("Judul Berita\nKOTA – Kalimat pertama. Kalimat kedua.") == "KOTA – Kalimat pertama."
    assert lead_sentence("Tanpa judul. Kalimat kedua.") == "Tanpa judul."
    assert "pipa" in documents.announcement_doc(PIPE).lead_terms


def test_denying_the_leads_subject_is_another_thing(monkeypatch: pytest.MonkeyPatch) -> None:
    on = score(PIPE, OWN_PUMP, "2026-10-06T15:00:00+08:00")
    monkeypatch.setattr(documents.AnnouncementDoc, "lead_terms", property(lambda self: frozenset()))
    off = score(PIPE, OWN_PUMP, "2026-10-06T15:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule: the pipe is not in the title
    assert on < CONFIG.threshold


def test_the_releases_own_negation_is_relayed() -> None:
    # the release itself writes "bukan pipa …": a relay repeating it is no denial
    own = ann("own", "AMUNTAI – Gangguan air di Kelurahan Sungai Malang dan Paliwara bukan pipa PDAM yang pecah, "
                     "melainkan pompa intake yang terendam lumpur, Selasa (6/10/2026). Perbaikan butuh delapan jam.",
              published_at="2026-10-06T11:00:00+08:00", title="Pompa Intake PDAM Amuntai Terendam Lumpur")
    text = ("Air di Sungai Malang dan Paliwara mati, bukan pipa PDAM yang pecah tapi pompa intake terendam "
            "lumpur. Perbaikan delapan jam.")
    assert score(own, text, "2026-10-06T14:00:00+08:00") >= CONFIG.threshold
