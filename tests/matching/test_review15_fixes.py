"""Defects a second reading of session 15's change found, each fixed where it was.

Every text here is made up for the case it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching import decisions
from crawler.matching.decisions import decide
from crawler.matching.documents import SOURCE_LINE
from crawler.matching.textnorm import items
from tests.matching.test_event_stage import ZERO
from tests.matching.test_generalize import ann, index, post


def test_a_leap_day_release_and_a_late_complaint_do_not_stop_the_match_pass() -> None:
    """A release naming 29 February, and a complaint written more than half a year after it: the
    complaint rule looked for the date a year later (no 29 February then) and raised ValueError,
    which stopped the whole match pass."""
    release = ann("r", "BANJARBARU – Loket pendaftaran layanan KTP elektronik di kantor kecamatan dibuka mulai "
                       "29 Februari 2028. Warga diminta datang pagi.", published_at="2028-02-20T10:00:00+08:00",
                  title="Loket KTP Elektronik Dibuka 29 Februari")
    complaint = post("Kesal banget, antre dari subuh di loket KTP kecamatan, capek, tolong diperbaiki.",
                     "2028-09-15T09:00:00+08:00")
    decide(index(release), complaint, ZERO)  # no ValueError
    doc = next(d for d in index(release).docs if d.id == "r")
    assert "date:29-2" in doc.terms
    assert decisions._complaint_before(complaint, doc, frozenset()) is None  # raised ValueError before


def test_ranges_written_with_dashes_are_no_round_up() -> None:
    assert items("Pelayanan KTP keliling dibuka Senin – Jumat pukul 08.00 – 12.00 WITA di kantor desa.") == [
        "Pelayanan KTP keliling dibuka Senin – Jumat pukul 08.00 – 12.00 WITA di kantor desa."]
    assert len(items("Harga cabai Rp 40.000 – Rp 45.000 – Rp 50.000 per kilo di Pasar Bauntung.")) == 1
    # titles a repeated symbol divides still are
    assert items("Kabar pekan ini: Vaksinasi rabies gratis di Tapin ◆ Pasar murah di Kandangan dibuka ◆ "
                 "Lomba jukung hias di Banjarmasin")[1:] == [
        "Vaksinasi rabies gratis di Tapin", "Pasar murah di Kandangan dibuka", "Lomba jukung hias di Banjarmasin"]


def test_a_source_line_is_read_on_its_own_line_only() -> None:
    assert SOURCE_LINE.search("Kerja bakti.\n🙂🙂\n  Sumber: diskominfo") is not None
    assert SOURCE_LINE.search("🙂🙂\n" * 5 + "Kegiatan dari desa") is None
