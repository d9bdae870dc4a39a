#!/usr/bin/env python3
"""Validator for heldout19: the rules of bench/heldout_check_platforms.py, with this writer's roles
file (roles.json) and release shape (70–200 words, a quotation). Exit code 1 on any error. (The
writer's own validator also printed the number of sources and the short positive posts per style.)"""
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
main(HERE, "h19", inactive=roles["inactive"], special=roles["special"], minimums=True, releases=(70, 200))
