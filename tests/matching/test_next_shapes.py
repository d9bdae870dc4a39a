"""Issue 12, eighth round: three more shapes of the next event a release announces.

- A later sentence about a later year ("Tahun 2027 …", "tahun depan …") or a target
  ("ditargetkan …") is the programme's next step: a post naming only that step's place and the
  topic, none of the release's own facts, does not relay the release.
- A post a round-up reader splits in two (two sentences, two kabupaten) whose second sentence
  only names who goes on to the next stage ("Banjar diwakili PKK Astambul") is about that next
  stage, not the release that named its winner.
- A copy of a result written as bullet lines is one event: once the result's release explains
  every line, no line counts again for the earlier release that only scheduled the final.

Every text is made up for the rule it checks; each test also runs with the rule switched off,
so it shows what the rule changes.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions, textnorm
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.textnorm import clean_text, next_event
from tests.matching.test_generalize import ann, index, post

DEFAULT = MatchConfig()


def matched(rows: list[dict[str, str]], text: str, published_at: str) -> set[str]:
    return {d.announcement_id for d in decide(index(*rows), post(text, published_at), DEFAULT)}


def with_and_without(monkeypatch: pytest.MonkeyPatch, rule: tuple[object, str, Any],
                     rows: list[dict[str, str]], text: str, published_at: str) -> tuple[set[str], set[str]]:
    """What the post matches with the rule, and with ``rule`` (module, name, stand-in) switched off."""
    ruled = matched(rows, text, published_at)
    monkeypatch.setattr(*rule)
    return ruled, matched(rows, text, published_at)


# ---------------------------------------------------------------- a later year, a target

WELLS = ann("w", "BARABAI – Pemkab Hulu Sungai Tengah membangun 250 sumur bor di 18 desa rawan kekeringan, "
                 "Senin (3/8/2026). Sumur dilengkapi pompa dan tandon air bersih untuk warga.\n\n"
                 "“Satu sumur melayani sekitar 40 kepala keluarga,” kata Kepala Dinas PUPR HST, Ir. Syahrani.\n\n"
                 "Tahun 2027 giliran 150 sumur bor untuk Kecamatan Batang Alai Timur dan Limpasu. (prokom-hst)",
            published_at="2026-08-03T11:00:00+08:00", title="250 Sumur Bor untuk 18 Desa Rawan Kekeringan")


@pytest.mark.parametrize("sentence", [
    "Tahun 2027 giliran 150 sumur bor untuk Kecamatan Limpasu.",
    "Tahun depan giliran Kecamatan Limpasu mendapat sumur bor.",
    "Sebanyak 150 sumur bor ditargetkan untuk Kecamatan Limpasu.",
])
def test_a_later_year_or_a_target_is_the_next_step(sentence: str) -> None:
    text = ("Sumur Bor untuk Desa Rawan Kekeringan\nPemkab membangun 250 sumur bor di 18 desa, Senin (3/8/2026). "
            f"Sumur dilengkapi pompa. {sentence}")
    found = next_event(clean_text(text))
    assert "Limpasu" in found.next_text and "Limpasu" not in found.own_text
    assert "pompa" in found.own_text


def test_a_law_year_or_the_own_year_is_not_a_later_year() -> None:
    found = next_event("Sumur Bor\nPemkab membangun 250 sumur bor, Senin (3/8/2026). Dasarnya Perda Nomor 3 "
                       "Tahun 2030 tentang air. Sumur ini dibangun tahun 2026 di Limpasu.")
    assert found.next_text == ""


COMPLAINT = ("Warga Batang Alai Timur masih antre air bersih dari sungai setiap kemarau, semoga tahun depan "
             "kebagian sumur bor.")


def test_a_post_about_the_later_year_step_does_not_relay_the_release(monkeypatch: pytest.MonkeyPatch) -> None:
    off = (textnorm, "_later_year", lambda lower, own: False)
    # (the lack and wish of its own people is also matcher56's "release's event absent": switched off
    # here so that the later year's reading is measured alone)
    monkeypatch.setattr(decisions, "_absent_or_before", lambda post, doc, shared: None)
    assert with_and_without(monkeypatch, off, [WELLS], COMPLAINT, "2026-08-12T19:00:00+08:00") == (set(), {"w"})


def test_a_post_relaying_the_release_and_its_later_year_stays_a_match() -> None:
    text = ("Pemkab HST bangun 250 sumur bor di 18 desa rawan kekeringan, lengkap dengan pompa dan tandon air "
            "bersih. Tahun 2027 giliran Batang Alai Timur.")
    assert matched([WELLS], text, "2026-08-12T19:00:00+08:00") == {"w"}


# ---------------------------------------------------------------- who goes on to the next stage

CONTEST = ann("c", "MARTAPURA – Sebanyak 18 tim PKK kecamatan beradu kreasi dalam Lomba Cipta Menu Pangan Lokal di "
                   "Taman Kota Martapura, Selasa (8/9/2026). Lomba ini bagian dari gerakan diversifikasi pangan.\n\n"
                   "“Singkong dan talas kita melimpah, sayang kalau hanya dijual mentah,” kata Ketua TP PKK "
                   "Kabupaten Banjar, Hj. Nurul Aini.\n\n"
                   "Juara pertama, TP PKK Kecamatan Astambul dengan olahan singkong, mewakili Kabupaten Banjar "
                   "ke tingkat provinsi. (mc-banjar)",
              published_at="2026-09-08T16:00:00+08:00", title="18 Tim PKK Adu Kreasi Menu Pangan Lokal")
PROVINCIAL = ("Lomba cipta menu tingkat provinsi digelar 5 Oktober di Banjarmasin, 13 kabupaten/kota ikut. "
              "Banjar diwakili PKK Astambul.")


def test_a_post_about_the_stage_the_winner_goes_on_to_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    assert post(PROVINCIAL).roundup  # two sentences, two kabupaten/kota: read as two items
    off = (decisions, "_next_item", lambda item, doc: False)
    assert with_and_without(monkeypatch, off, [CONTEST], PROVINCIAL, "2026-10-04T09:00:00+08:00") == (set(), {"c"})


def test_an_item_relaying_the_winner_stays_a_match() -> None:
    text = ("Kabar sepekan:\n1. Lomba cipta menu pangan lokal Kabupaten Banjar di Martapura diikuti 18 tim, "
            "juara PKK Astambul.\n2. Jalan desa di Kecamatan Awayan selesai diaspal sepanjang 2 kilometer.")
    assert "c" in matched([CONTEST], text, "2026-09-10T09:00:00+08:00")


# ---------------------------------------------------------------- a bulleted copy of the result

OPENING = ann("o", "AMUNTAI – Turnamen bola voli antar desa Piala Bupati HSU resmi dibuka di GOR Putri Junjung "
                   "Buih Amuntai, Sabtu (5/9/2026). Sebanyak 24 tim desa dari sepuluh kecamatan "
                   "bertanding dengan sistem gugur.\n\n"
                   "“Junjung sportivitas,” kata Kadisporapar HSU, Rahmadi.\n\n"
                   "Partai final dijadwalkan Sabtu (26/9/2026) di GOR yang sama. (humas-hsu)",
              published_at="2026-09-05T18:00:00+08:00", title="Voli Piala Bupati HSU Diikuti 24 Tim")
RESULT = ann("r", "AMUNTAI – Tim Desa Babirik keluar sebagai juara voli antar desa Piala Bupati HSU "
                  "setelah mengalahkan tim Banjang 3-1 pada partai final di GOR Putri Junjung Buih "
                  "Amuntai, Sabtu (26/9/2026). Juara membawa pulang piala dan uang pembinaan Rp15 juta.\n\n"
                  "“Pemain terbaik akan kami panggil ke seleksi tim Porprov,” ujar Kadisporapar HSU, Rahmadi. "
                  "(humas-hsu)",
             published_at="2026-09-26T20:00:00+08:00", title="Babirik Juara Voli Piala Bupati HSU")
BULLETED = ("BABIRIK JUARA VOLI PIALA BUPATI HSU\n\n"
            "👉 Tim Desa Babirik keluar sebagai juara voli antar desa Piala Bupati HSU setelah mengalahkan tim "
            "Banjang 3-1 pada partai final di GOR Putri Junjung Buih Amuntai, Sabtu (26/9/2026).\n"
            "👉 Juara membawa pulang piala dan uang pembinaan Rp15 juta.\n\n#voli #hsu #juara")


def test_a_bulleted_copy_counts_for_the_result_release_only(monkeypatch: pytest.MonkeyPatch) -> None:
    assert post(BULLETED).roundup
    monkeypatch.setattr(decisions, "WHOLE_COPY", 2.0)  # the ninth round's copy rule (below) off
    off = (decisions, "_explained_items", lambda post, shared, used: None)
    assert with_and_without(monkeypatch, off, [OPENING, RESULT], BULLETED,
                            "2026-09-26T22:00:00+08:00") == ({"r"}, {"o", "r"})


def test_a_whole_copy_of_one_release_matches_no_second_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # (ninth round) the same copy, with the item rule above off: a post that is a copy of one
    # release is that release's text, whatever its lines look like
    monkeypatch.setattr(decisions, "_explained_items", lambda post, shared, used: None)
    off = (decisions, "WHOLE_COPY", 2.0)
    assert with_and_without(monkeypatch, off, [OPENING, RESULT], BULLETED,
                            "2026-09-26T22:00:00+08:00") == ({"r"}, {"o", "r"})


def test_an_item_naming_what_the_matched_release_lacks_stays_its_own() -> None:
    text = ("Rangkuman info sepekan:\n\n✅ Babirik juara voli Piala Bupati HSU, kalahkan Banjang 3-1 "
            "di final GOR Putri Junjung Buih Amuntai\n✅ Pembukaan voli Piala Bupati HSU di GOR Putri "
            "Junjung Buih Amuntai diikuti 24 tim")
    assert matched([OPENING, RESULT], text, "2026-09-27T09:00:00+08:00") == {"o", "r"}
