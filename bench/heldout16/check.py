#!/usr/bin/env python3
"""Validator for heldout16 (modelled on heldout15's). Exit code 1 on any error."""
import json, os, re, sys, collections
from datetime import datetime, timedelta
from urllib.parse import urlsplit, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(m): ERR.append(m)

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s:%d invalid JSON (%s)" % (name, i, e))
    return rows

anns, posts, labels = load("announcements.jsonl"), load("posts.jsonl"), load("labels.jsonl")
keymap = json.load(open(os.path.join(HERE, "keymap.json"), encoding="utf-8"))
try:
    import yaml
    kims = yaml.safe_load(open(os.path.join(HERE, "kims.yaml"), encoding="utf-8"))["kims"]
except ImportError:
    kims = []
    for m in re.finditer(r"- id: (\S+)\n  name: (.+)\n  region: (.+)\n  district: (.+)\n  village: (.+)\n",
                         open(os.path.join(HERE, "kims.yaml"), encoding="utf-8").read()):
        kims.append(dict(zip(["id", "name", "region", "district", "village"], m.groups())))

REGIONS = {"Kabupaten Banjar", "Kota Banjarmasin", "Kota Banjarbaru", "Kabupaten Tanah Laut", "Kabupaten Kotabaru",
           "Kabupaten Balangan", "Kabupaten Tabalong", "Kabupaten Hulu Sungai Selatan", "Kabupaten Hulu Sungai Tengah",
           "Kabupaten Hulu Sungai Utara", "Kabupaten Tapin", "Kabupaten Barito Kuala", "Kabupaten Tanah Bumbu"}
KIM = {k["id"]: k for k in kims}
for k in kims:
    if k["region"] not in REGIONS: err("kim %s: region %r not a Kalsel kabupaten/kota" % (k["id"], k["region"]))
ANN = {a["id"]: a for a in anns}
for coll, name in ((anns, "announcement"), (posts, "post"), (kims, "kim")):
    ids = [x["id"] for x in coll]
    if len(ids) != len(set(ids)): err("duplicate %s ids" % name)
for a in anns:
    if not a["id"].startswith("h16-a"): err("bad ann id %s" % a["id"])
for p in posts:
    if not p["id"].startswith("h16-p"): err("bad post id %s" % p["id"])

def ts(s): return datetime.fromisoformat(s)

# labels: one per post, same order
if len(labels) != len(posts): err("labels %d != posts %d" % (len(labels), len(posts)))
for p, l in zip(posts, labels):
    if l["post"] != p["id"]: err("label order mismatch at %s / %s" % (p["id"], l["post"]))
# post order
for a, b in zip(posts, posts[1:]):
    if ts(b["published_at"]) < ts(a["published_at"]): err("posts not in time order at %s" % b["id"])
# references
for p in posts:
    if p["kim"] not in KIM: err("post %s: unknown kim %s" % (p["id"], p["kim"]))
    if p["platform"] not in ("facebook", "instagram", "telegram", "website", "youtube"): err("post %s bad platform" % p["id"])
    if p["platform"] in ("website", "youtube") and not p["title"]: err("post %s: website without title" % p["id"])
    if p["platform"] not in ("website", "youtube") and p["title"]: err("post %s: title on %s" % (p["id"], p["platform"]))
for l in labels:
    for a in l["announcements"]:
        if a not in ANN: err("label %s: unknown announcement %s" % (l["post"], a))
    if l["style"] in ("negative-topic", "negative-unrelated", "before") and l["announcements"]: err("negative %s has gold" % l["post"])
    if l["style"] == "roundup" and len(l["announcements"]) < 2: err("roundup %s with <2 anns" % l["post"])
    if l["style"] not in ("roundup", "negative-topic", "negative-unrelated", "before") and len(l["announcements"]) != 1:
        err("%s %s must have exactly one announcement" % (l["style"], l["post"]))

# URL normalisation
def norm(u):
    if not re.match(r"https?://", u): u = "https://" + u
    s = urlsplit(u)
    host = s.netloc.lower()
    for p in ("www.", "m."):
        if host.startswith(p): host = host[len(p):]
    path = s.path
    path = re.sub(r"/amp/?$", "", path)
    path = path.rstrip("/")
    q = [(k, v) for k, v in parse_qsl(s.query) if not k.startswith("utm_") and k != "fbclid"]
    return host + path + ("?" + urlencode(q) if q else "")
ANN_BY_URL = {norm(a["url"]): a["id"] for a in anns}

# windows, links
delays = []
for p, l in zip(posts, labels):
    pt = ts(p["published_at"])
    for a in l["announcements"]:
        d = pt - ts(ANN[a]["published_at"])
        delays.append(d)
        if not (timedelta(minutes=10) <= d <= timedelta(days=20)):
            err("gold pair %s-%s outside 10 min..20 days (%s)" % (p["id"], a, d))
    hit = [ANN_BY_URL.get(norm(u)) for u in p["links"]]
    hit = [h for h in hit if h]
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
        if u.rstrip(".,;:!?") not in p["links"]: err("post %s: URL in text missing from links: %s" % (p["id"], u))
    if l["style"] == "link":
        if not hit or set(hit) != set(l["announcements"]):
            err("link post %s resolves to %s, gold %s" % (p["id"], hit, l["announcements"]))
    elif l["style"] in ("negative-topic", "negative-unrelated", "before"):
        if hit: err("negative post %s links announcement %s" % (p["id"], hit))
    else:
        if set(hit) - set(l["announcements"]): err("post %s links a non-gold announcement %s" % (p["id"], hit))
    if l["style"] == "before":
        for a in keymap[p["id"]].get("imitates", []):
            if pt >= ts(ANN[a]["published_at"]): err("before post %s not before %s" % (p["id"], a))
# keymap covers every post; imitated announcements exist
for p in posts:
    if p["id"] not in keymap: err("post %s missing from keymap.json" % p["id"])
    for a in keymap.get(p["id"], {}).get("imitates", []):
        if a not in ANN: err("keymap %s imitates unknown %s" % (p["id"], a))
# posts not in the future, not before 2026
for p in posts:
    if not ("2026-10-28" <= p["published_at"][:10] <= "2026-12-05"): err("post %s date out of period" % p["id"])
# no link post without a link; roundup items carry >=2 gold pairs; counts
if sum(len(l["announcements"]) for l in labels if l["style"] == "roundup") < 55: err("round-up pairs < 55")
if sum(1 for l in labels if l["style"] == "roundup") < 25: err("round-ups < 25")
if sum(1 for l in labels if l["style"] == "negative-topic") < 110: err("negative-topic < 110")
# per-style minimums from the brief
_sc = collections.Counter(l["style"] for l in labels)
for _s, _m in (("copy", 30), ("excerpt", 30), ("link", 35), ("summary", 50), ("paraphrase", 35), ("negative-unrelated", 60), ("before", 20)):
    if _sc[_s] < _m: err("%s posts %d < %d" % (_s, _sc[_s], _m))
# every announcement has at least one gold pair; link posts carry a URL form list in keymap
_ga = collections.Counter(a for l in labels for a in l["announcements"])
for a in anns:
    if not _ga[a["id"]]: err("announcement %s has no gold pair" % a["id"])
# no positive post's gold announcement is contradicted by an earlier time
# truncated Telegram previews end with an ellipsis
for p, l in zip(posts, labels):
    if keymap[p["id"]].get("shape") == "tgtrunc" and not p["text"].endswith("\u2026"): err("tgtrunc %s without ellipsis" % p["id"])
# duplicate texts
tc = collections.Counter(p["text"] for p in posts)
for t, n in tc.items():
    if n > 1: err("duplicate post text x%d: %s" % (n, t[:60]))

# summary
styles = collections.Counter(l["style"] for l in labels)
pairs = collections.Counter()
for l in labels: pairs[l["style"]] += len(l["announcements"])
print("announcements %d from %d sources, kims %d, posts %d" % (len(anns), len(set(a["source"] for a in anns)), len(kims), len(posts)))
print("%-20s %6s %6s" % ("style", "posts", "pairs"))
for s in ["copy", "excerpt", "link", "summary", "paraphrase", "roundup", "negative-topic", "negative-unrelated", "before"]:
    print("%-20s %6d %6d" % (s, styles[s], pairs[s]))
print("gold pairs total %d" % sum(pairs.values()))
print("platforms", dict(collections.Counter(p["platform"] for p in posts)))
delays.sort()
print("delay min %s, median %s, max %s" % (delays[0], delays[len(delays) // 2], delays[-1]))
print("announcements %s .. %s; posts %s .. %s" % (min(a["published_at"] for a in anns)[:10], max(a["published_at"] for a in anns)[:10],
      posts[0]["published_at"][:10], posts[-1]["published_at"][:10]))
active = collections.defaultdict(set)
posting = collections.Counter(p["kim"] for p in posts)
for p, l in zip(posts, labels):
    if l["announcements"]: active[p["kim"]].add(l["style"])
print("true active KIMs: %d of %d; no posts: %s" % (len(active), len(kims), sorted(set(KIM) - set(posting))))
inactive = sorted(k for k in posting if k not in active)
print("posting but inactive:", ", ".join(inactive))
for k in inactive:
    ontopic = sum(1 for p, l in zip(posts, labels) if p["kim"] == k and l["style"] in ("negative-topic", "before"))
    print("   %s: %d posts, %d look-alike/before" % (k, posting[k], ontopic))
onlyrp = sorted(k for k, s in active.items() if s <= {"roundup", "paraphrase"})
print("active only via roundup/paraphrase:", ", ".join("%s(%s)" % (k, "+".join(sorted(active[k]))) for k in onlyrp))
per_ann = collections.Counter(a for l in labels for a in l["announcements"])
print("gold pairs per announcement: min %d max %d" % (min(per_ann[a] for a in ANN), max(per_ann.values())))
print("posts per posting KIM: %d..%d" % (min(posting.values()), max(posting.values())))
# roles from build.py: truly inactive KIMs have only look-alike/before/unrelated posts (>= 4 on-topic each);
# special KIMs are active only through round-ups, paraphrases, truncated Telegram previews or hashtag-heavy captions
_roles = json.load(open(os.path.join(HERE, "roles.json")))
INACT, SPEC = _roles["inactive"], _roles["special"]
if len(INACT) < 6: err("fewer than 6 inactive KIMs")
if len(SPEC) < 4: err("fewer than 4 special KIMs")
for k in INACT:
    if k in active: err("inactive kim %s has gold" % k)
    if sum(1 for p, l in zip(posts, labels) if p["kim"] == k and l["style"] in ("negative-topic", "before")) < 4: err("inactive %s < 4 look-alikes" % k)
for k in SPEC:
    if k not in active: err("special kim %s not active" % k)
    for p, l in zip(posts, labels):
        if p["kim"] == k and l["announcements"]:
            ok = l["style"] in ("roundup", "paraphrase") or (l["style"] == "excerpt" and p["platform"] == "telegram" and p["text"].endswith("\u2026")) \
                 or (l["style"] == "summary" and p["platform"] == "instagram" and p["text"].count("#") >= 10)
            if not ok: err("special kim %s has a plain %s post %s" % (k, l["style"], p["id"]))
print("platform x style:")
ps = collections.Counter((p["platform"], l["style"]) for p, l in zip(posts, labels))
for s_ in ["copy", "excerpt", "link", "summary", "paraphrase", "roundup", "negative-topic", "negative-unrelated", "before"]:
    print("  %-20s %s" % (s_, ", ".join("%s %d" % (pl, ps[(pl, s_)]) for pl in ("facebook", "instagram", "telegram", "website", "youtube") if ps[(pl, s_)])))
short = collections.Counter(l["style"] for p, l in zip(posts, labels) if len(re.sub(r"#\S+", "", p["text"]).split()) <= 20)
print("short posts (<= 20 words without hashtags):", dict(short))
# release length and structure
for a in anns:
    nw = len(a["text"].split())
    if not (80 <= nw <= 230): err("release %s has %d words" % (a["id"], nw))
    if "\u201c" not in a["text"]: err("release %s without quote" % a["id"])
# before posts precede every announcement they imitate (also checked above) and negatives never link an announcement
# weekday names next to (d/m/yyyy) dates in releases
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
for a in anns:
    for h, d_, m_, y_ in re.findall(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/(\d{4})\)", a["text"]):
        if HARI[datetime(int(y_), int(m_), int(d_)).weekday()] != h: err("weekday wrong in %s" % a["id"])
if ERR:
    print("\nERRORS (%d):" % len(ERR)); [print(" -", e) for e in ERR[:60]]; sys.exit(1)
print("\nOK: all checks passed")
