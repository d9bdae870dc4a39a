"""A small labelled set for the matcher tests (written for these tests, not the dev set).

Four announcements: two *siblings* (the same Bimtek KIM release for Tapin and for Hulu
Sungai Utara), a cheap-market release for Banjarmasin and a flood alert for Kabupaten
Banjar. Posts cover each way of amplifying (link variants, short link, copy, excerpt,
summary, Banjar paraphrase, round-up) and each way of *not* amplifying (same topic other
event, published before, beyond the horizon, bare domain in text).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crawler import store

A_TAPIN = {
    "id": "a-bimtek-tapin", "source_id": "diskominfo-kalsel",
    "url": "https://diskominfo.kalselprov.go.id/2024/03/05/bimtek-kim-kabupaten-tapin/",
    "title": "Diskominfo Gelar Bimtek KIM Kabupaten Tapin di Rantau",
    "published_at": "2024-03-05T02:00:00Z",
    "text": (
        "RANTAU – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan menggelar bimbingan "
        "teknis Kelompok Informasi Masyarakat (KIM) bagi 45 pengurus KIM se-Kabupaten Tapin di Aula "
        "Kantor Bupati Tapin, Selasa (5/3/2024).\n\n"
        "Kepala Bidang Informasi Publik Diskominfo Kalsel, Ahmad Yani Rahman, mengatakan bimtek ini "
        "membekali pengurus KIM dengan keterampilan menulis berita desa dan mengelola media sosial.\n\n"
        "\"Kami ingin KIM di Tapin menjadi sumber informasi yang dipercaya warga, terutama menjelang "
        "musim tanam padi,\" ujar Ahmad Yani.\n\n"
        "Bimtek menghadirkan narasumber dari Universitas Lambung Mangkurat. Peserta dari Desa "
        "Banua Halat dan Desa Tambarangan tampil sebagai kelompok terbaik dalam praktik menulis.\n\n"
        "(mc/rd)"),
}
A_HSU = {
    "id": "a-bimtek-hsu", "source_id": "diskominfo-kalsel",
    "url": "https://diskominfo.kalselprov.go.id/2024/03/12/bimtek-kim-kabupaten-hulu-sungai-utara/",
    "title": "Diskominfo Gelar Bimtek KIM Kabupaten Hulu Sungai Utara di Amuntai",
    "published_at": "2024-03-12T02:00:00Z",
    "text": (
        "AMUNTAI – Dinas Komunikasi dan Informatika Provinsi Kalimantan Selatan menggelar bimbingan "
        "teknis Kelompok Informasi Masyarakat (KIM) bagi 38 pengurus KIM se-Kabupaten Hulu Sungai "
        "Utara di Gedung Galuh Bangkara, Amuntai, Selasa (12/3/2024).\n\n"
        "Kepala Bidang Informasi Publik Diskominfo Kalsel, Rina Marlina, mengatakan bimtek ini "
        "membekali pengurus KIM dengan keterampilan menulis berita desa dan mengelola media sosial.\n\n"
        "\"KIM di Hulu Sungai Utara kami harap aktif mengabarkan kegiatan desa rawa dan peternakan "
        "itik Alabio,\" ujar Rina.\n\n"
        "Bimtek menghadirkan narasumber dari Politeknik Negeri Banjarmasin. Peserta dari Desa "
        "Sungai Pandan dan Desa Padang Basar tampil sebagai kelompok terbaik dalam praktik menulis.\n\n"
        "(mc/fz)"),
}
A_PASAR = {
    "id": "a-pasar-murah", "source_id": "pemkot-banjarmasin",
    "url": "https://banjarmasinkota.go.id/berita/pasar-murah-ramadan-di-lapangan-kamboja",
    "title": "Pemko Banjarmasin Gelar Pasar Murah Ramadan di Lapangan Kamboja",
    "published_at": "2024-03-08T04:00:00Z",
    "text": (
        "BANJARMASIN – Pemerintah Kota Banjarmasin melalui Dinas Perdagangan dan Perindustrian "
        "menggelar pasar murah menjelang Ramadan di Lapangan Kamboja, Jumat (8/3/2024). Sebanyak "
        "1.200 paket sembako disediakan bagi warga.\n\n"
        "Setiap paket berisi beras 5 kg, minyak goreng 2 liter dan gula pasir 1 kg yang dijual "
        "Rp60.000, jauh di bawah harga pasar sekitar Rp115.000.\n\n"
        "Kepala Dinas Perdagangan dan Perindustrian Banjarmasin, Ichwan Noor Chalik, mengatakan "
        "pasar murah digelar untuk menahan kenaikan harga beras. \"Warga cukup membawa KTP, satu "
        "KTP untuk satu paket,\" katanya.\n\n"
        "Pasar murah berikutnya dijadwalkan di Kecamatan Banjarmasin Utara pada 15 Maret 2024.\n\n"
        "(humas-bjm/ar)"),
}
A_BANJIR = {
    "id": "a-siaga-banjir", "source_id": "pemkab-banjar",
    "url": "https://banjarkab.go.id/berita/status-siaga-darurat-banjir-kabupaten-banjar",
    "title": "Pemkab Banjar Tetapkan Status Siaga Darurat Banjir",
    "published_at": "2024-03-10T06:00:00Z",
    "text": (
        "MARTAPURA – Pemerintah Kabupaten Banjar menetapkan status siaga darurat banjir selama 14 "
        "hari mulai Minggu (10/3/2024) setelah Sungai Martapura meluap dan merendam 1.530 rumah di "
        "Kecamatan Martapura, Astambul dan Karang Intan.\n\n"
        "Kepala Pelaksana BPBD Banjar, Warsita, mengatakan 12 posko pengungsian sudah dibuka dan "
        "dapur umum melayani 3.400 porsi makanan setiap hari.\n\n"
        "\"Warga di bantaran sungai kami minta waspada karena curah hujan masih tinggi hingga "
        "pekan depan,\" ujar Warsita.\n\n"
        "Warga yang membutuhkan evakuasi dapat menghubungi call center BPBD Banjar di nomor "
        "0811-5000-112.\n\n"
        "(mc/banjar)"),
}
ANNOUNCEMENTS = [A_TAPIN, A_HSU, A_PASAR, A_BANJIR]


def _post(pid: str, kim: str, when: str, text: str, links: list[str] | None = None,
          title: str = "", platform: str = "facebook") -> dict[str, Any]:
    return {"id": pid, "kim_id": kim, "platform": platform, "url": f"https://example.org/{kim}/{pid}",
            "title": title, "text": text, "published_at": when, "links": links or []}


POSTS = [
    # link variants: http, www, amp, utm/fbclid, m., no trailing slash
    _post("p-link-amp", "kim-a", "2024-03-05T09:00:00Z", "Alhamdulillah, KIM kami ikut bimtek hari ini 🙏",
          ["http://www.diskominfo.kalselprov.go.id/2024/03/05/bimtek-kim-kabupaten-tapin/amp/"
           "?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc"]),
    _post("p-link-mobile", "kim-b", "2024-03-09T01:00:00Z", "Yuk ke pasar murah!",
          ["https://m.banjarmasinkota.go.id/berita/pasar-murah-ramadan-di-lapangan-kamboja/?amp=1"]),
    _post("p-link-short", "kim-c", "2024-03-11T00:00:00Z", "Info penting dari Pemkab, baca di sini",
          ["https://s.id/banjir-banjar"]),
    # full copy of a sibling, with header, byline, hashtags and a changed dateline
    _post("p-copy-hsu", "kim-d", "2024-03-12T08:00:00Z",
          "INFO KIM\n\n" + A_HSU["text"].replace("AMUNTAI –", "AMUNTAI, KIM Sungai Pandan -")
          .replace("(mc/fz)", "Sumber: Diskominfo Kalsel\n#KIMHSU #Bimtek"),
          title=A_HSU["title"], platform="website"),
    # excerpt: first paragraphs with an intro, cut Facebook-style
    _post("p-excerpt-pasar", "kim-a", "2024-03-08T10:00:00Z",
          "Kabar gembira buat warga!\n\n" + "\n\n".join(A_PASAR["text"].split("\n\n")[:2])
          + " ... Lihat selengkapnya"),
    # own-words summary of the flood alert
    _post("p-summary-banjir", "kim-b", "2024-03-11T03:00:00Z",
          "Pemkab Banjar menetapkan siaga darurat banjir 14 hari sejak 10 Maret. Sebanyak 1.530 rumah "
          "terendam di Martapura, Astambul dan Karang Intan. Ada 12 posko pengungsian dan dapur umum "
          "3.400 porsi sehari. Butuh evakuasi? Hubungi call center BPBD 0811-5000-112."),
    # Banjar paraphrase of the market release
    _post("p-paraphrase-pasar", "kim-c", "2024-03-08T12:00:00Z",
          "Pian handak bebelanja murah? 😍 Pemko Banjarmasin ada pasar murah di Lapangan Kamboja, 1.200 "
          "paket! Isinya baras 5 kg, minyak 2 liter wan gula 1 kg, cuma Rp60.000 haja. Bawa KTP lah, "
          "satu KTP satu paket. Kada kebagian? Tanggal 15 Maret ada lagi di Banjarmasin Utara 👍 "
          "#PasarMurah #Banjarmasin"),
    # round-up: two announcements and a local item
    _post("p-roundup", "kim-d", "2024-03-13T10:00:00Z",
          "Rangkuman info sepekan:\n\n"
          "1. Pasar murah Pemko Banjarmasin di Lapangan Kamboja: 1.200 paket sembako Rp60.000 isi beras "
          "5 kg, minyak goreng 2 liter, gula 1 kg. Berikutnya 15 Maret di Banjarmasin Utara.\n\n"
          "2. Banjir: Kabupaten Banjar siaga darurat 14 hari, 1.530 rumah terendam di Martapura, "
          "Astambul, Karang Intan. Call center BPBD 0811-5000-112.\n\n"
          "3. Gotong royong membersihkan mushola Al-Ikhlas hari Minggu pagi, kumpul jam 7."),
    # same topic, other event: the KIM's own Bimtek in another place, other date, other people
    _post("p-negative-topic", "kim-a", "2024-03-07T05:00:00Z",
          "KIM Tambarangan mengadakan pelatihan menulis berita desa untuk 12 pemuda di Balai Desa "
          "Tambarangan, Kamis (7/3/2024). Pelatihnya guru bahasa SMAN 1 Tapin Selatan, Bu Hamidah. "
          "Peserta praktik memotret kegiatan posyandu dan menulis caption untuk media sosial desa.",
          platform="website", title="Pelatihan Menulis Berita untuk Pemuda Tambarangan"),
    # published before the flood alert, about the same river: not an amplification
    _post("p-before", "kim-b", "2024-03-09T23:00:00Z",
          "Air Sungai Martapura naik lagi malam ini, rumah di Astambul mulai terendam. Warga siap-siap "
          "mengungsi ke posko di masjid. Semoga cepat surut 🙏"),
    # a copy of the Tapin release, but 40 days later: beyond the horizon
    _post("p-late-copy", "kim-c", "2024-04-14T02:00:00Z", A_TAPIN["text"], title=A_TAPIN["title"],
          platform="website"),
    # bare domain in text, no links: does not count as a link
    _post("p-bare-domain", "kim-d", "2024-03-06T02:00:00Z",
          "Jangan lupa kunjungi diskominfo.kalselprov.go.id untuk berita terbaru. Salam dari kami."),
]

GOLD = {
    "p-link-amp": {"a-bimtek-tapin"},
    "p-link-mobile": {"a-pasar-murah"},
    "p-link-short": {"a-siaga-banjir"},
    "p-copy-hsu": {"a-bimtek-hsu"},
    "p-excerpt-pasar": {"a-pasar-murah"},
    "p-summary-banjir": {"a-siaga-banjir"},
    "p-paraphrase-pasar": {"a-pasar-murah"},
    "p-roundup": {"a-pasar-murah", "a-siaga-banjir"},
    "p-negative-topic": set(),
    "p-before": set(),
    "p-late-copy": set(),
    "p-bare-domain": set(),
}


def seed_registry(db: sqlite_utils.Database) -> None:
    store.save_kims(db, [{"id": k, "name": k.upper(), "region": "Kota Banjarmasin"}
                         for k in ("kim-a", "kim-b", "kim-c", "kim-d")])
    store.save_sources(db, [{"id": s, "name": s, "region": "Provinsi Kalimantan Selatan"}
                            for s in ("diskominfo-kalsel", "pemkot-banjarmasin", "pemkab-banjar")])
    with store.transaction(db):
        db["resolved_urls"].insert({"url": "https://s.id/banjir-banjar",
                                    "resolved_url": A_BANJIR["url"], "resolved_at": "2024-03-11T00:00:00Z",
                                    "status": "301"})


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kimwatch.db"


@pytest.fixture
def empty_db(db_path: Path) -> sqlite_utils.Database:
    db = store.connect(db_path)
    seed_registry(db)
    return db


@pytest.fixture
def loaded_db(empty_db: sqlite_utils.Database) -> sqlite_utils.Database:
    store.save_announcements(empty_db, ANNOUNCEMENTS)
    store.save_posts(empty_db, POSTS)
    return empty_db


def pairs(db: sqlite_utils.Database, status: str | None = None) -> dict[str, set[str]]:
    """post id → announcement ids of its amplifications (optionally of one status)."""
    found: dict[str, set[str]] = defaultdict(set)
    found.update({p["id"]: set() for p in POSTS})
    sql = "SELECT post_id, announcement_id FROM amplifications"
    args: list[Any] = []
    if status:
        sql += " WHERE status = ?"
        args.append(status)
    for post_id, announcement_id in db.execute(sql, args):
        found[post_id].add(announcement_id)
    return found


@pytest.fixture
def get_pairs() -> Callable[..., dict[str, set[str]]]:
    return pairs


@pytest.fixture
def earlier_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The twelfth round's rules switched off (the post's own day weeks away, figures of its
    own weeks later), and the fifty-first's (a scheduled step's outcome told): a test of an earlier rule whose made-up look-alike they also refuse
    checks that earlier rule on its own."""
    from crawler.matching import decisions

    monkeypatch.setattr(decisions, "_own_day_elsewhere", lambda post, doc: None)
    monkeypatch.setattr(decisions, "_late_own_figures", lambda post, doc: [])
    # the fifty-first round's step outcome ("75 pelaku usaha hadir" on the step's day) refuses them too
    monkeypatch.setattr(decisions, "_step_result", lambda post, doc: [])
