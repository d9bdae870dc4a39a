#!/usr/bin/env python3
"""Validator for heldout35: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h35",
     inactive=["kim-basirih", "kim-bangkal", "kim-kurau", "kim-karang-bintang", "kim-tebing-tinggi", "kim-hatungun"],
     special=["kim-hantakan", "kim-loksado", "kim-sungai-bali", "kim-paminggir"],
     minimums=True, negatives_explained=True)
