"""Issue 12, fourth round: a later event the release announces is another event.

A release names, besides its own event, the event that comes next ("the winners *will* be
called for the provincial selection", "they *will* serve at the ceremony", "the next stage is
scheduled for …"). A single-event post about that next event alone — carrying none of the
release's own stage, dates or figures — is about another event; a post relaying the release's
own event together with its schedule still amplifies it. And an RT/RW number is an address,
never a figure that can contradict.

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
from crawler.matching.textnorm import clean_text, event_marks, next_event, terms
from tests.matching.test_event_stage import score
from tests.matching.test_generalize import ann, index, post

ZERO = MatchConfig(threshold=0.0)

# a wrestling championship's final; its last sentence announces the training camp that follows
FINAL = ann("a", "Perguruan Silat Harimau Banua dari Kecamatan Sungai Raya keluar sebagai juara umum "
                 "Kejuaraan Pencak Silat Bupati Cup Hulu Sungai Selatan 2024 pada partai final di GOR "
                 "Kandangan, Sabtu (28/9/2024). Juara umum menerima piala bergilir dan uang pembinaan "
                 "Rp12 juta dari Bupati. Sebanyak 14 pesilat terbaik akan dipanggil mengikuti pemusatan "
                 "latihan untuk Porprov Kalsel di GOR Kandangan.",
            published_at="2024-09-28T19:00:00+08:00", title="Harimau Banua Juara Umum Silat Bupati Cup")

# the installation of a school's flag troop; it will serve at the district's ceremony
INSTALLED = ann("b", "Kepala Dinas Pendidikan Kabupaten Balangan mengukuhkan 28 anggota pasukan pengibar "
                     "bendera tingkat kabupaten di Aula Dinas Pendidikan Paringin, Jumat (27/9/2024). Mereka "
                     "akan bertugas pada upacara Hari Jadi Kabupaten Balangan di Lapangan Tugu Paringin. "
                     "Para anggota telah berlatih selama 18 hari.",
                published_at="2024-09-27T20:00:00+08:00", title="Kadisdik Kukuhkan 28 Pengibar Bendera")


def with_and_without(monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str,
                     published_at: str = "2024-10-02T10:00:00+08:00") -> tuple[float, float]:
    """The post's score with the rule, and with the next-event rule finding nothing."""
    ruled = score(announcement, text, published_at)
    monkeypatch.setattr(decisions, "_next_said", lambda post, doc: ([], frozenset()))
    return ruled, score(announcement, text, published_at)


# ---------------------------------------------------------------- what a release says

def test_a_release_names_its_own_event_and_the_next_one() -> None:
    found = next_event(clean_text(FINAL["title"] + "\n\n" + FINAL["text"]))
    assert {"hasil", "final"} <= found.own
    assert found.next == {"latihan"}
    found = next_event(clean_text(INSTALLED["title"] + "\n\n" + INSTALLED["text"]))
    assert found.own == {"lantik"}
    assert found.next == {"upacara"}  # "berlatih selama 18 hari" is told, not announced: no next event


def test_a_date_after_the_release_own_event_is_the_next_event() -> None:
    found = next_event("Pendaftaran Lomba Perahu Dibuka\nPendaftaran lomba perahu dibuka 1-10 Juni 2025 di "
                       "kantor camat. Pengumuman pemenang 20 Juni di balai desa. Peserta membawa KTP.")
    assert "daftar" in found.own
    assert found.next == {"hasil"}
    assert "KTP" in found.own_text and "20 Juni" in found.next_text


def test_no_next_event_when_the_release_names_no_event_of_its_own() -> None:
    # nothing to tell the next event from: the release's own event has no stage or event word
    found = next_event("Warga Gotong Royong\nWarga bergotong royong membersihkan parit. Pendaftaran relawan "
                       "berikutnya akan dibuka bulan depan.")
    assert found.own == frozenset() and found.next == frozenset()


def test_a_post_relaying_the_schedule_names_it_ahead() -> None:
    marks = event_marks("Selamat buat pesilat kita! Nanti yang terbaik ikut pemusatan latihan Porprov.")
    assert "latihan" in marks.events and marks.ahead == {"latihan"}
    assert event_marks("Pemusatan latihan pesilat Porprov dimulai di GOR.").ahead == frozenset()


# ---------------------------------------------------------------- scores

def test_a_post_about_the_announced_training_camp_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Pesilat terbaik Bupati Cup mengikuti pemusatan latihan untuk Porprov Kalsel di GOR Kandangan."
    ruled, unruled = with_and_without(monkeypatch, FINAL, text)
    assert ruled < unruled - 0.2


def test_a_post_about_the_announced_ceremony_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Upacara Hari Jadi Kabupaten Balangan di Lapangan Tugu Paringin berlangsung khidmat. Pengibar "
            "bendera bertugas dengan baik.")
    evidence = [d.evidence for d in decide(index(INSTALLED), post(text, "2024-10-01T11:00:00+08:00"), ZERO)]
    assert any("next:upacara" in e.get("contradictions", []) for e in evidence)
    ruled, unruled = with_and_without(monkeypatch, INSTALLED, text, "2024-10-01T11:00:00+08:00")
    assert ruled < unruled - 0.2


def test_a_post_relaying_the_release_own_event_and_its_schedule_stays_a_match(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the own event's figure (28 anggota) and stage (dikukuhkan) are relayed along with the ceremony
    text = ("28 anggota pengibar bendera Balangan dikukuhkan Kadisdik di Paringin. Mereka akan bertugas pada "
            "upacara Hari Jadi Kabupaten Balangan.")
    ruled, unruled = with_and_without(monkeypatch, INSTALLED, text, "2024-09-28T08:00:00+08:00")
    assert ruled == unruled
    assert ruled >= MatchConfig().threshold
    # and a post that names the next event only as what comes next relays the schedule too
    text = ("Selamat Harimau Banua juara umum silat Bupati Cup HSS! Nanti 14 pesilat terbaik ikut pemusatan "
            "latihan Porprov.")
    ruled, unruled = with_and_without(monkeypatch, FINAL, text, "2024-09-29T08:00:00+08:00")
    assert ruled == unruled


def test_a_round_up_item_is_not_judged_by_the_rule() -> None:
    text = ("Kabar pekan ini:\n1. Upacara Hari Jadi Kabupaten Balangan di Lapangan Tugu Paringin berlangsung "
            "khidmat.\n2. Jalan desa di Kecamatan Awayan selesai diaspal sepanjang 2 kilometer.")
    doc = announcement_doc(INSTALLED)
    assert post(text).roundup
    assert decisions._next_event(post(text), doc) == []


# ---------------------------------------------------------------- RT and RW

@pytest.mark.parametrize(("text", "address", "figure"), [
    ("Disebarkan ke grup WA RT 03: jadwal posyandu", "rt3", "03"),
    ("Warga RT.05/RW.01 kerja bakti", "rw1", "01"),
    ("Jalan di RW 2 diperbaiki", "rw2", "2"),
])
def test_an_rt_rw_number_is_an_address_not_a_figure(text: str, address: str, figure: str) -> None:
    found = terms(text).terms
    assert address in found
    assert figure not in found


def test_an_rt_number_does_not_count_against_a_match() -> None:
    release = ann("r", "Posyandu Melati Desa Sungai Tabuk membuka layanan imunisasi dan penimbangan balita "
                       "gratis setiap Selasa pukul 08.00 di balai desa.")
    base = "Posyandu Melati Desa Sungai Tabuk buka layanan imunisasi dan penimbangan balita gratis tiap Selasa."
    found = decide(index(release), post("Disebarkan ke grup WA RT 03: " + base), ZERO)
    assert [d.evidence["post_only_facts"] for d in found] == [[]]
    # no more than the word "RT" weighs: the same as the line without the number
    assert found[0].score == pytest.approx(score(release, "Disebarkan ke grup WA RT: " + base), abs=0.03)


# a draw announced with its date: a post carrying that date before the day relays the schedule
DRAW = ann("d", "Pemkab Tabalong menggelar Gebyar Retribusi Pasar 2024: pedagang yang membayar retribusi "
                "tepat waktu mendapat satu kupon, Senin (16/9/2024). Undian akan dilakukan pada "
                "malam Hari Jadi Tabalong, 25 Oktober 2024, di Tanjung. Hadiah utama dua unit sepeda "
                "motor dan 30 paket sembako.",
           published_at="2024-09-16T10:00:00+08:00", title="Gebyar Retribusi Pasar Tabalong Diluncurkan")


def test_the_date_the_release_gives_its_next_event_relays_its_schedule_before_that_day() -> None:
    doc = announcement_doc(DRAW)
    own, following, _facts, scheduled = doc.next_event
    assert "undi" in following and "date:25-10" in scheduled
    text = "Pedagang pasar Tanjung, bayar retribusi tepat waktu lah, diundi 25 Oktober, hadiahnya motor!"
    assert decisions._next_event(post(text, "2024-09-20T10:00:00+08:00"), doc) == []
    # on the day of the draw and after it, a post about the draw is about the draw
    assert decisions._next_event(post(text, "2024-10-26T10:00:00+08:00"), doc) == ["next:undi"]
