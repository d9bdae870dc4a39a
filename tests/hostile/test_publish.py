"""The publication filter (issue 13, item 2): the dump and every report format carry none of the
secrets or personal data planted in a real store, while the store itself keeps them (the
matcher reads it) and ordinary numbers (dates, amounts, counts, years) are left alone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from crawler.reporting import publish
from tests.report.known_store import build_known_store

PASSWORD = "Rahas1aSekali"
VIA_KEY = "rsshubAccessKey77"
TOKEN = "tok3nInternalXYZ"
INVITE = "Hk3JxYz0abcDEF"  # a WhatsApp group's invitation code
PHONE_SPELLINGS = ["0812-3456-7890", "+62 812 3456 7891", "62-813-5555-0123", "081255550199",
                   "(0511) 3361234", "+62 811 500 123", "0511-3367788", "0813.4949.2020"]
EMAIL = "budi.santoso@contoh.co.id"
NIKS = ["6371012345670001", "6371 0123 4567 0002", "63.71.01.234567.0003"]
PLANTED = [PASSWORD, VIA_KEY, TOKEN, INVITE, EMAIL, "budi.santoso", "127.0.0.1", "2130706433", "10.20.30.40",
           *PHONE_SPELLINGS, *NIKS]
# what must survive the filter: dates, clock times, amounts, counts, years, ids
ORDINARY = ["Rp 50.000", "Rp62.812.500.000", "2024-10-17", "08.00-12.00", "1.250 warga", "tahun 2024",
            "RT 03", "17/10/2024", "150.000.000"]


def _digits_forms(value: str) -> list[str]:
    """A planted value and its bare-digit form (so a dump cannot keep it by reformatting)."""
    digits = "".join(c for c in value if c.isdigit())
    return [value, digits] if len(digits) >= 9 else [value]


def plant(path: Path) -> None:
    """Secrets and personal data in every place the issue found them."""
    db = build_known_store(path)
    text = ("Info pendaftaran hubungi Pak Budi " + ", ".join(PHONE_SPELLINGS) + f" atau {EMAIL}. "
            f"NIK {NIKS[0]}, KK {NIKS[1]}, {NIKS[2]}. Biaya " + ", ".join(ORDINARY) + ".")
    with store.transaction(db):
        db.execute("UPDATE channels SET url = ?, via = ?, last_error = ?, consecutive_failures = 5, "
                   "last_status = 'refused' WHERE id = 'kim-f/website'",
                   [f"https://admin:{PASSWORD}@fajar.kim.id/",
                    f"https://rsshub.example.org/instagram/user/fajar?key={VIA_KEY}",
                    f"refused: redirect to http://2130706433:8080/admin?token={TOKEN} (127.0.0.1) "
                    f"from 10.20.30.40"])
        db.execute("UPDATE channels SET via = ? WHERE id = 'kim-g/instagram'",
                   [f"https://bridge.example.org/?action=display&access_token={TOKEN}&format=Atom"])
        db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) VALUES "
                   "('kim-f/website', '2024-10-16T00:00:00Z', 0, 'refused', ?)",
                   [f"redirect to http://127.0.0.1:9/secret?token={TOKEN}"])
        db.execute("INSERT INTO crawl_runs (started_at, trigger, status, message) VALUES "
                   "('2024-10-16T00:00:00Z', 'cli', 'failed', ?)", [f"proxy 10.20.30.40:3128 refused Authorization: Bearer {TOKEN}"])
        db.execute("UPDATE posts SET text = ?, title = ?, links = ? WHERE id = 'p-a1'",
                   [text, f"Kontak {PHONE_SPELLINGS[0]}",
                    json.dumps(["https://wa.me/6281234567890", f"https://x.id/a?api_key={VIA_KEY}"])])
        db.execute("UPDATE posts SET text = ?, url = ? WHERE id = 'p-g1'", [text, f"https://chat.whatsapp.com/{INVITE}"])
        db.execute("UPDATE amplifications SET evidence = ? WHERE post_id = 'p-a1'",
                   [json.dumps({"facts": [PHONE_SPELLINGS[3], NIKS[0]], "shared": [text[:80]]})])
        db.execute("UPDATE announcements SET title = ? WHERE id = 'ann-1'", [f"Vaksinasi gratis, info {EMAIL}"])
        db.execute("UPDATE kims SET name = ? WHERE id = 'kim-f'", [f"KIM Fajar (WA {PHONE_SPELLINGS[1]})"])
    db.conn.close()


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    path = tmp_path / "live.db"
    plant(path)
    return path


def _leaks(blob: str | bytes) -> list[str]:
    data = blob.decode("utf-8", "replace") if isinstance(blob, bytes) else blob
    return [value for planted_value in PLANTED for value in _digits_forms(planted_value) if value in data]


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_dump_contains_no_planted_secret_or_personal_data(planted: Path, tmp_path: Path) -> None:
    before = planted.read_bytes()
    _run("--db", str(planted), "dump", str(tmp_path / "dump"))
    dumped = tmp_path / "dump" / "kimwatch.db"
    # the raw file, free pages and the full-text index included
    assert _leaks(dumped.read_bytes()) == []
    metadata = (tmp_path / "dump" / "metadata.json").read_text(encoding="utf-8")
    assert _leaks(metadata) == [] and "[telepon]" in metadata  # and it says what is masked
    assert "INTERNAL" not in metadata and "INTERNAL" not in (tmp_path / "dump" / "README.txt").read_text()
    conn = sqlite3.connect(dumped)
    url, via, error = conn.execute("SELECT url, via, last_error FROM channels WHERE id = 'kim-f/website'").fetchone()
    assert url == "https://fajar.kim.id/"
    assert via == "https://rsshub.example.org/instagram/user/fajar?key=[secret]"
    assert error == "refused: redirect to [internal address] ([internal address]) from [internal address]"
    assert conn.execute("SELECT url FROM posts WHERE id = 'p-g1'").fetchone()[0] == "https://chat.whatsapp.com/[undangan]"
    text, links = conn.execute("SELECT text, links FROM posts WHERE id = 'p-a1'").fetchone()
    assert text.count("[telepon]") == len(PHONE_SPELLINGS) and "[email]" in text and text.count("[NIK]") == 3
    for ordinary in ORDINARY:
        assert ordinary in text, ordinary
    assert json.loads(links) == ["https://wa.me/[telepon]", "https://x.id/a?api_key=[secret]"]
    # full-text search finds masked posts by their other words, not by the phone number
    assert conn.execute("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'pendaftaran'").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '081255550199'").fetchone()[0] == 0
    # the store is the matcher's: untouched
    assert planted.read_bytes() == before
    live = sqlite3.connect(planted)
    assert PHONE_SPELLINGS[0] in live.execute("SELECT text FROM posts WHERE id = 'p-a1'").fetchone()[0]


def test_internal_dump_keeps_personal_data_but_never_credentials(planted: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(planted), "dump", str(tmp_path / "internal"), "--internal"])
    assert result.exit_code == 0, result.output
    assert "INTERNAL DUMP" in result.output  # the warning (stderr is mixed in by CliRunner)
    data = (tmp_path / "internal" / "kimwatch.db").read_bytes().decode("utf-8", "replace")
    assert PHONE_SPELLINGS[0] in data and EMAIL in data
    assert PASSWORD not in data and VIA_KEY not in data and TOKEN not in data
    assert "INTERNAL DUMP" in (tmp_path / "internal" / "README.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [
    ["--format", "table"], ["--format", "json"], ["--format", "html"], ["--format", "html", "--lang", "en"],
    ["--format", "csv", "--csv-table", "kims"], ["--format", "csv", "--csv-table", "announcements"],
    ["--format", "csv", "--csv-table", "regions"], ["--format", "csv", "--csv-table", "summary"],
    ["--format", "csv", "--csv-table", "trend"],
])
def test_every_report_format_is_filtered(planted: Path, args: list[str]) -> None:
    output = _run("--db", str(planted), "report", "--days", "30", "--until", "2024-10-31", *args)
    assert _leaks(output) == []
    if args[1] in ("json", "html"):
        assert "fajar.kim.id" in output  # the channel is still named, without its password


def test_report_keep_personal_data_shows_them_still_without_secrets(planted: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(planted), "report", "--until", "2024-10-31", "--format", "json",
                                      "--keep-personal-data"])
    assert result.exit_code == 0
    assert PHONE_SPELLINGS[1] in result.output and "personal data" in result.output
    assert PASSWORD not in result.output and VIA_KEY not in result.output and TOKEN not in result.output


@pytest.mark.parametrize(("url", "expected"), [
    ("https://budi:rahasia@contoh.id/feed?page=2", "https://contoh.id/feed?page=2"),
    ("https://budi@contoh.id:8443/x", "https://contoh.id:8443/x"),
    ("https://a.id/f?key=abc&page=2", "https://a.id/f?key=[secret]&page=2"),
    ("https://a.id/f?token=1&access_token=2&api_key=3&apikey=4&sig=5&signature=6&secret=7&password=8&auth=9",
     "https://a.id/f?token=[secret]&access_token=[secret]&api_key=[secret]&apikey=[secret]&sig=[secret]"
     "&signature=[secret]&secret=[secret]&password=[secret]&auth=[secret]"),
    ("https://s3.example.com/o?X-Amz-Credential=AK%2F1&X-Amz-Signature=ff",
     "https://s3.example.com/o?X-Amz-Credential=[secret]&X-Amz-Signature=[secret]"),
    ("https://a.id/p?author=budi&utm_source=x&id=12", "https://a.id/p?author=budi&utm_source=x&id=12"),
    ("https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe",
     "https://api.telegram.org/bot[token]/getMe"),
    ("https://api.whatsapp.com/send?phone=6281234567890&text=Halo", "https://api.whatsapp.com/send?phone=[telepon]&text=Halo"),
    ("https://facebook.com/permalink.php?story_fbid=1234567890123456&id=100",
     "https://facebook.com/permalink.php?story_fbid=1234567890123456&id=100"),
    # group invitations: the code lets anyone in (and see the members' numbers)
    ("https://chat.whatsapp.com/Hk3JxYz0abcDEF", "https://chat.whatsapp.com/[undangan]"),
    ("https://chat.whatsapp.com/invite/Hk3JxYz0abcDEF?utm_source=x", "https://chat.whatsapp.com/invite/[undangan]?utm_source=x"),
    ("https://t.me/+AbCdEf123456", "https://t.me/+[undangan]"),
    ("https://telegram.me/joinchat/AbCdEf123456", "https://telegram.me/joinchat/[undangan]"),
    ("https://discord.gg/abc123", "https://discord.gg/[undangan]"),
    ("https://line.me/R/ti/g/AbCdEf1234", "https://line.me/R/ti/g/[undangan]"),
    # public channels are no invitations
    ("https://t.me/kimbanuaanyar", "https://t.me/kimbanuaanyar"),
    ("https://t.me/s/kimbanuaanyar/123", "https://t.me/s/kimbanuaanyar/123"),
    ("https://whatsapp.com/channel/0029VaAbCdEf123", "https://whatsapp.com/channel/0029VaAbCdEf123"),
])
def test_clean_url(url: str, expected: str) -> None:
    assert publish.clean_url(url) == expected
    assert publish.clean_url(expected) == expected  # idempotent


@pytest.mark.parametrize("spelling", PHONE_SPELLINGS + [
    "08123456789", "0812 3456 789", "+6281234567890", "(+62) 812-3456-7890", "62 812 3456 7890",
    "021-5551234", "(021) 555 1234", "+62 21 5551234", "0511 3361234"])
def test_phone_spellings_are_masked(spelling: str) -> None:
    assert publish.clean_text(f"Hubungi {spelling} (Budi).") == "Hubungi [telepon] (Budi)."


@pytest.mark.parametrize("nik", NIKS + ["6371-0123-4567-0004", "637101 234567 0005"])
def test_nik_spellings_are_masked(nik: str) -> None:
    assert publish.clean_text(f"NIK: {nik}, a.n. Siti") == "NIK: [NIK], a.n. Siti"


@pytest.mark.parametrize("ordinary", ORDINARY + [
    "Rp 1.500.000", "Rp. 2.750.000,00", "Rp1,5 miliar", "pukul 08.00 WITA", "08:30", "2.500 peserta",
    "12 Oktober 2024", "02.11.2024 10.00", "1234567890123456789", "nomor 123456789012", "ID 9876543210",
    "versi 1.2.3.4", "NIP 198501012010011001", "0,5 persen", "RT 003 RW 012", "KM 12.5", "Tahun 2024-2025",
    "kode pos 70123", "+1 202 555 0147", "IDR 62.812.500.000", "tahun 2020 2021 2022 2023",
    "tanggal 12 10 2024 13 10 2024", "NPWP 01.234.567.8-901.000", "Rek BRI 1234-01-000123-50-1",
    "SK Nomor 188.45/123/2024", "ISBN 978-602-8519-93-9", "Koordinat -3.3194, 114.5908",
    "Call center 1500-123", "NIB 9120001234567", "12/10/2024 13/10/2024 14/10/2024",
    "1.234.567.890.123.456"])
def test_ordinary_numbers_are_left_alone(ordinary: str) -> None:
    assert publish.clean_text(ordinary) == ordinary


def test_email_and_urls_in_text() -> None:
    assert publish.clean_text("Kirim ke humas.kim@gmail.com atau https://u:p@a.id/x?token=9.") == (
        "Kirim ke [email] atau https://a.id/x?token=[secret].")


@pytest.mark.parametrize("spelling", ["127.0.0.1", "127.1:8080", "2130706433", "0x7f000001", "0177.0.0.1",
                                      "10.0.0.5", "192.168.1.20", "172.16.3.4", "169.254.169.254",
                                      "100.64.0.1", "localhost:8000", "[::1]", "metadata.google.internal",
                                      "[fd00::1]:80"])
def test_internal_addresses_in_errors(spelling: str) -> None:
    assert publish.clean_error(f"refused redirect to {spelling} (blocked)") == (
        "refused redirect to [internal address] (blocked)")
    assert publish.clean_error(f"refused redirect to http://{spelling}/x?token=1") == (
        "refused redirect to [internal address]")


@pytest.mark.parametrize("message", ["HTTP 503", "timeout after 30000 ms", "HTTP 404 at 1.5 s",
                                     "connection refused by 36.66.211.9", "DNS failed for kim.id",
                                     "12 items, 3 pages", "429 Too Many Requests"])
def test_ordinary_errors_are_left_alone(message: str) -> None:
    assert publish.clean_error(message) == message


@pytest.mark.parametrize(("message", "expected"), [
    ("login form (http://127.0.0.1:8106/wp-login.php?redirect_to=/); kimwatch reads",
     "login form ([internal address]); kimwatch reads"),
    ("see http://10.0.0.1/a, then http://192.168.1.1/b.", "see [internal address], then [internal address]."),
    ("wiki http://10.0.0.1/Page_(x)) end", "wiki [internal address]) end"),
])
def test_internal_urls_in_sentences_keep_their_punctuation(message: str, expected: str) -> None:
    assert publish.clean_error(message) == expected


def test_invitations_in_text_and_internal_dumps() -> None:
    text = "Gabung grup WA RT 03: https://chat.whatsapp.com/Hk3JxYz0abcDEF ya"
    assert publish.clean_text(text) == "Gabung grup WA RT 03: https://chat.whatsapp.com/[undangan] ya"
    # as people write them: without https://, percent-encoded, in upper case
    assert publish.clean_text("Gabung: t.me/joinchat/QWERTY11111, t.me/+PLUS222 dan chat.whatsapp.com/WA333.") == (
        "Gabung: t.me/joinchat/[undangan], t.me/+[undangan] dan chat.whatsapp.com/[undangan].")
    assert publish.clean_text("discord.gg/DISCORDX888 atau https://t.me/%2BPCTENC121 atau T.ME/+ABCDEF") == (
        "discord.gg/[undangan] atau https://t.me/%2B[undangan] atau T.ME/+[undangan]")
    assert publish.clean_text("kanal t.me/kimbanua dan t.me/s/kimbanua/12") == "kanal t.me/kimbanua dan t.me/s/kimbanua/12"
    assert publish.clean_text(publish.clean_text(text)) == publish.clean_text(text)
    with publish.keeping_personal_data():
        assert publish.clean_url("https://chat.whatsapp.com/Hk3JxYz0abcDEF") == "https://chat.whatsapp.com/[undangan]"


@pytest.mark.parametrize(("message", "expected"), [
    ("proxy said Authorization: Bearer abc.def-123", "proxy said Authorization: Bearer [secret]"),
    ("login failed: password=hunter2; retry", "login failed: password=[secret]; retry"),
    ("X-Api-Key: 9f8e7d6c missing", "X-Api-Key: [secret] missing"),
    ("session token 'eyJhbGciOiJIUzI1NiJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0'", "session token '[token]'"),
])
def test_credentials_in_errors(message: str, expected: str) -> None:
    assert publish.clean_error(message) == expected


def test_the_report_filter_keeps_ids_and_times() -> None:
    report = {"kims": [{"id": "kim-0812345678901", "last_amplified_at": "2024-10-17T08:00:00Z",
                        "name": "KIM 0812-3456-7890", "channels": [{"url": "https://u:p@a.id/",
                                                                    "last_error": "http://127.0.0.1/"}]}]}
    cleaned = publish.clean_report(report)
    assert cleaned["kims"][0]["id"] == "kim-0812345678901"
    assert cleaned["kims"][0]["last_amplified_at"] == "2024-10-17T08:00:00Z"
    assert cleaned["kims"][0]["name"] == "KIM [telepon]"
    assert cleaned["kims"][0]["channels"] == [{"url": "https://a.id/", "last_error": "[internal address]"}]
    assert report["kims"][0]["name"] == "KIM 0812-3456-7890"  # a copy: the input is untouched
