"""Issue 12, seventh round: texts as the platforms shape them.

Numbers written in words (Indonesian and Banjar) are the figures digits give; a round-up laid
out as a video's chapter list or as a website's prose under the theme's menus is read as items;
hashtags and platform lines ("link di bio", "Forwarded from …", subscribe lines, greetings)
carry no event evidence.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import clean_text, items, list_blocks, terms
from tests.matching.test_generalize import ann, index, post
from tests.matching.test_items import A_PASAR, A_RABIES


@pytest.mark.parametrize("one, other", [
    ("lima puluh ampat kursi roda", "54 kursi roda"),            # Banjar "ampat"
    ("dua ratus dua walas lulusan", "212 lulusan"),              # Banjar "walas" = "belas"
    ("dua ratus dua belas lulusan", "212 lulusan"),
    ("seratus lima puluh paket", "150 paket"),
    ("sebelas desa", "11 desa"),
    ("satu setengah juta rupiah", "1,5 juta rupiah"),
    ("setengah juta rupiah", "500 ribu rupiah"),
    ("0,5 ribu bibit", "500 bibit"),
    ("juara katiga", "juara ketiga"),                           # Banjar ordinal
])
def test_numbers_in_words_give_the_digits_term(one: str, other: str) -> None:
    assert terms(one).terms == terms(other).terms
    assert any(t[0].isdigit() for t in terms(one).specific)


def test_a_number_opening_an_emoji_line_is_a_figure_not_a_name() -> None:
    # a capital after an emoji bullet opens the line's sentence ("Simpang Empat" stays a name)
    assert "54" in terms("⭐ Lima puluh ampat kursi roda dibagikan").terms
    assert "4" not in terms("Warga Simpang Empat menerima kursi roda").terms


def test_half_past_is_no_figure() -> None:
    # "setengah delapan" is half past seven: no 8.5 and no half of anything
    found = terms("antre dari setengah delapan pagi").terms
    assert not any("," in t for t in found)


def test_banjar_sa_prefix_names_the_region() -> None:
    assert terms("juara satu sa-Batola").terms == terms("juara satu se-Batola").terms
    assert "baritokuala" in terms("juara satu sa-Batola").terms


# ---------------------------------------------------------------- round-up layouts of platforms


CHAPTERS = ("WARTA DESA PEKAN INI | KIM Sungai Rangas\n"
            "Ringkasan video pekan ini:\n"
            "00:00 Pembuka\n"
            "01:15 Pasar murah Dinas Perdagangan di Gambut 12 Maret, 500 paket sembako Rp50.000\n"
            "04:02 Kerja bakti membersihkan parit di RT 02\n"
            "06:40 Vaksinasi rabies gratis di Binuang 14 Maret untuk 300 ekor anjing dan kucing\n\n"
            "Jangan lupa subscribe 🔔")


def test_a_video_chapter_list_is_a_roundup_one_item_per_timestamp() -> None:
    marked = [block for block, item in list_blocks(clean_text(CHAPTERS)) if item]
    assert "Kerja bakti membersihkan parit di RT 02" in marked  # the timestamp is no fact of the item
    assert any(block.startswith("Pasar murah") for block in marked)
    assert {d.announcement_id for d in decide(index(A_PASAR, A_RABIES), post(CHAPTERS), MatchConfig())} == {"a", "b"}


def test_short_chapters_of_one_video_are_no_items() -> None:
    video = ("Vaksinasi rabies gratis di Binuang 14 Maret untuk 300 ekor anjing dan kucing warga.\n\n"
             "00:00 Pembukaan\n02:41 Sambutan camat\n09:20 Penutup")
    assert not post(video).roundup


WEBSITE = ("Rangkuman Kabar Desa\n"
           "Beranda | Profil | Berita | Galeri | Kontak\n"
           "Oleh Admin KIM Sungai Rangas · 2 Komentar\n\n"
           "Berikut rangkuman informasi pekan ini. Pasar murah Dinas Perdagangan di Gambut 12 Maret, 500 paket "
           "sembako Rp50.000. 300 ekor anjing dan kucing divaksin rabies gratis di Binuang 14 Maret. "
           "Kerja bakti RT 02 Minggu pagi.\n\n"
           "Baca juga: Lomba Mewarnai\n\n"
           "Bagikan: Facebook Twitter WhatsApp\nTags: berita, desa\n5 Komentar · Tinggalkan balasan")


def test_a_website_theme_around_a_prose_roundup_is_dropped_and_the_roundup_read() -> None:
    cleaned = clean_text(WEBSITE)
    for line in ("Beranda", "Oleh Admin", "Komentar", "Bagikan", "Tags"):
        assert line not in cleaned
    prose = [block for block, _item in list_blocks(cleaned) if block.startswith("Berikut")][0]
    assert len(items(prose)) == 4  # the opening sentence and three items; a figure opens one
    assert {d.announcement_id for d in decide(index(A_PASAR, A_RABIES), post(WEBSITE), MatchConfig())} == {"a", "b"}


def test_a_menu_like_line_inside_a_story_stays() -> None:
    assert "Rp50.000 / paket" in clean_text("Harga beras Rp50.000 / paket | stok aman")
    assert "Oleh karena itu" in clean_text("Oleh karena itu warga diminta hadir.")


# ---------------------------------------------------------------- hashtags and platform lines


CLOUD = (" #binuang #tapin #rabies #fyp #explore #infokalsel #kimkalsel #viral #beritadaerah #kalsel #infowarga"
         " #urangbanua #kabarbanua #wargabijak")


def decided(announcements: list[dict[str, object]], text: str, when: str = "2024-10-02T10:00:00+08:00") -> set[str]:
    return {d.announcement_id for d in decide(index(*announcements), post(text, when), MatchConfig())}


def test_a_cloud_of_hashtags_is_dropped_a_few_are_read_as_words() -> None:
    assert "fyp" not in clean_text("Vaksin rabies di Binuang." + CLOUD)
    assert "Batola" in clean_text("Jalan diaspal hotmix. #Batola #Tapin")  # the writer's labels stay


@pytest.mark.parametrize("caption", [
    "Vaksin rabies gratis di Binuang, 300 ekor anjing wan kucing 🐶\n\n" + CLOUD,
    "⭐ Vaksin rabies gratis di Binuang 14 Maret 🐶\n\n" + CLOUD,
])
def test_a_caption_under_a_hashtag_cloud_is_read_on_its_message(caption: str) -> None:
    # the cloud's twenty words the release lacks no longer outweigh the message
    assert decided([A_PASAR, A_RABIES], caption) == {"b"}


@pytest.mark.parametrize("line", [
    "Forwarded from Humas Daerah", "↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇",
    "🔗 link di bio", "Selengkapnya cek link di bio ya 👆", "Jangan lupa LIKE, SHARE dan SUBSCRIBE 🔔",
    "Kamera: Tim KIM Tanjung", "Good morning dangsanak!", "Salam KIM!", "Terima kasih.", "_Thank you 🙏_",
    "Assalamualaikum wr. wb. 🙏", "_Semoga bermanfaat 🙏_", "Bismillah.",
])
def test_platform_lines_are_dropped(line: str) -> None:
    assert clean_text(line + "\nVaksin rabies di Binuang.").strip() == "Vaksin rabies di Binuang."


@pytest.mark.parametrize("sentence", [
    "Selamat pagi, besok ada vaksinasi rabies di Binuang untuk semua anjing.",
    "Terima kasih kepada Dinas Sosial atas bantuan 54 kursi roda.",
    "Alhamdulillah, RT 14 Kuin Utara juara kampung bersih!",
    "Diteruskan ke Sungai Pekapuran pada September.",
])
def test_a_sentence_opening_with_a_greeting_word_stays(sentence: str) -> None:
    assert clean_text(sentence) == sentence


def test_a_forwarded_message_with_a_subscribe_line_is_read_on_its_message() -> None:
    text = ("Forwarded from Humas Tapin Official Channel\nVaksin rabies gratis di Binuang, 300 ekor anjing 🐶\n"
            "Jangan lupa subscribe channel kami")
    assert decided([A_PASAR, A_RABIES], text) == {"b"}


# ---------------------------------------------------------------- the next event, by name

RONDA = ann("r", "Pos kamling RT 3 Desa Bitahan, Kecamatan Lokpaikat, menjadi juara pertama Lomba Siskamling Kabupaten "
                 "Tapin 2024, diumumkan Selasa (1/10/2024).\n\n\"Ronda di Bitahan jalan tiap malam dengan 36 warga "
                 "bergiliran,\" kata Kasat Binmas Polres Tapin, AKP Hendra.\n\nJuara pertama berhak atas Rp15 juta dan "
                 "mewakili Tapin ke tingkat Polda Kalsel.", published_at="2024-10-01T10:00:00+08:00",
            title="Pos Kamling Bitahan Juara Lomba Siskamling Tapin")


BERSIH = ann("k", "RT 9 Kelurahan Sungai Jingah meraih juara pertama Lomba Kampung Bersih 2024, diumumkan di Balai Kota, "
                  "Selasa (1/10/2024).\n\n\"Semua rumah punya lubang biopori dan memilah sampah,\" kata Ketua Tim "
                  "Penilai, Dr. Rudi.\n\nJuara pertama akan mewakili Banjarmasin pada penilaian Kampung Iklim tingkat "
                  "provinsi.", published_at="2024-10-01T10:00:00+08:00",
             title="RT 9 Sungai Jingah Juara Lomba Kampung Bersih")


@pytest.mark.parametrize("release, visit, relay", [
    # "mewakili Tapin ke tingkat Polda" schedules what comes next, like "untuk mewakili"
    (RONDA, "Tim Polda Kalsel meninjau pos kamling wakil Tapin malam tadi, warga menyambut dengan ronda lengkap.",
     "Pos kamling RT 3 Bitahan juara lomba siskamling Tapin, dapat Rp15 juta, mewakili Tapin ke tingkat Polda Kalsel."),
    # Kampung Iklim is the next stage the winner goes to, not the Kampung Bersih contest: a post
    # naming it and none of the release's own names is about it, however many topic words it shares
    (BERSIH, "Tim penilai Kampung Iklim provinsi berkunjung ke kota, meninjau lubang biopori dan bank sampah warga. "
             "Hasil diumumkan bulan depan.",
     "RT 9 Sungai Jingah juara Lomba Kampung Bersih, semua rumah punya lubang biopori. Selanjutnya maju ke "
     "penilaian Kampung Iklim provinsi."),
])
def test_a_post_about_the_next_event_named_by_the_release_is_another_event(
        release: dict[str, object], visit: str, relay: str) -> None:
    assert decided([release], visit, "2024-10-28T21:00:00+08:00") == set()
    assert decided([release], relay, "2024-10-02T10:00:00+08:00") == {release["id"]}


KURSI = ann("w", "Pemerintah Kabupaten Barito Kuala menyerahkan 35 kursi roda dan 18 kaki palsu kepada penyandang "
                 "disabilitas, Senin (30/9/2024), di Aula Selidah Marabahan.\n\n\"Kaki palsu dibuat sesuai ukuran "
                 "masing-masing,\" kata Kepala Dinas Sosial, Hj. Rina.", published_at="2024-10-01T10:00:00+08:00",
            title="Barito Kuala Serahkan 35 Kursi Roda dan 18 Kaki Palsu")


def test_a_hashtag_naming_a_place_gives_the_place_the_name_gives() -> None:
    # "#batola" is Barito Kuala and "#marabahan" the town, as in a sentence — not two words the
    # release lacks
    assert terms("#batola #marabahan").terms == terms("Batola, Marabahan").terms
    text = "Alhamdulillah 18 urang dapat kaki palsu wan 35 urang kursi roda 🤲 #batola #disabilitas #marabahan"
    assert decided([KURSI], text) == {"w"}


@pytest.mark.parametrize("short, written", [
    ("tgl 24/2 di balai desa", "tanggal 24/2 di balai desa"),
    ("surat kpd warga", "surat kepada warga"),
    ("bln depan dimulai", "bulan depan dimulai"),
])
def test_chat_abbreviations_read_as_the_words(short: str, written: str) -> None:
    assert terms(short).terms == terms(written).terms


def test_a_call_to_watch_is_a_platform_line() -> None:
    # (thirty-second round) "Tonton dan bagikan", "Tonton sampai habis": the video's call to
    # watch and share, like "mohon disebarkan", whatever account tag follows it; made-up lines
    text = "Jembatan gantung Desa Murung diperbaiki\n\nTonton dan bagikan. #KIMMurung\nTonton sampai habis ya."
    assert clean_text(text).split() == ["Jembatan", "gantung", "Desa", "Murung", "diperbaiki"]
    assert "ditonton" in clean_text("Film pendek itu ditonton 300 warga di lapangan desa.")
