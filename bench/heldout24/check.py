#!/usr/bin/env python3
"""Validator for heldout24: the rules of bench/heldout_check_platforms.py (JSON valid, references resolve,
post order, every gold pair 10 min–20 days after its announcement, link posts resolve to their
announcement, no negative links to an announcement, floors, roles). Exit code 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h24",
     inactive=["kim-sungai-jingah", "kim-angkinang", "kim-halong", "kim-muara-uya", "kim-ulu-benteng", "kim-takisung"],
     special=["kim-lok-baintan", "kim-sungai-bali", "kim-hantakan", "kim-danau-panggang"],
     minimums=True, first_day="2026-10-01", special_gold=3, negatives_explained=True)
