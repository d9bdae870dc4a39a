"""Issue 12, twenty-first round (matcher22): Banjar coverage by category.

A short Banjar post restates a release with its own words for numbers, months, weekdays,
classifiers, time words, village and public-service nouns, verbs in their ba-/ma-/di-/ta- forms
and adjectives. Each category was only partly known, so a paraphrase shared few terms with its
release. The categories are filled from general knowledge of Banjar (Hulu and Kuala) and of
casual Indonesian. Every text here is made up for the rule it checks; none is taken from a
labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import BANJAR_WORDS, terms, word_terms
from tests.matching.test_generalize import ann, index, post


@pytest.mark.parametrize("banjar, indonesian", [
    ("dalapan kapal", "delapan kapal"),
    ("sambilan ekor", "sembilan ekor"),
    ("dua balas kampung", "dua belas kampung"),          # Banjar "balas" is the scale of "belas"
    ("lima balas ribu", "lima belas ribu"),
    ("limapuluh ribu", "lima puluh ribu"),               # a unit and its scale written as one word
    ("duapuluh lima warga", "dua puluh lima warga"),
    ("talu ratus limapuluh", "tiga ratus lima puluh"),
    ("satangah juta", "setengah juta"),                  # the Banjar half
])
def test_a_banjar_or_joined_number_word_gives_the_figure(banjar: str, indonesian: str) -> None:
    found = [t for t in terms(banjar).terms if t[0].isdigit()]
    assert found and found == [t for t in terms(indonesian).terms if t[0].isdigit()]


@pytest.mark.parametrize("text", ["balas pesan warga", "dibalas dengan cepat"])
def test_balas_alone_is_still_the_word_reply(text: str) -> None:
    assert not any(t[0].isdigit() for t in terms(text).terms)


@pytest.mark.parametrize("casual, written", [
    ("rapat 3 Disimbir", "rapat 3 Desember"),
    ("rapat 5 Nop", "rapat 5 November"),
    ("rapat 9 Peb", "rapat 9 Februari"),
    ("rapat 17 Agst", "rapat 17 Agustus"),
    ("rapat 2 Siptimber", "rapat 2 September"),
])
def test_a_month_as_banjar_and_casual_posts_write_it_gives_the_date(casual: str, written: str) -> None:
    assert [t for t in terms(casual).terms if t.startswith("date:")] == \
        [t for t in terms(written).terms if t.startswith("date:")] != []


@pytest.mark.parametrize("banjar, indonesian", [
    ("isnain", "senin"), ("arbaa", "rabu"), ("khamis", "kamis"), ("jumaat", "jumat"), ("saptu", "sabtu"),
])
def test_a_banjar_weekday_is_the_weekday(banjar: str, indonesian: str) -> None:
    assert word_terms(banjar) == word_terms(indonesian) != ()


@pytest.mark.parametrize("banjar, indonesian", [
    # classifiers
    ("lambar", "lembar"), ("kabat", "ikat"), ("bigi", "biji"), ("kampil", "karung"),
    # time words
    ("saminggu", "seminggu"), ("sabulan", "sebulan"),
    # verbs in their ba-/ma-/di-/ta- forms
    ("mangiau", "memanggil"), ("dihurup", "ditukar"), ("tarandam", "terendam"), ("taganang", "tergenang"),
    ("tadampak", "terdampak"), ("dilaporakan", "dilaporkan"), ("disadiakan", "disediakan"),
    # people, village life, public services
    ("kamanakan", "keponakan"), ("langgar", "musala"), ("tihang", "tiang"), ("sambako", "sembako"),
    ("kapulisian", "kepolisian"), ("kamacetan", "kemacetan"),
    # adjectives and states
    ("rabah", "tumbang"), ("kancang", "kencang"), ("licak", "becek"),
])
def test_each_category_has_its_banjar_words(banjar: str, indonesian: str) -> None:
    assert word_terms(banjar) == word_terms(indonesian) != ()


@pytest.mark.parametrize("word", ["tarung", "pakan", "luang", "barat", "sajak", "kanal", "laki", "tp", "hr", "sampit"])
def test_a_word_that_is_also_indonesian_with_another_meaning_is_not_mapped(word: str) -> None:
    # Banjar "tarung" (terong) is Indonesian "fight", "pakan" (pekan) "feed", "sampit" (sempit) the
    # town Sampit, "tp"/"hr" initials: a mapping would put a wrong word in releases and posts alike
    assert word not in BANJAR_WORDS


FLOOD = ann("f", "RANTAU – Banjir merendam 12 rumah di Desa Sungai Bahalang, Kecamatan Tapin Tengah, Selasa "
                 "(6/10/2026). Sebanyak 45 jiwa terdampak dan dua pohon tumbang menutup jalan desa. Petugas "
                 "BPBD menyalurkan sembako bagi warga.",
            published_at="2026-10-06T10:00:00+08:00", title="Banjir Rendam 12 Rumah di Tapin Tengah")
OTHER = ann("o", "RANTAU – Banjir merendam 30 rumah di Desa Sawang, Kecamatan Piani, Selasa (6/10/2026). "
                 "Sebanyak 90 jiwa terdampak. Petugas BPBD menyalurkan sembako bagi warga.",
            published_at="2026-10-06T11:00:00+08:00", title="Banjir Rendam 30 Rumah di Piani")


def test_a_banjar_paraphrase_with_number_words_meets_its_release_not_the_look_alike() -> None:
    # no place named: only the figures, written as Banjar number words, tell the two floods apart
    text = ("Banjir hari Salasa: dua balas rumah tarandam, urang nang tadampak ampatpuluh lima jiwa, dua puhun "
            "rabah. BPBD dibagiakan sambako gasan warga.")
    found = {d.announcement_id for d in decide(index(FLOOD, OTHER), post(text, "2026-10-06T19:00:00+08:00"),
                                               MatchConfig())}
    assert found == {"f"}


@pytest.mark.parametrize("text, figure", [
    ("Vaksin gratis lah 💉 Saribu dua ratus anak sudah disuntik", "1200"),
    ("Pasar murah ramai ✅️ Lima ratus paket habis", "500"),
])
def test_a_capitalised_number_word_after_an_emoji_opens_a_sentence(text: str, figure: str) -> None:
    # a chat post ends a sentence with an emoji instead of a full stop: the whole figure is read,
    # not its tail after a "name"
    found = [t for t in terms(text).terms if t[0].isdigit()]
    assert found == [figure]


def test_a_capitalised_number_word_inside_a_name_is_still_a_name() -> None:
    assert "4" not in terms("warga di Simpang Empat dapat bantuan").terms


@pytest.mark.parametrize("built, indonesian", [
    ("iwaknya", "ikannya"), ("hintalulah", "telurlah"), ("kabunku", "kebunku"),   # a clitic after a root
    ("basakulah", "bersekolah"), ("bacalap", "kebanjiran"), ("tarigat", "kotor"),      # ba-/ta- before a root
])
def test_a_listed_banjar_root_is_known_in_its_built_forms(built: str, indonesian: str) -> None:
    assert word_terms(built) == word_terms(indonesian) != ()


@pytest.mark.parametrize("indonesian, root", [("dilarang", "larang"), ("malarang", "larang")])
def test_a_built_form_of_a_root_indonesian_has_too_keeps_the_indonesian_meaning(indonesian: str, root: str) -> None:
    # "larang" is Banjar for expensive but Indonesian for forbid: "dilarang" is forbidden
    assert word_terms(indonesian) == (root,)
