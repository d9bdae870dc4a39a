#!/usr/bin/env python3
"""Validator for heldout63: the rules of the repo's bench//heldout_check_platforms.py (and heldout_check.py),
imported read-only by absolute path. Exit 1 on any error."""
import os
import sys

sys.dont_write_bytecode = True  # never write __pycache__ next to the shared rules
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h63",
     inactive=["kim-pelambuan", "kim-kuripan", "kim-malinau", "kim-halong", "kim-kintap", "kim-serongga"],
     special=["kim-dalam-pagar", "kim-babirik", "kim-pagat", "kim-sungai-danau"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), special_gold=3, negatives_explained=True)
