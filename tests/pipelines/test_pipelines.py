"""Clean, dedupe and store pipelines, without a network."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.exceptions import DropItem

from crawler import store
from crawler.harvest.context import CrawlContext
from crawler.items import ContentItem, stored_id
from crawler.settings import load_settings
from pipelines.clean import clean_item, html_to_text, text_links
from pipelines.dedupe import DedupePipeline
from pipelines.store import StorePipeline


def item(**fields: object) -> ContentItem:
    base = {"channel_id": "kim-a/feed/1", "owner_kind": "kim", "owner_id": "kim-a", "platform": "website",
            "guid": "g1", "id": stored_id("kim", "kim-a/feed/1", "g1")}
    base.update(fields)
    return ContentItem(**base)


def test_html_to_text_keeps_paragraphs_and_decodes_entities() -> None:
    html = ("<p>Warga&nbsp;RT 05   bergotong&#8211;royong.</p><p>Terima kasih<br/>Ketua RT &amp; pemuda.</p>"
            "<script>var x=1;</script><ul><li>Satu</li><li>Dua</li></ul><div>Akhir</div>")
    assert html_to_text(html) == ("Warga RT 05 bergotong–royong.\n\nTerima kasih\nKetua RT & pemuda.\n\n"
                                  "• Satu\n\n• Dua\n\nAkhir")
    assert html_to_text("") == "" and html_to_text("teks biasa") == "teks biasa"


def test_clean_item_dates_links_title() -> None:
    cleaned = clean_item(item(
        url="http://www.kim.example/2024/10/post.html?m=1", title=" Rapat &  Musyawarah\n <RT 05> ",
        html='<p>Lihat <a href="/berita/a">berita</a>, <a href="https://bit.ly/x?utm_source=wa">singkat</a> '
             'dan <a href="http://www.kim.example/2024/10/post.html">ini sendiri</a>. Sumber: https://mc.kalselprov.go.id/b/1/?fbclid=z.</p>',
        published="Selasa, 29 Oktober 2024 10.15"))
    assert cleaned["title"] == "Rapat & Musyawarah <RT 05>"  # a title is text: spaces tidied, nothing parsed
    assert cleaned["text"] == "Lihat berita, singkat dan ini sendiri. Sumber: https://mc.kalselprov.go.id/b/1/?fbclid=z."
    assert cleaned["published_at"] == "2024-10-29T02:15:00Z"  # naive = WITA
    assert cleaned["canonical_url"] == "https://kim.example/2024/10/post.html"
    assert cleaned["links"] == ["https://kim.example/berita/a", "https://bit.ly/x", "https://mc.kalselprov.go.id/b/1"]
    assert cleaned["content_hash"] == store.content_hash(cleaned["title"], cleaned["text"]) and "html" not in cleaned
    assert clean_item(item(url="urn:uuid:1", text="x", published="2024-10-29T10:00:00+07:00"))["published_at"] == "2024-10-29T03:00:00Z"
    assert clean_item(item(url="tag:x", text="x"))["url"] is None
    assert text_links("cek s.id/beasiswa24, atau https://t.co/abc.") == ["s.id/beasiswa24", "https://t.co/abc"]


def fake_crawler(context: CrawlContext, known: dict[str, str | None]) -> SimpleNamespace:
    spider = SimpleNamespace(context=context, known=known, channels=[{"id": "kim-a/feed/1"}])
    return SimpleNamespace(spider=spider, settings=load_settings({"STORE_BATCH_SIZE": 2}))


@pytest.fixture
def context(tmp_path: Path) -> CrawlContext:
    db = store.connect(tmp_path / "k.db")
    store.save_kims(db, [{"id": "kim-a", "name": "KIM A", "region": "Kota Banjarmasin"}])
    store.save_channels(db, [{"id": "kim-a/feed/1", "owner_kind": "kim", "owner_id": "kim-a", "type": "feed",
                              "url": "https://kima.example/feed/"}])
    ctx = CrawlContext(db, store.start_crawl_run(db, "cli"), load_settings())
    ctx.outcome({"id": "kim-a/feed/1", "owner_kind": "kim", "owner_id": "kim-a", "type": "feed", "url": "u"})
    return ctx


def test_dedupe_then_store_writes_new_updates_changed_skips_the_rest(context: CrawlContext) -> None:
    known: dict[str, str | None] = {}
    crawler = fake_crawler(context, known)
    dedupe, storage = DedupePipeline(crawler), StorePipeline(crawler)
    first = [clean_item(item(guid=g, id=stored_id("kim", "kim-a/feed/1", g), title=f"Judul {g}", text="isi"))
             for g in ("g1", "g2", "g3")]
    for one in first:
        storage.process_item(dedupe.process_item(one))
    with pytest.raises(DropItem, match="duplicate in this run"):
        dedupe.process_item(clean_item(item(title="Judul g1", text="isi")))
    storage.close_spider()
    assert context.db.execute("SELECT count(*) FROM posts").fetchone()[0] == 3
    assert context.outcomes["kim-a/feed/1"].items_new == 3
    # next run: one unchanged (dropped), one edited (updated in place)
    dedupe2, storage2 = DedupePipeline(crawler), StorePipeline(crawler)
    with pytest.raises(DropItem, match="unchanged"):
        dedupe2.process_item(clean_item(item(title="Judul g1", text="isi")))
    edited = dedupe2.process_item(clean_item(item(guid="g2", id=stored_id("kim", "kim-a/feed/1", "g2"),
                                                  title="Judul g2", text="isi baru")))
    assert edited["change"] == "updated"
    storage2.process_item(edited)
    storage2.close_spider()
    row = context.db["posts"].get(stored_id("kim", "kim-a/feed/1", "g2"))
    assert row["text"] == "isi baru" and row["origin"] == "crawl" and row["matched_at"] is None
    assert context.outcomes["kim-a/feed/1"].items_updated == 1
    assert context.db.execute("SELECT count(*) FROM posts").fetchone()[0] == 3


def test_source_items_become_announcements(context: CrawlContext) -> None:
    store.save_sources(context.db, [{"id": "src", "name": "Src", "region": "Provinsi Kalimantan Selatan"}])
    crawler = fake_crawler(context, {})
    storage = StorePipeline(crawler)
    one = clean_item(item(owner_kind="source", owner_id="src", channel_id=None, guid="a1",
                          id=stored_id("source", "x", "a1"), title="Pengumuman", html="<p>Isi</p>"))
    one["change"] = "new"
    storage.process_item(one)
    storage.close_spider()
    row = context.db["announcements"].get(one["id"])
    assert (row["source_id"], row["title"], row["text"]) == ("src", "Pengumuman", "Isi")


def test_runaway_text_is_cut_and_noted() -> None:
    from crawler.items import ContentItem
    from pipelines.clean import MAX_TEXT_CHARS, clean_item

    item = clean_item(ContentItem(text="kata " * MAX_TEXT_CHARS, title="t", url="https://kim.example/a", id="i"), [])
    assert len(item["text"]) == MAX_TEXT_CHARS and item["extra"]["text_truncated_from"] == 5 * MAX_TEXT_CHARS


def test_a_gzip_feed_without_content_encoding_is_read() -> None:
    import gzip

    from spiders.feed import parse_feed

    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>KIM</title><item><title>A</title>'
           b"<link>https://kim.example/a</link></item></channel></rss>")
    assert [e.title for e in parse_feed(gzip.compress(rss)).entries] == ["A"]


@pytest.mark.parametrize("url", [
    "http://kimangsau.example/2024/10/posyandu/", "https://diskominfomc.kalselprov.go.id/berita/12", "http://a.b",
    "http://127.0.1.1:8080/c1/feed/", "http://x.go.id:80/a", "https://x.go.id:443/a/b.html", "https://x.id/~u/-a_b.c/",
    "https://www.x.go.id/a/", "https://m.x.id/a", "https://x.id/a/amp/", "https://x.id/a.amp", "https://t.me/s/kim/12",
    "https://youtu.be/abcdefgh", "https://x.id/a..b/c", "http://x.go.id:0080/a",
])
def test_a_plain_url_is_canonicalised_as_by_the_full_rules(url: str) -> None:
    """Post URLs without a query skip the full canonicalisation (clean step cost): same result.

    A tracking parameter sends the same URL through the full rules, which drop it again."""
    from crawler.urls import canonical_url

    assert canonical_url(url) == canonical_url(url + "?utm_source=wa")
    assert canonical_url(url).startswith("https://") and not canonical_url(url).endswith("/")
