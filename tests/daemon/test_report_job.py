"""The daemon's daily report files: latest.html and latest.json follow the day's report without a second
copy on disk, and a full disk keeps yesterday's, with no partial file left."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from crawler.daemon.config import DaemonConfig
from crawler.daemon.service import Daemon
from tests.full_disk import run_on_full_disk
from tests.report.known_store import build_known_store

REPO = Path(__file__).resolve().parent.parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}

# The daemon's report job, on the report directory given; prints the job's result and the files (JSON).
REPORT_JOB = """
import json, os, sys
from pathlib import Path
from crawler.daemon.config import DaemonConfig
from crawler.daemon.service import Daemon
db, report_dir = sys.argv[1], sys.argv[2]
daemon = Daemon(DaemonConfig(db=db, registry=None, report_dir=report_dir), environ=dict(os.environ))
ok = daemon.run_job("report", daemon.report)
print(json.dumps({"ok": ok, "message": daemon.results["report"].message}))
"""


def test_latest_is_the_days_report_under_a_second_name(tmp_path: Path) -> None:
    build_known_store(tmp_path / "kimwatch.db").conn.close()
    daemon = Daemon(DaemonConfig(db=str(tmp_path / "kimwatch.db"), registry=None,
                                 report_dir=str(tmp_path / "reports")), environ=ENV)
    assert daemon.run_job("report", daemon.report), daemon.results["report"].message
    reports = tmp_path / "reports"
    for fmt in ("html", "json"):
        day = next(reports.glob(f"kimwatch-report-*.{fmt}"))
        assert os.path.samefile(day, reports / f"latest.{fmt}")  # no second copy on disk
    assert not list(reports.glob(".*partial*"))


def test_a_full_disk_keeps_yesterdays_latest_and_leaves_no_partial_file(tmp_path: Path) -> None:
    """Room for today's HTML report, not for a second copy of it nor for the JSON: latest.html is
    today's (a second name needs no room), latest.json yesterday's, and no partial file is left."""
    build_known_store(tmp_path / "kimwatch.db").conn.close()
    measure = Daemon(DaemonConfig(db=str(tmp_path / "kimwatch.db"), registry=None,
                                  report_dir=str(tmp_path / "measure")), environ=ENV)
    measure.run_job("report", measure.report)
    html_size = (tmp_path / "measure" / "latest.html").stat().st_size
    json_size = (tmp_path / "measure" / "latest.json").stat().st_size
    pages = -(-html_size // 4096)
    assert json_size > 8192 and html_size > 8192  # neither fits in the page left over
    seed = tmp_path / "seed"
    seed.mkdir()
    old = {fmt: f"yesterday's {fmt} report\n" for fmt in ("html", "json")}
    for fmt, text in old.items():
        (seed / f"latest.{fmt}").write_text(text, encoding="utf-8")
    done, _, after = run_on_full_disk(tmp_path, seed, [sys.executable, "-c", REPORT_JOB,
                                                       str(tmp_path / "kimwatch.db"), "{disk}"],
                                      free=(pages + 1) * 4096)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert not result["ok"] and "json report" in result["message"] and "OSError" not in result["message"], result
    names = sorted(p.name for p in after.iterdir())
    assert names[1:] == ["latest.html", "latest.json"] and names[0].startswith("kimwatch-report-"), names
    assert (after / "latest.html").read_text(encoding="utf-8") == (after / names[0]).read_text(encoding="utf-8")
    assert (after / "latest.json").read_text(encoding="utf-8") == old["json"]
