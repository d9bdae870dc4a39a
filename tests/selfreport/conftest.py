"""Fixtures of the self-report tests: ten KIMs with social-media channels, an announcement they
share, the platforms' pages (the farm) reached through a proxy under their real host names."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from tests.farm import Farm
from tests.farm.sites.platforms import ANNOUNCEMENT_URL
from tests.selfreport.platform_proxy import PlatformProxy

KIMS = [
    # id, name, channel type, channel URL (as an office registers it)
    ("kim-satu", "KIM Satu", "facebook", "https://www.facebook.com/kimsatu"),
    ("kim-dua", "KIM Dua", "facebook", "https://web.facebook.com/kimdua/"),
    ("kim-tiga", "KIM Tiga", "facebook", "https://facebook.com/kimtiga"),
    ("kim-empat", "KIM Empat", "instagram", "https://www.instagram.com/kimempat/"),
    ("kim-lima", "KIM Lima", "tiktok", "https://www.tiktok.com/@kimlima"),
    ("kim-enam", "KIM Enam", "whatsapp", "https://whatsapp.com/channel/0029VaKIMEnam00"),
    ("kim-tujuh", "KIM Tujuh", "facebook", "https://www.facebook.com/kimtujuh"),
    ("kim-delapan", "KIM Delapan", "facebook", "https://www.facebook.com/groups/555123/"),
    ("kim-sembilan", "KIM Sembilan", "facebook", "https://m.facebook.com/profile.php?id=100064000000009"),
    ("kim-sepuluh", "KIM Sepuluh", "whatsapp", "https://whatsapp.com/channel/0029VaKIMSepuluh"),
]


def registry_yaml() -> str:
    lines = ["kims:"]
    for kim_id, name, kind, url in KIMS:
        lines += [f"  - id: {kim_id}", f"    name: {name}", "    region: Kota Banjarmasin",
                  "    channels:", f"      - type: {kind}", f"        url: {url}"]
    lines += ["sources:", "  - id: diskominfo-kalsel", "    name: Diskominfo Kalsel",
              "    region: Provinsi Kalimantan Selatan", "    channels:", "      - type: website",
              "        url: https://diskominfomc.kalselprov.go.id/"]
    return "\n".join(lines) + "\n"


ANNOUNCEMENT = {
    "id": "a-vaksin", "source": "diskominfo-kalsel", "url": ANNOUNCEMENT_URL,
    "title": "Vaksinasi Gratis di Puskesmas Alalak Selatan",
    "text": ("Pemerintah Provinsi Kalimantan Selatan menggelar vaksinasi gratis di Puskesmas Alalak Selatan "
             "pada Sabtu 19 Oktober 2024 pukul 08.00 WITA. Warga diminta membawa KTP dan kartu vaksin."),
    "published_at": "2024-10-16T10:00:00+08:00",
}


@pytest.fixture(scope="session")
def platform_proxy(farm_server: Farm) -> Iterator[PlatformProxy]:
    proxy = PlatformProxy(farm_server).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def proxy_env(platform_proxy: PlatformProxy, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment of a kimwatch behind the office proxy (which here *is* the platforms' web)."""
    env = {"http_proxy": platform_proxy.url, "HTTP_PROXY": platform_proxy.url, "no_proxy": "127.0.0.1", "NO_PROXY": "127.0.0.1",
           "KIMWATCH_AUTOTHROTTLE_START_DELAY": "0", "KIMWATCH_DOWNLOAD_TIMEOUT": "10"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    return env


@pytest.fixture
def loaded(kimwatch: Callable[..., Result], tmp_path: Path) -> Callable[..., Result]:
    """The ten KIMs and the announcement loaded."""
    registry = tmp_path / "registry.yaml"
    registry.write_text(registry_yaml(), encoding="utf-8")
    kimwatch("registry", "load", str(registry))
    announcements = tmp_path / "announcements.jsonl"
    announcements.write_text(json.dumps(ANNOUNCEMENT) + "\n", encoding="utf-8")
    kimwatch("import", "announcements", str(announcements))
    return kimwatch
