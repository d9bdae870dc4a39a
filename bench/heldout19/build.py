#!/usr/bin/env python3
"""Deterministic generator for heldout19 (seed fixed). Reads anns.py and extra.py, writes
announcements.jsonl, posts.jsonl, labels.jsonl, kims.yaml, keymap.json, roles.json."""
import json, os, re, random, datetime as dt, collections
from anns import A
from extra import NEG, BEF, S2, UNREL
from paras import P as PARAS

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2026120619
R = random.Random(SEED)
WITA = dt.timezone(dt.timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# ---------------------------------------------------------------- KIMs
KIMS = [  # id-suffix, region key, kecamatan, desa, role
 ("sungai-miai", "bjm", "Banjarmasin Utara", "Sungai Miai", "inactive"),
 ("kelayan-barat", "bjm", "Banjarmasin Selatan", "Kelayan Barat", ""),
 ("belitung-selatan", "bjm", "Banjarmasin Barat", "Belitung Selatan", ""),
 ("kemuning", "bjb", "Banjarbaru Selatan", "Kemuning", "inactive"),
 ("loktabat-selatan", "bjb", "Banjarbaru Selatan", "Loktabat Selatan", ""),
 ("guntung-manggis", "bjb", "Landasan Ulin", "Guntung Manggis", ""),
 ("sungai-besar", "bjb", "Banjarbaru Selatan", "Sungai Besar", ""),
 ("mandiangin-timur", "bjr", "Karang Intan", "Mandiangin Timur", "special"),
 ("kaliukan", "bjr", "Astambul", "Kaliukan", ""),
 ("lok-buntar", "bjr", "Sungai Tabuk", "Lok Buntar", ""),
 ("sungai-rangas", "bjr", "Martapura Barat", "Sungai Rangas", ""),
 ("martadah", "tala", "Tambang Ulang", "Martadah", "special"),
 ("tirta-jaya", "tala", "Bajuin", "Tirta Jaya", ""),
 ("tabanio", "tala", "Takisung", "Tabanio", ""),
 ("baharu-selatan", "kbr", "Pulau Laut Utara", "Baharu Selatan", ""),
 ("serongga", "kbr", "Kelumpang Hilir", "Serongga", ""),
 ("berangas", "kbr", "Pulau Laut Timur", "Berangas", ""),
 ("kota-pagatan", "tanbu", "Kusan Hilir", "Kota Pagatan", ""),
 ("polewali-marajae", "tanbu", "Batulicin", "Polewali Marajae", ""),
 ("karang-bintang", "tanbu", "Karang Bintang", "Karang Bintang", ""),
 ("berangas-barat", "batola", "Alalak", "Berangas Barat", "inactive"),
 ("purwosari", "batola", "Tamban", "Purwosari I", ""),
 ("sungai-gampa", "batola", "Rantau Badauh", "Sungai Gampa", ""),
 ("lokpaikat", "tapin", "Lokpaikat", "Lokpaikat", "inactive"),
 ("bungur", "tapin", "Bungur", "Bungur", ""),
 ("rangda-malingkung", "tapin", "Tapin Utara", "Rangda Malingkung", ""),
 ("baramban", "tapin", "Piani", "Baramban", ""),
 ("jambu-hilir", "hss", "Kandangan", "Jambu Hilir", "inactive"),
 ("telaga-langsat", "hss", "Telaga Langsat", "Telaga Langsat", ""),
 ("simpur", "hss", "Simpur", "Simpur", ""),
 ("ilung", "hst", "Batang Alai Utara", "Ilung", "special"),
 ("barabai-barat", "hst", "Barabai", "Barabai Barat", ""),
 ("limpasu", "hst", "Limpasu", "Limpasu", ""),
 ("teluk-betung", "hsu", "Sungai Pandan", "Teluk Betung", "inactive"),
 ("sungai-tabukan", "hsu", "Sungai Tabukan", "Sungai Tabukan", "special"),
 ("telaga-silaba", "hsu", "Amuntai Selatan", "Telaga Silaba", ""),
 ("batumandi", "blg", "Batumandi", "Batumandi", ""),
 ("tebing-tinggi", "blg", "Tebing Tinggi", "Tebing Tinggi", ""),
 ("pugaan", "tbl", "Pugaan", "Pugaan", ""),
 ("mabuun", "tbl", "Murung Pudak", "Mabuun", ""),
]
REG = {"bjm": "Kota Banjarmasin", "bjb": "Kota Banjarbaru", "bjr": "Kabupaten Banjar", "tala": "Kabupaten Tanah Laut",
       "kbr": "Kabupaten Kotabaru", "tanbu": "Kabupaten Tanah Bumbu", "batola": "Kabupaten Barito Kuala",
       "tapin": "Kabupaten Tapin", "hss": "Kabupaten Hulu Sungai Selatan", "hst": "Kabupaten Hulu Sungai Tengah",
       "hsu": "Kabupaten Hulu Sungai Utara", "blg": "Kabupaten Balangan", "tbl": "Kabupaten Tabalong"}
KABNAME = {"bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Banjar", "tala": "Tanah Laut", "kbr": "Kotabaru",
           "tanbu": "Tanah Bumbu", "batola": "Batola", "tapin": "Tapin", "hss": "HSS", "hst": "HST", "hsu": "HSU",
           "blg": "Balangan", "tbl": "Tabalong", "prov": "Kalsel"}
K = {}
for s, r, d, v, role in KIMS:
    K["kim-" + s] = dict(id="kim-" + s, name="KIM " + v, kab=r, district=d, village=v, role=role)
KIDS = list(K)
NORMAL = [k for k in KIDS if not K[k]["role"]]
INACT = [k for k in KIDS if K[k]["role"] == "inactive"]
SPEC = [k for k in KIDS if K[k]["role"] == "special"]
def of_kab(kab, pool):
    c = [k for k in pool if K[k]["kab"] == kab]
    return c if c else pool

# ---------------------------------------------------------------- announcements
SITES = {  # source -> (host, shape)
 "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp"), "disdikbud-kalsel": ("disdikbud.kalselprov.go.id", "wp"),
 "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp"), "disbunnak-kalsel": ("disbunnak.kalselprov.go.id", "wp"),
 "dkp-kalsel": ("dkp.kalselprov.go.id", "wp"), "dtph-kalsel": ("dtph.kalselprov.go.id", "wp"),
 "satpolpp-kalsel": ("satpolpp.kalselprov.go.id", "wp"), "dinsos-kalsel": ("dinsos.kalselprov.go.id", "wp"),
 "disbudpar-kalsel": ("disbudpar.kalselprov.go.id", "wp"), "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
 "pemkab-banjar": ("banjarkab.go.id", "wp"), "pemkab-hst": ("hstkab.go.id", "wp"), "pemkab-tabalong": ("tabalongkab.go.id", "wp"),
 "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"), "pemkab-tapin": ("tapinkab.go.id", "berita"), "pemkab-hsu": ("hsu.go.id", "berita"),
 "pemkab-balangan": ("balangankab.go.id", "detail"), "pemkab-batola": ("baritokualakab.go.id", "detail"),
 "pemkab-kotabaru": ("kotabarukab.go.id", "num"), "pemkab-tanbu": ("tanahbumbukab.go.id", "num"),
 "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"), "pemkab-hss": ("hulusungaiselatankab.go.id", "html"),
}
def slugify(t):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", t.lower())).strip("-")[:70].rstrip("-")
def t_of(s):
    m, rest = s.split("-", 1); d, hm = rest.split(" "); h, mi = hm.split(":")
    return dt.datetime(2026, int(m), int(d), int(h), int(mi), tzinfo=WITA)
def dsub(text):
    def f(m):
        mo, d = m.group(1).split("-"); x = dt.date(2026, int(mo), int(d))
        return "%s (%d/%d/2026)" % (HARI[x.weekday()], x.day, x.month)
    return re.sub(r"\{D:(\d\d-\d\d)\}", f, text)
def curly(s):
    out, open_ = [], True
    for ch in s:
        if ch == '"': out.append("\u201c" if open_ else "\u201d"); open_ = not open_
        else: out.append(ch)
    return "".join(out)
ANN = {}
anns_out = []
for a in A:
    host, shape = SITES[a["src"]]
    t = t_of(a["t"]); sl = slugify(a["title"])
    if shape == "wp": url = "https://%s/%04d/%02d/%02d/%s/" % (host, t.year, t.month, t.day, sl)
    elif shape == "berita": url = "https://%s/berita/%s" % (host, sl)
    elif shape == "detail": url = "https://%s/berita/detail/%s" % (host, sl)
    elif shape == "num": url = "https://%s/berita/%d/%s" % (host, R.randint(4100, 9800), sl)
    else: url = "https://%s/%04d/%02d/%s.html" % (host, t.year, t.month, sl)
    p1, p2, p3 = curly(dsub(a["p1"])), curly(dsub(a["p2"])), curly(dsub(a["p3"]))
    tail = (" " + a["tag"]) if a["tag"] else ""
    text = "%s \u2013 %s\n\n%s\n\n%s\n\n%s%s" % (a["dl"], p1, p2, curly(PARAS[a["id"]]), p3, tail)
    aid = "h19-" + a["id"]
    rec = dict(id=aid, source=a["src"], url=url, title=curly(a["title"]), text=text,
               published_at=t.isoformat())
    anns_out.append(rec)
    ANN[aid] = dict(a, aid=aid, url=url, t=t, wp=(shape == "wp"), host=host, p1=p1, p2=p2, p3=p3, text=text, title=rec["title"])

# ---------------------------------------------------------------- helpers
posts = []  # dicts with kim, platform, title, text, links, t, style, gold, key
def add(kim, platform, title, text, links, t, style, gold, key, **meta):
    posts.append(dict(kim=kim, platform=platform, title=title, text=text, links=links, t=t, style=style, gold=gold,
                      key=key, meta=meta))
def delay(lo_min=15, hi_days=15.0, med_h=28):
    while True:
        h = R.lognormvariate(0, 1.1) * med_h
        m = h * 60
        if lo_min <= m <= hi_days * 1440: return dt.timedelta(minutes=int(m) + R.randint(0, 59) / 60)
def hashtags(a, many=False):
    base = a["h"].split() + ["#KIM" + KABNAME[a["kab"]].replace(" ", ""), "#InfoPublik"]
    if many:
        base += ["#Kalsel", "#KalimantanSelatan", "#Banua", "#InfoWarga", "#KIMKalsel", "#BeritaDaerah", "#Diskominfo",
                 "#InfoTerkini", "#Wargaku", "#Pemkab", "#SebarkanKebaikan", "#KabarBanua", "#UpdateInfo"]
        base = list(dict.fromkeys(base))[:R.randint(11, 17)]
    return " ".join(base)
GREET = ["Assalamu'alaikum wr. wb. warga sekalian 🙏", "Good morning all 🌞", "Hello guys 👋", "Bismillah,",
         "Salam sehat dangsanak 🙏", "📢 *INFO* 📢", "Selamat pagi warga {v} 🌤️"]
OUTRO = ["Semoga bermanfaat 🙏", "Jazakumullah khairan 🙏", "Thank you 🙏", "Mohon dibagikan.", "Salam KIM {v}."]
WAHEAD = ["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇", "Info dari grup kecamatan 👇"]
def vfill(s, kim): return s.replace("{v}", K[kim]["village"])
def fb_wrap(kim, body, greet=True):
    g = vfill(R.choice(GREET), kim) + "\n\n" if greet and R.random() < 0.7 else ""
    o = "\n\n" + vfill(R.choice(OUTRO), kim) if R.random() < 0.6 else ""
    return g + body + o
def wa_wrap(kim, body, title=None):
    h = R.choice(WAHEAD) + "\n\n"
    t = "*%s*\n\n" % title.upper() if title else ""
    tail = "\n\n_Mohon disebarkan_" if R.random() < 0.5 else ""
    return h + t + body + tail
def tg_wrap(kim, body, a=None):
    src = "Info %s" % KABNAME[a["kab"]] if a else "Info %s" % KABNAME[K[kim]["kab"]]
    return "Forwarded from %s\n%s" % (src, body)
def ig_wrap(a, body, many=False, caps=True):
    head = (a["title"].upper() + "\n\n") if caps else ""
    return head + body + "\n\n✅ Info lengkap: link di bio\n📍 " + KABNAME[a["kab"]] + "\n\n" + hashtags(a, many)
def web_wrap(kim, title, body, a=None):
    v = K[kim]["village"]
    menu = R.choice(["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda › Kabar Desa"])
    by = "Oleh Admin KIM %s · %d Komentar" % (v, R.randint(0, 6))
    other = R.choice(["Jadwal posyandu bulan ini", "Gotong royong bersihkan saluran", "Rapat karang taruna", "Harga karet minggu ini"])
    tail = "\n\nBaca juga: %s\n\nBagikan: Facebook Twitter WhatsApp Telegram\nTags: %s" % (other, " ".join(x.strip("#") for x in (a["h"].split() if a else ["desa"])))
    return menu + "\n\n" + by + "\n\n" + body + tail
def yt_wrap(kim, body, chapters):
    ch = "\n".join("%02d:%02d %s" % (i * 47 // 60, i * 47 % 60, c) for i, c in enumerate(chapters))
    return body + "\n\nChapters:\n" + ch + "\n\nKamera: Tim KIM %s\nJangan lupa subscribe dan nyalakan lonceng 🔔" % K[kim]["village"]

# ---------------------------------------------------------------- copy ops
NUMW = {"12": "dua belas", "40": "empat puluh", "60": "enam puluh", "300": "tiga ratus", "146": "seratus empat puluh enam",
        "98": "sembilan puluh delapan", "72": "tujuh puluh dua", "86": "delapan puluh enam", "210": "dua ratus sepuluh",
        "16": "enam belas", "24": "dua puluh empat", "13": "tiga belas", "45": "empat puluh lima", "14": "empat belas",
        "18": "delapan belas", "20": "dua puluh", "55": "lima puluh lima", "96": "sembilan puluh enam", "420": "empat ratus dua puluh",
        "500": "lima ratus", "900": "sembilan ratus", "320": "tiga ratus dua puluh", "310": "tiga ratus sepuluh", "84": "delapan puluh empat"}
ABBR = [(r"\byang\b", "yg"), (r"\bdengan\b", "dgn"), (r"\buntuk\b", "utk"), (r"\bsudah\b", "sdh"), (r"\btidak\b", "tdk"),
        (r"\bkepada\b", "kpd"), (r"\bKabupaten\b", "Kab."), (r"\bKecamatan\b", "Kec."), (r"\bbulan\b", "bln")]
def op_numwords(s):
    n = [0]
    def f(m):
        if n[0] >= 2 or m.group(1) not in NUMW: return m.group(0)
        n[0] += 1; return NUMW[m.group(1)] + " " + m.group(2)
    return re.sub(r"(?<![\d.,/p])\b(\d+) ([a-z]\w*)", f, s)
def op_abbr(s):
    for a, b in R.sample(ABBR, 5): s = re.sub(a, b, s)
    return s
def op_typo(s):
    words = [m for m in re.finditer(r"\b[a-z]{7,}\b", s)]
    for m in R.sample(words, min(len(words), R.randint(1, 2))):
        w = m.group(0); i = R.randint(1, len(w) - 3)
        s = s[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + s[m.end():]
    return s
def op_reldate(s, pt):
    def f(m):
        d = dt.date(2026, int(m.group(3)), int(m.group(2))); diff = (d - pt.date()).days
        if diff == 0: return "hari ini (%d/%d)" % (d.day, d.month)
        if diff == -1: return "kemarin (%d/%d)" % (d.day, d.month)
        if diff == 1: return "besok (%d/%d)" % (d.day, d.month)
        if diff < 0: return "%s lalu (%d/%d)" % (m.group(1), d.day, d.month)
        return "tgl %d/%d" % (d.day, d.month)
    return re.sub(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/2026\)", f, s)
def op_dateline(s, kim, a):
    v = K[kim]["village"]
    new = R.choice(["%s (KIM) -" % a["dl"].title(), "(KIM %s) \u2013" % v, "%s, KIM \u2013" % a["dl"]])
    return re.sub(r"^[A-Z ]+ \u2013", new, s, count=1)
def op_dropt(s): return re.sub(r"\s*\([^()]*/[^()]*\)\s*$", "", s)
def op_collapse(s): return s.replace("\n\n", " ")
def op_straight(s): return s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
OPS = ["straight", "numwords", "reldate", "dropt", "dateline", "abbr", "collapse", "typo"]
def apply_ops(s, ops, pt, kim, a):
    for o in ops:
        if o == "straight": s = op_straight(s)
        elif o == "numwords": s = op_numwords(s)
        elif o == "reldate": s = op_reldate(s, pt)
        elif o == "dropt": s = op_dropt(s)
        elif o == "dateline": s = op_dateline(s, kim, a)
        elif o == "abbr": s = op_abbr(s)
        elif o == "collapse": s = op_collapse(s)
        elif o == "typo": s = op_typo(s)
    return s

# ---------------------------------------------------------------- positive allocation
for a in A: a["aid"] = "h19-" + a["id"]
AIDS = [a["aid"] for a in A]
def pick_anns(n):
    out = AIDS[:] * 2; R.shuffle(out)
    seen, res = collections.Counter(), []
    for x in out:
        if len(res) == n: break
        if seen[x] < 1 or len(set(res)) >= len(AIDS): res.append(x); seen[x] += 1
    return res
def norm_kim(a, pool=None):
    pool = pool or NORMAL
    return R.choice(of_kab(a["kab"], pool) if a["kab"] != "prov" else pool)
kim_load = collections.Counter()
def norm_kim_bal(a):
    c = of_kab(a["kab"], NORMAL) if a["kab"] != "prov" else NORMAL
    c = sorted(c, key=lambda k: (kim_load[k], R.random()))
    k = c[0] if R.random() < 0.7 else R.choice(c)
    kim_load[k] += 1
    return k

# copy 35
copy_shapes = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6
R.shuffle(copy_shapes)
for i, aid in enumerate(pick_anns(35)):
    a = ANN[aid]; kim = norm_kim_bal(a); pt = a["t"] + delay(med_h=14)
    ops = R.sample(OPS, R.randint(1, 3))
    body = apply_ops(a["text"], ops, pt, kim, a)
    sh = copy_shapes[i]; links = []; title = ""
    if sh == "wa": plat, text = R.choice(["facebook", "telegram"]), wa_wrap(kim, body, a["title"])
    elif sh == "web":
        plat, title = "website", a["title"]
        srcl = R.choice(["url", "bare", "rilis"])
        if srcl == "url": body += "\n\nSumber: " + a["url"]; links.append(a["url"])
        elif srcl == "bare": body += "\n\nSumber: " + a["host"]
        else: body += "\n\nSumber: rilis resmi " + a["src"].replace("-", " ").title()
        text = web_wrap(kim, title, body, a)
    elif sh == "fb": plat, text = "facebook", fb_wrap(kim, body)
    elif sh == "tg": plat, text = "telegram", tg_wrap(kim, a["title"] + "\n\n" + body, a)
    else: plat, text = "instagram", ig_wrap(a, body)
    add(kim, plat, title, text, links, pt, "copy", [aid], "auto:copy:" + aid[4:], shape=sh, ops=ops)

# excerpt 35
ex_shapes = ["tgtrunc"] * 9 + ["short"] * 6 + ["iglead"] * 5 + ["fbcut"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["weblead"] * 3
R.shuffle(ex_shapes)
spec_tg = list(SPEC)
for i, aid in enumerate(pick_anns(35)):
    a = ANN[aid]; sh = ex_shapes[i]; pt = a["t"] + delay(med_h=20)
    lead = a["dl"] + " \u2013 " + a["p1"]; title = ""; links = []
    if sh == "tgtrunc":
        kim = spec_tg.pop(0) if spec_tg else norm_kim_bal(a)
        full = a["title"] + "\n\n" + lead; cut = R.randint(185, 215)
        t_ = full[:cut].rstrip(); t_ = t_[:t_.rfind(" ")] + "\u2026"
        plat, text = "telegram", ("Forwarded from Info %s\n" % KABNAME[a["kab"]] if R.random() < 0.5 else "") + t_
    else:
        kim = norm_kim_bal(a)
        if sh == "short":
            w = a["p1"].split(); n = R.randint(12, 18)
            plat, text = R.choice(["facebook", "telegram"]), " ".join(w[:n]).rstrip(",.") + "."
        elif sh == "iglead": plat, text = "instagram", ig_wrap(a, lead)
        elif sh == "fbcut":
            q = a["p2"]; k = R.randint(40, 80)
            plat, text = "facebook", lead + "\n\n" + q[:k].rstrip() + "... Lihat selengkapnya"
        elif sh == "yt":
            plat, title = "youtube", a["title"]
            text = yt_wrap(kim, lead, ["Pembuka", "Suasana kegiatan", "Wawancara", "Penutup"])
        elif sh == "quote":
            intro = R.choice(["Pesan penting dari pejabat kita:", "Kata beliau:", "Simak ya 👇"])
            plat, text = "facebook", intro + "\n\n" + a["p2"]
        else:
            plat, title = "website", a["title"]; text = web_wrap(kim, title, lead, a)
    add(kim, plat, title, text, links, pt, "excerpt", [aid], "auto:excerpt:" + aid[4:], shape=sh)

# link 40
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + \
        ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["sid"] * 2 + ["only-links"] * 2
R.shuffle(FORMS)
def form_url(a, f):
    u = a["url"]; hostpath = u[len("https://"):]
    if f == "exact": return u
    if f == "http": return "http://" + hostpath
    if f == "www": return "https://www." + hostpath
    if f == "m": return "https://m." + hostpath
    if f == "slash": return u[:-1] if u.endswith("/") else u + "/"
    if f == "amp": return (u + "amp/") if a["wp"] else u + "?utm_source=wa"
    if f == "utm": return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if f == "fbclid": return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(22))
    if f == "utm+fbclid": return u + "?utm_source=fb&fbclid=IwZX" + "".join(R.choice("abcdef0123456789") for _ in range(18))
    if f == "http-m": return "http://m." + hostpath
    if f == "www-noscheme": return "www." + hostpath
    return u
COMM = ["Info penting 👇", "Silakan dibaca:", "Baca selengkapnya di sini:", "Kabar dari {k}:", "Mohon dibagikan 🙏", "Update:"]
link_anns = pick_anns(40)
for i, aid in enumerate(link_anns):
    a = ANN[aid]; kim = norm_kim_bal(a); pt = a["t"] + delay(med_h=10); f = FORMS[i]
    if i % 8 == 0: pt = a["t"] + dt.timedelta(minutes=R.randint(15, 55))
    com = R.choice(COMM).replace("{k}", KABNAME[a["kab"]]) + " " + a["it"]
    title = ""
    if f == "sid":
        sid = "https://s.id/" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
        text = com + "\n" + sid + "\n\n" + a["host"].upper() + "\n" + a["title"]
        links = [sid, a["url"]]; plat = "facebook"
    elif f == "only-links":
        text = com + "\n\n" + a["host"].upper() + "\n" + a["title"] + "\n" + a["p1"].split(". ")[0] + "."
        links = [a["url"]]; plat = "facebook"
    else:
        u = form_url(a, f); links = [u]
        plat = R.choice(["facebook"] * 4 + ["telegram"] * 2 + ["website"] * 2 + ["youtube"])
        if plat == "facebook": text = com + "\n" + u + ("\n\n" + a["host"].upper() + "\n" + a["title"] if R.random() < 0.5 else "")
        elif plat == "telegram": text = a["title"] + "\n\n" + u
        elif plat == "website":
            title = a["title"]; text = web_wrap(kim, title, a["it"] + ".\n\nSelengkapnya: " + u, a)
        else:
            title = "VIDEO | " + a["it"]; text = yt_wrap(kim, "Baca berita lengkapnya: " + u, ["Pembuka", "Liputan", "Penutup"])
    add(kim, plat, title, text, links, pt, "link", [aid], "auto:link:" + aid[4:], form=f)

# summaries: s1 for all, s2 where given, S2 extras
sum_shapes = ["wa"] * 15 + ["tg"] * 13 + ["fb"] * 11 + ["yt"] * 7 + ["ig"] * 7 + ["web"] * 2
R.shuffle(sum_shapes)
SUMS = [(a["aid"], "s1", a["s1"], None) for a in A] + [(a["aid"], "s2", a["s2"], None) for a in A if a["s2"]] + \
       [("h19-" + x[0], "S2", x[2], x[1]) for x in S2]
ig_many_left = 4
spec_ig = list(SPEC[:2])
for i, (aid, key, s, off) in enumerate(SUMS):
    a = ANN[aid]; sh = sum_shapes[i % len(sum_shapes)]
    pt = a["t"] + (dt.timedelta(hours=off, minutes=R.randint(0, 50)) if off else delay(med_h=30))
    if key == "s2" and not off: pt = a["t"] + dt.timedelta(hours=R.randint(40, 120), minutes=R.randint(0, 59))
    title = ""; many = False
    if sh == "ig" and ig_many_left > 0:
        many = True; ig_many_left -= 1
    kim = spec_ig.pop(0) if (many and spec_ig) else norm_kim_bal(a)
    if sh == "wa": plat, text = R.choice(["facebook", "telegram"]), wa_wrap(kim, s)
    elif sh == "tg": plat, text = "telegram", (tg_wrap(kim, s, a) if R.random() < 0.4 else s)
    elif sh == "fb": plat, text = "facebook", fb_wrap(kim, s)
    elif sh == "yt":
        plat, title = "youtube", R.choice(["Liputan: ", "VIDEO | ", "LIVE | "]) + a["it"]
        text = yt_wrap(kim, s, ["Pembuka", "Keterangan narasumber", "Penutup"])
    elif sh == "ig": plat, text = "instagram", ig_wrap(a, s, many=many, caps=R.random() < 0.5)
    else: plat, title, text = "website", a["it"], web_wrap(kim, a["it"], s, a)
    add(kim, plat, title, text, [], pt, "summary", [aid], "anns.py:%s:%s" % (aid[4:], key) if key != "S2" else "extra.py:S2:" + aid[4:],
        shape=sh + ("-hashtags" if many else ""))

# paraphrases (41 of 45)
par_shapes = ["fb"] * 24 + ["tg"] * 11 + ["ig"] * 4 + ["wa"] * 2
R.shuffle(par_shapes)
par_anns = [a for a in A]; R.shuffle(par_anns); par_anns = par_anns[:41]
spec_cycle = SPEC * 3
for i, a0 in enumerate(par_anns):
    a = ANN["h19-" + a0["id"]]; sh = par_shapes[i]; pt = a["t"] + delay(med_h=26)
    if i < 8: kim = spec_cycle[i]  # each special KIM gets two paraphrases
    else: kim = norm_kim_bal(a)
    if sh == "fb": plat, text = "facebook", fb_wrap(kim, a["p"] + " " + a["h"], greet=R.random() < 0.3)
    elif sh == "tg": plat, text = "telegram", a["p"]
    elif sh == "ig": plat, text = "instagram", a["p"] + "\n\n" + hashtags(a)
    else: plat, text = "facebook", wa_wrap(kim, a["p"])
    add(kim, plat, "", text, [], pt, "paraphrase", [a["aid"]], "anns.py:%s:p" % a["aid"][4:], shape=sh)

# round-ups 25: 7 with three, 18 with two
LOCAL = ["Kerja bakti RT hari Minggu pagi", "Posyandu balita pindah ke balai desa", "Pengajian akbar Jumat malam di masjid desa",
         "Harga karet naik jadi Rp9.900/kg", "Lomba voli antar-RT masuk final", "Jalan desa licin habis hujan, hati-hati",
         "Yasinan ibu-ibu Kamis sore", "Jadwal pemadaman PLN Selasa pagi"]
LAYOUTS = ["bullets", "numbered", "kilas", "paren", "ytchap", "prose", "igcap", "wa"]
rounds = []
sorted_anns = sorted(A, key=lambda x: ANN["h19-" + x["id"]]["t"])
for j in range(25):
    n = 3 if j < 7 else 2
    for _ in range(200):
        st = R.randint(0, len(sorted_anns) - n)
        window = [ANN["h19-" + x["id"]] for x in sorted_anns[st:st + 8]]
        ch = R.sample(window, n)
        tmax = max(x["t"] for x in ch); tmin = min(x["t"] for x in ch)
        if tmax - tmin < dt.timedelta(days=12): break
    pt = tmax + dt.timedelta(hours=R.randint(3, 90), minutes=R.randint(0, 59))
    rounds.append((j, ch, pt))
for j, ch, pt in rounds:
    lay = LAYOUTS[j % 8]
    if j < 8: kim = SPEC[j % 4]
    else:
        kabs = [x["kab"] for x in ch if x["kab"] != "prov"]
        kim = R.choice(of_kab(kabs[0], NORMAL)) if kabs and R.random() < 0.7 else R.choice(NORMAL)
    items = [x["it"] for x in ch]
    loc = R.sample(LOCAL, R.randint(1, 2)) if j % 2 == 0 else []
    allit = items + loc; R.shuffle(allit)
    title = ""; plat = "facebook"
    v = K[kim]["village"]
    if lay == "bullets":
        b = R.choice(["🔹", "•", "-", "✅", "👉"]); text = "Rangkuman info pekan ini:\n\n" + "\n".join(b + " " + x for x in allit)
    elif lay == "numbered": text = "KABAR PEKAN INI\n" + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(allit)); plat = "telegram"
    elif lay == "kilas": text = "KILAS INFO | " + " | ".join(allit) + " |"
    elif lay == "paren": text = "Info singkat: " + " ".join("(%d) %s." % (i + 1, x) for i, x in enumerate(allit)); plat = R.choice(["facebook", "telegram"])
    elif lay == "ytchap":
        plat = "youtube"; title = "KABAR BANUA PEKAN INI | KIM " + v
        text = yt_wrap(kim, "Rangkuman berita pekan ini dari KIM %s." % v, ["Pembuka"] + allit + ["Penutup"])
    elif lay == "prose":
        plat = "website"; title = "Sepekan di Banua: %d kabar pilihan" % len(allit)
        para = "Pekan ini ada beberapa kabar. " + " Selain itu, ".join(x[0].lower() + x[1:] if x[:3] not in ("HSU", "HST", "HSS") else x for x in allit) + "."
        text = web_wrap(kim, title, para, None)
    elif lay == "igcap":
        plat = "instagram"; text = "🗞️ KABAR SINGKAT\n\n" + "\n".join("▪️ " + x for x in allit) + "\n\n#KabarSingkat #KIM" + v.replace(" ", "") + " #Kalsel"
    else: text = wa_wrap(kim, "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(allit)), "Rangkuman info")
    add(kim, plat, title, text, [], pt, "roundup", [x["aid"] for x in ch], "auto:roundup:%d" % j, layout=lay, local=len(loc))

# ---------------------------------------------------------------- negatives
inact_load = collections.Counter()
def neg_kim(kab):
    if kab and kab != "prov":
        ia = [k for k in INACT if K[k]["kab"] == kab]
        if ia and (inact_load[ia[0]] < 5 or R.random() < 0.45):
            inact_load[ia[0]] += 1; return ia[0]
        return R.choice(of_kab(kab, NORMAL + SPEC))
    if R.random() < 0.25:
        k = min(INACT, key=lambda x: inact_load[x]); inact_load[k] += 1; return k
    return R.choice(NORMAL)
NSHAPES = ["fb", "fb", "fb", "tg", "tg", "wa", "ig", "yt", "web"]
OLDURL = {"a01": "https://dinkes.kalselprov.go.id/2025/07/11/dinkes-kalsel-uji-540-sampel-jajanan-sekolah/",
          "a21": "https://baritokualakab.go.id/berita/detail/hibah-rumah-ibadah-2025-untuk-38-penerima",
          "a05": "https://kotabarukab.go.id/berita/3312/usg-keliling-pulau-laut-utara-130-ibu-hamil"}
def short_title(text):
    t = re.split(r"(?<=[.!?])\s", text)[0].rstrip(".!?")
    if len(t) > 72: t = t[:72]; t = t[:t.rfind(" ")].rstrip(",:;")
    return t
def shaped_neg(kim, text, a, i):
    sh = NSHAPES[i % len(NSHAPES)]; title = ""
    if sh == "fb": return "facebook", "", fb_wrap(kim, text), sh
    if sh == "tg": return "telegram", "", text, sh
    if sh == "wa": return R.choice(["facebook", "telegram"]), "", wa_wrap(kim, text), sh
    if sh == "ig": return "instagram", "", text + "\n\n" + (hashtags(a) if a else "#KIM #InfoWarga"), sh
    if sh == "yt": return "youtube", "Liputan: " + short_title(text), yt_wrap(kim, text, ["Pembuka", "Liputan", "Penutup"]), sh
    return "website", short_title(text), web_wrap(kim, "", text, a), sh
ni = 0
for a in A:
    aa = ANN["h19-" + a["id"]]
    for k_, nn in enumerate(a["n"]):
        kind, off, text = nn[0], nn[1], nn[2]; kab = nn[3] if len(nn) > 3 else None
        kim = neg_kim(kab); pt = aa["t"] + dt.timedelta(hours=off, minutes=R.randint(0, 55))
        links = []
        if kind == "last-year" and a["id"] in OLDURL:
            text = text + "\n" + OLDURL[a["id"]]; links = [OLDURL[a["id"]]]
        plat, title, body, sh = shaped_neg(kim, text, aa, ni); ni += 1
        add(kim, plat, title, body, links, pt, "negative-topic", [], "anns.py:%s:n%d" % (a["id"], k_), shape=sh,
            imitates=[aa["aid"]], differs=kind)
    if a.get("b"):
        off, text = a["b"]; kim = neg_kim(a["kab"]); pt = aa["t"] + dt.timedelta(hours=off, minutes=-R.randint(0, 55))
        plat, title, body, sh = shaped_neg(kim, text, aa, ni); ni += 1
        add(kim, plat, title, body, [], pt, "before", [], "anns.py:%s:b" % a["id"], shape=sh, imitates=[aa["aid"]], differs="before")
for i, (im, kind, off, kab, text) in enumerate(NEG):
    aa = ANN["h19-" + im]; kim = neg_kim(kab); pt = aa["t"] + dt.timedelta(hours=off, minutes=R.randint(0, 55))
    links = []
    if i == 3: text += "\nSumber: hstkab.go.id"
    if kind == "last-year" and im in OLDURL: text += "\n" + OLDURL[im]; links = [OLDURL[im]]
    plat, title, body, sh = shaped_neg(kim, text, aa, ni); ni += 1
    add(kim, plat, title, body, links, pt, "negative-topic", [], "extra.py:NEG%d" % i, shape=sh, imitates=[aa["aid"]], differs=kind)
for i, (im, off, kab, text) in enumerate(BEF):
    aa = ANN["h19-" + im]; kim = neg_kim(kab); pt = aa["t"] + dt.timedelta(hours=off, minutes=-R.randint(0, 55))
    plat, title, body, sh = shaped_neg(kim, text, aa, ni); ni += 1
    add(kim, plat, title, body, [], pt, "before", [], "extra.py:BEF%d" % i, shape=sh, imitates=[aa["aid"]], differs="before")
# unrelated: 40 hand-written + 30 templates
T0 = dt.datetime(2026, 6, 29, 7, 0, tzinfo=WITA)
def rand_t(): return T0 + dt.timedelta(minutes=R.randint(0, 60 * 24 * 48))
ukims = INACT * 2 + KIDS
for i, text in enumerate(UNREL):
    kim = ukims[i % len(ukims)] if i < 12 else R.choice(KIDS)
    plat, title, body, sh = shaped_neg(kim, text, None, i)
    add(kim, plat, title, body, [], rand_t(), "negative-unrelated", [], "extra.py:UNREL%d" % i, shape=sh)
TPL = ["Harga {c} di pasar {v} hari ini {p}.", "Arisan RT {n} {v} Sabtu sore di rumah ketua.", "Kerja bakti RT {n} Desa {v} Minggu pagi, bawa parang dan cangkul.",
       "Yasinan rutin warga {v} malam Jumat di rumah warga RT {n}.", "Lomba {l} antar-RT {v} dibuka Sabtu, pendaftaran ke karang taruna."]
CROPS = [("karet", "Rp9.600/kg"), ("gabah", "Rp6.800/kg"), ("cabai", "Rp45 ribu/kg"), ("telur", "Rp26 ribu/rak"), ("ikan papuyu", "Rp70 ribu/kg"), ("sawit", "Rp2.400/kg")]
LOMBA = ["voli", "tarik tambang", "balogo", "bakiak", "domino", "sepak takraw"]
for i in range(30):
    kim = R.choice(KIDS); v = K[kim]["village"]; c, p = R.choice(CROPS)
    text = TPL[i % 5].format(c=c, p=p, v=v, n=R.randint(1, 15), l=R.choice(LOMBA))
    plat, title, body, sh = shaped_neg(kim, text, None, i + 3)
    add(kim, plat, title, body, [], rand_t(), "negative-unrelated", [], "build.py:TPL%d" % i, shape=sh)

# ---------------------------------------------------------------- finalise
for p in posts: p["t"] = p["t"].replace(second=R.randint(0, 59), microsecond=0)
posts.sort(key=lambda p: p["t"])
ids = ["h19-p%03d" % (i + 1) for i in range(len(posts))]
R.shuffle(ids)
HANDLE = {k: k.replace("kim-", "kim") for k in KIDS}
out_p, out_l, keymap = [], [], {}
seen = set()
for p, pid in zip(posts, ids):
    t = p["t"]
    h = HANDLE[p["kim"]]; num = R.randint(100000, 999999)
    url = {"facebook": "https://www.facebook.com/%s/posts/%d%d" % (h, num, R.randint(1000, 9999)),
           "instagram": "https://www.instagram.com/p/%s/" % "".join(R.choice("ABCDEFGHJKabcdefghjk0123456789_") for _ in range(11)),
           "telegram": "https://t.me/%s/%d" % (h, R.randint(200, 4000)),
           "youtube": "https://www.youtube.com/watch?v=%s" % "".join(R.choice("ABCDEFGHJKabcdefghjk0123456789-_") for _ in range(11)),
           "website": "https://%s.blogspot.com/2026/%02d/%s.html" % (h, t.month, slugify(p["title"] or p["text"][:40]) or "post")}[p["platform"]]
    links = list(p["links"])
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in links: links.append(u)
    text = p["text"]
    if text in seen: text += " 🙏"
    seen.add(text)
    out_p.append(dict(id=pid, kim=p["kim"], platform=p["platform"], url=url, title=p["title"], text=text,
                      published_at=t.isoformat(), links=links))
    out_l.append(dict(post=pid, announcements=p["gold"], style=p["style"]))
    km = dict(line=p["key"], gold=p["gold"], style=p["style"]); km.update(p["meta"])
    keymap[pid] = km

def wj(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
wj("announcements.jsonl", anns_out); wj("posts.jsonl", out_p); wj("labels.jsonl", out_l)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f: json.dump(keymap, f, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "roles.json"), "w", encoding="utf-8") as f: json.dump(dict(inactive=INACT, special=SPEC), f, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIDS:
        x = K[k]
        f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % (k, x["name"], REG[x["kab"]], x["district"], x["village"]))
print("wrote %d announcements, %d posts, %d kims" % (len(anns_out), len(out_p), len(KIDS)))
