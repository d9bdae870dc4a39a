"""Whole crawls of shapes an outside tester met on real pages and feeds (session 9 harvest10
findings), against the loopback farm, with the real `kimwatch crawl` in a child process."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.harvest.article import extract_fragment
from tests.crawl.conftest import crawl_env, run_kimwatch
from tests.farm import SHORTENER_HOST, Farm
from tests.farm.sites.feed_outside3 import KOI8_ITEMS, LATIN1_ITEMS, PHP_WARNING
from tests.farm.sites.website_outside3 import (
    ARSIP_MONTH,
    ARSIP_PATHS,
    HOSTS,
    KUE_COOKIE,
    OUTSIDE3_HOSTS,
    PARTLY_FAILING,
    PATHS,
    POSTS,
    post_path,
)
from tests.spiders.test_outside_sites import crawl, make_store, query


@pytest.fixture(scope="module")
def outside3_farm() -> Iterator[Farm]:
    farm = Farm(hosts=("127.0.0.1", SHORTENER_HOST, *OUTSIDE3_HOSTS)).start()
    yield farm
    farm.stop()


def _website(tmp_path: Path, farm: Farm, site: str) -> Path:
    db_path = make_store(tmp_path / f"{site}.db", [{"type": "website", "url": farm.url("/", host=HOSTS[site])}])
    crawl(db_path, farm, "website")
    return db_path


def test_listed_pages_that_fail_are_counted_in_the_note(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _website(tmp_path, outside3_farm, "partly")
    stored = sorted(urlsplit(p["url"]).path for p in query(db_path, "SELECT url FROM posts"))
    assert stored == sorted(post_path(slug) for slug, _, _ in POSTS if slug not in PARTLY_FAILING)
    (channel,) = query(db_path, "SELECT last_status, last_error, consecutive_failures FROM channels")
    # some posts read: the channel is fine, and its note says which linked pages could not be fetched
    assert channel["last_status"] == "200" and channel["consecutive_failures"] == 0
    assert "2 linked page(s) not stored: 1 not fetched: HTTP 404, 1 not fetched: HTTP 500" in channel["last_error"]
    assert post_path("kerja-bakti-saluran-air-2") in channel["last_error"]
    # the next crawl asks again for the page that answered 500 (it may heal); it fails again, and
    # is all that crawl linked: one failing page of a site that gave posts is a note, no failure
    crawl(db_path, outside3_farm, "website")
    (channel,) = query(db_path, "SELECT last_status, last_error, consecutive_failures FROM channels")
    assert channel["last_status"] == "200" and channel["consecutive_failures"] == 0, channel
    assert channel["last_error"].startswith("1 linked page(s) not stored: 1 not fetched: HTTP 500")


def test_a_site_whose_every_listed_page_fails_is_not_ok(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _website(tmp_path, outside3_farm, "gone")
    assert query(db_path, "SELECT id FROM posts") == []
    (channel,) = query(db_path, "SELECT last_status, last_error, consecutive_failures, etag, state FROM channels")
    assert channel["last_status"] == "articles-failed", channel
    assert channel["consecutive_failures"] == 1 and channel["etag"] is None
    assert channel["last_error"].startswith(f"none of the {len(POSTS)} article page(s) linked could be fetched")
    assert f"{len(POSTS)} not fetched: HTTP 404" in channel["last_error"]
    (fetch,) = query(db_path, "SELECT ok, status FROM channel_fetches")
    assert fetch == {"ok": 0, "status": "articles-failed"}
    # the pages are asked for again next time (a site that heals is read), and it fails again
    outside3_farm.reset_log()
    crawl(db_path, outside3_farm, "website")
    asked = outside3_farm.paths(host=HOSTS["gone"])
    assert set(PATHS) <= set(asked), asked
    (channel,) = query(db_path, "SELECT last_status, consecutive_failures FROM channels")
    assert channel == {"last_status": "articles-failed", "consecutive_failures": 2}


def test_a_plain_page_labelled_gzip_is_read(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _website(tmp_path, outside3_farm, "badgzip")
    posts = query(db_path, "SELECT url, title, text FROM posts")
    assert sorted(urlsplit(p["url"]).path for p in posts) == sorted(PATHS)
    assert all(p["text"].startswith(p["title"].split(" - ")[0]) for p in posts), posts
    (channel,) = query(db_path, "SELECT last_status FROM channels")
    assert channel["last_status"] == "200"


def test_articles_filed_under_an_archive_path_are_followed(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _website(tmp_path, outside3_farm, "arsip")
    stored = sorted(urlsplit(p["url"]).path for p in query(db_path, "SELECT url FROM posts"))
    assert stored == sorted(ARSIP_PATHS)
    # the month archive (its anchor reads like a headline) is a listing: left out by its URL, and counted
    assert ARSIP_MONTH not in stored
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "1 listing link(s) not followed: 1 URL filter" in channel["last_error"]


def test_a_cookie_check_redirecting_to_the_same_url_is_passed(tmp_path: Path, outside3_farm: Farm) -> None:
    outside3_farm.reset_log()
    db_path = _website(tmp_path, outside3_farm, "kue")
    stored = sorted(urlsplit(p["url"]).path for p in query(db_path, "SELECT url FROM posts"))
    assert stored == sorted(PATHS)
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel["last_status"] == "200", channel
    # the home page is checked once; the article pages then carry the cookie from the start
    sent = [r for r in outside3_farm.requests if r.host == HOSTS["kue"]]
    assert len([r for r in sent if r.path == "/"]) == 2
    assert all(r.headers.get("cookie") == KUE_COOKIE for r in sent if r.path in PATHS)
    # never stored: no cookie in the store
    dump = "\n".join(str(row) for table in ("channels", "channel_fetches", "posts")
                     for row in query(db_path, f"SELECT * FROM {table}"))
    assert "kue_ok" not in dump


def test_cookies_go_back_to_the_host_that_set_them_only(tmp_path: Path, outside3_farm: Farm) -> None:
    outside3_farm.reset_log()
    db_path = make_store(tmp_path / "two.db", [{"type": "website", "url": outside3_farm.url("/", host=HOSTS[site])}
                                               for site in ("kue", "partly")])
    crawl(db_path, outside3_farm, "website")
    assert not [r for r in outside3_farm.requests if r.host == HOSTS["partly"] and r.headers.get("cookie")]
    assert len(query(db_path, "SELECT id FROM posts")) == len(POSTS) + len(POSTS) - len(PARTLY_FAILING)


def _feed(tmp_path: Path, farm: Farm, path: str) -> Path:
    db_path = make_store(tmp_path / "feed.db", [{"type": "feed", "url": farm.url(path)}])
    crawl(db_path, farm, "feed")
    return db_path


def test_a_whole_raw_deflate_feed_is_no_truncated_answer(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _feed(tmp_path, outside3_farm, "/outside3/raw-deflate/feed")
    (channel,) = query(db_path, "SELECT last_status, last_error, consecutive_failures FROM channels")
    assert channel["last_status"] == "200" and channel["consecutive_failures"] == 0, channel
    assert "not well-formed" in channel["last_error"]  # (its &nbsp;: the flaw is a note)
    assert len(query(db_path, "SELECT id FROM posts")) == 2


def test_a_feed_in_an_undeclared_encoding_is_read_by_a_guess_said_in_the_note(
        tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _feed(tmp_path, outside3_farm, "/outside3/koi8/feed")
    posts = query(db_path, "SELECT title, text FROM posts ORDER BY published_at")
    assert [(p["title"], p["text"]) for p in posts] == KOI8_ITEMS
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel["last_status"] == "200"
    assert "not UTF-8 and declares no encoding: read as koi8-r (a guess" in channel["last_error"]


def test_a_latin1_feed_that_declares_nothing_is_not_said_to_declare_utf8(tmp_path: Path, outside3_farm: Farm) -> None:
    """Outside tester S: feedparser's "document declared as utf-8, but parsed as windows-1252"
    was the note of a feed that declared nothing; the README promises what happened."""
    db_path = _feed(tmp_path, outside3_farm, "/outside3/latin1/feed")
    posts = query(db_path, "SELECT title, text FROM posts ORDER BY published_at")
    assert [(p["title"], p["text"]) for p in posts] == LATIN1_ITEMS
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel["last_status"] == "200"
    assert "the feed is not UTF-8 and declares no encoding: read as windows-1252" in channel["last_error"]
    assert "declared as utf-8" not in channel["last_error"]


def test_a_latin1_feed_labelled_utf8_keeps_feedparsers_note(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _feed(tmp_path, outside3_farm, "/outside3/latin1-as-utf8/feed")
    posts = query(db_path, "SELECT title FROM posts ORDER BY published_at")
    assert [p["title"] for p in posts] == [title for title, _ in LATIN1_ITEMS]
    (channel,) = query(db_path, "SELECT last_error FROM channels")
    assert "declared as utf-8, but parsed as windows-1252" in channel["last_error"]


def test_a_utf16_page_with_a_bom_is_read(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _website(tmp_path, outside3_farm, "utf16")
    posts = query(db_path, "SELECT url, title FROM posts")
    assert sorted(urlsplit(p["url"]).path for p in posts) == sorted(PATHS)
    assert {p["title"] for p in posts} == {title for _, title, _ in POSTS}


def test_a_php_warning_before_a_feed_is_named_as_junk_not_as_a_cut(tmp_path: Path, outside3_farm: Farm) -> None:
    db_path = _feed(tmp_path, outside3_farm, "/outside3/php-warning/feed")
    assert len(query(db_path, "SELECT id FROM posts")) == 2
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel["last_status"] == "200"
    assert channel["last_error"].startswith(f"{len(PHP_WARNING)} bytes of junk before the feed skipped ('Warning : "
                                            "Cannot modify header information")
    assert channel["last_error"].endswith("…'); 2 entries read") and "cut short" not in channel["last_error"]


def test_a_paragraph_a_wordpress_post_repeats_is_kept_every_time() -> None:
    chorus = "Ayo ke posyandu, timbang balita setiap bulan agar tumbuh sehat dan kuat bersama kader desa."
    fragment = "".join(f"<h2>Foto kegiatan {n}</h2><p><img src='/foto-{n}.jpg' alt='foto'></p><p>{chorus}</p>"
                       for n in range(1, 4))
    text, _ = extract_fragment(fragment, "https://pematang.example/2026/11/lagu-posyandu/")
    assert text.count(chorus) == 3 and text.count("Foto kegiatan") == 3


def test_a_server_closing_without_answering_is_said_plainly(tmp_path: Path, outside3_farm: Farm) -> None:
    # (a server on the farm's own host and port: a channel reaches only its own host and port)
    closer = socket.socket()
    closer.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    closer.bind(("127.0.0.1", 0))
    closer.listen(8)
    stop = threading.Event()

    def serve() -> None:
        closer.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = closer.accept()
            except OSError:
                continue
            with connection:
                connection.recv(65536)  # reads the request, answers nothing

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{closer.getsockname()[1]}/feed"
        db_path = make_store(tmp_path / "closer.db", [{"type": "feed", "url": url}])
        env = crawl_env(outside3_farm)
        env["KIMWATCH_ALLOW_INTERNAL"] = f"{env['KIMWATCH_ALLOW_INTERNAL']},127.0.0.1"
        done = run_kimwatch(db_path, "crawl", "--no-match", "-q", "--type", "feed", env=env, timeout=90)
        assert done.returncode in (0, 1), done.stderr[-3000:]
    finally:
        stop.set()
        thread.join(5)
        closer.close()
    (channel,) = query(db_path, "SELECT last_status, last_error FROM channels")
    assert channel == {"last_status": "connection", "last_error": "the server closed the connection without answering"}
