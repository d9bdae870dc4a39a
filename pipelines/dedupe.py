"""Dedupe pipeline: write only what is new or changed.

An item seen twice in one run (a feed listing the same entry twice, or the same post on two
pages) is dropped the second time; an item whose ``content_hash`` equals the stored one is
dropped as unchanged, and so is one read again with no text where the stored one has text (a
feed entry cut short, a message that lost its text on the way: the stored post is kept, and the
channel's note says so). What passes is marked ``change = 'new'`` or ``'updated'`` (an edited
post, updated in place by the store pipeline).

An item is known by its guid. A site that changes its guids (a move from http to https or to
another domain, a WordPress export and import, a plugin that builds guids afresh) would make every
post new again and count it twice: a new guid on a channel that has stored items is first looked up
as the same post under its old guid — the one stored item of the channel with the same canonical
URL and the same date or content, or with the same content and date — and takes that item's id.
The same goes for the items of this run: a plugin that builds guids afresh on every request,
behind a feed that ignores ``?paged=N``, served the same three posts under new guids on every
page of a first crawl.

A KIM's post read through two of its channels (a WordPress site registered with its main feed
and a category feed) is one post: a new item whose canonical URL a post of another channel of
the same KIM already has, with the same date or content, is dropped; the first stored stays.
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from crawler.items import ContentItem, ItemBatch
from pipelines.batch import each_item


class DedupePipeline:
    """Drops duplicates within a run and items unchanged against the store."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()
        # the items passed in this run, by (channel, canonical URL) and (channel, content, date):
        # a twin under another guid takes the first one's id (None: several posts share the URL)
        self.run_urls: dict[tuple[str, str], tuple[str, str | None, str | None] | None] = {}
        self.run_contents: dict[tuple[str, str, str], str] = {}
        # the KIM posts passed in this run by (KIM, canonical URL): (channel, id, date, content)
        self.run_kim_urls: dict[tuple[str, str], tuple[str, str, str | None, str | None]] = {}
        # per KIM, the channels that had posts stored before this run (read once per KIM): the store
        # is asked for a copy only when another of them has (a first crawl asks nothing)
        self.kim_stocked: dict[str, frozenset[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: ContentItem | ItemBatch) -> ContentItem | ItemBatch:
        if isinstance(item, ItemBatch):
            return each_item(self.crawler, item, self.process_one)
        return self.process_one(item)

    def process_one(self, item: ContentItem) -> ContentItem:
        """``item`` marked new or updated; :class:`DropItem` for a duplicate or an unchanged one."""
        item_id = item["id"]
        known: dict[str, str | None] = getattr(self.crawler.spider, "known", {})
        if item_id not in known:
            item_id = item["id"] = self.stored_twin(item) or self.run_twin(item) or item_id
        if item_id not in known and item_id not in self.seen:
            copy = self.kim_copy(item)
            if copy is not None:
                raise DropItem(f"already stored through another channel of the KIM: {copy!r} "
                               f"({item.get('canonical_url')!r})", log_level="DEBUG")
        if item_id in self.seen:
            raise DropItem(f"duplicate in this run: {item_id!r} ({item.get('guid')!r})", log_level="DEBUG")
        self.seen.add(item_id)
        self.remember(item)
        if item_id not in known:
            item["change"] = "new"
            claimed = (item.get("extra") or {}).get("published_claimed")
            if not item.get("published_at") and (item.get("first_crawl") is False or claimed):
                # a feed that gives no dates: an item first seen after the channel's first crawl
                # appeared since the crawl before, so it is dated when it was first seen (marked);
                # so is one whose date no post can have (1970, 2999): it was public when first seen
                from crawler.dates import utc_now

                item["published_at"] = utc_now()  # content_hash was made without this: not a change later
                item["extra"] = dict(item.get("extra") or {}) | {"published_source": "first_seen"}
        elif known[item_id] == item["content_hash"]:
            raise DropItem(f"unchanged: {item_id!r}", log_level="DEBUG")
        elif self.comes_back_with_less(item):
            # nothing stored is lost: an entry cut short, a page or message that lost its text
            # on the way, never blanks the post (nor, through the match pass, its amplification)
            context = self.crawler.spider.context
            context.count_kept(str(item.get("channel_id")), str(item.get("url") or item.get("guid") or item_id))
            raise DropItem(f"read again with no text: {item_id!r} kept as stored", log_level="INFO")
        else:
            item["change"] = "updated"
            if not item.get("published_at") and (item.get("extra") or {}).get("published_claimed"):
                # the store keeps the time it was first seen
                item["extra"] = dict(item.get("extra") or {}) | {"published_source": "first_seen"}
        return item

    def comes_back_with_less(self, item: ContentItem) -> bool:
        """Whether ``item``, a re-read of a stored one, has no text where the stored one has."""
        if (item.get("text") or "").strip():
            return False
        table = "posts" if item.get("owner_kind") == "kim" else "announcements"
        row = self.crawler.spider.context.db.execute(
            f"SELECT text FROM {table} WHERE id = ?", [item["id"]]).fetchone()  # noqa: S608 - table is ours
        return bool(row and (row[0] or "").strip())

    def remember(self, item: ContentItem) -> None:
        channel, url = str(item.get("channel_id") or ""), item.get("canonical_url")
        published, content = item.get("published_at"), item.get("content_hash")
        if url:
            earlier = self.run_urls.get((channel, url), False)
            if earlier is False:
                self.run_urls[(channel, url)] = (item["id"], published, content)
            elif earlier is not None and earlier[0] != item["id"]:
                self.run_urls[(channel, url)] = None
        if published and content:
            self.run_contents.setdefault((channel, content, published), item["id"])
        if url and item.get("owner_kind") == "kim":
            self.run_kim_urls.setdefault((str(item.get("owner_id")), url), (channel, item["id"], published, content))

    def kim_copy(self, item: ContentItem) -> str | None:
        """The id of the post of another channel of the same KIM that ``item`` repeats (same
        canonical URL, and the same date or content), in this run or in the store, or None."""
        url = item.get("canonical_url")
        if item.get("owner_kind") != "kim" or not url:
            return None
        channel, kim = str(item.get("channel_id") or ""), str(item.get("owner_id"))
        published, content = item.get("published_at"), item.get("content_hash")
        earlier = self.run_kim_urls.get((kim, url))
        if earlier and earlier[0] != channel and ((published and earlier[2] == published) or earlier[3] == content):
            return earlier[1]
        db = self.crawler.spider.context.db
        stocked = self.kim_stocked.get(kim)
        if stocked is None:
            stocked = self.kim_stocked[kim] = frozenset(
                str(row[0]) for row in db.execute("SELECT DISTINCT channel_id FROM posts WHERE kim_id = ?", [kim]))
        if not stocked - {channel}:
            return None  # no other channel of the KIM has anything stored (this run's are above)
        rows = db.execute(
            "SELECT id, published_at, content_hash FROM posts WHERE kim_id = ? AND canonical_url = ? "
            "AND channel_id != ? ORDER BY rowid LIMIT 5", [kim, url, channel]).fetchall()
        return next((str(row[0]) for row in rows if (published and row[1] == published) or row[2] == content), None)

    def run_twin(self, item: ContentItem) -> str | None:
        """The id of an item of this run that ``item`` repeats under another guid (as
        :meth:`stored_twin` tells them), or None."""
        channel, url = str(item.get("channel_id") or ""), item.get("canonical_url")
        published, content = item.get("published_at"), item.get("content_hash")
        earlier = self.run_urls.get((channel, url)) if url else None
        if earlier and ((published and earlier[1] == published) or earlier[2] == content):
            return earlier[0]
        if published and content:
            return self.run_contents.get((channel, content, published))
        return None

    def stored_twin(self, item: ContentItem) -> str | None:
        """The id of the stored item of the same channel that ``item`` (a guid not stored) repeats
        under another guid, or None. Only a channel with stored items is looked up (one query per
        new item: new items are few once a channel is known); the twin must be the only stored
        item of the channel with that canonical URL and share the date or the content, or share
        the content and the date (the URL moved with the guid). Several items on one URL (a feed
        linking every entry to its home page) are never merged, unless they are all copies of one
        post (same date and content): then the first stored takes it."""
        spider = self.crawler.spider
        if item.get("channel_id") not in getattr(spider, "stocked", ()):
            return None
        table = "posts" if item.get("owner_kind") == "kim" else "announcements"
        db = spider.context.db
        url, published, content = item.get("canonical_url"), item.get("published_at"), item.get("content_hash")
        if url:
            rows = db.execute(f"SELECT id, published_at, content_hash FROM {table} "  # noqa: S608 - table is ours
                              "WHERE channel_id = ? AND canonical_url = ? ORDER BY rowid LIMIT 20",
                              [item["channel_id"], url]).fetchall()
            if len(rows) == 1 and ((published and rows[0][1] == published) or rows[0][2] == content):
                return str(rows[0][0])
            if len(rows) > 1 and len({row[1:] for row in rows}) == 1 and (
                    (published and rows[0][1] == published) or rows[0][2] == content):
                return str(rows[0][0])  # copies of one post, stored before twins were caught: the first
        if published and content:
            rows = db.execute(f"SELECT id FROM {table} "  # noqa: S608
                              "WHERE channel_id = ? AND content_hash = ? AND published_at = ? LIMIT 2",
                              [item["channel_id"], content, published]).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
        return None
