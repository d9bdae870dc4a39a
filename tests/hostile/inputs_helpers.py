"""Shared pieces of the hostile input tests: valid files to mutate, an alias bomb, a store digest."""

from __future__ import annotations

import hashlib
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
