"""A failed e-mail recipient is named in the daemon's journal, masked (T's LOW 10): the first letter
of the address and its domain, and its place in ``notify_to``, so IT can tell which one failed
while the journal keeps no address."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from crawler.daemon.config import load_config
from crawler.daemon.service import Daemon
from crawler.reporting.notify import digest_period, shown_recipient
from tests.notify.conftest import SMTP_PASSWORD, SMTP_USER, Mailbox, build_notify_store
from tests.notify.test_daemon_notify import clean_env


def test_shown_recipient() -> None:
    assert shown_recipient("budi.santoso@kalselprov.go.id") == "b***@kalselprov.go.id"
    assert shown_recipient("-100123") == "-100123"  # a Telegram chat id is no personal address


def test_daemon_journal_names_the_failed_recipient_masked(tmp_path: Path, smtp_login_server: tuple[int, Mailbox],
                                                         caplog: pytest.LogCaptureFixture) -> None:
    port, mailbox = smtp_login_server
    first, last = digest_period("Mon 07:00", 7)
    db = build_notify_store(tmp_path / "kimwatch.db", first, last)
    config = tmp_path / "daemon.yaml"
    config.write_text(f"db: {db}\nregistry:\nreport_dir: {tmp_path / 'reports'}\nnotify_at: \"Mon 07:00\"\n"
                      f"notify_smtp: \"smtp://{SMTP_USER}:bad-{SMTP_PASSWORD}@127.0.0.1:{port}\"\n"
                      "notify_from: kimwatch@example.go.id\n"
                      "notify_to: [budi.santoso@kalselprov.go.id, rina@diskominfo.hss.go.id]\n", encoding="utf-8")
    daemon = Daemon(load_config(config, {}), config_path=str(config), environ=clean_env())
    with caplog.at_level(logging.INFO, logger="crawler"):
        assert daemon.run_notify() is False
    # what the daemon's handler writes: every record through the masking filter
    from crawler.personal import MaskingFilter
    masking = MaskingFilter()
    lines = []
    for record in caplog.records:
        masking.filter(record)
        lines.append(record.getMessage())
    journal = "\n".join(lines)
    failed = [line for line in lines if line.startswith("job notify failed")]
    assert failed, journal
    assert "[b***@kalselprov.go.id, notify_to #1]" in failed[0] and "[r***@diskominfo.hss.go.id, notify_to #2]" in failed[0]
    assert "budi.santoso" not in journal and "rina@" not in journal and SMTP_PASSWORD not in journal
    assert not mailbox.envelopes
