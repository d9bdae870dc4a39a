"""Issue 12, eleventh round (matcher12): posts about what a release says comes next.

Every text here is made up for the rule it checks; none is taken from a labelled set. Each
decision test compares with the rule switched off.
"""

from __future__ import annotations

from datetime import date

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, score, with_and_without

CONFIG = MatchConfig()

# a handover, and the next batch's coaching on a date the release gives
HANDOVER = ann("h", "BARABAI – Sebanyak 120 pelaku UMKM di Kecamatan Barabai menerima sertifikat halal gratis di "
                    "Pendopo Bupati Hulu Sungai Tengah, Selasa (8/9/2026). Sertifikat diserahkan Sekda HST.\n\n"
                    "\"Produk kita kini bisa masuk toko oleh-oleh,\" ujar Kepala Dinas Koperasi HST.\n\n"
                    "Pendampingan gelombang III untuk 75 pelaku usaha di Kecamatan Haruyan dijadwalkan "
                    "Selasa (22/9/2026).",
               published_at="2026-09-08T15:00:00+08:00",
               title="120 UMKM Barabai Terima Sertifikat Halal Gratis")

# an inauguration, and units planned in another kecamatan two years on
DRYERS = ann("d", "PELAIHARI – Pemkab Tanah Laut meresmikan tiga rumah pengering ikan asin tenaga surya di "
                  "Desa Tabanio, Kecamatan Takisung, Rabu (16/9/2026). Tiap unit mengeringkan 300 kilogram ikan "
                  "per hari.\n\n\"Nelayan tidak perlu menjemur di tepi jalan lagi,\" kata Kepala Dinas Perikanan.\n\n"
                  "Dua unit serupa direncanakan dibangun di Kecamatan Jorong tahun 2028.",
             published_at="2026-09-16T10:00:00+08:00",
             title="Tiga Rumah Pengering Ikan Asin Diresmikan di Takisung")



# ---------------------------------------------------------------- "hari ini" on the next event's day

NEXT_BATCH = ("Hari ini pendampingan halal gelombang III di aula Kecamatan Haruyan, 75 pelaku usaha hadir "
              "membawa NIB dan contoh produk. Sertifikatnya menyusul.")


@pytest.mark.usefixtures("earlier_rules_alone")
def test_today_on_the_day_the_release_gives_the_next_batch_is_that_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = with_and_without(monkeypatch, "_next_day", lambda day, doc: False, HANDOVER, NEXT_BATCH,
                               "2026-09-22T19:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_a_relay_of_the_handover_with_its_schedule_stays_a_match() -> None:
    text = ("120 UMKM Barabai terima sertifikat halal gratis di Pendopo Bupati HST hari ini. Gelombang III "
            "untuk 75 pelaku usaha Haruyan dijadwalkan 22 September.")
    assert score(HANDOVER, text, "2026-09-08T19:00:00+08:00") >= CONFIG.threshold


def test_a_release_about_something_that_goes_on_owns_its_start_day() -> None:
    ongoing = ann("o", "BANJARMASIN – Pemko memfasilitasi NIB gratis untuk 400 pelaku UMKM, Senin (5/10/2026). "
                       "Layanan digelar bergiliran di tiap kecamatan mulai 12 Oktober.",
                  published_at="2026-10-05T10:00:00+08:00", title="Pemko Fasilitasi NIB Gratis 400 UMKM")
    found = announcement_doc(ongoing)
    assert found.marks.ongoing and (10, 12) in found.next_when
    assert not decisions._next_day(date(2026, 10, 12), found)


def test_a_send_off_on_the_day_the_selection_release_gives_it_is_the_send_off() -> None:
    # "tiap cabang" reads as something that goes on, but nothing starts: the send-off is next
    selection = ann("s", "AMUNTAI – Seleksi kabupaten olahraga tradisional HSU digelar Senin (2/11/2026) di "
                         "Lapangan Pahlawan, diikuti 96 atlet. Tim Danau Panggang juara bagasing.\n\n"
                         "\"Juara tiap cabang menjadi kontingen HSU ke final provinsi,\" ujar Kepala Disporapar.\n\n"
                         "Kontingen dilepas Bupati pada 19 November.",
                    published_at="2026-11-02T16:00:00+08:00", title="Seleksi Olahraga Tradisional HSU")
    found = announcement_doc(selection)
    assert found.marks.ongoing and (11, 19) in found.next_when
    assert decisions._next_day(date(2026, 11, 19), found)


# ---------------------------------------------------------------- a later year only the plan names

def test_a_post_asking_about_the_planned_units_is_about_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Jorong kapan dapat rumah pengering ikan asin? Katanya baru 2028. Kami masih jemur di tepi jalan."
    on, off = with_and_without(monkeypatch, "_later_years", lambda p, d: frozenset(), DRYERS, text,
                               "2026-09-18T21:00:00+08:00")
    assert off >= CONFIG.threshold  # fails without the rule
    assert on < CONFIG.threshold


def test_a_relay_of_the_inauguration_naming_the_plan_stays_a_match() -> None:
    text = ("Tiga rumah pengering ikan asin tenaga surya diresmikan di Tabanio, Takisung, 300 kg per hari. "
            "Jorong menyusul 2028.")
    assert score(DRYERS, text, "2026-09-16T19:00:00+08:00") >= CONFIG.threshold
