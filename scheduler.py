"""The kimwatch daemon: ``python scheduler.py [--config FILE] [--once] [--db PATH]``.

The same code as ``kimwatch daemon`` (see :mod:`crawler.daemon`); this file exists so the
daemon can be started from a checkout without installing the console script.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    """Run ``kimwatch daemon`` with this script's arguments."""
    from crawler.cli import cli

    cli(["daemon", *(sys.argv[1:] if argv is None else argv)], prog_name="scheduler.py")


if __name__ == "__main__":
    main()
