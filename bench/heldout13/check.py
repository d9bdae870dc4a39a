#!/usr/bin/env python3
"""Validator for heldout13: the rules of bench/heldout_check_platforms.py. Exit code 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from heldout_check_platforms import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h13",
     inactive=["kim-pelambuan", "kim-kurau", "kim-tambarangan", "kim-loksado", "kim-juai", "kim-sungai-danau"],
     special=["kim-takisung", "kim-babirik", "kim-halong", "kim-anjir-pasar", "kim-stagen"],
     minimums=False)
