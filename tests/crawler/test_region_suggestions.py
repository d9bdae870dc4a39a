"""Outside tester p, finding 4: an unknown region ("Kab Banjarr", "Kota Banjarmasinn") got the
full list of valid regions but no "did you mean …"; now the close names of the level it names
(a "Kota …" is not offered a kabupaten) come first, in ``registry load``, ``registry show
--region`` and ``report --region``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crawler.regions import close_regions

REPO = Path(__file__).resolve().parents[2]


def _kimwatch(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", "--db", str(db), *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


def test_close_regions_are_of_the_level_named() -> None:
    assert close_regions("Kab Banjarr") == ["Kabupaten Banjar"]
    assert close_regions("Kota Banjarmasinn") == ["Kota Banjarmasin"]
    assert close_regions("Kab. Tapinn") == ["Kabupaten Tapin"]
    assert "Kabupaten Banjar" not in close_regions("Kota Banjarr")  # a kota, not the kabupaten
    assert close_regions("Kabupaten Antah Berantah") == []


def test_an_unknown_region_is_answered_with_did_you_mean(tmp_path: Path) -> None:
    registry = tmp_path / "r.yaml"
    registry.write_text(
        "kims:\n"
        "  - {id: kim-satu, name: KIM Satu, region: Kab Banjarr}\n"
        "  - {id: kim-dua, name: KIM Dua, region: Kota Banjarmasinn}\n", encoding="utf-8")
    db = tmp_path / "k.db"
    loaded = _kimwatch(db, "registry", "load", str(registry))
    assert loaded.returncode != 0
    said = loaded.stdout + loaded.stderr
    assert "unknown region 'Kab Banjarr' (did you mean 'Kabupaten Banjar'?); known: " in said, said
    assert "unknown region 'Kota Banjarmasinn' (did you mean 'Kota Banjarmasin'?); known: " in said, said

    registry.write_text("kims:\n  - {id: kim-satu, name: KIM Satu, region: Kabupaten Banjar}\n", encoding="utf-8")
    assert _kimwatch(db, "registry", "load", str(registry)).returncode == 0
    shown = _kimwatch(db, "registry", "show", "--region", "Kota Banjarmasinn")
    assert shown.returncode != 0 and "(did you mean 'Kota Banjarmasin'?)" in shown.stderr, shown.stderr
    report = _kimwatch(db, "report", "--region", "Kab Banjarr")
    assert report.returncode != 0 and "(did you mean 'Kabupaten Banjar'?)" in report.stderr, report.stderr
