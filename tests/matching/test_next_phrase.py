"""Issue 12, fifth round: the next event read from the sentence that announces it.

The fourth round told a release's next event from its own by event word lists (a ceremony, a
selection). A release announces its next event in any words: the winners "will perform at the
anniversary's arts night", "will represent the kabupaten at the provincial level", the trained
volunteers "will be installed at the disaster-readiness parade in October". The next event's
facts are read from that sentence — its phrase, level, place and date — and its subject (the
winners, the volunteers) is neither event's evidence: a figure counting it ("40 relawan") does
not say that a post relays the release's own event. A post about the next event alone is
another event; a post relaying the release (its own facts, its schedule before the day, or
written while its own event goes on) still amplifies it.

Every text here is made up for the rule it checks; none is taken from a labelled set. The
score tests compare with the rule switched off, so each shows what the rule changes.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc
from crawler.matching.textnorm import ahead_terms, clean_text, next_event
from tests.matching.test_generalize import ann, index, post

# a school choir contest; its winners will perform at the anniversary's arts night
CHOIR = ann("c", "Lomba Paduan Suara Pelajar Tabalong 2024 berlangsung di Gedung Pusat Kegiatan Tanjung, Rabu "
                 "(6/11/2024), diikuti 22 kelompok paduan suara. Pemenang pertama diraih paduan suara SMAN 1 "
                 "Tanjung. \"Bakat menyanyi harus terus dibina,\" kata Kadisdik Tabalong, H. Rusdi. Para pemenang "
                 "akan tampil pada gelar seni peringatan Hari Jadi Tabalong di Tanjung, 12 Desember.",
            published_at="2024-11-06T16:00:00+08:00", title="Lomba Paduan Suara Pelajar Tabalong, SMAN 1 Tanjung Terbaik")

# a kabupaten's Quran recital contest; its winners will represent it at the provincial level
MTQ = ann("m", "MTQ ke-40 Kabupaten Balangan ditutup Bupati di Paringin, Sabtu (4/5/2024). Musabaqah diikuti 312 "
               "peserta dari 8 kecamatan, dan Kecamatan Juai meraih juara umum. \"Para juara akan mewakili Balangan "
               "pada MTQ tingkat provinsi di Banjarmasin,\" ujar Kabag Kesra, Hj. Rahmah.",
          published_at="2024-05-04T18:00:00+08:00", title="Juai Juara Umum MTQ ke-40 Balangan")

# a disaster-readiness training; the 40 volunteers it trained will be installed in October
VOLUNTEERS = ann("r", "BPBD Hulu Sungai Utara menggelar pelatihan desa tangguh bencana di Aula BPBD Amuntai, 2-3 Juli "
                      "2024. Pelatihan diikuti 40 relawan, dibimbing 12 instruktur dari BNPB. Relawan akan dikukuhkan pada apel "
                      "siaga bencana di Lapangan Pahlawan Amuntai, Oktober.",
                 published_at="2024-07-03T15:00:00+08:00", title="BPBD HSU Latih Desa Tangguh Bencana")

WIDE = MatchConfig(threshold=0.0, horizon_days=120)


def score(announcement: dict[str, Any], text: str, published_at: str) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, published_at), WIDE)}
    return found.get(announcement["id"], 0.0)


def with_and_without(monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str,
                     published_at: str) -> tuple[float, float]:
    """The post's score with the rule, and with the next-event rule finding nothing."""
    ruled = score(announcement, text, published_at)
    monkeypatch.setattr(decisions, "_next_said", lambda post, doc: ([], frozenset()))
    return ruled, score(announcement, text, published_at)


def contradictions(announcement: dict[str, Any], text: str, published_at: str) -> list[str]:
    found = decide(index(announcement), post(text, published_at), WIDE)
    return [c for d in found if d.announcement_id == announcement["id"] for c in d.evidence.get("contradictions", [])]


# ---------------------------------------------------------------- what a release says

def test_the_next_event_sentence_is_read_without_its_subject_and_its_speaker() -> None:
    found = next_event(clean_text(MTQ["title"] + "\n\n" + MTQ["text"]))
    assert found.subject == {"juara"}
    assert "tingkat provinsi" in found.next_text
    assert "Para juara" not in found.next_text and "Rahmah" not in found.next_text  # the speaker is the release's
    assert "Rahmah" in found.own_text
    # an abbreviated title ("H. Rusdi", "Hj. Rahmah") does not end a sentence
    found = next_event(clean_text(CHOIR["title"] + "\n\n" + CHOIR["text"]))
    assert "Rusdi" not in found.next_text and "Rusdi" in found.own_text
    # the clauses about the subject (who won) are the subject's, not the own event's
    assert "SMAN 1" in found.subject_text and "22 kelompok" in found.own_text


def test_the_next_event_words_level_place_and_date_are_the_next_event_facts() -> None:
    assert {"provinsi", "banjarmasin"} <= announcement_doc(MTQ).next_phrase
    choir = announcement_doc(CHOIR)
    assert {"seni", "date:12-12"} <= choir.next_phrase
    assert "date:12-12" not in choir.next_event[2] and {"22", "date:6-11"} <= choir.next_event[2]


def test_a_figure_counting_the_next_event_subject_is_not_the_own_event_figure() -> None:
    _own, following, facts, _scheduled = announcement_doc(VOLUNTEERS).next_event
    assert "lantik" in following
    assert "40" not in facts  # "40 relawan": the volunteers who will be installed
    assert "12" in facts      # "12 instruktur": the training's own figure


def test_a_subject_the_lead_names_is_the_release_own() -> None:
    # "Safari berikutnya …": the programme's next stop; its figures stay its own
    release = ann("s", "Safari KB di Kecamatan Awayan melayani 150 akseptor, Senin (2/9/2024). Safari berikutnya "
                       "dijadwalkan di Kecamatan Halong pada Oktober.", published_at="2024-09-02T15:00:00+08:00")
    found = next_event(clean_text(release["text"]))
    assert found.subject == frozenset()
    assert "150" in announcement_doc(release).next_event[2]


def test_a_post_writes_ahead_what_it_says_comes_next() -> None:
    text = "Selamat juara lomba paduan suara! Nanti tampil di gelar seni Hari Jadi."
    assert {"seni", "ampil"} <= ahead_terms(text)
    assert ahead_terms("Paduan suara tampil di gelar seni Hari Jadi.") == frozenset()


# ---------------------------------------------------------------- posts about the next event

@pytest.mark.parametrize(("announcement", "text", "published_at"), [
    (CHOIR, "Paduan suara SMAN 1 Tanjung tampil memukau di gelar seni Hari Jadi Tabalong.", "2024-12-12T22:00:00+08:00"),
    (MTQ, "Qoriah Balangan meraih juara 2 pada MTQ tingkat provinsi di Banjarmasin.", "2024-06-20T10:00:00+08:00"),
    (VOLUNTEERS, "Pengukuhan 40 relawan desa tangguh bencana HSU pada apel siaga bencana di Lapangan Pahlawan "
                 "Amuntai.", "2024-10-15T10:00:00+08:00"),
])
@pytest.mark.usefixtures("earlier_rules_alone")
def test_a_post_about_the_next_event_alone_is_another_event(
        monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str, published_at: str) -> None:
    assert any(c.startswith("next:") for c in contradictions(announcement, text, published_at))
    ruled, unruled = with_and_without(monkeypatch, announcement, text, published_at)
    assert ruled < MatchConfig().threshold <= unruled


# ---------------------------------------------------------------- posts relaying the release

@pytest.mark.parametrize(("announcement", "text", "published_at"), [
    # its schedule relayed as what comes next, before the day
    (CHOIR, "Selamat SMAN 1 Tanjung juara lomba paduan suara pelajar Tabalong! Nanti tampil di gelar seni Hari "
            "Jadi Tabalong 12 Desember.", "2024-11-07T10:00:00+08:00"),
    # the own event's figure, after the next event's day
    (CHOIR, "Lomba paduan suara pelajar Tabalong diikuti 22 kelompok, juara SMAN 1 Tanjung tampil di gelar seni "
            "Hari Jadi.", "2024-12-13T10:00:00+08:00"),
    # written while the own event is on: it is about that
    (CHOIR, "Paduan suara SMAN 1 Tanjung siap tampil di gelar seni Hari Jadi Tabalong.", "2024-11-08T10:00:00+08:00"),
    # the own event's words outweigh the next one's
    (CHOIR, "Lomba paduan suara pelajar di Gedung Pusat Kegiatan, bakat menyanyi dibina Kadisdik Rusdi, pemenang "
            "tampil di Hari Jadi.", "2024-12-13T10:00:00+08:00"),
    (MTQ, "Kecamatan Juai juara umum MTQ ke-40 Balangan, diikuti 312 peserta.", "2024-06-20T10:00:00+08:00"),
    (VOLUNTEERS, "Pelatihan desa tangguh bencana BPBD HSU diikuti 40 relawan, dibimbing 12 instruktur BNPB, nanti "
                 "dikukuhkan pada apel siaga.", "2024-07-05T10:00:00+08:00"),
])
def test_a_post_relaying_the_release_stays_a_match(
        monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str, published_at: str) -> None:
    assert not any(c.startswith("next:") for c in contradictions(announcement, text, published_at))
    ruled, unruled = with_and_without(monkeypatch, announcement, text, published_at)
    assert ruled == unruled
    assert ruled >= MatchConfig().threshold


def test_a_round_up_item_about_the_next_event_is_not_judged_by_the_rule() -> None:
    text = ("Kabar pekan ini:\n1. Qoriah Balangan meraih juara 2 pada MTQ tingkat provinsi di Banjarmasin.\n"
            "2. Jalan desa di Kecamatan Awayan selesai diaspal sepanjang 2 kilometer.")
    assert post(text, "2024-06-20T10:00:00+08:00").roundup
    assert decisions._next_said(post(text, "2024-06-20T10:00:00+08:00"), announcement_doc(MTQ)) == ([], frozenset())
