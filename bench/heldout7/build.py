"""Build heldout7 (announcements, kims, posts, labels) from the hand-written parts.

Deterministic (fixed seed). Run from anywhere:  python3 bench/heldout7/build.py
Inputs: ann_data.py, kims_data.py, posts_auto.py (copy/excerpt/link specs),
posts_hand_amp.txt, posts_hand_other.txt (roundups), posts_neg.txt,
posts_before_unrel.txt (hand-written posts, header: kim platform when style anns).
"""
import json, os, random, re, sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ann_data import ANN
from kims_data import KIMS
from posts_auto import AUTO

rng = random.Random(20261206)
TZ = "+08:00"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

WP = {"diskominfo-kalsel": "diskominfo.kalselprov.go.id", "disdukcapil-batola": "disdukcapil.baritokualakab.go.id",
      "pemkab-banjar": "banjarkab.go.id", "pemkot-banjarbaru": "banjarbarukota.go.id", "bpbd-kalsel": "bpbd.kalselprov.go.id"}
BERITA = {"pemprov-kalsel": "kalselprov.go.id", "pemkab-tapin": "tapinkab.go.id", "pemkab-tala": "tanahlautkab.go.id",
          "pemkab-hsu": "hulusungaiutarakab.go.id", "pemkab-tanbu": "tanahbumbukab.go.id",
          "pemkab-batola": "baritokualakab.go.id", "dinkes-hst": "dinkes.hulusungaitengahkab.go.id"}
DETAIL = {"pemkab-balangan": "balangankab.go.id", "pemkab-hss": "hulusungaiselatankab.go.id",
          "pemkab-hst": "hulusungaitengahkab.go.id"}
NUM = {"pemkab-tabalong": ("tabalongkab.go.id", "berita"), "pemkab-kotabaru": ("kotabarukab.go.id", "berita"),
       "pemkot-banjarmasin": ("banjarmasinkota.go.id", "berita/read"),
       "kpu-balangan": ("kab-balangan.kpu.go.id", "berita/baca"), "kpu-kalsel": ("kalsel.kpu.go.id", "berita/baca")}
SRCNAME = {"diskominfo-kalsel": "Diskominfo Kalsel", "disdukcapil-batola": "Disdukcapil Batola",
           "pemkab-banjar": "Pemkab Banjar", "pemkot-banjarbaru": "Pemko Banjarbaru", "bpbd-kalsel": "BPBD Kalsel",
           "pemprov-kalsel": "Pemprov Kalsel", "pemkab-tapin": "Pemkab Tapin", "pemkab-tala": "Pemkab Tanah Laut",
           "pemkab-hsu": "Pemkab HSU", "pemkab-tanbu": "Pemkab Tanah Bumbu", "pemkab-batola": "Pemkab Barito Kuala",
           "dinkes-hst": "Dinkes HST", "pemkab-balangan": "Pemkab Balangan", "pemkab-hss": "Pemkab HSS",
           "pemkab-hst": "Pemkab HST", "pemkab-tabalong": "Pemkab Tabalong", "pemkab-kotabaru": "Pemkab Kotabaru",
           "pemkot-banjarmasin": "Pemko Banjarmasin", "kpu-balangan": "KPU Balangan", "kpu-kalsel": "KPU Kalsel"}


def slugify(s, n=90):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower().replace("'", "")).strip("-")
    return s[:n].rstrip("-")


def parse_dt(s):
    return datetime.fromisoformat(s)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + TZ


# ---------------- announcements ----------------
anns = {}
for a in ANN:
    pub = parse_dt(a["pub"]).replace(second=rng.randrange(60))
    text = a["text"]
    def hari(m, pub=pub):
        off = int(m.group(1) or 0)
        d = pub + timedelta(days=off)
        return f"{HARI[d.weekday()]} ({d.day}/{d.month}/{d.year})"
    text = re.sub(r"\{H([+-]\d+)?\}", hari, text)
    src, slug = a["src"], slugify(a["title"])
    if src in WP:
        url = f"https://{WP[src]}/{pub:%Y/%m/%d}/{slug}/"
    elif src in BERITA:
        url = f"https://{BERITA[src]}/berita/{slug}"
    elif src in DETAIL:
        url = f"https://{DETAIL[src]}/berita/detail/{slug}"
    else:
        host, path = NUM[src]
        url = f"https://{host}/{path}/{rng.randrange(300, 2400)}/{slug}"
    anns[a["k"]] = dict(id="h7-" + a["k"], source=src, url=url, title=a["title"], text=text, pub=pub)

# ---------------- kims ----------------
kims = {}
for kid, region, district, village in KIMS:
    name = "KIM " + " ".join(w.capitalize() for w in kid.split("-"))
    kims[kid] = dict(id="kim-" + kid, name=name, region=region, district=district, village=village,
                     handle="kim" + kid.replace("-", ""))

# ---------------- helpers ----------------
PLAT = {"fb": "facebook", "ig": "instagram", "tg": "telegram", "web": "website", "yt": "youtube"}
tg_counter = {}


def post_url(kim, plat, dt, title):
    h = kim["handle"]
    if plat == "facebook":
        return f"https://www.facebook.com/{h}/posts/pfbid0{rng.getrandbits(124):031x}"
    if plat == "instagram":
        return "https://www.instagram.com/p/C" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(10)) + "/"
    if plat == "telegram":
        tg_counter[h] = tg_counter.get(h, rng.randrange(120, 600)) + rng.randrange(3, 40)
        return f"https://t.me/{h}/{tg_counter[h]}"
    if plat == "website":
        return f"https://{h}.blogspot.com/{dt:%Y/%m}/{slugify(title, 50)}.html"
    return "https://www.youtube.com/watch?v=" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(11))


DUR = re.compile(r"(\d+)([dhm])")


def parse_when(w):
    """'a01+2d3h' -> (ann key, timedelta) ; absolute ISO -> (None, datetime)"""
    m = re.match(r"^(a\d\d)([+-])(.+)$", w)
    if not m:
        return None, parse_dt(w)
    td = timedelta()
    for n, u in DUR.findall(m.group(3)):
        td += {"d": timedelta(days=int(n)), "h": timedelta(hours=int(n)), "m": timedelta(minutes=int(n))}[u]
    return m.group(1), (td if m.group(2) == "+" else -td)


def when_dt(w, amp):
    key, v = parse_when(w)
    if key is None:
        return v.replace(second=rng.randrange(60))
    base = anns[key]["pub"]
    j = int(min(abs(v).total_seconds() * 0.2, 3 * 3600))
    jitter = timedelta(seconds=rng.randrange(-j, j + 1))
    dt = base + v + jitter
    if amp:  # keep inside 10 min .. 20 days
        dt = max(dt, base + timedelta(minutes=11))
        dt = min(dt, base + timedelta(days=19, hours=20))
    elif v < timedelta(0):
        dt = min(dt, base - timedelta(minutes=30))
    return dt.replace(second=rng.randrange(60))


URLRE = re.compile(r"https?://[^\s)\"'<>]+")


def typo(text, n):
    words = [m for m in re.finditer(r"[a-z]{5,}", text)]
    for m in rng.sample(words, min(n, len(words))):
        w = m.group(0)
        i = rng.randrange(1, len(w) - 2)
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        text = text[:m.start()] + w2 + text[m.end():]
    return text


def url_variant(ann):
    u = ann["url"]
    forms = ["exact", "http", "www", "m", "slash", "utm", "fbclid", "combo"]
    if ann["source"] in WP:
        forms.append("amp")
    f = rng.choice(forms)
    if f == "http":
        u = u.replace("https://", "http://")
    elif f == "www" and "://www." not in u:
        u = u.replace("://", "://www.")
    elif f == "m":
        u = u.replace("://", "://m.")
    elif f == "slash":
        u = u[:-1] if u.endswith("/") else u + "/"
    elif f == "utm":
        u += "?utm_source=whatsapp&utm_medium=share"
    elif f == "fbclid":
        u += "?fbclid=IwAR" + "".join(rng.choice("abcdefghijkABCDEFGHJK0123456789_-") for _ in range(30))
    elif f == "amp":
        u += "amp/"
    elif f == "combo":
        u = u.replace("https://", "http://www.") + ("" if u.endswith("/") else "/") + "?utm_source=facebook"
    return u


def kab_tag(kim):
    r = kim["region"].replace("Kabupaten ", "").replace("Kota ", "")
    return "#" + r.replace(" ", "")


def gen_copy(ann, kim, plat):
    text = ann["text"]
    srcname = SRCNAME[ann["source"]]
    if rng.random() < 0.25:
        text = re.sub(r"^[A-Z]+ – ", "", text)
    if rng.random() < 0.35:
        text = text.replace(" – ", " - ").replace("–", "-")
    if rng.random() < 0.3:
        text = re.sub(r"\s*\([a-z\-]+/[a-z]+\)$", "", text)
    elif rng.random() < 0.2:
        text = re.sub(r"\([a-z\-]+/[a-z]+\)$", f"({kim['name']})", text)
    if rng.random() < 0.25:
        text = text.replace('"', "“", 1).replace('"', "”", 1)
    if rng.random() < 0.35:
        text = typo(text, rng.randint(1, 3))
    if rng.random() < 0.2:
        text = re.sub(r"\n\n", rng.choice(["\n", " "]), text)
    title = ""
    if plat in ("website", "youtube"):
        title = ann["title"] if rng.random() < 0.7 else ann["title"].split(",")[0]
    elif rng.random() < 0.65:
        head = rng.choice(["*BERITA PENTING*", "📢 INFO RESMI 📢", f"Diteruskan dari grup Info Kecamatan {kim['district']}",
                           ann["title"], ann["title"].upper(), f"Oleh: Admin {kim['name']}", f"Berita dari {srcname}:",
                           "‼️ Mohon dibaca sampai habis ‼️", "Forward dari grup sebelah 👇"])
        text = head + "\n\n" + text
    r = rng.random()
    if r < 0.2:
        text += f"\n\nSumber: rilis resmi {srcname}"
    elif r < 0.35:
        text += f"\n\nSumber: {ann['url']}"
    elif r < 0.45:
        text += "\n\nSumber: " + re.sub(r"^https?://([^/]+)/.*$", r"\1", ann["url"])
    elif r < 0.55:
        text += f"\n\n(Sumber: Humas {srcname})"
    if rng.random() < 0.3:
        text += f"\n\n#KIM{kim['village'].replace(' ', '')} {kab_tag(kim)} #InfoPublik"
    return title, text


def gen_excerpt(ann, kim, plat):
    paras = ann["text"].split("\n\n")
    srcname = SRCNAME[ann["source"]]
    mode = rng.choice(["lead", "lead2", "quote", "middle", "fbcut", "lead"])
    if mode == "lead":
        body = paras[0]
    elif mode == "lead2":
        body = "\n\n".join(paras[:2])
    elif mode == "quote":
        q = [p for p in paras if '"' in p]
        body = q[0] if q else paras[1]
    elif mode == "middle":
        body = "\n\n".join(paras[1:3])
    else:
        full = ann["text"]
        cut = rng.randrange(220, 320)
        body = full[:cut].rsplit(" ", 1)[0] + "... Lihat selengkapnya"
    intro = rng.choice(["", "", f"Info dari {srcname}:", "Berita terbaru untuk warga.", "Penting untuk diketahui 👇",
                        f"Untuk warga {kim['village']} dan sekitarnya:", "📌 Kutipan berita resmi"])
    outro = rng.choice(["", "", f"Selengkapnya di laman resmi {srcname}.", f"#KIM{kim['village'].replace(' ', '')} {kab_tag(kim)}",
                        f"Baca lengkap: {ann['url']}", "Semoga bermanfaat 🙏"]) if mode != "fbcut" else ""
    text = "\n\n".join(x for x in [intro, body, outro] if x)
    title = ann["title"] if plat in ("website", "youtube") else ""
    return title, text


def gen_link(ann, kim, plat):
    srcname = SRCNAME[ann["source"]]
    u = url_variant(ann)
    comment = rng.choice(["Info penting, silakan baca:", "Selengkapnya:", "Mohon dibaca dan dibagikan 🙏", ann["title"],
                          "Baca berita lengkapnya di sini 👇", f"Untuk warga {kim['village']}, info dari {srcname}:",
                          "Sumber berita resmi:", "📌 " + ann["title"], "Bagikan ke grup keluarga ya", ""])
    links = [u]
    if plat == "facebook" and rng.random() < 0.35:
        text = comment or "Info."
    else:
        text = (comment + " " + u).strip() if rng.random() < 0.5 else (comment + "\n" + u).strip()
    return "", text, links


# ---------------- posts ----------------
rows = []  # (post dict without id, label dict without post)
for line in AUTO.strip().splitlines():
    kim_k, plat_k, when, style = line.split()
    kim, plat = kims[kim_k], PLAT[plat_k]
    key, _ = parse_when(when)
    ann = anns[key]
    dt = when_dt(when, True)
    if style == "copy":
        title, text = gen_copy(ann, kim, plat)
        links = None
    elif style == "excerpt":
        title, text = gen_excerpt(ann, kim, plat)
        links = None
    else:
        title, text, links = gen_link(ann, kim, plat)
    rows.append((kim, plat, dt, title, text, links, [ann["id"]], style, "auto:" + line))


def read_hand(fn):
    s = open(os.path.join(HERE, fn), encoding="utf-8").read()
    for blk in s.split("=== ")[1:]:
        head, body = blk.split("\n", 1)
        kim_k, plat_k, when, style, an = head.split()
        body = body.strip("\n")
        title = ""
        if body.startswith("# "):
            title, body = body[2:].split("\n", 1)
        amp = style not in ("negative-topic", "negative-unrelated", "before")
        ids = [] if an == "-" else ["h7-" + x for x in an.split(",")]
        yield kim_k, plat_k, when, style, ids, title, body.strip(), amp, head


for fn in ["posts_hand_amp.txt", "posts_hand_other.txt", "posts_neg.txt", "posts_before_unrel.txt"]:
    for kim_k, plat_k, when, style, ids, title, body, amp, head in read_hand(fn):
        kim, plat = kims[kim_k], PLAT[plat_k]
        if style == "roundup":  # keep every pair in window: time relative to first key, checked below
            dt = when_dt(when, False)
        else:
            dt = when_dt(when, amp)
        if plat == "website" and not title:
            title = body.split(".")[0][:70]
        rows.append((kim, plat, dt, title, body, None, ids, style, fn + ":" + head))

order = list(range(len(rows)))
rng.shuffle(order)
posts, labels, keymap = [], [], {}
for n, i in enumerate(order, 1):
    kim, plat, dt, title, text, links, ids, style, src = rows[i]
    pid = f"h7-p{n:03d}"
    if links is None:
        links = URLRE.findall(title + "\n" + text)
    else:
        links = list(dict.fromkeys(links + URLRE.findall(text)))
    links = [l.rstrip(".,") for l in links]
    posts.append(dict(id=pid, kim=kim["id"], platform=plat, url=post_url(kim, plat, dt, title or text[:40]),
                      title=title, text=text, published_at=iso(dt), links=links))
    labels.append(dict(post=pid, announcements=ids, style=style))
    keymap[pid] = src

with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for a in sorted(anns.values(), key=lambda a: a["id"]):
        f.write(json.dumps(dict(id=a["id"], source=a["source"], url=a["url"], title=a["title"], text=a["text"],
                                published_at=iso(a["pub"])), ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
    for p in posts:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in kims.values():
        f.write(f"- id: {k['id']}\n  name: {k['name']}\n  region: {k['region']}\n  district: {k['district']}\n  village: {k['village']}\n")
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=0)
print(len(anns), "announcements,", len(kims), "kims,", len(posts), "posts")
