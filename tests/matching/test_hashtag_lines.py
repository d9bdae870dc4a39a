"""Issue 12, thirty-second round: a line made only of hashtags is no item of a round-up.

A round-up closing with the account's labels ("#MangroveLestari #KalimantanSelatan #InfoWarga")
lists no news there: the tags label the whole list. Read as words before the post is cut into
blocks, such a line became one more item after a "Rangkuman …" heading, and its words alone
matched a third release on their topic. The line is now known by its hashtags before they turn
into words: in a round-up it is neither an item nor what is left of the post once its items'
releases are matched; in a single-event post it stays a paragraph of it (its words may help the
whole post), never an item.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

import crawler.matching.documents as documents
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import tag_lines
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-12-12T19:00:00+08:00"

MARKET = ann("market", "KELUA – Dinas Perdagangan Kabupaten Tabalong menggelar pasar murah di halaman Kantor "
                       "Kecamatan Kelua, Selasa (8/12/2026). Sebanyak 1.200 paket sembako berisi beras, gula dan "
                       "minyak goreng dijual Rp75.000 per paket.",
             published_at="2026-12-08T09:00:00+08:00",
             title="Pasar Murah di Kelua, 1.200 Paket Sembako Dijual Rp75.000")
RABIES = ann("rabies", "TANJUNG – Dinas Pertanian Tabalong memvaksin 340 anjing peliharaan warga di Kecamatan "
                       "Murung Pudak, Rabu (9/12/2026), untuk mencegah rabies menjelang akhir tahun.",
             published_at="2026-12-09T10:00:00+08:00",
             title="340 Anjing di Murung Pudak Divaksin Rabies")
MANGROVE = ann("mangrove", "KOTABARU – Dinas Lingkungan Hidup Kalimantan Selatan bersama kelompok nelayan menanam "
                           "mangrove di pesisir Pulau Laut agar pesisir tetap lestari dan abrasi berkurang, Kamis "
                           "(10/12/2026). Mangrove yang lestari menahan ombak dan menjadi rumah ikan.",
               published_at="2026-12-10T08:00:00+08:00",
               title="Tanam Mangrove agar Pesisir Pulau Laut Lestari")

ROUNDUP = ("Rangkuman kabar sepekan:\n"
           "• Pasar Murah di Kelua, 1.200 Paket Sembako Dijual Rp75.000\n"
           "• Dinas Pertanian vaksin 340 anjing di Murung Pudak cegah rabies\n"
           "\n"
           "#MangroveLestari #PesisirLestari #KalimantanSelatan")


def counted(text: str) -> set[str]:
    return {d.announcement_id for d in decide(index(MARKET, RABIES, MANGROVE), post(text, LATER), CONFIG)}


def test_a_round_up_s_hashtag_line_is_no_item() -> None:
    assert counted(ROUNDUP) == {"market", "rabies"}


def test_without_the_rule_the_hashtags_match_a_third_release(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the tags do reach the third release when read as an item: the rule refuses it)
    monkeypatch.setattr(documents, "tag_lines", lambda text: (text, ""))
    assert "mangrove" in counted(ROUNDUP)


def test_a_round_up_s_hashtags_are_no_block_and_no_word_of_it() -> None:
    doc = post(ROUNDUP, LATER)
    assert doc.roundup
    assert sum(u.item for u in doc.units) == 2
    assert not any("lestari" in u.terms for u in doc.units)


def test_a_single_event_post_keeps_its_hashtags_as_a_paragraph() -> None:
    doc = post("Pasar murah di Kelua hari ini, 1.200 paket sembako Rp75.000.\n#PasarMurah #Tabalong", LATER)
    assert not doc.roundup
    assert len(doc.units) == 3  # the post, its sentence, its tags
    assert not any(u.item for u in doc.units)
    assert "tabalong" in doc.whole.terms


def test_tag_lines() -> None:
    body, tags = tag_lines("Judul\n\nIsi berita #Kelua di sini.\n#InfoWarga, #Kalsel\n\n  #Tabalong-Hebat  \nAkhir")
    assert tags == "#InfoWarga, #Kalsel\n#Tabalong-Hebat"
    assert "Isi berita #Kelua di sini." in body and "#InfoWarga" not in body and "Akhir" in body
    assert tag_lines("Tanpa tagar") == ("Tanpa tagar", "")
    assert tag_lines("Nomor #1 di Kalsel") == ("Nomor #1 di Kalsel", "")
