#!/usr/bin/env python3
"""Validator for heldout28: the rules of bench/heldout_check_platforms.py (heldout15's validator), plus
every look-alike explained in keymap.json. Exit code 1 on any error."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(HERE, "h28",
     inactive=["kim-mantuil", "kim-aranio", "kim-hatungun", "kim-haur-gading", "kim-jejangkit", "kim-mantewe"],
     special=["kim-paminggir", "kim-loklahung", "kim-hampang", "kim-pugaan"],
     minimums=True, first_day="2026-10-01", special_gold=3, negatives_explained=True)
