"""The daemon's configuration: the YAML file, ``KIMWATCH_<KEY>`` overrides, durations and times.

:func:`load_config` reads the file (every key optional), applies the environment and checks
every value, naming the file, key and value on a problem; the ``crawl:`` section is checked
against the crawl settings of :mod:`crawler.settings`. Durations are written ``90s``, ``15m``,
``2h``; times of day ``06:00`` (WITA).
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from crawler.dates import MAX_DAYS
from crawler.errors import ConfigError, KimwatchError

# --------------------------------------------------------------------------- configuration

_DURATION_RE = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*[smhd])+\s*")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})")
_NONE_WORDS = ("", "~", "null", "none", "off")


def parse_duration(text: str) -> float:
    """``"90s"``, ``"15m"``, ``"2h"``, ``"1h30m"``, ``"1d"`` → seconds.

    A bare number is refused: ``30`` could mean seconds or minutes, and guessing wrong makes a
    daemon crawl sixty times too often.
    """
    cleaned = str(text).strip().lower()
    if not cleaned or not _DURATION_RE.fullmatch(cleaned):
        raise ValueError("is not a duration; write a number with a unit: 90s, 15m, 2h (or 1h30m)")
    return sum(float(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION_PART.findall(cleaned))


def format_duration(seconds: float) -> str:
    """Seconds → the shortest ``1h30m`` / ``15m`` / ``90s`` spelling, for log lines."""
    if seconds < 60 or seconds != int(seconds) and seconds < 600:
        return f"{seconds:g}s"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{secs}s" if secs else ""]
    return "".join(parts) or "0s"


def parse_time_of_day(text: str) -> str:
    """``"6:00"`` / ``"06:00"`` → ``"06:00"``."""
    match = _TIME_RE.fullmatch(str(text).strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError('is not a time of day; write HH:MM in quotes (WITA), e.g. report_at: "06:00"')
    return f"{int(match.group(1)):02d}:{match.group(2)}"


@dataclass(frozen=True)
class Setting:
    """One key of the daemon config: its default (as written in YAML), kind and meaning."""

    key: str
    default: str
    kind: str  # path | optional_path | duration | time | count | level | weekly_time | smtp | text | url | secret | recipients
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "data/kimwatch.db", "path", "SQLite database; the --db option wins when given"),
    Setting("registry", "data/registry.yaml", "optional_path",
            "registry file loaded at start, on SIGHUP and when it changes; empty = none"),
    Setting("crawl_sources_every", "15m", "duration", "how often government sources are crawled"),
    Setting("crawl_kims_every", "60m", "duration", "how often KIM channels are crawled"),
    Setting("crawl_timeout", "30m", "duration", "wall-clock limit of one crawl child"),
    Setting("job_timeout", "15m", "duration", "wall-clock limit of a match, report or dump child"),
    Setting("report_dir", "data/reports", "path", "where the daily HTML/JSON report and the dump land"),
    Setting("report_at", "06:00", "time", "local time (WITA) of the daily report, dump and health summary"),
    Setting("report_days", "30", "count", "days covered by the daily report"),
    Setting("health_keep_days", "90", "count",
            "days of per-fetch channel health kept; older fetches are rolled up to one row per channel per day"),
    Setting("maintain_at", "03:00", "time",
            "local time (WITA) of the daily maintenance: health roll-up, ANALYZE, VACUUM when worth it"),
    Setting("stop_grace", "30s", "duration",
            "on SIGTERM, how long a running child may go on before it is stopped"),
    Setting("kill_grace", "10s", "duration",
            "after SIGTERM to a child: a second SIGTERM at half of it, SIGKILL at its end"),
    Setting("notify_at", "Mon 07:00", "weekly_time",
            'when the alert digest goes out (WITA): "Mon 07:00", or "07:00" for every day'),
    Setting("notify_days", "7", "count", "days of the digest's period, compared with the period before"),
    Setting("notify_smtp", "", "smtp", "smtp://[user:pass@]host:port[?starttls=1] or smtps://…; empty = no e-mail"),
    Setting("notify_from", "", "text", "sender address of the digest e-mails"),
    Setting("notify_to", "", "recipients", "e-mail recipients: a list, or a map from region to list"),
    Setting("notify_telegram_api", "https://api.telegram.org", "url", "base URL of the Telegram Bot API"),
    Setting("notify_telegram_token", "", "secret", "Telegram bot token; empty = no Telegram"),
    Setting("notify_telegram_chats", "", "recipients", "Telegram chat ids: a list, or a map from region to list"),
)
#: Kinds whose values are never logged as they are.
SECRET_KINDS = ("smtp", "secret")
#: Sections of the same file read by other parts (the crawl child reads ``crawl:`` through
#: ``$KIMWATCH_CONFIG``, see :mod:`crawler.settings`); the daemon validates them at start.
SECTIONS = ("crawl",)
SETTING_KEYS = tuple(s.key for s in SETTINGS)


@dataclass(frozen=True)
class DaemonConfig:
    """The daemon's settings, parsed and validated. Durations are in seconds."""

    db: str = "data/kimwatch.db"
    registry: str | None = "data/registry.yaml"
    crawl_sources_every: float = 900.0
    crawl_kims_every: float = 3600.0
    crawl_timeout: float = 1800.0
    job_timeout: float = 900.0
    report_dir: str = "data/reports"
    report_at: str = "06:00"
    report_days: int = 30
    health_keep_days: int = 90
    maintain_at: str = "03:00"
    stop_grace: float = 30.0
    kill_grace: float = 10.0
    notify_at: str = "Mon 07:00"
    notify_days: int = 7
    notify_smtp: str | None = field(default=None, repr=False)
    notify_from: str | None = None
    notify_to: tuple[tuple[str, str], ...] = ()
    notify_telegram_api: str = "https://api.telegram.org"
    notify_telegram_token: str | None = field(default=None, repr=False)
    notify_telegram_chats: tuple[tuple[str, str], ...] = ()
    origins: dict[str, str] = field(default_factory=dict, compare=False)
    #: the file's ``crawl:`` settings as the crawl child reads them, read once with the rest of the
    #: file (None: not read from a file); compared by the daemon itself, which says what changed
    crawl: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def describe(self) -> str:
        """One log line with every setting (durations spelled as in YAML)."""
        parts = []
        for f in fields(self):
            if f.name in ("origins", "crawl"):
                continue
            value = getattr(self, f.name)
            kind = next(s.kind for s in SETTINGS if s.key == f.name)
            shown = format_duration(value) if kind == "duration" else value
            if kind in SECRET_KINDS and value:
                shown = _masked(kind, value)
            elif kind == "recipients":
                shown = len(value)
            origin = self.origins.get(f.name, "")
            shown_origin = "" if origin.startswith("daemon config") or not origin else f" ({origin})"
            parts.append(f"{f.name}={shown}{shown_origin}")
        return ", ".join(parts)


def _masked(kind: str, value: str) -> str:
    if kind == "smtp":
        from crawler.reporting.notify import mask_url

        return mask_url(value)
    return "***"


def _parse_notify_value(setting: Setting, raw: object) -> Any:
    """The notify_* kinds (:mod:`crawler.reporting.notify` reads them)."""
    from crawler.reporting import notify

    if setting.kind == "recipients":
        return notify.parse_recipients(raw)
    if isinstance(raw, (list, dict)):
        raise ValueError("must be a single value, not a list or mapping")
    text = str(raw).strip()
    if setting.kind == "weekly_time":
        return notify.parse_notify_at(text)
    if text.lower() in _NONE_WORDS:
        if setting.kind == "url":
            raise ValueError("must not be empty")
        return None
    if setting.kind == "smtp":
        notify.parse_smtp_url(text)
    if setting.kind == "url" and not re.match(r"https?://[^/\s]+", text):
        raise ValueError("is not an http(s) address")
    return text


def _parse_value(setting: Setting, raw: object) -> Any:
    if setting.kind in ("weekly_time", "smtp", "text", "recipients", "url", "secret"):
        return _parse_notify_value(setting, raw)
    if isinstance(raw, (list, dict)):
        raise ValueError("must be a single value, not a list or mapping")
    text = str(raw).strip()
    if setting.kind == "optional_path":
        return None if text.lower() in _NONE_WORDS else text
    if setting.kind == "path":
        if not text:
            raise ValueError("must not be empty")
        return text
    if setting.kind == "duration":
        seconds = parse_duration(text)
        if seconds < 1 and setting.key != "stop_grace":
            raise ValueError("must be at least 1s")
        return seconds
    if setting.kind == "time":
        return parse_time_of_day(text)
    if setting.kind == "count":
        if not text.isdigit() or int(text) < 1:
            raise ValueError("must be a whole number of at least 1")
        if int(text) > MAX_DAYS:  # every count is of days: a hundred years at most
            raise ValueError(f"must be a whole number of days from 1 to {MAX_DAYS} (a hundred years)")
        return int(text)
    raise AssertionError(setting.kind)


def read_config_file(path: str | Path, *, allow_empty: bool = True) -> dict[str, object]:
    """The raw mapping of a daemon config file; every scalar is read as a string. An empty file
    means the defaults, unless ``allow_empty`` is false (a reload).

    Reading scalars as strings (YAML's base loader) keeps the file and the environment
    variables on one parser, and avoids YAML 1.1 reading ``06:00`` as the number 360.
    """
    from crawler.registry import BoundedBaseLoader, yaml_problem  # the registry's bounded YAML

    path = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"daemon config {path}: file not found; give an existing file to --config "
                          "(see data/daemon.example.yaml)") from None
    except OSError as error:
        raise ConfigError(f"daemon config {path}: cannot be read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"daemon config {path}: byte {error.start} is not UTF-8 text; save the file "
                          "as UTF-8") from None
    try:
        # BaseLoader builds only str/list/dict; bounded: nesting, and aliases that would expand
        # to millions of values inside the long-running daemon (an alias bomb) are refused
        data = yaml.load(text, Loader=BoundedBaseLoader)  # noqa: S506
    except yaml.YAMLError as error:
        where, problem = yaml_problem(error)
        where = f" {where}" if where != "file" else ""
        raise ConfigError(f"daemon config {path}{where}: not valid YAML: {problem}") from None
    except RecursionError:
        raise ConfigError(f"daemon config {path}: nested too deeply") from None
    if data is None or data == "" or data == {}:
        if not allow_empty:
            # a running daemon's config gone empty is a save caught half-way (truncated, not yet
            # written): taken as "all defaults" it would drop the registry, report and notify
            # settings without a word
            raise ConfigError(f"daemon config {path}: is empty (a save caught half-way?); the settings "
                              "in force are kept — write its keys (see data/daemon.example.yaml)")
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"daemon config {path}: must be a mapping of keys to values "
                          f"(like `crawl_kims_every: 60m`), got {type(data).__name__}")
    return data


def load_config(path: str | Path | None = None, environ: Mapping[str, str] | None = None,
                *, db_override: str | None = None, reload: bool = False,
                problems_found: list[str] | None = None) -> DaemonConfig:
    """Defaults, then the file at ``path``, then ``KIMWATCH_<KEY>`` variables, then ``--db``.

    Every problem (unknown key, bad value, in the ``crawl:`` section too) is collected and
    reported together in one :class:`ConfigError` naming the file or variable, the key and the
    value; with ``problems_found`` they are added to it instead, and the settings that could be
    read are returned (``daemon --check`` goes on to the registry and the paths).
    """
    environ = os.environ if environ is None else environ
    raw: dict[str, tuple[object, str]] = {}
    problems: list[str] = []
    data: dict[str, object] = {}
    if path is not None:
        data = read_config_file(path, allow_empty=not reload)
        for key, value in data.items():
            key = str(key)
            if key in SECTIONS:
                continue
            if key not in SETTING_KEYS:
                close = difflib.get_close_matches(key, SETTING_KEYS, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                problems.append(f"daemon config {path}: unknown key {key!r}{hint} "
                                f"(known keys: {', '.join(SETTING_KEYS + SECTIONS)})")
                continue
            raw[key] = (value, f"daemon config {path}")
    for setting in SETTINGS:
        variable = f"KIMWATCH_{setting.key.upper()}"
        if variable in environ:
            raw[setting.key] = (environ[variable], f"environment variable {variable}")
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for setting in SETTINGS:
        if setting.key not in raw:
            continue
        value, origin = raw[setting.key]
        try:
            values[setting.key] = _parse_value(setting, value)
        except ValueError as error:
            where = origin if origin.startswith("environment") else f"{origin}: key {setting.key!r}"
            shown = _masked(setting.kind, str(value)) if setting.kind in SECRET_KINDS else str(value)
            problems.append(f"{where}: {shown!r} {error}")
            continue
        origins[setting.key] = origin
    if db_override:
        values["db"] = db_override
        origins["db"] = "--db"
    crawl: dict[str, Any] | None = None
    if path is not None:  # (all at once: a bad crawl: key is no later round)
        section_problems, crawl = _crawl_section(path, data.get("crawl"))
        problems.extend(section_problems)
    if problems and problems_found is None:
        raise ConfigError("\n".join(problems))
    if problems_found is not None:
        problems_found.extend(problems)
    return DaemonConfig(**values, origins=origins, crawl=crawl)


def _crawl_section(path: str | Path, section: object) -> tuple[list[str], dict[str, Any]]:
    """The ``crawl:`` section's problems (found at start and at a reload rather than in every
    crawl child; each names the key and the value) and its settings, read once."""
    from crawler import settings as crawl_settings

    problems = _crawl_key_problems(path, section)
    if problems:
        return problems, {}
    try:  # the crawl child's own reading, for whatever the check above does not know
        return [], crawl_settings.config_file_values(path)
    except KimwatchError as error:
        return [str(error)], {}


_TRUE_FALSE = ("1", "true", "yes", "on", "0", "false", "no", "off")


def _crawl_key_problems(path: str | Path, section: object) -> list[str]:
    """Unknown keys and values of the wrong type in ``section`` (the file's ``crawl:`` as read
    by :func:`read_config_file`)."""
    from crawler import settings as crawl_settings

    where = f"daemon config {path}: section 'crawl'"
    if section is None or section == "":
        return []
    if not isinstance(section, dict):
        return [f"{where} must be a mapping of crawl settings (like `download_timeout: 30`)"]
    known = [name.lower() for name in crawl_settings.OVERRIDABLE]
    problems = []
    for key, value in section.items():
        key = str(key)
        if key.lower() not in known:
            close = difflib.get_close_matches(key.lower(), known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
            problems.append(f"{where}: unknown key {key!r}{hint}")
            continue
        default = getattr(crawl_settings, key.upper())
        wanted = _crawl_value_problem(default, value)
        if wanted:
            problems.append(f"{where}: key {key!r}: {value!r} is not {wanted} (the default is {default!r})")
    return problems


def _crawl_value_problem(default: object, value: object) -> str | None:
    """What ``value`` (a string or list of strings, as YAML's base loader reads them) should have
    been to fit the type of ``default``, or None when it fits."""
    def fits(check: Callable[[str], object], text: str) -> bool:
        try:
            check(text)
        except ValueError:
            return False
        return True

    if isinstance(default, list):
        items = value if isinstance(value, list) else str(value).split(",")
        if default and isinstance(default[0], int) and not all(fits(int, str(i).strip()) for i in items if str(i).strip()):
            return "a list of whole numbers"
        return None
    if isinstance(default, dict):  # platform_rates: a mapping, checked in full by the crawl
        return None if isinstance(value, dict) else "a mapping"
    if isinstance(value, (list, dict)):
        return "a single value"
    text = str(value).strip()
    if isinstance(default, bool):
        return None if text.lower() in _TRUE_FALSE else "true or false"
    if isinstance(default, int):
        return None if fits(int, text) else "a whole number"
    if isinstance(default, float):
        return None if fits(float, text) else "a number"
    return None
