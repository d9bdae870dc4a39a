"""The daemon's notify job: scheduled at notify_at (WITA), run by ``--once``, retried after a failure
without repeating deliveries; a real ``kimwatch notify`` child each time."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from crawler.daemon.config import load_config
from crawler.daemon.service import Daemon
from crawler.dates import WITA
from crawler.reporting.notify import digest_period
from tests.notify.conftest import TOKEN, FakeBotApi, build_notify_store

REPO = Path(__file__).resolve().parents[2]


def write_config(tmp_path: Path, bot_api: FakeBotApi, extra: str = "") -> Path:
    first, last = digest_period("Mon 07:00", 7)
    db = build_notify_store(tmp_path / "kimwatch.db", first, last)
    config = tmp_path / "daemon.yaml"
    config.write_text(f"db: {db}\nregistry:\nreport_dir: {tmp_path / 'reports'}\n"
                      f"notify_at: \"Mon 07:00\"\nnotify_telegram_api: {bot_api.url}\n"
                      f"notify_telegram_token: \"{TOKEN}\"\nnotify_telegram_chats: ['-100123']\n{extra}",
                      encoding="utf-8")
    return config


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("KIMWATCH_", "JOURNAL_"))}


def test_notify_is_scheduled_weekly_at_notify_at_wita(tmp_path: Path, bot_api: FakeBotApi) -> None:
    config = write_config(tmp_path, bot_api)
    daemon = Daemon(load_config(config, {}), config_path=str(config), environ=clean_env())
    daemon.schedule_jobs()
    [job] = [j for j in daemon.scheduler.jobs if "notify" in j.tags]
    assert job.next_run is not None
    due = job.next_run.astimezone(WITA) if job.next_run.tzinfo else job.next_run.astimezone().astimezone(WITA)
    assert (due.strftime("%a %H:%M"), job.unit) == ("Mon 07:00", "weeks")
    assert 0 < (due - datetime.now(WITA)).total_seconds() <= 7 * 86400
    # not configured: not scheduled
    plain = Daemon(load_config(None, {}), environ=clean_env())
    plain.schedule_jobs()
    assert not [j for j in plain.scheduler.jobs if "notify" in j.tags]


def test_failed_digest_is_retried_without_repeating(tmp_path: Path, bot_api: FakeBotApi,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    config = write_config(tmp_path, bot_api)
    daemon = Daemon(load_config(config, {}), config_path=str(config), environ=clean_env())
    bot_api.fail_with = 502
    with caplog.at_level(logging.INFO, logger="crawler.daemon"):
        assert daemon.run_notify() is False
    assert daemon._notify_retry_at is not None and "alert digest: trying again in 15m" in caplog.text
    assert "job notify failed" in caplog.text and "HTTP 502" in caplog.text
    assert TOKEN not in caplog.text
    daemon.retry_notify()  # not yet due: nothing happens
    assert not bot_api.calls
    bot_api.fail_with = None
    daemon._notify_retry_at = 0.0
    with caplog.at_level(logging.INFO, logger="crawler.daemon"):
        daemon.retry_notify()
    assert daemon._notify_retry_at is None and len(bot_api.calls) == 1
    with caplog.at_level(logging.INFO, logger="crawler.daemon"):
        assert daemon.run_notify() is True  # the scheduled run of the same week: nothing again
    assert len(bot_api.calls) == 1 and "already sent to every recipient (1); nothing sent" in caplog.text
    assert TOKEN not in caplog.text


def test_once_sends_the_digest_and_logs_no_secret(tmp_path: Path, bot_api: FakeBotApi) -> None:
    config = write_config(tmp_path, bot_api)
    env = {**clean_env(), "PYTHONPATH": str(REPO), "KIMWATCH_CONTACT_URL": "http://127.0.0.1/test"}
    done = subprocess.run([sys.executable, str(REPO / "scheduler.py"), "--config", str(config), "--once"],
                          env=env, capture_output=True, text=True, timeout=180)
    log = done.stdout + done.stderr
    assert "job notify: digest" in log and "sent 1" in log, log
    assert len(bot_api.calls) == 1 and "Ringkasan KIM" in bot_api.calls[0]["text"]
    assert TOKEN not in log


def test_a_config_problem_is_said_without_retrying(tmp_path: Path, bot_api: FakeBotApi,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    config = write_config(tmp_path, bot_api, "notify_smtp: smtp://127.0.0.1:9\nnotify_to: [ikp@example.go.id]\n")
    daemon = Daemon(load_config(config, {}), config_path=str(config), environ=clean_env())
    assert daemon.notify_configured()
    with caplog.at_level(logging.INFO, logger="crawler.daemon"):
        assert daemon.run_notify() is False
    assert "alert digest not sent: notify_from is needed" in caplog.text
    assert daemon._notify_retry_at is None and not bot_api.calls
