#!/usr/bin/env python3
"""Validator for heldout52: the rules of bench/heldout_check_platforms.py (and heldout_check.py),
imported read-only from /work/main/bench. Exit 1 on any error."""
import sys

sys.path.insert(0, "/work/main/bench")  # the shared rules
from heldout_check_platforms import main  # noqa: E402

import os  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h52",
     inactive=["kim-aranio", "kim-swarangan", "kim-juai", "kim-hatungun", "kim-sungai-andai", "kim-serongga"],
     special=["kim-paminggir", "kim-pagat", "kim-muara-uya", "kim-sungai-dua"],
     minimums=True, first_day="2026-10-20", releases=(100, 140), negatives_explained=True)
