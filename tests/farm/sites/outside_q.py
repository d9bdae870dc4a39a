"""Channels outside tester "q" met (session 10): a KIM feed whose post texts hold control characters."""

from __future__ import annotations

from tests.farm import FarmRequest, FarmResponse, route, xml
from tests.farm.sites.bad_cases import item, rss


@route("/q/kendali/feed/")
def control_characters_in_texts(request: FarmRequest) -> FarmResponse:
    """Three posts: a clean one, one whose text starts with a screen-clearing escape and holds a
    NUL, one whose text holds a BEL after its first paragraph."""
    return xml(rss("KIM Kendali", "".join([
        item("q-bersih", "Kerja bakti", "<p>Kerja bakti warga RT 05.</p>", date="Fri, 04 Dec 2026 01:00:00 +0000"),
        item("q-esc", "Relawan posko", "Daftar relawan\x1b[2J posko banjir\x00 di balai desa.",
             date="Fri, 04 Dec 2026 02:00:00 +0000"),
        item("q-bel", "Lomba jukung", "<p>Lomba jukung.</p>Diikuti 40 regu\x07 dari enam kecamatan.",
             date="Fri, 04 Dec 2026 03:00:00 +0000"),
    ])))
