"""Issue 12, fifteenth round (matcher16): a round-up of headlines.

A hand-written round-up often lists releases by their titles — typed in small letters, as a
video's chapters ("03:10 …"), after " | ", "•" or "- " — with nothing else of each: too few
words to be scored against the release's text, and, in small letters, without the capitals
that tell a place's seat or a figure ("Dua Hari"). An item that restates nearly all of one
release's title, with none of its facts left out and none of its own, names that release.
Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import lowered_terms
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
DAY = "2026-10-08T19:00:00+08:00"

BRIDGE = ann("b", "KANDANGAN – Dinas PUPR Hulu Sungai Selatan menutup sementara Jembatan Amawang bagi kendaraan "
                  "di atas delapan ton mulai Senin (5/10/2026) selama perbaikan lantai jembatan. Kendaraan berat "
                  "dialihkan lewat jalan lingkar. \"Perbaikan ditargetkan selesai tiga minggu,\" kata Kepala Dinas "
                  "PUPR HSS.", published_at="2026-10-05T09:00:00+08:00",
             title="Jembatan Amawang Kandangan Ditutup untuk Truk Berat Tiga Minggu")
LIBRARY = ann("l", "BARABAI – Perpustakaan Daerah Hulu Sungai Tengah membuka layanan perpustakaan keliling ke "
                   "sekolah dasar di Batu Benawa dan Hantakan setiap Kamis mulai Oktober 2026. Mobil perpustakaan "
                   "membawa 1.500 buku bacaan anak.", published_at="2026-10-06T10:00:00+08:00",
              title="Perpustakaan Keliling Sambangi SD di Batu Benawa dan Hantakan")
OTHER = ann("o", "RANTAU – Dinas Kesehatan Tapin menggelar pemeriksaan mata gratis bagi 200 lansia di Puskesmas "
                 "Rantau, Rabu (7/10/2026).", published_at="2026-10-07T10:00:00+08:00",
            title="200 Lansia Tapin Periksa Mata Gratis")

CHAPTERS = ("Rangkuman pekan ini.\n\nChapters:\n00:00 Pembuka\n"
            "01:10 jembatan amawang kandangan ditutup untuk truk berat tiga minggu\n"
            "03:20 Perpustakaan Keliling Sambangi SD di Batu Benawa dan Hantakan\n"
            "05:00 Penutup")
BARS = ("Kabar sepekan: jembatan amawang kandangan ditutup untuk truk berat tiga minggu | "
        "perpustakaan keliling sambangi sd di batu benawa dan hantakan | 200 Lansia Tapin Periksa Mata Gratis")
BULLETS = ("Berita pilihan minggu ini\n• jembatan amawang kandangan ditutup untuk truk berat tiga minggu\n"
           "• perpustakaan keliling sambangi sd di batu benawa dan hantakan\n• pasar murah di alun-alun")


def matched(text: str, *announcements: dict[str, Any]) -> set[str]:
    return {d.announcement_id for d in decide(index(*announcements), post(text, DAY), CONFIG)}


def test_small_letters_give_a_headline_the_same_terms() -> None:
    assert lowered_terms("Jembatan Amawang Kandangan Ditutup Tiga Minggu") == \
        lowered_terms("jembatan amawang kandangan ditutup tiga minggu")


@pytest.mark.parametrize("text", [CHAPTERS, BARS, BULLETS])
def test_items_that_are_titles_name_their_releases(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert {"b", "l"} <= matched(text, BRIDGE, LIBRARY, OTHER)
    monkeypatch.setattr(decisions, "_restates_title", lambda *args: False)
    assert not {"b", "l"} <= matched(text, BRIDGE, LIBRARY, OTHER)  # fails without the rule


@pytest.mark.parametrize("item", [
    "jembatan amawang kandangan ditutup untuk truk berat empat minggu",  # another figure
    "jembatan amawang kandangan ditutup untuk truk berat tiga minggu di rantau",  # a place of its own
])
def test_an_item_that_is_not_the_title_is_not_read_as_it(item: str) -> None:
    text = f"Rekap pekan ini\n• {item}\n• pasar murah di alun-alun\n• lomba kebersihan antar-RT"
    assert matched(text, BRIDGE) == set()
