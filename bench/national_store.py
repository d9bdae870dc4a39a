"""Build a store shaped like a national deployment of kimwatch (issue 16), for benchmarks.

    python bench/national_store.py --months 12 [--kims 10000] --out /work/national/m12.db

Shape (per month, at the default ``--kims 10000``): 10,000 KIMs with 3 channels each (a
crawlable blog feed; Facebook and Instagram recorded, not crawled), each KIM posting once a
day (10,000 posts a day); 500 government sources with ~20,000 announcements a month (658 a
day); crawl health as the daemon's schedule writes it — every KIM feed fetched hourly, every
source every 15 minutes, one ``crawl_runs`` row per scheduled crawl, one ``channel_fetches``
row per fetch; 4% of the KIM feeds broken (every fetch fails) and 1% of the other fetches
failing. About 8% of the posts restate an announcement of the last three days (an excerpt
with its names, places and numbers) and 3% link to one: those get an amplification (1.5% of
them ``confirmed``, 0.5% ``rejected`` by a person, the rest ``auto``).

The data is generated from a small Indonesian vocabulary and a fixed seed, one day at a time
and seeded by the *date*: the last 30 days of a 12-month store are the same as a 1-month
store's, and :func:`day_items` gives the day after the store (the benchmarks' "one more day").
Stores end on :data:`END` (exclusive) and start ``--months`` × 30 days earlier.

Loaded through kimwatch's own code: the registry through :func:`crawler.registry.load_registry`
(after :func:`crawler.registry.validate_registry`), posts and announcements through
:func:`crawler.store.save_posts` / :func:`crawler.store.save_announcements` (the bulk path of
the importers and the crawler), amplifications through :func:`crawler.store.save_amplifications`
(then the human decisions, as ``kimwatch review`` stores them), the announcements' cached terms
through :func:`crawler.matching.passes.load_index`. Written with SQL here, because kimwatch has
no bulk path for them: the ``crawl_runs`` and ``channel_fetches`` rows (the crawler writes them
one fetch at a time with the *current* time, in a live crawl), the channels' last health
columns, and ``matched_at`` of the generated items (their amplifications are generated with
them, as a matcher that had kept up would have left them).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler import registry as kim_registry  # noqa: E402
from crawler import store  # noqa: E402
from crawler.regions import known_regions  # noqa: E402
from crawler.urls import canonical_url  # noqa: E402

END = date(2026, 12, 1)           # first day after every generated store
SEED = 16
SOURCES = 500
ANNOUNCEMENTS_PER_DAY = 658       # ~20,000 a month
DAYS_PER_MONTH = 30
RESTATE_SHARE = 0.08              # posts restating an announcement of the last days
LINK_SHARE = 0.03                 # posts linking one
BROKEN_FEEDS = 0.04
FAILING_FETCHES = 0.01

WORDS = """
    pemerintah kabupaten kota desa kelurahan kecamatan warga masyarakat program kegiatan
    pelatihan sosialisasi bantuan pembangunan jalan jembatan sekolah puskesmas posyandu
    kesehatan pendidikan pertanian perikanan peternakan ekonomi usaha mikro koperasi pasar
    harga beras minyak gula cabai bawang stok pangan distribusi vaksinasi imunisasi balita
    stunting gizi ibu hamil lansia pemuda olahraga lomba festival budaya tari musik
    pariwisata wisata sungai banjir kebakaran hutan lahan sampah lingkungan kebersihan
    penghijauan pohon bibit irigasi sawah panen padi jagung karet sawit nelayan kapal
    perahu dermaga listrik air bersih sanitasi rumah layak huni bedah anggaran dana
    realisasi laporan rapat koordinasi musyawarah rencana evaluasi monitoring kunjungan
    peresmian pembukaan penutupan upacara peringatan hari jadi kemerdekaan santunan
    anak yatim zakat masjid langgar pengajian gotong royong kerja bakti keamanan
    ketertiban lalu lintas kendaraan pajak retribusi perizinan pelayanan publik
    administrasi kependudukan kartu identitas digital aplikasi internet informasi
    komunikasi media sosial pelaku umkm produk pemasaran pameran bazar wirausaha
    keterampilan kursus sertifikat tenaga kerja lowongan beasiswa mahasiswa siswa guru
    dokter perawat bidan rumah sakit ambulans obat penyuluhan narkoba bencana siaga
    relawan logistik pengungsi tanggap darurat cuaca hujan angin kemarau kekeringan
    bupati wali camat lurah kepala dinas sekretaris daerah dprd anggota ketua tim
    penggerak pkk karang taruna bumdes dana desa padat karya infrastruktur drainase
    normalisasi saluran tanggul pengerukan perbaikan pemeliharaan jaringan transportasi
    angkutan terminal pelabuhan bandara investasi industri perdagangan ekspor kopi
    madu kerajinan sasirangan purun anyaman kuliner wadai pasar terapung kampung
    """.split()
VERBS = """
    melaksanakan menggelar meresmikan menyerahkan menyalurkan mengadakan membuka
    menutup meninjau memantau mendorong mengajak mengimbau menargetkan mencatat
    menyampaikan menjelaskan menegaskan menambahkan mengungkapkan meminta berharap
    """.split()
NAME_PARTS = """
    ahmad muhammad rahmat syahrani noor aulia fitri hidayat rusdi hasan husin yusuf
    akhmad fauzi ridwan saleh abdul rahman hairul anwar mahmud sarmidi jamilah
    norhayati rahmah siti aminah fatimah zainab rusmini halimah salmah rina yanti
    """.split()
PLACE_PARTS = """
    sungai tanjung pulau teluk banua kuin alalak pekauman kelayan basirih pemurus
    mantuil pelambuan teluk dalam cempaka landasan ulin guntung manggis loktabat
    martapura astambul karang intan pengaron sungai tabuk gambut kertak hanyar
    rantau binuang candi laras kandangan angkinang barabai pandawan amuntai paringin
    tanjung kelua pagatan kotabaru batulicin marabahan anjir pelaihari takisung
    """.split()
CHATTER = """
    alhamdulillah semoga bermanfaat dangsanak barataan kegiatan warga hari ini
    mantap semangat terus bubuhan kampung kita bersama sama ayo hadir jangan lupa
    terima kasih atas partisipasi seluruh warga yang sudah datang
    """.split()


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _rng(*parts: Any) -> random.Random:
    """A generator seeded by ``parts`` (a date, a purpose): the same day is the same data."""
    digest = hashlib.sha1("|".join(map(str, (SEED, *parts))).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


class Nation:
    """The KIMs, sources and channels of the national store, and its items day by day."""

    def __init__(self, kims: int = 10_000, sources: int = SOURCES) -> None:
        self.kims = kims
        self.sources = sources
        self.regions = known_regions()
        rng = _rng("registry")
        self.kim_regions = [self.regions[i % len(self.regions)] for i in range(kims)]
        self.kim_villages = [f"{rng.choice(PLACE_PARTS).title()} {rng.choice(PLACE_PARTS).title()}"
                             for _ in range(kims)]
        self.broken = {i for i in range(kims) if rng.random() < BROKEN_FEEDS}

    # ---------------------------------------------------------------- registry

    @staticmethod
    def kim_id(number: int) -> str:
        return f"kim-n{number:05d}"

    @staticmethod
    def source_id(number: int) -> str:
        return f"src-n{number:03d}"

    def feed_url(self, number: int) -> str:
        return f"https://kimn{number:05d}.blogspot.com/feeds/posts/default"

    def source_url(self, number: int) -> str:
        return f"https://dinas{number:03d}.kalselprov.go.id/"

    def registry_document(self) -> dict[str, Any]:
        """The registry as a parsed YAML file would give it to :func:`validate_registry`."""
        kims = [{
            "id": self.kim_id(i), "name": f"KIM {self.kim_villages[i]} {i}", "region": self.kim_regions[i],
            "village": self.kim_villages[i],
            "channels": [
                {"type": "feed", "url": self.feed_url(i)},
                {"type": "facebook", "url": f"https://facebook.com/kimn{i:05d}"},
                {"type": "instagram", "url": f"https://instagram.com/kimn{i:05d}"},
            ],
        } for i in range(self.kims)]
        sources = [{
            "id": self.source_id(i), "name": f"Dinas Informasi {i}", "region": self.regions[i % len(self.regions)],
            "channels": [{"type": "website", "url": self.source_url(i)}],
        } for i in range(self.sources)]
        return {"kims": kims, "sources": sources}

    @cache  # noqa: B019 - one Nation per build
    def channel_ids(self) -> tuple[list[str], list[str]]:
        """Ids of the crawlable KIM feeds (in KIM order) and of the source sites."""
        feeds = [store.channel_id(self.kim_id(i), "feed", self.feed_url(i)) for i in range(self.kims)]
        sites = [store.channel_id(self.source_id(i), "website", self.source_url(i)) for i in range(self.sources)]
        return feeds, sites

    # ---------------------------------------------------------------- items

    def announcements(self, day: date) -> list[dict[str, Any]]:
        """The announcements published on ``day`` (UTC), as ``save_announcements`` rows."""
        rng = _rng("announcements", day.isoformat())
        sites = self.channel_ids()[1]
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        rows = []
        for n in range(ANNOUNCEMENTS_PER_DAY):
            source = rng.randrange(self.sources)
            published = start + timedelta(seconds=rng.randrange(86400))
            name = f"{rng.choice(NAME_PARTS).title()} {rng.choice(NAME_PARTS).title()}"
            place = rng.choice(PLACE_PARTS).title()
            region = rng.choice(self.regions)
            number = rng.randrange(12, 9000)
            topic = rng.sample(WORDS, 3)
            title = f"{rng.choice(VERBS).title()} {' '.join(topic)} di {place} {number} peserta"
            sentences = [f"{region.upper().split()[-1]} - {name} {rng.choice(VERBS)} {' '.join(topic)} "
                         f"di {place} pada {published.day} {_month(published)} {published.year}."]
            for _ in range(rng.randrange(6, 10)):
                words = rng.sample(WORDS, rng.randrange(8, 14))
                if rng.random() < 0.5:
                    words.insert(rng.randrange(len(words)), str(rng.randrange(2, 5000)))
                sentences.append(f"{' '.join(words).capitalize()} {rng.choice(VERBS)} {name.split()[0]}.")
            sentences.append(f"Sebanyak {number} peserta dari {place} hadir dalam kegiatan tersebut. (mc/{n % 97})")
            slug = "-".join(title.lower().split()[:6])
            url = f"{self.source_url(source)}berita/{day.isoformat()}/{n}-{slug}"
            rows.append({
                "id": f"a-{day.isoformat()}-{n:03d}", "source_id": self.source_id(source),
                "channel_id": sites[source], "url": url, "canonical_url": canonical_url(url),
                "title": title, "text": " ".join(sentences), "published_at": iso(published),
                "fetched_at": iso(published + timedelta(minutes=rng.randrange(1, 16))), "origin": "crawl",
            })
        return rows

    def posts(self, day: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The posts of ``day`` (one per KIM) and the amplifications they carry."""
        rng = _rng("posts", day.isoformat())
        feeds = self.channel_ids()[0]
        recent = sorted((a for back in range(3, -1, -1) for a in self.announcements(day - timedelta(days=back))),
                        key=lambda a: a["published_at"])
        recent_times = [a["published_at"] for a in recent]
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        posts: list[dict[str, Any]] = []
        amplifications: list[dict[str, Any]] = []
        for i in range(self.kims):
            published = start + timedelta(seconds=rng.randrange(86400))
            roll = rng.random()
            links: list[str] = []
            source = None
            if roll < RESTATE_SHARE + LINK_SHARE:
                earlier = bisect.bisect_right(recent_times, iso(published - timedelta(hours=1)))
                source = recent[rng.randrange(earlier)] if earlier else None
            if source is not None and roll < RESTATE_SHARE:
                sentences = source["text"].split(". ")
                kept = sentences[:1] + rng.sample(sentences[1:], min(len(sentences) - 1, rng.randrange(2, 5)))
                title = source["title"]
                text = f"{' '.join(rng.sample(CHATTER, 5)).capitalize()}. " + ". ".join(kept)
                method = "text"
            elif source is not None:
                title = f"Info {' '.join(rng.sample(WORDS, 3))}"
                text = f"{' '.join(rng.sample(CHATTER, 8)).capitalize()}. Selengkapnya: {source['url']}"
                links = [source["url"]]
                method = "link"
            else:
                topic = rng.sample(WORDS, 3)
                title = f"Kegiatan {' '.join(topic)} {self.kim_villages[i]}"
                text = (f"{' '.join(rng.sample(CHATTER, 6)).capitalize()} {' '.join(topic)} di "
                        f"{self.kim_villages[i]}. " + " ".join(rng.sample(WORDS, rng.randrange(15, 40))) + ".")
                method = ""
            post_id = f"p-{day.isoformat()}-{i:05d}"
            posts.append({
                "id": post_id, "kim_id": self.kim_id(i), "channel_id": feeds[i], "platform": "website",
                "url": f"https://kimn{i:05d}.blogspot.com/{day.year}/{day.month:02d}/{post_id}.html",
                "title": title, "text": text, "published_at": iso(published),
                "fetched_at": iso(published + timedelta(minutes=rng.randrange(1, 61))),
                "links": links, "origin": "crawl",
            })
            if method and source is not None:
                lag = (datetime.strptime(posts[-1]["published_at"], "%Y-%m-%dT%H:%M:%SZ")
                       - datetime.strptime(source["published_at"], "%Y-%m-%dT%H:%M:%SZ")).total_seconds() / 3600
                decided = rng.random()
                amplifications.append({
                    "post_id": post_id, "announcement_id": source["id"], "kim_id": self.kim_id(i),
                    "method": method, "score": 1.0 if method == "link" else round(rng.uniform(0.5, 0.95), 4),
                    "lag_hours": round(lag, 2), "evidence": {"generated": True, "method": method},
                    "status": "confirmed" if decided < 0.015 else "rejected" if decided < 0.02 else "auto",
                })
        return posts, amplifications

    def fetches(self, day: date, first_run_id: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """``crawl_runs`` and ``channel_fetches`` rows of ``day``: KIM feeds hourly, sources every
        15 minutes, each scheduled crawl one run."""
        rng = _rng("fetches", day.isoformat())
        feeds, sites = self.channel_ids()
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        runs: list[tuple[Any, ...]] = []
        fetches: list[tuple[Any, ...]] = []
        run_id = first_run_id
        for slot in range(96):
            moment = start + timedelta(minutes=15 * slot)
            groups = [(sites, False)] + ([(feeds, True)] if slot % 4 == 0 else [])
            for channels, kims in groups:
                errors = 0
                for position, channel in enumerate(channels):
                    ok = not (kims and position in self.broken) and rng.random() >= FAILING_FETCHES
                    errors += not ok
                    fetched = iso(moment + timedelta(seconds=position * (3600 if kims else 900) // len(channels)))
                    fetches.append((channel, run_id, fetched, int(ok), "200" if ok else "503",
                                    None if ok else "HTTP 503 Service Unavailable"))
                finished = iso(moment + timedelta(minutes=50 if kims else 12))
                runs.append((run_id, iso(moment), finished, "daemon", "ok", len(channels), 0, 0, errors,
                             len(channels), json.dumps({"type": ["feed"] if kims else ["website"]})))
                run_id += 1
        return runs, fetches


def _month(moment: datetime) -> str:
    return ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
            "Desember").split()[moment.month - 1]


def days_of(months: int) -> list[date]:
    """The days of a store of ``months`` months, oldest first, ending the day before :data:`END`."""
    count = months * DAYS_PER_MONTH
    return [END - timedelta(days=count - k) for k in range(count)]


def day_items(nation: Nation, day: date) -> dict[str, list[dict[str, Any]]]:
    """Posts and announcements of one day, as the import files' records (``kimwatch import``)."""
    posts, _amplifications = nation.posts(day)
    return {
        "announcements": [{"id": a["id"], "source": a["source_id"], "url": a["url"], "title": a["title"],
                           "text": a["text"], "published_at": a["published_at"]} for a in nation.announcements(day)],
        "posts": [{"id": p["id"], "kim": p["kim_id"], "platform": p["platform"], "url": p["url"],
                   "title": p["title"], "text": p["text"], "published_at": p["published_at"],
                   "links": p["links"]} for p in posts],
    }


def write_day_files(nation: Nation, day: date, folder: Path) -> dict[str, Path]:
    """``announcements.jsonl`` and ``posts.jsonl`` of ``day`` in ``folder``, for ``kimwatch import``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for kind, records in day_items(nation, day).items():
        path = folder / f"{kind}-{day.isoformat()}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths[kind] = path
    return paths


def build(out: Path, months: int, kims: int, *, terms: bool = True, log: Any = print) -> dict[str, Any]:
    """Build the store at ``out`` (which must not exist); returns what was stored."""
    from crawler.matching import passes

    if out.exists():
        raise SystemExit(f"{out} exists; remove it or choose another --out")
    started = time.monotonic()
    nation = Nation(kims)
    db = store.connect(out)
    db.execute("PRAGMA journal_size_limit = 67108864")
    registry = kim_registry.validate_registry(nation.registry_document(), "national registry")
    kim_registry.load_registry(db, registry)
    log(f"registry: {kims} KIMs, {nation.sources} sources, {len(registry.channels)} channels "
        f"({time.monotonic() - started:.0f} s)")
    run_id = 1
    totals = {"posts": 0, "announcements": 0, "amplifications": 0, "fetches": 0, "runs": 0}
    days = days_of(months)
    for number, day in enumerate(days, start=1):
        announcements = nation.announcements(day)
        posts, amplifications = nation.posts(day)
        first = f"a-{days[0].isoformat()}"  # announcements from before the store are not in it
        amplifications = [a for a in amplifications if a["announcement_id"] >= first]
        runs, fetches = nation.fetches(day, run_id)
        run_id += len(runs)
        with store.transaction(db):
            store.save_announcements(db, announcements)
            store.save_posts(db, posts)
            store.save_amplifications(db, amplifications)
            decided = [(a["status"], "national_store", iso(datetime.combine(day, datetime.min.time(), UTC)),
                        a["post_id"], a["announcement_id"])
                       for a in amplifications if a["status"] in ("confirmed", "rejected")]
            db.conn.executemany("UPDATE amplifications SET status = ?, decided_by = ?, decided_at = ? "
                                "WHERE post_id = ? AND announcement_id = ?", decided)
            db.conn.executemany(
                "INSERT INTO crawl_runs (id, started_at, finished_at, trigger, status, requests, items_new, "
                "items_updated, errors, channels, filters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runs)
            db.conn.executemany("INSERT INTO channel_fetches (channel_id, run_id, fetched_at, ok, status, error) "
                                "VALUES (?, ?, ?, ?, ?, ?)", fetches)
            stamp = iso(datetime.combine(day + timedelta(days=1), datetime.min.time(), UTC))
            db.execute("UPDATE posts SET matched_at = ? WHERE matched_at IS NULL", [stamp])
            db.execute("UPDATE announcements SET matched_at = ? WHERE matched_at IS NULL", [stamp])
        for key, value in (("posts", len(posts)), ("announcements", len(announcements)),
                           ("amplifications", len(amplifications)), ("fetches", len(fetches)), ("runs", len(runs))):
            totals[key] += value
        if number % 10 == 0 or number == len(days):
            log(f"day {number}/{len(days)} ({day}): {totals['posts']:,} posts, {totals['announcements']:,} "
                f"announcements, {totals['fetches']:,} fetches ({time.monotonic() - started:.0f} s)")
    feeds, _sites = nation.channel_ids()
    last = iso(datetime.combine(days[-1], datetime.min.time(), UTC) + timedelta(hours=23))
    with store.transaction(db):
        db.execute("UPDATE channels SET last_crawled_at = ?, last_success_at = ?, last_status = '200', "
                   "consecutive_failures = 0 WHERE crawlable = 1", [last, last])
        db.conn.executemany("UPDATE channels SET last_success_at = NULL, last_status = '503', "
                            "last_error = 'HTTP 503 Service Unavailable', consecutive_failures = ? WHERE id = ?",
                            [(24 * len(days), feeds[i]) for i in sorted(nation.broken)])
    if terms:
        passes.load_index(db, workers=2)
        log(f"announcement terms cached ({time.monotonic() - started:.0f} s)")
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    totals["seconds"] = round(time.monotonic() - started)
    totals["bytes"] = out.stat().st_size
    log(f"built {out}: {months} month(s), {kims} KIMs, {totals['bytes'] / 1e9:.2f} GB in {totals['seconds']} s")
    return totals


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--months", type=int, default=1, help="months of history (30 days each; default 1)")
    parser.add_argument("--kims", type=int, default=10_000, help="number of KIMs (default 10,000)")
    parser.add_argument("--out", type=Path, required=True, help="the store to create (must not exist)")
    parser.add_argument("--no-terms", action="store_true",
                        help="whether to skip caching the announcements' terms (the first match then makes them)")
    args = parser.parse_args(argv)
    build(args.out, args.months, args.kims, terms=not args.no_terms)


if __name__ == "__main__":
    main()
