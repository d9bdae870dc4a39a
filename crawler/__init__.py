"""kimwatch: which community information groups (KIM) spread which government announcements.

The library is the product; :mod:`crawler.cli` is a thin layer over it.
"""

from __future__ import annotations

__version__ = "0.1.0"
