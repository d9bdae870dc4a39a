#!/usr/bin/env python3
"""Validator for heldout21: the rules of bench/heldout_check_platforms.py (JSON valid, references resolve,
post order, 10 min–20 day window for every gold pair, link posts resolve to their announcement, no
negative links to an announcement, per-style floors, roles of the inactive and special KIMs, weekdays,
release shape) with this writer's roles file (roles.json). Exit code 1 on any error."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from heldout_check_platforms import main  # noqa: E402

with open(os.path.join(HERE, "roles.json"), encoding="utf-8") as f:
    roles = json.load(f)
if len(roles["inactive"]) < 6 or len(roles["special"]) < 4:
    sys.exit("roles.json: fewer than 6 inactive or 4 special KIMs")
main(HERE, "h21", inactive=roles["inactive"], special=roles["special"], minimums=True, releases=(70, 200),
     special_gold=4, negatives_explained=True)
