"""The outside tester's scenario: `kimwatch` run as a user would, against real-looking sites.

One loopback proxy (:mod:`tests.outside.proxy`) *is* the web: it answers for
``kimsungaijingah.blogspot.com``, ``t.me``, ``www.youtube.com``, ``rsshub.app``, broken and hostile
hosts, pages in four languages (:mod:`tests.outside.sites`, registry ``registry.yaml``). The
crawl runs as ``kimwatch registry load`` + ``kimwatch crawl`` (twice) + ``registry show`` +
``report`` in subprocesses, with only ``http_proxy`` set, as on an office server: ``https://``
URLs must then go through that proxy too, and as this proxy refuses ``CONNECT`` (a plain HTTP
proxy) they must fall back to absolute-URI requests. Every assertion is an exact result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.conftest import query
from tests.outside import sites
from tests.outside.proxy import OutsideProxy, Reply

REPO = Path(__file__).resolve().parents[2]
REGISTRY = Path(__file__).with_name("registry.yaml")


def user_env(*, throttle: bool = True, **proxy: str) -> dict[str, str]:
    """The environment of a user's shell: defaults as shipped, except a shorter timeout and one
    retry so the slow drip costs seconds (and, for the small cases, no AutoThrottle pauses)."""
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "no_proxy", "all_proxy") and not k.startswith("KIMWATCH_")}
    env.update({"KIMWATCH_DOWNLOAD_TIMEOUT": "3", "KIMWATCH_RETRY_TIMES": "1", "PYTHONPATH": str(REPO)})
    if not throttle:
        env["KIMWATCH_AUTOTHROTTLE_ENABLED"] = "false"
    env.update(proxy)
    return env


def kimwatch(db: Path, *args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", "--db", str(db), *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Any:
    proxy = OutsideProxy(sites.routes(), connect="refuse").start()
    db = tmp_path_factory.mktemp("outside") / "kimwatch.db"
    # AutoThrottle off: its pauses (tested in tests/crawl) would triple the time of this module
    env = user_env(throttle=False, http_proxy=proxy.url)
    result: dict[str, Any] = {"proxy": proxy, "db": db}
    try:
        result["load"] = kimwatch(db, "registry", "load", str(REGISTRY), env=env)
        started = time.monotonic()
        result["crawl1"] = kimwatch(db, "crawl", env=env)
        result["seconds1"] = time.monotonic() - started
        result["requests1"] = list(proxy.requests)
        proxy.requests.clear()
        result["crawl2"] = kimwatch(db, "crawl", env=env)
        result["requests2"] = list(proxy.requests)
        result["show"] = kimwatch(db, "registry", "show", env=env)
        result["report"] = kimwatch(db, "report", "--days", "60", "--until", "2024-11-30", "--format", "json", env=env)
        yield result
    finally:
        proxy.stop()


def posts(db: Path, kim: str, channel_url: str | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT p.* FROM posts p JOIN channels c ON c.id = p.channel_id WHERE p.kim_id = ?"
           + (" AND c.url = ?" if channel_url else "") + " ORDER BY p.published_at, p.url")
    return query(db, sql, (kim, channel_url) if channel_url else (kim,))


def health(db: Path) -> dict[str, tuple[str, int, str]]:
    return {r["url"]: (r["last_status"], r["consecutive_failures"], r["last_error"] or "")
            for r in query(db, "SELECT url, last_status, consecutive_failures, last_error FROM channels")}


# --------------------------------------------------------------------------- the run as a whole

def test_commands_succeed_without_tracebacks_and_in_bounded_time(scenario: Any) -> None:
    for step in ("load", "crawl1", "crawl2", "show", "report"):
        run = scenario[step]
        assert run.returncode == 0, (step, run.stderr[-3000:])
        assert "Traceback" not in run.stderr, (step, run.stderr[max(run.stderr.find("Traceback") - 500, 0):][:6000])
    first, second = scenario["crawl1"].stdout, scenario["crawl2"].stdout
    # the 10,000-item feed is cut to MAX_ITEMS_PER_FETCH (1000): 9,000 fewer than it offers
    assert "29 channel(s), 20 ok, 9 failed" in first and "1037 new, 0 updated" in first, first
    assert "0 new, 0 updated" in second, second
    assert scenario["seconds1"] < 40, scenario["seconds1"]  # the slow drip and the bomb cost their channel only


def test_every_request_went_through_the_proxy_with_robots_first(scenario: Any) -> None:
    seen = scenario["requests1"]
    assert not [r for r in seen if r.scheme == "origin"]  # nothing bypassed the proxy
    hosts = {r.host for r in seen if r.method == "GET"}
    robots = {r.host for r in seen if r.path == "/robots.txt"}
    assert robots == hosts  # robots.txt of every host, fetched through the proxy too
    assert all(r.user_agent.startswith("kimwatch/") for r in seen if r.method == "GET")
    # https:// with only http_proxy set: CONNECT refused (405), then absolute-URI GET https://...
    assert {r.host for r in seen if r.method == "CONNECT"} <= {"t.me", "www.youtube.com"}
    assert {(r.host, r.path) for r in seen if r.scheme == "https"} >= {
        ("t.me", "/s/kimtelaga"), ("www.youtube.com", "/@kimhandle"), ("www.youtube.com", "/c/kimcustom")}


# --------------------------------------------------------------------------- channel health

FAILING = {
    "http://html-instead.example.id/feed/": ("not-a-feed", "answered an HTML page titled 'Beranda', not a feed"),
    "http://empty-body.example.id/feed/": ("empty", "answered HTTP 200 with an empty body"),
    "http://captive.example.id/feed/": ("not-a-feed", "titled 'Login Wi-Fi Desa'"),
    "http://slow-drip.example.id/feed/": ("timeout", "took longer than 3.0 seconds"),
    "http://bomb.example.id/feed/": ("too-large", "exceeded DOWNLOAD_MAXSIZE (8388608 B) during decompression"),
    "http://private-kim.example.id/feed/": ("401", "HTTP 401 Unauthorized at http://private-kim.example.id/feed/"),
    "http://forbidden-kim.example.id/feed/": ("403", "HTTP 403 Forbidden at http://forbidden-kim.example.id/feed/"),
    "http://tidak-ada.example.id/feed/": ("502", "answered by the proxy http://127.0.0.1:"),
    "https://t.me/s/kimhantu": ("not-telegram-preview", "https://t.me/kimhantu is not a Telegram channel preview"),
}


def test_broken_and_hostile_channels_are_recorded_with_a_clear_reason(scenario: Any) -> None:
    found = health(scenario["db"])
    for url, (status, message) in FAILING.items():
        assert found[url][0] == status and found[url][1] == 2 and message in found[url][2], (url, found[url])
    ok = {url: row for url, row in found.items() if url not in FAILING}
    assert len(ok) == 20
    for url, (status, failures, _) in ok.items():
        assert (status, failures) == ("200", 0), url
    show = scenario["show"].stdout
    assert "failing x2: http://captive.example.id/feed/ answered an HTML page titled 'Login Wi-Fi Desa'" in show


def test_small_sites_are_not_rediscovered_nor_warned_about_on_the_second_crawl(scenario: Any) -> None:
    found = health(scenario["db"])
    for url in ("http://riverside-news.example.org/", "http://mairie-village.example.fr/",
                "http://kampung-clean.example.com/", "http://sungaijingah.kim.id/", "http://banuaanyar.desa.id/"):
        assert found[url] == ("200", 0, ""), (url, found[url])
    again = [(r.host, r.path) for r in scenario["requests2"] if r.host == "kampung-clean.example.com"]
    # its robots.txt is kept from the first crawl (24 hours, spiders/robots.py)
    assert sorted(again) == [("kampung-clean.example.com", "/")]
    # the 2 MB one-line page really has no posts: that one keeps its hint
    assert "give the listing path" in found["http://one-line.example.id/"][2]


# --------------------------------------------------------------------------- content, exactly

def test_blogger_home_page_as_website_and_blogger_rss(scenario: Any) -> None:
    db = scenario["db"]
    expected = [(f"http://kimsungaijingah.blogspot.com/2024/11/post-{pid}.html", title) for pid, title, _, _ in
                reversed(sites.BLOGGER_POSTS)]
    home = posts(db, "kim-blogger-home")
    assert [(p["url"], p["title"]) for p in home] == expected
    assert [p["published_at"] for p in home] == ["2024-11-01T01:30:00Z", "2024-11-03T00:00:00Z", "2024-11-04T02:15:00Z"]
    assert home[-1]["text"].startswith("blogmarkera Pemerintah kelurahan")
    assert json.loads(home[-1]["links"]) == [sites.ANN_URL.rstrip("/")]
    rss = posts(db, "kim-blogger-rss")
    assert [(p["title"], p["published_at"]) for p in rss] == [
        ("Gotong Royong Bersihkan Saluran Air", "2024-11-03T00:00:00Z"),
        ("Sosialisasi Rapat Stunting di Sungai Jingah", "2024-11-04T02:15:00Z")]


def test_wordpress_with_query_permalinks_rest_and_feeds_off(scenario: Any) -> None:
    found = posts(scenario["db"], "kim-wordpress")
    assert [(p["url"], p["title"], p["published_at"]) for p in found] == [
        ("http://banuaanyar.desa.id/?p=110", "Lomba Kampung Bersih Tingkat Kecamatan", "2024-10-28T08:45:00Z"),
        ("http://banuaanyar.desa.id/?p=117", "Pembagian Bibit Pohon di Taman Kelurahan", "2024-10-30T01:00:00Z"),
        ("http://banuaanyar.desa.id/?p=118", "Pelatihan Jurnalistik Warga untuk Pemuda", "2024-11-02T06:00:00Z"),
        ("http://banuaanyar.desa.id/?p=123", "Kerja Bakti Massal Menyambut Hari Pahlawan", "2024-11-04T02:15:00Z")]
    assert all("admin" not in p["text"].split()[:3] for p in found)
    # the self-linking "Next" page is read once, not looped on
    home_reads = [r for r in scenario["requests1"] if r.host == "banuaanyar.desa.id" and r.path in ("/", "/?paged=1")]
    assert len(home_reads) <= 2


def test_kimid_cards_with_icon_bylines_and_short_headlines(scenario: Any) -> None:
    found = posts(scenario["db"], "kim-kimid")
    assert [(p["url"].rsplit("/", 1)[-1], p["title"], p["published_at"]) for p in found] == [
        (slug, title, utc) for slug, title, _, utc, _ in sorted(sites.KIMID_POSTS, key=lambda p: p[3])]


def test_telegram_preview_message_kinds(scenario: Any) -> None:
    found = posts(scenario["db"], "kim-telegram")
    assert [p["url"] for p in found] == [f"https://t.me/kimtelaga/{n}" for n in (201, 202, 204, 205, 206)]
    by_id = {int(p["url"].rsplit("/", 1)[-1]): p for p in found}
    assert by_id[201]["text"] == "Foto kegiatan rapat stunting tgmarkerphoto selengkapnya"
    assert json.loads(by_id[201]["extra"])["media"] == ["photo"]
    # (its link as posted, with the trailing slash its canonical form drops)
    assert json.loads(by_id[201]["extra"])["links_as_posted"] == [sites.ANN_URL]
    assert by_id[202]["text"].split() == "Apakah warga setuju jadwal posyandu dipindah ke hari Sabtu? Setuju Tidak".split()
    assert json.loads(by_id[202]["extra"])["media"] == ["poll"]
    assert (by_id[204]["text"], json.loads(by_id[204]["extra"])["media"]) == ("", ["video"])
    assert by_id[205]["text"] == "🎉"
    assert (by_id[206]["text"], json.loads(by_id[206]["links"])) == ("", [sites.ANN2_URL.rstrip("/")])
    assert by_id[201]["published_at"] == "2024-11-04T02:15:00Z"


def test_youtube_handle_custom_url_and_videos_xml(scenario: Any) -> None:
    db = scenario["db"]
    assert [(p["title"], p["url"]) for p in posts(db, "kim-youtube", "https://www.youtube.com/@kimhandle")] == [
        ("Liputan Rapat Stunting", "https://www.youtube.com/watch?v=vidHandle01")]
    # the /c/ page names a featured channel first; its own id is in the canonical link
    assert [(p["title"], p["published_at"]) for p in posts(db, "kim-youtube", "https://www.youtube.com/c/kimcustom")] == [
        ("Senam Sehat Bersama", "2024-11-02T01:00:00Z")]
    state = query(db, "SELECT state FROM channels WHERE url = ?", ("https://www.youtube.com/c/kimcustom",))[0]["state"]
    assert json.loads(state)["feed_url"].endswith(f"channel_id={sites.YT_C_ID}")
    xml_url = "https://www.youtube.com/feeds/videos.xml?channel_id=UCkimXml0000000000000004"
    assert [p["text"] for p in posts(db, "kim-youtube", xml_url)] == ["ytmarkerc"]


def test_bridge_feeds_rsshub_rss_bridge_atom_and_json_feed(scenario: Any) -> None:
    found = {p["platform"]: p for p in posts(scenario["db"], "kim-bridges")
             if p["platform"] != "tiktok"}
    assert (found["instagram"]["url"], found["instagram"]["published_at"]) == (
        "https://www.instagram.com/p/CigAAA/", "2024-11-04T04:00:00Z")
    assert (found["facebook"]["title"], found["facebook"]["published_at"]) == (
        "Vaksinasi polio di balai desa fbmarker", "2024-11-04T06:00:00Z")
    tiktok = [p for p in posts(scenario["db"], "kim-bridges") if p["platform"] == "tiktok"]
    assert [(p["url"][-2:], p["title"], p["text"], p["published_at"]) for p in tiktok] == [
        ("02", None, "Lomba mewarnai ttmarkerb", "2024-11-03T07:00:00Z"),
        ("01", "Senam pagi bersama warga ttmarkera", "Senam pagi bersama warga ttmarkera\n\ninfo", "2024-11-03T23:00:00Z")]
    assert json.loads(tiktok[1]["links"]) == [sites.ANN_URL.rstrip("/")]


def test_languages_and_misdeclared_encodings(scenario: Any) -> None:
    found = {p["url"]: p for p in posts(scenario["db"], "kim-languages")}
    arabic = found["http://akhbar-alqarya.example.net/news/1"]
    assert (arabic["title"], arabic["published_at"]) == ("اجتماع تنسيقي حول التقزم", "2024-11-03T22:00:00Z")
    chinese = found["http://shequ.example.cn/a/1.html"]
    assert chinese["title"] == "社区举行防疫宣传活动" and chinese["text"].startswith("zhmarker 本周六上午")
    french = found["http://mairie-village.example.fr/actualites/reunion-publique-a-la-mairie"]
    assert (french["title"], french["published_at"]) == ("Réunion publique à la mairie", "2024-11-03T17:00:00Z")
    assert "consacrée à la fête du marché" in french["text"] and "\ufffd" not in french["text"]
    cp = found["http://kampung-clean.example.com/2024/11/cleanup-kampung-report.html"]
    assert cp["title"] == "Cleanup “Kampung” — report"
    assert cp["text"].startswith("cpmarker The “green” team raised €120 for bins… that’s great.")
    english = found["http://riverside-news.example.org/2024/11/02/community-clean-up-day-draws-hundreds"]
    assert (english["title"], english["published_at"]) == ("Community Clean-up Day Draws Hundreds", "2024-11-02T01:00:00Z")
    # the GB2312 feed served as text/xml without a charset is no "encoding problem"
    assert health(scenario["db"])["http://shequ.example.cn/rss.xml"] == ("200", 0, "")


def test_huge_feed_and_feed_paging_loop(scenario: Any) -> None:
    db = scenario["db"]
    # cut to MAX_ITEMS_PER_FETCH, the cut counted in channel health
    assert query(db, "SELECT count(*) AS n FROM posts WHERE kim_id = 'kim-banjir'")[0]["n"] == 1000 < sites.BIG_ITEMS
    (note,) = query(db, "SELECT last_error FROM channels WHERE owner_id = 'kim-banjir'")
    assert f"{sites.BIG_ITEMS - 1000} items over MAX_ITEMS_PER_FETCH" in note["last_error"]
    loop = posts(db, "kim-rusak", "http://loop-feed.example.id/feed/")
    assert [p["title"] for p in loop] == ["Loop 1-0", "Loop 1-1", "Loop 2-0", "Loop 2-1"]
    assert len([r for r in scenario["requests1"] if r.host == "loop-feed.example.id" and r.path != "/robots.txt"]) <= 3


def test_report_counts_the_kims_that_spread_announcements(scenario: Any) -> None:
    report = json.loads(scenario["report"].stdout)
    status = {k["id"]: k["status"] for k in report["kims"]}
    assert status == {
        "kim-blogger-home": "active", "kim-blogger-rss": "active", "kim-wordpress": "active",
        "kim-kimid": "active", "kim-telegram": "active", "kim-youtube": "active", "kim-bridges": "active",
        "kim-languages": "inactive", "kim-rusak": "inactive", "kim-banjir": "inactive"}
    reached = {a["url"]: a["kims_reached"] for a in report["announcements"]}
    assert reached == {sites.ANN_URL: 6, sites.ANN2_URL: 3}  # blogger x2, wordpress, telegram, youtube, bridges; kim.id, telegram, facebook


# --------------------------------------------------------------------------- proxy variants

def test_upper_case_proxy_variables_connect_tunnel_and_no_proxy(tmp_path: Path) -> None:
    """``HTTP_PROXY``/``HTTPS_PROXY`` in upper case; a proxy that tunnels (TLS terminated with a
    certificate of the office's own CA); ``no_proxy`` sends a loopback URL direct."""
    routes = {"t.me": sites.telegram_site(), "127.0.0.1": {"/direct/feed/": sites.routes()["akhbar-alqarya.example.net"]["/rss.xml"]},
              "diskominfomc.kalselprov.go.id": sites.source_site()}
    proxy = OutsideProxy(routes, connect="mitm").start()
    try:
        registry = tmp_path / "r.yaml"
        registry.write_text(f"""kims:
  - id: kim-a
    name: KIM A
    region: Kota Banjarmasin
    channels:
      - type: telegram
        url: https://t.me/s/kimtelaga
      - type: feed
        url: http://127.0.0.1:{proxy.port}/direct/feed/
sources:
  - id: src
    name: Diskominfo
    region: Provinsi Kalimantan Selatan
    channels:
      - type: feed
        url: http://diskominfomc.kalselprov.go.id/feed/
""", encoding="utf-8")
        db = tmp_path / "k.db"
        # the office installed its inspecting proxy's CA (certificates are verified)
        env = user_env(throttle=False, HTTP_PROXY=proxy.url, HTTPS_PROXY=proxy.url, NO_PROXY="127.0.0.1,localhost",
                       SSL_CERT_FILE=proxy.ca_file)
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0 and "3 channel(s), 3 ok, 0 failed" in run.stdout, run.stdout + run.stderr
        assert "certificate" not in run.stderr  # the inspecting proxy's own certificate: no warning per host
        assert len(posts(db, "kim-a")) == 5 + 2
        tunnelled = {(r.host, r.path) for r in proxy.requests if r.scheme == "tunnel"}
        assert ("t.me", "/s/kimtelaga") in tunnelled and ("t.me", "/robots.txt") in tunnelled
        direct = {r.path for r in proxy.requests if r.scheme == "origin"}
        assert direct == {"/robots.txt", "/direct/feed/"}  # no_proxy: straight to 127.0.0.1
        assert ("diskominfomc.kalselprov.go.id", "/feed/") in {(r.host, r.path) for r in proxy.requests if r.scheme == "http"}
    finally:
        proxy.stop()


def test_https_when_proxy_refuses_connect_and_absolute_uri_too(tmp_path: Path) -> None:
    """A proxy that neither tunnels nor fetches https:// itself: a clear channel error, fast."""
    refuse_all = OutsideProxy({"t.me": {"/s/kimtelaga": Reply("no https here", status=403, content_type="text/plain"),
                                        "/robots.txt": Reply("", status=403)}}, connect="refuse").start()
    try:
        registry = tmp_path / "r.yaml"
        registry.write_text("""kims:
  - id: kim-a
    name: KIM A
    region: Kota Banjarmasin
    channels:
      - type: telegram
        url: https://t.me/s/kimtelaga
""", encoding="utf-8")
        db = tmp_path / "k.db"
        env = user_env(throttle=False, http_proxy=refuse_all.url)
        assert kimwatch(db, "registry", "load", str(registry), env=env).returncode == 0
        started = time.monotonic()
        run = kimwatch(db, "crawl", "--no-match", env=env, timeout=60)
        assert time.monotonic() - started < 30
        assert run.returncode == 0 and "1 failed" in run.stdout
        row = health(db)["https://t.me/s/kimtelaga"]
        assert row[:2] == ("403", 1) and "HTTP 403 Forbidden at https://t.me/s/kimtelaga" in row[2]
    finally:
        refuse_all.stop()
