#!/usr/bin/env python3
"""Generator of heldout22 (deterministic, fixed seed). Reads anns.py and extra.py (hand-written)."""
import json, os, random, re
from datetime import datetime, timedelta, timezone
from anns import A
from extra import UNREL, VENUE_EVENTS, LOCAL

SEED = 2026120722
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
W = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
END = datetime(2026, 12, 5, 21, 0, tzinfo=W)

SRC = {  # source -> (host, shape)
 "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp"), "disnakertrans-kalsel": ("disnakertrans.kalselprov.go.id", "wp"),
 "diskopumkm-kalsel": ("diskopumkm.kalselprov.go.id", "wp"), "dispora-kalsel": ("dispora.kalselprov.go.id", "wp"),
 "disbudpar-kalsel": ("disbudpar.kalselprov.go.id", "wp"), "disperkim-kalsel": ("disperkim.kalselprov.go.id", "wp"),
 "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"), "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
 "pemkab-banjar": ("banjarkab.go.id", "wp"), "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"),
 "pemkab-kotabaru": ("kotabarukab.go.id", "num"), "pemkab-balangan": ("balangankab.go.id", "detail"),
 "pemkab-tabalong": ("tabalongkab.go.id", "wp"), "pemkab-hss": ("hulusungaiselatankab.go.id", "html"),
 "pemkab-hst": ("hstkab.go.id", "wp"), "pemkab-hsu": ("hsu.go.id", "berita"), "pemkab-tapin": ("tapinkab.go.id", "berita"),
 "pemkab-batola": ("baritokualakab.go.id", "detail"), "pemkab-tanbu": ("tanahbumbukab.go.id", "num"),
}
SITE = {"diskominfo-kalsel": "DISKOMINFO KALSEL", "disnakertrans-kalsel": "DISNAKERTRANS KALSEL", "diskopumkm-kalsel": "DISKOP UKM KALSEL",
 "dispora-kalsel": "DISPORA KALSEL", "disbudpar-kalsel": "DISBUDPAR KALSEL", "disperkim-kalsel": "DISPERKIM KALSEL"}
KABNAME = {"Kalsel": "Kalimantan Selatan", "HSU": "Hulu Sungai Utara", "HST": "Hulu Sungai Tengah", "HSS": "Hulu Sungai Selatan",
 "Tala": "Tanah Laut", "Tanbu": "Tanah Bumbu", "Batola": "Barito Kuala"}
KABREG = {"Banjarmasin": "Kota Banjarmasin", "Banjarbaru": "Kota Banjarbaru"}

def slug(t):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", t.lower())).strip("-")[:80]

def fixdays(t):
    def f(m):
        d, mo, y = int(m.group(2)), int(m.group(3)), int(m.group(4))
        return "{} ({}/{}/{})".format(HARI[datetime(y, mo, d).weekday()], d, mo, y)
    return re.sub(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/(\d{4})\)", f, t)

# ---------------- announcements
ANN = []
for i, a in enumerate(A, 1):
    src, kab, dl, m, d, hh, title, what, fig, ven, place, alt, off, jab, quote, nxt, nxs, prog, tags = a
    pub = datetime(2026, m, d, hh, R.randint(0, 59), tzinfo=W)
    host, shape = SRC[src]
    s = slug(title)
    url = {"wp": f"https://{host}/2026/{m:02d}/{d:02d}/{s}/", "html": f"https://{host}/2026/{m:02d}/{s}.html",
           "berita": f"https://{host}/berita/{s}", "num": f"https://{host}/berita/{R.randint(4100, 9800)}/{s}",
           "detail": f"https://{host}/berita/detail/{s}"}[shape]
    day = "{} ({}/{}/2026)".format(HARI[pub.weekday()], d, m)
    kabn = KABNAME.get(kab, kab)
    p1 = f"{dl} – {what} pada {day} di {ven}."
    p1 += R.choice([f" Kegiatan ini dihadiri unsur Forkopimda, camat dan tokoh masyarakat setempat.",
                    f" Kegiatan tersebut merupakan bagian dari program prioritas daerah tahun 2026.",
                    f" Langkah ini, menurut panitia, menjadi yang pertama dengan skala sebesar itu di {kabn}.",
                    f" Acara berlangsung sejak pagi dan diikuti dengan antusias oleh peserta."])
    p2 = f"“{quote},” kata {off}, {jab}, di sela kegiatan."
    p2 += R.choice([" Ia juga meminta camat dan kepala desa ikut menyebarkan informasi ini kepada warga.",
                    " Menurutnya, dukungan warga dan media sangat menentukan keberhasilan program.",
                    " Ia mengapresiasi semua pihak yang sudah bekerja keras menyiapkan kegiatan ini.",
                    " Ia berharap kegiatan serupa dapat digelar secara rutin setiap tahun."])
    tag = R.choice(["(mc/rd)", "(humas/ar)", "(kominfo/fz)", "(prokopim/hn)", "(mc-kalsel/ns)", "(adv/dk)"])
    p3 = f"{nxt}. Informasi lengkap dapat ditanyakan kepada perangkat daerah terkait. {tag}"
    text = fixdays("\n\n".join([p1, p2, p3]))
    ANN.append(dict(id=f"h22-a{i:02d}", source=src, url=url, title=title, text=text, published_at=pub.isoformat()))
    ANN[-1]["_f"] = dict(kab=kab, kabn=kabn, fig=fig, ven=ven, place=place, alt=alt, off=off, jab=jab, nxs=nxs, prog=prog,
                         tags=tags, pub=pub, d=d, m=m, what=what, title=title, quote=quote, host=host, shape=shape, src=src, dl=dl)

# ---------------- KIMs (real Kalsel places)
KIMS = [  # id, region, district, village, role
 ("kim-pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya", "n"),
 ("kim-kuin-utara", "Kota Banjarmasin", "Banjarmasin Utara", "Kuin Utara", "i"),
 ("kim-belitung-selatan", "Kota Banjarmasin", "Banjarmasin Barat", "Belitung Selatan", "n"),
 ("kim-kelayan-timur", "Kota Banjarmasin", "Banjarmasin Selatan", "Kelayan Timur", "s"),
 ("kim-guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", "n"),
 ("kim-syamsudin-noor", "Kota Banjarbaru", "Landasan Ulin", "Syamsudin Noor", "i"),
 ("kim-kemuning", "Kota Banjarbaru", "Banjarbaru Selatan", "Kemuning", "n"),
 ("kim-bangkal", "Kota Banjarbaru", "Cempaka", "Bangkal", "n"),
 ("kim-sungai-sipai", "Kabupaten Banjar", "Martapura", "Sungai Sipai", "n"),
 ("kim-keraton", "Kabupaten Banjar", "Martapura", "Keraton", "n"),
 ("kim-astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota", "s"),
 ("kim-ambungan", "Kabupaten Tanah Laut", "Pelaihari", "Ambungan", "n"),
 ("kim-asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam", "n"),
 ("kim-bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", "i"),
 ("kim-semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap", "n"),
 ("kim-stagen", "Kabupaten Kotabaru", "Pulau Laut Utara", "Stagen", "n"),
 ("kim-serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga", "s"),
 ("kim-batu-piring", "Kabupaten Balangan", "Paringin Selatan", "Batu Piring", "n"),
 ("kim-paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", "n"),
 ("kim-juai", "Kabupaten Balangan", "Juai", "Juai", "i"),
 ("kim-pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", "n"),
 ("kim-maburai", "Kabupaten Tabalong", "Murung Pudak", "Maburai", "n"),
 ("kim-hikun", "Kabupaten Tabalong", "Tanjung", "Hikun", "n"),
 ("kim-jambu-hilir", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Jambu Hilir", "n"),
 ("kim-padang-batung", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Padang Batung", "n"),
 ("kim-negara", "Kabupaten Hulu Sungai Selatan", "Daha Utara", "Negara", "s"),
 ("kim-barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur", "n"),
 ("kim-pagat", "Kabupaten Hulu Sungai Tengah", "Batu Benawa", "Pagat", "i"),
 ("kim-birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "n"),
 ("kim-paliwara", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Paliwara", "n"),
 ("kim-sungai-karias", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Karias", "n"),
 ("kim-rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung", "n"),
 ("kim-binuang", "Kabupaten Tapin", "Binuang", "Binuang", "s"),
 ("kim-berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas", "n"),
 ("kim-marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "n"),
 ("kim-anjir-muara-kota", "Kabupaten Barito Kuala", "Anjir Muara", "Anjir Muara Kota", "i"),
 ("kim-kampung-baru", "Kabupaten Tanah Bumbu", "Simpang Empat", "Kampung Baru", "n"),
 ("kim-kota-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan", "n"),
 ("kim-sarigadung", "Kabupaten Tanah Bumbu", "Simpang Empat", "Sarigadung", "n"),
 ("kim-pelaihari", "Kabupaten Tanah Laut", "Pelaihari", "Pelaihari", "n"),
]
KREG = {"Kalsel": None, "Banjarmasin": "Kota Banjarmasin", "Banjarbaru": "Kota Banjarbaru", "Banjar": "Kabupaten Banjar",
 "Tala": "Kabupaten Tanah Laut", "Kotabaru": "Kabupaten Kotabaru", "Balangan": "Kabupaten Balangan", "Tabalong": "Kabupaten Tabalong",
 "HSS": "Kabupaten Hulu Sungai Selatan", "HST": "Kabupaten Hulu Sungai Tengah", "HSU": "Kabupaten Hulu Sungai Utara",
 "Tapin": "Kabupaten Tapin", "Batola": "Kabupaten Barito Kuala", "Tanbu": "Kabupaten Tanah Bumbu"}
NORMAL = [k for k in KIMS if k[4] == "n"]
SPECIAL = [k for k in KIMS if k[4] == "s"]
INACT = [k for k in KIMS if k[4] == "i"]

def kim_for(a, pool):
    reg = KREG[a["_f"]["kab"]]
    loc = [k for k in pool if k[1] == reg]
    if loc and R.random() < 0.75:
        return R.choice(loc)
    return R.choice(pool)

# ---------------- writing habits
ABBR = [("yang", "yg"), ("dengan", "dgn"), ("untuk", "utk"), ("tanggal", "tgl"), ("sudah", "sdh"), ("tidak", "tdk"),
        ("kepada", "kpd"), ("Kabupaten", "Kab."), ("Kecamatan", "Kec."), ("dan", "&")]
NUMW = {"2.500": "dua ribu lima ratus", "12": "dua belas", "18": "delapan belas", "15": "lima belas", "40": "empat puluh",
        "54": "lima puluh empat", "64": "enam puluh empat", "9": "sembilan", "7": "tujuh", "50": "lima puluh", "13": "tiga belas",
        "20": "dua puluh", "28": "dua puluh delapan", "300": "tiga ratus", "150": "seratus lima puluh", "37": "tiga puluh tujuh"}

def op_abbr(t):
    for a, b in R.sample(ABBR, 4):
        t = re.sub(r"\b%s\b" % re.escape(a), b, t, count=2)
    return t
def op_typo(t):
    ws = t.split(" ")
    for _ in range(R.randint(1, 3)):
        j = R.randrange(len(ws))
        w = ws[j]
        if len(w) > 4 and w.isalpha():
            k = R.randrange(1, len(w) - 2)
            ws[j] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    return " ".join(ws)
def op_numw(t):
    for n, w in NUMW.items():
        if re.search(r"(?<![\d.])%s(?![\d.,/])" % re.escape(n), t):
            return re.sub(r"(?<![\d.])%s(?![\d.,/])" % re.escape(n), w, t, count=1)
    return t
def op_quotes(t):
    return t.replace("“", '"').replace("”", '"').replace("–", "-")
def op_tag(t):
    return re.sub(r"\s*\([a-z\-/]+\)\s*$", "", t)
def op_collapse(t):
    return t.replace("\n\n", " ")
def op_dateline(t, kim):
    return re.sub(r"^[A-Z]+ –", R.choice([f"{kim[3]} (KIM) -", f"(KIM {kim[3]}) –", f"{kim[3].upper()}, KIM –"]), t)
def reldate(t, a, when):
    f = a["_f"]
    delta = (when.date() - f["pub"].date()).days
    rel = {0: "hari ini", 1: "kemarin", 2: "dua hari lalu"}.get(delta, f"{HARI[f['pub'].weekday()]} lalu")
    return t.replace("{} ({}/{}/2026)".format(HARI[f["pub"].weekday()], f["d"], f["m"]), f"{rel} ({f['d']}/{f['m']})", 1)

# ---------------- platform shapes
GREET = ["Assalamualaikum wr wb 🙏", "Good morning all 🌞", "Hello guys 👋", "Bismillah.", "📢 *INFO* 📢", "Salam KIM! 👋",
         "Selamat pagi dangsanak 🌤️", "Halo warga 👋"]
OUTRO = ["Semoga bermanfaat 🙏", "Jazakumullah khairan 🙏", "Thank you 🙏", "Mohon dibagikan.", "Salam Informatif!", "#KIMKalsel"]
MENU = ["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda › Kabar Desa", "MENU: Home · Tentang KIM · Berita · Agenda"]
CHANNEL = {"Kalsel": "Info Kalsel Terkini", "Banjarmasin": "Info Banjarmasin", "Banjarbaru": "Banjarbaru Hari Ini"}

def tg_trunc(t):
    n = R.randint(185, 215)
    if len(t) <= n:
        n = max(60, len(t) - 20)
    return t[:n].rstrip() + "…"

def shape(kind, text, kim, a=None, title="", hashtags=""):
    """Returns (platform, title, text)."""
    if kind == "fb":
        return "facebook", "", "\n\n".join(x for x in [R.choice(GREET), text, R.choice(OUTRO + [""])] if x)
    if kind == "fbplain":
        return "facebook", "", text
    if kind == "wa":
        head = R.choice(["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇"])
        body = (f"*{title.upper()}*\n\n" if title else "") + text
        return R.choice(["facebook", "telegram"]), "", f"{head}\n\n{body}\n\n_Mohon disebarkan_"
    if kind == "tg":
        ch = CHANNEL.get(a["_f"]["kab"] if a else "Kalsel", "Info " + (a["_f"]["kabn"] if a else "Kalsel"))
        return "telegram", "", f"Forwarded from {ch}\n" + ((title + "\n\n") if title else "") + text
    if kind == "tgtrunc":
        return "telegram", "", tg_trunc(((title + "\n") if title else "") + text)
    if kind == "ig":
        cap = (title.upper() + "\n\n" if title else "") + text
        return "instagram", "", cap + "\n\n" + (R.choice(["✅ Info lengkap link di bio", "📌 link di bio", "✅ Simak!"]) + "\n\n") + hashtags
    if kind == "yt":
        t = title or R.choice(["VIDEO | ", "Liputan: ", "LIVE | "]) + text.split(".")[0][:70]
        chap = "\n".join(f"{c} {x}" for c, x in zip(["00:00", "00:35", "02:10", "04:48"],
                         R.sample(["Pembukaan", "Suasana kegiatan", "Wawancara", "Penutup", "Lokasi"], 4)))
        return "youtube", t, f"{text}\n\nChapter:\n{chap}\n\nKamera: Tim KIM {kim[3]}\nJangan lupa subscribe & nyalakan lonceng 🔔"
    if kind == "web":
        by = f"Oleh Admin KIM {kim[3]} · {R.randint(0, 9)} Komentar"
        baca = "Baca juga: " + R.choice(["Gotong Royong Warga Bersihkan Saluran", "Profil KIM " + kim[3], "Harga Karet Pekan Ini",
                                         "Jadwal Posyandu Bulan Ini", "Lomba Mewarnai TK Meriah"])
        return "website", title or text.split(".")[0][:90], "\n\n".join([R.choice(MENU), by, text, baca,
                                                     "Bagikan: Facebook Twitter WhatsApp Telegram", "Tags: " + hashtags.replace("#", "").replace(" ", ", ")])
    raise ValueError(kind)

POSTS = []   # dicts with _label, _key
def add(kim, when, plat, title, text, links, style, anns, key, **km):
    n = len(POSTS)
    h = slug(kim[0])
    url = {"facebook": f"https://www.facebook.com/{h}/posts/{R.randint(10**15, 10**16)}",
           "instagram": f"https://www.instagram.com/p/{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_') for _ in range(11))}/",
           "telegram": f"https://t.me/{h.replace('-', '_')}/{R.randint(100, 9000)}",
           "youtube": f"https://www.youtube.com/watch?v={''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') for _ in range(11))}",
           "website": f"https://{h.replace('kim-', 'kim')}.desa.id/{when:%Y/%m}/{slug(title or text[:40])}-{n}/"}[plat]
    found = re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text)
    ls = [u.rstrip(".,;:!?") for u in found]
    for u in links:
        if u not in ls:
            ls.append(u)
    POSTS.append(dict(kim=kim[0], platform=plat, url=url, title=title, text=text, published_at=when.replace(microsecond=0).isoformat(),
                      links=ls, _style=style, _anns=anns, _key=dict(key=key, **km)))

def after(a, lo_min=15, hi_h=None):
    pub = a["_f"]["pub"]
    r = R.random()
    mins = R.randint(lo_min, 180) if r < 0.25 else R.randint(180, 36 * 60) if r < 0.7 else R.randint(36 * 60, (hi_h or 15 * 24) * 60)
    w = pub + timedelta(minutes=mins, seconds=R.randint(0, 59))
    if w > END:
        w = pub + timedelta(minutes=R.randint(lo_min, max(lo_min + 1, int((END - pub).total_seconds() // 60))))
    return w

def F(a):
    return a["_f"]

def ddm(a):
    f = F(a)
    return f"{f['d']}/{f['m']}"

# ---------------- copy (35)
for j, a in enumerate(ANN[:35]):
    kim = kim_for(a, NORMAL)
    when = after(a)
    t = a["text"]
    ops = R.sample(["abbr", "typo", "numw", "quotes", "tag", "collapse", "dateline", "rel"], R.randint(1, 3))
    for o in ops:
        t = {"abbr": op_abbr, "typo": op_typo, "numw": op_numw, "quotes": op_quotes, "tag": op_tag, "collapse": op_collapse,
             "dateline": lambda x: op_dateline(x, kim), "rel": lambda x: reldate(x, a, when)}[o](t)
    kind = ["wa", "web", "fb", "tg", "ig"][j % 5]
    links = []
    if kind == "web":
        src = R.choice([f"Sumber: {a['url']}", f"Sumber: {F(a)['host']}", "Sumber: rilis resmi " + F(a)["src"].replace("-", " ").title()])
        t += "\n\n" + src
    plat, title, text = shape(kind, t, kim, a, title=a["title"], hashtags=F(a)["tags"] + " #InfoPublik #KIM")
    add(kim, when, plat, title, text, links, "copy", [a["id"]], f"auto:copy:{a['id']}", shape=kind, ops=ops)

# ---------------- excerpt (35)
EXK = ["tgtrunc"] * 9 + ["short"] * 6 + ["ig"] * 5 + ["fbmore"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["web"] * 3
for j, a in enumerate(ANN[10:45]):
    kind = EXK[j]
    kim = kim_for(a, NORMAL)
    when = after(a)
    paras = a["text"].split("\n\n")
    if kind == "tgtrunc":
        plat, title, text = shape("tgtrunc", a["text"], kim, a, title=a["title"])
    elif kind == "short":
        s = paras[0].split(" pada ")[0]
        plat, title, text = shape(R.choice(["fbplain", "tg"]), s + R.choice(["…", ".", " 👇", ""]), kim, a)
    elif kind == "ig":
        plat, title, text = shape("ig", paras[0], kim, a, title=a["title"], hashtags=F(a)["tags"] + " #Kalsel")
    elif kind == "fbmore":
        plat, title, text = shape("fbplain", paras[0] + "\n\n" + paras[1][:R.randint(60, 110)] + "... Lihat selengkapnya", kim, a)
    elif kind == "yt":
        plat, title, text = shape("yt", paras[0], kim, a, title=a["title"])
    elif kind == "quote":
        plat, title, text = shape("fb", R.choice(["Pesan penting dari ", "Kata ", "Simak pesan "]) + F(a)["off"] + " 👇\n\n" + paras[1], kim, a)
    else:
        plat, title, text = shape("web", paras[0] + "\n\n" + paras[1], kim, a, title=a["title"], hashtags=F(a)["tags"])
    add(kim, when, plat, title, text, [], "excerpt", [a["id"]], f"auto:excerpt:{a['id']}", shape=kind)

# ---------------- link (40)
def variant(u, form, shape_):
    host = re.match(r"https://([^/]+)", u).group(1)
    if form == "exact": return u
    if form == "http": return u.replace("https://", "http://")
    if form == "www": return u.replace("https://", "https://www.")
    if form == "m": return u.replace("https://", "https://m.")
    if form == "slash": return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp": return (u + "amp/") if shape_ == "wp" else u + "?utm_source=wa"
    if form == "utm": return u + "?utm_source=facebook&utm_medium=social&utm_campaign=kim"
    if form == "fbclid": return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(20))
    if form == "utmfb": return u + "?utm_source=fb&fbclid=IwZXh0" + "".join(R.choice("abcdefXYZ0123456789") for _ in range(16))
    if form == "httpm": return u.replace("https://", "http://m.")
    if form == "wwwbare": return u.replace("https://", "www.")
    raise ValueError(form)
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + \
        ["utmfb"] * 2 + ["httpm"] * 2 + ["wwwbare"] * 2 + ["onlylinks"] * 2 + ["exact"] * 2
COMMENTS = ["Info penting, silakan dibaca 👇", "Simak selengkapnya di tautan berikut:", "Monggo dibaca dangsanak.", "Berita terbaru:",
            "Yang kemarin tanya, ini jawabannya 👇", "📌 Baca:", "Cek link ini ya gaes", "Share dari web resmi.", "Good news 👇",
            "Buat yg belum tau", "Penting utk warga", "Baca berita lengkapnya:"]
order = list(range(45)); R.shuffle(order)
for j in range(40):
    a = ANN[order[j]]
    kim = kim_for(a, NORMAL)
    when = after(a)
    form = FORMS[j]
    u = variant(a["url"], "exact" if form == "onlylinks" else form, F(a)["shape"])
    c = R.choice(COMMENTS)
    pv = "\n\n" + (SITE.get(F(a)["src"], F(a)["host"].upper())) + "\n" + a["title"] + "\n" + a["text"].split(". ")[0].split(" – ", 1)[-1] + "."
    sh = R.choice(["fbshare", "fbshare", "tg", "yt", "web"])
    if form == "onlylinks":
        add(kim, when, "facebook", "", c + pv, [u], "link", [a["id"]], f"auto:link:{a['id']}", form=form, shape="fbshare")
        continue
    if sh == "fbshare":
        add(kim, when, "facebook", "", f"{c}\n{u}" + (pv if R.random() < 0.6 else ""), [u], "link", [a["id"]], f"auto:link:{a['id']}", form=form, shape=sh)
    elif sh == "tg":
        add(kim, when, "telegram", "", f"{a['title']}\n\n{u}", [u], "link", [a["id"]], f"auto:link:{a['id']}", form=form, shape=sh)
    elif sh == "yt":
        add(kim, when, "youtube", "VIDEO | " + a["title"], f"Liputan KIM {kim[3]}.\n\nBaca berita lengkapnya: {u}\n\nSubscribe ya 🔔", [u], "link", [a["id"]], f"auto:link:{a['id']}", form=form, shape=sh)
    else:
        add(kim, when, "website", a["title"], f"{R.choice(MENU)}\n\nOleh Admin KIM {kim[3]}\n\n{F(a)['kabn']} punya kabar: {F(a)['prog']}.\n\nSelengkapnya: {u}\n\nBagikan: Facebook Twitter WhatsApp", [u], "link", [a["id"]], f"auto:link:{a['id']}", form=form, shape=sh)

# ---------------- summary (55) own words from the facts
def cap(x):
    return x[0].upper() + x[1:]

def summ(a, v):
    f = F(a); dd = ddm(a)
    S = [f"{cap(f['prog'])} di {f['place']} ({dd}): {f['fig']}. {f['nxs'].capitalize()}.",
         f"Kabar dari {f['kabn']}: {f['fig']} untuk {f['prog']}, disampaikan {f['off']} tgl {dd}.",
         f"{f['off']} ({f['jab']}) menyebut {f['fig']} pada kegiatan {f['prog']} di {f['ven']}, {dd}.",
         f"Update {f['prog']} {f['kabn']} — {f['fig']}. Tahap berikut: {f['nxs']}.",
         f"Di {f['ven']} tanggal {dd} ada {f['prog']}: {f['fig']}.",
         f"Catat ya warga: {f['nxs']} ({f['prog']}, {f['kabn']}).",
         f"{f['kabn']} — {f['prog']}: {f['fig']} ({dd}). Pesan {f['off'].split()[-1]}: jangan ketinggalan info lanjutannya."]
    return S[v % len(S)]
SUMK = ["wa"] * 15 + ["tg"] * 13 + ["fb"] * 11 + ["yt"] * 7 + ["ig"] * 7 + ["web"] * 2
R.shuffle(SUMK)
for j in range(55):
    a = ANN[(j * 7) % 45]
    kim = kim_for(a, NORMAL)
    when = after(a)
    t = summ(a, j)
    kind = SUMK[j]
    if kind == "yt":
        plat, title, text = shape("yt", t, kim, a, title=R.choice(["Liputan: ", "VIDEO | "]) + F(a)["prog"].title() + " " + F(a)["place"])
    else:
        plat, title, text = shape(kind, t, kim, a, hashtags=F(a)["tags"])
    add(kim, when, plat, title, text, [], "summary", [a["id"]], f"auto:summary:{a['id']}:v{j % 7}", shape=kind)

# ---------------- paraphrase (40) Banjar / casual
def para(a, v):
    f = F(a); dd = ddm(a)
    P = [f"Bubuhan dangsanak, {f['prog']} di {f['place']} sudah tadi lah, {f['fig']} 👍 {f['nxs']} jangan kada ingat lah.",
         f"Ulun baru tahu, {f['prog']} {f['kabn']} {f['fig']} wan {f['off'].split()[-1]} bapander langsung. Mantap banar!",
         f"Gaes, {f['prog']} di {f['ven']} kemarin rame bgt, {f['fig']}. Next: {f['nxs']} 🔥",
         f"Pian sudah dengar kah? {f['fig']} gasan {f['prog']} di {f['place']}. Kaina {f['nxs']} 🙏",
         f"Alhamdulillah, {f['prog']} di {f['place']} ({dd}) lancar haja, {f['fig']}. Handak umpat? {f['nxs']} 😁",
         f"Wah {f['kabn']} keren nih, {f['prog']}: {f['fig']}. Yuk pantau {f['nxs']} ya guys 💪",
         f"Urang {f['place']} bungah banar, {f['prog']} {f['fig']}. Lakasi bagi ka dangsanak nang lain!",
         f"Ayo bubuhan kita, {f['prog']} kada usah ragu. {f['fig']} di {f['ven']} ({dd}) 👌"]
    return P[v % len(P)]
PK = ["fb"] * 22 + ["tg"] * 10 + ["ig"] * 5 + ["wa"] * 3
R.shuffle(PK)
spec_para = {k[0]: 0 for k in SPECIAL}
for j in range(40):
    a = ANN[(j * 11 + 3) % 45]
    if j < 10:
        kim = SPECIAL[j % 5]
    else:
        kim = kim_for(a, NORMAL + SPECIAL)
    when = after(a)
    t = para(a, j) + " " + " ".join(F(a)["tags"].split()[:1])
    plat, title, text = shape(PK[j] if PK[j] != "ig" else "ig", t, kim, a, hashtags=F(a)["tags"] + " #KIM #Banua")
    add(kim, when, plat, title, text, [], "paraphrase", [a["id"]], f"auto:paraphrase:{a['id']}:v{j % 8}", shape=PK[j])

# ---------------- roundups (25, 57 pairs)
def item(a):
    f = F(a)
    return R.choice([f"{cap(f['prog'])} {f['place']}: {f['fig']} ({ddm(a)})", f"{f['kabn']} — {f['prog']}, {f['fig']}",
                     f"{f['fig']} pada {f['prog']} di {f['ven']}"])
LAYOUTS = ["bullets", "numbered", "pipe", "paren", "chapters", "prose", "igkabar", "wa"]
ann_by_time = sorted(ANN, key=lambda a: F(a)["pub"])
for j in range(25):
    n = 3 if j < 7 else 2
    i0 = (j * 5) % 40
    group = ann_by_time[i0:i0 + 6]
    picks = sorted(R.sample(group, n), key=lambda a: F(a)["pub"])
    kim = SPECIAL[j % 5] if j < 10 else R.choice(NORMAL + SPECIAL)
    last = max(F(a)["pub"] for a in picks)
    first = min(F(a)["pub"] for a in picks)
    w = last + timedelta(hours=R.randint(3, 60))
    if w - first > timedelta(days=19):
        w = first + timedelta(days=19)
    if w > END: w = END - timedelta(hours=R.randint(1, 5))
    items = [item(a) for a in picks]
    nloc = R.choice([0, 0, 1, 2]) if j % 2 == 0 else 0
    for _ in range(nloc):
        items.insert(R.randrange(len(items) + 1), R.choice(LOCAL))
    lay = LAYOUTS[j % 8]
    head = R.choice(["RANGKUMAN PEKAN INI", "KABAR BANUA SEPEKAN", "KILAS INFO", "Info sepekan dari KIM " + kim[3]])
    if lay == "bullets":
        b = R.choice(["🔹", "•", "-", "✅", "👉"])
        plat, title, text = "facebook", "", head + "\n\n" + "\n".join(f"{b} {x}" for x in items)
    elif lay == "numbered":
        plat, title, text = "facebook", "", head + "\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
    elif lay == "pipe":
        plat, title, text = "telegram", "", "KILAS INFO | " + " | ".join(items) + " |"
    elif lay == "paren":
        plat, title, text = "facebook", "", head + ": " + " ".join(f"({i + 1}) {x}." for i, x in enumerate(items))
    elif lay == "chapters":
        ts_ = ["00:00", "01:12", "03:05", "04:40", "06:02"]
        plat, title, text = "youtube", f"KABAR BANUA PEKAN INI | KIM {kim[3]}", "Rangkuman berita sepekan.\n\n" + "\n".join(f"{ts_[i]} {x}" for i, x in enumerate(items)) + "\n\nSubscribe ya 🔔"
    elif lay == "prose":
        plat, title, text = "website", f"Rangkuman Sepekan KIM {kim[3]}", f"{R.choice(MENU)}\n\nOleh Admin KIM {kim[3]}\n\nPekan ini ada beberapa kabar: " + "; ".join(items) + ". Terima kasih sudah membaca.\n\nBagikan: Facebook Twitter WhatsApp"
    elif lay == "igkabar":
        plat, title, text = "instagram", "", "🗞️ KABAR SINGKAT\n\n" + "\n".join("▪️ " + x for x in items) + "\n\n" + " ".join(F(a)["tags"] for a in picks) + " #KabarSingkat"
    else:
        plat, title, text = R.choice(["facebook", "telegram"]), "", "↪️ Diteruskan\n\n*INFO SEPEKAN*\n" + "\n".join(f"{i + 1}) {x}" for i, x in enumerate(items)) + "\n\n_Mohon disebarkan_"
    add(kim, w, plat, title, text, [], "roundup", [a["id"] for a in picks], f"auto:roundup:{j}", layout=lay, local=nloc)

# ---------------- negative-topic (112) and before (25)
SKIP_NEXT = {"h22-a16", "h22-a19"}   # their next stage is itself a release (a17, a20)
def neg(a, kind):
    f = F(a); n1 = R.randint(3, 90)
    if kind == "lastyear":
        return (f"Flashback: {f['prog']} di {f['place']} tahun 2025 lalu, waktu itu {n1} peserta/unit. Semoga tahun depan lebih ramai.",
                "last year's edition (2025), other figures")
    if kind == "other":
        return (f"{cap(f['prog'])} versi {f['alt']} hari ini: {n1} peserta, dipimpin camat setempat. Lokasi di balai {f['alt']}.",
                f"another kecamatan/kabupaten ({f['alt']}) with its own figures")
    if kind == "next":
        nm = re.sub(r" ?\d+/\d+", "", f["nxs"]); dt = re.search(r"\d+/\d+", f["nxs"]).group(0)
        return (f"Hari ini berlangsung {nm} ({dt}) — tercatat {n1} orang hadir. Dokumentasi menyusul.",
                "the next stage the release announces, when it happens, with its own figures")
    if kind == "venue":
        ev = R.choice(VENUE_EVENTS)
        return (f"Ramai di {f['ven']} pagi ini, ada {ev}. {n1} peserta ikut, panitia dari warga sendiri.",
                f"unrelated event ({ev}) at the same venue the same week")
    if kind == "village":
        return (f"Desa kami menggelar {f['prog']} sendiri, swadaya: {n1} warga terlibat, dana dari kas desa Rp{R.randint(2, 30)} juta.",
                "a village's own run with its own figures")
    if kind == "official":
        ev = R.choice(["meninjau banjir rob dan membagikan {} paket sembako".format(n1), "melepas {} peserta jalan sehat".format(n1 * 10),
                       "menghadiri peringatan Hari Pahlawan bersama {} pelajar".format(n1 * 5), "meresmikan {} titik lampu jalan".format(n1),
                       "membuka lomba masak nasi kuning diikuti {} tim".format(n1)])
        return (f"{f['off']} hari ini {ev} di {f['alt']}.",
                "same official, unrelated event")
KINDS = ["lastyear", "other", "next", "venue", "village", "official"]
negs = []
for i, a in enumerate(ANN):
    ok_next = a["id"] not in SKIP_NEXT and re.search(r"(\d+)/(\d+)", F(a)["nxs"]) and \
        datetime(2026, int(re.search(r"(\d+)/(\d+)", F(a)["nxs"]).group(2)), int(re.search(r"(\d+)/(\d+)", F(a)["nxs"]).group(1)), tzinfo=W) <= END
    ks = R.sample([k for k in KINDS if not (k == "next" and not ok_next)], 3 if i < 22 else 2)
    for k in ks:
        negs.append((a, k))
negs = negs[:112]
NK = ["fb", "fbplain", "tg", "wa", "ig", "yt", "web", "tgtrunc"]
inact_cnt = {k[0]: 0 for k in INACT}
for j, (a, k) in enumerate(negs):
    t, why = neg(a, k)
    if j % 4 == 0:
        kim = INACT[(j // 4) % len(INACT)]
    else:
        kim = kim_for(a, NORMAL + INACT + SPECIAL)
    f = F(a)
    if k == "lastyear":
        when = f["pub"] + timedelta(hours=R.randint(-72, 200))
    elif k == "next":
        mm = re.search(r"(\d+)/(\d+)", f["nxs"])
        when = datetime(2026, int(mm.group(2)), int(mm.group(1)), R.randint(9, 20), R.randint(0, 59), tzinfo=W)
    else:
        when = f["pub"] + timedelta(hours=R.randint(-60, 150))
    if when > END: when = END - timedelta(hours=R.randint(1, 30))
    kind = NK[j % 8]
    plat, title, text = shape(kind, t, kim, a, hashtags=" ".join(f["tags"].split()[:2]) + " #InfoDesa")
    add(kim, when, plat, title, text, [], "negative-topic", [], f"build.py:neg:{a['id']}:{k}", shape=kind, imitates=[a["id"]], differs=why)
for j, a in enumerate(R.sample(ANN, 25)):
    f = F(a)
    kim = INACT[j % len(INACT)] if j < 12 else kim_for(a, NORMAL + INACT)
    when = f["pub"] - timedelta(hours=R.randint(8, 40), minutes=R.randint(0, 59))
    gap = (f["pub"].date() - when.date()).days
    rel = {0: "Nanti", 1: "Besok", 2: "Lusa"}[gap]
    t = R.choice([f"{rel} di {f['ven']} ada {f['prog']}, info dari panitia. Yang berkepentingan silakan hadir.",
                  f"Dengar-dengar {f['prog']} di {f['place']} jadi digelar minggu ini. Tunggu info resminya ya.",
                  f"Persiapan {f['prog']} di {f['ven']}: tenda sudah dipasang sejak sore 📸",
                  f"Undangan {f['prog']} sudah sampai ke desa kami, acaranya di {f['ven']}."])
    plat, title, text = shape(R.choice(["fb", "fbplain", "wa", "tg"]), t, kim, a)
    add(kim, when, plat, title, text, [], "before", [], f"build.py:before:{a['id']}", imitates=[a["id"]], differs="posted before the release, invitation/preparation/rumour")

# ---------------- unrelated (70)
for j in range(70):
    kim = R.choice(KIMS)
    when = datetime(2026, 10, 28, 7, tzinfo=W) + timedelta(minutes=R.randint(0, 38 * 24 * 60))
    base = UNREL[j % len(UNREL)]
    if j >= len(UNREL):
        base = R.choice(["Info warga: ", "Kabar kampung: ", "📢 ", "Sekadar info, "]) + base[0].lower() + base[1:] + R.choice([" 🙏", "", " #InfoDesa", " (KIM " + kim[3] + ")"])
    plat, title, text = shape(R.choice(["fb", "fbplain", "tg", "ig", "web", "wa"]), base, kim, None, hashtags="#InfoDesa #KIM")
    add(kim, when, plat, title, text, [], "negative-unrelated", [], f"extra.py:UNREL[{j % len(UNREL)}]", shape="auto")

# ---------------- write
POSTS.sort(key=lambda p: p["published_at"])
ids = list(range(1, len(POSTS) + 1)); R.shuffle(ids)
for p, n in zip(POSTS, ids):
    p["id"] = f"h22-p{n:03d}"
def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("announcements.jsonl", [{k: v for k, v in a.items() if k != "_f"} for a in ANN])
dump("posts.jsonl", [{k: p[k] for k in ("id", "kim", "platform", "url", "title", "text", "published_at", "links")} for p in POSTS])
dump("labels.jsonl", [{"post": p["id"], "announcements": p["_anns"], "style": p["_style"]} for p in POSTS])
with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as fh:
    json.dump({p["id"]: dict(p["_key"], style=p["_style"], gold=p["_anns"]) for p in POSTS}, fh, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as fh:
    fh.write("kims:\n")
    for k in KIMS:
        fh.write(f"- id: {k[0]}\n  name: KIM {k[3]}\n  region: {k[1]}\n  district: {k[2]}\n  village: {k[3]}\n")
print(len(ANN), len(POSTS))
