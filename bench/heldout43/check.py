#!/usr/bin/env python3
"""Validator for heldout43: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules (read-only import)
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h43",
     inactive=["kim-basirih", "kim-bangkal", "kim-batakan", "kim-pagat", "kim-kelua", "kim-stagen"],
     special=["kim-loksado", "kim-danau-panggang", "kim-juai", "kim-sungai-bali"],
     minimums=True, first_day="2026-10-20", releases=(100, 140, "\u201c"), special_gold=3,
     negatives_explained=True)
