"""Issue 12, twenty-sixth round (matcher27): a later or hoped-for step of the programme told as
the post's own.

- a planned later step: written after the release, the post places its event in a month none of
  the release's dates falls in ("direncanakan pertengahan Maret"), or a later year ("tahun
  2028"), and carries none of the release's dates or figures;
- hope, support or rumour of the community ("semoga", "doakan", "katanya", "ayo dukung",
  "sekolah kami") about a stage coming on a day told relative to the post ("besok", "Kamis
  ini");
- a relay of the release's own next step with its date, or with its figures, stays matched.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
decision test compares with the rule switched off.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import post
from tests.matching.test_other_happening import ann, index

CONFIG = MatchConfig()


def score(announcement: dict[str, Any], text: str, published_at: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, published_at), CONFIG)}
    return found.get(announcement["id"], 0.0)


def with_and_without(monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str,
                     published_at: str) -> tuple[float, float]:
    on = score(announcement, text, published_at)
    monkeypatch.setattr(decisions, "_later_step", lambda post, doc, unit=None: None)
    return on, score(announcement, text, published_at)


NURSERY = ann("n", "RANTAU – Dinas Kehutanan Tapin membagikan 3.500 bibit pohon buah kepada kelompok tani hutan "
                   "di Kecamatan Bakarangan, Senin (2/11/2026). Bibit berupa durian, rambutan dan cempedak.\n\n"
                   "\"Bibit ditanam di lahan kritis bantaran sungai,\" kata Kepala Dinas Kehutanan Tapin. "
                   "Penanaman serentak bibit pohon buah di bantaran Sungai Tapin direncanakan pertengahan "
                   "Maret 2027.",
              published_at="2026-11-02T10:00:00+08:00", title="3.500 Bibit Pohon Buah untuk Kelompok Tani Bakarangan")
LATER = "2026-11-12T09:00:00+08:00"


def test_a_planned_later_step_in_a_month_of_its_own_is_another_step(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Nanam bibit pohon buah serentak di bantaran Sungai Tapin rencananya pertengahan Maret, "
            "warga Bakarangan diminta menyiapkan lubang tanam dari sekarang.")
    on, off = with_and_without(monkeypatch, NURSERY, text, LATER)
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_a_relay_with_the_releases_figures_keeps_its_next_step() -> None:
    text = ("Dinas Kehutanan Tapin bagikan 3.500 bibit pohon buah ke kelompok tani hutan Bakarangan; "
            "penanaman serentak di bantaran Sungai Tapin direncanakan pertengahan Maret.")
    assert score(NURSERY, text, LATER) >= CONFIG.threshold


CONTEST = ann("k", "BANJARBARU – Dispora Kalsel membuka Lomba Pidato Bahasa Banjar Pelajar 2026 bagi 48 sekolah "
                   "se-Kalsel, Senin (9/11/2026). Babak final digelar di Aula Gawi Sabarataan, Banjarbaru, "
                   "Kamis (26/11/2026).\n\n\"Bahasa Banjar harus hidup di sekolah,\" kata Kepala Dispora Kalsel. "
                   "Juara menerima piala dan uang pembinaan.",
              published_at="2026-11-09T10:00:00+08:00", title="48 Sekolah Ikuti Lomba Pidato Bahasa Banjar Pelajar")


def test_hope_for_the_coming_final_is_the_communitys_own_view(monkeypatch: pytest.MonkeyPatch) -> None:
    # the post is also a person's own story (matcher58's rule, switched off so that this test measures its own)
    monkeypatch.setattr(decisions, "_own_story", lambda post, doc, shared: None)
    text = ("Final lomba pidato Bahasa Banjar pelajar di Aula Gawi Sabarataan Banjarbaru nanti siang, sekolah kami "
            "masuk final! Ayo dukung.")
    on, off = with_and_without(monkeypatch, CONTEST, text, "2026-11-26T07:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_a_relay_of_the_final_with_its_date_stays_matched() -> None:
    text = ("Final lomba pidato Bahasa Banjar pelajar digelar Kamis 26 November di Aula Gawi Sabarataan "
            "Banjarbaru, diikuti 48 sekolah. Ayo warga ikut!")
    assert score(CONTEST, text, "2026-11-20T08:00:00+08:00") >= CONFIG.threshold


def test_relative_days_are_read_from_the_posts_own_time() -> None:
    found = post("Katanya pengumuman juara Kamis ini, nanti siang gladi, besok berangkat.",
                 "2026-11-24T08:00:00+08:00")  # a Tuesday
    assert [d.isoformat() for d in decisions._told_days(found, found.text)] == ["2026-11-26", "2026-11-24", "2026-11-25"]


SLUM = ann("s", "MARTAPURA – Pemkab Banjar mulai menata kawasan kumuh di Desa Sungai Batang seluas 3,1 hektare, "
                "Kamis (5/11/2026). Penataan meliputi 64 jamban sehat dan 600 meter jalan lingkungan.\n\n"
                "\"Warga ikut bekerja sebagai tukang,\" kata Kepala Dinas Perkim Banjar. Lokasi penataan berikutnya "
                "yang diusulkan adalah Desa Sungai Rangas pada tahun 2028.",
           published_at="2026-11-05T10:00:00+08:00", title="Pemkab Banjar Tata Kawasan Kumuh Sungai Batang")


def test_a_step_placed_in_a_later_year_is_another_step(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Desa Sungai Rangas diusulkan jadi lokasi penataan kawasan kumuh berikutnya tahun 2028, warga diminta "
            "ikut rapat desa.")
    on, off = with_and_without(monkeypatch, SLUM, text, "2026-11-14T09:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_a_closing_wish_is_no_view_of_the_community() -> None:
    assert decisions._OWN_VIEW.search("Semoga bermanfaat, besok jangan lupa datang.") is None
    assert decisions._OWN_VIEW.search("Semoga regu kita juara, besok tampil jam 9.") is not None
    assert decisions._OWN_VIEW.search("desa kita masuk 10 besar") is not None
