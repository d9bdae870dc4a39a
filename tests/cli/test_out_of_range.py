"""Numbers and dates beyond what a calendar holds: report --days/--weeks/--until, maintain --keep-days,
the daemon's day counts. A clear message naming the option (or key) and the value, never a traceback;
the bounds themselves are accepted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crawler import maintenance
from crawler.cli import cli
from crawler.daemon.config import load_config
from crawler.errors import ConfigError, ReportError, StoreError
from crawler.reporting.kpis import build_report
from tests.report.known_store import build_known_store


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture
def db(tmp_path: Path) -> str:
    build_known_store(tmp_path / "known.db").conn.close()
    return str(tmp_path / "known.db")


@pytest.mark.parametrize(("args", "said"), [
    (["--days", "100000000"], "'--days': 100000000 is not in the range 1<=x<=36600"),
    (["--days", "700000"], "'--days': 700000 is not in the range 1<=x<=36600"),
    (["--weeks", "110000"], "'--weeks': 110000 is not in the range 0<=x<=520"),
    (["--until", "0001-01-01"], "--until '0001-01-01' is outside 2000-01-01 .. 2100-12-31"),
    (["--until", "0999-01-01"], "--until '0999-01-01' is outside 2000-01-01 .. 2100-12-31"),
    (["--until", "9999-12-31"], "--until '9999-12-31' is outside 2000-01-01 .. 2100-12-31"),
    (["--until", "9999-12-31", "--kim", "kim-a"], "--until '9999-12-31' is outside"),
    (["--days", "36600", "--until", "2000-01-01", "--kim", "kim-a"], None),
])
def test_report_bounds(db: str, args: list[str], said: str | None) -> None:
    result = run("--db", db, "report", "--format", "json", *args)
    if said is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code != 0 and said in result.output, result.output


@pytest.mark.parametrize(("until", "days", "weeks"), [("2000-01-01", 36600, 520), ("2100-12-31", 36600, 520)])
def test_the_bounds_themselves_are_reported(db: str, until: str, days: int, weeks: int) -> None:
    result = run("--db", db, "report", "--format", "json", "--until", until, "--days", str(days),
                 "--weeks", str(weeks))
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["window"]["days"] == days and len(report["trend"]) == weeks


def test_the_library_says_the_same(db: str) -> None:
    from crawler import store

    conn = store.connect(db)
    try:
        with pytest.raises(ReportError, match=r"--days 100000000 must be a whole number of days, 1 or more and at most 36600"):
            build_report(conn, days=100_000_000)
        with pytest.raises(ReportError, match=r"--weeks 110000 must be from 0 to 520"):
            build_report(conn, weeks=110_000)
    finally:
        conn.conn.close()
    with pytest.raises(StoreError, match=r"health_keep_days 1000000 must be a whole number of days from 1 to 36600"):
        maintenance.maintain(db, keep_days=1_000_000)


def test_maintain_keep_days_bounds(db: str, tmp_path: Path) -> None:
    result = run("--db", db, "maintain", "--keep-days", "1000000")
    assert result.exit_code == 2 and "'--keep-days': 1000000 is not in the range 1<=x<=36600" in result.output
    config = tmp_path / "daemon.yaml"
    config.write_text("health_keep_days: 99999999\n", encoding="utf-8")
    result = run("--db", db, "maintain", "--config", str(config))
    assert result.exit_code == 1, result.output
    assert f"daemon config {config}: key 'health_keep_days': '99999999' must be a whole number of days from 1 " \
           "to 36600" in result.output
    result = run("--db", db, "maintain", env={"KIMWATCH_HEALTH_KEEP_DAYS": "99999999"})
    assert result.exit_code == 1 and "KIMWATCH_HEALTH_KEEP_DAYS: '99999999'" in result.output, result.output
    assert run("--db", db, "maintain", "--keep-days", "36600").exit_code == 0


@pytest.mark.parametrize("key", ["health_keep_days", "report_days", "notify_days"])
def test_daemon_config_day_counts_are_checked_with_the_config(tmp_path: Path, key: str) -> None:
    """Caught by the config check (`daemon --check`, the start), not when the job runs."""
    config = tmp_path / "daemon.yaml"
    config.write_text(f"{key}: 99999999\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"key '{key}': '99999999' must be a whole number of days from 1 to 36600"):
        load_config(config, {})
    config.write_text(f"{key}: 36600\n", encoding="utf-8")
    assert getattr(load_config(config, {}), key) == 36600


def test_messages_say_what_the_option_means(db: str) -> None:
    result = run("--db", db, "report", "--target", "0")
    assert result.exit_code == 1
    assert "target share '0' must be more than 0: a target of 0 is met with no active KIM" in result.output
    result = run("--db", db, "maintain", "--vacuum", "never")
    assert result.exit_code == 0 and "VACUUM not asked (--vacuum never)" in result.output, result.output
    assert "0.0 MB" not in result.output and " KB" in result.output  # the known store: a few hundred KB
