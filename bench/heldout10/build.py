#!/usr/bin/env python3
"""Deterministic generator for heldout10 (seed 2026120610). Reads ann_data.py, kims_data.py, posts_hand.txt."""
import json, os, random, re, collections
from datetime import datetime, timedelta
from ann_data import ANNS
from kims_data import KIMS, INACTIVE, RP_ONLY, SOURCES

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120610
R = random.Random(SEED)
TZ = "+08:00"
START, END = datetime(2026, 1, 3, 6, 0), datetime(2026, 12, 4, 22, 0)

def fmt(dt): return dt.strftime("%Y-%m-%dT%H:%M:%S") + TZ

# ---------- announcements ----------
anns, A = [], {}
for i, (aid, src, pub, slug, title, text) in enumerate(ANNS):
    dom, shape, _ = SOURCES[src]
    dt = datetime.fromisoformat(pub)
    if shape == "wp": url = "https://%s/%s/%s/" % (dom, dt.strftime("%Y/%m/%d"), slug)
    elif shape == "berita": url = "https://%s/berita/%s" % (dom, slug)
    elif shape == "detail": url = "https://%s/berita/detail/%s" % (dom, slug)
    elif shape == "num": url = "https://%s/berita/%d/%s" % (dom, 4100 + 37 * i, slug)
    else: url = "https://%s/%s/%s.html" % (dom, dt.strftime("%Y/%m"), slug)
    a = {"id": "h10-" + aid, "source": src, "url": url, "title": title, "text": text, "published_at": fmt(dt)}
    anns.append(a); A[aid] = dict(a, dt=dt, shape=shape, dom=dom, region=SOURCES[src][2])

KIM = {k[0]: dict(zip(["id", "name", "region", "district", "village", "handle"], k)) for k in KIMS}
BYREG = collections.defaultdict(list)
for k in KIMS: BYREG[k[2]].append(k[0])
use = collections.Counter()

def pick_kim(aid, style):
    reg = A[aid]["region"]
    pool = BYREG[reg] if reg else list(KIM)
    if style in ("negative-topic", "before", "negative-unrelated"):
        ina = [k for k in pool if k in INACTIVE]
        if ina and R.random() < 0.5: return R.choice(ina)
        return R.choice(pool)
    ok = [k for k in pool if k not in INACTIVE and (k not in RP_ONLY or style in ("paraphrase", "roundup"))]
    if not ok or (reg is None and R.random() < 0.3):
        ok = [k for k in KIM if k not in INACTIVE and k not in RP_ONLY]
    m = min(use[k] for k in ok)
    k = R.choice([k for k in ok if use[k] == m]); use[k] += 1
    return k

posts = []  # dicts with internal fields
def add(style, kim, dt, text, gold=(), links=None, platform=None, title="", key=None, **extra):
    if platform is None:
        platform = R.choices(["facebook", "instagram", "telegram", "website"], [70, 10, 14, 6])[0]
    if platform == "instagram" and re.search(r"https?://|www\.", text): platform = "facebook"
    if platform == "website" and not title:
        title = " ".join(re.sub(r"[*📢👇✅🔹]", "", text).split()[:9]).rstrip(",.:") 
    if platform != "website": title = ""
    found = [u.rstrip(".,;:!?") for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)]
    lk = list(dict.fromkeys(found + list(links or [])))
    posts.append(dict(style=style, kim=kim, dt=dt, text=text, gold=list(gold), links=lk, platform=platform,
                      title=title, key=key or {}, **extra))

def delay_pos():
    # median ~1 day, 12 min .. 19 days
    h = R.choice([R.uniform(0.2, 6), R.uniform(3, 30), R.uniform(12, 60), R.uniform(40, 200), R.uniform(150, 450)])
    return timedelta(hours=h)

# ---------- copy ----------
HEADERS = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "Diteruskan dari grup Info Desa", "Forward dari grup sebelah 👇",
           "*INFO UNTUK WARGA*", None, None]
def typo(t, n):
    words = [m for m in re.finditer(r"[a-z]{6,}", t)]
    for m in R.sample(words, min(n, len(words))):
        w = m.group(0); j = R.randrange(1, len(w) - 2)
        t = t[:m.start()] + w[:j] + w[j + 1] + w[j] + w[j + 2:] + t[m.end():]
    return t
ids = sorted(A)
copy_ids = [a for a in ids if a not in ("a09", "a27", "a36", "a39", "a45")]
for aid in copy_ids:
    a = A[aid]; t = a["text"]; ops = []
    h = R.choice(HEADERS)
    if R.random() < 0.3: t = re.sub(r"^([A-Z]+) –", lambda m: m.group(1) + ", KIM –", t); ops.append("dateline")
    elif R.random() < 0.15: t = re.sub(r"^[A-Z]+ – ", "", t); t = t[0].upper() + t[1:]; ops.append("no-dateline")
    r = R.random()
    if r < 0.3: t = re.sub(r"\s*\([a-z\-/]+\)$", "", t); ops.append("drop-tag")
    elif r < 0.45: t = re.sub(r"\([a-z\-/]+\)$", "(admin KIM)", t); ops.append("replace-tag")
    if R.random() < 0.4: t = typo(t, R.randint(1, 3)); ops.append("typos")
    if R.random() < 0.3: t = re.sub(r"\"([^\"]+)\"", "“\\1”", t); ops.append("curly")
    if R.random() < 0.3: t = t.replace("–", "-"); ops.append("dash")
    if R.random() < 0.2: t = t.replace("\n\n", " "); ops.append("collapse")
    if R.random() < 0.4: t = a["title"].upper() + "\n\n" + t; ops.append("title")
    if h: t = h + "\n\n" + t; ops.append("header")
    s = R.random()
    if s < 0.25: t += "\n\nSumber: " + a["url"]; ops.append("sumber-url")
    elif s < 0.4: t += "\n\nSumber: " + a["dom"]; ops.append("sumber-domain")
    elif s < 0.5: t += "\n\nSumber: rilis resmi " + a["source"]; ops.append("sumber-rilis")
    if R.random() < 0.3: t += "\n\n#KIM #InfoPublik #Kalsel"; ops.append("hashtags")
    plat = R.choices(["facebook", "telegram", "website"], [70, 18, 12])[0]
    add("copy", pick_kim(aid, "copy"), a["dt"] + delay_pos(), t, [aid], platform=plat,
        title=a["title"] if plat == "website" else "", key={"line": "auto:copy:" + aid, "ops": ops})

# ---------- excerpt ----------
INTROS = ["Info dari Pemkab:", "Kabar terbaru 👇", "Bagikan ke warga:", "Dikutip dari rilis resmi:", ""]
OUTROS = ["Semoga bermanfaat.", "Mohon dibagikan.", "#InfoPublik", ""]
exc_ids = [a for a in ids if a not in ("a02", "a06", "a12", "a18", "a24", "a33", "a35", "a38", "a41", "a42")]
kinds = ["lead"] * 10 + ["lead+1"] * 8 + ["quote"] * 8 + ["middle"] * 4 + ["fbcut"] * 5
R.shuffle(kinds)
for aid, kind in zip(exc_ids, kinds):
    a = A[aid]; ps = a["text"].split("\n\n")
    if kind == "lead": t = ps[0]
    elif kind == "lead+1": t = ps[0] + "\n\n" + ps[1]
    elif kind == "quote": t = next((p for p in ps if '"' in p), ps[1])
    elif kind == "middle": t = ps[1]
    else: t = " ".join((ps[0] + " " + ps[1]).split()[:40]) + "... Lihat selengkapnya"
    i, o = R.choice(INTROS), R.choice(OUTROS)
    if kind != "fbcut": t = "\n\n".join(x for x in (i, t, o) if x)
    add("excerpt", pick_kim(aid, "excerpt"), a["dt"] + delay_pos(), t, [aid], platform="facebook" if kind == "fbcut" else None,
        key={"line": "auto:excerpt:" + aid, "kind": kind})

# ---------- link ----------
FORMS = (["exact"] * 3 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 +
         ["utm+fbclid"] * 3 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["www-slash"] * 2 + ["short"] * 3 + ["links-only"] * 4)
R.shuffle(FORMS)
# amp only for wp sources: swap if needed
wp = [a for a in ids if A[a]["shape"] == "wp"]
order = list(ids)
for j, f in enumerate(FORMS):
    if f == "amp" and A[order[j]]["shape"] != "wp":
        k = next(k for k in range(len(order)) if A[order[k]]["shape"] == "wp" and FORMS[k] != "amp")
        order[j], order[k] = order[k], order[j]
COMMENTS = ["Baca selengkapnya:", "Info lengkap di tautan ini 👇", "Silakan dibaca dan dibagikan:", "Link berita resmi:",
            "Cek di sini ya:", "Berita lengkapnya:", "Untuk warga yang belum tahu 👇", "Simak:", "Update dari pemerintah daerah:"]
def toggle_slash(u): return u[:-1] if u.endswith("/") else u + "/"
for aid, f in zip(order, FORMS):
    a = A[aid]; u = a["url"]; links = None
    if f == "http": v = u.replace("https://", "http://")
    elif f == "www": v = u.replace("https://", "https://www.")
    elif f == "m": v = u.replace("https://", "https://m.")
    elif f == "slash": v = toggle_slash(u)
    elif f == "amp": v = u + "amp/"
    elif f == "utm": v = u + "?utm_source=whatsapp&utm_medium=share"
    elif f == "fbclid": v = u + "?fbclid=IwAR%s" % "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(22))
    elif f == "utm+fbclid": v = u + "?utm_source=facebook&fbclid=IwZXh0%s" % "".join(R.choice("abcdef0123456789") for _ in range(16))
    elif f == "http-m": v = u.replace("https://", "http://m.")
    elif f == "www-noscheme": v = u.replace("https://", "www.")
    elif f == "www-slash": v = toggle_slash(u.replace("https://", "https://www."))
    elif f == "short": v = "https://%s/%s" % (R.choice(["s.id", "bit.ly"]), "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(7))); links = [v, u]
    elif f == "links-only": v = None; links = [u]
    else: v = u
    c = R.choice(COMMENTS)
    head = R.choice([a["title"], a["title"] + " 👇", "", "📌 " + a["title"]])
    t = "\n".join(x for x in (head, c, v) if x) if v else (head or a["title"]) + "\n\n" + R.choice(["Mari dibaca.", "Info penting untuk warga.", "Silakan disimak."])
    plat = "facebook" if f == "links-only" else R.choice(["facebook", "facebook", "telegram"])
    add("link", pick_kim(aid, "link"), a["dt"] + delay_pos(), t, [aid], links=links, platform=plat, key={"line": "auto:link:" + aid, "form": f})

# ---------- hand lines ----------
STY = {"S": "summary", "P": "paraphrase", "N": "negative-topic", "U": "negative-unrelated", "B": "before"}
items = {}
for n, line in enumerate(open(os.path.join(HERE, "posts_hand.txt"), encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line or line.startswith("#"): continue
    st, aid, off, kim, note, text = line.split("|", 5)
    text = text.replace("\\n", "\n")
    if st == "I": items[aid] = text; continue
    style = STY[st]
    if kim == "-": kim = pick_kim(aid, style) if st != "U" else None
    if st == "U":
        dt = A[aid]["dt"] + timedelta(hours=R.uniform(-400, 400))
        kim = kim or R.choice(list(KIM))
    else:
        dt = A[aid]["dt"] + timedelta(hours=float(off), minutes=R.uniform(3, 50))
    if dt < START:
        dt = START + timedelta(hours=R.uniform(0, 600)); text = "Kilas balik: " + text
    dt = min(dt, END)
    gold = [aid] if st in "SP" else []
    key = {"line": "posts_hand.txt:%d" % n}
    if st in "NB": key.update(imitates=[aid], differs=note)
    plat = R.choices(["facebook", "instagram", "telegram", "website"], [62, 18, 14, 6])[0] if st in "SP" else None
    add(style, kim, dt, text, gold, platform=plat, key=key)

# ---------- templated unrelated ----------
KOM = [("karet", 9000, 12500), ("gabah kering panen", 6200, 7600), ("cabai rawit", 38000, 90000), ("bawang merah", 28000, 45000),
       ("ikan haruan", 55000, 80000), ("telur itik", 2200, 3200), ("sawit TBS", 2300, 3100), ("kelapa", 3000, 6000)]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
TEMPL = [
 lambda k: "Harga %s di pasar %s hari ini Rp%s per kg. %s" % (lambda c: (c[0], k["village"], "{:,}".format(R.randrange(c[1], c[2], 100)).replace(",", "."), R.choice(["Naik dibanding pekan lalu.", "Turun sedikit.", "Masih stabil.", ""])))(R.choice(KOM)),
 lambda k: "Info PLN: pemeliharaan jaringan hari %s pukul %02d.00–%02d.00, listrik padam di sebagian wilayah %s." % (R.choice(HARI), R.randint(8, 10), R.randint(12, 16), k["village"]),
 lambda k: "Kerja bakti RT %02d hari %s pagi, membersihkan %s. Warga diharap membawa %s." % (R.randint(1, 14), R.choice(HARI), R.choice(["saluran air", "makam desa", "halaman langgar", "jalan lingkungan", "pinggir sungai"]), R.choice(["parang", "cangkul", "karung", "sapu lidi"])),
 lambda k: "Posyandu %s buka hari %s tanggal %d, jam 08.00. %s" % (R.choice(["Melati", "Kenanga", "Anggrek", "Cempaka", "Seroja"]), R.choice(HARI), R.randint(2, 27), R.choice(["Bawa buku KIA.", "Ada PMT untuk balita.", "Jangan lupa timbang anak."])),
 lambda k: "Pengajian rutin %s malam di %s %s. Semua warga diundang." % (R.choice(["Jumat", "Selasa", "Kamis"]), R.choice(["Langgar", "Masjid"]), R.choice(["Al-Ikhlas", "Nurul Huda", "At-Taqwa", "Darussalam", "Al-Falah"])),
 lambda k: "Turnamen %s antar-RT di %s dimulai %s sore. Pendaftaran tim ke karang taruna, biaya Rp%d ribu." % (R.choice(["voli", "futsal", "sepak takraw", "bulu tangkis", "domino"]), k["village"], R.choice(HARI), R.choice([50, 75, 100, 150])),
 lambda k: "Jalan %s di %s rusak dan berlubang sepanjang %d meter, pengendara harap hati-hati terutama malam hari." % (R.choice(["poros desa", "lingkungan RT 4", "menuju sekolah", "ke dermaga"]), k["village"], R.randint(30, 400)),
]
seen = set(p["text"] for p in posts)
for j in range(40):
    k = KIM[R.choice(list(KIM))]
    while True:
        t = R.choice(TEMPL)(k)
        if t not in seen: break
    seen.add(t)
    dt = START + timedelta(hours=R.uniform(0, (END - START).total_seconds() / 3600))
    add("negative-unrelated", k["id"], dt, t, key={"line": "auto:unrelated:%d" % j})

# ---------- round-ups ----------
LOCAL = ["Gotong royong bersihkan langgar RT 2 Minggu pagi", "Posyandu balita buka Selasa di balai desa", "Harga karet naik jadi Rp11 ribu/kg",
         "Jalan lingkungan RT 5 mulai dicor dari dana desa", "Lomba azan anak-anak di masjid desa", "Pengajian ibu-ibu Kamis malam",
         "Pemadaman listrik Sabtu pukul 09.00–13.00", "Panen padi kelompok tani mulai pekan depan", "Vaksin kucing gratis di puskeswan",
         "Air PDAM kecil di RT 7, sedang diperbaiki", "Turnamen voli antar-RT masuk semifinal", "Rapat karang taruna Jumat malam",
         "Pembagian kelambu dari puskesmas", "Bazar UMKM di halaman kantor desa", "Senam lansia tiap Jumat pagi"]
LAYOUTS = ["🔹", "•", "-", "✅", "👉", "num.", "num)", "emoji", "oneline-paren", "oneline-bar", "prose", "prose"]
HEAD = ["Rangkuman info pekan ini:", "KABAR SEPEKAN 📰", "Info penting minggu ini untuk warga:", "Catatan admin KIM minggu ini",
        "Ringkasan berita daerah:", "Info-info terbaru:"]
NUMEMO = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]
RU_KIMS = ["kim-birayang", "kim-birayang", "kim-halong", "kim-halong", "kim-aluh-aluh", "kim-aluh-aluh", "kim-sungai-bali",
           "kim-takisung", "kim-kuin-utara", "kim-paliwara", "kim-angsau", "kim-marabahan", "kim-lok-baintan", "kim-kandangan-kota",
           "kim-bayanan", "kim-tanjung", "kim-semayap", "kim-pagatan", "kim-sungai-jingah", "kim-guntung-manggis",
           "kim-rantau-kiwa", "kim-danau-panggang", "kim-karang-intan", "kim-batulicin", "kim-loktabat-utara"]
by_time = sorted(ids, key=lambda x: A[x]["dt"])
ru_made, three = 0, 0
used_sets = set()
tries = 0
while ru_made < 25 and tries < 5000:
    tries += 1
    base = R.choice(by_time)
    D = A[base]["dt"] + timedelta(hours=R.uniform(8, 200))
    cand = [x for x in ids if timedelta(hours=1) <= D - A[x]["dt"] <= timedelta(days=19)]
    n = 3 if three < 7 else 2
    if len(cand) < n: continue
    sel = tuple(sorted(R.sample(cand, n)))
    if sel in used_sets: continue
    used_sets.add(sel); three += n == 3
    its = [items[x] for x in sel] + R.sample(LOCAL, R.randint(1, 2))
    R.shuffle(its)
    lay = LAYOUTS[ru_made % len(LAYOUTS)]
    if lay in ("🔹", "•", "-", "✅", "👉"): body = "\n".join("%s %s" % (lay, i) for i in its)
    elif lay == "num.": body = "\n".join("%d. %s" % (j + 1, i) for j, i in enumerate(its))
    elif lay == "num)": body = "\n".join("%d) %s" % (j + 1, i) for j, i in enumerate(its))
    elif lay == "emoji": body = "\n".join("%s %s" % (NUMEMO[j], i) for j, i in enumerate(its))
    elif lay == "oneline-paren": body = " ".join("(%d) %s." % (j + 1, i) for j, i in enumerate(its))
    elif lay == "oneline-bar": body = " | ".join(its)
    else: body = " ".join(("Selain itu, " if j else "Pekan ini ") + i[0].lower() + i[1:] + "." for j, i in enumerate(its))
    t = R.choice(HEAD) + ("\n\n" if not lay.startswith("oneline") else "\n") + body + R.choice(["", "\n\nSemoga bermanfaat 🙏", "\n\n#KabarDesa"])
    kim = RU_KIMS[ru_made]
    plat = "website" if lay == "prose" and ru_made % 2 else R.choice(["facebook", "facebook", "telegram"])
    add("roundup", kim, D, t, list(sel), platform=plat, title=("Kabar Sepekan " + KIM[kim]["village"]) if plat == "website" else "",
        key={"line": "auto:roundup:%d" % ru_made, "layout": lay, "items": [posts_hand_item for posts_hand_item in sel]})
    ru_made += 1

# ---------- finalize ----------
posts.sort(key=lambda p: (p["dt"], p["text"]))
nums = list(range(1, len(posts) + 1)); random.Random(SEED + 1).shuffle(nums)
out_p, out_l, keymap = [], [], {}
for p, num in zip(posts, nums):
    pid = "h10-p%03d" % num
    k = KIM[p["kim"]]
    if p["platform"] == "facebook": url = "https://www.facebook.com/%s/posts/%d" % (k["handle"], 10230000000 + R.randrange(10 ** 9))
    elif p["platform"] == "instagram": url = "https://www.instagram.com/p/%s/" % "".join(R.choice("ABCDEFGHabcdefgh0123456789_") for _ in range(11))
    elif p["platform"] == "telegram": url = "https://t.me/%s/%d" % (k["handle"].replace(".", "_"), R.randint(100, 3000))
    else:
        slug = re.sub(r"[^a-z0-9]+", "-", p["title"].lower()).strip("-")[:60]
        url = "https://%s.blogspot.com/%s/%s.html" % (k["handle"].replace(".", ""), p["dt"].strftime("%Y/%m"), slug)
    out_p.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": url, "title": p["title"], "text": p["text"],
                  "published_at": fmt(p["dt"]), "links": p["links"]})
    gold = ["h10-" + g for g in p["gold"]]
    out_l.append({"post": pid, "announcements": gold, "style": p["style"]})
    km = dict(p["key"]); km["style"] = p["style"]; km["gold"] = gold
    if "imitates" in km: km["imitates"] = ["h10-" + x for x in km["imitates"]]
    if "items" in km: km["items"] = ["h10-" + x for x in km["items"]]
    keymap[pid] = km

def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("announcements.jsonl", anns); dump("posts.jsonl", out_p); dump("labels.jsonl", out_l)
json.dump(dict(sorted(keymap.items())), open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIMS:
        f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % k[:5])
print("posts", len(out_p), "roundups", ru_made, "3-item", three)
