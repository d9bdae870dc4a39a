#!/usr/bin/env python3
"""Deterministic generator for heldout8 (seed fixed). Writes announcements.jsonl, posts.jsonl,
labels.jsonl, kims.yaml and keymap.json from ann_data.py, kims_data.py and posts_hand.txt."""
import json, os, random, re
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
import ann_data, kims_data

SEED = 20261206_8
rng = random.Random(SEED)
WITA = timezone(timedelta(hours=8))

N_COPY, N_EXCERPT = 38, 33   # link: one per announcement (45)

SRC_NAME = {
 "dtph-kalsel": "Dinas TPH Provinsi Kalsel", "pemkab-tanah-laut": "Pemkab Tanah Laut", "pemkab-hsu": "Pemkab HSU",
 "pemkab-banjar": "Pemkab Banjar", "pemkab-tapin": "Pemkab Tapin", "pemkab-tabalong": "Pemkab Tabalong",
 "dinkes-kalsel": "Dinkes Kalsel", "pemkab-hst": "Pemkab HST", "pemkot-banjarmasin": "Pemko Banjarmasin",
 "pemkab-balangan": "Pemkab Balangan", "pemkab-batola": "Pemkab Barito Kuala", "disbudpar-kalsel": "Disbudpar Kalsel",
 "pemkab-hss": "Pemkab HSS", "bapenda-kalsel": "Bapenda Kalsel", "pemkab-kotabaru": "Pemkab Kotabaru",
 "pemkab-tanbu": "Pemkab Tanah Bumbu", "pemprov-kalsel": "Pemprov Kalsel", "pemkot-banjarbaru": "Pemko Banjarbaru",
 "bpbd-kalsel": "BPBD Kalsel", "kemenag-kalsel": "Kanwil Kemenag Kalsel", "dishub-kalsel": "Dishub Kalsel",
 "baznas-hsu": "Baznas HSU",
}
SRC_REGION = {
 "pemkab-tanah-laut": "Kabupaten Tanah Laut", "pemkab-hsu": "Kabupaten Hulu Sungai Utara", "pemkab-banjar": "Kabupaten Banjar",
 "pemkab-tapin": "Kabupaten Tapin", "pemkab-tabalong": "Kabupaten Tabalong", "pemkab-hst": "Kabupaten Hulu Sungai Tengah",
 "pemkot-banjarmasin": "Kota Banjarmasin", "pemkab-balangan": "Kabupaten Balangan", "pemkab-batola": "Kabupaten Barito Kuala",
 "pemkab-hss": "Kabupaten Hulu Sungai Selatan", "pemkab-kotabaru": "Kabupaten Kotabaru", "pemkab-tanbu": "Kabupaten Tanah Bumbu",
 "pemkot-banjarbaru": "Kota Banjarbaru", "baznas-hsu": "Kabupaten Hulu Sungai Utara",
}

def wita(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=WITA)

def iso(dt):
    return dt.isoformat()

# ---------------- announcements ----------------
ANN = {}
ann_rows = []
for a in ann_data.ANNS:
    tmpl, wp = ann_data.SOURCES[a["source"]]
    dt = wita(a["at"])
    url = tmpl.format(slug=a["slug"], num=a.get("num", ""), y=dt.strftime("%Y"), m=dt.strftime("%m"), d=dt.strftime("%d"))
    aid = "h8-" + a["id"]
    text = "\n\n".join(a["paras"])
    row = {"id": aid, "source": a["source"], "url": url, "title": a["title"], "text": text,
           "published_at": iso(dt.replace(second=0))}
    ann_rows.append(row)
    ANN[a["id"]] = dict(row, dt=dt, wp=wp, paras=a["paras"], key=a["id"])

# ---------------- KIMs ----------------
KIM = {k[0]: dict(id=k[0], name=k[1], region=k[2], district=k[3], village=k[4], handle=k[5], role=k[6]) for k in kims_data.KIMS}
REGULAR = [k for k in KIM.values() if k["role"] == "reg"]

def pick_kim(ann):
    reg = SRC_REGION.get(ann["source"])
    local = [k for k in REGULAR if k["region"] == reg]
    pool = local * 4 + REGULAR if local else REGULAR
    return rng.choice(pool)["id"]

# ---------------- URL helpers ----------------
def fb_url(k):
    return "https://www.facebook.com/%s/posts/pfbid0%s" % (k["handle"], "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(34)))

def ig_url(k):
    return "https://www.instagram.com/p/%s/" % "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(11))

TG_COUNTER = {}
def tg_url(k):
    TG_COUNTER[k["id"]] = TG_COUNTER.get(k["id"], rng.randint(120, 900)) + rng.randint(1, 9)
    return "https://t.me/%s/%d" % (k["handle"].replace(".", "_"), TG_COUNTER[k["id"]])

def slugify(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return "-".join(s.split("-")[:9])

def web_url(k, dt, title):
    v = slugify(k["village"])
    if rng.random() < 0.5:
        return "https://%s.desa.id/artikel/%s/%s" % (v, dt.strftime("%Y/%m/%d"), slugify(title))
    return "https://%s.blogspot.com/%s/%s.html" % (k["handle"].replace(".", ""), dt.strftime("%Y/%m"), slugify(title))

def post_url(k, plat, dt, title):
    return {"facebook": fb_url, "instagram": ig_url, "telegram": tg_url}[plat](k) if plat != "website" else web_url(k, dt, title)

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
def extract_urls(s):
    out = []
    for u in URL_RE.findall(s):
        u = u.rstrip(".,;:!?")
        if u not in out:
            out.append(u)
    return out

# ---------------- post accumulation ----------------
POSTS = []   # dicts with internal fields

def add_post(kim, plat, dt, title, text, anns, style, key, imitates=None, preview=None, extra=None):
    k = KIM[kim]
    text = text.strip()
    links = extract_urls(title + "\n" + text)
    if preview and preview not in links:
        links.append(preview)
    POSTS.append(dict(kim=kim, platform=plat, url=post_url(k, plat, dt, title or text[:60]), title=title, text=text,
                      dt=dt, links=links, anns=anns, style=style, key=key, imitates=imitates, extra=extra or {}))

def jitter_after(dt0, lo_min, hi_min):
    return dt0 + timedelta(minutes=rng.randint(lo_min, hi_min), seconds=rng.randint(0, 59))

def delay():
    """realistic share delay in minutes: mostly same/next day, tail up to ~19 days"""
    r = rng.random()
    if r < 0.35: return rng.randint(12, 240)
    if r < 0.70: return rng.randint(240, 1800)
    if r < 0.90: return rng.randint(1800, 7200)
    return rng.randint(7200, 27000)

PLAT_AUTO = ["facebook"] * 12 + ["website"] * 2 + ["telegram"] * 2 + ["instagram"]

# ---------------- copy ----------------
WA_HEADERS = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "Diteruskan dari grup Info Kecamatan 👇", "Forward dari grup sebelah 👇",
              "*INFO UNTUK WARGA*", "🔴 INFO TERKINI", "Assalamualaikum, izin berbagi info 🙏"]
TYPO_PAIRS = [("kabupaten", "kabuptaen"), ("masyarakat", "masyarkat"), ("dengan", "dngan"), ("pemerintah", "pemerinth"),
              ("kecamatan", "kecamtan"), ("mengatakan", "mengtakan"), ("sebanyak", "sebanyk"), ("warga", "wraga"), ("tahun", "tahn")]
CLOSE_RE = re.compile(r"\s*\([a-z0-9\-/ ]+\)\s*$")

def typos(t, n):
    cands = [p for p in TYPO_PAIRS if p[0] in t]
    rng.shuffle(cands)
    for a, b in cands[:n]:
        t = t.replace(a, b, 1)
    return t

def curly(t):
    out, open_ = [], True
    for ch in t:
        if ch == '"':
            out.append("“" if open_ else "”"); open_ = not open_
        else:
            out.append(ch)
    return "".join(out)

def bare_domain(url):
    return re.sub(r"^https?://", "", url).split("/")[0]

def make_copy(a, kim, variant):
    paras = list(a["paras"])
    ops = []
    title = ""
    plat = rng.choice(PLAT_AUTO)
    if variant % 7 == 0:
        plat = "website"
    if variant % 9 == 1:
        plat = "facebook"
    # dateline change
    if rng.random() < 0.3:
        paras[0] = re.sub(r"^[A-Z]+ –", lambda m: m.group(0).split(" ")[0] + ", KIM –", paras[0]); ops.append("dateline")
    # closing tag
    r = rng.random()
    if r < 0.25:
        paras[-1] = CLOSE_RE.sub("", paras[-1]); ops.append("drop-tag")
    elif r < 0.4:
        paras[-1] = CLOSE_RE.sub(" (kim/%s)" % KIM[kim]["village"].lower().replace(" ", "")[:8], paras[-1]); ops.append("replace-tag")
    text = "\n\n".join(paras)
    if rng.random() < 0.35:
        text = typos(text, rng.randint(1, 3)); ops.append("typos")
    if rng.random() < 0.3:
        text = curly(text); ops.append("curly")
    if rng.random() < 0.3:
        text = text.replace(" – ", " - ").replace("–", "-"); ops.append("dash")
    if rng.random() < 0.2:
        text = text.replace("\n\n", " "); ops.append("collapse")
    head = []
    if plat == "website":
        title = a["title"] if rng.random() < 0.6 else a["title"].upper() if rng.random() < 0.3 else a["title"].replace(",", " –")
        if rng.random() < 0.5:
            head.append("Oleh: Admin %s" % KIM[kim]["name"]); ops.append("byline")
    else:
        r = rng.random()
        if r < 0.4:
            head.append(rng.choice(WA_HEADERS)); ops.append("wa-header")
        elif r < 0.6:
            head.append(a["title"].upper() if rng.random() < 0.5 else "*" + a["title"] + "*"); ops.append("title-line")
    tail = []
    r = rng.random()
    if r < 0.2:
        tail.append("Sumber: %s" % a["url"]); ops.append("source-url")
    elif r < 0.35:
        tail.append("Sumber: %s" % bare_domain(a["url"])); ops.append("source-bare")
    elif r < 0.5:
        tail.append("Sumber: rilis resmi %s" % SRC_NAME[a["source"]]); ops.append("source-name")
    if plat in ("instagram", "facebook") and rng.random() < 0.35:
        tail.append(" ".join(rng.sample(["#KalselBabungas", "#InfoPublik", "#KIM", "#" + KIM[kim]["handle"].replace(".", ""), "#BanuaKita", "#SebarInfoBaik"], 3))); ops.append("hashtags")
    body = "\n\n".join(head + [text] + tail) if "collapse" not in ops else "\n".join(head + [text] + tail)
    return plat, title, body, ops

# ---------------- excerpt ----------------
INTROS = ["Info penting untuk warga:", "Dikutip dari rilis %s:", "Kabar dari %s 👇", "Semoga bermanfaat, dari %s:",
          "Bagi yang belum membaca:", "Penggalan berita hari ini:", ""]
OUTROS = ["Mohon dibagikan.", "Semoga bermanfaat 🙏", "Info lengkap menyusul.", "Silakan disebarkan ke keluarga.", "", "", "#InfoPublik"]

def make_excerpt(a, kim, variant):
    P = a["paras"]
    kind = ["lead", "lead+1", "quote", "middle", "fbcut", "lead", "quote", "middle"][variant % 8]
    if kind == "lead":
        body = P[0]
    elif kind == "lead+1":
        body = P[0] + "\n\n" + P[1]
    elif kind == "quote":
        q = [p for p in P if "\"" in p]
        body = q[0] if q else P[1]
    elif kind == "middle":
        body = "\n\n".join(P[1:3])
    else:
        w = (P[0] + " " + P[1]).split()
        body = " ".join(w[:rng.randint(38, 55)]) + "... Lihat selengkapnya"
    intro = rng.choice(INTROS)
    if "%s" in intro:
        intro = intro % SRC_NAME[a["source"]]
    outro = rng.choice(OUTROS) if kind != "fbcut" else ""
    if intro.startswith("Semoga") and outro.startswith("Semoga"):
        outro = ""
    plat = "facebook" if kind == "fbcut" else rng.choice(PLAT_AUTO[:-2] + ["instagram", "telegram"])
    title = ""
    if plat == "website":
        title = a["title"]
    text = "\n\n".join(x for x in [intro, body, outro] if x)
    return plat, title, text, kind

# ---------------- link ----------------
LINK_COMMENTS = ["Silakan dibaca 👇", "Info penting dari %s:", "Baca selengkapnya di tautan berikut:", "Bagi yang belum tahu, ini beritanya.",
                 "Mohon dibagikan ke grup keluarga.", "Simak lengkapnya:", "Nah ini info resminya dangsanak 👇", "Penting untuk warga, klik link:",
                 "Update dari %s", "Baca ya, jangan cuma judulnya 😁", "Info resmi, bukan hoaks:", "%s: %s"]
SHORT = ["s.id", "bit.ly"]

def link_form(a, i):
    u = a["url"]
    wp = a["wp"]
    forms = ["exact", "http", "www", "m", "slash", "amp", "utm", "fbclid", "short", "combo", "only-links", "www+slash", "utm+fbclid", "http+m"]
    f = forms[i % len(forms)]
    if f == "amp" and not wp:
        f = "utm"
    if wp and f in ("exact", "slash", "m", "http"):
        f = "amp"
    def toggle_slash(x):
        return x[:-1] if x.endswith("/") else x + "/"
    def host_prefix(x, p):
        return re.sub(r"^https://", "https://" + p, x)
    if f == "exact" or f == "only-links": return f, u
    if f == "http": return f, u.replace("https://", "http://")
    if f == "www": return f, host_prefix(u, "www.")
    if f == "m": return f, host_prefix(u, "m.")
    if f == "slash": return f, toggle_slash(u)
    if f == "amp": return f, u + "amp/"
    if f == "utm": return f, u + "?utm_source=whatsapp&utm_medium=social&utm_campaign=kim"
    if f == "fbclid": return f, u + "?fbclid=IwAR" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(40))
    if f == "short": return f, "https://%s/%s" % (rng.choice(SHORT), "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(6)))
    if f == "combo": return f, host_prefix(toggle_slash(u), "www.").replace("https://", "http://") + "?utm_source=facebook"
    if f == "www+slash": return f, "www." + re.sub(r"^https://", "", toggle_slash(u))
    if f == "utm+fbclid": return f, u + "?utm_source=fb&utm_medium=kim&fbclid=IwZXh0bgNhZW0CMTEAAR2x" + str(rng.randint(1000, 9999))
    if f == "http+m": return f, host_prefix(u, "m.").replace("https://", "http://")
    return f, u

def make_link(a, kim, i):
    form, u = link_form(a, i)
    c = rng.choice(LINK_COMMENTS)
    if c == "%s: %s":
        c = c % (SRC_NAME[a["source"]], a["title"])
    elif "%s" in c:
        c = c % SRC_NAME[a["source"]]
    preview = None
    plat = "facebook"
    if form == "only-links":
        text = c.rstrip(":") if c.endswith(":") else c
        preview = u
    elif form == "short":
        text = c + "\n" + u
        preview = a["url"]
    else:
        text = (c + "\n" + u) if rng.random() < 0.7 else (u + "\n" + c)
        plat = rng.choice(["facebook"] * 5 + ["telegram", "instagram"])
        if plat == "facebook" and rng.random() < 0.3:
            preview = a["url"]
    return plat, "", text, form, preview

# ---------------- generate auto posts ----------------
ids = sorted(ANN)
copy_ids = sorted(rng.sample(ids, N_COPY))
exc_ids = sorted(rng.sample(ids, N_EXCERPT))
for i, aid in enumerate(copy_ids):
    a = ANN[aid]; kim = pick_kim(a)
    plat, title, text, ops = make_copy(a, kim, i)
    dt = jitter_after(a["dt"], 0, 0) + timedelta(minutes=delay())
    add_post(kim, plat, dt, title, text, [aid], "copy", "auto:copy:%s" % aid, extra={"ops": ops})
for i, aid in enumerate(exc_ids):
    a = ANN[aid]; kim = pick_kim(a)
    plat, title, text, kind = make_excerpt(a, kim, i)
    dt = a["dt"] + timedelta(minutes=delay(), seconds=rng.randint(0, 59))
    add_post(kim, plat, dt, title, text, [aid], "excerpt", "auto:excerpt:%s" % aid, extra={"kind": kind})
for i, aid in enumerate(ids):
    a = ANN[aid]; kim = pick_kim(a)
    plat, title, text, form, preview = make_link(a, kim, i)
    dt = a["dt"] + timedelta(minutes=delay(), seconds=rng.randint(0, 59))
    add_post(kim, plat, dt, title, text, [aid], "link", "auto:link:%s" % aid, preview=preview, extra={"form": form})

# ---------------- hand-written posts ----------------
STYLE = {"S": "summary", "P": "paraphrase", "R": "roundup", "N": "negative-topic", "U": "negative-unrelated", "B": "before"}
PLAT = {"fb": "facebook", "ig": "instagram", "tg": "telegram", "web": "website", "yt": "youtube"}
OFF_RE = re.compile(r"^([+-])(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$")

for ln, line in enumerate(open("posts_hand.txt", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    st, anns, kim, plat, when, text = line.split("|", 5)
    anns_l = [] if anns == "-" else anns.split(",")
    if when.startswith("@"):
        dt = wita(when[1:]) + timedelta(seconds=rng.randint(0, 59))
    else:
        m = OFF_RE.match(when)
        sign = 1 if m.group(1) == "+" else -1
        d, h, mi = (int(x) if x else 0 for x in m.groups()[1:])
        off = timedelta(days=d, hours=h, minutes=mi)
        j = timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
        dt = ANN[anns_l[0]]["dt"] + (off + j if sign > 0 else -off + j)
    preview = None
    pm = re.search(r"\s*\[\[preview:(\S+)\]\]", text)
    if pm:
        preview = pm.group(1); text = text[:pm.start()] + text[pm.end():]
    text = text.replace("\\n", "\n")
    title = ""
    if PLAT[plat] == "website" and " ## " in text:
        title, text = text.split(" ## ", 1)
    style = STYLE[st]
    gold = anns_l if st in "SPR" else []
    imit = anns_l if st in "NB" else None
    add_post(kim, PLAT[plat], dt, title, text, gold, style, "posts_hand.txt:%d" % ln, imitates=imit, preview=preview)

# ---------------- order, ids, write ----------------
POSTS.sort(key=lambda p: (p["dt"], p["kim"]))
perm = list(range(1, len(POSTS) + 1))
rng.shuffle(perm)
for p, n in zip(POSTS, perm):
    p["id"] = "h8-p%03d" % n

with open("announcements.jsonl", "w", encoding="utf-8") as f:
    for r in ann_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("posts.jsonl", "w", encoding="utf-8") as f, open("labels.jsonl", "w", encoding="utf-8") as g:
    for p in POSTS:
        f.write(json.dumps({"id": p["id"], "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"],
                            "text": p["text"], "published_at": iso(p["dt"]), "links": p["links"]}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"post": p["id"], "announcements": ["h8-" + a for a in p["anns"]], "style": p["style"]}, ensure_ascii=False) + "\n")
with open("kims.yaml", "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in kims_data.KIMS:
        f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % k[:5])
keymap = {}
for p in POSTS:
    e = {"key": p["key"], "style": p["style"]}
    if p["anns"]: e["gold"] = ["h8-" + a for a in p["anns"]]
    if p["imitates"]: e["imitates"] = ["h8-" + a for a in p["imitates"]]
    e.update(p["extra"])
    keymap[p["id"]] = e
with open("keymap.json", "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
print("announcements %d, posts %d, gold pairs %d" % (len(ann_rows), len(POSTS), sum(len(p["anns"]) for p in POSTS)))
