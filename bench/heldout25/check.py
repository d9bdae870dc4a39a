#!/usr/bin/env python3
"""Validator for heldout25 (self-contained): the rules of bench/heldout_check.py and
bench/heldout_check_platforms.py (copied below, as used by heldout15's check.py), plus heldout25's
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

REGIONS = {"Kabupaten Banjar", "Kota Banjarmasin", "Kota Banjarbaru", "Kabupaten Tanah Laut", "Kabupaten Kotabaru",
           "Kabupaten Balangan", "Kabupaten Tabalong", "Kabupaten Hulu Sungai Selatan", "Kabupaten Hulu Sungai Tengah",
           "Kabupaten Hulu Sungai Utara", "Kabupaten Tapin", "Kabupaten Barito Kuala", "Kabupaten Tanah Bumbu"}
NEGATIVE = ("negative-topic", "negative-unrelated", "before")
STYLES = ["copy", "excerpt", "link", "summary", "paraphrase", "roundup", *NEGATIVE]


def ts(s):
    return datetime.fromisoformat(s)


def norm(u):
    """A link's comparable form: no scheme, www./m., AMP suffix, trailing slash, utm_*/fbclid."""
    if not re.match(r"https?://", u):
        u = "https://" + u
    s = urlsplit(u)
    host = s.netloc.lower()
    for p in ("www.", "m."):
        if host.startswith(p):
            host = host[len(p):]
    path = re.sub(r"/amp/?$", "", s.path).rstrip("/")
    q = [(k, v) for k, v in parse_qsl(s.query) if not k.startswith("utm_") and k != "fbclid"]
    return host + path + ("?" + urlencode(q) if q else "")


class SetCheck:
    """The files of one set, read once, and the errors found in them."""

    def __init__(self, here, prefix):
        self.here, self.prefix, self.errors = here, prefix, []
        self.first_day = "2026-01-01"  # the first day a post may be dated (a set may say a later one)
        self.anns = self.load("announcements.jsonl")
        self.posts = self.load("posts.jsonl")
        self.labels = self.load("labels.jsonl")
        with open(os.path.join(here, "keymap.json"), encoding="utf-8") as f:
            self.keymap = json.load(f)
        self.kims = self.load_kims()
        self.ann = {a["id"]: a for a in self.anns}
        self.kim = {k["id"]: k for k in self.kims}

    def err(self, message):
        self.errors.append(message)

    def load(self, name):
        rows = []
        with open(os.path.join(self.here, name), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line))
                except Exception as e:
                    self.err(f"{name}:{i} invalid JSON ({e})")
        return rows

    def load_kims(self):
        with open(os.path.join(self.here, "kims.yaml"), encoding="utf-8") as f:
            text = f.read()
        try:
            import yaml
        except ImportError:
            pattern = r"- id: (\S+)\n  name: (.+)\n  region: (.+)\n  district: (.+)\n  village: (.+)\n"
            return [dict(zip(["id", "name", "region", "district", "village"], m.groups(), strict=False))
                    for m in re.finditer(pattern, text)]
        return yaml.safe_load(text)["kims"]

    def pairs(self):
        return zip(self.posts, self.labels, strict=False)

    def format(self):
        """Ids, regions, references, label order and styles."""
        err = self.err
        for k in self.kims:
            if k["region"] not in REGIONS:
                err("kim {}: region {!r} not a Kalsel kabupaten/kota".format(k["id"], k["region"]))
        for coll, name in ((self.anns, "announcement"), (self.posts, "post"), (self.kims, "kim")):
            ids = [x["id"] for x in coll]
            if len(ids) != len(set(ids)):
                err(f"duplicate {name} ids")
        for a in self.anns:
            if not a["id"].startswith(self.prefix + "-a"):
                err("bad ann id {}".format(a["id"]))
        for p in self.posts:
            if not p["id"].startswith(self.prefix + "-p"):
                err("bad post id {}".format(p["id"]))
        if len(self.labels) != len(self.posts):
            err(f"labels {len(self.labels)} != posts {len(self.posts)}")
        for p, lab in self.pairs():
            if lab["post"] != p["id"]:
                err("label order mismatch at {} / {}".format(p["id"], lab["post"]))
        for a, b in zip(self.posts, self.posts[1:], strict=False):
            if ts(b["published_at"]) < ts(a["published_at"]):
                err("posts not in time order at {}".format(b["id"]))
        for p in self.posts:
            if p["kim"] not in self.kim:
                err("post {}: unknown kim {}".format(p["id"], p["kim"]))
            if p["platform"] not in ("facebook", "instagram", "telegram", "website", "youtube"):
                err("post {} bad platform".format(p["id"]))
            titled = p["platform"] in ("website", "youtube")
            if titled and not p["title"]:
                err("post {}: website without title".format(p["id"]))
            if not titled and p["title"]:
                err("post {}: title on {}".format(p["id"], p["platform"]))
        for lab in self.labels:
            for a in lab["announcements"]:
                if a not in self.ann:
                    err("label {}: unknown announcement {}".format(lab["post"], a))
            if lab["style"] in NEGATIVE and lab["announcements"]:
                err("negative {} has gold".format(lab["post"]))
            if lab["style"] == "roundup" and len(lab["announcements"]) < 2:
                err("roundup {} with <2 anns".format(lab["post"]))
            if lab["style"] not in ("roundup", *NEGATIVE) and len(lab["announcements"]) != 1:
                err("{} {} must have exactly one announcement".format(lab["style"], lab["post"]))

    def windows_and_links(self):
        """Gold pairs 10 min..20 days after their announcement; links resolve; returns the delays."""
        err = self.err
        by_url = {norm(a["url"]): a["id"] for a in self.anns}
        delays = []
        for p, lab in self.pairs():
            pt = ts(p["published_at"])
            for a in lab["announcements"]:
                d = pt - ts(self.ann[a]["published_at"])
                delays.append(d)
                if not (timedelta(minutes=10) <= d <= timedelta(days=20)):
                    err("gold pair {}-{} outside 10 min..20 days ({})".format(p["id"], a, d))
            hit = [h for h in (by_url.get(norm(u)) for u in p["links"]) if h]
            for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
                if u.rstrip(".,;:!?") not in p["links"]:
                    err("post {}: URL in text missing from links: {}".format(p["id"], u))
            if lab["style"] == "link":
                if not hit or set(hit) != set(lab["announcements"]):
                    err("link post {} resolves to {}, gold {}".format(p["id"], hit, lab["announcements"]))
            elif lab["style"] in NEGATIVE:
                if hit:
                    err("negative post {} links announcement {}".format(p["id"], hit))
            elif set(hit) - set(lab["announcements"]):
                err("post {} links a non-gold announcement {}".format(p["id"], hit))
            if lab["style"] == "before":
                for a in self.keymap[p["id"]].get("imitates", []):
                    if pt >= ts(self.ann[a]["published_at"]):
                        err("before post {} not before {}".format(p["id"], a))
        return delays

    def keymap_rules(self):
        """The keymap covers every post; the announcements it says a post imitates exist."""
        for p in self.posts:
            if p["id"] not in self.keymap:
                self.err("post {} missing from keymap.json".format(p["id"]))
            for a in self.keymap.get(p["id"], {}).get("imitates", []):
                if a not in self.ann:
                    self.err("keymap {} imitates unknown {}".format(p["id"], a))

    def sizes(self):
        """Posts in 2026 (from ``first_day``) and not in the future; the size floors of the writers' briefs."""
        for p in self.posts:
            if not (self.first_day <= p["published_at"][:10] <= "2026-12-05"):
                self.err("post {} date out of period".format(p["id"]))
        if sum(len(lab["announcements"]) for lab in self.labels if lab["style"] == "roundup") < 55:
            self.err("round-up pairs < 55")
        if sum(1 for lab in self.labels if lab["style"] == "roundup") < 25:
            self.err("round-ups < 25")
        if sum(1 for lab in self.labels if lab["style"] == "negative-topic") < 110:
            self.err("negative-topic < 110")

    def duplicates(self):
        for t, n in collections.Counter(p["text"] for p in self.posts).items():
            if n > 1:
                self.err(f"duplicate post text x{n}: {t[:60]}")

    def summary(self, delays):
        """Print counts per style, platforms, delays and who is active; returns
        (posting-but-inactive KIMs, KIMs active only through round-ups/paraphrases)."""
        anns, posts, labels = self.anns, self.posts, self.labels
        styles = collections.Counter(lab["style"] for lab in labels)
        pairs = collections.Counter()
        for lab in labels:
            pairs[lab["style"]] += len(lab["announcements"])
        sources = len({a["source"] for a in anns})
        print(f"announcements {len(anns)} from {sources} sources, kims {len(self.kims)}, posts {len(posts)}")
        print(f"{'style':<20} {'posts':>6} {'pairs':>6}")
        for s in STYLES:
            print(f"{s:<20} {styles[s]:>6} {pairs[s]:>6}")
        print(f"gold pairs total {sum(pairs.values())}")
        print("platforms", dict(collections.Counter(p["platform"] for p in posts)))
        delays.sort()
        print(f"delay min {delays[0]}, median {delays[len(delays) // 2]}, max {delays[-1]}")
        first, last = min(a["published_at"] for a in anns)[:10], max(a["published_at"] for a in anns)[:10]
        print(f"announcements {first} .. {last}; posts {posts[0]['published_at'][:10]} .. {posts[-1]['published_at'][:10]}")
        active = collections.defaultdict(set)
        posting = collections.Counter(p["kim"] for p in posts)
        for p, lab in self.pairs():
            if lab["announcements"]:
                active[p["kim"]].add(lab["style"])
        silent = sorted(set(self.kim) - set(posting))
        print(f"true active KIMs: {len(active)} of {len(self.kims)}; no posts: {silent}")
        inactive = sorted(k for k in posting if k not in active)
        print("posting but inactive:", ", ".join(inactive))
        for k in inactive:
            ontopic = sum(1 for p, lab in self.pairs()
                          if p["kim"] == k and lab["style"] in ("negative-topic", "before"))
            print(f"   {k}: {posting[k]} posts, {ontopic} look-alike/before")
        onlyrp = sorted(k for k, s in active.items() if s <= {"roundup", "paraphrase"})
        print("active only via roundup/paraphrase:",
              ", ".join("{}({})".format(k, "+".join(sorted(active[k]))) for k in onlyrp))
        per_ann = collections.Counter(a for lab in labels for a in lab["announcements"])
        print(f"gold pairs per announcement: min {min(per_ann[a] for a in self.ann)} max {max(per_ann.values())}")
        print(f"posts per posting KIM: {min(posting.values())}..{max(posting.values())}")
        return inactive, onlyrp

    def activity(self, inactive, onlyrp):
        """The activity floors: ≥ 6 posting-but-inactive KIMs, each with a look-alike, ≥ 4 KIMs
        active only through round-ups or paraphrases; announcements in WITA."""
        if len(inactive) < 6:
            self.err("fewer than 6 posting-but-inactive KIMs")
        for k in inactive:
            if not any(p["kim"] == k and lab["style"] in ("negative-topic", "before") for p, lab in self.pairs()):
                self.err(f"inactive {k} has no look-alike")
        if len(onlyrp) < 4:
            self.err("fewer than 4 KIMs active only via round-up/paraphrase")
        for a in self.anns:
            if not a["published_at"].endswith("+08:00"):
                self.err("ann {} not Wita".format(a["id"]))


    def finish(self):
        """Print the errors found and exit 1, or say that every check passed."""
        if self.errors:
            print(f"\nERRORS ({len(self.errors)}):")
            for e in self.errors[:60]:
                print(" -", e)
            sys.exit(1)
        print("\nOK: all checks passed")


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
