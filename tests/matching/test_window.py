"""Matching bounded by its window: the same decisions as an index of every announcement.

A pass over what is new loads only the announcements within the horizon of the posts it
scores (:func:`crawler.matching.passes.window_index`), weighed by whole-store statistics that
each pass updates. These tests build random stores in several increments — announcements
over months, restatements, links (some shortened), edits, undated items, posts linking old
releases — and check that the windowed index decides every post exactly as a whole index
does, and that incremental passes leave exactly the amplifications of whole-index passes.
"""

from __future__ import annotations

import multiprocessing
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crawler import store
from crawler.matching import passes
from crawler.matching.config import MatchConfig
from crawler.matching.decisions import decide
from crawler.matching.documents import post_doc
from tests.matching.conftest import seed_registry

WORDS = """pemerintah kabupaten desa warga program pelatihan sosialisasi bantuan jalan jembatan sekolah
    puskesmas posyandu pertanian perikanan pasar harga beras minyak cabai vaksinasi balita stunting
    lansia pemuda festival sungai banjir kebakaran sampah irigasi sawah panen nelayan listrik
    anggaran rapat koordinasi peresmian santunan masjid gotong royong pajak perizinan beasiswa
    bidan narkoba bencana relawan bupati camat lurah dinas karang taruna bumdes drainase tanggul
    kerajinan kuliner wisata lomba kesehatan gizi pangan stok distribusi umkm pameran""".split()
NAMES = "ahmad rahmat syahrani aulia fitri hidayat rusdi husin yusuf fauzi ridwan saleh jamilah aminah".split()
PLACES = "Tapin Balangan Tabalong Banjarbaru Martapura Kandangan Barabai Amuntai Pelaihari Marabahan".split()
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
START = datetime(2024, 1, 1, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def announcement(rng: random.Random, number: int, day: float, dated: bool = True) -> dict[str, Any]:
    moment = START + timedelta(days=day)
    name, place = rng.choice(NAMES).title(), rng.choice(PLACES)
    count = rng.randrange(10, 3000)
    month = MONTHS[moment.month - 1]
    sentences = [f"{place.upper()} - {name} membuka {' '.join(rng.sample(WORDS, 3))} di {place}, "
                 f"{moment.day} {month} {moment.year}."]
    sentences += [" ".join(rng.sample(WORDS, rng.randrange(6, 12))).capitalize() + "." for _ in range(rng.randrange(3, 7))]
    sentences.append(f"Sebanyak {count} peserta hadir. (mc/{number % 13})")
    site = f"portal{number}.go.id" if number % 10 == 0 else f"dinas{number % 7}.kalselprov.go.id"  # some rare
    url = f"https://{site}/berita/{number}-{'-'.join(rng.sample(WORDS, 3))}"
    return {"id": f"a-{number:04d}", "source_id": "diskominfo-kalsel", "url": url,
            "canonical_url": url, "title": f"{name} di {place}: {' '.join(rng.sample(WORDS, 4))}",
            "text": " ".join(sentences), "published_at": iso(moment) if dated else None}


def post(rng: random.Random, number: int, day: float, releases: list[dict[str, Any]]) -> dict[str, Any]:
    moment = START + timedelta(days=day)
    links: list[str] = []
    roll = rng.random()
    earlier = [a for a in releases if a["published_at"] and a["published_at"] <= iso(moment)]
    if earlier and roll < 0.45:  # a restatement, an excerpt or a copy of a recent release
        source = rng.choice(earlier[-40:])
        sentences = source["text"].split(". ")
        kept = rng.sample(sentences, max(1, min(len(sentences), rng.randrange(1, 5))))
        text = "Info warga. " + ". ".join(kept)
        title = source["title"] if rng.random() < 0.5 else " ".join(rng.sample(WORDS, 3))
    else:  # village news on the same topics, another place and number
        title = f"Kegiatan {' '.join(rng.sample(WORDS, 3))}"
        text = (f"Warga {rng.choice(PLACES)} {' '.join(rng.sample(WORDS, rng.randrange(8, 25)))} "
                f"bersama {rng.choice(NAMES).title()}, {rng.randrange(10, 3000)} orang.")
    if releases and rng.random() < 0.2:  # a link: recent, old (beyond the horizon) or shortened
        target = rng.choice(releases)
        links.append(target["url"] if rng.random() < 0.8 else f"https://s.id/{target['id']}")
    if releases and rng.random() < 0.1:  # another article of a site releases come from
        site = rng.choice(releases)["url"].split("/")[2]
        links.append(f"https://{site}/berita/{number}-{'-'.join(rng.sample(WORDS, 3))}")
    return {"id": f"p-{number:05d}", "kim_id": rng.choice(["kim-a", "kim-b", "kim-c", "kim-d"]),
            "title": title, "text": text, "links": links,
            "published_at": iso(moment) if rng.random() > 0.03 else None}


def increments(seed: int) -> list[tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]]:
    """Steps of (announcements, posts, resolved short links) covering ~8 months, with edits."""
    rng = random.Random(seed)
    releases: list[dict[str, Any]] = []
    steps = []
    day = 0.0
    numbers = iter(range(100_000))
    for _step in range(8):
        new = [announcement(rng, next(numbers), day + rng.uniform(0, 30), dated=rng.random() > 0.03)
               for _ in range(rng.randrange(15, 35))]
        if releases and rng.random() < 0.7:  # an edited release: new text, same id
            edited = dict(rng.choice(releases))
            edited["text"] = edited["text"] + " Ralat: " + " ".join(rng.sample(WORDS, 5)) + "."
            new.append(edited)
        if releases and rng.random() < 0.3:  # a late-crawled release from the past
            new.append(announcement(rng, next(numbers), max(0.0, day - rng.uniform(5, 40))))
        releases.extend(a for a in new if a["id"] not in {r["id"] for r in releases})
        posts = [post(rng, next(numbers), day + rng.uniform(0, 34), releases) for _ in range(rng.randrange(30, 60))]
        shorts = [{"url": f"https://s.id/{a['id']}", "resolved_url": a["url"], "resolved_at": iso(START),
                   "status": "200"} for a in releases]
        steps.append((new, posts, shorts))
        day += 30
    return steps


def load_step(db: sqlite_utils.Database, step: tuple[list[dict[str, Any]], ...]) -> None:
    announcements, posts, shorts = step
    store.save_announcements(db, announcements)
    store.save_posts(db, posts)
    db["resolved_urls"].upsert_all(shorts, pk="url")


def amplifications(db: sqlite_utils.Database) -> dict[tuple[str, str], tuple[Any, ...]]:
    return {(r["post_id"], r["announcement_id"]): (r["method"], r["score"], r["lag_hours"], r["evidence"], r["status"])
            for r in db.query("SELECT * FROM amplifications")}


def forget_statistics(db: sqlite_utils.Database) -> None:
    """Make the next pass count the whole store again (and load every announcement)."""
    passes.ensure_tables(db)
    db.execute("DELETE FROM match_counts WHERE kind = 'meta' AND key = 'version'")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_windowed_decisions_are_the_whole_index_decisions(empty_db: sqlite_utils.Database, seed: int) -> None:
    config = MatchConfig()
    compared = matched = smaller = 0
    passes.ensure_tables(empty_db)
    for step in increments(seed):
        load_step(empty_db, step)
        fresh = list(empty_db.query(f"SELECT {passes.ANNOUNCEMENT_COLUMNS} FROM announcements "
                                    "WHERE matched_at IS NULL"))
        updated = passes._update_stats(empty_db, fresh, 1)
        if updated is None:  # the first step: no statistics yet
            passes.match_new(empty_db, config)
            continue
        corpus, fresh_docs = updated
        resolved = passes.resolved_links(empty_db)
        post_ids = passes._posts_to_match(empty_db, fresh_docs, resolved, config)
        window = passes.window_index(empty_db, post_ids, corpus, config, resolved)
        whole = passes.load_index(empty_db)
        smaller += len(window.docs) < len(whole.docs)
        for row in passes._rows(empty_db, post_ids):
            windowed, full = decide(window, post_doc(row), config), decide(whole, post_doc(row), config)
            assert windowed == full, row["id"]
            compared += 1
            matched += bool(full)
        passes.match_new(empty_db, config)
    assert compared > 200 and matched > 50  # the data exercises the matcher
    assert smaller >= 4  # windows, not the store


@pytest.mark.parametrize("seed", [4, 5])
def test_incremental_passes_leave_what_whole_index_passes_leave(empty_db: sqlite_utils.Database,
                                                               tmp_path: Path, seed: int) -> None:
    whole_db = store.connect(tmp_path / "whole.db")
    seed_registry(whole_db)
    for step in increments(seed):
        load_step(empty_db, step)
        load_step(whole_db, step)
        windowed = passes.match_new(empty_db)
        forget_statistics(whole_db)
        full = passes.match_new(whole_db)
        assert (windowed.posts, windowed.announcements) == (full.posts, full.announcements)
        assert amplifications(empty_db) == amplifications(whole_db)
    assert len(amplifications(empty_db)) > 40
    # the statistics kept up to date pass by pass are those counted afresh over the store
    kept = {t: n for t, n in empty_db.execute("SELECT term, df FROM match_df")}
    forget_statistics(empty_db)
    passes.load_index(empty_db)
    assert kept == {t: n for t, n in empty_db.execute("SELECT term, df FROM match_df")}


def test_a_new_announcement_finds_old_posts_linking_it_through_the_links_table(
        empty_db: sqlite_utils.Database) -> None:
    rng = random.Random(7)
    first = announcement(rng, 1, 0)
    store.save_announcements(empty_db, [first])
    store.save_posts(empty_db, [post(rng, n, 1 + n, [first]) for n in range(5)])
    passes.match_new(empty_db)
    late = announcement(rng, 2, 100)  # crawled late; a post from months later links it
    store.save_posts(empty_db, [{"id": "p-late-link", "kim_id": "kim-a", "text": "lihat",
                                 "published_at": iso(START + timedelta(days=200)), "links": [late["url"]]}])
    passes.match_new(empty_db)
    assert empty_db.execute("SELECT count(*) FROM match_post_links WHERE post_id = 'p-late-link'").fetchone()[0] == 1
    store.save_announcements(empty_db, [late])
    stats = passes.match_new(empty_db)
    assert stats.posts == 1  # only the linking post, found without reading every post
    assert empty_db.execute("SELECT count(*) FROM amplifications WHERE post_id = 'p-late-link'").fetchone()[0] == 0
    empty_db.execute("DELETE FROM posts WHERE id = 'p-late-link'")
    assert empty_db.execute("SELECT count(*) FROM match_post_links WHERE post_id = 'p-late-link'").fetchone()[0] == 0


_STATS: list[passes.CorpusStats] = []


def _df_in_child(terms: list[str]) -> list[int]:
    return [_STATS[0].df(term) for term in terms]  # the statistics came with the fork


def test_statistics_are_read_in_forked_workers(empty_db: sqlite_utils.Database) -> None:
    rng = random.Random(8)
    store.save_announcements(empty_db, [announcement(rng, n, n) for n in range(30)])
    passes.match_new(empty_db)
    stats = passes._read_stats(empty_db)
    terms = [row[0] for row in empty_db.execute("SELECT term FROM match_df ORDER BY df DESC LIMIT 20")] + ["zzz-none"]
    expected = [row[0] for row in empty_db.execute("SELECT df FROM match_df ORDER BY df DESC LIMIT 20")] + [0]
    _STATS[:] = [stats]
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_df_in_child, (terms,)) == expected
    assert stats.size == 30


def _no_lookup(term: str) -> int:
    raise AssertionError(f"{term!r} read on its own after the prefetch")


def _prefetched_in_child(terms: list[str]) -> list[int]:
    _STATS[0].prefetch(terms)
    _STATS[0]._lookup = _no_lookup  # type: ignore[method-assign]  # no query a term after the prefetch
    return [_STATS[0].df(term) for term in terms]


def test_prefetched_counts_are_the_counts_read_one_term_at_a_time(empty_db: sqlite_utils.Database) -> None:
    """A chunk's terms read in a few queries (more than one query asks for, unknown ones among
    them) give every term the count a query of its own gives, in this process and in a worker."""
    rng = random.Random(9)
    store.save_announcements(empty_db, [announcement(rng, n, n) for n in range(40)])
    passes.match_new(empty_db)
    known = [row[0] for row in empty_db.execute("SELECT term FROM match_df ORDER BY term")]
    terms = known + [f"zzz-none-{n}" for n in range(passes.PREFETCH_TERMS)] + known[:5]
    one_by_one = passes._read_stats(empty_db)
    expected = [one_by_one.df(term) for term in terms]
    assert len(set(terms)) > passes.PREFETCH_TERMS and any(expected) and 0 in expected
    stats = passes._read_stats(empty_db)
    stats.prefetch(iter(terms))
    stats._lookup = _no_lookup  # type: ignore[method-assign]  # no query a term after the prefetch
    assert [stats.df(term) for term in terms] == expected
    _STATS[:] = [passes._read_stats(empty_db)]
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_prefetched_in_child, (terms,)) == expected


def test_a_post_relaying_another_article_of_an_old_site_is_told_as_by_the_whole_index(
        empty_db: sqlite_utils.Database) -> None:
    """The sites releases come from are the whole store's, not the window's: a post restating
    a release in its own words while linking another article of a site known only from an
    old release relays that other article."""
    rng = random.Random(9)
    old = announcement(rng, 10, 0)  # a rare site (portal10.go.id), seen only months ago
    new = announcement(rng, 11, 100)
    store.save_announcements(empty_db, [old])
    passes.match_new(empty_db)
    store.save_announcements(empty_db, [new])
    passes.match_new(empty_db)
    words = (new["title"] + " " + new["text"]).split()
    rng.shuffle(words)  # own words: no 4-gram in common, every specific term shared
    other = "https://portal10.go.id/berita/99-lain-kegiatan-warga"
    store.save_posts(empty_db, [
        {"id": f"p-{kind}", "kim_id": "kim-a", "title": "Info", "text": " ".join(words),
         "published_at": iso(START + timedelta(days=101)), "links": links}
        for kind, links in (("relay", [other]), ("plain", []))])
    passes.match_new(empty_db)
    found = {row[0] for row in empty_db.execute("SELECT post_id FROM amplifications")}
    assert found == {"p-plain"}
