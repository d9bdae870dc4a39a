#!/usr/bin/env python3
"""Validator for heldout18: the rules of bench/heldout_check_platforms.py, with this writer's roles
file (roles.json), its posts from 1 Aug, its short releases (45–120 words, a quotation) and every
look-alike naming what it imitates. Exit code 1 on any error."""
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
main(HERE, "h18", inactive=roles["inactive"], special=roles["special"], minimums=True,
     first_day="2026-08-01", releases=(45, 120, '"'), negatives_explained=("imitates",))
