#!/usr/bin/env python3
"""Deterministic generator for heldout16 (seed fixed). Reads anns.py and extra.py, writes
announcements.jsonl, posts.jsonl, labels.jsonl, kims.yaml and keymap.json."""
import json, os, random, re, sys
from datetime import datetime, timedelta
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from anns import ANNS
from extra import NEG, BEF, S2, UNREL
from paras_extra import P3
SEED = 2026120616
R = random.Random(SEED)
TZ = "+08:00"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
END = datetime(2026, 12, 5, 21, 0); START = datetime(2026, 10, 28, 6, 0)

# ---------------- sources ----------------
SRC = {  # name: (host, shape, site name, kab short)
 "dinkes-kalsel": ("dinkes.kalselprov.go.id", "wp", "DINKES KALSEL"),
 "disdik-kalsel": ("disdikbud.kalselprov.go.id", "wp", "DISDIKBUD KALSEL"),
 "distanbun-kalsel": ("distanbun.kalselprov.go.id", "wp", "DISTANBUN KALSEL"),
 "dkp-kalsel": ("dkp.kalselprov.go.id", "wp", "DKP KALSEL"),
 "bpbd-kalsel": ("bpbd.kalselprov.go.id", "wp", "BPBD KALSEL"),
 "dishub-kalsel": ("dishub.kalselprov.go.id", "wp", "DISHUB KALSEL"),
 "disnakertrans-kalsel": ("disnakertrans.kalselprov.go.id", "wp", "DISNAKERTRANS KALSEL"),
 "pemkot-banjarmasin": ("banjarmasinkota.go.id", "ymhtml", "PEMKO BANJARMASIN"),
 "pemkot-banjarbaru": ("banjarbarukota.go.id", "wp", "PEMKO BANJARBARU"),
 "pemkab-banjar": ("banjarkab.go.id", "wp", "PEMKAB BANJAR"),
 "pemkab-tanah-laut": ("tanahlautkab.go.id", "berita", "PEMKAB TANAH LAUT"),
 "pemkab-tapin": ("tapinkab.go.id", "berita", "PEMKAB TAPIN"),
 "pemkab-hss": ("hulusungaiselatankab.go.id", "ymhtml", "PEMKAB HSS"),
 "pemkab-hst": ("hstkab.go.id", "wp", "PEMKAB HST"),
 "pemkab-hsu": ("hsu.go.id", "berita", "PEMKAB HSU"),
 "pemkab-balangan": ("balangankab.go.id", "detail", "PEMKAB BALANGAN"),
 "pemkab-tabalong": ("tabalongkab.go.id", "wp", "PEMKAB TABALONG"),
 "pemkab-batola": ("baritokualakab.go.id", "detail", "PEMKAB BARITO KUALA"),
 "pemkab-tanbu": ("tanahbumbukab.go.id", "num", "PEMKAB TANAH BUMBU"),
 "pemkab-kotabaru": ("kotabarukab.go.id", "num", "PEMKAB KOTABARU"),
}
KABNAME = {"bjm": "Banjarmasin", "bjb": "Banjarbaru", "bjr": "Kabupaten Banjar", "tala": "Tanah Laut", "tapin": "Tapin",
           "hss": "HSS", "hst": "HST", "hsu": "HSU", "blg": "Balangan", "tbl": "Tabalong", "btl": "Batola", "tbu": "Tanah Bumbu",
           "ktb": "Kotabaru", "prov": "Kalsel"}

def slug(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return "-".join(s.split("-")[:9])

def ts(s): return datetime.strptime(s, "%Y-%m-%d %H:%M")
def iso(d): return d.strftime("%Y-%m-%dT%H:%M:%S") + TZ

def render_dates(text, year=2026):
    def d(m):
        dd, mm = map(int, m.group(1).split("/")); w = HARI[datetime(year, mm, dd).weekday()]
        return "%s (%d/%d/%d)" % (w, dd, mm, year)
    return re.sub(r"\{d:(\d+/\d+)\}", d, text)

# ---------------- announcements ----------------
A = {}
for a in ANNS:
    host, shape, site = SRC[a["src"]]
    pub = ts(a["pub"]); sl = slug(a["title"])
    if shape == "wp": url = "https://%s/%d/%02d/%02d/%s/" % (host, pub.year, pub.month, pub.day, sl)
    elif shape == "ymhtml": url = "https://%s/%d/%02d/%s.html" % (host, pub.year, pub.month, sl)
    elif shape == "berita": url = "https://%s/berita/%s" % (host, sl)
    elif shape == "detail": url = "https://%s/berita/detail/%s" % (host, sl)
    else: url = "https://%s/berita/%d/%s" % (host, 4100 + a["id"] * 7, sl)
    paras = [render_dates(p) for p in a["t"]]
    paras = paras[:2] + [P3[a["id"]]] + paras[2:]
    dash = "\u2013"
    text = "%s %s %s\n\n%s\n\n%s\n\n%s %s" % (a["dl"], dash, paras[0], paras[1], paras[2], paras[3], a["tag"])
    A[a["id"]] = dict(a, aid="h16-a%02d" % a["id"], url=url, text=text, paras=paras, pubdt=pub, wp=(shape == "wp"),
                      site=site, host=host)

# ---------------- KIMs ----------------
KIMS = [  # id, region, district, village, kab, role
 ("kuin-cerucuk", "Kota Banjarmasin", "Banjarmasin Utara", "Kuin Cerucuk", "bjm", "n"),
 ("pekapuran-raya", "Kota Banjarmasin", "Banjarmasin Timur", "Pekapuran Raya", "bjm", "n"),
 ("basirih-selatan", "Kota Banjarmasin", "Banjarmasin Selatan", "Basirih Selatan", "bjm", "n"),
 ("guntung-manggis", "Kota Banjarbaru", "Landasan Ulin", "Guntung Manggis", "bjb", "n"),
 ("loktabat-utara", "Kota Banjarbaru", "Banjarbaru Utara", "Loktabat Utara", "bjb", "n"),
 ("syamsudin-noor", "Kota Banjarbaru", "Landasan Ulin", "Syamsudin Noor", "bjb", "n"),
 ("guntung-payung", "Kota Banjarbaru", "Landasan Ulin", "Guntung Payung", "bjb", "i"),
 ("pasayangan", "Kabupaten Banjar", "Martapura", "Pasayangan", "bjr", "n"),
 ("astambul-kota", "Kabupaten Banjar", "Astambul", "Astambul Kota", "bjr", "n"),
 ("aranio", "Kabupaten Banjar", "Aranio", "Aranio", "bjr", "n"),
 ("mataraman", "Kabupaten Banjar", "Mataraman", "Mataraman", "bjr", "i"),
 ("bati-bati", "Kabupaten Tanah Laut", "Bati-Bati", "Bati-Bati", "tala", "n"),
 ("asam-asam", "Kabupaten Tanah Laut", "Jorong", "Asam Asam", "tala", "s"),
 ("kurau", "Kabupaten Tanah Laut", "Kurau", "Kurau", "tala", "n"),
 ("takisung", "Kabupaten Tanah Laut", "Takisung", "Takisung", "tala", "i"),
 ("banua-halat-kiri", "Kabupaten Tapin", "Tapin Utara", "Banua Halat Kiri", "tapin", "n"),
 ("pualam-sari", "Kabupaten Tapin", "Binuang", "Pualam Sari", "tapin", "n"),
 ("tambarangan", "Kabupaten Tapin", "Tapin Selatan", "Tambarangan", "tapin", "n"),
 ("karang-jawa", "Kabupaten Hulu Sungai Selatan", "Padang Batung", "Karang Jawa", "hss", "n"),
 ("hamalau", "Kabupaten Hulu Sungai Selatan", "Sungai Raya", "Hamalau", "hss", "n"),
 ("malinau", "Kabupaten Hulu Sungai Selatan", "Loksado", "Malinau", "hss", "i"),
 ("birayang", "Kabupaten Hulu Sungai Tengah", "Batang Alai Selatan", "Birayang", "hst", "n"),
 ("pandawan", "Kabupaten Hulu Sungai Tengah", "Pandawan", "Pandawan", "hst", "n"),
 ("hantakan", "Kabupaten Hulu Sungai Tengah", "Hantakan", "Hantakan", "hst", "s"),
 ("sungai-malang", "Kabupaten Hulu Sungai Utara", "Amuntai Tengah", "Sungai Malang", "hsu", "n"),
 ("banyu-hirang", "Kabupaten Hulu Sungai Utara", "Amuntai Selatan", "Banyu Hirang", "hsu", "n"),
 ("paminggir", "Kabupaten Hulu Sungai Utara", "Paminggir", "Paminggir", "hsu", "i"),
 ("paringin-kota", "Kabupaten Balangan", "Paringin", "Paringin Kota", "blg", "n"),
 ("juai", "Kabupaten Balangan", "Juai", "Juai", "blg", "s"),
 ("halong", "Kabupaten Balangan", "Halong", "Halong", "blg", "n"),
 ("pembataan", "Kabupaten Tabalong", "Murung Pudak", "Pembataan", "tbl", "n"),
 ("jaro", "Kabupaten Tabalong", "Jaro", "Jaro", "tbl", "n"),
 ("tanta", "Kabupaten Tabalong", "Tanta", "Tanta", "tbl", "s"),
 ("berangas-timur", "Kabupaten Barito Kuala", "Alalak", "Berangas Timur", "btl", "n"),
 ("belawang", "Kabupaten Barito Kuala", "Belawang", "Belawang", "btl", "s"),
 ("marabahan-kota", "Kabupaten Barito Kuala", "Marabahan", "Marabahan Kota", "btl", "n"),
 ("kota-pagatan", "Kabupaten Tanah Bumbu", "Kusan Hilir", "Kota Pagatan", "tbu", "n"),
 ("sungai-danau", "Kabupaten Tanah Bumbu", "Satui", "Sungai Danau", "tbu", "n"),
 ("batulicin", "Kabupaten Tanah Bumbu", "Batulicin", "Batulicin", "tbu", "n"),
 ("semayap", "Kabupaten Kotabaru", "Pulau Laut Utara", "Semayap", "ktb", "n"),
 ("sebelimbingan", "Kabupaten Kotabaru", "Pulau Laut Utara", "Sebelimbingan", "ktb", "i"),
]
K = {("kim-" + k[0]): dict(id="kim-" + k[0], region=k[1], district=k[2], village=k[3], kab=k[4], role=k[5], name="KIM " + k[3]) for k in KIMS}
INACT = [k for k in K if K[k]["role"] == "i"]; SPEC = [k for k in K if K[k]["role"] == "s"]
NORMAL = [k for k in K if K[k]["role"] == "n"]
_rr = {}
def pick_normal(kab):
    pool = [k for k in NORMAL if K[k]["kab"] == kab] if kab != "prov" else NORMAL
    i = _rr.get(kab, R.randrange(len(pool))); _rr[kab] = i + 1
    return pool[i % len(pool)]

# ---------------- text helpers ----------------
def nsay(n):
    w = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
    if n < 12: return w[n]
    if n < 20: return w[n - 10] + " belas"
    if n < 100: return w[n // 10] + " puluh" + (" " + w[n % 10] if n % 10 else "")
    if n < 200: return "seratus" + (" " + nsay(n - 100) if n > 100 else "")
    if n < 1000: return w[n // 100] + " ratus" + (" " + nsay(n % 100) if n % 100 else "")
    return str(n)

ABBR = [(r"\byang\b", "yg"), (r"\bdengan\b", "dgn"), (r"\buntuk\b", "utk"), (r"\bsudah\b", "sdh"), (r"\btidak\b", "tdk"),
        (r"\bkepada\b", "kpd"), (r"\bKabupaten\b", "Kab."), (r"\bKecamatan\b", "Kec."), (r"\bdan\b", "&"), (r"\bbulan\b", "bln")]
def op_abbr(t, r):
    for pat, rep in r.sample(ABBR, 4): t = re.sub(pat, rep, t)
    return t
def op_typo(t, r):
    words = t.split(" "); idx = [i for i, w in enumerate(words) if re.fullmatch(r"[a-z]{6,}", w)]
    for i in r.sample(idx, min(len(idx), r.randint(1, 3))):
        w = words[i]; j = r.randrange(1, len(w) - 2); words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)
def op_words(t, r):
    def rep(m):
        n = int(m.group(1)); return nsay(n) + m.group(2)
    return re.sub(r"(?<![\d.,/(])\b(\d{1,3})\b(?![\d.,/)%])(\s(?:warga|siswa|grup|pesilat|desa|bus|sekolah|kelompok|pelajar|orang|RT|unit|hektare|jiwa|nelayan|armada|minibus|ahli|peserta|rumah|pos|perahu|paket|kecamatan|kabupaten|hari|emas|ZoSS))", rep, t)
def op_quotes(t, r): return t.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
def op_tag(t, r): return re.sub(r"\s*\([a-z\-]+/[a-z]+\)\s*$", "", t)
def op_collapse(t, r): return t.replace("\n\n", " ")
def op_dateline(t, r, kim=None, dl=""):
    nd = r.choice(["%s (KIM) -" % dl.title(), "(%s) \u2013" % kim["name"], "%s, KIM \u2013" % dl])
    return re.sub(r"^[A-Z ]+ \u2013", nd, t, count=1)
def op_reldate(t, r, post=None):
    def rep(m):
        w, dd, mm = m.group(1), int(m.group(2)), int(m.group(3))
        ev = datetime(2026, mm, dd); delta = (post.date() - ev.date()).days
        if delta == 0: return "hari ini (%d/%d)" % (dd, mm)
        if delta == 1: return "kemarin"
        if 1 < delta < 7: return "%s lalu (%d/%d)" % (w, dd, mm)
        if delta == -1: return "besok"
        return "tgl %d/%d" % (dd, mm)
    return re.sub(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/2026\)", rep, t)
OPS = {"abbr": op_abbr, "typo": op_typo, "words": op_words, "quotes": op_quotes, "tag": op_tag, "collapse": op_collapse}

GREET = ["Assalamualaikum warga \ud83d\ude4f", "Good morning all \ud83c\udf1e", "Hello guys \ud83d\udc4b", "Bismillah.", "Salam sehat dangsanak \ud83d\ude4f",
         "Selamat pagi warga \ud83c\udf3f", "Assalamu'alaikum wr. wb.", "Halo gaes!"]
OUTRO = ["Jazakumullah khairan \ud83d\ude4f", "Thank you \ud83d\ude4f", "Semoga bermanfaat.", "Mohon disebarkan ke keluarga.", "Salam KIM \ud83d\udce2", "Terima kasih."]
MENUS = ["Beranda | Profil | Berita | Galeri | Kontak", "Home \u00bb Berita \u00bb Pemerintahan", "Beranda | Profil Desa | Berita | Potensi | Hubungi Kami",
         "Home | Berita | Agenda | Tentang KIM"]
BACA = ["Gotong Royong Bersihkan Langgar Jelang Maulid", "Harga Karet Turun Lagi Pekan Ini", "Posyandu Remaja Kembali Aktif",
        "Turnamen Voli Antar-RT Memasuki Final", "Pelatihan Kue Tradisional Ibu-Ibu PKK", "Jadwal Pengajian Bulan Ini"]

def hashtags(a, k, n):
    base = a["tags"].split() if a else []
    extra = ["#KIM%s" % k["village"].replace(" ", "").replace("-", ""), "#InfoDesa", "#Kalsel", "#KalimantanSelatan", "#BanuaKita",
             "#InfoWarga", "#KIM", "#BeritaDesa", "#Diskominfo", "#InfoTerkini", "#KabarBanua", "#%s" % k["district"].replace(" ", "").replace("-", ""),
             "#Banjar", "#InfoPublik", "#WargaCerdas", "#SebarKebaikan", "#MediaKIM"]
    out = []
    for h in base + extra:
        if h not in out: out.append(h)
    return " ".join(out[:n])

def handle(k): return k["id"].replace("kim-", "kim")

# post URL per platform
_used = set()
def post_url(k, plat, r, title=""):
    while True:
        if plat == "facebook": u = "https://www.facebook.com/%s/posts/%d" % (handle(k), r.randrange(10**15, 10**16))
        elif plat == "instagram": u = "https://www.instagram.com/p/%s/" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_") for _ in range(11))
        elif plat == "telegram": u = "https://t.me/%s/%d" % (handle(k), r.randrange(100, 4000))
        elif plat == "youtube": u = "https://www.youtube.com/watch?v=%s" % "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(11))
        else: u = "https://%s.desa.id/berita/%s" % (k["id"].replace("kim-", ""), slug(title or "kabar-desa") + "-%d" % r.randrange(10, 99))
        if u not in _used: _used.add(u); return u

# ---------------- shapes ----------------
def sh_fb(body, k, r, a=None):
    return "facebook", "", "%s\n\n\ud83d\udce2 *INFO* \ud83d\udce2\n\n%s\n\n%s" % (r.choice(GREET), body, r.choice(OUTRO))
def sh_fbplain(body, k, r, a=None): return "facebook", "", body
def sh_wa(body, k, r, a=None, title=None):
    head = r.choice(["\u21aa\ufe0f Diteruskan", "*Diteruskan berkali-kali*", "Forward dari grup sebelah \ud83d\udc47", "Dari grup WA RT \ud83d\udc47"])
    t = head + "\n\n" + ("*%s*\n\n" % title.upper() if title else "") + body + "\n\n" + r.choice(["_Mohon disebarkan_", "_Semoga bermanfaat_", "_Share ke grup keluarga_"])
    return r.choice(["facebook", "telegram"]), "", t
def sh_tg(body, k, r, a=None, title=None):
    src = "Info %s" % (KABNAME[a["kab"]] if a else KABNAME[k["kab"]])
    return "telegram", "", "Forwarded from %s\n%s%s" % (src, (title + "\n\n") if title else "", body)
def sh_ig(body, k, r, a=None, title=None, ntags=None):
    n = ntags or r.choice([3, 4, 5, 6, 11, 13, 15])
    t = ("%s\n\n" % title.upper() if title else "") + body + "\n\n" + r.choice(["\u2705 Info lengkap: link di bio", "\ud83d\udccd %s" % k["village"], "\u2705 Simak dan bagikan"]) + "\n\n" + hashtags(a, k, n)
    return "instagram", "", t
def sh_yt(body, k, r, a=None, title=None):
    t = r.choice(["VIDEO | ", "Liputan: ", "LIVE | ", ""]) + (title or body.split("\n")[0][:80])
    ch = "00:00 Pembuka\n00:%02d Liputan\n0%d:%02d Wawancara\n0%d:%02d Penutup" % (r.randint(20, 59), r.randint(1, 3), r.randint(0, 59), r.randint(4, 6), r.randint(0, 59))
    d = body + "\n\n" + ch + "\n\nKamera: Tim %s\nJangan lupa subscribe, like dan share \ud83d\udd14" % k["name"]
    return "youtube", t, d
def sh_web(body, k, r, a=None, title=None, src_line=""):
    t = title or body.split(".")[0][:90]
    d = "%s\n\n%s\n\nOleh Admin %s \u00b7 %d Komentar\n\n%s%s\n\nBaca juga: %s\n\nBagikan: Facebook Twitter WhatsApp Telegram\nTags: %s" % (
        r.choice(MENUS), t, k["name"], r.randint(0, 4), body, ("\n\n" + src_line) if src_line else "", r.choice(BACA),
        ", ".join(x.lstrip("#") for x in hashtags(a, k, 3).split()))
    return "website", t, d
def sh_tgtrunc(full, k, r, a=None):
    n = r.randint(185, 215); cut = full[:n].rsplit(" ", 1)[0].rstrip(",.;:")
    return "telegram", "", cut + "\u2026"
def sh_short(body, k, r, a=None): return r.choice(["facebook", "telegram"]), "", body

def shape_generic(kind, body, k, r, a=None):
    if kind == "fb": return sh_fb(body, k, r, a)
    if kind == "plain": return sh_fbplain(body, k, r, a)
    if kind == "wa": return sh_wa(body, k, r, a)
    if kind == "tg": return "telegram", "", body
    if kind == "tgfwd": return sh_tg(body, k, r, a)
    if kind == "ig": return sh_ig(body, k, r, a)
    if kind == "yt": return sh_yt(body, k, r, a, title=body.split(".")[0][:70])
    if kind == "web": return sh_web(body, k, r, a)
    raise ValueError(kind)

POSTS = []  # dict(kim, platform, title, text, links, dt, style, gold, key)
def add(k, plat, title, text, links, dt, style, gold, key, **meta):
    if dt > END: dt = END - timedelta(minutes=R.randint(5, 600))
    if dt < START: dt = START + timedelta(minutes=R.randint(5, 600))
    POSTS.append(dict(kim=k["id"], platform=plat, title=title, text=text, links=links, dt=dt, style=style, gold=gold, key=key, meta=meta))

def gold_delay(a, lo=0.3, hi=15 * 24):
    import math
    h = math.exp(R.uniform(math.log(lo), math.log(hi)))
    if R.random() < 0.45: h = R.uniform(2, 40)
    dt = a["pubdt"] + timedelta(hours=h)
    lim = min(END, a["pubdt"] + timedelta(days=19))
    if dt > lim: dt = a["pubdt"] + timedelta(hours=R.uniform(0.3, max(0.5, (lim - a["pubdt"]).total_seconds() / 3600 - 0.5)))
    return dt.replace(second=R.randint(0, 59))

ids = sorted(A)
# ---------------- copy ----------------
copy_anns = sorted(R.sample(ids, 35)); excerpt_anns = sorted(R.sample(ids, 35)); link_anns = sorted(R.sample(ids, 40))
COPYSH = ["wa"] * 9 + ["web"] * 7 + ["fb"] * 7 + ["tg"] * 6 + ["ig"] * 6; R.shuffle(COPYSH)
for i, n in enumerate(copy_anns):
    a = A[n]; k = K[pick_normal(a["kab"])]; dt = gold_delay(a); sh = COPYSH[i]
    ops = R.sample(["abbr", "typo", "words", "quotes", "tag", "collapse", "dateline", "reldate"], R.randint(1, 3))
    t = a["text"]
    for o in ops:
        if o == "dateline": t = op_dateline(t, R, k, a["dl"])
        elif o == "reldate": t = op_reldate(t, R, dt)
        else: t = OPS[o](t, R)
    links = []
    if sh == "wa": plat, title, text = sh_wa(t, k, R, a, title=a["title"])
    elif sh == "web":
        sl = R.choice(["url", "bare", "rilis"])
        src_line = {"url": "Sumber: " + a["url"], "bare": "Sumber: " + a["host"], "rilis": "Sumber: rilis resmi %s" % a["site"].title()}[sl]
        if sl == "url": links = [a["url"]]
        plat, title, text = sh_web(t, k, R, a, title=a["title"], src_line=src_line)
    elif sh == "fb": plat, title, text = sh_fb(t, k, R, a)
    elif sh == "tg": plat, title, text = sh_tg(t, k, R, a, title=a["title"])
    else: plat, title, text = sh_ig(t, k, R, a, title=a["title"])
    add(k, plat, title, text, links, dt, "copy", [n], "auto:copy:a%02d" % n, shape=sh, ops=ops)

# ---------------- excerpt ----------------
EXSH = ["tgtrunc"] * 9 + ["short"] * 6 + ["ig"] * 5 + ["fbmore"] * 5 + ["yt"] * 4 + ["quote"] * 3 + ["web"] * 3; R.shuffle(EXSH)
spec_cycle = iter(SPEC * 3)
for i, n in enumerate(excerpt_anns):
    a = A[n]; sh = EXSH[i]; dt = gold_delay(a)
    lead = "%s \u2013 %s" % (a["dl"], a["paras"][0])
    if sh == "tgtrunc" and i % 2 == 0:
        k = K[next(spec_cycle)]
    else:
        k = K[pick_normal(a["kab"])]
    if sh == "tgtrunc": plat, title, text = sh_tgtrunc(a["title"] + "\n\n" + lead, k, R, a)
    elif sh == "short":
        first = re.split(r"\. |, ", a["paras"][0])[0]
        fw = first.split(); ws = fw[:R.randint(12, 18)]
        end = R.choice(["...", ".", " (sumber: humas)"]) if len(ws) == len(fw) else R.choice(["...", "\u2026"])
        plat, title, text = sh_short(" ".join(ws).rstrip(",.") + end, k, R, a)
    elif sh == "ig": plat, title, text = sh_ig(lead, k, R, a, title=a["title"])
    elif sh == "fbmore":
        q = " ".join(a["paras"][1].split()[:R.randint(12, 20)])
        plat, title, text = "facebook", "", lead + "\n\n" + q + "... Lihat selengkapnya"
    elif sh == "yt": plat, title, text = sh_yt(lead, k, R, a, title=a["title"])
    elif sh == "quote":
        intro = R.choice(["Pesan penting dari pemerintah daerah:", "Simak kata pejabat kita soal ini \ud83d\udc47", "Kutipan hari ini:"])
        plat, title, text = "facebook", "", intro + "\n\n" + a["paras"][1]
    else: plat, title, text = sh_web(lead, k, R, a, title=a["title"], src_line="Selengkapnya di situs resmi %s." % a["site"].title())
    add(k, plat, title, text, [], dt, "excerpt", [n], "auto:excerpt:a%02d" % n, shape=sh)

# ---------------- link ----------------
def url_form(a, form, r):
    u = a["url"]
    if form == "exact": return u
    if form == "http": return u.replace("https://", "http://")
    if form == "www": return u.replace("https://", "https://www.")
    if form == "m": return u.replace("https://", "https://m.")
    if form == "slash": return u[:-1] if u.endswith("/") else u + "/"
    if form == "amp": return (u + "amp/") if a["wp"] else u + "?utm_source=wa"
    if form == "utm": return u + "?utm_source=%s&utm_medium=social" % r.choice(["facebook", "whatsapp", "telegram"])
    if form == "fbclid": return u + "?fbclid=IwAR%s" % "".join(r.choice("abcdefghijkABCDEFGH0123456789_") for _ in range(24))
    if form == "utm+fbclid": return u + "?utm_source=fb&fbclid=IwAR%s" % "".join(r.choice("abcdefABCDEF0123456789") for _ in range(20))
    if form == "http-m": return u.replace("https://", "http://m.")
    if form == "www-noscheme": return u.replace("https://", "www.")
    return u
FORMS = ["exact"] * 4 + ["http"] * 4 + ["www"] * 4 + ["m"] * 3 + ["slash"] * 4 + ["amp"] * 3 + ["utm"] * 4 + ["fbclid"] * 4 + ["utm+fbclid"] * 2 + ["http-m"] * 2 + ["www-noscheme"] * 2 + ["sid"] * 2 + ["onlylinks"] * 2
R.shuffle(FORMS)
COMMENTS = ["Info penting, silakan dibaca \ud83d\udc47", "Baca selengkapnya di sini:", "Bagikan ke warga ya.", "Kabar terbaru dari pemda kita.",
            "Cek link berikut dangsanak.", "Semoga bermanfaat \ud83d\ude4f", "Simak beritanya.", "Mantap, silakan dibaca.", "Penting untuk warga!",
            "FYI gaes \ud83d\udc47", "Baca juga info ini:", "Sampaikan ke keluarga yang memerlukan."]
for i, n in enumerate(link_anns):
    a = A[n]; k = K[pick_normal(a["kab"])]; dt = gold_delay(a); form = FORMS[i]
    c = R.choice(COMMENTS); kind = R.choice(["fbshare", "fbshare", "fbshare", "tg", "yt", "web"])
    if form == "sid":
        su = "https://s.id/%s" % "".join(R.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
        text = "%s\n%s\n\n%s\n%s" % (c, su, a["site"], a["title"]); links = [su, a["url"]]; plat, title = "facebook", ""; kind = "fbshare-sid"
    elif form == "onlylinks":
        text = "%s\n\n%s\n%s" % (c, a["site"], a["title"]); links = [a["url"]]; plat, title = "facebook", ""; kind = "fbshare-preview-only"
    else:
        u = url_form(a, form, R); links = [u]
        first = a["paras"][0].split(". ")[0] + "."
        if kind == "fbshare":
            text = "%s\n%s" % (c, u) + (("\n\n%s\n%s\n%s" % (a["site"], a["title"], first)) if R.random() < 0.6 else ""); plat, title = "facebook", ""
        elif kind == "tg": text = "%s\n\n%s\n%s" % (a["title"], c, u); plat, title = "telegram", ""
        elif kind == "yt":
            plat, title, text = sh_yt("Liputan singkat.\n\nBaca berita lengkapnya: %s" % u, k, R, a, title=a["title"])
        else:
            plat, title, text = sh_web("%s\n\nSelengkapnya: %s" % (c, u), k, R, a, title=a["title"])
    add(k, plat, title, text, links, dt, "link", [n], "auto:link:a%02d" % n, form=form, shape=kind)

# ---------------- summary ----------------
SUMSH = ["wa"] * 15 + ["tg"] * 13 + ["fb"] * 11 + ["yt"] * 7 + ["ig"] * 7 + ["web"] * 2; R.shuffle(SUMSH)
S2D = {1: 120, 7: 144, 19: 15, 31: 150, 43: 100, 2: 120, 11: 30, 22: 18.5, 25: 33, 37: 30}
summ = [(n, A[n]["s"], "s1") for n in ids] + [(n, A[n]["s2"], "s2") for n in ids if A[n].get("s2")] + [(n, t, "S2") for n, t in S2]
ig_heavy = 0
for i, (n, s, tag) in enumerate(summ):
    a = A[n]; sh = SUMSH[i % len(SUMSH)]
    dt = a["pubdt"] + timedelta(hours=S2D[n] + R.uniform(-0.5, 0.5)) if tag != "s1" else gold_delay(a)
    if sh == "ig" and ig_heavy < 4:
        k = K[SPEC[ig_heavy % len(SPEC)]]; ig_heavy += 1
        plat, title, text = sh_ig(s, k, R, a, ntags=R.randint(11, 17)); sh = "ig-heavy"
    else:
        k = K[pick_normal(a["kab"])]
        if sh == "wa": plat, title, text = sh_wa(s, k, R, a)
        elif sh == "tg": plat, title, text = (sh_tg(s, k, R, a) if R.random() < 0.5 else ("telegram", "", s))
        elif sh == "fb": plat, title, text = (sh_fb(s, k, R, a) if R.random() < 0.4 else ("facebook", "", s))
        elif sh == "yt": plat, title, text = sh_yt(s, k, R, a, title=a["it"])
        elif sh == "ig": plat, title, text = sh_ig(s, k, R, a, ntags=R.randint(3, 6))
        else: plat, title, text = sh_web(s, k, R, a, title=a["it"])
    add(k, plat, title, text, [], dt, "summary", [n], "anns.py:a%02d:%s" % (n, tag) if tag != "S2" else "extra.py:S2:a%02d" % n, shape=sh)

# ---------------- paraphrase ----------------
PCON = {22: (8, 14), 6: (0.5, 6), 19: (0.5, 8)}
PSH = ["fb"] * 24 + ["tg"] * 12 + ["ig"] * 4 + ["wa"] * 2 + ["fb"] * 3; R.shuffle(PSH)
para_anns = sorted(R.sample(ids, 42))
spec_by_kab = {K[s]["kab"]: s for s in SPEC}
for i, n in enumerate(para_anns):
    a = A[n]; sh = PSH[i]
    if a["kab"] in spec_by_kab and R.random() < 0.9: k = K[spec_by_kab[a["kab"]]]
    elif a["kab"] == "prov" and R.random() < 0.35: k = K[R.choice(SPEC)]
    else: k = K[pick_normal(a["kab"])]
    dt = (a["pubdt"] + timedelta(hours=R.uniform(*PCON[n]))) if n in PCON else gold_delay(a)
    body = a["p"]
    if sh == "fb": plat, title, text = "facebook", "", body
    elif sh == "tg": plat, title, text = "telegram", "", body
    elif sh == "ig": plat, title, text = sh_ig(body, k, R, a, ntags=R.randint(3, 6))
    else: plat, title, text = sh_wa(body, k, R, a)
    add(k, plat, title, text, [], dt, "paraphrase", [n], "anns.py:a%02d:p" % n, shape=sh)
# make sure every special KIM has at least one paraphrase
for s in SPEC:
    if not any(p["kim"] == s and p["style"] == "paraphrase" for p in POSTS):
        for p in POSTS:
            if p["style"] == "paraphrase" and A[p["gold"][0]]["kab"] == "prov" and p["kim"] not in SPEC:
                p["kim"] = s; break

# ---------------- round-ups ----------------
LOCAL = ["Gotong royong bersih langgar Jumat pagi di RT 3", "Harga karet di pengepul Rp11.500/kg", "Posyandu Kamis di rumah kader",
         "Final voli antar-RT Sabtu sore", "Pemadaman listrik Sabtu 08.00-14.00", "Pengajian malam Jumat di Masjid Al-Ikhlas",
         "Lomba burung kicau Minggu di lapangan desa", "Pasar malam kecamatan buka sampai Minggu"]
LAYOUTS = ["bullets"] * 4 + ["numbered"] * 3 + ["pipe"] * 3 + ["paren"] * 3 + ["chapters"] * 3 + ["prose"] * 3 + ["igcap"] * 3 + ["wa"] * 3
R.shuffle(LAYOUTS)
rk = SPEC * 2 + [R.choice(NORMAL) for _ in range(15)]
sizes = [3] * 7 + [2] * 18; R.shuffle(sizes)
for j in range(25):
    k = K[rk[j]]; lay = LAYOUTS[j]; size = sizes[j]
    for _ in range(500):
        T = START + timedelta(days=R.uniform(11, 38), hours=R.uniform(0, 12))
        if T > END: continue
        cand = [n for n in ids if timedelta(hours=1) <= T - A[n]["pubdt"] <= timedelta(days=12)]
        own = [n for n in cand if A[n]["kab"] in (k["kab"], "prov")]
        pool = own if len(own) >= size else cand
        if len(pool) >= size: break
    local_own = [n for n in pool if A[n]["kab"] == k["kab"]]
    first = R.sample(local_own, min(len(local_own), R.randint(1, size - 1))) if local_own else []
    rest = [n for n in pool if n not in first]
    sel = sorted(first + R.sample(rest, size - len(first)), key=lambda n: A[n]["pubdt"])
    items = [A[n]["it"] for n in sel]
    loc = R.sample(LOCAL, R.randint(1, 2)) if j % 2 == 0 else []
    allit = items + loc; R.shuffle(allit) if loc else None
    name = k["name"]
    if lay == "bullets":
        b = R.choice(["\ud83d\udd39", "\u2022", "-", "\u2705", "\ud83d\udc49"])
        text = "\ud83d\udcf0 RANGKUMAN INFO PEKAN INI\n\n" + "\n".join("%s %s" % (b, x) for x in allit) + "\n\nSalam %s" % name; plat, title = "facebook", ""
    elif lay == "numbered":
        text = "Info sepekan dari %s:\n" % name + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(allit)); plat, title = R.choice(["facebook", "telegram"]), ""
    elif lay == "pipe":
        text = "KILAS INFO | " + " | ".join(allit) + " |"; plat, title = R.choice(["facebook", "telegram"]), ""
    elif lay == "paren":
        text = "Kabar hari ini: " + " ".join("(%d) %s;" % (i + 1, x) for i, x in enumerate(allit)).rstrip(";") + "."; plat, title = "facebook", ""
    elif lay == "chapters":
        t0 = 0; ch = ["00:00 Pembuka"]
        for x in allit:
            t0 += R.randint(40, 150); ch.append("%02d:%02d %s" % (t0 // 60, t0 % 60, x))
        plat, title = "youtube", "KABAR BANUA PEKAN INI | %s" % name
        text = "Rangkuman kabar pekan ini.\n\n" + "\n".join(ch) + "\n\nKamera: Tim %s\nJangan lupa subscribe \ud83d\udd14" % name
    elif lay == "prose":
        conn = ["Pertama, ", "Selain itu, ", "Kabar lain, ", "Terakhir, "]
        body = "Sepekan terakhir ada beberapa kabar untuk warga. " + " ".join(conn[min(i, 3) if i < len(allit) - 1 else 3] + (x[0].lower() if x[1:2].islower() else x[0]) + x[1:] + "." for i, x in enumerate(allit))
        plat, title, text = sh_web(body, k, R, None, title="Rangkuman Kabar Sepekan %s" % k["village"])
    elif lay == "igcap":
        text = "\ud83d\uddde\ufe0f KABAR SINGKAT\n\n" + "\n".join("\u25aa\ufe0f " + x for x in allit) + "\n\n" + hashtags(A[sel[0]], k, R.randint(4, 12)); plat, title = "instagram", ""
    else:
        text = "\u21aa\ufe0f Diteruskan\n*INFO SEPEKAN*\n" + "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(allit)) + "\n_Mohon disebarkan_"; plat, title = R.choice(["facebook", "telegram"]), ""
    add(k, plat, title, text, [], T.replace(second=R.randint(0, 59)), "roundup", sel, "auto:roundup:%d" % j, layout=lay, local=len(loc))

# ---------------- negatives ----------------
NEGSH = ["plain", "fb", "wa", "tg", "tgfwd", "ig", "yt", "web", "plain", "plain", "tg"]
inact_by_kab = {K[i]["kab"]: i for i in INACT}
def neg_kim(n, r, inactive_share=0.5):
    kab = A[n]["kab"]
    if kab in inact_by_kab and r.random() < inactive_share: return K[inact_by_kab[kab]]
    if kab == "prov" and r.random() < 0.25: return K[r.choice(INACT)]
    pool = [x for x in K if K[x]["kab"] == kab] if kab != "prov" else list(K)
    return K[r.choice(pool)]
TRAPS = {("anns", 19, 1): "https://hulusungaiselatankab.go.id/2025/12/longsor-jalan-loklahung-dibuka-setelah-tiga-hari.html",
         ("anns", 37, 0): "https://disnakertrans.kalselprov.go.id/2025/11/21/ump-kalsel-2026-ditetapkan-rp3-51-juta/",
         ("extra", 9, None): "banjarmasinkota.go.id"}
negs = [(n, i, kind, h, t, "anns.py:a%02d:n%d" % (n, i), ("anns", n, i)) for n in ids for i, (kind, h, t) in enumerate(A[n]["n"])]
negs += [(n, None, kind, h, t, "extra.py:NEG%d" % j, ("extra", j, None)) for j, (kind, n, h, t) in enumerate(NEG)]
for (n, i, kind, h, t, key, tk) in negs:
    a = A[n]; k = neg_kim(n, R); sh = R.choice(NEGSH); links = []
    trap = TRAPS.get(tk)
    body = t
    if trap:
        body = t + ("\n\nArsip: " + trap if trap.startswith("http") else "\n\nSumber: " + trap)
        if trap.startswith("http"): links = [trap]
        sh = "plain"
    dt = a["pubdt"] + timedelta(hours=h + R.uniform(-0.4, 0.4))
    plat, title, text = shape_generic(sh, body, k, R, None)
    add(k, plat, title, text, links, dt.replace(second=R.randint(0, 59)), "negative-topic", [], key, shape=sh, imitates=[a["aid"]], differs=kind)
# ---------------- before ----------------
befs = [(n, A[n]["b"][0], A[n]["b"][1], "anns.py:a%02d:b" % n) for n in ids if A[n]["b"]] + [(n, h, t, "extra.py:BEF%d" % j) for j, (n, h, t) in enumerate(BEF)]
for (n, h, t, key) in befs:
    a = A[n]; k = neg_kim(n, R, 0.5); sh = R.choice(["plain", "plain", "fb", "wa", "tg", "ig"])
    dt = a["pubdt"] - timedelta(hours=h + R.uniform(0.05, 0.4))
    plat, title, text = shape_generic(sh, t, k, R, None)
    add(k, plat, title, text, [], dt.replace(second=R.randint(0, 59)), "before", [], key, shape=sh, imitates=[a["aid"]], differs="posted before the release")
# ---------------- unrelated ----------------
for j, t in enumerate(UNREL):
    k = K[R.choice(list(K))]; sh = R.choice(["plain", "plain", "fb", "wa", "tg", "ig", "web"])
    plat, title, text = shape_generic(sh, t, k, R, None)
    add(k, plat, title, text, [], START + timedelta(hours=R.uniform(0, 38 * 24)), "negative-unrelated", [], "extra.py:UNREL%d" % j, shape=sh)
TPL = ["Harga {c} di pasar {p} hari ini Rp{v} per kg.", "Jadwal {e} bulan ini di {p}, warga diundang hadir.",
       "Alhamdulillah {e} di {p} berjalan lancar, terima kasih warga.", "Info: {e} di {p} diundur ke pekan depan karena hujan."]
COM = ["beras lokal", "ikan nila", "bawang merah", "gula pasir", "minyak curah", "daging ayam", "ikan patin", "tomat"]
EV = ["arisan RT", "kerja bakti saluran", "lomba mancing", "yasinan ibu-ibu", "latihan hadrah", "senam pagi", "rapat karang taruna", "tanam sayur di pekarangan"]
seen = set()
j = 0
while j < 30:
    k = K[R.choice(list(K))]
    t = R.choice(TPL).format(c=R.choice(COM), p=R.choice(["kampung", "kecamatan", k["village"], "langgar", "balai desa"]), v="{:,}".format(R.randrange(8, 90) * 1000).replace(",", "."), e=R.choice(EV))
    if t in seen: continue
    seen.add(t); sh = R.choice(["plain", "fb", "tg", "ig", "wa"])
    plat, title, text = shape_generic(sh, t, k, R, None)
    add(k, plat, title, text, [], START + timedelta(hours=R.uniform(0, 38 * 24)), "negative-unrelated", [], "build.py:TPL%d" % j, shape=sh); j += 1

# ---------------- write ----------------
def fixs(x): return x.encode("utf-16", "surrogatepass").decode("utf-16")
for p in POSTS:
    p["text"] = fixs(p["text"]); p["title"] = fixs(p["title"])
# links: every URL in title/text
for p in POSTS:
    for u in re.findall(r"(?:https?://|www\.)[^\s<>\"')\]]+", p["title"] + "\n" + p["text"]):
        u = u.rstrip(".,;:!?")
        if u not in p["links"]: p["links"].append(u)
    p["dt"] = p["dt"].replace(microsecond=0)
POSTS.sort(key=lambda p: (p["dt"], p["key"]))
nums = list(range(1, len(POSTS) + 1)); R.shuffle(nums)
for p, num in zip(POSTS, nums):
    p["id"] = "h16-p%03d" % num
    p["url"] = post_url(K[p["kim"]], p["platform"], R, p["title"])
with open(os.path.join(HERE, "announcements.jsonl"), "w", encoding="utf-8") as f:
    for n in ids:
        a = A[n]
        f.write(json.dumps(dict(id=a["aid"], source=a["src"], url=a["url"], title=a["title"], text=a["text"], published_at=iso(a["pubdt"])), ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f, open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as g:
    for p in POSTS:
        f.write(json.dumps(dict(id=p["id"], kim=p["kim"], platform=p["platform"], url=p["url"], title=p["title"], text=p["text"],
                                published_at=iso(p["dt"]), links=p["links"]), ensure_ascii=False) + "\n")
        g.write(json.dumps(dict(post=p["id"], announcements=["h16-a%02d" % n for n in p["gold"]], style=p["style"]), ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "kims.yaml"), "w", encoding="utf-8") as f:
    f.write("kims:\n")
    for k in K.values():
        f.write("- id: %s\n  name: %s\n  region: %s\n  district: %s\n  village: %s\n" % (k["id"], k["name"], k["region"], k["district"], k["village"]))
km = {}
for p in POSTS:
    e = dict(line=p["key"], style=p["style"], gold=["h16-a%02d" % n for n in p["gold"]])
    e.update(p["meta"]); km[p["id"]] = e
json.dump(dict(sorted(km.items())), open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(dict(inactive=INACT, special=SPEC), open(os.path.join(HERE, "roles.json"), "w"), indent=1)
print("posts", len(POSTS))
