"""Issue 12, twentieth round (matcher21): a note about the place a release moves on to.

A release tells its own event at one kecamatan and ends with where the programme goes next
("… juga akan membuka demplot serupa di <another kecamatan>"). A one-line post about that other
kecamatan ("Di <it> masih rencana …, belum ada …") shares the topic's words and that place — the
release's only fact it carries — but its event is at the other kecamatan, not the release's: it
is no relay note. A note that carries a fact of the release's own event still is. Every text
here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()

WEAVING = ann("w", "TANJUNG – Dinas Perindustrian Tabalong melatih perajin tenun sasirangan dan pewarnaan alami "
                   "di Desa Pasar Batu, Kecamatan Kelua, Selasa (6/10/2026). Pelatihan lima hari ini menghadirkan "
                   "instruktur dari Banjarmasin.\n\n\"Kami ingin motif sasirangan Tabalong dikenal luas,\" kata "
                   "Kepala Dinas Perindustrian Tabalong.\n\nDinas juga akan membuka pelatihan serupa di Muara Uya.",
              published_at="2026-10-06T10:00:00+08:00", title="Disperin Tabalong Latih Perajin Sasirangan di Kelua")
NEXT_DAY = "2026-10-07T08:00:00+08:00"


def matched(text: str, *announcements: dict[str, Any]) -> set[str]:
    return {d.announcement_id for d in decide(index(*announcements), post(text, NEXT_DAY), CONFIG)}


def test_a_note_on_the_kecamatan_the_release_moves_on_to_is_not_its_relay() -> None:
    assert matched("Di Muara Uya masih rencana pelatihan tenun sasirangan, belum ada jadwalnya.", WEAVING) == set()


def test_a_note_carrying_the_releases_own_place_still_relays_it() -> None:
    assert matched("Catat ya warga: pelatihan tenun sasirangan Kelua.", WEAVING) == {"w"}


CONSULTATION = ann("c", "TANJUNG – Dinas PUPR Tabalong menggelar konsultasi publik rencana tata ruang kawasan Kelua "
                        "di Aula Kecamatan Kelua, Selasa (6/10/2026).\n\nMasukan warga diterima sampai 20 Oktober, "
                        "dan rancangan perda ditargetkan rampung Desember.",
                   published_at="2026-10-06T10:00:00+08:00", title="Konsultasi Publik Tata Ruang Kelua")


def test_a_note_relaying_the_deadline_the_release_gives_for_later_still_relays_it() -> None:
    # the date only its "ditargetkan" sentence writes is the release's to relay: only a place is refused
    assert matched("Tata ruang dibahas, masukan warga s/d 20 Oktober. #infowarga", CONSULTATION) == {"c"}
