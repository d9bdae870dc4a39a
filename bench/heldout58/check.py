#!/usr/bin/env python3
"""Validator for heldout58: the rules of bench/heldout_check_platforms.py (and heldout_check.py), imported read-only
from the bench/ directory beside this set, with posts from 2026-10-20, releases of 100-140 words with a quotation, and every look-alike
and `before` post explained in keymap.json. Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules, read-only
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h58",
     inactive=["kim-basirih", "kim-binuang", "kim-angkinang", "kim-halong", "kim-sungai-danau", "kim-anjir-pasar-kota"],
     special=["kim-kaliukan", "kim-babirik", "kim-mabuun", "kim-semayap"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), special_gold=2, negatives_explained=True)
