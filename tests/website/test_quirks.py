"""Sites that look fine in a browser and misled the crawler (outside tester, round 2): month-only
URL dates, datelines, titles opening the first sentence, soft 404s, login walls, script
redirects, pages nested too deeply, and Japanese/Chinese/Korean bylines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from crawler import store
from crawler.harvest.article import extract_article, not_found_page
from crawler.harvest.page import parse_html
from crawler.harvest.pubdate import is_byline
from tests.farm import Farm
from tests.farm.sites import website_quirks as quirks
from tests.website.conftest import channel_state, crawl, make_store, rows

NOW = datetime(2024, 11, 28, 3, 0, tzinfo=UTC)


def _url(farm: Farm, site: str, path: str = "/") -> str:
    return farm.url(path, host=quirks.HOSTS[site])


def _last_error(db_path: Path) -> str:
    db = store.connect(db_path)
    try:
        return str(db.execute("SELECT last_error FROM channels").fetchone()[0] or "")
    finally:
        db.conn.close()


def test_month_only_urls_datelines_and_titles_opening_the_text(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_blog")}])
    result = crawl(db)
    assert result["channels"][0]["ok"] is True
    found = {r["url"]: r for r in rows(db)}
    assert set(found) == {_url(site_farm, "quirks_blog", p[0]) for p in quirks.BLOG_POSTS}
    for path, title, _, paras, published in quirks.BLOG_POSTS:
        row = found[_url(site_farm, "quirks_blog", path)]
        assert row["title"] == title
        # a /2024/11/ URL is no "1 November": the dateline, byline or a date of the text in that month is
        assert row["published_at"] == published
        # the first sentence keeps the title's words it starts with
        assert row["text"] == "\n\n".join(paras)


def test_month_url_is_no_date_and_datelines_outrank_url_dates() -> None:
    page = """<html><head><title>Jadwal Vaksinasi</title></head><body><article><h1>Jadwal Vaksinasi</h1>
    <p>Vaksinasi lanjutan akan digelar pada 12 Desember 2024 di seluruh posyandu Kecamatan Sungai Loban.</p>
    <p>Orang tua diminta membawa buku KIA dan kartu keluarga.</p></article></body></html>"""
    article = extract_article(page, "https://kimmonth.my.id/2024/10/jadwal-vaksinasi.html", now=NOW)
    assert article is not None and article.published is None  # an October post: 12 December is the event
    dated = page.replace("<p>Vaksinasi", "<p>KOTABARU, 29 Oktober 2024 – Vaksinasi")
    article = extract_article(dated, "https://kim.example.id/2024/10/30/jadwal-vaksinasi/", now=NOW)
    assert article is not None
    assert (article.published, article.published_source) == ("2024-10-28T16:00:00Z", "byline")
    # a sentence mentioning a date is no dateline
    prose = page.replace("<p>Vaksinasi", "<p>Usai rapat 29 Oktober 2024 – yang dihadiri camat – vaksinasi")
    article = extract_article(prose, "https://kim.example.id/2024/10/30/jadwal-vaksinasi/", now=NOW)
    assert article is not None and (article.published, article.published_source) == ("2024-10-29T16:00:00Z", "url")


def test_title_is_dropped_only_when_a_block_is_the_title() -> None:
    page = """<html><head><title>Rapat Desa Sungai Loban</title></head><body><h1>Rapat Desa Sungai Loban</h1>
    <div class="post-body"><p>Rapat Desa Sungai Loban membahas anggaran 2025 bersama BPD dan tokoh masyarakat.</p>
    <p>Rapat dihadiri 40 warga dan berlangsung hingga sore hari.</p></div></body></html>"""
    article = extract_article(page, "https://sungailoban.desa.id/artikel/2024/11/3/rapat-desa", now=NOW)
    assert article is not None and article.title == "Rapat Desa Sungai Loban"
    assert article.text == ("Rapat Desa Sungai Loban membahas anggaran 2025 bersama BPD dan tokoh masyarakat.\n\n"
                            "Rapat dihadiri 40 warga dan berlangsung hingga sore hari.")


def test_soft_404_pages_are_never_posts_and_are_counted(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_soft404")}])
    result = crawl(db)
    channel = result["channels"][0]
    assert channel["ok"] is True
    [post] = rows(db)
    path, title, _, paras = quirks.SOFT_REAL
    assert (post["url"], post["title"], post["published_at"]) == (_url(site_farm, "quirks_soft404", path), title,
                                                                   "2024-11-20T00:00:00Z")
    assert post["text"] == "\n\n".join(paras)
    note = _last_error(db)
    assert "2 linked page(s) not stored: 2 soft 404 (e.g. " in note
    assert sorted(u.split("/", 3)[3] for u in channel_state(db)["not_articles"]) == [p[1:] for p in quirks.SOFT_DEAD]


def test_not_found_titles() -> None:
    for title in ("Halaman tidak ditemukan – KIM Tapin", "Oops! Halaman tidak ditemukan.", "Page not found", "404",
                  "404 Not Found", "Not Found", "Halaman yang Anda cari tidak ada", "Error 404 - KIM Tapin"):
        assert not_found_page(parse_html(f"<html><head><title>{title}</title></head><body><p>x</p></body></html>")), title
    for title in ("404 Warga Terima BLT Dana Desa", "Tidak Ada Warga yang Tertinggal", "Pencarian Korban Tidak Ditemukan",
                  "Tidak ditemukan kasus DBD di Desa Maju"):
        assert not not_found_page(parse_html(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                                             "</body></html>")), title


def test_login_wall_fails_the_channel_without_probing(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_login")}])
    result = crawl(db)
    channel = result["channels"][0]
    assert (channel["ok"], channel["status"]) == (False, "login-wall")
    assert "login-wall: the site sends every page to its login form" in channel["error"]
    assert rows(db) == []
    # the home page and the login form it leads to: no feed, sitemap or section is probed
    asked = [p for p in site_farm.paths(host=quirks.HOSTS["quirks_login"]) if "robots.txt" not in p]
    assert asked == ["/", "/login?redirect=/"]


def test_script_redirect_is_followed_once(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_script")}])
    result = crawl(db)
    assert result["channels"][0]["ok"] is True
    found = {r["url"]: r for r in rows(db)}
    assert {r["title"] for r in found.values()} == {p[1] for p in quirks.SCRIPT_POSTS}
    for path, _, _, paras in quirks.SCRIPT_POSTS:
        assert found[_url(site_farm, "quirks_script", path)]["text"] == "\n\n".join(paras)
    assert channel_state(db)["listing_urls"] == [_url(site_farm, "quirks_script", "/portal/")]
    assert site_farm.paths(host=quirks.HOSTS["quirks_script"]).count("/") == 1


def test_page_too_deeply_nested_is_reported(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_deep")}])
    result = crawl(db)
    assert result["channels"][0]["ok"] is True
    assert rows(db) == []
    note = _last_error(db)
    assert f"page too deeply nested to read: {_url(site_farm, 'quirks_deep')}" in note


def test_cjk_label_bylines(site_farm: Farm, tmp_path: Path) -> None:
    for line in ("掲載日：2024年11月18日", "发布时间：2024年11月19日 09:30　来源：社区信息组", "日期：2024年11月19日",
                 "작성일 2024.11.20", "작성자: 관리자 작성일 2024.11.20"):
        assert is_byline(line), line
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_cjk")}])
    crawl(db)
    found = {r["url"]: r for r in rows(db)}
    assert len(found) == 3
    for path, _, title, _, paras, published in quirks.CJK_POSTS:
        row = found[_url(site_farm, "quirks_cjk", path)]
        assert (row["title"], row["published_at"]) == (title, published)
        assert row["text"] == "\n\n".join(paras)


def test_login_pages_and_script_redirects_are_recognised() -> None:
    from crawler.harvest import discover

    form = ('<html><head><title>Masuk</title></head><body><form action="/siteman/auth"><input name="u">'
            '<input type="PASSWORD" name="p"></form></body></html>')
    assert discover.login_page(parse_html(form), "https://desa.example.id/siteman")
    assert discover.login_page(parse_html(form), "https://desa.example.id/akses", redirected=True)
    assert not discover.login_page(parse_html(form), "https://desa.example.id/akses")  # not redirected there
    # a home page with a login box in its sidebar and posts is no login wall
    home = form.replace("</body>", "".join(f'<article><h2><a href="/berita/2024/11/{d}/kabar-desa-hari-ke-{d}">Kabar '
                                           f'desa hari ke {d}</a></h2></article>' for d in range(10, 16)) + "</body>")
    assert not discover.login_page(parse_html(home), "https://desa.example.id/", redirected=True)
    # a site that answers its home page (and every path) with the login form, status 200: a wall
    assert discover.login_page(parse_html(form), "https://desa.example.id/", home=True)
    assert not discover.login_page(parse_html(home), "https://desa.example.id/", home=True)
    # a home page with a login box beside its own text (no article links yet) is no wall
    about = form.replace("</body>", "<p>" + "Selamat datang di portal Desa Sungai Rangas. " * 12 + "</p></body>")
    assert not discover.login_page(parse_html(about), "https://desa.example.id/", home=True)

    def target(script: str, body: str = "") -> str | None:
        page = f"<html><head><script>{script}</script></head><body>{body}</body></html>"
        return discover.js_redirect(parse_html(page), "https://kim.example.id/")

    assert target('window.location.href = "/portal/";') == "https://kim.example.id/portal/"
    assert target("location.replace('https://kim.example.id/web/index.php')") == "https://kim.example.id/web/index.php"
    assert target('document.location = "beranda.html"') == "https://kim.example.id/beranda.html"
    assert target('window.location.href = "https://elsewhere.example.com/";') is None  # another host
    assert target('if (x) { window.location.href = "/portal/"; }', "<p>" + "Isi halaman yang panjang. " * 20 + "</p>") is None


def test_a_site_answering_every_path_with_its_login_form_is_a_login_wall(site_farm: Farm, tmp_path: Path) -> None:
    """An outside tester's site: 200 and the login form at every path. It read as "ok, 0 found"
    (the HTML report said "terbaca") after 6 requests per crawl."""
    host = quirks.HOSTS["quirks_wall"]
    before = len(site_farm.paths(host))
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_wall")}])
    result = crawl(db)
    assert result["channels"][0]["ok"] is False
    assert rows(db) == []
    assert _last_error(db).startswith("login-wall: the site sends every page to its login form")
    assert len(site_farm.paths(host)) - before <= 2, site_farm.paths(host)  # robots.txt and the home page


def test_probes_sent_to_a_login_form_stop_early(site_farm: Farm, tmp_path: Path) -> None:
    db = make_store(tmp_path / "k.db", [{"url": _url(site_farm, "quirks_members")}])
    result = crawl(db)
    assert result["channels"][0]["ok"] is True  # the home page answers; nothing behind it is public
    assert rows(db) == []
    assert _last_error(db).startswith("login-wall: the site sends every page to its login form")
    asked = [p for p in site_farm.paths(host=quirks.HOSTS["quirks_members"]) if "robots.txt" not in p]
    probes = [p for p in asked if not p.startswith(("/auth/login", "/?"))]
    assert probes[0] == "/" and len(probes) == 1 + 3  # three probes, then no more
