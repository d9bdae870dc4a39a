#!/usr/bin/env python3
"""Validator of the labelled matcher sets written from heldout13 on (heldout13 … heldout18).

The rules of :mod:`heldout_check` (those sets' writers started from heldout12's validator) and what
those writers added: the KIMs made truly inactive (``inactive``: no gold, at least 4 look-alikes
each) and active only through round-ups, paraphrases or platform-mangled texts (``special``), the
weekdays written beside release dates, and — with ``minimums``, from heldout14 on — per-style
floors, a gold pair for every announcement and an ellipsis at the end of every cut Telegram
preview; heldout16's release shape (length, a quotation) and heldout17's floor of gold posts per
special KIM and explained negatives. Prints a summary, with posts per platform and style and the short posts; exits 1 on any
error.
"""
import collections
import re
from datetime import datetime

from heldout_check import STYLES, SetCheck

#: per-style floors of the later briefs
MINIMUMS = (("copy", 30), ("excerpt", 30), ("link", 35), ("summary", 50), ("paraphrase", 35),
            ("negative-unrelated", 60), ("before", 20))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
PLATFORMS = ("facebook", "instagram", "telegram", "website", "youtube")


class PlatformSetCheck(SetCheck):
    def later_rules(self):
        """Per-style floors, a gold pair for every announcement, cut Telegram previews end in "…"."""
        styles = collections.Counter(lab["style"] for lab in self.labels)
        for style, least in MINIMUMS:
            if styles[style] < least:
                self.err(f"{style} posts {styles[style]} < {least}")
        gold = collections.Counter(a for lab in self.labels for a in lab["announcements"])
        for a in self.anns:
            if not gold[a["id"]]:
                self.err(f"announcement {a['id']} has no gold pair")
        for p in self.posts:
            if self.keymap[p["id"]].get("shape") == "tgtrunc" and not p["text"].endswith("\u2026"):
                self.err(f"tgtrunc {p['id']} without ellipsis")

    def roles(self, inactive, special):
        """The writer's truly inactive KIMs have no gold and ≥ 4 look-alikes; the special ones are
        active only through round-ups, paraphrases, cut Telegram previews or hashtag-heavy captions."""
        active = {p["kim"] for p, lab in self.pairs() if lab["announcements"]}
        for k in inactive:
            if k in active:
                self.err(f"inactive kim {k} has gold")
            if sum(1 for p, lab in self.pairs()
                   if p["kim"] == k and lab["style"] in ("negative-topic", "before")) < 4:
                self.err(f"inactive {k} < 4 look-alikes")
        for k in special:
            if k not in active:
                self.err(f"special kim {k} not active")
            for p, lab in self.pairs():
                if p["kim"] != k or not lab["announcements"]:
                    continue
                ok = (lab["style"] in ("roundup", "paraphrase")
                      or (lab["style"] == "excerpt" and p["platform"] == "telegram" and p["text"].endswith("\u2026"))
                      or (lab["style"] == "summary" and p["platform"] == "instagram" and p["text"].count("#") >= 10))
                if not ok:
                    self.err(f"special kim {k} has a plain {lab['style']} post {p['id']}")

    def shapes(self):
        """Print posts per platform and style, and the short posts per style."""
        print("platform x style:")
        counts = collections.Counter((p["platform"], lab["style"]) for p, lab in self.pairs())
        for style in STYLES:
            print(f"  {style:<20} " + ", ".join(f"{pl} {counts[(pl, style)]}" for pl in PLATFORMS if counts[(pl, style)]))
        short = collections.Counter(lab["style"] for p, lab in self.pairs()
                                    if len(re.sub(r"#\S+", "", p["text"]).split()) <= 20)
        print("short posts (<= 20 words without hashtags):", dict(short))

    def weekdays(self):
        """A weekday written beside a (d/m/yyyy) date in a release is that date's."""
        for a in self.anns:
            for day, d, m, y in re.findall(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/(\d{4})\)",
                                           a["text"]):
                if HARI[datetime(int(y), int(m), int(d)).weekday()] != day:
                    self.err(f"weekday wrong in {a['id']}")


    def releases(self, least, most, quote="\u201c"):
        """Every release ``least``–``most`` words long, with a quotation mark ``quote`` (heldout16, 18)."""
        for a in self.anns:
            words = len(a["text"].split())
            if not (least <= words <= most):
                self.err(f"release {a['id']} has {words} words")
            if quote not in a["text"]:
                self.err(f"release {a['id']} without quote")

    def special_gold(self, special, least):
        """Every special KIM has at least ``least`` gold posts (heldout17)."""
        for k in special:
            found = sum(1 for p, lab in self.pairs() if p["kim"] == k and lab["announcements"])
            if found < least:
                self.err(f"special kim {k} has only {found} gold posts")

    def negatives_explained(self, fields=("imitates", "differs")):
        """Every look-alike and `before` post says in keymap.json what it imitates (and how it differs)."""
        for p, lab in self.pairs():
            entry = self.keymap[p["id"]]
            if lab["style"] in ("negative-topic", "before") and not all(entry.get(f) for f in fields):
                self.err(f"keymap {p['id']} lacks {'/'.join(fields)}")


def main(here, prefix, inactive, special, minimums=True, first_day=None, releases=None, special_gold=0,
         negatives_explained=False):
    """Check the set in directory ``here`` (ids ``prefix``-a…/-p…); exit 1 on any error. The
    options are what later writers added: posts from ``first_day``, releases of ``releases``
    (least, most[, quotation mark]) words with a quotation, ``special_gold`` gold posts per special
    KIM, every look-alike explained (``negatives_explained``: True, or the keymap fields it needs)."""
    s = PlatformSetCheck(here, prefix)
    if first_day:
        s.first_day = first_day
    if releases:
        s.releases(*releases)
    if special_gold:
        s.special_gold(special, special_gold)
    if negatives_explained:
        s.negatives_explained(*([negatives_explained] if isinstance(negatives_explained, tuple) else []))
    s.format()
    delays = s.windows_and_links()
    s.keymap_rules()
    s.sizes()
    if minimums:
        s.later_rules()
    s.duplicates()
    s.summary(delays)
    s.roles(inactive, special)
    s.shapes()
    s.weekdays()
    s.finish()
