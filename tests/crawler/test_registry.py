from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler import store

from .conftest import FIXTURES, file_digest


def _rows(db_path: Path, sql: str) -> list[tuple]:
    return store.connect(db_path).execute(sql).fetchall()


@pytest.mark.parametrize("name", ["registry.yaml", "registry.csv"])
def test_load_yaml_and_csv(kimwatch, db_path: Path, name: str) -> None:
    result = kimwatch("registry", "load", str(FIXTURES / name))
    assert "kims 3 new" in result.output and "sources 2 new" in result.output
    assert _rows(db_path, "SELECT id, region, district FROM kims ORDER BY id") == [
        ("kim-angsau", "Kabupaten Tanah Laut", "Pelaihari"),
        ("kim-loksado", "Kabupaten Hulu Sungai Selatan", None),
        ("kim-sungai-jingah", "Kota Banjarmasin", "Banjarmasin Utara"),
    ]
    assert _rows(db_path, "SELECT region FROM sources ORDER BY id") == [
        ("Provinsi Kalimantan Selatan",), ("Kota Banjarbaru",)]
    channels = _rows(db_path, "SELECT owner_id, type, crawlable, via IS NOT NULL FROM channels ORDER BY url")
    assert ("kim-sungai-jingah", "instagram", 1, 1) in channels  # crawled through its bridge feed
    assert ("kim-angsau", "facebook", 0, 0) in channels  # recorded, not crawlable
    assert len(channels) == 7


def test_yaml_and_csv_give_the_same_store(tmp_path: Path) -> None:
    from crawler import registry

    dumps = []
    for name in ("registry.yaml", "registry.csv"):
        db = store.connect(tmp_path / f"{name}.db")
        registry.load_registry(db, registry.parse_registry_file(FIXTURES / name))
        entries = registry.registry_entries(db)
        for entry in entries:
            for channel in entry["channels"]:
                channel.pop("id")
        dumps.append(json.dumps(entries, sort_keys=True))
    # The CSV form cannot carry channel hints (section, max_pages); otherwise identical.
    assert dumps[0] == dumps[1]


def test_reload_updates_in_place_and_prune_retires(kimwatch, db_path: Path, tmp_path: Path) -> None:
    kimwatch("registry", "load", str(FIXTURES / "registry.yaml"))
    channel_ids = _rows(db_path, "SELECT id FROM channels ORDER BY id")
    again = kimwatch("registry", "load", str(FIXTURES / "registry.yaml"))
    assert "kims 0 new, 0 updated, 3 unchanged" in again.output
    changed = (FIXTURES / "registry.yaml").read_text().replace("name: KIM Angsau", "name: KIM Angsau Baru")
    changed = changed.replace("  - id: kim-loksado\n    name: KIM Loksado\n    region: HSS\n", "")
    smaller = tmp_path / "smaller.yaml"
    smaller.write_text(changed)
    result = kimwatch("registry", "load", str(smaller))
    assert "kims 0 new, 1 updated, 1 unchanged, 1 not in the file (kept active; --prune retires them)" in result.output
    assert _rows(db_path, "SELECT id, name, status FROM kims ORDER BY id") == [
        ("kim-angsau", "KIM Angsau Baru", "active"), ("kim-loksado", "KIM Loksado", "active"),
        ("kim-sungai-jingah", "KIM Sungai Jingah", "active")]
    assert _rows(db_path, "SELECT id FROM channels ORDER BY id") == channel_ids
    result = kimwatch("registry", "load", str(smaller), "--prune")
    assert "1 retired" in result.output
    assert _rows(db_path, "SELECT status FROM kims WHERE id = 'kim-loksado'") == [("retired",)]
    # Loading the full file again brings it back.
    kimwatch("registry", "load", str(FIXTURES / "registry.yaml"))
    assert _rows(db_path, "SELECT status FROM kims WHERE id = 'kim-loksado'") == [("active",)]


def test_dry_run_changes_nothing(kimwatch, db_path: Path) -> None:
    kimwatch("init")
    before = file_digest(db_path)
    result = kimwatch("registry", "load", str(FIXTURES / "registry.yaml"), "--dry-run")
    assert "dry run" in result.output and "kims 3 new" in result.output
    assert file_digest(db_path) == before


BAD_CASES = {
    "unknown region": ("region: HSS", "region: Jakarta", "unknown region 'Jakarta'"),
    "bad url": ("url: https://t.me/s/kimsungaijingah", "url: t.me kimsungaijingah", "is not an http(s) URL"),
    "unknown channel type": ("type: telegram", "type: myspace", "unknown channel type 'myspace'"),
    "duplicate id": ("id: kim-loksado", "id: kim-angsau", "duplicate id 'kim-angsau'"),
    "bad slug": ("id: kim-loksado", "id: KIM Loksado", "not a lowercase slug"),
    "missing name": ("    name: KIM Loksado\n", "", "field 'name': is required"),
    "broken yaml": ("kims:\n", "kims:\n  - [\n", "broken YAML"),
    "bad hint": ("max_pages: 2", "max_pages: many", "must be a whole number"),
    "bad method": ("max_pages: 2", "max_pages: 2\n        method: scrape", "unknown method 'scrape'"),
    "bad hint url": ("max_pages: 2", "max_pages: 2\n        feed_url: /feed", "'/feed' is not an http(s) URL"),
    "unknown hint": ("max_pages: 2", "max_pages: 2\n        colour: red", "unknown channel field 'colour'"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_registry_is_rejected_whole(kimwatch, db_path: Path, tmp_path: Path, case: str) -> None:
    kimwatch("registry", "load", str(FIXTURES / "registry.yaml"))
    old, new, message = BAD_CASES[case]
    text = (FIXTURES / "registry.yaml").read_text()
    assert old in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("KIM Angsau", "KIM Angsau Berubah").replace(old, new, 1))
    before = file_digest(db_path)
    result = kimwatch("registry", "load", str(bad), expect=1)
    assert message in result.output
    assert str(bad) in result.output and "Traceback" not in result.output
    assert file_digest(db_path) == before


def test_every_problem_is_listed_with_its_line(kimwatch, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kims:\n  - id: kim-a\n    name: A\n    region: Jakarta\n"
                   "  - id: kim-b\n    region: HSS\n    channels:\n      - type: fax\n        url: x\n")
    output = kimwatch("registry", "load", str(bad), expect=1).output
    assert "line 4, kims[0] (id 'kim-a'), field 'region'" in output  # the key's line, not the entry's
    assert "line 5, kims[1] (id 'kim-b'), field 'name'" in output
    assert "line 8, kims[1] (id 'kim-b').channels[0], field 'type'" in output
    assert "line 9, kims[1] (id 'kim-b').channels[0], field 'url'" in output


def test_bad_csv_names_the_line(kimwatch, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text((FIXTURES / "registry.csv").read_text().replace("kim,kim-loksado,KIM Loksado,HSS",
                                                                    "kim,kim-loksado,KIM Loksado,Bali"))
    output = kimwatch("registry", "load", str(bad), expect=1).output
    assert "line 7, kims[2] (id 'kim-loksado'), field 'region': unknown region 'Bali'" in output


def test_show_table_and_json(kimwatch) -> None:
    kimwatch("registry", "load", str(FIXTURES / "registry.yaml"))
    table = kimwatch("registry", "show").output
    assert "kim-loksado" in table and "(no channel: unmeasured)" in table
    assert "never crawled" in table and "not crawlable" in table
    entries = json.loads(kimwatch("registry", "show", "--format", "json").output)
    angsau = next(e for e in entries if e["id"] == "kim-angsau")
    assert angsau["region"] == "Kabupaten Tanah Laut"
    assert [c["type"] for c in angsau["channels"]] == ["facebook", "website"] or \
        sorted(c["type"] for c in angsau["channels"]) == ["facebook", "website"]
    assert all("consecutive_failures" in c for c in angsau["channels"])


def test_bundled_examples_load(kimwatch) -> None:
    root = Path(__file__).resolve().parents[2] / "data"
    for name in ("registry.example.yaml", "registry.example.csv"):
        result = kimwatch("registry", "load", str(root / name), "--dry-run")
        assert "kims 4 new" in result.output and "sources 2 new" in result.output


def test_csv_with_unknown_columns_is_rejected(kimwatch, db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "wrong.csv"
    bad.write_text((FIXTURES / "registry.csv").read_text().replace("channel_type,channel_url", "type,url", 1))
    output = kimwatch("registry", "load", str(bad), expect=1).output
    assert str(bad) in output and "nothing was stored" in output
    assert "line 1, field 'type': unknown CSV column 'type' (did you mean 'channel_type'?)" in output
    assert "line 1, field 'url': unknown CSV column 'url' (did you mean 'channel_url'?)" in output
    assert "expected columns: kind,id,name,region,district,village,channel_type,channel_url,via" in output
    assert not db_path.exists() or _rows(db_path, "SELECT count(*) FROM kims") == [(0,)]
    extra = tmp_path / "extra.csv"
    extra.write_text((FIXTURES / "registry.csv").read_text().replace(",via\n", ",via,notes\n", 1))
    assert "unknown CSV column 'notes'" in kimwatch("registry", "load", str(extra), expect=1).output


def test_district_or_village_on_a_source_is_an_error(kimwatch, tmp_path: Path) -> None:
    bad = tmp_path / "src.csv"
    bad.write_text("kind,id,name,region,district,village,channel_type,channel_url,via\n"
                   "source,humas-tapin,Humas Tapin,Tapin,Rantau,,website,https://tapinkab.go.id/,\n")
    output = kimwatch("registry", "load", str(bad), expect=1).output
    assert "line 2, field 'district': district applies to KIMs only, not to sources (got 'Rantau')" in output
    yaml_bad = tmp_path / "src.yaml"
    yaml_bad.write_text("sources:\n  - id: humas-tapin\n    name: Humas Tapin\n    region: Tapin\n"
                        "    village: Rantau\n")
    output = kimwatch("registry", "load", str(yaml_bad), expect=1).output
    assert "line 5, sources[0] (id 'humas-tapin'), field 'village': village applies to KIMs only" in output


def test_duplicate_yaml_keys_are_errors(kimwatch, db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "dup.yaml"
    bad.write_text("kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    name: KIM B\n"
                   "sources: []\nkims:\n  - id: kim-c\n    name: KIM C\n    region: Tapin\n")
    output = kimwatch("registry", "load", str(bad), expect=1).output
    assert "line 5, field 'name': duplicate key 'name', first given on line 3" in output
    assert "line 7, field 'kims': duplicate key 'kims', first given on line 1" in output
    assert output.index("line 5") < output.index("line 7")
    assert not db_path.exists() or _rows(db_path, "SELECT count(*) FROM kims") == [(0,)]


def test_a_duplicate_key_does_not_hide_the_files_other_problems(kimwatch, tmp_path: Path) -> None:
    bad = tmp_path / "dup.yaml"
    bad.write_text("kims:\n  - id: kim-a\n    id: kim-a2\n    name: KIM A\n    region: Tapin\n"
                   "  - id: kim-b\n    name: KIM B\n    region: Atlantis\n")
    output = kimwatch("registry", "load", str(bad), expect=1).output
    assert "duplicate key 'id'" in output and "Atlantis" in output and "2 problem(s)" in output


@pytest.mark.parametrize("second", ["https://kim-a.example.org/feed/", "HTTPS://KIM-A.example.org/feed",
                                    "http://www.kim-a.example.org/feed"])
def test_channel_urls_written_differently_are_duplicates(kimwatch, tmp_path: Path, second: str) -> None:
    bad = tmp_path / "dup.yaml"
    bad.write_text("kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
                   "      - type: feed\n        url: https://kim-a.example.org/feed\n"
                   "  - id: kim-b\n    name: KIM B\n    region: Tapin\n    channels:\n"
                   f"      - type: website\n        url: {second}\n")
    output = kimwatch("registry", "load", str(bad), expect=1).output
    assert (f"line 13, kims[1] (id 'kim-b').channels[0], field 'url': duplicate channel URL {second!r} "
            "(the same as 'https://kim-a.example.org/feed'), first given at line 6") in output, output


def test_a_channel_url_rewritten_in_another_form_keeps_its_channel(kimwatch, db_path: Path, tmp_path: Path) -> None:
    def registry(url: str) -> Path:
        path = tmp_path / "reg.yaml"
        path.write_text("kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
                        f"      - type: feed\n        url: {url}\n")
        return path

    kimwatch("registry", "load", str(registry("https://kim-a.example.org/feed")))
    before = _rows(db_path, "SELECT id FROM channels")
    result = kimwatch("registry", "load", str(registry("http://www.kim-a.example.org/feed/")))
    assert "channels 0 new, 1 updated" in result.output
    assert _rows(db_path, "SELECT id, url FROM channels") == [(before[0][0], "http://www.kim-a.example.org/feed/")]


def test_a_pasted_url_with_spaces_is_encoded(kimwatch, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "reg.yaml"
    path.write_text("kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
                    "      - type: feed\n        url: https://kim-a.example.org/umpan berita/rss 2026.xml\n")
    kimwatch("registry", "load", str(path))
    assert _rows(db_path, "SELECT url FROM channels") == [("https://kim-a.example.org/umpan%20berita/rss%202026.xml",)]


def test_a_healthy_channel_shows_its_note() -> None:
    """`registry show` tells why a website yields nothing: the note of a fetch that succeeded."""
    from crawler.registry import channel_health

    base = {"status": "active", "crawlable": 1, "last_crawled_at": "2026-12-06T00:00:00Z",
            "last_success_at": "2026-12-06T00:00:00Z", "consecutive_failures": 0}
    note = "3 linked page(s) not stored: 2 not an article: login form, 1 soft 404"
    assert channel_health({**base, "last_error": note}) == f"ok: {note}"
    assert channel_health({**base, "last_error": None}) == "ok"
    assert channel_health({**base, "consecutive_failures": 2, "last_error": "HTTP 500"}) == "failing x2: HTTP 500"
    # back-off shown where people look (an outside look found it only in --format json)
    assert channel_health({**base, "consecutive_failures": 4, "last_error": "HTTP 500",
                           "next_crawl_after": "2026-12-06T08:00:00Z"}) == \
        "failing x4 (backed off until 2026-12-06T08:00:00Z): HTTP 500"


def test_a_channel_unread_through_a_network_outage_is_not_ok(tmp_path: Path) -> None:
    """An outside look: after runs that reached no host (proxy down), whose failures rightly do not
    count towards back-off, `registry show` said "ok: connection failed", `--failing` listed
    nothing, and the report called the channels ok."""
    from crawler import store
    from crawler.registry import channel_health, is_failing
    from crawler.reporting.kpis import channel_health as report_health

    outage = {"status": "active", "crawlable": 1, "last_crawled_at": "2026-12-06T00:00:00Z",
              "last_success_at": None, "consecutive_failures": 0, "last_status": "connection",
              "last_error": "connection failed"}
    assert channel_health(outage).startswith("failing (never read; not counted towards back-off")
    assert is_failing(outage) and report_health(outage) == "failing"
    earlier = {**outage, "last_success_at": "2026-12-05T00:00:00Z"}
    assert "last ok 2026-12-05T00:00:00Z" in channel_health(earlier) and report_health(earlier) == "failing"
    read = {**outage, "last_success_at": outage["last_crawled_at"], "last_status": "304", "last_error": None}
    assert not is_failing({**earlier, "last_status": "200"})  # read fine, its success time older (old stores)
    assert channel_health(read) == "ok" and not is_failing(read) and report_health(read) == "ok"
    # the daemon's health summary counts it too
    from crawler.daemon.health import health_summary

    db = store.connect(tmp_path / "kw.db")
    db.execute("INSERT INTO kims (id, name, region) VALUES ('kim-a', 'KIM A', 'Kabupaten Tapin')")
    db.execute("INSERT INTO channels (id, owner_kind, owner_id, type, url, crawlable, status, last_crawled_at, "
               "last_success_at, consecutive_failures) VALUES ('kim-a/feed', 'kim', 'kim-a', 'feed', "
               "'https://kim-a.example.org/feed', 1, 'active', '2026-12-06T00:00:00Z', NULL, 0)")
    db.conn.commit()
    assert health_summary(db)[0].startswith("1 of 1 crawlable channels failing")


def test_a_channel_given_to_another_kim_is_named_in_a_warning(kimwatch, db_path: Path, tmp_path: Path) -> None:
    def registry(owner: str) -> Path:
        kims = {kim: f"  - id: {kim}\n    name: KIM {kim[-1].upper()}\n    region: Tapin\n" for kim in ("kim-a", "kim-x")}
        kims[owner] += "    channels:\n      - type: telegram\n        url: https://t.me/kimbanua\n"
        path = tmp_path / "reg.yaml"
        path.write_text("kims:\n" + "".join(kims.values()))
        return path

    first = kimwatch("registry", "load", str(registry("kim-a")))
    assert "moves" not in first.output
    channel = _rows(db_path, "SELECT id, owner_id FROM channels")
    assert channel[0][1] == "kim-a"
    dry = kimwatch("registry", "load", "--dry-run", str(registry("kim-x")))
    assert ("warning: channel https://t.me/kimbanua moves from kim-a to kim-x (if kim-x was not meant to own it, "
            "correct the file and load it again)") in dry.output, dry.output
    assert _rows(db_path, "SELECT id, owner_id FROM channels") == channel  # a dry run: nothing moved
    moved = kimwatch("registry", "load", str(registry("kim-x")))
    assert "moves from kim-a to kim-x" in moved.output
    assert _rows(db_path, "SELECT id, owner_id FROM channels") == [(channel[0][0], "kim-x")]  # the same channel
    again = kimwatch("registry", "load", str(registry("kim-x")))
    assert "moves" not in again.output


@pytest.mark.parametrize(("url", "said"), [
    ("http://0xA9FEA9FE/", "its host '0xA9FEA9FE' is an address written as one number"),
    ("http://2852039166/latest/", "its host '2852039166' is an address written as one number"),
    ("http://intranet/berita", "its host 'intranet' has no domain (no dot)"),
    ("ftp://kim.example.id/", "is not an http(s) URL"),
])
def test_a_channel_url_that_is_no_address_says_why(kimwatch, tmp_path: Path, url: str, said: str) -> None:
    path = tmp_path / "reg.yaml"
    path.write_text(f"kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
                    f"      - type: feed\n        url: {url}\n")
    result = kimwatch("registry", "load", str(path), expect=None)
    assert result.exit_code != 0 and f"'{url}' " in result.output and said in result.output, result.output


def test_a_channel_that_can_never_be_fetched_is_named_in_a_warning(kimwatch, tmp_path: Path) -> None:
    """An outside tester registered the cloud metadata service as a channel: it loaded without a
    word and only the crawl's health said `refused`."""
    path = tmp_path / "reg.yaml"
    path.write_text("kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
                    "      - type: feed\n        url: http://169.254.169.254/latest/meta-data/\n"
                    "      - type: feed\n        url: http://[fe80::1]/feed\n"
                    "      - type: feed\n        url: http://7f000001.c0a80001.rbndr.us/feed\n"
                    "      - type: feed\n        url: http://127.0.0.1:8080/feed\n"
                    "      - type: feed\n        url: http://[::1]:18099/y\n"
                    "      - type: feed\n        url: https://kim-a.example.org/feed\n")
    loaded = kimwatch("registry", "load", str(path))
    warnings = [line for line in loaded.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 5, loaded.output  # not the public one
    assert "kim kim-a, channel feed: it will never be fetched" in warnings[0]
    assert "cloud metadata service" in warnings[0] and "latest" not in warnings[0]  # no path shown
    assert "link-local" in warnings[1] and "DNS-rebinding" in warnings[2]
    # loopback on purpose (tests, demo, an intranet): loaded, with what it is allowed (outside tester)
    for warning, target in zip(warnings[3:], ("http://127.0.0.1:8080/…", "http://[::1]:18099/…"), strict=True):
        assert "will never be fetched" not in warning and target in warning, warning
        assert "internal address (loopback), allowed only for this channel's own host and port" in warning


def test_a_via_on_an_internal_address_gets_the_channels_warning(kimwatch, tmp_path: Path) -> None:
    """An outside tester's finding: ``via: http://[::ffff:127.0.0.1]:19099/rsshub`` loaded without a
    word (the channel URL on it was named)."""
    path = tmp_path / "reg.yaml"
    path.write_text("kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
                    "      - type: telegram\n        url: https://t.me/kima\n"
                    "        via: http://[::ffff:127.0.0.1]:19099/rsshub/telegram/channel/kima\n"
                    "      - type: facebook\n        url: https://www.facebook.com/kima\n"
                    "        via: http://169.254.169.254/latest/feed.xml\n"
                    "      - type: facebook\n        url: https://www.facebook.com/kimb\n"
                    "        via: https://rss.app/feeds/kimb.xml\n")
    warnings = [line for line in kimwatch("registry", "load", str(path)).output.splitlines()
                if line.startswith("warning:")]
    assert len(warnings) == 2, warnings  # not the public bridge
    assert "channel telegram via: http://[::ffff:127.0.0.1]:19099/…" in warnings[0]
    assert "allowed only for this channel's own host and port" in warnings[0] and "rsshub" not in warnings[0]
    assert "channel facebook via: it will never be fetched" in warnings[1] and "cloud metadata" in warnings[1]


def test_a_date_given_as_a_name_is_shown_as_written(tmp_path: Path) -> None:
    from crawler.registry import parse_registry_file

    path = tmp_path / "reg.yaml"
    path.write_text("kims:\n  - id: kim-a\n    name: 2024-01-01\n    region: Tapin\n")
    with pytest.raises(Exception) as error:  # noqa: PT011 - the registry's own error type, message checked
        parse_registry_file(path)
    assert "2024-01-01" in str(error.value) and "datetime" not in str(error.value)


def test_csv_lines_with_too_few_or_too_many_values_are_named(tmp_path: Path) -> None:
    """A second outside tester's 500-KIM file: a line of 5 fields loaded as a KIM without its
    channel (unmeasured, without a word); extra fields were dropped; a URL ending in a
    zero-width space failed only at crawl time."""
    from crawler.errors import RegistryError
    from crawler.registry import parse_registry_file

    header = "kind,id,name,region,district,village,channel_type,channel_url,via\n"
    path = tmp_path / "r.csv"
    path.write_text(header + "kim,kim-a,KIM A,Tapin,,,feed,https://kim-a.example/feed\n"
                    "kim,kim-b,KIM B,Tapin,Tapin Utara\n"
                    "kim,kim-c,KIM C,Tapin,,,feed,https://kim-c.example/feed,,https://x.example/\n"
                    "kim,kim-d,KIM D,Tapin,,,feed,https://kim-d.example/feed\u200b\n"
                    "kim,kim-e,KIM E,Tapin,,,feed,https://kim-e.exa\u200bmple/feed\n", encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        parse_registry_file(path)
    text = str(error.value)
    assert "line 3: 5 values for the header's 9 columns" in text and "channel_type, channel_url" in text
    assert "line 4: 10 values for the header's 9 columns" in text
    assert "line 5" not in text  # an invisible character at the end is dropped
    assert "line 6" in text and "invisible character (U+200B)" in text


def test_a_channels_timezone_is_checked_and_stored(kimwatch, db_path: Path, tmp_path: Path) -> None:
    """fixes20 item 4: `timezone:` (a website's zone for times without one) is a channel option."""
    path = tmp_path / "reg.yaml"
    head = "kims:\n  - id: kim-a\n    name: KIM A\n    region: Tapin\n    channels:\n"
    path.write_text(head + "      - type: website\n        url: https://kim-a.example.org/\n"
                    "        timezone: Jepang\n")
    refused = kimwatch("registry", "load", str(path), expect=None)
    assert refused.exit_code != 0 and "unknown time zone 'Jepang'" in refused.output, refused.output
    assert "an offset such as +09:00, or a zone name such as Asia/Tokyo" in refused.output
    path.write_text(head + "      - type: website\n        url: https://kim-a.example.org/\n"
                    "        timezone: Asia/Tokyo\n")
    kimwatch("registry", "load", str(path))
    assert [json.loads(o) for (o,) in _rows(db_path, "SELECT options FROM channels")] == [{"timezone": "Asia/Tokyo"}]


@pytest.mark.parametrize(("value", "offset_hours"), [
    ("WIB", 7), ("wita", 8), ("WIT", 9), ("+09:00", 9), ("UTC+7", 7), ("-0530", -5.5), ("Asia/Tokyo", 9),
    ("Jepang", None), ("+15:00", None), ("../etc/passwd", None), ("", None),
])
def test_a_timezone_option_is_read_as_written(value: str, offset_hours: float | None) -> None:
    from datetime import datetime

    from crawler.dates import parse_zone

    zone = parse_zone(value)
    if offset_hours is None:
        assert zone is None
    else:
        assert zone is not None
        offset = zone.utcoffset(datetime(2026, 11, 24, 10, 15))
        assert offset is not None and offset.total_seconds() == offset_hours * 3600
