"""An outside tester's finding: a feed whose guids change (an http→https or domain move, a
WordPress export and import, a plugin that builds guids afresh) stored every post again and
counted it twice. A new guid is first looked up as the same post under its old guid."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, Site


def _feed(entries: list[tuple[str, str, str, str, str]]) -> Answer:
    """RSS of ``(guid, link, title, text, date)`` entries."""
    items = "".join(
        f'<item><guid isPermaLink="false">{guid}</guid><link>{link}</link><title>{title}</title>'
        f"<description>{text}</description><pubDate>{date}</pubDate></item>"
        for guid, link, title, text, date in entries)
    return Answer(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>KIM</title>{items}'
                  "</channel></rss>", content_type="application/rss+xml")


TEXT = "Posyandu balita di balai desa dibuka pukul 08.00 WITA, warga diminta membawa buku KIA."


def test_a_post_whose_guid_changes_is_stored_once(tmp_path: Path) -> None:
    site = Site({}).start()
    old = [("tag:blogger.com,1999:blog-7.post-1", "http://kimsatu.example/2026/11/posyandu.html", "Posyandu balita",
            TEXT, "Wed, 25 Nov 2026 02:00:00 GMT"),
           ("tag:blogger.com,1999:blog-7.post-2", "http://kimsatu.example/2026/11/kerja-bakti.html", "Kerja bakti",
            "Kerja bakti membersihkan saluran air di RT 03 hari Minggu.", "Thu, 26 Nov 2026 02:00:00 GMT"),
           # two entries on the home page's link: never merged by their link
           ("home-1", "http://kimsatu.example/", "Info warga", "Pengumuman ronda malam.", "Fri, 27 Nov 2026 02:00:00 GMT")]
    site.routes["/feed/"] = _feed(old)
    try:
        env = hostile_env()
        db = registered(tmp_path, [("feed", site.url("/feed/"))], env)
        first = kimwatch(db, "crawl", "--no-match", env=env)
        assert first.returncode == 0, first.stderr
        assert query(db, "SELECT count(*) AS n FROM posts") == [{"n": 3}]
        before = {r["url"]: r["id"] for r in query(db, "SELECT id, url FROM posts")}
        # the site moves: new guids everywhere; the first post keeps its link, the second moves to
        # https on another host (same title, text and date), the third is edited on the same link
        # as a new entry also on the home page's link
        site.routes["/feed/"] = _feed([
            ("https://kimsatu.example/?p=11", "http://kimsatu.example/2026/11/posyandu.html", "Posyandu balita",
             TEXT, "Wed, 25 Nov 2026 02:00:00 GMT"),
            ("https://kimsatu.example/?p=12", "https://kimsatu.id/2026/11/kerja-bakti.html", "Kerja bakti",
             "Kerja bakti membersihkan saluran air di RT 03 hari Minggu.", "Thu, 26 Nov 2026 02:00:00 GMT"),
            ("home-1", "http://kimsatu.example/", "Info warga", "Pengumuman ronda malam.", "Fri, 27 Nov 2026 02:00:00 GMT"),
            ("home-2", "http://kimsatu.example/", "Info warga", "Pengumuman lomba 17-an.", "Sat, 28 Nov 2026 02:00:00 GMT"),
        ])
        again = kimwatch(db, "crawl", "--no-match", env=env)
        assert again.returncode == 0, again.stderr
        rows = query(db, "SELECT id, url, text FROM posts ORDER BY published_at")
        assert len(rows) == 4, rows  # one new post (home-2), nothing counted twice
        assert rows[0]["id"] == before["http://kimsatu.example/2026/11/posyandu.html"]
        assert rows[1]["id"] == before["http://kimsatu.example/2026/11/kerja-bakti.html"]
        assert [r["text"] for r in rows[2:]] == ["Pengumuman ronda malam.", "Pengumuman lomba 17-an."]
    finally:
        site.stop()
