"""Issue 12, twenty-fourth round (matcher25): the same circumstances, another event.

A post may share a release's hall, day and official and still tell another kind of event: a
graduation held in the hall the release's training used that day, a meeting, a circular, a
commemoration, a clean-up. ``events.EVENT_KINDS`` now reads those occasions (and contests,
visits, aid and health services, joined to the kinds they are told as); the other-event rule
refuses a post telling an occasion the release does not name anywhere even when it shares the
release's date — unless it carries one of the release's own figures. In a release, an occasion
named only in its body (the background: "sesuai surat edaran", "usulkan lewat musyawarah desa")
is not its own kind, so posts of other kinds are not refused for it.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.events import event_kinds
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()


def kinds(text: str, broad: bool = False) -> frozenset[str]:
    lower = text.lower()
    return event_kinds(lower, set(re.findall(r"[^\W\d_]+", lower)), broad=broad)[0]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ratusan santri diwisuda di pondok, Sabtu.", "upacara"),
    ("Bupati melantik 12 kepala desa hasil pilkades.", "upacara"),
    ("Musrenbang kecamatan digelar di aula.", "rapat"),
    ("Camat menerbitkan surat edaran jam kerja selama Ramadan.", "aturan"),
    ("Warga bagotong royong mambarasihi saluran.", "gotong"),
    ("Upacara peringatan Hari Pahlawan di lapangan kantor bupati.", "peringatan"),
    ("Final turnamen voli antar desa sore ini.", "hasil"),   # a contest is told with its winners
    ("Kunker Gubernur ke lokasi banjir.", "periksa"),        # a visit is told as an inspection
    ("Imunisasi balita di posyandu Melati.", "periksa"),     # a health service as a check
    ("Baznas menyalurkan zakat kepada 30 mustahik.", "serah"),  # aid and charity as a handover
])
def test_the_lexicon_reads_occasions_by_category(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_an_early_warning_is_no_commemoration_nor_done_in_days_an_anniversary() -> None:
    assert kinds("BMKG keluarkan peringatan dini cuaca ekstrem.") == frozenset()
    assert kinds("Izin usaha lewat aplikasi, 2 hari jadi.") == frozenset()


def test_a_releases_occasion_counts_only_in_its_title_and_lead() -> None:
    text = ("Pemkab Bagikan 200 Paket Benih\nDinas Pertanian membagikan 200 paket benih padi, Senin. "
            "Penerima diusulkan lewat musyawarah desa. Pembagian sesuai surat edaran bupati.")
    assert kinds(text, broad=True) == frozenset({"serah"})
    assert "rapat" in kinds("Bupati Buka Musrenbang\nMusrenbang digelar Senin di aula.", broad=True)


# ---------------------------------------------------------------- the same hall and day, another event

TRAINING = ann("t", "AMUNTAI – Dinas Pemadam Kebakaran HSU melatih 45 marbot masjid memakai alat pemadam api "
                    "ringan, Sabtu (14/11/2026), di Gedung Paliwara Amuntai. Setiap masjid menerima satu tabung "
                    "pemadam.\n\n\"Marbot jadi penjaga pertama,\" kata Kepala Damkar HSU.",
               published_at="2026-11-14T10:00:00+08:00", title="45 Marbot Masjid di Amuntai Dilatih Memadamkan Api")
GRADUATION = "Gedung Paliwara Amuntai dipakai wisuda 90 murid TK se-Amuntai, Sabtu (14/11)."
LATER = "2026-11-16T09:00:00+08:00"


def score(announcement: dict[str, Any], text: str, published_at: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, published_at), CONFIG)}
    return found.get(announcement["id"], 0.0)


def test_a_graduation_in_the_training_hall_on_its_day_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = index(TRAINING).by_id["t"]
    assert decisions._other_event(post(GRADUATION, LATER), doc) == ["upacara"]
    # before this round the shared day let it through: the post told no kind of action
    monkeypatch.setattr(decisions, "OCCASION_KINDS", frozenset())
    assert decisions._other_event(post(GRADUATION, LATER), doc) == []


def test_an_occasion_post_carrying_the_releases_figures_relays_it() -> None:
    text = "Sabtu (14/11) di Gedung Paliwara Amuntai 45 marbot masjid juga ikut rapat pengurus masjid."
    assert decisions._other_event(post(text, LATER), index(TRAINING).by_id["t"]) == []


def test_an_occasion_the_release_names_in_its_body_is_its_own() -> None:
    release = ann("d", "BANJARBARU – Dinsos memulai pendataan keluarga miskin di 20 kelurahan, Senin (2/11/2026), "
                       "sampai 30 November. Warga yang belum terdata mengusulkan diri lewat musyawarah kelurahan.",
                  published_at="2026-11-02T10:00:00+08:00", title="Pendataan Keluarga Miskin Dimulai")
    text = "Belum terdata sampai 30 November? Usulkan di musyawarah kelurahan ya."
    assert decisions._other_event(post(text, "2026-11-05T09:00:00+08:00"), index(release).by_id["d"]) == []


def test_a_relay_of_the_training_still_matches() -> None:
    text = "45 marbot masjid Amuntai dilatih Damkar HSU memakai pemadam api di Gedung Paliwara, Sabtu (14/11)."
    assert score(TRAINING, text, LATER) >= CONFIG.threshold


# ---------------------------------------------------------------- a month of its own, moved to

DRILL = ann("s", "MARTAPURA – BPBD Banjar menggelar simulasi banjir bagi 300 warga Desa Sungai Tabuk, Rabu "
                 "(18/11/2026).\n\nSimulasi berikutnya dijadwalkan di Astambul pada Maret 2027. (bpbd)",
            published_at="2026-11-18T10:00:00+08:00", title="300 Warga Sungai Tabuk Ikut Simulasi Banjir")
MOVED = "Simulasi banjir di Astambul yang dijadwalkan Maret 2027 diundur ke April karena jembatan diperbaiki."


def test_an_event_moved_to_a_month_the_release_does_not_give_is_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = index(DRILL).by_id["s"]
    assert decisions._named_month_elsewhere(post(MOVED, LATER), doc) == "April"
    # April is one month from the release's Maret: without the moved-to reading it is near enough
    monkeypatch.setattr(decisions, "_MOVED_TO", re.compile(r"(?!)"))
    assert decisions._named_month_elsewhere(post(MOVED, LATER), doc) is None


def test_a_post_keeping_the_releases_month_is_not_moved() -> None:
    text = "Simulasi banjir di Astambul tetap Maret 2027, tidak diundur ke bulan lain."
    assert decisions._named_month_elsewhere(post(text, LATER), index(DRILL).by_id["s"]) is None
