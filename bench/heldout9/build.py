#!/usr/bin/env python3
"""Deterministic generator for heldout9 (seed fixed). Writes announcements.jsonl, posts.jsonl,
labels.jsonl, kims.yaml and keymap.json from ann_data.py, kims_data.py and posts_hand.txt."""
import json, os, random, re, string
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
import sys
sys.path.insert(0, HERE)
from ann_data import ANNS
from kims_data import KIMS, SOURCE_REGION, WP_HOSTS

SEED = 202612069
R = random.Random(SEED)
PFX = "h9-"

def ts(s): return datetime.fromisoformat(s)
def iso(d): return d.isoformat()

# ---------------------------------------------------------------- announcements
ann = {}
ann_rows = []
for key, src, url, pub, title, text in ANNS:
    aid = PFX + key
    row = {"id": aid, "source": src, "url": url, "title": title, "text": text.strip(), "published_at": pub}
    ann[key] = row
    ann_rows.append(row)

KIM = {k[0]: dict(zip(["id", "name", "region", "district", "village", "role", "handle"], k)) for k in KIMS}
regular = [k for k in KIM if KIM[k]["role"] == "regular"]

# ---------------------------------------------------------------- post helpers
PLAT = {"fb": "facebook", "ig": "instagram", "tg": "telegram", "web": "website"}

def post_url(kim, platform, when, title=""):
    h = KIM[kim]["handle"]
    if platform == "facebook":
        return "https://www.facebook.com/%s/posts/pfbid0%s" % (h, "".join(R.choice(string.ascii_letters + string.digits) for _ in range(20)))
    if platform == "instagram":
        return "https://www.instagram.com/p/%s/" % "".join(R.choice(string.ascii_letters + string.digits + "_") for _ in range(11))
    if platform == "telegram":
        return "https://t.me/%s/%d" % (h, R.randint(120, 2400))
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    return "https://%s.blogspot.com/%04d/%02d/%s.html" % (h, when.year, when.month, slug)

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
def urls_in(s):
    return [u.rstrip(".,;:!?") for u in URL_RE.findall(s)]

posts = []   # dicts with extra keys: _label, _style, _key
def add_post(key, kim, platform, when, text, title, style, gold, links=None, meta=None):
    links = list(links or [])
    for u in urls_in(title + "\n" + text):
        if u not in links:
            links.append(u)
    p = {"kim": kim, "platform": platform, "url": post_url(kim, platform, when, title or text[:40]),
         "title": title, "text": text, "published_at": iso(when.replace(microsecond=0)), "links": links}
    posts.append((p, {"announcements": [PFX + g for g in gold], "style": style}, key, meta or {}))

# ---------------------------------------------------------------- auto posts (copy, excerpt, link)
def delay():
    # log-uniform between 15 min and 19 days, median ~ 1 day
    import math
    lo, hi = math.log(15), math.log(19 * 24 * 60)
    mins = math.exp(R.uniform(lo, hi) if R.random() < 0.5 else R.uniform(math.log(60), math.log(3 * 24 * 60)))
    return timedelta(minutes=mins, seconds=R.randint(0, 59))

def pick_kim(a, used):
    reg = SOURCE_REGION.get(a["source"])
    cands = [k for k in regular if KIM[k]["region"] == reg] if reg else []
    if not cands or R.random() < 0.15:
        cands = regular
    c = [k for k in cands if (k, a["id"]) not in used] or cands
    k = R.choice(c)
    used.add((k, a["id"]))
    return k

def host(u): return re.match(r"https?://([^/]+)", u).group(1)
def paras(a): return a["text"].split("\n\n")

TYPO = [("pendaftaran", "pendaftran"), ("kabupaten", "kabupaen"), ("dengan", "denga"), ("diserahkan", "diserahakan"),
        ("masing-masing", "masing masing"), ("Pemerintah", "Pemerintan"), ("sebanyak", "sebnyak"), ("kecamatan", "kecamtan"),
        ("diumumkan", "diumumkn"), ("bantuan", "bantuna"), ("peserta", "pesrta"), ("dilaksanakan", "dilaksanaka")]
HEADERS = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "Diteruskan dari grup Info Kecamatan 👇", "Forward dari grup sebelah 👇",
           "*INFO UNTUK WARGA*", "⚠️ *MOHON DIBACA* ⚠️", "Diteruskan dari grup Info Desa"]
HASHTAGS = ["#KIM #InfoPublik", "#Kalsel #KIM", "#InfoDesa #BeritaResmi", "#KalselBabungas", "#SobatKIM"]

def make_copy(a, kim, when):
    ps = paras(a)
    ops = []
    text = "\n\n".join(ps)
    title = ""
    dl = re.match(r"^([A-Z ]+) – ", text)
    r = R.random()
    if r < 0.25 and dl:
        text = text.replace(dl.group(0), "%s, KIM – " % dl.group(1), 1); ops.append("dateline")
    elif r < 0.4 and dl:
        text = text[len(dl.group(0)):]; text = text[0].upper() + text[1:]; ops.append("drop-dateline")
    if R.random() < 0.4:
        text = re.sub(r"\s*\([a-z0-9\-]+/[a-z]+\)\s*$", "", text); ops.append("drop-tag")
        if R.random() < 0.4:
            text += " (%s/adm)" % KIM[kim]["handle"]; ops.append("own-tag")
    if R.random() < 0.45:
        n = R.randint(1, 3); done = 0
        for w, t in R.sample(TYPO, len(TYPO)):
            if done >= n: break
            if w in text:
                text = text.replace(w, t, 1); done += 1
        if done: ops.append("typos%d" % done)
    if R.random() < 0.35:
        text = re.sub(r'"([^"]*)"', "“\\1”", text); ops.append("curly")
    if R.random() < 0.3:
        text = text.replace("–", "-"); ops.append("dash")
    if R.random() < 0.3:
        text = text.replace("\n\n", " "); ops.append("collapse")
    r = R.random()
    if r < 0.35:
        text = R.choice(HEADERS) + "\n\n" + text; ops.append("wa-header")
    elif r < 0.55:
        text = a["title"].upper() + "\n\n" + text; ops.append("title-line")
    r = R.random()
    if r < 0.2:
        text += "\n\nSumber: " + a["url"]; ops.append("sumber-url")
    elif r < 0.35:
        text += "\n\nSumber: " + host(a["url"]); ops.append("sumber-domain")
    elif r < 0.45:
        text += "\n\nSumber: rilis resmi " + a["source"].replace("-", " ").title(); ops.append("sumber-rilis")
    if R.random() < 0.3:
        text += "\n\n" + R.choice(HASHTAGS); ops.append("hashtags")
    return text, ops

INTROS = ["Info penting buat warga 👇", "Mohon disimak:", "Sekilas info dari pemerintah:", "Bagikan ke keluarga ya.",
          "Kabar terbaru:", "Untuk diketahui bersama.", "Info resmi, silakan dibaca."]
OUTROS = ["Semoga bermanfaat.", "Silakan dibagikan.", "Info lengkap tanyakan ke kantor desa.", "Terima kasih.", "#InfoKIM"]

def make_excerpt(a, kind):
    ps = paras(a)
    quote_i = next((i for i, p in enumerate(ps) if '"' in p), 1)
    if kind == "lead":
        body = ps[0]
    elif kind == "lead+1":
        body = ps[0] + "\n\n" + ps[1]
    elif kind == "quote":
        body = ps[quote_i]
    elif kind == "middle":
        body = "\n\n".join(ps[1:-1]) if len(ps) > 2 else ps[1]
    else:  # fbcut
        words = (ps[0] + " " + ps[1]).split()
        body = " ".join(words[:R.randint(38, 55)]) + "... Lihat selengkapnya"
    text = body
    if kind != "fbcut" and R.random() < 0.55:
        text = R.choice(INTROS) + "\n\n" + text
    if kind != "fbcut" and R.random() < 0.4:
        text = text + "\n\n" + R.choice(OUTROS)
    return text

def url_form(a, form):
    u = a["url"]
    sch, rest = u.split("://", 1)
    h, path = rest.split("/", 1)
    path = "/" + path
    def toggle(p):
        if p.endswith(".html"): return p
        return p[:-1] if p.endswith("/") else p + "/"
    if form == "exact": return u
    if form == "http": return "http://" + rest
    if form == "www": return "https://www." + h + path
    if form == "m": return "https://m." + h + path
    if form == "slash": return "https://" + h + toggle(path)
    if form == "amp": return "https://" + h + (path if path.endswith("/") else path + "/") + "amp/"
    if form == "utm": return u + "?utm_source=whatsapp&utm_medium=social&utm_campaign=share"
    if form == "fbclid": return u + "?fbclid=IwAR" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(30))
    if form == "utm+fbclid": return u + "?utm_source=facebook&utm_medium=post&fbclid=IwZXh0" + "".join(R.choice(string.ascii_letters) for _ in range(24))
    if form == "http+m": return "http://m." + h + path
    if form == "www-noscheme": return "www." + h + path
    if form == "amp+utm": return "https://" + h + (path if path.endswith("/") else path + "/") + "amp/?utm_source=wa"
    if form == "www+slash": return "https://www." + h + toggle(path)
    raise ValueError(form)

LINK_COMMENTS = ["Baca selengkapnya di sini 👇", "Info resmi dari Pemkab, silakan dibaca:", "Penting untuk warga, cek link berikut.",
                 "Sudah rilis resminya:", "Untuk yang bertanya-tanya, ini beritanya.", "Silakan dibaca dan dibagikan 🙏",
                 "Cek info lengkapnya:", "Mohon dibantu sebarkan.", "Ini penjelasan resminya ya dangsanak.",
                 "Kabar baik, baca di sini:", "Simak beritanya:", "Dari laman resmi:"]

used = set()
akeys = [r[0] for r in ANNS]
copy_keys = [k for k in akeys if k not in ("a09", "a21", "a29", "a42", "a34")]        # 40
exc_keys = [k for k in akeys if k not in ("a05", "a07", "a13", "a19", "a22", "a28", "a31", "a36", "a40", "a43")]  # 35
exc_kinds = ["lead"] * 10 + ["lead+1"] * 6 + ["quote"] * 8 + ["middle"] * 6 + ["fbcut"] * 5
R.shuffle(exc_kinds)
forms_nonwp = ["exact", "http", "www", "m", "slash", "utm", "fbclid", "utm+fbclid", "http+m", "www-noscheme", "www+slash", "short", "share-only"]
forms_wp = forms_nonwp + ["amp", "amp+utm"]

def auto_platform(allow_web=True):
    r = R.random()
    if r < 0.74: return "facebook"
    if r < 0.84: return "telegram"
    if r < 0.92: return "instagram"
    return "website" if allow_web else "facebook"

for k in copy_keys:
    a = ann[k]
    kim = pick_kim(a, used)
    when = ts(a["published_at"]) + delay()
    text, ops = make_copy(a, kim, when)
    plat = auto_platform()
    title = ""
    if plat == "website":
        title = a["title"]
        if R.random() < 0.6:
            text = "Oleh: Admin %s\n\n" % KIM[kim]["name"] + text; ops.append("byline")
    add_post("auto:copy:" + k, kim, plat, when, text, title, "copy", [k], meta={"ops": ops})

for k, kind in zip(exc_keys, exc_kinds):
    a = ann[k]
    kim = pick_kim(a, used)
    when = ts(a["published_at"]) + delay()
    text = make_excerpt(a, kind)
    plat = "facebook" if kind == "fbcut" else auto_platform()
    title = a["title"] if plat == "website" else ""
    add_post("auto:excerpt:" + k, kim, plat, when, text, title, "excerpt", [k], meta={"kind": kind})

short_n = 0
SHARE_TEXTS = ["Dibagikan dari laman resmi.", "Mohon disimak dangsanak 🙏", "Info penting untuk warga!", "Baca dan bagikan."]
FORM_POOL = (["exact"] * 3 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 +
             ["fbclid"] * 4 + ["utm+fbclid"] * 3 + ["http+m"] * 2 + ["www-noscheme"] * 2 + ["www+slash"] * 2 +
             ["amp+utm"] * 1 + ["short"] * 3 + ["share-only"] * 3)
assert len(FORM_POOL) == 45
R.shuffle(FORM_POOL)
wp_keys = [k for k in akeys if host(ann[k]["url"]) in WP_HOSTS]
R.shuffle(wp_keys)
amp_forms = [f for f in FORM_POOL if f.startswith("amp")]
rest = [f for f in FORM_POOL if not f.startswith("amp")]
chosen = dict(zip(wp_keys, amp_forms))
for k in akeys:
    if k not in chosen:
        chosen[k] = rest.pop()
link_forms = [chosen[k] for k in akeys]
for k, form in zip(akeys, link_forms):
    a = ann[k]
    kim = pick_kim(a, used)
    when = ts(a["published_at"]) + delay()
    com = R.choice(LINK_COMMENTS)
    if R.random() < 0.5:
        com = a["title"] + "\n" + com
    links = []
    plat = R.choice(["facebook"] * 6 + ["telegram", "instagram"])
    if form == "short":
        short_n += 1
        plat = "facebook"
        s = "https://%s/%s" % (R.choice(["s.id", "bit.ly"]), "".join(R.choice(string.ascii_letters + string.digits) for _ in range(7)))
        text = com + "\n" + s
        links = [s, a["url"]]          # expanded link preview
    elif form == "share-only":
        plat = "facebook"
        text = SHARE_TEXTS.pop(0)
        text = a["title"] + "\n\n" + text if R.random() < 0.3 else text
        links = [a["url"]]
    else:
        text = com + "\n" + url_form(a, form)
        if plat == "facebook" and R.random() < 0.3:
            links = [a["url"]]          # link preview attachment
    add_post("auto:link:" + k, kim, plat, when, text, "", "link", [k], links=links, meta={"form": form})

# ---------------------------------------------------------------- hand posts
def parse_when(w):
    if w.startswith("@"):
        return ts(w[1:] + ":00+08:00") + timedelta(seconds=R.randint(0, 59))
    m = re.match(r"(a\d\d)([+-])(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$", w)
    base = ts(ann[m.group(1)]["published_at"])
    off = timedelta(days=int(m.group(3) or 0), hours=int(m.group(4) or 0), minutes=int(m.group(5) or 0))
    jit = timedelta(minutes=R.randint(3, 38), seconds=R.randint(0, 59))
    if m.group(2) == "+":
        return base + off + jit
    return base - off - jit

with open(os.path.join(HERE, "posts_hand.txt"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        key, kim, plat, style, gold, imit, when, text = line.split("|", 7)
        assert kim in KIM, (ln, kim)
        gold = [] if gold == "-" else gold.split(",")
        text = text.replace("\\n", "\n")
        title = ""
        platform = PLAT[plat]
        if platform == "website":
            title, text = text.split("~~", 1)
        elif plat == "fb" and style != "roundup":
            r = R.random()
            if r < 0.08:
                platform = "telegram"
            elif r < 0.14 and len(text) < 400:
                platform = "instagram"
            elif r < 0.22 and style in ("summary", "negative-topic", "negative-unrelated", "before"):
                platform = "website"
                first = re.split(r"(?<=[.!?:])\s", text.replace("\n", " "), 1)[0]
                w = first.split()
                title = " ".join(w[:9]).rstrip(".,:;!") + (" …" if len(w) > 9 else "")
        meta = {"line": "posts_hand.txt:%d" % ln, "hand_key": key}
        if imit != "-":
            ia, how = imit.split(":", 1)
            meta["imitates"] = [PFX + ia]
            meta["differs"] = how
        add_post("posts_hand.txt:%d" % ln, kim, platform, parse_when(when), text, title, style, gold, meta=meta)

# ---------------------------------------------------------------- order, ids, write
posts.sort(key=lambda t: (t[0]["published_at"], t[2]))
ids = ["%sp%03d" % (PFX, i) for i in range(1, len(posts) + 1)]
R.shuffle(ids)
out_posts, out_labels, keymap = [], [], {}
for (p, l, key, meta), pid in zip(posts, ids):
    row = {"id": pid}; row.update(p)
    out_posts.append(row)
    out_labels.append({"post": pid, "announcements": l["announcements"], "style": l["style"]})
    km = {"generator": meta.get("line", key), "style": l["style"], "gold": l["announcements"]}
    for f in ("hand_key", "imitates", "differs", "ops", "kind", "form"):
        if f in meta: km[f] = meta[f]
    keymap[pid] = km

def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("announcements.jsonl", ann_rows)
dump("posts.jsonl", out_posts)
dump("labels.jsonl", out_labels)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % k[:5])
print("wrote %d announcements, %d kims, %d posts" % (len(ann_rows), len(KIMS), len(out_posts)))
