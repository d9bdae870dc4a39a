#!/usr/bin/env python3
"""Validator for heldout38: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h38",
     inactive=["kim-teluk-dalam", "kim-cempaka", "kim-binuang", "kim-haruyan", "kim-halong", "kim-semayap"],
     special=["kim-pasar-jati", "kim-paminggir", "kim-jaro", "kim-sungai-loban"],
     minimums=True, negatives_explained=True)
