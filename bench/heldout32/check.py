#!/usr/bin/env python3
"""Validator for heldout32: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h32",
     inactive=["kim-palam", "kim-asam-asam", "kim-lampihong-kiri", "kim-angkinang", "kim-binuang", "kim-sungai-dua"],
     special=["kim-alat", "kim-loklahung", "kim-danau-panggang", "kim-hampang"],
     minimums=True, negatives_explained=True)
