"""Issue 12, session 14 (m40): Banjar paraphrases the matcher read too little — or too much — of.

- Numbers in words: the Hulu Banjar eight "walu" ("walu puluh tujuh" = 87), "sa" written apart
  from its scale ("sa ratus" = "seratus"), and a decimal comma written as a word ("dalapan walas
  koma anam miliar" = "18,6 miliar").
- Kinds of action are read from a post's words, not its hashtags ("#DesaJuara" is a slogan, not
  a contest's result), and Banjar "bagawi" (to work, at anything) is no construction work.
- Receiving reports or complaints ("manarima 1.230 laporan") is no handover; a post naming the
  release's own meeting as where its news was said ("jar rakor TPID, …") reports that meeting,
  not a step of its own.
- A few everyday Banjar words and everyday names of official things (kudis = skabies, ojol =
  ojek daring).

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching import decisions
from crawler.matching.documents import announcement_doc
from crawler.matching.events import event_kinds
from crawler.matching.textnorm import clean_text, terms
from tests.matching.test_generalize import ann, post


@pytest.mark.parametrize("one, other", [
    ("walu puluh tujuh ekor kucing", "87 ekor kucing"),
    ("Walu puluh urang relawan", "80 urang relawan"),
    ("waluratus bibit", "800 bibit"),
    ("sa ratus anam puluh lima karung", "165 karung"),
    ("tiga ribu sa ratus peserta", "3100 peserta"),
    ("dana dalapan walas koma anam miliar", "dana 18,6 miliar"),
    ("anggaran dua koma lima juta", "anggaran 2,5 juta"),
])
def test_banjar_numbers_in_words_give_the_digits_term(one: str, other: str) -> None:
    assert terms(one).terms == terms(other).terms


@pytest.mark.parametrize("text", [
    "obati sa-rumah sakaligus",    # the prefix, no figure
    "sa haja nang datang",         # the particle
    "koma dua jam",                # no number before the comma
])
def test_sa_and_koma_alone_are_no_figures(text: str) -> None:
    assert not any(t[0].isdigit() and t != "2" for t in terms(text).terms)


def test_a_hashtag_is_no_kind_of_action_of_the_post() -> None:
    with_tag = post("Posyandu Melati wayahini buka tiap Sabtu di balai desa 👍 #DesaJuara #LombaKampung")
    without = post("Posyandu Melati wayahini buka tiap Sabtu di balai desa 👍")
    assert "hasil" not in with_tag.whole.marks.kinds
    assert with_tag.whole.marks.kinds == without.whole.marks.kinds


def test_the_words_of_a_post_still_tell_its_kind_beside_a_hashtag() -> None:
    assert "hasil" in post("Juara lomba kampung diumumkan tadi pagi #DesaJuara").whole.marks.kinds


def test_bagawi_is_to_work_not_construction() -> None:
    lower = clean_text("Ratusan warga bagawi mambarasihi pasar, manjamur tikar").lower()
    assert "bangun" not in event_kinds(lower, set(lower.split()))[0]
    lower = "jalan desa digawi kontraktor"
    assert "bangun" in event_kinds(lower, set(lower.split()))[0]


@pytest.mark.parametrize("banjar, indonesian", [
    ("pagar bakarat", "pagar berkarat"),
    ("toko amas", "toko emas"),
    ("cincin tasangkut", "cincin tersangkut"),
    ("warga kana kudis", "warga kena skabies"),
    ("pengemudi ojol", "pengemudi ojek daring"),
])
def test_everyday_words_share_the_release_terms(banjar: str, indonesian: str) -> None:
    assert terms(indonesian).terms[-1] in terms(banjar).terms  # the release's word for the thing


def test_receiving_reports_is_no_handover() -> None:
    for text in ("kanal aduan sudah manarima saribu laporan matan Juni",
                 "posko menerima 300 aduan warga", "usulan yang diterima 40 persen"):
        lower = clean_text(text).lower()
        assert "serah" not in event_kinds(lower, set(lower.split()))[0], text
    lower = "warga menerima bantuan beras 10 kg"
    assert "serah" in event_kinds(lower, set(lower.split()))[0]


def test_a_post_naming_the_release_meeting_as_its_source_reports_that_meeting() -> None:
    release = announcement_doc(ann(
        "a1", "Tim Pengendali Harga Kabupaten Sukamaju menggelar rapat koordinasi, Senin (2/11/2026). "
        "Harga beras tercatat stabil. Yang perlu diwaspadai menjelang akhir tahun adalah telur dan gula.",
        title="Rapat Koordinasi Pengendali Harga Sukamaju"))
    said = post("Jar rakor pengendali harga Sukamaju, harga beras stabil. Tapi telur wan gula diawasi jelang akhir tahun.")
    own = post("Harga beras stabil di pasar Sukamaju. Tapi telur wan gula diawasi jelang akhir tahun.")
    assert "periksa" in said.whole.marks.kinds and "rapat" in said.whole.marks.later_kinds
    assert decisions._other_event(said, release) == []
    assert decisions._other_event(own, release) == ["periksa"]


@pytest.mark.parametrize("casual, official", [
    ("Kabag Umum", "Kepala Bagian Umum"),
    ("matiakan TV", "matiakan televisi"),
    ("mulai 3 Disimbar", "mulai 3 Desember"),
    ("infaq jumat", "infak jumat"),
    ("HP warga", "telepon genggam warga"),
])
def test_short_names_and_spellings_read_as_the_release_words(casual: str, official: str) -> None:
    assert set(terms(official).terms) <= set(terms(casual).terms) | {"elepon"}


def test_a_release_setting_its_thing_apart_makes_the_posts_bukan_its_own_contrast() -> None:
    release = announcement_doc(ann(
        "a1", "Pemkab Sukamaju mengirim 8 penyuluh ke desa terpencil, Senin (2/11/2026). Program ini "
        "dibiayai APBD dan terpisah dari penyuluh provinsi. Mereka bertugas tiga bulan.",
        title="Sukamaju Kirim 8 Penyuluh ke Desa Terpencil"))
    assert "suluh" in release.negated or any("suluh" in t for t in release.negated)
    relay = post("Pemkab Sukamaju kirim 8 penyuluh ke desa terpencil, dananya APBD, bukan penyuluh provinsi.")
    assert decisions._denied(relay, release) is None


def test_kabar_lain_opens_the_next_item_of_a_roundup() -> None:
    from crawler.matching.textnorm import roundup_items
    item = ("Selain itu, Pemkab Sukamaju resmikan jembatan gantung Desa Hilir. Kabar lain: Sukamaju "
            "usulkan 9 desa dapat sinyal 4G tahun depan.")
    assert roundup_items(item) == ["Selain itu, Pemkab Sukamaju resmikan jembatan gantung Desa Hilir.",
                                   "Kabar lain: Sukamaju usulkan 9 desa dapat sinyal 4G tahun depan."]
    assert len(roundup_items("Warga senang, kabar lain belum ada. Jembatan dipakai mulai Senin.")) == 1
