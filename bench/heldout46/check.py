#!/usr/bin/env python3
"""Validator for heldout46: the rules of bench/heldout_check_platforms.py (and heldout_check.py),
imported read-only from the bench/ directory beside this set. Exit 1 on any error."""
import os
import sys

sys.dont_write_bytecode = True  # write nothing into /work/main
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h46",
     inactive=["kim-pekapuran-raya", "kim-bangkal", "kim-asam-asam", "kim-sengayam", "kim-jaro", "kim-tatakan"],
     special=["kim-lampihong-kanan", "kim-danau-panggang", "kim-loksado", "kim-anjir-pasar-kota"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), negatives_explained=True)
