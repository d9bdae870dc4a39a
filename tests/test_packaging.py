"""Packaging (issue 15): the data folders are packages of their own (no "Package would be ignored"),
no deprecated licence classifier, `make install` without test tools, the Makefile takes Python 3.11,
3.12 or 3.13."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path

import pytest
from setuptools import find_namespace_packages

REPO = Path(__file__).resolve().parents[1]


def _setup_cfg() -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    parser.read(REPO / "setup.cfg")
    return parser


def test_every_folder_with_files_is_a_package_and_no_licence_classifier() -> None:
    cfg = _setup_cfg()
    assert cfg["options"]["packages"].strip().endswith("find_namespace:")
    find = cfg["options.packages.find"]
    packages = set(find_namespace_packages(str(REPO), include=find["include"].split(),
                                           exclude=find["exclude"].split()))
    for top in ("crawler", "spiders", "pipelines"):
        for folder in [REPO / top, *(p for p in (REPO / top).rglob("*") if p.is_dir())]:
            if folder.name == "__pycache__" or not any(f.is_file() for f in folder.iterdir()):
                continue
            name = ".".join(folder.relative_to(REPO).parts)
            assert name in packages, f"{name} would be ignored by setuptools"
    assert not any(p.endswith("__pycache__") for p in packages)
    assert "License ::" not in cfg["metadata"]["classifiers"]
    assert cfg["metadata"]["license"].strip() == "Apache-2.0"


def _make_n(target: str, pythons: dict[str, str], tmp_path: Path) -> str:
    """``make -n TARGET`` with only the given fake pythons (name -> version) on the PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, version in pythons.items():
        major, minor = version.split(".")
        (bin_dir / name).write_text(f"#!/bin/sh\nexec /usr/bin/env -i /bin/sh -c 'exit $(( {major}{minor:0>2} < 311 ))'\n")
        (bin_dir / name).chmod(0o755)
    env = {"PATH": str(bin_dir), "HOME": os.environ.get("HOME", "/tmp")}
    result = subprocess.run(["/usr/bin/make", "-n", "-C", str(REPO), target, f"VENV={tmp_path / 'venv'}"],
                            capture_output=True, text=True, env=env, timeout=30)
    return result.stdout + result.stderr


@pytest.mark.skipif(not Path("/usr/bin/make").exists(), reason="make is not installed")
@pytest.mark.parametrize(("pythons", "chosen"), [
    ({"python3.11": "3.11", "python3": "3.11"}, "python3.11"),
    ({"python3.12": "3.12", "python3": "3.12"}, "python3.12"),
    ({"python3.13": "3.13"}, "python3.13"),
    ({"python3": "3.12"}, "python3"),
    ({"python3": "3.9"}, "python3.11"),  # too old: the message names python3.11
])
def test_makefile_picks_a_python(tmp_path: Path, pythons: dict[str, str], chosen: str) -> None:
    out = _make_n("install", pythons, tmp_path)
    assert f"{chosen} -m venv {tmp_path / 'venv'}" in out


@pytest.mark.skipif(not Path("/usr/bin/make").exists(), reason="make is not installed")
def test_make_install_has_no_test_tools_and_install_test_has(tmp_path: Path) -> None:
    install = _make_n("install", {"python3.11": "3.11"}, tmp_path)
    assert "pip install --quiet -e ." in install and "[test]" not in install
    assert "-e '.[test]'" in _make_n("install-test", {"python3.11": "3.11"}, tmp_path)
    assert "-e '.[test]'" in _make_n("test", {"python3.11": "3.11"}, tmp_path)
