"""Issue 12, thirty-second round: a round-up item restating a release's title is its own event.

A round-up item whose facts the release writes only in its next-event sentences (the winner going
on to the province) is about that next event, and none of its evidence counts for the release. A
call's deadline reads as such a sentence too ("kirim contoh sampai 18 Desember"): an item that
restates the call's whole title and adds its deadline told the call itself, and lost it. An item
restating the release's title names the release's own event, whatever it adds.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

import crawler.matching.decisions as decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-12-12T19:00:00+08:00"

CALL = ann("call", "TANJUNG – Dinas Perindustrian dan Perdagangan Tabalong membuka seleksi anyaman purun untuk "
                   "pameran dagang di Surabaya Februari 2027, Senin (7/12/2026). Perajin dapat mengirim contoh "
                   "anyaman sampai 18 Desember 2026 ke sekretariat Disperindag atau melalui kantor kecamatan. "
                   "Penilaian meliputi kerapian anyaman, warna dan kemasan. Hasil seleksi diumumkan pekan "
                   "keempat Desember.",
           published_at="2026-12-07T09:00:00+08:00",
           title="Disperindag Tabalong Seleksi Anyaman Purun untuk Pameran Dagang di Surabaya")
RABIES = ann("rabies", "TANJUNG – Dinas Pertanian Tabalong memvaksin 340 anjing peliharaan warga di Kecamatan "
                       "Murung Pudak, Rabu (9/12/2026), untuk mencegah rabies menjelang akhir tahun.",
             published_at="2026-12-09T10:00:00+08:00",
             title="340 Anjing di Murung Pudak Divaksin Rabies")

ROUNDUP = ("Pekan ini ada beberapa kabar yang kami catat. Pertama, 340 anjing di Murung Pudak divaksin rabies. "
           "Selain itu, Disperindag Tabalong seleksi anyaman purun untuk pameran dagang Surabaya, kirim contoh "
           "sampai 18 Des. Kemudian, lomba kebersihan antar RT, penilaian akhir bulan. Kemudian, 25 penjahit "
           "muda ikut kursus bordir di balai desa.")


def counted(text: str) -> set[str]:
    return {d.announcement_id for d in decide(index(CALL, RABIES), post(text, LATER), CONFIG)}


def test_an_item_restating_the_title_is_the_call_itself() -> None:
    assert counted(ROUNDUP) == {"call", "rabies"}


def test_without_the_rule_the_item_reads_as_the_next_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decisions, "_restates_title", lambda *args: False)
    assert "call" not in counted(ROUNDUP)
