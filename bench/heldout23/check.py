#!/usr/bin/env python3
"""Validator for heldout23. Exit code 1 on any error."""
import collections, json, os, re, sys
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = {"Kabupaten Banjar", "Kota Banjarmasin", "Kota Banjarbaru", "Kabupaten Tanah Laut", "Kabupaten Kotabaru",
           "Kabupaten Balangan", "Kabupaten Tabalong", "Kabupaten Hulu Sungai Selatan", "Kabupaten Hulu Sungai Tengah",
           "Kabupaten Hulu Sungai Utara", "Kabupaten Tapin", "Kabupaten Barito Kuala", "Kabupaten Tanah Bumbu"}
STYLES = ["copy", "excerpt", "link", "summary", "paraphrase", "roundup", "negative-topic", "negative-unrelated", "before"]
NEG = ("negative-topic", "negative-unrelated", "before")
INACTIVE = ["kim-teluk-tiram", "kim-angkinang", "kim-hantakan", "kim-sungai-malang", "kim-kurau", "kim-juai"]
SPECIAL = ["kim-loksado", "kim-danau-panggang", "kim-tanta", "kim-sungai-bali"]
errors = []
def err(m): errors.append(m)
def load(n):
    out = []
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try: out.append(json.loads(line))
            except Exception as e: err(f"{n}:{i} invalid JSON {e}")
    return out
def norm(u):
    if not re.match(r"https?://", u): u = "https://" + u
    s = urlsplit(u); host = s.netloc.lower()
    for p in ("www.", "m."):
        if host.startswith(p): host = host[len(p):]
    path = re.sub(r"/amp/?$", "", s.path).rstrip("/")
    q = [(k, v) for k, v in parse_qsl(s.query) if not k.startswith("utm_") and k != "fbclid"]
    return host + path + ("?" + urlencode(q) if q else "")
anns, posts, labels = load("announcements.jsonl"), load("posts.jsonl"), load("labels.jsonl")
keymap = json.load(open(os.path.join(HERE, "keymap.json"), encoding="utf-8"))
kims, cur = [], None
for line in open(os.path.join(HERE, "kims.yaml"), encoding="utf-8"):
    m = re.match(r"^- id: (\S+)", line)
    if m: cur = {"id": m.group(1)}; kims.append(cur); continue
    m = re.match(r"^  (\w+): (.+)$", line)
    if m and cur is not None: cur[m.group(1)] = m.group(2).strip()
kim = {k["id"]: k for k in kims}
for k in kims:
    if k.get("region") not in REGIONS: err(f"kim {k['id']} region {k.get('region')}")
    if not k.get("district") or not k.get("village"): err(f"kim {k['id']} lacks district/village")
ann = {a["id"]: a for a in anns}
byurl = {norm(a["url"]): a["id"] for a in anns}
for a in anns:
    if not a["id"].startswith("h23-a"): err(f"ann id {a['id']}")
    if "“" not in a["text"] or not re.search(r"\([a-z\-]+/[a-z]+\)$", a["text"]): err(f"ann {a['id']} lacks quote or closing tag")
    datetime.fromisoformat(a["published_at"])
if len(posts) != len(labels): err("posts/labels length differ")
pids = set()
for p, l in zip(posts, labels):
    if p["id"] != l["post"]: err(f"label order {p['id']} != {l['post']}")
    if not p["id"].startswith("h23-p") or p["id"] in pids: err(f"post id {p['id']}")
    pids.add(p["id"])
    if p["kim"] not in kim: err(f"unknown kim {p['kim']}")
    if p["platform"] not in ("facebook", "instagram", "telegram", "website", "youtube"): err(f"platform {p['id']}")
    if l["style"] not in STYLES: err(f"style {p['id']}")
    if p["id"] not in keymap: err(f"keymap lacks {p['id']}")
    for u in re.findall(r"https?://[^\s)]+", p["title"] + "\n" + p["text"]):
        if u not in p["links"]: err(f"{p['id']} url in text not in links")
    pt = datetime.fromisoformat(p["published_at"])
    for a in l["announcements"]:
        if a not in ann: err(f"{p['id']} unknown ann {a}"); continue
        d = pt - datetime.fromisoformat(ann[a]["published_at"])
        if not (timedelta(minutes=10) <= d <= timedelta(days=20)): err(f"{p['id']} window {a} {d}")
    linked = {byurl[norm(u)] for u in p["links"] if norm(u) in byurl}
    if l["style"] in NEG:
        if l["announcements"]: err(f"negative {p['id']} has gold")
        if linked: err(f"negative {p['id']} links to announcement {linked}")
        if l["style"] != "negative-unrelated" and not (keymap[p["id"]].get("imitates") and keymap[p["id"]].get("differs")):
            err(f"keymap {p['id']} lacks imitates/differs")
        if l["style"] == "before":
            im = keymap[p["id"]]["imitates"]
            if pt >= datetime.fromisoformat(ann[im]["published_at"]): err(f"before {p['id']} not before {im}")
    else:
        if not l["announcements"]: err(f"{p['id']} positive without gold")
        if l["style"] == "roundup" and len(l["announcements"]) < 2: err(f"roundup {p['id']} < 2")
        if l["style"] != "roundup" and len(l["announcements"]) != 1: err(f"{p['id']} not one ann")
    if l["style"] == "link":
        if not p["links"] or linked != set(l["announcements"]): err(f"link {p['id']} resolves to {linked}")
    if keymap.get(p["id"], {}).get("shape") == "tgtrunc" and not p["text"].endswith("…"): err(f"tgtrunc {p['id']} without …")
gold = collections.Counter(a for l in labels for a in l["announcements"])
for a in anns:
    if not gold[a["id"]]: err(f"{a['id']} has no gold pair")
active = {p["kim"] for p, l in zip(posts, labels) if l["announcements"]}
for k in INACTIVE:
    if k in active: err(f"inactive {k} has gold")
    n = sum(1 for p, l in zip(posts, labels) if p["kim"] == k and l["style"] in ("negative-topic", "before"))
    if n < 4: err(f"inactive {k} has {n} look-alikes")
for k in SPECIAL:
    if k not in active: err(f"special {k} not active")
    for p, l in zip(posts, labels):
        if p["kim"] == k and l["announcements"]:
            ok = (l["style"] in ("roundup", "paraphrase") or (l["style"] == "excerpt" and p["platform"] == "telegram" and p["text"].endswith("…"))
                  or (l["style"] == "summary" and p["platform"] == "instagram" and p["text"].count("#") >= 10))
            if not ok: err(f"special {k} plain {l['style']} {p['id']}")
st = collections.Counter(l["style"] for l in labels)
pairs = collections.Counter(l["style"] for l in labels for _ in l["announcements"])
delays = sorted((datetime.fromisoformat(p["published_at"]) - datetime.fromisoformat(ann[a]["published_at"])).total_seconds() / 3600
                for p, l in zip(posts, labels) for a in l["announcements"])
print(f"{len(anns)} announcements from {len({a['source'] for a in anns})} sources, {len(kims)} KIMs, {len(posts)} posts, {sum(pairs.values())} gold pairs")
for s in STYLES: print(f"  {s:<20} posts {st[s]:>3}  pairs {pairs[s]:>3}")
print(f"active KIMs (>=1 gold pair): {len(active)}; posting KIMs: {len({p['kim'] for p in posts})}")
print(f"delay hours min {delays[0]:.2f} median {delays[len(delays)//2]:.1f} max {delays[-1]:.1f}")
plat = collections.Counter(p["platform"] for p in posts); print("platforms:", dict(plat))
short = collections.Counter(l["style"] for p, l in zip(posts, labels) if len(re.sub(r"#\S+", "", p["text"]).split()) <= 20)
print("short posts (<=20 words w/o hashtags):", dict(short))
if errors:
    print(f"\nERRORS ({len(errors)}):"); [print(" -", e) for e in errors[:60]]; sys.exit(1)
print("\nOK: all checks passed")
