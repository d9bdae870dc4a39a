"""Daemon config: durations, every key optional, env overrides, errors naming file/key/value."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from crawler.daemon.children import child_line
from crawler.daemon.config import (
    DaemonConfig,
    format_duration,
    load_config,
    parse_duration,
    parse_time_of_day,
)
from crawler.daemon.logs import DaemonLogFormatter, one_line, stderr_is_journald
from crawler.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text,seconds", [
    ("90s", 90), ("15m", 900), ("2h", 7200), ("1h30m", 5400), ("2s", 2), (" 1d ", 86400), ("0.5s", 0.5),
    ("45 m", 2700),
])
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["30", "", "m", "15 minutes", "-5m", "5x", "1h 30"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="unit"):
        parse_duration(text)


def test_format_duration_round_trips() -> None:
    for text in ("90s", "15m", "2h", "1h30m", "2s"):
        assert parse_duration(format_duration(parse_duration(text))) == parse_duration(text)
    assert format_duration(5400) == "1h30m"


def test_time_of_day() -> None:
    assert parse_time_of_day("6:00") == "06:00"
    with pytest.raises(ValueError, match="HH:MM"):
        parse_time_of_day("25:00")


def test_defaults_without_file() -> None:
    config = load_config(None, {})
    assert config == DaemonConfig()
    assert config.crawl_sources_every == 900 and config.crawl_kims_every == 3600
    assert config.report_at == "06:00"


def test_example_file_is_valid_and_equals_defaults() -> None:
    config = load_config(REPO / "data" / "daemon.example.yaml", {})
    assert config == DaemonConfig()


def test_file_values_and_unquoted_time(tmp_path: Path) -> None:
    path = tmp_path / "daemon.yaml"
    # report_at unquoted: YAML 1.1 would read 06:30 as the number 390
    path.write_text("crawl_sources_every: 2s\ncrawl_kims_every: 1h30m\nreport_at: 06:30\nregistry:\n")
    config = load_config(path, {})
    assert config.crawl_sources_every == 2
    assert config.crawl_kims_every == 5400
    assert config.report_at == "06:30"
    assert config.registry is None
    assert config.origins["crawl_sources_every"] == f"daemon config {path}"


def test_env_overrides_file(tmp_path: Path) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_text("crawl_kims_every: 60m\ndb: file.db\n")
    env = {"KIMWATCH_CRAWL_KIMS_EVERY": "30m", "KIMWATCH_DB": "env.db", "KIMWATCH_CONTACT": "x"}
    config = load_config(path, env)
    assert config.crawl_kims_every == 1800
    assert config.db == "env.db"
    assert config.origins["crawl_kims_every"] == "environment variable KIMWATCH_CRAWL_KIMS_EVERY"
    assert load_config(path, env, db_override="cli.db").db == "cli.db"


def test_errors_name_file_key_and_value(tmp_path: Path) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_text("crawl_timeout: 30\ncrawl_kim_every: 5m\nreport_days: many\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, {"KIMWATCH_STOP_GRACE": "soon"})
    message = str(caught.value)
    assert f"daemon config {path}: key 'crawl_timeout': '30' is not a duration" in message
    assert "unknown key 'crawl_kim_every'; did you mean 'crawl_kims_every'?" in message
    assert "key 'report_days': 'many'" in message
    assert "environment variable KIMWATCH_STOP_GRACE: 'soon' is not a duration" in message


@pytest.mark.parametrize("text,expected", [
    ("crawl_timeout: [1, 2]\n", "not a list"),
    ("- a\n- b\n", "must be a mapping"),
    ("crawl_timeout: 5m\n  bad: indent\n", "line 2"),
    ("log_level: loud\n", "unknown key 'log_level'"),
    ("crawl:\n  download_timeout: soon\n",
     "section 'crawl': key 'download_timeout': 'soon' is not a whole number \\(the default is 30\\)"),
    ("crawl:\n  download_timeout: abc\n  robotstxt_obey: maybe\n  retry_http_codes: [503, x]\n",
     "'abc' is not a whole number.*\n.*key 'robotstxt_obey': 'maybe' is not true or false.*\n"
     ".*key 'retry_http_codes'.* is not a list of whole numbers"),
    ("crawl:\n  download_timout: 30\n", "section 'crawl': unknown key 'download_timout'; did you mean "
                                       "'download_timeout'"),
    ("crawl:\n  colour: blue\n", "unknown key 'colour' \\(known: contact_url,"),
    ("kill_grace: 0s\n", "at least 1s"),
])
def test_bad_files(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=expected):
        load_config(path, {})


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nope.yaml: file not found"):
        load_config(tmp_path / "nope.yaml", {})


def test_crawl_section_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_text("crawl_kims_every: 2h\ncrawl:\n  download_timeout: 20\n  robotstxt_obey: false\n"
                    "  download_delay: 0.5\n  retry_http_codes: [500, 503]\n  contact_url: https://x.example/\n")
    assert load_config(path, {}).crawl_kims_every == 7200


def test_empty_file_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "daemon.yaml"
    path.write_text("# nothing set\n")
    assert load_config(path, {}) == DaemonConfig()


def _record(message: str, level: int = logging.WARNING) -> logging.LogRecord:
    return logging.LogRecord("crawler.daemon", level, __file__, 1, message, None, None)


def test_log_line_forms() -> None:
    plain = DaemonLogFormatter(journald=False).format(_record("two\nlines \x1b[31mred\x1b[0m"))
    assert plain.endswith("WARNING crawler.daemon: two | lines red")
    assert plain[:4].isdigit() and plain[19:25] == "+08:00"  # WITA, with its offset
    journald = DaemonLogFormatter(journald=True).format(_record("hello", logging.ERROR))
    assert journald == "<3>ERROR crawler.daemon: hello"


def test_journald_detection(tmp_path: Path) -> None:
    import os

    with open(tmp_path / "stream", "w") as stream:
        st = os.fstat(stream.fileno())
        assert stderr_is_journald(stream, {"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"})
        assert not stderr_is_journald(stream, {"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino + 1}"})
        assert not stderr_is_journald(stream, {})
    assert not stderr_is_journald(io.StringIO(), {"JOURNAL_STREAM": "1:2"})


def test_systemd_unit_stops_after_the_daemon_grace() -> None:
    """The unit's stop timeout leaves the daemon its stop_grace + kill_grace; restarts on failure."""
    import configparser

    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(REPO / "deploy" / "kimwatch.service")
    service = unit["Service"]
    defaults = DaemonConfig()
    assert parse_duration(service["TimeoutStopSec"] + "s") > defaults.stop_grace + defaults.kill_grace + 5
    assert service["KillSignal"] == "SIGTERM" and service["KillMode"] == "mixed"
    assert service["Restart"] == "on-failure"
    assert service["User"] == "kimwatch" and service["StateDirectory"] == "kimwatch"
    assert service["WorkingDirectory"] == "/var/lib/kimwatch"
    assert "daemon --config" in service["ExecStart"]


def test_group_db_option_wins_over_config_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from crawler.cli import cli

    config = tmp_path / "daemon.yaml"
    config.write_text(f"db: {tmp_path / 'from-file.db'}\nregistry:\nreport_dir: {tmp_path / 'r'}\n")
    monkeypatch.setenv("KIMWATCH_DB", str(tmp_path / "from-env.db"))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        result = CliRunner().invoke(cli, ["--db", str(tmp_path / "from-option.db"), "daemon", "--config",
                                          str(config), "--once"], catch_exceptions=False)
    finally:  # the daemon configures the root logger for its process; give pytest its own back
        root.handlers[:] = handlers
        root.setLevel(level)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-option.db").exists()
    assert not (tmp_path / "from-file.db").exists() and not (tmp_path / "from-env.db").exists()


def test_multi_line_messages_on_one_line() -> None:
    message = ("registry.yaml: 1 problem(s), nothing was stored:\n  line 47, field 'id': duplicate key\n"
               "  line 48: another")
    line = DaemonLogFormatter(journald=True).format(_record(message, logging.ERROR))
    assert line == ("<3>ERROR crawler.daemon: registry.yaml: 1 problem(s), nothing was stored: line 47, "
                    "field 'id': duplicate key | line 48: another")
    assert one_line("a\n\n   b\r\n") == "a | b"


@pytest.mark.parametrize("raw,level,text", [
    ("2026-11-28 10:48:20,297 WARNING crawler.crawl: SIGTERM: stopping", logging.WARNING,
     "crawler.crawl: SIGTERM: stopping"),
    ("2026-11-28 10:48:20,297 ERROR crawler.store: disk full", logging.ERROR, "crawler.store: disk full"),
    ("2026-11-28 10:48:20,297 INFO crawler.crawl: 3 channels", logging.DEBUG, "crawler.crawl: 3 channels"),
    ("2026-11-28 10:48:20 [scrapy.core.scraper] ERROR: Error downloading <GET x>", logging.ERROR,
     "scrapy.core.scraper: Error downloading <GET x>"),
    ("Error: no database at x.db", logging.WARNING, "Error: no database at x.db"),
    ("matched 3 post(s)", logging.DEBUG, "matched 3 post(s)"),
    ("2026-11-28 18:48:20 WITA WARNING crawler.crawl: late", logging.WARNING, "crawler.crawl: late"),  # the CLI's
    ("2026-11-28T18:48:20+08:00 ERROR crawler.store: full", logging.ERROR, "crawler.store: full"),  # the daemon's
])
def test_relayed_child_lines_lose_their_own_stamp_and_keep_their_level(raw: str, level: int, text: str) -> None:
    assert child_line(raw) == (level, text)


def test_good_reload_after_a_failed_one_is_confirmed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from crawler.daemon.service import Daemon

    caplog.set_level(logging.INFO, logger="crawler.daemon")
    path = tmp_path / "daemon.yaml"
    good = f"db: {tmp_path / 'k.db'}\nregistry:\ncrawl_kims_every: 2h\n"
    path.write_text(good)
    daemon = Daemon(load_config(path, {}), config_path=str(path), environ={})
    path.write_text(good + "crawl_sources_every: 3\n")
    daemon.reload_config()
    path.write_text(good)
    daemon.reload_config()
    daemon.reload_config()  # nothing changed, nothing failed: nothing to say
    records = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert records[0][0] == "ERROR" and "'3' is not a duration" in records[0][1]
    assert records[1][0] == "INFO" and records[1][1].startswith("config reloaded: the file is valid again")
    assert len(records) == 2, records


def test_a_changed_crawl_section_is_confirmed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """An outside look changed only `crawl: download_timeout` of a running daemon: it took effect
    at the next crawl, but nothing said the file had been read."""
    from crawler.daemon.service import Daemon

    caplog.set_level(logging.INFO, logger="crawler.daemon")
    path = tmp_path / "daemon.yaml"
    good = f"db: {tmp_path / 'k.db'}\nregistry:\n"
    path.write_text(good + "crawl:\n  download_timeout: 20\n")
    daemon = Daemon(load_config(path, {}), config_path=str(path), environ={})
    path.write_text(good + "crawl:\n  download_timeout: 100\n  contact_url: https://kominfo.example.go.id/\n")
    daemon.reload_config()
    daemon.reload_config()  # nothing changed: nothing to say
    records = [r.getMessage() for r in caplog.records]
    assert records == ["config reloaded: crawl settings changed (CONTACT_URL, DOWNLOAD_TIMEOUT), "
                       "used from the next crawl"], records


def test_an_emptied_config_file_keeps_the_settings_in_force(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A second outside tester truncated the running daemon's config (a save caught half-way): the
    reload took it as "all defaults" and dropped the registry, report and notify settings."""
    from crawler.daemon.service import Daemon

    caplog.set_level(logging.INFO, logger="crawler.daemon")
    path = tmp_path / "daemon.yaml"
    path.write_text(f"db: {tmp_path / 'k.db'}\nregistry:\ncrawl_kims_every: 2h\n")
    daemon = Daemon(load_config(path, {}), config_path=str(path), environ={})
    for empty in ("", "\n  \n", "# only a comment\n", "{}\n"):
        path.write_text(empty)
        daemon.reload_config()
        assert daemon.config.crawl_kims_every == 2 * 3600, empty
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 4 and "is empty" in errors[0] and "settings in force are kept" in errors[0]
    assert load_config(path, {}) == DaemonConfig()  # at start, an empty file still means the defaults


def test_check_reads_everything_and_runs_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An outside look: the README's "check a config" command (`daemon --once`) ran every job —
    a full crawl, the dump, and the weekly digest sent — in a store made in the wrong directory.
    `daemon --check` only reads: settings, registry, where the store and reports would be."""
    from click.testing import CliRunner

    from crawler.cli import cli

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "registry.yaml").write_text(
        (REPO / "data" / "registry.example.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    config = tmp_path / "daemon.yaml"
    config.write_text("notify_smtp: smtp://127.0.0.1:9\nnotify_to: [bidang-ikp@example.org]\n",
                      encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KIMWATCH_DB", raising=False)
    result = CliRunner().invoke(cli, ["daemon", "--config", str(config), "--check"])
    assert result.exit_code == 0, result.output
    assert f"store: {tmp_path / 'data' / 'kimwatch.db'} (will be created)" in result.output
    assert "registry: " in result.output and "4 KIM(s), 2 source(s), 8 channel(s), valid" in result.output
    assert "relative paths are read from the directory the daemon starts in" in result.output
    assert "config OK: nothing was run" in result.output
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["registry.yaml"]  # no store, no reports
    (tmp_path / "data" / "registry.yaml").write_text("kims:\n  - id: Bad Id\n", encoding="utf-8")
    broken = CliRunner().invoke(cli, ["daemon", "--config", str(config), "--check"])
    assert broken.exit_code == 1 and "registry.yaml" in broken.output and "config has problems" in broken.output


def test_a_reload_reads_the_config_file_and_its_crawl_section_once(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A SIGHUP read the file three times and the ``crawl:`` section twice (once to check it,
    once to see whether it changed): one reading does both."""
    from crawler import settings as crawl_settings
    from crawler.daemon import config as daemon_config
    from crawler.daemon.service import Daemon

    path = tmp_path / "daemon.yaml"
    path.write_text(f"db: {tmp_path / 'k.db'}\nregistry:\ncrawl:\n  download_timeout: 20\n")
    daemon = Daemon(load_config(path, {}), config_path=str(path), environ={})
    reads = {"file": 0, "crawl": 0}
    read_file, read_crawl = daemon_config.read_config_file, crawl_settings.config_file_values

    def counted_file(*args: object, **kwargs: object) -> dict[str, object]:
        reads["file"] += 1
        return read_file(*args, **kwargs)  # type: ignore[arg-type]

    def counted_crawl(*args: object, **kwargs: object) -> dict[str, object]:
        reads["crawl"] += 1
        return read_crawl(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(daemon_config, "read_config_file", counted_file)
    monkeypatch.setattr(crawl_settings, "config_file_values", counted_crawl)
    path.write_text(f"db: {tmp_path / 'k.db'}\nregistry:\ncrawl:\n  download_timeout: 45\n")
    daemon.reload_config()
    assert reads == {"file": 1, "crawl": 1}
    assert daemon._crawl_seen == {"DOWNLOAD_TIMEOUT": 45}  # and the change was seen


def test_check_lists_every_problem_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside tester R: a bad key under ``crawl:`` was reported only once the top-level ones were
    fixed, and a missing registry only after that; ``--check`` lists them all in one go."""
    from click.testing import CliRunner

    from crawler.cli import cli

    config = tmp_path / "bad-daemon.yaml"
    config.write_text(f"db: {tmp_path / 'e.db'}\nregistry: {tmp_path / 'missing.yaml'}\ncrawl_kims_every: 60\n"
                      'report_at: "25:00"\ncrawl:\n  download_timeout: abc\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["daemon", "--config", str(config), "--check"])
    assert result.exit_code == 1, result.output
    problems = [line for line in result.output.splitlines() if line.startswith("problem: ")]
    assert len(problems) == 4, result.output
    assert "key 'crawl_kims_every': '60' is not a duration" in problems[0]
    assert "key 'report_at': '25:00' is not a time of day" in problems[1]
    assert "section 'crawl': key 'download_timeout': 'abc' is not a whole number" in problems[2]
    assert "missing.yaml" in problems[3] and "config has problems: see above" in result.output
    # the daemon itself refuses the file naming all three of its problems in one error
    with pytest.raises(ConfigError) as raised:
        load_config(config, {})
    assert str(raised.value).count("\n") == 2 and "download_timeout" in str(raised.value)
