"""A number is a shared fact only when it prices or counts the same thing in both texts:

- a market's own price note ("harga … Rp…, turun dari minggu lalu") is not the release that recorded
  that price there (``decisions._price_note``), unless the release itself tells a move against an
  earlier period;
- a figure the release gives only as a yardstick ("setara enam kantong donor biasa", "lebih murah
  dari … Rp20.000") counts nothing of its event (``decisions._compared_only``);
- a post whose lead names "<the release's thing> lain" tells of another one
  (``decisions._another_of``), unless it tells a later turn or relays the release's figures.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.documents import PRIOR_MOVE, compared_figures
from tests.matching.background import background, index
from tests.matching.background import score as background_score
from tests.matching.test_generalize import ann, post

CONFIG = MatchConfig()

OTHERS = background("Kegiatan diikuti warga setempat, kata camat.")

SURVEY = ann("s", "KANDANGAN – Tim Dewan Pengupahan Kabupaten Hulu Sungai Selatan mendata harga kebutuhan hidup "
                  "di Pasar Kandangan, Rabu (4/11/2026). Tujuh anggota tim menanyai 25 pedagang tentang 40 jenis "
                  "barang. Harga gula pasir rata-rata tercatat Rp17.400 per kilogram dan minyak goreng Rp19.600 "
                  "per liter. Hasil survei menjadi bahan usulan upah minimum kabupaten.",
             published_at="2026-11-04T11:00:00+08:00", title="Dewan Pengupahan HSS Survei Harga di Pasar Kandangan")
WEEKLY = ann("w", "KANDANGAN – Dinas Perdagangan HSS memantau harga di Pasar Kandangan, Rabu (4/11/2026). Harga "
                  "gula pasir naik menjadi Rp17.400 per kilogram, naik dibanding pekan lalu. Minyak goreng stabil "
                  "di Rp19.600 per liter. Pedagang diminta tidak menimbun.",
             published_at="2026-11-04T11:00:00+08:00", title="Harga Gula di Pasar Kandangan Naik Pekan Ini")
PRICE_NOTES = (
    "Harga gula pasir di Pasar Kandangan minggu ini Rp17.400 sekilo, turun sedikit dari minggu lalu kata pedagang.",
    "Rega gula di Pasar Kandangan Rp17.400 sakilo, mundak matan samalam. Minyak goreng Rp19.600.",
    "Pagi ini di Pasar Kandangan gula pasir masih Rp17.400 sekilo, harganya sama seperti pekan lalu. Yang naik "
    "cabai rawit. Belanja bijak ya.",
)
SURVEY_RELAYS = (
    "Dewan Pengupahan HSS survei harga di Pasar Kandangan, 25 pedagang ditanya 40 jenis barang. Gula Rp17.400, "
    "minyak goreng Rp19.600. Jadi bahan usulan UMK.",
    "Tim Dewan Pengupahan turun ka Pasar Kandangan manakuni rega 40 macam barang ka 25 padagang. Gula Rp17.400 "
    "sakilo. Gasan bahan UMK.",
)
LATER = "2026-11-06T09:00:00+08:00"


def score(announcement: dict[str, Any], text: str) -> float:
    return background_score(OTHERS, announcement, text, LATER)


def test_the_price_move_reading() -> None:
    assert PRIOR_MOVE.search("harga turun sedikit dari minggu lalu")
    assert PRIOR_MOVE.search("rega mundak matan samalam")
    assert not PRIOR_MOVE.search("harga naik menjadi rp17.400 per kilogram")


@pytest.mark.parametrize("text", PRICE_NOTES)
def test_a_markets_own_price_note_is_not_the_survey(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = index(OTHERS, SURVEY).by_id["s"]
    assert decisions._price_note(post(text, LATER), doc)
    assert score(SURVEY, text) < CONFIG.threshold
    monkeypatch.setattr(decisions, "_price_note", lambda post, doc: None)
    if text is PRICE_NOTES[0]:
        assert score(SURVEY, text) >= CONFIG.threshold  # fails without the rule


@pytest.mark.parametrize("text", SURVEY_RELAYS)
def test_a_relay_of_the_survey_is_kept(text: str) -> None:
    assert decisions._price_note(post(text, LATER), index(OTHERS, SURVEY).by_id["s"]) is None
    assert score(SURVEY, text) >= CONFIG.threshold


def test_a_release_that_tells_the_move_itself_is_relayed() -> None:
    doc = index(OTHERS, WEEKLY).by_id["w"]
    assert doc.moves
    assert decisions._price_note(post(PRICE_NOTES[0], LATER), doc) is None


MACHINE = ann("m", "MARTAPURA – Unit Transfusi Darah RSUD Ratu Zalecha mulai memakai mesin pemisah plasma, Senin "
                   "(2/11/2026) untuk pasien DBD dan luka bakar. Satu kali donor dengan mesin ini menghasilkan plasma "
                   "setara empat kantong donor biasa dan memakan waktu 70 menit. Sampai akhir tahun ditargetkan 80 pendonor plasma terdaftar. "
                   "Calon pendonor harus berusia 18–55 tahun.",
              published_at="2026-11-02T10:00:00+08:00", title="UTD RSUD Ratu Zalecha Pakai Mesin Pemisah Plasma")
FAMILY_STORIES = (
    "Empat kantong plasma akhirnya didapat keluarga pasien DBD di RSUD Ratu Zalecha setelah tiga hari mencari "
    "donor. Terima kasih para pendonor.",
    "Alhamdulillah ampat kantong plasma gasan abah ulun, pasien DBD di RSUD Ratu Zalecha, dapat jua matan "
    "pendonor, imbah dua hari bacari.",
    "Keluarga pasien DBD di RSUD Ratu Zalecha butuh empat kantong plasma, sudah dapat dari donor kawan-kawan "
    "pengajian. Mohon doanya.",
)
MACHINE_RELAYS = (
    "UTD RSUD Ratu Zalecha sekarang pakai mesin pemisah plasma, sekali donor 70 menit, target 80 pendonor plasma "
    "sampai akhir tahun.",
    "Mesin pemisah plasma di RSUD Ratu Zalecha: satu donor setara empat kantong biasa, 70 menit, umur 18–55.",
)


def test_the_yardstick_reading() -> None:
    assert compared_figures("Hasilnya setara enam kantong donor biasa.") == {"6"}
    assert compared_figures("Harga Rp12.000, lebih murah dari es kiriman kota yang Rp20.000.") == {"20000"}
    # a figure the text also gives as its own is not a yardstick only
    assert compared_figures("Harga Rp12.000, lebih murah dari Rp20.000. Tahun lalu juga Rp20.000.") == frozenset()


@pytest.mark.parametrize("text", FAMILY_STORIES)
def test_a_familys_own_bags_are_not_the_yardstick(text: str) -> None:
    doc = index(OTHERS, MACHINE).by_id["m"]
    assert doc.compared == {"4"}
    assert score(MACHINE, text) < CONFIG.threshold


def test_the_yardstick_rule_is_what_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = index(OTHERS, MACHINE).by_id["m"]
    shared = frozenset({"4", "kantong", "plasma"})
    assert decisions._compared_only(shared, doc) == ("4",)
    assert decisions._compared_only(shared | {"70"}, doc) == ()  # another figure of its own event


@pytest.mark.parametrize("text", MACHINE_RELAYS)
def test_a_relay_of_the_machine_is_kept(text: str) -> None:
    assert score(MACHINE, text) >= CONFIG.threshold


HEARING = ann("h", "BANJARMASIN – Komisi II DPRD Kalsel menggelar rapat dengar pendapat soal 64 pekerja borongan "
                   "sebuah pabrik pengolahan karet di Banjarmasin, Selasa (3/11/2026). Rapat menghadirkan serikat "
                   "pekerja, manajemen dan Disnakertrans. Komisi II meminta pengawas memeriksa perusahaan dalam dua "
                   "pekan.",
              published_at="2026-11-03T15:00:00+08:00", title="Komisi II DPRD Kalsel RDP Soal 64 Pekerja Borongan "
                                                              "Pabrik Pengolahan Karet")
ANOTHER = (
    "Komisi II DPRD Kalsel sidak ke pabrik pengolahan karet lain di Marabahan dan menemukan pekerja tanpa helm.",
    "Anggota dewan Komisi II turun ka pabrik pengolahan karet nang lain di Rantau, gudangnya bocor.",
)
HEARING_RELAYS = (
    "Komisi II DPRD Kalsel RDP soal 64 pekerja borongan pabrik pengolahan karet, pengawas diminta memeriksa.",
    "DPRD Kalsel bahas nasib 64 pekerja borongan pabrik karet. Pabrik pengolahan karet lain menyusul diperiksa.",
)


@pytest.mark.parametrize("text", ANOTHER)
def test_another_mill_named_as_such_is_another(text: str) -> None:
    doc = index(OTHERS, HEARING).by_id["h"]
    assert decisions._another_of(post(text, LATER), doc, frozenset({"kalsel"})) == "pabrik pengolahan karet lain"
    assert score(HEARING, text) < CONFIG.threshold


@pytest.mark.parametrize("text", HEARING_RELAYS)
def test_a_relay_of_the_hearing_is_kept(text: str) -> None:
    doc = index(OTHERS, HEARING).by_id["h"]
    assert decisions._another_of(post(text, LATER), doc, frozenset({"64"})) is None
    assert score(HEARING, text) >= CONFIG.threshold


def test_each_rule_is_what_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decisions, "_compared_only", lambda shared, doc, unit=None: ())
    monkeypatch.setattr(decisions, "_another_of", lambda post, doc, shared: None)
    assert score(MACHINE, FAMILY_STORIES[0]) >= CONFIG.threshold  # fails without the yardstick rule
    assert score(HEARING, ANOTHER[0]) >= CONFIG.threshold  # fails without the "lain" rule


TRAINING = ann("t", "BARABAI – Dinas Tenaga Kerja Hulu Sungai Tengah melatih 26 perusahaan membentuk Lembaga Kerja "
                    "Sama (LKS) Bipartit di Aula Murakata, Kamis (5/11/2026). Pesertanya dari toko swalayan, hotel, "
                    "klinik swasta dan penggilingan padi. Baru 11 perusahaan di HST yang memiliki LKS Bipartit aktif. "
                    "Perusahaan diberi waktu tiga bulan untuk melaporkan pembentukan LKS Bipartit.",
               published_at="2026-11-05T10:00:00+08:00", title="26 Perusahaan di HST Dilatih Bentuk LKS Bipartit")
ONE_FIRM = (
    "LKS Bipartit di sebuah klinik swasta di Barabai sudah rapat empat kali tahun ini dan berhasil menyepakati "
    "jadwal jaga baru.",
    "LKS Bipartit di sabuah toko swalayan Barabai sudah bakumpul tiga kali, hasilnya seragam pegawai diganti.",
    "Salah satu penggilingan padi di HST akhirnya punya LKS Bipartit, wakil pekerjanya seorang operator senior.",
)
TRAINING_RELAYS = (
    "Disnaker HST latih 26 perusahaan bentuk LKS Bipartit. Baru 11 yang punya LKS aktif, diberi waktu tiga bulan.",
    "26 parusahaan di HST dilatih bentuk LKS Bipartit, salah satu dari 11 yang sudah aktif jadi contoh.",
)


@pytest.mark.parametrize("text", ONE_FIRM)
def test_one_firms_own_instance_is_another_event(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = index(OTHERS, TRAINING).by_id["t"]
    assert decisions._one_of_own(post(text, LATER), doc, frozenset({"lks", "bipartit"}))
    assert score(TRAINING, text) < CONFIG.threshold


def test_the_one_of_own_rule_is_what_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decisions, "_one_of_own", lambda post, doc, shared: None)
    assert score(TRAINING, ONE_FIRM[2]) >= CONFIG.threshold  # fails without the rule


@pytest.mark.parametrize("text", TRAINING_RELAYS)
def test_a_relay_of_the_training_is_kept(text: str) -> None:
    assert score(TRAINING, text) >= CONFIG.threshold


def test_one_of_the_releases_count_is_not_one_of_its_own() -> None:
    assert decisions._one_of_text("Semayap lulus ODF, salah satu 9 desa di Pulau Laut") is None
    assert decisions._one_of_text("salah satu dari lima desa") is None
    assert decisions._one_of_text("salah satu sembilan desa") is None
