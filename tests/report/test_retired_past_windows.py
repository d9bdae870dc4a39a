"""Retiring a KIM (``registry load --prune``) does not rewrite past reports (T's MEDIUM 4): a KIM
counts in every window that ended while it was registered; only windows ending after its
retirement leave it out."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from crawler import store
from crawler.cli import cli
from crawler.reporting.kpis import build_report, today_wita
from tests.report.known_store import CHANNELS, KIMS, SOURCES


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def _registry_without(path: Path, gone: str) -> Path:
    """The known store's registry as a file, without the KIM ``gone`` (and the retired kim-r)."""
    def channels(owner: str) -> list[dict]:
        return [{"type": c["type"], "url": c["url"]} for c in CHANNELS if c["owner_id"] == owner]
    document = {
        "kims": [{"id": k["id"], "name": k["name"], "region": k["region"], "channels": channels(k["id"])}
                 for k in KIMS if k["id"] not in (gone, "kim-r")],
        "sources": [{"id": s["id"], "name": s["name"], "region": s["region"], "channels": channels(s["id"])}
                    for s in SOURCES],
    }
    path.write_text(json.dumps(document), encoding="utf-8")  # JSON is YAML
    return path


def _report(db_file: str, until: str = "2024-10-31", *extra: str) -> dict:
    code, out = _run("--db", db_file, "report", "--until", until, "--format", "json", "--weeks", "3", *extra)
    assert code == 0, out
    return json.loads(out)


def test_a_past_window_counts_a_kim_retired_since(db_file: str, tmp_path: Path) -> None:
    before = _report(db_file)
    assert (before["kims_registered"], before["kims_active"]) == (8, 3)
    code, out = _run("--db", db_file, "registry", "load", str(_registry_without(tmp_path / "r.yaml", "kim-a")),
                     "--prune")
    assert code == 0, out
    db = store.connect(db_file)
    status, retired_at = db.execute("SELECT status, retired_at FROM kims WHERE id = 'kim-a'").fetchone()
    assert status == "retired" and retired_at
    db.conn.close()

    after = _report(db_file)
    for key in ("kims_registered", "kims_active", "kims_inactive", "kims_unmeasured", "active_share", "regions",
                "trend", "channels_by_health"):
        assert after[key] == before[key], key
    assert [k["id"] for k in after["kims"]] == [k["id"] for k in before["kims"]]
    kim_a = next(k for k in after["kims"] if k["id"] == "kim-a")
    assert kim_a["status"] == "active" and {c["status"] for c in kim_a["channels"]} == {"active"}
    assert [(a["id"], a["kims_reached"], a["amplifications"]) for a in after["announcements"]] == \
        [(a["id"], a["kims_reached"], a["amplifications"]) for a in before["announcements"]]

    # a window ending after the retirement leaves it out, the trend's last week too
    today = today_wita().isoformat()
    now = _report(db_file, today)
    assert "kim-a" not in [k["id"] for k in now["kims"]]
    assert now["kims_registered"] == 7 and now["trend"][-1]["registered"] == 7

    # its own page: shown for the past window, refused (with the day) for one after its retirement
    code, out = _run("--db", db_file, "report", "--kim", "kim-a", "--until", "2024-10-31", "--format", "json")
    assert code == 0 and json.loads(out)["kim"]["status"] == "active", out
    code, out = _run("--db", db_file, "report", "--kim", "kim-a", "--until", today)
    assert code != 0 and "is retired (removed from the registry on " in out and "earlier --until" in out, out

    # back in the file: registered again, in every window
    code, out = _run("--db", db_file, "registry", "load", str(_registry_without(tmp_path / "r2.yaml", "none")))
    assert code == 0, out
    db = store.connect(db_file)
    assert db.execute("SELECT status, retired_at FROM kims WHERE id = 'kim-a'").fetchone() == ("active", None)
    assert build_report(db, until=today)["kims_registered"] == 8
    db.conn.close()


def test_a_kim_retired_before_the_column_was_kept_stays_out(db_file: str) -> None:
    """kim-r of the known store was retired with no time: it counts nowhere, as before."""
    db = store.connect(db_file)
    assert db.execute("SELECT retired_at FROM kims WHERE id = 'kim-r'").fetchone()[0] is None
    assert "kim-r" not in [k["id"] for k in build_report(db, until="2024-10-31")["kims"]]
    db.conn.close()
