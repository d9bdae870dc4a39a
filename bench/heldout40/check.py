#!/usr/bin/env python3
"""Validator for heldout40: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h40",
     inactive=["kim-palam", "kim-pasar-jati", "kim-hatungun", "kim-jaro", "kim-jejangkit", "kim-mantewe"],
     special=["kim-ilung", "kim-paminggir", "kim-hampang", "kim-kurau"],
     minimums=True, negatives_explained=True)
