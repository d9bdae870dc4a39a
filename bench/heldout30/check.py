#!/usr/bin/env python3
"""Validator for heldout30: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h30",
     inactive=["kim-alalak-utara", "kim-palam", "kim-aluh-aluh", "kim-jorong", "kim-haruai", "kim-angsana"],
     special=["kim-paminggir", "kim-telaga-langsat", "kim-hampang", "kim-wanaraya"],
     minimums=True, negatives_explained=True)
