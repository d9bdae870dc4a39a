#!/usr/bin/env python3
"""Validator for heldout25: the rules of bench/heldout_check.py and
bench/heldout_check_platforms.py (imported, as heldout15's check.py does), plus heldout25's
own: every look-alike/`before` post explained in keymap.json, no post after 2026-12-06 23:00 Wita,
special KIMs with >= 3 gold posts, and a share of short posts in every positive style.
Exit code 1 on any error."""
import collections
import json
import os
import re
import sys
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit


HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("KIMWATCH_BENCH", os.path.dirname(HERE)))  # bench/: the shared rules
from heldout_check import SetCheck, ts  # noqa: E402
from heldout_check_platforms import PlatformSetCheck  # noqa: E402


def extra_rules(s):
    """heldout25's own rules."""
    limit = datetime.fromisoformat("2026-12-06T23:00:00+08:00")
    for p in s.posts:
        if ts(p["published_at"]) > limit:
            s.err(f"post {p['id']} after 2026-12-06 23:00 Wita")
    short = collections.Counter(lab["style"] for p, lab in s.pairs()
                                if 8 <= len(re.sub(r"#\S+", "", p["text"]).split()) <= 20)
    for style in ("excerpt", "link", "summary", "paraphrase", "roundup"):
        if short[style] < 3:
            s.err(f"fewer than 3 short (8-20 words) {style} posts")
    for p in s.posts:
        if not p["id"].startswith("h25-p"):
            s.err("bad id " + p["id"])


def main(here, prefix, inactive, special):
    s = PlatformSetCheck(here, prefix)
    s.special_gold(special, 3)
    s.negatives_explained()
    s.format()
    delays = s.windows_and_links()
    s.keymap_rules()
    s.sizes()
    s.later_rules()
    s.duplicates()
    s.summary(delays)
    s.roles(inactive, special)
    s.shapes()
    s.weekdays()
    extra_rules(s)
    s.activity(*s.summary_quiet())
    s.finish()


def _quiet(self):
    active = {p["kim"] for p, lab in self.pairs() if lab["announcements"]}
    posting = {p["kim"] for p in self.posts}
    act = collections.defaultdict(set)
    for p, lab in self.pairs():
        if lab["announcements"]:
            act[p["kim"]].add(lab["style"])
    return sorted(posting - active), sorted(k for k, st in act.items() if st <= {"roundup", "paraphrase"})


SetCheck.summary_quiet = _quiet

if __name__ == "__main__":
    main(os.path.dirname(os.path.abspath(__file__)), "h25",
         inactive=["kim-sungai-miai", "kim-syamsudin-noor", "kim-asam-asam", "kim-birayang", "kim-batumandi",
                   "kim-stagen"],
         special=["kim-sungai-lulut", "kim-padang-batung", "kim-pembataan", "kim-anjir-pasar-kota"])
