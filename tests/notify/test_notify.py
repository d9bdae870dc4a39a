"""Alert digests: composed from the report's own figures, sent by real SMTP and a fake Bot API
on loopback, never twice, secrets never shown."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from crawler import store
from crawler.dates import WITA
from crawler.reporting.kpis import build_report
from crawler.reporting.notify import (
    NotifyError,
    NotifySettings,
    compose_digest,
    digest_period,
    mask,
    parse_notify_at,
    parse_recipients,
    parse_smtp_url,
    render_digest,
    run_notify,
)
from tests.notify.conftest import (
    SMTP_PASSWORD,
    SMTP_USER,
    TOKEN,
    FakeBotApi,
    Mailbox,
    build_notify_store,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=WITA)  # a Wednesday
FIRST, LAST = date(2026, 11, 23), date(2026, 11, 29)  # the week before Monday 30 Nov


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return build_notify_store(tmp_path / "kimwatch.db", FIRST, LAST)


def sent_rows(path: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT digest, channel, recipient, region FROM notify_sent ORDER BY 2, 3").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def test_period_is_anchored_to_the_schedule() -> None:
    # any moment from Monday 07:00 to the next Monday 06:59 gives the same week
    assert digest_period("Mon 07:00", 7, NOW) == (FIRST, LAST)
    assert digest_period("Mon 07:00", 7, datetime(2026, 11, 30, 7, 0, tzinfo=WITA)) == (FIRST, LAST)
    assert digest_period("Mon 07:00", 7, datetime(2026, 12, 7, 6, 59, tzinfo=WITA)) == (FIRST, LAST)
    assert digest_period("Mon 07:00", 7, datetime(2026, 11, 30, 6, 59, tzinfo=WITA)) == (
        date(2026, 11, 16), date(2026, 11, 22))
    # daily: before today's time, the digest due yesterday
    assert digest_period("07:00", 1, datetime(2026, 12, 2, 6, 0, tzinfo=WITA)) == (date(2026, 11, 30),) * 2
    assert digest_period("07:00", 1, datetime(2026, 12, 2, 8, 0, tzinfo=WITA)) == (date(2026, 12, 1),) * 2


@pytest.mark.parametrize("text,expected", [("Mon 07:00", "Mon 07:00"), ("senin 7:00", "Mon 07:00"),
                                           ("Friday 16:30", "Fri 16:30"), ("06:15", "06:15")])
def test_parse_notify_at(text: str, expected: str) -> None:
    assert parse_notify_at(text) == expected


@pytest.mark.parametrize("text", ["Mon", "Monday 25:00", "Funday 07:00", "7", ""])
def test_parse_notify_at_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="Mon 07:00"):
        parse_notify_at(text)


def test_recipients_list_or_region_map() -> None:
    assert parse_recipients(["a@x.id", "b@x.id"]) == (("", "a@x.id"), ("", "b@x.id"))
    assert parse_recipients("a@x.id, b@x.id") == (("", "a@x.id"), ("", "b@x.id"))
    assert parse_recipients({"HSS": ["c@x.id"], "semua": "d@x.id"}) == (
        ("Kabupaten Hulu Sungai Selatan", "c@x.id"), ("", "d@x.id"))
    assert parse_recipients('{"Banjar Baru": [e@x.id]}') == (("Kota Banjarbaru", "e@x.id"),)
    with pytest.raises(ValueError, match="Atlantis"):
        parse_recipients({"Atlantis": ["x@x.id"]})


def test_smtp_url_forms_and_plain_login_only_on_loopback() -> None:
    server = parse_smtp_url("smtps://u%40x:p%2Fw@mail.example.go.id")
    assert (server.host, server.port, server.tls, server.user, server.password) == (
        "mail.example.go.id", 465, "tls", "u@x", "p/w")
    assert parse_smtp_url("smtp://mail.example.go.id?starttls=1").port == 587
    assert parse_smtp_url("smtp://u:p@127.0.0.1:2525").tls == "none"
    assert "p" not in server.shown.split("@")[0].replace("smtps", "")
    with pytest.raises(ValueError, match="unencrypted"):
        parse_smtp_url("smtp://u:p@mail.example.go.id:25")
    with pytest.raises(ValueError, match="not an SMTP address"):
        parse_smtp_url("http://mail.example.go.id")


def test_mask_hides_logins_and_tokens() -> None:
    text = mask(f"smtps://bob:hunter2@mail:465 and https://api/bot{TOKEN}/sendMessage", [TOKEN])
    assert "hunter2" not in text and "bob" not in text and TOKEN not in text
    assert "***" in text
    # a one-letter password is masked in URLs only, not in every word of the message
    short = mask("smtps://u:p@mail.example.go.id: notify_from is needed", ["p", "u"])
    assert short == "smtps://***:***@mail.example.go.id: notify_from is needed"


def test_digest_uses_the_reports_figures(db_file: Path) -> None:
    db = store.connect(db_file)
    digest = compose_digest(db, FIRST, LAST)
    report = build_report(db, days=7, until=LAST, weeks=0)
    previous = build_report(db, days=7, until=date(2026, 11, 22), weeks=0)
    assert (digest.active, digest.registered, digest.share) == (2, 5, report["active_share"]) == (2, 5, 0.4)
    assert digest.previous_share == previous["active_share"] == 0.6
    parts = {p.region: p for p in digest.regions}
    assert [k["id"] for k in parts["Kota Banjarmasin"].silent] == ["kim-s"]
    assert [(k["id"], k["was_active"]) for k in parts["Kabupaten Banjar"].unmeasured] == [
        ("kim-b", True), ("kim-u", False)]
    assert [(c["kim_id"], c["failing_days"]) for c in parts["Kabupaten Banjar"].failing_channels] == [("kim-b", 10)]
    assert parts["Kabupaten Tapin"].share == 1.0 and parts["Kabupaten Tapin"].previous_share == 0.0
    assert not parts["Kabupaten Tapin"].silent and not parts["Kota Banjarmasin"].unmeasured


def test_digest_text_in_bahasa_indonesia(db_file: Path) -> None:
    digest = compose_digest(store.connect(db_file), FIRST, LAST)
    text = render_digest(digest)
    assert "Ringkasan KIM 23 Nov – 29 Nov 2026 (7 hari, WITA)" in text
    assert "2 dari 5 KIM aktif = 40,0%, target 80,0% (turun 20,0 poin dari 60,0%)" in text
    assert "Berhenti menyebarkan informasi" in text and "KIM Sungai Jingah (kim-s)" in text
    assert "KIM Bincau (kim-b) — aktif periode lalu" in text
    assert "terakhir berhasil dibaca 20 Nov 2026, 5x gagal berturut-turut; HTTP 503" in text
    assert "== Kabupaten Tapin ==" in text and "naik 100,0 poin dari 0,0%" in text
    banjar = render_digest(digest, "Kabupaten Banjar")
    assert "== Kabupaten Banjar ==" in banjar
    assert "Banjarmasin" not in banjar and "Sungai Jingah" not in banjar and "Seluruh wilayah" not in banjar


def test_email_over_real_smtp_sent_once_per_period(db_file: Path, smtp_server: tuple[str, Mailbox]) -> None:
    url, mailbox = smtp_server
    settings = NotifySettings(smtp=url, sender="kimwatch@diskominfo.example.go.id",
                              email_to=parse_recipients({"semua": ["ikp@example.go.id"],
                                                         "Kabupaten Banjar": ["banjar@example.go.id"]}))
    db = store.connect(db_file)
    outcome, _ = run_notify(db, settings, now=NOW)
    assert sorted(outcome.sent) == ["email banjar@example.go.id (Kabupaten Banjar)", "email ikp@example.go.id"]
    messages = {m["To"]: m for m in mailbox.messages()}
    assert set(messages) == {"ikp@example.go.id", "banjar@example.go.id"}
    whole = messages["ikp@example.go.id"]
    assert whole["Subject"] == "[kimwatch] Ringkasan KIM 23 Nov – 29 Nov 2026: 40,0% aktif (target 80,0%)"
    assert "KIM Sungai Jingah" in whole.get_content() and "KIM Bincau" in whole.get_content()
    banjar = messages["banjar@example.go.id"]
    assert "Kabupaten Banjar" in banjar["Subject"]
    assert "KIM Bincau" in banjar.get_content() and "Sungai Jingah" not in banjar.get_content()
    # later the same week (by hand, by cron, after a daemon restart): nothing goes out again
    again, _ = run_notify(db, settings, now=datetime(2026, 12, 6, 23, 0, tzinfo=WITA))
    assert not again.sent and len(again.skipped) == 2
    assert "already sent to every recipient (2); nothing sent" in again.summary()
    assert len(mailbox.envelopes) == 2
    # the next week's digest is a new one
    nxt, _ = run_notify(db, settings, now=datetime(2026, 12, 7, 7, 0, tzinfo=WITA))
    assert len(nxt.sent) == 2 and len(mailbox.envelopes) == 4
    assert {row[0] for row in sent_rows(db_file)} == {"2026-11-23..2026-11-29", "2026-11-30..2026-12-06"}


def test_email_with_login_on_loopback(db_file: Path, smtp_login_server: tuple[int, Mailbox]) -> None:
    port, mailbox = smtp_login_server
    good = NotifySettings(smtp=f"smtp://{SMTP_USER}:{SMTP_PASSWORD}@127.0.0.1:{port}",
                          sender="kimwatch@example.go.id", email_to=(("", "ikp@example.go.id"),))
    run_notify(store.connect(db_file), good, now=NOW)
    assert len(mailbox.envelopes) == 1


def test_smtp_failure_is_masked_and_retried(db_file: Path, smtp_login_server: tuple[int, Mailbox],
                                            caplog: pytest.LogCaptureFixture) -> None:
    port, mailbox = smtp_login_server
    bad = NotifySettings(smtp=f"smtp://{SMTP_USER}:wrong-{SMTP_PASSWORD}@127.0.0.1:{port}",
                         sender="kimwatch@example.go.id", email_to=(("", "ikp@example.go.id"),))
    db = store.connect(db_file)
    with pytest.raises(NotifyError) as caught:
        run_notify(db, bad, now=NOW)
    message = str(caught.value)
    assert "email ikp@example.go.id [i***@example.go.id, notify_to #1] via smtp://***:***@127.0.0.1" in message
    assert "535" in message or "Authentication" in message
    for text in (message, caplog.text):
        assert SMTP_PASSWORD not in text and SMTP_USER not in text
    assert not mailbox.envelopes and not sent_rows(db_file)
    good = NotifySettings(smtp=f"smtp://{SMTP_USER}:{SMTP_PASSWORD}@127.0.0.1:{port}",
                          sender="kimwatch@example.go.id", email_to=(("", "ikp@example.go.id"),))
    outcome, _ = run_notify(db, good, now=NOW)
    assert outcome.sent == ["email ikp@example.go.id"] and len(mailbox.envelopes) == 1


def test_telegram_through_the_bot_api(db_file: Path, bot_api: FakeBotApi) -> None:
    settings = NotifySettings(telegram_api=bot_api.url, telegram_token=TOKEN,
                              telegram_chats=parse_recipients({"all": ["-100123"], "Tapin": ["-100777"]}))
    db = store.connect(db_file)
    outcome, _ = run_notify(db, settings, now=NOW)
    assert sorted(outcome.sent) == ["telegram -100123", "telegram -100777 (Kabupaten Tapin)"]
    [whole] = bot_api.texts("-100123")
    assert whole.startswith("Ringkasan KIM 23 Nov – 29 Nov 2026: 40,0% aktif")
    assert "KIM Sungai Jingah" in whole
    [tapin] = bot_api.texts("-100777")
    assert "== Kabupaten Tapin ==" in tapin and "Banjarmasin" not in tapin
    again, _ = run_notify(db, settings, now=NOW)
    assert not again.sent and len(bot_api.calls) == 2


def test_telegram_failure_masks_the_token_and_keeps_what_was_sent(
        db_file: Path, bot_api: FakeBotApi, smtp_server: tuple[str, Mailbox],
        caplog: pytest.LogCaptureFixture) -> None:
    url, mailbox = smtp_server
    settings = NotifySettings(smtp=url, sender="kimwatch@example.go.id", email_to=(("", "ikp@example.go.id"),),
                              telegram_api=bot_api.url, telegram_token=TOKEN, telegram_chats=(("", "-100123"),))
    db = store.connect(db_file)
    bot_api.fail_with = 500
    with pytest.raises(NotifyError) as caught:
        run_notify(db, settings, now=NOW)
    assert "telegram -100123" in str(caught.value) and "HTTP 500" in str(caught.value)
    assert TOKEN not in str(caught.value) and TOKEN not in caplog.text
    assert [row[1] for row in sent_rows(db_file)] == ["email"]
    bot_api.fail_with = None
    outcome, _ = run_notify(db, settings, now=NOW)
    assert outcome.sent == ["telegram -100123"] and outcome.skipped == ["email ikp@example.go.id"]
    assert len(mailbox.envelopes) == 1 and len(bot_api.calls) == 1


def test_wrong_token_answer_is_an_error_without_the_token(db_file: Path, bot_api: FakeBotApi) -> None:
    settings = NotifySettings(telegram_api=bot_api.url, telegram_token="999:other-token",
                              telegram_chats=(("", "-100123"),))
    with pytest.raises(NotifyError, match="HTTP 401: Unauthorized") as caught:
        run_notify(store.connect(db_file), settings, now=NOW)
    assert "other-token" not in str(caught.value)


def test_dry_run_sends_and_records_nothing(db_file: Path, smtp_server: tuple[str, Mailbox]) -> None:
    url, mailbox = smtp_server
    settings = NotifySettings(smtp=url, sender="kimwatch@example.go.id",
                              email_to=(("", "ikp@example.go.id"), ("Kabupaten Banjar", "b@example.go.id")))
    outcome, previews = run_notify(store.connect(db_file), settings, now=NOW, dry_run=True)
    assert not outcome.sent and not mailbox.envelopes and not sent_rows(db_file)
    headings = [h for h, _ in previews]
    assert "email ikp@example.go.id" in headings[0] and "email b@example.go.id" in headings[1]
    assert "Sungai Jingah" in previews[0][1] and "Sungai Jingah" not in previews[1][1]


def test_long_digest_is_split_for_telegram(tmp_path: Path, bot_api: FakeBotApi) -> None:
    db = store.connect(tmp_path / "many.db")
    store.save_kims(db, [{"id": f"kim-{i:03d}", "name": f"KIM Nomor {i} dengan nama yang cukup panjang",
                          "region": "Kabupaten Banjar"} for i in range(200)])
    settings = NotifySettings(telegram_api=bot_api.url, telegram_token=TOKEN, telegram_chats=(("", "-1"),))
    run_notify(db, settings, now=NOW)
    texts = bot_api.texts("-1")
    assert len(texts) > 1 and all(len(t) <= 4096 for t in texts)
    joined = "".join(texts)
    assert all(f"(kim-{i:03d})" in joined for i in range(200))
    assert texts[-1].endswith("Pesan otomatis dari kimwatch.\n")


def test_the_record_of_sent_digests_stays_out_of_the_dump(db_file: Path, bot_api: FakeBotApi,
                                                          tmp_path: Path) -> None:
    from crawler.reporting import dump

    settings = NotifySettings(telegram_api=bot_api.url, telegram_token=TOKEN, telegram_chats=(("", "-100123"),))
    run_notify(store.connect(db_file), settings, now=NOW)
    assert sent_rows(db_file)
    paths = dump.write_dump(db_file, tmp_path / "dump")
    conn = sqlite3.connect(paths.database)
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'notify_sent'").fetchall()
    conn.close()


def test_no_rise_from_zero_when_the_period_before_had_no_data(db_file: Path) -> None:
    """The first week kimwatch read anything has nothing to compare with, not a rise from 0%."""
    earlier_first, earlier_last = FIRST - timedelta(days=7), LAST - timedelta(days=7)
    db = store.connect(db_file)
    before = build_report(db, days=7, until=earlier_first - timedelta(days=1), weeks=0)
    assert {k["status"] for k in before["kims"]} == {"unmeasured"}  # nothing read then
    digest = compose_digest(db, earlier_first, earlier_last)
    assert digest.active > 0
    assert digest.previous_share is None and all(p.previous_share is None for p in digest.regions)
    text = render_digest(digest)
    assert "poin dari 0,0%" not in text and "periode lalu: tidak ada data" in text


def test_a_channel_failing_for_minutes_is_not_listed_and_errors_carry_no_internal_address(db_file: Path) -> None:
    db = store.connect(db_file)
    with store.transaction(db):
        # kim-u's new channel has never been read: it failed twice on the last day only
        store.save_channels(db, [{"id": "kim-u/web", "owner_kind": "kim", "owner_id": "kim-u", "type": "website",
                                  "url": "https://ulin.example.id/"}])
        for hour in ("2026-11-29T03:00:00Z", "2026-11-29T04:00:00Z"):
            db.execute("INSERT INTO channel_fetches (channel_id, fetched_at, ok, status, error) "
                       "VALUES ('kim-u/web', ?, 0, '500', 'HTTP 500')", [hour])
        db.execute("UPDATE channels SET last_crawled_at = '2026-11-29T04:00:00Z', last_status = '500', "
                   "last_error = 'HTTP 500', consecutive_failures = 2 WHERE id = 'kim-u/web'")
        db.execute("UPDATE channels SET last_error = 'refused http://127.0.0.1:8099/admin?token=abc123: it is "
                   "127.0.0.1 (loopback)' WHERE id = 'kim-b/feed'")
    digest = compose_digest(db, FIRST, LAST)
    parts = {p.region: p for p in digest.regions}
    assert [c["kim_id"] for c in parts["Kabupaten Banjar"].failing_channels] == ["kim-b"]
    with store.transaction(db):  # the same channel, failing since five days before the digest's end
        db.execute("UPDATE channel_fetches SET fetched_at = '2026-11-24T03:00:00Z' WHERE channel_id = 'kim-u/web' "
                   "AND fetched_at = '2026-11-29T03:00:00Z'")
    digest = compose_digest(db, FIRST, LAST)
    banjar = {p.region: p for p in digest.regions}["Kabupaten Banjar"]
    assert sorted(c["kim_id"] for c in banjar.failing_channels) == ["kim-b", "kim-u"]
    text = render_digest(digest)
    assert "belum pernah berhasil dibaca, gagal sejak 24 Nov 2026" in text
    assert "127.0.0.1" not in text and "abc123" not in text and "[internal address]" in text
