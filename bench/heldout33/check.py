#!/usr/bin/env python3
"""Validator for heldout33: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h33",
     inactive=["kim-teluk-dalam", "kim-palam", "kim-asam-asam", "kim-telaga-langsat", "kim-jaro", "kim-serongga"],
     special=["kim-paminggir", "kim-halong", "kim-belawang", "kim-bakarangan"],
     minimums=True, negatives_explained=True)
