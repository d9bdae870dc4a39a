#!/usr/bin/env python3
"""Validator for heldout20: the rules of bench/heldout_check_platforms.py (JSON valid, references resolve, post order,
gold pairs 10 min–20 days after their announcement, link posts resolve, no negative links an announcement, floors,
truly inactive and special KIMs, weekdays, explained look-alikes). Exit code 1 on any error."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from heldout_check_platforms import main  # noqa: E402

roles = json.load(open(os.path.join(HERE, "roles.json"), encoding="utf-8"))
main(HERE, "h20", inactive=roles["inactive"], special=roles["special"], minimums=True, first_day="2026-04-20",
     special_gold=2, negatives_explained=True)
