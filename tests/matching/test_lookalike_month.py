"""Issue 12, seventeenth round (matcher18): a look-alike that names a month of its own.

A single-event post that puts its event in a month (in words: "Maret lalu") two months or more
from its own and from every month the release gives is about another occurrence of the
programme (an earlier trial, a later round), whatever figures and names it repeats.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
decision test compares with the rule switched off.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post, score, with_and_without

CONFIG = MatchConfig()

HOTLINE = ann("h", "TANJUNG – Bupati Tabalong meresmikan layanan aduan warga Lapor Bupati lewat nomor WhatsApp 0811 "
                   "di Mall Pelayanan Publik Tanjung, Rabu (18/11/2026). Layanan itu melayani aduan jalan rusak, "
                   "lampu jalan padam dan sampah selama 24 jam.\n\n\"Setiap aduan dijawab paling lambat dua hari,\" "
                   "kata Kepala Diskominfo Tabalong.\n\nEnam operator bergantian menjaga layanan.",
              published_at="2026-11-18T10:00:00+08:00", title="Layanan Aduan Lapor Bupati Tabalong Buka 24 Jam")
EARLIER = "Layanan aduan Lapor Bupati Tabalong pernah diuji coba Juni lalu, waktu itu belum 24 jam."
TWO_DAYS_LATER = "2026-11-20T16:00:00+08:00"


def test_a_month_of_its_own_far_from_the_release_s_is_another_occurrence(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_named_month_elsewhere", lambda post, doc: None, HOTLINE, EARLIER,
                               TWO_DAYS_LATER)
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_the_refusal_names_the_month() -> None:
    refused: dict[str, str] = {}
    decide(index(HOTLINE), post(EARLIER, TWO_DAYS_LATER), CONFIG, refused=refused)
    assert "Juni" in refused.get(HOTLINE["id"], "") and "another occurrence" in refused[HOTLINE["id"]]


def test_the_release_s_own_month_stays_a_relay() -> None:
    text = "Layanan aduan Lapor Bupati Tabalong diuji coba November, sekarang sudah 24 jam."
    assert score(HOTLINE, text, TWO_DAYS_LATER) >= CONFIG.threshold


def test_a_month_next_to_the_post_s_own_stays_a_relay() -> None:
    # written late in November, "Desember" may be the release's next step in other words
    text = "Layanan aduan Lapor Bupati Tabalong sudah 24 jam, Desember nanti operatornya ditambah."
    assert score(HOTLINE, text, TWO_DAYS_LATER) >= CONFIG.threshold
