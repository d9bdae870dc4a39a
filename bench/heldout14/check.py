#!/usr/bin/env python3
"""Validator for heldout14: the rules of bench/heldout_check_platforms.py. Exit code 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h14",
     inactive=["kim-basirih", "kim-asam-asam", "kim-hatungun", "kim-malinau", "kim-tebing-tinggi", "kim-danau-panggang"],
     special=["kim-tabanio", "kim-haruyan", "kim-wanaraya", "kim-sungai-bali", "kim-jaro"],
     minimums=True)
