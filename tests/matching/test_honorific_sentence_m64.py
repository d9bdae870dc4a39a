"""Issue 12, session 17 (matcher64): an honorific's dot is no sentence's end.

A paragraph whose sentences each name another kabupaten/kota is read as a round-up written as
running text (``documents._regional_items``). Cut at the dot of an honorific ("Wakil Bupati Tapin
H. Syafrudin …"), a single-event post's opening became a "sentence" naming the official's regency
and the rest another one when it names a place that is also a regency's town (Tanjung, Marabahan):
the post was read as a round-up and none of the single-event readings ran on it — a visit to a jetty
matched the same official's certificate handover on his name alone. With the honorific kept to its
name, the post is one event, and the setting-only reading (``decisions._circumstances_only``)
refuses what shares only who and where. A relay of the handover, naming the official the same way,
still matches. Every text here is made up; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import _regional_items
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-18T17:00:00+08:00"

LAND = ann("l", "Wakil Bupati Tapin, H. Syafrudin Noor, menyerahkan 80 sertifikat tanah program PTSL kepada warga "
                "Desa Binderang di Aula Kantor Kecamatan Lokpaikat, Rabu (18/11/2026). Sertifikat itu diukur dan "
                "diterbitkan Kantor Pertanahan Tapin sejak Juli.",
           published_at="2026-11-18T10:00:00+08:00", title="80 Warga Binderang Terima Sertifikat Tanah PTSL")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(LAND), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


def test_an_honorific_does_not_end_a_sentence() -> None:
    text = "Wakil Bupati Tapin H. Syafrudin Noor meninjau jembatan di Tanjung. Rampung Januari."
    assert _regional_items(text) == [text]


@pytest.mark.parametrize("text", [
    # short: the same official, by name after "H.", visiting a bridge on the way to another regency's town
    "Wakil Bupati Tapin H. Syafrudin Noor sore ini meninjau pembangunan jembatan gantung menuju Tanjung. "
    "Pekerjaan ditargetkan rampung Januari.",
    # Banjar: the same official at a fish market in Marabahan
    "Wabup Tapin H. Syafrudin Noor tadi bajalan ka pasar iwak Marabahan. Rega iwak haruan masih murah jar padagang.",
    # "Hj.": a seminar in another regency's town (this case passed without the rule before fixes30: now it can fail)
    "Wakil Bupati Tapin didampingi Hj. Rahmah Wati membuka seminar parenting di Marabahan. Peserta ibu-ibu majelis "
    "taklim dari sebelas kecamatan.",
    # "drg." and "M." (Muhammad) before the name (fixes30)
    "Wakil Bupati Tapin drg. Syafrudin Noor meninjau jembatan gantung menuju Tanjung. Rampung Januari.",
    "Wakil Bupati Tapin H. M. Syafrudin Noor meninjau jembatan gantung menuju Tanjung. Rampung Januari.",
])
def test_a_post_naming_the_official_only_is_one_event_and_refused(text: str) -> None:
    assert accepted(LAND, text) == 0.0


@pytest.mark.parametrize("text", [
    "Wabup Tapin H. Syafrudin Noor serahkan sertifikat tanah PTSL di Lokpaikat.",
    "Warga Binderang terima 80 sertifikat tanah PTSL dari Wakil Bupati H. Syafrudin Noor. Diserahkan di Aula "
    "Kecamatan Lokpaikat.",
    "Sertifikat tanah PTSL gasan warga Binderang diserahakan Wabup Tapin H. Syafrudin Noor di Lokpaikat, "
    "urang Tanjung gin umpat manonton.",
])
def test_a_relay_naming_the_official_the_same_way_still_matches(text: str) -> None:
    assert accepted(LAND, text) > 0.0
