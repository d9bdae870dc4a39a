#!/usr/bin/env python3
"""Generator for heldout11 (deterministic, fixed seed). Reads ann_data.py, kims_data.py, posts_hand.txt;
writes announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json."""
import json, os, random, re, sys
from datetime import datetime, timedelta, timezone
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from ann_data import A, SOURCES
from kims_data import K, INACTIVE, RPONLY
SEED = 2026120611
R = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
T0, T1 = datetime(2026, 1, 2, 7, 0, tzinfo=WITA), datetime(2026, 12, 5, 21, 0, tzinfo=WITA)

def slug(t): return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", t.lower())).strip("-")[:70].rstrip("-")
# ---------- announcements
ANN = {}
for n, a in enumerate(A):
    dt = datetime.fromisoformat(a["published"]).replace(tzinfo=WITA) + timedelta(seconds=R.randint(0, 59))
    host, shape = SOURCES[a["source"]]; s = slug(a["title"])
    url = {"wp": "https://%s/%s/%s/" % (host, dt.strftime("%Y/%m/%d"), s), "berita": "https://%s/berita/%s" % (host, s),
           "detail": "https://%s/berita/detail/%s" % (host, s), "num": "https://%s/berita/%d/%s" % (host, 4100 + n * 37, s),
           "html": "https://%s/%s/%s.html" % (host, dt.strftime("%Y/%m"), s)}[shape]
    text = "%s – %s\n\n%s\n\n%s %s" % (a["dateline"], a["paras"][0], a["paras"][1], a["paras"][2], a["tag"])
    ANN[a["id"]] = dict(id=a["id"], source=a["source"], url=url, title=a["title"], text=text, published_at=dt.isoformat(),
                        _dt=dt, _shape=shape, _a=a)
AIDS = [a["id"] for a in A]

# ---------- KIMs
KIM = {k[0]: k for k in K}
GENERAL = [k[0] for k in K if k[0] not in INACTIVE and k[0] not in RPONLY]
ALL = [k[0] for k in K]
def handle(kid): return kid.replace("kim-", "kim.")

POSTS = []  # dict(kim, platform, title, text, links, dt, gold, style, key)
def add(kim, dt, text, style, gold, key, title="", links=None, platform=None, **kw):
    if dt.hour < 6: dt += timedelta(hours=-6 if style == "before" else 6.5)  # admins post in waking hours
    dt = min(max(dt, T0), T1)
    if platform is None:
        platform = R.choices(["facebook", "telegram", "instagram", "website"], [64, 16, 12, 8])[0]
    if platform == "website" and not title:
        title = re.sub(r"\s+", " ", text.split("\n")[0])
        if len(title) > 80: title = title[:80].rsplit(" ", 1)[0]
        title = title.rstrip(" .,:")
    if platform != "website": title = ""
    if links is None: links = []
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links: links.append(u)
    POSTS.append(dict(kim=kim, platform=platform, title=title, text=text, links=links, dt=dt, gold=gold, style=style, key=key, **kw))

def delay_h():
    return min(max(R.lognormvariate(3.1, 1.3), 0.25), 460)

# ---------- copy
HEADERS = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*INFO UNTUK WARGA*", "Diteruskan dari grup Info Desa 👇", "Forward dari grup sebelah 👇",
           "Assalamualaikum warga, berikut info dari pemerintah daerah:", "‼️ MOHON DIBACA ‼️", "Diteruskan dari grup KIM Kecamatan"]
OUTROS = ["Semoga bermanfaat, silakan dibagikan.", "#KIMKalsel #InfoPublik", "Admin KIM", "Mohon disebarkan ke keluarga 🙏", "Wassalam."]
def typo(t, n):
    w = t.split(" ")
    for _ in range(n):
        i = R.randrange(len(w))
        if len(w[i]) > 5 and w[i].isalpha():
            j = R.randrange(1, len(w[i]) - 2); s = w[i]; w[i] = s[:j] + s[j + 1] + s[j] + s[j + 2:]
    return " ".join(w)
def copy_post(a, kid):
    t = a["text"]; ops = []
    host = re.sub(r"https?://", "", a["url"]).split("/")[0]
    if R.random() < 0.45: t = a["title"].upper() + "\n\n" + t; ops.append("title-caps")
    if R.random() < 0.3:
        dl = a["_a"]["dateline"]; t = t.replace(dl + " –", "%s, KIM –" % dl.title().replace("Hss", "HSS"), 1); ops.append("dateline")
    if R.random() < 0.3: t = t.replace("–", "-"); ops.append("dash")
    if R.random() < 0.3: t = t.replace("\"", "”").replace("” ", "“ ", 0); t = re.sub(r'”([A-Z])', r'“\1', t); ops.append("curly")
    if R.random() < 0.35: k = R.randint(1, 3); t = typo(t, k); ops.append("typo%d" % k)
    if R.random() < 0.25: t = re.sub(r"\n\n", " ", t); ops.append("collapse")
    if R.random() < 0.35: t = re.sub(r"\s*\([^()]*\)$", "", t); ops.append("drop-tag")
    if R.random() < 0.5: t = R.choice(HEADERS) + "\n\n" + t; ops.append("header")
    r = R.random()
    if r < 0.2: t += "\n\nSumber: " + a["url"]; ops.append("sumber-url")
    elif r < 0.35: t += "\n\nSumber: " + host; ops.append("sumber-domain")
    elif r < 0.5: t += "\n\nSumber: rilis resmi " + a["source"].replace("-", " ").title(); ops.append("sumber-rilis")
    if R.random() < 0.35: t += "\n\n" + R.choice(OUTROS); ops.append("outro")
    return t, ops
# ---------- excerpt
INTROS = ["Info terbaru:", "Kabar dari pemda:", "Bagi warga yang belum tahu 👇", "Dikutip dari rilis resmi:", "PENTING:", "Sekilas info:"]
def excerpt_post(a, kind):
    p = a["_a"]["paras"]; dl = a["_a"]["dateline"] + " – "
    if kind == "lead": body = dl + p[0]
    elif kind == "lead+1": body = dl + p[0] + "\n\n" + p[1]
    elif kind == "quote": body = p[1]
    elif kind == "last": body = p[2]
    else:
        body = dl + p[0]; cut = body[:R.randint(140, 190)].rsplit(" ", 1)[0]; body = cut + "... Lihat selengkapnya"
    intro = R.choice(INTROS) + " " + a["_a"]["items"][1][0].upper() + a["_a"]["items"][1][1:] + "." if kind in ("quote", "last") else (R.choice(INTROS) if R.random() < 0.5 else "")
    t = (intro + "\n\n" if intro else "") + body
    if R.random() < 0.3: t += "\n\n" + R.choice(OUTROS)
    return t

copy_ids = R.sample(AIDS, 40); exc_ids = R.sample(AIDS, 35)
kinds = ["lead"] * 10 + ["lead+1"] * 8 + ["quote"] * 7 + ["last"] * 5 + ["fbcut"] * 5; R.shuffle(kinds)
for aid in copy_ids:
    a = ANN[aid]; kid = R.choice(GENERAL); t, ops = copy_post(a, kid)
    pl = R.choices(["facebook", "telegram", "website", "instagram"], [55, 25, 12, 8])[0]
    add(kid, a["_dt"] + timedelta(hours=delay_h()), t, "copy", [aid], "auto:copy:" + aid, title=a["title"] if pl == "website" else "", platform=pl, ops=ops)
for aid, kind in zip(exc_ids, kinds):
    a = ANN[aid]; kid = R.choice(GENERAL)
    add(kid, a["_dt"] + timedelta(hours=delay_h()), excerpt_post(a, kind), "excerpt", [aid], "auto:excerpt:" + aid,
        platform="facebook" if kind == "fbcut" else None, kind=kind)
# ---------- link
FORMS = ["exact"] * 3 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + \
        ["utm+fbclid"] * 3 + ["http+m"] * 2 + ["www-noscheme"] * 2 + ["www+slash"] * 2 + ["short"] * 3 + ["fb-share-only"] * 4
wp_ids = [i for i in AIDS if ANN[i]["_shape"] == "wp"]
amp_ids = R.sample(wp_ids, 3); rest = [i for i in AIDS if i not in amp_ids]; R.shuffle(rest)
nonamp = [f for f in FORMS if f != "amp"]; pairs = [(i, "amp") for i in amp_ids] + list(zip(rest, nonamp))
COMMENTS = ["Selengkapnya di laman resmi:", "Baca beritanya di sini 👇", "Info lengkap:", "Silakan dibaca dan dibagikan:", "Cek di tautan berikut",
            "Simak ya warga", "Link berita resmi:", "Yang mau tahu detailnya buka link ini"]
def toggle_slash(u): return u[:-1] if u.endswith("/") else u + "/"
for aid, form in pairs:
    a = ANN[aid]; u = a["url"]; links = None; pl = None
    utm = "utm_source=whatsapp&utm_medium=social&utm_campaign=kim"
    fb = "fbclid=IwAR%s" % "".join(R.choice("abcdefghijkLMNOPQ0123456789_") for _ in range(24))
    if form == "http": v = u.replace("https://", "http://")
    elif form == "www": v = u.replace("https://", "https://www.")
    elif form == "m": v = u.replace("https://", "https://m.")
    elif form == "slash": v = toggle_slash(u)
    elif form == "amp": v = u + "amp/"
    elif form == "utm": v = u + "?" + utm
    elif form == "fbclid": v = u + "?" + fb
    elif form == "utm+fbclid": v = u + "?" + utm + "&" + fb
    elif form == "http+m": v = u.replace("https://", "http://m.")
    elif form == "www-noscheme": v = u.replace("https://", "www.")
    elif form == "www+slash": v = toggle_slash(u.replace("https://", "https://www."))
    elif form == "exact" or form == "fb-share-only": v = u
    if form == "short":
        v = "https://%s/%s" % (R.choice(["s.id", "bit.ly"]), "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6)))
        links = [v, u]
    item = a["_a"]["items"][1]
    if form == "fb-share-only":
        t = R.choice(["Info penting buat warga 👇", "Baca ya dangsanak", "Dibagikan dari laman resmi pemda.", "Mohon disimak."]) + " " + item[0].upper() + item[1:] + "."
        links = [u + ("?" + fb if R.random() < 0.5 else "")]; pl = "facebook"
    else:
        t = item[0].upper() + item[1:] + ". " + R.choice(COMMENTS) + " " + v
        if R.random() < 0.3: t = R.choice(COMMENTS) + "\n" + v
    add(R.choice(GENERAL), a["_dt"] + timedelta(hours=delay_h()), t, "link", [aid], "auto:link:" + aid, links=links, platform=pl, form=form)
# ---------- hand-written
def kimpick(k, pool): return R.choice(pool) if k == "~" else k
for ln, line in enumerate(open(os.path.join(HERE, "posts_hand.txt"), encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line or line.startswith("#"): continue
    st, aid, off, kid, note, text = line.split("|", 5); text = text.replace("\\n", "\n")
    key = "posts_hand.txt:%d" % ln
    if st in "SP":
        aid = "h11-a" + aid; kid = kimpick(kid, GENERAL)
        add(kid, ANN[aid]["_dt"] + timedelta(hours=float(off), minutes=R.randint(0, 50)), text, {"S": "summary", "P": "paraphrase"}[st], [aid], key)
    elif st in "NB":
        aid = "h11-a" + aid; kid = kimpick(kid, ALL); off = float(off)
        if off <= -2000:  # a last-year look-alike ("kilas balik"), posted in 2026 near this year's edition
            dt = ANN[aid]["_dt"] + timedelta(days=R.choice([-1, 1]) * R.uniform(4, 25))
            if dt < T0: dt = ANN[aid]["_dt"] + timedelta(days=R.uniform(4, 25))
        else: dt = ANN[aid]["_dt"] + timedelta(hours=off, minutes=R.randint(0, 40) if st == "N" else -R.randint(0, 40))
        add(kid, dt, text, {"N": "negative-topic", "B": "before"}[st], [], key, imitates=[aid], differs=note)
    elif st == "U":
        add(kimpick(kid, ALL), datetime.fromisoformat(off).replace(tzinfo=WITA), text, "negative-unrelated", [], key)
# ---------- templated unrelated posts
VILL = [k[3] for k in K]
UT = ["Kerja bakti membersihkan parit di RT {n} {v}, Minggu pagi pukul 07.00. Bawa peralatan masing-masing.",
      "Harga cabai rawit di pasar {v} hari ini Rp{p}.000/kg.", "PLN: pemadaman sementara di wilayah {v} pukul 09.00–13.00 untuk perbaikan trafo.",
      "Selamat kepada tim sepak bola remaja {v} juara turnamen antar-RT, skor akhir {n}-1.", "Pengajian ibu-ibu majelis taklim {v} pekan ini di rumah warga RT {n}.",
      "Jadwal posyandu lansia {v}: Kamis depan di balai desa, cek tensi dan gula darah gratis.", "Telah berpulang ke rahmatullah salah seorang warga RT {n} {v}. Semoga husnul khatimah.",
      "Lampu jalan di ruas utama {v} padam sejak tiga hari, sudah dilaporkan ke desa.", "Harga karet kering di pengepul {v} Rp{p}.500/kg.",
      "Panitia peringatan Maulid Nabi di {v} menerima sumbangan warga sampai akhir bulan.", "Lomba burung berkicau di lapangan {v} Minggu ini, {n}0 peserta terdaftar.",
      "PDAM: air di {v} keruh karena pembersihan reservoir, normal kembali besok."]
for i in range(31):
    dt = T0 + timedelta(hours=R.uniform(0, (T1 - T0).total_seconds() / 3600))
    add(R.choice(ALL), dt, R.choice(UT).format(n=R.randint(2, 9), v=R.choice(VILL), p=R.randint(11, 60)), "negative-unrelated", [], "auto:unrelated:%d" % i)
# ---------- round-ups
LOCAL = ["Kerja bakti RT 04 Minggu pagi, bawa parang dan karung.", "Posyandu Mawar bulan ini hari Selasa di balai desa.", "Pengajian malam Jumat pindah ke Langgar Al Ikhlas.",
         "Lampu jalan di ujung handil sudah diperbaiki.", "Jadwal ronda malam RT 02 diperbarui, cek di grup.", "Harga gabah di penggilingan desa Rp6.900/kg.",
         "Selamat kepada tim voli putri desa juara antar-kampung.", "Musdes RKPDes Kamis pukul 09.00 di balai desa.", "PDAM: air mati Rabu pagi di RT 05–07.",
         "Iuran sampah bulan ini bisa dibayar ke bendahara RT."]
HEADS = ["Rangkuman info sepekan dari {k}:", "INFO PEKAN INI 📌", "Kabar-kabar penting minggu ini:", "Ringkasan berita untuk warga:", "📰 Info desa & daerah",
         "Update info dua minggu terakhir:"]
layouts = ["bullet"] * 8 + ["numbered"] * 6 + ["oneline"] * 4 + ["prose"] * 4 + ["pipe"] * 3; R.shuffle(layouts)
sizes = [3] * 7 + [2] * 18; R.shuffle(sizes)
use = {a: 0 for a in AIDS}; rkims = RPONLY + R.sample(GENERAL, 20)
order = sorted(AIDS, key=lambda x: ANN[x]["_dt"])
for n, (lay, size) in enumerate(zip(layouts, sizes)):
    for _ in range(500):
        anchor = R.choice(order); t = ANN[anchor]["_dt"] + timedelta(hours=R.uniform(6, 120))
        cand = [x for x in AIDS if x != anchor and timedelta(hours=2) <= t - ANN[x]["_dt"] <= timedelta(days=17) and use[x] < 2]
        if len(cand) >= size - 1 and use[anchor] < 2: break
    gold = [anchor] + R.sample(cand, size - 1); gold.sort(key=lambda x: ANN[x]["_dt"])
    for g in gold: use[g] += 1
    items = [ANN[g]["_a"]["items"][use[g] - 1] for g in gold]
    items = [i[0].upper() + i[1:] for i in items]
    loc = R.sample(LOCAL, R.choice([0, 1, 1, 2])); allit = items + loc; R.shuffle(allit)
    kid = rkims[n]; head = R.choice(HEADS).format(k=KIM[kid][0].replace("kim-", "KIM ").replace("-", " ").title())
    if lay == "bullet":
        b = R.choice(["🔹", "•", "-", "✅", "👉"]); body = "\n".join("%s %s" % (b, i) for i in allit)
    elif lay == "numbered":
        f = R.choice(["%d.", "%d)", "%d️⃣"]); body = "\n".join((f % (j + 1)) + " " + i for j, i in enumerate(allit))
    elif lay == "oneline": body = " ".join("(%d) %s." % (j + 1, i.rstrip(".")) for j, i in enumerate(allit))
    elif lay == "pipe": body = " | ".join(i.rstrip(".") for i in allit)
    else:
        body = "Beberapa kabar pekan ini. " + " Selain itu, ".join(i.rstrip(".") + "." for i in allit) + " Terus pantau info dari KIM ya."
    add(kid, t, head + "\n\n" + body, "roundup", gold, "auto:roundup:%d" % n, layout=lay, local_items=len(loc),
        platform="website" if lay == "prose" and n % 2 == 0 else None, title="Rangkuman Info Pekan Ini" if lay == "prose" and n % 2 == 0 else "")
# ---------- write
POSTS.sort(key=lambda p: p["dt"])
ids = ["h11-p%03d" % (i + 1) for i in range(len(POSTS))]; R.shuffle(ids)
def purl(p, pid):
    h = handle(p["kim"])
    num = int(re.sub(r"\D", "", pid)) * 7919 + 10 ** 9
    return {"facebook": "https://www.facebook.com/%s/posts/%d" % (h, num), "telegram": "https://t.me/%s/%d" % (re.sub(r"[.-]", "_", h), num % 5000),
            "instagram": "https://www.instagram.com/p/C%sx%d/" % (h.split(".")[1][:4], num % 100000),
            "website": "https://%s.blogspot.com/%s/%s.html" % (p["kim"].replace("-", ""), p["dt"].strftime("%Y/%m"), slug(p["title"])[:50].rstrip("-"))}[p["platform"]]
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for aid in AIDS:
        a = ANN[aid]; f.write(json.dumps({k: a[k] for k in ("id", "source", "url", "title", "text", "published_at")}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in K:
        name = "KIM " + (k[3] if k[0] != "kim-berangas-kotabaru" else "Berangas Kotabaru")
        f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % (k[0], name, k[1], k[2], k[3]))
km = {}
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fp, open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
    for pid, p in zip(ids, POSTS):
        fp.write(json.dumps({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": purl(p, pid), "title": p["title"], "text": p["text"],
                             "published_at": p["dt"].replace(microsecond=0).isoformat(), "links": p["links"]}, ensure_ascii=False) + "\n")
        fl.write(json.dumps({"post": pid, "announcements": p["gold"], "style": p["style"]}, ensure_ascii=False) + "\n")
        e = {"gen": p["key"], "style": p["style"], "gold": p["gold"]}
        for k in ("imitates", "differs", "ops", "kind", "form", "layout", "local_items"):
            if k in p: e[k] = p[k]
        km[pid] = e
json.dump(dict(sorted(km.items())), open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("wrote %d announcements, %d kims, %d posts" % (len(AIDS), len(K), len(POSTS)))
