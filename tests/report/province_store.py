"""A seeded store the size of a small province, for comparing report outputs byte for byte.

Unlike :mod:`tests.report.known_store` its figures are not known by hand: it exists so that every
branch of the report meets many rows at once — KIMs in four regions (one retired, one without
channel, names with quotes, ``<``, accents and a phone number), a provincial and two regional
sources, announcements before, in and after the window, amplifications that are rejected,
uncertain or without a stored lag, several posts of one KIM on one announcement, channels that
are ok, failing, broken, never fetched or not crawlable, imported and self-reported posts.
The golden outputs in ``tests/report/golden/`` were written from it (and from the known store)
by main's renderer before the report was streamed (``tests/report/golden/make_golden.py``).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from crawler import store

UNTIL = "2024-10-31"
DAYS = 30
REGIONS = ["Kota Banjarmasin", "Kabupaten Banjar", "Kabupaten Tapin", "Kabupaten Hulu Sungai Selatan"]
START = datetime(2024, 8, 20, tzinfo=UTC)
SPAN_DAYS = 80  # 2024-08-20 .. 2024-11-08: before, in and after the window


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_province_store(path: Path, kims: int = 40, announcements: int = 90, posts: int = 300,
                         seed: int = 16) -> sqlite_utils.Database:
    """Create the store at ``path`` (deterministic for a given ``seed``)."""
    rng = random.Random(seed)
    db = store.connect(path)
    names = ["KIM \"Maju\" Jaya", "KIM <Sungai> Jingah", "KIM Pélita", "KIM Hubungi 0812-3456-7890"]
    kim_rows = []
    for i in range(kims):
        name = names[i] if i < len(names) else f"KIM Desa {i:02d}"
        kim_rows.append({"id": f"kim-{i:02d}", "name": name, "region": REGIONS[i % len(REGIONS)],
                         "district": f"Kecamatan {i % 7}", "village": f"Desa {i}",
                         "status": "retired" if i == 13 else "active"})
    store.save_kims(db, kim_rows)
    store.save_sources(db, [
        {"id": "prov", "name": "Diskominfo Kalsel", "region": "Provinsi Kalimantan Selatan"},
        {"id": "bjm", "name": "Diskominfotik Banjarmasin", "region": "Kota Banjarmasin"},
        {"id": "tapin", "name": "Diskominfo Tapin", "region": "Kabupaten Tapin"},
    ])
    channels = []
    for i in range(kims):
        if i == 7:
            continue  # no channel at all
        channels.append({"id": f"kim-{i:02d}/feed", "owner_kind": "kim", "owner_id": f"kim-{i:02d}",
                         "type": "feed", "url": f"https://kim{i:02d}.blogspot.com/feeds/posts/default"})
        if i % 3 == 0:
            channels.append({"id": f"kim-{i:02d}/telegram", "owner_kind": "kim", "owner_id": f"kim-{i:02d}",
                             "type": "telegram", "url": f"https://t.me/s/kim{i:02d}"})
        if i % 5 == 0:
            channels.append({"id": f"kim-{i:02d}/ig", "owner_kind": "kim", "owner_id": f"kim-{i:02d}",
                             "type": "instagram", "url": f"https://instagram.com/kim{i:02d}"})
    store.save_channels(db, channels)
    anns = []
    for n in range(announcements):
        source = rng.choice(["prov", "prov", "bjm", "tapin"])
        anns.append({"id": f"ann-{n:03d}", "source_id": source, "title": f"Pengumuman {n} «{source}»",
                     "text": f"isi pengumuman {n}", "url": f"https://{source}.go.id/berita/{n}",
                     "published_at": _iso(START + timedelta(hours=rng.uniform(0, SPAN_DAYS * 24)))})
    store.save_announcements(db, anns)
    ann_times = {a["id"]: datetime.fromisoformat(a["published_at"].replace("Z", "+00:00")) for a in anns}
    post_rows, amp_rows = [], []
    for n in range(posts):
        kim_number = rng.randrange(kims)
        if kim_number % 5 == 4:
            kim_number = (kim_number + 3) % kims  # every fifth KIM posts nothing
        kim = f"kim-{kim_number:02d}"
        origin = rng.choice(["crawl"] * 6 + ["import", "self-report"])
        platform = "website" if origin == "crawl" else rng.choice(["facebook", "instagram"])
        channel = f"{kim}/feed" if origin == "crawl" and kim != "kim-07" else None
        ann = rng.choice(anns)["id"] if rng.random() < 0.6 and kim_number % 5 != 3 else None
        when = (ann_times[ann] + timedelta(hours=rng.uniform(0.2, 90)) if ann
                else START + timedelta(hours=rng.uniform(0, SPAN_DAYS * 24)))
        post_rows.append({"id": f"p-{n:04d}", "kim_id": kim, "channel_id": channel, "platform": platform,
                          "title": f"Unggahan {n}", "text": f"teks {n}", "published_at": _iso(when),
                          "url": f"https://example.org/{kim}/{n}", "origin": origin})
        if ann:
            lag = (when - ann_times[ann]).total_seconds() / 3600
            amp_rows.append({"post_id": f"p-{n:04d}", "announcement_id": ann, "kim_id": kim,
                             "method": rng.choice(["link", "text", "text"]), "score": round(rng.random(), 3),
                             "lag_hours": None if n % 11 == 0 else round(lag, 3),
                             "evidence": {"shared": [f"bagian {n}"]}})
            if n % 4 == 0:  # the same KIM again on another platform, later
                second = when + timedelta(hours=rng.uniform(0.5, 10))
                post_rows.append({"id": f"p-{n:04d}b", "kim_id": kim, "channel_id": None, "platform": "telegram",
                                  "title": None, "text": f"teks {n} lagi", "published_at": _iso(second),
                                  "url": f"https://t.me/{kim}/{n}", "origin": "crawl"})
                amp_rows.append({"post_id": f"p-{n:04d}b", "announcement_id": ann, "kim_id": kim,
                                 "method": "text", "score": 0.7,
                                 "lag_hours": round((second - ann_times[ann]).total_seconds() / 3600, 3),
                                 "evidence": {"shared": [f"bagian {n}"]}})
    store.save_posts(db, post_rows)
    store.save_amplifications(db, amp_rows)
    with store.transaction(db):
        db.execute("UPDATE amplifications SET status = 'rejected' WHERE rowid % 9 = 0")
        db.execute("UPDATE amplifications SET status = 'uncertain' WHERE rowid % 9 = 4")
        db.execute("UPDATE amplifications SET status = 'confirmed' WHERE rowid % 9 = 5")
        for i in range(kims):
            if i == 7:
                continue
            channel = f"kim-{i:02d}/feed"
            if i % 8 == 1:
                continue  # never fetched
            for day in range(0, SPAN_DAYS, 3):
                ok = 0 if (i % 6 == 2 and day > 40) or (i % 10 == 4) else 1
                db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) "
                           "VALUES (?, ?, ?, ?, ?)",
                           [channel, _iso(START + timedelta(days=day, hours=i % 24)), ok,
                            "200" if ok else "503", None if ok else "HTTP 503 from http://10.0.0.5/feed"])
            last_ok = i % 10 != 4
            failures = 0 if i % 6 != 2 else (2 if i % 12 == 2 else 5)
            # a past window's health is as of its end, recomputed from the fetches for a channel read
            # after it (fixes23): the failing ones (two failures) were last read in it, their row stands
            db.execute("UPDATE channels SET last_crawled_at = ?, last_status = ?, last_success_at = ?, "
                       "consecutive_failures = ?, last_error = ? WHERE id = ?",
                       ["2024-10-31T00:00:00Z" if failures == 2 else "2024-11-07T00:00:00Z",
                        "200" if not failures else "503",
                        "2024-10-20T00:00:00Z" if last_ok else None, failures,
                        "HTTP 503" if failures else None, channel])
    return db
