"""Issue 12, thirty-second round (matcher35): summaries a careful reader takes as one story.

- A release's deadline in a later year ("memasang papan paling lambat Maret 2027") is the
  deadline of its own call, not its next event: a summary relaying that deadline relays the
  release.
- "mulai 3/12 sampai 9 Des": the range starts at the short date "3/12", not at its month "12".
- "… diperpanjang sampai 5 Des; 40 peserta sudah mendaftar.": a clause after a semicolon that
  names too little to be a piece of news of its own is a clause of the same story, not a
  round-up's second item.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.textnorm import clean_text, next_event, terms
from tests.matching.test_generalize import post

SIGNS = ("Bupati Minta Warung di Pasar Lama Pasang Papan Harga\n\n"
         "RANTAU – Bupati Tapin meneruskan surat edaran tentang papan harga di pasar, Senin (7/12/2026). "
         "Seluruh pedagang di Pasar Lama diminta memasang papan harga paling lambat Maret 2027. "
         "Pembuatan papan dibantu gratis oleh dinas perdagangan.")


def test_a_deadline_in_a_later_year_is_the_release_own_event() -> None:
    found = next_event(clean_text(SIGNS))
    assert "2027" not in found.next_text
    assert "paling lambat Maret 2027" in found.own_text


def test_a_later_year_without_a_deadline_is_still_the_next_event() -> None:
    text = SIGNS.replace("diminta memasang papan harga paling lambat Maret 2027",
                         "mendapat papan harga baru pada Maret 2027")
    assert "2027" in next_event(clean_text(text)).next_text


def test_a_range_from_a_short_date_starts_at_its_day() -> None:
    found = terms("Bazar UMKM mulai 3/12 sampai 9 Des di alun-alun").terms
    assert "date:3-12" in found and "date:9-12" in found
    assert "date:12-12" not in found
    assert "date:5-12" in terms("Bazar UMKM 5 sampai 9 Desember").terms


def test_a_short_clause_after_a_semicolon_is_no_item() -> None:
    one = post("Pendaftaran lomba mewarnai diperpanjang sampai 5 Des; 40 anak sudah masuk.")
    assert not one.roundup
    two = post("Pasar murah di Desa Pandahan hari Senin; vaksinasi rabies gratis di puskesmas Selasa.")
    assert two.roundup
