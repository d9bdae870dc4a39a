"""Event identity (issue 12): a round-up's items are separate events, each judged on its own
facts; a single-event post is judged on all of its facts, wherever they stand."""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import post_doc
from crawler.matching.textnorm import items
from tests.matching.test_generalize import ann as _ann
from tests.matching.test_generalize import index, post


def ann(id_: str, text: str) -> dict:
    return _ann(id_, text, published_at="2026-07-16T08:00:00+08:00")


FAIR_TABALONG = ann("fair-tabalong", (
    "Job Fair Tabalong 2026 Hadirkan 34 Perusahaan dan 1.240 Lowongan\n\n"
    "TANJUNG – Dinas Tenaga Kerja Kabupaten Tabalong menggelar job fair di Gedung Serbaguna "
    "Tanjung, Selasa dan Rabu (14-15/7/2026). Sebanyak 34 perusahaan membuka 1.240 lowongan kerja. "
    "Pencari kerja dapat membuat kartu kuning di lokasi tanpa biaya."))
FAIR_TALA = ann("fair-tala", (
    "Job Fair Tanah Laut 2026 Dibuka, 27 Perusahaan Tawarkan 860 Lowongan\n\n"
    "PELAIHARI – Wakil Bupati Tanah Laut membuka job fair di Gedung Tuntung Pandang, Kamis "
    "(16/7/2026). Sebanyak 27 perusahaan sawit, tambang dan perbankan menawarkan 860 lowongan. "
    "Sebagian perusahaan langsung melakukan wawancara di tempat."))
OTHERS = [
    ann("vaksin", "Dinas Peternakan Banjar menggelar vaksinasi rabies gratis untuk 1.500 anjing dan kucing "
                  "di Martapura pada 20 Juli 2026."),
    ann("banjir", "Banjir merendam 5.340 rumah di tujuh kecamatan Hulu Sungai Utara, BPBD menetapkan status "
                  "tanggap darurat selama 14 hari."),
    ann("beasiswa", "Pendaftaran Beasiswa HSU Cerdas 2026 dibuka hingga 20 Maret untuk 250 mahasiswa "
                    "berprestasi dari keluarga kurang mampu."),
]


def matched(text: str, *anns: dict) -> set[str]:
    idx = index(*anns, *OTHERS)
    return {d.announcement_id for d in decide(idx, post(text, "2026-07-17T10:00:00+08:00"), MatchConfig())}


@pytest.mark.parametrize("text", [
    "Info loker pekan ini:\n• Job fair Tabalong di Gedung Serbaguna Tanjung, 34 perusahaan, 1.240 lowongan\n"
    "• Job fair Tanah Laut di Tuntung Pandang, 27 perusahaan, 860 lowongan",
    "Ringkasan Juli: (1) Job fair Tabalong di Gedung Serbaguna Tanjung, 34 perusahaan dan 1.240 lowongan; "
    "(2) Job fair Tanah Laut di Tuntung Pandang, 27 perusahaan dan 860 lowongan.",
    "Kabar sepekan: Job fair Tabalong di Gedung Serbaguna Tanjung menghadirkan 34 perusahaan dan 1.240 "
    "lowongan. Job fair Tanah Laut di Tuntung Pandang diikuti 27 perusahaan dengan 860 lowongan.",
])
def test_a_roundup_of_two_editions_of_one_programme_matches_both(text: str) -> None:
    assert post_doc({"id": "p", "text": text}).roundup
    assert matched(text, FAIR_TABALONG, FAIR_TALA) == {"fair-tabalong", "fair-tala"}


def test_a_story_in_paragraphs_is_not_a_roundup() -> None:
    story = ("Job fair Tabalong di Gedung Serbaguna Tanjung ramai.\n\n"
             "Sebanyak 34 perusahaan membuka 1.240 lowongan.\n\nKartu kuning bisa dibuat di lokasi.")
    assert not post_doc({"id": "p", "text": story}).roundup


@pytest.mark.parametrize(("text", "expected"), [
    ("Kabar sepekan: Mappanretasi di Pantai Pagatan ramai. Admin KIM ikut bimtek cek fakta.",
     ["Kabar sepekan:", "Mappanretasi di Pantai Pagatan ramai.", "Admin KIM ikut bimtek cek fakta."]),
    ("Beasiswa dibuka untuk 250 mahasiswa, sementara Balangan menyalurkan insentif.",
     ["Beasiswa dibuka untuk 250 mahasiswa,", "sementara Balangan menyalurkan insentif."]),
])
def test_one_paragraph_roundups_are_split(text: str, expected: list[str]) -> None:
    assert items(text) == expected


def test_a_heading_that_is_not_a_roundup_keeps_its_sentences_together() -> None:
    text = "Pengingat dari Bapenda Tapin: jatuh tempo PBB-P2 tanggal 30 September. Bayar di bank."
    assert items(text) == [text]


GPM_HSS = _ann("gpm-hss", published_at="2026-02-09T10:00:00+08:00", text=(
    "GPM Jelang Ramadan Digelar di Kandangan, Beras SPHP Dijual Rp58 Ribu\n\n"
    "KANDANGAN – Dinas Ketahanan Pangan Kabupaten Hulu Sungai Selatan menggelar Gerakan Pangan "
    "Murah di halaman kantor dinas, Senin (9/2/2026). Beras SPHP dijual Rp58.000 per 5 kg, "
    "MinyaKita Rp15.700 per liter dan gula Rp17.000 per kg."))


def test_another_kabupatens_edition_of_the_programme_is_not_matched() -> None:
    """Region sense: the same programme, date and prices, but in Hulu Sungai Utara."""
    other = ("GPM Kabupaten HSU digelar di halaman Kantor Dinas Ketahanan Pangan Amuntai, Senin "
             "9 Februari 2026. Beras SPHP Rp58.000 per 5 kg, MinyaKita Rp15.700 per liter, gula Rp17.000.")
    same = ("GPM Kabupaten HSS digelar di halaman Kantor Dinas Ketahanan Pangan Kandangan, Senin "
            "9 Februari 2026. Beras SPHP Rp58.000 per 5 kg, MinyaKita Rp15.700 per liter, gula Rp17.000.")
    idx = index(GPM_HSS, *OTHERS)
    when = "2026-02-09T18:00:00+08:00"
    assert [d.announcement_id for d in decide(idx, post(same, when), MatchConfig())] == ["gpm-hss"]
    assert decide(idx, post(other, when), MatchConfig()) == []


def test_a_fact_outside_the_compared_blocks_still_counts_against() -> None:
    """The post's own date and kabupaten stand in its first paragraph; the blocks that look
    like the release do not carry them."""
    idx = index(GPM_HSS, *OTHERS)
    story = ("GPM di Amuntai, Kabupaten HSU, Kamis 19 Februari 2026.\n\n"
             "Gerakan Pangan Murah digelar Dinas Ketahanan Pangan di halaman kantor dinas.\n\n"
             "Beras SPHP dijual Rp58.000 per 5 kg, MinyaKita Rp15.700 per liter dan gula Rp17.000 per kg.")
    assert decide(idx, post(story, "2026-02-19T18:00:00+08:00"), MatchConfig()) == []


def test_a_post_linking_another_official_article_does_not_match_ours_on_text() -> None:
    text = ("Job fair Tabalong di Gedung Serbaguna Tanjung ditutup, 34 perusahaan menyerap 1.240 "
            "pencari kerja. https://pemkab.example.go.id/berita/job-fair-tabalong-ditutup-ratusan-diterima")
    idx = index(FAIR_TABALONG, *OTHERS)
    when = "2026-07-17T10:00:00+08:00"
    bare = text.split(" https://")[0] + "."
    assert [d.announcement_id for d in decide(idx, post(bare, when), MatchConfig())] == ["fair-tabalong"]
    linked = post(text, when, links=["https://pemkab.example.go.id/berita/job-fair-tabalong-ditutup-ratusan-diterima"])
    assert decide(idx, linked, MatchConfig()) == []
    ours = post(text, when, links=["https://pemkab.example.go.id/fair-tabalong"])
    assert [d.method for d in decide(idx, ours, MatchConfig())] == ["link"]


def test_relay_words_are_no_evidence() -> None:
    from crawler.matching.textnorm import stem, terms
    assert terms("Info dari rilis resmi, siaran pers Diskominfo").terms == terms("Diskominfo").terms
    assert stem("resmi") in terms("Jembatan itu diresmikan Bupati").terms  # an inauguration is news


def test_a_small_part_of_a_post_cannot_carry_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """A post about a village's own harvest festival, with one line that quotes the job fair's
    figures: the line alone looks like the release, the post as a whole is about something else."""
    from crawler.matching import decisions
    text = ("Festival panen raya Desa Sungai Rangas meriah sekali tahun ini, ada lomba perahu hias, "
            "pentas madihin, bazar kue tradisional, pameran hasil kebun jeruk, padi unggul, kerajinan "
            "purun dan anyaman rotan, lomba memasak soto banjar, lomba menangkap itik di sawah, "
            "pertunjukan kuda lumping, panggung dangdut, senam pagi massal dan doa syukur bersama tokoh "
            "agama, ketua adat, pengurus koperasi tani serta karang taruna setempat. Malamnya warga "
            "menonton layar tancap, menyalakan kembang api, menikmati jagung bakar, sate ayam, "
            "lemang, wadai cincin, teh hangat dan kopi susu sambil bernyanyi lagu daerah. Anak-anak "
            "bermain layangan, gasing, egrang dan balap karung di lapangan bola dekat musala.\n\n"
            "Job fair Tabalong di Gedung Serbaguna Tanjung, Selasa dan Rabu, menghadirkan 34 perusahaan "
            "dan 1.240 lowongan kerja, kartu kuning dibuat di lokasi tanpa biaya.")
    idx = index(FAIR_TABALONG, *OTHERS)
    when = "2026-07-17T10:00:00+08:00"
    assert decide(idx, post(text, when), MatchConfig()) == []
    monkeypatch.setattr(decisions, "MIN_POST_CONTAINMENT", 0.0)
    # (its "pameran" and "bazar" are an exhibition, a kind of action the job fair does not report:
    # switched off too, so that the small part alone is what refuses it)
    monkeypatch.setattr(decisions, "_other_event", lambda post, doc: [])
    assert [d.announcement_id for d in decide(idx, post(text, when), MatchConfig())] == ["fair-tabalong"]


def test_a_paragraph_naming_several_kabupaten_is_split_by_sentence() -> None:
    from crawler.matching.documents import _regional_items
    text = ("GPM sebelum Ramadan digelar serentak. Di HSS, GPM sudah digelar di Kandangan, beras Rp58 ribu. "
            "Kabarnya HSU juga menggelar GPM di hari yang sama.")
    assert len(_regional_items(text)) == 3
    assert _regional_items("Beasiswa HSU Cerdas dibuka, di Tabalong insentif mulai disalurkan.") == [
        "Beasiswa HSU Cerdas dibuka", "di Tabalong insentif mulai disalurkan."]
    one = "Insentif guru TPA HSS sudah ditransfer. Guru TPA silakan cek rekening Bank Kalsel."
    assert _regional_items(one) == [one]  # the province is no other edition
    assert post_doc({"id": "p", "text": text}).roundup and not post_doc({"id": "p", "text": one}).roundup


def test_clause_items_are_split_by_region_too() -> None:
    text = ("Pekan ini banyak kabar baik: beasiswa HSU Cerdas dibuka untuk 250 mahasiswa, di Tabalong "
            "insentif Rp1,2 juta disalurkan untuk 1.460 marbot, sementara Balangan menyalurkan Rp1,5 juta.")
    assert sum(unit.item for unit in post_doc({"id": "p", "text": text}).units) == 3
