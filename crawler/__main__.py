"""``python -m crawler`` is the same as the ``kimwatch`` console script."""

from crawler.cli import main

main()
