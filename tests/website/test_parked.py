"""outside-l item 7: a KIM site whose domain expired answers with a domain-parking page; kimwatch
read it as "read, nothing found", so the KIM looked silent instead of unreachable. Such a channel
is ``parked`` in registry show, the crawl summary and the report's health, and nothing of it is
stored; a real small site that writes about domains stays a site."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.harvest.parked import parked_page
from tests.farm import Farm
from tests.farm.sites import website_parked as parked
from tests.outside.test_outside import kimwatch, user_env


@pytest.fixture(scope="module")
def parked_farm() -> Iterator[Farm]:
    farm = Farm(hosts=parked.PARKED_HOSTS).start()
    yield farm
    farm.stop()


def _registry(farm: Farm, path: Path) -> Path:
    lines = ["kims:"]
    for name in (*parked.PARKED, "small"):
        lines += [f"  - id: kim-{name}", f"    name: KIM {name.title()}", "    region: Kota Banjarmasin",
                  "    channels:", "      - type: website", f"        url: {farm.url('/', host=parked.HOSTS[name])}"]
        if name == "dijual":  # the same expired domain registered as a feed: a parking page, not "not a feed"
            lines += ["      - type: feed", f"        url: {farm.url('/feed/', host=parked.HOSTS[name])}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_parked_domains_are_unreachable_and_a_small_site_about_domains_is_read(parked_farm: Farm,
                                                                               tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    env = user_env(throttle=False)
    assert kimwatch(db, "registry", "load", str(_registry(parked_farm, tmp_path / "r.yaml")), env=env).returncode == 0
    summary = tmp_path / "summary.json"
    run = kimwatch(db, "crawl", "--no-match", "--summary-json", str(summary), env=env)
    assert "Traceback" not in run.stderr, run.stderr

    conn = sqlite3.connect(db)
    try:
        statuses = dict(conn.execute("SELECT url, last_status FROM channels"))
        stored = dict(conn.execute("SELECT kim_id, count(*) FROM posts GROUP BY kim_id"))
    finally:
        conn.close()
    parked_urls = {url for url in statuses if not url.startswith(parked_farm.url("/", host=parked.HOSTS["small"]))}
    assert {statuses[url] for url in parked_urls} == {"parked"}, statuses
    assert len(parked_urls) == 6
    assert stored == {"kim-small": 2}, stored  # nothing stored from a parked domain

    # the crawl summary: a line naming them, the JSON's list, FAIL parked in the table
    result = json.loads(summary.read_text(encoding="utf-8"))
    assert len(result["parked_channels"]) == 6 and set(result["parked_channels"]) <= set(result["failed_channels"])
    assert "parked domains (the site's domain shows a parking page" in run.stdout and "FAIL parked" in run.stdout

    # registry show
    shown = kimwatch(db, "registry", "show", env=env).stdout
    assert shown.count("parked domain") >= 6 and "This domain may be for sale" in shown, shown
    failing = kimwatch(db, "registry", "show", "--failing", "--format", "json", env=env).stdout
    assert {e["id"] for e in json.loads(failing)} == {f"kim-{name}" for name in parked.PARKED}

    # the report: channel health parked, the KIM unmeasured (not silent); the small site read
    report = json.loads(kimwatch(db, "report", "--days", "60", "--until", "2026-11-30", "--format", "json",
                                 env=env).stdout)
    kims = {k["id"]: k for k in report["kims"]}
    for name in parked.PARKED:
        assert [c["health"] for c in kims[f"kim-{name}"]["channels"]] in (["parked"], ["parked", "parked"])
        assert kims[f"kim-{name}"]["status"] == "unmeasured"
    assert [c["health"] for c in kims["kim-small"]["channels"]] == ["ok"]
    assert kims["kim-small"]["status"] == "inactive" and kims["kim-small"]["posts"] == 2
    table = kimwatch(db, "report", "--days", "60", "--until", "2026-11-30", env=env).stdout
    assert "parked domain (expired or for sale)" in table


@pytest.mark.parametrize("page", [
    # a village site's home page that says "domain" many ways, and a short one
    "<html><head><title>Desa Sungai Jingah</title></head><body><h1>Domain baru desa</h1><p>Kami pindah ke domain "
    "desa.id. Domain lama kami dijual? Tidak. Nama domain ini milik desa.</p><a href='/berita'>Berita</a></body></html>",
    "<html><body><p>Pelatihan domain dan hosting untuk KIM, 12 November.</p>"
    "<iframe src='https://www.youtube.com/embed/abc'></iframe></body></html>",
    # a domain forwarded with masking: a frame of the KIM's real blog
    "<html><frameset><frame src='https://kimsungaijingah.blogspot.com/'></frameset></html>",
    # a long page that quotes a lander's words in a post
    "<html><body><article><h1>Hati-hati penipuan</h1><p>Situs lama kami kini berbunyi 'This domain may be for sale'."
    + " Kabar warga." * 400 + "</p></article></body></html>",
])
def test_real_pages_that_mention_domains_are_not_parked(page: str) -> None:
    assert parked_page("https://kimsungaijingah.desa.id/", page.encode(), "text/html") is None
