"""Issue 12, round of matcher39: "hari ini" in the week after the day the release gives its next
step, past its own event's days, tells of that next step.

Every text here is made up for the rule it checks; none is taken from a labelled set. The decision
test compares with the rule off.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from tests.matching.test_generalize import ann, score

CONFIG = MatchConfig()

# a seizure on Monday 5 October; the supplier is summoned for Thursday 8 October
OIL = ann("minyak", "KANDANGAN – Dinas Perdagangan Hulu Sungai Selatan menarik 64 botol minyak goreng curah "
                    "tanpa label dari tiga warung di Pasar Kandangan, Senin (5/10/2026). Isi botol rata-rata "
                    "hanya 900 mililiter.\n\n\"Warung kami minta mengembalikan ke pemasok,\" kata Kepala Dinas "
                    "Perdagangan HSS. Pemasok minyak dijadwalkan memberi penjelasan pada Kamis (8/10/2026).",
          published_at="2026-10-05T15:00:00+08:00",
          title="Disdag HSS Tarik 64 Botol Minyak Goreng Curah Tanpa Label")

# the supplier came the day after, with its own promise
CAME = "Pemasok minyak goreng curah akhirnya datang ke Disdag HSS hari ini. Mereka berjanji mengganti botol dan memasang label."


def test_hari_ini_past_the_next_step_is_that_step(monkeypatch: pytest.MonkeyPatch) -> None:
    on = score(OIL, CAME, "2026-10-09T10:00:00+08:00")
    monkeypatch.setattr(decisions, "_past_next_day", lambda day, doc: False)
    off = score(OIL, CAME, "2026-10-09T10:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_a_relay_the_day_after_the_release_is_left_alone() -> None:
    text = "Disdag HSS hari ini tarik 64 botol minyak goreng curah tanpa label dari tiga warung Pasar Kandangan, isinya cuma 900 ml."
    assert score(OIL, text, "2026-10-05T18:00:00+08:00") >= CONFIG.threshold
