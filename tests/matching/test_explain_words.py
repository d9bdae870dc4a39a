"""What review and ``match --explain`` show is what the post wrote: no term the matcher joined
("pekanimunisasinasional"), no common noun as a fact ("kabupaten"), no number of a name as a
count ("3M Plus"); a link match says the link decided, as the post gave it; a legend explains the
explanation's words.

Every text here is made up; none is taken from a labelled set.
"""

from __future__ import annotations

from crawler.cli.match import EXPLAIN_LEGEND, _print_explanation
from crawler.matching.review import readable_evidence, surface_forms

TEXT = ("Warga di kabupaten ini diajak ikut gerakan 3M Plus sebelum musim hujan, kata petugas "
        "puskesmas. Fogging di 4 RT mulai Kamis.")


def test_a_term_the_post_never_wrote_is_not_shown() -> None:
    shown = readable_evidence({"shared_terms": ["gera", "gerakanbersihsarangnyamuk", "musim"]}, TEXT)
    assert shown["shared_terms_as_written"] == ["gerakan", "musim"]


def test_a_common_noun_is_no_fact() -> None:
    shown = readable_evidence({"post_only_facts": ["abupaten", "4"]}, TEXT)
    assert shown["post_only_facts_as_written"] == ["4"]


def test_the_number_of_a_name_is_no_count() -> None:
    shown = readable_evidence({"shared_facts": ["3", "4"]}, TEXT)
    assert shown["shared_facts_as_written"] == ["4"]
    # the same figure written on its own is a count
    shown = readable_evidence({"shared_facts": ["3"]}, "Ada 3 RT ikut gerakan 3M Plus.")
    assert shown["shared_facts_as_written"] == ["3"]


def test_a_link_match_names_the_link_as_posted_and_the_legend_is_printed() -> None:
    posted = "https://dinkes.example.go.id/berita/fogging-4-rt?utm_source=wa&utm_medium=share"
    found = {"post": "p1", "published_at": "2026-11-02T08:00:00+08:00", "announcements_in_window": 3,
             "blocks": 2, "threshold": 0.5, "links": ["https://dinkes.example.go.id/berita/fogging-4-rt"],
             "decisions": [{"announcement": "a1", "method": "link", "score": 1.0, "status": "auto",
                            "link": "https://dinkes.example.go.id/berita/fogging-4-rt"}],
             "candidates": []}
    lines: list[str] = []
    _print_explanation(found, surface_forms(TEXT), lines.append, TEXT, [posted])
    assert EXPLAIN_LEGEND in lines
    assert any(line.strip().startswith(f"decided by the link: {posted}") for line in lines)
