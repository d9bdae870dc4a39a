"""A store whose report figures are known by hand (used by tests/report and tests/dump).

Window of the tests: ``--days 30 --until 2024-10-31`` = 2 Oct 00:00 WITA .. 1 Nov 00:00 WITA
= ``2024-10-01T16:00:00Z`` .. ``2024-10-31T16:00:00Z`` (end exclusive).

KIMs (8 registered, 1 retired):

=======  ===================  ==========  =============================================
kim      region               status      why
=======  ===================  ==========  =============================================
kim-a    Kota Banjarmasin     active      ann-1 (2 h, again 5 h on Telegram), ann-2 (10 h)
kim-b    Kota Banjarmasin     active      ann-3 at 23:59 WITA on the last day (lag 5 h 59 m)
kim-c    Kota Banjarmasin     inactive    channel fetched OK; its post is at 00:00 WITA next day
kim-d    Kabupaten Banjar     inactive    one post, its amplification was rejected
kim-e    Kabupaten Banjar     unmeasured  no channel at all
kim-h    Kabupaten Banjar     active      ann-1 (8 h)
kim-f    Kabupaten Tapin      unmeasured  broken website, its only OK fetch is before the window
kim-g    Kabupaten Tapin      inactive    Instagram only (not crawlable) but an imported post
kim-r    Kota Banjarmasin     (retired)   amplified ann-2: never counted
=======  ===================  ==========  =============================================

Active share 3/8; Banjarmasin 2/3, Banjar 1/3 (1 unmeasured), Tapin 0/2 (1 unmeasured).
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from crawler import store

UNTIL = "2024-10-31"
DAYS = 30

KIMS = [
    {"id": "kim-a", "name": "KIM Alalak", "region": "Kota Banjarmasin"},
    {"id": "kim-b", "name": "KIM Basirih", "region": "Kota Banjarmasin"},
    {"id": "kim-c", "name": "KIM Cempaka", "region": "Kota Banjarmasin"},
    {"id": "kim-d", "name": "KIM Dalam Pagar", "region": "Kabupaten Banjar"},
    {"id": "kim-e", "name": "KIM Einsiedel", "region": "Kabupaten Banjar"},
    {"id": "kim-h", "name": "KIM Handil", "region": "Kabupaten Banjar"},
    {"id": "kim-f", "name": "KIM Fajar", "region": "Kabupaten Tapin"},
    {"id": "kim-g", "name": "KIM Gadung", "region": "Kabupaten Tapin"},
    {"id": "kim-r", "name": "KIM Rantau Lama", "region": "Kota Banjarmasin", "status": "retired"},
]

SOURCES = [
    {"id": "prov", "name": "Diskominfo Kalsel", "region": "Provinsi Kalimantan Selatan"},
    {"id": "bjm", "name": "Diskominfotik Banjarmasin", "region": "Kota Banjarmasin"},
]

CHANNELS = [
    {"id": "kim-a/feed", "owner_kind": "kim", "owner_id": "kim-a", "type": "feed",
     "url": "https://kimalalak.blogspot.com/feeds/posts/default"},
    {"id": "kim-a/telegram", "owner_kind": "kim", "owner_id": "kim-a", "type": "telegram",
     "url": "https://t.me/s/kimalalak"},
    {"id": "kim-b/website", "owner_kind": "kim", "owner_id": "kim-b", "type": "website",
     "url": "https://basirih.kim.id/"},
    {"id": "kim-c/feed", "owner_kind": "kim", "owner_id": "kim-c", "type": "feed",
     "url": "https://kimcempaka.blogspot.com/feeds/posts/default"},
    {"id": "kim-d/feed", "owner_kind": "kim", "owner_id": "kim-d", "type": "feed",
     "url": "https://kimdalampagar.wordpress.com/feed/"},
    {"id": "kim-h/telegram", "owner_kind": "kim", "owner_id": "kim-h", "type": "telegram",
     "url": "https://t.me/s/kimhandil"},
    {"id": "kim-f/website", "owner_kind": "kim", "owner_id": "kim-f", "type": "website",
     "url": "https://fajar.kim.id/"},
    {"id": "kim-g/instagram", "owner_kind": "kim", "owner_id": "kim-g", "type": "instagram",
     "url": "https://instagram.com/kimgadung"},
    {"id": "kim-r/feed", "owner_kind": "kim", "owner_id": "kim-r", "type": "feed",
     "url": "https://kimrantaulama.blogspot.com/feeds/posts/default"},
    {"id": "prov/website", "owner_kind": "source", "owner_id": "prov", "type": "website",
     "url": "https://diskominfomc.kalselprov.go.id/"},
]

ANNOUNCEMENTS = [
    # before the window (00:00 WITA on 2 Oct minus one second): not listed
    {"id": "ann-0", "source_id": "prov", "title": "Sosialisasi lama", "text": "lama",
     "published_at": "2024-10-01T15:59:59Z", "url": "https://diskominfomc.kalselprov.go.id/ann-0"},
    # the very first second of the window: listed
    {"id": "ann-edge", "source_id": "prov", "title": "Rapat koordinasi awal bulan", "text": "awal",
     "published_at": "2024-10-01T16:00:00Z", "url": "https://diskominfomc.kalselprov.go.id/ann-edge"},
    {"id": "ann-1", "source_id": "prov", "title": "Vaksinasi gratis di Puskesmas Alalak",
     "text": "Dinas Kesehatan membuka vaksinasi gratis bagi warga.", "channel_id": "prov/website",
     "published_at": "2024-10-10T02:00:00Z", "url": "https://diskominfomc.kalselprov.go.id/ann-1"},
    {"id": "ann-2", "source_id": "bjm", "title": "Pasar murah Kelurahan Basirih",
     "text": "Pasar murah digelar Sabtu.", "published_at": "2024-10-20T00:00:00Z",
     "url": "https://diskominfotik.banjarmasinkota.go.id/ann-2"},
    {"id": "ann-3", "source_id": "bjm", "title": "Jadwal pemadaman listrik",
     "text": "PLN mengumumkan pemadaman bergilir.", "published_at": "2024-10-31T10:00:00Z",
     "url": "https://diskominfotik.banjarmasinkota.go.id/ann-3"},
    # 00:00 WITA on 1 Nov: after the window, not listed
    {"id": "ann-4", "source_id": "prov", "title": "Pengumuman November", "text": "november",
     "published_at": "2024-10-31T16:00:00Z", "url": "https://diskominfomc.kalselprov.go.id/ann-4"},
]

POSTS = [
    {"id": "p-a1", "kim_id": "kim-a", "channel_id": "kim-a/feed", "platform": "website",
     "title": "Vaksinasi gratis di Puskesmas Alalak", "text": "Warga Alalak diajak ikut vaksinasi gratis.",
     "published_at": "2024-10-10T04:00:00Z", "url": "https://kimalalak.blogspot.com/2024/10/vaksin.html",
     "origin": "crawl"},
    {"id": "p-a3", "kim_id": "kim-a", "channel_id": "kim-a/telegram", "platform": "telegram",
     "title": None, "text": "Info vaksinasi gratis Puskesmas Alalak", "published_at": "2024-10-10T07:00:00Z",
     "url": "https://t.me/kimalalak/12", "origin": "crawl"},
    {"id": "p-a2", "kim_id": "kim-a", "channel_id": "kim-a/feed", "platform": "website",
     "title": "Pasar murah Basirih", "text": "Pasar murah digelar Sabtu di Basirih.",
     "published_at": "2024-10-20T10:00:00Z", "url": "https://kimalalak.blogspot.com/2024/10/pasar.html",
     "origin": "crawl"},
    # 23:59 WITA on the last day: in
    {"id": "p-b1", "kim_id": "kim-b", "channel_id": "kim-b/website", "platform": "website",
     "title": "Pemadaman listrik bergilir", "text": "PLN pemadaman bergilir malam ini.",
     "published_at": "2024-10-31T15:59:00Z", "url": "https://basirih.kim.id/pemadaman", "origin": "crawl"},
    # 00:00 WITA the next day: out
    {"id": "p-c1", "kim_id": "kim-c", "channel_id": "kim-c/feed", "platform": "website",
     "title": "Pemadaman listrik", "text": "Pemadaman bergilir.", "published_at": "2024-10-31T16:00:00Z",
     "url": "https://kimcempaka.blogspot.com/2024/11/pemadaman.html", "origin": "crawl"},
    {"id": "p-d1", "kim_id": "kim-d", "channel_id": "kim-d/feed", "platform": "website",
     "title": "Gotong royong", "text": "Warga gotong royong membersihkan saluran.",
     "published_at": "2024-10-12T01:00:00Z", "url": "https://kimdalampagar.wordpress.com/gotong-royong/",
     "origin": "crawl"},
    {"id": "p-h1", "kim_id": "kim-h", "channel_id": "kim-h/telegram", "platform": "telegram",
     "title": None, "text": "Vaksinasi gratis untuk warga Handil", "published_at": "2024-10-10T10:00:00Z",
     "url": "https://t.me/kimhandil/5", "origin": "crawl"},
    {"id": "p-g1", "kim_id": "kim-g", "channel_id": None, "platform": "instagram",
     "title": None, "text": "Lomba kebersihan kampung", "published_at": "2024-10-12T03:00:00Z",
     "url": "https://instagram.com/p/abc", "origin": "import"},
    {"id": "p-r1", "kim_id": "kim-r", "channel_id": "kim-r/feed", "platform": "website",
     "title": "Pasar murah", "text": "Pasar murah.", "published_at": "2024-10-20T05:00:00Z",
     "url": "https://kimrantaulama.blogspot.com/pasar.html", "origin": "crawl"},
]

AMPLIFICATIONS = [
    {"post_id": "p-a1", "announcement_id": "ann-1", "kim_id": "kim-a", "method": "link", "score": 1.0,
     "lag_hours": 2.0, "evidence": {"links": ["https://diskominfomc.kalselprov.go.id/ann-1"]}},
    {"post_id": "p-a3", "announcement_id": "ann-1", "kim_id": "kim-a", "method": "text", "score": 0.8,
     "lag_hours": 5.0, "evidence": {"shared": ["vaksinasi gratis puskesmas alalak"]}},
    {"post_id": "p-a2", "announcement_id": "ann-2", "kim_id": "kim-a", "method": "text", "score": 0.9,
     "lag_hours": 10.0, "evidence": {"shared": ["pasar murah digelar sabtu"]}},
    # no stored lag: computed from the dates (5 h 59 m)
    {"post_id": "p-b1", "announcement_id": "ann-3", "kim_id": "kim-b", "method": "text", "score": 0.7,
     "lag_hours": None, "evidence": {"shared": ["pemadaman bergilir"]}},
    {"post_id": "p-c1", "announcement_id": "ann-3", "kim_id": "kim-c", "method": "text", "score": 0.7,
     "lag_hours": 6.0, "evidence": {"shared": ["pemadaman bergilir"]}},
    {"post_id": "p-h1", "announcement_id": "ann-1", "kim_id": "kim-h", "method": "text", "score": 0.75,
     "lag_hours": 8.0, "evidence": {"shared": ["vaksinasi gratis"]}},
    {"post_id": "p-d1", "announcement_id": "ann-1", "kim_id": "kim-d", "method": "text", "score": 0.5,
     "lag_hours": 23.0, "evidence": {"shared": ["warga"]}},
    {"post_id": "p-r1", "announcement_id": "ann-2", "kim_id": "kim-r", "method": "text", "score": 0.9,
     "lag_hours": 5.0, "evidence": {"shared": ["pasar murah"]}},
]

FETCHES = [
    ("kim-a/feed", "2024-10-15T00:00:00Z", 1, "200", None),
    ("kim-a/telegram", "2024-10-15T00:00:00Z", 1, "200", None),
    ("kim-b/website", "2024-10-15T00:00:00Z", 1, "200", None),
    ("kim-c/feed", "2024-10-15T00:00:00Z", 1, "304", None),
    ("kim-h/telegram", "2024-10-15T00:00:00Z", 1, "200", None),
    ("kim-f/website", "2024-09-20T00:00:00Z", 1, "200", None),  # before the window
    ("kim-f/website", "2024-10-15T00:00:00Z", 0, "503", "HTTP 503"),
    ("kim-f/website", "2024-10-31T16:00:00Z", 1, "200", None),  # 00:00 WITA 1 Nov: after the window
]


def build_known_store(path: Path) -> sqlite_utils.Database:
    """Create the store described in this module's docstring at ``path``."""
    db = store.connect(path)
    store.save_kims(db, KIMS)
    store.save_sources(db, SOURCES)
    store.save_channels(db, CHANNELS)
    store.save_announcements(db, ANNOUNCEMENTS)
    store.save_posts(db, POSTS)
    store.save_amplifications(db, AMPLIFICATIONS)
    with store.transaction(db):
        db.execute("UPDATE amplifications SET status = 'rejected', decided_by = 'petugas@diskominfo' "
                   "WHERE post_id = 'p-d1'")
        for channel_id, fetched_at, ok, status, error in FETCHES:
            db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) "
                       "VALUES (?, ?, ?, ?, ?)", [channel_id, fetched_at, ok, status, error])
        db.execute("UPDATE channels SET last_crawled_at = '2024-10-15T00:00:00Z', last_status = '200', "
                   "last_success_at = '2024-10-15T00:00:00Z', etag = 'W/\"abc\"', "
                   "last_modified = 'Tue, 15 Oct 2024 00:00:00 GMT', state = '{\"feed\": \"x\"}' "
                   "WHERE id IN ('kim-a/feed', 'kim-a/telegram', 'kim-b/website', 'kim-c/feed', "
                   "'kim-h/telegram')")
        db.execute("UPDATE channels SET last_crawled_at = '2024-10-15T00:00:00Z', last_status = '503', "
                   "last_error = 'HTTP 503', consecutive_failures = 4 WHERE id = 'kim-f/website'")
    return db
