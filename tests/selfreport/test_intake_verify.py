"""Done-when, first half: a form export of ten KIMs imports with the right per-row messages,
verification gives each report the right status and reason, and verified reports become
posts that are matched and make their KIMs active, with `self-report` as their evidence."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from tests.farm.sites.platforms import TIKTOK_VIDEO

# What Google Forms exports in an Indonesian locale, saved by Excel as ";"-separated CSV.
FORM_EXPORT = f"""Cap waktu;Alamat email;Nama KIM;Tautan unggahan;Keterangan
17/10/2024 14:05:33;satu@example.id;KIM Satu;http://www.facebook.com/kimsatu/posts/pfbid0Satu1001;vaksinasi
17/10/2024 15:10:00;dua@example.id;  kim   DUA ;http://www.facebook.com/share/p/AbC123Dua/;
17/10/2024 16:00:00;tiga@example.id;kim-tiga;http://www.facebook.com/kimtiga/posts/pfbid0Tiga404;
17/10/2024 16:30:00;empat@example.id;KIM Empat;http://www.instagram.com/p/CxEmpat123/;
17/10/2024 17:00:00;lima@example.id;KIM Lima;http://www.tiktok.com/@kimlima/video/{TIKTOK_VIDEO};
17/10/2024 18:00:00;enam@example.id;KIM Enam;http://whatsapp.com/channel/0029VaKIMEnam00/123;
18/10/2024 08:00:00;tujuh@example.id;KIM Tujuh;http://www.facebook.com/infobanjarviral/posts/pfbid0Lain2002;kami bagikan
18/10/2024 09:00:00;delapan@example.id;KIM Delapan;http://www.facebook.com/groups/555123/posts/777/;di grup desa
18/10/2024 10:00:00;sembilan@example.id;KIM Sembilan;http://m.facebook.com/kimsembilan/posts/pfbid0Sembilan;
18/10/2024 11:00:00;sepuluh@example.id;KIM Sepuluh;https://chat.whatsapp.com/InviteSepuluhAbc;grup WA RT 05
18/10/2024 12:00:00;satu@example.id;KIM Satu;http://www.facebook.com/kimsatu/posts/pfbid0Satu1001?mibextid=Nif5oz;lagi
18/10/2024 13:00:00;x@example.id;KIM Sebelas;http://www.facebook.com/kimsebelas/posts/1;
18/10/2024 14:00:00;dua@example.id;KIM Dua;lihat di grup WA;
"""

EXPECTED = {
    "kim-satu": ("verified", None),
    "kim-dua": ("verified", None),
    "kim-tiga": ("rejected", "not-found"),
    "kim-empat": ("verified", None),
    "kim-lima": ("verified", None),
    "kim-enam": ("verified", None),
    "kim-tujuh": ("rejected", "owner-mismatch"),
    "kim-delapan": ("unverified", "login-wall"),
    "kim-sembilan": ("unverified", "no-text"),
    "kim-sepuluh": ("unverified", "not-public"),
}


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "Laporan KIM (Jawaban) - Jawaban formulir 1.csv"
    path.write_text(FORM_EXPORT, encoding="utf-8")
    return path


def _rows(db_path: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_form_export_is_refused_whole_with_each_bad_row_named(loaded: Callable[..., Result], tmp_path: Path,
                                                               db_path: Path) -> None:
    result = loaded("import", "reports", str(_export(tmp_path)), expect=1)
    assert "2 problem(s), nothing was stored" in result.output
    assert "row 13, field 'kim': unknown KIM 'KIM Sebelas'" in result.output
    assert "row 14, field 'url': 'lihat di grup WA' is not an http(s) URL" in result.output
    assert "--skip-invalid" in result.output
    assert _rows(db_path, "SELECT count(*) FROM reports")[0][0] == 0


def test_form_export_with_skip_invalid_stores_ten_and_merges_the_repeat(loaded: Callable[..., Result],
                                                                        tmp_path: Path, db_path: Path) -> None:
    result = loaded("import", "reports", str(_export(tmp_path)), "--skip-invalid")
    assert "11 report(s) read: 10 new (pending verification), 1 repeat(s)" in result.output
    assert "merged row 12: same link as row 2 (kim-satu)" in result.output
    assert "skipped row 13, field 'kim'" in result.output and "skipped row 14, field 'url'" in result.output
    rows = {r["kim_id"]: r for r in _rows(db_path, "SELECT * FROM reports")}
    assert set(rows) == set(EXPECTED)
    assert {r["status"] for r in rows.values()} == {"pending"}
    assert rows["kim-dua"]["reported_at"] == "2024-10-17T07:10:00Z"  # 15:10 WITA, day first
    assert rows["kim-satu"]["note"] == "vaksinasi" and rows["kim-satu"]["via"] == "import"
    again = loaded("import", "reports", str(_export(tmp_path)), "--skip-invalid")
    assert "0 new (pending verification), 11 repeat(s)" in again.output


def test_verification_gives_each_report_its_status_and_posts_are_matched(
        loaded: Callable[..., Result], tmp_path: Path, db_path: Path, proxy_env: dict[str, str]) -> None:
    loaded("import", "reports", str(_export(tmp_path)), "--skip-invalid")
    result = loaded("verify")
    got = {r["kim_id"]: (r["status"], r["reason"]) for r in _rows(db_path, "SELECT * FROM reports")}
    assert got == EXPECTED
    assert "10 report(s) checked: 2 rejected, 3 unverified, 5 verified; 5 new post(s)" in result.output

    posts = {r["kim_id"]: r for r in _rows(db_path, "SELECT * FROM posts WHERE origin = 'self-report'")}
    assert set(posts) == {"kim-satu", "kim-dua", "kim-empat", "kim-lima", "kim-enam"}
    assert posts["kim-empat"]["platform"] == "instagram" and posts["kim-lima"]["platform"] == "tiktok"
    assert posts["kim-enam"]["platform"] == "whatsapp" and posts["kim-dua"]["platform"] == "facebook"
    assert "vaksinasi gratis" in posts["kim-lima"]["text"]  # text from TikTok's oEmbed
    assert posts["kim-empat"]["text"].startswith("Info dari Pemprov Kalsel")  # caption without "12 likes ..."
    # times: JSON-LD (kim-dua), Instagram's caption date (kim-empat), the TikTok video id (kim-lima);
    # the reported time where the page gives none, marked so (kim-satu, kim-enam)
    assert posts["kim-dua"]["published_at"] == "2024-10-17T01:30:00Z"
    assert posts["kim-empat"]["published_at"].startswith("2024-10-1")
    assert posts["kim-lima"]["published_at"] == "2024-10-17T03:20:00Z"
    assert posts["kim-satu"]["published_at"] == "2024-10-17T06:05:33Z"
    assert json.loads(posts["kim-satu"]["extra"])["published_at_from"] == "reported_at"
    assert "published_at_from" not in json.loads(posts["kim-dua"]["extra"])
    # the share link resolved to the post it leads to
    assert posts["kim-dua"]["url"] == "http://www.facebook.com/kimdua/posts/pfbid0Dua3003"

    amplified = {r["kim_id"] for r in _rows(db_path, "SELECT kim_id FROM amplifications WHERE announcement_id = 'a-vaksin'")}
    assert amplified == set(posts)

    report = json.loads(loaded("report", "--until", "2024-10-31", "--days", "30", "--format", "json").output)
    kims = {k["id"]: k for k in report["kims"]}
    for kim_id in posts:
        assert kims[kim_id]["status"] == "active"
        assert kims[kim_id]["evidence"] == ["self-report"]
    assert kims["kim-tiga"]["status"] != "active" and "self-report" not in kims["kim-tiga"]["evidence"]
    assert report["kims_active"] == 5
    assert report["kims_active_by_evidence"] == {"crawl": 0, "import": 0, "self-report": 5}
    assert report["reports_pending"] == 0
    assert report["reports_unverified"] == 3

    page = loaded("report", "--until", "2024-10-31", "--days", "30", "--format", "html").output
    assert "Cara KIM diukur" in page  # coverage per region: crawl, import, self-report, not at all
    assert ('<td>Kota Banjarmasin</td><td class="n">10</td><td class="n">0</td><td class="n">0</td>'
            '<td class="n">5</td><td class="n">5</td>') in page
    assert "3 menunggu konfirmasi petugas" in page

    # verifying again checks nothing: every report was decided
    assert loaded("verify").output.strip() == "0 report(s) checked: nothing; 0 new post(s)"
