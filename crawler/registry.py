"""The registry: KIMs, government sources and their channels, loaded from YAML or CSV.

The whole file is validated before anything is stored; every problem is reported with its
line, entry and field. Loading again updates entries in place (matched by ``id``); entries
missing from the file are kept, and marked ``retired`` only with ``prune``.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import sqlite_utils
import yaml

from crawler import store
from crawler.dates import parse_zone
from crawler.errors import Problem, RegistryError, SelectionError
from crawler.regions import canonical_region, did_you_mean, known_regions
from crawler.spreadsheets import csv_cell, csv_delimiter
from crawler.urls import canonical_url, http_url_problem, is_http_url

log = logging.getLogger(__name__)

SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
ENTRY_KEYS = {"id", "name", "region", "district", "village", "channels"}
KIM_ONLY_KEYS = ("district", "village")  # a source is an office, not a village: these do not apply
CHANNEL_KEYS = {"type", "url", "via"}
CSV_COLUMNS = ["kind", "id", "name", "region", "district", "village", "channel_type", "channel_url", "via"]
# Optional per-channel hints (an extension of the contract), with their types.
CHANNEL_OPTIONS: dict[str, type] = {
    "section": str,        # website: the listing path to read ("/berita")
    "max_pages": int,      # listing/feed/API pages per crawl
    "max_articles": int,   # website: article pages fetched per crawl
    "depth": int,          # pagination depth of a first crawl
    "method": str,         # website: skip discovery (feed, wp_rest, sitemap, listing)
    "feed_url": str,       # website: the feed to read when method is feed
    "api_root": str,       # website: the WordPress REST root when method is wp_rest
    "sitemap_url": str,    # website: the sitemap to read when method is sitemap
    "tls_verify": bool,    # false: the channel's https certificates are not checked (a broken chain)
    "timezone": str,       # the zone of times written without one (a page that says none, feed items; WITA)
}
WEBSITE_METHODS = ("feed", "wp_rest", "sitemap", "listing")
URL_OPTIONS = ("feed_url", "api_root", "sitemap_url")


@dataclass
class Registry:
    """A validated registry file: rows ready for the ``save_*`` functions."""

    path: str
    kims: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    channels: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class LoadResult:
    """What loading a registry changed (or would change, in a dry run)."""

    changes: dict[str, dict[str, int]] = field(default_factory=dict)
    missing_ids: dict[str, list[str]] = field(default_factory=dict)  # active in the store, not in the file
    #: channels the file gives another owner: (URL, the owner in the store, the owner in the file,
    #: posts stored from it); their posts and amplifications go with them
    moved: list[tuple[str, str, str, int]] = field(default_factory=list)

    def move_warnings(self) -> list[str]:
        """One line per channel that changes owner: a copy-paste slip moves a KIM's history."""
        return [f"warning: channel {url} moves from {old} to {new}"
                + (f" with its {posts} stored post(s) and their amplifications" if posts else "")
                + f" (if {new} was not meant to own it, correct the file and load it again)"
                for url, old, new, posts in self.moved]

    def summary(self) -> str:
        parts = []
        for table in ("kims", "sources", "channels"):
            c = self.changes.get(table, {})
            text = f"{table} {c.get('new', 0)} new, {c.get('updated', 0)} updated, {c.get('unchanged', 0)} unchanged"
            if c.get("retired"):
                text += f", {c['retired']} retired"
            elif c.get("missing"):
                text += f", {c['missing']} not in the file (kept active; --prune retires them)"
            parts.append(text)
        return "; ".join(parts)


# --------------------------------------------------------------------------- reading

MAX_YAML_DEPTH = 40
"""Nesting a registry (or the daemon's config) may have; a registry needs 5 levels."""
MAX_YAML_ALIAS_EXPANSION = 10_000
"""Values YAML aliases (``*name``) may add when expanded: a few shared blocks fit, a "billion
laughs" file (aliases of aliases, expanding to billions of values) is refused before it is built."""


class YamlLimitError(yaml.YAMLError):
    """Raised while reading YAML that nests too deeply or whose aliases expand too far."""

    def __init__(self, problem: str, mark: Any = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


class BoundedYaml:
    """A mixin for PyYAML loaders: nesting limited to :data:`MAX_YAML_DEPTH`, and the values that
    aliases add when expanded to :data:`MAX_YAML_ALIAS_EXPANSION` (recursive aliases refused).

    PyYAML builds an alias as a shared reference, so the composed document stays small however
    far it would expand; the expansion is counted there, before anything is constructed.
    """

    max_depth = MAX_YAML_DEPTH
    max_alias_expansion = MAX_YAML_ALIAS_EXPANSION

    def compose_node(self, parent: Any, index: Any) -> Any:
        depth = getattr(self, "_bounded_depth", 0)
        if depth >= self.max_depth:
            mark = self.peek_event().start_mark  # type: ignore[attr-defined]
            raise YamlLimitError(f"nested deeper than {self.max_depth} levels", mark)
        self._bounded_depth = depth + 1
        try:
            return super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._bounded_depth = depth

    def get_single_node(self) -> Any:
        node = super().get_single_node()  # type: ignore[misc]
        if node is not None:
            _check_alias_expansion(node, self.max_alias_expansion)
        return node


def _check_alias_expansion(root: yaml.Node, limit: int) -> None:
    """Refuse a document whose expanded size exceeds its distinct nodes by more than ``limit``.

    Iterative (an alias chain may be long) and memoised (each node is sized once), so an alias
    bomb is refused in microseconds whatever it would expand to.
    """
    size: dict[int, int] = {}
    distinct = 0
    active: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in size:
            continue
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                children += [k, v]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        if not children_done:
            if key in active:
                raise YamlLimitError("an alias refers to a value that contains it (recursive alias)",
                                     node.start_mark)
            active.add(key)
            stack.append((node, True))
            for child in children:
                if id(child) in active:
                    raise YamlLimitError("an alias refers to a value that contains it (recursive alias)",
                                         child.start_mark)
                if id(child) not in size:
                    stack.append((child, False))
            continue
        active.discard(key)
        distinct += 1
        total = 1 + sum(size[id(child)] for child in children)
        size[key] = total
        if total - distinct > limit:
            raise YamlLimitError(
                f"aliases (*name) expand to more than {limit:,} extra values (an alias bomb?); "
                "write the entries out instead", node.start_mark)


class BoundedSafeLoader(BoundedYaml, yaml.SafeLoader):
    """:class:`yaml.SafeLoader` with bounded nesting and alias expansion."""


class BoundedBaseLoader(BoundedYaml, yaml.BaseLoader):
    """:class:`yaml.BaseLoader` (every scalar a string) with bounded nesting and alias expansion."""


def yaml_problem(error: yaml.YAMLError) -> tuple[str, str]:
    """(where, what) of a YAML error, for a one-line message."""
    mark = getattr(error, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
    reason = getattr(error, "problem", None) or str(error)
    if isinstance(error, yaml.reader.ReaderError):
        where = f"character {error.position + 1}"
        if isinstance(error.character, int):
            reason = (f"character {chr(error.character)!r} is not allowed in YAML (a NUL byte or a "
                      "control character: is this a text file?)")
        else:
            reason = f"cannot be read as text: {error.reason}"
    return where, reason


class _LineLoader(BoundedSafeLoader):
    """A YAML loader that remembers the line of every mapping (as ``__line__``) and collects
    duplicate keys (which plain YAML loading resolves silently, the last one winning)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[Problem] = []


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    first_line: dict[Any, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        key = loader.construct_object(key_node)
        line = key_node.start_mark.line + 1
        try:
            seen = key in first_line
        except TypeError:  # an unhashable key: the constructor below says so
            continue
        if seen:
            loader.duplicates.append(Problem(f"line {line}", str(key),
                                             f"duplicate key {key!r}, first given on line {first_line[key]}"))
        else:
            first_line[key] = line
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = first_line  # the line of each key, so a problem points at its key
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_registry_file(path: str | Path) -> Registry:
    """Read and validate a registry file (YAML, or CSV by its ``.csv`` suffix)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RegistryError(str(path), [Problem("file", None, f"cannot be read: {error.strerror}")]) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RegistryError(str(path), [Problem(f"byte {error.start}", None, "file is not UTF-8 text")],
                            "Save the file as UTF-8.") from error
    try:
        if path.suffix.lower() == ".csv":
            document, problems = _read_csv(text)
        else:
            document, problems = _read_yaml(text)
        if problems and document:  # duplicate keys: list the file's other problems with them
            try:
                validate_registry(document, str(path))
            except RegistryError as error:
                problems = problems + error.problems
        if problems:
            raise RegistryError(str(path), problems)
        return validate_registry(document, str(path))
    except RegistryError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, OverflowError, csv.Error) as error:
        # a last resort: whatever the checks above missed is still one paragraph, not a traceback
        log.debug("registry file %s could not be read", path, exc_info=True)
        raise RegistryError(str(path), [Problem("file", None, f"cannot be read: {_short(error)}")]) from None


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= 200 else text[:200] + "…"


def _read_yaml(text: str) -> tuple[dict[str, Any], list[Problem]]:
    try:
        loader = _LineLoader(text)  # the reader checks the characters here already
    except yaml.YAMLError as error:
        where, reason = yaml_problem(error)
        return {}, [Problem(where, None, f"broken YAML: {reason}")]
    try:
        document = loader.get_single_data()
    except YamlLimitError as error:
        where, reason = yaml_problem(error)
        return {}, [Problem(where, None, f"refused: {reason}")]
    except yaml.YAMLError as error:
        where, reason = yaml_problem(error)
        return {}, [Problem(where, None, f"broken YAML: {reason}")]
    except RecursionError:
        return {}, [Problem("file", None, f"refused: nested too deeply (at most {MAX_YAML_DEPTH} levels)")]
    finally:
        loader.dispose()
    if loader.duplicates:
        duplicates = sorted(loader.duplicates, key=lambda p: int(p.where.split()[1]))
        return (document if isinstance(document, dict) else {}), duplicates
    if document is None:
        return {}, [Problem("file", None, "is empty; expected `kims:` and/or `sources:` lists")]
    if not isinstance(document, dict):
        return {}, [Problem("file", None, "expected a mapping with `kims:` and `sources:` lists")]
    return document, []


def _read_csv(text: str) -> tuple[dict[str, Any], list[Problem]]:
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return {}, [Problem(f"line {line}", None, "holds a NUL byte: is this a CSV text file?")]
    try:
        return _read_csv_rows(text)
    except csv.Error as error:
        return {}, [Problem("file", None, f"broken CSV: {error} (a field longer than "
                                          f"{csv.field_size_limit():,} characters, or a stray quote?)")]


def _read_csv_rows(text: str) -> tuple[dict[str, Any], list[Problem]]:
    reader = csv.DictReader(text.splitlines(keepends=True), delimiter=csv_delimiter(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    problems = _csv_header_problems(header)
    if problems:
        return {}, problems
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    document: dict[str, Any] = {"kims": [], "sources": []}
    for row in reader:
        line = reader.line_num
        extra = [v for v in (row.get(None) or []) if (v or "").strip()]  # type: ignore[call-overload]
        # a row cut short: its channel columns (or more) missing would load the KIM without its
        # channel; only the last, optional `via` may be left off
        short = [k for k, v in row.items() if k is not None and v is None and (k or "").strip() != "via"]
        given = sum(1 for k, v in row.items() if k is not None and v is not None)
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        if not any(row.values()) and not extra:
            continue
        if extra:
            problems.append(Problem(f"line {line}", None, f"{len(header) + len(extra)} values for the header's "
                                                          f"{len(header)} columns (a separator inside a value? "
                                                          "quote it); nothing of this line was read"))
            continue
        if short:
            problems.append(Problem(f"line {line}", None, f"{given} values for the header's "
                                                          f"{len(header)} columns (a separator missing?); "
                                                          f"no value for {', '.join(short)}"))
            continue
        kind = row.get("kind", "").lower()
        if kind not in ("kim", "source"):
            problems.append(Problem(f"line {line}", "kind", f"must be 'kim' or 'source', got {row.get('kind')!r}"))
            continue
        key = (kind, row.get("id", ""))
        entry = entries.get(key)
        if kind == "source":
            for column in KIM_ONLY_KEYS:
                if row.get(column):
                    problems.append(_kim_only(f"line {line}", column, row[column]))
        if entry is None:
            entry = {"__line__": line, "id": row.get("id", ""), "name": row.get("name", ""),
                     "region": row.get("region", ""), "channels": []}
            for optional in KIM_ONLY_KEYS:
                if row.get(optional) and kind == "kim":
                    entry[optional] = row[optional]
            entries[key] = entry
            document["kims" if kind == "kim" else "sources"].append(entry)
        else:
            for column in ("name", "region", "district", "village"):
                if row.get(column) and entry.get(column) and row[column] != entry[column]:
                    problems.append(Problem(
                        f"line {line}", column,
                        f"{row[column]!r} differs from {entry[column]!r} given for {key[1]!r} on line {entry['__line__']}"))
        if row.get("channel_type") or row.get("channel_url"):
            channel: dict[str, Any] = {"__line__": line, "type": row.get("channel_type", ""),
                                       "url": row.get("channel_url", "")}
            if row.get("via"):
                channel["via"] = row["via"]
            entry["channels"].append(channel)
    return document, problems


_CSV_ALIASES = {"type": "channel_type", "url": "channel_url", "channel": "channel_type",
                "kabupaten": "region", "kecamatan": "district", "desa": "village", "kelurahan": "village"}


def _csv_header_problems(header: list[str]) -> list[Problem]:
    """Unknown, repeated or missing columns of a registry CSV header (a misnamed channel column
    would otherwise drop every channel without a word)."""
    problems: list[Problem] = []
    expected = ",".join(CSV_COLUMNS)
    for column in header:
        if column in CSV_COLUMNS:
            continue
        guess = _CSV_ALIASES.get(column.lower()) or next(iter(difflib.get_close_matches(
            column.lower(), CSV_COLUMNS, n=1, cutoff=0.6)), None)
        hint = f" (did you mean {guess!r}?)" if guess else ""
        problems.append(Problem("line 1", column or "(empty)",
                                f"unknown CSV column {column!r}{hint}; expected columns: {expected}"))
    for column in sorted({c for c in header if c in CSV_COLUMNS and header.count(c) > 1}):
        problems.append(Problem("line 1", column, f"column {column!r} appears {header.count(column)} times"))
    missing = [c for c in ("kind", "id", "name", "region") if c not in header]
    if missing:
        problems.append(Problem("line 1", None, f"CSV header lacks column(s) {', '.join(missing)}; "
                                                f"expected columns: {expected}"))
    return problems


def _kim_only(where: str, column: str, value: Any) -> Problem:
    return Problem(where, column, f"{column} applies to KIMs only, not to sources (got {value!r}); "
                                  "leave it empty for a source")


# --------------------------------------------------------------------------- validation

def validate_registry(document: dict[str, Any], path: str) -> Registry:
    """Check every entry of a parsed registry; raise :class:`RegistryError` listing all problems."""
    problems: list[Problem] = []
    registry = Registry(path)
    unknown = sorted(str(k) for k in document if k not in ("kims", "sources", "__line__", "__lines__"))
    if unknown:
        problems.append(Problem("file", None, f"unknown top-level key(s) {', '.join(map(repr, unknown))}; "
                                              "expected `kims` and `sources`"))
    seen_ids: dict[str, str] = {}
    seen_urls: dict[str, tuple[str, str]] = {}
    for section, kind in (("kims", "kim"), ("sources", "source")):
        entries = document.get(section) or []
        if not isinstance(entries, list):
            problems.append(Problem(section, None, "must be a list of entries"))
            continue
        for index, entry in enumerate(entries):
            where = f"{section}[{index}]"
            if isinstance(entry, dict) and "__line__" in entry:
                where = f"line {entry['__line__']}, {where}"
            if not isinstance(entry, dict):
                problems.append(Problem(where, None, "must be a mapping with id, name, region"))
                continue
            row = _validate_entry(entry, kind, where, problems, seen_ids, seen_urls, registry)
            if row is not None:
                (registry.kims if kind == "kim" else registry.sources).append(row)
    if problems:
        raise RegistryError(path, problems)
    return registry


def _text(entry: dict[str, Any], key: str, where: str = "", problems: list[Problem] | None = None) -> str:
    """The text of a field; a list, mapping, true/false or date is an error naming the field
    (it would otherwise be stored as "[]" or "{'a': 1}")."""
    value = entry.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        bad = bad_character(value)
        if bad is None:
            return value.strip()
        if problems is not None:
            problems.append(Problem(where, key, f"holds {bad}; retype the value"))
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if problems is not None:
        problems.append(Problem(where, key, f"must be text, got {_kind_of(value)} {_shown(value)}"
                                            + ("; quote it" if isinstance(value, bool | dt.date) else "")))
    return ""


_BAD_CHARACTER = re.compile(r"[\x00\ud800-\udfff]")


def bad_character(text: str) -> str | None:
    """What is wrong with a text that no database or page can hold (a NUL, a lone surrogate)."""
    match = _BAD_CHARACTER.search(text)
    if match is None:
        return None
    char = match.group(0)
    what = "a NUL character" if char == "\x00" else f"a lone surrogate \\u{ord(char):04x} (not a character)"
    return f"{what} at position {match.start() + 1}"


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dt.date):
        return "a date"
    return type(value).__name__


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):  # YAML reads 2024-01-01 as a date: show it as written
        return value.isoformat()
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k not in ("__line__", "__lines__")}
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _credentials_problem(where: str, key: str, url: str) -> Problem | None:
    """A URL with ``user:password@``: refused, shown with the password masked."""
    try:
        parts = urlsplit(url)
        if "@" not in parts.netloc:
            return None
        user, _, password = parts.netloc.rpartition("@")[0].partition(":")
        host = parts.netloc.rpartition("@")[2]
    except ValueError:
        return None
    masked = urlunsplit((parts.scheme, f"{user}:***@{host}" if password else f"{user}@{host}",
                         parts.path, parts.query, parts.fragment))
    bare = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return Problem(where, key, f"{masked!r} carries credentials (user:password@ before the host); kimwatch "
                               f"reads public channels only and would publish them: remove them, as in "
                               f"{bare!r}")


def _validate_entry(entry: dict[str, Any], kind: str, where: str, problems: list[Problem],
                    seen_ids: dict[str, str], seen_urls: dict[str, tuple[str, str]],
                    registry: Registry) -> dict[str, Any] | None:
    before = len(problems)
    entry_id = _text(entry, "id", where, problems)
    if entry_id:
        where = f"{where} (id {entry_id!r})"
    extra = sorted(str(k) for k in entry if k not in ENTRY_KEYS and k not in ("__line__", "__lines__"))
    if extra:
        problems.append(Problem(where, extra[0], f"unknown field(s) {', '.join(map(repr, extra))}; "
                                                 f"known: {', '.join(sorted(ENTRY_KEYS))}"))
    if kind == "source":
        for key in KIM_ONLY_KEYS:
            if entry.get(key) not in (None, ""):
                problems.append(_kim_only(where, key, entry[key]))
    if not entry_id:
        problems.append(Problem(where, "id", "is required"))
    elif not SLUG.match(entry_id):
        problems.append(Problem(where, "id", f"{entry_id!r} is not a lowercase slug (letters, digits, '-')"))
    elif len(entry_id) > 200:
        problems.append(Problem(where, "id", f"is {len(entry_id):,} characters long; at most 200"))
    elif entry_id in seen_ids:
        problems.append(Problem(where, "id", f"duplicate id {entry_id!r}, first given at {seen_ids[entry_id]}"))
    else:
        seen_ids[entry_id] = where
    typed = len(problems)
    name = _text(entry, "name", where, problems)
    region_text = _text(entry, "region", where, problems)
    district = _text(entry, "district", where, problems) if kind == "kim" else ""
    village = _text(entry, "village", where, problems) if kind == "kim" else ""
    wrong_type = {p.field for p in problems[typed:]}
    if not name and "name" not in wrong_type:
        problems.append(Problem(where, "name", "is required"))
    region = canonical_region(region_text) if len(region_text) <= 200 else None
    if "region" in wrong_type:
        pass
    elif not region_text:
        problems.append(Problem(where, "region", "is required"))
    elif region is None:
        hint = did_you_mean(region_text) if len(region_text) <= 200 else ""
        problems.append(Problem(where, "region", f"unknown region {_shown(region_text)}{hint}; known: "
                                                 + ", ".join(known_regions())))
    channels = entry.get("channels") or []
    if not isinstance(channels, list):
        problems.append(Problem(where, "channels", "must be a list"))
        channels = []
    _at_key_lines(problems[before:], entry)
    rows = []
    for c_index, channel in enumerate(channels):
        c_where = f"{where}.channels[{c_index}]"
        if isinstance(channel, dict) and "__line__" in channel:
            c_where = f"line {channel['__line__']}, {c_where.split(', ', 1)[-1]}"
        row = _validate_channel(channel, kind, entry_id, c_where, problems, seen_urls)
        if row:
            rows.append(row)
    if len(problems) > before:
        return None
    registry.channels.extend(rows)
    row = {"id": entry_id, "name": name, "region": region}
    if kind == "kim":
        row["district"] = district or None
        row["village"] = village or None
    return row


def _validate_channel(channel: Any, kind: str, owner_id: str, where: str, problems: list[Problem],
                      seen_urls: dict[str, tuple[str, str]]) -> dict[str, Any] | None:
    if not isinstance(channel, dict):
        problems.append(Problem(where, None, "must be a mapping with type and url"))
        return None
    before = len(problems)
    channel_type = _text(channel, "type", where, problems).lower()
    url = _safe_url(_text(channel, "url", where, problems))
    via = _safe_url(_text(channel, "via", where, problems)) or None
    wrong_type = {p.field for p in problems[before:]}
    if channel_type not in store.CHANNEL_TYPES and "type" not in wrong_type:
        problems.append(Problem(where, "type", f"unknown channel type {_shown(channel.get('type'))}; known: "
                                               + ", ".join(store.CHANNEL_TYPES)))
    credentials = _credentials_problem(where, "url", url) if url else None
    if "url" in wrong_type:
        pass
    elif not url:
        problems.append(Problem(where, "url", "is required"))
    elif not is_http_url(url):
        problems.append(Problem(where, "url", f"{_shown(url)} {http_url_problem(url)}"))
    elif (hidden := next((i for i, c in enumerate(url) if c in _INVISIBLE), None)) is not None:
        problems.append(Problem(where, "url", f"{_shown(url)} holds an invisible character (U+{ord(url[hidden]):04X}) "
                                              f"at position {hidden + 1}; retype the URL"))
    elif credentials is not None:
        problems.append(credentials)
    elif len(url) > 2000:
        problems.append(Problem(where, "url", f"is {len(url):,} characters long; at most 2,000"))
    else:
        # The same channel written differently (trailing slash, scheme or host case, www.) is
        # still one channel: compare canonical forms.
        same = canonical_url(url) or url
        if same in seen_urls:
            first_url, first_where = seen_urls[same]
            shown = f"{url!r}" if first_url == url else f"{url!r} (the same as {first_url!r})"
            problems.append(Problem(where, "url", f"duplicate channel URL {shown}, first given at {first_where}"))
        else:
            seen_urls[same] = (url, where)
    if via is not None and not is_http_url(via):
        problems.append(Problem(where, "via", f"{_shown(via)} {http_url_problem(via)}"))
    elif via is not None and (via_credentials := _credentials_problem(where, "via", via)) is not None:
        problems.append(via_credentials)
    elif via is not None and len(via) > 2000:
        problems.append(Problem(where, "via", f"is {len(via):,} characters long; at most 2,000"))
    if channel_type in store.CHANNEL_TYPES and url and is_http_url(url):
        mismatch = channel_type_mismatch(channel_type, url)
        if mismatch:
            problems.append(Problem(where, "type", mismatch))
    options: dict[str, Any] = {}
    for key, value in channel.items():
        if key in CHANNEL_KEYS or key in ("__line__", "__lines__"):
            continue
        expected = CHANNEL_OPTIONS.get(key)
        if expected is None:
            problems.append(Problem(where, key, f"unknown channel field {key!r}; known: "
                                                + ", ".join(sorted(CHANNEL_KEYS | set(CHANNEL_OPTIONS)))))
        elif expected is bool and not isinstance(value, bool):
            problems.append(Problem(where, key, f"must be true or false, got {_kind_of(value)} {_shown(value)} "
                                                "(tls_verify: false reads a site whose certificate is broken)"))
        elif key == "tls_verify" and value is True:
            pass  # the default: nothing stored
        elif expected is int and (not isinstance(value, int) or isinstance(value, bool) or value < 1
                                  or value > 1_000_000):
            problems.append(Problem(where, key, f"must be a whole number from 1 to 1,000,000, got {_shown(value)}"))
        elif expected is str and not isinstance(value, str):
            problems.append(Problem(where, key, f"must be text, got {_kind_of(value)} {_shown(value)}"))
        elif expected is str and (bad := bad_character(value)) is not None:
            problems.append(Problem(where, key, f"holds {bad}; retype the value"))
        elif key == "timezone" and parse_zone(value) is None:
            problems.append(Problem(where, key, f"unknown time zone {_shown(value)}; give WIB, WITA or WIT, an offset "
                                                "such as +09:00, or a zone name such as Asia/Tokyo"))
        elif key == "method" and value not in WEBSITE_METHODS:
            problems.append(Problem(where, key, f"unknown method {_shown(value)}; known: {', '.join(WEBSITE_METHODS)}"))
        elif key in URL_OPTIONS and not is_http_url(value):
            problems.append(Problem(where, key, f"{_shown(value)} is not an http(s) URL"))
        elif key in URL_OPTIONS and (option_credentials := _credentials_problem(where, key, value)) is not None:
            problems.append(option_credentials)
        else:
            options[key] = value
    _at_key_lines(problems[before:], channel)
    if len(problems) > before:
        return None
    return {
        "owner_kind": kind, "owner_id": owner_id, "type": channel_type, "url": url, "via": via,
        "crawlable": channel_type in store.CRAWLABLE_TYPES or via is not None,
        "options": options or None,
    }


def _at_key_lines(problems: list[Problem], mapping: dict[str, Any]) -> None:
    """Point each problem of a field at the line of its key, not of the entry (YAML only)."""
    lines = mapping.get("__lines__") or {}
    for problem in problems:
        line = lines.get(problem.field) if problem.field else None
        if line and problem.where.startswith("line "):
            problem.where = re.sub(r"^line \d+", f"line {line}", problem.where)


# Hosts of the platforms a channel type names; a URL on one of them must have that type.
_PLATFORM_HOSTS = {
    "t.me": "telegram", "telegram.me": "telegram", "youtube.com": "youtube", "youtu.be": "youtube",
    "facebook.com": "facebook", "fb.com": "facebook", "instagram.com": "instagram", "tiktok.com": "tiktok",
    "x.com": "x", "twitter.com": "x", "wa.me": "whatsapp", "whatsapp.com": "whatsapp",
}


def channel_type_mismatch(channel_type: str, url: str) -> str | None:
    """Why ``type`` does not fit ``url`` (a Telegram address given as ``youtube``), or None.

    Only the known platform hosts are checked: any other host (a blog, a kim.id site, a bridge,
    a test server) may carry any type. A YouTube ``feeds/videos.xml`` may also be read as ``feed``.
    """
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    platform = next((p for h, p in _PLATFORM_HOSTS.items() if host == h or host.endswith("." + h)), None)
    if platform is None or platform == channel_type or (channel_type == "feed" and platform == "youtube"):
        return None
    return f"type {channel_type!r} does not fit {url!r}, a {platform} address; write `type: {platform}`"


#: characters that do not show (zero-width spaces and joiners, word joiner, BOM): pasted from a
#: chat or a word processor at a URL's ends, they made a URL that looked right and failed
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _safe_url(url: str) -> str:
    """A pasted URL with spaces, encoded as a browser would send it
    ("…/umpan berita/rss 2026.xml" → "…/umpan%20berita/rss%202026.xml"); invisible characters
    at its ends dropped."""
    if url:
        url = url.strip(_INVISIBLE + " \u00a0")
    if not url or " " not in url or not re.match(r"^https?://", url, re.IGNORECASE):
        return url
    return url.replace(" ", "%20")  # the only change: host names (IDN) and the rest stay as written


# --------------------------------------------------------------------------- loading

def load_registry(db: sqlite_utils.Database, registry: Registry, *, prune: bool = False,
                  dry_run: bool = False) -> LoadResult:
    """Store a validated registry: one transaction, update in place, retire with ``prune``."""
    result = LoadResult()
    known = list(db.query("SELECT id, url, type, owner_kind, owner_id FROM channels"))
    owners = {row["id"]: (row["owner_kind"], row["owner_id"]) for row in known}
    existing_by_url = {row["url"]: row["id"] for row in known}
    existing_by_form = {(row["type"], canonical_url(row["url"]) or row["url"]): row["id"] for row in known}
    for channel in registry.channels:
        # A URL already known keeps its channel id (and its posts), even if it moved owner; so
        # does one written in another form (a trailing slash, http, www.), whose URL is updated:
        # a new channel row would crawl the same posts twice and count them twice.
        channel["id"] = (existing_by_url.get(channel["url"])
                         or existing_by_form.get((channel["type"], canonical_url(channel["url"]) or channel["url"]))
                         or store.channel_id(channel["owner_id"], channel["type"], channel["url"]))
        before = owners.get(channel["id"])
        if before is not None and before != (channel["owner_kind"], channel["owner_id"]):
            posts = db.execute("SELECT count(*) FROM posts WHERE channel_id = ?", [channel["id"]]).fetchone()[0]
            result.moved.append((channel["url"], before[1], channel["owner_id"], posts))
    plans = [
        ("kims", registry.kims, ("name", "region", "district", "village", "status")),
        ("sources", registry.sources, ("name", "region", "status")),
        ("channels", registry.channels, ("owner_kind", "owner_id", "type", "via", "crawlable", "status", "options")),
    ]
    for table, rows, compared in plans:
        result.changes[table] = _diff(db, table, rows, compared)
    missing = {
        "kims": _missing(db, "kims", {r["id"] for r in registry.kims}),
        "sources": _missing(db, "sources", {r["id"] for r in registry.sources}),
        "channels": _missing(db, "channels", {r["id"] for r in registry.channels}),
    }
    result.missing_ids = missing
    retire: dict[str, list[str]] = missing if prune else {}
    for table, ids in missing.items():
        result.changes[table]["retired" if prune else "missing"] = len(ids)
    if dry_run:
        return result
    with store.transaction(db):
        store.save_kims(db, registry.kims)
        store.save_sources(db, registry.sources)
        store.save_channels(db, registry.channels)
        now = store.utc_now()
        for table, ids in retire.items():
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                # retired_at: reports for windows that ended before it still count it
                db.execute(f"UPDATE {table} SET status = 'retired', updated_at = ?, retired_at = ? "
                           f"WHERE id IN ({','.join('?' * len(chunk))})", [now, now, *chunk])
        for table in store.RETIRED_TABLES:  # back in the file: registered again
            db.execute(f"UPDATE {table} SET retired_at = NULL WHERE status = 'active' AND retired_at IS NOT NULL")  # noqa: S608
    return result


def _normalised(table: str, row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row.setdefault("status", "active")
    if table == "channels":
        row["crawlable"] = int(bool(row.get("crawlable")))
        options = row.get("options")
        row["options"] = json.dumps(options, sort_keys=True, ensure_ascii=False) if isinstance(options, dict) else options
    return row


def _diff(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]],
          compared: tuple[str, ...]) -> dict[str, int]:
    existing = {r["id"]: r for r in db.query(f"SELECT * FROM {table}")}
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    for row in rows:
        old = existing.get(row["id"])
        if old is None:
            counts["new"] += 1
            continue
        new = _normalised(table, row)
        if table == "channels" and old.get("url") != new.get("url"):
            counts["updated"] += 1
        elif any((old.get(c) or None) != (new.get(c) or None) for c in compared):
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    return counts


def _missing(db: sqlite_utils.Database, table: str, present: set[str]) -> list[str]:
    return [r["id"] for r in db.query(f"SELECT id FROM {table} WHERE status = 'active'") if r["id"] not in present]


# --------------------------------------------------------------------------- showing

HEALTH_COLUMNS = ("id", "type", "url", "via", "crawlable", "status", "last_crawled_at", "last_success_at",
                  "last_status", "last_error", "consecutive_failures", "next_crawl_after")


def registry_entries(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """KIMs and sources with their channels and channel health, for ``registry show``."""
    channels: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in db.query(f"SELECT owner_kind, owner_id, {', '.join(HEALTH_COLUMNS)} FROM channels ORDER BY id"):
        key = (row.pop("owner_kind"), row.pop("owner_id"))
        row["crawlable"] = bool(row["crawlable"])
        channels.setdefault(key, []).append(row)
    entries: list[dict[str, Any]] = []
    for row in db.query("SELECT * FROM kims ORDER BY region, id"):
        entries.append({"kind": "kim", "id": row["id"], "name": row["name"], "region": row["region"],
                        "district": row["district"], "village": row["village"], "status": row["status"],
                        "channels": channels.get(("kim", row["id"]), [])})
    for row in db.query("SELECT * FROM sources ORDER BY region, id"):
        entries.append({"kind": "source", "id": row["id"], "name": row["name"], "region": row["region"],
                        "status": row["status"], "channels": channels.get(("source", row["id"]), [])})
    return entries


def channel_health(channel: dict[str, Any]) -> str:
    """A channel's health in a few words: ok (with its note, if any), failing, never crawled,
    not crawlable, retired."""
    if channel.get("status") == "retired":
        return "retired"
    if not channel.get("crawlable"):
        return "not crawlable"
    if channel.get("last_status") == "host-paused" and not channel.get("consecutive_failures"):
        # never asked: its host was paused after another channel's 429 (no failure of this one)
        read = f"last read {channel['last_crawled_at']}" if channel.get("last_crawled_at") else "never read yet"
        return f"not reached in the last crawl ({read}): {channel.get('last_error') or 'its host was paused'}"
    if not channel.get("last_crawled_at"):
        return "never crawled"
    if channel.get("last_status") == "parked":  # crawler.harvest.parked: the site is gone, not silent
        later = f" (backed off until {channel['next_crawl_after']})" if channel.get("next_crawl_after") else ""
        return f"parked domain{later}: {channel.get('last_error') or 'a domain-parking page'}"
    if channel.get("consecutive_failures"):
        later = f" (backed off until {channel['next_crawl_after']})" if channel.get("next_crawl_after") else ""
        return (f"failing x{channel['consecutive_failures']}{later}: "
                f"{channel.get('last_error') or channel.get('last_status')}")
    if last_fetch_failed(channel):
        never = "never read" if not channel.get("last_success_at") else f"last ok {channel['last_success_at']}"
        if channel.get("last_status") in ("429", "rate-limited"):  # the server asked to be asked later
            when = f"until {channel['next_crawl_after']}" if channel.get("next_crawl_after") else "to the next run"
            return (f"rate-limited ({never}; not counted towards back-off: the server asked to wait, "
                    f"{when}): {channel.get('last_error') or channel.get('last_status')}")
        return (f"failing ({never}; not counted towards back-off: no host could be reached in that run): "
                f"{channel.get('last_error') or channel.get('last_status')}")
    note = channel.get("last_error")  # a healthy fetch's note: pages not stored and why, caps, ...
    return f"ok: {note}" if note else "ok"


def registration(status: str | None) -> str:
    """The store's ``status`` in plain words: ``active`` only means *registered*, not that the KIM
    spreads anything (that is the report's active/inactive), so displays say so."""
    return "retired" if status == "retired" else "registered"


def format_table(entries: list[dict[str, Any]]) -> str:
    """A plain-text table: one line per channel, owner columns shown once."""
    header = ("KIND", "ID", "REGION", "REGISTRATION", "CHANNEL", "URL", "HEALTH")
    lines: list[tuple[str, ...]] = []
    for entry in entries:
        owner = (entry["kind"], entry["id"], entry["region"], registration(entry["status"]))
        if not entry["channels"]:
            lines.append((*owner, "-", "(no channel: unmeasured)", ""))
        for index, channel in enumerate(entry["channels"]):
            shown = owner if index == 0 else ("", "", "", "")
            lines.append((*shown, channel["type"], channel["url"], channel_health(channel)))
    if not lines:
        return "registry is empty: load one with `kimwatch registry load FILE`"
    widths = [max(len(str(r[i])) for r in [header, *lines]) for i in range(len(header) - 1)]
    out = []
    for row in [header, *lines]:
        out.append("  ".join(str(v).ljust(w) for v, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1])
    return "\n".join(line.rstrip() for line in out)


def last_fetch_failed(channel: Mapping[str, Any]) -> bool:
    """Whether the channel's latest fetch failed: counted failures, or a failure not counted
    towards back-off (a run that reached no host at all: the network or proxy was down): its
    last status is no HTTP success and it was read last before that (a success writes
    ``last_success_at`` equal to ``last_crawled_at``)."""
    if channel.get("consecutive_failures"):
        return True
    crawled = str(channel.get("last_crawled_at") or "")
    return (bool(crawled) and str(channel.get("last_success_at") or "") < crawled
            and not SUCCESS_STATUS.match(str(channel.get("last_status") or "")))


#: A fetch's ``last_status`` when it succeeded: an HTTP 2xx or 304 (not modified).
SUCCESS_STATUS = re.compile(r"^(?:2\d\d|304)$")
#: :func:`last_fetch_failed` as an SQL condition on a ``channels`` row.
LAST_FETCH_FAILED_SQL = ("(consecutive_failures > 0 OR (coalesce(last_success_at, '') < coalesce(last_crawled_at, '') "
                         "AND NOT (coalesce(last_status, '') GLOB '2[0-9][0-9]' OR coalesce(last_status, '') = '304')))")


def is_failing(channel: dict[str, Any]) -> bool:
    """Whether a (not retired) channel failed its last fetch(es)."""
    return channel.get("status") != "retired" and last_fetch_failed(channel)


def select_entries(entries: list[dict[str, Any]], *, kims: tuple[str, ...] = (), region: str | None = None,
                   failing: bool = False) -> list[dict[str, Any]]:
    """``registry show`` filters: these KIM ids only, one region (aliases accepted), only the
    entries with a failing channel (and only those channels). Unknown ids or regions are errors."""
    selected = entries
    if kims:
        known = {e["id"] for e in entries if e["kind"] == "kim"}
        unknown = [k for k in kims if k not in known]
        if unknown:
            close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise SelectionError(f"--kim: unknown KIM id(s) {', '.join(map(repr, unknown))}{hint}; "
                                 "`kimwatch registry show` lists them")
        selected = [e for e in selected if e["kind"] == "kim" and e["id"] in kims]
    if region:
        canonical = canonical_region(region)
        if canonical is None:
            raise SelectionError(f"--region: unknown region {region!r}{did_you_mean(region)}; known: " + ", ".join(known_regions()))
        selected = [e for e in selected if e["region"] == canonical]
    if failing:
        selected = [{**e, "channels": [c for c in e["channels"] if is_failing(c)]} for e in selected]
        selected = [e for e in selected if e["channels"]]
    return selected


REGISTRY_CSV_COLUMNS = ("kind", "id", "name", "region", "district", "village", "registration", "channel_type",
                        "channel_url", "via", "crawlable", "health", "last_crawled_at", "last_success_at",
                        "last_status", "consecutive_failures")


def format_csv(entries: list[dict[str, Any]]) -> str:
    """One CSV row per channel (an entry without channels gets one row with empty channel columns).

    Every cell goes through :func:`crawler.spreadsheets.csv_cell`, as in the report: a name or URL
    starting with ``=``, ``+``, ``-``, ``@`` (``=HYPERLINK(…)``) is written as text, never run."""
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")

    def write(cells: list[Any]) -> None:
        writer.writerow([csv_cell(cell) for cell in cells])

    write(list(REGISTRY_CSV_COLUMNS))
    for entry in entries:
        owner = [entry["kind"], entry["id"], entry["name"], entry["region"], entry.get("district") or "",
                 entry.get("village") or "", registration(entry["status"])]
        for channel in entry["channels"] or [None]:
            if channel is None:
                write([*owner, *[""] * (len(REGISTRY_CSV_COLUMNS) - len(owner))])
                continue
            write([*owner, channel["type"], channel["url"], channel.get("via") or "",
                   int(bool(channel.get("crawlable"))), channel_health(channel),
                   channel.get("last_crawled_at") or "", channel.get("last_success_at") or "",
                   channel.get("last_status") or "", channel.get("consecutive_failures") or 0])
    return out.getvalue()
