"""Issue 12, sixth round: look-alikes with figures of their own.

A release often announces what its programme does next: the installation of another group
"pada akhir Oktober" or "bulan depan", the next stop of a market day at another kecamatan, the
next days of a festival. A post about that next occurrence repeats some of the release's words
— and sometimes the very figure the release gives it ("24 kepala puskesmas") — but is another
event. Vague dates ("akhir Oktober", "bulan depan", "pekan depan") are read as the range they
start, so a post's day can be told to fall before the next event (it relays the schedule) or
on and after it (it reports the next event).

Every text here is made up for the rule it checks; none is taken from a labelled set. The
score tests compare with the rule switched off.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post
from tests.matching.test_next_phrase import WIDE, contradictions, score, with_and_without

# the installation of six camat; 24 heads of puskesmas are to be installed at the end of October
CAMAT = ann("c", "Bupati Tabalong melantik enam camat hasil rotasi di Pendopo Bersinar Tanjung, Senin (5/10/2026), "
                 "antara lain Camat Muara Uya, Camat Haruai dan Camat Upau. \"Camat baru harus dekat dengan warga,\" "
                 "kata Bupati Tabalong. Pemkab juga akan melantik 24 kepala puskesmas pada akhir Oktober.",
            published_at="2026-10-05T15:00:00+08:00", title="Bupati Tabalong Lantik Enam Camat Hasil Rotasi")

def test_vague_dates_are_read_as_the_range_they_start() -> None:
    doc = announcement_doc(CAMAT)
    assert doc.next_when == {(10, 24)}  # "akhir Oktober": from the 24th, not from the first
    later = announcement_doc(ann("k", "Dinas Pendidikan melantik 21 kepala sekolah di aula, Senin (13/7/2026). "
                                      "Pengukuhan 12 pengawas sekolah akan dilaksanakan bulan depan.",
                                 published_at="2026-07-13T15:00:00+08:00", title="21 Kepala Sekolah Dilantik"))
    assert (8, 1) in later.next_when  # "bulan depan" after a July release: from 1 August
    week = announcement_doc(ann("w", "Operasi pasar LPG digelar di Lapangan Murjani, Rabu (7/1/2026), 800 tabung. "
                                     "Operasi pasar berikutnya akan digelar pekan depan di Kecamatan Cempaka.",
                                published_at="2026-01-07T15:00:00+08:00", title="Operasi Pasar LPG"))
    assert (1, 12) in week.next_when  # "pekan depan": from the Monday after


def test_the_next_event_with_the_release_figure_after_its_day_is_another_event(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bupati Tabalong melantik 24 kepala puskesmas di Pendopo Bersinar. Selamat bertugas."
    ruled, off = with_and_without(monkeypatch, CAMAT, text, "2026-10-28T11:00:00+08:00")
    assert off >= 0.5 > ruled


@pytest.mark.parametrize(("text", "published_at"), [
    # the schedule relayed before the day: the figure is the release's news
    ("Bupati Tabalong lantik enam camat. 24 kepala puskesmas menyusul dilantik akhir Oktober.",
     "2026-10-06T09:00:00+08:00"),
    # after the day, but with the release's own facts (the six camat, Muara Uya)
    ("Enam camat hasil rotasi dilantik, antara lain Camat Muara Uya, Camat Haruai dan Camat Upau, kemudian "
     "24 kepala puskesmas juga dilantik Bupati Tabalong.", "2026-10-26T09:00:00+08:00"),
])
def test_a_relay_of_the_release_keeps_its_score(monkeypatch: pytest.MonkeyPatch, text: str,
                                                published_at: str) -> None:
    ruled, off = with_and_without(monkeypatch, CAMAT, text, published_at)
    assert ruled == off > 0


# ---------------------------------------------------------------- the next stop of a series

# a cheap market at one kecamatan; the next stop is another kecamatan, a week later
MARKET = ann("m", "Pemerintah Kabupaten Tapin menggelar pasar murah Ramadan di halaman Kantor Kecamatan Tapin Utara, "
                  "Kamis (5/3/2026). Sebanyak 1.200 paket sembako dijual Rp85.000 per paket. \"Setiap KTP boleh "
                  "membeli satu paket,\" kata Kepala Dinas Perdagangan Tapin. Pasar murah berikutnya digelar di "
                  "Kecamatan Binuang pada Kamis (12/3).",
             published_at="2026-03-05T15:00:00+08:00", title="Pasar Murah Ramadan Tapin Digelar di Tapin Utara")

NEXT_STOP = "Pasar murah Ramadan Pemkab Tapin di Kecamatan Binuang hari ini, paket sembako tetap Rp85.000, 600 paket ludes."


def test_a_post_about_the_next_stop_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # on the next stop's day, at the next stop's kecamatan, with the programme's price only
    # (the step-done reading, test_step_done.py, refuses it outright: off so that this rule is measured)
    monkeypatch.setattr(decisions, "_step_done", lambda post, doc, unit=None: [])
    ruled, off = with_and_without(monkeypatch, MARKET, NEXT_STOP, "2026-03-12T11:00:00+08:00")
    assert off >= 0.5 > ruled
    monkeypatch.undo()
    monkeypatch.setattr(decisions, "_step_done", lambda post, doc, unit=None: [])
    found = decide(index(MARKET), post(NEXT_STOP, "2026-03-12T11:00:00+08:00"), WIDE)
    assert "next:binuang" in found[0].evidence["contradictions"]


@pytest.mark.parametrize("text", [
    # the release's own stop and its next one: a relay of both
    "Pasar murah Ramadan Tapin hari ini di Kecamatan Tapin Utara, 1.200 paket Rp85.000, lalu 12 Maret di Binuang.",
    # the next stop in the post's own sentence about what comes next
    "Pasar murah Ramadan Tapin hari ini, 1.200 paket sembako Rp85.000. Pekan depan akan digelar di Binuang.",
])
def test_a_relay_naming_the_next_stop_keeps_its_score(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    ruled, off = with_and_without(monkeypatch, MARKET, text, "2026-03-05T17:00:00+08:00")
    assert ruled == off >= 0.5


# ---------------------------------------------------------------- another day of a multi-day event

FESTIVAL = ann("f", "Bupati Balangan membuka Festival Budaya Balangan 2026 di Lapangan Tugu Paringin, Jumat (9/10/2026) "
                    "malam. Festival yang berlangsung hingga Minggu (11/10) ini diikuti 40 sanggar seni dan lomba "
                    "lagu Banjar. \"Festival ini panggung bagi seniman muda,\" kata Kadisbudpar Balangan.",
               published_at="2026-10-09T22:00:00+08:00", title="Festival Budaya Balangan 2026 Resmi Dibuka")


def test_a_later_day_of_the_event_is_another_day() -> None:
    day_two = "Hari kedua Festival Budaya Balangan di Paringin, pentas lagu Banjar ramai ditonton warga."
    assert "hari:2" in contradictions(FESTIVAL, day_two, "2026-10-10T20:00:00+08:00")
    # the same words without the day: a relay of the festival the release opens
    relay = day_two.replace("Hari kedua Festival", "Festival")
    assert score(FESTIVAL, relay, "2026-10-10T20:00:00+08:00") >= 0.5 > score(
        FESTIVAL, day_two, "2026-10-10T20:00:00+08:00")


@pytest.mark.parametrize("text", [
    # "hari terakhir" is a deadline, not a later day of the event
    "Hari terakhir Festival Budaya Balangan di Lapangan Tugu Paringin, ayo datang, 40 sanggar tampil.",
    # the first day is the release's own
    "Hari pertama Festival Budaya Balangan di Lapangan Tugu Paringin, 40 sanggar seni tampil.",
])
def test_the_first_and_the_last_day_are_no_other_day(text: str) -> None:
    assert not [c for c in contradictions(FESTIVAL, text, "2026-10-10T20:00:00+08:00") if c.startswith("hari:")]


def test_a_release_counting_its_days_is_compared_day_for_day() -> None:
    second = ann("g", "Hari kedua Festival Budaya Balangan di Lapangan Tugu Paringin, Sabtu (10/10/2026), diisi "
                      "lomba lagu Banjar yang diikuti 40 sanggar seni.",
                 published_at="2026-10-10T22:00:00+08:00", title="Hari Kedua Festival Budaya Balangan")
    text = "Hari kedua Festival Budaya Balangan, 40 sanggar seni ikut lomba lagu Banjar di Tugu Paringin."
    assert not contradictions(second, text, "2026-10-11T08:00:00+08:00")


# ---------------------------------------------------------------- another weekday, after the release's days

HEADS = ann("h", "Wali Kota Banjarbaru melantik 21 kepala sekolah SD dan SMP di Aula Gawi Sabarataan, Senin (13/7/2026). "
                 "\"Kepala sekolah harus menolak pungutan liar,\" kata Kepala Dinas Pendidikan Banjarbaru.",
            published_at="2026-07-13T15:00:00+08:00", title="Wali Kota Lantik 21 Kepala Sekolah")


def with_and_without_weekday(monkeypatch: pytest.MonkeyPatch, text: str, published_at: str) -> tuple[float, float]:
    ruled = score(HEADS, text, published_at)
    monkeypatch.setattr(decisions, "_other_weekday", lambda post, doc: [])
    return ruled, score(HEADS, text, published_at)


def test_a_post_on_another_weekday_after_the_release_days_is_another_event(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Wali Kota Banjarbaru melantik kepala sekolah dan pengawas di Aula Gawi Sabarataan, Jumat."
    assert "weekday:jumat" in contradictions(HEADS, text, "2026-08-01T09:00:00+08:00")
    ruled, off = with_and_without_weekday(monkeypatch, text, "2026-08-01T09:00:00+08:00")
    assert ruled < off - 0.1


@pytest.mark.parametrize(("text", "published_at"), [
    # the release's own weekday, relayed late
    ("Wali Kota Banjarbaru melantik 21 kepala sekolah di Aula Gawi Sabarataan, Senin kemarin.", "2026-07-24T09:00:00+08:00"),
    # another weekday while the release's days go on (its week): not told apart by the weekday
    ("Wali Kota Banjarbaru melantik 21 kepala sekolah di Aula Gawi Sabarataan, Jumat.", "2026-07-17T09:00:00+08:00"),
    # a date says which day: the weekday is not read
    ("Wali Kota Banjarbaru melantik 21 kepala sekolah di Aula Gawi Sabarataan, Jumat (13/7).", "2026-08-01T09:00:00+08:00"),
])
def test_a_weekday_the_release_gives_or_a_post_during_its_days_is_no_other_day(
        monkeypatch: pytest.MonkeyPatch, text: str, published_at: str) -> None:
    ruled, off = with_and_without_weekday(monkeypatch, text, published_at)
    assert ruled == off > 0


# ---------------------------------------------------------------- the next event of an anniversary, dated

WALK = ann("j", "Sekitar 12.000 warga mengikuti jalan sehat Hari Jadi ke-40 Kabupaten Balangan di Lapangan Tugu "
                "Paringin, Minggu (5/4/2026). Hadiah umrah diraih warga Desa Batu Piring. \"Terima kasih warga yang "
                "tertib,\" kata Bupati Balangan. Puncak peringatan berupa rapat paripurna DPRD digelar Rabu (8/4), "
                "dilanjutkan malam hiburan rakyat.",
           published_at="2026-04-05T15:00:00+08:00", title="Belasan Ribu Warga Ramaikan Jalan Sehat Hari Jadi Balangan")


def test_the_dated_next_event_of_an_anniversary_within_its_week_is_another_event(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # on the day the release gives its next event, with that date and the edition number only
    text = "Puncak peringatan Hari Jadi ke-40: rapat paripurna DPRD Balangan digelar Rabu (8/4), dihadiri Gubernur."
    ruled, off = with_and_without(monkeypatch, WALK, text, "2026-04-08T12:00:00+08:00")
    assert off >= 0.5 > ruled


def test_the_anniversary_walk_relayed_with_its_schedule_keeps_its_score(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Jalan sehat Hari Jadi ke-40 Balangan diikuti 12.000 warga, umrah untuk warga Batu Piring. "
            "Rapat paripurna DPRD Rabu (8/4).")
    ruled, off = with_and_without(monkeypatch, WALK, text, "2026-04-08T12:00:00+08:00")
    assert ruled == off >= 0.5
