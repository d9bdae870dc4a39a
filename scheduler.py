"""The kimwatch daemon: ``python scheduler.py [--config FILE] [--once]`` = ``kimwatch daemon``."""

from __future__ import annotations

if __name__ == "__main__":
    from crawler.cli import cli

    cli(["daemon"], prog_name="scheduler.py")
