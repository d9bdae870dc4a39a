"""``kimwatch notify``: reads the daemon config (file and KIMWATCH_<KEY>), --dry-run, exit codes,
masked secrets; and the notify_* keys of the daemon config."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.daemon.config import load_config
from crawler.errors import ConfigError
from crawler.reporting.notify import digest_period
from tests.notify.conftest import (
    SMTP_PASSWORD,
    SMTP_USER,
    TOKEN,
    FakeBotApi,
    Mailbox,
    build_notify_store,
    free_port,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    first, last = digest_period("Mon 07:00", 7)  # the digest due now
    return build_notify_store(tmp_path / "kimwatch.db", first, last)


def invoke(args: list[str], env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, args, env={"KIMWATCH_CONFIG": None, **(env or {})}, catch_exceptions=False)


def test_sends_by_email_then_says_it_was_already_sent(tmp_path: Path, db_file: Path,
                                                      smtp_server: tuple[str, Mailbox]) -> None:
    url, mailbox = smtp_server
    config = tmp_path / "daemon.yaml"
    config.write_text(f"db: {db_file}\nnotify_smtp: {url}\nnotify_from: kimwatch@example.go.id\n"
                      "notify_to:\n  Kabupaten Banjar: [banjar@example.go.id]\n  semua: [ikp@example.go.id]\n",
                      encoding="utf-8")
    result = invoke(["notify", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "sent: email banjar@example.go.id (Kabupaten Banjar)" in result.output
    assert "sent: email ikp@example.go.id" in result.output
    assert len(mailbox.envelopes) == 2
    again = invoke(["notify", "--config", str(config)])
    assert again.exit_code == 0
    assert "already sent to every recipient (2); nothing sent" in again.output
    assert len(mailbox.envelopes) == 2


def test_dry_run_prints_the_digest_and_sends_nothing(tmp_path: Path, db_file: Path, bot_api: FakeBotApi) -> None:
    env = {"KIMWATCH_NOTIFY_TELEGRAM_API": bot_api.url, "KIMWATCH_NOTIFY_TELEGRAM_TOKEN": TOKEN,
           "KIMWATCH_NOTIFY_TELEGRAM_CHATS": "-100123"}
    result = invoke(["--db", str(db_file), "notify", "--dry-run"], env)
    assert result.exit_code == 0, result.output
    assert "Ringkasan KIM" in result.output and "(untuk: telegram -100123)" in result.output
    assert "Berhenti menyebarkan informasi" in result.output and "KIM Sungai Jingah" in result.output
    assert "dry run: nothing sent, nothing recorded" in result.output
    assert TOKEN not in result.output and not bot_api.calls
    sent = invoke(["--db", str(db_file), "notify"], env)
    assert sent.exit_code == 0 and sent.output.startswith("sent: telegram -100123")
    assert len(bot_api.calls) == 1


def test_failure_exits_1_with_masked_message(tmp_path: Path, db_file: Path,
                                             smtp_login_server: tuple[int, Mailbox]) -> None:
    port, mailbox = smtp_login_server
    env = {"KIMWATCH_NOTIFY_SMTP": f"smtp://{SMTP_USER}:bad-{SMTP_PASSWORD}@127.0.0.1:{port}",
           "KIMWATCH_NOTIFY_FROM": "kimwatch@example.go.id", "KIMWATCH_NOTIFY_TO": "ikp@example.go.id"}
    result = invoke(["--db", str(db_file), "-v", "notify"], env)
    assert result.exit_code == 1
    assert "1 failed (email ikp@example.go.id [i***@example.go.id, notify_to #1] via smtp://***:***@127.0.0.1" in result.output
    assert "tried again at the next run" in result.output
    assert SMTP_PASSWORD not in result.output and SMTP_USER not in result.output
    assert not mailbox.envelopes


def test_nothing_configured_or_no_database_is_a_clear_error(tmp_path: Path, db_file: Path) -> None:
    result = invoke(["--db", str(db_file), "notify"])
    assert result.exit_code == 1 and "no alert recipients configured" in result.output
    missing = tmp_path / "nope.db"
    result = invoke(["--db", str(missing), "notify", "--dry-run"])
    assert result.exit_code == 1 and f"no database at {missing}" in result.output and not missing.exists()
    half = invoke(["--db", str(db_file), "notify"], {"KIMWATCH_NOTIFY_TO": "ikp@example.go.id"})
    assert half.exit_code == 1 and "notify_smtp is not" in half.output


def test_config_keys_file_env_and_masked_description(tmp_path: Path) -> None:
    config = tmp_path / "daemon.yaml"
    config.write_text('notify_at: "senin 7:30"\nnotify_days: 14\n'
                      "notify_smtp: smtps://bob:hunter2@mail.example.go.id:465\n"
                      "notify_from: kimwatch@example.go.id\nnotify_to: [a@example.go.id]\n"
                      "notify_telegram_chats:\n  HSS: ['-1001']\n", encoding="utf-8")
    settings = load_config(config, {"KIMWATCH_NOTIFY_TELEGRAM_TOKEN": TOKEN})
    assert (settings.notify_at, settings.notify_days) == ("Mon 07:30", 14)
    assert settings.notify_to == (("", "a@example.go.id"),)
    assert settings.notify_telegram_chats == (("Kabupaten Hulu Sungai Selatan", "-1001"),)
    assert settings.notify_telegram_token == TOKEN
    described = settings.describe()
    assert "hunter2" not in described and "bob" not in described and TOKEN not in described
    assert "notify_smtp=smtps://***:***@mail.example.go.id:465" in described
    assert "notify_telegram_token=***" in described
    assert "hunter2" not in repr(settings) and TOKEN not in repr(settings)


@pytest.mark.parametrize("key,value,expected", [
    ("notify_at", "someday", "Mon 07:00"),
    ("notify_days", "0", "at least 1"),
    ("notify_smtp", "smtp://bob:hunter2@mail.example.go.id", "unencrypted"),
    ("notify_to", "{Atlantis: [x@example.go.id]}", "Atlantis"),
    ("notify_telegram_api", "api.telegram.org", "http(s)"),
])
def test_config_errors_name_the_key_without_secrets(key: str, value: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(None, {f"KIMWATCH_{key.upper()}": value})
    assert f"KIMWATCH_{key.upper()}" in str(caught.value) and expected in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_starttls_and_smtps_with_a_verified_certificate(tmp_path: Path, db_file: Path) -> None:
    """STARTTLS and implicit TLS against aiosmtpd with a self-signed certificate that the client
    trusts through SSL_CERT_FILE (as an office would add its own CA)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP as SMTPProtocol  # noqa: N811 - aiosmtpd's name
    from aiosmtpd.smtp import AuthResult

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        return AuthResult(success=data.login == SMTP_USER.encode() and data.password == SMTP_PASSWORD.encode(),
                          handled=False)

    mailbox = Mailbox()
    port_starttls, port_tls = free_port(), free_port()
    starttls = Controller(mailbox, hostname="127.0.0.1", port=port_starttls, tls_context=server_context,
                          require_starttls=True, authenticator=authenticator, auth_required=True)

    class TLSController(Controller):
        def factory(self) -> SMTPProtocol:
            return SMTPProtocol(self.handler, authenticator=authenticator, auth_required=True,
                                auth_require_tls=False)

    implicit = TLSController(mailbox, hostname="127.0.0.1", port=port_tls, ssl_context=server_context)
    starttls.start()
    implicit.start()
    try:
        env = {"SSL_CERT_FILE": str(cert), "KIMWATCH_NOTIFY_FROM": "kimwatch@example.go.id",
               "KIMWATCH_NOTIFY_TO": "ikp@example.go.id"}
        url = f"smtp://{SMTP_USER}:{SMTP_PASSWORD}@localhost:{port_starttls}?starttls=1"
        result = invoke(["--db", str(db_file), "notify"], {**env, "KIMWATCH_NOTIFY_SMTP": url})
        assert result.exit_code == 0, result.output
        assert len(mailbox.envelopes) == 1
        # the same period again, through implicit TLS, to another recipient
        url = f"smtps://{SMTP_USER}:{SMTP_PASSWORD}@localhost:{port_tls}"
        result = invoke(["--db", str(db_file), "notify"], {**env, "KIMWATCH_NOTIFY_SMTP": url,
                                                            "KIMWATCH_NOTIFY_TO": "other@example.go.id"})
        assert result.exit_code == 0, result.output
        assert [e.rcpt_tos for e in mailbox.envelopes] == [["ikp@example.go.id"], ["other@example.go.id"]]
        # a certificate the client does not trust is refused
        untrusted = invoke(["--db", str(db_file), "notify"], {**env, "SSL_CERT_FILE": "/nonexistent",
                                                               "KIMWATCH_NOTIFY_SMTP": url,
                                                               "KIMWATCH_NOTIFY_TO": "third@example.go.id"})
        assert untrusted.exit_code == 1 and "CERTIFICATE_VERIFY_FAILED" in untrusted.output
        assert SMTP_PASSWORD not in untrusted.output
    finally:
        starttls.stop()
        implicit.stop()
