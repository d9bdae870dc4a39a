"""Issue 12, thirty-second round (matcher33): a later step or another time told as the post's own.

A relative future in a post ("pekan depan", "Desember nanti", "katanya … segera") is read against
the post's own time, not the release's: the week, month or coming moment a post gives its own
happening after the release's event is another step of the programme, while a relay repeating the
release's own "pekan depan" in that week, or appending the release's next step to its own event,
stays a relay.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _own_period_elsewhere, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()

MACHINES = ann("m", "BANJARBARU – Dinas Koperasi dan UKM Provinsi Kalimantan Selatan menyerahkan 45 mesin jahit "
                    "kepada penjahit rumahan di tiga kabupaten, Senin (2/11/2026). Sebanyak 20 unit untuk Tapin, "
                    "15 unit untuk Hulu Sungai Selatan dan 10 unit untuk Balangan.\n\n\"Mesin lama banyak yang "
                    "rusak,\" kata Kepala Dinas Koperasi Kalsel. Penyerahan di kabupaten dilakukan dinas koperasi "
                    "masing-masing mulai pekan depan.",
               published_at="2026-11-02T10:00:00+08:00",
               title="Dinas Koperasi Kalsel Serahkan 45 Mesin Jahit kepada Penjahit Rumahan")
WEBINAR = ann("w", "BANJARBARU – Diskominfo Kalimantan Selatan dan OJK mengajak kelompok informasi masyarakat "
                   "melawan pinjaman online ilegal, Senin (2/11/2026). Materi kampanye pinjol ilegal dibagikan "
                   "kepada pengelola KIM pekan depan.",
              published_at="2026-11-02T10:00:00+08:00", title="Diskominfo dan OJK Ajak KIM Lawan Pinjol Ilegal")


def weighed(row: dict[str, Any], text: str, published_at: str) -> Any:
    found, where = post(text, published_at), index(row)
    found.weights = {t: where.weight(t, found.whole) for t in found.whole.terms}
    return found


def test_a_kabupatens_share_handed_over_in_a_later_week_is_a_later_step() -> None:
    # written ten days after the release: "pekan depan" is the week of 16 November, not the week
    # the release's own "mulai pekan depan" (9 November) begins; the share's count is the release's
    text = "Dinas Koperasi Tapin menyerahkan 20 mesin jahit kepada penjahit rumahan di Rantau pekan depan."
    found = weighed(MACHINES, text, "2026-11-12T09:00:00+08:00")
    assert _own_period_elsewhere(found, announcement_doc(MACHINES)) == "the week of 2026-11-16"
    matched = {d.announcement_id for d in decide(index(MACHINES), post(text, "2026-11-12T09:00:00+08:00"), CONFIG)}
    assert "m" not in matched


def test_a_relay_appending_the_releases_next_step_stays_a_relay() -> None:
    text = ("Dinas Koperasi Kalsel serahkan 45 mesin jahit ke penjahit rumahan tiga kabupaten, Tapin dapat 20 unit, "
            "HSS 15 unit, Balangan 10 unit. Penyerahan di kabupaten pekan depan.")
    found = weighed(MACHINES, text, "2026-11-10T09:00:00+08:00")
    assert _own_period_elsewhere(found, announcement_doc(MACHINES)) is None


def test_a_relay_repeating_the_releases_pekan_depan_in_its_week_is_no_other_week() -> None:
    text = "Catat ya warga: materi kampanye pinjol ilegal pekan depan (Kalimantan Selatan)."
    found = weighed(WEBINAR, text, "2026-11-04T19:00:00+08:00")
    assert _own_period_elsewhere(found, announcement_doc(WEBINAR)) is None


def test_without_the_release_week_the_relay_note_read_as_another_week(monkeypatch: Any) -> None:
    monkeypatch.setattr(decisions, "_release_weeks", lambda doc: set())
    text = "Catat ya warga: materi kampanye pinjol ilegal pekan depan (Kalimantan Selatan)."
    found = weighed(WEBINAR, text, "2026-11-04T19:00:00+08:00")
    assert _own_period_elsewhere(found, announcement_doc(WEBINAR)) == "the week of 2026-11-09"


SPEECH = ann("s", "BANJARBARU – Dinas Pendidikan Kota Banjarbaru menggelar Lomba Pidato Bahasa Banjar bagi pelajar SD "
                  "di Gedung Bina Satria, Sabtu (7/11/2026). Sebanyak 30 peserta dari 14 sekolah tampil membawakan "
                  "pidato tentang sungai.\n\n\"Anak-anak harus bangga berbahasa Banjar,\" kata Kepala Disdik "
                  "Banjarbaru. Penilaian meliputi isi, lafal dan gaya.",
             published_at="2026-11-07T10:00:00+08:00", title="Lomba Pidato Bahasa Banjar Pelajar SD Banjarbaru")
LATE = "2026-11-19T09:00:00+08:00"


def test_a_contest_of_the_same_kind_held_next_month_is_another_occurrence() -> None:
    # twelve days after the speech contest, a storytelling contest "digelar Desember" at the same
    # hall: the month right after the post's own, which the release gives none of its events
    text = "Lomba mendongeng bahasa Banjar pelajar SD Banjarbaru digelar Desember di Gedung Bina Satria."
    assert decisions._later_step(weighed(SPEECH, text, LATE), announcement_doc(SPEECH)) == "Desember"


def test_a_relay_with_a_wish_for_next_month_stays_a_relay() -> None:
    text = ("Lomba pidato bahasa Banjar pelajar SD Banjarbaru di Gedung Bina Satria diikuti 30 peserta dari "
            "14 sekolah. Semoga Desember ada lagi.")
    assert decisions._later_step(weighed(SPEECH, text, LATE), announcement_doc(SPEECH)) is None


def test_a_month_the_release_gives_its_next_event_is_no_month_of_the_posts_own() -> None:
    release = dict(SPEECH, text=SPEECH["text"] + " Juara pertama tampil di Festival Budaya Banjarbaru Desember mendatang.")
    text = "Juara lomba pidato bahasa Banjar tampil di Festival Budaya Banjarbaru, Desember."
    assert decisions._coming_month(weighed(release, text, LATE), announcement_doc(release),
                                   frozenset({"lomba", "pidato", "festival"})) is None


SIGNBOARDS = ann("b", "BANJARBARU – Gubernur Kalimantan Selatan menerbitkan surat edaran tentang lampu jalan tenaga "
                      "surya di jalan desa, Senin (2/11/2026). Desa diminta memasang lampu di simpang dan jembatan.\n\n"
                      "Bupati dan wali kota diminta meneruskan edaran ini ke kecamatan.",
                 published_at="2026-11-02T10:00:00+08:00", title="Gubernur Terbitkan Surat Edaran Lampu Jalan Tenaga Surya")


def test_hearsay_of_what_comes_soon_is_no_release_relayed() -> None:
    text = "Tadi di balai desa dibahas lampu jalan tenaga surya, katanya surat dari bupati segera turun ke desa."
    found = weighed(SIGNBOARDS, text, "2026-11-06T20:00:00+08:00")
    assert decisions._later_step(found, announcement_doc(SIGNBOARDS)) == "katanya segera"


def test_a_relay_of_the_circular_is_no_hearsay() -> None:
    text = ("Gubernur Kalsel terbitkan surat edaran lampu jalan tenaga surya di jalan desa. Desa diminta pasang "
            "lampu di simpang dan jembatan, segera ya!")
    found = weighed(SIGNBOARDS, text, "2026-11-06T20:00:00+08:00")
    assert decisions._later_step(found, announcement_doc(SIGNBOARDS)) is None


PASSES = ann("g", "BANJARBARU – Dinas Perhubungan Provinsi Kalimantan Selatan membuka layanan sertifikat kelaikan "
                  "gratis bagi 300 perahu motor wisata di bawah 5 GT, Kamis (5/11/2026). Layanan berpindah dari "
                  "Kotabaru ke Tanah Bumbu.\n\nPemilik perahu membawa KTP dan foto perahu. Layanan dibuka hingga "
                  "30 November 2026.",
              published_at="2026-11-05T10:00:00+08:00",
              title="Dishub Kalsel Buka Layanan Sertifikat Kelaikan Gratis untuk 300 Perahu Wisata")
TILES = ann("t", "MARABAHAN – Dinas Perindustrian Barito Kuala menyerahkan 40 alat cetak bata bukan mesin kepada "
                 "perajin bata di Marabahan, Kamis (5/11/2026). Alat manual ini tidak memakai listrik.",
            published_at="2026-11-05T10:00:00+08:00", title="40 Alat Cetak Bata Bukan Mesin untuk Perajin Marabahan")


def test_a_post_denying_the_releases_title_fact_tells_another_thing() -> None:
    text = "Syahbandar Kotabaru memungut biaya sertifikat perahu motor di atas 5 GT, bukan yang gratis ya."
    assert decisions._denied(post(text, "2026-11-08T10:00:00+08:00"), announcement_doc(PASSES)) == "gratis"


def test_the_releases_own_denial_relayed_is_no_denial() -> None:
    text = "Perajin bata Marabahan terima 40 alat cetak bata bukan mesin dari Dinas Perindustrian Batola."
    assert decisions._denied(post(text, "2026-11-06T10:00:00+08:00"), announcement_doc(TILES)) is None


def test_bukan_hanya_adds_and_denies_nothing() -> None:
    text = "Sertifikat kelaikan perahu wisata gratis, bukan hanya untuk Kotabaru tapi juga Tanah Bumbu."
    assert decisions._denied(post(text, "2026-11-06T10:00:00+08:00"), announcement_doc(PASSES)) is None


WEAVING = ann("k", "KOTABARU – Dinas Koperasi Kotabaru membuka pelatihan anyaman purun bagi 20 ibu rumah tangga di "
                   "Kelurahan Baharu, Kamis (19/11/2026). Pelatihan berlangsung lima hari.\n\n\"Purun kita banyak, "
                   "tinggal keterampilannya,\" kata Kepala Dinas Koperasi. Hasil anyaman peserta akan dipamerkan pada "
                   "Festival Pesisir Kotabaru Desember mendatang. Peserta yang lulus mendapat alat anyam.",
              published_at="2026-11-19T10:00:00+08:00", title="20 Ibu Rumah Tangga Baharu Ikuti Pelatihan Anyaman Purun")


def test_the_festival_the_release_only_points_to_is_no_kind_of_its_own() -> None:
    # the festival is the release's next event; a post telling that festival's other item in
    # December names no kind of the training's own
    text = "Festival Pesisir Kotabaru Desember nanti juga menampilkan lomba jukung hias antar kelurahan."
    found = weighed(WEAVING, text, "2026-11-21T09:00:00+08:00")
    assert decisions._later_step(found, announcement_doc(WEAVING)) == "Desember"


def test_a_relay_of_the_training_with_its_festival_stays_a_relay() -> None:
    text = ("Pelatihan anyaman purun untuk 20 ibu rumah tangga Kelurahan Baharu, nanti hasilnya dipamerkan di "
            "Festival Pesisir Kotabaru Desember.")
    found = weighed(WEAVING, text, "2026-11-21T09:00:00+08:00")
    assert decisions._later_step(found, announcement_doc(WEAVING)) is None


SCHEDULED = ann("j", "BANJARBARU – Dinas Koperasi Kalimantan Selatan menyerahkan 45 mesin jahit kepada penjahit rumahan "
                     "di tiga kabupaten, Kamis (5/11/2026): 20 unit untuk Tapin, 15 unit untuk Balangan dan 10 unit "
                     "untuk Tabalong.\n\nPenyerahan di kabupaten dijadwalkan 9 sampai 20 November.",
                published_at="2026-11-05T10:00:00+08:00",
                title="Dinas Koperasi Kalsel Serahkan 45 Mesin Jahit kepada Penjahit Rumahan")


def test_the_releases_days_for_its_next_event_are_no_days_of_its_own() -> None:
    # "minggu depan" from 12 November is 16–22 November: inside the days the release gives the
    # handovers to come, a week and more after its own handover
    text = "Penyerahan mesin jahit untuk 15 penjahit rumahan Balangan dijadwalkan minggu depan di Paringin."
    found = weighed(SCHEDULED, text, "2026-11-12T10:00:00+08:00")
    assert _own_period_elsewhere(found, announcement_doc(SCHEDULED)) == "the week of 2026-11-16"
