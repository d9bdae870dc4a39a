"""A real full disk for tests: a small tmpfs mounted in a mount namespace of its own (``unshare``, as
root or with a user namespace), filled up to a given number of free bytes, on which a command runs.

The mount disappears with the namespace, so what it held afterwards is copied out first (the filler
aside): the caller checks the files there, as they were on the full disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_SCRIPT = """
import json, os, shutil, subprocess, sys
mount, after, free, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
seed = sys.argv[5]
command = json.loads(sys.argv[6])
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mount], check=True)
shutil.copytree(seed, mount, dirs_exist_ok=True)
filler = os.path.join(mount, ".filler")
with open(filler, "wb", buffering=0) as out:
    try:
        while True:
            out.write(bytes(4096))
    except OSError:
        pass
os.truncate(filler, max(0, os.path.getsize(filler) - free))
done = subprocess.run(command, capture_output=True, text=True)
os.unlink(filler)
shutil.copytree(mount, after)
print(json.dumps({"returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr}))
"""


def run_on_full_disk(tmp_path: Path, seed: Path, command: list[str], *, free: int,
                     size: str = "1m") -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    """Copy the files of directory ``seed`` onto a fresh ``size`` tmpfs mounted at ``tmp_path/disk``,
    fill it up to ``free`` bytes left, and run ``command`` (in it, ``{disk}`` stands for the mount).

    Returns the command's outcome, the mount's path (as the command saw it) and the directory its
    files were copied to once the command ended.
    """
    disk, after = tmp_path / "disk", tmp_path / "after"
    disk.mkdir()
    namespace = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        namespace.insert(1, "--map-root-user")
    argv = [part.replace("{disk}", str(disk)) for part in command]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    helper = subprocess.run([*namespace, sys.executable, "-c", _SCRIPT, str(disk), str(after), str(free), size,
                             str(seed), json.dumps(argv)], capture_output=True, text=True, env=env, cwd=REPO,
                            timeout=180)
    assert helper.returncode == 0, helper.stderr
    found = json.loads(helper.stdout)
    done = subprocess.CompletedProcess(argv, found["returncode"], found["stdout"], found["stderr"])
    return done, disk, after


def kimwatch_command(*args: str) -> list[str]:
    """``kimwatch ARGS`` as a command for :func:`run_on_full_disk`."""
    return [sys.executable, "-m", "crawler", *args]

