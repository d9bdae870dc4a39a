"""An outside tester's finding: a post reachable only through a "Muat lebih banyak" (load more)
button was missed and the channel's note said nothing. The posts behind a script button cannot
be read from the page; the note now says so, and what to register instead."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, Site

BODY = ("Pemerintah desa bersama warga melaksanakan kegiatan di balai desa. Kegiatan dihadiri perangkat desa, "
        "ketua RT dan tokoh masyarakat, dan ditutup dengan doa bersama. ") * 4


def _article(title: str, day: int) -> Answer:
    return Answer(f"<html><head><meta charset='utf-8'><title>{title} - KIM Batu Piring</title>"
                  f"<meta property='article:published_time' content='2026-11-{day:02d}T09:00:00+08:00'></head>"
                  f"<body><article><h1>{title}</h1><p>{BODY}</p></article></body></html>")


def test_a_load_more_button_is_named_in_the_channel_note(tmp_path: Path) -> None:
    cards = "".join(f'<article class="post"><h2><a href="/kabar/2026/11/{d}/kabar-desa-{d}">Kabar desa hari ke-{d}</a>'
                    f"</h2></article>" for d in (20, 21))
    home = (f"<html><head><meta charset='utf-8'><title>KIM Batu Piring</title></head><body><main>{cards}"
            '<button class="load-more" data-page="2" data-action="load_more_posts">Muat Lebih Banyak</button>'
            "</main></body></html>")
    routes = {"/": Answer(home)}
    routes.update({f"/kabar/2026/11/{d}/kabar-desa-{d}": _article(f"Kabar desa hari ke-{d}", d) for d in (20, 21)})
    site = Site(routes, host="127.0.0.63", default=Answer("<html><body>Tidak ditemukan</body></html>", status=404)).start()
    try:
        env = hostile_env()
        db = registered(tmp_path, [("website", site.url("/"))], env)
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0, run.stderr
        assert query(db, "SELECT count(*) AS n FROM posts") == [{"n": 2}]
        [channel] = query(db, "SELECT last_status, last_error FROM channels")
        assert "loads older posts only by script (a 'Muat Lebih Banyak' button)" in (channel["last_error"] or ""), channel
        # and again on the next crawl, when the listing holds only known posts (a second outside look)
        again = kimwatch(db, "crawl", "--no-match", env=env)
        assert again.returncode == 0, again.stderr
        [channel] = query(db, "SELECT last_error FROM channels")
        assert "'Muat Lebih Banyak' button" in (channel["last_error"] or ""), channel
    finally:
        site.stop()


def test_a_real_next_page_link_is_no_load_more_button() -> None:
    from crawler.harvest.listing import load_more_control
    from crawler.harvest.page import parse_html

    assert load_more_control(parse_html('<html><body><a href="/page/2">Muat lebih banyak</a></body></html>')) is None
    assert load_more_control(parse_html('<html><body><a href="#">Load more</a></body></html>')) == "Load more"
    assert load_more_control(parse_html("<html><body><p>Lihat lebih banyak foto di galeri kami.</p></body></html>")) is None
