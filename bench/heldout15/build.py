#!/usr/bin/env python3
"""Generator for heldout15. Deterministic (seed fixed). Reads anns.py and extra.py; writes
announcements.jsonl, kims.yaml, posts.jsonl, labels.jsonl, keymap.json."""
import json, os, random, re, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from anns import A
from extra import NEG, BEF, UNREL

SEED = 2026120615
R = random.Random(SEED)
WITA = timezone(timedelta(hours=8))
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# ---------------------------------------------------------------- KIM registry
KIMS = [  # id suffix, region, district, village
 ("pemurus-dalam", "Kota Banjarmasin", "Banjarmasin Selatan", "Pemurus Dalam"),
 ("teluk-tiram", "Kota Banjarmasin", "Banjarmasin Barat", "Teluk Tiram"),
 ("sungai-jingah", "Kota Banjarmasin", "Banjarmasin Utara", "Sungai Jingah"),
 ("pengambangan", "Kota Banjarmasin", "Banjarmasin Timur", "Pengambangan"),
 ("sungai-tiung", "Kota Banjarbaru", "Cempaka", "Sungai Tiung"),
 ("landasan-ulin-barat", "Kota Banjarbaru", "Liang Anggang", "Landasan Ulin Barat"),
 ("loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara"),
 ("jawa-martapura", "Kabupaten Banjar", "Martapura", "Jawa"),
 ("lok-baintan", "Kabupaten Banjar", "Sungai Tabuk", "Lok Baintan"),
 ("kayu-bawang", "Kabupaten Banjar", "Gambut", "Kayu Bawang"),
 ("angsau", "Kabupaten Tanah Laut", "Pelaihari", "Angsau"),
 ("takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung"),
 ("bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati"),
 ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap"),
 ("sungai-bali", "Kabupaten Kotabaru", "Pulau Sebuku", "Sungai Bali"),
 ("serongga", "Kabupaten Kotabaru", "Kelumpang Hilir", "Serongga"),
 ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin"),
 ("pasar-baru", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Pasar Baru"),
 ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau"),
 ("rangda-malingkung", "Kabupaten Tapin", "Tapin Utara", "Rangda Malingkung"),
 ("binuang", "Kabupaten Tapin", "Binuang", "Binuang"),
 ("margasari-ilir", "Kabupaten Tapin", "Candi Laras Selatan", "Margasari Ilir"),
 ("kandangan-barat", "Kabupaten Hulu Sungai Selatan", "Kandangan", "Kandangan Barat"),
 ("angkinang", "Kabupaten Hulu Sungai Selatan", "Angkinang", "Angkinang"),
 ("loksado", "Kabupaten Hulu Sungai Selatan", "Loksado", "Loksado"),
 ("barabai-timur", "Kabupaten Hulu Sungai Tengah", "Barabai", "Barabai Timur"),
 ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan"),
 ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan"),
 ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang"),
 ("danau-panggang", "Kabupaten Hulu Sungai Utara", "Danau Panggang", "Danau Panggang"),
 ("babirik-hilir", "Kabupaten Hulu Sungai Utara", "Babirik", "Babirik Hilir"),
 ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota"),
 ("juai", "Kabupaten Balangan", "Juai", "Juai"),
 ("halong", "Kabupaten Balangan", "Halong", "Halong"),
 ("tanjung", "Kabupaten Tabalong", "Tanjung", "Tanjung"),
 ("pudak-setegal", "Kabupaten Tabalong", "Kelua", "Pudak Setegal"),
 ("mabuun", "Kabupaten Tabalong", "Murung Pudak", "Mabuun"),
 ("muara-uya", "Kabupaten Tabalong", "Muara Uya", "Muara Uya"),
 ("berangas", "Kabupaten Barito Kuala", "Alalak", "Berangas"),
 ("ulu-benteng", "Kabupaten Barito Kuala", "Marabahan", "Ulu Benteng"),
 ("tabunganen", "Kabupaten Barito Kuala", "Tabunganen", "Tabunganen Muara"),
 ("puntik-luar", "Kabupaten Barito Kuala", "Mandastana", "Puntik Luar"),
]
KIM = {"kim-" + k[0]: dict(id="kim-" + k[0], name="KIM " + k[3], region=k[1], district=k[2], village=k[3]) for k in KIMS}
INACT = ["kim-teluk-tiram", "kim-angkinang", "kim-sungai-danau", "kim-danau-panggang", "kim-landasan-ulin-barat", "kim-margasari-ilir"]
SPEC = ["kim-tabunganen", "kim-hantakan", "kim-lok-baintan", "kim-sungai-bali", "kim-pudak-setegal"]
REGULAR = [k for k in KIM if k not in INACT and k not in SPEC]
KAB_SHORT = {"Kota Banjarmasin": "Banjarmasin", "Kota Banjarbaru": "Banjarbaru", "Kabupaten Banjar": "Banjar",
             "Kabupaten Tanah Laut": "Tanah Laut", "Kabupaten Kotabaru": "Kotabaru", "Kabupaten Tanah Bumbu": "Tanah Bumbu",
             "Kabupaten Tapin": "Tapin", "Kabupaten Hulu Sungai Selatan": "HSS", "Kabupaten Hulu Sungai Tengah": "HST",
             "Kabupaten Hulu Sungai Utara": "HSU", "Kabupaten Balangan": "Balangan", "Kabupaten Tabalong": "Tabalong",
             "Kabupaten Barito Kuala": "Batola"}
def kims_in(region, pool):
    return [k for k in pool if KIM[k]["region"] == region]

# ---------------------------------------------------------------- announcements
SITES = {
 "dinsos-kalsel": ("dinsos.kalselprov.go.id", "wp"), "distanbun-kalsel": ("distanbun.kalselprov.go.id", "wp"),
 "dispar-kalsel": ("dispar.kalselprov.go.id", "wp"), "dlh-kalsel": ("dlh.kalselprov.go.id", "wp"),
 "diskominfo-kalsel": ("diskominfo.kalselprov.go.id", "wp"), "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp"),
 "pemkab-banjar": ("banjarkab.go.id", "wp"), "pemkab-hst": ("hstkab.go.id", "wp"), "pemkab-tabalong": ("tabalongkab.go.id", "wp"),
 "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita"), "pemkab-tapin": ("tapinkab.go.id", "berita"), "pemkab-hsu": ("hsu.go.id", "berita"),
 "pemkab-balangan": ("balangankab.go.id", "detail"), "pemkab-batola": ("baritokualakab.go.id", "detail"),
 "pemkab-kotabaru": ("kotabarukab.go.id", "num"), "pemkab-tanbu": ("tanahbumbukab.go.id", "num"),
 "pemkot-banjarmasin": ("banjarmasinkota.go.id", "html"), "pemkab-hss": ("hulusungaiselatankab.go.id", "html"),
}
def slug(t):
    w = re.sub(r"[^a-z0-9]+", " ", t.lower().replace("–", " ")).split()
    return "-".join(w[:9])
def hari(d):  # d: day in October 2026
    return "%s (%d/10/2026)" % (HARI[datetime(2026, 10, d).weekday()], d)
ANN = {}
for a in A:
    aid = "h15-a%02d" % a["id"]
    pub = datetime(2026, 10, a["day"], a["hr"], R.choice([0, 5, 12, 20, 30, 41, 47, 55]), tzinfo=WITA)
    host, kind = SITES[a["src"]]
    sl = slug(a["t"])
    if kind == "wp": url = "https://%s/2026/10/%02d/%s/" % (host, a["day"], sl)
    elif kind == "berita": url = "https://%s/berita/%s" % (host, sl)
    elif kind == "detail": url = "https://%s/berita/detail/%s" % (host, sl)
    elif kind == "num": url = "https://%s/berita/%d/%s" % (host, 8000 + a["id"] * 37, sl)
    else: url = "https://%s/2026/10/%s.html" % (host, sl)
    name, jab = a["o"].split(", ", 1)
    paras = [a["dl"] + " – " + a["l"].replace("{H}", hari(a["ev"])) + " " + a["f"],
             "“%s,” ujar %s, %s." % (a["q"], name, jab),
             a["nx"] + " " + a["tag"]]
    ANN[aid] = dict(id=aid, src=a["src"], url=url, title=a["t"], paras=paras, pub=pub, d=a, wp=(kind == "wp"))

# ---------------------------------------------------------------- helpers: habits
ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
def words(n):
    if n < 12: return ONES[n]
    if n < 20: return ONES[n - 10] + " belas"
    if n < 100: return ONES[n // 10] + " puluh" + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 200: return "seratus" + ("" if n == 100 else " " + words(n - 100))
    if n < 1000: return ONES[n // 100] + " ratus" + ("" if n % 100 == 0 else " " + words(n % 100))
    if n < 2000: return "seribu" + ("" if n == 1000 else " " + words(n - 1000))
    if n < 1000000: return words(n // 1000) + " ribu" + ("" if n % 1000 == 0 else " " + words(n % 1000))
    return str(n)
def op_numwords(t):
    def f(m):
        s = m.group(0)
        n = int(s.replace(".", ""))
        return words(n) if 12 <= n <= 99999 and n not in (2026, 2027, 2025) else s
    out, k = [], 0
    t2 = re.sub(r"(?<![\d/,.])\d{1,3}(?:\.\d{3})?(?![\d/,]|\.\d)", lambda m: f(m) if R.random() < 0.7 else m.group(0), t)
    return t2
ABBR = [(" yang ", " yg "), (" dengan ", " dgn "), (" untuk ", " utk "), (" tanggal ", " tgl "), (" sudah ", " sdh "),
        (" tidak ", " tdk "), (" kepada ", " kpd "), (" Kabupaten ", " Kab. "), (" Kecamatan ", " Kec. "), (" dan ", " & "),
        (" bulan ", " bln "), (" Pemerintah Kabupaten ", " Pemkab ")]
def op_abbr(t):
    for a_, b_ in ABBR:
        if R.random() < 0.6: t = t.replace(a_, b_)
    return t
def op_typo(t):
    ws = t.split(" ")
    for _ in range(R.choice([1, 2])):
        for _try in range(20):
            i = R.randrange(len(ws))
            w = ws[i]
            if len(w) > 5 and w.isalpha():
                j = R.randrange(1, len(w) - 2)
                ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                break
    return " ".join(ws)
def op_quotes(t): return t.replace("“", '"').replace("”", '"').replace("–", "-")
def rel_date(ev, post):
    evd = datetime(2026, 10, ev).date(); pd = post.date()
    diff = (pd - evd).days
    h = HARI[evd.weekday()]
    if diff == 0: return R.choice(["hari ini", "hari ini (%d/10)" % ev, "tadi pagi"])
    if diff == 1: return R.choice(["kemarin", "kemarin (%d/10)" % ev, "%s kemarin" % h])
    if diff < 7: return R.choice(["%s lalu (%d/10)" % (h, ev), "hari %s (%d/10)" % (h, ev), "tgl %d/10" % ev])
    return R.choice(["tanggal %d Oktober" % ev, "tgl %d/10" % ev])

# ---------------------------------------------------------------- helpers: platform shapes
GREET = ["Assalamualaikum warga 🙏", "Selamat pagi warga semua 🌞", "Good morning all 🌞", "Hello guys 👋", "Bismillah,",
         "Assalamualaikum wr. wb.", "Salamat siang dangsanak 😄", "📢 *INFO* 📢", "Halo sobat KIM 👋"]
OUTRO = ["Semoga bermanfaat 🙏", "Jazakumullah khairan 🙏", "Thank you 🙏", "Silakan dibagikan.", "#KIM #InfoWarga",
         "Terima kasih 🙏", "Mohon disebarkan ya.", "Wassalam."]
def shape(kind, text, kim, title="", hs="", a=None):
    """returns (platform, title, text)"""
    kab = KAB_SHORT[KIM[kim]["region"]]
    if kind == "fb":
        t = text
        if R.random() < 0.45: t = R.choice(GREET) + "\n\n" + t
        if R.random() < 0.35: t = t + "\n\n" + R.choice(OUTRO)
        return "facebook", "", t
    if kind == "wa":
        hdr = R.choice(["↪️ Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah 👇", "Dari grup WA RT 👇", "➡️ Diteruskan"])
        t = hdr + "\n\n" + (("*" + title + "*\n\n") if title and R.random() < 0.6 else "") + text
        if R.random() < 0.5: t += "\n\n_Mohon disebarkan_"
        return R.choice(["facebook", "telegram"]), "", t
    if kind == "tg":
        t = "Forwarded from Info " + kab + "\n" + ((title + "\n\n") if title and R.random() < 0.6 else "") + text
        return "telegram", "", t
    if kind == "tgtrunc":
        body = (title + "\n\n" if title else "") + text
        cut = R.randint(185, 215)
        b = body[:cut].rstrip()
        b = b[:b.rfind(" ")] if " " in b else b
        return "telegram", "", ("Forwarded from Info " + kab + "\n" if R.random() < 0.5 else "") + b.rstrip(",.;:") + "…"
    if kind == "ig":
        t = ((title.upper() + "\n\n") if title else "") + text
        if R.random() < 0.4: t += "\n\nInfo lengkap: link di bio"
        return "instagram", "", t + "\n.\n.\n" + hs
    if kind == "yt":
        yt = R.choice(["VIDEO | ", "Liputan: ", "LIVE | ", ""]) + (title or text[:70].rsplit(" ", 1)[0])
        ch = "\n\nChapter:\n00:00 Pembuka\n00:%02d %s\n0%d:%02d Penutup" % (R.randint(10, 40), R.choice(["Liputan", "Wawancara", "Suasana"]), R.randint(1, 4), R.randint(0, 59))
        d = text + ch + "\n\nKamera: Tim " + KIM[kim]["name"] + "\nJangan lupa subscribe dan nyalakan lonceng 🔔"
        return "youtube", yt, d
    if kind == "web":
        menu = R.choice(["Beranda | Profil | Berita | Galeri | Kontak", "Home » Berita » Pemerintahan", "Beranda » Kabar Desa"])
        by = "Oleh Admin %s · %s · %d Komentar" % (KIM[kim]["name"], R.choice(["Redaksi", "Kabar Desa", "Info Publik"]), R.randint(0, 4))
        bj = "Baca juga: " + R.choice(["Gotong Royong Bersihkan Saluran Air", "Jadwal Posyandu Bulan Ini", "Harga Karet Pekan Ini", "Lomba Azan Anak-anak"])
        t = menu + "\n\n" + by + "\n\n" + text + "\n\n" + bj + "\n\nBagikan: Facebook Twitter WhatsApp Telegram"
        if R.random() < 0.5: t += "\nTags: " + ", ".join(w.strip("#") for w in (hs or "#Berita #Desa").split()[:3])
        return "website", title or text[:60].rsplit(" ", 1)[0], t
    raise ValueError(kind)

def hashtags(a, many=False):
    base = a["d"]["hs"].split() if a else ["#InfoDesa"]
    more = ["#Kalsel", "#KalimantanSelatan", "#InfoPublik", "#KIM", "#Banua", "#BeritaDesa", "#KabarBanua", "#Viral", "#InfoTerkini",
            "#BanjarBagus", "#DiskominfoKalsel", "#Update", "#Warga", "#Indonesia", "#FYP", "#SobatKIM", "#Kalimantan"]
    R.shuffle(more)
    return " ".join(base + more[:(R.randint(8, 14) if many else R.randint(0, 3))])

# ---------------------------------------------------------------- posts
POSTS = []  # dict(kim, platform, title, text, links, t, style, gold, key)
def add(kim, plat, title, text, t, style, gold, key, links=None, **extra):
    links = list(links or [])
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", title + "\n" + text):
        u = u.rstrip(".,;:!?")
        if u not in links: links.append(u)
    POSTS.append(dict(kim=kim, platform=plat, title=title, text=text, links=links, t=t, style=style, gold=gold, key=key, **extra))

def delay():
    r = R.random()
    if r < 0.25: h = R.uniform(0.25, 3)
    elif r < 0.6: h = R.uniform(3, 24)
    elif r < 0.85: h = R.uniform(24, 96)
    else: h = R.uniform(96, 370)
    return timedelta(hours=h, seconds=R.randint(0, 59))
def kim_for(aid, pool=REGULAR):
    a = ANN[aid]["d"]
    if a["kab"] == "prov": return R.choice(pool)
    c = kims_in(a["kab"], pool)
    return R.choice(c) if c else R.choice(pool)

AIDS = list(ANN)
def release_text(aid, post_t, ops):
    x = ANN[aid]; d = x["d"]
    p1 = x["paras"][0]
    if "reldate" in ops: p1 = p1.replace(hari(d["ev"]), rel_date(d["ev"], post_t))
    if "dateline" in ops:
        k = x.get("_kim")
        p1 = p1.replace(d["dl"] + " – ", R.choice(["%s (KIM) - " % d["dl"].title(), "(%s) – " % KIM[x["_kim"]]["name"], "%s, KIM – " % d["dl"]]), 1)
    paras = [p1, x["paras"][1], x["paras"][2]]
    if "droptag" in ops: paras[2] = paras[2].replace(" " + d["tag"], "")
    t = "\n\n".join(paras)
    if "numwords" in ops: t = op_numwords(t)
    if "abbr" in ops: t = op_abbr(t)
    if "quotes" in ops: t = op_quotes(t)
    if "typos" in ops: t = op_typo(t)
    if "collapse" in ops: t = t.replace("\n\n", " ")
    return t

# ---- copy (35)
OPS = ["reldate", "dateline", "numwords", "collapse", "abbr", "quotes", "droptag", "typos"]
copy_anns = R.sample(AIDS, 35)
copy_shapes = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6
R.shuffle(copy_shapes)
for aid, sh in zip(copy_anns, copy_shapes):
    x = ANN[aid]; k = kim_for(aid); x["_kim"] = k
    t = x["pub"] + delay()
    ops = R.sample(OPS, R.randint(1, 3))
    body = release_text(aid, t, ops)
    if sh == "web":
        body += "\n\n" + R.choice(["Sumber: " + x["url"], "Sumber: " + x["url"].split("/")[2], "Sumber: rilis resmi " + x["src"].replace("-", " ").title()])
    if sh == "ig":
        ps_ = body.split("\n\n"); ps_[0] = ps_[0].replace(". ", ".\n✅ ", 1); body = "\n\n".join(ps_)
    plat, ti, tx = shape(sh, body, k, x["title"], hashtags(x), x)
    add(k, plat, ti, tx, t, "copy", [aid], "auto:copy:" + aid, shape=sh, ops=ops)

# ---- excerpt (35)
exc_kinds = ["tgtrunc"] * 9 + ["short"] * 6 + ["iglead"] * 5 + ["fbmore"] * 5 + ["ytlead"] * 4 + ["quote"] * 3 + ["weblead"] * 3
R.shuffle(exc_kinds)
exc_anns = R.sample(AIDS, 35)
spec_trunc = {}  # special KIMs get some truncated previews
for i, (aid, kd) in enumerate(zip(exc_anns, exc_kinds)):
    x = ANN[aid]; t = x["pub"] + delay()
    k = kim_for(aid)
    lead = x["paras"][0]
    if kd == "tgtrunc":
        sp = [s for s in SPEC if (x["d"]["kab"] == "prov" or KIM[s]["region"] == x["d"]["kab"]) and s not in spec_trunc]
        if sp and R.random() < 0.8:
            k = sp[0]; spec_trunc[k] = aid
        plat, ti, tx = shape("tgtrunc", lead, k, x["title"])
    elif kd == "short":
        s1 = lead.split(" – ", 1)[1]
        w = s1.split()
        cut = R.randint(12, 18)
        body = " ".join(w[:cut]).rstrip(",.") + "."
        plat, ti, tx = shape(R.choice(["fb", "wa", "tg"]), body, k)
    elif kd == "iglead":
        plat, ti, tx = shape("ig", lead, k, x["title"], hashtags(x))
    elif kd == "fbmore":
        w = (lead + " " + x["paras"][1]).split()
        body = " ".join(w[:R.randint(35, 50)]) + "... Lihat selengkapnya"
        plat, ti, tx = shape("fb", body, k)
    elif kd == "ytlead":
        plat, ti, tx = "youtube", R.choice(["VIDEO | ", ""]) + x["title"], lead + "\n\nChapter:\n00:00 Pembuka\n00:20 Liputan\n02:10 Wawancara\n\nKamera: Tim " + KIM[k]["name"] + "\nSubscribe ya 🔔"
    elif kd == "quote":
        body = R.choice(["Pesan penting:", "Kata beliau:", "Simak pesan ini 👇"]) + "\n\n" + x["paras"][1]
        plat, ti, tx = shape(R.choice(["fb", "tg"]), body, k)
    else:
        plat, ti, tx = shape("web", lead + "\n\n" + x["paras"][1], k, x["title"], hashtags(x))
    add(k, plat, ti, tx, t, "excerpt", [aid], "auto:excerpt:" + aid, shape=kd)

# ---- link (40)
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + \
        ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["sid"] * 2 + ["linksonly"] * 2
R.shuffle(FORMS)
link_anns = AIDS[:] + R.sample(AIDS, 40 - len(AIDS)) if len(AIDS) < 40 else R.sample(AIDS, 40)
COMM = ["Info penting, baca selengkapnya 👇", "Simak!", "Ayo baca beritanya", "Kabar terbaru dari pemerintah daerah:", "Selengkapnya:",
        "Baca berita lengkapnya:", "Mantap 👍", "Bagikan ke keluarga ya", "FYI", "Berita hari ini 👇", "Alhamdulillah 🙏"]
def form_url(u, f, wp):
    host = u.split("/")[2]
    if f == "exact": return u
    if f == "http": return u.replace("https://", "http://")
    if f == "www": return u.replace("://", "://www.")
    if f == "m": return u.replace("://", "://m.")
    if f == "slash": return u[:-1] if u.endswith("/") else u + "/"
    if f == "amp": return (u + "amp/") if wp else u + "?utm_source=wa"
    if f == "utm": return u + "?utm_source=" + R.choice(["facebook", "whatsapp", "telegram"]) + "&utm_medium=social"
    if f == "fbclid": return u + "?fbclid=IwAR" + "".join(R.choice("abcdefghijkXYZ0123456789") for _ in range(20))
    if f == "utm+fbclid": return u + "?utm_source=fb&fbclid=IwAR" + "".join(R.choice("abcXYZ0189") for _ in range(16))
    if f == "http-m": return u.replace("https://", "http://m.")
    if f == "www-noscheme": return u.replace("https://", "www.")
    return u
for i, (aid, f) in enumerate(zip(link_anns, FORMS)):
    x = ANN[aid]; t = x["pub"] + delay(); k = kim_for(aid)
    c = R.choice(COMM)
    links = []
    if f == "sid":
        su = "https://s.id/" + "".join(R.choice("abcdefghJKLM0123456789") for _ in range(6))
        tx = c + " " + su
        links = [su, x["url"]]
        plat, ti = "facebook", ""
        tx += "\n\n" + x["url"].split("/")[2].upper() + "\n" + x["title"]
    elif f == "linksonly":
        plat, ti, tx = "facebook", "", c + "\n\n" + x["url"].split("/")[2].upper() + "\n" + x["title"]
        links = [x["url"]]
    else:
        u = form_url(x["url"], f, x["wp"])
        sh = R.choice(["fbshare", "fbshare", "tg", "yt", "web"])
        if sh == "fbshare":
            plat, ti, tx = "facebook", "", c + "\n" + u + ("\n\n" + x["url"].split("/")[2].upper() + "\n" + x["title"] + "\n" + x["paras"][0].split(". ")[0][:150] if R.random() < 0.6 else "")
        elif sh == "tg":
            plat, ti, tx = "telegram", "", x["title"] + "\n" + u
        elif sh == "yt":
            plat, ti, tx = "youtube", "Liputan: " + x["title"], R.choice(["Video singkat kegiatan.", "Dokumentasi KIM."]) + "\n\nBaca berita lengkapnya: " + u + "\n\nSubscribe ya 🔔"
        else:
            plat, ti, tx = shape("web", c + " Selengkapnya: " + u, k, x["title"], hashtags(x))
    add(k, plat, ti, tx, t, "link", [aid], "auto:link:" + aid, links=links, form=f)

# ---- summaries (55): s1 for all 45, s2 for 10
sum_shapes = ["wa"] * 15 + ["tg"] * 13 + ["fb"] * 11 + ["yt"] * 7 + ["ig"] * 7 + ["web"] * 2
R.shuffle(sum_shapes)
items = [(aid, "s1") for aid in AIDS] + [(aid, "s2") for aid in AIDS if ANN[aid]["d"]["s2"]]
spec_ig = set()
for (aid, which), sh in zip(items, sum_shapes):
    x = ANN[aid]; txt = x["d"][which]; k = kim_for(aid)
    t = x["pub"] + delay()
    if which == "s2": t = x["pub"] + timedelta(hours=R.uniform(20, 150))
    many = False
    if sh == "ig":
        sp = [s for s in SPEC if s not in spec_ig and (x["d"]["kab"] == "prov" or KIM[s]["region"] == x["d"]["kab"])]
        if sp: k = sp[0]; spec_ig.add(k); many = True
    plat, ti, tx = shape(sh, txt, k, "", hashtags(x, many), x)
    if plat in ("youtube", "website") and not ti: ti = txt[:70].rsplit(" ", 1)[0]
    add(k, plat, ti, tx, t, "summary", [aid], "anns.py:%d:%s" % (x["d"]["id"], which), shape=sh)

# ---- paraphrases (42): all except three; special KIMs take their own kabupaten's
par_anns = [a for a in AIDS if a not in ("h15-a15", "h15-a27", "h15-a33")]
spec_par = {s: 0 for s in SPEC}
for aid in par_anns:
    x = ANN[aid]; t = x["pub"] + delay()
    sp = [s for s in SPEC if KIM[s]["region"] == x["d"]["kab"] and spec_par[s] < 2]
    k = sp[0] if sp else kim_for(aid)
    if sp: spec_par[k] += 1
    sh = R.choice(["fb"] * 5 + ["tg"] * 2 + ["ig"] * 2 + ["wa"])
    plat, ti, tx = shape(sh, x["d"]["p"], k, "", hashtags(x), x)
    add(k, plat, ti, tx, t, "paraphrase", [aid], "anns.py:%d:p" % x["d"]["id"], shape=sh)

# ---- round-ups (25; 7 with three announcements, 18 with two)
LOCAL = ["Gotong royong bersih saluran air RT 05 Minggu pagi", "Posyandu balita pindah ke hari Kamis", "Lomba azan anak di langgar, daftar ke pengurus",
         "Harga karet pekan ini Rp11.800/kg", "Pengajian ibu-ibu malam Jumat di rumah Bu RT", "Jalan gang diperbaiki swadaya warga",
         "Turnamen voli antar RT dimulai Sabtu", "Jadwal ronda malam diperbarui", "Kerja bakti musala Al-Hidayah",
         "Pemadaman listrik Selasa pagi di wilayah kecamatan", "Pendaftaran TPA sore dibuka", "Harga gabah Rp6.300/kg"]
LAYOUTS = ["bullets"] * 4 + ["numbered"] * 3 + ["pipe"] * 3 + ["paren"] * 3 + ["chapters"] * 3 + ["prose"] * 3 + ["igcap"] * 3 + ["wa"] * 3
R.shuffle(LAYOUTS)
ru_kims = [s for s in SPEC for _ in range(2)] + R.sample(REGULAR, 15)
USED_RU = set()
sizes = [3] * 7 + [2] * 18
R.shuffle(sizes)
for j, (k, lay, n) in enumerate(zip(ru_kims, LAYOUTS, sizes)):
    for _try in range(200):
        T = datetime(2026, 10, R.randint(4, 31), R.randint(8, 21), R.randint(0, 59), tzinfo=WITA)
        cand = [a for a in AIDS if timedelta(hours=2) <= T - ANN[a]["pub"] <= timedelta(days=11)]
        own = [a for a in cand if ANN[a]["d"]["kab"] in ("prov", KIM[k]["region"])]
        if len(cand) < n: continue
        pick = R.sample(own, min(len(own), n))
        pick += R.sample([a for a in cand if a not in pick], n - len(pick))
        if (k, frozenset(pick)) not in USED_RU: break
    USED_RU.add((k, frozenset(pick)))
    pick.sort(key=lambda a: ANN[a]["pub"])
    its = [ANN[a]["d"]["it"] for a in pick]
    loc = R.sample(LOCAL, R.choice([0, 1, 1, 2])) if j % 3 != 2 else []
    allit = its + loc
    R.shuffle(allit)
    hdr = R.choice(["📰 RANGKUMAN INFO PEKAN INI", "Kabar sepekan", "INFO MINGGUAN " + KIM[k]["name"].upper(), "Rangkuman berita minggu ini:"])
    ti = ""
    if lay == "bullets":
        b = R.choice(["🔹", "•", "-", "✅", "👉"]); plat = "facebook"; tx = hdr + "\n\n" + "\n".join(b + " " + s for s in allit)
    elif lay == "numbered":
        plat = R.choice(["facebook", "telegram"]); tx = hdr + "\n\n" + "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(allit))
    elif lay == "pipe":
        plat = R.choice(["facebook", "telegram"]); tx = "KILAS INFO | " + " | ".join(allit) + " |"
    elif lay == "paren":
        plat = "facebook"; tx = hdr + ": " + " ".join("(%d) %s." % (i + 1, s) for i, s in enumerate(allit))
    elif lay == "chapters":
        plat = "youtube"; ti = "KABAR BANUA PEKAN INI | " + KIM[k]["name"]
        tx = "Rangkuman kabar pekan ini.\n\nChapter:\n00:00 Pembuka\n" + "\n".join("%02d:%02d %s" % (1 + 2 * i, R.randint(0, 59), s) for i, s in enumerate(allit)) + "\n\nSubscribe 🔔"
    elif lay == "prose":
        plat = "website"; ti = "Rangkuman Kabar Sepekan"
        tx = shape("web", "Sepekan ini ada beberapa kabar. " + " Selain itu, ".join(s[0].lower() + s[1:] if i else s for i, s in enumerate(allit)) + ".", k, ti)[2]
    elif lay == "igcap":
        plat = "instagram"; tx = "🗞️ KABAR SINGKAT\n\n" + "\n".join("📌 " + s for s in allit) + "\n.\n.\n#KabarSingkat #KIM #Kalsel #InfoWarga"
    else:
        plat = R.choice(["facebook", "telegram"]); tx = "↪️ Diteruskan\n\n*INFO PEKAN INI*\n" + "\n".join("%d) %s" % (i + 1, s) for i, s in enumerate(allit))
    add(k, plat, ti, tx, T, "roundup", pick, "auto:roundup:%d" % j, layout=lay)

# ---- look-alikes
neg_items = [(ANN["h15-a%02d" % a["id"]], kind, off, txt, "anns.py:%d:n[%d]" % (a["id"], i)) for a in A for i, (kind, off, txt) in enumerate(a["n"])]
neg_items += [(ANN["h15-a%02d" % ai], kind, off, txt, "extra.py:NEG[%d]" % i) for i, (ai, kind, off, txt) in enumerate(NEG)]
inact_count = {k: 0 for k in INACT}
DIFF = {"next": "the next stage the release announces, when it happens, with its own figures", "lastyear": "last year's edition",
        "village": "a village's own run with its own figures", "venue": "same venue / office / week, unrelated event",
        "other": "another kabupaten's / kecamatan's edition or another organiser", "kabrel": "another kabupaten's own release about the same provincial programme",
        "day2": "another day of the multi-day event (another event)"}
for x, kind, off, txt, key in neg_items:
    t = x["pub"] + timedelta(hours=off, minutes=R.randint(0, 50))
    reg = x["d"]["kab"]
    inac = [k for k in INACT if (reg == "prov" or KIM[k]["region"] == reg)]
    if inac and R.random() < 0.75:
        k = min(inac, key=lambda z: inact_count[z]); inact_count[k] += 1
    else:
        pool = [k for k in KIM if k not in SPEC]
        c = kims_in(reg, pool) if reg != "prov" else pool
        k = R.choice(c)
    sh = R.choice(["fb"] * 5 + ["wa"] * 2 + ["tg"] * 2 + ["ig", "web", "yt"])
    plat, ti, tx = shape(sh, txt, k, "", hashtags(x), x)
    add(k, plat, ti, tx, t, "negative-topic", [], key, imitates=[x["id"]], differs=DIFF[kind], shape=sh)
# ---- before
bef_items = [(ANN["h15-a%02d" % a["id"]], a["b"][0], a["b"][1], "anns.py:%d:b" % a["id"]) for a in A if a["b"]]
bef_items += [(ANN["h15-a%02d" % ai], hb, txt, "extra.py:BEF[%d]" % i) for i, (ai, hb, txt) in enumerate(BEF)]
for x, hb, txt, key in bef_items:
    t = x["pub"] - timedelta(hours=hb, minutes=R.randint(5, 50))
    reg = x["d"]["kab"]
    inac = [k for k in INACT if (reg == "prov" or KIM[k]["region"] == reg)]
    if inac and R.random() < 0.5:
        k = min(inac, key=lambda z: inact_count[z]); inact_count[k] += 1
    else:
        c = kims_in(reg, REGULAR) if reg != "prov" else REGULAR
        k = R.choice(c)
    sh = R.choice(["fb"] * 4 + ["wa", "tg", "ig"])
    plat, ti, tx = shape(sh, txt, k, "", hashtags(x), x)
    add(k, plat, ti, tx, t, "before", [], key, imitates=[x["id"]], differs="posted before the release about the same event", shape=sh)
# ---- unrelated: 40 hand + 30 template
TPL = ["Harga {c} di pasar {p} hari ini Rp{n}.000 per kilo.", "Jadwal posyandu {p} bulan ini hari {h}, bawa buku KIA.",
       "Kerja bakti RT {r} di {p} hari {h} pagi, bawa alat masing-masing.", "Selamat kepada {p} juara lomba {l} tingkat kecamatan 🏆",
       "Pengajian rutin di musala {p} malam {h}, terbuka untuk umum.", "PLN: padam bergilir di sebagian {p} hari {h} pukul 09.00–13.00."]
PL = ["Kandangan", "Amuntai", "Barabai", "Paringin", "Rantau", "Marabahan", "Pelaihari", "Batulicin", "Tanjung", "Martapura", "Kotabaru"]
unrel = [(s, "extra.py:UNREL[%d]" % i) for i, s in enumerate(UNREL)]
seen = set()
while len(unrel) < 70:
    i = R.randrange(len(TPL))
    s = TPL[i].format(c=R.choice(["cabai", "bawang merah", "ikan patin", "telur", "gula"]), p=R.choice(PL), n=R.randint(12, 70),
                      h=R.choice(HARI), r=R.randint(1, 15), l=R.choice(["gerak jalan", "masak nasi kuning", "kebersihan", "tarik tambang"]))
    if s in seen: continue
    seen.add(s); unrel.append((s, "build.py:TPL[%d]" % i))
for s, key in unrel:
    k = R.choice(list(KIM))
    t = datetime(2026, 9, 25, 7, tzinfo=WITA) + timedelta(minutes=R.randint(0, 56 * 24 * 60))
    sh = R.choice(["fb"] * 6 + ["wa", "tg", "ig", "web"])
    plat, ti, tx = shape(sh, s, k, "", hashtags(None))
    add(k, plat, ti, tx, t, "negative-unrelated", [], key, shape=sh)

# ---------------------------------------------------------------- write
POSTS.sort(key=lambda p: p["t"])
ids = list(range(1, len(POSTS) + 1)); R.shuffle(ids)
for p, i in zip(POSTS, ids): p["id"] = "h15-p%03d" % i
def purl(p):
    k = p["kim"][4:]
    if p["platform"] == "facebook": return "https://www.facebook.com/kim.%s/posts/%d" % (k, 10 ** 15 + R.randint(0, 10 ** 12))
    if p["platform"] == "instagram": return "https://www.instagram.com/p/%s/" % "".join(R.choice("ABCDEFabcdef0123456789_") for _ in range(11))
    if p["platform"] == "telegram": return "https://t.me/kim_%s/%d" % (k.replace("-", "_"), R.randint(100, 3000))
    if p["platform"] == "youtube": return "https://www.youtube.com/watch?v=%s" % "".join(R.choice("ABCDEFGHabcdefgh0123456789-_") for _ in range(11))
    return "https://kim-%s.desa.id/%s/" % (k, slug(p["title"]))
def w(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
w("announcements.jsonl", [dict(id=x["id"], source=x["src"], url=x["url"], title=x["title"], text="\n\n".join(x["paras"]),
                                 published_at=x["pub"].isoformat()) for x in ANN.values()])
w("posts.jsonl", [dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=purl(p), title=p["title"], text=p["text"],
                       published_at=p["t"].replace(microsecond=0).isoformat(), links=p["links"]) for p in POSTS])
# Corrections after the set's one measurement (bench/results/matching.md, "Ninth round"), each a
# label a reader would not accept; the texts stay as written. anns.py:14:n[1] was written as a
# look-alike of h15-a14 (the provincial contest) "by another organiser", but its words are
# h15-a15's own news (Tabalong's contest: Desa Kasiau juara I of 8 desa, Rp50 juta), two days later.
CORRECTIONS = {"anns.py:14:n[1]": (["h15-a15"], "summary")}
for p in POSTS:
    if p["key"] in CORRECTIONS:
        p["gold"], p["style"] = CORRECTIONS[p["key"]]
        p["differs"] = "corrected: a relay of h15-a15 (see CORRECTIONS in build.py)"
w("labels.jsonl", [dict(post=p["id"], announcements=p["gold"], style=p["style"]) for p in POSTS])
km = {}
for p in POSTS:
    e = dict(line=p["key"], style=p["style"], gold=p["gold"])
    for f_ in ("shape", "ops", "form", "layout", "imitates", "differs"):
        if f_ in p: e[f_] = p[f_]
    km[p["id"]] = e
json.dump(km, open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in KIM.values():
        f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % (k["id"], k["name"], k["region"], k["district"], k["village"]))
print("posts", len(POSTS), "inactive look-alike counts", inact_count)
