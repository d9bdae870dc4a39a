"""Issue 12, matcher58: a person's own experience of, or comment on, the programme.

A post whose lead sentence is in the writer's own voice — what they saw "pagi ini", what they or
their people got ("toko kami", "anak kami", Banjar "ulun"), or a question ("kapan …?") — every
later sentence in that voice too (a judgement or wish, "katanya") or a short follow-up, and which
passes on none of the release's own figures or dates, is the writer's own story about the
programme, not an amplification (:func:`decisions._own_story`). A relay that adds "kami" or a
comment after passing on the release's facts keeps its match. Every text here is made up for the
rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _own_story, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

CLINIC = ann("c", "Dinas Kesehatan Kabupaten Tapin membuka layanan cek kesehatan gratis di Puskesmas Rantau Kiwa "
                  "mulai Senin (16/11/2026). Sebanyak 450 warga ditargetkan terlayani dalam dua pekan, setiap hari "
                  "pukul 08.00 sampai 12.00. \u201cWarga cukup membawa KTP,\u201d kata Kepala Dinkes Tapin.",
             published_at="2026-11-13T10:00:00+08:00", title="Cek Kesehatan Gratis Dibuka di Puskesmas Rantau Kiwa")
PERMIT = ann("b", "Satpol PP Kabupaten Hulu Sungai Tengah menyegel 14 bangunan toko di Kecamatan Barabai yang belum "
                  "memiliki Persetujuan Bangunan Gedung (PBG), Kamis (12/11/2026). Segel dibuka setelah pemilik "
                  "mengurus PBG di Dinas PUPR.",
             published_at="2026-11-12T15:00:00+08:00", title="Empat Belas Toko Tanpa PBG di Barabai Disegel")
LATER = "2026-11-24T09:00:00+08:00"


def _found(announcement: dict[str, Any], text: str, when: str = LATER) -> str | None:
    p = post(text, when)
    doc = announcement_doc(announcement)
    return _own_story(p, doc, p.whole.terms & doc.terms)


@pytest.mark.parametrize(("announcement", "text"), [
    # what the writer saw this morning
    (CLINIC, "Antrean cek kesehatan gratis di Puskesmas Rantau Kiwa pagi ini mengular sampai parkiran, banyak "
             "lansia berdiri. Sabar ya warga."),
    (CLINIC, "Pagi ini ulun ka puskesmas Rantau Kiwa handak cek kesehatan, urangnya bajubel sampai ka jalan. "
             "Kada kawa duduk."),
    (PERMIT, "Barusan lewat deretan toko di Barabai, masih banyak yang tersegel satpol. Sepi sekali."),
])
def test_what_the_writer_saw_is_found(announcement: dict[str, Any], text: str) -> None:
    assert _found(announcement, text)


@pytest.mark.parametrize(("announcement", "text"), [
    # what the writer or their people got
    (PERMIT, "Alhamdulillah toko kami di Barabai boleh buka lagi setelah PBG keluar. Renovasi dapur lanjut bulan "
             "depan."),
    (PERMIT, "Toko paman ulun di Barabai sudah dibuka segelnya, PBG-nya tuntung diurus. Syukurlah, kawa bajualan "
             "pulang."),
    (CLINIC, "Ibu saya sudah cek kesehatan di puskesmas, gula darahnya agak tinggi. Disuruh kontrol lagi."),
])
def test_what_the_writer_got_is_found(announcement: dict[str, Any], text: str) -> None:
    assert _found(announcement, text)


@pytest.mark.parametrize(("announcement", "text"), [
    # a question or a judgement of the writer's own
    (CLINIC, "Kapan cek kesehatan gratis ada di desa kami? Puskesmas jauh. Semoga bukan cuma di kota."),
    (PERMIT, "Toko tanpa PBG disegel, kapan rumah walet yang bising juga ditertibkan? Jangan cuma toko kecil."),
    (CLINIC, "Kapan pian cek kesehatan? Mudahan layanan gratis ini kada sakali haja, jangan cuma pas ada acara."),
    # hashtags the normalizer splits into a line of capitalised words are no sentence of their own
    (CLINIC, "Kapan cek kesehatan gratis sampai ke desa kami?\n\n#InfoWarga #Kesehatan #RantauKiwa #Tapin"),
])
def test_a_question_or_judgement_is_found(announcement: dict[str, Any], text: str) -> None:
    assert _found(announcement, text)


@pytest.mark.parametrize(("announcement", "text"), [
    # relays with a personal remark: the release's figures or dates passed on
    (CLINIC, "Kami sampaikan, Dinkes Tapin buka cek kesehatan gratis di Puskesmas Rantau Kiwa mulai 16 November, "
             "target 450 warga. Semoga bermanfaat."),
    (PERMIT, "Satpol PP menyegel 14 toko di Barabai yang belum punya PBG. Toko kami aman, alhamdulillah."),
    (CLINIC, "Ulun bawa mama ka Puskesmas Rantau Kiwa, cek kesehatan gratis tiap hari pukul 08.00 sampai 12.00, "
             "450 warga ditarget. Mantap."),
    # a relay that frames news learned, points to it, quotes, or passes on what is said in its lead
    (CLINIC, "Cek kesehatan gratis di desa kami katanya mulai Senin di Puskesmas Rantau Kiwa, bawa KTP."),
    (CLINIC, "Saya baru tahu, cek kesehatan gratis dibuka di Puskesmas Rantau Kiwa, cukup bawa KTP."),
    (CLINIC, "Pagi ini Dinkes Tapin: \u201cWarga cukup membawa KTP\u201d untuk cek kesehatan gratis."),
    # the news in the lead, no voice of the writer
    (PERMIT, "Satpol PP HST menyegel toko tanpa PBG di Barabai. Kami berharap pemilik segera mengurus izin."),
])
def test_relays_with_a_remark_are_not_found(announcement: dict[str, Any], text: str) -> None:
    assert _found(announcement, text) is None


NEAR = "2026-11-17T09:00:00+08:00"


def test_the_writers_now_on_the_release_s_day_is_its_time() -> None:
    # "pagi ini" written on the day the release gives its event: that event's time, a relay
    text = "Pagi ini layanan cek kesehatan gratis dibuka di Puskesmas Rantau Kiwa, warga cukup bawa KTP."
    assert _found(CLINIC, text, "2026-11-16T09:00:00+08:00") is None
    assert _found(CLINIC, text, NEAR) == "pagi ini"


@pytest.mark.parametrize(("announcement", "text"), [
    (CLINIC, "Antrean cek kesehatan gratis di Puskesmas Rantau Kiwa pagi ini mengular sampai parkiran, banyak "
             "lansia berdiri. Sabar ya warga."),
    (PERMIT, "Alhamdulillah toko kami di Barabai boleh buka lagi setelah PBG keluar dari Dinas PUPR. Renovasi "
             "dapur dilanjutkan pekan ini."),
    (CLINIC, "Kapan cek kesehatan gratis Dinkes Tapin ada di desa kami? Puskesmas Rantau Kiwa jauh. Semoga bukan "
             "cuma di kota."),
])
def test_own_story_is_not_matched(monkeypatch: pytest.MonkeyPatch, announcement: dict[str, Any], text: str) -> None:
    config = MatchConfig()
    aid = announcement["id"]
    assert not [d for d in decide(index(announcement), post(text, NEAR), config) if d.announcement_id == aid]
    monkeypatch.setattr(decisions, "_own_story", lambda post, doc, shared: None)
    assert [d for d in decide(index(announcement), post(text, NEAR), config) if d.announcement_id == aid]


@pytest.mark.parametrize(("announcement", "text"), [
    (CLINIC, "Kami sampaikan, Dinkes Tapin buka cek kesehatan gratis di Puskesmas Rantau Kiwa mulai 16 November, "
             "target 450 warga. Semoga bermanfaat."),
    (PERMIT, "Satpol PP menyegel 14 toko di Barabai yang belum punya PBG. Toko kami aman, alhamdulillah."),
    (CLINIC, "Ulun bawa mama ka Puskesmas Rantau Kiwa, cek kesehatan gratis tiap hari pukul 08.00 sampai 12.00, "
             "450 warga ditarget. Mantap."),
])
def test_relays_with_a_remark_still_match(announcement: dict[str, Any], text: str) -> None:
    aid = announcement["id"]
    assert [d for d in decide(index(announcement), post(text, NEAR), MatchConfig()) if d.announcement_id == aid]
