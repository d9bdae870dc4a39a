"""Issue 12, nineteenth round (matcher20): round-up items a village writes in its own short way.

- A one-line item gives the days of its event as a short range of one month ("23–28/11"): both
  days are dates, as the release's "Senin (23/11) hingga Sabtu (28/11)" are, not a count "23"
  the release lacks.
- "dapil" is the release's "daerah pemilihan".
- A paragraph opening as a round-up ("Rangkuman berita sepekan. … Tak kalah penting, … Kemudian
  …") has one item per sentence, also when a connective already split it once.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.matching.config import UNCERTAIN_MARGIN, MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import firm_figures
from crawler.matching.textnorm import items, terms
from tests.matching.test_generalize import ann, index, post

CONFIG = MatchConfig()
WEEK_LATER = "2026-12-15T19:00:00+08:00"

LIBRARY = ann("lib", "MARTAPURA – Dinas Perpustakaan Kabupaten Banjar menjalankan perpustakaan keliling ke 12 "
                     "sekolah dasar di Kecamatan Astambul, Senin (14/12/2026) hingga Jumat (18/12/2026). Setiap "
                     "sekolah mendapat pinjaman 150 buku cerita selama sebulan.\n\nKepala Dinas Perpustakaan "
                     "Banjar mengatakan mobil perpustakaan berangkat pukul 08.00 dari kantor dinas.",
              published_at="2026-12-08T09:00:00+08:00",
              title="Perpustakaan Keliling Sambangi 12 SD di Astambul")


def dated(text: str) -> set[str]:
    return {t for t in terms(text).terms if t.startswith("date:") or t[0].isdigit()}


def test_a_short_range_of_days_gives_both_dates_and_no_count() -> None:
    assert dated("Perpustakaan keliling 14–18/12 di Astambul") == {"date:14-12", "date:18-12"}
    assert dated("Posyandu lansia 3-5/1/2027") == {"date:3-1", "date:5-1"}
    assert dated("Vaksinasi 7 s/d 9/10") == {"date:7-10", "date:9-10"}


def test_what_is_no_range_of_days_stays_as_it_was() -> None:
    assert dated("antara 10-12.5 persen") == {"10", "12,5"}          # a figure with decimals
    assert dated("pukul 08.00-10.00") == {"8:00", "10:00"}           # clock times
    assert dated("18-14/12") == {"18", "date:14-12"}                 # no range backwards: as before
    assert dated("14/12 hingga 18/12") == {"date:14-12", "date:18-12"}  # "12 hingga 18/12" is no range


def test_a_round_up_line_with_a_range_of_days_matches_as_surely_as_the_release_s_own_dates() -> None:
    short = "KILAS INFO\n1. Perpustakaan keliling Banjar ke 12 SD di Astambul 14–18/12\n2. Jalan usaha tani dicor 90 meter"
    spelled = ("KILAS INFO\n1. Perpustakaan keliling Banjar ke 12 SD di Astambul 14/12 hingga 18/12\n"
               "2. Jalan usaha tani dicor 90 meter")
    found = {d.announcement_id: d for d in decide(index(LIBRARY), post(short, WEEK_LATER), CONFIG)}
    written = {d.announcement_id: d for d in decide(index(LIBRARY), post(spelled, WEEK_LATER), CONFIG)}
    assert abs(found["lib"].score - written["lib"].score) < 0.01  # ("hingga" is one word more)
    assert found["lib"].status == "auto" and found["lib"].score >= CONFIG.threshold + UNCERTAIN_MARGIN


def test_dapil_is_the_release_s_daerah_pemilihan() -> None:
    assert set(terms("reses di daerah pemilihan").terms) == set(terms("reses di dapil").terms)


WEEK = "Rangkuman berita sepekan untuk warga."
SEEDS = "Dinas Perikanan salurkan 2.000 benih nila ke 8 pokdakan di Astambul."
TEACHERS = "Tak kalah penting, 45 guru PAUD se-Kecamatan Simpang Empat ikut pelatihan literasi."
SCREENING = "Kemudian Puskesmas Cempaka gelar skrining TBC untuk 300 warga."


def test_a_paragraph_opening_as_a_round_up_has_one_item_per_sentence() -> None:
    assert items(" ".join((WEEK, SEEDS, TEACHERS, SCREENING))) == [WEEK, SEEDS, TEACHERS, SCREENING]
    # a story's paragraph, not opening as a round-up, keeps its sentences together
    story = " ".join((SEEDS, "Kemudian benih ditebar di kolam warga."))
    assert items(story) == [SEEDS, "Kemudian benih ditebar di kolam warga."]


def test_each_sentence_of_a_paragraph_round_up_finds_its_release() -> None:
    seeds = ann("seeds", "MARTAPURA – Dinas Perikanan Kabupaten Banjar menyalurkan 2.000 benih ikan nila kepada 8 "
                         "kelompok pembudidaya ikan (pokdakan) di Kecamatan Astambul, Selasa (8/12/2026).",
                published_at="2026-12-08T09:00:00+08:00")
    teachers = ann("teachers", "MARTAPURA – Sebanyak 45 guru PAUD se-Kecamatan Simpang Empat mengikuti pelatihan "
                               "literasi dini yang digelar Dinas Pendidikan Banjar, Rabu (9/12/2026), di aula SDN 1 "
                               "Simpang Empat.", published_at="2026-12-09T09:00:00+08:00")
    screening = ann("screening", "BANJARBARU – Puskesmas Cempaka menggelar skrining TBC untuk 300 warga di "
                                 "Kelurahan Cempaka, Kamis (10/12/2026).", published_at="2026-12-10T09:00:00+08:00")
    text = " ".join((WEEK, SEEDS, TEACHERS, SCREENING))
    found = {d.announcement_id: d for d in decide(index(seeds, teachers, screening), post(text, WEEK_LATER), CONFIG)}
    assert set(found) == {"seeds", "teachers", "screening"}
    # each on its own sentence, none borderline (read together, the first two sentences put the
    # seeds release just above the threshold)
    assert {d.status for d in found.values()} == {"auto"}
    assert min(d.score for d in found.values()) >= CONFIG.threshold + UNCERTAIN_MARGIN


# ---------------------------------------------------------------- near the threshold, firm figures

AID = ann("aid", "PELAIHARI – Dinas Sosial Kabupaten Tanah Laut menyalurkan 1.250 paket sembako kepada warga "
                 "terdampak banjir di Kecamatan Takisung, Rabu (9/12/2026). Setiap paket berisi 10 kilogram beras, "
                 "minyak goreng dan gula.\n\nKepala Dinas Sosial Tanah Laut mengatakan penyaluran dibantu relawan "
                 "Tagana dan aparat desa.", published_at="2026-12-09T09:00:00+08:00",
          title="Dinsos Tala Salurkan 1.250 Paket Sembako untuk Korban Banjir Takisung")
FIGURES = "Bantuan 1.250 paket sembako dari Dinsos Tala sudah sampai ke warga korban banjir di Takisung, isi beras 10 kilogram."
NO_FIGURES = "Bantuan paket sembako dari Dinsos Tala sudah sampai ke warga korban banjir di Takisung, isi beras juga."
OWN_FIGURE = ("Bantuan 1.250 paket sembako dari Dinsos Tala sudah sampai ke warga korban banjir di Takisung, isi beras "
              "10 kilogram, untuk 35 rumah di desa kami.")


def status_just_above(text: str) -> tuple[str, dict[str, object]]:
    """The status of the post ``text``'s match when the threshold sits just below its score."""
    found = {d.announcement_id: d for d in decide(index(AID), post(text, WEEK_LATER), MatchConfig(threshold=0.01))}
    near = MatchConfig(threshold=found["aid"].score - UNCERTAIN_MARGIN / 2)
    decision = {d.announcement_id: d for d in decide(index(AID), post(text, WEEK_LATER), near)}["aid"]
    return decision.status, decision.evidence


def test_a_match_near_the_threshold_repeating_two_figures_and_none_of_its_own_is_auto() -> None:
    status, evidence = status_just_above(FIGURES)
    assert {"1250", "10"} <= set(evidence["shared_facts"]) and not evidence["post_only_facts"]  # type: ignore[arg-type]
    assert status == "auto"


def test_without_two_figures_or_with_one_of_its_own_it_stays_uncertain() -> None:
    status, evidence = status_just_above(NO_FIGURES)
    assert status == "uncertain" and evidence["kind"] == "summary"
    status, evidence = status_just_above(OWN_FIGURE)
    assert "35" in evidence["post_only_facts"] and status == "uncertain"  # type: ignore[operator]


def test_firm_figures_are_counts_and_amounts_not_years_dates_clocks_or_small_numbers() -> None:
    assert firm_figures({"shared_facts": ["1250", "45000"], "post_only_facts": []})
    assert not firm_figures({"shared_facts": ["1250", "2026", "date:9-12", "8:00", "3"], "post_only_facts": []})
    assert not firm_figures({"shared_facts": ["1250", "45000"], "post_only_facts": ["35"]})
    assert not firm_figures({"shared_facts": ["1250", "45000"], "post_only_facts": [], "contradictions": ["stage:hasil"]})
