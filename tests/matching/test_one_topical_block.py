"""Issue 12, thirty-second round: one topical block is that block.

A post's blocks on an announcement's topic are scored together; when only one is, the "union" was
a copy of that block without its text, its list line or its being a round-up item. A round-up's
headline restating a release's whole title, with no fact to share, then lost the rule that such a
headline names the release (it read as topic words only), whenever the copy scored at least as
high as the item itself — which of the two won could even depend on the order floats were summed.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
LATER = "2026-12-12T19:00:00+08:00"

EDICT = ann("edict", "PARINGIN – Bupati Balangan menerbitkan surat edaran tentang pembersihan saluran dan "
                     "normalisasi parit permukiman menjelang musim hujan, Senin (7/12/2026). Camat dan lurah "
                     "diminta menggerakkan warga bergotong royong setiap Jumat pagi.",
             published_at="2026-12-07T09:00:00+08:00",
             title="Bupati Terbitkan Edaran Pembersihan Saluran dan Normalisasi Parit Permukiman")
WELDING = ann("welding", "TANJUNG – Dinas Tenaga Kerja Tabalong melatih 45 pemuda keterampilan las listrik di "
                         "Balai Latihan Kerja Tanjung selama 12 hari, Selasa (8/12/2026).",
              published_at="2026-12-08T10:00:00+08:00",
              title="45 Pemuda Tabalong Ikuti Pelatihan Las Listrik di BLK")

ROUNDUP = ("Rangkuman kabar sepekan:\n"
           "• Bupati Terbitkan Edaran Pembersihan Saluran dan Normalisasi Parit Permukiman\n"
           "• Disnaker Tabalong latih 45 pemuda las listrik di BLK Tanjung, 12 hari.")


def test_a_headline_restating_a_release_s_title_names_it_in_a_round_up() -> None:
    found = {d.announcement_id: d for d in decide(index(EDICT, WELDING), post(ROUNDUP, LATER), CONFIG)}
    assert set(found) == {"edict", "welding"}
    assert found["edict"].evidence["unit"] == "block 1"  # the heading has no terms


NUMBERED = ("📋 KABAR MINGGU INI\n"
            "1. bupati terbitkan edaran pembersihan saluran dan normalisasi parit permukiman\n"
            "2. 45 Pemuda Tabalong Ikuti Pelatihan Las Listrik di BLK")


def test_an_item_scoring_as_high_as_what_is_left_of_the_post_is_the_unit() -> None:
    # once the training's release is matched on item 2, what is left of the whole post is item 1's
    # words: the item, a headline restating the edict's title, is the unit, not the whole post
    found = {d.announcement_id: d for d in decide(index(EDICT, WELDING), post(NUMBERED, LATER), CONFIG)}
    assert set(found) == {"edict", "welding"}
