"""Issue 12, tenth round (matcher11): what a casual relay writes differently from its release.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
decision test compares with the rule switched off.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import textnorm
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import terms
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()

# a kabupaten's budget for next year, passed by its council
BUDGET = ann("b", "DPRD Kabupaten Balangan menyetujui Rancangan APBD 2028 sebesar Rp2,3 triliun dalam rapat "
                  "paripurna, Kamis (5/11/2027). Sebanyak Rp315 miliar dialokasikan untuk irigasi dan jalan "
                  "usaha tani. \"Dana desa naik menjadi rata-rata Rp1,2 miliar per desa,\" kata Bupati Balangan.",
             published_at="2027-11-05T15:00:00+08:00",
             title="APBD Balangan 2028 Ditetapkan Rp2,3 Triliun, Irigasi Jadi Prioritas")
WHEN = "2027-11-06T09:00:00+08:00"


def accepted(announcement: dict[str, Any], text: str, published_at: str = WHEN) -> float:
    found = {d.announcement_id: d.score for d in decide(index(announcement), post(text, published_at), CONFIG)}
    return found.get(announcement["id"], 0.0)


# ---------------------------------------------------------------- "Rp2,3 T", "315 M"

@pytest.mark.parametrize("short, long", [
    ("APBD Rp2,3 T", "APBD Rp2,3 triliun"),
    ("dapat Rp315 M", "dapat Rp315 miliar"),
    ("dapat 2,3 T", "dapat 2,3 triliun"),
    ("Rp1,2 M per desa", "Rp1,2 miliar per desa"),
    ("Rp40 M", "Rp40 miliar"),
])
def test_a_capital_m_or_t_after_an_amount_is_miliar_or_triliun(short: str, long: str) -> None:
    assert terms(short).terms == terms(long).terms


@pytest.mark.parametrize("text, figure", [
    ("Peringatan 1 Muharram 1449 H / 2027 M", "2027"),  # the Masehi year stays a year
    ("Selesai 2027 M.", "2027"),
    ("Ayo PSN 3M Plus di rumah", "3"),  # a slogan, no amount
    ("Jalan 400 M dari simpang", "400"),
])
def test_a_year_before_m_is_no_amount(text: str, figure: str) -> None:
    assert figure in terms(text).terms


def test_a_relay_writing_the_budget_short_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Balangan APBD 2028 Rp2,3 T disetujui, irigasi dan jalan usaha tani dapat Rp315 M. Mantap!"
    assert accepted(BUDGET, text) >= CONFIG.threshold
    monkeypatch.setattr(textnorm, "_ABBREVIATED_SCALES", {})
    assert accepted(BUDGET, text) < CONFIG.threshold


# ---------------------------------------------------------------- a destination is no item

def test_a_two_word_sentence_naming_where_the_event_goes_is_no_round_up_item() -> None:
    from crawler.matching.documents import _regional_items, post_doc
    text = ("Pengumuman lomba cerdas cermat Kabupaten Tapin sudah keluar: tim sekolah kami juara dua. "
            "Siap berangkat ke Banjarmasin!")
    assert _regional_items(text) == [text]
    assert not post_doc({"id": "p", "text": text}).roundup
    # two sentences each with news of its own kabupaten still split
    two = "Lomba cerdas cermat Tapin diikuti 40 sekolah. Di Banjarmasin lomba serupa diikuti 60 sekolah."
    assert len(_regional_items(two)) == 2


# ---------------------------------------------------------------- a relay's wrapping

@pytest.mark.parametrize("header", ["Dari grup WA RT 👇", "Info dari grup sebelah:", "Kiriman dari grup keluarga 🙏"])
def test_a_forward_header_naming_a_chat_group_is_wrapping(header: str) -> None:
    body = "Pendaftaran lomba balogo tingkat provinsi ditutup 6 November."
    assert textnorm.clean_text(f"{header}\n{body}").strip() == body


def test_a_sentence_about_a_farmers_group_is_kept() -> None:
    text = "Dari grup tani Desa Hakurung, 20 orang ikut pelatihan."
    assert textnorm.clean_text(text) == text


def test_a_videos_named_chapters_are_dropped_and_its_news_chapters_kept() -> None:
    text = ("Pasar murah di Kecamatan Tapin Utara, 400 paket sembako.\n\n"
            "00:00 Pembukaan\n01:10 Suasana\n03:20 Wawancara\n06:40 Penutup")
    cleaned = textnorm.clean_text(text)
    assert "Wawancara" not in cleaned and "03:20" not in cleaned
    # "Wawancara" names a part of the video, not an interview stage of a selection
    assert not textnorm.event_marks(cleaned).stages
    assert textnorm.event_marks(text).stages
    roundup = "Kabar pekan ini.\n\n00:00 Pembuka\n02:37 Dinsos bagi 400 paket sembako di Tapin Utara\n"
    assert "Dinsos bagi 400 paket" in textnorm.clean_text(roundup)
    # no chapter list without one at 0:00: a programme's agenda keeps its times
    agenda = "Acara pelantikan:\n09:00 Pembukaan\n10:30 Pelantikan"
    assert textnorm.clean_text(agenda) == agenda


# ---------------------------------------------------------------- a medal is a result

# a province opens its science olympiad; its quote recalls last year's medals
OLYMPIAD = ann("o", "Dinas Pendidikan Provinsi membuka olimpiade sains tingkat provinsi di Banjarbaru, Senin "
                    "(9/11/2027). Sebanyak 480 pelajar SD, SMP dan SMA dari 13 kabupaten/kota bertanding selama "
                    "tiga hari di bidang matematika, fisika, kimia dan biologi. \"Tahun lalu kita membawa pulang "
                    "dua medali perunggu nasional, tahun ini kami ingin perak atau emas,\" kata Kepala Bidang SMA.",
               published_at="2027-11-09T10:00:00+08:00", title="Olimpiade Sains Tingkat Provinsi Dibuka di Banjarbaru")


def test_a_post_about_a_medal_won_is_the_results_not_the_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Alhamdulillah siswa SMA kami meraih medali perak olimpiade sains provinsi bidang kimia. "
            "Terima kasih guru pembina!")
    assert "hasil" in textnorm.event_marks(text).stages
    assert "hasil" not in textnorm.event_marks("Tahun lalu kita membawa pulang dua medali perunggu").stages
    assert accepted(OLYMPIAD, text, "2027-11-11T21:00:00+08:00") == 0.0


# ---------------------------------------------------------------- a designation is a result

HERITAGE = ann("h", "Dinas Kebudayaan Kabupaten Tapin mendaftarkan 17 objek diduga cagar budaya ke sistem registrasi "
                    "nasional, Selasa (12/10/2027), termasuk dua rumah adat tua di Desa Banua Halat. \"Pendaftaran "
                    "penting agar objek terlindungi,\" kata Kepala Dinas Kebudayaan Tapin. Kajian tim ahli dimulai "
                    "November.",
               published_at="2027-10-12T14:00:00+08:00", title="Tapin Daftarkan 17 Objek Diduga Cagar Budaya")
WHEN_HERITAGE = "2027-11-05T19:00:00+08:00"


def test_a_post_on_the_designation_is_not_the_registration() -> None:
    # (without "penetapan" as the results stage it matches at 0.70)
    text = "Rumah adat tua Banua Halat belum masuk penetapan tahun ini, masih dikaji kabupaten."
    assert "hasil" in textnorm.event_marks(text).stages
    assert accepted(HERITAGE, text, WHEN_HERITAGE) == 0.0

