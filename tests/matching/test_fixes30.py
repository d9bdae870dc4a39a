"""Issue 12, fixes30 (session 17): a reviewer's findings on the sixty-second to sixty-fifth rounds.

Every text here is made up; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching.decisions import _absent_or_before
from crawler.matching.documents import AnnouncementDoc, announcement_doc
from tests.matching.test_generalize import ann, post

# --- 1 and 2: the places a release covers (read while its text is there; stored with its facts)

PUMPS = ann("d", "KANDANGAN – Dinas Pertanian Kabupaten Hulu Sungai Selatan menyalurkan bantuan pompa air kepada "
                 "kelompok tani di Kecamatan Daha Selatan, Rabu (18/11/2026). Bantuan diharapkan membantu petani "
                 "menghadapi musim kemarau.",
            published_at="2026-11-18T10:00:00+08:00", title="Petani Daha Selatan Terima Bantuan Pompa Air")
VACCINE = ann("v", "MARTAPURA – Dinas Pertanian Kabupaten Banjar menggelar vaksinasi penyakit mulut dan kuku (PMK) "
                   "gratis untuk sapi dan kerbau mulai Senin (23/11/2026).\n\nVaksinasi dilakukan keliling ke "
                   "Kecamatan Astambul, Mataraman, Karang Intan, Pengaron dan Simpang Empat. Peternak diminta "
                   "mengumpulkan ternak di kandang kelompok.",
              published_at="2026-11-20T10:00:00+08:00", title="Distan Banjar Vaksinasi PMK Gratis Mulai Senin")
SCHOOLS = ann("c", "KANDANGAN – Pemkab Hulu Sungai Selatan meliburkan sekolah SD dan SMP di seluruh kecamatan pada "
                   "Senin (23/11/2026) karena banjir. Kegiatan belajar diganti tugas rumah.",
              published_at="2026-11-22T18:00:00+08:00", title="Sekolah di HSS Libur Senin karena Banjir")


def _found(announcement: dict[str, Any], text: str, when: str, stored: bool = False) -> tuple[str, str] | None:
    p = post(text, when)
    doc = announcement_doc(announcement)
    if stored:  # read back from the stored facts, as a matching process does
        facts = doc.facts()
        doc = AnnouncementDoc(**{**announcement_doc(announcement).__dict__})
        doc._marks = None
        assert doc.restore(facts)
    return _absent_or_before(p, doc, p.whole.terms & doc.terms)


@pytest.mark.parametrize("stored", [False, True])
@pytest.mark.parametrize(("announcement", "text", "when"), [
    # the release's own kecamatan, in two words, named in its title and lead
    (PUMPS, "Daha Selatan belum masuk kemarau. Dinas Pertanian HSS menyalurkan bantuan pompa air kepada "
            "kelompok tani di sana Rabu supaya siap.", "2026-11-19T09:00:00+08:00"),
    (PUMPS, "Petani Daha Selatan kada takutan kemarau, bantuan pompa air Dinas Pertanian HSS dibagi ka kelompok "
            "tani hari Rabu.", "2026-11-19T09:00:00+08:00"),
    # a kecamatan the release names later in its body
    (VACCINE, "Warga Pengaron yang sapinya belum divaksin PMK, kumpulkan ternak di kandang kelompok, Distan Banjar "
              "vaksin gratis mulai Senin.", "2026-11-21T09:00:00+08:00"),
    (VACCINE, "Karang Intan belum pernah dapat vaksin PMK gratis, mulai Senin Distan Banjar keliling ke kandang "
              "kelompok.", "2026-11-21T09:00:00+08:00"),
    # a kecamatan of the kabupaten a release covers whole ("di seluruh kecamatan")
    (SCHOOLS, "Kecamatan Angkinang besok SD dan SMP tidak masuk sekolah karena banjir, belajar diganti tugas rumah.",
     "2026-11-22T19:00:00+08:00"),
    (SCHOOLS, "Padang Batung tidak ada sekolah Senin, SD dan SMP libur karena banjir, diganti tugas rumah.",
     "2026-11-22T19:00:00+08:00"),
])
def test_a_place_the_release_covers_is_its_relay(announcement: dict[str, Any], text: str, when: str,
                                                  stored: bool) -> None:
    assert _found(announcement, text, when, stored) is None


@pytest.mark.parametrize(("announcement", "text", "when"), [
    # a kecamatan of another kabupaten than the one the release covers whole
    (SCHOOLS, "Kecamatan Batu Benawa tidak libur sekolah Senin, SD dan SMP masuk seperti biasa.",
     "2026-11-22T19:00:00+08:00"),
    # a kecamatan of the same kabupaten, when the release covers only the ones it names
    (VACCINE, "Kecamatan Aranio belum kebagian vaksin PMK, peternak diminta menunggu giliran.",
     "2026-11-21T09:00:00+08:00"),
])
def test_a_place_the_release_does_not_cover_is_still_another(announcement: dict[str, Any], text: str,
                                                            when: str) -> None:
    found = _found(announcement, text, when)
    assert found is not None and found[0] == "another place's own state"
