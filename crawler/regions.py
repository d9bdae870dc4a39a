"""Canonical region (kabupaten/kota) names, read from the bundled data files.

Each file in ``crawler/data/regions/`` describes one province; adding a province is adding a
file. Input is matched loosely (case, punctuation, spaces, a "Kabupaten"/"Kota" prefix), so
"HSS", "Kab. Hulu Sungai Selatan" and "hulu sungai selatan" all give one canonical name.
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from importlib import resources

import yaml

_PREFIX = re.compile(r"^(kabupaten|kab|kota|kotamadya|provinsi|prov)(?=[a-z])")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@cache
def region_table() -> dict[str, str]:
    """Map of loose keys to canonical region names, over every bundled province file."""
    table: dict[str, str] = {}
    folder = resources.files("crawler") / "data" / "regions"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith((".yaml", ".yml")):
            continue
        doc = yaml.safe_load(entry.read_text(encoding="utf-8"))
        for region in doc["regions"]:
            name = region["name"]
            for alias in [name, *region.get("aliases", [])]:
                table.setdefault(_key(alias), name)
    return table


def canonical_region(text: str | None) -> str | None:
    """The canonical name for ``text``, or None when it names no known region."""
    if not text or not text.strip():
        return None
    table = region_table()
    key = _key(text)
    if key in table:
        return table[key]
    stripped = _PREFIX.sub("", key)
    return table.get(stripped)


def known_regions() -> list[str]:
    """Every canonical region name, sorted."""
    return sorted(set(region_table().values()))


_LEVELS = (("kabupaten", ("kabupaten", "kab")), ("kota", ("kotamadya", "kota")), ("provinsi", ("provinsi", "prov")))


def _level(key: str) -> str | None:
    """The level a loose key names by its prefix (kabupaten, kota, provinsi), or None."""
    for level, prefixes in _LEVELS:
        if any(key.startswith(prefix) and len(key) > len(prefix) for prefix in prefixes):
            return level
    return None


def close_regions(text: str | None, n: int = 3) -> list[str]:
    """Canonical names close to an unknown ``text`` ("Kab Banjarr" → Kabupaten Banjar), of the level
    it names when it names one (a "Kota …" is not offered a kabupaten), best first."""
    if not text or not text.strip():
        return []
    key = _key(text)
    level = _level(key)
    stripped = _PREFIX.sub("", key)
    options: dict[str, str] = {}  # stripped key of a name or alias -> canonical name
    for alias, name in region_table().items():
        if level is None or _level(_key(name)) == level:
            options.setdefault(_PREFIX.sub("", alias), name)
    found: list[str] = []
    for close in difflib.get_close_matches(stripped, list(options), n=n * 3, cutoff=0.75):
        if options[close] not in found:
            found.append(options[close])
    return found[:n]


def did_you_mean(text: str) -> str:
    """`` (did you mean 'Kabupaten Banjar'?)`` for an unknown region (:func:`close_regions`), or ``""``."""
    close = close_regions(text)
    return f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
