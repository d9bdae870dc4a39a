#!/usr/bin/env python3
"""Validator for heldout51: the rules of bench/heldout_check_platforms.py (and heldout_check.py), as heldout29's
check.py uses them, plus the release frame of this brief (100-140 words, a curly quotation). Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules (read only)
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h51",
     inactive=["kim-sungai-andai", "kim-cempaka", "kim-jorong", "kim-muara-uya", "kim-angkinang", "kim-anjir-pasar"],
     special=["kim-aranio", "kim-hantakan", "kim-halong", "kim-hatungun"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), special_gold=2, negatives_explained=True)
