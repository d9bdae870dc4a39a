#!/usr/bin/env python3
"""Validator for heldout17: the rules of bench/heldout_check_platforms.py, with this writer's two
additions (three gold posts per special KIM, every look-alike explained). Exit code 1 on any error."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from heldout_check_platforms import main  # noqa: E402

main(HERE, "h17",
     inactive=["kim-kelayan-timur", "kim-mandiangin-barat", "kim-bakarangan", "kim-ilung", "kim-serongga", "kim-juai"],
     special=["kim-tabunganen-muara", "kim-paminggir", "kim-pandak-daun", "kim-muara-uya"],
     minimums=True, special_gold=3, negatives_explained=True)
