"""End to end: `kimwatch crawl` (a real subprocess) against the loopback farm.

One module-wide sequence on one store: first crawl (everything new, bad channels recorded),
second crawl (nothing new, conditional requests answered 304), a post edited on the farm
(updated in place, same id), the flaky channel recovered.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from crawler import store
from crawler.items import stored_id
from tests.crawl.conftest import bad_channels, crawl_env, good_channels, make_store, run_kimwatch
from tests.farm import ROBOTS_HOST, Farm

UA = "kimwatch/0.1.0 (+https://kalselprov.example/kontak)"


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params or [])]
    finally:
        conn.close()


def snapshot(db: Path, to: Path) -> Path:
    src, dst = sqlite3.connect(db), sqlite3.connect(to)
    src.backup(dst)
    src.close()
    dst.close()
    return to


@pytest.fixture(scope="module")
def sequence(tmp_path_factory: pytest.TempPathFactory, farm_server: Farm) -> dict[str, Any]:
    """Runs the crawls once for the module; keeps a snapshot and the farm log after each."""
    farm = farm_server
    farm.reset_log()
    farm.reset_state()
    tmp = tmp_path_factory.mktemp("e2e")
    db = make_store(tmp / "kimwatch.db", good_channels(farm) + bad_channels(farm))
    env = crawl_env(farm)
    out: dict[str, Any] = {"db": db, "farm": farm}
    out["first"] = run_kimwatch(db, "crawl", "--no-match", env=env)
    out["first_db"] = snapshot(db, tmp / "first.db")
    out["first_log"] = list(farm.requests)
    farm.reset_log()
    out["second"] = run_kimwatch(db, "crawl", "--no-match", env=env)
    out["second_db"] = snapshot(db, tmp / "second.db")
    out["second_log"] = list(farm.requests)
    farm.reset_log()
    farm.state["edited"] = True
    out["third"] = run_kimwatch(db, "crawl", "--no-match", "--kim", "kim-angsau", env=env)
    out["third_db"] = snapshot(db, tmp / "third.db")
    out["third_log"] = list(farm.requests)
    farm.reset_state()
    return out


def channel(farm: Farm, owner: str, kind: str, path: str, host: str | None = None) -> str:
    return store.channel_id(owner, kind, farm.url(path, host=host))


def test_first_crawl_exits_zero_and_reports(sequence: dict[str, Any]) -> None:
    first = sequence["first"]
    assert first.returncode == 0, first.stderr
    assert "crawl partial" in first.stdout
    assert "kim-rusak/feed/" in first.stdout and "FAIL 404" in first.stdout
    assert "[23/23]" in first.stderr  # one progress line per channel (the facebook one is not crawlable)
    run = rows(sequence["first_db"], "SELECT * FROM crawl_runs")[0]
    assert run["status"] == "partial" and run["trigger"] == "cli" and run["finished_at"]
    assert run["channels"] == 23 and run["errors"] == 8 and run["items_new"] == 35 and run["requests"] > 30
    assert run["pid"] and run["pid"] > 0


def test_first_crawl_stores_exact_announcements(sequence: dict[str, Any]) -> None:
    farm = sequence["farm"]
    ch = channel(farm, "diskominfo-kalsel", "feed", "/diskominfo/feed/")
    got = rows(sequence["first_db"], "SELECT * FROM announcements ORDER BY published_at")
    port = farm.ports["127.0.0.1"]
    assert [(a["id"], a["title"], a["published_at"], a["canonical_url"]) for a in got] == [
        (stored_id("source", ch, farm.url(f"/diskominfo/?p={1200 + i}")), title, when,
         f"https://127.0.0.1:{port}/diskominfo/berita/{slug}")
        for i, (title, when, slug) in enumerate([
            ("Pemprov Kalsel Gelar Vaksinasi Polio Massal di 13 Kabupaten/Kota", "2024-10-28T01:00:00Z",
             "vaksinasi-polio-massal-13-kabupaten-kota"),
            ("Pendaftaran Beasiswa Kalsel Cerdas 2024 Dibuka hingga 15 November", "2024-10-29T02:30:00Z",
             "pendaftaran-beasiswa-kalsel-cerdas-2024"),
            ("Operasi Pasar Murah Beras SPHP di Lapangan Murjani Banjarbaru", "2024-10-30T00:15:00Z",
             "operasi-pasar-murah-beras-sphp-banjarbaru"),
        ])
    ]
    assert got[0]["text"] == (
        "BANJARBARU – Pemerintah Provinsi Kalimantan Selatan melalui Dinas Kesehatan menggelar Sub Pekan "
        "Imunisasi Nasional (PIN) Polio putaran kedua pada 4–10 November 2024 di 13 kabupaten/kota.\n\n"
        "Sasaran vaksinasi adalah 512.000 anak usia 0–7 tahun. Orang tua diminta membawa anak ke posyandu, "
        "puskesmas atau pos PIN terdekat.")
    assert all(a["source_id"] == "diskominfo-kalsel" and a["origin"] == "crawl" and a["content_hash"] for a in got)


def expected_posts(farm: Farm) -> dict[str, tuple[str | None, str | None, str | None, list[str]]]:
    """id -> (title, published_at, text or None to skip, links) of every post of the good channels."""
    base = farm.base()
    canon = f"https://127.0.0.1:{farm.ports['127.0.0.1']}"
    vaksin = f"{canon}/diskominfo/berita/vaksinasi-polio-massal-13-kabupaten-kota"
    beasiswa = f"{canon}/diskominfo/berita/pendaftaran-beasiswa-kalsel-cerdas-2024"
    pasar = f"{canon}/diskominfo/berita/operasi-pasar-murah-beras-sphp-banjarbaru"
    out: dict[str, tuple[str | None, str | None, str | None, list[str]]] = {}

    def add(owner: str, kind: str, path: str, guid: str, title: str | None, when: str | None,
            text: str | None, links: list[str], url: str | None = None) -> None:
        ch = store.channel_id(owner, kind, url or farm.url(path))
        out[stored_id("kim", ch, guid)] = (title, when, text, links)

    blog = "/kimsungaijingah/feeds/posts/default"
    tag = "tag:blogger.com,1999:blog-8811.post-"
    add("kim-sungai-jingah", "feed", blog, tag + "1001", "Ayo Ikut PIN Polio Putaran Kedua!", "2024-10-28T11:05:00Z",
        "Warga Sungai Jingah, Pemprov Kalsel menggelar PIN Polio putaran kedua 4–10 November 2024.\n"
        "Bawa anak usia 0–7 tahun ke posyandu terdekat.\n\nSumber: MC Diskominfo Kalsel", [vaksin])
    add("kim-sungai-jingah", "feed", blog, tag + "1002", "Kerja Bakti Membersihkan Siring Sungai Jingah",
        "2024-10-27T00:30:00Z", "Minggu pagi warga RT 05 bergotong royong membersihkan siring.\n\n"
        "Terima kasih kepada Ketua RT dan para pemuda.", [])
    add("kim-sungai-jingah", "feed", blog, tag + "1003", "Posyandu Melati Buka Setiap Selasa", "2024-10-25T02:00:00Z",
        "Posyandu Melati kini buka setiap hari Selasa pukul 09.00–12.00 WITA.", [])
    add("kim-sungai-jingah", "feed", blog, tag + "1004", "Lomba Perahu Hias Hari Jadi Kota", "2024-09-24T08:00:00Z", None, [])
    add("kim-sungai-jingah", "feed", blog, tag + "1005", "Pelatihan Menulis Berita untuk Anggota KIM",
        "2024-09-20T01:00:00Z", None, [])
    wp = "/kimangsau/feed/"
    add("kim-angsau", "feed", wp, f"{base}/kimangsau/?p=311", "Beasiswa Kalsel Cerdas 2024 Dibuka", "2024-10-29T05:12:44Z",
        "BANJARMASIN – Pendaftaran Beasiswa Kalsel Cerdas 2024 resmi dibuka. Kuota tahun ini 2.500 penerima "
        "untuk jenjang D3, S1 dan S2.\n\nPendaftaran secara daring paling lambat 15 November 2024 pukul 23.59 WITA."
        f"\n\nInfo lengkap: {farm.url('/bsw24', host='127.0.0.3')}", [beasiswa])  # shortened link resolved
    add("kim-angsau", "feed", wp, f"{base}/kimangsau/?p=309", "Jadwal Posyandu Bulan November", "2024-10-28T03:00:00Z",
        "Berikut jadwal posyandu di wilayah Kelurahan Angsau:\n\n• Posyandu Mawar: 5 November\n\n"
        "• Posyandu Anggrek: 7 November", [])
    add("kim-angsau", "feed", wp, f"{base}/kimangsau/?p=305", "Sosialisasi Pencegahan Stunting", "2024-10-25T02:00:00Z",
        "Kader PKK mengikuti sosialisasi pencegahan stunting. Baca juga: beasiswa", [beasiswa])
    add("kim-angsau", "feed", wp, f"{base}/kimangsau/?p=301", "Musrenbang Kelurahan Angsau 2025", "2024-10-21T01:00:00Z", None, [])
    add("kim-angsau", "feed", wp, f"{base}/kimangsau/?p=298", "Pelantikan Pengurus KIM Angsau", "2024-10-17T06:30:00Z", None, [])
    rdf = "/kimloktabat/index.rdf"
    add("kim-loktabat-utara", "feed", rdf, f"{base}/kimloktabat/berita/pasar-murah-murjani",
        "Pasar Murah Beras SPHP Sabtu Ini di Murjani", "2024-10-30T06:20:00Z", None, [pasar])  # naive dc:date = WITA
    add("kim-loktabat-utara", "feed", rdf, f"{base}/kimloktabat/berita/senam-sehat-jumat",
        "Senam Sehat Setiap Jumat Pagi", "2024-10-17T22:30:00Z", None, [])
    yt = "/channel/UCkimbatola0000000000001"
    add("kim-batola", "youtube", yt, "dQw4kimA001", "Liputan PIN Polio di Posyandu Batola", "2024-10-29T03:00:00Z",
        "Suasana Pekan Imunisasi Nasional Polio di Posyandu Desa Anjir Pasar.\nJadwal: 4-10 November 2024.\n"
        f"Info: {base}/diskominfo/berita/vaksinasi-polio-massal-13-kabupaten-kota/", [vaksin])
    add("kim-batola", "youtube", yt, "dQw4kimA002", "Profil KIM Barito Kuala", "2024-10-20T02:00:00Z", None, [])
    tg = "/kimkotabaru"
    add("kim-kotabaru-hilir", "telegram", tg, "kimkotabaru/10", None, "2024-10-28T04:00:00Z",
        "PIN Polio putaran kedua 4–10 November 2024 di seluruh Kalsel. Bawa anak usia 0–7 tahun ke posyandu.", [vaksin])
    add("kim-kotabaru-hilir", "telegram", tg, "kimkotabaru/11", None, "2024-10-30T02:10:00Z", None,
        [pasar, "https://instagram.com/p/DBxyz"])
    add("kim-kotabaru-hilir", "telegram", tg, "kimkotabaru/12", None, "2024-10-30T05:45:00Z", "", [])  # media only
    add("kim-kotabaru-hilir", "telegram", tg, "kimkotabaru/13", None, "2024-10-31T00:05:00Z",
        "Rapat pengurus KIM & perangkat desa, Kamis malam 📣", [])
    add("kim-kotabaru-hilir", "telegram", tg, "kimkotabaru/7", None, "2024-10-20T01:00:00Z", None, [])  # older page
    add("kim-kotabaru-hilir", "telegram", tg, "kimkotabaru/8", None, "2024-10-22T03:30:00Z",
        "Kerja bakti Jumat bersih di Pantai Gedambaan.\nAyo ikut!", [])
    ig = "https://www.instagram.com/kimtanjung/"
    add("kim-tanjung", "instagram", "", "https://www.instagram.com/p/DBkimtjg01/",
        "📢 Beasiswa Kalsel Cerdas 2024 sudah dibuka! Kuota 2.500 penerima...", "2024-10-30T11:20:31Z", None,
        [beasiswa], url=ig)
    add("kim-tanjung", "instagram", "", "https://www.instagram.com/p/DBkimtjg00/",
        "Gotong royong membersihkan saluran air di RT 03", "2024-10-26T01:02:00Z",
        "Gotong royong membersihkan saluran air di RT 03 💪", [], url=ig)
    return out


def test_first_crawl_stores_exact_posts(sequence: dict[str, Any]) -> None:
    farm = sequence["farm"]
    expected = expected_posts(farm)
    good_owners = ("kim-sungai-jingah", "kim-angsau", "kim-loktabat-utara", "kim-batola", "kim-kotabaru-hilir", "kim-tanjung")
    marks = ",".join("?" * len(good_owners))
    got = {p["id"]: p for p in rows(sequence["first_db"], f"SELECT * FROM posts WHERE kim_id IN ({marks})",
                                     list(good_owners))}
    assert sorted((got[i]["title"], got[i]["published_at"]) for i in set(got) - set(expected)) == []
    assert sorted(got) == sorted(expected)
    for post_id, (title, when, text, links) in expected.items():
        post = got[post_id]
        assert (post["title"], post["published_at"], json.loads(post["links"])) == (title, when, links), post
        if text is not None:
            assert post["text"] == text
        assert "<" not in (post["text"] or "") and "&amp;" not in (post["text"] or "")
    platforms = {p["platform"] for p in got.values()}
    assert platforms == {"website", "youtube", "telegram", "instagram"}
    forwarded = [json.loads(p["extra"])["forwarded_from"] for p in got.values()
                 if p["extra"] and "forwarded_from" in p["extra"]]
    assert forwarded == [{"name": "MC Diskominfo Kalsel", "url": "https://t.me/mckalsel/5521"}]
    resolved = rows(sequence["first_db"], "SELECT url, resolved_url FROM resolved_urls ORDER BY url")
    assert [r["resolved_url"].rsplit("/", 1)[-1] for r in resolved] == [
        "pendaftaran-beasiswa-kalsel-cerdas-2024", "operasi-pasar-murah-beras-sphp-banjarbaru"]


def health(db: Path, farm: Farm, path: str, host: str | None = None) -> dict[str, Any]:
    url = farm.url(path, host=host) if path.startswith("/") else path
    return rows(db, "SELECT * FROM channels WHERE url = ?", [url])[0]


def test_every_bad_case_is_recorded_in_channel_health(sequence: dict[str, Any]) -> None:
    farm, db = sequence["farm"], sequence["first_db"]
    failed = {
        "/bad/404/feed": ("404", "HTTP 404"),
        "/bad/flaky/feed": ("500", "HTTP 500"),
        "/bad/slow/feed": ("timeout", "timed out"),
        "/bad/notafeed/feed": ("not-a-feed", "answered an HTML page"),
        "/bad/huge/feed": ("too-large", "larger than download max size"),
        "/bad/loop/a": ("redirect-loop", "too many redirects"),
        "http://127.0.0.9:9/feed": ("connection", "connection failed"),
    }
    for path, (status, message) in failed.items():
        row = health(db, farm, path)
        assert (row["last_status"], row["consecutive_failures"]) == (status, 1), row
        assert message in row["last_error"] and row["last_success_at"] is None and row["etag"] is None
    private = health(db, farm, "/private/feed/", host=ROBOTS_HOST)
    assert (private["last_status"], private["last_error"]) == ("robots", "forbidden by robots.txt")
    stored_with_note = {
        "/bad/malformed/feed": "feed not well-formed",
        "/bad/cp1252/feed": "declared as utf-8, but parsed as windows-1252",
        "/bad/dupes/feed": "1 duplicate entry skipped",
        "/bad/nodates/feed": "1 entry without a date",
    }
    for path, note in stored_with_note.items():
        row = health(db, farm, path)
        assert row["last_status"] == "200" and note in row["last_error"] and row["consecutive_failures"] == 0
    for path in ("/bad/gzip/feed", "/bad/moved/feed"):
        row = health(db, farm, path)
        assert (row["last_status"], row["last_error"], row["consecutive_failures"]) == ("200", None, 0)
    assert json.loads(health(db, farm, "/bad/moved/feed")["state"])["final_url"] == farm.url("/kimmoved/feed/")
    fetches = rows(db, "SELECT ok, count(*) n FROM channel_fetches GROUP BY ok ORDER BY ok")
    assert [(f["ok"], f["n"]) for f in fetches] == [(0, 8), (1, 15)]
    texts = {p["title"]: p for p in rows(db, "SELECT * FROM posts WHERE kim_id = 'kim-rusak'")}
    assert texts["Peringatan “Hari Sumpah Pemuda” – Martapura"]["text"] == (
        "Upacara peringatan “Hari Sumpah Pemuda” ke-96 di Lapangan Ratu Zalecha – dihadiri pelajar & pemuda. "
        "Café UMKM turut meramaikan.")
    assert texts["Berita tanpa tanggal"]["published_at"] is None
    assert texts["Berita bertanggal"]["published_at"] == "2024-10-28T16:00:00Z"  # "Selasa, 29 Oktober 2024" WITA
    assert sorted(texts) == sorted([
        "Peringatan “Hari Sumpah Pemuda” – Martapura", "Pengumuman ronda malam", "Lomba 17 Agustus",
        "Panen raya padi di Gambut", "Rapat RT & warga penting", "Blog kami pindah alamat",
        "Berita tanpa tanggal", "Berita bertanggal", "Penyaluran bantuan benih", "Vaksinasi ternak"])


def test_politeness(sequence: dict[str, Any]) -> None:
    log = sequence["first_log"]
    robots_host = [r for r in log if r.host == ROBOTS_HOST]
    assert not [r for r in robots_host if r.path.startswith("/private/")]  # disallowed: never requested
    assert robots_host[0].path == "/robots.txt"
    feeds = sorted(r.time for r in robots_host if r.path.startswith("/public/"))
    assert len(feeds) == 2 and feeds[1] - feeds[0] >= 0.9  # Crawl-delay: 1
    assert {r.headers.get("user-agent") for r in log} == {UA}
    gz = [r for r in log if r.path == "/bad/gzip/feed"][0]
    assert "gzip" in gz.headers.get("accept-encoding", "")
    # WordPress pagination followed on the first crawl; the page after the last was a 404
    paths = [r.path for r in log]
    assert "/kimangsau/feed/?paged=2" in paths and "/kimangsau/feed/?paged=3" in paths
    assert any(p.startswith("/kimsungaijingah/feeds/posts/default?start-index=4") for p in paths)
    assert "/s/kimkotabaru?before=10" in paths


def test_second_crawl_stores_nothing_new_and_uses_conditional_requests(sequence: dict[str, Any]) -> None:
    second, farm = sequence["second"], sequence["farm"]
    assert second.returncode == 0, second.stderr
    run = rows(sequence["second_db"], "SELECT * FROM crawl_runs ORDER BY id DESC")[0]
    assert (run["items_new"], run["items_updated"]) == (1, 0)  # only the recovered flaky channel's post
    first_ids = {r["id"] for r in rows(sequence["first_db"], "SELECT id FROM posts UNION SELECT id FROM announcements")}
    second_ids = {r["id"] for r in rows(sequence["second_db"], "SELECT id FROM posts UNION SELECT id FROM announcements")}
    flaky_ch = channel(farm, "kim-rusak", "feed", "/bad/flaky/feed")
    assert second_ids - first_ids == {stored_id("kim", flaky_ch, "flaky-1")}  # ids stable across runs
    log = sequence["second_log"]
    first_pages = ["/diskominfo/feed/", "/kimsungaijingah/feeds/posts/default", "/kimangsau/feed/",
                   "/kimloktabat/index.rdf", "/s/kimkotabaru", "/rsshub/instagram/user/kimtanjung",
                   "/feeds/videos.xml?channel_id=UCkimbatola0000000000001"]
    for path in first_pages:
        hits = [r for r in log if r.path == path]
        assert len(hits) == 1 and hits[0].status == 304 and hits[0].headers.get("if-none-match"), path
    assert not [r for r in log if "paged=" in r.path or "before=" in r.path or "start-index" in r.path]
    flaky = health(sequence["second_db"], farm, "/bad/flaky/feed")
    assert (flaky["last_status"], flaky["consecutive_failures"], flaky["last_error"]) == ("200", 0, None)
    still = health(sequence["second_db"], farm, "/bad/404/feed")
    assert still["consecutive_failures"] == 2
    assert rows(sequence["second_db"], "SELECT count(*) n FROM posts WHERE title = 'Pulih kembali'")[0]["n"] == 1


def test_edited_post_is_updated_in_place(sequence: dict[str, Any]) -> None:
    third, farm = sequence["third"], sequence["farm"]
    assert third.returncode == 0, third.stderr
    ch = channel(farm, "kim-angsau", "feed", "/kimangsau/feed/")
    post_id = stored_id("kim", ch, farm.url("/kimangsau/?p=311"))
    before = rows(sequence["second_db"], "SELECT * FROM posts WHERE id = ?", [post_id])[0]
    after = rows(sequence["third_db"], "SELECT * FROM posts WHERE id = ?", [post_id])[0]
    assert "Pembaruan: panitia membuka posko bantuan" in after["text"]
    assert after["content_hash"] != before["content_hash"] and after["content_hash"] == store.content_hash(after["title"], after["text"])
    assert after["matched_at"] is None and after["fetched_at"] == before["fetched_at"]
    run = rows(sequence["third_db"], "SELECT * FROM crawl_runs ORDER BY id DESC")[0]
    assert (run["items_new"], run["items_updated"], run["channels"]) == (0, 1, 1)
    count = rows(sequence["third_db"], "SELECT count(*) n FROM posts WHERE channel_id = ?", [ch])[0]["n"]
    assert count == 5
    # a later crawl stops at known items: only the first page was fetched
    assert [r.path for r in sequence["third_log"] if r.host == "127.0.0.1" and "kimangsau" in r.path] == ["/kimangsau/feed/"]
