#!/usr/bin/env python3
"""Validator for heldout64: the rules of bench/heldout_check_platforms.py (and heldout_check.py), imported
read-only from the repo's bench/, with posts from 2026-10-20, releases of 100–140 words with a “quotation”,
at least 3 gold posts per special KIM and every look-alike explained. Exit 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared rules (read only)
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h64",
     inactive=["kim-basirih-selatan", "kim-bangkal", "kim-asam-asam", "kim-pagat", "kim-juai", "kim-tabunganen-muara"],
     special=["kim-loksado", "kim-paminggir", "kim-sungai-bali", "kim-margasari-ilir"],
     minimums=True, first_day="2026-10-20", releases=(100, 140, "\u201c"), special_gold=3,
     negatives_explained=True)
