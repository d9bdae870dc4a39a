#!/usr/bin/env python3
"""Validator for heldout22: the rules of bench/heldout_check_platforms.py (heldout15's validator). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h22",
     inactive=["kim-kuin-utara", "kim-syamsudin-noor", "kim-bati-bati", "kim-juai", "kim-pagat", "kim-anjir-muara-kota"],
     special=["kim-kelayan-timur", "kim-astambul-kota", "kim-serongga", "kim-negara", "kim-binuang"],
     minimums=True, first_day="2026-10-01", special_gold=3, negatives_explained=True)
