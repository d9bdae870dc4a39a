"""outside-m F8: phone numbers, NIKs and e-mail addresses were masked in reports and dumps but
printed as written in ``-v`` log lines and in ``match --explain`` / ``review`` output. The same
rules (crawler/personal.py) mask them there by default."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from tests.cli.test_match_explain import MARKET
from tests.matching.conftest import seed_registry

PHONE, EMAIL, NIK = "0812-3456-7840", "budi.kim@gmail.com", "6371012345670001"
POST = {"id": "p-kontak", "kim_id": "kim-a", "platform": "facebook", "url": "https://example.org/p-kontak",
        "title": "", "published_at": "2026-11-10T01:00:00Z", "links": [MARKET["url"], "https://wa.me/6281234567840"],
        "text": (f"Pasar murah di halaman Kantor Bupati Tapin, Kamis 12 November 2026: 1.800 paket beras 5 kilogram "
                 f"Rp 52.000 per paket. Info: Ketua KIM Budi {PHONE} / {EMAIL}, NIK {NIK}.")}


def invoke(db_path: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _store(tmp_path: Path, post: dict = POST) -> Path:
    """A store with the market announcement and ``post``, matched."""
    db_path = tmp_path / "kimwatch.db"
    db = store.connect(db_path)
    seed_registry(db)
    store.save_announcements(db, [MARKET])
    store.save_posts(db, [post])
    db.close()
    invoke(db_path, "match")
    return db_path


def _personal(output: str) -> list[str]:
    return [value for value in (PHONE, EMAIL, NIK, "6281234567840") if value in output]


def test_explain_and_review_mask_personal_data_unless_asked(tmp_path: Path) -> None:
    db_path = _store(tmp_path)
    explained = invoke(db_path, "match", "--explain", "p-kontak")
    assert "MATCH a-market" in explained and "wa.me/[telepon]" in explained
    assert _personal(explained) == []
    listed = invoke(db_path, "review", "--no-interactive", "--limit", "5")
    assert "p-kontak|a-market" in listed and "[telepon]" in listed and "[email]" in listed and "[NIK]" in listed
    assert _personal(listed) == []
    shown = invoke(db_path, "review", "--no-interactive", "--limit", "5", "--show-personal-data")
    assert _personal(shown) == [PHONE, EMAIL, NIK]
    assert "6281234567840" in invoke(db_path, "match", "--explain", "p-kontak", "--show-personal-data")


def test_review_of_reports_masks_the_note_and_keeps_the_link_to_open(tmp_path: Path) -> None:
    db_path = _store(tmp_path)
    reports = tmp_path / "laporan.csv"
    reports.write_text(f"kim,url,note\nkim-a,https://chat.whatsapp.com/InviteCodeABC123xyz,Admin Budi {PHONE}\n",
                       encoding="utf-8")
    invoke(db_path, "import", "reports", str(reports))
    conn = store.connect(db_path)
    conn.execute("UPDATE reports SET status = 'unverified', reason = 'not-public'")
    conn.conn.commit()
    conn.close()
    listed = invoke(db_path, "review", "--reports", "--no-interactive")
    assert "open: https://chat.whatsapp.com/InviteCodeABC123xyz" in listed
    assert "note: Admin Budi [telepon]" in listed and PHONE not in listed


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_verbose_log_lines_mask_personal_data(tmp_path: Path) -> None:
    """``kimwatch -v verify`` logs each report's URL (at INFO): a phone number or an address in it
    is masked; the command's own result lines are untouched by the log filter."""
    db_path = _store(tmp_path)
    reports = tmp_path / "laporan.csv"
    url = f"https://www.facebook.com/kimA/posts/pfbid0A1?kontak={EMAIL}&wa=6281234567840"
    reports.write_text(f"kim,url\nkim-a,{url}\n", encoding="utf-8")
    invoke(db_path, "import", "reports", str(reports))
    proxy = f"http://127.0.0.1:{_closed_port()}"  # nothing listens: the check fails, and is logged
    env = {**os.environ, "http_proxy": proxy, "https_proxy": proxy, "no_proxy": "", "KIMWATCH_DOWNLOAD_TIMEOUT": "5"}
    run = subprocess.run([sys.executable, "-m", "crawler", "--db", str(db_path), "-v", "verify"],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert "INFO crawler.selfreport.verify: report 1 (kim-a)" in run.stderr, run.stderr
    assert "kontak=[email]" in run.stderr and _personal(run.stderr) == [], run.stderr
