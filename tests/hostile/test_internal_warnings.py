"""What opens the server's network is said where an operator looks: ``registry load``, the crawl's
start, ``daemon --check`` (an outside tester: ``KIMWATCH_ALLOW_INTERNAL=0.0.0.0/0`` opened 10.0.0.5
and 127.0.0.1 to public channels without a word; loopback channels loaded silently)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.hostile.conftest import REPO, hostile_env, kimwatch, query, registry
from tests.hostile.web import Answer, Site, rss


def test_a_crawl_with_allow_internal_says_what_it_opens(tmp_path: Path) -> None:
    site = Site({"/feed/": Answer(rss("KIM", [("Kabar", "http://127.0.0.1/1")]),
                                  content_type="application/rss+xml")}).start()
    try:
        reg = registry(tmp_path / "r.yaml", [("feed", site.url("/feed/"))])
        for allow, said in [("0.0.0.0/0", "loopback 127.0.0.0/8, private 10.0.0.0/8"), ("", None)]:
            db = tmp_path / f"k{bool(allow)}.db"
            env = hostile_env(KIMWATCH_ALLOW_INTERNAL=allow)
            assert kimwatch(db, "registry", "load", str(reg), env=env).returncode == 0
            run = kimwatch(db, "crawl", "--no-match", env=env)
            assert run.returncode == 0, run.stderr
            assert query(db, "SELECT last_status FROM channels") == [{"last_status": "200"}]
            if said is None:
                assert "allow_internal is set" not in run.stderr, run.stderr
            else:
                assert "allow_internal is set: every channel, public ones and the links in their posts " \
                       "included, may reach 0.0.0.0/0" in run.stderr and said in run.stderr, run.stderr
    finally:
        site.stop()


def test_daemon_check_shows_allow_internal(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text((REPO / "data" / "registry.example.yaml").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    env = hostile_env(KIMWATCH_DB=str(tmp_path / "k.db"))
    for crawl, said in [("crawl:\n  allow_internal: [10.0.0.0/8, intranet.example]\n",
                         "warning: allow_internal is set: every channel, public ones and the links in their posts "
                         "included, may reach 10.0.0.0/8, intranet.example (that is: private 10.0.0.0/8)"),
                        ("", "allow_internal: none (internal addresses only for channels registered on them, "
                             "each its own host and port)")]:
        config = tmp_path / "daemon.yaml"
        config.write_text(f"registry: {tmp_path / 'registry.yaml'}\n{crawl}", encoding="utf-8")
        checked = subprocess.run([sys.executable, "-m", "crawler", "daemon", "--config", str(config), "--check"],
                                 env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert said in checked.stdout, checked.stdout
