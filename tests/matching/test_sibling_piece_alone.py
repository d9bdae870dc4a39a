"""Issue 12, thirty-second round: a summary's piece outside the matched release's unit, read alone.

A summary of a kabupaten's relay of a provincial circular, cut at its semicolons, reads as a
round-up. Its piece about the arrangements (who fogs, where cases are reported) shares topic
words and a name with the province's own circular, and the kabupaten's place with the relay. Read alone, every fact it shares with the circular the relay
shares too, and it names the relay's place: it is the relay's, not the circular's.

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

CIRCULAR = ann("circular", "BANJARBARU – Gubernur Kalimantan Selatan menerbitkan surat edaran pencegahan demam "
                           "berdarah menjelang musim hujan, Senin (7/12/2026). Edaran meminta 2.400 sekolah "
                           "menguras bak mandi setiap Jumat. Laporan kasus disampaikan ke posko URC di puskesmas "
                           "terdekat, dan pengasapan hanya dilakukan petugas dinas kesehatan.",
               published_at="2026-12-07T09:00:00+08:00",
               title="Edaran Gubernur: Sekolah Wajib Kuras Bak Mandi Setiap Jumat")
RELAY = ann("relay", "RANTAU – Pemerintah Kabupaten Tapin meneruskan edaran gubernur tentang pencegahan demam "
                     "berdarah kepada 14 kepala puskesmas dan para lurah, Rabu (9/12/2026), di Aula Rantau Baru. "
                     "Sekda Tapin meminta lurah menggerakkan kerja bakti setiap Jumat. Kasus demam berdarah di "
                     "Tapin dilaporkan ke Dinas Kesehatan di Rantau.",
            published_at="2026-12-09T10:00:00+08:00",
            title="Pemkab Tapin Teruskan Edaran Pencegahan Demam Berdarah ke Puskesmas dan Lurah")

SUMMARY = ("Pemkab Tapin Teruskan Edaran Pencegahan Demam Berdarah ke Puskesmas dan Lurah\n\n"
           "Sekda Tapin meneruskan edaran gubernur soal demam berdarah kepada 14 kepala puskesmas dan para "
           "lurah di Aula Rantau Baru; pengasapan hanya oleh petugas dinas kesehatan, laporan kasus ke "
           "posko URC di Puskesmas Rantau; edaran ditempel di kantor lurah dan balai warga.")


def counted(text: str) -> set[str]:
    return {d.announcement_id for d in decide(index(CIRCULAR, RELAY), post(text, LATER), CONFIG)}


def test_a_piece_naming_only_the_relay_s_place_is_the_relay_s() -> None:
    assert counted(SUMMARY) == {"relay"}


def test_without_the_rule_the_circular_is_matched_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decisions, "_sibling_facts", lambda *args: None)
    assert "circular" in counted(SUMMARY)
