"""A store this process cannot write (chmod 444; as root, kimwatch runs as `nobody` through
setpriv): every command that writes says so in one paragraph naming the file, exit status 1, no
traceback (an outside tester's finding: `kimwatch match` printed one), and leaves it as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.report.known_store import build_known_store

REPO = Path(__file__).resolve().parents[2]


def as_another_user(command: list[str]) -> list[str]:
    """``command`` run by a user who cannot write what this test made read-only (root ignores modes)."""
    if os.geteuid() == 0:
        return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return command


@pytest.fixture
def read_only_store() -> Iterator[Path]:
    directory = Path(tempfile.mkdtemp(prefix="kimwatch-ro-", dir="/tmp"))
    try:
        build_known_store(directory / "known.db").conn.close()
        (directory / "known.db").chmod(0o444)
        directory.chmod(0o777)  # the lock file may be made: only the store is read-only
        yield directory / "known.db"
    finally:
        shutil.rmtree(directory)


@pytest.mark.parametrize("args", [["match"], ["match", "--rebuild"], ["crawl"], ["import", "posts", "POSTS"],
                                  ["registry", "load", "REGISTRY"]])
def test_a_command_that_writes_a_read_only_store_says_so(read_only_store: Path, args: list[str]) -> None:
    directory = read_only_store.parent
    (directory / "posts.jsonl").write_text(
        '{"id": "p-x", "kim": "kim-a", "platform": "facebook", "text": "Kabar desa", '
        '"published_at": "2024-10-20T10:00:00+08:00"}\n', encoding="utf-8")
    (directory / "registry.yaml").write_text("kims:\n  - id: kim-baru\n    name: KIM Baru\n    region: Tala\n",
                                             encoding="utf-8")
    args = [{"POSTS": str(directory / "posts.jsonl"), "REGISTRY": str(directory / "registry.yaml")}.get(a, a)
            for a in args]
    before = read_only_store.read_bytes()
    done = subprocess.run(as_another_user([sys.executable, "-m", "crawler", "--db", str(read_only_store), *args]),
                          capture_output=True, text=True, cwd="/tmp", timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), "HOME": "/tmp"})
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    assert f"Error: the store {read_only_store} is read-only: attempt to write a readonly database" in done.stderr
    assert read_only_store.read_bytes() == before
