"""Pages whose charset is declared late (a ``<meta>`` past long scripts in the head) or wrongly
(an HTTP header the bytes prove wrong) are read as the page itself says (outside tester V, F1/F2)."""

from __future__ import annotations

import pytest

from crawler.harvest.article import article_verdict, extract_article
from crawler.harvest.page import decode_html, head_declared_encoding, latin_mojibake, parse_html

RUSSIAN = "Скайрим: как увеличить скорость бега персонажа без модов и консольных команд"
CHINESE = "宇航员在太空中喝酒会怎么样？后果很严重。专家解释了失重环境下酒精对人体的影响。"
JAPANESE = "商品の改造が商標法違反になる場合があります。特許事務所の弁理士が事例を解説します。"
LONG_SCRIPTS = "".join(f'<script type="text/javascript">var tracker{i} = "{"x" * 300}";</script>\n' for i in range(12))


def page(text: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>{text[:20]}</title></head><body><article><h1>{text[:20]}</h1>"
            f"<p>{text}</p><p>{text}</p></article></body></html>")


def test_a_meta_charset_past_long_scripts_is_honoured() -> None:
    html = page(CHINESE, LONG_SCRIPTS + '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    body = html.encode("gbk")
    assert body.index(b"charset=gbk") > 4096  # past what the prescan (1,024) and w3lib (4,096) read
    # (w3lib 2.5 names GBK by its superset gb18030, 2.6 as gbk: setup.cfg allows both)
    assert head_declared_encoding(body) in ("gb18030", "gbk")
    assert CHINESE in decode_html(body, "text/html")
    assert CHINESE in decode_html(body, None)


def test_a_meta_inside_a_comment_or_a_script_or_the_body_declares_nothing() -> None:
    head = LONG_SCRIPTS + '<!-- <meta charset="koi8-r"> --><script>document.write(\'<meta charset="koi8-r">\')</script>'
    body = page("Warga desa bergotong royong membersihkan saluran air.", head).encode()
    assert head_declared_encoding(body) is None
    body = (page("Warga desa.", LONG_SCRIPTS) + '<meta charset="koi8-r">').encode()
    assert head_declared_encoding(body) is None


def test_a_utf8_header_on_bytes_that_are_not_utf8_yields_to_the_meta() -> None:
    body = page(RUSSIAN, '<meta charset="windows-1251">').encode("cp1251")
    assert RUSSIAN in decode_html(body, "text/html; charset=utf-8")
    article = extract_article(body.replace(b"</title>", b"</title>" + LONG_SCRIPTS.encode()),
                              "https://kim.example/berita/skyrim.html", content_type="text/html; charset=utf-8")
    assert article is not None and RUSSIAN in article.text


def test_a_latin_header_on_bytes_that_read_as_prose_only_under_the_meta_yields_to_it() -> None:
    body = page(JAPANESE, '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">').encode("euc_jp")
    assert JAPANESE in decode_html(body, "text/html; charset=iso-8859-1")
    body = page(RUSSIAN, LONG_SCRIPTS + '<meta charset="windows-1251">').encode("cp1251")
    assert RUSSIAN in decode_html(body, "text/html; charset=iso-8859-1")


def test_a_wrong_utf8_meta_and_no_other_declaration_is_read_in_the_guessed_encoding() -> None:
    # the bytes are GBK, the page's only meta says utf-8 (a template's stale label): the
    # Windows-1252 fallback would read "Óîº½Ô±"; the guess reads the Chinese
    body = page(CHINESE * 3, LONG_SCRIPTS + '<meta charset="utf-8">').encode("gbk")
    text = decode_html(body, "text/html")
    assert CHINESE in text and not latin_mojibake(text)


@pytest.mark.parametrize("content_type", ["text/html; charset=iso-8859-1", "text/html; charset=windows-1252",
                                          "text/html"])
def test_real_latin_text_under_a_latin_label_stays_latin(content_type: str) -> None:
    text = ("Größere Straßenbahnen für Zürich: die Verkehrsbetriebe bestellen Fahrzeuge. Café, crème brûlée "
            "et pâté à l'été ; São Paulo e as eleições municipais; señor Muñoz. ") * 3
    body = page(text, LONG_SCRIPTS + '<meta charset="windows-1251">').encode("cp1252")
    # the meta is wrong here (a Cyrillic label on Latin text): the Latin reading is no mojibake,
    # so a Latin header is kept
    if "charset=" in content_type:
        assert text in decode_html(body, content_type)
    assert not latin_mojibake(text)
    assert latin_mojibake(RUSSIAN.encode("cp1251").decode("cp1252") * 2)
    assert latin_mojibake(CHINESE.encode("gbk").decode("cp1252", errors="replace"))


@pytest.mark.parametrize(("head", "content_type"), [
    ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "text/html"),  # qq.com's stale meta
    ("", "text/html; charset=big5"),
    ('<meta charset="shift_jis">', "text/html; charset=windows-1251"),
])
def test_a_legacy_label_on_valid_utf8_bytes_is_read_as_utf8(head: str, content_type: str) -> None:
    body = page(CHINESE + " " + RUSSIAN, head).encode()
    assert CHINESE in decode_html(body, content_type) and RUSSIAN in decode_html(body, content_type)


def test_a_page_no_declaration_or_guess_reads_is_not_prose() -> None:
    # Cyrillic bytes read as Windows-1252 (the text as a broken site serves it: mojibake in UTF-8)
    text = RUSSIAN.encode("cp1251").decode("cp1252") + " " + RUSSIAN.encode("cp1251").decode("cp1252")
    html = page(text, '<meta charset="utf-8"><meta property="og:type" content="article">').encode()
    article = extract_article(html, "https://kim.example/berita/rusak.html")
    assert article is not None
    assert article_verdict(parse_html(html), article)[1] == "not prose (symbols, code or broken encoding)"


def test_typography_is_no_mojibake() -> None:
    """A UTF-8 article with a separator line of dashes or bullets, or curly quotes, is prose: only
    runs holding Latin-1 letters ("Ñêàéðèì") are another script read as Latin."""
    from crawler.harvest.page import latin_mojibake

    article = "Warga Desa Sungai Rangas bergotong royong.\n" + "—" * 25 + "\n“Ayo ikut,” kata kades. • • • • • • • • • •"
    assert not latin_mojibake(article)
    assert latin_mojibake("Ñêàéðèì ñêîðîñòü áåãà êàê óâåëè÷èòü " * 2)


def test_a_charset_naming_no_text_encoding_is_ignored() -> None:
    """A header or meta naming base64, hex or rot13 (codecs, not charsets) reads the page as UTF-8,
    as before, rather than raising LookupError and losing the page."""
    from crawler.harvest.page import decode_html

    body = ("<html><head><meta charset=\"hex\"><title>x</title></head><body><p>"
            + "Kerja bakti warga desa. " * 300 + "</p></body></html>").encode()
    for label in ("base64", "hex", "rot13"):
        assert "Kerja bakti warga desa." in decode_html(body, f"text/html; charset={label}")


def test_a_meta_charset_behind_unclosed_meta_tags_is_found() -> None:
    # a broken template's head: hundreds of "<meta" never closed, then the real declaration; each
    # "charset" is read from the "<meta" it stands in, not from the first unclosed tag before it
    junk = "<meta name=x " * 400
    html = page(CHINESE, LONG_SCRIPTS + junk + '<meta charset="gbk">')
    assert head_declared_encoding(html.encode("gbk")) in ("gb18030", "gbk")
    # and a head that is nothing but unclosed tags declares nothing
    assert head_declared_encoding(("<html><head>" + junk * 30).encode()) is None


@pytest.mark.parametrize("junk", ["<meta charset ", "<META CHARSET=", "<meta charset>"])
def test_a_head_of_empty_charset_tags_declares_nothing_and_hides_no_later_one(junk: str) -> None:
    # each tag is handed to w3lib alone, cut at its ">" or the next "<" (handing it 1,024 bytes
    # made w3lib parse dozens of tags per "charset" — about a second for such a head)
    html = page(CHINESE, LONG_SCRIPTS + junk * 300 + '<meta charset="gbk">')
    assert head_declared_encoding(html.encode("gbk")) in ("gb18030", "gbk")


def test_a_meta_written_with_a_space_after_its_bracket_is_read() -> None:
    html = page(CHINESE, LONG_SCRIPTS + '< meta charset="gbk">')
    assert head_declared_encoding(html.encode("gbk")) in ("gb18030", "gbk")
