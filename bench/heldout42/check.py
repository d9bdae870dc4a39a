#!/usr/bin/env python3
"""Validator for heldout42: the rules of bench/heldout_check_platforms.py (and heldout_check.py), as heldout29's
check.py applies them, with this set's inactive and special KIMs. Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules (read-only)
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h42",
     inactive=["kim-sungai-miai", "kim-loktabat-utara", "kim-aluh-aluh-besar", "kim-jorong", "kim-birayang", "kim-jaro"],
     special=["kim-margasari", "kim-loksado", "kim-halong", "kim-serongga"],
     minimums=True, negatives_explained=True)
