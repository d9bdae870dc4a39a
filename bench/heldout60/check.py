#!/usr/bin/env python3
"""Validator for heldout60: the rules of bench/heldout_check_platforms.py (and heldout_check.py),
imported read-only from the bench/ directory beside this set. Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h60",
     inactive=["kim-basirih", "kim-aranio", "kim-jejangkit-muara", "kim-loklahung", "kim-rantau-kiwa", "kim-stagen"],
     special=["kim-danau-panggang", "kim-halong", "kim-pandawan", "kim-sungai-besar"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), special_gold=3, negatives_explained=True)
