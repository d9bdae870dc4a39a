#!/usr/bin/env python3
"""Validator for heldout26: the rules of bench/heldout_check_platforms.py (JSON valid, references resolve,
post order, gold pairs 10 min–20 days after their announcement, link posts resolve to their announcement,
no negative links an announcement, keymap coverage, size floors, inactive/special KIM roles, weekdays),
plus heldout26's own: ids h26-, posts not later than 2026-12-06 23:00 Wita, look-alikes explained."""
import os
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("KIMWATCH_BENCH", os.path.dirname(HERE)))
import heldout_check_platforms as hp  # noqa: E402

INACTIVE = ["kim-sigam", "kim-babirik", "kim-batakan", "kim-hatungun", "kim-cempaka", "kim-tanta"]
SPECIAL = ["kim-lok-baintan", "kim-juai", "kim-ulu-benteng", "kim-loksado"]


def extra():
    s = hp.PlatformSetCheck(HERE, "h26")
    limit = datetime.fromisoformat("2026-12-06T23:00:00+08:00")
    for p in s.posts:
        if datetime.fromisoformat(p["published_at"]) > limit:
            s.err(f"post {p['id']} in the future")
    for a in s.anns:
        if a["published_at"] >= "2026-12-07":
            s.err(f"announcement {a['id']} in the future")
    s.negatives_explained()
    s.special_gold(SPECIAL, 3)
    if s.errors:
        print("EXTRA ERRORS:", *s.errors, sep="\n - ")
        sys.exit(1)
    print("heldout26 extra checks: OK (dates, explained look-alikes, >=3 gold posts per special KIM)")


extra()
hp.main(HERE, "h26", inactive=INACTIVE, special=SPECIAL, minimums=True)
