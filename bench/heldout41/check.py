#!/usr/bin/env python3
"""Validator for heldout41: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h41",
     inactive=["kim-basirih", "kim-bangkal", "kim-kurau", "kim-halong", "kim-tanta", "kim-serongga"],
     special=["kim-palimbangan", "kim-wasah-hulu", "kim-belawang", "kim-berangas"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), negatives_explained=True)
