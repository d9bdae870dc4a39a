#!/usr/bin/env python3
"""Validator for heldout15: the rules of bench/heldout_check_platforms.py. Exit code 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h15",
     inactive=["kim-teluk-tiram", "kim-angkinang", "kim-sungai-danau", "kim-landasan-ulin-barat",
      "kim-margasari-ilir"],
     special=["kim-tabunganen", "kim-hantakan", "kim-lok-baintan", "kim-sungai-bali", "kim-pudak-setegal"],
     minimums=True)
