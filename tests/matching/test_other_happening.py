"""Issue 12, twenty-first round (matcher23): short look-alikes that share a place and a few topic
words with a release but report another happening.

- the same hall, another event: beyond the hall's name the post shares only words most
  announcements use ("dipakai", "keluarga", "kecamatan") — unless the release's title names
  the hall (a park opened is the subject of a post about that park);
- a happening of its own: a mishap ("perahu terbalik") or the villagers' own doing ("hasil
  swadaya") the release does not tell, with none of its figures or dates;
- a relay note about the group's own exhibition trip ("ikut pameran"): an exhibition is a kind
  of event of its own (``events.EVENT_KINDS["pamer"]``), not the release's handover.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
decision test compares with the rule switched off.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.candidates import AnnouncementIndex
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, post

CONFIG = MatchConfig()

# announcements of the window that write the words most releases write ("kecamatan", "keluarga",
# "dipakai"): they make those words common, as a real window does
OTHERS = [
    ann(f"o{i}", f"{what} di Kecamatan {where}. Bantuan dipakai untuk keluarga penerima, kata camat.")
    for i, (what, where) in enumerate([
        ("Penyaluran beras", "Kelua"), ("Pendataan rumah", "Juai"), ("Vaksinasi ternak", "Halong"),
        ("Perbaikan jembatan", "Awayan"), ("Pelatihan kader", "Batumandi"), ("Pemeriksaan air", "Lampihong"),
        ("Rapat koordinasi", "Paringin"), ("Sosialisasi pajak", "Tebing Tinggi")])
]


def index(*rows: dict[str, Any]) -> AnnouncementIndex:
    return AnnouncementIndex([announcement_doc(r) for r in [*rows, *OTHERS]])


def score(announcement: dict[str, Any], text: str, published_at: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, published_at), CONFIG)}
    return found.get(announcement["id"], 0.0)


def with_and_without(monkeypatch: pytest.MonkeyPatch, rule: str, off: Any, announcement: dict[str, Any],
                     text: str, published_at: str) -> tuple[float, float]:
    on = score(announcement, text, published_at)
    monkeypatch.setattr(decisions, rule, off)
    return on, score(announcement, text, published_at)


def refusal(announcement: dict[str, Any], text: str, published_at: str) -> str:
    refused: dict[str, str] = {}
    decide(index(announcement), post(text, published_at), CONFIG, refused=refused)
    return refused.get(announcement["id"], "")


# ---------------------------------------------------------------- the same hall, another event

CARTS = ann("c", "PARINGIN – Dinas Koperasi Balangan menyerahkan 64 gerobak usaha kepada pedagang kecil dari "
                 "delapan kecamatan, Rabu (4/11/2026), di Gedung Bina Praja Paringin. Bantuan berupa gerobak, "
                 "payung dan termos es.\n\n\"Gerobak ini dipakai untuk berjualan, jangan dijual,\" kata Kepala "
                 "Dinas Koperasi Balangan. Keluarga penerima akan didampingi petugas.",
            published_at="2026-11-04T11:00:00+08:00", title="64 Pedagang Kecil Balangan Terima Gerobak Usaha")
RECITAL = ("Gedung Bina Praja Paringin sore ini dipakai pentas seni anak TK se-Kecamatan Paringin. "
           "Ajak keluarga datang.")
NEXT_DAY = "2026-11-05T16:00:00+08:00"


def test_a_post_sharing_only_the_hall_and_common_words_tells_of_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # the post is also a person's own story (matcher58's rule, switched off so that this test measures its own)
    monkeypatch.setattr(decisions, "_own_story", lambda post, doc, shared: None)
    on, off = with_and_without(monkeypatch, "_place_only", lambda index, post, doc: [], CARTS, RECITAL, NEXT_DAY)
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_the_refusal_names_the_hall() -> None:
    why = refusal(CARTS, RECITAL, NEXT_DAY)
    assert "same place" in why and "praja" in why


def test_a_relay_of_the_handover_in_that_hall_still_matches() -> None:
    text = "64 pedagang kecil Balangan terima gerobak usaha dari Dinas Koperasi di Gedung Bina Praja Paringin."
    assert score(CARTS, text, NEXT_DAY) >= CONFIG.threshold


PARK = ann("t", "TANJUNG – Bupati Tabalong meresmikan Taman Sanggam Tanjung, Senin (9/11/2026). Taman dibuka untuk "
                "umum setiap hari pukul 06.00 sampai 22.00 dengan lapangan basket dan panggung terbuka.\n\n"
                "\"Taman ini dipakai keluarga untuk bermain, jaga kebersihannya,\" kata Bupati.",
           published_at="2026-11-09T10:00:00+08:00", title="Bupati Resmikan Taman Sanggam Tanjung")


def test_a_post_about_the_park_a_release_opens_shares_its_subject() -> None:
    # the venue is the release's subject (its title names it): common words beside it relay it;
    # the same words beside a hall the release only holds its event in do not
    text = "Taman Sanggam Tanjung dipakai keluarga tiap hari, kata camat."
    found = index(PARK)
    assert decisions._place_only(found, post(text, "2026-11-10T08:00:00+08:00"), found.by_id["t"]) == []
    elsewhere = dict(PARK, id="e", title="Bupati Tabalong Serahkan Bantuan Alat Olahraga")
    found = index(elsewhere)
    assert decisions._place_only(found, post(text, "2026-11-10T08:00:00+08:00"), found.by_id["e"]) != []


# ---------------------------------------------------------------- a happening of its own

BOATMEN = ann("b", "KANDANGAN – Dinas Pariwisata Hulu Sungai Selatan melatih 28 motoris perahu wisata susur sungai "
                   "di Loksado, Sabtu (7/11/2026). Pelatihan meliputi keselamatan penumpang, pertolongan pertama "
                   "dan pelayanan wisatawan.\n\nSetiap motoris menerima pelampung dan helm.",
              published_at="2026-11-07T10:00:00+08:00", title="28 Motoris Perahu Wisata Loksado Dilatih")
CAPSIZED = "Perahu wisata susur sungai terbalik di Loksado, semua penumpang selamat ditolong motoris."
LATER = "2026-11-12T09:00:00+08:00"


def test_a_mishap_the_release_does_not_tell_is_another_happening(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_own_happening", lambda post, doc: [], BOATMEN, CAPSIZED, LATER)
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_the_refusal_names_the_mishap() -> None:
    assert "terbalik" in refusal(BOATMEN, CAPSIZED, LATER)


LAMPS = ann("l", "AMUNTAI – Dinas Perhubungan Hulu Sungai Utara memasang lampu jalan tenaga surya di Kecamatan "
                 "Babirik, Kamis (5/11/2026). Lampu dipasang di jalan desa menuju dermaga.\n\n\"Jalan desa tidak "
                 "gelap lagi,\" kata Kepala Dishub HSU.",
            published_at="2026-11-05T10:00:00+08:00", title="Dishub HSU Pasang Lampu Jalan Tenaga Surya di Babirik")
OWN_LAMPS = "Warga Babirik pasang lampu jalan tenaga surya di jalan desa menuju dermaga, hasil swadaya."


def test_the_villagers_own_doing_is_another_happening(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_own_happening", lambda post, doc: [], LAMPS, OWN_LAMPS, LATER)
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_a_relay_repeating_the_releases_figures_is_no_other_happening() -> None:
    # the word is there, but the post repeats the release's count and day: it relays it
    text = "28 motoris perahu wisata Loksado dilatih Dispar HSS Sabtu 7/11, biar tidak ada perahu terbalik lagi."
    assert decisions._own_happening(post(text, LATER), index(BOATMEN).by_id["b"]) == []


def test_a_mishap_the_release_tells_itself_is_relayed() -> None:
    release = ann("r", "BARABAI – Sebuah perahu penumpang terbalik di Sungai Barabai, Selasa (10/11/2026). BPBD HST "
                       "menolong enam penumpang.", published_at="2026-11-10T12:00:00+08:00",
                  title="Perahu Terbalik di Sungai Barabai")
    text = "Perahu penumpang terbalik di Sungai Barabai, penumpang ditolong BPBD HST."
    assert decisions._own_happening(post(text, LATER), index(release).by_id["r"]) == []


# ---------------------------------------------------------------- the group's own exhibition

PONDS = ann("k", "PELAIHARI – Bupati Tanah Laut menyerahkan 18 kolam terpal kepada Kelompok Pembudidaya Lele di "
                 "Desa Kurau, Kecamatan Bumi Makmur, Selasa (10/11/2026). Kolam dilengkapi pompa dan benih.\n\n"
                 "\"Kelompok pembudidaya harus menjaga kolamnya,\" kata Bupati.",
            published_at="2026-11-10T10:00:00+08:00", title="Bupati Tala Serahkan 18 Kolam Terpal di Kurau")
EXPO = "Kelompok pembudidaya Kurau ikut pameran perikanan di Pelaihari."


def test_a_note_on_the_groups_own_exhibition_relays_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert score(PONDS, EXPO, "2026-11-13T09:00:00+08:00") == 0.0
    # (the exhibition read as no kind of action: the note relays the handover)
    monkeypatch.setattr(decisions, "_other_event", lambda post, doc: [])
    assert score(PONDS, EXPO, "2026-11-13T09:00:00+08:00") >= CONFIG.threshold


def test_the_release_telling_the_mishap_is_read_before_its_text_is_let_go() -> None:
    # the matcher reads a release's marks first (and lets its text go), or restores them from
    # the store in a later pass: what mishaps the release tells must survive both
    release = ann("r", "BARABAI – Sebuah perahu penumpang terbalik di Sungai Barabai, Selasa (10/11/2026). BPBD HST "
                       "menolong enam penumpang.", published_at="2026-11-10T12:00:00+08:00",
                  title="Perahu Terbalik di Sungai Barabai")
    text = "Perahu penumpang terbalik di Sungai Barabai, penumpang ditolong BPBD HST."
    doc = index(release).by_id["r"]
    doc.marks  # noqa: B018 (read as decide reads it)
    assert doc.text == ""
    assert decisions._own_happening(post(text, LATER), doc) == []
    again = announcement_doc(release)
    assert again.restore(doc.facts())
    assert decisions._own_happening(post(text, LATER), again) == []
    # … and a release telling no mishap still leaves the post's own one its own
    assert decisions._own_happening(post(CAPSIZED, LATER), index(BOATMEN).by_id["b"]) == ["terbalik"]
