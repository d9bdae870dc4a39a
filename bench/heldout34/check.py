#!/usr/bin/env python3
"""Validator for heldout34: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h34",
     inactive=["kim-teluk-tiram", "kim-palam", "kim-kintap", "kim-padang-batung", "kim-paminggir", "kim-muara-uya"],
     special=["kim-lokpaikat", "kim-birayang", "kim-batu-mandi", "kim-berangas"],
     minimums=True, negatives_explained=True)
