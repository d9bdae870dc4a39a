"""Issue 12, matcher60: a relay in the writer's voice that passes on the venue or group a release
names (its whole name) keeps its match; the writer's own story without it is still refused.

:func:`decisions._own_story` refuses a post in the writer's own voice that passes on none of the
release's own facts. A venue or group the release names — "Masjid Nurul Iman Sungai Tabuk",
"Sanggar Tari Kembang Rampai", "Kelompok Tani Harapan Jaya" — is such a fact, as much as a figure
or a date: a post knows the winner, the group given the aid, only from the release. Every text
here is made up; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.decisions import _own_story, _relays_named
from crawler.matching.documents import announcement_doc, named_facts
from tests.matching.test_generalize import ann, post

CONTEST = ann("m", "BANJARMASIN – Masjid Nurul Iman Sungai Tabuk, Kabupaten Banjar, meraih juara I Lomba Masjid "
                   "Bersih 2026 yang diumumkan Kanwil Kemenag Kalsel, Jumat (20/11/2026). Juri menilai 52 masjid. "
                   "Hadiah diserahkan Senin depan.",
              published_at="2026-11-20T10:00:00+08:00", title="Masjid Nurul Iman Sungai Tabuk Juara Masjid Bersih")
DANCE = ann("d", "Dinas Pariwisata Kabupaten Tapin memilih Sanggar Tari Kembang Rampai Rantau mewakili Kalimantan "
                 "Selatan di festival tari tingkat nasional, Rabu (18/11/2026). Sebanyak 18 penari akan berangkat.",
            published_at="2026-11-18T10:00:00+08:00", title="Sanggar Kembang Rampai Wakili Kalsel ke Festival Nasional")
FARM = ann("f", "Dinas Pertanian Kabupaten Balangan menyerahkan bantuan traktor kepada Kelompok Tani Harapan Jaya "
                "Desa Lampihong, Kamis (19/11/2026). Bantuan diharapkan mempercepat masa tanam.",
           published_at="2026-11-19T10:00:00+08:00", title="Kelompok Tani di Lampihong Terima Bantuan Traktor")
LATER = "2026-11-25T09:00:00+08:00"


def _found(announcement: dict[str, Any], text: str) -> str | None:
    p = post(text, LATER)
    doc = announcement_doc(announcement)
    return _own_story(p, doc, p.whole.terms & doc.terms)


def test_names_are_read_from_the_body() -> None:
    names = named_facts("Masjid Nurul Iman Sungai Tabuk meraih juara. Kelompok Tani Harapan Jaya Desa Lampihong "
                        "dapat traktor.")
    assert len(names) == 2
    assert any({"nurul", "iman"} <= name for name in names)
    assert any({"harap", "jaya"} <= name and "lampihong" not in name for name in names)
    assert named_facts("masjid dekat rumah kami bersih") == frozenset()


@pytest.mark.parametrize(("announcement", "text"), [
    (CONTEST, "Wah masjid di kampung ulun menang lomba masjid bersih, Nurul Iman Sungai Tabuk. Bangga banar ulun."),
    (CONTEST, "Masjid kami, Masjid Nurul Iman Sungai Tabuk, juara lomba masjid bersih. Alhamdulillah."),
    (DANCE, "Anak kami ikut Sanggar Kembang Rampai Rantau, terpilih mewakili Kalsel ke festival tari nasional. "
            "Semoga sukses."),
    (FARM, "Alhamdulillah kelompok tani kami, Harapan Jaya Lampihong, dapat traktor dari dinas pertanian. Semoga "
           "panen lancar."),
])
def test_relay_with_the_release_named_venue_or_group_is_kept(announcement: dict[str, Any], text: str) -> None:
    p = post(text, LATER)
    assert _relays_named(p, announcement_doc(announcement))
    assert _found(announcement, text) is None


@pytest.mark.parametrize(("announcement", "text"), [
    (CONTEST, "Pagi ini ulun bersih-bersih masjid di kampung gasan lomba masjid bersih. Semoga menang."),
    (DANCE, "Anak kami latihan tari di sanggar tiap sore gasan festival. Capek tapi senang, alhamdulillah."),
    (FARM, "Kapan kelompok tani kami dapat traktor? Sudah lama mengajukan. Semoga tahun ini."),
])
def test_own_story_without_the_name_is_still_refused(announcement: dict[str, Any], text: str) -> None:
    assert _found(announcement, text)
