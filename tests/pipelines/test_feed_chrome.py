"""Share bars and comment boxes in feed entry bodies (session 7 harvest findings): dropped from
the post's text as article pages drop them."""

from __future__ import annotations

import pytest

from pipelines.clean import clean_item
from tests.pipelines.test_pipelines import item

BODY = "<p>Warga Gang Purnama membersihkan saluran air sepanjang 300 meter pada Minggu pagi.</p>"


@pytest.mark.parametrize("chrome", [
    # WordPress + Jetpack, as content:encoded carries it
    '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
    '<h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul><li><a href="https://kim.example/?share=facebook">'
    "Facebook</a></li><li><a href=\"https://kim.example/?share=jetpack-whatsapp\">WhatsApp</a></li></ul></div></div></div>",
    # the same without its classes
    "<h3>Bagikan ini:</h3><ul><li>Facebook</li><li>WhatsApp</li></ul>",
    # a KIM.id-style share line and comment box
    '<div>Bagikan ke: <a href="https://wa.me/?text=x">WA</a> <a href="https://facebook.com/sharer">FB</a></div>'
    "<div><h5>Komentar</h5><p>Belum ada komentar.</p></div>",
    "<h3>2 Komentar</h3><h3>Tinggalkan Balasan</h3>",
])
def test_share_bars_and_comment_boxes_are_no_text_of_the_post(chrome: str) -> None:
    cleaned = clean_item(item(url="https://kim.example/2026/11/22/kerja-bakti/", title="Kerja bakti",
                              html=BODY + chrome))
    assert cleaned["text"] == "Warga Gang Purnama membersihkan saluran air sepanjang 300 meter pada Minggu pagi."
    assert not any("share" in link or "sharer" in link or "wa.me" in link for link in cleaned["links"])


def test_sentences_about_sharing_or_comments_stay() -> None:
    html = ("<p>Bagikan informasi ini kepada tetangga yang belum tahu.</p><p>Komentar Bupati: kegiatan ini "
            "patut dicontoh.</p><h3>Share</h3><p>Warga boleh share foto kegiatan di grup RT.</p>")
    text = clean_item(item(url="https://kim.example/a", html=html))["text"]
    assert text == ("Bagikan informasi ini kepada tetangga yang belum tahu.\n\nKomentar Bupati: kegiatan ini patut "
                    "dicontoh.\n\nWarga boleh share foto kegiatan di grup RT.")


def test_a_pictures_full_size_link_is_no_outbound_link() -> None:
    # Blogger wraps every picture of a post in a link to its full-size file
    html = ('<div class="separator"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/foto.jpg" '
            'imageanchor="1"><img src="https://blogger.googleusercontent.com/img/b/R29v/s320/foto.jpg"></a></div>'
            '<a href="https://1.bp.blogspot.com/-x1/Y2/s1600/IMG_0042.JPG"><img src="x"></a>'
            '<p>PIN Polio di posyandu. Info: <a href="https://dinkes.kalselprov.go.id/pin-polio-2026">Dinkes</a>, '
            'poster <a href="https://kim.example/wp-content/uploads/2026/11/poster.png?w=1024">di sini</a>.</p>')
    cleaned = clean_item(item(url="https://kimsungaijingah.blogspot.com/2026/11/pin-polio.html", html=html,
                              links=["https://kimsungaijingah.blogspot.com/2026/11/kerja-bakti.html",
                                     "https://4.bp.blogspot.com/-q/W/s1600/spanduk.jpeg"]))
    assert cleaned["links"] == ["https://kimsungaijingah.blogspot.com/2026/11/kerja-bakti.html",
                                "https://dinkes.kalselprov.go.id/pin-polio-2026"]
