"""An outside tester's finding: a Blogger feed cut off mid-entry stored a "ghost" post — no
URL, title or text, only the id and date that survived the cut — and the ghost made its KIM
"inactive with 1 post" instead of unmeasured. An entry the cut goes through is no post; the
channel's note says so."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.conftest import hostile_env, kimwatch, query, registered
from tests.hostile.web import Answer, Site

FEED = ('<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>tag:blogger.com,'
        "1999:blog-77</id><title>KIM Pelaihari</title><entry><id>tag:blogger.com,1999:blog-77.post-1</id>"
        "<published>2026-11-19T10:00:00.000+08:00</published><title>Kerja bakti di RT 04</title>"
        "<content type='html'>&lt;p&gt;Warga RT 04 kerja bakti membersihkan saluran air.&lt;/p&gt;</content>"
        "<link rel='alternate' type='text/html' href='https://kimpelaihari.blogspot.com/2026/11/kerja-bakti.html'/>"
        "</entry><entry><id>tag:blogger.com,1999:blog-77.post-2</id>"
        "<published>2026-11-20T10:00:00.000+08:00</published><upd")


def test_a_truncated_entry_is_no_post(tmp_path: Path) -> None:
    site = Site({"/feeds/posts/default": Answer(FEED, content_type="application/atom+xml")}, host="127.0.0.64").start()
    try:
        env = hostile_env()
        channels = [("feed", site.url("/feeds/posts/default"))]
        db = registered(tmp_path, channels, env)
        run = kimwatch(db, "crawl", "--no-match", env=env)
        assert run.returncode == 0, run.stderr
        posts = query(db, "SELECT url, title, text FROM posts")
        assert posts == [{"url": "https://kimpelaihari.blogspot.com/2026/11/kerja-bakti.html",
                          "title": "Kerja bakti di RT 04", "text": "Warga RT 04 kerja bakti membersihkan saluran air."}]
        [channel] = query(db, "SELECT last_error FROM channels")
        assert "its last entry, cut there, not stored" in (channel["last_error"] or ""), channel
    finally:
        site.stop()
