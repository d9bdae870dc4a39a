#!/usr/bin/env python3
"""Validator for heldout44: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules (read-only import)
sys.dont_write_bytecode = True
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h44",
     inactive=["kim-kelayan-barat", "kim-tajau-pecah", "kim-juai", "kim-jambu-hilir", "kim-birayang", "kim-kuripan"],
     special=["kim-hantakan", "kim-babirik", "kim-semayap", "kim-muara-uya"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), negatives_explained=True)
