#!/usr/bin/env python3
"""Deterministic generator for heldout12 (seed 2026120612).

Reads ann_data.py, kims_data.py and posts_hand.txt; derives copy, excerpt, link and round-up posts
from the releases by seeded transformations; writes announcements.jsonl, posts.jsonl, labels.jsonl,
kims.yaml and keymap.json.
"""
import json, os, random, re, sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ann_data import ANNS
from kims_data import KIMS, INACTIVE, RP_ONLY

SEED = 2026120612
R = random.Random(SEED)
WITA = "+08:00"
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# ---------------------------------------------------------------- sources and URLs
SITES = {
    "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp"), "dinsos-kalsel": ("dinsos.kalselprov.go.id", "wp"),
    "dkp-kalsel": ("dkp.kalselprov.go.id", "wp"), "dlh-kalsel": ("dlh.kalselprov.go.id", "wp"),
    "bpbd-kalsel": ("bpbd.kalselprov.go.id", "wp"), "dispora-kalsel": ("dispora.kalselprov.go.id", "wp"),
    "diskanlut-kalsel": ("diskanlut.kalselprov.go.id", "wp"),
    "pemkot-banjarmasin": ("banjarmasinkota.go.id", "slug"), "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
    "pemkab-banjar": ("banjarkab.go.id", "wp"), "pemkab-tanah-laut": ("tanahlautkab.go.id", "slug"),
    "pemkab-tapin": ("tapinkab.go.id", "detail"), "pemkab-hss": ("hulusungaiselatankab.go.id", "num"),
    "pemkab-hst": ("hstkab.go.id", "wp"), "pemkab-hsu": ("hulusungaiutarakab.go.id", "html"),
    "pemkab-balangan": ("balangankab.go.id", "detail"), "pemkab-tabalong": ("tabalongkab.go.id", "wp"),
    "pemkab-batola": ("baritokualakab.go.id", "slug"), "pemkab-tanbu": ("tanahbumbukab.go.id", "num"),
    "pemkab-kotabaru": ("kotabarukab.go.id", "num"),
}

def ann_url(src, dt, slug, num):
    host, shape = SITES[src]
    if shape == "wp":
        return "https://%s/%04d/%02d/%02d/%s/" % (host, dt.year, dt.month, dt.day, slug)
    if shape == "slug":
        return "https://%s/berita/%s" % (host, slug)
    if shape == "detail":
        return "https://%s/berita/detail/%s" % (host, slug)
    if shape == "num":
        return "https://%s/berita/%d/%s" % (host, num, slug)
    return "https://%s/%04d/%02d/%s.html" % (host, dt.year, dt.month, slug)

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + WITA

ANN = {}
ann_rows = []
for (n, src, kab, when, slug, title, paras, item) in ANNS:
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    aid = "h12-a%02d" % n
    url = ann_url(src, dt, slug, 4100 + n * 37 + R.randint(0, 30))
    ANN[n] = dict(id=aid, n=n, src=src, kab=kab, dt=dt, slug=slug, title=title, paras=paras, item=item, url=url,
                  wp=SITES[src][1] == "wp")
    ann_rows.append({"id": aid, "source": src, "url": url, "title": title, "text": "\n\n".join(paras),
                     "published_at": iso(dt)})

# ---------------------------------------------------------------- KIMs
KIM = {}
for (kid, region, district, village, kab, handle) in KIMS:
    KIM[kid] = dict(id=kid, region=region, district=district, village=village, kab=kab, handle=handle)
NORMAL = [k for k in KIM if k not in INACTIVE and k not in RP_ONLY]
def normal_kim(kab):
    pool = [k for k in NORMAL if KIM[k]["kab"] == kab] if kab != "prov" else NORMAL
    return R.choice(pool)

posts = []   # dicts: kim, dt, text, title, links, style, gold, key, extra

def add(kim, dt, text, style, gold, key, extra=None, links=None, title=""):
    posts.append(dict(kim=kim, dt=dt, text=text, style=style, gold=gold, key=key, extra=extra or {},
                      links=list(links or []), title=title))

def delay_hours():
    # skewed: many within a day, a tail to ~19 days
    x = R.lognormvariate(3.0, 1.25)
    return min(max(x, 0.25), 455.0)

# ---------------------------------------------------------------- copy posts
HEADERS = ["*BERITA PENTING*", "📢 *INFO RESMI* 📢", "*INFO UNTUK WARGA*", "‼️ MOHON DIBACA ‼️",
           "Diteruskan dari grup Info Kecamatan 👇", "Forward dari grup sebelah 👇", "_Diteruskan dari grup KIM Kabupaten_",
           "Assalamualaikum warga {v}, ada info dari pemerintah:"]
OUTROS = ["Semoga bermanfaat. Admin KIM {v}", "Mohon disebarkan ke keluarga dan tetangga 🙏", "#KIM{h} #InfoWarga #Kalsel",
          "Salam informatif dari KIM {v}.", "Silakan dibagikan, jangan berhenti di kita.", "#BeritaBaik #KalselBabungas"]

def typo(text, k):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    for i in R.sample(idx, min(k, len(idx))):
        w = words[i]; j = R.randint(1, len(w) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)

def curly(t):
    return t.replace("“", '"').replace("”", '"') if R.random() < 0.5 else t.replace('"', "“")

def strip_tag(p):
    return re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", p)

def copy_post(a, kim):
    v = KIM[kim]["village"]; h = v.replace(" ", "")
    paras = list(a["paras"]); ops = []
    if R.random() < 0.45:
        paras[-1] = strip_tag(paras[-1]); ops.append("drop-tag")
    if R.random() < 0.3:
        paras[0] = re.sub(r"^([A-Z]+) –", lambda m: m.group(1).title() + ", KIM –", paras[0]); ops.append("dateline")
    if R.random() < 0.35:
        paras = [p.replace("–", "-") for p in paras]; ops.append("dash")
    if R.random() < 0.4:
        paras = [curly(p) for p in paras]; ops.append("quotes")
    if R.random() < 0.4:
        k = R.randint(1, 3); paras = [typo(p, 1) if i < k else p for i, p in enumerate(paras)]; ops.append("typo%d" % k)
    body = ("\n".join(paras) if R.random() < 0.25 else "\n\n".join(paras))
    if "\n\n" not in body: ops.append("collapsed")
    head = []
    r = R.random()
    if r < 0.45:
        head.append(R.choice(HEADERS).format(v=v)); ops.append("header")
    if R.random() < 0.35:
        head.append(a["title"].upper()); ops.append("title-line")
    text = "\n\n".join(head + [body]) if head else body
    links = []
    r = R.random()
    if r < 0.2:
        text += "\n\nSumber: " + a["url"]; links.append(a["url"]); ops.append("sumber-url")
    elif r < 0.35:
        text += "\n\nSumber: " + SITES[a["src"]][0]; ops.append("sumber-domain")
    elif r < 0.5:
        text += "\n\nSumber: rilis resmi " + a["src"].replace("-", " ").title(); ops.append("sumber-rilis")
    if R.random() < 0.45:
        text += "\n\n" + R.choice(OUTROS).format(v=v, h=h); ops.append("outro")
    return text, links, ops

def first_sentence(p):
    m = re.match(r"(.+?[.!?])(\s|$)", p)
    return m.group(1) if m else p

EX_INTROS = ["Info dari {s}:", "Untuk diketahui warga {v}:", "Dikutip dari rilis {s}:", "👇👇", "Kabar terbaru:", "Penting!"]
def excerpt_post(a, kim, kind):
    v = KIM[kim]["village"]; s = SITES[a["src"]][0]
    p = a["paras"]
    if kind == "lead": body = p[0]
    elif kind == "lead+1": body = p[0] + "\n\n" + p[1]
    elif kind == "quote": body = p[1]
    elif kind == "nextstep": body = strip_tag(p[2])
    elif kind == "sentence": body = first_sentence(p[0])
    else:  # fbcut
        words = (p[0] + " " + p[1]).split(" ")
        body = " ".join(words[:R.randint(28, 45)]) + "... Lihat selengkapnya"
    intro = ""
    if kind in ("quote", "nextstep"):
        intro = R.choice(["Soal %s:", "Terkait %s 👇", "%s —"]) % a["title"].split(",")[0]
    elif R.random() < 0.5:
        intro = R.choice(EX_INTROS).format(s=s, v=v)
    text = (intro + "\n" + body) if intro else body
    if R.random() < 0.3 and kind != "fbcut":
        text += "\n" + R.choice(["#InfoKIM", "Semoga bermanfaat.", "(admin)", "Simak selengkapnya di situs resmi " + s])
    return text

# ---------------------------------------------------------------- link posts
def toggle_slash(u):
    return u[:-1] if u.endswith("/") else u + "/"

LINK_FORMS = ["exact"] * 3 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + \
             ["fbclid"] * 4 + ["utm+fbclid"] * 3 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["www-slash"] * 2 + \
             ["short"] * 3 + ["links-only"] * 4
def link_form(a, form):
    u = a["url"]; host = SITES[a["src"]][0]
    if form == "amp" and not a["wp"]: form = "utm"
    if form == "exact": return u
    if form == "http": return u.replace("https://", "http://")
    if form == "www": return u.replace("https://", "https://www.")
    if form == "m": return u.replace("https://", "https://m.")
    if form == "slash": return toggle_slash(u)
    if form == "amp": return u + "amp/"
    if form == "utm": return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid": return u + "?fbclid=IwAR%s" % "".join(R.choice("abcdefghijkLMNOP0123456789_") for _ in range(24))
    if form == "utm+fbclid": return u + "?utm_source=whatsapp&fbclid=IwZX%s" % "".join(R.choice("abcdefXYZ0123456789") for _ in range(20))
    if form == "http-m": return u.replace("https://", "http://m.")
    if form == "www-noscheme": return u.replace("https://", "www.")
    if form == "www-slash": return toggle_slash(u.replace("https://", "https://www."))
    return u

LINK_COMMENTS = ["Baca selengkapnya: {u}", "Info lengkap di tautan berikut 👇\n{u}", "Silakan dibaca, warga {v}.\n{u}",
                 "{t}\n{u}", "Penting untuk warga, cek di sini {u}", "{t} — selengkapnya {u}", "Ini beritanya: {u}",
                 "Sudah dimuat di situs resmi: {u}", "👉 {u}", "Update dari pemerintah daerah 🙏 {u}"]
def link_post(a, kim, form):
    v = KIM[kim]["village"]
    if form == "short":
        code = "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        su = R.choice(["https://s.id/", "https://bit.ly/"]) + code
        return R.choice(LINK_COMMENTS).format(u=su, v=v, t=a["title"]), [su, a["url"]], "facebook"
    if form == "links-only":
        return R.choice(["Bagikan ulang dari laman resmi 👇 (%s)" % a["title"], "Mohon dibaca sampai habis, warga %s." % v,
                         "Info untuk warga %s: %s" % (v, a["title"].lower()), a["title"]]), [a["url"]], "facebook"
    u = link_form(a, form)
    return R.choice(LINK_COMMENTS).format(u=u, v=v, t=a["title"]), [u], None

# ---------------------------------------------------------------- generate auto positives
nums = sorted(ANN)
copy_anns = sorted(R.sample(nums, 40))
ex_anns = sorted(R.sample(nums, 35))
ex_kinds = ["lead"] * 8 + ["lead+1"] * 7 + ["quote"] * 6 + ["nextstep"] * 5 + ["sentence"] * 4 + ["fbcut"] * 5
R.shuffle(ex_kinds)
forms = LINK_FORMS[:]; R.shuffle(forms)

for n in copy_anns:
    a = ANN[n]; kim = normal_kim(a["kab"])
    dt = a["dt"] + timedelta(hours=delay_hours())
    text, links, ops = copy_post(a, kim)
    add(kim, dt, text, "copy", [a["id"]], "auto:copy:%s" % a["id"], {"ops": ops}, links)
for n, kind in zip(ex_anns, ex_kinds):
    a = ANN[n]; kim = normal_kim(a["kab"])
    dt = a["dt"] + timedelta(hours=delay_hours())
    add(kim, dt, excerpt_post(a, kim, kind), "excerpt", [a["id"]], "auto:excerpt:%s" % a["id"], {"kind": kind})
for n, form in zip(nums, forms):
    a = ANN[n]; kim = normal_kim(a["kab"])
    dt = a["dt"] + timedelta(hours=delay_hours())
    text, links, plat = link_post(a, kim, form)
    add(kim, dt, text, "link", [a["id"]], "auto:link:%s" % a["id"], {"form": form, "platform": plat}, links)

# ---------------------------------------------------------------- hand posts
STY = {"S": "summary", "P": "paraphrase", "N": "negative-topic", "B": "before", "U": "negative-unrelated"}
OLD_URL_N = 0
with open(os.path.join(HERE, "posts_hand.txt"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"): continue
        st, an, off, kim, differs, text = line.split("|", 5)
        text = text.replace("\\n", "\n")
        style = STY[st]
        if st == "U":
            dt = datetime.strptime(off, "%Y-%m-%d %H:%M")
            add(kim, dt, text, style, [], "posts_hand.txt:%d" % ln)
            continue
        a = ANN[int(an)]
        dt = a["dt"] + timedelta(hours=float(off)) + timedelta(minutes=R.randint(0, 40))
        if st in "SP":
            add(kim, dt, text, style, [a["id"]], "posts_hand.txt:%d" % ln)
        else:
            links = []
            if st == "N" and (differs.startswith("last year") or differs.startswith("2025")):
                OLD_URL_N += 1
                host = SITES[a["src"]][0]
                if OLD_URL_N % 3 == 1:
                    old = "https://%s/%s" % (host, "2025/%02d/%02d/%s-2025/" % (a["dt"].month, a["dt"].day, a["slug"][:40].rstrip("-"))
                                             if a["wp"] else "berita/%s-tahun-2025" % a["slug"][:40].rstrip("-"))
                    text += "\nSumber: " + old; links.append(old)
                elif OLD_URL_N % 3 == 2:
                    text += "\n(sumber: %s)" % host
            add(kim, dt, text, style, [], "posts_hand.txt:%d" % ln,
                {"imitates": [a["id"]], "differs": differs}, links)

# ---------------------------------------------------------------- round-ups
LOCAL = ["Kerja bakti RT 04 Sabtu pagi, kumpul di langgar", "Jadwal posyandu bulan ini pindah ke balai desa",
         "PLN padam Rabu 09.00–12.00 untuk perbaikan jaringan", "Pengajian akbar malam Jumat di masjid desa",
         "Harga karet di tingkat petani Rp11.800/kg", "Lomba kebersihan antar-RT dinilai minggu depan",
         "Air PDAM mengecil sampai Kamis karena perbaikan pipa", "Jalan desa dicor 300 meter dari dana desa",
         "Pendaftaran santri baru TPA Al-Ikhlas dibuka", "Ronda malam digiatkan lagi setelah ada pencurian ayam",
         "Harga gabah kering panen Rp6.300/kg", "Arisan PKK pindah ke rumah Bu Sekdes",
         "Jembatan titian di RT 02 sudah diganti papan baru", "Pasar mingguan tetap buka hari Sabtu",
         "Maulid di masjid desa, sumbangan wadai dikumpul di rumah Pak RT", "Lomba voli antardusun mulai Minggu",
         "Tukang sampah desa libur Jumat depan", "Kelompok tani diminta setor nama untuk pupuk bersubsidi",
         "Senam lansia tiap Selasa pagi di halaman kantor desa", "Speedboat pagi berangkat lebih awal jam 06.30"]
HEADS = ["📌 *Rangkuman Info Sepekan KIM {v}*", "*INFO MINGGU INI* – KIM {v}", "Kabar sepekan untuk warga {v} 👇",
         "🗞️ Info penting pekan ini", "Rekap informasi KIM {v}:"]

def layout_text(layout, items, v):
    if layout == "bullets":
        b = R.choice(["🔹", "•", "-", "✅", "👉"])
        return R.choice(HEADS).format(v=v) + "\n" + "\n".join("%s %s" % (b, i) for i in items)
    if layout == "numbered":
        fmt = R.choice(["%d. %s", "%d) %s", "%s %s"])
        emo = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]
        lines = [(fmt % (emo[k], i)) if fmt == "%s %s" else (fmt % (k + 1, i)) for k, i in enumerate(items)]
        return R.choice(HEADS).format(v=v) + "\n" + "\n".join(lines)
    if layout == "oneline":
        return "Info singkat KIM %s: " % v + " ".join("(%d) %s." % (k + 1, i.rstrip(".")) for k, i in enumerate(items))
    if layout == "pipe":
        return "KILAS INFO %s | " % v.upper() + " | ".join(i.rstrip(".") for i in items)
    # prose
    conn = ["Pertama, ", "Selain itu, ", "Kemudian, ", "Ada juga kabar bahwa ", "Terakhir, "]
    sents = []
    for k, i in enumerate(items):
        i = i.rstrip(".")
        pass
        sents.append((conn[min(k, 3)] if k < len(items) - 1 else conn[4]) + i + ".")
    return "Sepekan terakhir ada beberapa kabar untuk warga %s. " % v + " ".join(sents) + " Semoga bermanfaat."

use_count = {n: 0 for n in nums}
def item_for(n):
    a = ANN[n]; use_count[n] += 1
    return a["item"] if use_count[n] == 1 else a["title"]

sizes = [3] * 7 + [2] * 18
layouts = ["bullets"] * 7 + ["numbered"] * 6 + ["oneline"] * 4 + ["pipe"] * 3 + ["prose"] * 5
R.shuffle(layouts)
rkims = sorted(RP_ONLY) * 2 + [None] * 15
R.shuffle(rkims)
order = sorted(nums, key=lambda n: ANN[n]["dt"])
rcount = 0
for size, layout, rk in zip(sizes, layouts, rkims):
    for _try in range(500):
        # start from the least-used announcement, add neighbours within 12 days
        cand = sorted(order, key=lambda n: (use_count[n], R.random()))
        base = cand[0]
        near = [n for n in order if n != base and abs((ANN[n]["dt"] - ANN[base]["dt"]).total_seconds()) <= 12 * 86400]
        near.sort(key=lambda n: (use_count[n], R.random()))
        if len(near) < size - 1: continue
        group = sorted([base] + near[:size - 1], key=lambda n: ANN[n]["dt"])
        lo, hi = ANN[group[0]]["dt"], ANN[group[-1]]["dt"]
        t = hi + timedelta(hours=R.uniform(2, 60))
        if (t - lo) > timedelta(days=19.5): continue
        break
    kim = rk or R.choice(NORMAL)
    v = KIM[kim]["village"]
    items = [item_for(n) for n in group]
    nloc = 0 if R.random() < 0.25 else R.randint(1, 2)
    for _ in range(nloc):
        items.insert(R.randint(0, len(items)), R.choice(LOCAL))
    rcount += 1
    add(kim, t, layout_text(layout, items, v), "roundup", [ANN[n]["id"] for n in group], "auto:roundup:%d" % rcount,
        {"layout": layout, "local_items": nloc}, title=("Rangkuman Info Sepekan KIM %s" % v) if layout == "prose" and rcount % 2 == 0 else "")

# ---------------------------------------------------------------- unrelated (templates)
COMMOD = [("karet", 11000, 12500), ("gabah kering panen", 6000, 6800), ("cabai rawit", 50000, 85000),
          ("itik Alabio", 60000, 80000), ("ikan papuyu", 55000, 70000), ("TBS sawit", 2300, 2900), ("beras unus", 15000, 17000)]
TEMPL = [
    "Jadwal pemadaman listrik PLN {day} ({d}/{m}) pukul {h}.00–{h2}.00 untuk wilayah {v} dan sekitarnya. Mohon maaf atas ketidaknyamanannya.",
    "Harga {c} di {v} minggu ini Rp{p} per kilo.",
    "Kerja bakti membersihkan {obj} di {v}, {day} pagi. Warga diharap membawa peralatan masing-masing.",
    "Pengajian rutin di Masjid {mq} {v}, {day} malam ba'da Isya. Mari ramaikan.",
    "Info PDAM: aliran air di {v} mengecil {day} ({d}/{m}) karena perbaikan pipa. Warga diminta menampung air.",
    "Selamat kepada tim {team} {v} yang juara {lomba}. Terus berprestasi!",
    "Gotong royong memperbaiki {obj2} di {v} selesai {day} kemarin. Terima kasih warga.",
    "Posyandu balita RT {rt} {v} {day} ({d}/{m}) jam 09.00, jangan lupa bawa buku KIA.",
    "Musyawarah dusun di {v} {day} malam membahas jadwal ronda dan iuran kebersihan.",
    "Hati-hati, jalan di depan {place} {v} licin setelah hujan. Pengendara mohon pelan.",
]
OBJ = ["saluran air", "halaman masjid", "makam desa", "tepi sungai", "jalan lingkungan"]
OBJ2 = ["titian kayu", "atap langgar", "pagar sekolah", "pos kamling", "dermaga kecil"]
MQ = ["Al-Ikhlas", "Nurul Huda", "At-Taqwa", "Al-Muhajirin", "Baitul Makmur"]
TEAM = ["voli putri", "sepak bola U-15", "futsal remaja", "tim hadrah", "tim tenis meja"]
LOMBA = ["turnamen antardesa", "lomba tingkat kecamatan", "festival hadrah se-kecamatan", "piala camat"]
PLACE = ["SDN", "kantor desa", "pasar desa", "puskesmas pembantu", "masjid"]
n_un_hand = sum(1 for p in posts if p["style"] == "negative-unrelated")
seen = set()
k = 0
while n_un_hand + k < 70:
    kim = R.choice(sorted(KIM))
    dt = datetime(2026, 1, 3) + timedelta(hours=R.uniform(0, 320 * 24))
    dt = dt.replace(hour=R.randint(6, 21))
    c = R.choice(COMMOD)
    txt = R.choice(TEMPL).format(day=DAYS[dt.weekday()], d=dt.day, m=dt.month, h=(hh := R.randint(8, 13)), h2=hh + 3,
                                 v=KIM[kim]["village"], c=c[0], p="{:,}".format(R.randrange(c[1], c[2], 100)).replace(",", "."),
                                 obj=R.choice(OBJ), obj2=R.choice(OBJ2), mq=R.choice(MQ), team=R.choice(TEAM),
                                 lomba=R.choice(LOMBA), rt="%02d" % R.randint(1, 12), place=R.choice(PLACE))
    if txt in seen: continue
    seen.add(txt); k += 1
    add(kim, dt, txt, "negative-unrelated", [], "auto:unrelated:%d" % k)

# out-of-set Diskominfo article (must stay unmatched)
add("kim-rantau-kiwa", datetime(2026, 7, 14, 10, 5),
    "Waspada penipuan undangan pernikahan berformat APK di WhatsApp. Jangan diunduh!\nhttps://diskominfo.kalselprov.go.id/2026/07/13/waspada-apk-undangan-palsu/",
    "negative-unrelated", [], "auto:unrelated:diskominfo", links=["https://diskominfo.kalselprov.go.id/2026/07/13/waspada-apk-undangan-palsu/"])
# drop one templated unrelated so the total stays 70
for i, p in enumerate(posts):
    if p["key"] == "auto:unrelated:1":
        del posts[i]; break

# ---------------------------------------------------------------- platforms, URLs, titles
posts.sort(key=lambda p: (p["dt"], p["key"]))
PLAT = ["facebook"] * 66 + ["telegram"] * 14 + ["instagram"] * 12 + ["website"] * 8
URLRE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
for p in posts:
    plat = p["extra"].pop("platform", None) if "platform" in p["extra"] else None
    if not plat:
        plat = R.choice(PLAT)
        if p["style"] == "roundup" and p["title"]: plat = "website"
        if plat == "website" and p["style"] in ("paraphrase",): plat = "facebook"
    if p["title"]: plat = "website"
    p["platform"] = plat
    h = KIM[p["kim"]]["handle"]
    num = R.randint(10 ** 14, 10 ** 15)
    if plat == "facebook":
        p["url"] = "https://www.facebook.com/%s/posts/%d" % (h, num)
    elif plat == "telegram":
        p["url"] = "https://t.me/%s/%d" % (h.replace(".", "_"), R.randint(100, 4000))
    elif plat == "instagram":
        p["url"] = "https://www.instagram.com/p/%s/" % "".join(R.choice("ABCDEFGHabcdefgh0123456789_-") for _ in range(11))
    else:
        slug = re.sub(r"[^a-z0-9]+", "-", (p["title"] or p["text"][:60]).lower()).strip("-")[:60]
        if not p["title"]:
            first = p["text"].split("\n")[0].strip("*📢‼️ _👇")
            p["title"] = (first[:90].rsplit(" ", 1)[0] if len(first) > 90 else first) or "Info KIM"
        p["url"] = "https://%s.desa.id/%04d/%02d/%s/" % (h.replace(".", ""), p["dt"].year, p["dt"].month, slug or "info")
    found = [u.rstrip(".,;:!?") for u in URLRE.findall(p["title"] + "\n" + p["text"])]
    for u in found:
        if u not in p["links"]: p["links"].append(u)
    # Facebook share previews: some positive posts carry the canonical preview
    if plat == "facebook" and p["style"] in ("copy", "summary") and p["gold"] and R.random() < 0.08:
        u = ANN[int(p["gold"][0][5:])]["url"]
        if u not in p["links"]: p["links"].append(u)
    p["dt"] = p["dt"].replace(second=R.randint(0, 59))
posts.sort(key=lambda p: (p["dt"], p["key"]))

ids = ["h12-p%03d" % i for i in range(1, len(posts) + 1)]
R.shuffle(ids)
out_posts, out_labels, keymap = [], [], {}
for pid, p in zip(ids, posts):
    out_posts.append({"id": pid, "kim": p["kim"], "platform": p["platform"], "url": p["url"], "title": p["title"] if p["platform"] in ("website", "youtube") else "",
                      "text": p["text"], "published_at": iso(p["dt"]), "links": p["links"]})
    out_labels.append({"post": pid, "announcements": p["gold"], "style": p["style"]})
    km = {"key": p["key"], "style": p["style"], "gold": p["gold"]}
    km.update(p["extra"])
    keymap[pid] = km

def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("announcements.jsonl", ann_rows)
dump("posts.jsonl", out_posts)
dump("labels.jsonl", out_labels)
json.dump(keymap, open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for (kid, region, district, village, kab, handle) in KIMS:
        f.write("- id: %s\n  name: KIM %s\n  region: %s\n  district: %s\n  village: %s\n" % (kid, village, region, district, village))
print("wrote %d announcements, %d posts" % (len(ann_rows), len(out_posts)))
