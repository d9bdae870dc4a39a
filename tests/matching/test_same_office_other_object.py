"""Issue 12, twenty-ninth round (matcher30): the same who, when and where, another object.

A short single-event post shares with a release only its circumstances — the office or official
acting, the day, the place — and at most the bare kind of action (issuing, handing out, a
groundbreaking), while it names an object of its own: "Bupati X menerbitkan edaran jam kerja
Ramadan, Selasa (10/11)" against the same regent's circular of that day on waste sorting. That is
another event of the same office (:func:`decisions._circumstances_only`). A relay shares what
happened to what — the release's object or a figure of it — and is matched as before; so is a
longer post, or one quoting someone.

Every text here is made up for the rule it checks; none is taken from a labelled set.
"""

from __future__ import annotations

from typing import Any

import pytest

from crawler.matching import decisions
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import _circumstances_only, decide
from crawler.matching.documents import announcement_doc
from tests.matching.test_generalize import ann, index, post

CIRCULAR = ann("c", "Bupati Tanah Laut menerbitkan surat edaran pemilahan sampah rumah tangga di seluruh kantor "
                    "pemerintahan Pelaihari, Selasa (10/11/2026). Setiap kantor wajib menyediakan tiga tong "
                    "sampah terpilah mulai 1 Desember.",
               published_at="2026-11-10T09:00:00+08:00", title="Bupati Tanah Laut Terbitkan Edaran Pilah Sampah")
POLICE = ann("p", "Polres Tapin, Kamis (12/11/2026), merilis pengungkapan peredaran sabu seberat 12 gram di "
                  "Kecamatan Binuang dengan dua tersangka.",
             published_at="2026-11-12T09:00:00+08:00", title="Polres Tapin Ungkap Sabu 12 Gram di Binuang")
WHEN = "2026-11-12T15:00:00+08:00"


def accepted(announcement: dict[str, Any], text: str) -> float:
    found = {d.announcement_id: d.score
             for d in decide(index(announcement), post(text, WHEN), MatchConfig())}
    return found.get(announcement["id"], 0.0)


@pytest.mark.parametrize(("announcement", "text", "own"), [
    (CIRCULAR, "Bupati Tanah Laut menerbitkan edaran jam kerja Ramadan di Pelaihari, Selasa (10/11).",
     {"jam", "ramad"}),
    (POLICE, "Polres Tapin Kamis (12/11) rilis kasus pencurian sapi di Binuang.", {"curi", "sapi"}),
])
def test_same_office_and_day_with_another_object(announcement: dict[str, Any], text: str, own: set[str]) -> None:
    found = _circumstances_only(index(announcement), post(text, WHEN), announcement_doc(announcement))
    assert found is not None
    assert own <= set(found[1])


@pytest.mark.parametrize(("announcement", "text"), [
    # the release's object, told in the post's words
    (CIRCULAR, "Bupati Tanah Laut menerbitkan edaran pilah sampah di kantor Pelaihari, Selasa (10/11)."),
    # a figure of it
    (POLICE, "Polres Tapin Kamis (12/11) rilis kasus 12 gram di Binuang, dua orang ditangkap."),
    # a quote: the speaker's words relay a detail
    (POLICE, "“Kami ungkap jaringan lama,” kata Kapolres Tapin, Kamis (12/11) di Binuang."),
])
def test_a_relay_of_the_object_is_not_refused(announcement: dict[str, Any], text: str) -> None:
    assert _circumstances_only(index(announcement), post(text, WHEN), announcement_doc(announcement)) is None


def test_a_circular_on_another_object_is_not_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bupati Tanah Laut menerbitkan edaran jam kerja Ramadan di Pelaihari, Selasa (10/11)."
    assert accepted(CIRCULAR, text) == 0.0
    monkeypatch.setattr(decisions, "_circumstances_only", lambda index, post, doc: None)
    assert accepted(CIRCULAR, text) > 0.0


CHARITY = ann("z", "Baznas Tapin menyalurkan zakat konsumtif kepada 120 lansia di Pendopo Rantau Baru, Senin "
                   "(9/11/2026).",
              published_at="2026-11-09T09:00:00+08:00", title="Baznas Tapin Salurkan Zakat untuk Lansia")


def test_a_pendopo_is_a_venue() -> None:
    # an official's hall names where something happens, like "Gedung" or "Aula"
    from crawler.matching.textnorm import venue_terms

    assert {"dopo", "rantau"} <= venue_terms("acara penyerahan bantuan digelar di Pendopo Rantau Baru pagi tadi.")


def test_same_body_and_hall_with_another_object() -> None:
    text = "Baznas Tapin menyalurkan zakat beasiswa untuk mahasiswa di Pendopo Rantau Baru, Senin (9/11)."
    found = _circumstances_only(index(CHARITY), post(text, "2026-11-09T15:00:00+08:00"), announcement_doc(CHARITY))
    assert found is not None
    assert "dopo" in found[0]
