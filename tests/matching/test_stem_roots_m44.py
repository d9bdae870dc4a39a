"""Words the stemmer cut away from their own roots (s14, m44): m- and r-initial roots after
mem-/pem- and ber-/ter-, and a Banjar ma- rewrite that kept the suffix the stemmer had cut.
Made-up texts."""

from __future__ import annotations

import pytest

from crawler.matching.lexicon import stem_roots
from crawler.matching.textnorm import stem, terms


@pytest.mark.parametrize(("affixed", "root"), [
    ("mematikan", "mati"), ("pemuda", "muda"), ("pemudanya", "muda"), ("memanfaatkan", "manfaat"),
    ("pemanfaatan", "manfaat"), ("pemenang", "menang"), ("pemakaman", "makam"), ("memudahkan", "mudah"),
    ("berenang", "renang"), ("terendam", "rendam"), ("berisiko", "risiko"), ("berencana", "rencana"),
    ("terendah", "rendah"), ("beracun", "racun"),
])
def test_an_m_or_r_root_keeps_its_key_in_its_affixed_forms(affixed: str, root: str) -> None:
    assert stem(affixed) == stem(root)


def test_a_listed_root_written_alone_is_not_read_as_banjar_ma() -> None:
    # "manfaat", "materi", "meriah" alone: not Banjar ma- + "nfaat"/"teri"/"riah"
    assert stem("manfaat") == "manfaat"
    assert stem("materi") == stem("pemateri")
    assert stem("meriah") == stem("memeriahkan")


def test_p_and_vowel_roots_stay_as_the_stemmer_reads_them() -> None:
    assert stem("memasang") == stem("pasang")
    assert stem("memilih") == stem("pilih")
    assert stem("berisi") == stem("isi")
    assert stem("berani") != stem("rani")


def test_a_banjar_ma_rewrite_does_not_keep_the_suffix_the_stemmer_cut() -> None:
    # "matikan" is mati + -kan, not Banjar ma- + "tikan": it must not meet "ikan" (fish)
    assert stem("matikan") == stem("mati")
    assert stem("matikan") != stem("ikan")
    assert stem("mambari") == stem("memberi")  # a Banjar ma- verb still read as me-


def test_a_post_and_a_release_share_the_root() -> None:
    release = terms("Lomba renang pelajar digelar di kolam renang kota").terms
    post = terms("Anak-anak berenang di kolam kota, ayo dukung").terms
    assert stem("renang") in set(release) & set(post)
    assert "enang" not in post


def test_the_list_is_roots_starting_with_m_or_r() -> None:
    roots = stem_roots()
    assert roots and all(r[0] in "mr" and r.isalpha() for r in roots)


@pytest.mark.parametrize(("word", "root"), [
    ("media", "media"), ("metode", "metode"), ("merdeka", "merdeka"), ("memori", "memori"), ("mekanik", "mekanik"),
])
def test_a_listed_loanword_with_me_keeps_its_me(word: str, root: str) -> None:
    assert stem(word) == root
    assert stem(word + "nya") == root


def test_a_t_root_whose_rest_is_a_stop_word_keeps_its_t() -> None:
    # "tunda" (postpone) is not Banjar "unda" (I), "tanda" (sign) not "anda" (you): kept, not dropped
    for form in ("tunda", "ditunda", "menunda", "penundaan", "tertunda"):
        assert stem(form) == "tunda", form
    for form in ("tanda", "ditandai", "menandai", "penanda"):
        assert stem(form) == "tanda", form
    post = terms("Jadwal vaksinasi di balai desa ditunda sampai pekan depan").terms
    assert "tunda" in post


def test_meng_before_a_vowel_is_not_read_as_a_k_root() -> None:
    # mengikuti is ikut (a stop word), not "kikut"
    assert stem("mengikuti") == stem("ikut")
    # a t/k-root whose rest is an ordinary word is still one key with its nasal form
    assert stem("tulis") == stem("menulis")
    assert stem("kirim") == stem("mengirim")
