"""Issue 12, eighteenth round: the next stage of a release, reported when it happens.

A release announces a step to come ("Tim … dijadwalkan memeriksa … pada 12 Oktober", "Petugas
akan mendata …"); days later a village writes that the step is happening or has happened, in
its own words ("tim tadi memeriksa …", "petugas mulai mendata …"). Such a post shares its words
mostly with the release's sentence about what comes, but it reports that step, not the
release's event. The event-kind rule (``decisions._other_event``) reads the step as happening
once the day the release gives it has come, or when the post — written on a later day — tells
it in words of now or the past ("tadi", "sudah", "mulai") and no words of what comes; and, for a
release that reports no kind of action of its own, by the step it announces alone. A post that
relays the announcement (its future words, or the release's own figures) keeps its release.
A release dated for its own event that dates another step days later ("Rombongan pasien
berangkat … pada 15 Oktober") is read by ``decisions._dated_step``: a post told as happening on
or after that day, with no date and none of the release's figures, is that step.

Every text is made up for the rule it checks; each matching test also runs with the rule
switched off, so it shows what the rule changes.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.documents import post_doc
from tests.matching.test_event_kind import matched, with_and_without
from tests.matching.test_generalize import ann

DEFAULT = MatchConfig()

# a release with an action of its own (a market opens), and a step it dates for later
MARKET = ann("a1", "MARTAPURA – Pasar ternak Desa Sungai Rangas mulai beroperasi Jumat (9/10/2026) dengan 60 "
                   "lapak sapi dan kambing. Kepala Dinas Peternakan, Ir. Budi Santoso, mengatakan pasar "
                   "dibangun dengan dana Rp2 miliar. Tim kesehatan hewan provinsi dijadwalkan memeriksa ternak "
                   "di pasar Sungai Rangas pada 12 Oktober.",
             "2026-10-09T10:00:00+08:00", "Pasar Ternak Desa Sungai Rangas Mulai Beroperasi")
# a release reporting no kind of action of its own (a flood), and a step it announces
FLOOD = ann("a2", "AMUNTAI – Banjir setinggi 60 sentimeter merendam 120 rumah di Desa Pematang, Kecamatan "
                  "Banjang, Senin (5/10/2026). Dinas Sosial mendirikan dapur umum di balai desa. Petugas "
                  "Dinsos akan mendata kerusakan perabot warga Desa Pematang untuk bantuan.",
            "2026-10-05T17:00:00+08:00", "Banjir Rendam 120 Rumah di Desa Pematang, Dinsos Dirikan Dapur Umum")


def test_the_dated_step_on_its_day_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Tim kesehatan hewan provinsi tadi memeriksa sapi dan kambing di pasar ternak Sungai Rangas, pedagang antre."
    ruled, unruled = with_and_without(monkeypatch, [MARKET], text, "2026-10-12T15:00:00+08:00")
    assert unruled == {"a1"} and ruled == set()


def test_the_announced_step_of_a_release_without_an_action_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # four days on (before LATER_STEP_DAYS), told in words of now
    text = "Petugas Dinsos mulai mendata kerusakan perabot rumah warga Desa Pematang, lemari dan kasur dicatat."
    ruled, unruled = with_and_without(monkeypatch, [FLOOD], text, "2026-10-09T11:00:00+08:00")
    assert unruled == {"a2"} and ruled == set()


def test_relays_of_the_announced_step_keep_their_release() -> None:
    # the step's schedule relayed before its day, in the release's future words
    before = "Pasar ternak Sungai Rangas sudah buka, tim kesehatan hewan provinsi dijadwalkan memeriksa ternak 12 Oktober."
    assert matched([MARKET], before, "2026-10-10T09:00:00+08:00") == {"a1"}
    # the next day, in the release's own future words
    soon = "Dinsos akan mendata kerusakan perabot warga Desa Pematang yang kebanjiran, petugas mendirikan dapur umum."
    assert matched([FLOOD], soon, "2026-10-06T09:00:00+08:00") == {"a2"}
    # told as happening, but with the release's own figure: the release relayed
    counted = "Petugas Dinsos mulai mendata kerusakan perabot 120 rumah warga Desa Pematang yang terendam banjir."
    assert matched([FLOOD], counted, "2026-10-08T11:00:00+08:00") == {"a2"}


@pytest.mark.parametrize(("text", "now"), [
    ("Tim provinsi tadi meninjau pasar.", True),
    ("Petugas mulai mendata pohon besar.", True),
    ("Kelas origami sudah penuh.", True),
    ("Petugas akan mendata pohon besar.", False),       # what comes
    ("Tim provinsi meninjau pasar besok.", False),
    ("Mulai pekan depan petugas mendata pohon.", False),
    ("Tim provinsi meninjau pasar.", False),            # no word of now
])
def test_words_of_now(text: str, now: bool) -> None:
    doc = post_doc({"id": "p", "kim_id": "kim", "title": "", "text": text,
                    "published_at": "2026-10-09T11:00:00+08:00", "links": []})
    assert decisions._said_now(doc) is now


# ---------------------------------------------------------------- the step a release dates for later

# a release dated for its own event (the count closed on the 5th) that dates another step, its
# lead naming no day (so the dated sentence is not read as its next event's)
CATARACT = ann("a3", "BANJARBARU – Dinas Kesehatan Kota Banjarbaru mendata 15 lansia penderita katarak untuk "
                     "operasi gratis di RSUD Idaman. Data dikumpulkan dari 10 puskesmas hingga Senin (5/10/2026). "
                     "Kepala Dinkes, "
                     "dr. Rina Marlina, mengatakan pemkot menyiapkan bus untuk mengantar pasien dan keluarga. "
                     "Rombongan pasien katarak berangkat ke RSUD Idaman pada 15 Oktober.",
               "2026-10-05T15:00:00+08:00", "Dinkes Banjarbaru Data 15 Lansia Katarak untuk Operasi Gratis")
# a release about an event to come, dated only for it
MARKET_DAY = ann("a4", "BANJARBARU – Dinas Perdagangan menggelar pasar murah di Lapangan Murjani pada 20 Oktober. "
                       "Beras, minyak goreng dan gula dijual di bawah harga pasar untuk warga.",
                 "2026-10-10T10:00:00+08:00", "Pasar Murah di Lapangan Murjani")


def with_and_without_step(monkeypatch: pytest.MonkeyPatch, rows: list[dict[str, str]], text: str,
                          published_at: str) -> tuple[set[str], set[str]]:
    """What the post matches with the dated-step rule, and with it switched off."""
    ruled = matched(rows, text, published_at)
    monkeypatch.setattr(decisions, "_dated_step", lambda post, doc: None)
    return ruled, matched(rows, text, published_at)


def test_the_step_a_release_dates_later_told_on_its_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # the post is also a person's own story (matcher58's rule, switched off so that this test measures its own)
    monkeypatch.setattr(decisions, "_own_story", lambda post, doc, shared: None)
    text = "Pagi ini rombongan pasien katarak berangkat ke RSUD Idaman naik bus, didampingi petugas puskesmas."
    ruled, unruled = with_and_without_step(monkeypatch, [CATARACT], text, "2026-10-15T08:30:00+08:00")
    assert unruled == {"a3"} and ruled == set()


def test_relays_of_a_dated_step_keep_their_release() -> None:
    # before that day, with the date
    before = "Rombongan pasien katarak berangkat ke RSUD Idaman 15 Oktober, bus disiapkan pemkot, keluarga ikut."
    assert matched([CATARACT], before, "2026-10-07T09:00:00+08:00") == {"a3"}
    # on that day, with the release's own figure
    counted = "Pagi ini 15 lansia pasien katarak berangkat ke RSUD Idaman naik bus, didampingi keluarga."
    assert matched([CATARACT], counted, "2026-10-15T08:30:00+08:00") == {"a3"}
    # the day of the only date a release gives: its own event
    market = "Hari ini pasar murah di Lapangan Murjani, warga antre beras, minyak goreng dan gula."
    assert matched([MARKET_DAY], market, "2026-10-20T10:00:00+08:00") == {"a4"}
