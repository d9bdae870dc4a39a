#!/usr/bin/env python3
"""Validator for heldout56: the rules of bench/heldout_check_platforms.py (and heldout_check.py), imported read-only
from the bench/ directory beside this set. Exit 1 on any error."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for d in (os.path.dirname(HERE),):
    if os.path.exists(os.path.join(d, "heldout_check_platforms.py")):
        sys.path.insert(0, d)
        break
from heldout_check_platforms import main  # noqa: E402

main(HERE, "h56",
     inactive=["kim-teluk-dalam", "kim-karang-intan", "kim-jorong", "kim-nagara", "kim-juai", "kim-serongga"],
     special=["kim-paminggir", "kim-muara-uya", "kim-hantakan", "kim-jejangkit-muara"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), negatives_explained=True)
