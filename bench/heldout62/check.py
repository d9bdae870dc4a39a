#!/usr/bin/env python3
"""Validator for heldout62: the rules of bench/heldout_check_platforms.py (and heldout_check.py), imported read-only
from the repo's bench/. Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules, read-only
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h62",
     inactive=["kim-pengambangan", "kim-bangkal", "kim-kurau", "kim-lokpaikat", "kim-upau", "kim-angsana"],
     special=["kim-paminggir", "kim-halong", "kim-simpur", "kim-sungai-bali"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), special_gold=3, negatives_explained=True)
