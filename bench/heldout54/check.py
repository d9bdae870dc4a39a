#!/usr/bin/env python3
"""Validator for heldout54: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules (read-only import)
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h54",
     inactive=["kim-pekapuran-raya", "kim-cempaka", "kim-kintap", "kim-margasari-ilir", "kim-juai", "kim-muara-uya"],
     special=["kim-lok-baintan", "kim-paminggir", "kim-sungai-bali", "kim-birayang"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), negatives_explained=True)
