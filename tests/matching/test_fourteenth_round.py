"""Issue 12, fourteenth round (matcher15): a note that carries nothing of its own.

A one-line relay names the release's topic, its place and perhaps a figure, and nothing else
("Catat ya warga: … (topic, place)", a Banjar one-liner): below the short-post rule's two facts.
It relays the one release that holds all its words but a chatty one or two; a look-alike or an
earlier post adds something of its own. Every text here is made up for the rule it checks; none
is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()

WEAVING = ann("w", "TANJUNG – Dinas Perindustrian Tabalong melatih 30 perajin tenun sasirangan dan pewarnaan alami "
                   "di Balai Latihan Kerja Tanjung, Selasa (6/10/2026). Pelatihan lima hari ini menghadirkan "
                   "instruktur dari Banjarmasin.\n\n\"Kami ingin motif sasirangan Tabalong dikenal luas,\" kata "
                   "Kepala Dinas Perindustrian Tabalong.", published_at="2026-10-06T10:00:00+08:00",
              title="Disperin Tabalong Latih 30 Perajin Sasirangan")
NOTE = "Catat ya warga: pelatihan tenun sasirangan (Tabalong)."
BANJAR_NOTE = "Urang Tanjung bungah banar, sasirangan 30 perajin."
NEXT_DAY = "2026-10-07T08:00:00+08:00"


def matched(text: str, published_at: str, *announcements: dict[str, Any], links: list[str] | None = None) -> set[str]:
    return {d.announcement_id
            for d in decide(index(*announcements), post(text, published_at, links), CONFIG)}


@pytest.mark.parametrize("text", [NOTE, BANJAR_NOTE])
def test_a_note_holding_nothing_of_its_own_relays_the_release(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    found = decide(index(WEAVING), post(text, NEXT_DAY), CONFIG)
    assert [(d.announcement_id, d.status, d.evidence["rule"]) for d in found] == [("w", "auto", "relay_note")]
    assert found[0].score >= CONFIG.threshold
    monkeypatch.setattr(decisions, "_relay_note", lambda *args: None)
    assert matched(text, NEXT_DAY, WEAVING) == set()  # fails without the rule: too few facts


def test_a_note_days_after_the_release_is_not_read_as_its_relay() -> None:
    assert matched(NOTE, "2026-10-12T08:00:00+08:00", WEAVING) == set()


def test_a_note_written_before_the_release_relays_nothing() -> None:
    assert matched(NOTE, "2026-10-05T08:00:00+08:00", WEAVING) == set()


@pytest.mark.parametrize("text", [
    "Catat ya warga: pelatihan tenun sasirangan Kelua (Tabalong).",           # a village of its own
    "Catat ya warga: pelatihan tenun sasirangan 45 perajin (Tabalong).",      # a figure of its own
    "Catat ya warga: pelatihan tenun sasirangan besok di Kelua (Tabalong).",  # a day and a village
    "Catat ya warga: lomba busana sasirangan (Tabalong).",                    # an event of its own
])
def test_a_note_with_something_of_its_own_is_another_event(text: str) -> None:
    assert matched(text, NEXT_DAY, WEAVING) == set()


def test_a_note_two_releases_hold_is_nobodys_relay() -> None:
    second = ann("w2", "TANJUNG – Dinas Perindustrian Tabalong membuka pendaftaran pelatihan tenun sasirangan "
                       "gelombang kedua bagi perajin dari semua kecamatan, Selasa (6/10/2026).",
                 published_at="2026-10-06T14:00:00+08:00", title="Pendaftaran Pelatihan Sasirangan Dibuka")
    assert matched(NOTE, NEXT_DAY, WEAVING) == {"w"}
    assert matched(NOTE, NEXT_DAY, WEAVING, second) == set()


def test_a_note_with_a_link_is_decided_by_its_link() -> None:
    assert matched(NOTE, NEXT_DAY, WEAVING, links=["https://example.com/berita/lain-lagi-ini"]) == set()
