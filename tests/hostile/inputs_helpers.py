"""Shared pieces of the hostile input tests: valid files to mutate, an alias bomb, a store digest."""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
from pathlib import Path

VALID_REGISTRY = """kims:
  - id: kim-alalak
    name: KIM Alalak
    region: Kota Banjarmasin
    district: Banjarmasin Utara
    village: Alalak Utara
    channels:
      - type: feed
        url: https://kimalalak.blogspot.com/feeds/posts/default
      - type: telegram
        url: https://t.me/s/kimalalak
  - id: kim-handil
    name: KIM Handil
    region: Kabupaten Banjar
    channels:
      - type: website
        url: https://handil.kim.id/
        section: /berita
        max_pages: 3
      - type: instagram
        url: https://instagram.com/kimhandil
        via: https://rsshub.example.org/instagram/user/kimhandil
sources:
  - id: diskominfo-kalsel
    name: Diskominfo Provinsi Kalimantan Selatan
    region: Provinsi Kalimantan Selatan
    channels:
      - type: website
        url: https://diskominfomc.kalselprov.go.id/
"""

VALID_REGISTRY_CSV = """kind,id,name,region,district,village,channel_type,channel_url,via
kim,kim-alalak,KIM Alalak,Kota Banjarmasin,Banjarmasin Utara,Alalak Utara,feed,https://kimalalak.blogspot.com/feeds/posts/default,
kim,kim-alalak,KIM Alalak,Kota Banjarmasin,,,telegram,https://t.me/s/kimalalak,
kim,kim-handil,KIM Handil,Kabupaten Banjar,,,instagram,https://instagram.com/kimhandil,https://rsshub.example.org/instagram/user/kimhandil
source,diskominfo-kalsel,Diskominfo Provinsi Kalimantan Selatan,Provinsi Kalimantan Selatan,,,website,https://diskominfomc.kalselprov.go.id/,
"""

VALID_POSTS_JSONL = """{"id": "kim-alalak-1", "kim": "kim-alalak", "url": "https://kimalalak.blogspot.com/2024/10/vaksin.html", "title": "Vaksinasi gratis", "text": "Warga Alalak diajak ikut vaksinasi gratis di Puskesmas.", "published_at": "2024-10-10T12:00:00+08:00", "links": ["https://diskominfomc.kalselprov.go.id/vaksin"]}
{"id": "kim-handil-1", "kim": "kim-handil", "platform": "instagram", "url": "https://instagram.com/p/abc", "text": "Lomba kebersihan kampung Handil", "published_at": "2024-10-12 09:00"}
"""

VALID_POSTS_CSV = """id,kim,platform,url,title,text,published_at,links
kim-alalak-2,kim-alalak,website,https://kimalalak.blogspot.com/2024/10/pasar.html,Pasar murah,Pasar murah digelar Sabtu.,2024-10-20T10:00:00+08:00,https://diskominfomc.kalselprov.go.id/pasar
kim-handil-2,kim-handil,,https://t.me/kimhandil/5,,Vaksinasi gratis untuk warga Handil,2024-10-10T18:00:00+08:00,
"""

VALID_ANNOUNCEMENTS_JSONL = """{"id": "ann-vaksin", "source": "diskominfo-kalsel", "url": "https://diskominfomc.kalselprov.go.id/vaksin", "title": "Vaksinasi gratis di Puskesmas", "text": "Dinas Kesehatan membuka vaksinasi gratis bagi warga.", "published_at": "2024-10-10T10:00:00+08:00"}
"""

VALID_ANNOUNCEMENTS_CSV = """id,source,url,title,text,published_at
ann-pasar,diskominfo-kalsel,https://diskominfomc.kalselprov.go.id/pasar,Pasar murah,Pasar murah digelar Sabtu di Basirih.,2024-10-19T08:00:00+08:00
"""

#: "Billion laughs": 9 levels of 9 aliases, 9^9 (387 million) values if expanded.
ALIAS_BOMB = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join(f"*{chr(97 + i)}" for _ in range(9)) + "]\n"
    for i in range(8)) + "kims: [*i]\n"


def store_digest(path: Path) -> str:
    """A hash of every row of every table of a SQLite file (to prove a command changed nothing)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(row) for row in conn.execute(f"SELECT * FROM [{table}]")):
                digest.update(row.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    finally:
        conn.close()


# --------------------------------------------------------------------------- malformed files

#: (command words, file name, valid text) of every kind of input file the fuzzing mutates.
SEEDS: list[tuple[tuple[str, ...], str, str]] = [
    (("registry", "load"), "registry.yaml", VALID_REGISTRY),
    (("registry", "load"), "registry.csv", VALID_REGISTRY_CSV),
    (("import", "posts"), "posts.jsonl", VALID_POSTS_JSONL),
    (("import", "posts"), "posts.csv", VALID_POSTS_CSV),
    (("import", "posts"), "posts.json", "[" + ",".join(VALID_POSTS_JSONL.strip().splitlines()) + "]\n"),
    (("import", "announcements"), "announcements.jsonl", VALID_ANNOUNCEMENTS_JSONL),
    (("import", "announcements"), "announcements.csv", VALID_ANNOUNCEMENTS_CSV),
]

_HOSTILE_VALUES = [
    "[]", "{a: 1}", "{}", "true", "null", "~", "1e308", "-1", "123", "-2024-01-01", "9999-12-31", "2031-01-01",
    "1969-12-31", "NaN", "Infinity", "9" * 4300, "9" * 5000, "\"\\ud800\"", "\"\\u0000\"", "\"\\x00\"",
    "https://user:pass@evil.example/", "*alias", "&anchor x", "!!python/object/apply:os.system ['id']",
    "!!binary aGVsbG8=", "\"" + "\\t" * 50 + "\"", "'unterminated", "\"unterminated", "=HYPERLINK(\"x\")",
    "http://[::1", "https://a.example:99999/", "\u202etxt.exe", "😀" * 20, "0x7f000001",
]


def _huge(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return "x" * rng.choice([131_073, 140_000])
    if kind == 1:
        return "9" * rng.choice([4_301, 10_000])
    if kind == 2:
        return "[" * rng.choice([200, 5_000, 50_000]) + "]" * rng.choice([0, 200, 50_000])
    return "{\"a\": " * 2_000 + "1" + "}" * 2_000


def _replace_value(text: str, rng: random.Random, new: str) -> str:
    """Put ``new`` where a value of ``text`` is (after a ``: `` or ``,`` or ``"key": ``)."""
    spots = [m.end() for m in re.finditer(r": |,|\": ", text)]
    if not spots:
        return text + new
    start = rng.choice(spots)
    end = start
    while end < len(text) and text[end] not in ",\n}":
        end += 1
    return text[:start] + new + text[end:]


def mutate(text: str, rng: random.Random) -> bytes:
    """One malformed variant of a valid file: truncated, bytes flipped, a huge value, a wrong
    type, another encoding, deep nesting, NUL bytes, an alias bomb, lines shuffled …"""
    data = text.encode("utf-8")
    how = rng.randrange(14)
    if how == 0:  # truncation
        return data[: rng.randrange(len(data))]
    if how == 1:  # byte flips
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if how == 2:  # a huge value
        return _replace_value(text, rng, _huge(rng)).encode("utf-8")
    if how == 3:  # a wrong type or hostile scalar
        return _replace_value(text, rng, rng.choice(_HOSTILE_VALUES)).encode("utf-8", "surrogatepass")
    if how == 4:  # other encodings
        encoding = rng.choice(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"])
        return (text + "Désa Sungai Jingah — ü\n").encode(encoding, "replace")
    if how == 5:  # invalid UTF-8, a lone surrogate written as bytes, a BOM in the middle
        piece = rng.choice([b"\xff\xfe", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xc3", b"\x80\x80"])
        at = rng.randrange(len(data))
        return data[:at] + piece + data[at:]
    if how == 6:  # NUL and control characters
        at = rng.randrange(len(data))
        return data[:at] + rng.choice([b"\x00", b"\x00" * 50, b"\x1b[31m", b"\x07", b"\r", b"\x0b\x0c"]) + data[at:]
    if how == 7:  # nesting
        depth = rng.choice([50, 1_000, 20_000])
        return _replace_value(text, rng, "[" * depth + "1" + "]" * depth).encode("utf-8")
    if how == 8:  # aliases (an alias bomb, a recursive alias)
        bomb = ALIAS_BOMB if rng.random() < 0.7 else "kims: &a [*a]\n"
        return (bomb + text if rng.random() < 0.5 else bomb).encode("utf-8")
    if how == 9:  # lines deleted, repeated, shuffled
        lines = text.splitlines(keepends=True)
        choice = rng.randrange(3)
        if choice == 0 and len(lines) > 1:
            del lines[rng.randrange(len(lines))]
        elif choice == 1:
            lines.insert(rng.randrange(len(lines)), rng.choice(lines) * rng.randint(1, 3))
        else:
            rng.shuffle(lines)
        return "".join(lines).encode("utf-8")
    if how == 10:  # quotes and separators
        at = rng.randrange(len(text))
        return (text[:at] + rng.choice(["\"", "'", ",", ",,,,", "\"\"\"", "\\", "{", "}", "[", ": :", "\t"])
                + text[at:]).encode("utf-8")
    if how == 11:  # hostile dates
        value = rng.choice(["1e308", "-1", "123", "-2024-01-01", "9999-12-31T23:59:59-12:00", "2031-01-01",
                            "0001-01-01", "1970-01-01T00:00:00Z", "99999-01-01", "2024-13-45", "1e-308"])
        replaced = re.sub(r"(published_at\": |,)(\"?)20\d\d-\d\d-\d\d[^\",\n]*(\"?)",
                          lambda m: m.group(1) + (f"\"{value}\"" if m.group(2) and rng.random() < 0.5 else value),
                          text, count=1)
        return replaced.encode("utf-8")
    if how == 12:  # credentials and odd URLs
        replaced = re.sub(r"https://", rng.choice(["https://u:p@", "https://user@", "javascript:", "https://[::1",
                                                   "https://a.example:0/", "ftp://", "https://\u0000"]),
                          text, count=rng.randint(1, 3))
        return replaced.encode("utf-8", "surrogatepass")
    # mixed: two mutations at once
    return mutate(mutate(text, rng).decode("utf-8", "replace"), rng)


def malformed_files(count: int, seed: int) -> list[tuple[tuple[str, ...], str, bytes]]:
    """``count`` malformed files, deterministic for a seed, spread over every kind of input."""
    rng = random.Random(seed)
    files = []
    for index in range(count):
        command, name, text = SEEDS[index % len(SEEDS)]
        files.append((command, name, mutate(text, rng)))
    return files
