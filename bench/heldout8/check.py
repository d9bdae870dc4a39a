#!/usr/bin/env python3
"""Validator for heldout8: the shared rules of bench/heldout_check.py. Exit code 1 on any error."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from heldout_check import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), "h8", keymap=False, sizes=False)
