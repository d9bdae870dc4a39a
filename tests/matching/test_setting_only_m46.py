"""Issue 12, session 15 (matcher46): the same official, room and day — another meeting.

A short single-event post may share with a release only its *setting*: the official who acts
(written with an honorific, "H. Ahmad", or as a short title, "Sekda"), the meeting room or hall,
the meeting itself, the day. The release's subject — what was done, decided or given — is not in
it, and the post names an object of its own: another event of the same office
(:func:`decisions._circumstances_only`). Three readings make that visible:

- an honorific or degree ("H.", "Hj.", "Ir.", "dr.") does not end an official's name, and the
  head of a body or hospital ("Ketua", "Direktur") is a title like "Kepala";
- a title written short stands for its words ("Sekda" for "sekretaris daerah");
- the meeting room, the hall and the meeting ("ruang rapat", "aula", "pertemuan") are where
  something is decided, not what is.

And a video's title that is the post's opening cut at a word (no "…"), then the channel's name,
is no paragraph of the post (:func:`documents._own_title`): the post is no round-up of two items.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _circumstances_only, decide
from crawler.matching.documents import _own_title, announcement_doc, post_doc
from tests.matching.test_generalize import ann, index, post

WHEN = "2026-11-18T15:00:00+08:00"

ROAD = ann("r", "Sekretaris Daerah Tabalong, H. Mahmud Arifin, memimpin rapat di ruang rapat Bupati Tabalong, "
                "Rabu (18/11/2026), yang menetapkan perbaikan 14 ruas jalan desa dengan anggaran Rp6 miliar. "
                "Pengerjaan dimulai Januari 2027 dan diawasi Dinas PUPR.",
           published_at="2026-11-18T09:00:00+08:00", title="Pemkab Tabalong Tetapkan Perbaikan 14 Ruas Jalan Desa")
BLOOD = ann("b", "Ketua PMI Tapin, Hj. Siti Rahmah, meresmikan layanan donor darah keliling di Rantau, Rabu "
                 "(18/11/2026). Mobil donor akan singgah di 12 kecamatan setiap bulan untuk menambah stok darah.",
            published_at="2026-11-18T09:00:00+08:00", title="PMI Tapin Luncurkan Donor Darah Keliling")
HOSPITALS = ann("h", "Pertemuan direktur rumah sakit se-Kalsel di Aula Dinkes Kalsel, Selasa (17/11/2026), "
                     "mencatat sembilan rumah sakit sudah memakai rekam medis elektronik penuh. Dinkes menargetkan "
                     "seluruh rumah sakit menyusul pada Juni 2027.",
                published_at="2026-11-17T09:00:00+08:00", title="Sembilan Rumah Sakit di Kalsel Pakai Rekam Medis Elektronik")


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(announcement), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize(("announcement", "text"), [
    # the same official, room and day: another meeting
    (ROAD, "Sekda Tabalong H. Mahmud Arifin Rabu ini memimpin rapat persiapan lomba kebersihan kantor di "
           "ruang rapat Bupati."),
    # Banjar, short
    (ROAD, "Sekda Tabalong H. Mahmud Arifin hari Rabu ini mamimpin rapat pawai budaya di ruang rapat Bupati."),
    # the same head of a body, same day: she also did something else
    (BLOOD, "Ketua PMI Tapin Hj. Siti Rahmah Rabu ini melepas relawan ke lokasi kebakaran pasar."),
    # the same meeting in the same hall, another subject
    (HOSPITALS, "Pertemuan para direktur RSUD se-Kalsel di Aula Dinkes Selasa ini membahas tarif ambulans."),
])
def test_the_same_setting_with_another_subject_is_refused(announcement: dict[str, Any], text: str) -> None:
    found = _circumstances_only(index(announcement), post(text, WHEN), announcement_doc(announcement))
    assert found is not None


@pytest.mark.parametrize(("announcement", "text"), [
    # the release's subject, told in the post's words
    (ROAD, "Sekda Tabalong H. Mahmud Arifin Rabu ini memimpin rapat di ruang rapat Bupati: 14 ruas jalan "
           "desa diperbaiki tahun depan."),
    (ROAD, "Rapat di ruang rapat Bupati Tabalong menetapkan perbaikan jalan desa, dimulai Januari."),
    (BLOOD, "Ketua PMI Tapin Hj. Siti Rahmah Rabu ini meresmikan donor darah keliling, singgah di 12 kecamatan."),
    (HOSPITALS, "Pertemuan direktur rumah sakit di Aula Dinkes: sembilan rumah sakit sudah pakai rekam medis "
                "elektronik."),
])
def test_a_relay_of_the_subject_is_not_refused(announcement: dict[str, Any], text: str) -> None:
    assert _circumstances_only(index(announcement), post(text, WHEN), announcement_doc(announcement)) is None


def test_another_meeting_of_the_same_official_is_not_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Sekda Tabalong H. Mahmud Arifin Rabu ini memimpin rapat persiapan lomba kebersihan kantor di "
            "ruang rapat Bupati.")
    assert accepted(ROAD, text) == 0.0
    monkeypatch.setattr(decisions, "_circumstances_only", lambda index, post, doc: None)
    assert accepted(ROAD, text) > 0.0


def test_an_honorific_does_not_end_an_officials_name() -> None:
    assert decisions._TITLE_NAME.search("Ketua PMI Tapin Hj. Siti Rahmah hari ini").group(2).endswith("Rahmah")
    assert decisions._TITLE_NAME.search("Kadis PUPR Ir. Budi Santoso kemarin").group(2).endswith("Santoso")


TEXT = "Ketua PMI Tapin Hj. Siti Rahmah hari Rabu ini melepas relawan ke lokasi kebakaran pasar.\n\n00:00 Pembuka"


def test_a_video_title_cut_at_a_word_and_the_channel_are_no_paragraph() -> None:
    row = {"id": "p1", "kim": "kim-x", "title": "Ketua PMI Tapin Hj. Siti Rahmah hari Rabu | KIM Rantau",
           "text": TEXT, "published_at": WHEN, "links": []}
    assert _own_title(row["title"], TEXT) is None
    assert not post_doc(row).roundup


def test_a_title_of_its_own_before_the_channel_is_kept() -> None:
    title = "Relawan PMI Dilepas ke Pasar | KIM Rantau"
    assert _own_title(title, TEXT) == title
