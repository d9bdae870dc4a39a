"""A generic post only on a release's topic — no place, none of the release's dates, figures,
places or names, no link or source line — written by a KIM of another kabupaten/kota than the
one the release is about does not relay it (``decisions._generic_elsewhere``); the same words by
a KIM of the release's own region, a post naming the release's facts, and a release about the
whole province are still matched.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import post_doc
from tests.matching.background import background, index
from tests.matching.test_generalize import ann

CONFIG = MatchConfig()

OTHERS = background("Kegiatan dipantau petugas kecamatan, kata camat.")

MEASLES = ann("m", "MARABAHAN – Dinas Kesehatan Kabupaten Barito Kuala menggelar pekan imunisasi campak di 17 "
                   "kecamatan pada 9–13 November 2026. Sebanyak 21.400 anak usia 9 bulan sampai 6 tahun menjadi "
                   "sasaran, dilayani di posyandu, puskesmas dan sekolah. Imunisasi gratis dan aman.\n\n"
                   "\"Orang tua jangan ragu membawa anaknya ke posyandu,\" kata Kepala Dinkes Batola, dr. Halimah.",
              published_at="2026-11-08T10:00:00+08:00", title="Pekan Imunisasi Campak di Batola, 21.400 Anak Disasar")
LATER = "2026-11-10T09:00:00+08:00"

# the kind: a reminder or advice on the topic, naming nothing of one event, in several wordings
GENERIC = [
    "Ibu-ibu, jangan lupa bawa anak ke posyandu untuk imunisasi campak ya. Gratis dan aman kata bidan, "
    "sasarannya anak usia 9 bulan sampai 6 tahun.",
    "Bubuhan ibu, anak-anak dibawa ka posyandu lah gasan imunisasi campak, kada bayar, aman jar bidan. "
    "Anak umur 9 bulan sampai 6 tahun.",
    "Ayo bawa anak usia 9 bulan sampai 6 tahun ke posyandu untuk imunisasi campak, gratis dan aman. Orang "
    "tua jangan ragu membawa anaknya, kata bidan.",
]
# relays that must still match: they carry the release's facts
RELAYS = [
    "Pekan imunisasi campak di Batola 9–13 November, 21.400 anak disasar, gratis di posyandu.",
    "Dinkes Barito Kuala imunisasi campak 21.400 anak di 17 kecamatan, bawa anak ka posyandu lah.",
    "Jar dr. Halimah, anak umur 9 bulan sampai 6 tahun dibawa ka posyandu gasan imunisasi campak, kada bayar "
    "wan aman. Pekannya 9 sampai 13 November.",
]


def post(text: str, region: str | None) -> Any:
    return post_doc({"id": "p", "kim_id": "kim", "title": "", "text": text, "published_at": LATER,
                     "links": [], "kim_region": region})


def matched(text: str, region: str | None, announcement: dict[str, Any] = MEASLES) -> bool:
    return any(d.announcement_id == announcement["id"]
               for d in decide(index(OTHERS, announcement), post(text, region), CONFIG))


@pytest.mark.parametrize("text", GENERIC)
def test_a_generic_post_from_another_region_is_only_on_the_topic(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not matched(text, "Kabupaten Hulu Sungai Utara")
    monkeypatch.setattr(decisions, "_generic_elsewhere", lambda post, doc, shared: None)
    assert matched(text, "Kabupaten Hulu Sungai Utara")  # fails without the rule


@pytest.mark.parametrize("text", GENERIC)
def test_the_same_words_from_the_release_s_own_region_are_relayed(text: str) -> None:
    assert matched(text, "Kabupaten Barito Kuala")


@pytest.mark.parametrize("text", RELAYS)
def test_a_relay_with_the_release_s_facts_matches_from_anywhere(text: str) -> None:
    assert matched(text, "Kabupaten Hulu Sungai Utara")


def test_a_source_line_says_it_relays() -> None:
    assert matched("Sumber: Dinkes\n\n" + GENERIC[0], "Kabupaten Hulu Sungai Utara")


def test_a_release_for_the_whole_province_speaks_to_every_region() -> None:
    province = ann("v", "BANJARBARU – Dinas Kesehatan Provinsi Kalimantan Selatan mengajak orang tua membawa anak ke "
                        "posyandu untuk imunisasi campak. Imunisasi gratis dan aman bagi anak usia 9 bulan sampai "
                        "6 tahun, kata Kepala Dinkes Kalsel.",
                   published_at="2026-11-08T10:00:00+08:00", title="Dinkes Kalsel Ajak Orang Tua Imunisasi Campak")
    doc = index(OTHERS, province).by_id["v"]
    assert decisions._generic_elsewhere(post(GENERIC[0], "Kabupaten Hulu Sungai Utara"), doc, frozenset()) is None


def test_a_kim_of_unknown_region_is_read_as_before() -> None:
    assert matched(GENERIC[0], None)
