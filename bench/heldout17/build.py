#!/usr/bin/env python3
"""Deterministic generator for heldout17 (seed fixed). Reads anns1-3.py, extra.py; writes the data files."""
import json, random, re, os, collections
from datetime import datetime, timedelta
from anns1 import ANNS as A1
from anns2 import ANNS as A2
from anns3 import ANNS as A3
import extra

SEED = 2026120617
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ANNS = A1 + A2 + A3
TZ = "+08:00"
def T(s): return datetime.strptime(s, "%Y-%m-%d %H:%M")
def iso(d): return d.strftime("%Y-%m-%dT%H:%M:%S") + TZ
END = datetime(2026, 12, 5, 22, 0)

# ---------------- KIM registry
KIMS = [
 ("pelambuan","Kota Banjarmasin","Banjarmasin Barat","Pelambuan"),
 ("sungai-miai","Kota Banjarmasin","Banjarmasin Utara","Sungai Miai"),
 ("kelayan-timur","Kota Banjarmasin","Banjarmasin Selatan","Kelayan Timur"),
 ("kuripan","Kota Banjarmasin","Banjarmasin Timur","Kuripan"),
 ("guntung-payung","Kota Banjarbaru","Landasan Ulin","Guntung Payung"),
 ("sungai-ulin","Kota Banjarbaru","Banjarbaru Utara","Sungai Ulin"),
 ("loktabat-selatan","Kota Banjarbaru","Banjarbaru Selatan","Loktabat Selatan"),
 ("jawa","Kabupaten Banjar","Martapura","Jawa"),
 ("astambul-seberang","Kabupaten Banjar","Astambul","Astambul Seberang"),
 ("mandiangin-barat","Kabupaten Banjar","Karang Intan","Mandiangin Barat"),
 ("aluh-aluh-besar","Kabupaten Banjar","Aluh-Aluh","Aluh-Aluh Besar"),
 ("panggung","Kabupaten Tanah Laut","Pelaihari","Panggung"),
 ("asam-asam","Kabupaten Tanah Laut","Jorong","Asam Asam"),
 ("kurau","Kabupaten Tanah Laut","Kurau","Kurau"),
 ("batakan","Kabupaten Tanah Laut","Panyipatan","Batakan"),
 ("rangda-malingkung","Kabupaten Tapin","Tapin Utara","Rangda Malingkung"),
 ("binuang","Kabupaten Tapin","Binuang","Binuang"),
 ("bakarangan","Kabupaten Tapin","Bakarangan","Bakarangan"),
 ("kandangan-kota","Kabupaten Hulu Sungai Selatan","Kandangan","Kandangan Kota"),
 ("pandak-daun","Kabupaten Hulu Sungai Selatan","Daha Utara","Pandak Daun"),
 ("telaga-langsat","Kabupaten Hulu Sungai Selatan","Telaga Langsat","Telaga Langsat"),
 ("barabai-darat","Kabupaten Hulu Sungai Tengah","Barabai","Barabai Darat"),
 ("pandawan","Kabupaten Hulu Sungai Tengah","Pandawan","Pandawan"),
 ("ilung","Kabupaten Hulu Sungai Tengah","Batang Alai Utara","Ilung"),
 ("sungai-malang","Kabupaten Hulu Sungai Utara","Amuntai Tengah","Sungai Malang"),
 ("babirik","Kabupaten Hulu Sungai Utara","Babirik","Babirik"),
 ("paminggir","Kabupaten Hulu Sungai Utara","Paminggir","Paminggir"),
 ("paringin-kota","Kabupaten Balangan","Paringin","Paringin Kota"),
 ("juai","Kabupaten Balangan","Juai","Juai"),
 ("halong","Kabupaten Balangan","Halong","Halong"),
 ("mabuun","Kabupaten Tabalong","Murung Pudak","Mabuun"),
 ("pudak-setegal","Kabupaten Tabalong","Kelua","Pudak Setegal"),
 ("muara-uya","Kabupaten Tabalong","Muara Uya","Muara Uya"),
 ("berangas-timur","Kabupaten Barito Kuala","Alalak","Berangas Timur"),
 ("tabunganen-muara","Kabupaten Barito Kuala","Tabunganen","Tabunganen Muara"),
 ("puntik-luar","Kabupaten Barito Kuala","Mandastana","Puntik Luar"),
 ("semayap","Kabupaten Kotabaru","Pulau Laut Utara","Semayap"),
 ("sungai-bali","Kabupaten Kotabaru","Pulau Sebuku","Sungai Bali"),
 ("serongga","Kabupaten Kotabaru","Kelumpang Hilir","Serongga"),
 ("batulicin","Kabupaten Tanah Bumbu","Batulicin","Batulicin"),
 ("sungai-danau","Kabupaten Tanah Bumbu","Satui","Sungai Danau"),
 ("pagatan","Kabupaten Tanah Bumbu","Kusan Hilir","Kota Pagatan"),
]
KREG = {k[0]: k[1] for k in KIMS}
KVIL = {k[0]: k[3] for k in KIMS}
INACT = ["kelayan-timur", "mandiangin-barat", "bakarangan", "ilung", "serongga", "juai"]
SPEC = ["tabunganen-muara", "paminggir", "pandak-daun", "muara-uya"]
REG = [k[0] for k in KIMS if k[0] not in INACT + SPEC]

# ---------------- sources and URLs
WP = "wp"; BER = "berita"; DET = "detail"; NUM = "num"; HTML = "html"
SRC = {
 "dinkes-kalsel": ("dinkes.kalselprov.go.id", WP, None), "distanbun-kalsel": ("distanbun.kalselprov.go.id", WP, None),
 "dkp-kalsel": ("dkp.kalselprov.go.id", WP, None), "disbudpar-kalsel": ("disbudpar.kalselprov.go.id", WP, None),
 "dispora-kalsel": ("dispora.kalselprov.go.id", WP, None), "dishub-kalsel": ("dishub.kalselprov.go.id", WP, None),
 "pemprov-kalsel": ("kalselprov.go.id", BER, None), "kanwil-kemenkum-kalsel": ("kalsel.kemenkum.go.id", BER, None),
 "polda-kalsel": ("tribratanews.kalsel.polri.go.id", WP, None), "polres-banjarbaru": ("tribratanews.kalsel.polri.go.id", WP, "Kota Banjarbaru"),
 "kemenag-kalsel": ("kalsel.kemenag.go.id", NUM, None),
 "pemkab-hsu": ("hsu.go.id", BER, "Kabupaten Hulu Sungai Utara"), "pemkab-tabalong": ("tabalongkab.go.id", WP, "Kabupaten Tabalong"),
 "pemkab-batola": ("baritokualakab.go.id", DET, "Kabupaten Barito Kuala"), "pemkab-hss": ("hulusungaiselatankab.go.id", HTML, "Kabupaten Hulu Sungai Selatan"),
 "pemkab-banjar": ("banjarkab.go.id", WP, "Kabupaten Banjar"), "pemkab-tanbu": ("tanahbumbukab.go.id", NUM, "Kabupaten Tanah Bumbu"),
 "pemkab-hst": ("hstkab.go.id", WP, "Kabupaten Hulu Sungai Tengah"), "pemkot-banjarbaru": ("banjarbarukota.go.id", WP, "Kota Banjarbaru"),
 "pemkab-tapin": ("tapinkab.go.id", BER, "Kabupaten Tapin"), "pemkab-balangan": ("balangankab.go.id", DET, "Kabupaten Balangan"),
 "pemkab-kotabaru": ("kotabarukab.go.id", NUM, "Kabupaten Kotabaru"), "pemkab-tanah-laut": ("tanahlautkab.go.id", BER, "Kabupaten Tanah Laut"),
 "pemkot-banjarmasin": ("banjarmasinkota.go.id", HTML, "Kota Banjarmasin"),
}
# region overrides for releases of provincial sources about one kabupaten
AREG = {"a35": "Kabupaten Hulu Sungai Selatan", "a37": "Kabupaten Tapin", "a45": "Kabupaten Tanah Bumbu"}
def slug(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return "-".join(s.split("-")[:9])
def mkurl(a, d):
    host, shape, _ = SRC[a["src"]]
    sl = slug(a["title"])
    if shape == WP: return "https://%s/%04d/%02d/%02d/%s/" % (host, d.year, d.month, d.day, sl)
    if shape == BER: return "https://%s/berita/%s" % (host, sl)
    if shape == DET: return "https://%s/berita/detail/%s" % (host, sl)
    if shape == NUM: return "https://%s/berita/%d/%s" % (host, 18000 + int(a["id"][1:]) * 37, sl)
    return "https://%s/%04d/%02d/%s.html" % (host, d.year, d.month, sl)

ann_rows, AD, AREGION = [], {}, {}
for a in ANNS:
    d = T(a["t"]); a["dt"] = d; a["url"] = mkurl(a, d); a["text"] = "\n\n".join(a["paras"])
    a["hid"] = "h17-" + a["id"]
    AD[a["id"]] = a
    AREGION[a["id"]] = AREG.get(a["id"], SRC[a["src"]][2])
    ann_rows.append({"id": a["hid"], "source": a["src"], "url": a["url"], "title": a["title"], "text": a["text"], "published_at": iso(d)})

# ---------------- helpers: platform shapes and habits
GREET = ["Assalamualaikum wr wb 🙏", "Selamat pagi warga 🌞", "Good morning all 🌞", "Hello guys 👋", "Bismillah", "Info buat warga 👇", "Salam sejahtera", ""]
OUTRO = ["Semoga bermanfaat 🙏", "Jazakumullah khairan 🙏", "Thank you 🙏", "Mohon disebarkan.", "Terima kasih.", ""]
MENU = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda › Berita Desa", "MENU: Beranda · Profil Desa · Berita · Potensi · Kontak"]
def kimname(k): return "KIM " + KVIL[k]
def channel(k): return "Info " + KVIL[k]
def first_sentence(t):
    m = re.match(r"(.+?[.!?])(\s|$)", t.replace("\n", " "))
    return m.group(1) if m else t[:150]
def hashtags(a, many=False):
    base = a["tags"].split()
    more = ["#Kalsel", "#KalimantanSelatan", "#InfoKalsel", "#BeritaDesa", "#KIM", "#KIMKalsel", "#Banua", "#InfoPublik", "#Diskominfo", "#Warga", "#Kabar", "#BanuaKita", "#Update"]
    if many: return " ".join(base + R.sample(more, 12 - min(len(base), 5)))
    return " ".join(base[:R.randint(2, 4)])

def shape(text, plat_shape, k, a=None, title=None):
    """returns (platform, title, text, shape)"""
    sh = plat_shape
    if sh == "fb":
        g, o = R.choice(GREET), R.choice(OUTRO)
        return "facebook", "", "\n\n".join(x for x in [g, text, o] if x), sh
    if sh == "wa":
        head = R.choice(["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇"])
        t2 = ("*%s*\n\n" % title.upper()) if title and R.random() < 0.5 else ""
        tail = R.choice(["_Mohon disebarkan_", "", "🙏🙏"])
        return R.choice(["facebook", "telegram"]), "", "\n".join(x for x in [head, t2 + text, tail] if x), sh
    if sh == "tg":
        return "telegram", "", "Forwarded from %s\n%s" % (R.choice(["Info Kalsel", "Info Banua", "Kabar " + KREG[k].replace("Kabupaten ", "").replace("Kota ", "")]), text), sh
    if sh == "tgplain":
        return "telegram", "", text, sh
    if sh == "ig":
        t1 = (title.upper() + "\n\n") if title else ""
        return "instagram", "", "%s%s\n\n%s" % (t1, text, hashtags(a) if a else "#KIM #Kalsel"), sh
    if sh == "igmany":
        return "instagram", "", "%s\n\n%s" % (text, hashtags(a, True)), sh
    if sh == "yt":
        tt = R.choice(["VIDEO | ", "LIVE | ", "Liputan: ", ""]) + (title or first_sentence(text)[:80])
        desc = "%s\n\n00:00 Pembuka\n00:40 %s\n03:15 Wawancara\n05:30 Penutup\n\nKamera: Tim %s\nJangan lupa subscribe 🔔" % (text, (title or "Liputan")[:50], kimname(k))
        return "youtube", tt, desc, sh
    if sh == "web":
        tt = title or first_sentence(text)[:90]
        body = "%s\n\n%s\n\nOleh Admin %s · %d Komentar\n\n%s\n\nBaca juga: %s\n\nBagikan: Facebook Twitter WhatsApp Telegram" % (
            R.choice(MENU), tt, kimname(k), R.randint(0, 5), text, R.choice(["Kerja Bakti Bersih Langgar", "Jadwal Posyandu Bulan Ini", "Profil Desa Kami", "Lomba Mewarnai TK"]))
        return "website", tt, body, sh
    raise ValueError(sh)

NUMW = {"2": "dua", "3": "tiga", "6": "enam", "12": "dua belas", "14": "empat belas", "18": "delapan belas", "40": "empat puluh", "80": "delapan puluh"}
def habits(t, a, when):
    ops = []
    if R.random() < 0.5 and "\"" in t:
        t = t.replace("\u201c", "\"").replace("\u201d", "\""); ops.append("quotes")
    if "–" in t and R.random() < 0.6: t = t.replace("–", "-"); ops.append("dash")
    if R.random() < 0.35:
        t = re.sub(r"^([A-Z]+) [–-]", lambda m: R.choice(["%s (KIM) -" % m.group(1).title(), "%s, KIM –" % m.group(1)]), t); ops.append("dateline")
    if R.random() < 0.35:
        t2 = re.sub(r"\s*\([a-z-]+(-[a-z]+)?\)\s*$", "", t)
        if t2 != t: t = t2; ops.append("droptag")
    if R.random() < 0.3:
        for x, y in (("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("sudah", "sdh"), ("tidak", "tdk"), ("Kabupaten", "Kab."), ("Kecamatan", "Kec.")):
            t = re.sub(r"\b%s\b" % x, y, t)
        ops.append("abbrev")
    if R.random() < 0.25:
        for x, y in NUMW.items():
            if re.search(r"\b%s\b" % x, t) and R.random() < 0.6: t = re.sub(r"\b%s (?=[a-z])" % x, y + " ", t, count=1)
        ops.append("numwords")
    if R.random() < 0.25:
        ws = t.split(" ")
        for _ in range(R.randint(1, 2)):
            i = R.randrange(len(ws))
            w = ws[i]
            if len(w) > 5 and w.isalpha():
                j = R.randrange(1, len(w) - 2); ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        t = " ".join(ws); ops.append("typo")
    if R.random() < 0.3:
        # relative date: the release's own date relative to the post
        d = a["dt"].date()
        pat = r"\((\d+)/(\d+)/2026\)"
        m = re.search(pat, t)
        if m and int(m.group(1)) == d.day and int(m.group(2)) == d.month:
            delta = (when.date() - d).days
            rel = "hari ini (%d/%d)" % (d.day, d.month) if delta == 0 else ("kemarin (%d/%d)" % (d.day, d.month) if delta == 1 else "tgl %d/%d" % (d.day, d.month))
            t = t.replace(m.group(0), rel, 1); ops.append("reldate")
    if R.random() < 0.2:
        t = t.replace("\n\n", " "); ops.append("collapse")
    return t, ops

# ---------------- post accumulation
POSTS = []
def add(k, when, plat, title, text, links, style, gold, key, **kw):
    assert k in KREG, k
    if when > END: when = END - timedelta(minutes=R.randint(5, 600))
    if gold and when.hour < 6 and when + timedelta(hours=7) <= END: when += timedelta(hours=7)  # people post by day
    POSTS.append(dict(kim=k, when=when, platform=plat, title=title, text=text, links=links, style=style, gold=gold, key=key, kw=kw))

def delay(a, lo=0.25, hi=None):
    hi = hi or 15 * 24
    r = R.random()
    h = lo + (hi - lo) * (r ** 2.6)
    w = a["dt"] + timedelta(hours=h, minutes=R.randint(0, 50))
    if w > END: w = END - timedelta(minutes=R.randint(10, 300))
    if w - a["dt"] < timedelta(minutes=12): w = a["dt"] + timedelta(minutes=12 + R.randint(0, 30))
    return w

def kim_for(aid, pool=None):
    reg = AREGION[aid]
    pool = pool or REG
    c = [k for k in pool if KREG[k] == reg]
    if not c or R.random() < 0.15: c = pool
    return R.choice(c)

ids = [a["id"] for a in ANNS]
# ---- special KIMs: their gold posts
SPEC_PLAN = {
 "tabunganen-muara": {"par": ["a05", "a44"], "tgtrunc": "a04", "igmany": "a10"},
 "paminggir": {"par": ["a02", "a41"], "tgtrunc": "a23", "igmany": "a01"},
 "pandak-daun": {"par": ["a06", "a31"], "tgtrunc": "a35", "igmany": "a20"},
 "muara-uya": {"par": ["a03", "a26"], "tgtrunc": "a38", "igmany": "a28"},
}
spec_par = {a: k for k, v in SPEC_PLAN.items() for a in v["par"]}
spec_trunc = {v["tgtrunc"]: k for k, v in SPEC_PLAN.items()}
spec_ig = {v["igmany"]: k for k, v in SPEC_PLAN.items()}

# ---- copy / excerpt / link selection
copy_ids = R.sample(ids, 35)
exc_ids = [x for x in R.sample(ids, 45) if x not in spec_trunc][:31] + list(spec_trunc)
link_ids = ids[:] + R.sample(ids, 0)
link_ids = R.sample(ids, 40)

COPY_SHAPES = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6
R.shuffle(COPY_SHAPES)
for i, aid in enumerate(copy_ids):
    a = AD[aid]; k = kim_for(aid); w = delay(a)
    t, ops = habits(a["text"], a, w)
    sh = COPY_SHAPES[i]
    links = []
    if sh == "web":
        src = R.choice(["url", "bare", "rilis"])
        if src == "url": t += "\n\nSumber: " + a["url"]; links = [a["url"]]
        elif src == "bare": t += "\n\nSumber: " + SRC[a["src"]][0]
        else: t += "\n\nSumber: rilis resmi " + a["src"]
    plat, title, text, sh = shape(t, sh, k, a, a["title"])
    add(k, w, plat, title, text, links, "copy", [aid], "auto:copy:" + aid, shape=sh, ops=ops)

EXC_FORMS = ["tgtrunc"] * 9 + ["short"] * 6 + ["iglead"] * 5 + ["fbmore"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["weblead"] * 3
for i, aid in enumerate(exc_ids):
    a = AD[aid]; w = delay(a)
    if aid in spec_trunc: form, k = "tgtrunc", spec_trunc[aid]
    else:
        form = EXC_FORMS[i % len(EXC_FORMS)] if EXC_FORMS[i % len(EXC_FORMS)] != "tgtrunc" or i >= 4 else "short"
        k = kim_for(aid)
    p1, p2, p3 = a["paras"]
    links = []
    if form == "tgtrunc":
        body = (a["title"] + "\n\n" + p1 + " " + p2)
        cut = R.randint(185, 215); body = body[:cut].rstrip() + "…"
        plat, title, text, sh = "telegram", "", body, "tgtrunc"
    elif form == "short":
        cl = re.split(r"(?<=[a-z0-9]) (?=[A-Z][a-z]+ \()", p1)[0]
        ws = p1.split()
        body = " ".join(ws[:R.randint(12, 18)])
        plat, title, text, sh = shape(body, R.choice(["fb", "tgplain", "wa"]), k, a)
    elif form == "iglead":
        plat, title, text, sh = shape(p1, "ig", k, a, a["title"])
    elif form == "fbmore":
        body = p1 + "\n\n" + p2[:R.randint(40, 90)].rstrip() + "... Lihat selengkapnya"
        plat, title, text, sh = "facebook", "", body, "fbmore"
    elif form == "yt":
        plat, title, text, sh = "youtube", a["title"], "%s\n\n00:00 Pembuka\n00:30 %s\n02:10 Wawancara\n\nKamera: Tim %s\nSubscribe & share ya 🔔" % (p1, a["title"][:40], kimname(k)), "yt"
    elif form == "quote":
        body = R.choice(["Pesan penting dari pejabat kita:", "Simak kutipan berikut 👇", "Kata pejabatnya:"]) + "\n\n" + p2
        plat, title, text, sh = shape(body, R.choice(["fb", "tgplain"]), k, a)
    else:
        plat, title, text, sh = shape(p1 + "\n\n" + p2, "web", k, a, a["title"])
    add(k, w, plat, title, text, links, "excerpt", [aid], "auto:excerpt:" + aid, shape=sh, form=form)

def urlform(u, form, wp):
    s = u
    if form == "exact": return s
    if form == "http": return s.replace("https://", "http://")
    if form == "www": return s.replace("https://", "https://www.")
    if form == "m": return s.replace("https://", "https://m.")
    if form == "slash": return s[:-1] if s.endswith("/") else s + "/"
    if form == "amp": return (s + "amp/") if wp else s + "?utm_source=wa"
    if form == "utm": return s + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid": return s + "?fbclid=IwAR0" + "".join(R.choice("abcdefghijkLMNOPQ0123456789") for _ in range(20))
    if form == "utmfb": return s + "?utm_source=fb&fbclid=IwZXh0bgNhZW0CMTEAAR" + "".join(R.choice("abcXYZ0123456789") for _ in range(12))
    if form == "httpm": return s.replace("https://", "http://m.")
    if form == "wwwnoscheme": return s.replace("https://", "www.")
    return s
LINK_FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 4 + ["slash"] * 4 + ["amp"] * 4 + ["utm"] * 4 + ["fbclid"] * 4 + ["utmfb"] * 2 + ["httpm"] * 2 + ["wwwnoscheme"] * 2 + ["onlylinks"] * 2
R.shuffle(LINK_FORMS)
LCOMM = ["Simak!", "Info penting 👇", "Baca selengkapnya:", "Monggo dibaca", "Cek di sini ya", "Berita dari pemerintah, silakan dibaca", "Penting buat warga", "Ini beritanya", "Share ya"]
for i, aid in enumerate(link_ids):
    a = AD[aid]; k = kim_for(aid); w = delay(a)
    form = LINK_FORMS[i]
    wp = SRC[a["src"]][1] == WP
    if form == "onlylinks":
        u = urlform(a["url"], "exact", wp)
        plat, title, text, sh = "facebook", "", R.choice(LCOMM) + " " + R.choice(["🙏", "👇", ""]), "fbshare-nourl"
        add(k, w, plat, title, text.strip(), [u], "link", [aid], "auto:link:" + aid, shape=sh, form=form); continue
    u = urlform(a["url"], form, wp)
    mode = R.choice(["fbshare", "fbshare", "tg", "yt", "web", "fb"])
    if mode == "fbshare":
        text = "%s\n%s\n\n%s\n%s\n%s" % (R.choice(LCOMM), u, SRC[a["src"]][0].upper(), a["title"], first_sentence(a["paras"][0]))
        plat, title = "facebook", ""
    elif mode == "tg":
        text = "%s\n%s" % (a["title"], u); plat, title = "telegram", ""
    elif mode == "yt":
        plat, title = "youtube", "Liputan: " + a["title"][:70]
        text = "Liputan singkat %s.\n\nBaca berita lengkapnya: %s\n\nSubscribe 🔔" % (kimname(k), u)
    elif mode == "web":
        plat, title = "website", a["title"]
        text = "%s\n\n%s\n\nSelengkapnya: %s\n\nBagikan: Facebook Twitter WhatsApp" % (R.choice(MENU), R.choice(LCOMM), u)
    else:
        plat, title = "facebook", ""; text = "%s %s" % (R.choice(LCOMM), u)
    lk = [u]
    add(k, w, plat, title, text, lk, "link", [aid], "auto:link:" + aid, shape=mode, form=form)

# ---- summaries
SUM_SHAPES = ["wa", "tgplain", "fb", "yt", "ig", "fb", "wa", "tgplain", "web"]
for a in ANNS:
    for j, s in enumerate(a["s"]):
        if j == 0 and a["id"] in spec_ig:
            k = spec_ig[a["id"]]; w = delay(a)
            plat, title, text, sh = shape(s, "igmany", k, a)
        else:
            k = kim_for(a["id"]); w = delay(a) if j == 0 else a["dt"] + timedelta(hours=R.uniform(20, 190))
            if a["id"] == "a01" and j == 1: w = a["dt"] + timedelta(hours=R.uniform(150, 300))
            plat, title, text, sh = shape(s, R.choice(SUM_SHAPES), k, a, None)
        add(k, w, plat, title, text, [], "summary", [a["id"]], "anns:%s:s%d" % (a["id"], j + 1), shape=sh)
for aid, h, s in extra.SUM2:
    a = AD[aid]; k = kim_for(aid)
    plat, title, text, sh = shape(s, R.choice(["wa", "tgplain", "fb", "ig"]), k, a)
    add(k, a["dt"] + timedelta(hours=h), plat, title, text, [], "summary", [aid], "extra.py:SUM2:" + aid, shape=sh)

# ---- paraphrases
for a in ANNS:
    if not a["p"]: continue
    k = spec_par.get(a["id"]) or kim_for(a["id"])
    w = delay(a, hi=6 * 24)
    text = a["p"]
    sh = R.choice(["fb", "fb", "tgplain", "wa", "ig"])
    if sh == "fb": plat, title = "facebook", ""
    elif sh == "tgplain": plat, title = "telegram", ""
    elif sh == "wa": plat, title, text = "facebook", "", "↪️ Diteruskan\n" + text
    else: plat, title, text = "instagram", "", text + ("" if "#" in text else "\n" + hashtags(a))
    add(k, w, plat, title, text, [], "paraphrase", [a["id"]], "anns:%s:p" % a["id"], shape=sh)

# ---- round-ups
LOCAL = ["Kerja bakti bersih langgar Minggu pagi", "Posyandu balita tgl 10 di balai desa", "Harga karet Rp11.800/kg", "Jadwal ronda malam diperbarui",
         "Lomba mewarnai TK se-desa", "PDAM perbaikan pipa hari Selasa", "Pengajian ibu-ibu Kamis sore", "Pasar malam buka sampai Minggu",
         "Turnamen voli antar RT", "Pemadaman listrik Sabtu pagi"]
RU_KIMS = SPEC * 2 + R.sample(REG, 17)
LAYOUTS = ["bullets", "numbered", "pipes", "chapters", "prose", "igkabar", "wa", "paren"]
ru_times = sorted(datetime(2026, 10, 9) + timedelta(hours=R.uniform(0, 24 * 56)) for _ in range(25))
for j, (k, rt) in enumerate(zip(RU_KIMS, ru_times)):
    cand = [a for a in ANNS if timedelta(minutes=30) <= rt - a["dt"] <= timedelta(days=13) and a["id"] != "a43"]
    cand.sort(key=lambda a: (AREGION[a["id"]] != KREG[k], AREGION[a["id"]] is not None, R.random()))
    n = 3 if j % 3 == 0 else 2
    pick = cand[:n + 1]
    R.shuffle(pick); pick = pick[:n]
    if len(pick) < 2: raise SystemExit("roundup window too small at %s" % rt)
    items = [a["it"] for a in pick]
    loc = R.sample(LOCAL, R.choice([0, 1, 1, 2]))
    allit = items + loc; R.shuffle(allit)
    lay = LAYOUTS[j % len(LAYOUTS)]
    plat, title = "facebook", ""
    if lay == "bullets": b = R.choice(["🔹", "•", "-", "✅", "👉"]); text = "RANGKUMAN INFO PEKAN INI\n\n" + "\n".join("%s %s" % (b, x) for x in allit)
    elif lay == "numbered": text = "Info sepekan %s:\n" % kimname(k) + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(allit))
    elif lay == "pipes": text = "KILAS INFO | " + " | ".join(allit) + " |"; plat = "telegram"
    elif lay == "paren": text = "Kabar singkat: " + " ".join("(%d) %s." % (i + 1, x) for i, x in enumerate(allit))
    elif lay == "chapters":
        plat, title = "youtube", "KABAR BANUA PEKAN INI | %s" % kimname(k)
        text = "Rangkuman berita pekan ini.\n\n" + "\n".join("%02d:%02d %s" % (i * 2, (i * 37) % 60, x) for i, x in enumerate(["Pembuka"] + allit)) + "\n\nSubscribe 🔔"
    elif lay == "prose":
        plat, title = "website", "Rangkuman Berita Sepekan"
        text = "%s\n\nRangkuman Berita Sepekan\n\nPekan ini ada beberapa kabar. %s. Demikian rangkuman dari kami.\n\nBagikan: Facebook Twitter WhatsApp" % (R.choice(MENU), ". Selain itu, ".join(allit))
    elif lay == "igkabar":
        plat = "instagram"; text = "🗞️ KABAR SINGKAT\n\n" + "\n".join("✅ " + x for x in allit) + "\n\n#KabarSingkat #KIM #Kalsel #InfoBanua"
    else:
        text = "↪️ Diteruskan\n*INFO SEPEKAN*\n" + "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(allit))
    add(k, rt, plat, title, text, [], "roundup", [a["id"] for a in pick], "auto:roundup:%d" % j, layout=lay, local=len(loc))

# ---- negatives and befores
NEG_SHAPES = ["fb", "fb", "tgplain", "wa", "ig", "yt", "web", "tg"]
def negshape(text, k, url=None):
    sh = R.choice(NEG_SHAPES)
    if "http" in text: sh = R.choice(["fb", "tgplain"])
    plat, title, t, sh = shape(text, sh, k, None, None)
    return plat, title, t, sh
for a in ANNS:
    for i, (k, h, diff, text) in enumerate(a["n"]):
        plat, title, t, sh = negshape(text, k)
        add(k, a["dt"] + timedelta(hours=h, minutes=R.randint(0, 40)), plat, title, t, [], "negative-topic", [], "anns:%s:n%d" % (a["id"], i), imitates=[a["id"]], differs=diff, shape=sh)
    if a["b"]:
        k, h, text = a["b"]
        plat, title, t, sh = negshape(text, k)
        add(k, a["dt"] + timedelta(hours=h, minutes=-R.randint(0, 40)), plat, title, t, [], "before", [], "anns:%s:b" % a["id"], imitates=[a["id"]], differs="posted before the release", shape=sh)
for i, row in enumerate(extra.NEG):
    k, aid, h, diff, text = row[:5]
    links = [row[5]] if len(row) > 5 else []
    plat, title, t, sh = negshape(text, k)
    add(k, AD[aid]["dt"] + timedelta(hours=h, minutes=R.randint(0, 40)), plat, title, t, links, "negative-topic", [], "extra.py:NEG[%d]" % i, imitates=[aid], differs=diff, shape=sh)
for i, (k, aid, h, text) in enumerate(extra.BEF):
    plat, title, t, sh = negshape(text, k)
    add(k, AD[aid]["dt"] + timedelta(hours=h, minutes=-R.randint(0, 40)), plat, title, t, [], "before", [], "extra.py:BEF[%d]" % i, imitates=[aid], differs="posted before the release", shape=sh)
for i, row in enumerate(extra.UNREL):
    k, text = row[:2]; links = [row[2]] if len(row) > 2 else []
    plat, title, t, sh = negshape(text, k)
    add(k, datetime(2026, 9, 25) + timedelta(hours=R.uniform(0, 24 * 70)), plat, title, t, links, "negative-unrelated", [], "extra.py:UNREL[%d]" % i, shape=sh)
TPL = ["Jadwal posyandu {v} bulan ini tanggal {d}, bawa buku KIA.", "Harga gabah di {v} hari ini Rp{g}/kg.", "Listrik padam di {v} {dd} jam 09.00-13.00, pemeliharaan jaringan.",
       "Selamat kepada tim voli {v} juara turnamen antar desa 🏐", "Pengajian rutin malam Jumat di masjid {v}, terbuka untuk umum.", "Gotong royong bersihkan saluran air di {v} hari Minggu.",
       "Air PDAM di {v} keruh, petugas sedang memperbaiki.", "Selamat ulang tahun ke-{n} Kampung {v} 🎉"]
seen_t = set()
for i in range(20):
    k = R.choice([x for x, *_ in KIMS])
    while (k, i % len(TPL)) in seen_t: k = R.choice([x for x, *_ in KIMS])
    seen_t.add((k, i % len(TPL)))
    t = TPL[i % len(TPL)].format(v=KVIL[k], d=R.randint(5, 25), g=R.choice(["6.700", "6.900", "7.100"]), dd=R.choice(["Sabtu", "Selasa", "Kamis depan"]), n=R.randint(40, 90))
    plat, title, tt, sh = negshape(t, k)
    add(k, datetime(2026, 9, 25) + timedelta(hours=R.uniform(0, 24 * 70)), plat, title, tt, [], "negative-unrelated", [], "build.py:TPL[%d]" % i, shape=sh)

# every regular KIM is active: hand a plain summary/link/copy post of its kabupaten to a KIM without gold
for k in REG:
    if any(p["kim"] == k and p["gold"] for p in POSTS): continue
    cnt = collections.Counter(p["kim"] for p in POSTS if p["gold"])
    cand = [p for p in POSTS if p["style"] in ("summary", "link", "copy") and p["kim"] in REG and cnt[p["kim"]] > 4
            and AREGION[p["gold"][0]] in (KREG[k], None)]
    cand.sort(key=lambda p: (AREGION[p["gold"][0]] != KREG[k], -cnt[p["kim"]], p["key"]))
    cand[0]["kim"] = k; cand[0]["kw"]["reassigned"] = True

# ---------------- finalize: ids, order, URLs
POSTS.sort(key=lambda p: (p["when"], p["key"]))
for i in range(1, len(POSTS)):
    if POSTS[i]["when"] <= POSTS[i - 1]["when"]: POSTS[i]["when"] = POSTS[i - 1]["when"] + timedelta(seconds=R.randint(20, 200))
perm = list(range(1, len(POSTS) + 1)); R.shuffle(perm)
URLBASE = {"facebook": "https://www.facebook.com/kim.{h}/posts/{n}", "telegram": "https://t.me/kim_{h2}/{n2}", "instagram": "https://www.instagram.com/p/{c}/",
           "youtube": "https://www.youtube.com/watch?v={c}", "website": "https://kim{h3}.desa.id/berita/{s}"}
posts_out, labels_out, keymap = [], [], {}
for p, n in zip(POSTS, perm):
    pid = "h17-p%03d" % n
    k = p["kim"]
    c = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(11))
    url = URLBASE[p["platform"]].format(h=k.replace("-", "."), h2=k.replace("-", "_"), n=R.randint(10**15, 10**16), n2=R.randint(100, 3999), c=c, h3=k.replace("-", ""), s=slug(p["title"] or "post") + "-%d" % n)
    sec = R.randint(0, 59)
    posts_out.append({"id": pid, "kim": "kim-" + k, "platform": p["platform"], "url": url, "title": p["title"], "text": p["text"],
                      "published_at": iso(p["when"].replace(second=sec) if p["when"].second == 0 else p["when"]), "links": p["links"]})
    labels_out.append({"post": pid, "announcements": ["h17-" + x for x in p["gold"]], "style": p["style"]})
    km = {"line": p["key"], "style": p["style"], "gold": ["h17-" + x for x in p["gold"]]}
    for kk, vv in p["kw"].items():
        km[kk] = ["h17-" + x for x in vv] if kk == "imitates" else vv
    keymap[pid] = km
# re-check order after second jitter
posts_sorted = sorted(zip(posts_out, labels_out), key=lambda x: x[0]["published_at"])
posts_out = [x[0] for x in posts_sorted]; labels_out = [x[1] for x in posts_sorted]

def wj(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
wj("announcements.jsonl", ann_rows); wj("posts.jsonl", posts_out); wj("labels.jsonl", labels_out)
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(keymap.items())), f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k, reg, dis, vil in KIMS:
        f.write("- id: kim-%s\n  name: KIM %s\n  region: %s\n  district: %s\n  village: %s\n" % (k, vil, reg, dis, vil))
print("anns", len(ann_rows), "posts", len(posts_out), collections.Counter(l["style"] for l in labels_out))
