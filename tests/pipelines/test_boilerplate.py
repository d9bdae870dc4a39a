"""An outside tester's finding: bridge and WordPress boilerplate was kept in posts — FetchRSS's
"(Feed generated with FetchRSS)", a preview's trailing "See more" / "Lihat selengkapnya", WordPress's
"The post X appeared first on Y." (whose home link became one of the post's links) — and a
FetchRSS post's title, its own first words, was stored beside the same text."""

from __future__ import annotations

from crawler.items import ContentItem
from pipelines.clean import clean_item

FETCHRSS = ("Operasi pasar LPG 3 kg di Kelurahan Jawa Martapura hari ini, 3.000 tabung harga Rp18.000, "
            "bawa KTP dan KK ya...")


def cleaned(**fields: object) -> ContentItem:
    item = ContentItem(channel_id="c1", owner_kind="kim", owner_id="kim-x", guid="g", id="i",
                       platform=fields.pop("platform", "website"))
    for key, value in fields.items():
        item[key] = value
    return clean_item(item)


def test_fetchrss_note_and_its_title_of_the_first_words_are_not_kept() -> None:
    item = cleaned(platform="facebook", title=FETCHRSS, url="https://www.facebook.com/kimkh/posts/pfbid02Xyz",
                   html=f'{FETCHRSS} <br/><br/><img src="https://scontent.xx.fbcdn.net/lpg.jpg"><br/><br/>'
                        "(Feed generated with FetchRSS)")
    assert item["text"] == FETCHRSS and item["title"] is None


def test_a_trailing_see_more_is_not_text() -> None:
    head = "Vaksinasi rabies gratis di kantor kelurahan, 1.200 dosis disiapkan"
    for tail, kept_tail in (("... See more", "..."), (" Lihat selengkapnya", ""), ("\u2026 See More", "\u2026")):
        item = cleaned(platform="facebook", text=head + tail)
        assert item["text"] == head + kept_tail, item["text"]
    kept = cleaned(text="Lihat selengkapnya di laman kelurahan: jadwal posyandu bulan ini.")
    assert kept["text"] == "Lihat selengkapnya di laman kelurahan: jadwal posyandu bulan ini."


def test_the_wordpress_feed_footer_and_its_links_are_not_the_posts() -> None:
    item = cleaned(url="http://kimpiani.id/2026/12/kabar-piani-1/", title="Kabar Piani 1",
                   html='<p>Lomba mewarnai anak TK, lihat <a href="https://diskominfo.example.go.id/lomba">pengumuman</a>.</p>'
                        '<p>The post <a href="http://kimpiani.id/2026/12/kabar-piani-1/">Kabar Piani 1</a> appeared '
                        'first on <a href="http://kimpiani.id">KIM Piani</a>.</p>')
    assert item["text"] == "Lomba mewarnai anak TK, lihat pengumuman."
    assert item["links"] == ["https://diskominfo.example.go.id/lomba"]
    assert item["title"] == "Kabar Piani 1"
