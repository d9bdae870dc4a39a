#!/usr/bin/env python3
"""Validator for heldout27: the rules of bench/heldout_check_platforms.py (heldout15's validator) plus
this set's own: every look-alike/`before` explained in keymap.json, no post later than
2026-12-06 23:00 Wita, no gold in the inactive KIMs. Exit code 1 on any error."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # bench/: the shared rules
from heldout_check_platforms import main  # noqa: E402

INACTIVE = ["kim-teluk-tiram", "kim-sungai-tiung", "kim-bati-bati", "kim-serongga", "kim-margasari-ilir", "kim-juai"]
SPECIAL = ["kim-lok-baintan", "kim-hantakan", "kim-tabunganen", "kim-halong", "kim-loksado"]

# own extra checks first (main() exits)
errors = []
posts = [json.loads(x) for x in open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8")]
anns = [json.loads(x) for x in open(os.path.join(HERE, "announcements.jsonl"), encoding="utf-8")]
for p in posts:
    if p["published_at"] > "2026-12-06T23:00:00+08:00":
        errors.append(f"post {p['id']} dated after 2026-12-06 23:00")
for a in anns:
    if a["published_at"] >= "2026-12-07":
        errors.append(f"announcement {a['id']} in the future")
if errors:
    print("\n".join(errors))
    sys.exit(1)

main(HERE, "h27", inactive=INACTIVE, special=SPECIAL, minimums=True, special_gold=2, negatives_explained=True)
