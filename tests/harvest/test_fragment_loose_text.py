"""Text that sits loose in a feed entry's or a WordPress REST ``content.rendered`` HTML, after or
between block elements, is the post's text too."""

from __future__ import annotations

from crawler.harvest.article import extract_fragment

URL = "https://kimjukung.example/2026/12/lomba.html"


def test_loose_text_after_a_paragraph_is_kept_as_its_own_block() -> None:
    text, _ = extract_fragment("<p>Lomba jukung.</p>Diikuti 40 regu dari enam kecamatan.", URL)
    assert text == "Lomba jukung.\n\nDiikuti 40 regu dari enam kecamatan."


def test_loose_text_between_blocks_and_inside_a_wrapper_keeps_its_order() -> None:
    html = ("Pembukaan lomba oleh <b>Bupati Banjar</b> pagi ini.<p>Start di dermaga Martapura.</p>"
            "Hadiah total Rp 25 juta.<br>Pendaftaran gratis.<div>Panitia mencatat<p>40 regu</p>dari enam kecamatan</div>")
    text, _ = extract_fragment(html, URL)
    assert text.split("\n\n") == ["Pembukaan lomba oleh Bupati Banjar pagi ini.", "Start di dermaga Martapura.",
                                  "Hadiah total Rp 25 juta. Pendaftaran gratis.", "Panitia mencatat", "40 regu",
                                  "dari enam kecamatan"]


def test_loose_text_does_not_bring_back_what_is_dropped() -> None:
    html = ("<p>Lomba jukung diikuti 40 regu.</p>Baca juga: Festival Pasar Terapung 2026"
            "<figure><img src='/foto.jpg'><figcaption>Foto: dokumentasi panitia</figcaption></figure>"
            "Bagikan ini:<p>Sampai jumpa di lomba berikutnya.</p>")
    text, _ = extract_fragment(html, URL)
    assert text.split("\n\n") == ["Lomba jukung diikuti 40 regu.", "Sampai jumpa di lomba berikutnya."]


def test_a_fragment_without_blocks_reads_as_before() -> None:
    text, _ = extract_fragment("Lomba jukung <b>hari ini</b>.<br>Diikuti 40 regu.", URL)
    assert text == "Lomba jukung hari ini. Diikuti 40 regu."


def test_a_loose_short_link_is_its_label_not_text() -> None:
    """A feed body's paragraph followed by a bare link ("<a …>info</a>") keeps the paragraph and
    the link, not the link's label as a paragraph of its own; a longer linked sentence is text."""
    text, links = extract_fragment('<p>Senam pagi bersama warga RT 05.</p><a href="http://pemprov.example/a">info</a>',
                                   "http://kim.example/")
    assert (text, links) == ("Senam pagi bersama warga RT 05.", ["http://pemprov.example/a"])
    text, _ = extract_fragment('<p>Senam pagi.</p><a href="http://pemprov.example/a">Pendaftaran dibuka di kantor '
                               'desa sampai 5 Desember</a>', "http://kim.example/")
    assert text == "Senam pagi.\n\nPendaftaran dibuka di kantor desa sampai 5 Desember"


def test_a_stray_closing_div_loses_nothing_after_it() -> None:
    """A feed body with a stray ``</div>`` (it closes kimwatch's own wrapper early) keeps what
    follows it, as it did before loose text was read."""
    text, _ = extract_fragment("<p>Foto: KIM Sejahtera.</p></div><p>Warga Desa Sungai Rangas bergotong royong "
                               "membersihkan saluran.</p><p>Kegiatan diikuti 40 warga.</p>", "http://kim.example/")
    assert "bergotong royong" in text and "40 warga" in text, text
