"""The preparation of a step the release only schedules for later ("Persiapan … berikutnya")
is a happening of its own (``decisions._preparation``); the schedule relayed is the release's.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann

# a mobile market's stop; its last sentence schedules the next stop in another town
MARKET = ann("m", "PELAIHARI – Disdag Tanah Laut menggelar pasar murah keliling di halaman Kantor Camat "
                  "Takisung, Selasa (3/11/2026). Sebanyak 1.200 paket sembako terjual dalam empat jam.\n\n"
                  "\"Harga beras dan minyak goreng kami tekan supaya warga pesisir terbantu,\" kata Kepala "
                  "Disdag.\n\nPasar murah berikutnya digelar di Kecamatan Kintap pada Kamis (26/11/2026).",
             published_at="2026-11-03T10:00:00+08:00", title="Pasar Murah Keliling Sambangi Takisung")
WRITTEN = "2026-11-10T10:00:00+08:00"
PREPARING = "Persiapan pasar murah di Kintap 26 November: panitia minta warga bantu jaga parkir. Rapat Senin malam."
SCHEDULE = "Pasar murah keliling berikutnya di Kecamatan Kintap, 26 November. Siapkan kantong belanja ya."


def test_the_preparation_of_the_next_stop_is_another_happening(monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(MARKET, PREPARING, WRITTEN) < 0.5
    monkeypatch.setattr(decisions, "_preparation", lambda post, doc: [])
    assert score(MARKET, PREPARING, WRITTEN) >= 0.5  # fails without the rule


def test_the_next_stop_relayed_is_kept() -> None:
    assert score(MARKET, SCHEDULE, WRITTEN) >= 0.5


def test_a_release_telling_preparations_is_relayed() -> None:
    prepared = {**MARKET, "text": MARKET["text"].replace("Pasar murah berikutnya", "Panitia menyiapkan pasar murah berikutnya yang")}
    from crawler.matching.documents import announcement_doc
    from tests.matching.test_generalize import post
    assert decisions._preparation(post(PREPARING, WRITTEN), announcement_doc(prepared)) == []
