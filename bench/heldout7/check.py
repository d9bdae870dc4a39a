"""Validate heldout7 files."""
import json, os, re, collections
from datetime import datetime, timedelta
H = os.path.dirname(os.path.abspath(__file__))
def jl(n): return [json.loads(l) for l in open(os.path.join(H, n), encoding="utf-8")]
A = {a["id"]: a for a in jl("announcements.jsonl")}
P = jl("posts.jsonl"); L = jl("labels.jsonl")
kims = set(re.findall(r"^- id: (\S+)", open(os.path.join(H, "kims.yaml")).read(), re.M))
STY = {"link","copy","excerpt","summary","paraphrase","roundup","before","negative-topic","negative-unrelated"}
assert len(P) == len(L)
ids = set()
def norm(u):
    u = re.sub(r"^https?://(www\.|m\.)?", "", u.split("?")[0]).rstrip("/")
    return re.sub(r"/amp$", "", u)
canon = {norm(a["url"]): i for i, a in A.items()}
km = json.load(open(os.path.join(H, "keymap.json")))
bad = 0
for p, l in zip(P, L):
    assert p["id"] == l["post"] and p["id"] not in ids; ids.add(p["id"])
    assert p["kim"] in kims, p
    assert l["style"] in STY
    assert p["published_at"].endswith("+08:00")
    t = datetime.fromisoformat(p["published_at"])
    for a in l["announcements"]:
        assert a in A, a
        d = t - datetime.fromisoformat(A[a]["published_at"])
        if not (timedelta(minutes=10) <= d <= timedelta(days=20)):
            print("WINDOW", p["id"], a, d, km[p["id"]]); bad += 1
    amp = l["style"] not in ("before", "negative-topic", "negative-unrelated")
    assert bool(l["announcements"]) == amp, p["id"]
    if l["style"] == "roundup": assert len(l["announcements"]) >= 2
    else: assert len(l["announcements"]) <= 1
    for u in p["links"]:
        if norm(u) in canon and canon[norm(u)] not in l["announcements"]:
            print("LINKTRAP", p["id"], u); bad += 1
    if l["style"] == "link":
        assert any(canon.get(norm(u)) == l["announcements"][0] for u in p["links"]), p
    if l["style"] == "before":
        pass
print("styles", collections.Counter(l["style"] for l in L))
print("pairs", sum(len(l["announcements"]) for l in L))
print("platforms", collections.Counter(p["platform"] for p in P))
act = {p["kim"] for p, l in zip(P, L) if l["announcements"]}
posting = collections.Counter(p["kim"] for p in P)
ampc = collections.Counter(p["kim"] for p, l in zip(P, L) if l["announcements"])
print("active", len(act), "of", len(kims), "; no posts:", sorted(kims - set(posting)), "; inactive posting:", sorted(set(posting) - act))
print("exactly one amp:", sorted(k for k, c in ampc.items() if c == 1))
print("per-ann pairs", sorted(collections.Counter(a for l in L for a in l["announcements"]).items()))
print("posts per kim min/max", min(posting.values()), max(posting.values()))
print("BAD", bad)
