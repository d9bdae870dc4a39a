"""Issue 12, session 16 (matcher62): the object read to its naming word, in any clause.

The fifty-eighth round (:func:`decisions._other_object`) read the word right after the object's head
as the one that says *which*. When that word is itself generic — a permit, a business, a service, a
load ("klinik izin usaha perikanan", "razia kendaraan … muatan batu bara") — the naming word comes
later; and a word of the release the post uses in another clause for another thing ("pemilik
tambak", "truk … muatan pasir") is no fact of the release passed on. A relay still names the
release's object in its title's or lead's words. Every text here is made up for the rule it checks;
none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-18T15:00:00+08:00"

WELLS = ann("w", "Dinas ESDM Provinsi Kalimantan Selatan mencatat 90 sumur bor milik usaha di Banjarbaru belum "
                 "memiliki izin air tanah. ESDM membuka klinik izin air tanah gratis pada 23–27 November 2026 di "
                 "kantor dinas, Banjarbaru, untuk pemilik hotel dan depot air minum.",
            published_at="2026-11-17T09:00:00+08:00", title="90 Sumur Bor Usaha Belum Berizin, ESDM Buka Klinik Gratis")
TIMBER = ann("t", "Tim gabungan Dinas Kehutanan dan Polres Tapin memeriksa dokumen 30 truk pengangkut kayu di Jalan "
                  "Rantau Baru, Kecamatan Tapin Utara, Selasa (17/11/2026). Empat truk tidak membawa surat sah hasil "
                  "hutan dan muatannya berupa kayu ulin diamankan.",
             published_at="2026-11-17T20:00:00+08:00", title="Razia Angkutan Kayu, Empat Truk Tanpa Dokumen Diamankan")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(WELLS, TIMBER), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize(("announcement", "text"), [
    # passive, the naming word third: another office's permit clinic, for other owners
    (WELLS, "Klinik izin usaha peternakan dibuka Disnak Kalsel 23–27 November di Banjarbaru gasan pemilik kandang."),
    # active, Banjar: a permit clinic whose kind comes after two generic words
    (WELLS, "Dinas Perkebunan mambuka klinik izin usaha sawit di Banjarbaru 23–27 November, pemilik kebun diundang."),
    # another clause carries the cargo: the same road check, another load
    (TIMBER, "Satlantas Polres Tapin menggelar razia kendaraan di Jalan Rantau Baru. Dari 30 kendaraan, empat truk "
             "kelebihan muatan pasir dan ditilang."),
])
def test_the_object_named_deeper_is_refused(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) == 0.0


@pytest.mark.parametrize(("announcement", "text"), [
    (WELLS, "ESDM Kalsel membuka klinik izin air tanah gratis 23–27 November di Banjarbaru, 90 sumur bor belum berizin."),
    (WELLS, "Klinik izin air tanah dibuka ESDM Kalsel 23–27 November di Banjarbaru gasan pemilik hotel wan depot."),
    (TIMBER, "Razia angkutan kayu di Tapin: 30 truk diperiksa, empat truk tanpa dokumen, kayu ulin diamankan."),
])
def test_a_relay_naming_the_release_object_still_matches(announcement: dict[str, Any], text: str) -> None:
    assert accepted(announcement, text) > 0.0
