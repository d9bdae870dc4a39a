#!/usr/bin/env python3
"""Validator for heldout53: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules (read-only import)
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h53",
     inactive=["kim-mantuil", "kim-cempaka", "kim-gambut", "kim-kintap", "kim-halong", "kim-tanta"],
     special=["kim-loksado", "kim-paminggir", "kim-sungai-bali", "kim-juai"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), negatives_explained=True)
