"""Issue 12, round of matcher39: a post that says nothing is announced yet.

Every text here is made up for the rule it checks; none is taken from a labelled set. The decision
test compares with the rule off (the wait left unread).
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from tests.matching.test_generalize import ann, score

CONFIG = MatchConfig()

SEEDS = ann("bibit", "MARABAHAN – Dinas Pertanian Barito Kuala membuka pendaftaran bantuan bibit jeruk siam untuk "
                     "kelompok tani di Kecamatan Anjir Muara dan Anjir Pasar, Senin (9/11/2026). Setiap kelompok "
                     "menerima 500 batang bibit.\n\nPendaftaran dibuka di kantor penyuluh kecamatan sampai akhir "
                     "November.",
             published_at="2026-11-09T10:00:00+08:00",
             title="Distan Batola Buka Pendaftaran Bantuan Bibit Jeruk Siam")

# farmers asking when it opens in their kecamatan: nothing announced yet
WAITING = ("Kelompok tani Anjir Muara menanyakan kapan pendaftaran bantuan bibit jeruk siam dibuka di kantor "
           "penyuluh kecamatan. Belum ada pengumuman di kecamatan kami.")


def test_nothing_announced_yet_is_no_relay(monkeypatch: pytest.MonkeyPatch) -> None:
    # the post is also a person's own story (matcher58's rule, switched off so that this test measures its own)
    monkeypatch.setattr(decisions, "_own_story", lambda post, doc, shared: None)
    on = score(SEEDS, WAITING, "2026-11-12T09:00:00+08:00")
    monkeypatch.setattr(decisions, "_unannounced", lambda post: None)
    off = score(SEEDS, WAITING, "2026-11-12T09:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_the_wait_is_read_once_per_text() -> None:
    assert decisions._unannounced_text("Belum ada info resmi, tunggu saja.") == "belum ada info"
    assert decisions._unannounced_text("Hasil belum diumumkan.") is None
    assert decisions._unannounced_text("Pendaftaran dibuka sampai akhir November.") is None
