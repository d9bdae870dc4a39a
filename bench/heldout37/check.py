#!/usr/bin/env python3
"""Validator for heldout37: the rules of bench/heldout_check_platforms.py (and heldout_check.py). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h37",
     inactive=["kim-palam", "kim-tanjung-rema-darat", "kim-ambungan", "kim-kasiau", "kim-bayan-sari",
               "kim-jejangkit-muara"],
     special=["kim-pualam-sari", "kim-loksado", "kim-pagat", "kim-paliwara"],
     minimums=True, negatives_explained=True)
