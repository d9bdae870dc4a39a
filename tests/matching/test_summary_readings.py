"""Issue 12, matcher35: summaries a careful reader takes as one story.

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


# ---------------------------------------------------------------- a cut-off opening

from crawler.matching.config import MatchConfig  # noqa: E402
from crawler.matching.decisions import decide  # noqa: E402
from tests.matching.test_generalize import ann, index  # noqa: E402

BOATS = ann("boats", "RANTAU – Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kabupaten Tapin menyambut "
                     "program Perpustakaan Keliling Provinsi yang singgah di tiga sekolah, Selasa (8/12/2026). "
                     "Mobil perpustakaan membawa 900 buku cerita.",
            published_at="2026-12-08T10:00:00+08:00", title="Perpustakaan Keliling Provinsi Singgah di Rantau")
NETS = ann("nets", "RANTAU – Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kabupaten Tapin menggelar lomba "
                   "dayung bagi 30 regu di Sungai Tapin, Rabu (9/12/2026). Lomba berlangsung dua hari.",
           published_at="2026-12-09T10:00:00+08:00", title="30 Regu Ikuti Lomba Dayung di Sungai Tapin")
PREVIEW = "Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kabupaten Tapin menyambut program ..."


def test_a_cut_off_opening_of_one_release_is_its_excerpt() -> None:
    found = decide(index(BOATS, NETS), post(PREVIEW, "2026-12-10T08:00:00+08:00"), MatchConfig())
    assert [(d.announcement_id, d.method) for d in found] == [("boats", "copy")]


def test_a_cut_off_opening_two_releases_share_is_no_excerpt() -> None:
    twin = {**BOATS, "id": "twin", "url": "https://pemkab.example.go.id/twin",
            "text": BOATS["text"].replace("tiga sekolah", "dua pesantren").replace("900", "700")}
    found = decide(index(BOATS, twin, NETS), post(PREVIEW, "2026-12-10T08:00:00+08:00"), MatchConfig())
    assert not [d for d in found if d.method == "copy"]


# ---------------------------------------------------------------- Banjar words of crafts and village talk

def test_banjar_words_of_crafts_and_visits_read_as_the_release_words() -> None:
    banjar = terms("Sasirangan Martapura tasohor sampai ka Japang. Kain jangan dijamur, simpan di kutak. "
                   "Bulan Disember petugas mailangi pambuat nang kabagian bantuan.").terms
    indonesian = terms("Sasirangan Martapura terkenal sampai ke Jepang. Kain jangan dijemur, simpan di kotak. "
                       "Bulan Desember petugas mengunjungi pembuat yang kebagian bantuan.").terms
    assert banjar == indonesian


# ---------------------------------------------------------------- a day written without its month

CINEMA = ann("cinema", "KANDANGAN – Dinas Pariwisata Kabupaten Hulu Sungai Selatan menggelar layar tancap film "
                       "karya pelajar di 8 desa selama 7 sampai 19 Desember 2026, Jumat (4/12/2026). Pemutaran "
                       "dilakukan malam hari di lapangan desa dengan layar ukuran 5 x 3 meter.\n\nDesa pertama "
                       "adalah Desa Hamalau, Kecamatan Sungai Raya, pada 7 Desember. Jadwal desa lain diumumkan "
                       "lewat kecamatan.",
             published_at="2026-12-04T10:00:00+08:00", title="Layar Tancap Film Pelajar Keliling 8 Desa HSS")
SEEN = "Layar tancap film pelajar datang ka kampung 🎬 Malam di lapangan, dalapan desa, mulai tanggal 7 di Hamalau."


def test_a_day_without_its_month_is_the_release_own_date() -> None:
    found = decide(index(CINEMA), post(SEEN, "2026-12-07T09:00:00+08:00"), MatchConfig())
    assert [d.announcement_id for d in found] == ["cinema"]
