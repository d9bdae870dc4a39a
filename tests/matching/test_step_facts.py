"""The facts of a step a release only schedules are those its next-step sentences write — its
places, its counts, its month — however the sentence is built: scheduled in the active voice
("Dinas X menjadwalkan … di empat desa di Jorong dan Kintap pada Desember"), or with the step
as its subject ("Pelatihan serupa di Kecamatan Limpasu direncanakan awal 2027": the lead names
the programme, so the clause is the step's, not someone's). A figure counted there ("empat
desa") is the step's when the post counts it with what the step's sentence counts, as the own
part does not ("empat jam"); a measure ("50 gram") counts nothing; the kabupaten both parts name
is the programme's, no evidence either way. A post
whose shared facts are all the step's, told with a source of its own ("kata kades", "jar …",
"… diminta …"), is refused (``decisions._step_heard``); relays of the release's own event
or of its schedule stay automatic.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.decisions import decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_event_stage import ZERO
from tests.matching.test_generalize import ann, index, post

# scheduled in the active voice ("menjadwalkan"), with a count of its own ("empat desa") beside
# the own part's "empat jam"
EYES = ann("e", "PELAIHARI – Dinas Kesehatan Tanah Laut menggelar pemeriksaan mata gratis bagi 210 nelayan di "
                "Balai Desa Tabanio, Kecamatan Takisung, Selasa (10/11/2026). Pemeriksaan berlangsung selama empat "
                "jam dan 35 nelayan menerima kacamata baca.\n\n\"Banyak nelayan matanya rusak karena silau laut,\" "
                "kata Kepala Dinas Kesehatan Tanah Laut.\n\nDinas Kesehatan Tanah Laut menjadwalkan pemeriksaan "
                "serupa di empat desa nelayan di Kecamatan Jorong dan Kintap pada Desember.",
           published_at="2026-11-10T15:00:00+08:00", title="210 Nelayan Tabanio Periksa Mata Gratis")
# the step as the subject of its sentence ("Pelatihan serupa … di Limpasu direncanakan awal 2027")
SEWING = ann("s", "BARABAI – Dinas Koperasi Hulu Sungai Tengah menggelar pelatihan menjahit bagi 40 ibu rumah "
                  "tangga di Aula Kecamatan Batang Alai Selatan, Rabu (18/11/2026). Peserta belajar membuat pola "
                  "dan menjahit seragam sekolah selama tiga hari.\n\n\"Seragam sekolah bisa dijahit di desa "
                  "sendiri,\" kata Kepala Dinas Koperasi HST.\n\nPelatihan serupa bagi ibu rumah tangga di "
                  "Kecamatan Limpasu direncanakan awal 2027.",
             published_at="2026-11-18T15:00:00+08:00", title="40 Ibu Rumah Tangga Ikut Pelatihan Menjahit")
# a ranking ("disusul Tamban (52)") orders the results: it schedules nothing
RANKED = ann("k", "MARABAHAN – Kecamatan Alalak meraih juara umum Pekan Olahraga Kecamatan Barito Kuala yang "
                  "ditutup di Stadion Marabahan, Sabtu (7/11/2026). Alalak mengumpulkan 64 medali, disusul Tamban "
                  "(52) dan Anjir Pasar (40).\n\nPekan olahraga kecamatan berikutnya akan digelar di Kecamatan "
                  "Kuripan tahun depan.",
             published_at="2026-11-07T18:00:00+08:00", title="Alalak Juara Umum Pekan Olahraga Kecamatan Batola")
WRITTEN = "2026-11-25T20:00:00+08:00"

HEARD = [
    # Indonesian, short: the step's places and count, another teller
    (EYES, "Empat desa nelayan di Jorong dan Kintap dapat giliran periksa mata gratis bulan Desember, kata kades."),
    # Indonesian, longer: a request the release does not make
    (EYES, "Pemeriksaan mata gratis untuk nelayan di Jorong dan Kintap digelar Desember. Nelayan diminta membawa "
           "kartu nelayan dan KTP ke balai desa."),
    # Banjar, short: another teller
    (EYES, "Pamariksaan mata gratis gasan nelayan di ampat desa Jorong wan Kintap bulan Desember, jar urang Dinas "
           "Kesehatan."),
    # Indonesian: the step as its sentence's subject, another teller
    (SEWING, "Pelatihan menjahit untuk ibu rumah tangga di Limpasu baru digelar tahun depan, kata ketua PKK."),
    # Indonesian, short: the step's turn, another teller
    (SEWING, "Ibu rumah tangga di Limpasu dapat giliran pelatihan menjahit tahun depan, kata camat."),
]
RELAYS = [
    # the own event relayed, its next step named
    (EYES, "210 nelayan Tabanio periksa mata gratis, 35 dapat kacamata baca. Desember giliran Jorong dan Kintap."),
    # the schedule relayed plainly, no source of its own
    (EYES, "Pemeriksaan mata gratis nelayan Tabanio sudah, 210 nelayan diperiksa. Berikutnya empat desa nelayan "
           "di Jorong dan Kintap pada Desember. Catat ya!"),
    # the own event with its speaker
    (EYES, "Periksa mata gratis 210 nelayan di Tabanio, kata Kadinkes banyak nelayan matanya rusak karena silau."),
    # the own event relayed with the own part's count ("empat jam") and the step named
    (EYES, "Empat jam pemeriksaan mata gratis di Tabanio, 210 nelayan diperiksa; Jorong dan Kintap Desember."),
    # Banjar: the own result relayed with another teller, the next venue named
    (RANKED, "Alalak juara umum pekan olahraga kecamatan lagi, 64 medali jar. Tahun dudi di Kuripan."),
    # Banjar summary of the own event, its next step named
    (SEWING, "40 umak-umak di Batang Alai Selatan balajar manjahit saragam sakolah, 2027 kaina di Limpasu."),
]


def status(release: dict[str, object], text: str) -> str | None:
    found = {d.announcement_id: d for d in decide(index(release), post(text, WRITTEN), ZERO)}
    return found[str(release["id"])].status if str(release["id"]) in found else None


@pytest.mark.parametrize(("release", "text"), HEARD)
def test_a_step_told_by_another_source_is_refused(release: dict[str, object], text: str) -> None:
    assert status(release, text) is None


@pytest.mark.parametrize(("release", "text"), RELAYS)
def test_relays_stay_automatic(release: dict[str, object], text: str) -> None:
    assert status(release, text) == "auto"


def test_the_step_facts_are_read_from_its_sentences() -> None:
    eyes = announcement_doc(EYES)
    assert {"jorong", "kintap"} <= eyes.next_phrase  # "menjadwalkan" says what comes
    assert "4:desa" in eyes.next_counts and "4:jam" not in eyes.next_counts
    sewing = announcement_doc(SEWING)
    assert "limpasu" in sewing.next_phrase  # the step as its sentence's subject
    ranked = announcement_doc(RANKED)
    assert "64" in ranked.next_event[2] and "kuripan" in ranked.next_phrase  # a ranking is the own event's
